import { Component, onMounted, onWillStart, onWillUnmount, useState } from "@odoo/owl";
import { localization } from "@web/core/l10n/localization";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { user } from "@web/core/user";
import { useService } from "@web/core/utils/hooks";
import { StreamTiles } from "@sectoral_base/touch/stream_tiles";
import { applyKey, formatKg, parseEntry } from "@sectoral_base/touch/touch_entry";
import { TouchKeypad } from "@sectoral_base/touch/touch_keypad";
import {
    TouchQueue,
    errorMessage,
    isRefusal,
    isSessionExpired,
    loadScreenData,
    newToken,
    rememberSite,
    rememberedSite,
} from "@sectoral_base/touch/touch_queue";

const MODEL = "sectoral.sorting.tablet";
// Weighings waiting to be sent: the same queue as the intake tablet's.
export const QUEUE_KEY = "sectoral_sorting.weighing_queue";
const DATA_KEY = "sectoral_sorting.screen_data";
const SITE_KEY = "sectoral_sorting.site";
const RETRY_MS = 15000;
// The two outcomes that are not destinations: what is taken from the intake pile, and
// a priced item for the shop.
export const TAKE = "take";
export const LABEL = "label";
const GRADES = [
    { code: "a", stars: "★★★" },
    { code: "b", stars: "★★" },
    { code: "c", stars: "★" },
];

/**
 * The sorters' touch screen: take kilograms of a stream from the intake pile, then weigh
 * what they become (shop, workshop, recycling, waste) or label an item with its price.
 * Each weighing is recorded at once in the sorter's session of the day; the balance of
 * what went in and out is always on screen, and the session is closed from here.
 */
