# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    sectoral_web_order_id = fields.Many2one(
        "sale.order",
        "Online order",
        readonly=True,
        index="btree_not_null",
        help="The website order whose unique items this transfer hands over.",
    )
