# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import fields
from odoo.tests import new_test_user, tagged

from odoo.addons.sectoral_website.tests.test_items_online import ItemsOnlineCase


@tagged("post_install", "-at_install")
class TestWebSale(ItemsOnlineCase):
    """An item sold online: bought by a visitor in the browser, refused at the till
    afterwards, counted as reused in the impact report once handed over."""

    def test_visitor_buys_the_coat_then_the_till_refuses_it(self):
        website = self.env.ref("website.default_website")
        website.company_id = self.env.company
        self.env.ref("payment.payment_provider_demo").sudo().copy(
            {
                "state": "test",
                "is_published": True,
                "company_id": self.env.company.id,
            }
        )
        new_test_user(
            self.env,
            login="web_buyer",
            groups="base.group_portal",
            name="Acheteuse en ligne",
            email="acheteuse@example.com",
            lang="en_US",
            company_id=self.env.company.id,
        ).partner_id.write(
            {
                "street": "Rue de la Station 12",
                "city": "Charleroi",
                "zip": "6000",
                "country_id": self.env.ref("base.be").id,
                "phone": "+32 71 00 00 00",
            }
        )
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
