import { ConnectionLostError, RPCError, rpc } from "@web/core/network/rpc";
import { registry } from "@web/core/registry";

function tap(trigger, content) {
    return { content, trigger, run: "click" };
}

function typeWeight(digits) {
    return [...digits].map((key) => tap(`.o_reuse_key[data-key='${key}']`, `key ${key}`));
}

let realRpc;
let answerLost = false;

function sessionExpired() {
    const error = new RPCError("Session expired");
    error.data = { name: "odoo.http.SessionExpiredException", message: "Session expired" };
    return error;
}

/** Submissions fail as with an expired session; with ``reachServer`` the server records
 * the intake but its answer is lost on the way back. */
function expireSession({ reachServer = false } = {}) {
    rpc._rpc = function (url, ...args) {
        if (url.includes("sectoral.intake.tablet/submit")) {
            if (!reachServer) {
                return Promise.reject(sessionExpired());
            }
            return realRpc.call(this, url, ...args).then(() => {
                answerLost = true;
                return Promise.reject(sessionExpired());
            });
        }
        return realRpc.call(this, url, ...args);
    };
}

registry.category("web_tour.tours").add("sectoral_intake_tablet", {
    steps: () => [
        { content: "The tablet is open", trigger: ".o_intake_tablet .o_reuse_tile" },
        tap(".o_reuse_tile[data-stream-code='TEX']", "Textiles"),
        tap(".o_intake_container[data-tare='35']", "In a roll cage"),
        ...typeWeight("47.5"),
        { content: "The display shows the weight", trigger: ".o_reuse_display_value:contains(47,5)" },
        tap(".o_intake_add", "Add the weighing"),
        { content: "Net of the tare", trigger: ".o_intake_total:contains(12,5)" },
        tap(".o_reuse_tile[data-stream-code='FUR']", "Furniture opens its sub-streams"),
        tap(".o_reuse_tile[data-stream-code='FUR-SEAT']", "Seating"),
        tap(".o_intake_mode", "Count items instead of weighing"),
        ...typeWeight("9999"),
        tap(".o_intake_add", "Add the count"),
        tap(".o_intake_undo", "Undo: it was a typing error"),
        { content: "Back to one weighing", trigger: ".o_intake_total:contains(12,5)" },
        { content: "Counting stopped with the line", trigger: ".o_intake_mode:not(.active)" },
        tap(".o_intake_mode", "Count again"),
        tap(".o_reuse_key[data-key='2']", "two chairs"),
        tap(".o_intake_add", "Add the count"),
        { content: "Two chairs of 12 kg", trigger: ".o_intake_total:contains(36,5)" },
        { content: "Counting was for one line", trigger: ".o_intake_mode:not(.active)" },
        tap(".o_intake_validate", "Validate without saying where it comes from"),
        { content: "Asked where it comes from", trigger: ".o_intake_channels_missing" },
        tap(".o_intake_channels [data-channel-code='DROP']", "A walk-in drop-off: one tap"),
        // the donor: not found, added with the fewest fields
        tap(".o_intake_donor_button", "Who gives"),
        { content: "Search the donor", trigger: ".o_intake_donor_search", run: "edit Dupont" },
        tap(".o_intake_new_donor", "Not known yet: a new donor"),
        { content: "The name as searched", trigger: ".o_intake_new_name", run: "edit Marie Dupont" },
        { content: "Postcode", trigger: ".o_intake_new_zip", run: "edit 6000" },
        tap(".o_intake_consent input", "Agrees to be contacted"),
        tap(".o_intake_save_donor", "Save the donor"),
        { content: "The donor is named", trigger: ".o_intake_donor_button:contains(Marie Dupont)" },
        tap(".o_intake_validate", "Validate"),
        { content: "A large confirmation", trigger: ".o_intake_confirm:contains(36,5)" },
        tap(".o_intake_confirm", "Read: back to work"),
        { content: "Sent and validated", trigger: ".o_intake_last:contains(36,5)" },
        { content: "The next intake is anonymous", trigger: ".o_intake_donor_button:not(.active)" },
        { content: "The channel is kept", trigger: ".o_intake_channels [data-channel-code='DROP'].active" },

        // A weighing in a bad spot of the warehouse: the server cannot be reached.
        {
            content: "The network drops",
            trigger: ".o_intake_tablet",
            run() {
                realRpc = rpc._rpc;
                rpc._rpc = function (url, ...args) {
                    if (url.includes("sectoral.intake.tablet/submit")) {
                        return Promise.reject(new ConnectionLostError(url));
                    }
                    return realRpc.call(this, url, ...args);
                };
            },
        },
        tap(".o_reuse_tile[data-stream-code='BOOK']", "Books"),
        ...typeWeight("8"),
        tap(".o_intake_add", "Add the weighing"),
        tap(".o_intake_validate", "Validate without network"),
        tap(".o_intake_confirm", "Kept: the confirmation says so"),
        { content: "Kept on the tablet", trigger: ".o_intake_queued:contains(1)" },
        {
            content: "The network is back",
            trigger: ".o_intake_queued",
            run() {
                rpc._rpc = realRpc;
                window.dispatchEvent(new Event("online"));
            },
        },
        { content: "Everything is sent", trigger: ".o_intake_online" },
        {
            content: "The kept line is gone once everything is sent",
            trigger: ".o_intake_tablet:not(:has(.o_intake_last))",
        },

        // The session expires while a weighing is taken: it stays on the tablet.
        {
            content: "The session expires",
            trigger: ".o_intake_online",
            run() {
                realRpc = rpc._rpc;
                expireSession();
            },
        },
        tap(".o_reuse_tile[data-stream-code='TEX']", "Textiles"),
        ...typeWeight("6"),
        tap(".o_intake_add", "Add the weighing"),
        tap(".o_intake_validate", "Validate with an expired session"),
        tap(".o_intake_confirm", "Kept: the confirmation says so"),
        { content: "Asked to log in again", trigger: ".o_intake_login" },
        { content: "The weighing is kept", trigger: ".o_intake_queued:contains(1)" },
        {
            content: "A while later, logged in again; the first answer is lost",
            trigger: ".o_intake_login",
            async run() {
                await new Promise((resolve) => setTimeout(resolve, 1500));
                expireSession({ reachServer: true });
                window.dispatchEvent(new Event("online"));
            },
        },
        { content: "Still kept: no answer came", trigger: ".o_intake_queued:contains(1)" },
        {
            content: "The answers come back",
            trigger: ".o_intake_queued",
            async run() {
                // once the server recorded it and its answer was lost
                while (!answerLost) {
                    await new Promise((resolve) => setTimeout(resolve, 100));
                }
                await new Promise((resolve) => setTimeout(resolve, 300));
                rpc._rpc = realRpc;
                window.dispatchEvent(new Event("online"));
            },
        },
        { content: "Sent, once", trigger: ".o_intake_online" },
        { content: "No more login request", trigger: ".o_intake_tablet:not(:has(.o_intake_login))" },

        // A driver unloads today's round: the stop says who gave and how.
        tap(".o_intake_round_button", "Unloading a round"),
        tap(".o_intake_stop:not(.o_intake_stop_done)", "The stop"),
        { content: "The donor of the stop", trigger: ".o_intake_donor_button:contains(Jean Donateur)" },
        tap(".o_reuse_tile[data-stream-code='TEX']", "Textiles"),
        ...typeWeight("20"),
        tap(".o_intake_add", "Add the weighing"),
        tap(".o_intake_validate", "Validate"),
        tap(".o_intake_confirm", "Confirmed"),
        tap(".o_intake_round_button", "The round again"),
        { content: "The stop is done", trigger: ".o_intake_stop.o_intake_stop_done" },
        tap(".o_intake_no_round", "Close"),
    ],
});
