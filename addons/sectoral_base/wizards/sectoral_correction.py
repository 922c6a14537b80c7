# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError


class SectoralCorrection(models.TransientModel):
    """A manager reverses a validated document (an intake, a sorting session) with a
    reason: its stock moves are countered, the document says so in its chatter, and
    the right figures are recorded on a new document."""

    _name = "sectoral.correction"
    _description = "Correction of a validated document"

    res_model = fields.Char("Document model", required=True, readonly=True)
    res_ids = fields.Json("Documents", required=True, readonly=True)
    reason = fields.Text(
        required=True,
        help="What was wrong: it stays in the document's history.",
    )

    @api.model
    def default_get(self, fields_list):
        vals = super().default_get(fields_list)
        context = self.env.context
        if context.get("active_model") and context.get("active_ids"):
            vals.setdefault("res_model", context["active_model"])
            vals.setdefault("res_ids", context["active_ids"])
        return vals

    def _documents(self):
        self.ensure_one()
        if self.res_model not in self.env or not isinstance(
            self.env[self.res_model], self.pool["sectoral.site.document"]
        ):
            raise UserError(self.env._("This record cannot be corrected here."))
        return self.env[self.res_model].browse(self.res_ids or []).exists()

    def action_confirm(self):
        self._documents().action_reverse(self.reason)
        return {"type": "ir.actions.act_window_close"}
