# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class IrModuleModule(models.Model):
    _inherit = "ir.module.module"

    def _load_module_terms(self, modules, langs, overwrite=False):
        """Stream names get their translations from the .po files, loaded after the
        data: pass them on to the streams' stock products."""
        res = super()._load_module_terms(modules, langs, overwrite=overwrite)
        if "sectoral.stream" in self.env:
            self.env["sectoral.stream"].with_context(active_test=False).search(
                []
            )._sync_product_names()
        return res
