# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.sectoral_base.models.sectoral_workflow import in_workflow_step


class ProductTemplate(models.Model):
    """A labelled item on the website: a product of its own, made when the item is
    published. What it weighs and where it waits come from its label."""

    _inherit = "product.template"

    sectoral_label_id = fields.Many2one(
        "sectoral.label",
        "Price label",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="restrict",
        help="The unique second-hand item this product sells online.",
    )
    # stored, so that the website filters items without reading labels as a visitor
    sectoral_item_state = fields.Selection(
        related="sectoral_label_id.state", store=True, string="Item"
    )

    _sectoral_label_uniq = models.UniqueIndex(
        "(sectoral_label_id) WHERE sectoral_label_id IS NOT NULL",
        "An item has one product on the website.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        # an item's product is made by publishing its label, never by hand
        if not in_workflow_step() and any(
            vals.get("sectoral_label_id") for vals in vals_list
        ):
            raise UserError(
                self.env._("An item is put online by publishing its label.")
            )
        return super().create(vals_list)

    def write(self, vals):
        if "sectoral_label_id" in vals and any(
            product.sectoral_label_id.id != vals["sectoral_label_id"]
            for product in self
        ):
            raise UserError(self.env._("An item's product stays the item's."))
        return super().write(vals)

    @api.model
    def _sectoral_item_info(self, product_or_template):
        """What the product page says of a unique item: its weight, the CO2e its
        reuse avoids, its shop, its grade, and whether it can still be taken."""
        label = product_or_template.sudo().sectoral_label_id
        if not label:
            return {}
        co2 = label.stream_id._co2_avoided_kg(label.weight_kg)
        site = label.warehouse_id or label.session_id.warehouse_id
        grades = dict(label._fields["grade"]._description_selection(self.env))
        return {
            "sectoral_item": True,
            "sectoral_weight_kg": label.weight_kg,
            "sectoral_co2_kg": co2,
            "sectoral_shop": site.name or "",
            "sectoral_stream": label.stream_id.display_name,
            "sectoral_grade": grades.get(label.grade, ""),
            "sectoral_state": label.state,
        }

    def _get_additionnal_combination_info(
        self, product_or_template, quantity, uom, date, website
    ):
        info = super()._get_additionnal_combination_info(
            product_or_template, quantity, uom, date, website
        )
        info.update(self._sectoral_item_info(product_or_template))
        return info
