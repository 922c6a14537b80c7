import { Component, onMounted, onWillStart, onWillUnmount, useState } from "@odoo/owl";
import { browser } from "@web/core/browser/browser";
import { _t } from "@web/core/l10n/translation";
import { localization } from "@web/core/l10n/localization";
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
const CHANNEL_KEY = "sectoral_collection.intake_channel";
export const INTAKE_PAGE = "/sectoral/intake";
const CONFIRM_MS = 2500;
const RETRY_MS = 15000;

export class IntakeTablet extends Component {
    static template = "sectoral_collection.IntakeTablet";
    static props = ["*"];
    static components = { StreamTiles, TouchKeypad };

    setup() {
        this.orm = useService("orm");
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
            rounds: [],
            // who gave (anonymous unless the operator says) and the round stop
            donor: null,
            stop: null,
            panel: false,
            donorQuery: "",
            donorResults: [],
            donorSearching: false,
            newDonor: null,
            confirm: null,
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
            // no silent default: the last channel this tablet used, or the operator's
            // choice
            const lastChannel = Number(browser.localStorage.getItem(CHANNEL_KEY));
            this.state.channelId = data.channels.some((c) => c.id === lastChannel)
                ? lastChannel
                : false;
            this.state.loaded = true;
        });
        this.onOnline = () => this.reconnect();
        onMounted(() => {
            window.addEventListener("online", this.onOnline);
            this.retryTimer = setInterval(() => this.reconnect(), RETRY_MS);
            this.flushQueue();
        });
        onWillUnmount(() => {
            window.removeEventListener("online", this.onOnline);
            clearInterval(this.retryTimer);
            clearTimeout(this.confirmTimer);
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
    /** What is typed, with the decimal separator of the user's language. */
    get entryText() {
        return (this.state.entry || "0").replace(".", localization.decimalPoint);
    }
    get currentChannel() {
        return this.state.channels.find((c) => c.id === this.state.channelId);
    }
    get siteRounds() {
        return this.state.rounds.filter((r) => r.site_id === this.state.siteId);
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
        this.state.error = "";
        browser.localStorage.setItem(CHANNEL_KEY, String(id));
    }

    // --- the donor and the round stop ------------------------------------------------
    openPanel(panel) {
        this.state.panel = this.state.panel === panel ? false : panel;
        this.state.newDonor = null;
    }
    async searchDonors(ev) {
        this.state.donorQuery = ev.target.value;
        const query = this.state.donorQuery.trim();
        if (query.length < 2) {
            this.state.donorResults = [];
            return;
        }
        this.state.donorSearching = true;
        try {
            const results = await this.orm.silent.call("sectoral.intake.tablet", "find_donors", [query]);
            if (query === this.state.donorQuery.trim()) {
                this.state.donorResults = results;
            }
        } catch {
            this.state.error = _t("No network: the donor cannot be looked up now.");
        } finally {
            this.state.donorSearching = false;
        }
    }
    chooseDonor(donor) {
        this.state.donor = donor;
        this.state.panel = false;
        this.state.donorQuery = "";
        this.state.donorResults = [];
    }
    startNewDonor() {
        this.state.newDonor = {
            name: this.state.donorQuery.trim(),
            zip: "",
            phone: "",
            consent: false,
        };
    }
    async saveNewDonor() {
        const donor = this.state.newDonor;
        if (!donor.name.trim()) {
            this.state.error = _t("Type the donor's name.");
            return;
        }
        try {
            const created = await this.orm.call("sectoral.intake.tablet", "create_donor", [donor]);
            this.chooseDonor(created);
            this.state.newDonor = null;
        } catch (error) {
            this.state.error = error.data?.message || _t("The donor could not be added.");
        }
    }
    chooseStop(round, stop) {
        this.state.stop = {
            id: stop.id,
            label: `${round.name} #${stop.sequence} ${stop.who}`.trim(),
        };
        if (stop.partner_id) {
            this.state.donor = { id: stop.partner_id, name: stop.who };
        }
        if (stop.channel_id) {
            this.selectChannel(stop.channel_id);
        }
        this.state.panel = false;
    }
    clearStop() {
        this.state.stop = null;
        this.state.panel = false;
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
        // counting is for one line: the next one is weighed unless told otherwise
        this.state.countMode = false;
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
        if (!this.state.channelId) {
            this.state.error = _t("Where does it come from? Tap it at the top.");
            return;
        }
        const payload = {
            client_token: newToken(),
            // sent with the intake: a weighing kept offline is dated when it was taken
            weighed_at: new Date().toISOString(),
            site_id: this.state.siteId,
            channel_id: this.state.channelId,
            partner_id: this.state.donor?.id || false,
            stop_id: this.state.stop?.id || false,
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
        this.state.donor = null;
        if (this.state.stop) {
            this.markStopDone(this.state.stop.id);
            this.state.stop = null;
        }
        if (outcome === "queued") {
            this.state.lastResult = { name: _t("Kept on the tablet"), total_kg: total, queued: true };
        }
        this.confirm(this.state.lastResult || { total_kg: total });
    }

    /** A large confirmation, the time to read it. */
    confirm(result) {
        this.state.confirm = result;
        clearTimeout(this.confirmTimer);
        this.confirmTimer = setTimeout(() => (this.state.confirm = null), CONFIRM_MS);
    }
    closeConfirm() {
        clearTimeout(this.confirmTimer);
        this.state.confirm = null;
    }

    markStopDone(stopId) {
        for (const round of this.state.rounds) {
            for (const stop of round.stops) {
                if (stop.id === stopId) {
                    stop.done = true;
                }
            }
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

    /** Started without network: the screen's data is fetched again once the server
     * answers; then what waits on the tablet is sent. */
    async reconnect() {
        if (this.state.offline) {
            try {
                const { data, offline } = await loadScreenData(
                    this.orm,
                    "sectoral.intake.tablet",
                    DATA_KEY
                );
                if (!offline) {
                    Object.assign(this.state, data, { offline: false });
                }
            } catch {
                // still unreachable, or refused: the kept data stays on the screen
            }
        }
        await this.flushQueue();
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
        window.open(`/web/login?redirect=${encodeURIComponent(INTAKE_PAGE)}`, "_blank");
    }

    /** To the list of intakes, in the web client. */
    exit() {
        browser.location.assign("/odoo/action-sectoral_collection.sectoral_intake_action");
    }
}
