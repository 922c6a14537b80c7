# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    insertion_retention_years = fields.Integer(
        "Keep insertion records (years)",
        default=5,
        help="Personal details of workers whose pathway ended longer ago than this "
        "are anonymised every night; the statistics stay.",
    )
    insertion_subsidy_journal_id = fields.Many2one(
        "account.journal",
        "Subsidy journal",
        check_company=True,
        domain="[('type', '=', 'general')]",
        help="Where the subsidies for insertion workers are posted.",
    )
    insertion_subsidy_account_id = fields.Many2one(
        "account.account",
        "Subsidy income account",
        check_company=True,
        help="Income account of the subsidies, unless the programme has its own.",
    )
    insertion_contribution_account_id = fields.Many2one(
        "account.account",
        "CPAS contribution expense account",
        check_company=True,
        help="Expense account of the contributions paid to the CPAS for the workers "
        "it places with the enterprise (article 60 §7).",
    )

    _insertion_retention_positive = models.Constraint(
        "CHECK (insertion_retention_years > 0)",
        "Insertion records are kept for at least one year.",
    )
