/* global posmodel */
import * as Chrome from "@point_of_sale/../tests/pos/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/generic_helpers/dialog_util";
import * as NumberPopup from "@point_of_sale/../tests/generic_helpers/number_popup_util";
import * as PaymentScreen from "@point_of_sale/../tests/pos/tours/utils/payment_screen_util";
import * as ProductScreen from "@point_of_sale/../tests/pos/tours/utils/product_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/pos/tours/utils/receipt_screen_util";
import { scan_barcode } from "@point_of_sale/../tests/generic_helpers/utils";
import { simulateBarCode } from "@barcodes/../tests/legacy/helpers";
import { registry } from "@web/core/registry";

function refusal(text) {
    return [Dialog.bodyIs(text), Dialog.confirm()];
}

/** The EAN-13 of a label number, as printed by sorting. */
function labelBarcode(id) {
    const digits = "29" + String(id).padStart(10, "0");
    const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 ? 3 : 1), 0);
    return digits + ((10 - (sum % 10)) % 10);
}

/** Scans an item's price label, as the cashier's scanner does. */
function scanLabel(description) {
    return {
        content: `scan the label of ${description}`,
        trigger: "body",
        async run() {
            await posmodel.sectoralLabelsReady;
            const label = [...posmodel.sectoralLabelIndex.values()].find(
                (l) => l.description === description
            );
            simulateBarCode([...labelBarcode(label.id), "Enter"]);
        },
    };
}

registry.category("web_tour.tours").add("sectoral_shop_till", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),

            // a labelled coat, scanned twice by mistake
            scanLabel("Wool coat"),
            ProductScreen.selectedOrderlineHas("Wool coat (Textiles)", "1", "18.00"),
            scanLabel("Wool coat"),
            refusal("already in the order"),
            // a month on the floor: 50 % off
            scanLabel("Denim jacket"),
            ProductScreen.selectedOrderlineHas("Denim jacket (Textiles)", "1", "6.00"),

            // textiles by the kilo: a weight of zero is refused
            ProductScreen.clickDisplayedProduct("Textiles"),
            NumberPopup.enterValue("0"),
            Dialog.confirm(),
            refusal("above zero"),
            ProductScreen.clickDisplayedProduct("Textiles"),
            NumberPopup.enterValue("2.5"),
            Dialog.confirm(),
            ProductScreen.selectedOrderlineHas("Textiles", "2.5", "10.00"),

            // a cup in two taps
            ProductScreen.clickSubcategory("Small items"),
            ProductScreen.clickDisplayedProduct("Cup"),
            ProductScreen.selectedOrderlineHas("Cup", "1", "1.00"),

            // the customer gives 2 €
            { content: "donation", trigger: ".o_sectoral_donation_button", run: "click" },
            { content: "2", trigger: ".o_sectoral_donation_preset[data-amount='2']", run: "click" },
            ProductScreen.selectedOrderlineHas("Donation", "1", "2.00"),
            ProductScreen.totalAmountIs("37.00"),

            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Cash"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.receiptIsThere(),
            { content: "kilograms reused", trigger: ".o_sectoral_receipt_kg:contains(5.0)" },
            { content: "CO2e avoided", trigger: ".o_sectoral_receipt_co2:contains(28.5)" },
            ReceiptScreen.clickNextOrder(),

            // a beneficiary: an expired card first, then a valid one
            scan_barcode("0420000000024"),
            refusal("not valid today"),
            scan_barcode("0420000000017"),
            ProductScreen.customerIs("Nadia Solidaire"),
            {
                content: "the solidarity tariff shows at a glance",
                trigger: ".o_sectoral_social_banner:contains(Nadia Solidaire)",
            },
            // the coat is gone
            scanLabel("Wool coat"),
            refusal("already sold"),
            scanLabel("Evening dress"),
            ProductScreen.selectedOrderlineHas("Evening dress (Textiles)", "1", "16.00"),
            ProductScreen.clickDisplayedProduct("Cup"),
            ProductScreen.selectedOrderlineHas("Cup", "1", "0.70"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Card"),
            PaymentScreen.clickValidate(),
            { content: "solidarity tariff on the receipt", trigger: ".o_sectoral_receipt_social" },
            ReceiptScreen.clickNextOrder(),
        ].flat(),
});
