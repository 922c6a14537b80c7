# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

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

    def _sectoral_counter(self, origin=None):
        """Done moves that undo these done moves of sorting: what they brought to a site
        location goes back where it came from, and must still be there."""
        for location in self.location_dest_id.filtered(lambda l: l.usage == "internal"):
            kg_by_stream = defaultdict(float)
            for move in self.filtered(
                lambda m, loc=location: m.location_dest_id == loc
            ):
                kg_by_stream[move.sectoral_stream_id] += move.quantity
            self.env["sectoral.stream"]._check_available_kg(location, kg_by_stream)
        counter = (
            self.env["stock.move"]
            .sudo()
            .create(
                [
                    {
                        "company_id": move.company_id.id,
                        "sectoral_sorting_id": move.sectoral_sorting_id.id,
                        "origin": origin or move.origin,
                        "product_id": move.product_id.id,
                        "product_uom": move.product_uom.id,
                        "product_uom_qty": move.quantity,
                        "quantity": move.quantity,
                        "picked": True,
                        "location_id": move.location_dest_id.id,
                        "location_dest_id": move.location_id.id,
                        "sectoral_stream_id": move.sectoral_stream_id.id,
                        "sectoral_destination_id": move.sectoral_destination_id.id,
                    }
                    for move in self
                ]
            )
        )
        counter._action_confirm()
        counter.picked = True
        counter._action_done()
        return counter
