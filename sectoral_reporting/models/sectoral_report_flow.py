# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models, tools
from odoo.tools import SQL

FLOWS = [
    ("inbound", "Collected"),
    ("outbound", "Sorted"),
    ("reused", "Left to be used again"),
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
    - reused: what left the shop floor or the workshop to be used again (sold at the
      tills, sold on to another reuse operator, given away), less what came back.

    A view over stock moves: nothing is entered twice, and the figures are those of
    the inventory. Bridges add their flows to ``_branches`` (the tills' order lines,
    with their amounts)."""

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
            "origin_returned_move_id",
        ],
        "sectoral.destination": ["kind"],
        "stock.location": ["warehouse_id", "reuse_role", "usage"],
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

    # The chain's flows, one SELECT per source: the view puts them together for the
    # dashboard, and the impact report groups each one in a query of its own
    # (_grouped), so that its period and companies reach the tables' indexes. Ids: a
    # source row's id * 8 + the branch's rank.
    _BRANCHES = (
        {
            "flow": "'inbound'::varchar",
            "id": "m.id * 8",
            "date": "m.date",
            "company_id": "m.company_id",
            "warehouse_id": "COALESCE(dest.warehouse_id, src.warehouse_id)",
            "stream_id": "m.sectoral_stream_id",
            "channel_id": "m.sectoral_channel_id",
            "destination_kind": "NULL::varchar",
            "is_estimated": "COALESCE(m.sectoral_is_estimated, FALSE)",
            "kg": "CASE WHEN dest.usage = 'internal' THEN m.quantity "
            "ELSE -m.quantity END",
            "amount": "0.0",
            # collected: the intake receipts, less the returns that corrected them
            "from": """stock_move m
                  JOIN stock_location dest ON dest.id = m.location_dest_id
                  JOIN stock_location src ON src.id = m.location_id
                 WHERE m.state = 'done' AND m.sectoral_intake_id IS NOT NULL""",
        },
        {
            "flow": "'outbound'",
            "id": "m.id * 8 + 1",
            "date": "m.date",
            "company_id": "m.company_id",
            "warehouse_id": "COALESCE(dest.warehouse_id, src.warehouse_id)",
            "stream_id": "m.sectoral_stream_id",
            "channel_id": "NULL::integer",
            "destination_kind": "d.kind",
            "is_estimated": "FALSE",
            "kg": "CASE WHEN dest.usage = 'internal' THEN m.quantity "
            "ELSE -m.quantity END",
            "amount": "0.0",
            # sorted: each output of a sorting session to its destination, less the
            # counter-moves of a corrected session
            "from": """stock_move m
                  JOIN stock_location dest ON dest.id = m.location_dest_id
                  JOIN stock_location src ON src.id = m.location_id
                  JOIN sectoral_destination d ON d.id = m.sectoral_destination_id
                 WHERE m.state = 'done' AND m.sectoral_sorting_id IS NOT NULL""",
        },
        {
            "flow": "'outbound'",
            "id": "m.id * 8 + 2 + k.n",
            "date": "m.date",
            "company_id": "m.company_id",
            "warehouse_id": "src.warehouse_id",
            "stream_id": "m.sectoral_stream_id",
            "channel_id": "NULL::integer",
            "destination_kind": "k.kind",
            "is_estimated": "FALSE",
            "kg": "CASE WHEN k.kind = 'repair' THEN -m.quantity ELSE m.quantity END",
            "amount": "0.0",
            # what the workshop could not repair: from preparation for reuse to its
            # own destination (recycling)
            "from": """stock_move m
                  JOIN stock_location src ON src.id = m.location_id
                  JOIN sectoral_destination d ON d.id = m.sectoral_destination_id
                  CROSS JOIN LATERAL (VALUES (0, 'repair'), (1, d.kind)) AS k(n, kind)
                 WHERE m.state = 'done' AND m.sectoral_sorting_id IS NULL
                   AND src.reuse_role = 'workshop'""",
        },
        {
            "flow": "'reused'",
            "id": "m.id * 8 + 5",
            "date": "m.date",
            "company_id": "m.company_id",
            "warehouse_id": "src.warehouse_id",
            "stream_id": "m.sectoral_stream_id",
            "channel_id": "NULL::integer",
            "destination_kind": "CASE WHEN src.reuse_role = 'workshop' "
            "THEN 'repair' ELSE 'reuse' END",
            "is_estimated": "FALSE",
            "kg": "m.quantity",
            "amount": "0.0",
            # reused: the kilograms that left the shop floor or the workshop for a
            # customer (tills, reuse operators, gifts, repaired items)
            "from": """stock_move m
                  JOIN stock_location dest ON dest.id = m.location_dest_id
                  JOIN stock_location src ON src.id = m.location_id
                 WHERE m.state = 'done' AND m.sectoral_stream_id IS NOT NULL
                   AND src.reuse_role IN ('shop', 'workshop')
                   AND dest.usage = 'customer'""",
        },
        {
            "flow": "'reused'",
            "id": "m.id * 8 + 6",
            "date": "m.date",
            "company_id": "m.company_id",
            "warehouse_id": "dest.warehouse_id",
            "stream_id": "m.sectoral_stream_id",
            "channel_id": "NULL::integer",
            "destination_kind": "CASE WHEN COALESCE(dest.reuse_role, ("
            "SELECT os.reuse_role FROM stock_move o "
            "JOIN stock_location os ON os.id = o.location_id "
            "WHERE o.id = m.origin_returned_move_id)) = 'workshop' "
            "THEN 'repair' ELSE 'reuse' END",
            "is_estimated": "FALSE",
            "kg": "-m.quantity",
            "amount": "0.0",
            # less what came back: a refund into the shop or the workshop, or the
            # return of such an exit wherever the site puts it (only the moves from
            # customers look their origin up)
            "from": """stock_move m
                  JOIN stock_location src ON src.id = m.location_id
                  JOIN stock_location dest ON dest.id = m.location_dest_id
                 WHERE m.state = 'done' AND m.sectoral_stream_id IS NOT NULL
                   AND src.usage = 'customer' AND dest.usage = 'internal'
                   AND (dest.reuse_role IN ('shop', 'workshop')
                        OR EXISTS (
                            SELECT 1
                              FROM stock_move o
                              JOIN stock_location os ON os.id = o.location_id
                             WHERE o.id = m.origin_returned_move_id
                               AND os.reuse_role IN ('shop', 'workshop')))""",
        },
    )
    _COLUMNS = (
        "id",
        "date",
        "flow",
        "company_id",
        "warehouse_id",
        "stream_id",
        "channel_id",
        "destination_kind",
        "is_estimated",
        "kg",
        "amount",
    )
    _KEYS = ("flow", "stream_id", "channel_id", "destination_kind", "is_estimated")

    def _branches(self):
        """The SELECTs of the flows, each a dict of SQL expressions by column, with
        its FROM and WHERE under "from"."""
        return list(self._BRANCHES)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        branches = SQL(" UNION ALL ").join(
            SQL(
                "SELECT %s FROM %s",
                SQL(", ").join(
                    SQL("%s AS %s", SQL(branch[column]), SQL.identifier(column))
                    for column in self._COLUMNS
                ),
                SQL(branch["from"]),
            )
            for branch in self._branches()
        )
        self.env.cr.execute(
            SQL(
                "CREATE VIEW %s AS (SELECT f.*, f.kg / 1000.0 AS tonnes FROM (%s) f)",
                SQL.identifier(self._table),
                branches,
            )
        )

    @api.model
    def _grouped(self, start, end, company_ids, warehouse_ids=None):
        """Kilograms and amounts from ``start`` (included) to ``end`` (excluded), by
        flow, stream, supply channel, destination and weighed/estimated: rows of
        (flow, stream id, channel id, destination kind, is estimated, kg, amount).
        The same figures as grouping the view, in the time of the tables' own
        aggregates."""
        # the tables are read in SQL: what the ORM still holds must reach them first
        self.env.flush_all()
        queries = []
        for branch in self._branches():
            conditions = [
                SQL("%s >= %s", SQL(branch["date"]), start),
                SQL("%s < %s", SQL(branch["date"]), end),
                SQL("%s IN %s", SQL(branch["company_id"]), tuple(company_ids)),
            ]
            if warehouse_ids:
                conditions.append(
                    SQL("%s IN %s", SQL(branch["warehouse_id"]), tuple(warehouse_ids))
                )
            queries.append(
                SQL(
                    "SELECT %s, sum(%s), sum(%s) FROM %s AND %s GROUP BY %s",
                    SQL(", ").join(SQL(branch[key]) for key in self._KEYS),
                    SQL(branch["kg"]),
                    SQL(branch["amount"]),
                    SQL(branch["from"]),
                    SQL(" AND ").join(conditions),
                    SQL(", ").join(SQL(str(n)) for n in range(1, len(self._KEYS) + 1)),
                )
            )
        # one query per flow: PostgreSQL plans each on its own far better than
        # their union (a year of a large enterprise: 0.2 s against 0.5 s)
        rows = []
        for query in queries:
            self.env.cr.execute(query)
            rows += self.env.cr.fetchall()
        return rows
