# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step

from ..models.stock_lot import CONDITIONS


class SectoralLendingRegister(models.TransientModel):
    """An object sorting kept for the library becomes lendable: its kilograms of the
    stream leave the library's shelf and the object enters it as a serial number, in
    one step. The kilograms were counted as sorted for reuse when sorting sent them;
    the object's loans count as purchases avoided."""

    _name = "sectoral.lending.register"
    _description = "Register an object kept for the library by sorting"

    location_id = fields.Many2one(
        "stock.location",
        "Library of the site",
        required=True,
        domain="[('reuse_role', '=', 'library'), ('company_id', '=', company_id)]",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    stream_id = fields.Many2one(
        "sectoral.stream",
        "Sorted as",
        required=True,
        domain="[('company_id', 'in', [False, company_id])]",
    )
    available_kg = fields.Float(
        "Waiting (kg)", compute="_compute_available_kg", digits="Product Unit"
    )
    weight_kg = fields.Float("Weight of the object (kg)", digits="Product Unit")
    product_id = fields.Many2one(
        "product.product",
        "Object",
        required=True,
        domain="[('tracking', '=', 'serial'), ('is_storable', '=', True), "
        "('company_id', 'in', [False, company_id])]",
        help="A product tracked by serial numbers (a drill, a tent...).",
    )
    lot_name = fields.Char(
        "Serial number", help="Empty: the library's next number (BIB-0001...)."
    )
    category_id = fields.Many2one(
        "sectoral.lending.category",
        "Kind of object",
        domain="[('company_id', 'in', [False, company_id])]",
    )
    condition = fields.Selection(CONDITIONS, default="good", required=True)
    deposit = fields.Float(digits="Product Price")
    loan_days = fields.Integer("Days of a loan", default=14)

    lot_id = fields.Many2one("stock.lot", "Object registered", readonly=True)

    @api.depends("location_id", "stream_id")
    def _compute_available_kg(self):
        Quant = self.env["stock.quant"]
        for wizard in self:
            location = wizard.location_id.sudo()
            # only a library shelf of one's own enterprises is shown
            shown = (
                location.reuse_role == "library"
                and location.company_id in self.env.companies
                and wizard.stream_id.product_id
            )
            wizard.available_kg = (
                Quant._get_available_quantity(wizard.stream_id.product_id, location)
                if shown
                else 0.0
            )

    @api.onchange("stream_id", "location_id")
    def _onchange_weight(self):
        if not self.weight_kg or self.weight_kg > self.available_kg:
            self.weight_kg = self.available_kg

    def _check_registration(self):
        """Every rule before anything moves (a client may send any values)."""
        self.ensure_one()
        if self.lot_id:
            # the form sent twice registers one object
            raise UserError(
                self.env._(
                    "%(object)s is registered already.", object=self.lot_id.display_name
                )
            )
        if not self.env.user.has_group("sectoral_lending.group_lending_manager"):
            raise UserError(
                self.env._("Only a library manager registers the library's objects.")
            )
        company = self.company_id
        if company not in self.env.companies:
            raise UserError(self.env._("Choose one of your enterprises."))
        if (
            self.location_id.reuse_role != "library"
            or self.location_id.company_id != company
        ):
            raise ValidationError(
                self.env._("Choose the lending library of one of your sites.")
            )
        if self.stream_id.company_id not in (company, self.env["res.company"]):
            raise ValidationError(self.env._("Choose a stream of this enterprise."))
        product = self.product_id
        if product.tracking != "serial" or not product.is_storable:
            raise ValidationError(
                self.env._(
                    "%(product)s is not tracked by serial numbers: an object of the "
                    "library is one of a kind.",
                    product=product.display_name,
                )
            )
        if product.company_id not in (company, self.env["res.company"]):
            raise ValidationError(self.env._("Choose a product of this enterprise."))
        if self.category_id.company_id not in (company, self.env["res.company"]):
            raise ValidationError(self.env._("Choose a kind of this enterprise."))
        if self.loan_days <= 0 or self.deposit < 0:
            raise ValidationError(
                self.env._(
                    "An object is lent for at least a day, against a deposit that is "
                    "not negative."
                )
            )
        precision = self.env["decimal.precision"].precision_get("Product Unit")
        if float_compare(self.weight_kg, 0.0, precision_digits=precision) <= 0:
            raise ValidationError(
                self.env._("Weigh the object: its weight is missing.")
            )
        self.env["sectoral.stream"]._check_available_kg(
            self.location_id, {self.stream_id: self.weight_kg}
        )
        name = (self.lot_name or "").strip()
        if name and self.env["stock.lot"].sudo().search_count(
            [
                ("product_id", "=", product.id),
                ("name", "=", name),
                ("company_id", "in", [False, company.id]),
            ]
        ):
            raise ValidationError(
                self.env._(
                    "%(product)s already has serial number %(serial)s.",
                    product=product.display_name,
                    serial=name,
                )
            )

    def action_register(self):
        self._check_registration()
        company = self.company_id
        lot_vals = {
            "product_id": self.product_id.id,
            "company_id": company.id,
            "sectoral_lendable": True,
            "sectoral_from_sorting": True,
            "sectoral_weight_kg": self.weight_kg,
            "sectoral_lending_category_id": self.category_id.id,
            "sectoral_condition": self.condition,
            "sectoral_deposit": self.deposit,
            "sectoral_loan_days": self.loan_days,
        }
        # empty: the library's next number, the one the desk scans
        lot_vals["name"] = (self.lot_name or "").strip() or self.env[
            "stock.lot"
        ]._sectoral_next_library_number(company)
        with workflow_step():
            lot = self.env["stock.lot"].with_company(company).create(lot_vals)
        self._move_into_object(lot)
        self.lot_id = lot
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.lot",
            "res_id": lot.id,
            "view_mode": "form",
            "target": "current",
        }

    def _move_into_object(self, lot):
        """The stream's kilograms leave the shelf for the production location, the
        object comes from it: a transformation, as a workshop's would be."""
        stream_product = self.stream_id.product_id
        production = stream_product.with_company(
            self.company_id
        ).property_stock_production
        origin = self.env._("Library: %(serial)s", serial=lot.name)
        # the library's managers are not all inventory managers: the moves are the
        # stock side of the registration checked above
        Move = self.env["stock.move"].sudo()
        kg_move = Move.create(
            {
                "company_id": self.company_id.id,
                "origin": origin,
                "product_id": stream_product.id,
                "product_uom": stream_product.uom_id.id,
                "product_uom_qty": self.weight_kg,
                "location_id": self.location_id.id,
                "location_dest_id": production.id,
                "sectoral_stream_id": self.stream_id.id,
            }
        )
        kg_move._action_confirm()
        kg_move._action_assign()
        if stream_product.uom_id.compare(kg_move.quantity, self.weight_kg) < 0:
            # taken meanwhile by another registration or a shipment
            raise UserError(
                self.env._(
                    "The kilograms on the shelf changed meanwhile: register again."
                )
            )
        object_move = Move.create(
            {
                "company_id": self.company_id.id,
                "origin": origin,
                "product_id": self.product_id.id,
                "product_uom": self.product_id.uom_id.id,
                "product_uom_qty": 1.0,
                "location_id": production.id,
                "location_dest_id": self.location_id.id,
            }
        )
        # from a virtual location the move is reserved at once: its line gets the lot
        object_move._action_confirm()
        object_move.move_line_ids.write({"lot_id": lot.id, "quantity": 1.0})
        moves = kg_move | object_move
        moves.picked = True
        moves._action_done()
        return moves
