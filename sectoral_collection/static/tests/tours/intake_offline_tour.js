import { registry } from "@web/core/registry";

function tap(trigger, content) {
    return { content, trigger, run: "click" };
}

/** The test's server stands for a reverse proxy: it answers "bad gateway" to every
 * request between these two calls, as when the tablet has lost its way to Odoo. */
function network(state) {
    return fetch(`/sectoral_test/network/${state}`);
}

registry.category("web_tour.tours").add("sectoral_intake_offline", {
    steps: () => [
        {
            content: "The tablet's page is kept for a reload without network",
            trigger: "body[data-offline-ready] .o_intake_tablet .o_reuse_tile",
        },
        tap(".o_intake_channels [data-channel-code='DROP']", "A walk-in drop-off"),
        {
            content: "The network drops",
            trigger: ".o_intake_online",
            async run() {
                await network("off");
            },
        },
        tap(".o_reuse_tile[data-stream-code='TEX']", "Textiles"),
        tap(".o_reuse_key[data-key='1']", "key 1"),
        tap(".o_reuse_key[data-key='2']", "key 2"),
        tap(".o_intake_add", "Add the weighing"),
        tap(".o_intake_validate", "Validate without network"),
        tap(".o_intake_confirm", "Kept: the confirmation says so"),
        { content: "Kept on the tablet", trigger: ".o_intake_queued:contains(1)" },
        {
            content: "Somebody reloads the page",
            trigger: ".o_intake_queued",
            run() {
                window.location.reload();
            },
            expectUnloadPage: true,
        },
        {
            content: "The tablet is back, without network",
            trigger: ".o_intake_tablet .o_intake_offline",
        },
        { content: "Its streams are there", trigger: ".o_reuse_tile[data-stream-code='TEX']" },
        { content: "The weighing is still kept", trigger: ".o_intake_queued:contains(1)" },
        {
            content: "The channel is still chosen",
            trigger: ".o_intake_channels [data-channel-code='DROP'].active",
        },
        {
            content: "The network is back",
            trigger: ".o_intake_queued",
            async run() {
                await network("on");
                window.dispatchEvent(new Event("online"));
            },
        },
        { content: "Everything is sent", trigger: ".o_intake_online" },
        {
            content: "Online again, nothing refused",
            trigger: ".o_intake_tablet:not(:has(.o_intake_offline)):not(:has(.o_intake_refused))",
        },
    ],
});
