# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralInsertionObstacle(models.Model):
    """An obstacle to employment the worker faces, and how it is being lifted."""

    _name = "sectoral.insertion.obstacle"
    _description = "Obstacle to employment of a worker"
    _order = "pathway_id, id"

    pathway_id = fields.Many2one(
        "sectoral.insertion.pathway", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="pathway_id.company_id", store=True)
    type_id = fields.Many2one(
        "sectoral.insertion.obstacle.type", "Obstacle", required=True
    )
    state = fields.Selection(
        [("open", "Open"), ("working", "Being lifted"), ("lifted", "Lifted")],
        default="open",
        required=True,
    )
    notes = fields.Text()
