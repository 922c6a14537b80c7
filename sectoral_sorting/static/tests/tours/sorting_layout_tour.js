import { registry } from "@web/core/registry";
import { reachableStep } from "@sectoral_base/../tests/touch_layout";

const RECORD = [".o_reuse_key", ".o_sorting_add", ".o_sorting_close", ".o_sorting_outcome"];

registry.category("web_tour.tours").add("sectoral_sorting_layout", {
    steps: () => [
        reachableStep("Weighing: the pad whole", ".o_sorting_tablet .o_reuse_tile", RECORD),
        { content: "A label", trigger: ".o_sorting_outcome[data-outcome='label']", run: "click" },
        reachableStep("Label mode: price, grade and the keypad whole", ".o_sorting_price", [
            ...RECORD,
            ".o_sorting_grade",
            ".o_sorting_free",
            ".o_sorting_price",
        ]),
    ],
});
