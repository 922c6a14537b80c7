import { _t } from "@web/core/l10n/translation";
import { PosOrderline } from "@point_of_sale/app/models/pos_order_line";
import { patch } from "@web/core/utils/patch";

patch(PosOrderline.prototype, {
    /** What a labelled item is called on the order and the receipt. */
    get sectoralLabelName() {
        const label = this.sectoral_label_id;
        const stream = label.stream_id?.name || "";
        return label.description ? `${label.description} (${stream})` : stream;
    },

    setFullProductName() {
        if (this.sectoral_label_id) {
            this.full_product_name = this.sectoralLabelName;
            return;
        }
        super.setFullProductName(...arguments);
    },

    get orderDisplayProductName() {
        if (this.sectoral_label_id) {
            return { name: this.sectoralLabelName, attributeString: "" };
        }
        return super.orderDisplayProductName;
    },

    /** The stream whose kilograms this line takes out of the shop, if any. */
    get sectoralStream() {
        return this.sectoral_label_id?.stream_id || this.product_id?.product_tmpl_id?.sectoral_stream_id;
    },

    /** Kilograms of reused goods on this line (as the server computes them). */
    get sectoralWeightKg() {
        const label = this.sectoral_label_id;
        if (label) {
            return label.weight_kg * this.qty;
        }
        const template = this.product_id?.product_tmpl_id;
        const stream = template?.sectoral_stream_id;
        if (!stream) {
            return 0;
        }
        if (stream.product_id?.id === this.product_id.id) {
            return this.qty; // sold by weight, in kg
        }
        return (template.sectoral_piece_weight_kg || 0) * this.qty;
    },

    /** The till's mirror of sectoral.stream._co2_avoided_kg, for the receipt offline. */
    get sectoralCo2Kg() {
        const stream = this.sectoralStream;
        const kg = this.sectoralWeightKg;
        if (stream?.co2_basis === "kg") {
            return kg * (stream.co2_factor || 0);
        }
        if (stream?.co2_basis === "unit" && stream.avg_weight_kg) {
            return (kg / stream.avg_weight_kg) * (stream.co2_factor || 0);
        }
        return 0;
    },

    /** A labelled item is unique: its line is never merged with another. */
    canBeMergedWith(orderline) {
        if (this.sectoral_label_id || orderline.sectoral_label_id) {
            return false;
        }
        return super.canBeMergedWith(...arguments);
    },

    setQuantity(quantity, keep_price) {
        const qty = typeof quantity === "number" ? quantity : parseFloat("" + (quantity || 0));
        if (this.sectoral_label_id && qty && Math.abs(qty) !== 1) {
            return {
                title: _t("A unique item"),
                body: _t("A labelled item is sold one at a time: scan each label."),
            };
        }
        return super.setQuantity(...arguments);
    },
});
