import { _t } from "@web/core/l10n/translation";
import { AlertDialog } from "@web/core/confirmation_dialog/confirmation_dialog";
import { patch } from "@web/core/utils/patch";
import { makeAwaitable } from "@point_of_sale/app/utils/make_awaitable_dialog";
import { NumberPopup } from "@point_of_sale/app/components/popups/number_popup/number_popup";
import { PosStore } from "@point_of_sale/app/services/pos_store";
import { DonationPopup } from "@sectoral_pos/app/components/donation_popup";

patch(PosStore.prototype, {
    sectoralAlert(title, body) {
        this.dialog.add(AlertDialog, { title, body });
    },

    // --- labelled items --------------------------------------------------------------
    async afterProcessServerData() {
        const result = await super.afterProcessServerData(...arguments);
        // in the background: the till is usable at once, scans use the server meanwhile
        this.sectoralLabelsReady = this.sectoralLoadLabelIndex();
        return result;
    },

    /** The compact index of the labelled items on the shop's floor, by label number. */
    async sectoralLoadLabelIndex() {
        this.sectoralLabelIndex = new Map();
        if (!this.config.sectoral_warehouse_id) {
            return;
        }
        const index = await this.data.silentCall("sectoral.label", "pos_label_index", [
            this.config.id,
        ]);
        if (!index) {
            return; // offline at opening: scans go to the server when it answers
        }
        for (const row of index.rows) {
            const vals = Object.fromEntries(index.fields.map((field, i) => [field, row[i]]));
            this.sectoralLabelIndex.set(vals.id, vals);
        }
    },

    /** The label of a barcode: the till's own copy, else the index, else the server. */
    async sectoralFindLabel(barcode) {
        const number = /^29\d{11}$/.test(barcode) ? parseInt(barcode.slice(2, 12), 10) : 0;
        let label = number && this.models["sectoral.label"].get(number);
        if (label) {
            return label;
        }
        const indexed = number && this.sectoralLabelIndex?.get(number);
        if (indexed) {
            const loaded = this.models.connectNewData({
                "sectoral.label": [{ ...indexed, barcode, state: "available" }],
            });
            return loaded["sectoral.label"][0];
        }
        const found = await this.data.searchRead("sectoral.label", [["barcode", "=", barcode]]);
        label = found?.[0];
        return label;
    },

    /** Why a label cannot be sold now, or "" when it can. */
    sectoralLabelRefusal(label, order = this.getOrder()) {
        if (!label) {
            return _t("This label is not known: put the item aside for a manager.");
        }
        const soldHere = this.models["pos.order"].some(
            (o) =>
                o !== order &&
                o.finalized &&
                o.lines.some((l) => l.sectoral_label_id?.id === label.id && l.qty > 0)
        );
        if (label.state === "sold" || soldHere) {
            return _t("This item was already sold.");
        }
        if (label.state !== "available") {
            return _t("This item is not on sale in the shop.");
        }
        if (order.lines.some((l) => l.sectoral_label_id?.id === label.id)) {
            return _t("This item is already in the order: a labelled item is unique.");
        }
        return "";
    },

    async addSectoralLabel(barcode) {
        const order = this.getOrder() || this.addNewOrder();
        const label = await this.sectoralFindLabel(barcode);
        const refusal = this.sectoralLabelRefusal(label, order);
        if (refusal) {
            this.sectoralAlert(_t("Label %s", barcode), refusal);
            return false;
        }
        const product = label.stream_id.product_id;
        const line = await this.addLineToCurrentOrder(
            {
                product_id: product,
                product_tmpl_id: product.product_tmpl_id,
                price_unit: label.price,
                qty: 1,
                discount: order.sectoralLabelDiscount(label),
                sectoral_label_id: label,
            },
            {},
            false
        );
        line?.setFullProductName();
        return line;
    },

    // --- sale by weight ----------------------------------------------------------------
    isSectoralByWeight(productTemplate) {
        const stream = productTemplate.sectoral_stream_id;
        return Boolean(
            stream && productTemplate.to_weight && stream.product_id?.product_tmpl_id?.id === productTemplate.id
        );
    },

    sectoralWeightRefusal(kg) {
        if (!(kg > 0)) {
            return _t("Type the weight in kilograms, above zero.");
        }
        const max = this.config.sectoral_max_weight_kg;
        if (max && kg > max) {
            return _t("%(weight)s kg is more than this shop sells by weight (%(max)s kg): check the scale.", {
                weight: kg,
                max,
            });
        }
        return "";
    },

    /** The product template of the values of a line to add (a record or its id). */
    sectoralTemplateOf(vals) {
        return typeof vals.product_tmpl_id === "number"
            ? this.models["product.template"].get(vals.product_tmpl_id)
            : vals.product_tmpl_id;
    },

    async addLineToOrder(vals, order, opts = {}, configure = true) {
        const template = this.sectoralTemplateOf(vals);
        // Without a scale, the cashier types the weight; with one, Odoo's scale screen
        // reads it. Either way an absurd weight is refused.
        if (configure && template && this.isSectoralByWeight(template) && !vals.qty) {
            if (!this.config.iface_electronic_scale) {
                const typed = await makeAwaitable(this.dialog, NumberPopup, {
                    title: _t("Weight of %s (kg)", template.display_name || template.name),
                    formatDisplayedValue: (x) => `${x} kg`,
                    placeholder: "0.000",
                });
                if (typed === undefined) {
                    return;
                }
                const kg = parseFloat(String(typed).replace(",", "."));
                const refusal = this.sectoralWeightRefusal(kg);
                if (refusal) {
                    this.sectoralAlert(_t("Sale by weight"), refusal);
                    return;
                }
                vals = { ...vals, qty: kg };
                configure = false;
            }
        }
        const line = await super.addLineToOrder(vals, order, opts, configure);
        if (line && template && this.isSectoralByWeight(template)) {
            const refusal = this.sectoralWeightRefusal(line.qty);
            if (refusal) {
                line.delete();
                this.sectoralAlert(_t("Sale by weight"), refusal);
                return;
            }
        }
        return line;
    },

    // --- solidarity tariff ---------------------------------------------------------------
    setPartnerToCurrentOrder(partner) {
        super.setPartnerToCurrentOrder(...arguments);
        const order = this.getOrder();
        if (
            partner?.sectoral_beneficiary &&
            this.config.sectoral_social_pricelist_id &&
            !order.sectoralHasValidCard(partner)
        ) {
            this.sectoralAlert(
                _t("Solidarity card"),
                _t("The card of %s is not valid today: normal prices apply.", partner.name)
            );
        }
    },

    // --- donation ------------------------------------------------------------------------
    async addSectoralDonation() {
        const order = this.getOrder();
        const product = this.config.sectoral_donation_product_id;
        if (!order || !product) {
            return;
        }
        const amount = await makeAwaitable(this.dialog, DonationPopup, {
            total: order.priceIncl,
            currency: this.config.currency_id,
        });
        if (!amount) {
            return;
        }
        return await this.addLineToCurrentOrder(
            {
                product_id: product,
                product_tmpl_id: product.product_tmpl_id,
                price_unit: amount,
                qty: 1,
            },
            {},
            false
        );
    },

    // --- before payment -------------------------------------------------------------------
    sectoralPaymentRefusal(order) {
        if (order.sectoralIsSocial && !order.sectoralHasValidCard()) {
            return _t("The solidarity tariff needs a customer with a valid card.");
        }
        const floor = this.config.sectoral_price_floor;
        const donation = this.config.sectoral_donation_product_id;
        if (floor) {
            for (const line of order.lines) {
                if (line.qty <= 0 || line.product_id.id === donation?.id) {
                    continue;
                }
                if (line.sectoral_label_id?.is_free) {
                    continue;
                }
                const unit = line.price_unit * (1 - (line.discount || 0) / 100);
                if (unit < floor - 1e-6) {
                    return _t("%(product)s is below the lowest price of the shop (%(floor)s).", {
                        product: line.full_product_name || line.product_id.display_name,
                        floor: this.env.utils.formatCurrency(floor),
                    });
                }
            }
        }
        return "";
    },

    async pay() {
        const order = this.getOrder();
        const refusal = order && this.sectoralPaymentRefusal(order);
        if (refusal) {
            this.sectoralAlert(_t("This order cannot be paid yet"), refusal);
            return;
        }
        return await super.pay(...arguments);
    },
});
