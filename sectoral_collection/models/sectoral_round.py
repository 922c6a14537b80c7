# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class SectoralRound(models.Model):
    """A collection round: one vehicle, one crew, one day, an ordered list of stops."""

    _name = "sectoral.round"
    _description = "Collection round"
    _inherit = ["sectoral.site.document", "mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    warehouse_id = fields.Many2one(required=True, tracking=True)
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    vehicle_id = fields.Many2one("fleet.vehicle", check_company=True)
    crew_ids = fields.Many2many(
        "hr.employee", check_company=True, help="Driver and helpers."
    )
    work_hours = fields.Float(
        "Working time (h)",
        help="Hours each crew member worked on this round, loading and unloading "
        "included: counts as their time on production tasks.",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("confirmed", "Planned"),
            ("done", "Done"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    stop_ids = fields.One2many("sectoral.round.stop", "round_id", "Stops", copy=True)
    stop_count = fields.Integer(compute="_compute_stop_stats")
    stop_done_count = fields.Integer("Stops visited", compute="_compute_stop_stats")
    intake_ids = fields.One2many("sectoral.intake", "round_id", "Intakes")
    total_kg = fields.Float(
        "Collected (kg)", compute="_compute_total_kg", digits="Stock Weight"
    )

    @api.depends("stop_ids.outcome")
    def _compute_stop_stats(self):
        for round_ in self:
            round_.stop_count = len(round_.stop_ids)
            round_.stop_done_count = len(
                round_.stop_ids.filtered(lambda s: s.outcome != "pending")
            )

    @api.depends("intake_ids.total_kg", "intake_ids.state")
    def _compute_total_kg(self):
        for round_ in self:
            round_.total_kg = sum(
                round_.intake_ids.filtered(lambda i: i.state == "done").mapped(
                    "total_kg"
                )
            )

    _work_hours_range = models.Constraint(
        "CHECK (work_hours >= 0 AND work_hours <= 24)",
        "The working time of a round is between 0 and 24 hours.",
    )

    # a round's crew and hours count as floor hours once it is done
    _frozen_states = frozenset(("done", "cancel"))

    def _frozen_message(self):
        return self.env._("A round that is done or cancelled cannot be changed.")

    def _undeletable_message(self):
        return self.env._("A round that is done cannot be deleted.")

    def action_confirm(self):
        for round_ in self:
            if not round_.stop_ids:
                raise UserError(
                    self.env._("Round %(round)s has no stop.", round=round_.name)
                )
            round_._workflow_write({"state": "confirmed"})
            round_.stop_ids.request_id.filtered(
                lambda r: r.state == "new"
            )._workflow_write({"state": "scheduled"})

    def action_done(self):
        pending = self.stop_ids.filtered(lambda s: s.outcome == "pending")
        if pending:
            raise UserError(
                self.env._(
                    "Record the outcome of every stop before closing the round "
                    "(%(count)s left).",
                    count=len(pending),
                )
            )
        self._workflow_write({"state": "done"})

    def action_cancel(self):
        if self.intake_ids.filtered(lambda i: i.state == "done"):
            raise UserError(
                self.env._("A round whose goods were weighed in cannot be cancelled.")
            )
        self.stop_ids.request_id.filtered(
            lambda r: r.state == "scheduled"
        )._workflow_write({"state": "new"})
        self._workflow_write({"state": "cancel"})

    def action_print_sheet(self):
        return self.env.ref(
            "sectoral_collection.action_report_round_sheet"
        ).report_action(self)


class SectoralRoundStop(models.Model):
    """One address on a round, and what happened there."""

    _name = "sectoral.round.stop"
    _description = "Collection round stop"
    _order = "round_id, sequence, id"
    _check_company_auto = True

    round_id = fields.Many2one(
        "sectoral.round", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="round_id.company_id", store=True)
    sequence = fields.Integer(default=10)
    request_id = fields.Many2one(
        "sectoral.collection.request",
        check_company=True,
        index="btree_not_null",
    )
    kind = fields.Selection(related="request_id.kind")
    partner_id = fields.Many2one(
        "res.partner",
        "Donor or customer",
        compute="_compute_from_request",
        store=True,
        readonly=False,
    )
    address = fields.Char(compute="_compute_from_request", store=True, readonly=False)
    phone = fields.Char(compute="_compute_from_request", store=True, readonly=False)
    outcome = fields.Selection(
        [
            ("pending", "To visit"),
            ("collected", "Collected"),
            ("delivered", "Delivered"),
            ("absent", "Nobody there"),
            ("refused", "Refused"),
        ],
        default="pending",
        required=True,
    )
    refusal_reason = fields.Char(
        help="Why the goods were not taken (state, volume, not reusable...)."
    )
    signature = fields.Binary(copy=False, attachment=True)
    signed_by = fields.Char(copy=False)
    intake_id = fields.Many2one("sectoral.intake", copy=False)
    note = fields.Text()

    @api.depends("request_id")
    def _compute_from_request(self):
        for stop in self:
            request = stop.request_id
            if not request:
                continue
            stop.partner_id = request.partner_id
            stop.address = ", ".join(
                part for part in (request.street, request.zip, request.city) if part
            )
            stop.phone = request.phone

    @api.depends("sequence", "round_id", "partner_id", "address")
    def _compute_display_name(self):
        for stop in self:
            who = stop.partner_id.name or stop.request_id.contact_name or stop.address
            stop.display_name = (
                f"{stop.round_id.name} #{stop.sequence} {who or ''}".strip()
            )

    @api.constrains("outcome", "refusal_reason")
    def _check_refusal_reason(self):
        for stop in self:
            if stop.outcome == "refused" and not stop.refusal_reason:
                raise ValidationError(
                    self.env._("Say why the goods were refused at this stop.")
                )

    @api.constrains("outcome", "request_id")
    def _check_outcome_kind(self):
        for stop in self:
            delivery = stop.request_id.kind == "deliver"
            if (stop.outcome == "delivered" and not delivery) or (
                stop.outcome == "collected" and delivery
            ):
                raise ValidationError(
                    self.env._(
                        "Stop %(stop)s: a delivery is delivered, a collection is "
                        "collected.",
                        stop=stop.display_name,
                    )
                )

    def write(self, vals):
        newly_absent = (
            self.filtered(lambda stop: stop.outcome != "absent")
            if vals.get("outcome") == "absent"
            else self.browse()
        )
        res = super().write(vals)
        if "outcome" in vals:
            self._update_request_state()
        newly_absent._sectoral_tell_nobody_there()
        return res

    def _sectoral_tell_nobody_there(self):
        """The donor or customer the round found absent is told, once, to choose
        another day; the request's chatter says so."""
        template = self.env.ref("sectoral_collection.mail_template_request_missed")
        for request in self.request_id.filtered("email"):
            template.sudo().send_mail(request.id)
            request.sudo().message_post(
                body=self.env._(
                    "Nobody there at the round's visit: %(email)s was told by e-mail.",
                    email=request.email,
                ),
                subtype_xmlid="mail.mt_note",
            )

    def _update_request_state(self):
        for stop in self.filtered("request_id"):
            if stop.outcome in ("collected", "delivered"):
                stop.request_id._mark_done()
            elif stop.outcome in ("absent", "refused"):
                stop.request_id._workflow_write({"state": "failed"})
