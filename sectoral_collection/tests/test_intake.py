# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged, users

from .common import CollectionCase


@tagged("post_install", "-at_install")
class TestIntake(CollectionCase):
    def test_weighed_and_counted_lines(self):
        intake = self._intake(
            [
                {
                    "stream_id": self.textiles.id,
                    "gross_kg": 85,
                    "container_id": self.roll_cage.id,
                },
                {"stream_id": self.books.id, "count": 30},
            ]
        )
        weighed, counted = intake.line_ids
        self.assertEqual(weighed.tare_kg, 35, "the container's tare is taken off")
        self.assertEqual(weighed.net_kg, 50)
        self.assertFalse(weighed.is_estimated)
        self.assertAlmostEqual(counted.net_kg, 30 * self.books.avg_weight_kg)
        self.assertTrue(counted.is_estimated)
        self.assertAlmostEqual(intake.total_kg, 50 + 12)
        self.assertTrue(intake.has_estimate)

    def test_validate_makes_a_standard_receipt(self):
        intake = self._intake(
            [
                {"stream_id": self.textiles.id, "gross_kg": 40},
                {"stream_id": self.textiles.id, "gross_kg": 25.5},
                {"stream_id": self.seating.id, "count": 2},
            ],
            partner_id=self.donor.id,
        )
        intake.action_validate()
        self.assertEqual(intake.state, "done")
        picking = intake.picking_id
        self.assertEqual(picking.state, "done")
        self.assertEqual(picking.picking_type_id, self.site.in_type_id)
        self.assertEqual(picking.partner_id, self.donor)
        self.assertEqual(
            picking.location_id, self.env.ref("sectoral_base.stock_location_donations")
        )
        self.assertEqual(picking.location_dest_id, self.intake_location)
        self.assertEqual(len(picking.move_ids), 2, "one move per stream")
        textile_move = picking.move_ids.filtered(
            lambda m: m.sectoral_stream_id == self.textiles
        )
        self.assertEqual(textile_move.product_uom, self.env.ref("uom.product_uom_kgm"))
        self.assertAlmostEqual(textile_move.quantity, 65.5)
        self.assertFalse(textile_move.sectoral_is_estimated)
        seating_move = picking.move_ids - textile_move
        self.assertTrue(seating_move.sectoral_is_estimated)
        for move in picking.move_ids:
            self.assertEqual(move.sectoral_intake_id, intake)
            self.assertEqual(move.sectoral_donor_id, self.donor)
            self.assertEqual(move.sectoral_channel_id, self.drop_off)
        self.assertAlmostEqual(self._quant_kg(self.textiles), 65.5)
        self.assertAlmostEqual(
            self._quant_kg(self.seating), 2 * self.seating.avg_weight_kg
        )

    def _assert_refused(self, line, message):
        """The intake is refused as a whole with the message, and nothing is kept."""
        with self.assertRaisesRegex(ValidationError, message), self.env.cr.savepoint():
            self._intake([{"stream_id": self.textiles.id, **line}])
        # as after a refused request: the transaction is rolled back, the cache emptied
        self.env.clear()
        self.assertFalse(
            self.env["sectoral.intake"].search([("warehouse_id", "=", self.site.id)]),
            "nothing half-recorded",
        )

    def test_negative_weight_refused(self):
        self._assert_refused({"gross_kg": -3}, "negative")

    def test_missing_weight_refused(self):
        self._assert_refused({}, "needs a weight")

    def test_zero_weight_refused(self):
        self._assert_refused({"gross_kg": 0, "count": 0}, "needs a weight")

    def test_absurd_weight_refused(self):
        self._assert_refused({"gross_kg": 501}, "largest weighing")

    def test_tare_above_gross_refused(self):
        self._assert_refused(
            {"gross_kg": 30, "container_id": self.roll_cage.id}, "tare"
        )

    def test_tare_equal_gross_refused(self):
        self._assert_refused({"gross_kg": 10, "tare_kg": 10}, "tare")

    def test_count_without_average_refused(self):
        self.textiles.avg_weight_kg = 0
        self._assert_refused({"count": 3}, "average weight")

    def test_errors_speak_the_users_language(self):
        self.env["res.lang"]._activate_lang("fr_BE")
        with self.assertRaisesRegex(ValidationError, "poids"):
            self.env["sectoral.intake"].with_context(lang="fr_BE").create(
                {
                    "warehouse_id": self.site.id,
                    "channel_id": self.drop_off.id,
                    "line_ids": [
                        Command.create({"stream_id": self.textiles.id, "gross_kg": -3})
                    ],
                }
            )

    def test_validated_intake_is_frozen(self):
        intake = self._intake([{"stream_id": self.textiles.id, "gross_kg": 12}])
        intake.action_validate()
        with self.assertRaises(UserError):
            intake.line_ids.gross_kg = 20
        with self.assertRaises(UserError):
            intake.partner_id = self.donor
        with self.assertRaises(UserError):
            intake.write(
                {
                    "line_ids": [
                        Command.create({"stream_id": self.books.id, "gross_kg": 3})
                    ]
                }
            )
        with self.assertRaises(UserError):
            intake.line_ids.unlink()
        with self.assertRaises(UserError):
            intake.unlink()
        with self.assertRaises(UserError):
            intake.action_validate()
        self.assertAlmostEqual(self._quant_kg(self.textiles), 12)

    def test_empty_intake_not_validated(self):
        intake = self._intake([])
        with self.assertRaisesRegex(UserError, "no weighing"):
            intake.action_validate()

    def _payload(self, token="tok-1", lines=None):
        return {
            "client_token": token,
            "site_id": self.site.id,
            "channel_id": self.drop_off.id,
            "lines": lines
            if lines is not None
            else [
                {
                    "stream_id": self.textiles.id,
                    "gross_kg": 60,
                    "container_id": self.roll_cage.id,
                },
                {"stream_id": self.books.id, "count": 10},
            ],
        }

    def test_tablet_submission_recorded_once(self):
        Tablet = self.env["sectoral.intake.tablet"].with_user(self.operator)
        first = Tablet.submit(self._payload())
        self.assertFalse(first["duplicate"])
        self.assertAlmostEqual(first["total_kg"], 25 + 4)
        again = Tablet.submit(self._payload())
        self.assertTrue(again["duplicate"])
        self.assertEqual(again["id"], first["id"])
        self.assertEqual(
            self.env["sectoral.intake"].search_count([("client_token", "=", "tok-1")]),
            1,
        )
        self.assertAlmostEqual(
            self._quant_kg(self.textiles), 25, msg="stock counted once"
        )
        intake = self.env["sectoral.intake"].browse(first["id"])
        self.assertEqual(intake.state, "done")
        self.assertEqual(intake.user_id, self.operator)

    def test_tablet_bad_submission_leaves_nothing(self):
        Intake = self.env["sectoral.intake.tablet"].with_user(self.operator)
        payload = self._payload(
            token="tok-bad",
            lines=[
                {"stream_id": self.textiles.id, "gross_kg": 60},
                {"stream_id": self.books.id, "gross_kg": 9000},
            ],
        )
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            Intake.submit(payload)
        self.assertFalse(
            self.env["sectoral.intake"].search([("client_token", "=", "tok-bad")])
        )
        self.assertEqual(self._quant_kg(self.textiles), 0)
        with self.assertRaisesRegex(UserError, "at least one"):
            Intake.submit(self._payload(token="tok-empty", lines=[]))
        with self.assertRaisesRegex(UserError, "identifier"):
            Intake.submit(self._payload(token=""))
        with self.assertRaisesRegex(ValidationError, "Choose the stream"):
            Intake.submit(self._payload(token="tok-nostream", lines=[{"gross_kg": 12}]))
        self.assertFalse(
            self.env["sectoral.intake"].search([("client_token", "like", "tok-")])
        )

    def test_tablet_load(self):
        data = self.env["sectoral.intake.tablet"].with_user(self.operator).load()
        self.assertIn(self.textiles.id, [s["id"] for s in data["streams"]])
        self.assertIn(self.roll_cage.id, [c["id"] for c in data["containers"]])
        site = next(s for s in data["sites"] if s["id"] == self.site.id)
        self.assertEqual(site["max_kg"], 500)

    def test_tablet_donors_without_contact_rights(self):
        """The operator finds a donor by name, phone or card, or adds one with the
        fewest fields, without the right to create contacts; nobody else can."""
        Tablet = self.env["sectoral.intake.tablet"].with_user(self.operator)
        self.donor.write({"phone": "+32 470 12 34 56", "barcode": "CARD-77"})
        self.assertFalse(
            self.operator.has_group("base.group_partner_manager"), "no contact rights"
        )
        for query in ("Donatrice", "470 12", "CARD-77"):
            self.assertIn(
                self.donor.id, [d["id"] for d in Tablet.find_donors(query)], query
            )
        self.assertEqual(Tablet.find_donors("x"), [], "two letters at least")
        donor = Tablet.create_donor(
            {"name": " Paul Neuf ", "zip": "5000", "consent": True}
        )
        partner = self.env["res.partner"].browse(donor["id"])
        self.assertEqual(partner.name, "Paul Neuf")
        self.assertEqual(partner.zip, "5000")
        self.assertTrue(partner.sectoral_contact_consent)
        self.assertEqual(partner.company_id, self.env.company)
        # sent again (its answer lost): the same donor, not a second one
        again = Tablet.create_donor(
            {"name": "Paul Neuf", "zip": "5000", "consent": True}
        )
        self.assertEqual(again["id"], partner.id)
        for bad in ({"name": ""}, {"name": "x" * 200}, {"name": "A", "zip": 5000}, []):
            with self.assertRaises(ValidationError), self.env.cr.savepoint():
                Tablet.create_donor(bad)
        sorter = new_test_user(
            self.env, login="tab_sorter", groups="sectoral_base.group_sorter"
        )
        with self.assertRaises(AccessError):
            Tablet.with_user(sorter).create_donor({"name": "Intrus"})
        with self.assertRaises(AccessError):
            Tablet.with_user(sorter).find_donors("Donatrice")

    def test_tablet_round_stop_of_the_site_only(self):
        """A driver attaches an intake to a stop of today's planned round of the site;
        a stop elsewhere is refused and nothing is recorded."""
        other = self.env["stock.warehouse"].create({"name": "Ailleurs", "code": "AIL"})
        other.action_setup_reuse_site()
        round_ = self.env["sectoral.round"].create(
            {
                "warehouse_id": other.id,
                "stop_ids": [Command.create({"partner_id": self.donor.id})],
            }
        )
        round_.action_confirm()
        Tablet = self.env["sectoral.intake.tablet"].with_user(self.driver)
        payload = {
            "client_token": "stop-elsewhere",
            "site_id": self.site.id,
            "channel_id": self.door.id,
            "stop_id": round_.stop_ids.id,
            "lines": [{"stream_id": self.textiles.id, "gross_kg": 10}],
        }
        with self.assertRaisesRegex(ValidationError, "not a stop of a planned round"):
            Tablet.submit(payload)
        self.assertFalse(
            self.env["sectoral.intake"].search(
                [("client_token", "=", "stop-elsewhere")]
            )
        )
        payload.update(site_id=other.id, client_token="stop-here")
        result = Tablet.submit(payload)
        intake = self.env["sectoral.intake"].browse(result["id"])
        self.assertEqual(intake.partner_id, self.donor)
        self.assertEqual(round_.stop_ids.outcome, "collected")
        rounds = Tablet.load()["rounds"]
        self.assertTrue(
            next(r for r in rounds if r["id"] == round_.id)["stops"][0]["done"]
        )

    def test_operator_weighs_without_inventory_rights(self):
        self.assertFalse(self.operator.has_group("stock.group_stock_user"))
        intake = (
            self.env["sectoral.intake"]
            .with_user(self.operator)
            .create(
                {
                    "warehouse_id": self.site.id,
                    "channel_id": self.drop_off.id,
                    "line_ids": [
                        Command.create({"stream_id": self.textiles.id, "gross_kg": 7})
                    ],
                }
            )
        )
        intake.action_validate()
        self.assertEqual(intake.state, "done")
        self.assertAlmostEqual(self._quant_kg(self.textiles), 7)

    def test_other_company_cannot_see_intakes(self):
        intake = self._intake([{"stream_id": self.textiles.id, "gross_kg": 5}])
        other = self.env["res.company"].create({"name": "Autre ressourcerie"})
        outsider = self.env["res.users"].create(
            {
                "name": "Outsider",
                "login": "outsider",
                "company_id": other.id,
                "company_ids": [Command.set(other.ids)],
                "group_ids": [
                    Command.set([self.env.ref("sectoral_base.group_manager").id])
                ],
            }
        )
        self.assertFalse(
            self.env["sectoral.intake"]
            .with_user(outsider)
            .search([("id", "=", intake.id)])
        )


