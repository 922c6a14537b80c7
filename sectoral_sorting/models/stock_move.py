# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class StockMove(models.Model):
    """A move made by sorting says which session and which destination it serves, so
    that the impact report counts reused, recycled and disposed tonnes from moves."""

    _inherit = "stock.move"

    sectoral_sorting_id = fields.Many2one(
        "sectoral.sorting.session",
        "Sorting session",
        index="btree_not_null",
        readonly=True,
    )
    sectoral_destination_id = fields.Many2one(
        "sectoral.destination", "Destination", readonly=True
    )
    sectoral_label_id = fields.Many2one(
        "sectoral.label",
        "Labelled item",
        index="btree_not_null",
        readonly=True,
        ondelete="set null",
        help="The labelled item this move put on the shop floor, as it was printed.",
    )
