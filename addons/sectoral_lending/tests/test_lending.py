# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged
from odoo.tools.misc import format_date


class LibraryCase(TransactionCase):
    """A small library: a drill kit with a deposit, a tent, a raclette set; two
    members and somebody who is not one."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.company = env.company
        cls.company.write(
            {
                "sectoral_lending_max_loans": 2,
                "sectoral_lending_max_renewals": 1,
                "sectoral_lending_hold_days": 3,
                "sectoral_lending_reminder_days": 2,
            }
        )
        cls.desk = new_test_user(
            env, login="lending_desk", groups="sectoral_lending.group_lending_desk"
        )
        cls.manager = new_test_user(
            env,
            login="lending_manager",
            groups="sectoral_lending.group_lending_manager",
        )
        cls.tools = env["sectoral.lending.category"].create(
            {"name": "Outillage", "co2_kg_per_loan": 3.5, "co2_source": "test"}
        )

        def lendable(name, serial, deposit=0.0, days=7, pieces=()):
            product = env["product.product"].create(
                {"name": name, "is_storable": True, "tracking": "serial"}
            )
            return env["stock.lot"].create(
                {
                    "name": serial,
                    "product_id": product.id,
                    "company_id": cls.company.id,
                    "sectoral_lendable": True,
                    "sectoral_deposit": deposit,
                    "sectoral_loan_days": days,
                    "sectoral_lending_category_id": cls.tools.id,
                    "sectoral_kit_piece_ids": [
                        fields.Command.create({"name": piece, "quantity": quantity})
                        for piece, quantity in pieces
                    ],
                }
            )

        cls.drill = lendable(
            "Perceuse", "DRILL-1", deposit=50, pieces=[("Mèches", 10), ("Chargeur", 1)]
        )
        cls.tent = lendable("Tente 4 places", "TENT-1", days=14)
        cls.raclette = lendable("Appareil à raclette", "RAC-1")
        Partner = env["res.partner"]
        cls.alice = Partner.create(
            {"name": "Alice Membre", "email": "alice@example.com", "free_member": True}
        )
        cls.bob = Partner.create(
            {"name": "Bob Membre", "email": "bob@example.com", "free_member": True}
        )
        cls.stranger = Partner.create({"name": "Pas membre"})


@tagged("post_install", "-at_install")
class TestLending(LibraryCase):
    """Members borrow, return with a piece missing and a damage, wait in line,
    renew."""

    def _lend(self, partner, *lots, deposit_taken=False, user=None):
        return (
            self.env["sectoral.lending.loan"]
            .with_user(user or self.desk)
            .check_out(
                partner.id, [lot.id for lot in lots], deposit_taken=deposit_taken
            )
        )

    def _subject(self, template, loan):
        """The subject of a reminder, in the member's language."""
        return self.env.ref(
            f"sectoral_lending.mail_template_loan_{template}"
        )._render_field("subject", loan.ids, compute_lang=True)[loan.id]

    def _refused(self, message, partner, *lots, **kwargs):
        Loan = self.env["sectoral.lending.loan"]
        before = Loan.search_count([])
        with self.assertRaises(UserError) as caught:
            self._lend(partner, *lots, **kwargs)
        self.assertIn(message, str(caught.exception))
        self.assertEqual(Loan.search_count([]), before, "nothing lent")

    def test_members_within_their_limit(self):
        self._refused("not a member", self.stranger, self.tent)
        self._refused(
            "2 objects at once",
            self.alice,
            self.tent,
            self.raclette,
            self.drill,
            deposit_taken=True,
        )
        loans = self._lend(self.alice, self.tent, self.raclette)
        self.assertEqual(loans.mapped("state"), ["open", "open"])
        self.assertEqual(self.tent.sectoral_lending_state, "on_loan")
        self.assertEqual(
            loans.filtered(lambda loan: loan.lot_id == self.tent).date_due,
            fields.Date.today() + timedelta(days=14),
        )
        self._refused("2 objects at once", self.alice, self.drill, deposit_taken=True)
        self._refused("on loan", self.bob, self.tent)
        with self.assertRaises(ValidationError):
            self.env["sectoral.lending.loan"].with_user(self.desk).check_out(
                self.bob.id, ["RAC-1"]
            )
        with self.assertRaises(AccessError):
            self._lend(
                self.bob,
                self.drill,
                user=self.env["res.users"].browse(
                    new_test_user(self.env, login="not_desk").id
                ),
            )

    def test_deposit_taken_and_given_back(self):
        self._refused("deposit", self.bob, self.drill)
        # as a client might send it: a text is not a yes
        self._refused("deposit", self.bob, self.drill, deposit_taken="no")
        (loan,) = self._lend(self.bob, self.drill, deposit_taken=True)
        self.assertEqual((loan.deposit_amount, loan.deposit_state), (50, "held"))
        loan.with_user(self.desk).action_return()
        self.assertEqual(loan.deposit_state, "refunded")
        self.assertEqual(self.drill.sectoral_lending_state, "available")

    def test_another_enterprise_is_not_served_here(self):
        """A client of this desk sending another company's member or object, or
        numbers as text, is refused and nothing is lent."""
        other = self.env["res.company"].create({"name": "Autre ressourcerie"})
        stranger = self.env["res.partner"].create(
            {"name": "Membre ailleurs", "free_member": True, "company_id": other.id}
        )
        product = self.env["product.product"].create(
            {"name": "Scie", "is_storable": True, "tracking": "serial"}
        )
        their_saw = self.env["stock.lot"].create(
            {
                "name": "OTHER-1",
                "product_id": product.id,
                "company_id": other.id,
                "sectoral_lendable": True,
            }
        )
        Loan = self.env["sectoral.lending.loan"].with_user(self.desk)
        for partner_id, lot_ids in (
            (stranger.id, [self.tent.id]),
            (self.alice.id, [their_saw.id]),
            (str(self.alice.id), [self.tent.id]),
            (self.alice.id, self.tent.id),
        ):
            with (
                self.subTest(partner=partner_id, lots=lot_ids),
                self.assertRaises(ValidationError),
            ):
                Loan.check_out(partner_id, lot_ids)
        self.assertFalse(self.env["sectoral.lending.loan"].search([]))
        (loan,) = self._lend(self.alice, self.drill, deposit_taken=True)
        with self.assertRaises(ValidationError):
            loan.with_user(self.desk).action_return(
                missing={str(self.drill.sectoral_kit_piece_ids[0].id): True}
            )
        self.assertEqual(loan.state, "open")

    def test_a_piece_missing_and_a_damage(self):
        (loan,) = self._lend(self.alice, self.drill, deposit_taken=True)
        bits = self.drill.sectoral_kit_piece_ids.filtered(lambda p: p.name == "Mèches")
        with self.assertRaises(ValidationError):
            loan.with_user(self.desk).action_return(missing={bits.id: 11})
        loan.with_user(self.desk).action_return(
            missing={bits.id: 2}, damage="Mandrin qui patine"
        )
        self.assertEqual(loan.state, "returned")
        self.assertTrue(loan.to_settle)
        self.assertEqual(loan.deposit_state, "held", "kept until settled")
        self.assertEqual(loan.missing_ids.piece_id, bits)
        self.assertEqual(loan.missing_ids.quantity, 2)
        repair = loan.sudo().repair_id
        self.assertEqual(repair.lot_id, self.drill)
        self.assertIn("Mandrin", repair.internal_notes)
        self.assertEqual(self.drill.sectoral_lending_state, "repair")
        # blocked until settled
        self._refused("to settle", self.alice, self.tent)
        with self.assertRaises(AccessError):
            loan.with_user(self.desk).action_settle()
        loan.with_user(self.manager).action_settle(keep_deposit=True)
        self.assertEqual(loan.deposit_state, "kept")
        self._lend(self.alice, self.tent)
        # repaired: back on the shelf
        repair.action_validate()
        repair.action_repair_start()
        repair.action_repair_end()
        self.assertEqual(self.drill.sectoral_lending_state, "available")

    def test_overdue_blocks_and_reminders(self):
        (loan,) = self._lend(self.alice, self.raclette)
        due = loan.date_due
        Mail = self.env["mail.mail"]
        Loan = self.env["sectoral.lending.loan"]
        with freeze_time(due - timedelta(days=2)):
            Loan._cron_remind()
        reminder = Mail.search(
            [("model", "=", "sectoral.lending.loan"), ("res_id", "=", loan.id)]
        )
        self.assertEqual(len(reminder), 1)
        self.assertEqual(reminder.subject, self._subject("due_soon", loan))
        with freeze_time(due - timedelta(days=1)):
            Loan._cron_remind()  # once for this due date
        with freeze_time(due + timedelta(days=1)):
            self.assertTrue(loan.is_overdue)
            self.assertIn(loan, Loan.search([("is_overdue", "=", True)]))
            self._refused("overdue", self.alice, self.tent)
            Loan._cron_remind()
            Loan._cron_remind()  # once a week
        with freeze_time(due + timedelta(days=9)):
            Loan._cron_remind()
        mails = Mail.search(
            [("model", "=", "sectoral.lending.loan"), ("res_id", "=", loan.id)]
        )
        self.assertEqual(len(mails), 3)
        overdue = self._subject("overdue", loan)
        self.assertEqual(len(mails.filtered(lambda m: m.subject == overdue)), 2)
        with freeze_time(due + timedelta(days=9)):
            loan.with_user(self.desk).action_return()
            self._lend(self.alice, self.tent)

    def test_holds_in_line_and_expiry(self):
        (loan,) = self._lend(self.alice, self.tent)
        Hold = self.env["sectoral.lending.hold"].with_user(self.desk)
        bob_hold = Hold.place(self.bob.id, self.tent.id)
        self.assertEqual(bob_hold.state, "waiting")
        with self.assertRaises(UserError):
            Hold.place(self.bob.id, self.tent.id)
        carol = self.env["res.partner"].create({"name": "Carol", "free_member": True})
        carol_hold = Hold.place(carol.id, self.tent.id)
        # nobody may renew while members wait
        with self.assertRaisesRegex(UserError, "waits for it"):
            loan.with_user(self.desk).action_renew()
        loan.with_user(self.desk).action_return()
        self.assertEqual(bob_hold.state, "ready")
        self.assertEqual(bob_hold.date_expiry, fields.Date.today() + timedelta(days=3))
        self.assertEqual(carol_hold.state, "waiting")
        self._refused("put aside for another member", carol, self.tent)
        with freeze_time(fields.Date.today() + timedelta(days=4)):
            self.env["sectoral.lending.hold"]._cron_expire()
        self.assertEqual(bob_hold.state, "expired")
        self.assertEqual(carol_hold.state, "ready")
        self._lend(carol, self.tent)
        self.assertEqual(carol_hold.state, "collected")

    def test_the_desk_notes_the_condition(self):
        self._lend(self.bob, self.tent)
        Desk = self.env["sectoral.lending.desk"].with_user(self.desk)
        found = Desk.find_object("TENT-1")
        self.assertEqual(found["loan"]["member"], "Bob Membre")
        self.assertEqual(
            found["due"],
            format_date(self.env, fields.Date.today() + timedelta(days=14)),
        )
        with self.assertRaises(ValidationError):
            Desk.take_back(self.tent.id, condition="broken")
        back = Desk.take_back(self.tent.id, condition="worn")
        self.assertFalse(back["to_settle"])
        self.assertEqual(self.tent.sectoral_condition, "worn")
        with self.assertRaises(ValidationError):
            Desk.take_back(self.tent.id)  # not on loan any more

    def test_holds_at_the_desk(self):
        self._lend(self.alice, self.tent)
        Desk = self.env["sectoral.lending.desk"].with_user(self.desk)
        in_line = Desk.hold(self.bob.id, self.tent.id)
        self.assertFalse(in_line["ready"])
        self.assertEqual(in_line["position"], 1)
        with self.assertRaisesRegex(UserError, "already asked"):
            Desk.hold(self.bob.id, self.tent.id)
        with self.assertRaisesRegex(UserError, "has TENT-1 already"):
            Desk.hold(self.alice.id, self.tent.id)
        put_aside = Desk.hold(self.bob.id, self.raclette.id)
        self.assertTrue(put_aside["ready"])
        self.assertTrue(put_aside["until"])
        self.assertEqual(len(put_aside["member"]["holds"]), 1)
        with self.assertRaises(ValidationError):
            Desk.hold(self.bob.id, "RAC-1")  # an id, not a serial number
        clerk = new_test_user(self.env, login="clerk_holds", groups="base.group_user")
        with self.assertRaises(AccessError):
            self.env["sectoral.lending.desk"].with_user(clerk).hold(
                self.bob.id, self.raclette.id
            )

    def test_renewals(self):
        (loan,) = self._lend(self.alice, self.raclette)
        due = loan.date_due
        loan.with_user(self.desk).action_renew()
        self.assertEqual(loan.date_due, due + timedelta(days=7))
        self.assertEqual(loan.renew_count, 1)
        with self.assertRaisesRegex(UserError, "renewed 1 times"):
            loan.with_user(self.desk).action_renew()

    def test_products_stay_closed_to_plain_users(self):
        """Installing the members' addon does not let every user change prices."""
        clerk = new_test_user(self.env, login="lending_clerk", groups="base.group_user")
        with self.assertRaises(AccessError):
            self.tent.product_id.product_tmpl_id.with_user(clerk).list_price = 1
        with self.assertRaises(AccessError):
            self.env["product.template"].with_user(clerk).create({"name": "Gratuit"})

    def test_only_the_workflow_writes(self):
        (loan,) = self._lend(self.alice, self.raclette)
        for vals in (
            {"state": "returned"},
            {"date_due": fields.Date.today() + timedelta(days=90)},
            {"to_settle": False},
            {"deposit_state": "refunded"},
            {"company_id": self.env["res.company"].create({"name": "Autre"}).id},
            {"reminder_date": fields.Date.today()},
        ):
            with self.subTest(vals=vals), self.assertRaises(UserError):
                loan.with_user(self.manager).write(vals)
        with self.assertRaises(UserError):
            self.raclette.with_user(self.manager).sectoral_lending_state = "available"
        with self.assertRaises(UserError):
            self.raclette.with_user(self.manager).sectoral_lendable = False
        with self.assertRaises(UserError):
            self.raclette.with_user(self.manager).action_sectoral_retire()
        loan.with_user(self.desk).action_return()
        with self.assertRaises(UserError):
            self.raclette.with_user(self.desk).action_sectoral_retire()
        self.raclette.with_user(self.manager).action_sectoral_retire()
        self._refused("not lent", self.bob, self.raclette)


