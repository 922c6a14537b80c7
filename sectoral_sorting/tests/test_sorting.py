# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import ast
import random

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import new_test_user, tagged, users

from odoo.addons.sectoral_collection.tests.common import CollectionCase


@tagged("post_install", "-at_install")
class SortingCase(CollectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sorter = new_test_user(
            cls.env, login="op_sorter", groups="sectoral_base.group_sorter"
        )
        cls.manager = new_test_user(
            cls.env, login="op_manager", groups="sectoral_base.group_manager"
        )
        cls.reuse = cls.env.ref("sectoral_base.destination_reuse")
        cls.repair = cls.env.ref("sectoral_base.destination_repair")
        cls.recycling = cls.env.ref("sectoral_base.destination_recycling")
        cls.disposal = cls.env.ref("sectoral_base.destination_disposal")
        cls.env.company.sorting_tolerance_pct = 3.0

    def _receive(self, stream, kg):
        intake = (
            self.env["sectoral.intake"]
            .sudo()
            .create(
                {
                    "warehouse_id": self.site.id,
                    "channel_id": self.drop_off.id,
                    "line_ids": [
                        Command.create({"stream_id": stream.id, "gross_kg": kg})
                    ],
                }
            )
        )
        intake.action_validate()
        return intake

    def _session(self, inputs, outputs, user=None):
        Session = self.env["sectoral.sorting.session"]
        if user:
            Session = Session.with_user(user)
        return Session.create(
            {
                "warehouse_id": self.site.id,
                "input_ids": [
                    Command.create({"stream_id": s.id, "kg": kg}) for s, kg in inputs
                ],
                "output_ids": [
                    Command.create(
                        {"stream_id": s.id, "destination_id": d.id, "kg": kg}
                    )
                    for s, d, kg in outputs
                ],
            }
        )


class TestSorting(SortingCase):
    def test_kilograms_followed_to_each_destination(self):
        self._receive(self.textiles, 120)
        session = self._session(
            [(self.textiles, 100)],
            [
                (self.textiles, self.reuse, 55),
                (self.textiles, self.recycling, 30),
                (self.textiles, self.disposal, 13),
            ],
            user=self.sorter,
        )
        self.assertAlmostEqual(session.difference_kg, 2)
        self.assertTrue(session.is_balanced, "2 % is within the 3 % tolerance")
        session.with_user(self.sorter).action_close()
        self.assertEqual(session.state, "done")
        self.assertAlmostEqual(
            self._quant_kg(self.textiles), 20, msg="20 kg left to sort"
        )
        self.assertAlmostEqual(
            self._quant_kg(self.textiles, self.site.reuse_shop_location_id), 55
        )
        self.assertAlmostEqual(
            self._quant_kg(self.textiles, self.site.reuse_recycling_location_id), 30
        )
        self.assertAlmostEqual(
            self._quant_kg(self.textiles, self.site.reuse_waste_location_id), 13
        )
        moves = session.move_ids
        self.assertEqual(set(moves.mapped("state")), {"done"})
        self.assertEqual(moves.sectoral_stream_id, self.textiles)
        out_moves = moves.filtered("sectoral_destination_id")
        self.assertEqual(len(out_moves), 3)
        self.assertEqual(
            out_moves.filtered(
                lambda m: m.sectoral_destination_id == self.reuse
            ).location_dest_id,
            self.site.reuse_shop_location_id,
        )

    def test_shop_stock_is_valued_at_the_streams_value(self):
        """Donated goods enter without value; sorting gives the kilograms sent to the
        shop and the workshop their stream's stock value, and the accountant's stock
        closing books it. Recyclables and waste stay without value."""
        company = self.env.company
        self.textiles.with_company(company).stock_value_kg = 0.5
        intake = self._receive(self.textiles, 120)
        self.assertFalse(intake.picking_id.move_ids.is_in, "a donation is not valued")
        self.assertFalse(intake.picking_id.move_ids.value)
        session = self._session(
            [(self.textiles, 100)],
            [
                (self.textiles, self.reuse, 55),
                (self.textiles, self.repair, 10),
                (self.textiles, self.recycling, 30),
                (self.textiles, self.disposal, 5),
            ],
        )
        session.action_close()
        valued = session.move_ids.filtered("is_in")
        self.assertEqual(
            valued.location_dest_id,
            self.site.reuse_shop_location_id | self.site.reuse_workshop_location_id,
        )
        self.assertAlmostEqual(sum(valued.mapped("value")), 65 * 0.5)
        self.assertFalse(sum((session.move_ids - valued).mapped("value")))
        product = self.textiles.product_id.with_company(company)
        self.assertAlmostEqual(
            product.total_value, 32.5, msg="20 kg unsorted: no value"
        )
        # the month-end stock closing books the value of the shop and workshop stock
        valuation_account = (
            product.categ_id.property_stock_valuation_account_id
            or company.account_stock_valuation_id
        )
        self.assertTrue(valuation_account, "the chart of accounts sets one")
        before = company.stock_accounting_value().get(valuation_account, 0.0)
        if not company.account_stock_journal_id:
            company.account_stock_journal_id = self.env["account.journal"].search(
                [("company_id", "=", company.id), ("type", "=", "general")], limit=1
            )
        company.action_close_stock_valuation(auto_post=True)
        after = company.stock_accounting_value().get(valuation_account, 0.0)
        self.assertAlmostEqual(after - before, 32.5)

    def test_reclassified_stream(self):
        """A pile of 'other' turns out to be books and toys."""
        other = self.env.ref("sectoral_base.stream_other")
        toys = self.env.ref("sectoral_base.stream_toys")
        self._receive(other, 40)
        session = self._session(
            [(other, 40)],
            [(self.books, self.reuse, 25), (toys, self.repair, 15)],
        )
        session.action_close()
        self.assertAlmostEqual(self._quant_kg(other), 0)
        self.assertAlmostEqual(
            self._quant_kg(self.books, self.site.reuse_shop_location_id), 25
        )
        self.assertAlmostEqual(
            self._quant_kg(toys, self.site.reuse_workshop_location_id), 15
        )

    def test_unbalanced_session_needs_a_managers_reason(self):
        self._receive(self.textiles, 100)
        session = self._session(
            [(self.textiles, 100)], [(self.textiles, self.reuse, 80)], user=self.sorter
        )
        self.assertFalse(session.is_balanced)
        with self.assertRaisesRegex(UserError, "does not balance"):
            session.with_user(self.sorter).action_close()
        with self.assertRaisesRegex(UserError, "reason"):
            session.with_user(self.manager).action_close()
        self.assertEqual(session.state, "draft")
        self.assertFalse(session.move_ids, "nothing moved")
        session.with_user(self.manager).unbalanced_reason = "Wet textiles, dried out"
        session.with_user(self.manager).action_close()
        self.assertEqual(session.state, "done")
        self.assertAlmostEqual(self._quant_kg(self.textiles), 0)

    def test_sorting_more_than_in_stock_refused(self):
        self._receive(self.textiles, 30)
        session = self._session(
            [(self.textiles, 50)], [(self.textiles, self.reuse, 50)]
        )
        with self.assertRaisesRegex(UserError, "Only 30"):
            session.action_close()
        self.assertEqual(session.state, "draft")
        self.assertAlmostEqual(self._quant_kg(self.textiles), 30)

    def test_zero_or_negative_weights_refused(self):
        for kg in (0, -5):
            with (
                self.subTest(kg=kg),
                self.assertRaisesRegex(ValidationError, "above zero"),
                self.env.cr.savepoint(),
            ):
                self._session([(self.textiles, kg)], [])
            self.env.clear()

    def test_unsorted_ageing_view(self):
        self._receive(self.textiles, 42)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sectoral_sorting.stock_quant_action_unsorted"
        )
        waiting = (
            self.env["stock.quant"]
            .with_user(self.sorter)
            .search(ast.literal_eval(action["domain"]))
        )
        self.assertIn(self.intake_location, waiting.location_id)
        self.assertAlmostEqual(
            sum(
                waiting.filtered(
                    lambda q: q.product_id == self.textiles.product_id
                ).mapped("quantity")
            ),
            42,
        )
        self.assertFalse(
            waiting.location_id
            - waiting.location_id.filtered(lambda loc: loc.reuse_role == "intake")
        )

    def test_each_intake_its_own_quants_sorting_takes_from_them(self):
        """Intakes never update a quant another tablet may update at the same
        instant: each adds its own. Sorting reserves from them oldest first, and
        Odoo's nightly quant tasks merge what is left."""
        Quant = self.env["stock.quant"]
        product = self.textiles.product_id

        def quants(location):
            return Quant.search(
                [("product_id", "=", product.id), ("location_id", "=", location.id)]
            )

        donations = self.env.ref("sectoral_base.stock_location_donations")
        before = len(quants(donations))
        self._receive(self.textiles, 30)
        self._receive(self.textiles, 20)
        self.assertEqual(
            sorted(quants(self.intake_location).mapped("quantity")), [20, 30]
        )
        self.assertEqual(len(quants(donations)), before + 2)
        self.assertAlmostEqual(self._quant_kg(self.textiles), 50)
        session = self._session(
            [(self.textiles, 40)],
            [(self.textiles, self.reuse, 25), (self.textiles, self.recycling, 15)],
        )
        session.action_close()
        # what is left of the pile is one quant again, dated as its oldest intake
        left = quants(self.intake_location)
        self.assertEqual(left.mapped("quantity"), [10])
        self.assertAlmostEqual(self._quant_kg(self.textiles), 10)

    def test_empty_session_refused(self):
        with self.assertRaisesRegex(UserError, "needs what was taken"):
            self._session([], []).action_close()

    def test_closed_session_frozen(self):
        self._receive(self.textiles, 10)
        session = self._session(
            [(self.textiles, 10)], [(self.textiles, self.reuse, 10)]
        )
        session.action_close()
        with self.assertRaises(UserError):
            session.output_ids.kg = 5
        with self.assertRaises(UserError):
            session.write({"date": "2020-01-01"})
        with self.assertRaises(UserError):
            session.input_ids.unlink()
        with self.assertRaises(UserError):
            session.unlink()
        with self.assertRaises(UserError):
            session.action_close()


