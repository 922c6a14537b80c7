# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    sectoral_till_line_ids = fields.One2many(
        "pos.order.line",
        "sectoral_web_line_id",
        "Paid at the till",
        readonly=True,
        groups="point_of_sale.group_pos_user",
    )

    def _sectoral_labels(self):
        return self.product_id.product_tmpl_id.sudo().sectoral_label_id

    def _action_launch_stock_rule(self, *, previous_product_uom_qty=False):
        # a unique item leaves the shop as the kilograms of its stream, in the order's
        # own delivery (see sale.order._sectoral_deliver_items), not as a product
        others = self.filtered(lambda line: not line._sectoral_labels())
        return super(SaleOrderLine, others)._action_launch_stock_rule(
            previous_product_uom_qty=previous_product_uom_qty
        )

    @api.depends(
        "sectoral_till_line_ids.qty",
        "sectoral_till_line_ids.order_id.state",
        # a free click and collect line is settled with the order's last item
        "order_id.order_line.sectoral_till_line_ids.order_id.state",
    )
    def _compute_qty_invoiced(self):
        return super()._compute_qty_invoiced()

    def _prepare_qty_invoiced(self):
        """An item paid at the till is invoiced by the till's session: the web
        order has nothing left to invoice for it (nor for a free click and collect)."""
        invoiced = super()._prepare_qty_invoiced()
        for line in self:
            paid = line.sudo().sectoral_till_line_ids.filtered(
                lambda till: till.order_id.state not in ("draft", "cancel")
            )
            if paid:
                invoiced[line] += sum(paid.mapped("qty"))
            elif (
                line.is_delivery
                and line.currency_id.is_zero(line.price_unit)
                and line.order_id._sectoral_settled_at_till()
            ):
                invoiced[line] = line.product_uom_qty
        return invoiced

    @api.ondelete(at_uninstall=False)
    def _sectoral_release_items(self):
        """An item taken out of a cart is back on sale."""
        for line in self:
            labels = line._sectoral_labels().filtered(
                lambda label, order=line.order_id: label.web_order_id == order
            )
            if line.order_id.state in ("draft", "sent"):
                labels._web_release()
