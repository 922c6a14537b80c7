# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.sectoral_sorting.tests.test_sorting import SortingCase


@tagged("post_install", "-at_install")
class TestWorkshopRepairs(SortingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.appliances = cls.env.ref("sectoral_base.stream_eee_small")
        cls.workshop = cls.site.reuse_workshop_location_id
        cls.shop = cls.site.reuse_shop_location_id

    def _sort_appliances(self):
        self._receive(self.appliances, 10)
        self._receive(self.textiles, 4)
        session = self._session(
            [(self.appliances, 10), (self.textiles, 4)],
            [
                (self.appliances, self.repair, 3),
                (self.appliances, self.repair, 2),
                (self.appliances, self.recycling, 5),
                (self.textiles, self.repair, 4),
            ],
        )
        session.action_close()
        return session

    def test_each_item_sorted_for_repair_gets_a_repair_order(self):
        session = self._sort_appliances()
        repairs = session.repair_ids
        self.assertEqual(len(repairs), 2, "textiles are not repaired item by item")
        self.assertEqual(session.repair_count, 2)
        self.assertEqual(sorted(repairs.mapped("product_qty")), [2, 3])
        self.assertEqual(repairs.product_id, self.appliances.product_id)
        self.assertEqual(repairs.product_location_src_id, self.workshop)
        self.assertEqual(repairs.product_location_dest_id, self.shop)
        self.assertEqual(set(repairs.mapped("state")), {"draft"})
        self.assertAlmostEqual(self._quant_kg(self.appliances, self.workshop), 5)

    def test_repaired_item_goes_to_the_shop_with_a_label(self):
        repair = self._sort_appliances().repair_ids.filtered(
            lambda r: r.product_qty == 3
        )
        repair.action_validate()
        repair.action_repair_start()
        with self.assertRaisesRegex(UserError, "resale price"):
            repair.action_repair_end()
        self.assertEqual(repair.state, "under_repair")
        repair.write({"sectoral_resale_price": 15, "sectoral_item": "Grille-pain"})
        repair.action_repair_end()
        self.assertEqual(repair.state, "done")
        label = repair.sectoral_label_id
        self.assertEqual(
            (label.price, label.weight_kg, label.state, label.description),
            (15, 3, "available", "Grille-pain"),
        )
        self.assertEqual(label.stream_id, self.appliances)
        self.assertEqual(label.warehouse_id, self.site)
        self.assertAlmostEqual(self._quant_kg(self.appliances, self.shop), 3)
        self.assertAlmostEqual(self._quant_kg(self.appliances, self.workshop), 2)
        self.assertEqual(repair.move_id.sectoral_stream_id, self.appliances)
        self.assertFalse(repair.move_id.sectoral_destination_id)

    def test_unrepairable_item_goes_to_recycling(self):
        repair = self._sort_appliances().repair_ids.filtered(
            lambda r: r.product_qty == 2
        )
        repair.action_sectoral_not_repairable()
        self.assertEqual(repair.state, "done")
        self.assertTrue(repair.sectoral_unrepairable)
        self.assertFalse(repair.sectoral_label_id)
        recycling_location = self.site.reuse_recycling_location_id
        self.assertAlmostEqual(self._quant_kg(self.appliances, recycling_location), 7)
        self.assertAlmostEqual(self._quant_kg(self.appliances, self.workshop), 3)
        self.assertEqual(repair.move_id.sectoral_destination_id, self.recycling)
        with self.assertRaisesRegex(UserError, "already closed"):
            repair.action_sectoral_not_repairable()
