import { PosOrder } from "@point_of_sale/app/models/pos_order";
import { patch } from "@web/core/utils/patch";

patch(PosOrder.prototype, {
    get sectoralWeightKg() {
        return this.lines.reduce((sum, line) => sum + line.sectoralWeightKg, 0);
    },

    get sectoralCo2Kg() {
        return this.lines.reduce((sum, line) => sum + line.sectoralCo2Kg, 0);
    },

    get sectoralIsSocial() {
        const social = this.config.sectoral_social_pricelist_id;
        return Boolean(social) && this.pricelist_id?.id === social.id;
    },

    /** Whether the customer may have the solidarity tariff today. */
    sectoralHasValidCard(partner = this.partner_id) {
        if (!partner?.sectoral_beneficiary || !partner.barcode || !partner.sectoral_card_valid_until) {
            return false;
        }
        const today = luxon.DateTime.now().toISODate();
        const validUntil = partner.sectoral_card_valid_until;
        return (typeof validUntil === "string" ? validUntil : validUntil.toISODate()) >= today;
    },

    updatePricelistAndFiscalPosition(newPartner) {
        super.updatePricelistAndFiscalPosition(...arguments);
        const social = this.config.sectoral_social_pricelist_id;
        if (social && newPartner && this.sectoralHasValidCard(newPartner)) {
            this.setPricelist(social);
        }
    },

    setPricelist(pricelist) {
        super.setPricelist(...arguments);
        // labelled items keep their own price: refresh their markdown and solidarity
        // discount
        for (const line of this.lines) {
            if (line.sectoral_label_id && line.qty > 0) {
                line.setDiscount(this.sectoralLabelDiscount(line.sectoral_label_id));
            }
        }
    },

    /** The markdown of a label today (the largest rule its age has reached), combined
     * with the solidarity discount when the order has the solidarity tariff. */
    sectoralLabelDiscount(label) {
        const labelDate =
            typeof label.label_date === "string"
                ? luxon.DateTime.fromISO(label.label_date)
                : label.label_date;
        const age = Math.floor(luxon.DateTime.now().startOf("day").diff(labelDate.startOf("day"), "days").days);
        const markdown = Math.max(
            0,
            ...this.models["sectoral.markdown.rule"]
                .filter((rule) => rule.after_days <= age)
                .map((rule) => rule.discount_pct)
        );
        const social = this.sectoralIsSocial ? this.config.sectoral_social_discount_pct || 0 : 0;
        const combined = 100 * (1 - (1 - markdown / 100) * (1 - social / 100));
        return Math.round(combined * 100) / 100;
    },
});
