# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ProductTemplate(models.Model):
    """A membership of a sliding scale: the member chooses the fee within a range (10
    to 40, say), at the till or on the invoice."""

    _inherit = "product.template"

    sectoral_fee_min = fields.Float(
        "Lowest fee", digits="Product Price", help="Sliding scale: the lowest fee."
    )
    sectoral_fee_max = fields.Float(
        "Highest fee",
        digits="Product Price",
        help="Sliding scale: the highest fee (empty: no sliding scale).",
    )

    @api.constrains("sectoral_fee_min", "sectoral_fee_max")
    def _check_sectoral_fee_range(self):
        for template in self:
            if template.sectoral_fee_min < 0 or (
                template.sectoral_fee_max
                and template.sectoral_fee_max < template.sectoral_fee_min
            ):
                raise ValidationError(
                    self.env._(
                        "%(product)s: the sliding scale goes from a fee to a higher "
                        "one, neither negative.",
                        product=template.display_name,
                    )
                )

    def _sectoral_fee_refusal(self, amount):
        """Why ``amount`` is not a fee of this membership, or "" (one rule for the
        till and the invoices)."""
        self.ensure_one()
        if not self.membership or not self.sectoral_fee_max:
            return ""
        currency = self.currency_id
        if (
            currency.compare_amounts(amount, self.sectoral_fee_min) < 0
            or currency.compare_amounts(amount, self.sectoral_fee_max) > 0
        ):
            return self.env._(
                "The fee of %(product)s is chosen between %(low)s and %(high)s.",
                product=self.display_name,
                low=currency.format(self.sectoral_fee_min),
                high=currency.format(self.sectoral_fee_max),
            )
        return ""
