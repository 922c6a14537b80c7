# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ProductTemplate(models.Model):
    """Small unlabelled items sold by the piece (a cup, a paperback) are products with a
    price and an average weight, counted as kilograms of their stream."""

    _inherit = "product.template"

    sectoral_piece_weight_kg = fields.Float(
        "Average weight per piece (kg)",
        digits="Stock Weight",
        help="For an item sold by the piece at the till: each piece sold takes this "
        "weight of its stream out of the shop's stock.",
    )

    _sectoral_piece_weight_positive = models.Constraint(
        "CHECK (sectoral_piece_weight_kg >= 0)",
        "An average weight per piece cannot be negative.",
    )

    @api.constrains("sectoral_stream_id", "sectoral_piece_weight_kg")
    def _check_sectoral_piece_weight(self):
        for template in self:
            stream = template.sectoral_stream_id
            is_stock_product = stream.product_id.product_tmpl_id == template
            if (
                stream
                and not is_stock_product
                and not template.sectoral_piece_weight_kg
            ):
                raise ValidationError(
                    self.env._(
                        "%(product)s counts as %(stream)s: give its average weight "
                        "per piece.",
                        product=template.display_name,
                        stream=stream.display_name,
                    )
                )

    @api.model
    def _load_pos_data_fields(self, config):
        return super()._load_pos_data_fields(config) + [
            "sectoral_stream_id",
            "sectoral_piece_weight_kg",
        ]
