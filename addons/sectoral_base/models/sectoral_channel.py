# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralChannel(models.Model):
    """How goods reach the enterprise (mode d'apport): door-to-door collection,
    voluntary drop-off, recycling centre, clearance, web request..."""

    _name = "sectoral.channel"
    _description = "Supply channel"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    icon = fields.Char(default="🚚")
    is_collected = fields.Boolean(
        "Collected on a round",
        help="Goods of this channel are fetched by a collection round, not brought in.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", index=True)

    _code_company_uniq = models.UniqueIndex(
        "(code, COALESCE(company_id, 0))",
        "A supply channel with this code already exists in this company.",
    )
