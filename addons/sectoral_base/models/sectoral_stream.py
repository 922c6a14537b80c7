# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, float_compare

REP_SCHEMES = [
    # Ecomaison's three schemes for social-economy partners, each declared apart
    ("ecomaison_furniture", "Ecomaison: furniture"),
    ("ecomaison_toys", "Ecomaison: toys"),
    ("ecomaison_diy_garden", "Ecomaison: DIY and garden"),
    ("refashion", "Refashion (textiles, linen, shoes)"),
    ("weee", "WEEE (ecosystem / Ecologic; Recupel in Belgium)"),
]
# each scheme's declaration categories, in the eco-organisms' order
REP_SCHEME_CATEGORIES = {
    "ecomaison_furniture": [
        ("seating", "Seating"),
        ("bedding", "Beds"),
        ("surface", "Tables and work surfaces"),
        ("storage", "Storage"),
        ("textile_deco", "Textile decoration"),
    ],
    "ecomaison_toys": [
        ("toys_outdoor", "Outdoor games"),
        ("toys_board", "Board games and puzzles"),
        ("toys_indoor", "Other indoor games"),
    ],
    "ecomaison_diy_garden": [
        ("diy", "DIY equipment and hand tools"),
        ("garden", "Garden upkeep and landscaping articles"),
    ],
    # the six categories of the EU directive, cooling apart
    "weee": [
        ("weee_cooling", "Temperature exchange equipment (cooling)"),
        ("weee_screens", "Screens and monitors"),
        ("weee_lamps", "Lamps"),
        ("weee_large", "Large equipment"),
        ("weee_small", "Small equipment"),
        ("weee_it", "Small IT and telecommunication equipment"),
    ],
}
REP_CATEGORIES = [
    category for categories in REP_SCHEME_CATEGORIES.values() for category in categories
]
# the streams of the federation's yearly file
FEDERATION_STREAMS = [
    ("textiles", "Textiles"),
    ("bulky", "Bulky goods"),
    ("weee", "Electrical and electronic equipment"),
    ("bikes", "Bikes"),
    ("other", "Other"),
]


