# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import ValidationError
from odoo.http import request

from odoo.addons.website_sale.controllers.payment import PaymentPortal

from ..models.payment_provider import PAY_AT_SHOP


class PayAtShopPortal(PaymentPortal):
    def _validate_transaction_for_order(self, transaction, sale_order):
        """Paying at the shop is refused for an order not collected there, even from
        a forged request."""
        if (
            transaction.provider_id.custom_mode == PAY_AT_SHOP
            and not sale_order._sectoral_may_pay_at_shop()
        ):
            raise ValidationError(
                request.env._(
                    "Paying at the shop is only for items collected at their shop."
                )
            )
        return super()._validate_transaction_for_order(transaction, sale_order)
