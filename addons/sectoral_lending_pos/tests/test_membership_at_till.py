# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo import Command, fields
from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.sectoral_pos.tests.common import ShopCase


@tagged("post_install", "-at_install")
class TestMembershipAtTill(ShopCase):
    """The yearly membership of the library, 10 to 40 as the member chooses, paid at
    the shop's till."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        year = fields.Date.today().year
        cls.membership = cls.env["product.product"].create(
            {
                "name": "Adhésion bibliothèque",
                "membership": True,
                "membership_date_from": date(year, 1, 1),
                "membership_date_to": date(year, 12, 31),
                "list_price": 20,
                "sectoral_fee_min": 10,
                "sectoral_fee_max": 40,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
            }
        )
        cls.member = cls.env["res.partner"].create({"name": "Membre à la caisse"})

    def test_the_cashier_sells_a_membership(self):
        """At the till: the fee typed, refused beyond the scale; the member chosen
        before payment; paid, a member."""
        self.membership.name = "Library membership"
        member = self.env["res.partner"].create({"name": "Till Member"})
        with mute_logger("odoo.http"):
            self.start_tour(
                f"/pos/ui/{self.config.id}",
                "sectoral_membership_at_till",
                login="shop_cashier",
            )
        self.assertEqual(member.membership_state, "paid")
        self.assertEqual(member.member_line_ids.member_price, 25)

    def _session(self):
        self.config.with_user(self.cashier).open_ui()
        return self.config.current_session_id

    def _sell(self, fee, partner=None, **vals):
        Order = self.env["pos.order"]
        result = Order.sync_from_ui(
            [
                self._ui_order(
                    self._session(),
                    [{"product": self.membership, "qty": 1, "price_unit": fee}],
                    partner=partner,
                    **vals,
                )
            ]
        )
        return Order.browse(result["pos.order"][0]["id"])

    def _refused(self, message, fee, partner=None):
        with self.assertRaises(UserError) as caught, self.env.cr.savepoint():
            self._sell(fee, partner)
        self.assertIn(message, str(caught.exception))

    def test_a_member_pays_the_fee_they_choose(self):
        self._refused("needs its member", 25)
        self._refused("between", 5, self.member)
        self._refused("between", 50, self.member)
        order = self._sell(25, self.member)
        self.assertEqual(order.state, "paid")
        line = self.member.member_line_ids
        self.assertEqual((line.state, line.member_price), ("paid", 25))
        self.assertEqual(line.sectoral_pos_line_id, order.lines)
        self.assertEqual(line.date_to, date(fields.Date.today().year, 12, 31))
        self.assertEqual(self.member.membership_state, "paid")
        self.assertEqual(
            self.member._sectoral_lending_refusal(self.env["stock.lot"]), ""
        )
        # refunded: no longer a member
        self.env["pos.order"].sync_from_ui(
            [
                self._ui_order(
                    self._session(),
                    [
                        {
                            "product": self.membership,
                            "qty": -1,
                            "price_unit": 25,
                            "vals": {"refunded_orderline_id": order.lines.id},
                        }
                    ],
                    partner=self.member,
                )
            ]
        )
        self.assertEqual(line.state, "canceled")
        self.assertNotEqual(self.member.membership_state, "paid")
        self.assertIn(
            "not a member",
            self.member._sectoral_lending_refusal(self.env["stock.lot"]),
        )
