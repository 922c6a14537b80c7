import { DataServiceOptions } from "@point_of_sale/app/models/data_service_options";
import { patch } from "@web/core/utils/patch";

patch(DataServiceOptions.prototype, {
    // labels are found by their barcode at each scan: index it
    get databaseIndex() {
        return { ...super.databaseIndex, "sectoral.label": ["barcode"] };
    },
});
