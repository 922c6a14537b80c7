# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import models


class SectoralImpactReport(models.TransientModel):
    """Jobs and insertion in the impact: workers and full-time equivalents, workers
    in insertion, hours of training, exits and their outcomes, subsidies received."""

    _inherit = "sectoral.impact.report"

    def _figures(self, start=None, end=None):
        figures = super()._figures(start, end)
        figures.update(self._job_figures(*figures["period"]))
        return figures

    def _job_figures(self, start, end):
        companies = self.company_ids
        days = (end - start).days + 1
        Version = self.env["hr.version"].sudo()
        versions = Version.search(
            [
                ("company_id", "in", companies.ids),
                ("employee_id.company_id", "in", companies.ids),
                "|",
                ("contract_date_start", "=", False),
                ("contract_date_start", "<=", end),
                "|",
                ("contract_date_end", "=", False),
                ("contract_date_end", ">=", start),
            ]
        )
        employees = set()
        fte = 0.0
        for version in versions:
            if not version.contract_date_start and not version.employee_id.active:
                continue
            employees.add(version.employee_id.id)
            overlap_start = max(version.contract_date_start or start, start)
            overlap_end = min(version.contract_date_end or end, end)
            weekly = version.resource_calendar_id.hours_per_week or 0.0
            reference = version.company_id.insertion_fte_hours * days / 365
            fte += weekly * ((overlap_end - overlap_start).days + 1) / 7 / reference
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
        exits = Pathway.search(
            [
                ("company_id", "in", companies.ids),
                ("state", "=", "exited"),
                ("exit_date", ">=", start),
                ("exit_date", "<=", end),
            ]
        )
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
        by_outcome = defaultdict(int)
        for pathway in exits:
            by_outcome[pathway.exit_outcome] += 1
        dynamic = len(exits.filtered("is_dynamic_exit"))
        return {
            "headcount": len(employees),
            "fte": fte,
            "insertion_workers": len(pathways.employee_id),
            "insertion_fte": pathways._fte(start, end) if pathways else 0.0,
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
        _ = self.env._
        return super()._indicator_rows() + [
            ("headcount", _("Workers"), "n", 1),
            ("fte", _("Full-time equivalents"), "n", 1),
            ("insertion_workers", _("Workers in insertion"), "n", 1),
            ("training_hours", _("Hours of training"), "n", 1),
            ("exits", _("Exits"), "n", 1),
            ("dynamic_exit_rate", _("Dynamic exits"), "%", 0.01),
        ]


class SectoralDeclarationFederation(models.AbstractModel):
    _inherit = "sectoral.declaration.federation"

    def _columns(self):
        _ = self.env._
        return super()._columns() + [
            (_("Workers"), lambda f: f["headcount"]),
            (_("Full-time equivalents"), lambda f: f"{f['fte']:.2f}"),
            (_("Workers in insertion"), lambda f: f["insertion_workers"]),
            (_("Dynamic exits (%)"), lambda f: f"{f['dynamic_exit_rate'] * 100:.1f}"),
        ]
