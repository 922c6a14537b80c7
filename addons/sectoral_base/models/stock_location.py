# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.fields import Domain

# Piles whose goods have no book value: the unsorted intake (donated, free, partly
# waste) and what waits to leave as recyclables or waste. Only sorted goods for sale
# (shop) or repair (workshop) are valued, at their stream's stock value per kilogram.
UNVALUED_ROLES = ("intake", "recycling", "waste")

REUSE_ROLES = [
    ("intake", "Intake - to sort"),
    ("shop", "Shop"),
    ("workshop", "Workshop"),
    ("recycling", "Recycling out"),
    ("waste", "Waste out"),
]


class StockLocation(models.Model):
    _inherit = "stock.location"

    reuse_role = fields.Selection(
        REUSE_ROLES,
        "Role in the reuse site",
        index="btree_not_null",
        help="Set when the site is set up; lets views and reports find, for instance, "
        "every intake pile at once.",
    )

    @api.model
    def _sectoral_unvalued_roles(self):
        """The roles whose goods carry no book value; an addon adds its own."""
        return UNVALUED_ROLES

    def _should_be_valued(self):
        return (
            super()._should_be_valued()
            and self.reuse_role not in self._sectoral_unvalued_roles()
        )

    def _search_is_valued(self, operator, value):
        domain = super()._search_is_valued(operator, value)
        unvalued = self._sectoral_unvalued_roles()
        positive = (operator == "=") == bool(value)
        if positive:
            return domain & Domain("reuse_role", "not in", unvalued)
        return domain | Domain("reuse_role", "in", unvalued)
