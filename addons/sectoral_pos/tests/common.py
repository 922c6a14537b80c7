# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta
from uuid import uuid4

from odoo import Command, fields
from odoo.tests import new_test_user

from odoo.addons.account.tests.common import AccountTestInvoicingHttpCommon


class ShopCase(AccountTestInvoicingHttpCommon):
    """A reuse site whose shop holds sorted textiles (in bulk and three labelled
    items, one of them a month old) and household goods, and its till: sale of
    textiles by the kilo, cups by the piece, a solidarity tariff, donations."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        company = env.company
        env.user.group_ids += env.ref("sectoral_base.group_manager")
        cls.site = env["stock.warehouse"].create(
            {"name": "Boutique test", "code": "BTQ"}
        )
        cls.site.action_setup_reuse_site()
        cls.shop_location = cls.site.reuse_shop_location_id
        cls.textiles = env.ref("sectoral_base.stream_textiles")
        cls.household = env.ref("sectoral_base.stream_household")
        cls.textiles.write({"co2_factor": 6.0, "co2_basis": "kg"})
        cls.household.write({"co2_factor": 1.0, "co2_basis": "kg"})
        for stream, value in ((cls.textiles, 0.5), (cls.household, 0.2)):
            stream.with_company(company).stock_value_kg = value
        cls.textiles.product_id.product_tmpl_id.write(
            {
                "available_in_pos": True,
                "to_weight": True,
                "list_price": 4.0,
                "taxes_id": [Command.clear()],
            }
        )
        cls.household.product_id.taxes_id = [Command.clear()]
        cls.small_items = env["pos.category"].create({"name": "Small items"})
        cls.cup = env["product.product"].create(
            {
                "name": "Cup",
                "type": "consu",
                "available_in_pos": True,
                "list_price": 1.0,
                "taxes_id": [Command.clear()],
                "pos_categ_ids": [Command.set(cls.small_items.ids)],
                "sectoral_stream_id": cls.household.id,
                "sectoral_piece_weight_kg": 0.3,
            }
        )
        cls._sort_into_shop()

        # the solidarity tariff: 30 % off the shop's prices, 20 % off labelled items
        cls.pricelist = env["product.pricelist"].create({"name": "Shop prices"})
        cls.social_pricelist = env["product.pricelist"].create(
            {
                "name": "Solidarity tariff",
                "item_ids": [
                    Command.create(
                        {
                            "applied_on": "3_global",
                            "compute_price": "percentage",
                            "percent_price": 30,
                        }
                    )
                ],
            }
        )
        cls.donation_account = env["account.account"].create(
            {"code": "732099", "name": "Donations received", "account_type": "income"}
        )
        cls.donation = env.ref("sectoral_pos.product_donation")
        cls.donation.with_company(
            company
        ).property_account_income_id = cls.donation_account
        cash_journal = env["account.journal"].create(
            {"name": "Shop cash", "type": "cash", "code": "SCSH"}
        )
        cls.cash = env["pos.payment.method"].create(
            {"name": "Cash", "journal_id": cash_journal.id}
        )
        cls.bank = env["pos.payment.method"].create(
            {
                "name": "Card",
                "journal_id": cls.company_data["default_journal_bank"].id,
                "outstanding_account_id": (
                    cls.inbound_payment_method_line.payment_account_id.id
                ),
            }
        )
        env["pos.config"].search([]).unlink()
        cls.config = env["pos.config"].create(
            {
                "name": "Till test",
                "sectoral_warehouse_id": cls.site.id,
                "use_pricelist": True,
                "pricelist_id": cls.pricelist.id,
                "available_pricelist_ids": [
                    Command.set([cls.pricelist.id, cls.social_pricelist.id])
                ],
                "sectoral_social_pricelist_id": cls.social_pricelist.id,
                "sectoral_social_discount_pct": 20,
                "sectoral_donation_product_id": cls.donation.id,
                "sectoral_max_weight_kg": 30,
                "sectoral_price_floor": 0.5,
                "payment_method_ids": [Command.set([cls.cash.id, cls.bank.id])],
            }
        )
        today = fields.Date.today()
        cls.beneficiary = env["res.partner"].create(
            {
                "name": "Nadia Solidaire",
                "barcode": "0420000000017",
                "sectoral_beneficiary": True,
                "sectoral_card_valid_until": today + timedelta(days=60),
            }
        )
        cls.expired = env["res.partner"].create(
            {
                "name": "Paul Expiré",
                "barcode": "0420000000024",
                "sectoral_beneficiary": True,
                "sectoral_card_valid_until": today - timedelta(days=1),
            }
        )
        # the till's tour reads Odoo's own English labels (the test database may only
        # have French and Dutch)
        env["res.lang"]._activate_lang("en_US")
        cls.cashier = new_test_user(
            env,
            login="shop_cashier",
            password="shop_cashier",
            groups="sectoral_base.group_cashier",
            name="Shop Cashier",
            lang="en_US",
        )

    @classmethod
    def _sort_into_shop(cls):
        env = cls.env
        intake = env["sectoral.intake"].create(
            {
                "warehouse_id": cls.site.id,
                "channel_id": env.ref("sectoral_base.channel_drop_off").id,
                "line_ids": [
                    Command.create({"stream_id": cls.textiles.id, "gross_kg": 60}),
                    Command.create({"stream_id": cls.household.id, "gross_kg": 12}),
                ],
            }
        )
        intake.action_validate()
        reuse = env.ref("sectoral_base.destination_reuse")
        today = fields.Date.today()

        def label(description, kg, price, days_ago=0):
            return Command.create(
                {
                    "warehouse_id": cls.site.id,
                    "stream_id": cls.textiles.id,
                    "description": description,
                    "weight_kg": kg,
                    "price": price,
                    "label_date": today - timedelta(days=days_ago),
                }
            )

        session = env["sectoral.sorting.session"].create(
            {
                "warehouse_id": cls.site.id,
                "input_ids": [
                    Command.create({"stream_id": cls.textiles.id, "kg": 42.8}),
                    Command.create({"stream_id": cls.household.id, "kg": 10}),
                ],
                "output_ids": [
                    Command.create(
                        {
                            "stream_id": cls.textiles.id,
                            "destination_id": reuse.id,
                            "kg": 40,
                        }
                    ),
                    Command.create(
                        {
                            "stream_id": cls.household.id,
                            "destination_id": reuse.id,
                            "kg": 10,
                        }
                    ),
                ],
                "label_ids": [
                    label("Wool coat", 1.4, 18),
                    label("Denim jacket", 0.8, 12, days_ago=30),
                    label("Evening dress", 0.6, 20),
                ],
            }
        )
        session.action_close()
        cls.coat, cls.jacket, cls.dress = session.label_ids.sorted("id")

    def _shop_kg(self, stream):
        return sum(
            self.env["stock.quant"]
            .search(
                [
                    ("product_id", "=", stream.product_id.id),
                    ("location_id", "=", self.shop_location.id),
                ]
            )
            .mapped("quantity")
        )

    def _ui_order(self, session, lines, payment_method=None, partner=None, **vals):
        """An order as the till sends it: lines are dicts with product, qty,
        price_unit and optionally discount, label and other values (vals)."""
        ui_lines = []
        total = 0.0
        for line in lines:
            subtotal = (
                line["price_unit"] * line["qty"] * (1 - line.get("discount", 0) / 100)
            )
            total += subtotal
            ui_lines.append(
                Command.create(
                    {
                        "product_id": line["product"].id,
                        "qty": line["qty"],
                        "price_unit": line["price_unit"],
                        "discount": line.get("discount", 0),
                        "price_subtotal": subtotal,
                        "price_subtotal_incl": subtotal,
                        "tax_ids": [],
                        "sectoral_label_id": line["label"].id
                        if line.get("label")
                        else False,
                        "uuid": str(uuid4()),
                        **line.get("vals", {}),
                    }
                )
            )
        uuid = vals.pop("uuid", None) or str(uuid4())
        return {
            "uuid": uuid,
            "name": f"Order {uuid}",
            "session_id": session.id,
            "user_id": self.env.uid,
            "pricelist_id": (vals.pop("pricelist", None) or self.pricelist).id,
            "partner_id": partner.id if partner else False,
            "lines": ui_lines,
            "payment_ids": [
                Command.create(
                    {
                        "amount": total,
                        "payment_method_id": (payment_method or self.cash).id,
                        "name": fields.Datetime.now(),
                    }
                )
            ],
            "amount_paid": total,
            "amount_total": total,
            "amount_tax": 0,
            "amount_return": 0,
            "date_order": fields.Datetime.to_string(fields.Datetime.now()),
            "last_order_preparation_change": "{}",
            "state": "paid",
            "to_invoice": False,
            **vals,
        }
