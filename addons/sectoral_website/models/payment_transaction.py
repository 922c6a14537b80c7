# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models

from .payment_provider import PAY_AT_SHOP


class PaymentTransaction(models.Model):
    _inherit = "payment.transaction"

    def _post_process(self):
        """Paid at the shop on collection: the order is confirmed now, its items are
        the customer's and wait at their shop's till."""
        at_shop = self.filtered(
            lambda tx: (
                tx.provider_id.custom_mode == PAY_AT_SHOP and tx.state == "pending"
            )
        )
        at_shop.sale_order_ids.filtered(
            lambda order: (
                order.state in ("draft", "sent") and order._sectoral_may_pay_at_shop()
            )
        ).with_context(send_email=True).action_confirm()
        return super()._post_process()
