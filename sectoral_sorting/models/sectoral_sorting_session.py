# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError


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
        [("draft", "In progress"), ("done", "Closed"), ("cancel", "Cancelled")],
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

    _frozen_states = frozenset(("done", "cancel"))
    _frozen_writable_fields = frozenset(
        {"state", "work_hours", "message_main_attachment_id"}
    )

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
            session.label_ids.write({"state": "available"})
            session.write(
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
        after the work."""
        self.ensure_one()
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
        for label in self.label_ids:
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
        moves.picked = True
        moves._action_done()
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
        return {
            "company_id": self.company_id.id,
            "sectoral_sorting_id": self.id,
            "origin": self.name,
            "product_id": product.id,
            "product_uom": product.uom_id.id,
            "product_uom_qty": kg,
            "quantity": kg,
            "picked": True,
            "location_id": source.id,
            "location_dest_id": target.id,
            "sectoral_stream_id": stream.id,
            "sectoral_destination_id": destination.id if destination else False,
        }

    def action_print_labels(self):
        return self.env.ref("sectoral_sorting.action_report_label_roll").report_action(
            self.label_ids
        )

    def action_cancel(self):
        if self.filtered(lambda s: s.state == "done"):
            raise UserError(self.env._("A closed sorting session cannot be cancelled."))
        self.write({"state": "cancel"})

    # --- the sorting screen ----------------------------------------------------------
    # The touch screen records each weighing at once in the sorter's open session of the
    # day at the site, so the mass balance on screen is the one the server keeps.
    _tablet_line_models = {
        "input": "sectoral.sorting.input",
        "output": "sectoral.sorting.output",
        "label": "sectoral.label",
    }

    @api.model
    def tablet_load(self):
        """Everything the sorting screen shows, in the user's language, in one call."""
        company = self.env.company
        domain = [("company_id", "in", [False, company.id])]
        sites = self.env["stock.warehouse"].search(
            [("is_reuse_site", "=", True), ("company_id", "=", company.id)]
        )
        return {
            "streams": self.env["sectoral.stream"]._tablet_tiles(company),
            "destinations": [
                {
                    "id": d.id,
                    "code": d.code,
                    "name": d.name,
                    "icon": d.icon or "",
                    "kind": d.kind,
                }
                for d in self.env["sectoral.destination"].search(domain)
            ],
            "sites": [
                {
                    "id": site.id,
                    "name": site.name,
                    "waiting": self._tablet_waiting_kg(site),
                    "session": self._tablet_current_session(site)._tablet_summary(),
                }
                for site in sites
            ],
            "currency": {
                "symbol": company.currency_id.symbol,
                "position": company.currency_id.position,
            },
        }

    @api.model
    def _tablet_waiting_kg(self, site):
        """{stream id: kg} waiting at the site's intake pile."""
        location = site.reuse_intake_location_id
        if not location:
            return {}
        streams = self.env["sectoral.stream"].search(
            [("company_id", "in", [False, site.company_id.id])]
        )
        stream_by_product = {s.product_id.id: s.id for s in streams}
        groups = (
            self.env["stock.quant"]
            .sudo()
            ._read_group(
                [
                    ("location_id", "child_of", location.id),
                    ("product_id", "in", list(stream_by_product)),
                ],
                ["product_id"],
                ["quantity:sum"],
            )
        )
        return {stream_by_product[product.id]: kg for product, kg in groups if kg > 0}

    @api.model
    def _tablet_current_session(self, site):
        """The session the sorter works in at this site today, if one is open."""
        return self.search(
            [
                ("warehouse_id", "=", site.id),
                ("state", "=", "draft"),
                ("date", "=", fields.Date.context_today(self)),
                ("create_uid", "=", self.env.uid),
            ],
            order="id desc",
            limit=1,
        )

    def _tablet_summary(self):
        if not self:
            return False
        self.ensure_one()
        lines = [
            {
                "model": "sectoral.sorting.input",
                "id": line.id,
                "stream_id": line.stream_id.id,
                "destination_id": False,
                "kg": line.kg,
            }
            for line in self.input_ids
        ]
        lines += [
            {
                "model": "sectoral.sorting.output",
                "id": line.id,
                "stream_id": line.stream_id.id,
                "destination_id": line.destination_id.id,
                "kg": line.kg,
            }
            for line in self.output_ids
        ]
        lines += [
            {
                "model": "sectoral.label",
                "id": label.id,
                "stream_id": label.stream_id.id,
                "destination_id": False,
                "kg": label.weight_kg,
                "barcode": label.barcode,
                "price": label.price,
                "is_free": label.is_free,
            }
            for label in self.label_ids
        ]
        return {
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "input_kg": self.input_kg,
            "output_kg": self.output_kg,
            "difference_pct": self.difference_pct,
            "is_balanced": self.is_balanced,
            "lines": lines,
        }

    @api.model
    def tablet_add(self, payload):
        """Record one weighing from the sorting screen in the sorter's open session of
        the day at the site (opened on the first weighing), and return the session.

        ``payload``: ``{site_id, kind: "input" | "output" | "label", stream_id, kg,
        destination_id? (output), price?, is_free?, grade?, description? (label)}``."""
        site = self.env["stock.warehouse"].browse(payload.get("site_id")).exists()
        if not site or not site.is_reuse_site:
            raise UserError(self.env._("Choose the site where you sort."))
        stream = self.env["sectoral.stream"].browse(payload.get("stream_id")).exists()
        if not stream:
            raise UserError(self.env._("Choose a stream first."))
        kind = payload.get("kind")
        if kind not in self._tablet_line_models:
            raise UserError(
                self.env._("Choose what the weighing is: taken, or where it goes.")
            )
        kg = float(payload.get("kg") or 0.0)
        if kg <= 0:
            raise UserError(self.env._("Type a weight above zero."))
        session = self._tablet_current_session(site) or self.create(
            {
                "warehouse_id": site.id,
                "company_id": site.company_id.id,
                "sorter_ids": [
                    fields.Command.set(
                        self.env.user.employee_ids.filtered(
                            lambda e: e.company_id == site.company_id
                        ).ids
                    )
                ],
            }
        )
        if kind == "input":
            session._tablet_check_pile(stream, kg)
            line = self.env["sectoral.sorting.input"].create(
                {"session_id": session.id, "stream_id": stream.id, "kg": kg}
            )
        elif kind == "output":
            if not payload.get("destination_id"):
                raise UserError(self.env._("Choose where the weighing goes."))
            line = self.env["sectoral.sorting.output"].create(
                {
                    "session_id": session.id,
                    "stream_id": stream.id,
                    "destination_id": payload["destination_id"],
                    "kg": kg,
                }
            )
        else:
            line = self.env["sectoral.label"].create(
                {
                    "session_id": session.id,
                    "company_id": session.company_id.id,
                    "warehouse_id": site.id,
                    "stream_id": stream.id,
                    "weight_kg": kg,
                    "price": float(payload.get("price") or 0.0),
                    "is_free": bool(payload.get("is_free")),
                    "grade": payload.get("grade") or "b",
                    "description": payload.get("description") or False,
                }
            )
        return {
            "line": {"model": line._name, "id": line.id},
            "session": session._tablet_summary(),
            "waiting": self._tablet_waiting_kg(site),
        }

    def _tablet_check_pile(self, stream, kg):
        """Taking more than waits at the pile, counting what this session already
        took, is refused at once rather than at closing."""
        self.ensure_one()
        taken = sum(
            self.input_ids.filtered(lambda i: i.stream_id == stream).mapped("kg")
        )
        self.env["sectoral.stream"]._check_available_kg(
            self.warehouse_id.reuse_intake_location_id, {stream: taken + kg}
        )

    def tablet_undo(self, model, line_id):
        """Remove a weighing of this open session, made by mistake."""
        self.ensure_one()
        if model not in self._tablet_line_models.values():
            raise UserError(self.env._("This weighing cannot be removed here."))
        line = self.env[model].browse(line_id).exists()
        if line and line.session_id != self:
            raise UserError(self.env._("This weighing belongs to another session."))
        line.unlink()
        return {
            "session": self._tablet_summary(),
            "waiting": self._tablet_waiting_kg(self.warehouse_id),
        }

    def tablet_close(self, reason=None):
        """Close the session from the screen; a manager may give the reason for a
        difference beyond the tolerance."""
        self.ensure_one()
        if reason and not self.is_balanced:
            self.unbalanced_reason = reason
        self.action_close()
        return {
            "session": self._tablet_summary(),
            "waiting": self._tablet_waiting_kg(self.warehouse_id),
        }

    @api.model
    def tablet_print_labels(self, label_ids):
        labels = self.env["sectoral.label"].browse(label_ids).exists()
        if not labels:
            raise UserError(self.env._("There is no label to print."))
        return self.env.ref("sectoral_sorting.action_report_label_roll").report_action(
            labels
        )


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


class SectoralSortingInput(models.Model):
    _name = "sectoral.sorting.input"
    _inherit = ["sectoral.sorting.line.mixin"]
    _description = "Kilograms taken from the intake pile for sorting"


class SectoralSortingOutput(models.Model):
    _name = "sectoral.sorting.output"
    _inherit = ["sectoral.sorting.line.mixin"]
    _description = "Sorted kilograms and their destination"

    destination_id = fields.Many2one("sectoral.destination", required=True)
