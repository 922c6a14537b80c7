# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from markupsafe import Markup

from odoo import models


class PosOrder(models.Model):
    _inherit = "pos.order"

    def action_pos_order_paid(self):
        res = super().action_pos_order_paid()
        self._sectoral_settle_web_orders()
        return res

    def _sectoral_settle_web_orders(self):
        """Web orders paid at the till: their items leave with the till's own
        transfer, so the web order's hand-over of those items is dropped, and the
        payment it waited for is no longer awaited."""
        for pos_order in self:
            lines = pos_order.lines.filtered(
                lambda line: line.sectoral_web_line_id and line.qty > 0
            )
            for web_order, web_lines in (
                lines.sectoral_web_line_id.sudo().grouped("order_id").items()
            ):
                barcodes = set(web_lines._sectoral_labels().mapped("barcode"))
                moves = web_order.sectoral_item_picking_ids.move_ids.filtered(
                    lambda move, barcodes=barcodes: (
                        move.description_picking in barcodes
                        and move.state not in ("done", "cancel")
                    )
                )
                moves._action_cancel()
                if web_order._sectoral_settled_at_till():
                    web_order.transaction_ids.filtered(
                        lambda tx: tx.state in ("draft", "pending")
                    )._set_canceled(
                        state_message=self.env._(
                            "Paid at the till: %s", pos_order.pos_reference
                        )
                    )
                web_order.message_post(
                    body=Markup("%s")
                    % self.env._(
                        "Collected and paid at the till: %(order)s (%(items)s).",
                        order=pos_order.pos_reference or pos_order.name,
                        items=", ".join(sorted(barcodes)),
                    ),
                    subtype_xmlid="mail.mt_note",
                )
