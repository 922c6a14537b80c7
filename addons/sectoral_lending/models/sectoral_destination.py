# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralDestination(models.Model):
    """Sorting may keep an object for the library: a destination of kind reuse (it
    counts as sorted for reuse), moved to the site's library shelf."""

    _inherit = "sectoral.destination"

    site_location = fields.Selection(
        selection_add=[("library", "Lending library")],
        ondelete={"library": "set shop"},
    )
