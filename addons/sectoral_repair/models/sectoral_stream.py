# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class SectoralStream(models.Model):
    _inherit = "sectoral.stream"

    repair_by_item = fields.Boolean(
        "Repaired item by item",
        help="Each weighing of this stream sorted for repair is one item and gets its "
        "own repair order in the workshop (electrical goods, bikes...).",
    )
