# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralInsertionGoal(models.Model):
    """A goal of the support plan, agreed with the worker."""

    _name = "sectoral.insertion.goal"
    _description = "Goal of a support plan"
    _order = "pathway_id, sequence, id"

    pathway_id = fields.Many2one(
        "sectoral.insertion.pathway", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="pathway_id.company_id", store=True)
    sequence = fields.Integer(default=10)
    name = fields.Char("Goal", required=True)
    target_date = fields.Date()
    state = fields.Selection(
        [("open", "To reach"), ("reached", "Reached"), ("dropped", "Dropped")],
        default="open",
        required=True,
    )
    notes = fields.Text()
