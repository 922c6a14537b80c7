# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import io
from datetime import timedelta

from PIL import Image

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step
from odoo.addons.sectoral_pos.tests.common import ShopCase


class ItemsOnlineCase(ShopCase):
    """The shop of ShopCase, its website, a sorter who publishes, two visitors."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.website = cls.env["website"].create(
            {"name": "Boutique en ligne", "company_id": cls.env.company.id}
        )
        cls.website.cart_expire_delay = 0.5
        cls.sorter = new_test_user(
            cls.env, login="web_sorter", groups="sectoral_base.group_sorter"
        )
        cls.visitor = cls.env["res.partner"].create(
            {"name": "Visiteuse", "email": "visiteuse@example.com"}
        )
        cls.other_visitor = cls.env["res.partner"].create({"name": "Autre visiteur"})

    def _publish(self, label, **kwargs):
        return (
            self.env["sectoral.label.publish"]
            .with_user(self.sorter)
            .create(
                {
                    "label_id": label.id,
                    "description": kwargs.get("description", "Manteau en laine"),
                    "dimensions": kwargs.get("dimensions", "taille 40"),
                }
            )
            .action_publish()
        )

    def _cart(self, partner):
        # as the website makes them
        return (
            self.env["sale.order"]
            .sudo()
            .create({"partner_id": partner.id, "website_id": self.website.id})
        )

    def _add(self, cart, label):
        product = label.web_product_id.product_variant_id
        return cart._cart_add(product.id, 1)

    def _session(self):
        self.config.with_user(self.cashier).open_ui()
        return self.config.current_session_id

    def _sync(self, session, lines):
        Order = self.env["pos.order"]
        result = Order.sync_from_ui([self._ui_order(session, lines)])
        return Order.browse(result["pos.order"][0]["id"])

    def _label_line(self, label):
        return {
            "product": self.textiles.product_id,
            "qty": 1,
            "price_unit": label.price,
            "label": label,
        }


@tagged("post_install", "-at_install")
class TestItemsOnline(ItemsOnlineCase):
    """The shop's labelled items on the website: one item, one life."""

    def test_publish_an_item(self):
        self._publish(self.coat)
        product = self.coat.web_product_id
        self.assertTrue(product.is_published)
        self.assertEqual(product.name, "Manteau en laine")
        self.assertEqual(product.default_code, self.coat.barcode)
        self.assertEqual(product.list_price, 18)
        self.assertEqual(product.public_categ_ids.sectoral_stream_id, self.textiles)
        shop, grade = product.attribute_line_ids.sorted("sequence").mapped("value_ids")
        self.assertEqual(shop.sectoral_warehouse_id, self.site)
        self.assertEqual(grade, self.env.ref("sectoral_website.grade_b"))
        self.assertIn("taille 40", product.description_ecommerce)
        self.assertTrue(self.coat.is_published_online)
        self.assertIn(
            product,
            self.env["product.template"].search(self.website.sale_product_domain()),
        )
        info = product._sectoral_item_info(product)
        self.assertAlmostEqual(info["sectoral_weight_kg"], 1.4)
        self.assertAlmostEqual(info["sectoral_co2_kg"], 1.4 * 6.0)
        self.assertEqual(info["sectoral_shop"], self.site.name)
        # published again: the same page, updated
        self._publish(self.coat, description="Manteau gris")
        self.assertEqual(self.coat.web_product_id, product)
        self.assertEqual(product.name, "Manteau gris")

    def test_markdown_of_the_day(self):
        self._publish(self.jacket)
        product = self.jacket.web_product_id
        self.assertLess(product.list_price, 12, "a month on the floor: marked down")
        self.assertEqual(product.compare_list_price, 12)
        self.assertTrue(
            self.env["res.groups"]._is_feature_enabled(
                "website_sale.group_product_price_comparison"
            ),
            "the normal price is shown struck through",
        )
        with workflow_step():
            self.jacket.label_date = fields.Date.today()
        self.env["sectoral.label"]._cron_web_prices()
        self.assertEqual(product.list_price, 12)
        self.assertFalse(product.compare_list_price)

    def test_what_cannot_be_published(self):
        with workflow_step():
            free = self.env["sectoral.label"].create(
                {
                    "stream_id": self.textiles.id,
                    "warehouse_id": self.site.id,
                    "weight_kg": 1,
                    "is_free": True,
                    "state": "available",
                }
            )
        with self.assertRaisesRegex(UserError, "free item"):
            self._publish(free)
        self.coat.action_withdraw()
        with self.assertRaisesRegex(UserError, "not on the shop floor"):
            self._publish(self.coat)

    def test_one_item_in_one_cart(self):
        """Two visitors want the coat: the first cart holds it, the second is told;
        emptied from the first cart, it is the second's."""
        self._publish(self.coat)
        first, second = self._cart(self.visitor), self._cart(self.other_visitor)
        added = self._add(first, self.coat)
        self.assertEqual(added["quantity"], 1)
        self.assertEqual(self.coat.state, "reserved")
        self.assertEqual(self.coat.web_order_id, first)
        refused = self._add(second, self.coat)
        self.assertEqual(refused["quantity"], 0)
        self.assertIn("basket", refused["warning"])
        self.assertFalse(second.order_line)
        # more than one of a unique item: one
        again = first._cart_update_line_quantity(first.order_line.id, 3)
        self.assertEqual(first.order_line.product_uom_qty, 1)
        self.assertIn("unique", again["warning"])
        first._cart_update_line_quantity(first.order_line.id, 0)
        self.assertEqual(self.coat.state, "available")
        self.assertFalse(self.coat.web_order_id)
        self.assertEqual(self._add(second, self.coat)["quantity"], 1)
        self.assertEqual(self.coat.web_order_id, second)

    def test_reservation_expires_with_the_cart(self):
        self._publish(self.coat)
        cart = self._cart(self.visitor)
        self._add(cart, self.coat)
        self.env["website"]._scheduler_website_expire_cart()
        self.assertEqual(self.coat.state, "reserved", "half an hour not gone yet")
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE sale_order SET write_date = %s WHERE id = %s",
            (fields.Datetime.now() - timedelta(hours=1), cart.id),
        )
        cart.invalidate_recordset()
        self.env["website"]._scheduler_website_expire_cart()
        self.assertEqual(cart.state, "cancel")
        self.assertEqual(self.coat.state, "available", "back on sale")

    def test_sold_at_the_till_leaves_the_website(self):
        self._publish(self.coat)
        product = self.coat.web_product_id
        session = self._session()
        self._sync(session, [self._label_line(self.coat)])
        self.assertEqual(self.coat.state, "sold")
        self.assertNotIn(
            product,
            self.env["product.template"].search(self.website.sale_product_domain()),
        )
        refused = self._add(self._cart(self.visitor), self.coat)
        self.assertEqual(refused["quantity"], 0)
        self.assertIn("sold", refused["warning"])

    def test_till_sale_of_an_item_in_a_cart(self):
        """A till that could not know (offline) sells an item reserved online: the
        sale is kept for review, and the cart cannot be paid for it."""
        self._publish(self.coat)
        cart = self._cart(self.visitor)
        self._add(cart, self.coat)
        order = self._sync(self._session(), [self._label_line(self.coat)])
        self.assertTrue(order.sectoral_to_review)
        self.assertIn("Reserved online", order.sectoral_review_note)
        with self.assertRaisesRegex(ValidationError, "no longer be bought"):
            cart._check_cart_is_ready_to_be_paid()

    def test_sold_online_leaves_the_shop_as_reused(self):
        self._publish(self.coat)
        cart = self._cart(self.visitor)
        self._add(cart, self.coat)
        shop_before = self._shop_kg(self.textiles)
        cart.action_confirm()
        self.assertEqual(self.coat.state, "sold")
        self.assertFalse(self.coat.web_product_id.sectoral_item_state == "available")
        picking = cart.sectoral_item_picking_ids
        self.assertEqual(len(picking), 1)
        self.assertEqual(picking.location_id, self.shop_location)
        self.assertEqual(picking.location_dest_id.usage, "customer")
        self.assertEqual(picking.move_ids.product_id, self.textiles.product_id)
        self.assertAlmostEqual(picking.move_ids.product_uom_qty, 1.4)
        self.assertEqual(picking.move_ids.sectoral_stream_id, self.textiles)
        self.assertFalse(picking.sale_id, "the kilograms do not become order lines")
        # handed over at the shop
        picking.move_ids.quantity = 1.4
        picking.button_validate()
        self.assertEqual(picking.state, "done")
        self.assertAlmostEqual(self._shop_kg(self.textiles), shop_before - 1.4)
        self.assertEqual(len(cart.order_line), 1, "no line added by the delivery")
        move = picking.move_ids
        self.assertEqual(move.state, "done")
        self.assertEqual(move.location_id.reuse_role, "shop")

    def test_a_cart_cancelled_gives_the_item_back(self):
        self._publish(self.coat)
        cart = self._cart(self.visitor)
        self._add(cart, self.coat)
        cart._action_cancel()
        self.assertEqual(self.coat.state, "available")

    def test_reservation_only_by_the_workflow(self):
        self._publish(self.coat)
        with self.assertRaises(UserError):
            self.coat.with_user(self.sorter).write({"state": "reserved"})
        with self.assertRaises(UserError):
            self.coat.web_product_id.write({"sectoral_label_id": self.dress.id})
        # an item's product is never made by hand (a JSON-RPC client, an import)
        with self.assertRaisesRegex(UserError, "publishing its label"):
            self.env["product.template"].create(
                {"name": "Robe", "sectoral_label_id": self.dress.id}
            )
        self.assertFalse(self.dress.web_product_id)

    def test_only_who_may_change_labels_takes_items_off_the_website(self):
        self._publish(self.coat)
        clerk = new_test_user(self.env, login="web_clerk", groups="base.group_user")
        with self.assertRaises(AccessError):
            self.coat.with_user(clerk).action_unpublish_online()
        with self.assertRaises(AccessError):
            self.coat.with_user(clerk)._web_publish(description="Autre")
        self.assertTrue(self.coat.web_product_id.is_published)
        self.coat.with_user(self.sorter).action_unpublish_online()
        self.assertFalse(self.coat.web_product_id.is_published)
        self.assertFalse(self.coat.is_published_online)

    def test_a_shops_page(self):
        self._publish(self.coat)
        value = self.coat.web_product_id.attribute_line_ids.value_ids.filtered(
            "sectoral_warehouse_id"
        )
        response = self.url_open(
            f"/shop/reuse-site/{self.site.id}", allow_redirects=False
        )
        self.assertEqual(response.status_code, 303)
        self.assertIn(
            f"/shop?attribute_values={value.attribute_id.id}-{value.id}",
            response.headers["Location"],
        )
        unknown = self.url_open("/shop/reuse-site/999999", allow_redirects=False)
        self.assertEqual(unknown.status_code, 404)

    def test_publish_from_the_sorting_screen(self):
        Tablet = self.env["sectoral.sorting.tablet"].with_user(self.sorter)
        buffer = io.BytesIO()
        Image.new("RGB", (40, 30), "red").save(buffer, "JPEG")
        photo = base64.b64encode(buffer.getvalue()).decode()
        result = Tablet.publish_online(
            self.dress.id,
            {"image": photo, "description": "Robe de soirée", "dimensions": "T38"},
        )
        product = self.dress.web_product_id
        self.assertEqual(result["name"], "Robe de soirée")
        self.assertEqual(result["url"], product.website_url)
        self.assertTrue(product.image_1920)
        self.assertEqual(self.dress.web_dimensions, "T38")
        with self.assertRaisesRegex(ValidationError, "JPEG or PNG"):
            Tablet.publish_online(
                self.coat.id,
                {"image": base64.b64encode(b"GIF89a...").decode(), "description": "x"},
            )
        with self.assertRaisesRegex(ValidationError, "could not be read"):
            Tablet.publish_online(self.coat.id, {"image": "%%%", "description": "x"})
        with self.assertRaisesRegex(ValidationError, "few words"):
            Tablet.publish_online(self.coat.id, {"description": "  "})
        with self.assertRaisesRegex(ValidationError, "text"):
            Tablet.publish_online(self.coat.id, {"description": 42})
        with self.assertRaisesRegex(ValidationError, "unknown here"):
            Tablet.publish_online(999999, {"description": "x"})
        self.assertFalse(self.coat.web_product_id, "nothing half-recorded")
