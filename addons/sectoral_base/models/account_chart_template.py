# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @api.model
    def _sectoral_demo_load(self, company):
        """The chart of accounts of the demo ressourcerie: the Belgian one where the
        database has the Belgian localisation, else the one of the database's main
        company (or Odoo's generic chart), so that the demo installs on a database
        of any country."""
        company = self.env["res.company"].browse(company)
        belgian = self.env["ir.module.module"].search_count(
            [("name", "=", "l10n_be"), ("state", "in", ("installed", "to upgrade"))]
        )
        if belgian:
            code = "be_comp"
        else:
            code = self.env.ref("base.main_company").chart_template or "generic_coa"
        return self.try_loading(code, company, install_demo=True)
