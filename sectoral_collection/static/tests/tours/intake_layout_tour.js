import { registry } from "@web/core/registry";
import { reachableStep } from "@sectoral_base/../tests/touch_layout";

const RECORD = [".o_reuse_key", ".o_intake_add", ".o_intake_validate", ".o_intake_mode"];

registry.category("web_tour.tours").add("sectoral_intake_layout", {
    steps: () => [
        reachableStep("Weighing: the pad whole", ".o_intake_tablet .o_reuse_tile", [
            ...RECORD,
            ".o_intake_container",
        ]),
        { content: "A stream", trigger: ".o_reuse_tile[data-stream-code='TEX']", run: "click" },
        { content: "In a container", trigger: ".o_intake_container", run: "click" },
        reachableStep("With the stream and the tare shown", ".o_intake_display_tare", [
            ...RECORD,
            ".o_intake_container",
        ]),
        { content: "Count items", trigger: ".o_intake_mode", run: "click" },
        reachableStep("Counting: the pad whole", ".o_intake_mode.active", RECORD),
        { content: "Who gives", trigger: ".o_intake_donor_button", run: "click" },
        reachableStep("The donor panel's buttons", ".o_intake_donor_panel", [
            ".o_intake_anonymous",
            ".o_intake_new_donor",
        ]),
    ],
});
