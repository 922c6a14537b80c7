# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

SITE_LOCATION_FIELDS = (
    "reuse_intake_location_id",
    "reuse_shop_location_id",
    "reuse_workshop_location_id",
    "reuse_recycling_location_id",
    "reuse_waste_location_id",
)


class StockWarehouse(models.Model):
    """A reuse site is a standard warehouse with the locations the chain needs:
    intake (to sort), shop, workshop, and the outgoing piles for recycling and waste."""

    _inherit = "stock.warehouse"

    is_reuse_site = fields.Boolean(
        "Reuse site", help="The site takes in, sorts and sells reused goods."
    )
    reuse_intake_location_id = fields.Many2one(
        "stock.location", "Intake location", check_company=True
    )
    reuse_shop_location_id = fields.Many2one(
        "stock.location", "Shop location", check_company=True
    )
    reuse_workshop_location_id = fields.Many2one(
        "stock.location", "Workshop location", check_company=True
    )
    reuse_recycling_location_id = fields.Many2one(
        "stock.location", "Recycling location", check_company=True
    )
    reuse_waste_location_id = fields.Many2one(
        "stock.location", "Waste location", check_company=True
    )
    reuse_max_weighing_kg = fields.Float(
        "Maximum weighing (kg)",
        default=1000.0,
        help="A weighing above this is refused as a typing error. Set it to the "
        "capacity of the site's largest scale.",
    )
    reuse_population = fields.Integer(
        "Population served",
        help="Inhabitants of the territory the site serves, for the kilograms reused "
        "per inhabitant.",
    )

    _reuse_max_weighing_positive = models.Constraint(
        "CHECK (reuse_max_weighing_kg > 0)",
        "The maximum weighing of a site must be above zero.",
    )

    @api.model
    def _sectoral_site_locations(self):
        """{role: field} of the locations a reuse site has; an addon adds its own
        (the lending library's shelf)."""
        return {
            field_name.split("_")[1]: field_name for field_name in SITE_LOCATION_FIELDS
        }

    @api.constrains("is_reuse_site", *SITE_LOCATION_FIELDS)
    def _check_reuse_locations(self):
        for warehouse in self.filtered("is_reuse_site"):
            for field_name in self._sectoral_site_locations().values():
                location = warehouse[field_name]
                if location and location.warehouse_id != warehouse:
                    raise ValidationError(
                        self.env._(
                            "Location %(location)s does not belong to site %(site)s.",
                            location=location.display_name,
                            site=warehouse.name,
                        )
                    )

    def action_setup_reuse_site(self):
        """Make the warehouse a reuse site: create whichever of its reuse locations are
        missing, under the warehouse's own stock location. Safe to run again."""
        for warehouse in self:
            vals = {"is_reuse_site": True}
            names = self._reuse_location_names()
            for role, field_name in self._sectoral_site_locations().items():
                if warehouse[field_name]:
                    # a location chosen by hand takes the role of the field
                    warehouse[field_name].reuse_role = role
                else:
                    vals[field_name] = (
                        self.env["stock.location"]
                        .create(
                            {
                                "name": names[field_name],
                                "usage": "internal",
                                "reuse_role": role,
                                "location_id": warehouse.lot_stock_id.id,
                                "company_id": warehouse.company_id.id,
                            }
                        )
                        .id
                    )
            warehouse.write(vals)
        return True

    def _reuse_location_names(self):
        return {
            "reuse_intake_location_id": self.env._("Intake - to sort"),
            "reuse_shop_location_id": self.env._("Shop"),
            "reuse_workshop_location_id": self.env._("Workshop"),
            "reuse_recycling_location_id": self.env._("Recycling out"),
            "reuse_waste_location_id": self.env._("Waste out"),
        }

    def _sectoral_check_weighing(self, kg, stream):
        """A weighing above the site's largest scale is a typing error."""
        maximum = self.reuse_max_weighing_kg
        if maximum and kg > maximum:
            raise ValidationError(
                self.env._(
                    "%(weight)s kg of %(stream)s is more than the largest weighing "
                    "accepted at %(site)s (%(max)s kg): check the figure.",
                    weight=kg,
                    stream=stream.display_name,
                    site=self.name,
                    max=maximum,
                )
            )

    @api.model
    def _sectoral_tablet_sites(self, company):
        """The reuse sites a touch screen of the company offers."""
        return self.search(
            [("is_reuse_site", "=", True), ("company_id", "=", company.id)]
        )

    def _get_reuse_location(self, role):
        """The site's location for a destination's role (shop, workshop, ...)."""
        self.ensure_one()
        return self[self._sectoral_site_locations()[role]]
