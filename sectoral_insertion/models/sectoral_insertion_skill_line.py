# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralInsertionSkillLine(models.Model):
    """A skill the worker learnt on the job, and how far."""

    _name = "sectoral.insertion.skill.line"
    _description = "Skill learnt by an insertion worker"
    _order = "pathway_id, date desc, id"

    pathway_id = fields.Many2one(
        "sectoral.insertion.pathway", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="pathway_id.company_id", store=True)
    skill_id = fields.Many2one("sectoral.insertion.skill", required=True)
    level = fields.Selection(
        [
            ("learning", "Learning"),
            ("autonomous", "Autonomous"),
            ("expert", "Can teach it"),
        ],
        default="learning",
        required=True,
    )
    date = fields.Date("Assessed on", default=fields.Date.context_today, required=True)

    _skill_uniq = models.UniqueIndex(
        "(pathway_id, skill_id)", "This skill is already on the pathway."
    )
