# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import ValidationError
from odoo.tests import new_test_user, tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon


@tagged("post_install", "-at_install")
class TestDepositBooks(AccountTestInvoicingCommon):
    """The library's deposits in the books: taken into the cash journal and held for
    the member; given back out of the cash, or kept as an income."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        env.user.group_ids += env.ref("sectoral_lending.group_lending_manager")
        cls.desk = new_test_user(
            env, login="deposit_desk", groups="sectoral_lending.group_lending_desk"
        )
        cls.manager = new_test_user(
            env,
            login="deposit_manager",
            groups="sectoral_lending.group_lending_manager",
        )
        Account = env["account.account"]
        cls.held = Account.create(
            {
                "code": "488100",
                "name": "Cautions reçues",
                "account_type": "liability_current",
            }
        )
        cls.kept = Account.create(
            {"code": "743100", "name": "Cautions retenues", "account_type": "income"}
        )
        cls.cash = cls.company_data["default_journal_cash"]
        cls.env.company.write(
            {
                "sectoral_deposit_journal_id": cls.cash.id,
                "sectoral_deposit_account_id": cls.held.id,
                "sectoral_deposit_kept_account_id": cls.kept.id,
            }
        )
        product = env["product.product"].create(
            {
                "name": "Nettoyeur haute pression",
                "is_storable": True,
                "tracking": "serial",
            }
        )
        cls.cleaner = env["stock.lot"].create(
            {
                "name": "NHP-1",
                "product_id": product.id,
                "company_id": env.company.id,
                "sectoral_lendable": True,
                "sectoral_deposit": 80,
                "sectoral_kit_piece_ids": [(0, 0, {"name": "Lance", "quantity": 1})],
            }
        )
        cls.member = env["res.partner"].create(
            {"name": "Membre à caution", "free_member": True}
        )

    def _balance(self, account):
        lines = self.env["account.move.line"].search(
            [
                ("account_id", "=", account.id),
                ("partner_id", "=", self.member.id),
                ("parent_state", "=", "posted"),
            ]
        )
        return sum(lines.mapped("balance"))

    def _lend(self):
        return (
            self.env["sectoral.lending.loan"]
            .with_user(self.desk)
            .check_out(self.member.id, [self.cleaner.id], deposit_taken=True)
        )

    def test_taken_then_given_back(self):
        loan = self._lend()
        self.assertEqual(len(loan.deposit_move_ids), 1)
        taken = loan.deposit_move_ids
        self.assertEqual(taken.state, "posted")
        self.assertEqual(taken.journal_id, self.cash)
        self.assertEqual(self._balance(self.held), -80, "owed to the member")
        self.assertEqual(self._balance(self.cash.default_account_id), 80)
        loan.with_user(self.desk).action_return()
        self.assertEqual(loan.deposit_state, "refunded")
        self.assertEqual(len(loan.deposit_move_ids), 2)
        self.assertEqual(self._balance(self.held), 0)
        self.assertEqual(self._balance(self.cash.default_account_id), 0)

    def test_kept_for_a_piece_missing(self):
        loan = self._lend()
        piece = self.cleaner.sectoral_kit_piece_ids
        loan.with_user(self.desk).action_return(missing={piece.id: 1})
        self.assertEqual(loan.deposit_state, "held", "held until settled")
        self.assertEqual(len(loan.deposit_move_ids), 1)
        loan.with_user(self.manager).action_settle(keep_deposit=True)
        self.assertEqual(loan.deposit_state, "kept")
        self.assertEqual(self._balance(self.held), 0)
        self.assertEqual(self._balance(self.kept), -80, "an income")
        self.assertEqual(self._balance(self.cash.default_account_id), 80)

    def test_without_a_journal_only_on_the_loan(self):
        self.env.company.sectoral_deposit_journal_id = False
        loan = self._lend()
        self.assertEqual(loan.deposit_state, "held")
        self.assertFalse(loan.deposit_move_ids)

    def test_settings_whole_or_refused(self):
        with self.assertRaises(ValidationError):
            self.env.company.sectoral_deposit_kept_account_id = False
        sale = self.company_data["default_journal_sale"]
        with self.assertRaises(ValidationError):
            self.env.company.sectoral_deposit_journal_id = sale

    def test_held_before_the_books_followed(self):
        """A deposit taken before the setting was in no cash: its return books
        nothing."""
        self.env.company.sectoral_deposit_journal_id = False
        loan = self._lend()
        self.env.company.sectoral_deposit_journal_id = self.cash
        loan.with_user(self.desk).action_return()
        self.assertEqual(loan.deposit_state, "refunded")
        self.assertFalse(loan.deposit_move_ids)
        self.assertEqual(self._balance(self.cash.default_account_id), 0)
