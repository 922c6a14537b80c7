# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralContainer(models.Model):
    """A container weighed with the goods (roll cage, pallet, bin...): its tare is taken
    off the gross weight with one tap on the intake tablet."""

    _name = "sectoral.container"
    _description = "Container"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    tare_kg = fields.Float("Tare (kg)", digits="Stock Weight", required=True)
    icon = fields.Char(default="🧺")
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", index=True)

    _tare_positive = models.Constraint(
        "CHECK (tare_kg >= 0)", "The tare of a container cannot be negative."
    )
