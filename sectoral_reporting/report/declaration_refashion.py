# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).

from odoo import models


class SectoralDeclarationRefashion(models.AbstractModel):
    _name = "sectoral.declaration.refashion"
    _inherit = "sectoral.declaration"
    _description = "Textiles (Refashion)"
    _declaration_code = "refashion"
    _declaration_sequence = 20

    def _rows(self, report):
        balance = report._scheme_balance("refashion", lambda s: s.display_name)
        return report._balance_rows(balance, self.env._("Stream"))
