# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .test_lending import LibraryCase


@tagged("post_install", "-at_install")
class TestDeskTour(LibraryCase, HttpCase):
    def test_borrow_then_return_with_a_piece_missing_and_a_damage(self):
        """At the desk's touch screen: Alice borrows the drill kit (its deposit
        taken), Bob asks for it and waits in line; Alice brings it back with a drill
        bit missing and the chuck slipping; the workshop has a repair order and Alice
        borrows nothing until it is settled."""
        # the tour reads the desk's English words (the database may have French only)
        self.env["res.lang"]._activate_lang("en_US")
        self.desk.lang = "en_US"
        with mute_logger("odoo.http"):  # the refusals the tour provokes on purpose
            self.start_tour(
                "/odoo/action-sectoral_lending.action_lending_desk",
                "sectoral_lending_desk",
                login="lending_desk",
            )
        loan = self.env["sectoral.lending.loan"].search(
            [("lot_id", "=", self.drill.id)]
        )
        self.assertEqual(loan.partner_id, self.alice)
        self.assertEqual(loan.state, "returned")
        self.assertTrue(loan.to_settle)
        self.assertEqual(loan.deposit_state, "held")
        self.assertEqual(loan.missing_ids.piece_id.name, "Mèches")
        self.assertEqual(loan.missing_ids.quantity, 1)
        self.assertEqual(loan.repair_id.lot_id, self.drill)
        self.assertEqual(self.drill.sectoral_lending_state, "repair")
        self.assertEqual(self.drill.sectoral_condition, "worn")
        self.assertIn("to settle", self.alice._sectoral_lending_refusal(self.tent))
        # Bob asked for the drill at the desk: he waits for it, in repair now
        hold = self.env["sectoral.lending.hold"].search(
            [("lot_id", "=", self.drill.id)]
        )
        self.assertEqual(hold.partner_id, self.bob)
        self.assertEqual(hold.state, "waiting")