class SectoralStream(models.Model):
    """A material stream (textiles, seating, small appliances...): what the enterprise
    counts its kilograms by, from intake to shop. Each stream carries its stock on one
    storable product in kilograms, so that quants, moves and valuation stay standard."""

    _name = "sectoral.stream"
    _description = "Material stream"
    _parent_store = True
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        required=True,
        help="Short code printed on labels and exports (for instance TEX, FUR-SEAT).",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company",
        index=True,
        help="Leave empty to share the stream with every company of the database.",
    )
    parent_id = fields.Many2one("sectoral.stream", index=True, ondelete="restrict")
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("sectoral.stream", "parent_id")
    icon = fields.Char(
        default="📦", help="An emoji shown on the touch screens' big stream tiles."
    )
    color = fields.Integer()
    product_id = fields.Many2one(
        "product.product",
        string="Stock product",
        ondelete="restrict",
        check_company=True,
        help="Storable product in kilograms that carries this stream's stock. Created "
        "with the stream when left empty.",
    )
    avg_weight_kg = fields.Float(
        "Average weight per item (kg)",
        digits="Stock Weight",
        help="Converts items counted instead of weighed into an estimated weight.",
    )
    stock_value_kg = fields.Float(
        "Stock value per kg",
        related="product_id.standard_price",
        readonly=False,
        help="What one kilogram of this stream is worth in the stock of the shop and "
        "the workshop: a prudent value, well under the sale price. Donated goods "
        "waiting to be sorted, recyclables and waste have no book value.",
    )
    co2_factor = fields.Float(
        "CO2e avoided (kg)",
        digits=(16, 4),
        help="Kilograms of CO2 equivalent avoided by each kilogram or each item "
        "reused, as the basis says. Published factors vary widely: keep the source "
        "beside it.",
    )
    co2_basis = fields.Selection(
        [("kg", "Per kg reused"), ("unit", "Per item reused")],
        "Basis of the CO2e factor",
        help="Empty when no published factor suits the stream: the impact report then "
        "says 'no factor' rather than counting nothing. Per item, the items are the "
        "kilograms reused divided by the stream's average weight.",
    )
    co2_source = fields.Char("Source of the CO2e factor")
    rep_scheme = fields.Selection(
        REP_SCHEMES,
        "Producer responsibility scheme",
        help="The eco-organism to which this stream is declared.",
    )
    rep_category = fields.Selection(
        REP_CATEGORIES,
        "Declaration category",
        help="The scheme's category the stream is declared under. Leave empty to "
        "declare it in the scheme's total only.",
    )
    federation_stream = fields.Selection(
        FEDERATION_STREAMS,
        "Stream of the federation's file",
        help="Where the federation's yearly file counts this stream. Leave empty to "
        "follow the parent stream (Other at the top).",
    )

    _code_company_uniq = models.UniqueIndex(
        "(code, COALESCE(company_id, 0))",
        "A stream with this code already exists in this company.",
    )
    _avg_weight_positive = models.Constraint(
        "CHECK (avg_weight_kg >= 0)", "The average weight cannot be negative."
    )
    _co2_factor_positive = models.Constraint(
        "CHECK (co2_factor >= 0)", "The CO2e factor cannot be negative."
    )

    @api.constrains("co2_basis", "avg_weight_kg")
    def _check_co2_basis(self):
        for stream in self:
            if stream.co2_basis == "unit" and not stream.avg_weight_kg:
                raise ValidationError(
                    self.env._(
                        "%(stream)s: a CO2e factor per item needs the average weight "
                        "of an item.",
                        stream=stream.display_name,
                    )
                )

    @api.constrains("rep_scheme", "rep_category")
    def _check_rep_category(self):
        for stream in self.filtered("rep_category"):
            keys = [
                key for key, _label in REP_SCHEME_CATEGORIES.get(stream.rep_scheme, [])
            ]
            if stream.rep_category not in keys:
                raise ValidationError(
                    self.env._(
                        "%(stream)s: the declaration category must be one of the "
                        "scheme's own.",
                        stream=stream.display_name,
                    )
                )

    def _co2_avoided_kg(self, kg):
        """Kilograms of CO2e avoided by reusing ``kg`` of the stream, by its factor's
        basis; None (never 0) when the stream has no factor that applies."""
        self.ensure_one()
        if self.co2_basis == "kg":
            return kg * self.co2_factor
        if self.co2_basis == "unit" and self.avg_weight_kg:
            return kg / self.avg_weight_kg * self.co2_factor
        return None

    def _federation_stream(self):
        """The stream of the federation's file: the stream's own, else its nearest
        parent's, else Other."""
        self.ensure_one()
        current = self
        while current:
            if current.federation_stream:
                return current.federation_stream
            current = current.parent_id
        return "other"

    @api.depends("name", "parent_id")
    def _compute_display_name(self):
        for stream in self:
            names = []
            current = stream
            while current:
                names.append(current.name or "")
                current = current.parent_id
            stream.display_name = " / ".join(reversed(names))

    @api.constrains("product_id")
    def _check_product_in_kg(self):
        kg = self.env.ref("uom.product_uom_kgm")
        for stream in self.filtered("product_id"):
            product = stream.product_id
            if product.uom_id != kg or not product.is_storable:
                raise ValidationError(
                    self.env._(
                        "The product of stream %(stream)s must be storable and counted "
                        "in kilograms.",
                        stream=stream.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        streams = super().create(vals_list)
        streams.filtered(lambda s: not s.product_id)._create_stock_product()
        streams._link_stock_products()
        return streams

    def _link_stock_products(self):
        """The stock product knows its stream, so that what is sold of it counts."""
        for stream in self.filtered("product_id"):
            template = stream.product_id.product_tmpl_id.sudo()
            if template.sectoral_stream_id != stream:
                template.sectoral_stream_id = stream

    def _create_stock_product(self):
        """One storable product in kg per stream, in the 'Reuse streams' category."""
        kg = self.env.ref("uom.product_uom_kgm")
        category = self.env.ref("sectoral_base.product_category_streams")
        for stream in self:
            product = (
                self.env["product.product"]
                .sudo()
                .create(
                    {
                        "name": stream.with_context(lang="en_US").name,
                        "default_code": stream.code,
                        "type": "consu",
                        "is_storable": True,
                        "uom_id": kg.id,
                        "categ_id": category.id,
                        "company_id": stream.company_id.id,
                        "sale_ok": True,
                        "purchase_ok": False,
                        "list_price": 0.0,
                        "standard_price": 0.0,
                    }
                )
            )
            stream.product_id = product
        self._sync_product_names()

    def write(self, vals):
        res = super().write(vals)
        if "name" in vals:
            self._sync_product_names()
        if "product_id" in vals:
            self._link_stock_products()
        return res

    @api.model
    def _tablet_tiles(self, company):
        """The streams of ``company`` as the touch screens show them (one big tile
        each), in the user's language."""
        return [
            {
                "id": stream.id,
                "code": stream.code,
                "name": stream.name,
                "icon": stream.icon or "",
                "parent_id": stream.parent_id.id,
                "avg_weight_kg": stream.avg_weight_kg,
            }
            for stream in self.search([("company_id", "in", [False, company.id])])
        ]

    @api.model
    def _check_available_kg(self, location, kg_by_stream):
        """Refuse to take more kilograms of a stream from a location than wait there.
        ``kg_by_stream``: {stream: kg}."""
        precision = self.env["decimal.precision"].precision_get("Product Unit")
        Quant = self.env["stock.quant"].sudo()
        for stream, kg in kg_by_stream.items():
            available = Quant._get_available_quantity(stream.product_id, location)
            if float_compare(kg, available, precision_digits=precision) > 0:
                raise UserError(
                    self.env._(
                        "Only %(available)s kg of %(stream)s wait at %(location)s, "
                        "not %(kg)s kg.",
                        available=round(available, 2),
                        stream=stream.display_name,
                        location=location.display_name,
                        kg=round(kg, 2),
                    )
                )

    def _sync_product_names(self):
        """The stock product shows the stream's name, in every language it has: copy
        the translations as they are stored (one JSON value per language)."""
        streams = self.filtered("product_id")
        if not streams:
            return
        self.flush_recordset(["name", "product_id"])
        self.env["product.template"].flush_model(["name"])
        self.env.cr.execute(
            SQL(
                """
                UPDATE product_template template
                   SET name = stream.name
                  FROM sectoral_stream stream
                  JOIN product_product product ON product.id = stream.product_id
                 WHERE template.id = product.product_tmpl_id
                   AND stream.id IN %s
                """,
                tuple(streams.ids),
            )
        )
        self.env["product.template"].invalidate_model(["name"])
        self.env["product.product"].invalidate_model(["name", "display_name"])
