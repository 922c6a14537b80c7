# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo import fields, models
from odoo.exceptions import UserError


class PosOrder(models.Model):
    """A membership sold at the till makes its member a member (OCA's membership
    line, paid), at the fee they chose within the sliding scale; refunded, the
    membership is cancelled."""

    _inherit = "pos.order"

    def _sectoral_check_order(self, draft):
        res = super()._sectoral_check_order(draft)
        for line in self.lines.filtered(lambda line: line.product_id.membership):
            reference = self.pos_reference or self.name
            if not self.partner_id:
                raise UserError(
                    self.env._(
                        "Order %(order)s: a membership needs its member: choose the "
                        "customer.",
                        order=reference,
                    )
                )
            if line.qty > 0:
                refusal = line.product_id.product_tmpl_id._sectoral_fee_refusal(
                    line.price_subtotal_incl / line.qty
                )
                if refusal:
                    raise UserError(
                        self.env._(
                            "Order %(order)s: %(refusal)s",
                            order=reference,
                            refusal=refusal,
                        )
                    )
        return res

    def action_pos_order_paid(self):
        res = super().action_pos_order_paid()
        self._sectoral_record_memberships()
        return res

    def _sectoral_record_memberships(self):
        Line = self.env["membership.membership_line"].sudo()
        today = fields.Date.context_today(self)
        for order in self:
            for line in order.lines.filtered(lambda line: line.product_id.membership):
                if line.qty < 0:
                    paid = Line.search(
                        [("sectoral_pos_line_id", "=", line.refunded_orderline_id.id)]
                    )
                    paid.write({"date_cancel": today, "state": "canceled"})
                    continue
                if Line.search_count([("sectoral_pos_line_id", "=", line.id)]):
                    continue  # recorded already
                product = line.product_id
                date_from = max(product.membership_date_from or today, today)
                date_to = product.membership_date_to or date(today.year, 12, 31)
                Line.create(
                    {
                        "partner_id": order.partner_id.id,
                        "membership_id": product.id,
                        "member_price": line.price_subtotal_incl / line.qty,
                        "date": today,
                        "date_from": date_from,
                        "date_to": max(date_to, date_from),
                        "state": "paid",
                        "sectoral_pos_line_id": line.id,
                    }
                )
