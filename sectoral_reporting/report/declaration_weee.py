# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).

from odoo import models


class SectoralDeclarationWeee(models.AbstractModel):
    _name = "sectoral.declaration.weee"
    _inherit = "sectoral.declaration"
    _description = "Electrical and electronic equipment (WEEE)"
    _declaration_code = "weee"
    _declaration_sequence = 30

    def _rows(self, report):
        streams = report._scheme_streams("weee")
        category = dict(
            streams._fields["rep_category"]._description_selection(self.env)
        )
        balance = report._scheme_balance(
            "weee", lambda s: category.get(s.rep_category, s.display_name)
        )
        return report._balance_rows(balance, self.env._("Category"))