@tagged("post_install", "-at_install")
class TestLendingPoints(LibraryCase):
    """The library uses points: 10 on joining, 2 a month, 5 for an object given, a
    loan costs 4."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {
                "sectoral_lending_points": True,
                "sectoral_points_joining": 10,
                "sectoral_points_monthly": 2,
                "sectoral_points_deposit": 5,
                "sectoral_points_per_loan": 4,
            }
        )

    def _lend(self, partner, *lots):
        return (
            self.env["sectoral.lending.loan"]
            .with_user(self.desk)
            .check_out(partner.id, [lot.id for lot in lots])
        )

    def test_earned_and_spent(self):
        self._lend(self.alice, self.tent, self.raclette)
        self.assertEqual(self.alice.sectoral_points_balance, 10 - 2 * 4)
        self.assertEqual(
            sorted(self.alice.sectoral_points_ids.mapped("reason")),
            ["joining", "loan", "loan"],
        )
        # 2 points left: a loan costs 4
        for loan in self.alice.sectoral_loan_ids:
            loan.with_user(self.desk).action_return()
        with self.assertRaises(UserError) as caught:
            self._lend(self.alice, self.tent)
        self.assertIn("2 points: 4 needed", str(caught.exception))
        # the month's points, once a month
        Points = self.env["sectoral.lending.points"]
        Points._cron_monthly()
        Points._cron_monthly()
        self.assertEqual(self.alice.sectoral_points_balance, 4)
        self._lend(self.alice, self.tent)
        self.assertEqual(self.alice.sectoral_points_balance, 0)

    def test_an_object_given_earns_points(self):
        product = self.env["product.product"].create(
            {"name": "Scie sauteuse", "is_storable": True, "tracking": "serial"}
        )
        saw = self.env["stock.lot"].create(
            {
                "name": "SAW-1",
                "product_id": product.id,
                "company_id": self.company.id,
                "sectoral_lendable": True,
                "sectoral_given_by_id": self.bob.id,
            }
        )
        self.assertEqual(self.bob.sectoral_points_balance, 5)
        self.assertEqual(self.bob.sectoral_points_ids.lot_id, saw)
        saw.sectoral_given_by_id = self.bob  # the same giver: nothing more
        self.assertEqual(self.bob.sectoral_points_balance, 5)
        # naming another giver, and back, earns nothing more: once per object
        saw.sectoral_given_by_id = self.alice
        saw.sectoral_given_by_id = self.bob
        self.assertEqual(self.bob.sectoral_points_balance, 5)
        self.assertFalse(self.alice.sectoral_points_ids)
        with self.assertRaises(UserError):
            self.bob.sectoral_points_ids.with_user(self.manager).points = 500

    def test_points_off_by_default(self):
        self.company.sectoral_lending_points = False
        self._lend(self.alice, self.tent)
        self.assertFalse(self.alice.sectoral_points_ids)
