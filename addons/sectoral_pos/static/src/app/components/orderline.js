import { patch } from "@web/core/utils/patch";
import { Orderline } from "@point_of_sale/app/components/orderline/orderline";

patch(Orderline.prototype, {
    get lineScreenValues() {
        const values = super.lineScreenValues;
        const label = this.line.sectoral_label_id;
        if (label && this.line.order_id) {
            // a labelled item: its label and weight, not a price per kilogram
            values.displayPriceUnit = `🏷️ ${label.barcode} · ${label.weight_kg} kg`;
        }
        return values;
    },
});
