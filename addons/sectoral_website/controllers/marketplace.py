# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import request

PAGE_SIZE = 24


class Marketplace(http.Controller):
    """The federation's marketplace: every member's items online, on any member's
    website. Each member sells on its own website (its company, its books, its
    payment providers, its shops): the marketplace lists, the member's website
    sells. The items of other members are read here through the few public facts
    of a published item, never through the visitor's rights on them."""

    def _members(self):
        """The enterprises that sell online: ``{company: website}``."""
        websites = request.env["website"].sudo().search([], order="sequence, id")
        members = {}
        for website in websites:
            members.setdefault(website.company_id, website)
        return members

    def _items_domain(self, members, member=None, stream=None, search=None):
        domain = [
            ("sectoral_label_id", "!=", False),
            ("is_published", "=", True),
            ("sectoral_item_state", "=", "available"),
            ("company_id", "in", [company.id for company in members]),
        ]
        if member:
            domain.append(("company_id", "=", member.id))
        if stream:
            domain.append(("sectoral_label_id.stream_id", "child_of", stream.id))
        if search:
            domain.append(("name", "ilike", search))
        return domain

    @staticmethod
    def _int(value):
        return int(value) if isinstance(value, str) and value.isdigit() else 0

    @http.route(
        ["/marketplace", "/marketplace/page/<int:page>"],
        type="http",
        auth="public",
        website=True,
        sitemap=True,
    )
    def marketplace(self, page=1, member=None, stream=None, search=None, **kwargs):
        env = request.env
        members = self._members()
        member = next(
            (company for company in members if company.id == self._int(member)),
            None,
        )
        stream = env["sectoral.stream"].sudo().browse(self._int(stream)).exists()
        search = (search or "").strip()[:100]
        Product = env["product.template"].sudo()
        domain = self._items_domain(members, member, stream, search)
        total = Product.search_count(domain)
        pager = request.website.pager(
            url="/marketplace",
            total=total,
            page=page,
            step=PAGE_SIZE,
            url_args={
                key: value
                for key, value in {
                    "member": member and member.id,
                    "stream": stream.id,
                    "search": search,
                }.items()
                if value
            },
        )
        products = Product.search(
            domain,
            order="create_date desc, id desc",
            limit=PAGE_SIZE,
            offset=pager["offset"],
        )
        items = []
        for product in products:
            info = Product._sectoral_item_info(product)
            website = members[product.company_id]
            items.append(
                {
                    "product": product,
                    "member": product.company_id.name,
                    "url": self._item_url(website, product),
                    "price": product.list_price,
                    "compare_price": product.compare_list_price,
                    "currency": product.currency_id,
                    **info,
                }
            )
        streams = self._streams(members, member, search)
        return request.render(
            "sectoral_website.marketplace",
            {
                "items": items,
                "pager": pager,
                "members": list(members),
                "member": member,
                "streams": streams,
                "stream": stream,
                "search": search,
                "total": total,
            },
        )

    def _streams(self, members, member, search):
        """The main streams of the items listed, to filter by."""
        Product = request.env["product.template"].sudo()
        listed = Product._search(self._items_domain(members, member, None, search))
        groups = (
            request.env["sectoral.label"]
            .sudo()
            ._read_group(
                [("id", "in", listed.subselect("sectoral_label_id"))], ["stream_id"]
            )
        )
        roots = request.env["sectoral.stream"].sudo()
        for (stream,) in groups:
            while stream.parent_id:
                stream = stream.parent_id
            roots |= stream
        return roots.sorted("name")

    def _item_url(self, website, product):
        """The item's page on its member's website."""
        path = product.website_url
        if website == request.website or not website.domain:
            return path
        return website.get_base_url() + path

    @http.route(
        "/marketplace/image/<int:product_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def item_image(self, product_id, **kwargs):
        """The photo of any member's published item (the visitor's company may not be
        the item's)."""
        product = request.env["product.template"].sudo().browse(product_id).exists()
        if not (
            product
            and product.sectoral_label_id
            and product.is_published
            and product.company_id in self._members()
        ):
            raise NotFound()
        return (
            request.env["ir.binary"]
            ._get_image_stream_from(product, "image_512")
            .get_response(max_age=3600)
        )
