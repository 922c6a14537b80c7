# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from odoo.addons.payment import utils as payment_utils

PAY_AT_SHOP = "sectoral_pay_at_shop"


class PaymentProvider(models.Model):
    _inherit = "payment.provider"

    custom_mode = fields.Selection(
        selection_add=[(PAY_AT_SHOP, "Pay at the shop")],
        ondelete={PAY_AT_SHOP: "set null"},
    )

    @api.model
    def _sectoral_pay_at_shop_everywhere(self, companies=None):
        """Each enterprise (top-level company) has its own *Pay at the shop*: its
        customers pay at its shops, in its books. Made for the companies that have
        none (on installation), and enabled for new ones (``companies``)."""
        template = self.env.ref(
            "sectoral_website.payment_provider_pay_at_shop", raise_if_not_found=False
        )
        if not template:
            return
        Provider = self.sudo().with_context(active_test=False)
        new_companies = bool(companies)
        companies = companies or self.env["res.company"].sudo().search([])
        for company in companies.filtered(lambda company: not company.parent_id):
            provider = Provider.search(
                [("custom_mode", "=", PAY_AT_SHOP), ("company_id", "=", company.id)],
                limit=1,
            )
            if not provider:
                provider = template.sudo().copy({"company_id": company.id})
            elif not new_companies:
                continue  # an enterprise's own choice stays
            provider.write({"state": "enabled", "is_published": True})

    def _get_default_payment_method_codes(self):
        self.ensure_one()
        if self.custom_mode != PAY_AT_SHOP:
            return super()._get_default_payment_method_codes()
        return {PAY_AT_SHOP}

    @api.model
    def _get_compatible_providers(
        self, company_id, *args, sale_order_id=None, report=None, **kwargs
    ):
        """Paying at the shop only for items collected there."""
        providers = super()._get_compatible_providers(
            company_id, *args, sale_order_id=sale_order_id, report=report, **kwargs
        )
        order = self.env["sale.order"].browse(sale_order_id).exists()
        if not order._sectoral_may_pay_at_shop():
            at_shop = providers.filtered(lambda p: p.custom_mode == PAY_AT_SHOP)
            providers -= at_shop
            payment_utils.add_to_report(
                report,
                at_shop,
                available=False,
                reason=self.env._("only for items collected at their shop"),
            )
        return providers
