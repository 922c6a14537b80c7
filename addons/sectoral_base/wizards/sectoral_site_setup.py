# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.exceptions import AccessError


class SectoralSiteSetup(models.TransientModel):
    """Creates a new reuse site in one step: a standard warehouse with its intake, shop,
    workshop, recycling and waste locations."""

    _name = "sectoral.site.setup"
    _description = "New reuse site"

    name = fields.Char("Site name", required=True)
    code = fields.Char(
        "Short name", required=True, size=5, help="Prefix of the site's transfers."
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    partner_id = fields.Many2one("res.partner", "Address")
    max_weighing_kg = fields.Float("Maximum weighing (kg)", default=1000.0)
    population = fields.Integer("Population served")

    def action_create_site(self):
        """A manager of the suite sets up a site of their own enterprise: the
        warehouse, its locations and operation types are made with the rights of the
        setup, as an inventory administrator would (the manager is not one)."""
        self.ensure_one()
        if not self.env.user.has_group("sectoral_base.group_manager"):
            raise AccessError(self.env._("Only a manager sets up a reuse site."))
        if self.company_id not in self.env.user.company_ids:
            raise AccessError(
                self.env._("A site is set up in one of your own enterprises.")
            )
        warehouse = (
            self.env["stock.warehouse"]
            .sudo()
            .with_company(self.company_id)
            .create(
                {
                    "name": self.name,
                    "code": self.code,
                    "company_id": self.company_id.id,
                    "partner_id": self.partner_id.id,
                    "reuse_max_weighing_kg": self.max_weighing_kg,
                    "reuse_population": self.population,
                }
            )
        )
        warehouse.action_setup_reuse_site()
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.warehouse",
            "res_id": warehouse.id,
            "view_mode": "form",
            "target": "current",
        }
