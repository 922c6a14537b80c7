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
                "programme_id": env.ref("sectoral_insertion.programme_be_ei").id,
                "funder_id": env["res.partner"].create({"name": "Région"}).id,
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
        """B's full-time week is its working schedule's 40 h. On its payroll: Eb1
        (all along), Eb2 (from July 2025, in insertion), Eb3 (March 2024 to April
        2025, in insertion, hired elsewhere), Eb4 (2024, in insertion). Eb5 is placed
        by the CPAS under article 60 (its contract record notwithstanding), Eb6 a
        CISP trainee, Eb7 left a programme with a minimum stay too early."""
        env = cls.env
        b = cls.company_b
        b.resource_calendar_id = env["resource.calendar"].create(
            {"name": "Full time", "company_id": b.id, "hours_per_week": 40}
        )
        employed = env.ref("sectoral_insertion.programme_be_ei")
        art60 = env.ref("sectoral_insertion.programme_be_art60")
        cisp = env.ref("sectoral_insertion.programme_be_cisp")
        short = env["sectoral.insertion.programme"].create(
            {"name": "Short", "code": "SHORT", "min_stay_months": 3}
        )
        calendar = env["resource.calendar"].create(
            {"name": "40 h", "company_id": b.id, "hours_per_week": 40}
        )

        def worker(name, start=False, end=False):
            employee = env["hr.employee"].create(
                {"name": name, "company_id": b.id, "resource_calendar_id": calendar.id}
            )
            if start:
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
        eb5 = worker("Eb5", date(2025, 2, 1))
        eb6 = worker("Eb6")
        eb7 = worker("Eb7")
        Pathway = env["sectoral.insertion.pathway"]

        def pathway(employee, programme, start, hours, **vals):
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

        pathway(eb2, employed, date(2025, 7, 1), 26)
        exited = pathway(
            eb3,
            employed,
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
        pathway(eb4, employed, date(2024, 2, 1), 38)._exit(
            date(2024, 10, 31), "end", "other"
        )
        pathway(eb5, art60, date(2025, 2, 1), 38)
        pathway(
            eb6,
            cisp,
            date(2025, 9, 1),
            20,
            training_ids=[
                Command.create(
                    {"name": "Vente", "date_start": date(2025, 10, 1), "hours": 30}
                )
            ],
        )
        pathway(eb7, short, date(2025, 5, 1), 20)._exit(
            date(2025, 6, 15), "hired", "durable"
        )

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
        # payroll: Eb1 all year, Eb2 from July, Eb3 to April; not the placed Eb5
        self.assertEqual(figures["headcount"], 3)
        self.assertAlmostEqual(figures["fte"], (365 + 184 + 120) / 365)
        # insertion: Eb2, Eb3 and Eb7 employed, Eb5 placed; Eb6 a trainee apart
        self.assertEqual(figures["insertion_workers"], 4)
        self.assertEqual(figures["placements"], 1)
        self.assertEqual(figures["trainees"], 1)
        self.assertAlmostEqual(
            figures["insertion_fte"],
            26 / 40 * 184 / 365 + 38 / 40 * 120 / 365 + 20 / 40 * 46 / 365,
        )
        self.assertAlmostEqual(figures["training_hours"], 14 + 30)
        # Eb7 left before the programme's three months: not an exit of the figures
        self.assertEqual(figures["exits"], 1)
        self.assertEqual(figures["exits_by_outcome"], {"durable": 1})
        self.assertAlmostEqual(figures["dynamic_exit_rate"], 1.0)
        previous = report._figures(date(2024, 1, 1), date(2024, 12, 31))
        self.assertEqual(previous["headcount"], 3, "Eb1, Eb3 and Eb4")
        self.assertAlmostEqual(
            previous["fte"], (366 + 306 + 274) / 366, msg="2024 has 366 days"
        )
        self.assertEqual(previous["exits"], 1)
        self.assertAlmostEqual(previous["dynamic_exit_rate"], 0.0)
        self.assertAlmostEqual(previous["training_hours"], 20)

    def test_fte_never_above_one_per_person(self):
        """Seven full-timers a whole year are seven full-time equivalents, whatever
        their schedules say; a month's report counts the month's days."""
        company = self.env["res.company"].create({"name": "Ressourcerie C"})
        self.env.user.company_ids += company
        self.env = env = self.env(
            context=dict(
                self.env.context,
                allowed_company_ids=[
                    *self.env.context["allowed_company_ids"],
                    company.id,
                ],
            )
        )
        company.country_id = env.ref("base.be")
        self.assertEqual(company._sectoral_set_full_time().hours_per_week, 38)
        long_week = env["resource.calendar"].create(
            {"name": "40 h", "company_id": company.id, "hours_per_week": 40}
        )
        for n in range(7):
            employee = env["hr.employee"].create(
                {"name": f"Ec{n}", "company_id": company.id}
            )
            employee.version_id.write(
                {
                    "contract_date_start": date(2020, 1, 1),
                    "resource_calendar_id": long_week.id,
                }
            )
        env["hr.employee"].create({"name": "No contract", "company_id": company.id})
        report = self._report(company)
        figures = report._figures()
        self.assertEqual(figures["headcount"], 7)
        self.assertAlmostEqual(figures["fte"], 7.0)
        june = report._figures(date(2025, 6, 1), date(2025, 6, 30))
        self.assertAlmostEqual(june["fte"], 7.0)

    def test_subsidies_from_the_books(self):
        income = self._report(self.company_a)._figures()["income"]
        self.assertEqual(
            {k: round(v, 2) for k, v in income.items() if v}, {"subsidies": 1850}
        )

    def test_article_60_contribution_is_paid_not_received(self):
        """B pays the CPAS 300 for Eb5, placed under article 60: an expense of B,
        shown beside the placements, never a subsidy received."""
        env = self.env
        b = self.company_b
        b.write(
            {
                "insertion_subsidy_journal_id": env["account.journal"]
                .create(
                    {
                        "name": "Insertion",
                        "type": "general",
                        "code": "INSB",
                        "company_id": b.id,
                    }
                )
                .id,
                "insertion_contribution_account_id": env["account.account"]
                .with_company(b)
                .create(
                    {
                        "code": "617098",
                        "name": "Intervention CPAS",
                        "account_type": "expense",
                    }
                )
                .id,
            }
        )
        placement = env["sectoral.insertion.pathway"].search(
            [
                ("company_id", "=", b.id),
                (
                    "programme_id",
                    "=",
                    env.ref("sectoral_insertion.programme_be_art60").id,
                ),
            ]
        )
        plan = env.ref("sectoral_insertion.analytic_plan_insertion")
        # B keeps its books without a chart: the CPAS's payable account is its own
        cpas = env["res.partner"].create({"name": "CPAS B"})
        cpas.with_company(b).property_account_payable_id = (
            env["account.account"]
            .with_company(b)
            .create(
                {
                    "code": "440098",
                    "name": "Fournisseurs",
                    "account_type": "liability_payable",
                    "reconcile": True,
                }
            )
        )
        contribution = env["sectoral.insertion.subsidy"].create(
            {
                "pathway_id": placement.id,
                "funder_id": cpas.id,
                "name": "Intervention mai",
                "date_from": date(2025, 5, 1),
                "date_to": date(2025, 5, 31),
                "amount": 300,
                "analytic_account_id": env["account.analytic.account"]
                .create({"name": "Art. 60 B", "plan_id": plan.id, "company_id": b.id})
                .id,
            }
        )
        self.assertEqual(contribution.kind, "contribution")
        contribution.action_post()
        figures = self._report(b)._figures()
        self.assertAlmostEqual(figures["cpas_contributions"], 300)
        self.assertFalse(figures["income"].get("subsidies"))

    def test_jobs_in_every_output(self):
        report = self._report(self.company_b)
        keys = [row["key"] for row in report._indicators()[2]]
        self.assertEqual(
            keys[-9:],
            [
                "headcount",
                "fte",
                "insertion_workers",
                "placements",
                "cpas_contributions",
                "trainees",
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
        self.assertEqual(lines[-1][header.index("Stream")], "All streams")
        self.assertEqual(lines[-1][header.index("Workers in insertion")], 4)
        self.assertEqual(lines[0][header.index("Workers in insertion")], "")
