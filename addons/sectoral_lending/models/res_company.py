# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    sectoral_lending_max_loans = fields.Integer(
        "Objects a member borrows at once",
        default=3,
        help="0: no limit.",
    )
    sectoral_lending_block_overdue = fields.Boolean(
        "An overdue loan blocks the member",
        default=True,
        help="A member with an object not returned in time borrows nothing more until "
        "it is back.",
    )
    sectoral_lending_max_renewals = fields.Integer(
        "Renewals of a loan", default=2, help="How many times a loan may be renewed."
    )
    sectoral_lending_hold_days = fields.Integer(
        "Days a hold waits",
        default=3,
        help="An object put aside for a member waits this many days to be collected.",
    )
    sectoral_lending_reminder_days = fields.Integer(
        "Reminder before the due date (days)", default=2
    )

    sectoral_lending_points = fields.Boolean(
        "Points",
        help="Members earn points (joining, each month, objects they give the library) "
        "and spend them on loans.",
    )
    sectoral_points_joining = fields.Integer("Points on joining", default=10)
    sectoral_points_monthly = fields.Integer("Points each month", default=2)
    sectoral_points_deposit = fields.Integer(
        "Points for an object given to the library", default=5
    )
    sectoral_points_per_loan = fields.Integer("Points a loan costs", default=1)

    _sectoral_points_positive = models.Constraint(
        "CHECK (sectoral_points_joining >= 0 AND sectoral_points_monthly >= 0 "
        "AND sectoral_points_deposit >= 0 AND sectoral_points_per_loan >= 0)",
        "Points are not negative.",
    )
    _sectoral_lending_numbers_positive = models.Constraint(
        "CHECK (sectoral_lending_max_loans >= 0 AND sectoral_lending_max_renewals >= 0 "
        "AND sectoral_lending_hold_days > 0 AND sectoral_lending_reminder_days >= 0)",
        "The lending library's numbers cannot be negative, and a hold waits at least a "
        "day.",
    )
