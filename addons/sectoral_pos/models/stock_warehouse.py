# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


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
        self._sectoral_ensure_shop_sales()
        return res

    def _sectoral_ensure_shop_sales(self):
        """Give each reuse site its shop-sales operation type (from the shop location
        to the customers) and point the site's tills at it, whether the site was set
        up before or after the shop addon was installed. Safe to run again."""
        customers = self.env.ref("stock.stock_location_customers")
        for site in self.filtered(
            lambda w: w.is_reuse_site and w.reuse_shop_location_id
        ):
            if not site.reuse_pos_type_id:
                site.reuse_pos_type_id = (
                    self.env["stock.picking.type"]
                    .sudo()
                    .create(
                        {
                            "name": self.env._("Shop sales"),
                            "code": "outgoing",
                            "sequence_code": "SHOP",
                            "warehouse_id": site.id,
                            "company_id": site.company_id.id,
                            "default_location_src_id": site.reuse_shop_location_id.id,
                            "default_location_dest_id": customers.id,
                        }
                    )
                )
            tills = (
                self.env["pos.config"]
                .sudo()
                .with_context(active_test=False)
                .search(
                    [
                        ("sectoral_warehouse_id", "=", site.id),
                        ("picking_type_id", "!=", site.reuse_pos_type_id.id),
                    ]
                )
            )
            if tills:
                tills.write({"picking_type_id": site.reuse_pos_type_id.id})
        return True

    @api.model
    def _sectoral_mend_shop_sales(self):
        """Every reuse site of the database sells from its shop location."""
        self.sudo().with_context(active_test=False).search(
            [("is_reuse_site", "=", True)]
        )._sectoral_ensure_shop_sales()
