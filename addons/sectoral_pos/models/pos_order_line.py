# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class PosOrderLine(models.Model):
    """Every line sold says which stream and how many kilograms it takes out of the
    shop, so that the impact report counts tonnes sold by stream and shop from the
    orders themselves: a labelled item weighs its label's weight, a sale by weight is
    its quantity in kg, a piece weighs its product's average weight."""

    _inherit = "pos.order.line"

    sectoral_label_id = fields.Many2one(
        "sectoral.label", "Price label", index="btree_not_null", readonly=True
    )
    sectoral_stream_id = fields.Many2one(
        "sectoral.stream",
        "Material stream",
        compute="_compute_sectoral_weight",
        store=True,
        index="btree_not_null",
    )
    sectoral_weight_kg = fields.Float(
        "Weight (kg)",
        compute="_compute_sectoral_weight",
        store=True,
        digits="Stock Weight",
        help="Kilograms of the stream this line takes out of the shop (negative for "
        "a refund).",
    )
    sectoral_price_override = fields.Boolean(
        "Price changed by hand",
        readonly=True,
        help="A labelled item sold below its label's price, by a cashier allowed to "
        "change prices.",
    )

    @api.depends(
        "qty",
        "product_id",
        "sectoral_label_id.weight_kg",
        "sectoral_label_id.stream_id",
    )
    def _compute_sectoral_weight(self):
        for line in self:
            label = line.sectoral_label_id
            template = line.product_id.product_tmpl_id
            stream = label.stream_id or template.sectoral_stream_id
            line.sectoral_stream_id = stream
            if label:
                line.sectoral_weight_kg = label.weight_kg * line.qty
            elif line._sectoral_sold_by_weight():
                line.sectoral_weight_kg = line.qty  # sold by weight, in kg
            else:
                line.sectoral_weight_kg = template.sectoral_piece_weight_kg * line.qty

    def write(self, vals):
        # the item a recorded sale sold stays the one recorded (its kilograms, its
        # label's state follow it): the till may resend it unchanged
        if "sectoral_label_id" in vals and any(
            line.order_id.state != "draft"
            and line.sectoral_label_id.id != (vals["sectoral_label_id"] or False)
            for line in self
        ):
            raise AccessError(
                self.env._("The item a till line sold cannot be changed.")
            )
        return super().write(vals)

    def _sectoral_sold_by_weight(self):
        stream = self.product_id.product_tmpl_id.sectoral_stream_id
        return bool(stream) and stream.product_id == self.product_id

    def _sectoral_check_label_line(self, social, on_date):
        """Refuse a labelled line no honest till sends; return what a manager should
        review (an item no longer on sale, a price changed by hand)."""
        self.ensure_one()
        order = self.order_id
        label = self.sectoral_label_id.sudo()
        barcode = label.barcode or ""
        reference = order.pos_reference or order.name

        def refuse(message):
            raise UserError(
                self.env._(
                    "Order %(order)s, label %(barcode)s: %(message)s",
                    order=reference,
                    barcode=barcode,
                    message=message,
                )
            )

        if label.company_id != order.company_id:
            refuse(self.env._("this label belongs to another enterprise."))
        if label.stream_id.product_id != self.product_id:
            refuse(self.env._("the product is not the label's stream."))
        if abs(self.qty) != 1:
            refuse(self.env._("a labelled item is unique: its quantity is 1."))
        if self.qty < 0:
            refunded = self.refunded_orderline_id
            if (
                label.state != "sold"
                or refunded.sectoral_label_id != label
                or refunded.qty <= 0
                or refunded.order_id.state not in ("paid", "done", "invoiced")
            ):
                refuse(self.env._("this item was never sold: it cannot be refunded."))
            return []
        review = []
        if not self._sectoral_label_on_sale(label):
            review.append(
                self.env._(
                    "Label %(barcode)s was sold while the item was %(state)s: check "
                    "the shop floor.",
                    barcode=barcode,
                    state=dict(
                        label._fields["state"]._description_selection(self.env)
                    ).get(label.state),
                )
            )
        expected = self._sectoral_expected_price(label, social, on_date)
        currency = order.currency_id
        sold_at = currency.round(self.price_unit * (1 - (self.discount or 0) / 100))
        if currency.compare_amounts(sold_at, expected) < 0:
            if not order._sectoral_cashier_may_change_prices():
                refuse(
                    self.env._(
                        "sold at %(sold)s instead of %(price)s.",
                        sold=round(sold_at, 2),
                        price=expected,
                    )
                )
            self.sectoral_price_override = True
            review.append(
                self.env._(
                    "Label %(barcode)s sold at %(sold)s instead of %(price)s (price "
                    "changed by hand).",
                    barcode=barcode,
                    sold=round(sold_at, 2),
                    price=expected,
                )
            )
        return review

    def _sectoral_label_on_sale(self, label):
        """Whether the till could sell the item: on the shop floor."""
        return label.state == "available"

    def _sectoral_expected_price(self, label, social, on_date):
        """The lowest price a cashier without the right to change prices sells at."""
        return label._till_net_price(self.order_id.config_id, social, on_date)

    @api.model
    def _load_pos_data_fields(self, config):
        # the stream and weight are computed here from what the till sends, never
        # taken from it
        return super()._load_pos_data_fields(config) + ["sectoral_label_id"]
