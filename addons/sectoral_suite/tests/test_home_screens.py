# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestHomeScreens(TransactionCase):
    """Each role lands on its own screen and sees the menus it can use."""

    def _user(self, login, *roles):
        return new_test_user(
            self.env,
            login=login,
            groups=",".join(f"sectoral_base.group_{role}" for role in roles),
        )

    def test_each_role_on_its_screen(self):
        ref = self.env.ref
        expected = {
            "intake_operator": ref("sectoral_collection.action_intake_tablet"),
            "driver": ref("sectoral_collection.action_intake_tablet"),
            "sorter": ref("sectoral_sorting.action_sorting_tablet"),
            "cashier": ref("point_of_sale.action_pos_config_kanban"),
            "insertion_officer": ref(
                "sectoral_insertion.sectoral_insertion_pathway_action"
            ),
            "accountant": ref("account.open_account_journal_dashboard_kanban"),
            "manager": ref("sectoral_reporting.action_impact_dashboard"),
        }
        for role, action in expected.items():
            user = self._user(f"home_{role}", role)
            self.assertEqual(user.action_id.id, action.id, role)
        # several roles: the highest one's screen; a role added later moves it
        both = self._user("home_both", "sorter", "cashier")
        self.assertEqual(both.action_id.id, expected["cashier"].id)
        both.write(
            {
                "group_ids": [
                    Command.link(self.env.ref("sectoral_base.group_manager").id)
                ]
            }
        )
        self.assertEqual(both.action_id.id, expected["manager"].id)
        # leaving a role from the role's side: back to the other role's screen
        self.env.ref("sectoral_base.group_manager").write(
            {"user_ids": [Command.unlink(both.id)]}
        )
        self.assertEqual(both.action_id.id, expected["cashier"].id)
        # a home chosen by hand stays
        mine = self.env.ref("sectoral_sorting.sectoral_sorting_session_action")
        both.action_id = mine.id
        both.write(
            {"group_ids": [Command.link(self.env.ref("sectoral_base.group_sorter").id)]}
        )
        self.assertEqual(both.action_id.id, mine.id)

    def test_floor_roles_without_the_employees_app(self):
        employees = self.env.ref("hr.menu_hr_root")
        for role in ("intake_operator", "sorter", "cashier", "insertion_officer"):
            user = self._user(f"menu_{role}", role)
            visible = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
            self.assertNotIn(employees.id, visible, role)
        hr_user = new_test_user(self.env, login="menu_hr", groups="hr.group_hr_user")
        self.assertIn(
            employees.id, self.env["ir.ui.menu"].with_user(hr_user)._visible_menu_ids()
        )

    def test_accountant_reads_till_sessions(self):
        """The accountant reads a till's session as its form shows it (counts,
        differences, entries) and cannot change it."""
        config = self.env["pos.config"].create({"name": "Till of the test"})
        config.open_ui()
        session = config.current_session_id
        accountant = self._user("home_accountant_pos", "accountant")
        Session = self.env["pos.session"].with_user(accountant)
        views = Session.get_views([(False, "list"), (False, "form")])
        fields = list(views["models"]["pos.session"]["fields"])
        record = session.with_user(accountant)
        self.assertTrue(record.read(fields))
        record.order_ids.read(["name", "amount_total", "state"])
        with self.assertRaises(AccessError):
            record.write({"opening_notes": "changed"})
        with self.assertRaises(AccessError):
            record.action_pos_session_closing_control()
        menus = self.env["ir.ui.menu"].with_user(accountant)._visible_menu_ids()
        self.assertIn(self.env.ref("sectoral_pos.menu_pos_sessions").id, menus)
        self.assertNotIn(self.env.ref("sectoral_pos.menu_pos_dashboard").id, menus)
