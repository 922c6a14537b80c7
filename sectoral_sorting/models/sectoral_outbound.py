# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

# kind -> (site location role it leaves from, document it makes)
OUTBOUND_KINDS = [
    ("recycling_sale", "Sold to a recycler"),
    ("rep_handover", "Handed to an eco-organism"),
    ("disposal", "Disposed of"),
    ("reuse_sale", "Sold on to another reuse operator"),
    ("giveaway", "Given away (free items, social donation)"),
]
SOURCE_ROLE = {
    "recycling_sale": "recycling",
    "rep_handover": "recycling",
    "disposal": "waste",
    # goods that leave to be used again go from the shop floor
    "reuse_sale": "shop",
    "giveaway": "shop",
}
SALES = ("recycling_sale", "reuse_sale")


class SectoralOutbound(models.Model):
    """What leaves the site in bulk: recyclables sold by the tonne (a customer
    invoice), handed to an eco-organism (with the weighbridge ticket), waste disposed
    of (its cost as a vendor bill), or goods from the shop sold on to another reuse
    operator or given away (they leave to be used again). Each is a standard delivery
    of kilograms."""

    _name = "sectoral.outbound"
    _inherit = ["sectoral.site.document", "mail.thread"]
    _description = "Outgoing shipment"
    _order = "date desc, id desc"

    warehouse_id = fields.Many2one(required=True)
    kind = fields.Selection(OUTBOUND_KINDS, required=True, default="recycling_sale")
    partner_id = fields.Many2one(
        "res.partner",
        "Taken by",
        required=True,
        check_company=True,
        help="The recycler, the eco-organism, the waste company, or who takes the "
        "goods to use them again.",
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    weighbridge_ref = fields.Char(
        "Weighbridge ticket",
        help="Reference of the ticket of the weighing at departure.",
    )
    line_ids = fields.One2many("sectoral.outbound.line", "outbound_id", "Kilograms")
    total_kg = fields.Float(
        "Total (kg)", compute="_compute_total", store=True, digits="Stock Weight"
    )
    price_per_tonne = fields.Monetary(
        "Price per tonne",
        currency_field="currency_id",
        help="What the recycler pays, or what the disposal costs, per tonne.",
    )
    amount = fields.Monetary(
        compute="_compute_total", store=True, currency_field="currency_id"
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Shipped")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    picking_id = fields.Many2one("stock.picking", "Delivery", readonly=True, copy=False)
    invoice_id = fields.Many2one(
        "account.move", "Invoice or bill", readonly=True, copy=False
    )

    _price_positive = models.Constraint(
        "CHECK (price_per_tonne >= 0)", "A price per tonne cannot be negative."
    )

    @api.depends("line_ids.kg", "price_per_tonne")
    def _compute_total(self):
        for outbound in self:
            outbound.total_kg = sum(outbound.line_ids.mapped("kg"))
            outbound.amount = outbound.currency_id.round(
                outbound.total_kg / 1000 * outbound.price_per_tonne
            )

    _workflow_fields = frozenset({"state", "picking_id", "invoice_id"})

    _frozen_states = frozenset(("done",))

    def _frozen_message(self):
        return self.env._("A shipped outbound cannot be changed.")

    def _undeletable_message(self):
        return self.env._("A shipped outbound cannot be deleted.")

    def action_ship(self):
        for outbound in self:
            outbound._check_can_ship()
        for outbound in self:
            # once only: a shipped outbound never makes a second delivery
            if outbound.picking_id:
                raise UserError(
                    self.env._("%(name)s is already shipped.", name=outbound.name)
                )
            outbound._workflow_write({"picking_id": outbound._create_delivery().id})
            outbound._workflow_write(
                {"invoice_id": outbound._create_invoice().id, "state": "done"}
            )
        return True

    def _stock_moves(self):
        return self.sudo().picking_id.move_ids

    def _source_location(self):
        return self.warehouse_id._get_reuse_location(SOURCE_ROLE[self.kind])

    def _check_can_ship(self):
        self.ensure_one()
        if self.state != "draft":
            raise UserError(self.env._("%(name)s is already shipped.", name=self.name))
        if not self.line_ids:
            raise UserError(
                self.env._("Say which streams and how many kilograms leave.")
            )
        if self.kind == "rep_handover" and not self.weighbridge_ref:
            raise UserError(
                self.env._(
                    "A handover to an eco-organism needs its weighbridge ticket."
                )
            )
        if self.kind == "recycling_sale" and not self.price_per_tonne:
            raise UserError(self.env._("Give the price per tonne the recycler pays."))
        kg_by_stream = defaultdict(float)
        for line in self.line_ids:
            kg_by_stream[line.stream_id] += line.kg
        self.env["sectoral.stream"]._check_available_kg(
            self._source_location(), kg_by_stream
        )

    def _create_delivery(self):
        source = self._source_location()
        customers = self.env.ref("stock.stock_location_customers")
        picking = (
            self.env["stock.picking"]
            .sudo()
            .create(
                {
                    "picking_type_id": self.warehouse_id.out_type_id.id,
                    "location_id": source.id,
                    "location_dest_id": customers.id,
                    "partner_id": self.partner_id.id,
                    "origin": self.name,
                    "company_id": self.company_id.id,
                    "move_ids": [
                        Command.create(
                            {
                                "product_id": line.stream_id.product_id.id,
                                "product_uom": line.stream_id.product_id.uom_id.id,
                                "product_uom_qty": line.kg,
                                "quantity": line.kg,
                                "picked": True,
                                "location_id": source.id,
                                "location_dest_id": customers.id,
                                "company_id": self.company_id.id,
                                "sectoral_stream_id": line.stream_id.id,
                                "sectoral_destination_id": line.destination_id.id,
                            }
                        )
                        for line in self.line_ids
                    ],
                }
            )
        )
        picking.action_confirm()
        picking.move_ids.picked = True
        picking._action_done()
        return picking

    def _create_invoice(self):
        """A customer invoice for a sale, a vendor bill for a paid disposal; a
        handover to an eco-organism is declared, not invoiced here."""
        if self.kind in ("rep_handover", "giveaway") or not self.price_per_tonne:
            return self.env["account.move"]
        move_type = "out_invoice" if self.kind in SALES else "in_invoice"
        return self.env["account.move"].create(
            {
                "move_type": move_type,
                "company_id": self.company_id.id,
                "partner_id": self.partner_id.id,
                "invoice_origin": self.name,
                "ref": self.weighbridge_ref or False,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": line.stream_id.product_id.id,
                            "name": self.env._(
                                "%(stream)s: %(kg)s kg at %(price)s per tonne "
                                "(%(outbound)s)",
                                stream=line.stream_id.display_name,
                                kg=line.kg,
                                price=self.price_per_tonne,
                                outbound=self.name,
                            ),
                            # the kilograms are on the delivery; the line carries the
                            # exact amount (tonnes would be rounded as a quantity)
                            "quantity": 1,
                            "product_uom_id": False,
                            "price_unit": self.currency_id.round(
                                line.kg / 1000 * self.price_per_tonne
                            ),
                            "tax_ids": [Command.clear()],
                        }
                    )
                    for line in self.line_ids
                ],
            }
        )


class SectoralOutboundLine(models.Model):
    _name = "sectoral.outbound.line"
    _inherit = ["sectoral.stream.kg.line"]
    _document_field = "outbound_id"
    _description = "Kilograms of a stream in an outgoing shipment"

    outbound_id = fields.Many2one(
        "sectoral.outbound", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="outbound_id.company_id", store=True)
    destination_id = fields.Many2one(
        "sectoral.destination",
        required=True,
        help="Reuse, recycling or disposal, from the kind of shipment unless given.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        outbounds = self.env["sectoral.outbound"].browse(
            [v["outbound_id"] for v in vals_list if v.get("outbound_id")]
        )
        destination = {
            "disposal": self.env.ref("sectoral_base.destination_disposal"),
            "reuse_sale": self.env.ref("sectoral_base.destination_reuse"),
            "giveaway": self.env.ref("sectoral_base.destination_reuse"),
        }
        recycling = self.env.ref("sectoral_base.destination_recycling")
        for vals in vals_list:
            if not vals.get("destination_id") and vals.get("outbound_id"):
                kind = outbounds.browse(vals["outbound_id"]).kind
                vals["destination_id"] = destination.get(kind, recycling).id
        return super().create(vals_list)
