# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

DESTINATION_KINDS = [
    ("reuse", "Reuse"),
    ("repair", "Preparation for reuse"),
    ("recycling", "Recycling"),
    ("energy", "Energy recovery"),
    ("disposal", "Disposal"),
]
SITE_LOCATIONS = [
    ("shop", "Shop"),
    ("workshop", "Workshop"),
    ("recycling", "Recycling out"),
    ("waste", "Waste out"),
]


class SectoralDestination(models.Model):
    """Where sorted goods go. The kind decides how the impact report counts them: reuse
    and preparation for reuse are reused tonnes, recycling adds to valorisation."""

    _name = "sectoral.destination"
    _description = "Destination of sorted goods"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    kind = fields.Selection(DESTINATION_KINDS, required=True)
    site_location = fields.Selection(
        SITE_LOCATIONS,
        required=True,
        help="The location of the site where goods with this destination are moved.",
    )
    icon = fields.Char(default="➡️")
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", index=True)

    _code_company_uniq = models.UniqueIndex(
        "(code, COALESCE(company_id, 0))",
        "A destination with this code already exists in this company.",
    )
