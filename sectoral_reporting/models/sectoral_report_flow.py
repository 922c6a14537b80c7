# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models, tools
from odoo.tools import SQL

FLOWS = [
    ("inbound", "Collected"),
    ("outbound", "Sorted"),
    ("sold", "Sold in the shops"),
]
DESTINATION_KINDS = [
    ("reuse", "Reuse"),
    ("repair", "Preparation for reuse"),
    ("recycling", "Recycling"),
    ("energy", "Energy recovery"),
    ("disposal", "Disposal"),
]


class SectoralReportFlow(models.Model):
    """The kilograms of the chain, read from the records the other addons write:

    - collected: the moves of the intake receipts (stream, supply channel, weighed or
      estimated);
    - sorted: the moves out of sorting, to each destination; an item the workshop
      could not repair moves from preparation for reuse to recycling;
    - sold: the shops' order lines (stream, kilograms, amount).

    A view over stock moves and order lines: nothing is entered twice, and the
    figures are those of the inventory and the tills."""

    _name = "sectoral.report.flow"
    _description = "Kilograms of the reuse chain"
    _auto = False
    _order = "date desc"
    _depends = {
        "stock.move": [
            "date",
            "state",
            "company_id",
            "quantity",
            "location_id",
            "location_dest_id",
            "sectoral_stream_id",
            "sectoral_destination_id",
            "sectoral_intake_id",
            "sectoral_channel_id",
            "sectoral_is_estimated",
            "sectoral_sorting_id",
        ],
        "pos.order.line": ["order_id", "sectoral_stream_id", "sectoral_weight_kg"],
        "pos.order": ["date_order", "state", "config_id", "company_id"],
        "sectoral.destination": ["kind"],
        "stock.location": ["warehouse_id", "reuse_role"],
    }

    date = fields.Datetime(readonly=True)
    flow = fields.Selection(FLOWS, readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    warehouse_id = fields.Many2one("stock.warehouse", "Site", readonly=True)
    stream_id = fields.Many2one("sectoral.stream", readonly=True)
    channel_id = fields.Many2one("sectoral.channel", "Supply channel", readonly=True)
    destination_kind = fields.Selection(DESTINATION_KINDS, "Destination", readonly=True)
    is_estimated = fields.Boolean("Estimated", readonly=True)
    kg = fields.Float("Kilograms", readonly=True, aggregator="sum")
    tonnes = fields.Float(readonly=True, aggregator="sum", digits=(16, 3))
    amount = fields.Float("Sales (excl. tax)", readonly=True, aggregator="sum")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %(table)s AS (
                    -- ids made from the source rows (no window function), so that
                    -- filters on dates and companies reach the tables' indexes
                    SELECT f.*, f.kg / 1000.0 AS tonnes
                    FROM (
                        -- collected: the intake receipts
                        SELECT m.id * 8 AS id, m.date, 'inbound' AS flow, m.company_id,
                               dest.warehouse_id, m.sectoral_stream_id AS stream_id,
                               m.sectoral_channel_id AS channel_id,
                               NULL AS destination_kind,
                               COALESCE(m.sectoral_is_estimated, FALSE) AS is_estimated,
                               m.quantity AS kg, 0.0 AS amount
                          FROM stock_move m
                          JOIN stock_location dest ON dest.id = m.location_dest_id
                         WHERE m.state = 'done' AND m.sectoral_intake_id IS NOT NULL
                        UNION ALL
                        -- sorted: each output of a sorting session to its destination
                        SELECT m.id * 8 + 1, m.date, 'outbound', m.company_id,
                               dest.warehouse_id, m.sectoral_stream_id, NULL, d.kind,
                               FALSE, m.quantity, 0.0
                          FROM stock_move m
                          JOIN stock_location dest ON dest.id = m.location_dest_id
                          JOIN sectoral_destination d
                            ON d.id = m.sectoral_destination_id
                         WHERE m.state = 'done' AND m.sectoral_sorting_id IS NOT NULL
                        UNION ALL
                        -- what the workshop could not repair: from preparation for
                        -- reuse to its own destination (recycling)
                        SELECT m.id * 8 + 2 + k.n, m.date, 'outbound', m.company_id,
                               src.warehouse_id, m.sectoral_stream_id, NULL, k.kind,
                               FALSE,
                               CASE WHEN k.kind = 'repair' THEN -m.quantity
                                    ELSE m.quantity END, 0.0
                          FROM stock_move m
                          JOIN stock_location src ON src.id = m.location_id
                          JOIN sectoral_destination d
                            ON d.id = m.sectoral_destination_id
                          CROSS JOIN LATERAL (VALUES (0, 'repair'), (1, d.kind))
                                  AS k(n, kind)
                         WHERE m.state = 'done' AND m.sectoral_sorting_id IS NULL
                           AND src.reuse_role = 'workshop'
                        UNION ALL
                        -- sold: the shops' order lines
                        SELECT l.id * 8 + 4, o.date_order, 'sold', o.company_id,
                               c.sectoral_warehouse_id, l.sectoral_stream_id, NULL,
                               NULL, FALSE, l.sectoral_weight_kg, l.price_subtotal
                          FROM pos_order_line l
                          JOIN pos_order o ON o.id = l.order_id
                          JOIN pos_config c ON c.id = o.config_id
                         WHERE o.state IN ('paid', 'done', 'invoiced')
                           AND l.sectoral_stream_id IS NOT NULL
                    ) f
                )
                """,
                table=SQL.identifier(self._table),
            )
        )
