# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, timedelta

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from odoo.addons.sectoral_sorting.models.sectoral_label import ean13_check_digit

from .test_sorting import SortingCase


@tagged("post_install", "-at_install")
class TestLabels(SortingCase):
    def _label(self, **vals):
        return self.env["sectoral.label"].create(
            {"stream_id": self.seating.id, "weight_kg": 9, "price": 25.0, **vals}
        )

    def test_barcode_is_a_unique_ean13(self):
        first, second = self._label(), self._label()
        for label in (first, second):
            self.assertEqual(len(label.barcode), 13)
            self.assertTrue(label.barcode.startswith("29"))
            self.assertEqual(label.barcode[-1], ean13_check_digit(label.barcode[:12]))
        self.assertNotEqual(first.barcode, second.barcode)
        self.assertEqual(ean13_check_digit("400638133393"), "1")  # a known EAN-13

    def test_price_required_unless_free(self):
        with self.assertRaisesRegex(ValidationError, "price"), self.env.cr.savepoint():
            self._label(price=0)
        self.env.clear()
        self.assertEqual(self._label(price=0, is_free=True).price, 0)

    def test_weight_required(self):
        with self.assertRaisesRegex(ValidationError, "weight"), self.env.cr.savepoint():
            self._label(weight_kg=0)

    def test_markdown_after_four_weeks(self):
        label = self._label(label_date=date.today() - timedelta(days=30))
        self.assertEqual(label._markdown_pct(), 50)
        self.assertAlmostEqual(label.price_on(), 12.5)
        young = self._label()
        self.assertEqual(young._markdown_pct(), 0)
        self.assertAlmostEqual(young.price_on(date.today() + timedelta(days=28)), 12.5)
        self.env["sectoral.markdown.rule"].create(
            {"name": "Eight weeks", "after_days": 56, "discount_pct": 75}
        )
        self.assertAlmostEqual(young.price_on(date.today() + timedelta(days=60)), 6.25)

    def test_colour_rotates_weekly(self):
        Label = self.env["sectoral.label"]
        monday = date(2026, 11, 2)
        colours = {
            Label._colour_of_the_week(monday + timedelta(weeks=w)) for w in range(5)
        }
        self.assertEqual(len(colours), 5)
        self.assertEqual(
            Label._colour_of_the_week(monday),
            Label._colour_of_the_week(monday + timedelta(days=6)),
        )

    def test_labelled_items_go_to_the_shop(self):
        self._receive(self.seating, 60)
        session = self._session(
            [(self.seating, 60)], [(self.seating, self.recycling, 20)]
        )
        session.label_ids = [
            Command.create(
                {"stream_id": self.seating.id, "weight_kg": 12, "price": 35}
            ),
            Command.create(
                {"stream_id": self.seating.id, "weight_kg": 27, "price": 60}
            ),
        ]
        self.assertAlmostEqual(session.output_kg, 59)
        self.assertTrue(session.is_balanced)
        # on sale as soon as printed: in the shop before the session closes
        self.assertEqual(set(session.label_ids.mapped("state")), {"available"})
        shop = self.site.reuse_shop_location_id
        self.assertAlmostEqual(self._quant_kg(self.seating, shop), 39)
        # a label made by mistake is undone: its item back to sorting
        mistake = self.env["sectoral.label"].create(
            {
                "session_id": session.id,
                "stream_id": self.seating.id,
                "weight_kg": 5,
                "price": 10,
            }
        )
        self.assertAlmostEqual(self._quant_kg(self.seating, shop), 44)
        mistake.unlink()
        self.assertAlmostEqual(self._quant_kg(self.seating, shop), 39)
        session.action_close()
        self.assertEqual(set(session.label_ids.mapped("state")), {"available"})
        # the close moves the other weighings, never the labelled items again
        self.assertAlmostEqual(self._quant_kg(self.seating, shop), 39)
        self.assertAlmostEqual(self._quant_kg(self.seating), 0)
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "sectoral_sorting.action_report_label_a4", session.label_ids.ids
        )
        for label in session.label_ids:
            self.assertIn(label.barcode, html.decode())
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "sectoral_sorting.action_report_label_roll", session.label_ids.ids
        )
        self.assertEqual(html.decode().count('class="page"'), 2)
