# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import datetime, time

from odoo import models


class SectoralImpactReport(models.TransientModel):
    """The lending library in the impact: loans made in the period, the members who
    borrowed, the objects the library holds (and those sorting kept for it in the
    period), and the CO2e of the purchases the loans avoided (each kind of object's
    factor, with its source). What sorting keeps for the library counts in the
    kilograms sorted for reuse; it never leaves the enterprise, so it is not counted
    as reused: its loans are its use."""

    _inherit = "sectoral.impact.report"

    def _figures(self, start=None, end=None):
        figures = super()._figures(start, end)
        figures.update(self._lending_figures(*figures["period"]))
        return figures

    def _lending_figures(self, start, end):
        companies = self.company_ids
        loans = (
            self.env["sectoral.lending.loan"]
            .sudo()
            .search(
                [
                    ("company_id", "in", companies.ids),
                    ("state", "!=", "cancel"),
                    ("date_out", ">=", datetime.combine(start, time.min)),
                    ("date_out", "<=", datetime.combine(end, time.max)),
                ]
            )
        )
        objects = (
            self.env["stock.lot"]
            .sudo()
            .search_count(
                [
                    ("company_id", "in", companies.ids),
                    ("sectoral_lendable", "=", True),
                    ("sectoral_lending_state", "!=", "retired"),
                ]
            )
        )
        from_sorting = (
            self.env["stock.lot"]
            .sudo()
            .search(
                [
                    ("company_id", "in", companies.ids),
                    ("sectoral_from_sorting", "=", True),
                    ("create_date", ">=", datetime.combine(start, time.min)),
                    ("create_date", "<=", datetime.combine(end, time.max)),
                ]
            )
        )
        rows = []
        for category, category_loans in loans.grouped("category_id").items():
            factor = category.co2_kg_per_loan if category else 0.0
            rows.append(
                {
                    "category": category.name
                    if category
                    else self.env._("Without a kind"),
                    "loans": len(category_loans),
                    "factor": factor,
                    "co2_kg": factor * len(category_loans),
                    "source": category.co2_source or "",
                }
            )
        rows.sort(key=lambda row: -row["co2_kg"])
        return {
            "loans": len(loans),
            "borrowers": len(loans.partner_id),
            "library_objects": objects,
            "library_from_sorting": len(from_sorting),
            "loan_co2_kg": sum(row["co2_kg"] for row in rows),
            "loans_by_category": rows,
        }

    def _indicator_rows(self):
        labels = {
            "loans": self.env._("Loans of the lending library"),
            "borrowers": self.env._("Members who borrowed"),
            "library_objects": self.env._("Objects in the lending library"),
            "library_from_sorting": self.env._(
                "Objects kept by sorting for the library"
            ),
            "loan_co2_kg": self.env._("CO2e avoided by loans (kg)"),
        }
        return self._insert_rows(
            super()._indicator_rows(),
            "income_total",
            [
                ("loans", labels["loans"], "n", 1),
                ("borrowers", labels["borrowers"], "n", 1),
                ("library_objects", labels["library_objects"], "n", 1),
                ("library_from_sorting", labels["library_from_sorting"], "n", 1),
                ("loan_co2_kg", labels["loan_co2_kg"], "kg", 1),
            ],
        )


class SectoralDeclarationFederation(models.AbstractModel):
    _inherit = "sectoral.declaration.federation"

    def _columns(self):
        return super()._columns() + [
            (self.env._("Loans of the lending library"), lambda f: f["loans"]),
        ]
