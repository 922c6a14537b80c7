# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class DeliveryCarrier(models.Model):
    _inherit = "delivery.carrier"

    def _sectoral_is_round_delivery(self):
        return self == self.env.ref(
            "sectoral_website.carrier_round_delivery", raise_if_not_found=False
        )

    def _is_available_for_order(self, order):
        """Home delivery on a round: for items of one site whose rounds take
        bookings."""
        if self._sectoral_is_round_delivery() and not order._sectoral_round_site():
            return False
        return super()._is_available_for_order(order)
