# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralCollectionRequest(models.Model):
    _inherit = "sectoral.collection.request"

    sale_order_ids = fields.One2many(
        "sale.order", "sectoral_delivery_request_id", "Orders delivered"
    )

    def _mark_done(self):
        res = super()._mark_done()
        self.filtered(
            lambda request: request.kind == "deliver"
        ).sudo().sale_order_ids._sectoral_delivered_on_round()
        return res