export class SortingTablet extends Component {
    static template = "sectoral_sorting.SortingTablet";
    static props = ["*"];
    static components = { StreamTiles, TouchKeypad };

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.grades = GRADES;
        this.queue = new TouchQueue(QUEUE_KEY, (payload) =>
            this.orm.silent.call(MODEL, "add", [payload])
        );
        this.state = useState({
            loaded: false,
            streams: [],
            destinations: [],
            sites: [],
            currency: {},
            siteId: false,
            parentId: false,
            streamId: false,
            outcome: TAKE,
            // label: which figure the keypad types, and the other one kept aside
            field: "kg",
            entry: "",
            priceEntry: "",
            grade: "b",
            isFree: false,
            error: "",
            added: [], // {kind, id} added on this screen, newest last: what undo removes
            toPrint: [], // labels made on this screen and not printed yet
            printedOn: "", // the label printer that took the last ones
            reason: "",
            needReason: false,
            lastClosed: null,
            busy: false,
            pending: this.queue.pending,
            refused: this.queue.refused,
            loginNeeded: false,
            offline: false,
        });
        onWillStart(async () => {
            const { data, offline } = await loadScreenData(this.orm, MODEL, DATA_KEY);
            Object.assign(this.state, data, { offline });
            this.state.siteId = rememberedSite(data.sites, SITE_KEY);
            this.isManager = await user.hasGroup("sectoral_base.group_manager");
            this.state.loaded = true;
        });
        this.onOnline = () => this.flushQueue();
        onMounted(() => {
            window.addEventListener("online", this.onOnline);
            this.retryTimer = setInterval(() => this.flushQueue(), RETRY_MS);
            this.flushQueue();
        });
        onWillUnmount(() => {
            window.removeEventListener("online", this.onOnline);
            clearInterval(this.retryTimer);
        });
    }

    // --- the queue --------------------------------------------------------------------
    /** Weighings of this site kept on the tablet, shown after the session's lines. */
    get pendingLines() {
        return this.state.pending
            .filter((payload) => payload.site_id === this.state.siteId)
            .map((payload) => ({
                kind: payload.kind,
                id: payload.client_token,
                stream_id: payload.stream_id,
                destination_id: payload.destination_id || false,
                kg: payload.kg,
                pending: true,
            }));
    }

    showQueue(expired = false) {
        this.state.pending = this.queue.pending;
        this.state.refused = this.queue.refused;
        this.state.loginNeeded = expired;
    }

    /** What the server answered to a weighing: its session, and what waits. */
    applyAnswer(result) {
        const site = this.state.sites.find((s) => s.id === result.site_id);
        if (site) {
            site.session = result.session || null;
            site.waiting = result.waiting;
        }
    }

    async flushQueue() {
        const before = this.queue.pending.length;
        const done = await this.queue.flush();
        if (this.queue.pending.length < before && this.queue.lastResult) {
            this.applyAnswer(this.queue.lastResult);
        }
        this.showQueue(!done && this.queue.lastExpired);
    }

    dismissRefused(token) {
        this.queue.dismiss(token);
        this.state.refused = this.queue.refused;
    }

    logIn() {
        window.open("/web/login?redirect=/odoo", "_blank");
    }

    // --- what the screen shows ------------------------------------------------------
    get site() {
        return this.state.sites.find((s) => s.id === this.state.siteId);
    }
    get session() {
        return this.site?.session || null;
    }
    get currentStream() {
        return this.state.streams.find((s) => s.id === this.state.streamId);
    }
    get isLabel() {
        return this.state.outcome === LABEL;
    }
    get outcomes() {
        return [
            { key: TAKE, icon: "⬇️", name: _t("Take") },
            ...this.state.destinations.map((d) => ({ key: d.id, icon: d.icon, name: d.name, code: d.code })),
            { key: LABEL, icon: "🏷️", name: _t("Label") },
        ];
    }
    get currentOutcome() {
        return this.outcomes.find((o) => o.key === this.state.outcome);
    }
    /** Kilograms of a stream still at the pile: what waits less what the open session took. */
    remainingKg(streamId) {
        const waiting = this.site?.waiting[streamId] || 0;
        const taken = [...(this.session?.lines || []), ...this.pendingLines]
            .filter((l) => l.kind === "input" && l.stream_id === streamId)
            .reduce((sum, l) => sum + l.kg, 0);
        return Math.max(waiting - taken, 0);
    }
    get waitingBadges() {
        const badges = {};
        for (const stream of this.state.streams) {
            const kg = this.remainingKg(stream.id);
            if (kg > 0) {
                badges[stream.id] = formatKg(kg);
            }
        }
        return badges;
    }
    get balanceClass() {
        if (!this.session) {
            return "";
        }
        return this.session.is_balanced ? "o_sorting_balanced" : "o_sorting_unbalanced";
    }
    formatKg(value) {
        return formatKg(value);
    }
    formatPrice(value) {
        const amount = (value || 0).toFixed(2);
        const { symbol, position } = this.state.currency;
        return position === "before" ? `${symbol} ${amount}` : `${amount} ${symbol}`;
    }
    streamOf(line) {
        return this.state.streams.find((s) => s.id === line.stream_id) || {};
    }
    outcomeIcon(line) {
        if (line.kind === "input") {
            return "⬇️";
        }
        if (line.kind === "label") {
            return "🏷️";
        }
        return this.state.destinations.find((d) => d.id === line.destination_id)?.icon || "";
    }

    // --- taps -----------------------------------------------------------------------
    selectSite(id) {
        this.state.siteId = id;
        rememberSite(SITE_KEY, id);
        this.state.error = "";
    }
    openStreams(parentId) {
        this.state.parentId = parentId;
    }
    selectStream(stream) {
        this.state.error = "";
        this.state.streamId = stream.id;
    }
    selectOutcome(key) {
        this.state.error = "";
        this.state.outcome = key;
        this.state.field = "kg";
    }
    selectField(field) {
        if (field === this.state.field) {
            return;
        }
        [this.state.entry, this.state.priceEntry] = [this.state.priceEntry, this.state.entry];
        this.state.field = field;
    }
    get weightEntry() {
        return this.state.field === "kg" ? this.state.entry : this.state.priceEntry;
    }
    get priceEntry() {
        return this.state.field === "price" ? this.state.entry : this.state.priceEntry;
    }
    /** What is typed, with the decimal separator of the user's language. */
    shown(entry) {
        return (entry || "0").replace(".", localization.decimalPoint);
    }
    selectGrade(code) {
        this.state.grade = code;
    }
    toggleFree() {
        this.state.isFree = !this.state.isFree;
        if (this.state.isFree && this.state.field === "price") {
            this.selectField("kg");
        }
    }
    press(key) {
        this.state.error = "";
        this.state.entry = applyKey(this.state.entry, key);
    }

    /** Checks a weighing as the server will, to answer at once. */
    checkEntry() {
        if (!this.site) {
            return _t("Choose the site where you sort.");
        }
        if (!this.currentStream) {
            return _t("Choose a stream first.");
        }
        const kg = parseEntry(this.weightEntry);
        if (kg <= 0) {
            return _t("Type a weight above zero.");
        }
        if (this.state.outcome === TAKE) {
            const remaining = this.remainingKg(this.currentStream.id);
            if (kg > remaining + 1e-6) {
                return _t("Only %(waiting)s of %(stream)s wait at the intake pile.", {
                    waiting: formatKg(remaining),
                    stream: this.currentStream.name,
                });
            }
        }
        if (this.isLabel && !this.state.isFree && parseEntry(this.priceEntry) <= 0) {
            return _t("Type the price, or mark the item as free.");
        }
        return "";
    }

    async add() {
        const error = this.checkEntry();
        if (error) {
            this.state.error = error;
            return;
        }
        const { outcome } = this.state;
        const payload = {
            client_token: newToken(),
            // a weighing kept on the tablet goes to the session of the day it was weighed
            weighed_at: new Date().toISOString(),
            site_id: this.state.siteId,
            stream_id: this.state.streamId,
            kg: parseEntry(this.weightEntry),
            kind: outcome === TAKE ? "input" : outcome === LABEL ? "label" : "output",
        };
        if (payload.kind === "output") {
            payload.destination_id = outcome;
        }
        if (payload.kind === "label") {
            Object.assign(payload, {
                price: this.state.isFree ? 0 : parseEntry(this.priceEntry),
                is_free: this.state.isFree,
                grade: this.state.grade,
            });
        }
        // The keypad is free for the next weighing at once: what the sorter types
        // while this one is sent is kept; a refused weighing comes back to the screen.
        const typed = { entry: this.state.entry, priceEntry: this.state.priceEntry, field: this.state.field };
        Object.assign(this.state, { entry: "", priceEntry: "", field: "kg", isFree: false });
        this.state.busy = true;
        let answer;
        try {
            answer = await this.queue.submit(payload);
        } finally {
            this.state.busy = false;
        }
        this.showQueue(answer.status === "kept" && answer.expired);
        if (answer.status === "refused") {
            this.state.error = answer.message;
            if (!this.state.entry && !this.state.priceEntry) {
                Object.assign(this.state, typed, { isFree: payload.is_free || false });
            }
            return;
        }
        if (answer.status === "kept") {
            this.state.added.push({ kind: payload.kind, id: payload.client_token, pending: true });
            this.state.lastClosed = null;
            return;
        }
        const result = answer.result;
        this.applyAnswer(result);
        this.state.added.push(result.line);
        if (result.line.kind === "label") {
            this.state.toPrint.push(result.line.id);
        }
        this.state.lastClosed = null;
    }

    async undo() {
        const last = this.state.added.at(-1);
        if (last?.pending) {
            // still on the tablet: it never reaches the server
            if (this.queue.pending.some((p) => p.client_token === last.id)) {
                this.queue.drop(last.id);
                this.state.added.pop();
                this.showQueue();
            }
            return;
        }
        if (!last || !this.session) {
            return;
        }
        const result = await this.call("undo", [this.session.id, last.kind, last.id]);
        if (result) {
            this.state.added.pop();
            this.state.toPrint = this.state.toPrint.filter((id) => last.kind !== "label" || id !== last.id);
        }
    }

    async close() {
        if (!this.session) {
            return;
        }
        if (this.pendingLines.length) {
            this.state.error = _t(
                "Weighings are still kept on the tablet: the session closes once they are sent."
            );
            return;
        }
        if (!this.session.is_balanced && this.isManager && !this.state.needReason) {
            this.state.needReason = true;
            this.state.error = _t("The session does not balance: write the reason, then close it.");
            return;
        }
        const name = this.session.name;
        const result = await this.call("close", [this.session.id, this.state.reason || null]);
        if (result) {
            this.site.session = null;
            this.state.added = [];
            this.state.reason = "";
            this.state.needReason = false;
            this.state.lastClosed = name;
        }
    }

    /**
     * One tap: the new labels go to the label printer the server prints to, when the
     * site has one; else they open in the browser's print dialog, on the roll's format
     * (57 x 32 mm), from the labels' page printed in a hidden frame.
     */
    async print() {
        if (!this.state.toPrint.length) {
            return;
        }
        const ids = [...this.state.toPrint];
        this.state.toPrint = [];
        this.state.printedOn = "";
        try {
            const { printer } = await this.orm.silent.call(MODEL, "print_labels", [ids]);
            if (printer) {
                this.state.printedOn = printer;
                return;
            }
        } catch {
            // the server cannot print them: the browser can
        }
        document.querySelector(".o_sorting_print_frame")?.remove();
        const frame = document.createElement("iframe");
        frame.className = "o_sorting_print_frame";
        frame.setAttribute("aria-hidden", "true");
        frame.style.cssText = "position: fixed; right: 0; bottom: 0; width: 0; height: 0; border: 0;";
        frame.addEventListener("load", () => {
            frame.contentWindow.focus();
            frame.contentWindow.print();
        });
        frame.src = `/report/html/sectoral_sorting.report_label_roll/${ids.join(",")}`;
        document.body.appendChild(frame);
    }

    /** Calls the server; shows its refusal on the screen instead of a dialog. */
    async call(method, args) {
        this.state.busy = true;
        try {
            const result = await this.orm.silent.call(MODEL, method, args);
            this.site.session = result.session || null;
            this.site.waiting = result.waiting;
            return result;
        } catch (error) {
            if (isRefusal(error)) {
                this.state.error = errorMessage(error);
            } else {
                this.state.loginNeeded = isSessionExpired(error);
                this.state.error = _t("The server cannot be reached: try again in a moment.");
            }
            return null;
        } finally {
            this.state.busy = false;
        }
    }

    exit() {
        this.action.doAction("sectoral_sorting.sectoral_sorting_session_action");
    }
}

registry.category("actions").add("sectoral_sorting.sorting_tablet", SortingTablet);
