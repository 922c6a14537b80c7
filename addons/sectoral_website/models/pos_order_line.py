# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class PosOrderLine(models.Model):
    """An item ordered online and paid at its shop's till on collection: the till's
    line says which line of the web order it settles."""

    _inherit = "pos.order.line"

    sectoral_web_line_id = fields.Many2one(
        "sale.order.line",
        "Web order line settled",
        index="btree_not_null",
        readonly=True,
        help="The line of an order placed on the website, collected and paid at this "
        "till.",
    )

    def write(self, vals):
        # what a recorded sale settled stays as recorded (the web order counts it as
        # paid): the till may resend it unchanged
        if "sectoral_web_line_id" in vals and any(
            line.order_id.state != "draft"
            and line.sectoral_web_line_id.id != (vals["sectoral_web_line_id"] or False)
            for line in self
        ):
            raise AccessError(
                self.env._("The web order line a till line settled cannot be changed.")
            )
        return super().write(vals)

    def _sectoral_label_on_sale(self, label):
        if not self.sectoral_web_line_id:
            return super()._sectoral_label_on_sale(label)
        web_line = self.sectoral_web_line_id.sudo()
        web_order = web_line.order_id
        reason = ""
        if web_line._sectoral_labels() != label:
            reason = self.env._("the web order line is for another item.")
        elif (
            web_order.state != "sale"
            or label.web_order_id != web_order
            or label.state != "sold"
        ):
            reason = self.env._("this item is not kept for that web order.")
        elif web_order._sectoral_paid_online():
            reason = self.env._("the web order was paid online: hand it over only.")
        elif (web_line.sectoral_till_line_ids - self).filtered(
            lambda line: line.order_id.state not in ("draft", "cancel")
        ):
            reason = self.env._("this item of the web order was already paid.")
        if reason:
            raise UserError(
                self.env._(
                    "Order %(order)s, label %(barcode)s: %(reason)s",
                    order=self.order_id.pos_reference or self.order_id.name,
                    barcode=label.barcode,
                    reason=reason,
                )
            )
        return True

    def _sectoral_expected_price(self, label, social, on_date):
        """The price the customer accepted online."""
        if not self.sectoral_web_line_id:
            return super()._sectoral_expected_price(label, social, on_date)
        web_line = self.sectoral_web_line_id.sudo()
        return self.order_id.currency_id.round(web_line.price_reduce_taxinc)

    @api.model
    def _load_pos_data_fields(self, config):
        return super()._load_pos_data_fields(config) + ["sectoral_web_line_id"]
