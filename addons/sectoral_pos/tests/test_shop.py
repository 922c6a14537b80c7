# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import ast

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step

from .common import ShopCase


@tagged("post_install", "-at_install")
class TestShopOrders(ShopCase):
    def _open_session(self):
        self.config.with_user(self.cashier).open_ui()
        return self.config.current_session_id

    def _close(self, session):
        session.post_closing_cash_details(
            sum(
                session.order_ids.payment_ids.filtered(
                    lambda p: p.payment_method_id == self.cash
                ).mapped("amount")
            )
        )
        result = session.close_session_from_ui()
        self.assertTrue(result.get("successful", True), result)
        self.assertEqual(session.state, "closed")

    def test_lines_carry_stream_and_kilograms(self):
        session = self._open_session()
        data = self._ui_order(
            session,
            [
                {
                    "product": self.textiles.product_id,
                    "qty": 1,
                    "price_unit": 18,
                    "label": self.coat,
                },
                {"product": self.textiles.product_id, "qty": 2.5, "price_unit": 4},
                {"product": self.cup, "qty": 2, "price_unit": 1},
                {"product": self.donation, "qty": 1, "price_unit": 2},
            ],
        )
        order = self.env["pos.order"].browse(
            self.env["pos.order"].sync_from_ui([data])["pos.order"][0]["id"]
        )
        by_product = {(line.product_id, line.qty): line for line in order.lines}
        label_line = by_product[(self.textiles.product_id, 1)]
        self.assertEqual(label_line.sectoral_stream_id, self.textiles)
        self.assertAlmostEqual(label_line.sectoral_weight_kg, 1.4)
        self.assertAlmostEqual(
            by_product[(self.textiles.product_id, 2.5)].sectoral_weight_kg, 2.5
        )
        cup_line = by_product[(self.cup, 2)]
        self.assertEqual(cup_line.sectoral_stream_id, self.household)
        self.assertAlmostEqual(cup_line.sectoral_weight_kg, 0.6)
        self.assertFalse(by_product[(self.donation, 1)].sectoral_stream_id)
        self.assertAlmostEqual(order.sectoral_weight_kg, 4.5)
        self.assertAlmostEqual(order.sectoral_co2_kg, 3.9 * 6 + 0.6 * 1)
        self.assertEqual(self.coat.state, "sold")
        # a new factor does not rewrite the receipts already printed
        self.textiles.co2_factor = 2.0
        self.env.flush_all()
        self.assertAlmostEqual(order.sectoral_co2_kg, 3.9 * 6 + 0.6 * 1)

    def test_co2_of_a_stream_counted_per_item(self):
        """A factor per item reused counts the items (kilograms over the stream's
        average weight), on the receipt as in the impact report; a stream without a
        factor counts nothing."""
        self.household.write(
            {"co2_basis": "unit", "avg_weight_kg": 0.3, "co2_factor": 1.5}
        )
        self.textiles.co2_basis = False
        session = self._open_session()
        data = self._ui_order(
            session,
            [
                {"product": self.cup, "qty": 2, "price_unit": 1},
                {"product": self.textiles.product_id, "qty": 2.5, "price_unit": 4},
            ],
        )
        order = self.env["pos.order"].browse(
            self.env["pos.order"].sync_from_ui([data])["pos.order"][0]["id"]
        )
        self.assertAlmostEqual(order.sectoral_weight_kg, 0.6 + 2.5)
        self.assertAlmostEqual(order.sectoral_co2_kg, 2 * 1.5, msg="two cups")

    def test_offline_orders_sync_once(self):
        """A till that lost the answer sends its orders again: each is recorded once."""
        session = self._open_session()
        first = self._ui_order(
            session,
            [
                {
                    "product": self.textiles.product_id,
                    "qty": 1,
                    "price_unit": 20,
                    "label": self.dress,
                }
            ],
        )
        second = self._ui_order(
            session, [{"product": self.cup, "qty": 3, "price_unit": 1}]
        )
        Order = self.env["pos.order"]
        Order.sync_from_ui([first, second])
        Order.sync_from_ui([first, second])
        orders = Order.search([("session_id", "=", session.id)])
        self.assertEqual(len(orders), 2)
        self.assertEqual(
            sorted(orders.mapped("uuid")), sorted([first["uuid"], second["uuid"]])
        )
        self.assertEqual(self.dress.state, "sold")

    def test_item_sold_twice_offline_is_flagged(self):
        """Two tills sold the same item while offline: both sales stand (money was
        taken), the second order tells the manager."""
        session = self._open_session()
        Order = self.env["pos.order"]
        line = {
            "product": self.textiles.product_id,
            "qty": 1,
            "price_unit": 18,
            "label": self.coat,
        }
        Order.sync_from_ui([self._ui_order(session, [line])])
        result = Order.sync_from_ui([self._ui_order(session, [line])])
        second = Order.browse(result["pos.order"][0]["id"])
        self.assertEqual(second.state, "paid")
        self.assertIn(self.coat.barcode, second.message_ids[:1].body)
        self.assertTrue(second.sectoral_to_review, "listed for the manager")
        self.assertIn(self.coat.barcode, second.sectoral_review_note)
        to_review = self.env.ref("sectoral_pos.pos_order_action_to_review")
        self.assertIn(second, Order.search(ast.literal_eval(to_review.domain)))
        # the flag is the server's: a cashier neither clears nor forges it
        for vals in ({"sectoral_to_review": False}, {"sectoral_review_note": "ok"}):
            with self.assertRaises(AccessError):
                second.with_user(self.cashier).write(vals)
        with self.assertRaises(AccessError):
            second.with_user(self.cashier).action_sectoral_reviewed()
        second.action_sectoral_reviewed()
        self.assertFalse(second.sectoral_to_review)

    def test_refunded_item_back_on_the_floor(self):
        session = self._open_session()
        Order = self.env["pos.order"]
        sale = Order.browse(
            Order.sync_from_ui(
                [
                    self._ui_order(
                        session,
                        [
                            {
                                "product": self.textiles.product_id,
                                "qty": 1,
                                "price_unit": 18,
                                "label": self.coat,
                            }
                        ],
                    )
                ]
            )["pos.order"][0]["id"]
        )
        self.assertEqual(self.coat.state, "sold")
        refund = self._ui_order(
            session,
            [
                {
                    "product": self.textiles.product_id,
                    "qty": -1,
                    "price_unit": 18,
                    "label": self.coat,
                }
            ],
        )
        refund["lines"][0][2]["refunded_orderline_id"] = sale.lines.id
        Order.sync_from_ui([refund])
        self.assertEqual(self.coat.state, "available")

    def test_session_closing_posts_sales_donations_cogs_and_shop_stock_moves(self):
        company = self.env.company
        company.inventory_valuation = "real_time"
        self.textiles.product_id.categ_id.with_company(
            company
        ).property_valuation = "real_time"
        shop_textiles, shop_household = (
            self._shop_kg(self.textiles),
            self._shop_kg(self.household),
        )
        session = self._open_session()
        self.env["pos.order"].sync_from_ui(
            [
                self._ui_order(
                    session,
                    [
                        {
                            "product": self.textiles.product_id,
                            "qty": 1,
                            "price_unit": 18,
                            "label": self.coat,
                        },
                        {
                            "product": self.textiles.product_id,
                            "qty": 2.5,
                            "price_unit": 4,
                        },
                        {"product": self.cup, "qty": 2, "price_unit": 1},
                        {"product": self.donation, "qty": 1, "price_unit": 2},
                    ],
                )
            ]
        )
        self._close(session)
        # stock: kilograms of the streams leave the shop location, nothing else
        moves = session.picking_ids.move_ids
        self.assertEqual(moves.location_id, self.shop_location)
        self.assertEqual(set(moves.mapped("state")), {"done"})
        kg = {move.product_id: move.quantity for move in moves}
        self.assertEqual(set(kg), {self.textiles.product_id, self.household.product_id})
        self.assertAlmostEqual(kg[self.textiles.product_id], 3.9)
        self.assertAlmostEqual(kg[self.household.product_id], 0.6)
        self.assertAlmostEqual(self._shop_kg(self.textiles), shop_textiles - 3.9)
        self.assertAlmostEqual(self._shop_kg(self.household), shop_household - 0.6)
        # accounting: the standard closing entry, donations on their own account, and
        # the cost of the goods sold at their stock value
        entry = session.move_id
        self.assertEqual(entry.state, "posted")
        lines = entry.line_ids
        donations = lines.filtered(lambda l: l.account_id == self.donation_account)
        self.assertAlmostEqual(
            sum(donations.mapped("credit")) - sum(donations.mapped("debit")), 2
        )
        # (on the products' income accounts, whichever the chart of accounts gives)
        sales = lines.filtered(
            lambda l: (
                l.account_id.account_type == "income"
                and l.account_id != self.donation_account
            )
        )
        self.assertAlmostEqual(
            sum(sales.mapped("credit")) - sum(sales.mapped("debit")), 18 + 10 + 2
        )
        cogs = 3.9 * 0.5 + 0.6 * 0.2
        valuation = (
            self.textiles.product_id.categ_id.with_company(
                company
            ).property_stock_valuation_account_id
            or company.account_stock_valuation_id
        )
        stock_lines = lines.filtered(lambda l: l.account_id == valuation)
        self.assertAlmostEqual(
            sum(stock_lines.mapped("credit")) - sum(stock_lines.mapped("debit")), cogs
        )
        self.assertAlmostEqual(sum(lines.mapped("debit")), sum(lines.mapped("credit")))

    def test_label_index_of_the_shop_floor(self):
        """The till's index holds the items on sale at its shop, one short row each,
        whose number is the one in the label's barcode."""
        other_site = self.env["stock.warehouse"].create(
            {"name": "Autre", "code": "AUT"}
        )
        other_site.action_setup_reuse_site()
        with workflow_step():  # an item on sale elsewhere, one sold here
            elsewhere = self.env["sectoral.label"].create(
                {
                    "warehouse_id": other_site.id,
                    "stream_id": self.textiles.id,
                    "weight_kg": 1,
                    "price": 5,
                    "state": "available",
                }
            )
            self.dress.state = "sold"
        index = (
            self.env["sectoral.label"]
            .with_user(self.cashier)
            .pos_label_index(self.config.id)
        )
        rows = {
            row[0]: dict(zip(index["fields"], row, strict=True))
            for row in index["rows"]
        }
        self.assertEqual(set(rows), {self.coat.id, self.jacket.id})
        self.assertNotIn(elsewhere.id, rows)
        coat = rows[self.coat.id]
        self.assertEqual(
            (coat["price"], coat["weight_kg"], coat["stream_id"], coat["description"]),
            (18.0, 1.4, self.textiles.id, "Wool coat"),
        )
        self.assertEqual(int(self.coat.barcode[2:12]), self.coat.id)

    def test_bad_configuration_refused(self):
        with self.assertRaisesRegex(ValidationError, "must be one of the pricelists"):
            self.config.available_pricelist_ids = self.pricelist
        with self.assertRaisesRegex(ValidationError, "card number"):
            self.env["res.partner"].create(
                {"name": "Sans carte", "sectoral_beneficiary": True}
            )
        with self.assertRaisesRegex(ValidationError, "average weight per piece"):
            self.env["product.product"].create(
                {"name": "Plate", "sectoral_stream_id": self.household.id}
            )
        self.assertEqual(self.config.picking_type_id, self.site.reuse_pos_type_id)
        self.assertEqual(
            self.config.picking_type_id.default_location_src_id, self.shop_location
        )

    def test_cashier_sells(self):
        self.assertTrue(self.cashier.has_group("point_of_sale.group_pos_user"))
        self.start_tour(
            f"/pos/ui/{self.config.id}", "sectoral_shop_till", login="shop_cashier"
        )
        orders = self.env["pos.order"].search(
            [("config_id", "=", self.config.id)], order="id"
        )
        self.assertEqual(len(orders), 2, orders.mapped("lines.full_product_name"))
        first, second = orders
        self.assertEqual(first.state, "paid")
        self.assertEqual(
            sorted(
                (
                    l.product_id.display_name
                    if not l.sectoral_label_id
                    else l.sectoral_label_id.description,
                    l.qty,
                    round(l.price_subtotal_incl, 2),
                    round(l.sectoral_weight_kg, 3),
                )
                for l in first.lines
            ),
            sorted(
                [
                    ("Wool coat", 1, 18.0, 1.4),
                    ("Denim jacket", 1, 6.0, 0.8),
                    (self.textiles.product_id.display_name, 2.5, 10.0, 2.5),
                    ("Cup", 1, 1.0, 0.3),
                    (self.donation.display_name, 1, 2.0, 0.0),
                ]
            ),
        )
        self.assertEqual(
            first.lines.filtered("sectoral_label_id").sectoral_stream_id, self.textiles
        )
        self.assertFalse(first.sectoral_social_tariff)
        self.assertTrue(second.sectoral_social_tariff)
        self.assertEqual(second.partner_id, self.beneficiary)
        self.assertEqual(
            sorted(
                (round(l.price_subtotal_incl, 2), round(l.sectoral_weight_kg, 3))
                for l in second.lines
            ),
            [(0.7, 0.3), (16.0, 0.6)],
        )
        for label in (self.coat, self.jacket, self.dress):
            self.assertEqual(label.state, "sold", label.description)
