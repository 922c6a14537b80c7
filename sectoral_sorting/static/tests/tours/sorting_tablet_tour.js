import { registry } from "@web/core/registry";

function tap(trigger, content) {
    return { content, trigger, run: "click" };
}

function type(digits) {
    return [...digits].map((key) => tap(`.o_reuse_key[data-key='${key}']`, `key ${key}`));
}

registry.category("web_tour.tours").add("sectoral_sorting_tablet", {
    steps: () => [
        { content: "The screen shows what waits", trigger: ".o_reuse_tile[data-stream-code='TEX'] .o_reuse_tile_badge:contains(60)" },
        tap(".o_reuse_tile[data-stream-code='TEX']", "Textiles"),
        tap(".o_sorting_outcome[data-outcome='take']", "Taken from the pile"),
        ...type("50"),
        tap(".o_sorting_add", "Add"),
        { content: "The session is open with 50 kg in", trigger: ".o_sorting_balance:contains(50 kg)" },

        // a second bin: more than waits at the pile
        ...type("20"),
        tap(".o_sorting_add", "Add too much"),
        { content: "Refused: 10 kg are left", trigger: ".o_reuse_error:contains(10 kg)" },
        { content: "The tile shows what is left", trigger: ".o_reuse_tile[data-stream-code='TEX'] .o_reuse_tile_badge:contains(10 kg)" },
        tap(".o_reuse_key[data-key='back']", "erase"),
        tap(".o_reuse_key[data-key='back']", "erase"),

        tap(".o_sorting_outcome[data-outcome='REUSE']", "To the shop in bulk"),
        ...type("30"),
        tap(".o_sorting_add", "Add"),
        { content: "30 kg out", trigger: ".o_sorting_balance:contains(30 kg)" },
        tap(".o_sorting_outcome[data-outcome='RECYCLE']", "To recycling"),
        ...type("15"),
        tap(".o_sorting_add", "Add"),
        { content: "45 kg out", trigger: ".o_sorting_balance:contains(45 kg)" },

        // a coat worth a label
        tap(".o_sorting_outcome[data-outcome='label']", "A labelled item"),
        ...type("3"),
        tap(".o_sorting_price", "Now the price"),
        ...type("12"),
        tap(".o_sorting_grade[data-grade='a']", "As new"),
        tap(".o_sorting_add", "Add the label"),
        { content: "The label is in the session", trigger: ".o_sorting_line[data-kind='label']:contains(12.00)" },
        { content: "Ready to print", trigger: ".o_sorting_print small:contains(1)" },
        tap(".o_sorting_print", "Print, one tap"),
        {
            content: "The label's page, in the roll's format, goes to the printer",
            trigger: ".o_sorting_tablet .o_sorting_balance",
            async run() {
                let frame;
                for (let i = 0; i < 100; i++) {
                    frame = document.querySelector(".o_sorting_print_frame");
                    if (frame?.contentDocument?.querySelector(".page")) {
                        break;
                    }
                    await new Promise((resolve) => setTimeout(resolve, 100));
                }
                const page = frame.contentDocument.querySelector(".page");
                // the barcode's image (its digits drawn under the bars) for the label
                const barcode = page?.querySelector("img[src^='data:image/png']");
                if (!barcode || !/\d{13}/.test(barcode.alt)) {
                    throw new Error("the label's page, with its barcode digits, did not load");
                }
                if (!frame.contentDocument.querySelector("style")?.textContent.includes("57mm")) {
                    throw new Error("the label is not on the roll's format");
                }
            },
        },
        { content: "Out of balance for now", trigger: ".o_sorting_unbalanced" },

        // a mistake, undone
        tap(".o_sorting_outcome[data-outcome='DISPOSAL']", "Waste"),
        ...type("9"),
        tap(".o_sorting_add", "Add"),
        { content: "48 + 9 kg out", trigger: ".o_sorting_balance:contains(57 kg)" },
        tap(".o_sorting_undo", "Undo: it was 1.5 kg"),
        { content: "Back to 48 kg out", trigger: ".o_sorting_balance:contains(48 kg)" },
        ...type("1.5"),
        tap(".o_sorting_add", "Add"),
        { content: "Balanced", trigger: ".o_sorting_balanced" },
        tap(".o_sorting_close", "Close the session"),
        { content: "Closed", trigger: ".o_sorting_closed" },
        { content: "10 kg still wait", trigger: ".o_reuse_tile[data-stream-code='TEX'] .o_reuse_tile_badge:contains(10)" },
    ],
});
