# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class MembershipLine(models.Model):
    _inherit = "membership.membership_line"

    sectoral_pos_line_id = fields.Many2one(
        "pos.order.line",
        "Paid at the till",
        readonly=True,
        index="btree_not_null",
        ondelete="restrict",
    )
