# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import models


class SectoralImpactReport(models.TransientModel):
    """The tills' part of the impact: what they sold, by stream, in kilograms and in
    money. Shop sales are the tills' paid orders before tax (the income posted in the
    books is apart, under income)."""

    _inherit = "sectoral.impact.report"

    def _material_figures(self, groups, start, end):
        figures = super()._material_figures(groups, start, end)
        sold = defaultdict(lambda: [0.0, 0.0])
        for flow, stream, _channel, _kind, _estimated, kg, amount in groups:
            if flow == "sold":
                sold[stream][0] += kg
                sold[stream][1] += amount
        figures.update(
            {
                "sold_by_stream": sorted(
                    ((stream, kg, amount) for stream, (kg, amount) in sold.items()),
                    key=lambda row: -row[2],
                ),
                "sold_kg": sum(kg for kg, _amount in sold.values()),
                "sold_amount": sum(amount for _kg, amount in sold.values()),
            }
        )
        return figures

    def _figures(self, start=None, end=None):
        figures = super()._figures(start, end)
        figures["shops"] = len(self._shops())
        return figures

    def _shops(self):
        """The shops: the reuse sites where an active till sells."""
        sites = (
            self.env["pos.config"]
            .sudo()
            .search([("company_id", "in", self.company_ids.ids)])
            .sectoral_warehouse_id
        )
        return sites & self._sites() if self.warehouse_ids else sites

    def _income_categories(self):
        configs = (
            self.env["pos.config"]
            .sudo()
            .search([("company_id", "in", self.company_ids.ids)])
        )
        donation_accounts = self.env["account.account"]
        for config in configs.filtered("sectoral_donation_product_id"):
            product = config.sectoral_donation_product_id.with_company(
                config.company_id
            )
            donation_accounts |= (
                product.property_account_income_id
                or product.categ_id.property_account_income_categ_id
            )
        return super()._income_categories() + [
            {
                "key": "shop",
                "label": self.env._("Shop sales"),
                "sequence": 10,
                "journals": configs.journal_id,
            },
            {
                "key": "donations",
                "label": self.env._("Donations"),
                "sequence": 40,
                "accounts": donation_accounts,
            },
        ]

    def _indicator_rows(self):
        labels = {
            "sold_kg": self.env._("Sold at the tills (t)"),
            "sold_amount": self.env._("Shop sales (tills' orders, excl. tax)"),
        }
        return self._insert_rows(
            super()._indicator_rows(),
            "income_total",
            [
                ("sold_kg", labels["sold_kg"], "t", 1000),
                ("sold_amount", labels["sold_amount"], "money", 1),
            ],
        )


class SectoralDeclarationFederation(models.AbstractModel):
    _inherit = "sectoral.declaration.federation"

    def _columns(self):
        return super()._columns() + [
            (self.env._("Shops"), lambda f: f["shops"]),
            (
                self.env._("Shop sales (tills' orders, excl. tax)"),
                lambda f: f"{f['sold_amount']:.2f}",
            ),
        ]
