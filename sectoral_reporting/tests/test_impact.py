# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import csv
import io
from datetime import date

import openpyxl

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import ImpactCase


@tagged("post_install", "-at_install")
class TestImpact(ImpactCase):
    def assertKg(self, value, expected, msg=None):
        self.assertAlmostEqual(value, expected, places=3, msg=msg)

    def test_material_figures_of_the_federation(self):
        figures = self._report()._figures()
        # collected in 2025: A 500 + 200 + 5 x 12 + 300 + 40, B 100
        self.assertKg(figures["collected_kg"], 1200)
        self.assertKg(figures["estimated_kg"], 60)
        by_stream = {s: kg for s, kg in figures["inbound_by_stream"]}
        self.assertKg(by_stream[self.textiles], 800)
        self.assertKg(by_stream[self.books], 300)
        self.assertKg(by_stream[self.seating], 60)
        by_channel = {c: kg for c, kg in figures["inbound_by_channel"]}
        self.assertKg(by_channel[self.drop_off], 500 + 200 + 40 + 100)
        self.assertKg(by_channel[self.door], 360)
        # where it went; the toaster the workshop could not repair counts as recycled
        kinds = figures["outbound_by_kind"]
        self.assertKg(kinds["reuse"], 200 + 150 + 48 + 80)
        self.assertKg(kinds["repair"], 12 + 10 - 10)
        self.assertKg(kinds["recycling"], 250 + 50 + 30 + 10)
        self.assertKg(kinds["disposal"], 40 + 20)
        self.assertKg(kinds["energy"], 0)
        self.assertKg(figures["reused_kg"], 490)
        self.assertKg(figures["recycled_kg"], 340)
        self.assertAlmostEqual(figures["reuse_rate"], 490 / 1200)
        self.assertAlmostEqual(figures["valorisation_rate"], 830 / 1200)
        self.assertEqual(figures["population"], 150000)
        self.assertAlmostEqual(figures["kg_per_inhabitant"], 490 / 150000)
        # CO2e avoided by stream, each with its factor and its source
        co2 = {row["stream"]: row for row in figures["co2_by_stream"]}
        self.assertNotIn(self.appliances, co2, "nothing of it was reused")
        expected = {
            self.textiles: 200 * 6.0,
            self.books: 230 * self.books.co2_factor,
            self.seating: 60 * self.seating.co2_factor,
        }
        for stream, value in expected.items():
            self.assertAlmostEqual(co2[stream]["co2_kg"], value)
            self.assertEqual(co2[stream]["source"], stream.co2_source or "")
        self.assertAlmostEqual(figures["co2_kg"], sum(expected.values()))
        # sold in the shop: a coat of 1.4 kg, 2.5 kg of textiles, two cups of 0.3 kg
        self.assertKg(figures["sold_kg"], 4.5)
        self.assertAlmostEqual(figures["sold_amount"], 30)
        sold = {s: (kg, amount) for s, kg, amount in figures["sold_by_stream"]}
        self.assertKg(sold[self.textiles][0], 3.9)
        self.assertAlmostEqual(sold[self.textiles][1], 28)
        self.assertKg(sold[self.household][0], 0.6)

    def test_money_from_the_books(self):
        figures = self._report(company_ids=[Command.set(self.company_a.ids)])._figures()
        self.assertEqual(
            {k: round(v, 2) for k, v in figures["income"].items()},
            {
                "shop": 30,
                "invoices": 120,
                "subsidies": 1850,
                "donations": 2,
                "other": 75,
            },
        )
        self.assertAlmostEqual(figures["income_total"], 2077)

    def test_jobs_and_insertion(self):
        report = self._report(company_ids=[Command.set(self.company_b.ids)])
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

    def test_consolidation_and_period_comparison(self):
        both = self._report()
        self.assertEqual(
            both._previous_period(), (date(2024, 1, 1), date(2024, 12, 31))
        )
        quarter = self._report(date_from=date(2025, 4, 1), date_to=date(2025, 6, 30))
        self.assertEqual(
            quarter._previous_period(), (date(2025, 1, 1), date(2025, 3, 31))
        )
        _current, _previous, indicators = both._indicators()
        rows = {row["key"]: row for row in indicators}
        self.assertAlmostEqual(rows["collected_kg"]["value"], 1.2)
        self.assertAlmostEqual(rows["collected_kg"]["previous"], 0.4)
        self.assertAlmostEqual(rows["collected_kg"]["change"], 2.0)
        self.assertAlmostEqual(rows["reused_kg"]["previous"], 0.12)
        self.assertAlmostEqual(rows["reuse_rate"]["value"], 100 * 490 / 1200)
        self.assertAlmostEqual(rows["reuse_rate"]["previous"], 100 * 120 / 400)
        # each member alone adds up to the federation
        a = self._report(company_ids=[Command.set(self.company_a.ids)])._figures()
        b = self._report(company_ids=[Command.set(self.company_b.ids)])._figures()
        self.assertKg(a["collected_kg"] + b["collected_kg"], 1200)
        self.assertKg(b["reused_kg"], 80)
        # one site only
        site_b = self._report(warehouse_ids=[Command.set(self.site_b.ids)])._figures()
        self.assertKg(site_b["collected_kg"], 100)
        self.assertEqual(site_b["population"], 50000)

    def test_workbook(self):
        report = self._report()
        content, kind = self.env["ir.actions.report"]._render(
            "sectoral_reporting.action_report_impact_xlsx", report.ids
        )
        self.assertEqual(kind, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(
            book.sheetnames,
            ["Summary", "Collected", "Destinations", "CO2e", "Income", "Jobs"],
        )
        summary = {row[0].value: row for row in book["Summary"].iter_rows(min_row=4)}
        collected = summary["Collected (t)"]
        self.assertIsInstance(collected[1].value, float)
        self.assertAlmostEqual(collected[1].value, 1.2)
        self.assertAlmostEqual(collected[2].value, 0.4)
        self.assertAlmostEqual(collected[3].value, 2.0)
        self.assertAlmostEqual(summary["Reuse rate"][1].value, 490 / 1200)
        destinations = {
            row[0].value: row[1].value
            for row in book["Destinations"].iter_rows(min_row=4, max_row=8)
        }
        self.assertAlmostEqual(destinations["Reuse"], 0.478)
        self.assertAlmostEqual(destinations["Recycling"], 0.34)
        self.assertTrue(book["Destinations"]._charts, "a chart of the destinations")
        co2 = {row[0].value: row for row in book["CO2e"].iter_rows(min_row=4)}
        self.assertAlmostEqual(co2[self.textiles.display_name][3].value, 1.2)
        self.assertEqual(
            co2[self.textiles.display_name][4].value, self.textiles.co2_source or None
        )

    def test_board_pdf(self):
        report = self._report()
        # the same summary on screen
        self.assertIn("+200.0 %", report.summary_html, "collected: 0.4 t to 1.2 t")
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "sectoral_reporting.action_report_impact_pdf", report.ids
            )[0]
            .decode()
        )
        self.assertIn("o_impact_summary", html)
        self.assertIn(self.textiles.co2_source or "", html)
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf("sectoral_reporting.action_report_impact_pdf", report.ids)
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    def _csv(self, report, export):
        report.export = export
        action = report.action_export_csv()
        attachment = self.env["ir.attachment"].browse(
            int(action["url"].split("/")[3].split("?")[0])
        )
        text = base64.b64decode(attachment.datas).decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text), delimiter=";"))

    def test_declarations(self):
        report = self._report(company_ids=[Command.set(self.company_a.ids)])
        rows = self._csv(report, "ecomaison")
        self.assertEqual(rows[0][0], "Period")
        entry = next(r for r in rows[1:] if r[1] == "Entry")
        self.assertEqual(
            entry[2:], ["Seating", self.door.name, "Counted", "5", "12.0", "60.0"]
        )
        exit_ = next(r for r in rows[1:] if r[1] == "Exit to reuse")
        self.assertEqual(exit_[2], "Seating")
        self.assertEqual(exit_[-1], "60.0")
        textiles = self._csv(report, "refashion")
        self.assertEqual(
            textiles[1][1:], ["Textiles", "800.0", "200.0", "250.0", "40.0"]
        )
        weee = self._csv(report, "weee")
        self.assertEqual(
            weee[1][1:], ["Small appliances", "40.0", "0.0", "40.0", "0.0"]
        )
        federation = self._csv(self._report(), "federation")
        members = {row[0]: row for row in federation[1:]}
        self.assertEqual(set(members), {self.company_a.name, self.company_b.name})
        self.assertEqual(members[self.company_a.name][2], "1.100")
        self.assertEqual(members[self.company_b.name][2], "0.100")
        self.assertEqual(members[self.company_b.name][3], "0.080")

    def test_exports_stay_with_their_maker(self):
        """A declaration exported by a manager of A cannot be read by a manager of B
        (nor by another manager of A), even knowing the attachment's number."""

        def manager(login, company):
            return new_test_user(
                self.env,
                login=login,
                groups="sectoral_base.group_manager",
                company_id=company.id,
                company_ids=[Command.set(company.ids)],
            )

        manager_a, colleague_a, manager_b = (
            manager("exp_a", self.company_a),
            manager("exp_a2", self.company_a),
            manager("exp_b", self.company_b),
        )
        report = (
            self.env["sectoral.impact.report"]
            .with_user(manager_a)
            .with_context(allowed_company_ids=self.company_a.ids)
            .create({"company_ids": [Command.set(self.company_a.ids)]})
        )
        report.export = "federation"
        action = report.action_export_csv()
        attachment_id = int(action["url"].split("/")[3].split("?")[0])
        self.assertTrue(
            self.env["ir.attachment"].with_user(manager_a).browse(attachment_id).datas
        )
        for other, company in (
            (manager_b, self.company_b),
            (colleague_a, self.company_a),
        ):
            Attachment = (
                self.env["ir.attachment"]
                .with_user(other)
                .with_context(allowed_company_ids=company.ids)
            )
            with self.subTest(user=other.login), self.assertRaises(AccessError):
                Attachment.browse(attachment_id).datas  # noqa: B018
            with self.assertRaises(AccessError):
                report.with_user(other).read(["company_ids"])
        # an export without enterprises is refused cleanly
        report_without = report.sudo()
        report_without.company_ids = False
        with self.assertRaisesRegex(UserError, "enterprises"):
            report_without.with_user(manager_a).action_export_csv()

    def test_bad_input_and_access(self):
        with self.assertRaisesRegex(UserError, "ends before it starts"):
            self._report(date_to=date(2024, 1, 1))
        # an accountant of A sees A's tonnes only; a sorter none
        accountant = new_test_user(
            self.env, login="imp_accountant", groups="sectoral_base.group_accountant"
        )
        Flow = (
            self.env["sectoral.report.flow"]
            .with_user(accountant)
            .with_context(allowed_company_ids=self.company_a.ids)
        )
        self.assertEqual(set(Flow.search([]).company_id.ids), {self.company_a.id})
        sorter = new_test_user(
            self.env, login="imp_sorter", groups="sectoral_base.group_sorter"
        )
        with self.assertRaises(AccessError):
            self.env["sectoral.report.flow"].with_user(sorter).search([])
        with self.assertRaises(AccessError):
            self.env["sectoral.impact.report"].with_user(sorter).create({})
        # a manager of A alone reports on A, never on B: the figures are read with
        # every right, so the enterprises chosen must be the manager's own
        manager_a = new_test_user(
            self.env,
            login="imp_manager_a",
            groups="sectoral_base.group_manager",
            company_id=self.company_a.id,
            company_ids=[Command.set(self.company_a.ids)],
        )
        Report = (
            self.env["sectoral.impact.report"]
            .with_user(manager_a)
            .with_context(allowed_company_ids=self.company_a.ids)
        )
        self.assertTrue(
            Report.create({"company_ids": [Command.set(self.company_a.ids)]})
        )
        with self.assertRaises(AccessError):
            Report.create({"company_ids": [Command.set(self.company_b.ids)]})
        report = Report.create({"company_ids": [Command.set(self.company_a.ids)]})
        with self.assertRaises(AccessError):
            report.company_ids = self.company_a | self.company_b
