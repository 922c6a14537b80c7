# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralInsertionProgramme(models.Model):
    """An insertion programme or regime (article 60 §7, CISP, CDDI in an ACI...): what
    a worker's pathway stands on, who usually funds it, how long it may last."""

    _name = "sectoral.insertion.programme"
    _description = "Insertion programme"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    country_id = fields.Many2one("res.country")
    company_id = fields.Many2one(
        "res.company",
        index=True,
        help="Leave empty to share the programme with every company.",
    )
    funder_id = fields.Many2one(
        "res.partner",
        "Usual funder",
        help="The public body that usually funds this programme (CPAS, Region...).",
    )
    max_months = fields.Integer(
        "Longest pathway (months)", help="Zero when the programme sets no limit."
    )
    weekly_hours = fields.Float("Usual weekly hours")
    employment = fields.Selection(
        [
            ("employee", "Employed by the enterprise"),
            ("placement", "Placed by another employer (CPAS)"),
            ("trainee", "Trainee under a training contract"),
        ],
        default="employee",
        required=True,
        help="Who employs the worker. A placement (article 60 §7: the CPAS is the "
        "employer and pays the wage) counts in the insertion headcount but not in the "
        "enterprise's payroll or full-time equivalents; a trainee (CISP) counts in "
        "trainees and training hours, not as an employee.",
    )
    min_stay_months = fields.Integer(
        "Minimum stay for an exit (months)",
        help="An exit counts in the figures only after this stay in the programme "
        "(commonly 3 months in France's insertion structures); zero counts every "
        "exit.",
    )
    analytic_account_id = fields.Many2one(
        "account.analytic.account",
        "Analytic account",
        help="Subsidies of this programme are posted with it, so that accounting "
        "reports them by programme.",
    )
    income_account_id = fields.Many2one(
        "account.account",
        "Subsidy income account",
        help="Leave empty to use the company's subsidy income account.",
    )
    description = fields.Text(translate=True)

    _min_stay_positive = models.Constraint(
        "CHECK (min_stay_months >= 0)", "A minimum stay cannot be negative."
    )
    _code_company_uniq = models.UniqueIndex(
        "(code, COALESCE(company_id, 0))",
        "A programme with this code already exists in this company.",
    )
