# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.exceptions import UserError


class SectoralSortingSession(models.Model):
    _inherit = "sectoral.sorting.session"

    repair_ids = fields.One2many("repair.order", "sectoral_sorting_id", "Repairs")
    repair_count = fields.Integer(compute="_compute_repair_count")

    def _compute_repair_count(self):
        groups = dict(
            self.env["repair.order"]._read_group(
                [("sectoral_sorting_id", "in", self.ids)],
                ["sectoral_sorting_id"],
                ["__count"],
            )
        )
        for session in self:
            session.repair_count = groups.get(session, 0)

    def _create_moves(self):
        moves = super()._create_moves()
        self._create_repair_orders()
        return moves

    def _create_repair_orders(self):
        """One repair order per item sorted for repair, for the streams repaired item
        by item: the item waits in the workshop and goes to the shop once repaired."""
        self.ensure_one()
        outputs = self.output_ids.filtered(
            lambda o: o.destination_id.kind == "repair" and o.stream_id.repair_by_item
        )
        if not outputs:
            return self.env["repair.order"]
        site = self.warehouse_id
        return (
            self.env["repair.order"]
            .sudo()
            .create(
                [
                    {
                        "company_id": self.company_id.id,
                        "picking_type_id": site.repair_type_id.id,
                        "product_id": output.stream_id.product_id.id,
                        "product_qty": output.kg,
                        "product_uom": output.stream_id.product_id.uom_id.id,
                        "product_location_src_id": site.reuse_workshop_location_id.id,
                        "product_location_dest_id": site.reuse_shop_location_id.id,
                        "sectoral_stream_id": output.stream_id.id,
                        "sectoral_sorting_id": self.id,
                        "internal_notes": self.env._(
                            "Sorted for repair in %(session)s.", session=self.name
                        ),
                    }
                    for output in outputs
                ]
            )
        )

    def action_view_repairs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "repair.action_repair_order_tree"
        )
        action["domain"] = [("sectoral_sorting_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def _reverse(self, reason):
        """The items sent for repair come back from the workshop too: refused once a
        repair has started (the item is the workshop's now), else its order is
        cancelled."""
        repairs = self.sudo().repair_ids
        started = repairs.filtered(lambda r: r.state not in ("draft", "cancel"))
        if started:
            raise UserError(
                self.env._(
                    "Repairs of %(session)s have started (%(repairs)s): the session "
                    "cannot be reversed.",
                    session=self.name,
                    repairs=", ".join(started.mapped("name")),
                )
            )
        repairs.filtered(lambda r: r.state == "draft").action_repair_cancel()
        return super()._reverse(reason)
