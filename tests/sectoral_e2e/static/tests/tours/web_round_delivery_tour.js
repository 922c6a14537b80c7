import * as tourUtils from "@website_sale/js/tours/tour_utils";
import { registry } from "@web/core/registry";

// A visitor buys an oak sideboard, too big to carry home: brought by the round of the
// day they pick, paid with Odoo's demo provider.
registry.category("web_tour.tours").add("sectoral_web_round_delivery", {
    url: "/shop",
    steps: () => [
        ...tourUtils.searchProduct("Buffet en chêne", { select: true }),
        {
            content: "Add the sideboard to the basket",
            trigger: "#product_detail form #add_to_cart",
            run: "click",
        },
        tourUtils.goToCart(),
        tourUtils.goToCheckout(),
        {
            content: "Home delivery on a round",
            trigger:
                "li[name='o_delivery_method']:has(.o_sectoral_round_day) input[name='o_delivery_radio']:not(:disabled)",
            run: "click",
        },
        {
            content: "The days the round can come",
            trigger: ".o_sectoral_round_day:not(.d-none) .o_sectoral_round_day_select",
            run: "selectByIndex 1",
        },
        {
            content: "A place on that round is taken",
            trigger: ".o_sectoral_round_day_status.text-success",
        },
        tourUtils.confirmOrder(),
        {
            content: "The demo provider's card",
            trigger: "input[name='customer_input']",
            run: "edit 4242424242424242",
        },
        ...tourUtils.pay({ expectUnloadPage: true }),
        { content: "The order is confirmed", trigger: "[name='order_confirmation']" },
        { content: "The day of delivery", trigger: ".o_sectoral_delivery_day" },
    ],
});
