# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        self._sectoral_apply_home_actions(users)
        return users

    def write(self, vals):
        res = super().write(vals)
        if any("group" in key for key in vals):
            self._sectoral_apply_home_actions(self)
        return res

    @api.model
    def _sectoral_apply_home_actions(self, users=None):
        """Land each user on the home screen of their highest role. A home action a
        user was given by hand (one that is no role's) stays theirs."""
        Groups = self.env["res.groups"].sudo()
        roles = Groups.search(
            [("sectoral_home_action_id", "!=", False)],
            order="sectoral_home_priority desc, id",
        )
        role_homes = roles.sectoral_home_action_id
        if users is None:
            users = self.sudo().search([("share", "=", False)])
        for user in users.sudo():
            if user.share or (user.action_id and user.action_id not in role_homes):
                continue
            role = next((g for g in roles if g in user.all_group_ids), Groups)
            home = role.sectoral_home_action_id
            if user.action_id != home:
                user.write({"action_id": home.id})
