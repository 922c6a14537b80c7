# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step

from .common import ShopCase


@tagged("post_install", "-at_install")
class TestTillChecks(ShopCase):
    """Orders reach the server through sync_from_ui: what no honest till sends is
    refused with the order, with the rule the till applies before payment."""

    def _session(self):
        self.config.with_user(self.cashier).open_ui()
        return self.config.current_session_id

    def _sync(self, session, lines, **vals):
        Order = self.env["pos.order"]
        result = Order.sync_from_ui([self._ui_order(session, lines, **vals)])
        return Order.browse(result["pos.order"][0]["id"])

    def _label_line(self, label, **vals):
        return {
            "product": self.textiles.product_id,
            "qty": 1,
            "price_unit": label.price,
            "label": label,
            **vals,
        }

    def _refused(self, session, lines, message, **vals):
        Order = self.env["pos.order"]
        before = Order.search_count([])
        with self.assertRaisesRegex(UserError, message), self.env.cr.savepoint():
            self._sync(session, lines, **vals)
        self.assertEqual(Order.search_count([]), before, "nothing recorded")

    def test_what_no_honest_till_sends_is_refused(self):
        self.config.restrict_price_control = True
        session = self._session()
        self._refused(
            session,
            [self._label_line(self.coat, price_unit=0.01)],
            "instead of 18",
            user_id=self.cashier.id,
        )
        self._refused(session, [self._label_line(self.coat, qty=5)], "unique")
        self._refused(
            session,
            [{"product": self.textiles.product_id, "qty": 10000, "price_unit": 4}],
            "by weight",
        )
        self._refused(
            session,
            [{"product": self.textiles.product_id, "qty": 2, "price_unit": 4}],
            "valid card",
            pricelist=self.social_pricelist,
            partner=self.expired,
        )
        self._refused(
            session,
            [self._label_line(self.dress, qty=-1, price_unit=20)],
            "never sold",
        )
        self._refused(
            session,
            [{"product": self.cup, "qty": 1, "price_unit": 0.1}],
            "lowest price",
        )
        self.assertEqual(self.coat.state, "available")
        self.assertEqual(self.dress.state, "available")

    def test_markdown_and_solidarity_discount_accepted(self):
        """The till's own discounts pass: the month-old jacket's markdown, and the
        solidarity discount for a valid card."""
        session = self._session()
        social = self.coat._till_discount(self.config, True, self.coat.label_date)
        self.assertAlmostEqual(social, 20)
        jacket_discount = self.jacket._till_discount(
            self.config, False, self.jacket.label_date.today()
        )
        order = self._sync(
            session,
            [
                self._label_line(self.coat, discount=social),
                self._label_line(self.jacket, discount=jacket_discount),
            ],
            pricelist=self.social_pricelist,
            partner=self.beneficiary,
        )
        self.assertEqual(order.state, "paid")
        self.assertFalse(order.sectoral_to_review)
        self.assertEqual(self.coat.state, "sold")
        # the item sold stays the one recorded
        coat_line = order.lines.filtered(
            lambda line: line.sectoral_label_id == self.coat
        )
        coat_line.with_user(self.cashier).write({"sectoral_label_id": self.coat.id})
        with self.assertRaises(AccessError):
            coat_line.with_user(self.cashier).write(
                {"sectoral_label_id": self.dress.id}
            )

    def test_price_override_where_odoo_allows_it_is_recorded(self):
        self.config.restrict_price_control = False
        session = self._session()
        order = self._sync(session, [self._label_line(self.coat, price_unit=10)])
        self.assertEqual(order.state, "paid")
        self.assertTrue(order.lines.sectoral_price_override)
        self.assertTrue(order.sectoral_to_review)
        self.assertIn("instead of 18", order.sectoral_review_note)

    def test_label_of_another_enterprise_refused(self):
        session = self._session()
        other = self.env["res.company"].create({"name": "Autre ressourcerie"})
        with workflow_step():  # an item on sale in the other enterprise's shop
            theirs = self.env["sectoral.label"].create(
                {
                    "company_id": other.id,
                    "stream_id": self.textiles.id,
                    "weight_kg": 1,
                    "price": 5,
                    "state": "available",
                }
            )
        self._refused(session, [self._label_line(theirs)], "another enterprise")


