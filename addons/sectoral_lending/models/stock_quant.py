# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class StockQuant(models.Model):
    _inherit = "stock.quant"

    def action_sectoral_register_object(self):
        """From the kilograms waiting on a library's shelf: register one object."""
        self.ensure_one()
        stream = self.env["sectoral.stream"].search(
            [("product_id", "=", self.product_id.id)], limit=1
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Register an object"),
            "res_model": "sectoral.lending.register",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_company_id": self.company_id.id,
                "default_location_id": self.location_id.id,
                "default_stream_id": stream.id,
                "default_weight_kg": self.quantity - self.reserved_quantity,
            },
        }
