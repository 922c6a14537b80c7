# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models
from odoo.exceptions import UserError


class AccountMove(models.Model):
    _inherit = "account.move"

    def _post(self, soft=True):
        """A membership invoiced at a fee within its sliding scale."""
        for line in self.filtered(lambda move: move.move_type == "out_invoice").mapped(
            "invoice_line_ids"
        ):
            template = line.product_id.product_tmpl_id
            refusal = template and template._sectoral_fee_refusal(line.price_unit)
            if refusal:
                raise UserError(refusal)
        return super()._post(soft=soft)
