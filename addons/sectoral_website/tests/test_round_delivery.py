# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .test_items_online import ItemsOnlineCase


@tagged("post_install", "-at_install")
class TestRoundDelivery(ItemsOnlineCase):
    """Items brought home by a collection round on the day the customer picks."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.round_carrier = cls.env.ref("sectoral_website.carrier_round_delivery")
        cls.day = fields.Date.today() + timedelta(days=3)
        cls.slot = cls.env["sectoral.collection.slot"].create(
            {
                "warehouse_id": cls.site.id,
                "weekday": str(cls.day.weekday()),
                "period": "afternoon",
                "capacity": 1,
            }
        )
        cls.visitor.write({"street": "Rue Neuve 8", "city": "Namur", "zip": "5000"})
        cls.key = f"{cls.slot.id}:{cls.day}"

    def _round_cart(self, label, partner=None):
        self._publish(label)
        cart = self._cart(partner or self.visitor)
        self._add(cart, label)
        cart._set_delivery_method(self.round_carrier)
        return cart

    def test_a_day_booked_on_the_round(self):
        cart = self._round_cart(self.coat)
        self.assertIn(self.round_carrier, cart._get_delivery_methods())
        self.assertIn(self.key, dict(cart._sectoral_round_offer()))
        with self.assertRaisesRegex(ValidationError, "day of delivery"):
            cart._check_cart_is_ready_to_be_paid()
        delivery = cart._sectoral_book_round_delivery(self.key)
        self.assertEqual(delivery.kind, "deliver")
        self.assertEqual(delivery.warehouse_id, self.site)
        self.assertEqual(delivery.booked_date, self.day)
        self.assertEqual(delivery.city, "Namur")
        self.assertEqual(cart.sectoral_delivery_request_id, delivery)
        cart._check_cart_is_ready_to_be_paid()
        # the round is full for another basket
        other = self._round_cart(self.jacket, partner=self.other_visitor)
        self.assertNotIn(self.key, dict(other._sectoral_round_offer()))
        with self.assertRaisesRegex(ValidationError, "days offered"):
            other._sectoral_book_round_delivery(self.key)
        # confirmed: the items wait for the round, not at the till
        cart.action_confirm()
        self.assertEqual(cart.sectoral_item_picking_ids.scheduled_date.date(), self.day)
        self.assertEqual(self.coat.state, "sold")

    def test_the_place_is_given_back(self):
        cart = self._round_cart(self.coat)
        delivery = cart._sectoral_book_round_delivery(self.key)
        cart._set_delivery_method(
            self.env.ref("sectoral_website.carrier_click_collect")
        )
        self.assertEqual(delivery.state, "cancel")
        self.assertFalse(cart.sectoral_delivery_request_id)
        self.assertEqual(self.slot._booked(self.day), 0)
        with self.assertRaisesRegex(ValidationError, "home delivery first"):
            cart._sectoral_book_round_delivery(self.key)
        cart._set_delivery_method(self.round_carrier)
        delivery = cart._sectoral_book_round_delivery(self.key)
        cart._action_cancel()
        self.assertEqual(delivery.state, "cancel")
        self.assertEqual(self.coat.state, "available")

    def test_no_round_delivery_without_rounds(self):
        self.slot.active = False
        cart = self._round_cart(self.coat)
        self.assertNotIn(self.round_carrier, cart._get_delivery_methods())
        self.assertEqual(cart._sectoral_round_offer(), [])

    def test_a_delivery_is_delivered_not_collected(self):
        cart = self._round_cart(self.coat)
        delivery = cart._sectoral_book_round_delivery(self.key)
        cart.action_confirm()
        collection_round = self.env["sectoral.round"].create(
            {
                "warehouse_id": self.site.id,
                "date": self.day,
                "stop_ids": [fields.Command.create({"request_id": delivery.id})],
            }
        )
        stop = collection_round.stop_ids
        with self.assertRaisesRegex(ValidationError, "delivery is delivered"):
            stop.outcome = "collected"
        stop.outcome = "absent"
        self.assertEqual(delivery.state, "failed")
        self.assertNotEqual(cart.sectoral_item_picking_ids.state, "done")
        delivery.action_reset()
        stop.outcome = "delivered"
        self.assertEqual(delivery.state, "delivered")
        self.assertEqual(cart.sectoral_item_picking_ids.state, "done")
