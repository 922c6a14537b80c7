# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.misc import format_date


class SectoralLendingDesk(models.AbstractModel):
    """What the library's desk screen asks and sends: find a member (card or name),
    their situation, an object by its serial number, lend, take back. The rules are
    the loans' own; this only reads for the screen and passes on."""

    _name = "sectoral.lending.desk"
    _description = "Lending library desk screen"

    @api.model
    def _check(self):
        self.env["sectoral.lending.loan"]._sectoral_check_desk()

    @api.model
    def _text(self, value, label, size=64):
        if not isinstance(value, str) or not value.strip() or len(value) > size:
            raise ValidationError(self.env._("Check %(field)s.", field=label))
        return value.strip()

    @api.model
    def find_members(self, query):
        """Members whose card number is ``query``, or whose name contains it."""
        self._check()
        query = self._text(query, self.env._("the card or the name"))
        Partner = self.env["res.partner"]
        partners = Partner.search([("barcode", "=", query)], limit=1)
        if not partners and len(query) >= 2:
            partners = Partner.search(
                [("name", "ilike", query), ("is_company", "=", False)],
                limit=8,
                order="name",
            )
        return [self._member(partner) for partner in partners]

    @api.model
    def member(self, partner_id):
        self._check()
        partner = self.env["sectoral.input"]._record(
            "res.partner", partner_id, self.env._("the member"), self.env.company
        )
        return self._member(partner)

    @api.model
    def _member(self, partner):
        loans = partner.sectoral_loan_ids.filtered(
            lambda loan: loan.company_id == self.env.company and loan.state == "open"
        )
        holds = self.env["sectoral.lending.hold"].search(
            [("partner_id", "=", partner.id), ("state", "=", "ready")]
        )
        return {
            "id": partner.id,
            "name": partner.name,
            "card": partner.barcode or "",
            # two people of the same name are told apart by their town or e-mail
            "detail": partner.city or partner.email or "",
            "refusal": partner._sectoral_lending_refusal(self.env["stock.lot"]),
            "points": partner.sudo().sectoral_points_balance
            if self.env.company.sectoral_lending_points
            else None,
            "loans": [
                {
                    "id": loan.id,
                    "object": loan.lot_id.product_id.name,
                    "serial": loan.lot_id.name,
                    "due": format_date(self.env, loan.date_due),
                    "overdue": loan.is_overdue,
                }
                for loan in loans
            ],
            "holds": [
                {"object": hold.lot_id.product_id.name, "serial": hold.lot_id.name}
                for hold in holds
            ],
        }

    @api.model
    def find_object(self, code):
        """The object whose serial number was scanned, and where it stands."""
        self._check()
        code = self._text(code, self.env._("the object's number"))
        lot = self.env["stock.lot"].search(
            [
                ("name", "=", code),
                ("sectoral_lendable", "=", True),
                ("company_id", "in", [False, self.env.company.id]),
            ],
            limit=1,
        )
        if not lot:
            raise ValidationError(
                self.env._("%(code)s is not an object of the library.", code=code)
            )
        loan = lot.sectoral_current_loan_id
        return {
            "id": lot.id,
            "serial": lot.name,
            "name": lot.product_id.name,
            "state": lot.sectoral_lending_state,
            "deposit": lot.sectoral_deposit,
            "currency_id": self.env.company.currency_id.id,
            "days": lot.sectoral_loan_days,
            # the date the member is told at the desk, as the loan will have it
            "due": format_date(
                self.env,
                fields.Date.context_today(self)
                + timedelta(days=lot.sectoral_loan_days),
            ),
            "pieces": [
                {"id": piece.id, "name": piece.name, "quantity": piece.quantity}
                for piece in lot.sectoral_kit_piece_ids
            ],
            "condition": lot.sectoral_condition,
            "loan": loan
            and {
                "member": loan.partner_id.name,
                "due": format_date(self.env, loan.date_due),
                "overdue": loan.is_overdue,
            },
        }

    @api.model
    def lend(self, partner_id, lot_ids, deposit_taken=False):
        loans = self.env["sectoral.lending.loan"].check_out(
            partner_id, lot_ids, deposit_taken=deposit_taken is True
        )
        return {
            "loans": [
                {
                    "object": loan.lot_id.product_id.name,
                    "due": format_date(self.env, loan.date_due),
                }
                for loan in loans
            ],
            "member": self._member(loans.partner_id),
        }

    @api.model
    def hold(self, partner_id, lot_id):
        """The member asks for an object that is not on the shelf for them: put
        aside if it is there, else in line for its return."""
        hold = self.env["sectoral.lending.hold"].place(partner_id, lot_id)
        return {
            "object": hold.lot_id.product_id.name,
            "ready": hold.state == "ready",
            "until": hold.date_expiry and format_date(self.env, hold.date_expiry),
            "position": len(
                hold.lot_id.sectoral_hold_ids.filtered(
                    lambda other: other.state == "waiting"
                )
            ),
            "member": self._member(hold.partner_id),
        }

    @api.model
    def take_back(self, lot_id, missing=None, damage=None, condition=None):
        """The object is back: ``missing`` ``{piece id: count}``, ``damage`` a text,
        ``condition`` its condition now (as new, good, worn)."""
        self._check()
        lot = self.env["sectoral.input"]._record(
            "stock.lot", lot_id, self.env._("the object"), self.env.company
        )
        conditions = dict(lot._fields["sectoral_condition"].selection)
        if condition not in (None, False, "") and condition not in conditions:
            raise ValidationError(self.env._("Choose the object's condition."))
        loan = lot.sectoral_current_loan_id
        if not loan:
            raise ValidationError(
                self.env._("%(object)s is not on loan.", object=lot.display_name)
            )
        loan.action_return(missing=missing or {}, damage=damage or None)
        if condition:
            # the desk notes the condition without the right to edit the objects
            lot.sudo().sectoral_condition = condition
        return {
            "object": lot.product_id.name,
            "member": loan.partner_id.name,
            "to_settle": loan.to_settle,
            "repair": bool(loan.sudo().repair_id),
            "next_member": lot.sectoral_hold_ids.filtered(
                lambda hold: hold.state == "ready"
            ).partner_id.name
            or "",
        }
