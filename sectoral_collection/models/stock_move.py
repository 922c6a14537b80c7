# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class StockMove(models.Model):
    """A receipt move made by an intake keeps who gave, through which channel and on
    which round: the impact report and the REP declarations read them here."""

    _inherit = "stock.move"

    sectoral_intake_id = fields.Many2one(
        "sectoral.intake", "Intake", index="btree_not_null", readonly=True
    )
    sectoral_channel_id = fields.Many2one(
        "sectoral.channel", "Supply channel", readonly=True
    )
    sectoral_donor_id = fields.Many2one("res.partner", "Donor", readonly=True)
    sectoral_round_id = fields.Many2one(
        "sectoral.round", "Collection round", readonly=True
    )
    sectoral_is_estimated = fields.Boolean(
        "Estimated weight",
        readonly=True,
        help="Part of the kilograms were counted items converted with the stream's "
        "average weight.",
    )
