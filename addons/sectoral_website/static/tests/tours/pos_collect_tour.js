import * as Chrome from "@point_of_sale/../tests/pos/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/generic_helpers/dialog_util";
import * as PaymentScreen from "@point_of_sale/../tests/pos/tours/utils/payment_screen_util";
import * as ProductScreen from "@point_of_sale/../tests/pos/tours/utils/product_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/pos/tours/utils/receipt_screen_util";
import { registry } from "@web/core/registry";

function openOnlineOrders() {
    return [
        { content: "online orders", trigger: ".o_sectoral_collect_button", run: "click" },
        { content: "the list", trigger: ".o_sectoral_collect_orders" },
    ];
}

// Two customers come for what they bought online: one paid on the website, one pays
// at the till.
registry.category("web_tour.tours").add("sectoral_collect_at_till", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            openOnlineOrders(),
            {
                content: "the jacket was paid online: handed over",
                trigger:
                    ".o_sectoral_collect_order:contains(Jeanne Payée) .o_sectoral_hand_over",
                run: "click",
            },
            {
                content: "only the coat is left to collect",
                trigger: ".o_sectoral_collect_order:contains(Marc Sur Place):contains(18.00)",
            },
            {
                content: "nothing else",
                trigger: ".o_sectoral_collect_orders:not(:has(:contains(Jeanne Payée)))",
            },
            {
                content: "the coat is paid here",
                trigger: ".o_sectoral_collect_order:contains(Marc Sur Place) .o_sectoral_take_payment",
                run: "click",
            },
            ProductScreen.selectedOrderlineHas("Manteau en laine (Textiles)", "1", "18.00"),
            ProductScreen.totalAmountIs("18.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Cash"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.receiptIsThere(),
            ReceiptScreen.clickNextOrder(),
            openOnlineOrders(),
            { content: "nothing waiting now", trigger: ".o_sectoral_collect_empty" },
        ].flat(),
});
