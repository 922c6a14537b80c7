# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    sectoral_lending_max_loans = fields.Integer(
        related="company_id.sectoral_lending_max_loans", readonly=False
    )
    sectoral_lending_block_overdue = fields.Boolean(
        related="company_id.sectoral_lending_block_overdue", readonly=False
    )
    sectoral_lending_max_renewals = fields.Integer(
        related="company_id.sectoral_lending_max_renewals", readonly=False
    )
    sectoral_lending_hold_days = fields.Integer(
        related="company_id.sectoral_lending_hold_days", readonly=False
    )
    sectoral_lending_reminder_days = fields.Integer(
        related="company_id.sectoral_lending_reminder_days", readonly=False
    )
    sectoral_lending_points = fields.Boolean(
        related="company_id.sectoral_lending_points", readonly=False
    )
    sectoral_points_joining = fields.Integer(
        related="company_id.sectoral_points_joining", readonly=False
    )
    sectoral_points_monthly = fields.Integer(
        related="company_id.sectoral_points_monthly", readonly=False
    )
    sectoral_points_deposit = fields.Integer(
        related="company_id.sectoral_points_deposit", readonly=False
    )
    sectoral_points_per_loan = fields.Integer(
        related="company_id.sectoral_points_per_loan", readonly=False
    )
    sectoral_deposit_journal_id = fields.Many2one(
        related="company_id.sectoral_deposit_journal_id",
        readonly=False,
        domain="[('type', 'in', ('cash', 'bank')), ('company_id', '=', company_id)]",
    )
    sectoral_deposit_account_id = fields.Many2one(
        related="company_id.sectoral_deposit_account_id", readonly=False
    )
    sectoral_deposit_kept_account_id = fields.Many2one(
        related="company_id.sectoral_deposit_kept_account_id", readonly=False
    )
