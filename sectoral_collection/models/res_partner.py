# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # asked when a donor is added at the intake tablet: without it, the enterprise
    # keeps the donor's name for its records but does not write to them
    sectoral_contact_consent = fields.Boolean(
        "Agrees to be contacted",
        help="The donor agreed that the enterprise contacts them (collection dates, "
        "news). Asked when the donor is added at the intake tablet.",
    )
