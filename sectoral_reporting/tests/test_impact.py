# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import csv
import io
from datetime import date, timedelta

import openpyxl

from odoo import Command, fields
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
        by_stream = dict(figures["inbound_by_stream"])
        self.assertKg(by_stream[self.textiles], 800)
        self.assertKg(by_stream[self.books], 300)
        self.assertKg(by_stream[self.seating], 60)
        by_channel = dict(figures["inbound_by_channel"])
        self.assertKg(by_channel[self.drop_off], 500 + 200 + 40 + 100)
        self.assertKg(by_channel[self.door], 360)
        # where sorting sent it; the toaster the workshop could not repair counts as
        # recycled
        kinds = figures["outbound_by_kind"]
        self.assertKg(kinds["reuse"], 200 + 150 + 48 + 80)
        self.assertKg(kinds["repair"], 12 + 10 - 10)
        self.assertKg(kinds["recycling"], 250 + 50 + 30 + 10)
        self.assertKg(kinds["disposal"], 40 + 20)
        self.assertKg(kinds["energy"], 0)
        self.assertKg(figures["sorted_for_reuse_kg"], 478 + 12)
        # reused: what left to be used again, not what was sorted for it. A gave 50 kg
        # of textiles and 10 kg of seating away, sold 100 kg of books on and delivered
        # 6 kg of repaired chairs; B sold 60 kg of books on, 10 kg came back.
        self.assertKg(figures["reused_kg"], 50 + 10 + 100 + 6 + 60 - 10)
        reused = dict(figures["reused_by_stream"])
        self.assertKg(reused[self.textiles], 50)
        self.assertKg(reused[self.books], 150)
        self.assertKg(reused[self.seating], 16)
        self.assertKg(figures["reused_after_repair_kg"], 6)
        self.assertKg(figures["recycled_kg"], 340)
        self.assertAlmostEqual(figures["reuse_rate"], 216 / 1200)
        self.assertAlmostEqual(figures["valorisation_rate"], (216 + 340) / 1200)
        self.assertEqual(figures["population"], 150000)
        self.assertAlmostEqual(figures["kg_per_inhabitant"], 216 / 150000)
        # CO2e of what was reused, each stream with its factor's basis and source;
        # seating has no factor and says so
        co2 = {row["stream"]: row for row in figures["co2_by_stream"]}
        self.assertAlmostEqual(co2[self.textiles]["co2_kg"], 50 * 6.0)
        self.assertEqual(co2[self.textiles]["basis"], "Per kg reused")
        self.assertEqual(co2[self.textiles]["source"], self.textiles.co2_source)
        self.assertAlmostEqual(co2[self.books]["co2_kg"], 150 / 0.5 * 2.0)
        self.assertEqual(co2[self.books]["basis"], "Per item reused")
        self.assertIsNone(co2[self.seating]["co2_kg"])
        self.assertIsNone(co2[self.seating]["factor"])
        self.assertEqual(figures["co2_by_stream"][-1]["stream"], self.seating)
        self.assertAlmostEqual(figures["co2_kg"], 300 + 600)
        self.assertKg(figures["reused_without_factor_kg"], 16)

    def test_reuse_counted_when_goods_leave(self):
        """A quarter in which nothing was sorted for reuse still reuses what left,
        and the kilograms per inhabitant stay a yearly figure."""
        figures = self._report(
            date_from=date(2025, 4, 1), date_to=date(2025, 6, 30)
        )._figures()
        self.assertKg(figures["sorted_for_reuse_kg"], 0)
        self.assertKg(figures["reused_kg"], 50 + 60 - 10)
        self.assertAlmostEqual(
            figures["kg_per_inhabitant"], 100 / 150000 * 365 / 91, places=8
        )

    def test_money_from_the_books(self):
        figures = self._report(company_ids=[Command.set(self.company_a.ids)])._figures()
        # whatever other addons add, A's books hold an invoice and other income
        self.assertEqual(
            {k: round(v, 2) for k, v in figures["income"].items() if v},
            {"invoices": 120, "other": 75},
        )
        self.assertAlmostEqual(figures["income_total"], 195)

    def test_periods_and_numbers_as_the_user_reads_them(self):
        Report = self.env["sectoral.impact.report"]
        today = date(2026, 11, 30)
        self.assertEqual(
            Report._period_dates("this_year", today),
            (date(2026, 1, 1), date(2026, 12, 31)),
        )
        self.assertEqual(
            Report._period_dates("last_year", today),
            (date(2025, 1, 1), date(2025, 12, 31)),
        )
        self.assertEqual(
            Report._period_dates("this_quarter", today),
            (date(2026, 10, 1), date(2026, 12, 31)),
        )
        self.assertEqual(
            Report._period_dates("last_quarter", today),
            (date(2026, 7, 1), date(2026, 9, 30)),
        )
        self.assertEqual(
            Report._period_dates("last_12_months", today),
            (date(2025, 11, 1), date(2026, 10, 31)),
        )
        # the report opens on the current year; given dates are other dates
        opened = Report.create({"company_ids": [Command.set(self.company_a.ids)]})
        this_year = fields.Date.context_today(opened).year
        self.assertEqual(opened.period, "this_year")
        self.assertEqual(opened.date_from, date(this_year, 1, 1))
        self.assertEqual(opened.date_to, date(this_year, 12, 31))
        opened.period = "last_year"
        self.assertEqual(opened.date_from, date(this_year - 1, 1, 1))
        self.assertEqual(self._report().period, "custom")
        # 1.2 t collected: "1.200" in English, "1,200" in French
        self.env["res.lang"]._activate_lang("en_US")
        report = self._report()
        english = report.with_context(lang="en_US")
        self.assertIn(">1.200<", english.summary_html)
        self.assertIn("+200.0 %", english.summary_html)
        french = report.with_context(lang="fr_BE")
        self.assertIn(">1,200<", french.summary_html)
        self.assertIn("+200,0 %", french.summary_html)

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
        self.assertAlmostEqual(rows["reused_kg"]["previous"], 0.02)
        self.assertAlmostEqual(rows["sorted_for_reuse_kg"]["previous"], 0.12)
        self.assertAlmostEqual(rows["reuse_rate"]["value"], 100 * 216 / 1200)
        self.assertAlmostEqual(rows["reuse_rate"]["previous"], 100 * 20 / 400)
        # each member alone adds up to the federation
        a = self._report(company_ids=[Command.set(self.company_a.ids)])._figures()
        b = self._report(company_ids=[Command.set(self.company_b.ids)])._figures()
        self.assertKg(a["collected_kg"] + b["collected_kg"], 1200)
        self.assertKg(b["reused_kg"], 50)
        self.assertKg(a["reused_kg"] + b["reused_kg"], 216)
        # one site only
        site_b = self._report(warehouse_ids=[Command.set(self.site_b.ids)])._figures()
        self.assertKg(site_b["collected_kg"], 100)
        self.assertKg(site_b["reused_kg"], 50)
        self.assertEqual(site_b["population"], 50000)

    def test_workbook(self):
        report = self._report()
        content, kind = self.env["ir.actions.report"]._render(
            "sectoral_reporting.action_report_impact_xlsx", report.ids
        )
        self.assertEqual(kind, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(
            book.sheetnames[:5],
            ["Summary", "Collected", "Destinations", "CO2e", "Income"],
        )
        summary = {row[0].value: row for row in book["Summary"].iter_rows(min_row=4)}
        collected = summary["Collected (t)"]
        self.assertIsInstance(collected[1].value, float)
        self.assertAlmostEqual(collected[1].value, 1.2)
        self.assertAlmostEqual(collected[2].value, 0.4)
        self.assertAlmostEqual(collected[3].value, 2.0)
        self.assertAlmostEqual(summary["Reuse rate"][1].value, 216 / 1200)
        self.assertAlmostEqual(summary["Sorted for reuse (t)"][1].value, 0.49)
        destinations = {
            row[0].value: row[1].value
            for row in book["Destinations"].iter_rows(min_row=4, max_row=8)
        }
        self.assertAlmostEqual(destinations["Reuse"], 0.478)
        self.assertAlmostEqual(destinations["Recycling"], 0.34)
        self.assertTrue(book["Destinations"]._charts, "a chart of the destinations")
        co2 = {row[0].value: row for row in book["CO2e"].iter_rows(min_row=4)}
        textiles = co2[self.textiles.display_name]
        self.assertAlmostEqual(textiles[1].value, 0.05)
        self.assertEqual(textiles[3].value, "Per kg reused")
        self.assertAlmostEqual(textiles[4].value, 0.3)
        self.assertEqual(textiles[5].value, self.textiles.co2_source)
        self.assertEqual(co2[self.seating.display_name][2].value, "no factor")

    def test_board_pdf(self):
        self.env["res.lang"]._activate_lang("en_US")
        report = self._report().with_context(lang="en_US")
        # the same summary on screen
        self.assertIn("+200.0 %", report.summary_html, "collected: 0.4 t to 1.2 t")
        # a small PNG logo
        self.company_a.logo = (
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwAD"
            "hgGAWjR9awAAAABJRU5ErkJggg=="
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "sectoral_reporting.action_report_impact_pdf", report.ids
            )[0]
            .decode()
        )
        self.assertIn("o_impact_summary", html)
        # the enterprise's identity is in the page, not in a header that Debian's
        # wkhtmltopdf would leave out
        identity = html[
            html.index("o_impact_identity") : html.index("o_impact_summary")
        ]
        self.assertIn(self.company_a.name, identity)
        self.assertIn("data:image/png;base64,", identity)
        self.assertIn(self.textiles.co2_source, html)
        self.assertIn("no factor", html)
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
        if action["type"] == "ir.actions.client":  # warnings first, then the file
            action = action["params"]["next"]
        attachment = self.env["ir.attachment"].browse(
            int(action["url"].split("/")[3].split("?")[0])
        )
        text = base64.b64decode(attachment.datas).decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text), delimiter=";"))

    def _quarter(self, start, end, **vals):
        return self._report(
            company_ids=[Command.set(self.company_a.ids)],
            date_from=start,
            date_to=end,
            **vals,
        )

    def test_ecomaison_declaration(self):
        """Ecomaison's three schemes, each by its categories and origins, in tonnes,
        one method per scheme and flow for the quarter."""
        toys = self.env.ref("sectoral_base.stream_toys")
        clearance = self.env.ref("sectoral_base.channel_clearance")
        # a clearance brings 30 kg of chairs, weighed, beside the 5 chairs counted
        # from a door-to-door collection
        self._intake(
            self.site_a,
            date(2025, 5, 5),
            clearance,
            [{"stream_id": self.seating.id, "gross_kg": 30}],
        )
        self._intake(
            self.site_a,
            date(2025, 10, 1),
            self.drop_off,
            [{"stream_id": toys.id, "gross_kg": 25}],
        )
        self._sort(self.site_a, date(2025, 10, 2), toys, 25, [(self.reuse, 25)])
        self._ship(self.site_a, date(2025, 10, 3), "giveaway", toys, 5)
        q2 = self._quarter(date(2025, 4, 1), date(2025, 6, 30))
        rows = self._csv(q2, "ecomaison")
        self.assertEqual(
            rows[0],
            [
                "Quarter",
                "Scheme",
                "Flow",
                "Category",
                "Origin",
                "Method",
                "Items",
                "Tonnes",
            ],
        )
        # weighed and counted in one quarter: the scheme is declared weighed, the
        # counted chairs at their average weight (5 x 12 kg), and the file says so
        voluntary = "Voluntary drop-off and home collection"
        professional = "Retailer or professional holder"
        self.assertEqual(
            [r[2:] for r in rows[1:]],
            [
                ["Entries", "Seating", voluntary, "Weighed", "", "0.060"],
                ["Entries", "Total", voluntary, "Weighed", "", "0.060"],
                ["Entries", "Seating", professional, "Weighed", "", "0.030"],
                ["Entries", "Total", professional, "Weighed", "", "0.030"],
                [
                    "Exits to reuse (sale or gift)",
                    "Seating",
                    "",
                    "Weighed",
                    "",
                    "0.000",
                ],
                ["Exits to reuse (sale or gift)", "Beds", "", "Weighed", "", "0.000"],
                [
                    "Exits to reuse (sale or gift)",
                    "Tables and work surfaces",
                    "",
                    "Weighed",
                    "",
                    "0.000",
                ],
                [
                    "Exits to reuse (sale or gift)",
                    "Storage",
                    "",
                    "Weighed",
                    "",
                    "0.000",
                ],
                [
                    "Exits to reuse (sale or gift)",
                    "Textile decoration",
                    "",
                    "Weighed",
                    "",
                    "0.000",
                ],
                ["Exits to reuse (sale or gift)", "Total", "", "Weighed", "", "0.000"],
            ],
        )
        self.assertEqual({r[0] for r in rows[1:]}, {"2025-T2"})
        self.assertEqual({r[1] for r in rows[1:]}, {"Ecomaison: furniture"})
        warnings = self.env["sectoral.declaration.ecomaison"]._check(q2)
        self.assertEqual(len(warnings), 1)
        self.assertIn("60.0 kg", warnings[0])
        # Q3: the chairs given away; Q4: toys in (weighed), given away, and the
        # repaired chairs delivered
        rows = self._csv(
            self._quarter(date(2025, 7, 1), date(2025, 9, 30)), "ecomaison"
        )
        exits = {(r[1], r[3]): r[-1] for r in rows[1:] if r[2].startswith("Exits")}
        self.assertEqual(exits[("Ecomaison: furniture", "Seating")], "0.010")
        self.assertEqual(exits[("Ecomaison: furniture", "Total")], "0.010")
        rows = self._csv(
            self._quarter(date(2025, 10, 1), date(2025, 12, 31)), "ecomaison"
        )
        self.assertIn(
            [
                "2025-T4",
                "Ecomaison: toys",
                "Entries",
                "Total",
                "Voluntary drop-off and other collections",
                "Weighed",
                "",
                "0.025",
            ],
            rows,
        )
        self.assertIn(
            [
                "2025-T4",
                "Ecomaison: toys",
                "Exits to reuse (sale or gift)",
                "Total",
                "",
                "Weighed",
                "",
                "0.005",
            ],
            rows,
        )
        exits = {(r[1], r[3]): r[-1] for r in rows[1:] if r[2].startswith("Exits")}
        self.assertEqual(exits[("Ecomaison: furniture", "Seating")], "0.006")

    def test_ecomaison_counted_quarter(self):
        rows = self._csv(
            self._quarter(date(2025, 4, 1), date(2025, 6, 30)), "ecomaison"
        )
        entries = [r[2:] for r in rows[1:] if r[2] == "Entries"]
        self.assertEqual(
            entries,
            [
                [
                    "Entries",
                    "Seating",
                    "Voluntary drop-off and home collection",
                    "Counted",
                    "5",
                    "0.060",
                ],
                [
                    "Entries",
                    "Total",
                    "Voluntary drop-off and home collection",
                    "Counted",
                    "5",
                    "0.060",
                ],
            ],
        )

    def test_ecomaison_quarters_and_filing_date(self):
        # a year is not a quarter
        with self.assertRaisesRegex(UserError, "per calendar quarter"):
            self._csv(self._report(), "ecomaison")
        # the current quarter opens for filing 45 days after its end: refused, or
        # exported as a draft with a warning
        report = self.env["sectoral.impact.report"].create(
            {
                "company_ids": [Command.set(self.company_a.ids)],
                "period": "this_quarter",
            }
        )
        report.export = "ecomaison"
        opening = (report.date_to + timedelta(days=45)).strftime("%d/%m/%Y")
        with self.assertRaisesRegex(UserError, opening):
            report.action_export_csv()
        report.declaration_draft = True
        action = report.action_export_csv()
        self.assertEqual(action["tag"], "display_notification")
        self.assertIn(opening, action["params"]["message"])
        self.assertIn("draft", action["params"]["message"])
        self.assertIn(
            "_draft.csv",
            self.env["ir.attachment"]
            .search([("res_model", "=", report._name), ("res_id", "=", report.id)])
            .name,
        )
        self.assertEqual(action["params"]["next"]["type"], "ir.actions.act_url")

    def test_weee_declaration(self):
        self.company_a.country_id = self.env.ref("base.be")
        report = self._report(company_ids=[Command.set(self.company_a.ids)])
        rows = self._csv(report, "weee")
        self.assertEqual(
            rows[0],
            [
                "Period",
                "Enterprise",
                "Eco-organism",
                "Category",
                "Items collected",
                "Collected (t)",
                "Reused (t)",
                "Recycled (t)",
                "Disposed of (t)",
            ],
        )
        # the six categories always, cooling apart; the toaster's 10 kg the
        # workshop sent on count as recycled
        self.assertEqual(
            [r[3] for r in rows[1:]],
            [
                "Temperature exchange equipment (cooling)",
                "Screens and monitors",
                "Lamps",
                "Large equipment",
                "Small equipment",
                "Small IT and telecommunication equipment",
            ],
        )
        small = rows[5]
        self.assertEqual(small[1:3], [self.company_a.name, "Recupel"])
        self.assertEqual(small[4:], ["0", "0.040", "0.000", "0.040", "0.000"])
        self.company_a.country_id = self.env.ref("base.fr")
        rows = self._csv(report, "weee")
        self.assertEqual(rows[1][2], "ecosystem / Ecologic")

    def test_refashion_declaration(self):
        """Textiles in and out, and who took the surplus."""
        recycler = self.env["res.partner"].create({"name": "Textile recycler"})
        self._ship(
            self.site_a,
            date(2025, 6, 1),
            "recycling_sale",
            self.textiles,
            100,
            partner_id=recycler.id,
            price_per_tonne=50,
        )
        rows = self._csv(
            self._report(company_ids=[Command.set(self.company_a.ids)]), "refashion"
        )
        self.assertEqual(rows[0][1:], ["Stream", "Flow", "Taken by", "Weight (kg)"])
        self.assertEqual(
            [r[1:] for r in rows[1:]],
            [
                ["Textiles", "In (collected)", "", "800.0"],
                ["Textiles", "Out (all that left)", "", "150.0"],
                ["Textiles", "Out: reused (sold or given)", "", "50.0"],
                [
                    "Textiles",
                    "Out: Given away (free items, social donation)",
                    "Friperie solidaire",
                    "50.0",
                ],
                ["Textiles", "Out: Sold to a recycler", "Textile recycler", "100.0"],
            ],
        )

    def test_federation_file(self):
        toys = self.env.ref("sectoral_base.stream_toys")
        self._intake(
            self.site_a,
            date(2025, 10, 1),
            self.drop_off,
            [{"stream_id": toys.id, "gross_kg": 25}],
        )
        self._sort(self.site_a, date(2025, 10, 2), toys, 25, [(self.reuse, 25)])
        self._ship(self.site_a, date(2025, 10, 3), "giveaway", toys, 5)
        federation = self._csv(self._report(), "federation")
        header = federation[0]
        self.assertEqual(
            header[:7],
            [
                "Member",
                "Period",
                "Stream",
                "Collected (t)",
                "Reused (t)",
                "Sorted for reuse (t)",
                "Recycled (t)",
            ],
        )
        rows = {(r[0], r[2]): r for r in federation[1:]}
        a, b = self.company_a.name, self.company_b.name
        self.assertEqual(len(federation), 1 + 2 * 6, "5 streams and a total each")
        self.assertEqual(rows[(a, "Textiles")][3:5], ["0.800", "0.050"])
        self.assertEqual(rows[(a, "Bulky goods")][3:5], ["0.060", "0.016"])
        self.assertEqual(
            rows[(a, "Electrical and electronic equipment")][3:5], ["0.040", "0.000"]
        )
        self.assertEqual(rows[(a, "Bikes")][3:5], ["0.000", "0.000"])
        # books and toys, in no stream of the federation's
        self.assertEqual(rows[(a, "Other")][3:5], ["0.225", "0.105"])
        self.assertEqual(rows[(a, "Other")][5:], [""] * (len(header) - 5))
        self.assertEqual(rows[(a, "All streams")][3:5], ["1.125", "0.171"])
        self.assertEqual(rows[(b, "Other")][3:5], ["0.100", "0.050"])
        self.assertEqual(rows[(b, "All streams")][3:6], ["0.100", "0.050", "0.080"])

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
        # while the dates are being changed on screen, an inverted period says so
        draft = self.env["sectoral.impact.report"].new(
            {
                "date_from": date(2025, 1, 1),
                "date_to": date(2024, 12, 31),
                "company_ids": [Command.set(self.company_a.ids)],
            }
        )
        self.assertIn("ends before it starts", draft.summary_html)
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
