# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo import Command, fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon


@tagged("post_install", "-at_install")
class TestMembershipFee(AccountTestInvoicingCommon):
    """A yearly membership of a sliding scale, 10 to 40: invoiced at the fee the
    member chose, within the scale; the member then borrows."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        year = fields.Date.today().year
        cls.membership = cls.env["product.product"].create(
            {
                "name": "Adhésion annuelle",
                "membership": True,
                "membership_date_from": date(year, 1, 1),
                "membership_date_to": date(year, 12, 31),
                "list_price": 20,
                "sectoral_fee_min": 10,
                "sectoral_fee_max": 40,
                "taxes_id": [Command.clear()],
            }
        )
        cls.member = cls.env["res.partner"].create({"name": "Nouvelle membre"})

    def _invoice(self, fee):
        return self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.member.id,
                "invoice_line_ids": [
                    Command.create(
                        {"product_id": self.membership.id, "price_unit": fee}
                    )
                ],
            }
        )

    def test_a_fee_within_the_scale(self):
        self.assertIn(
            "not a member",
            self.member._sectoral_lending_refusal(self.env["stock.lot"]),
        )
        with self.assertRaisesRegex(UserError, "between"):
            self._invoice(5).action_post()
        with self.assertRaisesRegex(UserError, "between"):
            self._invoice(45).action_post()
        invoice = self._invoice(25)
        invoice.action_post()
        self.assertEqual(invoice.state, "posted")
        self.assertEqual(self.member.membership_state, "invoiced")
        invoiced = self.member.member_line_ids.filtered(
            lambda line: line.state == "invoiced"
        )
        self.assertEqual(invoiced.member_price, 25)
        self.assertEqual(
            self.member._sectoral_lending_refusal(self.env["stock.lot"]), ""
        )

    def test_a_scale_goes_up(self):
        with self.assertRaises(ValidationError):
            self.membership.sectoral_fee_max = 5
