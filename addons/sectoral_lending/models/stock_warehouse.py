# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class StockWarehouse(models.Model):
    """A reuse site with a lending library: sorting can send goods to its shelf, a
    location of the site like the others (set up, checked and found the same way)."""

    _inherit = "stock.warehouse"

    sectoral_library_location_id = fields.Many2one(
        "stock.location",
        "Lending library location",
        check_company=True,
        help="Where sorting sends what it keeps for the library, before each object "
        "is registered with its serial number.",
    )

    @api.model
    def _sectoral_site_locations(self):
        return {
            **super()._sectoral_site_locations(),
            "library": "sectoral_library_location_id",
        }

    def _reuse_location_names(self):
        return {
            **super()._reuse_location_names(),
            "sectoral_library_location_id": self.env._("Lending library"),
        }

    @api.constrains("sectoral_library_location_id")
    def _check_sectoral_library_location(self):
        self._check_reuse_locations()
