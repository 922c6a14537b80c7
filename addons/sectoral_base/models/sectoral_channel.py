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
    ecomaison_origin = fields.Selection(
        [
            ("voluntary", "Voluntary drop-off and home collection"),
            ("recycling_centre", "Reuse zone of a recycling centre"),
            ("professional", "Retailer or professional holder"),
            ("door_to_door", "Other door-to-door collection, not otherwise paid"),
        ],
        "Ecomaison origin",
        required=True,
        default="voluntary",
        help="Under which of Ecomaison's four fixed origins the furniture, toys and "
        "DIY-garden entries of this channel are declared. Ecomaison counts what no "
        "other origin takes as voluntary drop-off.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", index=True)

    _code_company_uniq = models.UniqueIndex(
        "(code, COALESCE(company_id, 0))",
        "A supply channel with this code already exists in this company.",
    )
