# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class SectoralDeclarationFederation(models.AbstractModel):
    _name = "sectoral.declaration.federation"
    _inherit = "sectoral.declaration"
    _description = "Federation indicators, one line per member"
    _declaration_code = "federation"
    _declaration_sequence = 40

    def _columns(self):
        """The columns of the federation's file: (header, value from a member's
        figures). Bridges add theirs (shop sales, workers...)."""
        return [
            (self.env._("Collected (t)"), lambda f: f"{f['collected_kg'] / 1000:.3f}"),
            (
                self.env._("Sorted for reuse (t)"),
                lambda f: f"{f['sorted_for_reuse_kg'] / 1000:.3f}",
            ),
            (self.env._("Reused (t)"), lambda f: f"{f['reused_kg'] / 1000:.3f}"),
            (self.env._("Recycled (t)"), lambda f: f"{f['recycled_kg'] / 1000:.3f}"),
            (self.env._("Reuse rate (%)"), lambda f: f"{f['reuse_rate'] * 100:.1f}"),
            (
                self.env._("Valorisation rate (%)"),
                lambda f: f"{f['valorisation_rate'] * 100:.1f}",
            ),
            (
                self.env._("Reused per inhabitant per year (kg)"),
                lambda f: f"{f['kg_per_inhabitant']:.2f}",
            ),
            (self.env._("CO2e avoided (t)"), lambda f: f"{f['co2_kg'] / 1000:.3f}"),
        ]

    def _rows(self, report):
        """The federation's standard indicators, one line per member enterprise."""
        _ = self.env._
        columns = self._columns()
        header = [_("Member"), _("Period")] + [label for label, _value in columns]
        rows = []
        for company in report.company_ids:
            member = report.new(
                {
                    "date_from": report.date_from,
                    "date_to": report.date_to,
                    "company_ids": company.ids,
                    "warehouse_ids": report.warehouse_ids.filtered(
                        lambda w, c=company: w.company_id == c
                    ).ids,
                }
            )
            figures = member._figures()
            rows.append(
                [company.name, f"{report.date_from} / {report.date_to}"]
                + [value(figures) for _label, value in columns]
            )
        return header, rows
