import { Component } from "@odoo/owl";
import { KEYPAD_KEYS } from "./touch_entry";

/** The big numeric keypad of the touch screens. */
export class TouchKeypad extends Component {
    static template = "sectoral_base.TouchKeypad";
    static props = {
        onKey: Function,
        decimal: { type: Boolean, optional: true },
    };
    static defaultProps = { decimal: true };

    get keys() {
        return KEYPAD_KEYS;
    }
}
