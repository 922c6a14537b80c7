# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class StockWarehouse(models.Model):
    """A reuse site with a lending library: sorting can send goods to its shelf."""

    _inherit = "stock.warehouse"

    sectoral_library_location_id = fields.Many2one(
        "stock.location",
        "Lending library location",
        check_company=True,
        help="Where sorting sends what it keeps for the library, before each object "
        "is registered with its serial number.",
    )

    @api.constrains("sectoral_library_location_id")
    def _check_sectoral_library_location(self):
        for warehouse in self:
            location = warehouse.sectoral_library_location_id
            if location and location.warehouse_id != warehouse:
                raise ValidationError(
                    self.env._(
                        "Location %(location)s does not belong to site %(site)s.",
                        location=location.display_name,
                        site=warehouse.name,
                    )
                )

    def action_setup_reuse_site(self):
        res = super().action_setup_reuse_site()
        for warehouse in self:
            location = warehouse.sectoral_library_location_id
            if location:
                location.reuse_role = "library"
                continue
            warehouse.sectoral_library_location_id = self.env["stock.location"].create(
                {
                    "name": self.env._("Lending library"),
                    "usage": "internal",
                    "reuse_role": "library",
                    "location_id": warehouse.lot_stock_id.id,
                    "company_id": warehouse.company_id.id,
                }
            )
        return res

    def _get_reuse_location(self, role):
        if role == "library":
            self.ensure_one()
            return self.sectoral_library_location_id
        return super()._get_reuse_location(role)
