# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import float_compare

from odoo.addons.sectoral_base.models.sectoral_workflow import (
    in_workflow_step,
    workflow_step,
)

# What the server's checks say of an order: written by them and by a manager's review
REVIEW_FIELDS = frozenset({"sectoral_to_review", "sectoral_review_note"})


class PosOrder(models.Model):
    _inherit = "pos.order"

    sectoral_weight_kg = fields.Float(
        "Reused (kg)",
        compute="_compute_sectoral_impact",
        store=True,
        digits="Stock Weight",
        help="Kilograms of reused goods this order takes out of the shop.",
    )
    sectoral_co2_kg = fields.Float(
        "CO2e avoided (kg)",
        compute="_compute_sectoral_impact",
        store=True,
        digits=(16, 2),
        help="As printed on the receipt, with the streams' factors of the day of the "
        "sale.",
    )
    sectoral_social_tariff = fields.Boolean(
        "Solidarity tariff",
        compute="_compute_sectoral_social_tariff",
        store=True,
        help="Sold at the shop's solidarity tariff to a beneficiary.",
    )
    sectoral_to_review = fields.Boolean(
        "To review",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The till sold something a manager should look at: an item another "
        "till had sold meanwhile, a price changed by hand.",
    )
    sectoral_review_note = fields.Text("What to review", readonly=True, copy=False)

    # not on the streams' CO2e factors: a new factor counts from then on (the impact
    # report applies it to its period), and does not rewrite every order ever sold
    @api.depends("lines.sectoral_weight_kg", "lines.sectoral_stream_id")
    def _compute_sectoral_impact(self):
        for order in self:
            order.sectoral_weight_kg = sum(order.lines.mapped("sectoral_weight_kg"))
            # each stream's factor by its basis (per kg, or per item of its average
            # weight), as the impact report counts it
            order.sectoral_co2_kg = sum(
                line.sectoral_stream_id._co2_avoided_kg(line.sectoral_weight_kg) or 0.0
                for line in order.lines
                if line.sectoral_stream_id
            )

    @api.depends("pricelist_id", "config_id.sectoral_social_pricelist_id")
    def _compute_sectoral_social_tariff(self):
        for order in self:
            social = order.config_id.sectoral_social_pricelist_id
            order.sectoral_social_tariff = bool(social) and order.pricelist_id == social

    # --- what a till sends, checked on the server ------------------------------------
    # The till applies the same rules before payment (its offline mirror); here they
    # hold whatever a client sends. What an honest till may do offline is kept and
    # flagged; what none sends is refused, and the whole order with it.
    def _process_saved_order(self, draft):
        self._sectoral_check_order(draft)
        return super()._process_saved_order(draft)

    def _sectoral_check_order(self, draft):
        self.ensure_one()
        config = self.config_id
        on_date = fields.Date.context_today(self, self.date_order)
        social = self.sectoral_social_tariff
        review = []
        if social and not (
            self.partner_id and self.partner_id._sectoral_has_valid_card(on_date)
        ):
            raise UserError(
                self.env._(
                    "Order %(order)s: the solidarity tariff needs a customer with a "
                    "valid card.",
                    order=self.pos_reference or self.name,
                )
            )
        donation = config.sectoral_donation_product_id
        for line in self.lines:
            if line.sectoral_label_id:
                review += line._sectoral_check_label_line(social, on_date)
            elif (
                config.sectoral_max_weight_kg
                and line._sectoral_sold_by_weight()
                and line.qty > config.sectoral_max_weight_kg
            ):
                raise UserError(
                    self.env._(
                        "Order %(order)s: %(weight)s kg of %(product)s is more than "
                        "this shop sells by weight (%(max)s kg).",
                        order=self.pos_reference or self.name,
                        weight=line.qty,
                        product=line.product_id.display_name,
                        max=config.sectoral_max_weight_kg,
                    )
                )
            floor = config.sectoral_price_floor
            if (
                floor
                and line.qty > 0
                and line.product_id != donation
                and not line.sectoral_label_id.is_free
                and float_compare(
                    line.price_unit * (1 - (line.discount or 0) / 100),
                    floor,
                    precision_rounding=self.currency_id.rounding,
                )
                < 0
                and not line.sectoral_price_override
            ):
                raise UserError(
                    self.env._(
                        "Order %(order)s: %(product)s is below the lowest price of the "
                        "shop.",
                        order=self.pos_reference or self.name,
                        product=line.full_product_name or line.product_id.display_name,
                    )
                )
        if review and not draft:
            self._sectoral_write_review(
                {
                    "sectoral_to_review": True,
                    "sectoral_review_note": "\n".join(
                        filter(None, [self.sectoral_review_note, *review])
                    ),
                }
            )
            self.message_post(
                body=Markup("<br/>").join(review),
                subtype_xmlid="mail.mt_note",
            )

    def _sectoral_cashier_may_change_prices(self):
        """Odoo's own price control: with "restrict price modifications to managers",
        only a POS manager may sell below the price."""
        config = self.config_id
        if not config.restrict_price_control:
            return True
        return config.group_pos_manager_id in self.user_id.all_group_ids

    def _sectoral_write_review(self, vals):
        with workflow_step():
            return self.write(vals)

    def write(self, vals):
        # a till sends back the values it loaded: only a change is refused
        changed = [
            name
            for name in REVIEW_FIELDS & set(vals)
            if any((order[name] or False) != (vals[name] or False) for order in self)
        ]
        if changed and not in_workflow_step():
            raise AccessError(
                self.env._("What to review on an order is written by the server only.")
            )
        return super().write(vals)

    def action_sectoral_reviewed(self):
        if not self.env.user.has_group("point_of_sale.group_pos_manager"):
            raise AccessError(self.env._("Only a shop manager marks orders reviewed."))
        self._sectoral_write_review({"sectoral_to_review": False})
        return True

    def action_pos_order_paid(self):
        res = super().action_pos_order_paid()
        self._sectoral_update_labels()
        return res

    def _sectoral_update_labels(self):
        """A labelled item sold leaves the shop floor; a refunded one comes back."""
        with workflow_step():
            for line in self.lines.filtered("sectoral_label_id"):
                label = line.sectoral_label_id.sudo()
                label.state = "available" if line.qty < 0 else "sold"
