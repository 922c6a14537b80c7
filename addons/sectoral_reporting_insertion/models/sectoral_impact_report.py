# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import models


class SectoralImpactReport(models.TransientModel):
    """Jobs and insertion in the impact: workers and full-time equivalents, workers
    in insertion (placements apart), trainees, hours of training, exits and their
    outcomes, subsidies received."""

    _inherit = "sectoral.impact.report"

    def _figures(self, start=None, end=None):
        figures = super()._figures(start, end)
        figures.update(self._job_figures(*figures["period"]))
        return figures

    def _job_figures(self, start, end):
        """Workers on the enterprise's payroll and their full-time equivalents (the
        suite's one rule, from the contracts' days in the period), then insertion:
        workers employed in insertion or placed by a CPAS (article 60 §7: in the
        insertion headcount, not in the payroll), trainees (CISP: trainees and
        training hours, not employees), exits after each programme's minimum stay."""
        companies = self.company_ids
        Pathway = self.env["sectoral.insertion.pathway"].sudo()
        pathways = Pathway.search(
            [
                ("company_id", "in", companies.ids),
                ("state", "!=", "draft"),
                ("date_start", "<=", end),
                "|",
                ("exit_date", "=", False),
                ("exit_date", ">=", start),
            ]
        )
        by_employment = defaultdict(lambda: Pathway.browse())
        for pathway in pathways:
            by_employment[pathway.programme_id.employment] |= pathway
        employed = by_employment["employee"]
        not_ours = (
            by_employment["placement"] | by_employment["trainee"]
        ).employee_id - employed.employee_id
        versions = (
            self.env["hr.version"]
            .sudo()
            .search(
                [
                    ("company_id", "in", companies.ids),
                    ("employee_id.company_id", "in", companies.ids),
                    ("employee_id", "not in", not_ours.ids),
                    ("contract_date_start", "!=", False),
                    ("contract_date_start", "<=", end),
                    "|",
                    ("contract_date_end", "=", False),
                    ("contract_date_end", ">=", start),
                ]
            )
        )
        payroll = versions._sectoral_fte(start, end)
        exits = (
            Pathway.search(
                [
                    ("company_id", "in", companies.ids),
                    ("state", "=", "exited"),
                    ("exit_date", ">=", start),
                    ("exit_date", "<=", end),
                ]
            )
        )._counted_exits()
        trainings = (
            self.env["sectoral.insertion.training"]
            .sudo()
            .search(
                [
                    ("company_id", "in", companies.ids),
                    ("date_start", ">=", start),
                    ("date_start", "<=", end),
                ]
            )
        )
        contributions = (
            self.env["sectoral.insertion.subsidy"]
            .sudo()
            .search(
                [
                    ("company_id", "in", companies.ids),
                    ("kind", "=", "contribution"),
                    ("state", "=", "posted"),
                    ("date_to", ">=", start),
                    ("date_to", "<=", end),
                ]
            )
        )
        by_outcome = defaultdict(int)
        for pathway in exits:
            by_outcome[pathway.exit_outcome] += 1
        dynamic = len(exits.filtered("is_dynamic_exit"))
        return {
            "headcount": len(payroll),
            "fte": sum(payroll.values()),
            "insertion_workers": len(
                (employed | by_employment["placement"]).employee_id
            ),
            "insertion_fte": employed._fte(start, end) if employed else 0.0,
            "placements": len(by_employment["placement"].employee_id),
            # what the enterprise paid the CPAS for the workers it placed
            "cpas_contributions": sum(contributions.mapped("amount")),
            "trainees": len(by_employment["trainee"].employee_id),
            "training_hours": sum(trainings.mapped("hours")),
            "exits": len(exits),
            "exits_by_outcome": dict(by_outcome),
            "dynamic_exit_rate": dynamic / len(exits) if exits else 0.0,
        }

    def _income_categories(self):
        return super()._income_categories() + [
            {
                "key": "subsidies",
                "label": self.env._("Subsidies"),
                "sequence": 30,
                "journals": self.company_ids.sudo().insertion_subsidy_journal_id,
            }
        ]

    def _indicator_rows(self):
        labels = {
            "headcount": self.env._("Workers"),
            "fte": self.env._("Full-time equivalents"),
            "insertion_workers": self.env._("Workers in insertion"),
            "placements": self.env._("Of whom placed by a CPAS (article 60)"),
            "cpas_contributions": self.env._("Contributions paid to the CPAS"),
            "trainees": self.env._("Trainees (CISP)"),
            "training_hours": self.env._("Hours of training"),
            "exits": self.env._("Exits"),
            "dynamic_exit_rate": self.env._("Dynamic exits"),
        }
        return super()._indicator_rows() + [
            ("headcount", labels["headcount"], "n", 1),
            ("fte", labels["fte"], "n", 1),
            ("insertion_workers", labels["insertion_workers"], "n", 1),
            ("placements", labels["placements"], "n", 1),
            ("cpas_contributions", labels["cpas_contributions"], "money", 1),
            ("trainees", labels["trainees"], "n", 1),
            ("training_hours", labels["training_hours"], "n", 1),
            ("exits", labels["exits"], "n", 1),
            ("dynamic_exit_rate", labels["dynamic_exit_rate"], "%", 0.01),
        ]


class SectoralDeclarationFederation(models.AbstractModel):
    _inherit = "sectoral.declaration.federation"

    def _columns(self):
        return super()._columns() + [
            (self.env._("Workers"), lambda f: f["headcount"]),
            (self.env._("Full-time equivalents"), lambda f: f"{f['fte']:.2f}"),
            (self.env._("Workers in insertion"), lambda f: f["insertion_workers"]),
            (
                self.env._("Dynamic exits (%)"),
                lambda f: f"{f['dynamic_exit_rate'] * 100:.1f}",
            ),
        ]
