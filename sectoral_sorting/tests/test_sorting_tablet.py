# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError
from odoo.tests import HttpCase, new_test_user, tagged

from .test_sorting import SortingCase


@tagged("post_install", "-at_install")
class TestSortingTabletApi(SortingCase):
    def _add(self, **payload):
        return (
            self.env["sectoral.sorting.tablet"]
            .with_user(self.sorter)
            .add({"site_id": self.site.id, **payload})
        )

    def test_screen_data(self):
        self._receive(self.textiles, 40)
        data = self.env["sectoral.sorting.tablet"].with_user(self.sorter).load()
        tiles = {tile["id"]: tile for tile in data["streams"]}
        self.assertEqual(tiles[self.textiles.id]["code"], self.textiles.code)
        self.assertIn(self.reuse.id, [d["id"] for d in data["destinations"]])
        site = next(s for s in data["sites"] if s["id"] == self.site.id)
        self.assertAlmostEqual(site["waiting"][self.textiles.id], 40)
        self.assertFalse(site["session"])

    def test_weighings_go_to_the_sorters_session_of_the_day(self):
        self._receive(self.textiles, 40)
        first = self._add(kind="input", stream_id=self.textiles.id, kg=30)
        second = self._add(
            kind="output",
            stream_id=self.textiles.id,
            destination_id=self.reuse.id,
            kg=20,
        )
        label = self._add(
            kind="label",
            stream_id=self.textiles.id,
            kg=2,
            price=9.5,
            grade="a",
        )
        session_id = first["session"]["id"]
        self.assertEqual(second["session"]["id"], session_id)
        self.assertEqual(label["session"]["id"], session_id)
        session = self.env["sectoral.sorting.session"].browse(session_id)
        self.assertEqual(session.create_uid, self.sorter)
        self.assertAlmostEqual(session.input_kg, 30)
        self.assertAlmostEqual(session.output_kg, 22)
        self.assertEqual(session.label_ids.grade, "a")
        self.assertEqual(label["line"]["kind"], "label")
        self.assertEqual(
            label["session"]["lines"][-1]["barcode"], session.label_ids.barcode
        )
        self.assertAlmostEqual(first["waiting"][self.textiles.id], 40)
        # another sorter works in a session of their own
        other = new_test_user(
            self.env, login="op_sorter2", groups="sectoral_base.group_sorter"
        )
        other_session = (
            self.env["sectoral.sorting.tablet"]
            .with_user(other)
            .add(
                {
                    "site_id": self.site.id,
                    "kind": "input",
                    "stream_id": self.textiles.id,
                    "kg": 5,
                }
            )
        )
        self.assertNotEqual(other_session["session"]["id"], session_id)

    def test_bad_weighings_refused_and_nothing_recorded(self):
        self._receive(self.textiles, 10)
        Session = self.env["sectoral.sorting.session"]
        cases = [
            ({"kind": "input", "stream_id": self.textiles.id, "kg": 11}, "Only 10"),
            ({"kind": "input", "stream_id": self.textiles.id, "kg": 0}, "above zero"),
            ({"kind": "input", "stream_id": self.textiles.id, "kg": -3}, "above zero"),
            ({"kind": "input", "kg": 3}, "stream"),
            ({"kind": "output", "stream_id": self.textiles.id, "kg": 3}, "goes"),
            (
                {"kind": "label", "stream_id": self.textiles.id, "kg": 1, "price": 0},
                "price",
            ),
        ]
        for payload, message in cases:
            with (
                self.subTest(payload=payload),
                self.assertRaisesRegex(UserError, message),
                self.env.cr.savepoint(),
            ):
                self._add(**payload)
        self.assertFalse(Session.search([("warehouse_id", "=", self.site.id)]))
        # what the session already took counts
        self._add(kind="input", stream_id=self.textiles.id, kg=6)
        with self.assertRaisesRegex(UserError, "Only 10"):
            self._add(kind="input", stream_id=self.textiles.id, kg=5)

    def test_undo_and_close(self):
        self._receive(self.textiles, 10)
        result = self._add(kind="input", stream_id=self.textiles.id, kg=10)
        session = self.env["sectoral.sorting.session"].browse(result["session"]["id"])
        wrong = self._add(
            kind="label", stream_id=self.textiles.id, kg=4, price=0, is_free=True
        )["line"]
        self.env["sectoral.sorting.tablet"].with_user(self.sorter).undo(
            session.id, wrong["kind"], wrong["id"]
        )
        self.assertFalse(session.label_ids)
        self._add(
            kind="output",
            stream_id=self.textiles.id,
            destination_id=self.reuse.id,
            kg=9.9,
        )
        closed = (
            self.env["sectoral.sorting.tablet"].with_user(self.sorter).close(session.id)
        )
        self.assertEqual(closed["session"]["state"], "done")
        self.assertNotIn(self.textiles.id, closed["waiting"])
        # the closed session is not the one of the day any more: a new one opens
        self._receive(self.textiles, 5)
        again = self._add(kind="input", stream_id=self.textiles.id, kg=5)
        self.assertNotEqual(again["session"]["id"], session.id)
        with self.assertRaises(UserError):
            self.env["sectoral.sorting.tablet"].with_user(self.sorter).undo(
                session.id, "output", session.output_ids.id
            )

    def test_labels_print_as_a_pdf(self):
        self._receive(self.textiles, 5)
        self._add(kind="input", stream_id=self.textiles.id, kg=5)
        line = self._add(kind="label", stream_id=self.textiles.id, kg=5, price=3)[
            "line"
        ]
        answer = (
            self.env["sectoral.sorting.tablet"]
            .with_user(self.sorter)
            .print_labels([line["id"]])
        )
        self.assertEqual(answer, {"printer": False}, "printed in the browser")
        with self.assertRaises(UserError):
            self.env["sectoral.sorting.tablet"].with_user(self.sorter).print_labels([0])
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "sectoral_sorting.action_report_label_roll", [line["id"]]
            )[0]
            .decode()
        )
        label = self.env["sectoral.label"].browse(line["id"])
        self.assertIn(label.barcode, html)
        self.assertIn("oe_currency_value", html, "the price is printed")
        self.assertIn(label.stream_id.name, html)


