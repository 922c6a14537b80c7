# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralReportFlow(models.Model):
    _inherit = "sectoral.report.flow"
    _depends = {
        "pos.order.line": [
            "order_id",
            "price_subtotal",
            "sectoral_stream_id",
            "sectoral_weight_kg",
        ],
        "pos.order": ["date_order", "state", "config_id", "company_id"],
        "pos.config": ["sectoral_warehouse_id"],
    }

    flow = fields.Selection(selection_add=[("sold", "Sold at the tills")])

    def _branches(self):
        return super()._branches() + [
            {
                "flow": "'sold'",
                "id": "l.id * 8 + 4",
                "date": "o.date_order",
                "company_id": "o.company_id",
                "warehouse_id": "c.sectoral_warehouse_id",
                "stream_id": "l.sectoral_stream_id",
                "channel_id": "NULL::integer",
                "destination_kind": "NULL::varchar",
                "is_estimated": "FALSE",
                "kg": "l.sectoral_weight_kg",
                "amount": "l.price_subtotal",
                # sold: the tills' order lines, with their amounts before tax
                "from": """pos_order_line l
                      JOIN pos_order o ON o.id = l.order_id
                      JOIN pos_config c ON c.id = o.config_id
                     WHERE o.state IN ('paid', 'done', 'invoiced')
                       AND l.sectoral_stream_id IS NOT NULL""",
            }
        ]
