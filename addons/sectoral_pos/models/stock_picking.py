# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _create_move_from_pos_order_lines(self, lines):
        """What a shop sells leaves its stock as kilograms of the streams: a labelled
        item moves its weight, a piece its average weight, a sale by weight its kilos;
        all on the stream's stock product, so that the shop's quants stay in kg."""
        self.ensure_one()
        reused = lines.filtered(
            lambda line: line.sectoral_stream_id and line.sectoral_weight_kg
        )
        others = lines - reused
        if others:
            super()._create_move_from_pos_order_lines(others)
        if not reused:
            return
        kg_by_stream = defaultdict(float)
        for line in reused:
            kg_by_stream[line.sectoral_stream_id] += line.sectoral_weight_kg
        moves = self.env["stock.move"].create(
            [
                {
                    "product_id": stream.product_id.id,
                    "product_uom": stream.product_id.uom_id.id,
                    "product_uom_qty": abs(kg),
                    "picking_id": self.id,
                    "picking_type_id": self.picking_type_id.id,
                    "location_id": self.location_id.id,
                    "location_dest_id": self.location_dest_id.id,
                    "company_id": self.company_id.id,
                    "sectoral_stream_id": stream.id,
                }
                for stream, kg in kg_by_stream.items()
                if not stream.product_id.uom_id.is_zero(kg)
            ]
        )
        confirmed = moves._action_confirm()
        for move in confirmed:
            move.quantity = move.product_uom_qty
        confirmed.picked = True