@tagged("post_install", "-at_install")
class TestSortingTabletTour(HttpCase):
    def test_sorting_tablet(self):
        """A sorter takes textiles from the pile, sorts them on the touch screen, labels
        a coat, corrects a mistake and closes the balanced session."""
        sorter = self.env["res.users"].create(
            {
                "name": "Tour Sorter",
                "login": "tour_sorter",
                "password": "tour_sorter",
                "group_ids": [(6, 0, [self.env.ref("sectoral_base.group_sorter").id])],
            }
        )
        site = self.env["stock.warehouse"].create({"name": "Site tri", "code": "TRI"})
        site.action_setup_reuse_site()
        self.env["stock.warehouse"].search(
            [("id", "!=", site.id)]
        ).is_reuse_site = False
        self.env.company.sorting_tolerance_pct = 3.0
        textiles = self.env.ref("sectoral_base.stream_textiles")
        intake = self.env["sectoral.intake"].create(
            {
                "warehouse_id": site.id,
                "channel_id": self.env.ref("sectoral_base.channel_drop_off").id,
                "line_ids": [(0, 0, {"stream_id": textiles.id, "gross_kg": 60})],
            }
        )
        intake.action_validate()
        self.start_tour(
            "/odoo/action-sectoral_sorting.action_sorting_tablet",
            "sectoral_sorting_tablet",
            login="tour_sorter",
        )
        session = self.env["sectoral.sorting.session"].search(
            [("create_uid", "=", sorter.id)]
        )
        self.assertEqual(len(session), 1)
        self.assertEqual(session.state, "done")
        self.assertAlmostEqual(session.input_kg, 50)
        self.assertAlmostEqual(session.output_kg, 49.5)
        self.assertEqual(
            sorted((o.destination_id.code, o.kg) for o in session.output_ids),
            [("DISPOSAL", 1.5), ("RECYCLE", 15), ("REUSE", 30)],
        )
        label = session.label_ids
        self.assertEqual(
            (label.price, label.weight_kg, label.grade, label.state),
            (12, 3, "a", "available"),
        )
        shop = sum(
            self.env["stock.quant"]
            .search(
                [
                    ("product_id", "=", textiles.product_id.id),
                    ("location_id", "=", site.reuse_shop_location_id.id),
                ]
            )
            .mapped("quantity")
        )
        self.assertAlmostEqual(shop, 33)
        # the label sheet the sorter prints, as a real PDF (the server answers
        # wkhtmltopdf within the test's transaction here)
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf("sectoral_sorting.action_report_label_roll", label.ids)
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))


@tagged("post_install", "-at_install")
class TestSortingLayout(HttpCase):
    """The sorting screen on the tablets of the floor: in label mode too, the keypad
    keeps its size and every button to record stays on the screen."""

    touch_enabled = True

    def test_sorting_screen_on_each_tablet(self):
        new_test_user(
            self.env, login="layout_sorter", groups="sectoral_base.group_sorter"
        )
        for size in ("1280x800", "1366x768", "800x1280"):
            with self.subTest(size=size):
                self.browser_size = size
                self.start_tour(
                    "/odoo/action-sectoral_sorting.action_sorting_tablet",
                    "sectoral_sorting_layout",
                    login="layout_sorter",
                )
