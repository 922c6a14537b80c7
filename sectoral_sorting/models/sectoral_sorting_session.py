# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step


class SectoralSortingSession(models.Model):
    """Sorters take kilograms of streams from the intake pile and split them into
    destinations: the shop, the workshop, recyclers, waste. Closing the session moves
    the kilograms in standard stock: each input from the intake location into the
    company's production location (sorting transforms a pile into sorted goods, as a
    manufacturing order does), each output from there to the site location of its
    destination. What went in and did not come out (dust, water) stays there as the
    session's loss, within a tolerance or with a manager's reason."""

    _name = "sectoral.sorting.session"
    _description = "Sorting session"
    # hr.mixin: sorters, who cannot read the employees' records, name themselves
    _inherit = ["sectoral.site.document", "mail.thread", "hr.mixin"]
    _order = "date desc, id desc"

    warehouse_id = fields.Many2one(required=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    sorter_ids = fields.Many2many("hr.employee", string="Sorters", check_company=True)
    work_hours = fields.Float(
        "Working time (h)",
        help="Hours each sorter worked in this session: counts as their time on "
        "production tasks. A session run on the sorting screen counts from its first "
        "weighing to its closing unless given.",
    )
    state = fields.Selection(
        [
            ("draft", "In progress"),
            ("done", "Closed"),
            ("reversed", "Reversed"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    input_ids = fields.One2many(
        "sectoral.sorting.input", "session_id", "Taken from intake"
    )
    output_ids = fields.One2many("sectoral.sorting.output", "session_id", "Sorted")
    label_ids = fields.One2many(
        "sectoral.label",
        "session_id",
        "Labelled items",
        help="Priced items for the shop.",
    )
    input_kg = fields.Float(
        "In (kg)", compute="_compute_balance", store=True, digits="Stock Weight"
    )
    output_kg = fields.Float(
        "Out (kg)", compute="_compute_balance", store=True, digits="Stock Weight"
    )
    difference_kg = fields.Float(
        "Difference (kg)",
        compute="_compute_balance",
        store=True,
        digits="Stock Weight",
        help="In less out: dust, water, or a weighing mistake.",
    )
    difference_pct = fields.Float(
        "Difference (%)", compute="_compute_balance", store=True, digits=(16, 1)
    )
    is_balanced = fields.Boolean(
        "Balanced",
        compute="_compute_balance",
        store=True,
        help="The difference is within the company's sorting tolerance.",
    )
    unbalanced_reason = fields.Text(
        "Reason for the difference",
        tracking=True,
        help="Required from a manager to close a session that does not balance.",
    )
    move_ids = fields.One2many("stock.move", "sectoral_sorting_id", "Stock moves")
    correction_reason = fields.Text(
        "Reason for the correction", readonly=True, copy=False, tracking=True
    )

    @api.depends(
        "input_ids.kg",
        "output_ids.kg",
        "label_ids.weight_kg",
        "company_id.sorting_tolerance_pct",
    )
    def _compute_balance(self):
        for session in self:
            session.input_kg = sum(session.input_ids.mapped("kg"))
            session.output_kg = sum(session.output_ids.mapped("kg")) + sum(
                session.label_ids.mapped("weight_kg")
            )
            session.difference_kg = session.input_kg - session.output_kg
            session.difference_pct = (
                100.0 * session.difference_kg / session.input_kg
                if session.input_kg
                else 0.0
            )
            session.is_balanced = (
                bool(session.input_kg)
                and abs(session.difference_pct)
                <= session.company_id.sorting_tolerance_pct
            )

    _workflow_fields = frozenset({"state", "correction_reason"})
    # closed, the session's weighings and working time are what it was
    _frozen_states = frozenset(("done", "reversed", "cancel"))

    def _stock_moves(self):
        return self.env["stock.move"].search([("sectoral_sorting_id", "in", self.ids)])

    _work_hours_range = models.Constraint(
        "CHECK (work_hours >= 0 AND work_hours <= 24)",
        "The working time of a session is between 0 and 24 hours.",
    )

    def _frozen_message(self):
        return self.env._("A closed sorting session cannot be changed.")

    def _undeletable_message(self):
        return self.env._("A closed sorting session cannot be deleted.")

    # --- closing ---------------------------------------------------------------------
    def action_close(self):
        for session in self:
            session._check_can_close()
        for session in self:
            session._create_moves()
            session.label_ids.filtered(
                lambda label: label.state == "draft"
            )._workflow_write({"state": "available"})
            session._workflow_write(
                {"state": "done", "work_hours": session._work_hours_at_closing()}
            )
        return True

    def _work_hours_at_closing(self):
        """The working time given, else the time since the session was opened, to
        the quarter of an hour (a session of the sorting screen is opened by its first
        weighing); longer than a working day means it was left open overnight."""
        self.ensure_one()
        if self.work_hours:
            return self.work_hours
        elapsed = (fields.Datetime.now() - self.create_date).total_seconds() / 3600
        return round(elapsed * 4) / 4 if elapsed <= 10 else 0.0

    def _check_can_close(self):
        self.ensure_one()
        if self.state != "draft":
            raise UserError(
                self.env._("Session %(session)s is already closed.", session=self.name)
            )
        if not self.input_ids or not (self.output_ids or self.label_ids):
            raise UserError(
                self.env._(
                    "Session %(session)s needs what was taken from the intake pile "
                    "and what it was sorted into.",
                    session=self.name,
                )
            )
        if not self.is_balanced:
            if not self.env.user.has_group("sectoral_base.group_manager"):
                raise UserError(
                    self.env._(
                        "Session %(session)s does not balance: %(taken)s kg in, "
                        "%(sorted)s kg out. Check the weighings, or ask a manager to "
                        "close it with a reason.",
                        session=self.name,
                        taken=round(self.input_kg, 2),
                        sorted=round(self.output_kg, 2),
                    )
                )
            if not (self.unbalanced_reason or "").strip():
                raise UserError(
                    self.env._(
                        "Session %(session)s does not balance (%(diff)s%%): write the "
                        "reason before closing it.",
                        session=self.name,
                        diff=round(self.difference_pct, 1),
                    )
                )
        # what is taken from the pile must be there
        kg_by_stream = defaultdict(float)
        for line in self.input_ids:
            kg_by_stream[line.stream_id] += line.kg
        self.env["sectoral.stream"]._check_available_kg(
            self.warehouse_id.reuse_intake_location_id, kg_by_stream
        )

    def _create_moves(self):
        """Inputs from the intake location into the production location, outputs from
        there to their destination's location; done at once, as the session is closed
        after the work. Once only: a session that moved stock never moves it again."""
        self.ensure_one()
        # what it took from the pile moves at its close only (its labelled items went
        # to the shop, and came back if undone, as they were printed)
        if (
            self.sudo()
            ._stock_moves()
            .filtered(lambda m: m.location_id.reuse_role == "intake")
        ):
            raise UserError(
                self.env._(
                    "Session %(session)s already moved its kilograms.",
                    session=self.name,
                )
            )
        warehouse = self.warehouse_id
        vals_list = [
            self._move_vals(
                line.stream_id, line.kg, warehouse.reuse_intake_location_id, "in"
            )
            for line in self.input_ids
        ]
        for line in self.output_ids:
            destination_location = warehouse._get_reuse_location(
                line.destination_id.site_location
            )
            if not destination_location:
                raise UserError(
                    self.env._(
                        "Site %(site)s has no location for %(destination)s: set it up "
                        "as a reuse site.",
                        site=warehouse.name,
                        destination=line.destination_id.name,
                    )
                )
            vals_list.append(
                self._move_vals(
                    line.stream_id,
                    line.kg,
                    destination_location,
                    "out",
                    line.destination_id,
                )
            )
        # Labelled items go to the shop in kilograms of their stream.
        labelled_kg = defaultdict(float)
        on_floor = (
            self.env["stock.move"]
            .sudo()
            .search([("sectoral_label_id", "in", self.label_ids.ids)])
            .sectoral_label_id
        )
        for label in self.label_ids - on_floor:
            labelled_kg[label.stream_id] += label.weight_kg
        reuse = self.env.ref("sectoral_base.destination_reuse")
        for stream, kg in labelled_kg.items():
            vals_list.append(
                self._move_vals(
                    stream, kg, warehouse.reuse_shop_location_id, "out", reuse
                )
            )
        # Sorters are not inventory users: the moves are the stock side of the session.
        moves = self.env["stock.move"].sudo().create(vals_list)
        moves._action_confirm()
        # what is taken from the pile is reserved from its quants (one per intake),
        # oldest first, as any picking does
        taken = moves.filtered(lambda m: m.location_id.usage == "internal")
        taken._action_assign()
        for move in taken:
            if move.product_uom.compare(move.quantity, move.product_uom_qty) < 0:
                raise UserError(
                    self.env._(
                        "Only %(available)s kg of %(stream)s wait at %(location)s, "
                        "not %(kg)s kg.",
                        available=round(move.quantity, 2),
                        stream=move.sectoral_stream_id.display_name,
                        location=move.location_id.display_name,
                        kg=round(move.product_uom_qty, 2),
                    )
                )
        moves.picked = True
        moves._action_done()
        self.env["stock.quant"]._sectoral_merge(
            warehouse.reuse_intake_location_id, taken.product_id
        )
        return moves

    def _move_vals(self, stream, kg, site_location, direction, destination=None):
        """A done move of ``kg`` of ``stream`` between a site location and the
        company's production location, in the given direction ("in": into sorting)."""
        product = stream.product_id
        production = product.with_company(self.company_id).property_stock_production
        source, target = (
            (site_location, production)
            if direction == "in"
            else (production, site_location)
        )
        vals = {
            "company_id": self.company_id.id,
            "sectoral_sorting_id": self.id,
            "origin": self.name,
            "product_id": product.id,
            "product_uom": product.uom_id.id,
            "product_uom_qty": kg,
            "location_id": source.id,
            "location_dest_id": target.id,
            "sectoral_stream_id": stream.id,
            "sectoral_destination_id": destination.id if destination else False,
        }
        if direction == "out":
            # from the production location: nothing to reserve
            vals.update(quantity=kg, picked=True)
        return vals

    def action_print_labels(self):
        return self.env.ref("sectoral_sorting.action_report_label_roll").report_action(
            self.label_ids
        )

    def action_cancel(self):
        if self.filtered(lambda s: s.state != "draft"):
            raise UserError(
                self.env._(
                    "Only a session in progress can be cancelled: a closed one is "
                    "corrected (Correct button)."
                )
            )
        with workflow_step():
            # its labels were never on sale
            self.label_ids.unlink()
            self.write({"state": "cancel"})

    # --- correction -------------------------------------------------------------
    def _reverse(self, reason):
        """Counter every move of the closed session (what went to a destination comes
        back to sorting, what was taken goes back to the intake pile) and take its
        labelled items off sale. Refused once one of its items was sold: the sale
        stays true, correct the other weighings with a new session."""
        self.ensure_one()
        if self.state != "done":
            raise UserError(
                self.env._(
                    "Only a closed session can be corrected (%(session)s).",
                    session=self.name,
                )
            )
        sold = self.label_ids.filtered(lambda label: label.state == "sold")
        if sold:
            raise UserError(
                self.env._(
                    "Items of %(session)s were sold (%(labels)s): the session "
                    "cannot be reversed. Record the difference with a new session.",
                    session=self.name,
                    labels=", ".join(sold.mapped("barcode")),
                )
            )
        # what sorting sent somewhere must still be there to come back
        moves = self.sudo().move_ids.filtered(lambda m: m.state == "done")
        counter = moves._sectoral_counter(
            self.env._("Correction of %(session)s", session=self.name)
        )
        self.label_ids.filtered(
            lambda label: label.state in ("draft", "available")
        )._workflow_write({"state": "withdrawn"})
        self._workflow_write({"state": "reversed", "correction_reason": reason})
        return counter


class SectoralSortingLineMixin(models.AbstractModel):
    """A weight of a stream in a sorting session, frozen once the session is closed."""

    _name = "sectoral.sorting.line.mixin"
    _description = "Weighing of a sorting session"
    _inherit = ["sectoral.stream.kg.line"]
    _document_field = "session_id"

    session_id = fields.Many2one(
        "sectoral.sorting.session", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="session_id.company_id", store=True)
    client_token = fields.Char(
        copy=False,
        readonly=True,
        help="Identifier given by the sorting screen, so that a weighing sent twice "
        "is recorded once.",
    )

    @api.constrains("kg", "session_id")
    def _check_site_maximum(self):
        for line in self:
            line.session_id.warehouse_id._sectoral_check_weighing(
                line.kg, line.stream_id
            )


class SectoralSortingInput(models.Model):
    _name = "sectoral.sorting.input"
    _inherit = ["sectoral.sorting.line.mixin"]
    _description = "Kilograms taken from the intake pile for sorting"

    _client_token_uniq = models.UniqueIndex(
        "(client_token) WHERE client_token IS NOT NULL",
        "This weighing was already received.",
    )


class SectoralSortingOutput(models.Model):
    _name = "sectoral.sorting.output"
    _inherit = ["sectoral.sorting.line.mixin"]
    _description = "Sorted kilograms and their destination"

    destination_id = fields.Many2one("sectoral.destination", required=True)

    _client_token_uniq = models.UniqueIndex(
        "(client_token) WHERE client_token IS NOT NULL",
        "This weighing was already received.",
    )
