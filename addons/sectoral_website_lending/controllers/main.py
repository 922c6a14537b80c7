# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request
from odoo.tools.misc import format_date


class LendingLibraryPages(http.Controller):
    """The library's catalogue on the website of its enterprise: every object, whether
    it is on the shelf or when it comes back; a member logged in asks for one (the
    desk's own rules, checked by the server)."""

    def _lots(self, lot_id=None):
        """The library's objects on this website (or the one asked for)."""
        company = request.website.company_id
        return (
            request.env["stock.lot"]
            .sudo()
            .search(
                [
                    ("company_id", "=", company.id),
                    ("sectoral_lendable", "=", True),
                    ("sectoral_lending_state", "!=", "retired"),
                    *([("id", "=", lot_id)] if lot_id else []),
                ],
                order="product_id, name",
            )
        )

    def _object(self, lot, partner):
        loan = lot.sectoral_current_loan_id
        holds = lot.sectoral_hold_ids.filtered(
            lambda hold: hold.state in ("waiting", "ready")
        )
        return {
            "lot": lot,
            "name": lot.product_id.name,
            "kind": lot.sectoral_lending_category_id.name or "",
            "state": lot.sectoral_lending_state,
            "back_on": loan and format_date(request.env, loan.date_due),
            "waiting": len(holds),
            "mine": bool(partner and holds.filtered(lambda h: h.partner_id == partner)),
            "deposit": lot.sectoral_deposit,
            "currency": lot.company_id.currency_id,
            "days": lot.sectoral_loan_days,
            "pieces": ", ".join(
                f"{piece.quantity} × {piece.name}"
                for piece in lot.sectoral_kit_piece_ids
            ),
        }

    def _member(self):
        user = request.env.user
        return user.partner_id if not user._is_public() else None

    @http.route("/library", type="http", auth="public", website=True, sitemap=True)
    def library(self, message=None, error=None, **kwargs):
        partner = self._member()
        objects = [self._object(lot, partner) for lot in self._lots()]
        mine = {}
        if partner:
            Loan = request.env["sectoral.lending.loan"].sudo()
            mine = {
                "loans": Loan.search(
                    [("partner_id", "=", partner.id), ("state", "=", "open")]
                ),
                "holds": request.env["sectoral.lending.hold"]
                .sudo()
                .search(
                    [
                        ("partner_id", "=", partner.id),
                        ("state", "in", ("waiting", "ready")),
                    ]
                ),
            }
        return request.render(
            "sectoral_website_lending.library",
            {
                "objects": objects,
                "member": partner,
                "mine": mine,
                "message": (message or "")[:200],
                "error": (error or "")[:300],
            },
        )

    @http.route(
        "/library/image/<int:lot_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def image(self, lot_id, **kwargs):
        lot = self._lots(lot_id)
        if not lot or not lot.sectoral_image:
            raise NotFound()
        return (
            request.env["ir.binary"]
            ._get_image_stream_from(lot, "sectoral_image", width=512, height=512)
            .get_response(max_age=3600)
        )

    @http.route(
        "/library/photo/<int:photo_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def photo(self, photo_id, size=128, **kwargs):
        """One more photo of an object of this website: a thumbnail, or larger."""
        photo = request.env["sectoral.lending.photo"].sudo().browse(photo_id).exists()
        if not photo or not self._lots(photo.lot_id.id):
            raise NotFound()
        side = 1024 if str(size) == "1024" else 128
        return (
            request.env["ir.binary"]
            ._get_image_stream_from(photo, "image_1920", width=side, height=side)
            .get_response(max_age=3600)
        )

    @http.route(
        "/library/hold/<int:lot_id>",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def hold(self, lot_id, **kwargs):
        """A member asks for an object: put aside for them if it is on the shelf,
        else they wait in line."""
        lot = self._lots(lot_id)
        if not lot:
            raise NotFound()
        partner = request.env.user.partner_id
        Hold = (
            request.env["sectoral.lending.hold"]
            .sudo()
            .with_company(request.website.company_id)
        )
        try:
            hold = Hold._sectoral_place(partner, lot)
        except UserError as error:
            return request.redirect_query("/library", {"error": error.args[0]})
        message = (
            request.env._(
                "Put aside for you until %(date)s.",
                date=format_date(request.env, hold.date_expiry),
            )
            if hold.state == "ready"
            else request.env._("You are in line: we write to you when it is back.")
        )
        return request.redirect_query("/library", {"message": message})
