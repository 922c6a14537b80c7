# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import ValidationError
from odoo.tests import new_test_user, tagged

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step
from odoo.addons.sectoral_website.tests.test_items_online import ItemsOnlineCase


@tagged("post_install", "-at_install")
class TestWebSale(ItemsOnlineCase):
    """An item sold online: bought by a visitor in the browser, refused at the till
    afterwards, counted as reused in the impact report once handed over."""

    def _web_buyer(self):
        website = self.env.ref("website.default_website")
        website.company_id = self.env.company
        self.env.ref("payment.payment_provider_demo").sudo().copy(
            {
                "state": "test",
                "is_published": True,
                "company_id": self.env.company.id,
            }
        )
        buyer = new_test_user(
            self.env,
            login="web_buyer",
            groups="base.group_portal",
            name="Acheteuse en ligne",
            email="acheteuse@example.com",
            lang="en_US",
            company_id=self.env.company.id,
        )
        buyer.partner_id.write(
            {
                "street": "Rue de la Station 12",
                "city": "Charleroi",
                "zip": "6000",
                "country_id": self.env.ref("base.be").id,
                "phone": "+32 71 00 00 00",
            }
        )
        return buyer

    def test_visitor_buys_the_coat_then_the_till_refuses_it(self):
        self._web_buyer()
        self._publish(self.coat)
        self.start_tour("/shop", "sectoral_web_buy_item", login="web_buyer")
        order = self.coat.web_order_id
        self.assertEqual(order.state, "sale")
        self.assertEqual(order.transaction_ids.state, "done")
        self.assertEqual(self.coat.state, "sold")
        self.assertEqual(
            order.carrier_id, self.env.ref("sectoral_website.carrier_click_collect")
        )
        self.assertEqual(order.sectoral_item_picking_ids.state, "assigned")
        # the till loaded its list of items before: the scan asks the server
        self.start_tour(
            f"/pos/ui/{self.config.id}",
            "sectoral_web_item_at_till",
            login="shop_cashier",
        )
        self.assertFalse(
            self.env["pos.order.line"].search(
                [("sectoral_label_id", "=", self.coat.id)]
            )
        )

    def test_web_sale_counted_as_reused(self):
        report = self.env["sectoral.impact.report"].create(
            {
                "date_from": fields.Date.today() - timedelta(days=1),
                "date_to": fields.Date.today(),
            }
        )
        before = dict(report._figures()["reused_by_stream"]).get(self.textiles, 0.0)
        self._publish(self.coat)
        cart = self._cart(self.visitor)
        self._add(cart, self.coat)
        cart.action_confirm()
        picking = cart.sectoral_item_picking_ids
        picking.move_ids.quantity = 1.4
        picking.button_validate()
        after = dict(report._figures()["reused_by_stream"]).get(self.textiles, 0.0)
        self.assertAlmostEqual(after - before, 1.4)

    def test_bulky_item_delivered_by_a_round_that_also_collects(self):
        """A visitor buys an oak sideboard delivered at home on the day they pick; the
        planner puts that delivery and a collection on one round; the round sheet
        lists both; the crew delivers and collects."""
        buyer = self._web_buyer()
        day = fields.Date.today() + timedelta(days=2)
        slot = self.env["sectoral.collection.slot"].create(
            {
                "warehouse_id": self.site.id,
                "weekday": str(day.weekday()),
                "period": "morning",
                "capacity": 2,
            }
        )
        Request = self.env["sectoral.collection.request"]
        slot._take(day)
        collection = Request.create(
            {
                "warehouse_id": self.site.id,
                "contact_name": "Donatrice du quartier",
                "street": "Rue Haute 3",
                "city": "Charleroi",
                "window_ids": [
                    Command.create(
                        {"date": day, "slot": "morning", "capacity_slot_id": slot.id}
                    )
                ],
                "line_ids": [Command.create({"stream_id": self.household.id})],
            }
        )
        with workflow_step():
            sideboard = self.env["sectoral.label"].create(
                {
                    "warehouse_id": self.site.id,
                    "stream_id": self.household.id,
                    "description": "Buffet en chêne",
                    "weight_kg": 8,
                    "price": 60,
                    "state": "available",
                }
            )
        self._publish(sideboard, description="Buffet en chêne")
        shop_before = self._shop_kg(self.household)

        self.start_tour("/shop", "sectoral_web_round_delivery", login="web_buyer")

        order = sideboard.web_order_id
        self.assertEqual(order.state, "sale")
        self.assertEqual(order.partner_id, buyer.partner_id)
        self.assertEqual(
            order.carrier_id, self.env.ref("sectoral_website.carrier_round_delivery")
        )
        delivery = order.sectoral_delivery_request_id
        self.assertEqual(delivery.kind, "deliver")
        self.assertEqual(delivery.booked_date, day)
        self.assertEqual(delivery.street, "Rue de la Station 12")
        self.assertIn(sideboard.barcode, delivery.line_ids.description)
        self.assertEqual(slot._booked(day), 2, "the round of that day is full now")
        self.assertNotIn(
            (slot, day), [(s, d) for s, d, _left in slot._offer(self.site)]
        )
        self.assertEqual(order.sectoral_item_picking_ids.scheduled_date.date(), day)
        self.assertEqual(
            self.env["sale.order"].sectoral_pos_collect_orders(self.config.id),
            [],
            "not collected at the shop's till",
        )

        # one round, one trip: the delivery and the collection
        collection_round = self.env["sectoral.round"].create(
            {
                "warehouse_id": self.site.id,
                "date": day,
                "stop_ids": [
                    Command.create({"request_id": delivery.id, "sequence": 1}),
                    Command.create({"request_id": collection.id, "sequence": 2}),
                ],
            }
        )
        collection_round.action_confirm()
        self.assertEqual(delivery.state, "scheduled")
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "sectoral_collection.action_report_round_sheet", collection_round.ids
            )[0]
            .decode()
        )
        self.assertIn("⬇", html)
        self.assertIn("⬆", html)
        self.assertIn(sideboard.barcode, html)
        self.assertIn("Donatrice du quartier", html)
        deliver_stop, collect_stop = collection_round.stop_ids.sorted("sequence")
        with self.assertRaises(ValidationError):
            deliver_stop.outcome = "collected"
        deliver_stop.outcome = "delivered"
        self.assertEqual(delivery.state, "delivered")
        self.assertEqual(order.sectoral_item_picking_ids.state, "done")
        self.assertAlmostEqual(self._shop_kg(self.household), shop_before - 8)
        collect_stop.outcome = "collected"
        self.assertEqual(collection.state, "collected")
        collection_round.action_done()
