# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class SectoralLabelPublish(models.TransientModel):
    """Publish a labelled item on the website: a photo, its dimensions, a few words;
    grade, weight, price, shop and stream come from the label."""

    _name = "sectoral.label.publish"
    _description = "Publish an item online"

    label_id = fields.Many2one("sectoral.label", required=True, readonly=True)
    image = fields.Image("Photo", max_width=1920, max_height=1920)
    description = fields.Char(
        "What it is", help="A few words, e.g. 'Oak chest, 3 drawers'."
    )
    dimensions = fields.Char(help="As a visitor needs them, e.g. 80 x 45 x 120 cm.")
    grade = fields.Selection(related="label_id.grade")
    weight_kg = fields.Float(related="label_id.weight_kg")
    price = fields.Monetary(related="label_id.price")
    currency_id = fields.Many2one(related="label_id.currency_id")

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        label = self.env["sectoral.label"].browse(values.get("label_id"))
        if label:
            values.setdefault("description", label.description)
            values.setdefault("dimensions", label.web_dimensions)
            values.setdefault("image", label.web_product_id.sudo().image_1920)
        return values

    def action_publish(self):
        self.ensure_one()
        product = self.label_id._web_publish(
            image=self.image, dimensions=self.dimensions, description=self.description
        )
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(item)s is online at %(price)s.",
                    item=product.name,
                    price=f"{product.list_price:.2f}",
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }
