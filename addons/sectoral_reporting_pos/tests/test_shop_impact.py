# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import io
from datetime import date, datetime

import openpyxl

from odoo import Command
from odoo.tests import tagged

from odoo.addons.sectoral_pos.tests.common import ShopCase


@tagged("post_install", "-at_install")
class TestShopImpact(ShopCase):
    """A shop's year 2025: a coat (1.4 kg) and 2.5 kg of textiles sold by the kilo
    for 28, two cups (0.3 kg each) for 2; the till's closing entry with 30 of sales
    and 2 of donations."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.config.with_user(cls.cashier).open_ui()
        session = cls.config.current_session_id
        env["pos.order"].sync_from_ui(
            [
                cls._ui_order(
                    cls,
                    session,
                    [
                        {
                            "product": cls.textiles.product_id,
                            "qty": 1,
                            "price_unit": 18,
                            "label": cls.coat,
                        },
                        {
                            "product": cls.textiles.product_id,
                            "qty": 2.5,
                            "price_unit": 4,
                        },
                    ],
                    date_order="2025-04-01 11:00:00",
                ),
                cls._ui_order(
                    cls,
                    session,
                    [{"product": cls.cup, "qty": 2, "price_unit": 1}],
                    date_order="2025-08-01 15:00:00",
                ),
            ]
        )
        # the goods left the shop with the orders: their moves dated with them
        moves = (session.picking_ids | session.order_ids.picking_ids).move_ids
        env.flush_all()
        env.cr.execute(
            "UPDATE stock_move SET date = %s WHERE id = ANY(%s)",
            (datetime(2025, 8, 1, 15), moves.ids),
        )
        env.invalidate_all()
        revenue = cls.company_data["default_account_revenue"]
        entry = env["account.move"].create(
            {
                "journal_id": cls.config.journal_id.id,
                "date": date(2025, 12, 31),
                "line_ids": [
                    Command.create(
                        {"account_id": revenue.id, "credit": 30, "name": "Ventes"}
                    ),
                    Command.create(
                        {
                            "account_id": cls.donation_account.id,
                            "credit": 2,
                            "name": "Dons",
                        }
                    ),
                    Command.create(
                        {
                            "account_id": cls.cash.journal_id.default_account_id.id,
                            "debit": 32,
                            "name": "Caisse",
                        }
                    ),
                ],
            }
        )
        entry.action_post()
        cls.report = env["sectoral.impact.report"].create(
            {
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
                "company_ids": [Command.set(env.company.ids)],
            }
        )

    def test_sales_by_stream_and_reuse_at_the_till(self):
        figures = self.report._figures()
        self.assertAlmostEqual(figures["sold_kg"], 4.5)
        self.assertAlmostEqual(figures["sold_amount"], 30)
        sold = {
            stream: (kg, amount) for stream, kg, amount in figures["sold_by_stream"]
        }
        self.assertAlmostEqual(sold[self.textiles][0], 3.9)
        self.assertAlmostEqual(sold[self.textiles][1], 28)
        self.assertAlmostEqual(sold[self.household][0], 0.6)
        # what the tills sold left the shop to be used again: the same kilograms
        reused = dict(figures["reused_by_stream"])
        self.assertAlmostEqual(reused[self.textiles], 3.9)
        self.assertAlmostEqual(reused[self.household], 0.6)
        self.assertAlmostEqual(figures["reused_kg"], 4.5)

    def test_shop_income_and_donations_from_the_books(self):
        income = self.report._figures()["income"]
        self.assertEqual(
            {k: round(v, 2) for k, v in income.items() if v},
            {"shop": 30, "donations": 2},
        )
        self.assertEqual(list(self.report._income_labels())[:2], ["shop", "invoices"])

    def test_shop_sales_in_every_output(self):
        _current, _previous, indicators = self.report._indicators()
        keys = [row["key"] for row in indicators]
        self.assertEqual(
            keys[keys.index("sold_kg") : keys.index("income_total") + 1],
            ["sold_kg", "sold_amount", "income_total"],
        )
        content, _kind = self.env["ir.actions.report"]._render(
            "sectoral_reporting.action_report_impact_xlsx", self.report.ids
        )
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertIn("Shop sales", book.sheetnames)
        rows = {row[0].value: row for row in book["Shop sales"].iter_rows(min_row=4)}
        self.assertAlmostEqual(rows["Total"][2].value, 30)
        header, lines = self.env["sectoral.declaration.federation"]._rows(self.report)
        # the member's own figures are on its "All streams" row, after its streams
        member = lines[-1]
        self.assertEqual(member[header.index("Stream")], "All streams")
        self.assertEqual(
            member[header.index("Shop sales (tills' orders, excl. tax)")], "30.00"
        )
        self.assertEqual(member[header.index("Shops")], 1, "the till's site")
        self.assertEqual(lines[0][header.index("Shops")], "")
