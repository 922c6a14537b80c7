# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import UserError


class ResPartner(models.Model):
    """A member of the library: a member of the enterprise (OCA's membership, its
    fee paid or free), within the library's rules."""

    _inherit = "res.partner"

    sectoral_loan_ids = fields.One2many("sectoral.lending.loan", "partner_id", "Loans")
    sectoral_open_loan_count = fields.Integer(
        "Objects borrowed", compute="_compute_sectoral_open_loans"
    )
    sectoral_points_ids = fields.One2many(
        "sectoral.lending.points", "partner_id", "Library points"
    )
    sectoral_points_balance = fields.Integer(
        "Points", compute="_compute_sectoral_points_balance"
    )

    @api.depends("sectoral_points_ids.points")
    @api.depends_context("company")
    def _compute_sectoral_points_balance(self):
        for partner in self:
            partner.sectoral_points_balance = sum(
                partner.sudo()
                .sectoral_points_ids.filtered(
                    lambda line: line.company_id == self.env.company
                )
                .mapped("points")
            )

    def _sectoral_points_join(self):
        """A member's first visit to the library gives the joining points."""
        company = self.env.company
        for partner in self:
            if (
                company.sectoral_lending_points
                and not partner.sudo().sectoral_points_ids.filtered(
                    lambda line: line.company_id == company
                )
            ):
                self.env["sectoral.lending.points"]._sectoral_add(
                    partner, company.sectoral_points_joining, "joining"
                )

    @api.depends("sectoral_loan_ids.state")
    def _compute_sectoral_open_loans(self):
        for partner in self:
            partner.sectoral_open_loan_count = len(
                partner.sectoral_loan_ids.filtered(lambda loan: loan.state == "open")
            )

    def _sectoral_lending_refusal(self, lots):
        """Why the member may not take ``lots`` now, or "" (one rule for the desk and
        the website)."""
        self.ensure_one()
        partner = self.sudo()
        company = self.env.company
        if partner.membership_state not in partner._membership_member_states():
            return self.env._(
                "%(member)s is not a member: the yearly fee first.",
                member=partner.display_name,
            )
        loans = partner.sectoral_loan_ids.filtered(
            lambda loan: loan.company_id == company
        )
        current = loans.filtered(lambda loan: loan.state == "open")
        if company.sectoral_lending_block_overdue and current.filtered("is_overdue"):
            return self.env._(
                "%(member)s has an object overdue: its return first.",
                member=partner.display_name,
            )
        if loans.filtered("to_settle"):
            return self.env._(
                "%(member)s has a return to settle (pieces missing or a damage).",
                member=partner.display_name,
            )
        if company.sectoral_lending_points and lots:
            joined = partner.sectoral_points_ids.filtered(
                lambda line: line.company_id == company
            )
            balance = (
                partner.sectoral_points_balance
                if joined
                else company.sectoral_points_joining
            )
            cost = company.sectoral_points_per_loan * len(lots)
            if balance < cost:
                return self.env._(
                    "%(member)s has %(balance)s points: %(cost)s needed.",
                    member=partner.display_name,
                    balance=balance,
                    cost=cost,
                )
        limit = company.sectoral_lending_max_loans
        if limit and len(current) + len(lots) > limit:
            return self.env._(
                "%(member)s may borrow %(limit)s objects at once (%(count)s out now).",
                member=partner.display_name,
                limit=limit,
                count=len(current),
            )
        return ""

    def action_sectoral_print_card(self):
        """The library card of each member: their card number (the barcode the desk
        scans), given now to a member who has none yet."""
        if not self.env.user.has_group("sectoral_lending.group_lending_desk"):
            raise UserError(self.env._("Only the library's desk prints its cards."))
        for partner in self:
            if not partner.barcode:
                # the desk may not edit contacts: it only gives a number not yet given
                partner.sudo().barcode = (
                    self.env["ir.sequence"].sudo().next_by_code("sectoral.lending.card")
                )
        return self.env.ref(
            "sectoral_lending.action_report_library_card"
        ).report_action(self)
