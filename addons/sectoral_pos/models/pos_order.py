# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from markupsafe import Markup

from odoo import api, fields, models


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

    # not on the streams' CO2e factors: a new factor counts from then on (the impact
    # report applies it to its period), and does not rewrite every order ever sold
    @api.depends("lines.sectoral_weight_kg", "lines.sectoral_stream_id")
    def _compute_sectoral_impact(self):
        for order in self:
            order.sectoral_weight_kg = sum(order.lines.mapped("sectoral_weight_kg"))
            order.sectoral_co2_kg = sum(
                line.sectoral_weight_kg * line.sectoral_stream_id.co2_factor
                for line in order.lines
            )

    @api.depends("pricelist_id", "config_id.sectoral_social_pricelist_id")
    def _compute_sectoral_social_tariff(self):
        for order in self:
            social = order.config_id.sectoral_social_pricelist_id
            order.sectoral_social_tariff = bool(social) and order.pricelist_id == social

    def action_pos_order_paid(self):
        res = super().action_pos_order_paid()
        self._sectoral_update_labels()
        return res

    def _sectoral_update_labels(self):
        """A labelled item sold leaves the shop floor; a refunded one comes back. An
        item that two tills sold while offline is kept sold on both orders (a sale
        is never refused after the fact) and the second order says so."""
        for order in self:
            for line in order.lines.filtered("sectoral_label_id"):
                label = line.sectoral_label_id.sudo()
                if line.qty < 0:
                    label.state = "available"
                    continue
                if label.state == "sold":
                    order.message_post(
                        body=Markup("%s")
                        % self.env._(
                            "The item with label %(barcode)s was already sold by "
                            "another order: check the shop floor.",
                            barcode=label.barcode,
                        )
                    )
                label.state = "sold"
