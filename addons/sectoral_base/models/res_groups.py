# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResGroups(models.Model):
    """Each role of the suite opens on its own screen: the addon that owns the screen
    gives the role its home action (the intake tablet for the intake operators, the
    impact dashboard for the managers...)."""

    _inherit = "res.groups"

    sectoral_home_action_id = fields.Many2one(
        "ir.actions.actions",
        "Home screen of the role",
        ondelete="set null",
        help="Where the users of this role land after logging in, unless a user has "
        "a home action of their own.",
    )
    sectoral_home_priority = fields.Integer(
        "Priority of the home screen",
        help="A user in several roles lands on the home screen of the highest.",
    )

    def write(self, vals):
        # the users who leave a role too: their home becomes another role's
        before = self.user_ids
        res = super().write(vals)
        if {"user_ids", "sectoral_home_action_id", "sectoral_home_priority"} & set(
            vals
        ):
            self.env["res.users"]._sectoral_apply_home_actions(before | self.user_ids)
        return res
