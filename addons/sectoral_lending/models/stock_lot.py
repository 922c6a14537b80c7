# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.sectoral_base.models.sectoral_workflow import (
    in_workflow_step,
    workflow_step,
)

LENDING_STATES = [
    ("available", "Available"),
    ("on_loan", "On loan"),
    ("repair", "In repair"),
    ("retired", "Retired"),
]
CONDITIONS = [("new", "As new"), ("good", "Good"), ("worn", "Worn")]


class StockLot(models.Model):
    """A lendable object is a serial number of Inventory: the object itself, with its
    condition, the pieces of its kit, the deposit it asks and how long it is lent.
    Where it stands (available, on loan, in repair, retired) is written by the loans,
    the repairs and the retirement only."""

    _inherit = "stock.lot"

    sectoral_lendable = fields.Boolean("Lent by the library", tracking=True)
    sectoral_lending_state = fields.Selection(
        LENDING_STATES,
        "Library status",
        default="available",
        readonly=True,
        tracking=True,
        copy=False,
    )
    sectoral_lending_category_id = fields.Many2one(
        "sectoral.lending.category", "Kind of object", check_company=True
    )
    sectoral_condition = fields.Selection(
        CONDITIONS,
        "Condition",
        default="good",
        tracking=True,
    )
    sectoral_deposit = fields.Monetary(
        "Deposit",
        currency_field="sectoral_currency_id",
        help="Taken at check-out for an expensive object, given back at its return.",
    )
    sectoral_currency_id = fields.Many2one(
        "res.currency", related="company_id.currency_id"
    )
    sectoral_loan_days = fields.Integer(
        "Days of a loan", default=14, help="How long the object is lent."
    )
    sectoral_image = fields.Image("Photo", max_width=1024, max_height=1024)
    sectoral_photo_ids = fields.One2many(
        "sectoral.lending.photo",
        "lot_id",
        "More photos",
        help="The object from other sides, its pieces, a detail of its condition.",
    )
    sectoral_from_sorting = fields.Boolean(
        "Kept by sorting",
        readonly=True,
        copy=False,
        help="Sorting kept it for the library out of the goods given to the "
        "enterprise.",
    )
    sectoral_weight_kg = fields.Float(
        "Weight (kg)",
        digits="Product Unit",
        readonly=True,
        copy=False,
        help="Its weight when sorting kept it for the library.",
    )
    sectoral_given_by_id = fields.Many2one(
        "res.partner",
        "Given by",
        help="The member who gave the object to the library (earns points, when the "
        "library uses them).",
    )
    sectoral_kit_piece_ids = fields.One2many(
        "sectoral.lending.kit.piece",
        "lot_id",
        "Pieces of the kit",
        help="What to count at the return (drill bits, pegs, cables...).",
    )
    sectoral_loan_ids = fields.One2many("sectoral.lending.loan", "lot_id", "Loans")
    sectoral_loan_count = fields.Integer(
        "Loans made", compute="_compute_sectoral_loans"
    )
    sectoral_current_loan_id = fields.Many2one(
        "sectoral.lending.loan", "Current loan", compute="_compute_sectoral_loans"
    )
    sectoral_hold_ids = fields.One2many("sectoral.lending.hold", "lot_id", "Holds")

    _sectoral_loan_days_positive = models.Constraint(
        "CHECK (sectoral_loan_days > 0 AND sectoral_deposit >= 0)",
        "An object is lent for at least a day, against a deposit that is not negative.",
    )

    @api.constrains("name", "sectoral_lendable", "company_id")
    def _check_sectoral_serial_unique(self):
        """The desk finds an object by its number alone: two objects of the library
        never share one, whatever their product."""
        for lot in self.filtered("sectoral_lendable"):
            if self.sudo().search_count(
                [
                    ("id", "!=", lot.id),
                    ("name", "=", lot.name),
                    ("sectoral_lendable", "=", True),
                    # an object of no company is seen by every desk
                    *(
                        [("company_id", "in", [lot.company_id.id, False])]
                        if lot.company_id
                        else []
                    ),
                ],
                limit=1,
            ):
                raise ValidationError(
                    self.env._(
                        "Another object of the library has number %(serial)s: the "
                        "desk would not tell them apart.",
                        serial=lot.name,
                    )
                )

    @api.model
    def _sectoral_next_library_number(self, company):
        """The library's next object number (BIB-0001...), one not taken yet."""
        Sequence = self.env["ir.sequence"].sudo().with_company(company)
        while True:
            name = Sequence.next_by_code("sectoral.lending.object")
            if not self.sudo().search_count(
                [("name", "=", name), ("company_id", "in", [company.id, False])],
                limit=1,
            ):
                return name

    @api.depends("sectoral_loan_ids.state")
    def _compute_sectoral_loans(self):
        for lot in self:
            lot.sectoral_loan_count = len(lot.sectoral_loan_ids)
            lot.sectoral_current_loan_id = lot.sectoral_loan_ids.filtered(
                lambda loan: loan.state == "open"
            )[:1]

    # what sorting kept is said by the registration only (the impact counts it)
    _sectoral_registration_fields = ("sectoral_from_sorting", "sectoral_weight_kg")

    def _sectoral_check_registration_fields(self, vals):
        if not in_workflow_step() and any(
            vals.get(name) for name in self._sectoral_registration_fields
        ):
            raise UserError(
                self.env._(
                    "What sorting kept for the library is registered from its shelf "
                    "(Kept by sorting), not written on an object."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._sectoral_check_registration_fields(vals)
        lots = super().create(vals_list)
        lots.filtered("sectoral_given_by_id")._sectoral_points_for_gift()
        return lots

    def _sectoral_points_for_gift(self):
        """An object given earns its giver points once, whoever is named after."""
        given = (
            self.env["sectoral.lending.points"]
            .sudo()
            .search([("reason", "=", "deposit"), ("lot_id", "in", self.ids)])
            .lot_id
        )
        for lot in self.filtered("sectoral_lendable") - given:
            self.env["sectoral.lending.points"].with_company(
                lot.company_id or self.env.company
            )._sectoral_add(
                lot.sectoral_given_by_id,
                (lot.company_id or self.env.company).sectoral_points_deposit,
                "deposit",
                lot_id=lot,
            )

    def write(self, vals):
        if not in_workflow_step() and any(
            name in vals and vals[name] != lot[name]
            for lot in self
            for name in self._sectoral_registration_fields
        ):
            self._sectoral_check_registration_fields(
                dict.fromkeys(self._sectoral_registration_fields, True)
            )
        if (
            "sectoral_lending_state" in vals
            and not in_workflow_step()
            and any(
                lot.sectoral_lending_state != vals["sectoral_lending_state"]
                for lot in self
            )
        ):
            raise UserError(
                self.env._(
                    "An object's library status changes through its loans, repairs "
                    "and retirement only."
                )
            )
        if vals.get("sectoral_lendable") is False and self.filtered(
            lambda lot: lot.sectoral_lending_state in ("on_loan", "repair")
        ):
            raise UserError(
                self.env._("An object on loan or in repair stays in the library.")
            )
        newly_given = (
            self.filtered(
                lambda lot: lot.sectoral_given_by_id.id != vals["sectoral_given_by_id"]
            )
            if vals.get("sectoral_given_by_id")
            else self.browse()
        )
        res = super().write(vals)
        newly_given._sectoral_points_for_gift()
        return res

    def _sectoral_set_lending_state(self, state):
        # the desk lends and takes back without the right to edit the objects
        with workflow_step():
            self.sudo().write({"sectoral_lending_state": state})

    def _sectoral_refusal(self, partner):
        """Why the object cannot go out now to ``partner``, or ""."""
        self.ensure_one()
        if not self.sectoral_lendable or self.sectoral_lending_state == "retired":
            return self.env._("%(object)s is not lent.", object=self.display_name)
        if self.sectoral_lending_state == "on_loan":
            return self.env._("%(object)s is on loan.", object=self.display_name)
        if self.sectoral_lending_state == "repair":
            return self.env._("%(object)s is in repair.", object=self.display_name)
        held = self.sectoral_hold_ids.filtered(lambda hold: hold.state == "ready")
        if held and held.partner_id != partner:
            return self.env._(
                "%(object)s is put aside for another member.", object=self.display_name
            )
        return ""

    def _sectoral_back_in_library(self):
        """Back on the shelf: the next member waiting for it is told it is ready."""
        self._sectoral_set_lending_state("available")
        for lot in self:
            lot.sectoral_hold_ids._sectoral_next_ready()

    def action_sectoral_retire(self):
        """Out of the library for good (worn out, lost, unrepairable)."""
        if not self.env.user.has_group("sectoral_lending.group_lending_manager"):
            raise UserError(self.env._("Only a library manager retires an object."))
        if self.filtered(lambda lot: lot.sectoral_lending_state == "on_loan"):
            raise UserError(self.env._("Wait for the object's return to retire it."))
        self._sectoral_set_lending_state("retired")
        self.sectoral_hold_ids.filtered(
            lambda hold: hold.state in ("waiting", "ready")
        )._sectoral_close("cancel")
        return True

    def action_sectoral_back_in_library(self):
        """A retired object comes back (found, repaired elsewhere)."""
        if not self.env.user.has_group("sectoral_lending.group_lending_manager"):
            raise UserError(self.env._("Only a library manager brings an object back."))
        self.filtered(
            lambda lot: lot.sectoral_lending_state == "retired"
        )._sectoral_back_in_library()
        return True


class SectoralLendingPhoto(models.Model):
    """One more photo of an object (the first is the object's own)."""

    _name = "sectoral.lending.photo"
    _description = "Photo of a lent object"
    _inherit = ["image.mixin"]
    _order = "lot_id, sequence, id"

    lot_id = fields.Many2one("stock.lot", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char("Caption")
    image_1920 = fields.Image(required=True)

    @api.constrains("image_1920", "lot_id")
    def _check_image(self):
        # an image is kept as an attachment: the database cannot require it
        if self.filtered(lambda photo: not photo.image_1920):
            raise ValidationError(self.env._("Add the photo's image."))

    @api.model_create_multi
    def create(self, vals_list):
        photos = super().create(vals_list)
        # a photo goes on an object one may change (one's own enterprise's)
        photos.lot_id.check_access("write")
        return photos

    def write(self, vals):
        res = super().write(vals)
        if "lot_id" in vals:
            self.lot_id.check_access("write")
        return res


class SectoralLendingKitPiece(models.Model):
    """A piece of an object's kit, counted at each return."""

    _name = "sectoral.lending.kit.piece"
    _description = "Piece of a lent kit"
    _order = "lot_id, sequence, id"

    lot_id = fields.Many2one("stock.lot", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char("Piece", required=True)
    quantity = fields.Integer(default=1, required=True)

    _quantity_positive = models.Constraint(
        "CHECK (quantity > 0)", "A kit has at least one of each of its pieces."
    )
