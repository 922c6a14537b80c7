# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import io
from datetime import timedelta

import openpyxl

from odoo import Command, fields
from odoo.tests import TransactionCase, tagged

from odoo.addons.sectoral_lending.tests.test_from_sorting import LibraryShelfCase


@tagged("post_install", "-at_install")
class TestLendingImpact(TransactionCase):
    """Three loans this week (two of tools, one of an object of no kind), a retired
    object: the report counts loans, members, objects and purchases avoided."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        env.user.group_ids += env.ref("sectoral_base.group_manager")
        tools = env["sectoral.lending.category"].create(
            {"name": "Outillage", "co2_kg_per_loan": 3.5, "co2_source": "Étude test"}
        )
        product = env["product.product"].create(
            {"name": "Perceuse", "is_storable": True, "tracking": "serial"}
        )

        def lot(name, category=None):
            return env["stock.lot"].create(
                {
                    "name": name,
                    "product_id": product.id,
                    "company_id": env.company.id,
                    "sectoral_lendable": True,
                    "sectoral_lending_category_id": category and category.id,
                }
            )

        drill_1, drill_2, other = lot("P-1", tools), lot("P-2", tools), lot("P-3")
        retired = lot("P-4", tools)
        retired.action_sectoral_retire()
        alice = env["res.partner"].create({"name": "Alice", "free_member": True})
        bob = env["res.partner"].create({"name": "Bob", "free_member": True})
        Loan = env["sectoral.lending.loan"]
        Loan.check_out(alice.id, [drill_1.id, other.id])
        Loan.check_out(bob.id, [drill_2.id])
        cls.report = env["sectoral.impact.report"].create(
            {
                "date_from": fields.Date.today() - timedelta(days=7),
                "date_to": fields.Date.today(),
                "company_ids": [Command.set(env.company.ids)],
            }
        )

    def test_loans_in_the_impact(self):
        figures = self.report._figures()
        self.assertEqual(figures["loans"], 3)
        self.assertEqual(figures["borrowers"], 2)
        self.assertEqual(figures["library_objects"], 3, "the retired one is gone")
        self.assertAlmostEqual(figures["loan_co2_kg"], 7.0)
        tools, without = figures["loans_by_category"]
        self.assertEqual(
            (tools["category"], tools["loans"], tools["co2_kg"], tools["source"]),
            ("Outillage", 2, 7.0, "Étude test"),
        )
        self.assertEqual((without["loans"], without["co2_kg"]), (1, 0.0))
        # a period before the loans counts none
        before = self.report._figures(
            fields.Date.today() - timedelta(days=60),
            fields.Date.today() - timedelta(days=30),
        )
        self.assertEqual(before["loans"], 0)
        keys = [row[0] for row in self.report._indicator_rows()]
        self.assertLess(keys.index("loans"), keys.index("income_total"))
        indicators = {row["key"]: row for row in self.report._indicators()[2]}
        self.assertEqual(indicators["loans"]["value"], 3)

    def test_the_workbook_and_the_federation(self):
        content, _kind = self.env["ir.actions.report"]._render(
            "sectoral_reporting.action_report_impact_xlsx", self.report.ids
        )
        book = openpyxl.load_workbook(io.BytesIO(content))
        lines = {row[0].value: row for row in book["Library"].iter_rows(min_row=4)}
        self.assertEqual(lines["Outillage"][1].value, 2)
        self.assertEqual(lines["Outillage"][3].value, 7)
        self.assertEqual(lines["Outillage"][4].value, "Étude test")
        header, rows = self.env["sectoral.declaration.federation"]._rows(self.report)
        self.assertEqual(rows[-1][header.index("Loans of the lending library")], 3)


@tagged("post_install", "-at_install")
class TestLibraryFromSortingImpact(LibraryShelfCase):
    """What sorting keeps for the library is sorted for reuse; it never leaves the
    enterprise, so it is not counted as reused (its loans are counted)."""

    def test_sorted_for_reuse_not_reused(self):
        self._sort_for_library(5.0)
        self._register()
        self.env.flush_all()
        rows = self.env["sectoral.report.flow"].search(
            [("warehouse_id", "=", self.site.id), ("stream_id", "=", self.small_eee.id)]
        )
        sorted_reuse = rows.filtered(
            lambda r: r.flow == "outbound" and r.destination_kind == "reuse"
        )
        self.assertAlmostEqual(sum(sorted_reuse.mapped("kg")), 5.0)
        self.assertFalse(rows.filtered(lambda r: r.flow == "reused"))
        report = self.env["sectoral.impact.report"].create(
            {
                "date_from": fields.Date.today() - timedelta(days=7),
                "date_to": fields.Date.today(),
                "company_ids": [Command.set(self.env.company.ids)],
            }
        )
        figures = report._figures()
        self.assertEqual(figures["library_from_sorting"], 1)
        self.assertIn(
            "library_from_sorting", [row[0] for row in report._indicator_rows()]
        )
