# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class StockLocation(models.Model):
    """The library's shelf of a site: where sorting sends what it keeps for the
    library, and where those goods become lendable objects. Equipment lent, not goods
    for sale: like the intake pile, it carries no book value."""

    _inherit = "stock.location"

    reuse_role = fields.Selection(
        selection_add=[("library", "Lending library")], ondelete={"library": "set null"}
    )

    @api.model
    def _sectoral_unvalued_roles(self):
        return (*super()._sectoral_unvalued_roles(), "library")
