// The till asks the server, when it answers, whether a scanned item is still on the
// shop floor: the website may have it in a basket or have sold it since the till
// loaded its list of items. Offline, the till sells from its list and the server
// puts the order up for review.
import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";
import { PosStore } from "@point_of_sale/app/services/pos_store";

patch(PosStore.prototype, {
    async sectoralFindLabel(barcode) {
        const label = await super.sectoralFindLabel(...arguments);
        if (label?.id) {
            const states = await this.data.silentCall("sectoral.label", "pos_label_states", [
                [label.id],
            ]);
            const state = states?.[label.id];
            if (state && state !== label.state) {
                label.state = state;
            }
        }
        return label;
    },

    sectoralLabelRefusal(label, order) {
        if (label?.state === "reserved") {
            return _t(
                "Reserved online: a customer has it in their basket. Put it aside: it comes back on sale if the basket is not paid."
            );
        }
        return super.sectoralLabelRefusal(...arguments);
    },
});
