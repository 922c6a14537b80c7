import { Component, useState } from "@odoo/owl";
import { Dialog } from "@web/core/dialog/dialog";
import { usePos } from "@point_of_sale/app/hooks/pos_hook";

/**
 * A donation at checkout: round the total up to the next unit of money, pick a small
 * amount, or type one. Returns the amount through ``getPayload``.
 */
export class DonationPopup extends Component {
    static template = "sectoral_pos.DonationPopup";
    static components = { Dialog };
    static props = {
        total: Number,
        currency: Object,
        getPayload: Function,
        close: Function,
    };

    setup() {
        this.pos = usePos();
        this.state = useState({ typed: "" });
    }

    /** What rounds the total up to the next whole unit (nothing if already round). */
    get roundUp() {
        const cents = Math.round(this.props.total * 100);
        const up = Math.ceil(cents / 100) * 100 - cents;
        return up / 100;
    }

    get presets() {
        return [1, 2, 5];
    }

    format(amount) {
        return this.pos.env.utils.formatCurrency(amount);
    }

    give(amount) {
        const value = Math.round(parseFloat(String(amount).replace(",", ".")) * 100) / 100;
        if (!(value > 0)) {
            return;
        }
        this.props.getPayload(value);
        this.props.close();
    }
}
