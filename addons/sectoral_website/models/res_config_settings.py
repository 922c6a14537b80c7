# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    sectoral_collect_days = fields.Integer(
        related="website_id.sectoral_collect_days", readonly=False
    )
