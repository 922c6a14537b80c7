# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError
from odoo.tests import tagged

# Modules, not classes: a test class imported by name would run again here as it is.
from odoo.addons.sectoral_pos.tests import test_shop, test_till_checks


class FrenchEnterprise:
    """The test enterprise is French, with the French chart: its tills are
    inalterable (l10n_fr_pos_cert)."""

    country_code = "FR"
    chart_template = "fr"
    # run the inherited tests of the suite's till here too
    allow_inherited_tests_method = True

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.company._is_accounting_unalterable():
            raise AssertionError("the French enterprise's tills must be inalterable")

    def _assert_chain_holds(self):
        """Every paid order's hash still follows from its data and the previous
        order's hash (what the certification's integrity report checks)."""
        orders = self.env["pos.order"].search(
            [
                ("company_id", "=", self.env.company.id),
                ("l10n_fr_secure_sequence_number", "!=", 0),
            ],
            order="l10n_fr_secure_sequence_number",
        )
        self.assertTrue(orders)
        previous = ""
        for order in orders:
            self.assertEqual(
                order.l10n_fr_hash, order._compute_hash(previous), order.name
            )
            previous = order.l10n_fr_hash


@tagged("post_install", "-at_install")
class TestFrenchShopOrders(FrenchEnterprise, test_shop.TestShopOrders):
    def test_flagged_sale_stays_inalterable(self):
        """The suite writes its review flag on paid orders: the hash chain holds,
        and what the law protects still cannot be changed."""
        session = self._open_session()
        Order = self.env["pos.order"]
        line = {
            "product": self.textiles.product_id,
            "qty": 1,
            "price_unit": 18,
            "label": self.coat,
        }
        first = Order.browse(
            Order.sync_from_ui([self._ui_order(session, [line])])["pos.order"][0]["id"]
        )
        second = Order.browse(
            Order.sync_from_ui([self._ui_order(session, [line])])["pos.order"][0]["id"]
        )
        self.assertTrue(first.l10n_fr_hash and second.l10n_fr_hash)
        self.assertTrue(second.sectoral_to_review)
        second.action_sectoral_reviewed()
        self._assert_chain_holds()
        self._close(session)
        price = second.lines[0].price_unit
        with self.assertRaises(UserError), self.env.cr.savepoint():
            second.lines[0].price_unit = 1
        self.assertEqual(second.lines[0].price_unit, price)
        self._assert_chain_holds()


@tagged("post_install", "-at_install")
class TestFrenchTillChecks(FrenchEnterprise, test_till_checks.TestTillChecks):
    pass


@tagged("post_install", "-at_install")
class TestFrenchTillSellsFromTheShop(
    FrenchEnterprise, test_till_checks.TestTillSellsFromTheShop
):
    pass
