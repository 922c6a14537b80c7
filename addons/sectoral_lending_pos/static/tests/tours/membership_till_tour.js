import * as Chrome from "@point_of_sale/../tests/pos/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/generic_helpers/dialog_util";
import * as NumberPopup from "@point_of_sale/../tests/generic_helpers/number_popup_util";
import * as PaymentScreen from "@point_of_sale/../tests/pos/tours/utils/payment_screen_util";
import * as ProductScreen from "@point_of_sale/../tests/pos/tours/utils/product_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/pos/tours/utils/receipt_screen_util";
import { registry } from "@web/core/registry";

// A new member joins at the till and chooses 25 on the 10 to 40 scale.
registry.category("web_tour.tours").add("sectoral_membership_at_till", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            // 50 is beyond the scale
            ProductScreen.clickDisplayedProduct("Library membership"),
            NumberPopup.enterValue("50"),
            Dialog.confirm(),
            { content: "refused", trigger: ".modal-body:contains(between)" },
            Dialog.confirm(),
            ProductScreen.clickDisplayedProduct("Library membership"),
            NumberPopup.enterValue("25"),
            Dialog.confirm(),
            ProductScreen.selectedOrderlineHas("Library membership", "1", "25.00"),
            // the member first
            ProductScreen.clickPayButton(false),
            { content: "who is the member?", trigger: ".modal-body:contains(member)" },
            Dialog.confirm(),
            ProductScreen.clickPartnerButton(),
            ProductScreen.clickCustomer("Till Member"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Cash"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.receiptIsThere(),
        ].flat(),
});
