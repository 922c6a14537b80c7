# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step


class RepairOrder(models.Model):
    """A reused item repaired in the workshop: once repaired it goes to the shop with a
    price label; an item that cannot be repaired goes to the recycling pile."""

    _inherit = "repair.order"

    sectoral_stream_id = fields.Many2one(
        "sectoral.stream", "Material stream", index="btree_not_null"
    )
    sectoral_sorting_id = fields.Many2one(
        "sectoral.sorting.session",
        "Sorting session",
        index="btree_not_null",
        readonly=True,
    )
    sectoral_item = fields.Char(
        "Item", help="What the item is, in a few words: printed on its price label."
    )
    sectoral_resale_price = fields.Monetary(
        "Resale price",
        currency_field="company_currency_id",
        help="The price of the repaired item in the shop, printed on its label.",
    )
    company_currency_id = fields.Many2one(related="company_id.currency_id")
    sectoral_grade = fields.Selection(
        [("a", "As new"), ("b", "Good"), ("c", "Fair")], "Grade", default="b"
    )
    sectoral_label_id = fields.Many2one(
        "sectoral.label", "Price label", readonly=True, copy=False
    )
    sectoral_unrepairable = fields.Boolean(
        "Not repairable", readonly=True, copy=False, tracking=True
    )

    _sectoral_resale_price_positive = models.Constraint(
        "CHECK (sectoral_resale_price >= 0)", "A resale price cannot be negative."
    )

    @api.onchange("product_id")
    def _onchange_product_sectoral_stream(self):
        self.sectoral_stream_id = self.env["sectoral.stream"].search(
            [("product_id", "=", self.product_id.id)], limit=1
        )

    def _sectoral_site(self):
        return self.product_location_src_id.warehouse_id

    def action_repair_done(self):
        for repair in self.filtered(
            lambda r: r.sectoral_stream_id and not r.sectoral_unrepairable
        ):
            if repair.sectoral_resale_price <= 0:
                raise UserError(
                    self.env._(
                        "Give %(repair)s its resale price: the repaired item goes to "
                        "the shop with a price label.",
                        repair=repair.name,
                    )
                )
        res = super().action_repair_done()
        recycling = self.env.ref("sectoral_base.destination_recycling")
        for repair in self.filtered("sectoral_stream_id"):
            # the move out of the workshop counts by stream; a failed repair counts as
            # recycled
            with workflow_step():
                repair.move_id.sectoral_stream_id = repair.sectoral_stream_id
                if repair.sectoral_unrepairable:
                    repair.move_id.sectoral_destination_id = recycling
            if not repair.sectoral_unrepairable:
                repair._sectoral_create_label()
        return res

    def _sectoral_create_label(self):
        self.ensure_one()
        # the repaired item is on sale at once: its workflow, not a client's choice
        with workflow_step():
            label = self.env["sectoral.label"].create(
                {
                    "company_id": self.company_id.id,
                    "warehouse_id": self._sectoral_site().id,
                    "stream_id": self.sectoral_stream_id.id,
                    "description": self.sectoral_item,
                    "weight_kg": self.product_qty,
                    "price": self.sectoral_resale_price,
                    "grade": self.sectoral_grade or "b",
                    "state": "available",
                }
            )
        self.sectoral_label_id = label

    def action_sectoral_not_repairable(self):
        """The item cannot be repaired: it leaves the workshop for the recycling pile
        of the site, through the repair order's own stock move."""
        for repair in self:
            recycling = repair._sectoral_site().reuse_recycling_location_id
            if not repair.sectoral_stream_id or not recycling:
                raise UserError(
                    self.env._(
                        "%(repair)s is not a repair of reused goods.",
                        repair=repair.name,
                    )
                )
            if repair.state in ("done", "cancel"):
                raise UserError(
                    self.env._("%(repair)s is already closed.", repair=repair.name)
                )
            repair.write(
                {
                    "sectoral_unrepairable": True,
                    "product_location_dest_id": recycling.id,
                }
            )
            if repair.state == "draft":
                repair._action_repair_confirm()
            if repair.state == "confirmed":
                repair.action_repair_start()
            repair.action_repair_end()
        return True

    def action_sectoral_print_label(self):
        return self.sectoral_label_id.action_print()
