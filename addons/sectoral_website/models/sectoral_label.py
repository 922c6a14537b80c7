# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import io

from markupsafe import Markup, escape
from PIL import Image, ImageDraw, ImageFont

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step


class SectoralLabel(models.Model):
    """A labelled item has one life: on the shop floor, in somebody's cart on the
    website (reserved), sold at a till or online. The website sells it as a product of
    its own (one per item), whose visibility follows the label's state."""

    _inherit = "sectoral.label"

    state = fields.Selection(
        selection_add=[("reserved", "Reserved online"), ("sold",)],
        ondelete={"reserved": lambda labels: labels._web_release()},
    )
    web_order_id = fields.Many2one(
        "sale.order",
        "Reserved in",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The website cart or order that holds the item.",
    )
    web_product_id = fields.Many2one(
        "product.template",
        "Online product",
        compute="_compute_web_product_id",
        help="The product page of the item on the website.",
    )
    web_dimensions = fields.Char(
        "Dimensions", help="As a visitor needs them, e.g. 80 x 45 x 120 cm."
    )
    is_published_online = fields.Boolean(
        "Online", compute="_compute_web_product_id", search="_search_published_online"
    )

    # the cart that holds the item is the workflow's to say, as the state
    _workflow_fields = frozenset({"state", "barcode", "client_token", "web_order_id"})

    def _compute_web_product_id(self):
        products = (
            self.env["product.template"]
            .sudo()
            .with_context(active_test=False)
            .search([("sectoral_label_id", "in", self.ids)])
        )
        by_label = {product.sectoral_label_id.id: product for product in products}
        for label in self:
            product = by_label.get(label.id, self.env["product.template"])
            label.web_product_id = product
            label.is_published_online = bool(product.is_published)

    def _search_published_online(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Search the items online with yes or no."))
        products = (
            self.env["product.template"]
            .sudo()
            .search([("sectoral_label_id", "!=", False), ("is_published", "=", True)])
        )
        ids = products.mapped("sectoral_label_id").ids
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", ids)]

    # --- publishing ---
    def action_publish_online(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Publish online"),
            "res_model": "sectoral.label.publish",
            "view_mode": "form",
            "target": "new",
            "context": {"default_label_id": self.id},
        }

    def action_unpublish_online(self):
        # the product is written as superuser: whoever takes it off the website must
        # be allowed to change the label
        self.check_access("write")
        self.web_product_id.sudo().is_published = False
        # computed from the products, not from fields of the label
        self.invalidate_recordset(["web_product_id", "is_published_online"])

    def _check_publishable(self):
        for label in self:
            if label.state != "available":
                raise UserError(
                    self.env._(
                        "Label %(barcode)s is not on the shop floor: only an item on "
                        "sale can be published.",
                        barcode=label.barcode,
                    )
                )
            if label.is_free or not label.price:
                raise UserError(
                    self.env._(
                        "Label %(barcode)s has no price: a free item is given at the "
                        "shop, not sold online.",
                        barcode=label.barcode,
                    )
                )

    def _web_publish(self, image=None, dimensions=None, description=None):
        """Put the item on the website, or update its page: its photo, dimensions and
        a few words; its price follows the label's markdown of the day."""
        self.ensure_one()
        self.check_access("write")
        self._check_publishable()
        vals = {}
        if description is not None:
            vals["description"] = description.strip()[:200] or False
        if dimensions is not None:
            vals["web_dimensions"] = dimensions.strip()[:80] or False
        if vals:
            self.write(vals)
        product_vals = self._web_product_vals()
        if image:
            product_vals["image_1920"] = image
        product = self.web_product_id.sudo()
        if product:
            product.write(product_vals)
        else:
            with workflow_step():
                product = (
                    self.env["product.template"]
                    .sudo()
                    .create({**product_vals, "sectoral_label_id": self.id})
                )
        self.invalidate_recordset(["web_product_id", "is_published_online"])
        return product

    def _web_product_vals(self):
        self.ensure_one()
        stream = self.stream_id
        price = self.price_on()
        vals = {
            "name": self.description or stream.name,
            "type": "consu",
            "is_storable": False,
            "sale_ok": True,
            "purchase_ok": False,
            "default_code": self.barcode,
            "list_price": price,
            "compare_list_price": self.price if price < self.price else 0.0,
            "taxes_id": [fields.Command.set(stream.product_id.taxes_id.ids)],
            "categ_id": stream.product_id.categ_id.id,
            "company_id": self.company_id.id,
            "weight": self.weight_kg,
            "description_ecommerce": self._web_description(),
            "public_categ_ids": [fields.Command.set(self._web_public_category().ids)],
            "is_published": True,
        }
        lines = self._web_attribute_lines()
        if lines:
            vals["attribute_line_ids"] = lines
        return vals

    def _web_description(self):
        parts = []
        if self.web_dimensions:
            parts.append(
                Markup("<p><strong>%s</strong> %s</p>")
                % (self.env._("Dimensions:"), escape(self.web_dimensions))
            )
        return Markup("").join(parts) or False

    def _web_public_category(self):
        """The eCommerce category of the item's stream (the top one: textiles,
        furniture...), made once per stream and company's website."""
        stream = self.stream_id
        while stream.parent_id:
            stream = stream.parent_id
        Category = self.env["product.public.category"].sudo()
        category = Category.search([("sectoral_stream_id", "=", stream.id)], limit=1)
        if not category:
            category = Category.create(
                {"name": stream.name, "sectoral_stream_id": stream.id}
            )
            for lang in self.env["res.lang"].get_installed():
                translated = stream.with_context(lang=lang[0]).name
                category.with_context(lang=lang[0]).name = translated
        return category

    def _web_attribute_lines(self):
        """The shop and the grade as attributes of the product (one value each, no
        variant): Odoo's shop filters by them."""
        lines = []
        for attribute, value in (
            (self.env.ref("sectoral_website.attribute_shop"), self._web_shop_value()),
            (self.env.ref("sectoral_website.attribute_grade"), self._web_grade_value()),
        ):
            if not value:
                continue
            existing = self.web_product_id.sudo().attribute_line_ids.filtered(
                lambda line, attribute=attribute: line.attribute_id == attribute
            )
            if existing:
                lines.append(
                    fields.Command.update(
                        existing.id, {"value_ids": [fields.Command.set(value.ids)]}
                    )
                )
            else:
                lines.append(
                    fields.Command.create(
                        {
                            "attribute_id": attribute.id,
                            "value_ids": [fields.Command.set(value.ids)],
                        }
                    )
                )
        return lines

    def _web_shop_value(self):
        site = self.warehouse_id or self.session_id.warehouse_id
        if not site:
            return self.env["product.attribute.value"]
        Value = self.env["product.attribute.value"].sudo()
        value = Value.search([("sectoral_warehouse_id", "=", site.id)], limit=1)
        if not value:
            value = Value.create(
                {
                    "name": site.name,
                    "attribute_id": self.env.ref("sectoral_website.attribute_shop").id,
                    "sectoral_warehouse_id": site.id,
                }
            )
        return value

    def _web_grade_value(self):
        if not self.grade:
            return self.env["product.attribute.value"]
        return (
            self.env.ref(f"sectoral_website.grade_{self.grade}", False)
            or self.env["product.attribute.value"]
        )

    @api.model
    def _cron_web_prices(self):
        """Each morning the items online take the markdown of the day."""
        products = (
            self.env["product.template"]
            .sudo()
            .search(
                [
                    ("sectoral_label_id", "!=", False),
                    ("sectoral_item_state", "in", ("available", "reserved")),
                ]
            )
        )
        for product in products:
            label = product.sectoral_label_id
            price = label.price_on()
            if product.currency_id.compare_amounts(product.list_price, price):
                product.write(
                    {
                        "list_price": price,
                        "compare_list_price": label.price
                        if price < label.price
                        else 0.0,
                    }
                )

    @api.model
    def pos_label_states(self, label_ids):
        """The states of labels a till scans: ``{id: state}``."""
        if not isinstance(label_ids, list) or not all(
            isinstance(i, int) for i in label_ids
        ):
            raise UserError(self.env._("Which labels?"))
        labels = self.browse(label_ids[:100]).exists()
        labels.check_access("read")
        return {label.id: label.state for label in labels}

    # --- one item, one life ---
    def _web_reserve(self, order):
        """Reserve the item for a website cart: at once and for one cart only, so
        that of two visitors (or a visitor and a till) one wins and the other is told.
        Returns whether this cart holds it."""
        self.ensure_one()
        if self.web_order_id == order and self.state == "reserved":
            return True
        self.flush_recordset(["state", "web_order_id"])
        self.env.cr.execute(
            SQL(
                """UPDATE sectoral_label
                      SET state = 'reserved', web_order_id = %s,
                          write_uid = %s, write_date = now() AT TIME ZONE 'UTC'
                    WHERE id = %s AND state = 'available'
                RETURNING id""",
                order.id,
                self.env.uid,
                self.id,
            )
        )
        won = bool(self.env.cr.fetchone())
        self.invalidate_recordset(["state", "web_order_id"])
        if won:
            # what depends on the state (the product's visibility) follows
            self.modified(["state", "web_order_id"])
        return won

    def _web_release(self):
        """Back on sale: the cart was emptied, cancelled or expired, or the order
        was not collected."""
        kept = self.filtered(lambda label: label.state in ("reserved", "sold"))
        kept._workflow_write({"state": "available", "web_order_id": False})

    def _web_sell(self, order):
        """Sold online: the item leaves the website and the shop's list of items."""
        mine = self.filtered(
            lambda label: label.state == "reserved" and label.web_order_id == order
        )
        lost = self - mine
        if lost:
            raise UserError(
                self.env._(
                    "%(items)s: no longer reserved for this order (sold at a shop or "
                    "the cart expired).",
                    items=", ".join(lost.mapped("barcode")),
                )
            )
        mine._workflow_write({"state": "sold"})

    def _web_refusal(self):
        """Why a visitor cannot take the item now, in their language."""
        self.ensure_one()
        if self.state == "reserved":
            return self.env._(
                "Somebody has just put this item in their basket: it comes back if "
                "they do not buy it."
            )
        return self.env._("This item has just been sold: it is unique.")

    # --- demo ---
    @api.model
    def _demo_publish_online(self, company_id):
        """The demo's priced items on sale, published with a picture of their
        stream; Odoo's own demo products leave the website, which sells the
        ressourcerie's items."""
        self.env["product.template"].search(
            [("is_published", "=", True), ("sectoral_label_id", "=", False)]
        ).is_published = False
        company = self.env["res.company"].browse(company_id)
        websites = self.env["website"].search([("company_id", "=", company.id)])
        if company.logo:
            websites.logo = company.logo
        labels = self.search(
            [
                ("company_id", "=", company_id),
                ("state", "=", "available"),
                ("is_free", "=", False),
                ("price", ">", 0),
            ]
        )
        dimensions = {"FUR-SEAT": "60 x 70 x 95 cm"}
        for label in labels:
            label._web_publish(
                image=self._demo_photo(label.stream_id),
                dimensions=dimensions.get(label.stream_id.code, ""),
            )

    @api.model
    def _demo_photo(self, stream):
        """A square picture of the stream's icon on a soft colour (PNG, base64)."""
        colours = ["#e8f5e9", "#fff3e0", "#e3f2fd", "#fce4ec", "#f3e5f5"]
        image = Image.new("RGB", (600, 600), colours[stream.id % len(colours)])
        try:
            font = ImageFont.truetype(
                "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf", 109
            )
            icon = Image.new("RGBA", (160, 160), (0, 0, 0, 0))
            ImageDraw.Draw(icon).text(
                (10, 10), stream.icon or "📦", font=font, embedded_color=True
            )
            icon = icon.resize((360, 360))
            image.paste(icon, (120, 120), icon)
        except OSError:
            ImageDraw.Draw(image).text((40, 280), stream.name, fill="#2e7d32")
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        return base64.b64encode(buffer.getvalue())
