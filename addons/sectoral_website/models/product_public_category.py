# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ProductPublicCategory(models.Model):
    _inherit = "product.public.category"

    sectoral_stream_id = fields.Many2one(
        "sectoral.stream",
        "Stream",
        index="btree_not_null",
        help="The items of this stream are published in this category.",
    )


class ProductAttributeValue(models.Model):
    _inherit = "product.attribute.value"

    sectoral_warehouse_id = fields.Many2one(
        "stock.warehouse",
        "Reuse site",
        index="btree_not_null",
        help="The shop whose items carry this value.",
    )
