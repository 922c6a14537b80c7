# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError


class SectoralCollectionRequest(models.Model):
    """Someone offers goods to be fetched: a household by phone or on the web, a
    company clearing its offices (a paid clearance is invoiced), a recycling centre."""

    _name = "sectoral.collection.request"
    _description = "Collection request"
    _inherit = ["sectoral.site.document", "mail.thread", "mail.activity.mixin"]
    _order = "id desc"

    warehouse_id = fields.Many2one(tracking=True)
    kind = fields.Selection(
        [("collect", "Collection"), ("deliver", "Delivery")],
        default="collect",
        required=True,
        tracking=True,
        help="A round fetches goods given and brings what customers bought in the "
        "same trip.",
    )
    state = fields.Selection(
        [
            ("new", "New"),
            ("scheduled", "Scheduled"),
            ("collected", "Collected"),
            ("delivered", "Delivered"),
            ("failed", "Not done"),
            ("cancel", "Cancelled"),
        ],
        default="new",
        required=True,
        tracking=True,
        copy=False,
    )
    channel_id = fields.Many2one(
        "sectoral.channel",
        "Supply channel",
        required=True,
        default=lambda self: self.env.ref(
            "sectoral_base.channel_door_to_door", raise_if_not_found=False
        ),
    )
    partner_id = fields.Many2one(
        "res.partner", "Donor", check_company=True, tracking=True, index=True
    )
    contact_name = fields.Char("Contact name", tracking=True)
    phone = fields.Char()
    email = fields.Char()
    street = fields.Char()
    zip = fields.Char()
    city = fields.Char()
    country_id = fields.Many2one("res.country")
    floor_access = fields.Char(
        "Access", help="Floor, lift, parking: what the crew should know before coming."
    )
    line_ids = fields.One2many(
        "sectoral.collection.request.line", "request_id", "Goods offered", copy=True
    )
    estimated_volume_m3 = fields.Float("Estimated volume (m³)", digits=(16, 1))
    window_ids = fields.One2many(
        "sectoral.collection.window", "request_id", "Preferred time windows", copy=True
    )
    photo_ids = fields.Many2many("ir.attachment", string="Photos")
    booked_date = fields.Date(
        "Booked round",
        compute="_compute_booked",
        store=True,
        index=True,
        help="The day of the round the giver booked on the public form.",
    )
    booked_period = fields.Selection(
        [("morning", "Morning"), ("afternoon", "Afternoon")],
        compute="_compute_booked",
        store=True,
    )
    note = fields.Html()
    stop_ids = fields.One2many("sectoral.round.stop", "request_id", "Round stops")
    is_paid_clearance = fields.Boolean(
        "Paid clearance", help="A clearance invoiced to the customer (a company...)."
    )
    clearance_product_id = fields.Many2one(
        "product.product",
        "Clearance service",
        default=lambda self: self.env.ref(
            "sectoral_collection.product_clearance_service", raise_if_not_found=False
        ),
        check_company=True,
    )
    clearance_amount = fields.Monetary("Clearance price", currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    invoice_id = fields.Many2one(
        "account.move", readonly=True, copy=False, check_company=True
    )

    _clearance_amount_positive = models.Constraint(
        "CHECK (clearance_amount >= 0)", "A clearance price cannot be negative."
    )

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        partner = self.partner_id
        if partner:
            self.update(
                {
                    "contact_name": partner.name,
                    "phone": partner.phone,
                    "email": partner.email,
                    "street": partner.street,
                    "zip": partner.zip,
                    "city": partner.city,
                    "country_id": partner.country_id,
                }
            )

    @api.depends("window_ids.capacity_slot_id", "window_ids.date")
    def _compute_booked(self):
        for request in self:
            booked = request.window_ids.filtered("capacity_slot_id")[:1]
            request.booked_date = booked.date
            request.booked_period = booked.capacity_slot_id.period

    @api.depends("name", "contact_name", "partner_id")
    def _compute_display_name(self):
        for request in self:
            who = request.partner_id.name or request.contact_name
            request.display_name = f"{request.name} - {who}" if who else request.name

    _workflow_fields = frozenset({"state", "invoice_id"})

    def action_cancel(self):
        if self.filtered(lambda r: r.state in ("collected", "delivered")):
            raise UserError(
                self.env._("A request collected or delivered cannot be cancelled.")
            )
        self._workflow_write({"state": "cancel"})

    def _mark_done(self):
        """The crew did it: the goods were collected, or delivered."""
        for request in self:
            request._workflow_write(
                {"state": "delivered" if request.kind == "deliver" else "collected"}
            )

    def action_reset(self):
        self.filtered(lambda r: r.state in ("cancel", "failed"))._workflow_write(
            {"state": "new"}
        )

    def action_create_invoice(self):
        """Invoice a paid clearance with a standard customer invoice."""
        for request in self:
            if not request.is_paid_clearance:
                raise UserError(
                    self.env._(
                        "%(request)s is not a paid clearance.", request=request.name
                    )
                )
            if request.invoice_id:
                raise UserError(
                    self.env._(
                        "%(request)s is already invoiced (%(invoice)s).",
                        request=request.name,
                        invoice=request.invoice_id.name,
                    )
                )
            if not request.partner_id:
                raise UserError(
                    self.env._(
                        "Set the customer of %(request)s first.", request=request.name
                    )
                )
            if not request.clearance_product_id or request.clearance_amount <= 0:
                raise UserError(
                    self.env._(
                        "Set the clearance service and its price on %(request)s first.",
                        request=request.name,
                    )
                )
            invoice = self.env["account.move"].create(
                {
                    "move_type": "out_invoice",
                    "company_id": request.company_id.id,
                    "partner_id": request.partner_id.id,
                    "invoice_origin": request.name,
                    "invoice_line_ids": [
                        fields.Command.create(
                            {
                                "product_id": request.clearance_product_id.id,
                                "name": self.env._(
                                    "Clearance %(request)s", request=request.name
                                ),
                                "quantity": 1,
                                "price_unit": request.clearance_amount,
                            }
                        )
                    ],
                }
            )
            request._workflow_write({"invoice_id": invoice.id})
        return self.action_view_invoice()

    def action_view_invoice(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": self.invoice_id.id,
            "view_mode": "form",
        }


class SectoralCollectionRequestLine(models.Model):
    _name = "sectoral.collection.request.line"
    _description = "Goods offered in a collection request"

    request_id = fields.Many2one(
        "sectoral.collection.request", required=True, ondelete="cascade", index=True
    )
    stream_id = fields.Many2one("sectoral.stream", required=True)
    quantity = fields.Integer("Items", default=1)
    description = fields.Char()

    _quantity_positive = models.Constraint(
        "CHECK (quantity >= 0)", "The number of items cannot be negative."
    )


class SectoralCollectionWindow(models.Model):
    _name = "sectoral.collection.window"
    _description = "Preferred time window of a collection request"
    _order = "date, slot"

    request_id = fields.Many2one(
        "sectoral.collection.request", required=True, ondelete="cascade", index=True
    )
    date = fields.Date(required=True)
    slot = fields.Selection(
        [("morning", "Morning"), ("afternoon", "Afternoon"), ("day", "All day")],
        required=True,
        default="day",
    )
    capacity_slot_id = fields.Many2one(
        "sectoral.collection.slot",
        "Booked round",
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
        help="The weekly round whose place the giver booked on the public form.",
    )
