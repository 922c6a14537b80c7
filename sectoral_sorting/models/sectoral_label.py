# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# EAN-13 restricted circulation prefix for in-store numbers: 29 + 10-digit label number
# + check digit. Any shop scanner reads it; the till finds the label by its barcode.
LABEL_BARCODE_PREFIX = "29"

# Tag colours rotate week by week, so that the shop floor shows at a glance which
# items have waited long enough for a markdown.
LABEL_COLOURS = [
    ("blue", "Blue"),
    ("green", "Green"),
    ("yellow", "Yellow"),
    ("orange", "Orange"),
    ("pink", "Pink"),
]


def ean13_check_digit(digits):
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return str((10 - total % 10) % 10)


class SectoralLabel(models.Model):
    """One reused item with a price label, without a product record of its own: its
    stock is the stream's product in kilograms, its label carries the price."""

    _name = "sectoral.label"
    _inherit = ["sectoral.workflow.mixin"]
    _description = "Price label of a reused item"
    _order = "id desc"
    _rec_name = "barcode"
    _check_company_auto = True

    barcode = fields.Char(readonly=True, copy=False, index=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    session_id = fields.Many2one(
        "sectoral.sorting.session",
        "Sorting session",
        ondelete="restrict",
        index="btree_not_null",
        check_company=True,
    )
    warehouse_id = fields.Many2one(
        "stock.warehouse", "Site", check_company=True, index=True
    )
    stream_id = fields.Many2one("sectoral.stream", required=True)
    product_id = fields.Many2one(related="stream_id.product_id")
    description = fields.Char(help="What the item is, in a few words.")
    price = fields.Monetary(currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    is_free = fields.Boolean("Free", help="Given away: a price of zero is expected.")
    weight_kg = fields.Float("Weight (kg)", digits="Stock Weight", required=True)
    grade = fields.Selection(
        [("a", "As new"), ("b", "Good"), ("c", "Fair")], default="b", required=True
    )
    colour = fields.Selection(
        LABEL_COLOURS, required=True, default=lambda self: self._colour_of_the_week()
    )
    label_date = fields.Date(
        "Labelled on", required=True, default=fields.Date.context_today
    )
    state = fields.Selection(
        [
            ("draft", "Being sorted"),
            ("available", "In the shop"),
            ("sold", "Sold"),
            ("withdrawn", "Withdrawn"),
        ],
        default="draft",
        required=True,
        index=True,
    )

    client_token = fields.Char(
        copy=False,
        readonly=True,
        help="Identifier given by the sorting screen, so that a label sent twice is "
        "made once.",
    )

    _client_token_uniq = models.UniqueIndex(
        "(client_token) WHERE client_token IS NOT NULL",
        "This label was already received.",
    )
    _barcode_uniq = models.UniqueIndex(
        "(barcode) WHERE barcode IS NOT NULL", "This label barcode already exists."
    )
    _price_positive = models.Constraint(
        "CHECK (price >= 0)", "A label price cannot be negative."
    )

    @api.model
    def _colour_of_the_week(self, date=None):
        week = fields.Date.context_today(self) if date is None else date
        return LABEL_COLOURS[week.isocalendar()[1] % len(LABEL_COLOURS)][0]

    # on sale, sold, back after a refund: only the sorting, the till and the workshop
    # say so; the barcode is the label's number
    _workflow_fields = frozenset({"state", "barcode", "client_token"})
    # What a label shares with its session's mass balance: fixed once the session is
    # closed (the price may still change, and the label be reprinted).
    _session_fields = frozenset({"session_id", "stream_id", "weight_kg"})

    @api.model_create_multi
    def create(self, vals_list):
        self.env["sectoral.sorting.session"].browse(
            [vals["session_id"] for vals in vals_list if vals.get("session_id")]
        )._check_draft()
        labels = super().create(vals_list)
        for label in labels:
            digits = LABEL_BARCODE_PREFIX + str(label.id).zfill(10)
            label._workflow_write({"barcode": digits + ean13_check_digit(digits)})
        labels.filtered("session_id")._to_shop_floor()
        return labels

    def _to_shop_floor(self):
        """A labelled item goes on sale as soon as its label is printed: its
        kilograms move from sorting to the shop at once (the session's mass balance
        counts them when it closes), so that the till sells it straight away."""
        moves = self.env["stock.move"].sudo()
        for label in self:
            session = label.session_id
            vals = session._move_vals(
                label.stream_id,
                label.weight_kg,
                label.warehouse_id.reuse_shop_location_id
                or session.warehouse_id.reuse_shop_location_id,
                "out",
                self.env.ref("sectoral_base.destination_reuse"),
            )
            vals["sectoral_label_id"] = label.id
            moves |= self.env["stock.move"].sudo().create(vals)
        moves._action_confirm()
        moves.picked = True
        moves._action_done()
        self._workflow_write({"state": "available"})

    def _off_shop_floor(self):
        """Undo :meth:`_to_shop_floor` for labels made by mistake: their kilograms go
        back to sorting (they must still be in the shop)."""
        moves = (
            self.env["stock.move"]
            .sudo()
            .search([("sectoral_label_id", "in", self.ids), ("state", "=", "done")])
        )
        moves._sectoral_counter()

    def write(self, vals):
        if self._session_fields & set(vals):
            self.session_id._check_draft()
        return super().write(vals)

    def unlink(self):
        # a label made by mistake in a session in progress is undone (its item back
        # to sorting); once sold, or once its session is closed, it stays
        self.session_id._check_draft()
        if self.filtered(
            lambda label: (
                label.state not in ("draft", "available") or not label.session_id
            )
        ):
            raise UserError(
                self.env._(
                    "A label sold or out of its sorting session cannot be deleted: "
                    "withdraw it instead."
                )
            )
        self._off_shop_floor()
        return super().unlink()

    @api.constrains("price", "is_free")
    def _check_price(self):
        for label in self:
            if not label.is_free and label.price <= 0:
                raise ValidationError(
                    self.env._(
                        "Give %(stream)s a price, or mark it as free.",
                        stream=label.stream_id.display_name,
                    )
                )

    @api.constrains("weight_kg", "warehouse_id")
    def _check_weight(self):
        for label in self:
            if label.weight_kg <= 0:
                raise ValidationError(
                    self.env._(
                        "A labelled item needs its weight (%(stream)s).",
                        stream=label.stream_id.display_name,
                    )
                )
            label.warehouse_id._sectoral_check_weighing(
                label.weight_kg, label.stream_id
            )

    def action_withdraw(self):
        """Take items off sale (broken, stolen, given to a partner): the till refuses
        their labels from then on."""
        if self.filtered(lambda label: label.state != "available"):
            raise UserError(
                self.env._("Only an item on sale in the shop can be withdrawn.")
            )
        self._workflow_write({"state": "withdrawn"})
        return True

    def _markdown_pct(self, on_date=None):
        """The markdown of the label on a date: the largest of the company's rules whose
        age the label has reached."""
        self.ensure_one()
        on_date = on_date or fields.Date.context_today(self)
        age = (on_date - self.label_date).days
        rules = self.env["sectoral.markdown.rule"].search(
            [
                ("company_id", "in", [False, self.company_id.id]),
                ("after_days", "<=", age),
            ]
        )
        return max(rules.mapped("discount_pct"), default=0.0)

    def price_on(self, on_date=None):
        self.ensure_one()
        return self.currency_id.round(
            self.price * (1 - self._markdown_pct(on_date) / 100)
        )

    def action_print(self):
        return self.env.ref("sectoral_sorting.action_report_label_roll").report_action(
            self
        )


class SectoralMarkdownRule(models.Model):
    """'After 4 weeks on the floor, -50 %': applied at the till to labelled items."""

    _name = "sectoral.markdown.rule"
    _description = "Markdown rule for labelled items"
    _order = "after_days"

    name = fields.Char(required=True, translate=True)
    after_days = fields.Integer("After (days)", required=True)
    discount_pct = fields.Float("Markdown (%)", required=True)
    company_id = fields.Many2one("res.company", index=True)
    active = fields.Boolean(default=True)

    _discount_range = models.Constraint(
        "CHECK (discount_pct > 0 AND discount_pct <= 100)",
        "A markdown is between 0 and 100 %.",
    )
    _after_days_positive = models.Constraint(
        "CHECK (after_days >= 0)", "The age of a markdown cannot be negative."
    )
