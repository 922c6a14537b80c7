# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

REUSE_ROLES = [
    ("intake", "Intake - to sort"),
    ("shop", "Shop"),
    ("workshop", "Workshop"),
    ("recycling", "Recycling out"),
    ("waste", "Waste out"),
]


class StockLocation(models.Model):
    _inherit = "stock.location"

    reuse_role = fields.Selection(
        REUSE_ROLES,
        "Role in the reuse site",
        index="btree_not_null",
        help="Set when the site is set up; lets views and reports find, for instance, "
        "every intake pile at once.",
    )
