import * as tourUtils from "@website_sale/js/tours/tour_utils";
import { registry } from "@web/core/registry";

// A visitor buys the shop's wool coat online, collected at the shop, paid with Odoo's
// demo provider.
registry.category("web_tour.tours").add("sectoral_web_buy_item", {
    url: "/shop",
    steps: () => [
        ...tourUtils.searchProduct("Manteau en laine", { select: true }),
        {
            content: "Its shop, its weight and the CO2e its reuse avoids",
            trigger: ".o_sectoral_item_facts:contains(Boutique test):has(.o_sectoral_item_co2)",
            run() {
                // 1.4 kg, or 1,4 kg: the website's language says
                const kg = this.anchor.querySelector(".o_sectoral_item_kg").textContent;
                if (!/^1[.,]4$/.test(kg.trim())) {
                    throw new Error(`the coat weighs 1.4 kg, not ${kg}`);
                }
            },
        },
        {
            content: "One of a kind: no quantity to choose",
            trigger: "#product_detail form #add_to_cart",
            run() {
                const quantity = document.querySelector("#product_detail .css_quantity");
                if (quantity && quantity.offsetParent !== null) {
                    throw new Error("a unique item shows a quantity to choose");
                }
            },
        },
        {
            content: "Add the unique coat to the basket",
            trigger: "#product_detail form #add_to_cart",
            run: "click",
        },
        tourUtils.goToCart(),
        tourUtils.goToCheckout(),
        {
            content: "Collected at the item's shop",
            trigger: "input[name='o_delivery_radio']:checked",
        },
        tourUtils.confirmOrder(),
        {
            content: "Paying at the shop is offered with click and collect",
            trigger: "input[name='o_payment_radio'][data-provider-code='custom']",
        },
        {
            content: "Pay online with the demo provider",
            trigger: "input[name='o_payment_radio'][data-provider-code='demo']",
            run: "click",
        },
        {
            content: "The demo provider's card",
            trigger: "input[name='customer_input']",
            run: "edit 4242424242424242",
        },
        ...tourUtils.pay({ expectUnloadPage: true }),
        { content: "The order is confirmed", trigger: "[name='order_confirmation']" },
        {
            content: "Where to collect the coat",
            trigger: ".o_sectoral_collect_at:contains(Boutique test)",
        },
    ],
});
