# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class StockMove(models.Model):
    """Every kilogram that moves through the chain says which stream it belongs to, so
    that intake, sorting, shop and reports count by stream from the moves themselves."""

    _inherit = "stock.move"

    sectoral_stream_id = fields.Many2one(
        "sectoral.stream", "Material stream", index="btree_not_null", readonly=True
    )
