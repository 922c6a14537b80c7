# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError


class SectoralInsertionSubsidy(models.Model):
    """A subsidy for an insertion worker over a period (a CPAS's monthly share of an
    article 60, a Region's aid to a post...). Posted, it is a journal entry: the funder
    owes the amount, the subsidy income carries the programme's analytic account, so
    that accounting reports subsidies by programme."""

    _name = "sectoral.insertion.subsidy"
    _description = "Subsidy for an insertion worker"
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
    name = fields.Char("Description", required=True)
    funder_id = fields.Many2one(
        "res.partner",
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
        if not self._income_account():
            raise UserError(
                self.env._(
                    "Choose the income account of the subsidies, on the programme "
                    "%(programme)s or in the company's settings.",
                    programme=self.programme_id.name,
                )
            )
        if not self.analytic_account_id:
            raise UserError(
                self.env._(
                    "Give %(subsidy)s its analytic account, so that accounting "
                    "reports it by programme.",
                    subsidy=self.name,
                )
            )

    def _move_values(self):
        receivable = self.funder_id.with_company(
            self.company_id
        ).property_account_receivable_id
        label = self.env._(
            "%(subsidy)s - %(worker)s (%(start)s to %(end)s)",
            subsidy=self.name,
            worker=self.pathway_id.name,
            start=self.date_from,
            end=self.date_to,
        )
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
                        "account_id": receivable.id,
                        "partner_id": self.funder_id.id,
                        "debit": self.amount,
                    }
                ),
                Command.create(
                    {
                        "name": label,
                        "account_id": self._income_account().id,
                        "partner_id": self.funder_id.id,
                        "credit": self.amount,
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
