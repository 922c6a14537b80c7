# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import tagged

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step

from .test_items_online import ItemsOnlineCase


@tagged("post_install", "-at_install")
class TestMarketplace(ItemsOnlineCase):
    """Two member enterprises in one database, each with its website: the
    marketplace lists both members' items, each bought on its member's website."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the website the test browser reaches is the first member's
        cls.env.ref("website.default_website").company_id = cls.env.company
        cls.member_b = cls.env["res.company"].create({"name": "Ressourcerie du Val"})
        cls.website_b = cls.env["website"].create(
            {
                "name": "Ressourcerie du Val",
                "company_id": cls.member_b.id,
                "domain": "https://val.example.com",
            }
        )
        Warehouse = cls.env["stock.warehouse"].sudo().with_company(cls.member_b)
        cls.site_b = Warehouse.create(
            {"name": "Boutique du Val", "code": "VAL", "company_id": cls.member_b.id}
        )
        cls.site_b.action_setup_reuse_site()
        with workflow_step():
            cls.lamp = (
                cls.env["sectoral.label"]
                .sudo()
                .with_company(cls.member_b)
                .create(
                    {
                        "company_id": cls.member_b.id,
                        "warehouse_id": cls.site_b.id,
                        "stream_id": cls.household.id,
                        "description": "Lampe en laiton",
                        "weight_kg": 2,
                        "price": 15,
                        "state": "available",
                    }
                )
            )
        cls.lamp.sudo()._web_publish()

    def test_every_members_items_listed(self):
        self._publish(self.coat)
        lamp_product = self.lamp.web_product_id
        page = self.url_open("/marketplace").text
        self.assertIn("Manteau en laine", page)
        self.assertIn("Lampe en laiton", page)
        self.assertIn(f"https://val.example.com{lamp_product.website_url}", page)
        self.assertIn("Ressourcerie du Val", page)
        # bought on its member's website only: Odoo's own rule for a website's company
        shop = self.url_open("/shop").text
        self.assertIn("Manteau en laine", shop)
        self.assertNotIn("Lampe en laiton", shop)
        self.assertEqual(lamp_product.company_id, self.website_b.company_id)
        self.assertEqual(
            self.url_open(lamp_product.website_url).status_code,
            404,
            "not sold on another member's website",
        )
        # one kind of item
        page = self.url_open(f"/marketplace?stream={self.textiles.id}").text
        self.assertIn("Manteau en laine", page)
        self.assertNotIn("Lampe en laiton", page)
        page = self.url_open("/marketplace?search=laiton").text
        self.assertIn("Lampe en laiton", page)
        self.assertNotIn("Manteau en laine", page)
        # one member's items
        page = self.url_open(f"/marketplace?member={self.member_b.id}").text
        self.assertIn("Lampe en laiton", page)
        self.assertNotIn("Manteau en laine", page)
        # its photo, though the visitor's website is another company's
        response = self.url_open(f"/marketplace/image/{lamp_product.id}")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.headers["Content-Type"].startswith("image/"))

    def test_each_member_is_paid_at_its_shops(self):
        at_shop = self.env["payment.provider"].search(
            [("custom_mode", "=", "sectoral_pay_at_shop")]
        )
        mine = at_shop.filtered(lambda provider: provider.company_id == self.member_b)
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine.state, "enabled")
        self.assertTrue(mine.is_published)

    def test_only_items_on_sale(self):
        self._publish(self.coat)
        self._publish(self.jacket)
        self._add(self._cart(self.visitor), self.coat)
        self.jacket.action_unpublish_online()
        page = self.url_open("/marketplace").text
        self.assertNotIn("Manteau en laine", page, "in a basket")
        self.assertIn("Lampe en laiton", page)
        jacket = self.jacket.web_product_id
        self.assertNotIn(jacket.name, page, "taken off the website")
        self.assertEqual(
            self.url_open(f"/marketplace/image/{jacket.id}").status_code, 404
        )
        ordinary = self.env["product.template"].create(
            {"name": "Produit ordinaire", "is_published": True}
        )
        self.assertEqual(
            self.url_open(f"/marketplace/image/{ordinary.id}").status_code, 404
        )
        self.assertEqual(
            self.url_open("/marketplace?member=x&stream=y").status_code, 200
        )
