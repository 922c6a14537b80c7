# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralInsertionObstacleType(models.Model):
    """A kind of obstacle to employment: housing, mobility, language, health..."""

    _name = "sectoral.insertion.obstacle.type"
    _description = "Obstacle to employment"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    is_special_category = fields.Boolean(
        "Special category",
        help="Health and other special-category personal data (GDPR article 9): "
        "obstacles of this kind are read only by the insertion officer who follows "
        "the person.",
    )
