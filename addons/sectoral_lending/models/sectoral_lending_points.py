# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step


class SectoralLendingPoints(models.Model):
    """A member's points, when the library uses them (a setting): earned on joining,
    each month of membership, for an object given to the library; spent on loans.
    Each line says why; the balance is their sum. Written by the library's workflow
    only."""

    _name = "sectoral.lending.points"
    _description = "Points of a library member"
    _inherit = ["sectoral.workflow.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    _workflow_fields = frozenset(
        {"partner_id", "points", "reason", "date", "loan_id", "lot_id", "company_id"}
    )

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    partner_id = fields.Many2one("res.partner", "Member", required=True, index=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    points = fields.Integer(required=True)
    reason = fields.Selection(
        [
            ("joining", "Joining"),
            ("monthly", "Month of membership"),
            ("deposit", "Object given to the library"),
            ("loan", "Loan"),
        ],
        required=True,
    )
    loan_id = fields.Many2one("sectoral.lending.loan", index="btree_not_null")
    lot_id = fields.Many2one("stock.lot", "Object", index="btree_not_null")

    @api.model
    def _sectoral_add(self, partner, points, reason, **links):
        company = self.env.company
        if not company.sectoral_lending_points or not points:
            return self.browse()
        with workflow_step():
            return self.sudo().create(
                {
                    "company_id": company.id,
                    "partner_id": partner.id,
                    "points": points,
                    "reason": reason,
                    **{key: record.id for key, record in links.items()},
                }
            )

    @api.model
    def _cron_monthly(self):
        """Each member earns the month's points once a month, while a member."""
        month_start = fields.Date.context_today(self).replace(day=1)
        for company in self.env["res.company"].search(
            [("sectoral_lending_points", "=", True)]
        ):
            Points = self.with_company(company)
            members = self.env["res.partner"].search(
                [
                    ("membership_state", "in", ("paid", "free", "invoiced")),
                    ("sectoral_points_ids.company_id", "=", company.id),
                ]
            )
            given = (
                Points.sudo()
                .search(
                    [
                        ("company_id", "=", company.id),
                        ("reason", "=", "monthly"),
                        ("date", ">=", month_start),
                        ("date", "<", month_start + relativedelta(months=1)),
                    ]
                )
                .partner_id
            )
            for member in members - given:
                Points._sectoral_add(member, company.sectoral_points_monthly, "monthly")