@tagged("post_install", "-at_install")
class TestSortingWeek(SortingCase):
    def test_mass_balance_over_a_generated_week(self):
        """Five days of intakes and sorting: every kilogram received is either still
        waiting at intake, at a destination, or a recorded sorting loss."""
        rng = random.Random(42)
        streams = [self.textiles, self.books, self.seating]
        destinations = [self.reuse, self.repair, self.recycling, self.disposal]
        received = 0.0
        for _day in range(5):
            for _ in range(4):
                stream = rng.choice(streams)
                kg = round(rng.uniform(20, 150), 1)
                self._receive(stream, kg)
                received += kg
            for stream in streams:
                waiting = self._quant_kg(stream)
                taken = round(waiting * rng.uniform(0.5, 0.9), 1)
                if taken <= 0:
                    continue
                shares = [rng.random() for _ in destinations]
                loss = taken * rng.uniform(0, 0.02)
                outputs = [
                    (
                        stream,
                        destination,
                        round((taken - loss) * share / sum(shares), 1),
                    )
                    for destination, share in zip(destinations, shares, strict=True)
                ]
                self._session([(stream, taken)], outputs).action_close()
        sessions = self.env["sectoral.sorting.session"].search(
            [("warehouse_id", "=", self.site.id)]
        )
        self.assertTrue(sessions)
        self.assertEqual(set(sessions.mapped("state")), {"done"})
        site_locations = (
            self.site.reuse_intake_location_id
            | self.site.reuse_shop_location_id
            | self.site.reuse_workshop_location_id
            | self.site.reuse_recycling_location_id
            | self.site.reuse_waste_location_id
        )
        in_site = sum(
            self.env["stock.quant"]
            .search(
                [
                    ("location_id", "in", site_locations.ids),
                    ("product_id", "in", [s.product_id.id for s in streams]),
                ]
            )
            .mapped("quantity")
        )
        losses = sum(sessions.mapped("difference_kg"))
        self.assertAlmostEqual(in_site + losses, received, places=4)
        for session in sessions:
            out_moves = session.move_ids.filtered("sectoral_destination_id")
            self.assertAlmostEqual(sum(out_moves.mapped("quantity")), session.output_kg)


@tagged("post_install", "-at_install")
class TestSortingQueries(SortingCase):
    @users("op_sorter")
    def test_query_count_sorting_line(self):
        session = self._session([(self.textiles, 10)], [])
        session.flush_recordset()
        self.env.invalidate_all()
        with self.assertQueryCount(op_sorter=23):  # with the site maximum
            session.write(
                {
                    "output_ids": [
                        Command.create(
                            {
                                "stream_id": self.textiles.id,
                                "destination_id": self.reuse.id,
                                "kg": 4,
                            }
                        )
                    ]
                }
            )
            session.flush_recordset()

    @users("op_sorter")
    def test_query_count_close_session(self):
        self._receive(self.textiles, 200)
        session = self._session(
            [(self.textiles, 100)],
            [
                (self.textiles, destination, 25)
                for destination in (
                    self.reuse,
                    self.repair,
                    self.recycling,
                    self.disposal,
                )
            ],
        )
        session.flush_recordset()
        self.env.invalidate_all()
        # the pile's quants reserved like any picking's, then merged again
        with self.assertQueryCount(op_sorter=160):
            session.action_close()
            self.env.flush_all()
        self.assertEqual(session.state, "done")
