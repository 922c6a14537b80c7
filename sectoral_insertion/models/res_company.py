# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    insertion_fte_hours = fields.Float(
        "Hours of one full-time equivalent",
        default=1607.0,
        help="Yearly hours of a full-time job, to count full-time equivalents "
        "(1,607 h in France; in Belgium 38 h a week make 1,976 h).",
    )
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

    _insertion_fte_hours_positive = models.Constraint(
        "CHECK (insertion_fte_hours > 0)",
        "The hours of a full-time equivalent must be above zero.",
    )
    _insertion_retention_positive = models.Constraint(
        "CHECK (insertion_retention_years > 0)",
        "Insertion records are kept for at least one year.",
    )
