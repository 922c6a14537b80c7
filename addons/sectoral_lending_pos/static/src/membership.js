// A membership of a sliding scale at the till: the cashier types the fee the member
// chooses, refused outside the scale (the server checks the same rule); it needs its
// member before payment.
import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";
import { makeAwaitable } from "@point_of_sale/app/utils/make_awaitable_dialog";
import { NumberPopup } from "@point_of_sale/app/components/popups/number_popup/number_popup";
import { PosStore } from "@point_of_sale/app/services/pos_store";

patch(PosStore.prototype, {
    sectoralFeeRefusal(template, fee) {
        if (!(fee >= template.sectoral_fee_min && fee <= template.sectoral_fee_max)) {
            return _t("The fee is chosen between %(low)s and %(high)s.", {
                low: this.env.utils.formatCurrency(template.sectoral_fee_min),
                high: this.env.utils.formatCurrency(template.sectoral_fee_max),
            });
        }
        return "";
    },

    async addLineToOrder(vals, order, opts = {}, configure = true) {
        const template = this.sectoralTemplateOf(vals);
        if (configure && template?.membership && template.sectoral_fee_max) {
            const typed = await makeAwaitable(this.dialog, NumberPopup, {
                title: _t("Fee chosen by the member"),
                subtitle: `${this.env.utils.formatCurrency(template.sectoral_fee_min)} – ${this.env.utils.formatCurrency(template.sectoral_fee_max)}`,
            });
            if (typed === undefined) {
                return;
            }
            const fee = parseFloat(String(typed).replace(",", "."));
            const refusal = this.sectoralFeeRefusal(template, fee);
            if (refusal) {
                this.sectoralAlert(template.display_name || template.name, refusal);
                return;
            }
            vals = { ...vals, price_unit: fee, price_type: "manual" };
        }
        return await super.addLineToOrder(vals, order, opts, configure);
    },

    sectoralPaymentRefusal(order) {
        if (!order.getPartner() && order.lines.some((line) => line.product_id?.product_tmpl_id?.membership)) {
            return _t("A membership needs its member: choose the customer.");
        }
        return super.sectoralPaymentRefusal(...arguments);
    },
});
