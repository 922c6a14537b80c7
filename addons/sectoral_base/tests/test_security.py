# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestRoles(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.roles = {
            role: new_test_user(
                cls.env, login=f"role_{role}", groups=f"sectoral_base.group_{role}"
            )
            for role in (
                "intake_operator",
                "driver",
                "sorter",
                "cashier",
                "insertion_officer",
                "accountant",
                "manager",
            )
        }

    def test_role_implications(self):
        manager = self.roles["manager"]
        for group in ("driver", "intake_operator", "sorter", "cashier"):
            self.assertTrue(manager.has_group(f"sectoral_base.group_{group}"), group)
        self.assertTrue(manager.has_group("stock.group_stock_user"))
        # insertion records stay with the insertion officers
        self.assertFalse(manager.has_group("sectoral_base.group_insertion_officer"))
        self.assertTrue(
            self.roles["driver"].has_group("sectoral_base.group_intake_operator")
        )
        self.assertFalse(
            self.roles["intake_operator"].has_group("sectoral_base.group_driver")
        )
        self.assertTrue(
            self.roles["accountant"].has_group("account.group_account_invoice")
        )
        self.assertFalse(self.roles["cashier"].has_group("stock.group_stock_user"))

    def test_only_manager_configures_streams(self):
        stream = self.env.ref("sectoral_base.stream_textiles")
        for role, user in self.roles.items():
            self.assertEqual(stream.with_user(user).name, "Textiles", role)
            if role == "manager":
                stream.with_user(user).co2_factor = 12.0
                continue
            with self.assertRaises(AccessError, msg=role):
                stream.with_user(user).co2_factor = 1.0

    def test_companies_do_not_see_each_other(self):
        other = self.env["res.company"].create({"name": "Autre ressourcerie"})
        private = self.env["sectoral.stream"].create(
            {"name": "Private stream", "code": "PRIV", "company_id": other.id}
        )
        manager = self.roles["manager"]
        self.assertFalse(
            self.env["sectoral.stream"]
            .with_user(manager)
            .search([("code", "=", "PRIV")])
        )
        with self.assertRaises(AccessError):
            private.with_user(manager).read(["name"])
        # shared streams (no company) stay visible to everyone
        self.assertTrue(
            self.env["sectoral.stream"]
            .with_user(manager)
            .search([("code", "=", "TEX")])
        )
