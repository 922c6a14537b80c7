# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestMenus(TransactionCase):
    def test_menu_follows_roles(self):
        # the roles that see this app's menu, and those that must not
        menu = self.env.ref("sectoral_pos.menu_pos_root")
        for role in ["cashier", "manager"]:
            user = new_test_user(
                self.env, login=f"seen_{role}", groups=f"sectoral_base.group_{role}"
            )
            self.assertTrue(menu.group_ids & user.all_group_ids, role)
        for role in ["intake_operator", "sorter", "insertion_officer"]:
            user = new_test_user(
                self.env, login=f"unseen_{role}", groups=f"sectoral_base.group_{role}"
            )
            self.assertFalse(menu.group_ids & user.all_group_ids, role)
