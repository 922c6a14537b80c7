# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class StockWarehouse(models.Model):
    _inherit = "stock.warehouse"

    reuse_pos_type_id = fields.Many2one(
        "stock.picking.type",
        "Shop sales",
        check_company=True,
        help="The operation type of the site's tills: sales leave from the shop "
        "location, never from the intake pile or the workshop.",
    )

    def action_setup_reuse_site(self):
        res = super().action_setup_reuse_site()
        for site in self.filtered(lambda w: not w.reuse_pos_type_id):
            site.reuse_pos_type_id = self.env["stock.picking.type"].create(
                {
                    "name": self.env._("Shop sales"),
                    "code": "outgoing",
                    "sequence_code": "SHOP",
                    "warehouse_id": site.id,
                    "company_id": site.company_id.id,
                    "default_location_src_id": site.reuse_shop_location_id.id,
                    "default_location_dest_id": self.env.ref(
                        "stock.stock_location_customers"
                    ).id,
                }
            )
        return res
