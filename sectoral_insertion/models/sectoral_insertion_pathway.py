# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain

# Outcomes of an exit, after the French IAE typology; the first three are the
# "dynamic" exits that funders count.
EXIT_OUTCOMES = [
    ("durable", "Durable employment"),
    ("transition", "Transition employment"),
    ("positive", "Positive exit"),
    ("other", "Other exit"),
]
DYNAMIC_OUTCOMES = ("durable", "transition", "positive")
EXIT_REASONS = [
    ("end", "End of the pathway"),
    ("hired", "Hired by an employer"),
    ("training", "Entered a training"),
    ("resignation", "Resignation"),
    ("dismissal", "Dismissal"),
    ("health", "Health"),
    ("moved", "Moved away"),
    ("other", "Other"),
]


class SectoralInsertionPathway(models.Model):
    """A worker's insertion pathway: the programme it stands on, its dates, hours and
    coach, the support plan (goals, obstacles, interviews, trainings, skills), the
    time on the floor, the exit and the funding. Personal and private: only
    insertion officers and HR managers see it."""

    _name = "sectoral.insertion.pathway"
    _description = "Insertion pathway"
    # hr.mixin: insertion officers, who are not HR officers, link employees
    _inherit = ["mail.thread", "mail.activity.mixin", "hr.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True
    _rec_names_search = ["name", "employee_id"]

    name = fields.Char(
        "Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    employee_id = fields.Many2one(
        "hr.employee",
        "Worker",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
    )
    programme_id = fields.Many2one(
        "sectoral.insertion.programme",
        required=True,
        tracking=True,
        domain="[('company_id', 'in', [False, company_id])]",
    )
    funder_id = fields.Many2one(
        "res.partner",
        tracking=True,
        compute="_compute_funder_id",
        store=True,
        readonly=False,
    )
    version_id = fields.Many2one(
        "hr.version",
        "Contract",
        check_company=True,
        domain="[('employee_id', '=', employee_id)]",
        help="The version of the worker's contract this pathway runs under.",
    )
    coach_id = fields.Many2one(
        "res.users",
        "Job coach",
        default=lambda self: self.env.user,
        tracking=True,
        help="The référent who follows the worker and holds the interviews.",
    )
    date_start = fields.Date("Start", required=True, tracking=True)
    date_planned_end = fields.Date("Planned end", tracking=True)
    weekly_hours = fields.Float("Weekly hours", required=True, tracking=True)
    state = fields.Selection(
        [("draft", "Planned"), ("active", "In progress"), ("exited", "Exited")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    goal_ids = fields.One2many("sectoral.insertion.goal", "pathway_id", "Goals")
    obstacle_ids = fields.One2many(
        "sectoral.insertion.obstacle", "pathway_id", "Obstacles to employment"
    )
    interview_ids = fields.One2many(
        "sectoral.insertion.interview", "pathway_id", "Interviews"
    )
    training_ids = fields.One2many(
        "sectoral.insertion.training", "pathway_id", "Trainings"
    )
    skill_line_ids = fields.One2many(
        "sectoral.insertion.skill.line", "pathway_id", "Skills learnt"
    )
    subsidy_ids = fields.One2many(
        "sectoral.insertion.subsidy", "pathway_id", "Subsidies"
    )
    training_hours = fields.Float(compute="_compute_training_hours", store=True)
    floor_hours = fields.Float(
        "Hours on the floor",
        compute="_compute_floor_hours",
        help="Hours on production tasks (collection rounds, sorting sessions) during "
        "the pathway, from the crews and sorters recorded there.",
    )
    exit_date = fields.Date(readonly=True, tracking=True, copy=False)
    exit_reason = fields.Selection(EXIT_REASONS, readonly=True, copy=False)
    exit_outcome = fields.Selection(
        EXIT_OUTCOMES, "Outcome", readonly=True, copy=False, tracking=True
    )
    exit_notes = fields.Text(copy=False)
    is_dynamic_exit = fields.Boolean(
        "Dynamic exit", compute="_compute_is_dynamic_exit", store=True
    )
    followup_date = fields.Date(
        "Follow-up on",
        compute="_compute_followup_date",
        store=True,
        help="Six months after the exit: where is the worker now?",
    )
    followup_outcome = fields.Selection(
        [*EXIT_OUTCOMES, ("unknown", "No news")],
        "Situation at 6 months",
        tracking=True,
        copy=False,
    )
    followup_notes = fields.Text("Follow-up notes", copy=False)
    anonymised = fields.Boolean(readonly=True, copy=False)

    _weekly_hours_range = models.Constraint(
        "CHECK (weekly_hours > 0 AND weekly_hours <= 60)",
        "Weekly hours are between 0 and 60.",
    )

    @api.depends("programme_id")
    def _compute_funder_id(self):
        for pathway in self:
            if not pathway.funder_id:
                pathway.funder_id = pathway.programme_id.funder_id

    @api.depends("training_ids.hours")
    def _compute_training_hours(self):
        for pathway in self:
            pathway.training_hours = sum(pathway.training_ids.mapped("hours"))

    @api.depends("exit_outcome")
    def _compute_is_dynamic_exit(self):
        for pathway in self:
            pathway.is_dynamic_exit = pathway.exit_outcome in DYNAMIC_OUTCOMES

    @api.depends("exit_date")
    def _compute_followup_date(self):
        for pathway in self:
            pathway.followup_date = pathway.exit_date and (
                pathway.exit_date + relativedelta(months=6)
            )

    def _compute_floor_hours(self):
        Hours = self.env["sectoral.insertion.floor.hours"].sudo()
        for pathway in self:
            domain = [
                ("employee_id", "=", pathway.employee_id.id),
                ("date", ">=", pathway.date_start),
            ]
            end = pathway.exit_date or pathway.date_planned_end
            if end:
                domain.append(("date", "<=", end))
            pathway.floor_hours = sum(Hours.search(domain).mapped("hours"))

    @api.constrains("date_start", "date_planned_end", "exit_date")
    def _check_dates(self):
        for pathway in self:
            if (
                pathway.date_planned_end
                and pathway.date_planned_end < pathway.date_start
            ):
                raise ValidationError(
                    self.env._("A pathway cannot end before it starts.")
                )
            if pathway.exit_date and pathway.exit_date < pathway.date_start:
                raise ValidationError(
                    self.env._("A worker cannot leave before the pathway starts.")
                )

    @api.constrains("employee_id", "date_start", "date_planned_end", "state")
    def _check_one_pathway_at_a_time(self):
        for pathway in self.filtered(lambda p: p.state != "exited"):
            others = self.search(
                [
                    ("employee_id", "=", pathway.employee_id.id),
                    ("id", "!=", pathway.id),
                    ("state", "!=", "exited"),
                ],
                limit=1,
            )
            if others:
                raise ValidationError(
                    self.env._(
                        "%(worker)s already has a pathway in progress (%(pathway)s).",
                        worker=pathway.employee_id.name,
                        pathway=others.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code(self._name)
        return super().create(vals_list)

    @api.depends("name", "employee_id")
    def _compute_display_name(self):
        for pathway in self:
            pathway.display_name = (
                f"{pathway.name} - {pathway.employee_id.name}"
                if pathway.employee_id
                else pathway.name
            )

    # --- workflow ------------------------------------------------------------------
    def action_start(self):
        for pathway in self:
            if pathway.state != "draft":
                raise UserError(
                    self.env._("%(pathway)s has already started.", pathway=pathway.name)
                )
        self.write({"state": "active"})

    def action_open_exit_wizard(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "sectoral.insertion.exit.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_pathway_id": self.id},
        }

    def _exit(self, date, reason, outcome, notes=False):
        """The worker leaves: record the exit and schedule the follow-up six months
        later with the coach."""
        self.ensure_one()
        if self.state != "active":
            raise UserError(
                self.env._(
                    "Only a pathway in progress ends with an exit (%(pathway)s).",
                    pathway=self.name,
                )
            )
        if not (date and reason and outcome):
            raise UserError(
                self.env._("Give the date, the reason and the outcome of the exit.")
            )
        self.write(
            {
                "state": "exited",
                "exit_date": date,
                "exit_reason": reason,
                "exit_outcome": outcome,
                "exit_notes": notes,
            }
        )
        self.activity_schedule(
            "sectoral_insertion.mail_activity_followup",
            date_deadline=self.followup_date,
            summary=self.env._("Follow-up 6 months after the exit"),
            user_id=(self.coach_id or self.env.user).id,
        )

    # --- counting ------------------------------------------------------------------
    def _contract_hours(self, date_from, date_to):
        """Contract hours of the pathway between two dates (included)."""
        self.ensure_one()
        start = max(self.date_start, date_from)
        end = min(self.exit_date or self.date_planned_end or date_to, date_to)
        if end < start:
            return 0.0
        return self.weekly_hours * ((end - start).days + 1) / 7

    def _fte(self, date_from, date_to):
        """Full-time equivalents of these pathways over a period: the pathway's weekly
        hours over the full-time hours of its company, pro rata of its days in the
        period (the suite's one rule, res.company._sectoral_fte); a person counts
        1.00 at most."""
        by_employee = defaultdict(float)
        for pathway in self:
            by_employee[pathway.employee_id] += pathway.company_id._sectoral_fte(
                pathway.weekly_hours,
                pathway.date_start,
                pathway.exit_date or pathway.date_planned_end,
                date_from,
                date_to,
            )
        return sum(min(fte, 1.0) for fte in by_employee.values())

    def _counted_exits(self):
        """The exits that count in the figures: those after the programme's minimum
        stay."""
        return self.filtered(
            lambda p: (
                p.state == "exited"
                and p.exit_date
                and p.exit_date
                >= p.date_start + relativedelta(months=p.programme_id.min_stay_months)
            )
        )

    # --- retention -----------------------------------------------------------------
    @api.model
    def _cron_anonymise(self):
        """Anonymise the workers whose last pathway ended longer ago than their
        company keeps insertion records: names, contact details and notes go, the
        figures (programme, dates, hours, outcomes) stay."""
        today = fields.Date.context_today(self)
        for company in self.env["res.company"].search([]):
            limit = today - relativedelta(years=company.insertion_retention_years)
            pathways = self.sudo().search(
                [
                    ("company_id", "=", company.id),
                    ("state", "=", "exited"),
                    ("exit_date", "<", limit),
                    ("anonymised", "=", False),
                ]
            )
            for employee in pathways.employee_id:
                recent = self.sudo().search_count(
                    [
                        ("employee_id", "=", employee.id),
                        "|",
                        ("state", "!=", "exited"),
                        ("exit_date", ">=", limit),
                    ]
                )
                if not recent:
                    pathways.filtered(
                        lambda p, e=employee: p.employee_id == e
                    )._anonymise()

    def _anonymise(self):
        employee = self.employee_id.sudo()
        employee.ensure_one()
        alias = self.env._("Former worker %(id)s", id=employee.id)
        employee.version_ids.write(self._anonymised_version_values())
        employee.write(
            {
                "name": alias,
                "work_email": False,
                "work_phone": False,
                "mobile_phone": False,
                "private_email": False,
                "private_phone": False,
                "birthday": False,
                "place_of_birth": False,
                "country_of_birth": False,
                "emergency_contact": False,
                "emergency_phone": False,
                "barcode": False,
                "pin": False,
                "image_1920": False,
                "active": False,
            }
        )
        if employee.work_contact_id:
            employee.work_contact_id.sudo().write(
                {"name": alias, "email": False, "phone": False, "image_1920": False}
            )
        sudo = self.sudo()
        sudo.goal_ids.write({"name": self.env._("(anonymised)"), "notes": False})
        sudo.obstacle_ids.write({"notes": False})
        sudo.interview_ids.write({"notes": False})
        sudo.write({"exit_notes": False, "followup_notes": False, "anonymised": True})
        # what was written or attached about the person, wherever it hangs
        records = {
            sudo._name: sudo.ids,
            "sectoral.insertion.interview": sudo.interview_ids.ids,
            "hr.employee": employee.ids,
            "hr.version": employee.version_ids.ids,
            "res.partner": employee.work_contact_id.ids,
        }
        attachment_domain = Domain.OR(
            Domain("res_model", "=", model) & Domain("res_id", "in", ids)
            for model, ids in records.items()
            if ids
        )
        self.env["ir.attachment"].sudo().search(attachment_domain).unlink()
        for thread in (sudo, employee, employee.work_contact_id.sudo()):
            thread.message_ids.unlink()
            if "activity_ids" in thread._fields:
                thread.activity_ids.unlink()
        # the person's user account: kept for the history of the records they made,
        # but nameless and closed
        user = employee.user_id.sudo()
        if user:
            employee.user_id = False
            user.write(
                {
                    "name": alias,
                    "login": f"former-worker-{employee.id}",
                    "email": False,
                    "image_1920": False,
                    "active": False,
                }
            )

    @api.model
    def _anonymised_version_values(self):
        return {
            "private_street": False,
            "private_street2": False,
            "private_city": False,
            "private_zip": False,
            "private_state_id": False,
            "private_country_id": False,
            "identification_id": False,
            "ssnid": False,
            "passport_id": False,
            "spouse_complete_name": False,
            "spouse_birthdate": False,
        }

    @api.model
    def _followup_due_domain(self):
        return [
            ("state", "=", "exited"),
            ("followup_outcome", "=", False),
            (
                "followup_date",
                "<=",
                fields.Date.context_today(self) + timedelta(days=7),
            ),
        ]
