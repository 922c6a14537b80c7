# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class RepairOrder(models.Model):
    _inherit = "repair.order"

    def action_repair_done(self):
        """A lent object repaired is back on the library's shelf."""
        res = super().action_repair_done()
        self.lot_id.filtered(
            lambda lot: lot.sectoral_lendable and lot.sectoral_lending_state == "repair"
        )._sectoral_back_in_library()
        return res
