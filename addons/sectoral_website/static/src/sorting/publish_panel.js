// From the sorting screen, a label just made goes online in a few taps: a photo with the
// tablet's camera, a few words, the dimensions; grade, weight, price and shop are the
// label's. The server checks everything again (sectoral.sorting.tablet.publish_online).
import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";
import { useState } from "@odoo/owl";
import { SortingTablet } from "@sectoral_sorting/sorting_tablet/sorting_tablet";

const PHOTO_MAX_PX = 1600;

/** The photo, made smaller on the tablet before it is sent (JPEG, base64). */
async function shrink(file) {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, PHOTO_MAX_PX / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const url = canvas.toDataURL("image/jpeg", 0.85);
    return url.slice(url.indexOf(",") + 1);
}

patch(SortingTablet.prototype, {
    setup() {
        super.setup();
        this.publishing = useState({
            line: null,
            description: "",
            dimensions: "",
            photo: "",
            error: "",
            busy: false,
            done: null,
        });
    },

    openPublish(line) {
        if (line.kind !== "label" || !line.id) {
            return;
        }
        Object.assign(this.publishing, {
            line,
            description: line.description || "",
            dimensions: "",
            photo: "",
            error: "",
            done: null,
        });
    },

    closePublish() {
        this.publishing.line = null;
    },

    async takePhoto(ev) {
        const file = ev.target.files?.[0];
        if (!file) {
            return;
        }
        try {
            this.publishing.photo = await shrink(file);
            this.publishing.error = "";
        } catch {
            this.publishing.error = _t("The photo could not be read: take it again.");
        }
    },

    async publish() {
        const { line } = this.publishing;
        if (!this.publishing.description.trim()) {
            this.publishing.error = _t("Say in a few words what the item is.");
            return;
        }
        this.publishing.busy = true;
        try {
            const result = await this.orm.silent.call(
                "sectoral.sorting.tablet",
                "publish_online",
                [
                    line.id,
                    {
                        description: this.publishing.description,
                        dimensions: this.publishing.dimensions,
                        image: this.publishing.photo || null,
                    },
                ]
            );
            this.publishing.done = result;
            this.publishing.line = null;
        } catch (error) {
            this.publishing.error =
                error.data?.message || _t("No network: publish it again in a moment.");
        } finally {
            this.publishing.busy = false;
        }
    },
});
