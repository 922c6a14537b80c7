# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    pos_sectoral_warehouse_id = fields.Many2one(
        related="pos_config_id.sectoral_warehouse_id", readonly=False
    )
    pos_sectoral_social_pricelist_id = fields.Many2one(
        related="pos_config_id.sectoral_social_pricelist_id", readonly=False
    )
    pos_sectoral_social_discount_pct = fields.Float(
        related="pos_config_id.sectoral_social_discount_pct", readonly=False
    )
    pos_sectoral_donation_product_id = fields.Many2one(
        related="pos_config_id.sectoral_donation_product_id", readonly=False
    )
    pos_sectoral_max_weight_kg = fields.Float(
        related="pos_config_id.sectoral_max_weight_kg", readonly=False
    )
    pos_sectoral_price_floor = fields.Monetary(
        related="pos_config_id.sectoral_price_floor", readonly=False
    )
