import { registry } from "@web/core/registry";

function tap(trigger, content) {
    return { content, trigger, run: "click" };
}

function type(digits) {
    return [...digits].map((key) => tap(`.o_reuse_key[data-key='${key}']`, `key ${key}`));
}

/** A photo as the tablet's camera gives one: a small JPEG file in the input. */
async function takePhoto(input) {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext("2d");
    context.fillStyle = "#8d6e63";
    context.fillRect(0, 0, 64, 48);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg"));
    const files = new DataTransfer();
    files.items.add(new File([blob], "photo.jpg", { type: "image/jpeg" }));
    input.files = files.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
}

registry.category("web_tour.tours").add("sectoral_publish_from_sorting", {
    steps: () => [
        tap(".o_reuse_tile[data-stream-code='FUR']", "Furniture"),
        tap(".o_reuse_tile[data-stream-code='FUR-STO']", "Storage"),
        tap(".o_sorting_outcome[data-outcome='take']", "Taken from the pile"),
        ...type("30"),
        tap(".o_sorting_add", "Add"),
        tap(".o_sorting_outcome[data-outcome='label']", "A labelled item"),
        ...type("25"),
        tap(".o_sorting_price", "Now the price"),
        ...type("45"),
        tap(".o_sorting_grade[data-grade='a']", "As new"),
        tap(".o_sorting_add", "Add the label"),
        tap(".o_sorting_line[data-kind='label']", "The label's line: publish it"),
        {
            content: "The camera takes the photo",
            trigger: ".o_sorting_publish_photo",
            async run() {
                await takePhoto(this.anchor.querySelector("input[type='file']"));
            },
        },
        { content: "The photo is shown", trigger: ".o_sorting_publish_photo img" },
        tap(".o_sorting_publish_go", "Publish without saying what it is"),
        { content: "Asked what it is", trigger: ".o_sorting_publish_error" },
        {
            content: "What it is",
            trigger: ".o_sorting_publish_description",
            run: "edit Commode en chêne",
        },
        {
            content: "Its dimensions",
            trigger: ".o_sorting_publish_dimensions",
            run: "edit 80 x 45 x 120 cm",
        },
        tap(".o_sorting_publish_go", "Publish"),
        { content: "Online", trigger: ".o_sorting_published:contains(Commode en chêne)" },
    ],
});
