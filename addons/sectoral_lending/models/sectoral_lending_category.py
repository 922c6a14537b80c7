# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralLendingCategory(models.Model):
    """A kind of object lent (drills, tents, raclette sets): what a loan of it saves
    in CO2e by a purchase avoided, with where that figure comes from."""

    _name = "sectoral.lending.category"
    _description = "Kind of object lent"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
    co2_kg_per_loan = fields.Float(
        "CO2e avoided per loan (kg)",
        digits=(16, 2),
        help="The emissions of the share of a new purchase one loan avoids.",
    )
    co2_source = fields.Char(
        "Source of the factor", help="Study, database or reasoning behind the factor."
    )
    active = fields.Boolean(default=True)

    _co2_positive = models.Constraint(
        "CHECK (co2_kg_per_loan >= 0)", "A CO2e factor cannot be negative."
    )
