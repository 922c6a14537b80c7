// What the touch screens of the suite (intake, sorting) keep on the tablet while the
// server cannot record it, and how they talk to the server: one queue, one reading of
// the server's answers, one start-up load that survives a reload while offline.
import { RPCError } from "@web/core/network/rpc";

// The only answers that end a weighing's life on the tablet: the server read it and
// said no, for a reason sending it again would not change.
const BUSINESS_REFUSALS = [
    "odoo.exceptions.UserError",
    "odoo.exceptions.ValidationError",
    "odoo.exceptions.AccessError",
    "odoo.exceptions.MissingError",
];

/**
 * Whether the server refused for good. Anything else (no network, a server error, a
 * concurrency failure after the server's own retries, an expired session) keeps what
 * was sent on the tablet, to be sent again.
 */
export function isRefusal(error) {
    return error instanceof RPCError && BUSINESS_REFUSALS.includes(error.data?.name);
}

export function isSessionExpired(error) {
    return (error?.data?.name || "").includes("SessionExpired");
}

export function errorMessage(error) {
    return error?.data?.message || error?.message || String(error);
}

export function newToken() {
    if (window.crypto?.randomUUID) {
        return window.crypto.randomUUID();
    }
    return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

function read(key) {
    try {
        return JSON.parse(window.localStorage.getItem(key) || "[]");
    } catch {
        return [];
    }
}

function write(key, value) {
    window.localStorage.setItem(key, JSON.stringify(value));
}

/**
 * Payloads waiting to be sent, oldest first, in the tablet's own storage (they survive
 * a reload), and the refusals nobody has read yet. Each payload carries its
 * ``client_token``: the server records it once, however often it is sent.
 */
export class TouchQueue {
    constructor(key, send) {
        this.key = key;
        this.refusedKey = `${key}.refused`;
        this.send = send;
        this.flushing = null;
    }

    get pending() {
        return read(this.key);
    }

    get refused() {
        return read(this.refusedKey);
    }

    keep(payload) {
        write(this.key, [...this.pending, payload]);
    }

    drop(token) {
        write(
            this.key,
            this.pending.filter((payload) => payload.client_token !== token)
        );
    }

    dismiss(token) {
        write(
            this.refusedKey,
            this.refused.filter((entry) => entry.token !== token)
        );
    }

    /**
     * Sends one payload now: ``{status: "sent", result}``, ``{status: "refused",
     * message}`` (nothing kept), or ``{status: "kept", expired}`` (kept for later).
     * Waiting payloads go first, so that the server records them in order.
     */
    async submit(payload) {
        this.keep(payload);
        await this.flush();
        if (this.pending.some((p) => p.client_token === payload.client_token)) {
            return { status: "kept", expired: this.lastExpired };
        }
        const refusal = this.refused.find((entry) => entry.token === payload.client_token);
        if (refusal) {
            this.dismiss(payload.client_token);
            return { status: "refused", message: refusal.message };
        }
        return { status: "sent", result: this.results.get(payload.client_token) };
    }

    /**
     * Sends what waits, oldest first; stops at the first failure that is not a
     * refusal. A refused payload leaves the queue for the list of refusals.
     */
    flush() {
        if (!this.flushing) {
            this.flushing = this._flush().finally(() => {
                this.flushing = null;
            });
        }
        return this.flushing;
    }

    async _flush() {
        this.results = this.results || new Map();
        this.lastExpired = false;
        let queue = this.pending;
        while (queue.length) {
            const payload = queue[0];
            try {
                this.lastResult = await this.send(payload);
                this.results.set(payload.client_token, this.lastResult);
            } catch (error) {
                if (!isRefusal(error)) {
                    this.lastExpired = isSessionExpired(error);
                    return false;
                }
                write(this.refusedKey, [
                    ...this.refused,
                    {
                        token: payload.client_token,
                        weighed_at: payload.weighed_at,
                        message: errorMessage(error),
                    },
                ]);
            }
            this.drop(payload.client_token);
            queue = this.pending;
        }
        return true;
    }
}

/**
 * The data a touch screen shows, from the server, or from the copy kept at the last
 * load when the server cannot be reached (the screen opens offline with its queue).
 */
export async function loadScreenData(orm, model, cacheKey) {
    try {
        const data = await orm.silent.call(model, "load", []);
        window.localStorage.setItem(cacheKey, JSON.stringify(data));
        return { data, offline: false };
    } catch (error) {
        const kept = window.localStorage.getItem(cacheKey);
        if (kept && !isRefusal(error)) {
            return { data: JSON.parse(kept), offline: true };
        }
        throw error;
    }
}

/** The site a screen last worked at, else the first one. */
export function rememberedSite(sites, key) {
    const last = parseInt(window.localStorage.getItem(key) || "0", 10);
    return (sites.find((site) => site.id === last) || sites[0])?.id || false;
}

export function rememberSite(key, siteId) {
    window.localStorage.setItem(key, String(siteId || ""));
}
