# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

from ..models.sectoral_insertion_pathway import EXIT_OUTCOMES, EXIT_REASONS


class SectoralInsertionExitWizard(models.TransientModel):
    _name = "sectoral.insertion.exit.wizard"
    _description = "Exit of an insertion worker"

    pathway_id = fields.Many2one("sectoral.insertion.pathway", required=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    reason = fields.Selection(EXIT_REASONS, required=True)
    outcome = fields.Selection(
        EXIT_OUTCOMES,
        required=True,
        help="Durable employment: permanent contract, fixed-term or temporary work "
        "of six months or more, public post, business creation. Transition "
        "employment: fixed-term or temporary work under six months, subsidised "
        "contract with an ordinary employer. Positive exit: qualifying training, "
        "hired by another insertion structure.",
    )
    notes = fields.Text()

    def action_confirm(self):
        self.ensure_one()
        self.pathway_id._exit(self.date, self.reason, self.outcome, self.notes)
        return {"type": "ir.actions.act_window_close"}
