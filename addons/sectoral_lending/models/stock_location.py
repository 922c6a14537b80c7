# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.fields import Domain


class StockLocation(models.Model):
    """The library's shelf of a site: where sorting sends what it keeps for the
    library, and where those goods become lendable objects. Equipment lent, not goods
    for sale: like the intake pile, it carries no book value."""

    _inherit = "stock.location"

    reuse_role = fields.Selection(
        selection_add=[("library", "Lending library")], ondelete={"library": "set null"}
    )

    def _should_be_valued(self):
        return super()._should_be_valued() and self.reuse_role != "library"

    def _search_is_valued(self, operator, value):
        domain = super()._search_is_valued(operator, value)
        if (operator == "=") == bool(value):
            return domain & Domain("reuse_role", "!=", "library")
        return domain | Domain("reuse_role", "=", "library")
