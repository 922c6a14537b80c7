# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import InsertionCase


@tagged("post_install", "-at_install")
class TestSubsidy(InsertionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        plan = env.ref("sectoral_insertion.analytic_plan_insertion")
        cls.analytic = env["account.analytic.account"].create(
            {"name": "Article 60", "plan_id": plan.id}
        )
        cls.income = env["account.account"].create(
            {"code": "740099", "name": "Subsides article 60", "account_type": "income"}
        )
        cls.journal = env["account.journal"].create(
            {"name": "Subsides", "type": "general", "code": "SUBS"}
        )
        cls.expense = env["account.account"].create(
            {
                "code": "617099",
                "name": "Intervention CPAS article 60",
                "account_type": "expense",
            }
        )
        # a SINE post: the Region's aid is a subsidy the enterprise receives
        cls.sine = env.ref("sectoral_insertion.programme_be_sine")
        cls.region = env["res.partner"].create(
            {"name": "Région wallonne", "is_company": True}
        )
        cls.sine_pathway = (
            env["sectoral.insertion.pathway"]
            .with_user(cls.officer)
            .create(
                {
                    "employee_id": cls.colleague.id,
                    "programme_id": cls.sine.id,
                    "funder_id": cls.region.id,
                    "date_start": date(2026, 1, 5),
                    "weekly_hours": 38,
                }
            )
            .sudo(False)
        )

    def _subsidy(self, **vals):
        return (
            self.env["sectoral.insertion.subsidy"]
            .with_user(self.officer)
            .create(
                {
                    "pathway_id": self.sine_pathway.id,
                    "name": "Aide SINE janvier",
                    "date_from": date(2026, 1, 1),
                    "date_to": date(2026, 1, 31),
                    "amount": 1850,
                    **vals,
                }
            )
        )

    def test_posted_with_the_programme_analytic_account(self):
        company = self.env.company
        company.insertion_subsidy_journal_id = self.journal
        self.sine.write(
            {
                "analytic_account_id": self.analytic.id,
                "income_account_id": self.income.id,
            }
        )
        subsidy = self._subsidy()
        self.assertEqual(subsidy.kind, "subsidy")
        self.assertEqual(subsidy.funder_id, self.region)
        self.assertEqual(subsidy.analytic_account_id, self.analytic)
        subsidy.action_post()
        move = subsidy.move_id
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.journal_id, self.journal)
        self.assertEqual(move.date, date(2026, 1, 31))
        income = move.line_ids.filtered(lambda line: line.account_id == self.income)
        self.assertAlmostEqual(income.credit, 1850)
        self.assertEqual(income.analytic_distribution, {str(self.analytic.id): 100})
        receivable = move.line_ids - income
        self.assertAlmostEqual(receivable.debit, 1850)
        self.assertEqual(receivable.partner_id, self.region)
        self.assertEqual(receivable.account_id.account_type, "asset_receivable")
        self.assertNotIn("Bea", move.ref, "accounting sees a reference, not a name")
        analytic_lines = self.env["account.analytic.line"].search(
            [("move_line_id", "in", income.ids)]
        )
        self.assertAlmostEqual(sum(analytic_lines.mapped("amount")), 1850)
        with self.assertRaisesRegex(UserError, "cancel it first"):
            subsidy.amount = 10
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            subsidy.unlink()
        subsidy.action_cancel()
        self.assertEqual(move.state, "cancel")

    def test_nothing_posted_without_its_accounts(self):
        subsidy = self._subsidy()
        with self.assertRaisesRegex(UserError, "journal"):
            subsidy.action_post()
        self.env.company.insertion_subsidy_journal_id = self.journal
        with self.assertRaisesRegex(UserError, "income account"):
            subsidy.action_post()
        self.env.company.insertion_subsidy_account_id = self.income
        with self.assertRaisesRegex(UserError, "analytic account"):
            subsidy.action_post()
        self.assertEqual(subsidy.state, "draft")
        self.assertFalse(subsidy.move_id)
        with self.assertRaisesRegex(ValidationError, "cannot end before"):
            self._subsidy(date_to=date(2025, 12, 1))

    def test_article_60_contribution_paid_to_the_cpas(self):
        """An article 60 worker is employed by the CPAS: the enterprise pays the CPAS
        a contribution (an expense it owes), never receives a subsidy for them."""
        company = self.env.company
        company.insertion_subsidy_journal_id = self.journal
        self.art60.analytic_account_id = self.analytic
        contribution = self._subsidy(
            pathway_id=self.pathway.id, name="Intervention janvier", amount=250
        )
        self.assertEqual(contribution.kind, "contribution")
        self.assertEqual(contribution.funder_id, self.cpas)
        with self.assertRaisesRegex(UserError, "expense account"):
            contribution.action_post()
        company.insertion_contribution_account_id = self.expense
        contribution.action_post()
        move = contribution.move_id
        expense = move.line_ids.filtered(lambda line: line.account_id == self.expense)
        self.assertAlmostEqual(expense.debit, 250)
        self.assertEqual(expense.analytic_distribution, {str(self.analytic.id): 100})
        payable = move.line_ids - expense
        self.assertAlmostEqual(payable.credit, 250)
        self.assertEqual(payable.account_id.account_type, "liability_payable")
        self.assertEqual(payable.partner_id, self.cpas)
        # no subsidy for a placement, no contribution for another programme
        with self.assertRaisesRegex(ValidationError, "receives no subsidy"):
            self._subsidy(pathway_id=self.pathway.id, kind="subsidy")
        with self.assertRaisesRegex(ValidationError, "not such a placement"):
            self._subsidy(kind="contribution")
