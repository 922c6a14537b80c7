# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step


class SectoralLendingHold(models.Model):
    """A member asks for an object: it is put aside for them when it is on the shelf
    (they have a few days to collect it), else they wait in line for its return.
    A loan renews only while nobody waits."""

    _name = "sectoral.lending.hold"
    _description = "Hold on an object"
    _inherit = ["sectoral.workflow.mixin", "mail.thread"]
    _order = "create_date, id"
    _check_company_auto = True

    _workflow_fields = frozenset(
        {"state", "date_ready", "date_expiry", "lot_id", "partner_id", "company_id"}
    )

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    partner_id = fields.Many2one("res.partner", "Member", required=True, index=True)
    lot_id = fields.Many2one(
        "stock.lot", "Object", required=True, index=True, check_company=True
    )
    state = fields.Selection(
        [
            ("waiting", "Waiting"),
            ("ready", "Put aside"),
            ("collected", "Collected"),
            ("expired", "Not collected"),
            ("cancel", "Cancelled"),
        ],
        default="waiting",
        required=True,
        tracking=True,
    )
    date_ready = fields.Date("Put aside on", readonly=True)
    date_expiry = fields.Date("To collect by", readonly=True)

    @api.model
    def place(self, partner_id, lot_id):
        """A member asks for an object (at the desk, or on the website)."""
        if not self.env.user.has_group("sectoral_lending.group_lending_desk"):
            raise AccessError(self.env._("Holds are placed at the library's desk."))
        Input = self.env["sectoral.input"]
        partner = Input._record(
            "res.partner", partner_id, self.env._("the member"), self.env.company
        )
        lot = Input._record(
            "stock.lot", lot_id, self.env._("the object"), self.env.company
        )
        return self._sectoral_place(partner, lot)

    @api.model
    def _sectoral_place(self, partner, lot):
        refusal = partner._sectoral_lending_refusal(lot.browse())
        if not lot.sectoral_lendable or lot.sectoral_lending_state == "retired":
            refusal = refusal or self.env._(
                "%(object)s is not lent.", object=lot.display_name
            )
        if lot.sectoral_hold_ids.filtered(
            lambda hold: (
                hold.partner_id == partner and hold.state in ("waiting", "ready")
            )
        ):
            refusal = refusal or self.env._(
                "%(member)s already asked for %(object)s.",
                member=partner.display_name,
                object=lot.display_name,
            )
        if lot.sectoral_current_loan_id.partner_id == partner:
            refusal = refusal or self.env._(
                "%(member)s has %(object)s already.",
                member=partner.display_name,
                object=lot.display_name,
            )
        if refusal:
            raise UserError(refusal)
        with workflow_step():
            hold = self.sudo().create(
                {
                    "company_id": self.env.company.id,
                    "partner_id": partner.id,
                    "lot_id": lot.id,
                }
            )
        lot.sectoral_hold_ids._sectoral_next_ready()
        return hold.with_env(self.env)

    def _sectoral_next_ready(self):
        """For each object on the shelf and put aside for nobody, the first member in
        line gets it put aside for a few days."""
        today = fields.Date.context_today(self)
        for lot in self.lot_id:
            holds = lot.sectoral_hold_ids
            if lot.sectoral_lending_state != "available" or holds.filtered(
                lambda hold: hold.state == "ready"
            ):
                continue
            first = holds.filtered(lambda hold: hold.state == "waiting").sorted(
                lambda hold: (hold.create_date, hold.id)
            )[:1]
            if first:
                days = first.company_id.sectoral_lending_hold_days
                first._workflow_write(
                    {
                        "state": "ready",
                        "date_ready": today,
                        "date_expiry": today + timedelta(days=days),
                    }
                )
                if first.partner_id.email:
                    self.env.ref(
                        "sectoral_lending.mail_template_hold_ready"
                    ).sudo().send_mail(first.id)

    def _sectoral_close(self, state):
        self._workflow_write({"state": state})

    def action_cancel(self):
        if not self.env.user.has_group("sectoral_lending.group_lending_desk"):
            raise AccessError(self.env._("Holds are cancelled at the library's desk."))
        holds = self.filtered(lambda hold: hold.state in ("waiting", "ready"))
        holds._sectoral_close("cancel")
        holds._sectoral_next_ready()
        return True

    @api.model
    def _cron_expire(self):
        """Objects put aside and not collected in time go to the next in line."""
        expired = self.sudo().search(
            [
                ("state", "=", "ready"),
                ("date_expiry", "<", fields.Date.context_today(self)),
            ]
        )
        expired._sectoral_close("expired")
        expired._sectoral_next_ready()
