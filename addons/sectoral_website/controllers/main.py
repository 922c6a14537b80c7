# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from werkzeug.exceptions import NotFound

from odoo import http
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
