/* global posmodel */
import * as Chrome from "@point_of_sale/../tests/pos/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/generic_helpers/dialog_util";
import { simulateBarCode } from "@barcodes/../tests/legacy/helpers";
import { registry } from "@web/core/registry";

/** The EAN-13 of a label number, as printed by sorting. */
function labelBarcode(id) {
    const digits = "29" + String(id).padStart(10, "0");
    const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 ? 3 : 1), 0);
    return digits + ((10 - (sum % 10)) % 10);
}

// The coat sold online is still on the till's list of the morning: scanned, the till
// asks the server and refuses it.
registry.category("web_tour.tours").add("sectoral_web_item_at_till", {
    steps: () =>
        [
        Chrome.startPoS(),
        Dialog.confirm("Open Register"),
        {
            content: "scan the coat sold online, on the till's list of the morning",
            trigger: "body",
            async run() {
                await posmodel.sectoralLabelsReady;
                const [coat] = await posmodel.data.silentCall("sectoral.label", "search_read", [
                    [["description", "=", "Manteau en laine"]],
                    ["id", "price", "is_free", "stream_id", "weight_kg", "label_date", "description"],
                ]);
                // the list was loaded before the coat was sold online
                posmodel.sectoralLabelIndex.set(coat.id, { ...coat, stream_id: coat.stream_id[0] });
                simulateBarCode([...labelBarcode(coat.id), "Enter"]);
            },
        },
        Dialog.bodyIs("already sold"),
        Dialog.confirm(),
    ].flat(),
});
