# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import ValidationError
from odoo.http import request


class ReuseShopPages(http.Controller):
    @http.route(
        "/shop/reuse-site/<int:site_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def reuse_site_items(self, site_id, **kwargs):
        """A shop's page: the website's shop with that shop's items only."""
        value = (
            request.env["product.attribute.value"]
            .sudo()
            .search([("sectoral_warehouse_id", "=", site_id)], limit=1)
        )
        if not value:
            raise NotFound()
        return request.redirect(
            f"/shop?attribute_values={value.attribute_id.id}-{value.id}"
        )

    @http.route(
        "/shop/sectoral/book_round_delivery",
        type="jsonrpc",
        auth="public",
        website=True,
        methods=["POST"],
    )
    def book_round_delivery(self, choice=None, **kwargs):
        """The day the visitor wants their items brought: a place on that round,
        taken at once, or the reason why not."""
        order = request.cart
        if not order or not isinstance(choice, str):
            return {"error": request.env._("Your basket is empty.")}
        # the day is picked under the round's delivery method: that method it is,
        # even if the page's own call setting it has not reached the server yet
        round_delivery = request.env.ref("sectoral_website.carrier_round_delivery")
        if (
            not order._sectoral_is_round_delivery()
            and round_delivery in order._get_delivery_methods()
            and not order.transaction_ids.filtered(
                lambda tx: tx.state not in ("draft", "cancel", "error")
            )
        ):
            order._set_delivery_method(round_delivery.sudo())
        try:
            order._sectoral_book_round_delivery(choice)
        except ValidationError as error:
            return {"error": error.args[0]}
        return {"booked": choice}
