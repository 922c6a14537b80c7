# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .test_lending import LibraryCase


@tagged("post_install", "-at_install")
class TestLibraryCard(LibraryCase):
    """The card a member shows at the desk: a number given at its first printing,
    the barcode the desk scans."""

    def test_card_number_given_once_and_found_at_the_desk(self):
        self.assertFalse(self.alice.barcode)
        action = self.alice.with_user(self.desk).action_sectoral_print_card()
        self.assertEqual(action["report_name"], "sectoral_lending.report_library_card")
        number = self.alice.barcode
        self.assertTrue(number.startswith("LIB"))
        self.alice.with_user(self.desk).action_sectoral_print_card()
        self.assertEqual(self.alice.barcode, number, "the same card again")
        (self.alice | self.bob).with_user(self.desk).action_sectoral_print_card()
        self.assertTrue(self.bob.barcode)
        self.assertNotEqual(self.bob.barcode, number)
        found = (
            self.env["sectoral.lending.desk"].with_user(self.desk).find_members(number)
        )
        self.assertEqual([member["id"] for member in found], [self.alice.id])
        self.assertEqual(found[0]["card"], number, "the desk shows the card number")

    def test_card_printed_with_the_members_name_and_barcode(self):
        (self.alice | self.bob).with_user(self.desk).action_sectoral_print_card()
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "sectoral_lending.report_library_card", (self.alice | self.bob).ids
        )
        html = html.decode()
        self.assertIn("Alice Membre", html)
        self.assertIn("Bob Membre", html)
        self.assertIn(self.alice.barcode, html)
        self.assertIn(self.bob.barcode, html)

    def test_only_the_desk_prints_cards(self):
        clerk = new_test_user(self.env, login="clerk", groups="base.group_user")
        with self.assertRaises(UserError):
            self.alice.with_user(clerk).action_sectoral_print_card()
        self.assertFalse(self.alice.barcode)
