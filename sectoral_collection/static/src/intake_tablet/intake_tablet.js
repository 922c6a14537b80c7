import { Component, onMounted, onWillStart, onWillUnmount, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { StreamTiles } from "@sectoral_base/touch/stream_tiles";
import { applyKey, formatKg, parseEntry } from "@sectoral_base/touch/touch_entry";
import { TouchKeypad } from "@sectoral_base/touch/touch_keypad";
import {
    TouchQueue,
    loadScreenData,
    newToken,
    rememberSite,
    rememberedSite,
} from "@sectoral_base/touch/touch_queue";

// Intakes waiting to be sent, kept in the tablet's own storage so that a weighing taken
// while the server cannot record it survives a reload and is sent, once, later.
export const QUEUE_KEY = "sectoral_collection.intake_queue";
const DATA_KEY = "sectoral_collection.intake_data";
const SITE_KEY = "sectoral_collection.intake_site";
const RETRY_MS = 15000;

export class IntakeTablet extends Component {
    static template = "sectoral_collection.IntakeTablet";
    static props = ["*"];
    static components = { StreamTiles, TouchKeypad };

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.queue = new TouchQueue(QUEUE_KEY, (payload) =>
            this.orm.silent.call("sectoral.intake.tablet", "submit", [payload])
        );
        this.state = useState({
            loaded: false,
            streams: [],
            containers: [],
            channels: [],
            sites: [],
            siteId: false,
            channelId: false,
            parentId: false,
            streamId: false,
            containerId: false,
            countMode: false,
            entry: "",
            lines: [],
            error: "",
            lastResult: null,
            queued: this.queue.pending.length,
            refused: this.queue.refused,
            loginNeeded: false,
            offline: false,
            sending: false,
        });
        onWillStart(async () => {
            const { data, offline } = await loadScreenData(
                this.orm,
                "sectoral.intake.tablet",
                DATA_KEY
            );
            Object.assign(this.state, data, { offline });
            this.state.siteId = rememberedSite(data.sites, SITE_KEY);
            this.state.channelId = data.channels[0]?.id || false;
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

    // --- what the screen shows ------------------------------------------------------
    get currentSite() {
        return this.state.sites.find((s) => s.id === this.state.siteId);
    }
    get currentStream() {
        return this.state.streams.find((s) => s.id === this.state.streamId);
    }
    get currentContainer() {
        return this.state.containers.find((c) => c.id === this.state.containerId);
    }
    get totalKg() {
        return this.state.lines.reduce((sum, line) => sum + line.net_kg, 0);
    }
    get entryNumber() {
        return parseEntry(this.state.entry);
    }
    formatKg(value) {
        return formatKg(value);
    }
    streamOf(line) {
        return this.state.streams.find((s) => s.id === line.stream_id) || {};
    }

    // --- taps -----------------------------------------------------------------------
    selectSite(id) {
        this.state.siteId = id;
        rememberSite(SITE_KEY, id);
    }
    selectChannel(id) {
        this.state.channelId = id;
    }
    openStreams(parentId) {
        this.state.parentId = parentId;
    }
    selectStream(stream) {
        this.state.error = "";
        this.state.streamId = stream.id;
    }
    selectContainer(id) {
        this.state.containerId = this.state.containerId === id ? false : id;
    }
    toggleCountMode() {
        this.state.countMode = !this.state.countMode;
        this.state.entry = "";
    }
    press(key) {
        this.state.error = "";
        this.state.entry = applyKey(this.state.entry, key, { decimal: !this.state.countMode });
    }

    /** Checks a weighing as the server will, to answer at once. */
    checkEntry() {
        const value = this.entryNumber;
        if (!this.currentStream) {
            return _t("Choose a stream first.");
        }
        if (value <= 0) {
            return _t("Type a weight or a number of items above zero.");
        }
        if (this.state.countMode) {
            if (!this.currentStream.avg_weight_kg) {
                return _t("This stream has no average weight: weigh it.");
            }
            return "";
        }
        const tare = this.currentContainer?.tare_kg || 0;
        if (tare >= value) {
            return _t("The container weighs more than the total: check the weight.");
        }
        if (this.currentSite?.max_kg && value > this.currentSite.max_kg) {
            return _t("%(weight)s kg is more than this site's scale accepts (%(max)s kg).", {
                weight: value,
                max: this.currentSite.max_kg,
            });
        }
        return "";
    }

    addLine() {
        const error = this.checkEntry();
        if (error) {
            this.state.error = error;
            return;
        }
        const value = this.entryNumber;
        const tare = this.currentContainer?.tare_kg || 0;
        const line = {
            stream_id: this.currentStream.id,
            container_id: this.state.countMode ? false : this.currentContainer?.id || false,
            gross_kg: this.state.countMode ? 0 : value,
            tare_kg: this.state.countMode ? 0 : tare,
            count: this.state.countMode ? Math.round(value) : 0,
        };
        line.net_kg = this.state.countMode
            ? line.count * this.currentStream.avg_weight_kg
            : line.gross_kg - line.tare_kg;
        line.estimated = this.state.countMode;
        this.state.lines.push(line);
        this.state.entry = "";
    }

    undoLast() {
        this.state.lines.pop();
        this.state.error = "";
    }

    // --- sending --------------------------------------------------------------------
    async validate() {
        if (!this.state.lines.length) {
            this.state.error = _t("Weigh at least one thing before validating.");
            return;
        }
        const payload = {
            client_token: newToken(),
            // sent with the intake: a weighing kept offline is dated when it was taken
            weighed_at: new Date().toISOString(),
            site_id: this.state.siteId,
            channel_id: this.state.channelId,
            lines: this.state.lines.map(({ stream_id, container_id, gross_kg, tare_kg, count }) => ({
                stream_id,
                container_id,
                gross_kg,
                tare_kg,
                count,
            })),
        };
        const total = this.totalKg;
        const outcome = await this.send(payload);
        if (outcome === "refused") {
            return; // the message is shown; the lines stay for correction
        }
        // the next intake starts afresh: weighing mode, no container, no stream
        this.state.lines = [];
        this.state.streamId = false;
        this.state.parentId = false;
        this.state.containerId = false;
        this.state.countMode = false;
        if (outcome === "queued") {
            this.state.lastResult = { name: _t("Kept on the tablet"), total_kg: total, queued: true };
        }
    }

    /**
     * Sends one intake. Returns "sent", "queued" (kept on the tablet and sent later)
     * or "refused" (the server said why).
     */
    async send(payload) {
        this.state.sending = true;
        try {
            const outcome = await this.queue.submit(payload);
            this.showQueue(outcome.status === "kept" && outcome.expired);
            if (outcome.status === "sent") {
                this.state.lastResult = outcome.result;
                return "sent";
            }
            if (outcome.status === "refused") {
                this.state.error = outcome.message;
                return "refused";
            }
            return "queued";
        } finally {
            this.state.sending = false;
        }
    }

    /** Sends what waits on the tablet, oldest first. */
    async flushQueue() {
        const done = await this.queue.flush();
        this.showQueue(!done && this.queue.lastExpired);
    }

    showQueue(expired = false) {
        this.state.queued = this.queue.pending.length;
        this.state.refused = this.queue.refused;
        this.state.loginNeeded = expired;
        if (!this.state.queued && this.state.lastResult?.queued) {
            this.state.lastResult = null; // everything kept was sent
        }
    }

    /** The refusal was read: it leaves the screen. */
    dismissRefused(token) {
        this.queue.dismiss(token);
        this.state.refused = this.queue.refused;
    }

    /** Log in again in another tab: the queue stays in this tablet's storage. */
    logIn() {
        window.open("/web/login?redirect=/odoo", "_blank");
    }

    exit() {
        this.action.doAction("sectoral_collection.sectoral_intake_action");
    }
}

registry.category("actions").add("sectoral_collection.intake_tablet", IntakeTablet);
