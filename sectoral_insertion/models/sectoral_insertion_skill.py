# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralInsertionSkill(models.Model):
    """A skill learnt on the job: driving, sorting, repair, sales..."""

    _name = "sectoral.insertion.skill"
    _description = "Skill learnt on the job"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
