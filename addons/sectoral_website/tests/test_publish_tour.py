# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestPublishFromSorting(HttpCase):
    def test_sorter_publishes_a_chest(self):
        """A sorter labels an oak chest on the sorting screen and puts it online with
        a photo, a few words and its dimensions."""
        sorter = new_test_user(
            self.env, login="web_tour_sorter", groups="sectoral_base.group_sorter"
        )
        site = self.env["stock.warehouse"].create({"name": "Site web", "code": "WEB"})
        site.action_setup_reuse_site()
        self.env["stock.warehouse"].search(
            [("id", "!=", site.id)]
        ).is_reuse_site = False
        storage = self.env.ref("sectoral_base.stream_furniture_storage")
        intake = self.env["sectoral.intake"].create(
            {
                "warehouse_id": site.id,
                "channel_id": self.env.ref("sectoral_base.channel_drop_off").id,
                "line_ids": [(0, 0, {"stream_id": storage.id, "gross_kg": 40})],
            }
        )
        intake.action_validate()
        self.start_tour(
            "/odoo/action-sectoral_sorting.action_sorting_tablet",
            "sectoral_publish_from_sorting",
            login="web_tour_sorter",
        )
        label = self.env["sectoral.label"].search([("create_uid", "=", sorter.id)])
        product = label.web_product_id
        self.assertTrue(product.is_published)
        self.assertEqual(product.name, "Commode en chêne")
        self.assertEqual(product.list_price, 45)
        self.assertTrue(product.image_1920)
        self.assertEqual(label.web_dimensions, "80 x 45 x 120 cm")
        self.assertEqual(label.grade, "a")
