# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class SectoralInsertionInterview(models.Model):
    """A follow-up interview with the worker, its notes, and the next one, scheduled
    as an activity of the coach on the pathway."""

    _name = "sectoral.insertion.interview"
    _description = "Follow-up interview"
    _order = "date desc, id desc"

    pathway_id = fields.Many2one(
        "sectoral.insertion.pathway", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="pathway_id.company_id", store=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    kind = fields.Selection(
        [
            ("entry", "Entry"),
            ("followup", "Follow-up"),
            ("assessment", "Assessment"),
            ("exit", "Exit"),
        ],
        default="followup",
        required=True,
    )
    coach_id = fields.Many2one(
        "res.users", "Held by", default=lambda self: self.env.user, required=True
    )
    notes = fields.Html()
    next_date = fields.Date(
        "Next interview",
        help="Schedules the next interview as an activity of the coach.",
    )

    @api.constrains("date", "next_date")
    def _check_next_date(self):
        for interview in self:
            if interview.next_date and interview.next_date <= interview.date:
                raise ValidationError(
                    self.env._("The next interview comes after this one.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        interviews = super().create(vals_list)
        for interview in interviews.filtered("next_date"):
            interview._schedule_next()
        return interviews

    def write(self, vals):
        res = super().write(vals)
        if vals.get("next_date"):
            for interview in self:
                interview._schedule_next()
        return res

    def _schedule_next(self):
        self.ensure_one()
        pathway = self.pathway_id
        activity_type = self.env.ref("sectoral_insertion.mail_activity_interview")
        # one upcoming interview at a time: a new date moves the scheduled one
        pathway.activity_ids.filtered(
            lambda a: a.activity_type_id == activity_type
        ).unlink()
        pathway.activity_schedule(
            activity_type_id=activity_type.id,
            date_deadline=self.next_date,
            summary=self.env._("Follow-up interview"),
            user_id=(pathway.coach_id or self.coach_id).id,
        )
