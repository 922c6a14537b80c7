// Online orders collected at the shop: the till lists those waiting here; an order
// not paid online is paid in the current sale, each item on a line of its own that
// says which line of the web order it settles (the server checks it).
import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";
import { PosStore } from "@point_of_sale/app/services/pos_store";
import { CollectOrdersPopup } from "@sectoral_website/pos/collect_orders_popup";

patch(PosStore.prototype, {
    sectoralShowWebOrders() {
        this.dialog.add(CollectOrdersPopup, {});
    },

    async sectoralAddWebOrder(webOrder) {
        const order = this.getOrder() || this.addNewOrder();
        for (const item of webOrder.items) {
            if (order.lines.some((line) => line.sectoral_label_id?.id === item.label_id)) {
                continue;
            }
            const label = await this.sectoralFindLabel(item.barcode);
            if (!label?.stream_id) {
                this.sectoralAlert(
                    _t("Label %s", item.barcode),
                    _t("This label is not known: put the item aside for a manager.")
                );
                return false;
            }
            const webLine = this.models.connectNewData({
                "sale.order.line": [{ id: item.line_id }],
            })["sale.order.line"][0];
            const product = label.stream_id.product_id;
            const line = await this.addLineToCurrentOrder(
                {
                    product_id: product,
                    product_tmpl_id: product.product_tmpl_id,
                    price_unit: item.price,
                    price_type: "manual",
                    qty: 1,
                    sectoral_label_id: label,
                    sectoral_web_line_id: webLine,
                },
                {},
                false
            );
            line?.setFullProductName();
        }
        this.notification.add(_t("%s: take the payment.", webOrder.name), { type: "info" });
        return true;
    },
});
