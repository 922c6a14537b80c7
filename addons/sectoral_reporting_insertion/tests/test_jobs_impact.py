# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import io
from datetime import date

import openpyxl

from odoo import Command
from odoo.tests import tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon


@tagged("post_install", "-at_install")
class TestJobsImpact(AccountTestInvoicingCommon):
    """Enterprise A received a subsidy for its worker in insertion; enterprise B
    employs four workers over 2024 and 2025, three of them in insertion."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        env.user.group_ids += env.ref("sectoral_base.group_manager")
        # the fixture hires workers and follows their insertion
        env.user.group_ids += env.ref("hr.group_hr_manager")
        cls.company_a = env.company
        cls.company_b = env["res.company"].create({"name": "Ressourcerie B"})
        env.user.company_ids += cls.company_b
        cls.env = env = env(
            context=dict(
                env.context, allowed_company_ids=[cls.company_a.id, cls.company_b.id]
            )
        )
        cls._subsidy_of_a()
        cls._workers_of_b()

    @classmethod
    def _subsidy_of_a(cls):
        env = cls.env
        # a subsidy for a worker of A, posted on 30 June 2025
        subsidy_journal = env["account.journal"].create(
            {"name": "Subsides", "type": "general", "code": "SUBS"}
        )
        cls.company_a.write(
            {
                "insertion_subsidy_journal_id": subsidy_journal.id,
                "insertion_subsidy_account_id": env["account.account"]
                .create(
                    {"code": "740099", "name": "Subsides", "account_type": "income"}
                )
                .id,
            }
        )
        plan = env.ref("sectoral_insertion.analytic_plan_insertion")
        analytic = env["account.analytic.account"].create(
            {"name": "Art. 60", "plan_id": plan.id}
        )
        worker = env["hr.employee"].create({"name": "Travailleur A"})
        pathway = env["sectoral.insertion.pathway"].create(
            {
                "employee_id": worker.id,
                "programme_id": env.ref("sectoral_insertion.programme_be_art60").id,
                "funder_id": env["res.partner"].create({"name": "CPAS"}).id,
                "date_start": date(2025, 1, 1),
                "weekly_hours": 38,
            }
        )
        subsidy = env["sectoral.insertion.subsidy"].create(
            {
                "pathway_id": pathway.id,
                "name": "Art. 60",
                "date_from": date(2025, 6, 1),
                "date_to": date(2025, 6, 30),
                "amount": 1850,
                "analytic_account_id": analytic.id,
            }
        )
        subsidy.action_post()

    @classmethod
    def _workers_of_b(cls):
        env = cls.env
        b = cls.company_b
        programme = env.ref("sectoral_insertion.programme_be_art60")
        calendar = env["resource.calendar"].create({"name": "40 h", "company_id": b.id})
        cls.calendar_hours = calendar.hours_per_week

        def worker(name, start, end=False):
            employee = env["hr.employee"].create(
                {"name": name, "company_id": b.id, "resource_calendar_id": calendar.id}
            )
            employee.version_id.write(
                {
                    "contract_date_start": start,
                    "contract_date_end": end,
                    "resource_calendar_id": calendar.id,
                }
            )
            return employee

        worker("Eb1", date(2024, 1, 1))
        eb2 = worker("Eb2", date(2025, 7, 1))
        eb3 = worker("Eb3", date(2024, 3, 1), date(2025, 4, 30))
        eb4 = worker("Eb4", date(2024, 2, 1), date(2024, 10, 31))
        Pathway = env["sectoral.insertion.pathway"]

        def pathway(employee, start, hours, **vals):
            return Pathway.create(
                {
                    "company_id": b.id,
                    "employee_id": employee.id,
                    "programme_id": programme.id,
                    "date_start": start,
                    "weekly_hours": hours,
                    "state": "active",
                    **vals,
                }
            )

        pathway(eb2, date(2025, 7, 1), 26)
        exited = pathway(
            eb3,
            date(2024, 3, 1),
            38,
            training_ids=[
                Command.create(
                    {"name": "Cariste", "date_start": date(2025, 1, 10), "hours": 14}
                ),
                Command.create(
                    {"name": "Tri", "date_start": date(2024, 6, 1), "hours": 20}
                ),
            ],
        )
        exited._exit(date(2025, 4, 30), "hired", "durable")
        pathway(eb4, date(2024, 2, 1), 38)._exit(date(2024, 10, 31), "end", "other")

    def _report(self, company, **vals):
        return self.env["sectoral.impact.report"].create(
            {
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
                "company_ids": [Command.set(company.ids)],
                **vals,
            }
        )

    def test_jobs_and_insertion(self):
        report = self._report(self.company_b)
        figures = report._figures()
        self.assertEqual(figures["headcount"], 3, "Eb1, Eb2 and Eb3 (until April)")
        hours = self.calendar_hours
        contract_days = 365 + 184 + 120  # Eb1 all year, Eb2 from July, Eb3 to April
        self.assertAlmostEqual(
            figures["fte"], hours / 7 * contract_days / 1607, places=4
        )
        self.assertEqual(figures["insertion_workers"], 2)
        self.assertAlmostEqual(figures["training_hours"], 14)
        self.assertEqual(figures["exits"], 1)
        self.assertEqual(figures["exits_by_outcome"], {"durable": 1})
        self.assertAlmostEqual(figures["dynamic_exit_rate"], 1.0)
        previous = report._figures(date(2024, 1, 1), date(2024, 12, 31))
        self.assertEqual(previous["headcount"], 3, "Eb1, Eb3 and Eb4")
        self.assertEqual(previous["exits"], 1)
        self.assertAlmostEqual(previous["dynamic_exit_rate"], 0.0)
        self.assertAlmostEqual(previous["training_hours"], 20)

    def test_subsidies_from_the_books(self):
        income = self._report(self.company_a)._figures()["income"]
        self.assertEqual(
            {k: round(v, 2) for k, v in income.items() if v}, {"subsidies": 1850}
        )

    def test_jobs_in_every_output(self):
        report = self._report(self.company_b)
        keys = [row["key"] for row in report._indicators()[2]]
        self.assertEqual(
            keys[-6:],
            [
                "headcount",
                "fte",
                "insertion_workers",
                "training_hours",
                "exits",
                "dynamic_exit_rate",
            ],
        )
        content, _kind = self.env["ir.actions.report"]._render(
            "sectoral_reporting.action_report_impact_xlsx", report.ids
        )
        book = openpyxl.load_workbook(io.BytesIO(content))
        jobs = {row[0].value: row for row in book["Jobs"].iter_rows(min_row=4)}
        self.assertEqual(jobs["Workers"][1].value, 3)
        header, lines = self.env["sectoral.declaration.federation"]._rows(report)
        self.assertEqual(lines[0][header.index("Workers in insertion")], 2)
