# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    def _sectoral_labels(self):
        return self.product_id.product_tmpl_id.sudo().sectoral_label_id

    def _action_launch_stock_rule(self, *, previous_product_uom_qty=False):
        # a unique item leaves the shop as the kilograms of its stream, in the order's
        # own delivery (see sale.order._sectoral_deliver_items), not as a product
        others = self.filtered(lambda line: not line._sectoral_labels())
        return super(SaleOrderLine, others)._action_launch_stock_rule(
            previous_product_uom_qty=previous_product_uom_qty
        )

    @api.ondelete(at_uninstall=False)
    def _sectoral_release_items(self):
        """An item taken out of a cart is back on sale."""
        for line in self:
            labels = line._sectoral_labels().filtered(
                lambda label, order=line.order_id: label.web_order_id == order
            )
            if line.order_id.state in ("draft", "sent"):
                labels._web_release()
