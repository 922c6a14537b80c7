# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class SectoralStream(models.Model):
    _name = "sectoral.stream"
    _inherit = ["sectoral.stream", "pos.load.mixin"]

    @api.model
    def _load_pos_data_domain(self, data, config):
        return [("company_id", "in", [False, config.company_id.id])]

    @api.model
    def _load_pos_data_fields(self, config):
        return [
            "id",
            "name",
            "code",
            "icon",
            "co2_factor",
            "co2_basis",
            "avg_weight_kg",
            "product_id",
        ]
