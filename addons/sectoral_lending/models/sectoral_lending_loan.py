# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step


class SectoralLendingLoan(models.Model):
    """One object lent to one member: out, due, back. At the return the desk counts
    the kit's pieces and says the object's condition; a damage sends it to the
    workshop (a repair order) and what is missing or damaged is settled with the
    member before they borrow again. Its state, dates and deposit change through
    its workflow only."""

    _name = "sectoral.lending.loan"
    _description = "Loan of an object"
    _inherit = ["sectoral.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_out desc, id desc"
    _check_company_auto = True

    _workflow_fields = frozenset(
        {
            "name",
            "company_id",
            "reminder_date",
            "state",
            "partner_id",
            "lot_id",
            "date_out",
            "date_due",
            "date_returned",
            "renew_count",
            "deposit_amount",
            "deposit_state",
            "deposit_move_ids",
            "to_settle",
            "repair_id",
            "return_condition",
            "damage_note",
            "missing_ids",
        }
    )

    name = fields.Char(
        required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    partner_id = fields.Many2one(
        "res.partner", "Member", required=True, index=True, tracking=True
    )
    lot_id = fields.Many2one(
        "stock.lot",
        "Object",
        required=True,
        index=True,
        check_company=True,
        domain="[('sectoral_lendable', '=', True)]",
    )
    product_id = fields.Many2one(related="lot_id.product_id")
    category_id = fields.Many2one(
        related="lot_id.sectoral_lending_category_id", store=True
    )
    state = fields.Selection(
        [("open", "On loan"), ("returned", "Returned"), ("cancel", "Cancelled")],
        default="open",
        required=True,
        tracking=True,
        copy=False,
    )
    date_out = fields.Datetime("Out on", readonly=True, copy=False)
    date_due = fields.Date("Due on", readonly=True, tracking=True, copy=False)
    date_returned = fields.Datetime("Returned on", readonly=True, copy=False)
    is_overdue = fields.Boolean(
        "Overdue", compute="_compute_is_overdue", search="_search_is_overdue"
    )
    days_overdue = fields.Integer("Days late", compute="_compute_is_overdue")
    renew_count = fields.Integer("Renewals", readonly=True, copy=False)
    currency_id = fields.Many2one(related="company_id.currency_id")
    deposit_amount = fields.Monetary("Deposit", readonly=True)
    deposit_state = fields.Selection(
        [
            ("none", "No deposit"),
            ("held", "Held"),
            ("refunded", "Given back"),
            ("kept", "Kept"),
        ],
        default="none",
        required=True,
        tracking=True,
    )
    deposit_move_ids = fields.Many2many(
        "account.move",
        string="Entries of the deposit",
        readonly=True,
        copy=False,
        help="Taken, given back or kept: in the books when the library's settings "
        "name a journal for the deposits.",
    )
    return_condition = fields.Selection(
        [("ok", "As lent"), ("damaged", "Damaged")], "Returned", readonly=True
    )
    damage_note = fields.Text("Damage", readonly=True)
    missing_ids = fields.One2many(
        "sectoral.lending.loan.missing", "loan_id", "Missing pieces", readonly=True
    )
    to_settle = fields.Boolean(
        "To settle",
        readonly=True,
        tracking=True,
        help="Returned with pieces missing or a damage: the member borrows again once "
        "it is settled.",
    )
    repair_id = fields.Many2one("repair.order", readonly=True, copy=False)
    reminder_date = fields.Date(
        "Last reminder", readonly=True, copy=False, help="The last e-mail sent."
    )

    @api.depends("state", "date_due")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for loan in self:
            late = (
                (today - loan.date_due).days
                if loan.state == "open" and loan.date_due
                else 0
            )
            loan.is_overdue = late > 0
            loan.days_overdue = max(late, 0)

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(self.env._("Search overdue loans with yes or no."))
        overdue = [
            ("state", "=", "open"),
            ("date_due", "<", fields.Date.context_today(self)),
        ]
        if (operator == "=") == value:
            return overdue
        return ["!", "&", *overdue]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code(
                    "sectoral.lending.loan"
                ) or self.env._("New")
        return super().create(vals_list)

    # --- check-out ---------------------------------------------------------------
    @api.model
    def _sectoral_check_desk(self):
        if not self.env.user.has_group("sectoral_lending.group_lending_desk"):
            raise AccessError(self.env._("Only the library's desk lends objects."))

    @api.model
    def check_out(self, partner_id, lot_ids, deposit_taken=False):
        """Lend ``lot_ids`` to the member ``partner_id``: every rule checked first,
        then all the loans at once, or none."""
        self._sectoral_check_desk()
        Input = self.env["sectoral.input"]
        partner = Input._record(
            "res.partner", partner_id, self.env._("the member"), self.env.company
        )
        if (
            not isinstance(lot_ids, list)
            or not lot_ids
            or not all(isinstance(lot_id, int) for lot_id in lot_ids)
        ):
            raise ValidationError(self.env._("Scan the objects to lend."))
        lots = self.env["stock.lot"].browse(lot_ids).exists()
        # another enterprise's object is unknown here, not a secret to trip over
        if len(lots) != len(set(lot_ids)) or lots.sudo().filtered(
            lambda lot: lot.company_id and lot.company_id != self.env.company
        ):
            raise ValidationError(self.env._("An object scanned is not known here."))
        lots.check_access("read")
        refusal = partner._sectoral_lending_refusal(lots)
        refusal = refusal or next(
            filter(None, (lot._sectoral_refusal(partner) for lot in lots)), ""
        )
        deposit = sum(lots.mapped("sectoral_deposit"))
        # the desk says yes with a boolean: "no", 0 or a text is not a deposit taken
        if not refusal and deposit and deposit_taken is not True:
            refusal = self.env._(
                "Take the deposit first: %(amount)s.",
                amount=self.env.company.currency_id.format(deposit),
            )
        if refusal:
            raise UserError(refusal)
        today = fields.Date.context_today(self)
        now = fields.Datetime.now()
        with workflow_step():
            loans = self.sudo().create(
                [
                    {
                        "company_id": self.env.company.id,
                        "partner_id": partner.id,
                        "lot_id": lot.id,
                        "date_out": now,
                        "date_due": today + timedelta(days=lot.sectoral_loan_days),
                        "deposit_amount": lot.sectoral_deposit,
                        "deposit_state": "held" if lot.sectoral_deposit else "none",
                    }
                    for lot in lots
                ]
            )
        lots._sectoral_set_lending_state("on_loan")
        loans.filtered(
            lambda loan: loan.deposit_state == "held"
        )._sectoral_book_deposit("taken")
        if self.env.company.sectoral_lending_points:
            partner._sectoral_points_join()
            for loan in loans:
                self.env["sectoral.lending.points"]._sectoral_add(
                    partner,
                    -self.env.company.sectoral_points_per_loan,
                    "loan",
                    loan_id=loan,
                )
        lots.sectoral_hold_ids.filtered(
            lambda hold: hold.partner_id == partner and hold.state == "ready"
        )._sectoral_close("collected")
        return loans.with_env(self.env)

    # --- return --------------------------------------------------------------------
    def action_return(self, missing=None, damage=None):
        """The object is back. ``missing``: ``{kit piece id: how many are missing}``;
        ``damage``: what is damaged, if anything (a repair order is opened)."""
        self._sectoral_check_desk()
        self.ensure_one()
        if self.state != "open":
            raise UserError(self.env._("%(loan)s is not on loan.", loan=self.name))
        missing = missing or {}
        if not isinstance(missing, dict) or (
            damage is not None and not isinstance(damage, str)
        ):
            raise ValidationError(self.env._("The desk sent the return unreadable."))
        pieces = self.lot_id.sectoral_kit_piece_ids
        missing_lines = []
        for piece_id, count in missing.items():
            piece = pieces.filtered(
                lambda p, piece_id=piece_id: str(p.id) == str(piece_id)
            )
            if (
                not piece
                or not isinstance(count, int)
                or isinstance(count, bool)
                or not 0 <= count <= piece.quantity
            ):
                raise ValidationError(
                    self.env._("Count the missing pieces of this object's kit only.")
                )
            if count:
                missing_lines.append(
                    fields.Command.create({"piece_id": piece.id, "quantity": count})
                )
        damage = (damage or "").strip()[:2000]
        to_settle = bool(missing_lines or damage)
        vals = {
            "state": "returned",
            "date_returned": fields.Datetime.now(),
            "return_condition": "damaged" if damage else "ok",
            "damage_note": damage or False,
            "missing_ids": missing_lines,
            "to_settle": to_settle,
        }
        if self.deposit_state == "held" and not to_settle:
            vals["deposit_state"] = "refunded"
        if damage:
            vals["repair_id"] = self._sectoral_open_repair(damage).id
        # the desk records what is missing without the right to edit returns
        self.sudo()._workflow_write(vals)
        if vals.get("deposit_state") == "refunded":
            self._sectoral_book_deposit("refunded")
        if damage:
            self.lot_id._sectoral_set_lending_state("repair")
        else:
            self.lot_id._sectoral_back_in_library()
        return True

    def _sectoral_open_repair(self, damage):
        """The workshop's own repair order for the object."""
        lot = self.lot_id
        return (
            self.env["repair.order"]
            .sudo()
            .create(
                {
                    "product_id": lot.product_id.id,
                    "lot_id": lot.id,
                    "company_id": self.company_id.id,
                    "partner_id": self.partner_id.id,
                    "internal_notes": f"{self.name}: {damage}",
                }
            )
        )

    def action_settle(self, keep_deposit=False):
        """What was missing or damaged is settled with the member (paid, replaced or
        forgiven): they borrow again; the deposit is given back or kept."""
        if not self.env.user.has_group("sectoral_lending.group_lending_manager"):
            raise AccessError(self.env._("Only a library manager settles a return."))
        for loan in self.filtered("to_settle"):
            vals = {"to_settle": False}
            if loan.deposit_state == "held":
                vals["deposit_state"] = "kept" if keep_deposit else "refunded"
            loan._workflow_write(vals)
            if vals.get("deposit_state"):
                loan._sectoral_book_deposit(vals["deposit_state"])
        return True

    def _sectoral_book_deposit(self, what):
        """The deposits of these loans (one member, one company) in the books, when
        the library's settings name a journal: ``taken`` into the cash and held for
        the member; ``refunded`` back out of the cash; ``kept`` as an income."""
        loans = self.filtered("deposit_amount")
        if what != "taken":
            # a deposit taken before the books followed them was never in the cash
            loans = loans.filtered(lambda loan: loan.sudo().deposit_move_ids)
        company = loans.company_id
        journal = company.sectoral_deposit_journal_id
        if not loans or not journal:
            return self.env["account.move"]
        partner = loans.partner_id
        amount = sum(loans.mapped("deposit_amount"))
        held = company.sectoral_deposit_account_id
        cash = journal.default_account_id
        debit, credit = {
            "taken": (cash, held),
            "refunded": (held, cash),
            "kept": (held, company.sectoral_deposit_kept_account_id),
        }[what]
        label = {
            "taken": self.env._("Deposit taken: %(loans)s"),
            "refunded": self.env._("Deposit given back: %(loans)s"),
            "kept": self.env._("Deposit kept: %(loans)s"),
        }[what] % {"loans": ", ".join(loans.mapped("name"))}
        # the desk has no accounting rights: the entry is the books' side of the
        # loan's workflow step, checked above
        move = (
            self.env["account.move"]
            .sudo()
            .with_company(company)
            .create(
                {
                    "move_type": "entry",
                    "journal_id": journal.id,
                    "date": fields.Date.context_today(self),
                    "ref": label,
                    "partner_id": partner.id,
                    "line_ids": [
                        fields.Command.create(
                            {
                                "account_id": debit.id,
                                "partner_id": partner.id,
                                "name": label,
                                "debit": amount,
                            }
                        ),
                        fields.Command.create(
                            {
                                "account_id": credit.id,
                                "partner_id": partner.id,
                                "name": label,
                                "credit": amount,
                            }
                        ),
                    ],
                }
            )
        )
        move.action_post()
        for loan in loans:
            loan.sudo()._workflow_write(
                {"deposit_move_ids": [fields.Command.link(move.id)]}
            )
        return move

    def action_renew(self):
        """Another loan period, when nobody waits for the object."""
        self._sectoral_check_desk()
        for loan in self:
            if loan.state != "open":
                raise UserError(self.env._("%(loan)s is not on loan.", loan=loan.name))
            if loan.lot_id.sectoral_hold_ids.filtered(
                lambda hold: hold.state in ("waiting", "ready")
            ):
                raise UserError(
                    self.env._(
                        "%(object)s cannot be renewed: a member waits for it.",
                        object=loan.lot_id.display_name,
                    )
                )
            if loan.renew_count >= loan.company_id.sectoral_lending_max_renewals:
                raise UserError(
                    self.env._(
                        "%(loan)s was renewed %(count)s times already: bring it back.",
                        loan=loan.name,
                        count=loan.renew_count,
                    )
                )
            start = max(loan.date_due, fields.Date.context_today(self))
            loan._workflow_write(
                {
                    "date_due": start + timedelta(days=loan.lot_id.sectoral_loan_days),
                    "renew_count": loan.renew_count + 1,
                }
            )
        return True

    # --- reminders -------------------------------------------------------------------
    @api.model
    def _cron_remind(self):
        """An e-mail a few days before the due date, and one a week while overdue."""
        today = fields.Date.context_today(self)
        soon_template = self.env.ref("sectoral_lending.mail_template_loan_due_soon")
        late_template = self.env.ref("sectoral_lending.mail_template_loan_overdue")
        open_loans = self.sudo().search([("state", "=", "open")])
        for loan in open_loans:
            days = loan.company_id.sectoral_lending_reminder_days
            if loan.date_due < today:
                if (
                    loan.reminder_date
                    and loan.reminder_date > loan.date_due
                    and (today - loan.reminder_date).days < 7
                ):
                    continue  # one overdue reminder a week
                template = late_template
            elif days and loan.date_due - timedelta(days=days) <= today:
                if loan.reminder_date and (
                    loan.reminder_date >= loan.date_due - timedelta(days=days)
                ):
                    continue  # reminded already for this due date
                template = soon_template
            else:
                continue
            if loan.partner_id.email:
                template.send_mail(loan.id)
            loan._workflow_write({"reminder_date": today})

    # --- demo ---
    @api.model
    def _demo_weeks_of_loans(self, company_id):
        """A few weeks of the demo library: loans returned, out, one late, a hold."""
        company = self.env["res.company"].browse(company_id)
        ref = self.env.ref
        now = fields.Datetime.now()
        today = fields.Date.context_today(self)
        history = [
            # member, object, weeks ago out, days lent, returned
            ("member_sophie", "lot_drill_1", 5, 7, True),
            ("member_karim", "lot_tent", 4, 14, True),
            ("member_els", "lot_raclette", 3, 7, True),
            ("member_sophie", "lot_sander", 2, 7, True),
            ("member_thomas", "lot_drill_1", 2, 7, True),
            ("member_karim", "lot_raclette", 1, 7, False),
            ("member_els", "lot_tent", 0, 14, False),
            ("member_thomas", "lot_sander", 2, 7, False),  # late
        ]
        Loan = self.sudo().with_company(company)
        for member, lot_xmlid, weeks, days, returned in history:
            lot = ref(f"sectoral_lending.{lot_xmlid}")
            out = now - timedelta(weeks=weeks, days=1)
            due = (out + timedelta(days=days)).date()
            with workflow_step():
                Loan.create(
                    {
                        "company_id": company.id,
                        "partner_id": ref(f"sectoral_lending.{member}").id,
                        "lot_id": lot.id,
                        "date_out": out,
                        "date_due": due,
                        "date_returned": min(out + timedelta(days=days - 1), now)
                        if returned
                        else False,
                        "state": "returned" if returned else "open",
                        "return_condition": "ok" if returned else False,
                        "deposit_amount": lot.sectoral_deposit,
                        "deposit_state": (
                            ("refunded" if returned else "held")
                            if lot.sectoral_deposit
                            else "none"
                        ),
                    }
                )
            lot._sectoral_set_lending_state("available" if returned else "on_loan")
        # Sophie waits for the tent
        self.env["sectoral.lending.hold"].sudo().with_company(company)._sectoral_place(
            ref("sectoral_lending.member_sophie"), ref("sectoral_lending.lot_tent")
        )
        return today


class SectoralLendingLoanMissing(models.Model):
    _name = "sectoral.lending.loan.missing"
    _description = "Piece missing at a return"

    loan_id = fields.Many2one(
        "sectoral.lending.loan", required=True, ondelete="cascade", index=True
    )
    piece_id = fields.Many2one(
        "sectoral.lending.kit.piece", required=True, ondelete="restrict"
    )
    quantity = fields.Integer("Missing", required=True)
