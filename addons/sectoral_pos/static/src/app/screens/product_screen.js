import { patch } from "@web/core/utils/patch";
import { useBarcodeReader } from "@point_of_sale/app/hooks/barcode_reader_hook";
import { ProductScreen } from "@point_of_sale/app/screens/product_screen/product_screen";

patch(ProductScreen.prototype, {
    setup() {
        super.setup(...arguments);
        useBarcodeReader({ reuse_label: this._barcodeReuseLabelAction });
    },

    async _barcodeReuseLabelAction(code) {
        const line = await this.pos.addSectoralLabel(code.base_code || code.code);
        this.sound.play(line ? "beep" : "scan-error");
        this.numberBuffer.reset();
    },
});
