# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class PosOrderLine(models.Model):
    """Every line sold says which stream and how many kilograms it takes out of the
    shop, so that the impact report counts tonnes sold by stream and shop from the
    orders themselves: a labelled item weighs its label's weight, a sale by weight is
    its quantity in kg, a piece weighs its product's average weight."""

    _inherit = "pos.order.line"

    sectoral_label_id = fields.Many2one(
        "sectoral.label", "Price label", index="btree_not_null", readonly=True
    )
    sectoral_stream_id = fields.Many2one(
        "sectoral.stream",
        "Material stream",
        compute="_compute_sectoral_weight",
        store=True,
        index="btree_not_null",
    )
    sectoral_weight_kg = fields.Float(
        "Weight (kg)",
        compute="_compute_sectoral_weight",
        store=True,
        digits="Stock Weight",
        help="Kilograms of the stream this line takes out of the shop (negative for "
        "a refund).",
    )

    @api.depends(
        "qty",
        "product_id",
        "sectoral_label_id.weight_kg",
        "sectoral_label_id.stream_id",
    )
    def _compute_sectoral_weight(self):
        for line in self:
            label = line.sectoral_label_id
            template = line.product_id.product_tmpl_id
            stream = label.stream_id or template.sectoral_stream_id
            line.sectoral_stream_id = stream
            if label:
                line.sectoral_weight_kg = label.weight_kg * line.qty
            elif stream and stream.product_id == line.product_id:
                line.sectoral_weight_kg = line.qty  # sold by weight, in kg
            else:
                line.sectoral_weight_kg = template.sectoral_piece_weight_kg * line.qty

    @api.model
    def _load_pos_data_fields(self, config):
        # the stream and weight are computed here from what the till sends, never
        # taken from it
        return super()._load_pos_data_fields(config) + ["sectoral_label_id"]