@tagged("post_install", "-at_install")
class TestTillSellsFromTheShop(ShopCase):
    def test_site_set_up_before_the_shop_addon(self):
        """A site set up before the shop addon had no shop-sales type: its till sold
        from the warehouse's generic type, out of the intake pile. The addon's install
        and update mend it, and a new till of such a site gets the shop type."""
        site = self.env["stock.warehouse"].create(
            {"name": "Ancien site", "code": "ANC"}
        )
        site.action_setup_reuse_site()
        shop_type = site.reuse_pos_type_id
        self.assertEqual(shop_type.default_location_src_id, site.reuse_shop_location_id)
        # as the database was before: no shop type, a till on the generic type
        site.reuse_pos_type_id = False
        till = self.env["pos.config"].create({"name": "Vieille caisse"})
        self.env.cr.execute(
            "UPDATE pos_config SET sectoral_warehouse_id = %s, picking_type_id = %s "
            "WHERE id = %s",
            (site.id, site.out_type_id.id, till.id),
        )
        till.invalidate_recordset()
        self.env["stock.warehouse"]._sectoral_mend_shop_sales()
        self.assertTrue(site.reuse_pos_type_id)
        self.assertEqual(
            till.picking_type_id.default_location_src_id, site.reuse_shop_location_id
        )
        # a till created for a site without the type gets it
        site.reuse_pos_type_id = False
        new_till = self.env["pos.config"].create(
            {"name": "Nouvelle caisse", "sectoral_warehouse_id": site.id}
        )
        self.assertEqual(
            new_till.picking_type_id.default_location_src_id,
            site.reuse_shop_location_id,
        )
        # and a till of a site cannot be pointed at another location
        with self.assertRaisesRegex(UserError, "shop location"):
            new_till.picking_type_id = site.out_type_id

    def test_sale_leaves_the_shop(self):
        self.config.with_user(self.cashier).open_ui()
        session = self.config.current_session_id
        before = self._shop_kg(self.textiles)
        self.env["pos.order"].sync_from_ui(
            [
                self._ui_order(
                    session,
                    [
                        {
                            "product": self.textiles.product_id,
                            "qty": 1.25,
                            "price_unit": 4,
                        }
                    ],
                )
            ]
        )
        self.assertAlmostEqual(self._shop_kg(self.textiles), before - 1.25)

    def test_label_sold_as_soon_as_printed(self):
        """A sorter prints a label and puts the item on the floor: the till sells it
        before the sorting session closes; the session's mass balance still closes
        it, and its close moves the item no second time."""
        env = self.env
        intake = env["sectoral.intake"].create(
            {
                "warehouse_id": self.site.id,
                "channel_id": env.ref("sectoral_base.channel_drop_off").id,
                "line_ids": [
                    Command.create({"stream_id": self.textiles.id, "gross_kg": 5})
                ],
            }
        )
        intake.action_validate()
        sorting = env["sectoral.sorting.session"].create(
            {
                "warehouse_id": self.site.id,
                "input_ids": [Command.create({"stream_id": self.textiles.id, "kg": 5})],
            }
        )
        before = self._shop_kg(self.textiles)
        scarf = env["sectoral.label"].create(
            {
                "session_id": sorting.id,
                "warehouse_id": self.site.id,
                "stream_id": self.textiles.id,
                "description": "Silk scarf",
                "weight_kg": 0.2,
                "price": 9,
            }
        )
        self.assertEqual(sorting.state, "draft")
        self.assertEqual(scarf.state, "available")
        self.config.with_user(self.cashier).open_ui()
        result = env["pos.order"].sync_from_ui(
            [
                self._ui_order(
                    self.config.current_session_id,
                    [
                        {
                            "product": self.textiles.product_id,
                            "qty": 1,
                            "price_unit": 9,
                            "label": scarf,
                        }
                    ],
                )
            ]
        )
        order = env["pos.order"].browse(result["pos.order"][0]["id"])
        self.assertEqual(order.state, "paid")
        self.assertEqual(scarf.state, "sold")
        self.assertAlmostEqual(self._shop_kg(self.textiles), before)
        # the rest of the pile goes to recycling; the balance closes the session
        reuse_free = env.ref("sectoral_base.destination_recycling")
        sorting.output_ids = [
            Command.create(
                {
                    "stream_id": self.textiles.id,
                    "destination_id": reuse_free.id,
                    "kg": 4.8,
                }
            )
        ]
        sorting.action_close()
        self.assertEqual(sorting.state, "done")
        self.assertAlmostEqual(self._shop_kg(self.textiles), before)
        # sold: the session can no longer be undone as if nothing had left
        with self.assertRaisesRegex(UserError, "sold"):
            sorting._reverse("wrong stream")


@tagged("post_install", "-at_install")
class TestBeneficiaryPrivacy(ShopCase):
    def test_solidarity_status_is_the_tills_business(self):
        self.assertTrue(
            self.beneficiary.with_user(self.cashier).read(["sectoral_beneficiary"])
        )
        for role in ("intake_operator", "sorter", "driver"):
            user = new_test_user(
                self.env, login=f"priv_{role}", groups=f"sectoral_base.group_{role}"
            )
            with self.subTest(role=role):
                self.assertTrue(self.beneficiary.with_user(user).read(["name"]))
                # with the right to manage contacts, they create and copy them
                user.group_ids += self.env.ref("base.group_partner_manager")
                self.env["res.partner"].with_user(user).create(
                    {"name": "Donateur", "barcode": f"0429{role}"}
                ).copy()
                with self.assertRaises(AccessError):
                    self.beneficiary.with_user(user).read(["sectoral_beneficiary"])
                with self.assertRaises(AccessError):
                    self.env["res.partner"].with_user(user).search(
                        [("sectoral_beneficiary", "=", True)]
                    )
