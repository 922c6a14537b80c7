# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError


class SectoralInsertionSubsidy(models.Model):
    """Money for an insertion worker over a period, either way: a subsidy the
    enterprise receives (a Region's aid to a post, an insertion grant...), or the
    contribution it pays the CPAS for a worker the CPAS employs and places with it
    (article 60 §7: the CPAS pays the wage, the enterprise pays the CPAS). Posted, it
    is a journal entry: the funder owes the subsidy (income), the enterprise owes the
    CPAS the contribution (expense); both carry the programme's analytic account, so
    that accounting reports them by programme."""

    _name = "sectoral.insertion.subsidy"
    _description = "Subsidy or contribution for an insertion worker"
    _order = "date_from desc, id desc"
    _check_company_auto = True

    pathway_id = fields.Many2one(
        "sectoral.insertion.pathway",
        required=True,
        ondelete="restrict",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        related="pathway_id.company_id", store=True, index=True
    )
    employee_id = fields.Many2one(related="pathway_id.employee_id")
    programme_id = fields.Many2one(related="pathway_id.programme_id", store=True)
    kind = fields.Selection(
        [
            ("subsidy", "Subsidy received"),
            ("contribution", "Contribution paid to the CPAS"),
        ],
        required=True,
        compute="_compute_kind",
        store=True,
        readonly=False,
        precompute=True,
        help="A worker placed by a CPAS (article 60 §7) is employed by the CPAS: the "
        "enterprise pays it a contribution and receives no subsidy for them.",
    )
    name = fields.Char("Description", required=True)
    funder_id = fields.Many2one(
        "res.partner",
        "Funder or CPAS",
        required=True,
        compute="_compute_funder_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    date_from = fields.Date("From", required=True)
    date_to = fields.Date("To", required=True)
    amount = fields.Monetary(required=True, currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    analytic_account_id = fields.Many2one(
        "account.analytic.account",
        "Analytic account",
        compute="_compute_analytic_account_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    state = fields.Selection(
        [("draft", "Draft"), ("posted", "Posted"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        copy=False,
    )
    move_id = fields.Many2one(
        "account.move", "Journal entry", readonly=True, copy=False
    )

    _amount_positive = models.Constraint(
        "CHECK (amount > 0)", "A subsidy amount is above zero."
    )

    @api.depends("pathway_id")
    def _compute_kind(self):
        for subsidy in self:
            placement = subsidy.pathway_id.programme_id.employment == "placement"
            subsidy.kind = "contribution" if placement else "subsidy"

    @api.depends("pathway_id")
    def _compute_funder_id(self):
        for subsidy in self:
            if not subsidy.funder_id:
                subsidy.funder_id = subsidy.pathway_id.funder_id

    @api.depends("pathway_id")
    def _compute_analytic_account_id(self):
        for subsidy in self:
            if not subsidy.analytic_account_id:
                subsidy.analytic_account_id = (
                    subsidy.pathway_id.programme_id.analytic_account_id
                )

    @api.constrains("kind", "pathway_id")
    def _check_kind(self):
        for subsidy in self:
            placement = subsidy.pathway_id.programme_id.employment == "placement"
            if placement and subsidy.kind != "contribution":
                raise ValidationError(
                    self.env._(
                        "%(worker)s is placed by a CPAS (%(programme)s): the CPAS "
                        "employs them, the enterprise pays it a contribution and "
                        "receives no subsidy for them.",
                        worker=subsidy.pathway_id.name,
                        programme=subsidy.programme_id.name,
                    )
                )
            if not placement and subsidy.kind == "contribution":
                raise ValidationError(
                    self.env._(
                        "A contribution is paid to the CPAS for a worker it places "
                        "(article 60 §7); %(programme)s is not such a placement.",
                        programme=subsidy.programme_id.name,
                    )
                )

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for subsidy in self:
            if subsidy.date_to < subsidy.date_from:
                raise ValidationError(
                    self.env._("The period of a subsidy cannot end before it starts.")
                )

    def write(self, vals):
        if self.filtered(lambda s: s.state == "posted") and set(vals) - {"state"}:
            raise UserError(
                self.env._("A posted subsidy cannot be changed: cancel it first.")
            )
        return super().write(vals)

    def unlink(self):
        if self.filtered(lambda s: s.state == "posted"):
            raise UserError(self.env._("A posted subsidy cannot be deleted."))
        return super().unlink()

    def action_post(self):
        for subsidy in self:
            subsidy._check_can_post()
        for subsidy in self:
            move = self.env["account.move"].sudo().create(subsidy._move_values())
            move.action_post()
            subsidy.write({"move_id": move.id, "state": "posted"})
        return True

    def _income_account(self):
        return (
            self.programme_id.income_account_id
            or self.company_id.insertion_subsidy_account_id
        )

    def _account(self):
        """The income account of a subsidy, the expense account of a contribution."""
        if self.kind == "contribution":
            return self.company_id.insertion_contribution_account_id
        return self._income_account()

    def _counterpart_account(self):
        """What the funder owes for a subsidy, what the enterprise owes the CPAS
        for a contribution."""
        partner = self.funder_id.with_company(self.company_id)
        if self.kind == "contribution":
            return partner.property_account_payable_id
        return partner.property_account_receivable_id

    def _check_can_post(self):
        self.ensure_one()
        if self.state != "draft":
            raise UserError(
                self.env._("%(subsidy)s is already posted.", subsidy=self.name)
            )
        if not self.company_id.insertion_subsidy_journal_id:
            raise UserError(
                self.env._(
                    "Choose the journal of insertion subsidies in the company's "
                    "settings."
                )
            )
        if self.kind == "contribution" and not self._account():
            raise UserError(
                self.env._(
                    "Choose the expense account of the contributions paid to the "
                    "CPAS in the company's settings."
                )
            )
        if not self._account():
            raise UserError(
                self.env._(
                    "Choose the income account of the subsidies, on the programme "
                    "%(programme)s or in the company's settings.",
                    programme=self.programme_id.name,
                )
            )
        if not self._counterpart_account():
            if self.kind == "contribution":
                message = self.env._(
                    "Give %(partner)s a payable account for %(company)s.",
                    partner=self.funder_id.display_name,
                    company=self.company_id.name,
                )
            else:
                message = self.env._(
                    "Give %(partner)s a receivable account for %(company)s.",
                    partner=self.funder_id.display_name,
                    company=self.company_id.name,
                )
            raise UserError(message)
        if not self.analytic_account_id:
            raise UserError(
                self.env._(
                    "Give %(subsidy)s its analytic account, so that accounting "
                    "reports it by programme.",
                    subsidy=self.name,
                )
            )

    def _move_values(self):
        """A subsidy: the funder owes it (receivable), an income. A contribution:
        the enterprise owes it to the CPAS (payable), an expense."""
        contribution = self.kind == "contribution"
        counterpart = self._counterpart_account()
        label = self.env._(
            "%(subsidy)s - %(worker)s (%(start)s to %(end)s)",
            subsidy=self.name,
            worker=self.pathway_id.name,
            start=self.date_from,
            end=self.date_to,
        )
        debit, credit = ("debit", "credit") if contribution else ("credit", "debit")
        return {
            "move_type": "entry",
            "company_id": self.company_id.id,
            "journal_id": self.company_id.insertion_subsidy_journal_id.id,
            "date": self.date_to,
            "ref": label,
            "line_ids": [
                Command.create(
                    {
                        "name": label,
                        "account_id": counterpart.id,
                        "partner_id": self.funder_id.id,
                        credit: self.amount,
                    }
                ),
                Command.create(
                    {
                        "name": label,
                        "account_id": self._account().id,
                        "partner_id": self.funder_id.id,
                        debit: self.amount,
                        "analytic_distribution": {
                            str(self.analytic_account_id.id): 100
                        },
                    }
                ),
            ],
        }

    def action_cancel(self):
        for subsidy in self.filtered(lambda s: s.state == "posted"):
            move = subsidy.move_id.sudo()
            move.button_draft()
            move.button_cancel()
        self.write({"state": "cancel"})
