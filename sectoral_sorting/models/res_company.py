# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    sorting_tolerance_pct = fields.Float(
        "Sorting tolerance (%)",
        default=3.0,
        help="A sorting session whose outputs differ from its inputs by more than "
        "this share cannot be closed without a manager's reason (dust, water, a "
        "mistake...).",
    )
