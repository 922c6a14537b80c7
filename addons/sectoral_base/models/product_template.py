# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    sectoral_stream_id = fields.Many2one(
        "sectoral.stream",
        "Material stream",
        index="btree_not_null",
        help="The stream whose kilograms this product counts: set on each stream's "
        "stock product; set it on a product sold by the piece so that its sales "
        "count as kilograms reused.",
    )
