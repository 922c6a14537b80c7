# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class SectoralLabel(models.Model):
    """The till knows the labelled items on its shop's floor from the start of the
    session (fast, and scanning works without network); an item labelled since is read
    from the server when scanned."""

    _name = "sectoral.label"
    _inherit = ["sectoral.label", "pos.load.mixin"]

    @api.model
    def _load_pos_data_domain(self, data, config):
        domain = [("company_id", "=", config.company_id.id)]
        if config.sectoral_warehouse_id:
            domain.append(("warehouse_id", "=", config.sectoral_warehouse_id.id))
        if not self.env.context.get("pos_last_server_date"):
            domain.append(("state", "=", "available"))
        # else: a till reopening gets what changed since it last loaded, sold items
        # included, so that its copy learns they are gone
        return domain

    @api.model
    def _load_pos_data_fields(self, config):
        return [
            "id",
            "barcode",
            "description",
            "price",
            "is_free",
            "stream_id",
            "weight_kg",
            "label_date",
            "colour",
            "state",
        ]
