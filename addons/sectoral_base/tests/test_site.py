# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import Form, TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestReuseSite(TransactionCase):
    def test_setup_creates_locations_once(self):
        warehouse = self.env["stock.warehouse"].create(
            {"name": "Site test", "code": "STT"}
        )
        warehouse.action_setup_reuse_site()
        self.assertTrue(warehouse.is_reuse_site)
        locations = (
            warehouse.reuse_intake_location_id
            | warehouse.reuse_shop_location_id
            | warehouse.reuse_workshop_location_id
            | warehouse.reuse_recycling_location_id
            | warehouse.reuse_waste_location_id
        )
        self.assertEqual(len(locations), 5)
        self.assertEqual(
            set(locations.mapped("reuse_role")),
            {"intake", "shop", "workshop", "recycling", "waste"},
        )
        self.assertEqual(warehouse.reuse_intake_location_id.reuse_role, "intake")
        for location in locations:
            self.assertEqual(location.usage, "internal")
            self.assertEqual(location.warehouse_id, warehouse)
            self.assertEqual(location.location_id, warehouse.lot_stock_id)
        # running it again creates nothing new
        count = self.env["stock.location"].search_count([])
        warehouse.action_setup_reuse_site()
        self.assertEqual(self.env["stock.location"].search_count([]), count)
        self.assertEqual(
            warehouse._get_reuse_location("shop"), warehouse.reuse_shop_location_id
        )

    def test_wizard_creates_site(self):
        form = Form(self.env["sectoral.site.setup"])
        form.name = "Ressourcerie de Liège"
        form.code = "LGE"
        form.max_weighing_kg = 300
        form.population = 195000
        action = form.save().action_create_site()
        site = self.env["stock.warehouse"].browse(action["res_id"])
        self.assertTrue(site.is_reuse_site)
        self.assertEqual(site.reuse_max_weighing_kg, 300)
        self.assertEqual(site.reuse_intake_location_id.name, "Intake - to sort")

    def test_manager_sets_up_a_site_without_being_an_administrator(self):
        manager = new_test_user(
            self.env, login="site_manager", groups="sectoral_base.group_manager"
        )
        self.assertFalse(manager.has_group("stock.group_stock_manager"))
        wizard = Form(self.env["sectoral.site.setup"].with_user(manager))
        wizard.name = "Ressourcerie de Mons"
        wizard.code = "MON"
        action = wizard.save().action_create_site()
        site = self.env["stock.warehouse"].with_user(manager).browse(action["res_id"])
        self.assertTrue(site.is_reuse_site)
        self.assertEqual(site.reuse_shop_location_id.warehouse_id, site)
        # not in an enterprise that is not theirs
        other = self.env["res.company"].create({"name": "Autre ressourcerie"})
        with self.assertRaises(AccessError):
            self.env["sectoral.site.setup"].with_user(manager).create(
                {"name": "Ailleurs", "code": "AIL", "company_id": other.id}
            ).action_create_site()
        self.assertFalse(
            self.env["stock.warehouse"].search([("code", "=", "AIL")]),
        )

    def test_location_of_another_site_refused(self):
        first = self.env["stock.warehouse"].create({"name": "Site A", "code": "SA"})
        second = self.env["stock.warehouse"].create({"name": "Site B", "code": "SB"})
        (first | second).action_setup_reuse_site()
        with self.assertRaises(ValidationError):
            first.reuse_shop_location_id = second.reuse_shop_location_id
