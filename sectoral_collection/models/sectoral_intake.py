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
        [
            ("draft", "Draft"),
            ("done", "Validated"),
            ("reversed", "Reversed"),
            ("cancel", "Cancelled"),
        ],
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
    reversal_picking_id = fields.Many2one(
        "stock.picking",
        "Return",
        readonly=True,
        copy=False,
        check_company=True,
        help="The return of the receipt that reversed this intake.",
    )
    correction_reason = fields.Text(
        "Reason for the correction", readonly=True, copy=False, tracking=True
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

    _workflow_fields = frozenset(
        {
            "state",
            "picking_id",
            "reversal_picking_id",
            "correction_reason",
            "client_token",
        }
    )
    _frozen_states = frozenset(("done", "reversed", "cancel"))

    def _stock_moves(self):
        return self.env["stock.move"].search([("sectoral_intake_id", "in", self.ids)])

    def _frozen_message(self):
        return self.env._(
            "A validated intake cannot be changed: a manager corrects it (Correct "
            "button)."
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
            intake._workflow_write({"state": "done", "picking_id": picking.id})
            if intake.stop_id and intake.stop_id.outcome == "pending":
                # the stop's outcome follows from its intake, whoever weighs it (an
                # intake operator unloading a driver's round has no right on rounds)
                intake.stop_id.sudo().write(
                    {"outcome": "collected", "intake_id": intake.id}
                )
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
        # once only: an intake that already moved stock never makes a second receipt
        if self.picking_id or self.sudo()._stock_moves():
            raise UserError(
                self.env._(
                    "Intake %(intake)s already has its receipt.", intake=self.name
                )
            )
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
        # each intake its own quants: tablets validating at once never wait on
        # each other (stock_quant.py)
        picking.with_context(sectoral_intake_quants=True)._action_done()
        if picking.state != "done":
            raise UserError(
                self.env._(
                    "The receipt of %(intake)s could not be done.", intake=self.name
                )
            )
        if self.date < picking.date_done:
            # weighed earlier (kept on a tablet while offline): the kilograms came in
            # when they were weighed, and count in that day's figures
            picking.move_ids.move_line_ids.write({"date": self.date})
            picking.move_ids.write({"date": self.date})
            picking.date_done = self.date
        return picking

    def action_cancel(self):
        """Cancel a draft intake. A validated one is undone by returning its receipt
        in the inventory, as any receipt."""
        if self.filtered(lambda i: i.state != "draft"):
            raise UserError(
                self.env._(
                    "Only a draft intake can be cancelled: a validated one is "
                    "corrected (Correct button)."
                )
            )
        self._workflow_write({"state": "cancel"})

    # --- correction -------------------------------------------------------------------
    def _check_can_reverse(self):
        self.ensure_one()
        if self.state != "done" or self.picking_id.state != "done":
            raise UserError(
                self.env._(
                    "Only a validated intake can be corrected (%(intake)s).",
                    intake=self.name,
                )
            )

    def _reverse(self, reason):
        """Return the intake's receipt in full (the kilograms leave the intake pile
        back to the donations location) and mark the intake as reversed. A new intake
        with the right figures is then weighed, or made from this one."""
        self.ensure_one()
        self._check_can_reverse()
        receipt = self.picking_id.sudo()
        kg_by_stream = defaultdict(float)
        for move in receipt.move_ids.filtered(lambda m: m.state == "done"):
            kg_by_stream[move.sectoral_stream_id] += move.quantity
        self.env["sectoral.stream"]._check_available_kg(
            self.warehouse_id.reuse_intake_location_id, kg_by_stream
        )
        wizard = (
            self.env["stock.return.picking"]
            .sudo()
            .with_context(active_id=receipt.id, active_model="stock.picking")
            .create({"picking_id": receipt.id})
        )
        for line in wizard.product_return_moves:
            line.quantity = line.move_id.quantity
        returned = wizard._create_return()
        for move in returned.move_ids:
            move.quantity = move.product_uom_qty
        returned.move_ids.picked = True
        returned._action_done()
        if returned.state != "done":
            raise UserError(
                self.env._(
                    "The return of %(intake)s could not be done.", intake=self.name
                )
            )
        self._workflow_write(
            {
                "state": "reversed",
                "reversal_picking_id": returned.id,
                "correction_reason": reason,
            }
        )
        return returned

    def action_correct_copy(self):
        """A draft intake with the same donor, channel and weighings as this reversed
        one, to fix and validate."""
        self.ensure_one()
        if self.state != "reversed":
            raise UserError(self.env._("Reverse the intake before weighing it again."))
        copy = self.copy(
            {
                "date": self.date,
                "line_ids": [
                    fields.Command.create(line.copy_data({"intake_id": False})[0])
                    for line in self.line_ids
                ],
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": copy.id,
            "view_mode": "form",
        }

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
