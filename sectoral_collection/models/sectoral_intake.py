# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare, float_is_zero


class SectoralIntake(models.Model):
    """What came in at a site in one go: a van unloaded after a round, a donor dropping
    bags at the door. Its weighing lines become, once validated, one standard receipt
    into the site's intake location with one move per stream in kilograms."""

    _name = "sectoral.intake"
    _description = "Intake"
    _inherit = ["sectoral.site.document", "mail.thread"]
    _order = "date desc, id desc"

    warehouse_id = fields.Many2one(required=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now)
    user_id = fields.Many2one(
        "res.users", "Weighed by", default=lambda self: self.env.user, readonly=True
    )
    partner_id = fields.Many2one(
        "res.partner",
        "Donor",
        check_company=True,
        index="btree_not_null",
        help="Leave empty for an anonymous walk-in.",
    )
    channel_id = fields.Many2one(
        "sectoral.channel", "Supply channel", required=True, check_company=True
    )
    round_id = fields.Many2one(
        "sectoral.round", check_company=True, index="btree_not_null"
    )
    stop_id = fields.Many2one(
        "sectoral.round.stop",
        "Round stop",
        check_company=True,
        domain="[('round_id', '=', round_id)]",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Validated"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    line_ids = fields.One2many("sectoral.intake.line", "intake_id", "Weighings")
    total_kg = fields.Float(
        "Total (kg)", compute="_compute_totals", store=True, digits="Stock Weight"
    )
    has_estimate = fields.Boolean(
        "Estimated",
        compute="_compute_totals",
        store=True,
        help="Some items were counted.",
    )
    picking_id = fields.Many2one(
        "stock.picking", "Receipt", readonly=True, copy=False, check_company=True
    )
    client_token = fields.Char(
        copy=False,
        readonly=True,
        help="Identifier given by the tablet, so that a submission sent twice is "
        "recorded once.",
    )

    _client_token_uniq = models.UniqueIndex(
        "(company_id, client_token) WHERE client_token IS NOT NULL",
        "This intake was already received.",
    )

    @api.depends("line_ids.net_kg", "line_ids.is_estimated")
    def _compute_totals(self):
        for intake in self:
            intake.total_kg = sum(intake.line_ids.mapped("net_kg"))
            intake.has_estimate = any(intake.line_ids.mapped("is_estimated"))

    @api.onchange("stop_id")
    def _onchange_stop_id(self):
        if self.stop_id:
            self.round_id = self.stop_id.round_id
            self.partner_id = self.stop_id.partner_id
            if self.stop_id.request_id:
                self.channel_id = self.stop_id.request_id.channel_id

    _frozen_writable_fields = frozenset(
        {"state", "picking_id", "message_main_attachment_id"}
    )

    _frozen_states = frozenset(("done", "cancel"))

    def _frozen_message(self):
        return self.env._(
            "A validated intake cannot be changed: correct it with a return of its "
            "receipt, in the inventory."
        )

    def _undeletable_message(self):
        return self.env._("A validated intake cannot be deleted.")

    # --- validation -------------------------------------------------------------------
    def action_validate(self):
        """Make the standard receipt of each intake: one move per stream, in kg, from
        the donations location to the site's intake location, done at once."""
        for intake in self:
            intake._check_can_validate()
        for intake in self:
            picking = intake._create_receipt()
            intake.write({"state": "done", "picking_id": picking.id})
            if intake.stop_id and intake.stop_id.outcome == "pending":
                intake.stop_id.write({"outcome": "collected", "intake_id": intake.id})
        return True

    def _check_can_validate(self):
        self.ensure_one()
        if self.state != "draft":
            raise UserError(
                self.env._("Intake %(intake)s is already validated.", intake=self.name)
            )
        if not self.line_ids:
            raise UserError(
                self.env._("Intake %(intake)s has no weighing.", intake=self.name)
            )
        if not self.warehouse_id.reuse_intake_location_id:
            raise UserError(
                self.env._(
                    "Site %(site)s has no intake location: set it up as a reuse site.",
                    site=self.warehouse_id.name,
                )
            )

    def _create_receipt(self):
        self.ensure_one()
        warehouse = self.warehouse_id
        kg_by_stream = defaultdict(float)
        estimated_streams = set()
        for line in self.line_ids:
            kg_by_stream[line.stream_id] += line.net_kg
            if line.is_estimated:
                estimated_streams.add(line.stream_id)
        source = self.env.ref("sectoral_base.stock_location_donations")
        destination = warehouse.reuse_intake_location_id
        common = {
            "location_id": source.id,
            "location_dest_id": destination.id,
            "company_id": self.company_id.id,
            "sectoral_intake_id": self.id,
            "sectoral_channel_id": self.channel_id.id,
            "sectoral_donor_id": self.partner_id.id,
            "sectoral_round_id": self.round_id.id,
        }
        moves = []
        for stream, kg in kg_by_stream.items():
            product = stream.product_id
            moves.append(
                {
                    **common,
                    "product_id": product.id,
                    "product_uom": product.uom_id.id,
                    "product_uom_qty": kg,
                    "quantity": kg,
                    "picked": True,
                    "sectoral_stream_id": stream.id,
                    "sectoral_is_estimated": stream in estimated_streams,
                }
            )
        # The receipt is the stock side of the intake: made with the rights of the
        # intake itself (an intake operator is not an inventory user).
        picking = (
            self.env["stock.picking"]
            .sudo()
            .create(
                {
                    "picking_type_id": warehouse.in_type_id.id,
                    "location_id": source.id,
                    "location_dest_id": destination.id,
                    "partner_id": self.partner_id.id,
                    "origin": self.name,
                    "company_id": self.company_id.id,
                    "move_ids": [fields.Command.create(vals) for vals in moves],
                }
            )
        )
        picking.action_confirm()
        picking.move_ids.write({"picked": True})
        picking._action_done()
        if picking.state != "done":
            raise UserError(
                self.env._(
                    "The receipt of %(intake)s could not be done.", intake=self.name
                )
            )
        return picking

    def action_cancel(self):
        """Cancel a draft intake. A validated one is undone by returning its receipt
        in the inventory, as any receipt."""
        if self.filtered(lambda i: i.state == "done"):
            raise UserError(
                self.env._(
                    "A validated intake is corrected by a return of its receipt, in "
                    "the inventory."
                )
            )
        self.write({"state": "cancel"})

    def action_view_receipt(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.picking",
            "res_id": self.picking_id.id,
            "view_mode": "form",
        }

    def action_print_receipt(self):
        return self.env.ref(
            "sectoral_collection.action_report_donor_receipt"
        ).report_action(self)

    # --- the intake tablet ------------------------------------------------------------
    @api.model
    def tablet_load(self):
        """Everything the intake tablet shows, in the user's language, in one call."""
        company = self.env.company
        domain = [("company_id", "in", [False, company.id])]
        sites = self.env["stock.warehouse"].search(
            [("is_reuse_site", "=", True), ("company_id", "=", company.id)]
        )
        return {
            "streams": self.env["sectoral.stream"]._tablet_tiles(company),
            "containers": [
                {"id": c.id, "name": c.name, "icon": c.icon or "", "tare_kg": c.tare_kg}
                for c in self.env["sectoral.container"].search(domain)
            ],
            "channels": [
                {"id": c.id, "name": c.name, "icon": c.icon or ""}
                for c in self.env["sectoral.channel"].search(domain)
            ],
            "sites": [
                {"id": w.id, "name": w.name, "max_kg": w.reuse_max_weighing_kg}
                for w in sites
            ],
        }

    @api.model
    def tablet_submit(self, payload):
        """Record a whole intake from the tablet and validate it, in one transaction.

        ``payload``: ``{client_token, warehouse_id, channel_id, partner_id?, stop_id?,
        lines: [{stream_id, gross_kg?, tare_kg?, container_id?, count?}]}``.
        A payload whose client_token was already received returns the intake recorded
        the first time: a tablet that lost the answer can send again safely."""
        token = payload.get("client_token")
        if not token:
            raise UserError(self.env._("The tablet sent no submission identifier."))
        existing = self.search(
            [("client_token", "=", token), ("company_id", "=", self.env.company.id)],
            limit=1,
        )
        if existing:
            return existing._tablet_result(duplicate=True)
        if not payload.get("lines"):
            raise UserError(self.env._("Weigh at least one thing before validating."))
        stop = self.env["sectoral.round.stop"].browse(payload.get("stop_id") or [])
        intake = self.create(
            {
                "client_token": token,
                "warehouse_id": payload.get("warehouse_id"),
                "channel_id": payload.get("channel_id"),
                "partner_id": payload.get("partner_id") or stop.partner_id.id,
                "round_id": stop.round_id.id,
                "stop_id": stop.id,
                "line_ids": [
                    fields.Command.create(self._tablet_line_vals(line))
                    for line in payload["lines"]
                ],
            }
        )
        intake.action_validate()
        return intake._tablet_result(duplicate=False)

    @api.model
    def _tablet_line_vals(self, line):
        if not line.get("stream_id"):
            raise UserError(self.env._("Choose a stream for each weighing."))
        vals = {
            "stream_id": line.get("stream_id"),
            "gross_kg": line.get("gross_kg") or 0.0,
            "count": line.get("count") or 0,
        }
        # A container's tare comes from its record, never from the tablet's copy.
        if line.get("container_id"):
            vals["container_id"] = line["container_id"]
        else:
            vals["tare_kg"] = line.get("tare_kg") or 0.0
        return vals

    def _tablet_result(self, duplicate):
        self.ensure_one()
        return {
            "id": self.id,
            "name": self.name,
            "total_kg": self.total_kg,
            "duplicate": duplicate,
        }


class SectoralIntakeLine(models.Model):
    """One weighing: a stream, its gross weight less the container's tare, or a number
    of items converted with the stream's average weight (then marked as estimated)."""

    _name = "sectoral.intake.line"
    _inherit = ["sectoral.site.document.line"]
    _document_field = "intake_id"
    _description = "Intake weighing"
    _order = "intake_id, id"

    intake_id = fields.Many2one(
        "sectoral.intake", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="intake_id.company_id", store=True)
    stream_id = fields.Many2one("sectoral.stream", required=True)
    container_id = fields.Many2one("sectoral.container")
    gross_kg = fields.Float("Gross (kg)", digits="Stock Weight")
    tare_kg = fields.Float(
        "Tare (kg)",
        digits="Stock Weight",
        compute="_compute_tare_kg",
        store=True,
        readonly=False,
    )
    count = fields.Integer("Items", help="Counted instead of weighed.")
    net_kg = fields.Float(
        "Net (kg)", digits="Stock Weight", compute="_compute_net_kg", store=True
    )
    is_estimated = fields.Boolean("Estimated", compute="_compute_net_kg", store=True)

    @api.depends("container_id")
    def _compute_tare_kg(self):
        for line in self:
            line.tare_kg = line.container_id.tare_kg

    @api.depends("gross_kg", "tare_kg", "count", "stream_id.avg_weight_kg")
    def _compute_net_kg(self):
        for line in self:
            if line.gross_kg:
                line.net_kg = line.gross_kg - line.tare_kg
                line.is_estimated = False
            else:
                line.net_kg = line.count * line.stream_id.avg_weight_kg
                line.is_estimated = bool(line.count)

    @api.constrains("gross_kg", "tare_kg", "count", "net_kg", "stream_id")
    def _check_weight(self):
        precision = self.env["decimal.precision"].precision_get("Stock Weight")
        for line in self:
            stream = line.stream_id.display_name
            if line.gross_kg < 0 or line.tare_kg < 0 or line.count < 0:
                raise ValidationError(
                    self.env._(
                        "Weights and counts cannot be negative (%(stream)s).",
                        stream=stream,
                    )
                )
            if (
                line.gross_kg
                and float_compare(
                    line.tare_kg, line.gross_kg, precision_digits=precision
                )
                >= 0
            ):
                raise ValidationError(
                    self.env._(
                        "The tare (%(tare)s kg) must be less than the gross weight "
                        "(%(gross)s kg).",
                        tare=line.tare_kg,
                        gross=line.gross_kg,
                    )
                )
            if not line.gross_kg and line.count and not line.stream_id.avg_weight_kg:
                raise ValidationError(
                    self.env._(
                        "%(stream)s has no average weight: weigh it instead of "
                        "counting.",
                        stream=stream,
                    )
                )
            if float_is_zero(line.net_kg, precision_digits=precision):
                raise ValidationError(
                    self.env._(
                        "A weighing of %(stream)s needs a weight or a number of items.",
                        stream=stream,
                    )
                )
            maximum = line.intake_id.warehouse_id.reuse_max_weighing_kg
            if maximum and line.gross_kg > maximum:
                raise ValidationError(
                    self.env._(
                        "%(weight)s kg is more than the largest weighing accepted at "
                        "%(site)s (%(max)s kg): check the figure.",
                        weight=line.gross_kg,
                        site=line.intake_id.warehouse_id.name,
                        max=maximum,
                    )
                )
