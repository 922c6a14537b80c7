# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta
from unittest.mock import patch

from odoo import fields
from odoo.exceptions import AccessError, ConcurrencyError, UserError, ValidationError
from odoo.tests import Form, new_test_user, tagged
from odoo.tools import mute_logger

from .common import CollectionCase


@tagged("post_install", "-at_install")
class TestIntakeHolds(CollectionCase):
    """A validated intake stays what it was: only its workflow changes it, and a
    manager corrects it by reversing it with a reason."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env, login="hold_manager", groups="sectoral_base.group_manager"
        )

    def _validated(self, kg=40, user=None):
        intake = self._intake([{"stream_id": self.textiles.id, "gross_kg": kg}])
        intake.with_user(user or self.operator).action_validate()
        return intake

    def test_state_and_receipt_written_by_the_workflow_only(self):
        intake = self._validated()
        for user in (self.operator, self.manager):
            for vals in (
                {"state": "draft"},
                {"state": "cancel"},
                {"picking_id": False},
                {"client_token": "forged"},
            ):
                with (
                    self.subTest(user=user.login, vals=vals),
                    self.assertRaisesRegex(
                        UserError, "only through its buttons|cannot be changed"
                    ),
                ):
                    intake.with_user(user).write(vals)
        # the doubled-stock path of a client: back to draft, edit, validate again
        self.assertEqual(intake.state, "done")
        with self.assertRaises(UserError):
            intake.with_user(self.manager).action_validate()
        self.assertAlmostEqual(self._quant_kg(self.textiles), 40)
        # nor created already validated, with a receipt of its own choosing
        with self.assertRaisesRegex(UserError, "only through its buttons"):
            self.env["sectoral.intake"].with_user(self.operator).create(
                {
                    "warehouse_id": self.site.id,
                    "channel_id": self.drop_off.id,
                    "state": "done",
                }
            )
        # a draft may be created as the form sends it
        draft = (
            self.env["sectoral.intake"]
            .with_user(self.operator)
            .create(
                {
                    "warehouse_id": self.site.id,
                    "channel_id": self.drop_off.id,
                    "state": "draft",
                }
            )
        )
        self.assertEqual(draft.state, "draft")

    def test_done_moves_keep_what_they_counted(self):
        """A stock manager (or a script with stock rights) cannot move a done intake's
        kilograms to another stream, donor or channel: the reports read them."""
        intake = self._validated()
        move = intake.picking_id.move_ids
        stock_manager = new_test_user(
            self.env, login="hold_stock_manager", groups="stock.group_stock_manager"
        )
        for vals in (
            {"sectoral_stream_id": self.books.id},
            {"sectoral_donor_id": self.donor.id},
            {"sectoral_intake_id": False},
            {"sectoral_is_estimated": True},
        ):
            with self.subTest(vals=vals), self.assertRaises(AccessError):
                move.with_user(stock_manager).write(vals)
        # resending what it read is fine
        move.with_user(stock_manager).write(
            {"sectoral_stream_id": self.textiles.id, "sectoral_is_estimated": False}
        )
        self.assertEqual(move.sectoral_stream_id, self.textiles)

    def test_receipt_made_once_and_intake_not_deleted(self):
        intake = self._validated()
        with self.assertRaisesRegex(UserError, "already has its receipt"):
            intake._create_receipt()
        with self.assertRaises(UserError):
            intake.with_user(self.manager).action_cancel()
        with self.assertRaises(UserError):
            intake.with_user(self.manager).unlink()
        self.assertEqual(len(intake._stock_moves()), 1)
        self.assertAlmostEqual(self._quant_kg(self.textiles), 40)

    def test_manager_corrects_with_a_reversal(self):
        intake = self._validated(kg=40)
        # not a worker, and not without a reason
        with self.assertRaises(AccessError):
            intake.with_user(self.operator).action_reverse("typo")
        with self.assertRaisesRegex(UserError, "why"):
            intake.with_user(self.manager).action_reverse("  ")
        action = intake.with_user(self.manager).action_open_correction()
        wizard = Form(
            self.env["sectoral.correction"]
            .with_user(self.manager)
            .with_context(**action["context"])
        )
        wizard.reason = "40 kg typed instead of 4"
        wizard.save().action_confirm()
        self.assertEqual(intake.state, "reversed")
        self.assertEqual(intake.correction_reason, "40 kg typed instead of 4")
        self.assertEqual(intake.reversal_picking_id.state, "done")
        self.assertEqual(intake.reversal_picking_id.return_id, intake.picking_id)
        self.assertAlmostEqual(self._quant_kg(self.textiles), 0, msg="kilograms gone")
        self.assertIn(
            "40 kg typed instead of 4",
            intake.message_ids.mapped("body")[0],
            "the reason is in the chatter",
        )
        # reversed once
        with self.assertRaises(UserError):
            intake.with_user(self.manager).action_reverse("again")
        # weighed again from a copy
        copy = self.env["sectoral.intake"].browse(
            intake.with_user(self.manager).action_correct_copy()["res_id"]
        )
        self.assertEqual(copy.state, "draft")
        self.assertEqual(copy.line_ids.stream_id, self.textiles)
        copy.line_ids.gross_kg = 4
        copy.action_validate()
        self.assertAlmostEqual(self._quant_kg(self.textiles), 4)

    def test_no_reversal_of_what_was_already_sorted(self):
        intake = self._validated(kg=40)
        self.env["stock.quant"]._update_available_quantity(
            self.textiles.product_id, self.intake_location, -30
        )
        with self.assertRaisesRegex(UserError, "Only 10"):
            intake.with_user(self.manager).action_reverse("wrong")
        self.assertEqual(intake.state, "done")

    def test_round_state_and_closed_round(self):
        round_ = self.env["sectoral.round"].create({"warehouse_id": self.site.id})
        with self.assertRaisesRegex(UserError, "only through its buttons"):
            round_.with_user(self.driver).write({"state": "done"})
        round_.write(
            {
                "stop_ids": [
                    fields.Command.create(
                        {"partner_id": self.donor.id, "address": "Rue 1"}
                    )
                ]
            }
        )
        round_.action_confirm()
        round_.stop_ids.outcome = "absent"
        round_.write({"work_hours": 5})
        round_.action_done()
        with self.assertRaises(UserError):
            round_.with_user(self.driver).write({"work_hours": 9})


@tagged("post_install", "-at_install")
class TestIntakeTabletInput(CollectionCase):
    """What the tablet sends is checked field by field: a clear, translated refusal
    naming the field, and nothing recorded."""

    def _payload(self, token, **line):
        return {
            "client_token": token,
            "site_id": self.site.id,
            "channel_id": self.drop_off.id,
            "lines": [{"stream_id": self.textiles.id, "gross_kg": 12, **line}],
        }

    def test_bad_numbers_and_ids_refused_by_name(self):
        Tablet = self.env["sectoral.intake.tablet"].with_user(self.operator)
        other_company = self.env["res.company"].create({"name": "Autre ressourcerie"})
        other_site = self.env["stock.warehouse"].create(
            {"name": "Ailleurs", "code": "AIL", "company_id": other_company.id}
        )
        cases = [
            ({"gross_kg": "douze"}, "weight"),
            ({"gross_kg": "NaN"}, "weight"),
            ({"gross_kg": float("inf")}, "weight"),
            ({"gross_kg": "Infinity"}, "weight"),
            ({"gross_kg": "12,5"}, "weight"),
            ({"gross_kg": -3}, "weight"),
            ({"gross_kg": [12]}, "weight"),
            ({"gross_kg": 900}, "weight"),  # above the site's 500 kg
            ({"stream_id": 99999999}, "stream"),
            ({"stream_id": "1"}, "stream"),
            ({"container_id": 99999999}, "container"),
            ({"count": "beaucoup"}, "number of items"),
        ]
        for n, (line, field) in enumerate(cases):
            with (
                self.subTest(line=line),
                self.assertRaisesRegex(ValidationError, f"(?i){field}"),
                self.env.cr.savepoint(),
            ):
                Tablet.submit(self._payload(f"bad-{n}", **line))
        for n, (key, value, field) in enumerate(
            [
                ("site_id", other_site.id, "site"),
                ("site_id", "x", "site"),
                ("channel_id", 99999999, "channel"),
                ("stop_id", 99999999, "stop"),
                ("partner_id", 99999999, "donor"),
                ("weighed_at", "yesterday", "time"),
            ]
        ):
            payload = {**self._payload(f"bad-key-{n}"), key: value}
            with (
                self.subTest(key=key),
                self.assertRaisesRegex(ValidationError, f"(?i){field}"),
                self.env.cr.savepoint(),
            ):
                Tablet.submit(payload)
        self.assertFalse(
            self.env["sectoral.intake"].search([("client_token", "like", "bad-")])
        )
        self.assertEqual(self._quant_kg(self.textiles), 0)

    def test_refusal_in_the_users_language(self):
        self.env["res.lang"]._activate_lang("fr_BE")
        self.operator.lang = "fr_BE"
        # the tablet's calls carry the user's language, as the web client sends them
        Tablet = (
            self.env["sectoral.intake.tablet"]
            .with_user(self.operator)
            .with_context(lang="fr_BE")
        )
        with self.assertRaises(ValidationError) as refused:
            Tablet.submit(self._payload("fr-1", gross_kg="NaN"))
        message = str(refused.exception)
        self.assertNotIn("Check", message, "translated, not the English source")
        self.assertIn("NaN", message)

    def test_weighed_offline_dated_when_weighed(self):
        Tablet = self.env["sectoral.intake.tablet"].with_user(self.operator)
        weighed = fields.Datetime.now().replace(microsecond=0) - timedelta(hours=3)
        payload = {**self._payload("late-1"), "weighed_at": weighed.isoformat() + "Z"}
        result = Tablet.submit(payload)
        intake = self.env["sectoral.intake"].browse(result["id"])
        self.assertEqual(intake.date, weighed)
        self.assertEqual(intake.picking_id.move_ids.date, weighed)
        future = fields.Datetime.now() + timedelta(days=1)
        with self.assertRaisesRegex(ValidationError, "clock"):
            Tablet.submit({**self._payload("late-2"), "weighed_at": future.isoformat()})

    def test_same_intake_sent_twice_at_once_is_replayed(self):
        """The second of two identical submissions meets the first at the unique
        index: it is replayed by Odoo (a concurrency error) and then answers with the
        intake recorded, never a refusal."""
        Tablet = self.env["sectoral.intake.tablet"].with_user(self.operator)
        first = Tablet.submit(self._payload("twice"))
        Intake = type(self.env["sectoral.intake"])
        real_search = Intake.search

        def search_before_the_other_committed(records, domain, *args, **kwargs):
            if ("client_token", "=", "twice") in domain:
                return records.browse()
            return real_search(records, domain, *args, **kwargs)

        with (
            patch.object(Intake, "search", search_before_the_other_committed),
            self.assertRaises(ConcurrencyError),
            mute_logger("odoo.sql_db"),
        ):
            Tablet.submit(self._payload("twice"))
        again = Tablet.submit(self._payload("twice"))
        self.assertTrue(again["duplicate"])
        self.assertEqual(again["id"], first["id"])
