# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step

from .test_sorting import SortingCase


@tagged("post_install", "-at_install")
class TestSessionHolds(SortingCase):
    """A closed session and its labels stay what they were: only their workflow
    changes them, and a manager corrects a session with counter-moves."""

    def _closed(self, label_price=None):
        self._receive(self.textiles, 50)
        session = self._session(
            [(self.textiles, 50)],
            [(self.textiles, self.reuse, 30), (self.textiles, self.recycling, 18)],
            user=self.sorter,
        )
        if label_price:
            session.with_user(self.sorter).write(
                {
                    "label_ids": [
                        Command.create(
                            {
                                "warehouse_id": self.site.id,
                                "stream_id": self.textiles.id,
                                "weight_kg": 2,
                                "price": label_price,
                            }
                        )
                    ]
                }
            )
        session.with_user(self.sorter).action_close()
        return session

    def test_closed_session_not_rewritten(self):
        session = self._closed(label_price=16)
        moves = session.sudo().move_ids
        for vals in ({"state": "draft"}, {"state": "cancel"}, {"work_hours": 7.5}):
            with self.subTest(vals=vals), self.assertRaises(UserError):
                session.with_user(self.sorter).write(vals)
        with self.assertRaises(UserError):
            session.with_user(self.manager).action_close()
        with self.assertRaisesRegex(UserError, "already moved"):
            session._create_moves()
        with self.assertRaises(UserError):
            session.with_user(self.manager).unlink()
        self.assertEqual(session.sudo().move_ids, moves)
        label = session.label_ids
        self.assertEqual(label.state, "available")
        for vals in (
            {"state": "draft"},
            {"state": "sold"},
            {"barcode": "2900000000000"},
        ):
            with self.subTest(vals=vals), self.assertRaises(UserError):
                label.with_user(self.manager).write(vals)

    def test_session_not_closed_by_writing_its_state(self):
        self._receive(self.textiles, 10)
        session = self._session(
            [(self.textiles, 10)], [(self.textiles, self.reuse, 10)], user=self.sorter
        )
        with self.assertRaisesRegex(UserError, "only through its buttons"):
            session.with_user(self.sorter).write({"state": "done"})
        self.assertFalse(session.sudo().move_ids)
        with self.assertRaises(UserError):
            self.env["sectoral.label"].with_user(self.sorter).create(
                {
                    "stream_id": self.textiles.id,
                    "weight_kg": 1,
                    "price": 3,
                    "state": "available",
                }
            )

    def test_manager_reverses_a_closed_session(self):
        session = self._closed(label_price=16)
        label = session.label_ids
        shop = self.site.reuse_shop_location_id
        with self.assertRaises(AccessError):
            session.with_user(self.sorter).action_reverse("wrong stream")
        session.with_user(self.manager).action_reverse("sorted the wrong pile")
        self.assertEqual(session.state, "reversed")
        self.assertAlmostEqual(self._quant_kg(self.textiles), 50, msg="back to sort")
        self.assertAlmostEqual(self._quant_kg(self.textiles, shop), 0)
        self.assertAlmostEqual(
            self._quant_kg(self.textiles, self.site.reuse_recycling_location_id), 0
        )
        self.assertEqual(label.state, "withdrawn", "its item is off sale")
        self.assertIn("sorted the wrong pile", session.message_ids[0].body)

    def test_no_reversal_once_an_item_was_sold(self):
        session = self._closed(label_price=16)
        with workflow_step():  # sold at a till
            session.label_ids.state = "sold"
        with self.assertRaisesRegex(UserError, "were sold"):
            session.with_user(self.manager).action_reverse("too late")
        self.assertEqual(session.state, "done")

    def test_sorting_weighings_have_the_sites_maximum(self):
        self._receive(self.textiles, 100)
        session = self._session([(self.textiles, 100)], [], user=self.sorter)
        with self.assertRaisesRegex(ValidationError, "largest weighing"):
            session.with_user(self.sorter).write(
                {
                    "output_ids": [
                        Command.create(
                            {
                                "stream_id": self.textiles.id,
                                "destination_id": self.reuse.id,
                                "kg": 10000000,
                            }
                        )
                    ]
                }
            )


@tagged("post_install", "-at_install")
class TestSortingTabletInput(SortingCase):
    def test_bad_input_refused_by_name(self):
        self._receive(self.textiles, 10)
        Tablet = self.env["sectoral.sorting.tablet"].with_user(self.sorter)
        base = {"site_id": self.site.id, "kind": "input", "stream_id": self.textiles.id}
        cases = [
            ({"kg": "NaN"}, "weight"),
            ({"kg": "Infinity"}, "weight"),
            ({"kg": "12,5"}, "weight"),
            ({"kg": "beaucoup"}, "weight"),
            ({"kg": 10000000}, "weight"),
            ({"kg": 2, "stream_id": 99999999}, "stream"),
            ({"kg": 2, "site_id": 99999999}, "site"),
            ({"kg": 2, "kind": "output", "destination_id": 99999999}, "goes"),
            ({"kg": 2, "kind": "label", "price": "gratis"}, "price"),
            ({"kg": 2, "kind": "label", "price": 3, "grade": "z"}, "grade"),
        ]
        for payload, field in cases:
            with (
                self.subTest(payload=payload),
                self.assertRaisesRegex(ValidationError, f"(?i){field}"),
                self.env.cr.savepoint(),
            ):
                Tablet.add({**base, **payload})
        self.assertFalse(
            self.env["sectoral.sorting.session"].search(
                [("warehouse_id", "=", self.site.id)]
            )
        )
        with self.assertRaisesRegex(ValidationError, "session"):
            Tablet.undo(99999999, "input", 1)

    def test_weighing_kept_on_the_screen_recorded_once_on_its_day(self):
        self._receive(self.textiles, 10)
        Tablet = self.env["sectoral.sorting.tablet"].with_user(self.sorter)
        yesterday = fields.Datetime.now() - timedelta(days=1)
        payload = {
            "client_token": "sort-kept-1",
            "weighed_at": yesterday.isoformat(),
            "site_id": self.site.id,
            "kind": "input",
            "stream_id": self.textiles.id,
            "kg": 4,
        }
        first = Tablet.add(payload)
        again = Tablet.add(payload)
        self.assertFalse(first["duplicate"])
        self.assertTrue(again["duplicate"])
        self.assertEqual(again["line"], first["line"])
        session = self.env["sectoral.sorting.session"].browse(first["session"]["id"])
        self.assertEqual(len(session.input_ids), 1, "recorded once")
        self.assertEqual(
            session.date, fields.Date.context_today(session, yesterday), "its day"
        )
        today = Tablet.add(
            {**payload, "client_token": "sort-kept-2", "weighed_at": False}
        )
        self.assertNotEqual(today["session"]["id"], session.id)
