# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    sectoral_lending_max_loans = fields.Integer(
        "Objects a member borrows at once",
        default=3,
        help="0: no limit.",
    )
    sectoral_lending_block_overdue = fields.Boolean(
        "An overdue loan blocks the member",
        default=True,
        help="A member with an object not returned in time borrows nothing more until "
        "it is back.",
    )
    sectoral_lending_max_renewals = fields.Integer(
        "Renewals of a loan", default=2, help="How many times a loan may be renewed."
    )
    sectoral_lending_hold_days = fields.Integer(
        "Days a hold waits",
        default=3,
        help="An object put aside for a member waits this many days to be collected.",
    )
    sectoral_lending_reminder_days = fields.Integer(
        "Reminder before the due date (days)", default=2
    )

    sectoral_lending_points = fields.Boolean(
        "Points",
        help="Members earn points (joining, each month, objects they give the library) "
        "and spend them on loans.",
    )
    sectoral_points_joining = fields.Integer("Points on joining", default=10)
    sectoral_points_monthly = fields.Integer("Points each month", default=2)
    sectoral_points_deposit = fields.Integer(
        "Points for an object given to the library", default=5
    )
    sectoral_points_per_loan = fields.Integer("Points a loan costs", default=1)

    # Deposits in the books (optional): taken at the desk into a cash journal and held
    # for the member on a liability account until given back or kept.
    sectoral_deposit_journal_id = fields.Many2one(
        "account.journal",
        "Journal of the deposits",
        domain="[('type', 'in', ('cash', 'bank')), ('company_id', '=', id)]",
        help="Where the desk's deposits are received and given back (empty: the "
        "deposits are followed on the loans only, not in the books).",
    )
    sectoral_deposit_account_id = fields.Many2one(
        "account.account",
        "Deposits held",
        domain="[('account_type', 'in', "
        "('liability_current', 'liability_non_current'))]",
        help="A liability: what the library owes back to its members (Belgium: 488, "
        "France: 165).",
    )
    sectoral_deposit_kept_account_id = fields.Many2one(
        "account.account",
        "Deposits kept",
        domain="[('account_type', 'in', ('income', 'income_other'))]",
        help="An income: a deposit kept for a missing piece or a damage.",
    )

    @api.constrains(
        "sectoral_deposit_journal_id",
        "sectoral_deposit_account_id",
        "sectoral_deposit_kept_account_id",
    )
    def _check_sectoral_deposit_books(self):
        for company in self.filtered("sectoral_deposit_journal_id"):
            journal = company.sectoral_deposit_journal_id
            if (
                journal.company_id != company
                or journal.type not in ("cash", "bank")
                or not journal.default_account_id
                or not company.sectoral_deposit_account_id
                or not company.sectoral_deposit_kept_account_id
            ):
                raise ValidationError(
                    self.env._(
                        "Deposits in the books need a cash or bank journal of "
                        "%(company)s with its account, the account of the deposits "
                        "held and the account of the deposits kept.",
                        company=company.name,
                    )
                )

    _sectoral_points_positive = models.Constraint(
        "CHECK (sectoral_points_joining >= 0 AND sectoral_points_monthly >= 0 "
        "AND sectoral_points_deposit >= 0 AND sectoral_points_per_loan >= 0)",
        "Points are not negative.",
    )
    _sectoral_lending_numbers_positive = models.Constraint(
        "CHECK (sectoral_lending_max_loans >= 0 AND sectoral_lending_max_renewals >= 0 "
        "AND sectoral_lending_hold_days > 0 AND sectoral_lending_reminder_days >= 0)",
        "The lending library's numbers cannot be negative, and a hold waits at least a "
        "day.",
    )

    @api.model
    def _demo_deposit_books(self, company_id):
        """Demo: the deposits in the books of a Belgian chart (cash journal, 488
        deposits held, 743 miscellaneous income), when that chart is there."""
        company = self.browse(company_id)
        Account = self.env["account.account"].with_company(company)
        journal = self.env["account.journal"].search(
            [("company_id", "=", company.id), ("type", "=", "cash")], limit=1
        )
        held = Account.search([("code", "=like", "488%")], limit=1)
        kept = Account.search([("code", "=like", "743%")], limit=1)
        if journal.default_account_id and held and kept:
            company.write(
                {
                    "sectoral_deposit_journal_id": journal.id,
                    "sectoral_deposit_account_id": held.id,
                    "sectoral_deposit_kept_account_id": kept.id,
                }
            )
