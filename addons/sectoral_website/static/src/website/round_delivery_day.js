import { Interaction } from "@web/public/interaction";
import { registry } from "@web/core/registry";
import { rpc } from "@web/core/network/rpc";
import { _t } from "@web/core/l10n/translation";

/**
 * Home delivery on a round: the day picker shows under that delivery method when it
 * is chosen; the day picked takes a place on the round at once (the server says if
 * it filled up meanwhile).
 */
export class RoundDeliveryDay extends Interaction {
    static selector = "#o_delivery_methods";
    dynamicContent = {
        '[name="o_delivery_radio"]': { "t-on-click": this.showDayPicker },
        ".o_sectoral_round_day_select": { "t-on-change": this.bookDay },
    };

    showDayPicker(ev) {
        for (const picker of this.el.querySelectorAll(".o_sectoral_round_day")) {
            const item = picker.closest('[name="o_delivery_method"]');
            picker.classList.toggle("d-none", !item.contains(ev.currentTarget));
        }
    }

    async bookDay(ev) {
        const select = ev.currentTarget;
        const status = select.parentElement.querySelector(".o_sectoral_round_day_status");
        if (!select.value) {
            return;
        }
        const result = await this.waitFor(
            rpc("/shop/sectoral/book_round_delivery", { choice: select.value })
        );
        status.classList.toggle("text-danger", Boolean(result.error));
        status.classList.toggle("text-success", !result.error);
        status.textContent = result.error || _t("✔ Booked: our round comes that day.");
        // the server set the round's delivery method: the page shows it chosen too
        const radio = select.closest('[name="o_delivery_method"]')?.querySelector(
            'input[name="o_delivery_radio"]'
        );
        if (!result.error && radio && !radio.checked) {
            radio.click();
        }
    }
}

registry.category("public.interactions").add("sectoral_website.round_delivery_day", RoundDeliveryDay);
