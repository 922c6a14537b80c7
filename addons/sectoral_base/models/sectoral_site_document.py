# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class SectoralSiteDocument(models.AbstractModel):
    """What every document of a reuse site has: a reference numbered by the sequence
    whose code is the model's name, a company and the site. Models narrow the fields
    they need further (a required site, tracking...)."""

    _name = "sectoral.site.document"
    _description = "Document of a reuse site"
    _check_company_auto = True

    name = fields.Char(
        "Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    warehouse_id = fields.Many2one(
        "stock.warehouse",
        "Site",
        check_company=True,
        domain="[('is_reuse_site', '=', True)]",
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code(self._name)
        return super().create(vals_list)
