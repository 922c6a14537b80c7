import { Component, onWillStart, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { Dialog } from "@web/core/dialog/dialog";
import { usePos } from "@point_of_sale/app/hooks/pos_hook";

/**
 * The web orders waiting at this shop: paid online, the cashier hands them over;
 * to pay here, the cashier puts their items in the current sale.
 */
export class CollectOrdersPopup extends Component {
    static template = "sectoral_website.CollectOrdersPopup";
    static components = { Dialog };
    static props = { close: Function };

    setup() {
        this.pos = usePos();
        this.state = useState({ orders: [], loading: true, search: "" });
        onWillStart(() => this.load());
    }

    async load() {
        this.state.loading = true;
        try {
            this.state.orders = await this.pos.data.call(
                "sale.order",
                "sectoral_pos_collect_orders",
                [this.pos.config.id]
            );
        } finally {
            this.state.loading = false;
        }
    }

    get orders() {
        const search = this.state.search.trim().toLowerCase();
        if (!search) {
            return this.state.orders;
        }
        return this.state.orders.filter((order) =>
            [order.name, order.partner, order.phone, ...order.items.map((i) => i.barcode)]
                .join(" ")
                .toLowerCase()
                .includes(search)
        );
    }

    format(amount) {
        return this.pos.env.utils.formatCurrency(amount);
    }

    async handOver(order) {
        await this.pos.data.call("sale.order", "sectoral_pos_hand_over", [
            [order.id],
            this.pos.config.id,
        ]);
        this.pos.notification.add(_t("%s handed over.", order.name), { type: "success" });
        await this.load();
    }

    async takePayment(order) {
        if (await this.pos.sectoralAddWebOrder(order)) {
            this.props.close();
        }
    }
}