@tagged("post_install", "-at_install")
class TestIntakeQueries(CollectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.streams = cls.env["sectoral.stream"].search([], limit=20)

    @users("op_intake")
    def test_query_count_add_line(self):
        intake = self._intake([{"stream_id": self.textiles.id, "gross_kg": 10}])
        intake.flush_recordset()
        self.env.invalidate_all()
        with self.assertQueryCount(op_intake=20):
            intake.write(
                {
                    "line_ids": [
                        Command.create({"stream_id": self.books.id, "gross_kg": 3})
                    ]
                }
            )
            intake.flush_recordset()

    @users("op_intake")
    def test_query_count_validate_20_lines(self):
        intake = self._intake(
            [
                {
                    "stream_id": self.streams[i % len(self.streams)].id,
                    "gross_kg": 10 + i,
                }
                for i in range(20)
            ]
        )
        intake.flush_recordset()
        self.env.invalidate_all()
        with self.assertQueryCount(op_intake=300):
            intake.action_validate()
            self.env.flush_all()
        self.assertEqual(intake.picking_id.state, "done")


@tagged("post_install", "-at_install")
class TestCollectionAccess(CollectionCase):
    """Who may do what with intakes, requests and rounds."""

    def test_roles(self):
        intake = self._intake([{"stream_id": self.textiles.id, "gross_kg": 5}])
        round_ = self.env["sectoral.round"].create({"warehouse_id": self.site.id})
        cashier = new_test_user(
            self.env, login="acc_cashier", groups="sectoral_base.group_cashier"
        )
        sorter = new_test_user(
            self.env, login="acc_sorter", groups="sectoral_base.group_sorter"
        )
        accountant = new_test_user(
            self.env, login="acc_accountant", groups="sectoral_base.group_accountant"
        )
        for outsider in (cashier, sorter):
            with self.assertRaises(AccessError):
                intake.with_user(outsider).read(["name"])
            with self.assertRaises(AccessError):
                round_.with_user(outsider).read(["name"])
        # the accountant reads intakes, changes none
        intake.with_user(accountant).read(["total_kg"])
        with self.assertRaises(AccessError):
            intake.with_user(accountant).write({"partner_id": self.donor.id})
        # operators read rounds but only drivers record stops; only managers plan
        round_.with_user(self.operator).read(["name"])
        with self.assertRaises(AccessError):
            self.env["sectoral.round"].with_user(self.driver).create(
                {"warehouse_id": self.site.id}
            )
        with self.assertRaises(AccessError):
            round_.with_user(self.operator).write({"vehicle_id": False})
        round_.with_user(self.driver).write({"vehicle_id": False})
        # nobody but a manager deletes an intake
        with self.assertRaises(AccessError):
            intake.with_user(self.operator).unlink()
