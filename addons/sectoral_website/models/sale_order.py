# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools.misc import format_date

from .payment_provider import PAY_AT_SHOP


class SaleOrder(models.Model):
    _inherit = "sale.order"

    sectoral_item_picking_ids = fields.One2many(
        "stock.picking",
        "sectoral_web_order_id",
        "Items to hand over",
        help="The items sold online leave their shops through these transfers.",
    )
    sectoral_item_picking_count = fields.Integer(
        "Item transfers", compute="_compute_sectoral_item_picking_count"
    )
    sectoral_delivery_request_id = fields.Many2one(
        "sectoral.collection.request",
        "Round delivery",
        copy=False,
        readonly=True,
        index="btree_not_null",
        help="The delivery of this order on a collection round.",
    )
    sectoral_delivery_date = fields.Date(
        "Delivery day", related="sectoral_delivery_request_id.booked_date"
    )

    def _compute_sectoral_item_picking_count(self):
        for order in self:
            order.sectoral_item_picking_count = len(order.sectoral_item_picking_ids)

    def action_view_sectoral_item_pickings(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "stock.action_picking_tree_all"
        )
        action["domain"] = [("sectoral_web_order_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def _verify_updated_quantity(
        self, order_line, product_id, new_qty, uom_id, **kwargs
    ):
        """A unique item goes in one cart, once: reserved for it at once, refused with
        the reason when another cart or a till has it."""
        product = self.env["product.product"].browse(product_id)
        label = product.product_tmpl_id.sudo().sectoral_label_id
        if not label or new_qty <= 0:
            return super()._verify_updated_quantity(
                order_line, product_id, new_qty, uom_id, **kwargs
            )
        if not label._web_reserve(self):
            return 0, label._web_refusal()
        warning = ""
        if new_qty > 1:
            new_qty, warning = (
                1,
                self.env._("This item is unique: one is all there is."),
            )
        return new_qty, warning

    def _get_preferred_delivery_method(self, available_delivery_methods):
        """A basket of unique items is collected at their shop unless the visitor
        chose another way."""
        collect = self.env.ref(
            "sectoral_website.carrier_click_collect", raise_if_not_found=False
        )
        if (
            not self.carrier_id
            and collect in available_delivery_methods
            and self._sectoral_item_labels()
        ):
            return collect
        return super()._get_preferred_delivery_method(available_delivery_methods)

    def _sectoral_collect_sites(self):
        """The shops where the unique items of a click-and-collect order wait."""
        if self.carrier_id != self.env.ref(
            "sectoral_website.carrier_click_collect", raise_if_not_found=False
        ):
            return self.env["stock.warehouse"]
        labels = self._sectoral_item_labels()
        return labels.warehouse_id | labels.session_id.warehouse_id

    def _sectoral_item_labels(self):
        return self.order_line._sectoral_labels()

    def _check_cart_is_ready_to_be_paid(self):
        """Before paying, each item of the cart is still this cart's, and a delivery
        on a round has its day."""
        if self._sectoral_is_round_delivery():
            delivery = self.sectoral_delivery_request_id
            if delivery.state != "new" or not delivery.booked_date:
                raise ValidationError(self.env._("Choose the day of delivery."))
        lost = self._sectoral_item_labels().filtered(
            lambda label: label.web_order_id != self or label.state != "reserved"
        )
        if lost:
            raise ValidationError(
                self.env._(
                    "%(items)s can no longer be bought: remove it from your basket.",
                    items=", ".join(
                        lost.mapped(
                            lambda label: label.web_product_id.name or label.barcode
                        )
                    ),
                )
            )
        return super()._check_cart_is_ready_to_be_paid()

    def _action_confirm(self):
        for order in self:
            order._sectoral_item_labels()._web_sell(order)
        res = super()._action_confirm()
        self._sectoral_deliver_items()
        return res

    def _action_cancel(self):
        """A basket given up, or an order not collected and cancelled by the shop:
        its items not handed over are back on sale, its place on a round given back."""
        self._sectoral_release_round_delivery()
        for order in self:
            settled = order.order_line.sudo().sectoral_till_line_ids.filtered(
                lambda line: line.order_id.state not in ("draft", "cancel")
            )
            handed_over = order.sectoral_item_picking_ids.move_ids.filtered(
                lambda move: move.state == "done"
            ).mapped("description_picking")
            labels = order._sectoral_item_labels().filtered(
                lambda label, order=order, handed_over=handed_over: (
                    label.web_order_id == order
                    and label.state in ("reserved", "sold")
                    and label.barcode not in handed_over
                )
            )
            labels -= settled.sectoral_label_id
            order.sectoral_item_picking_ids.filtered(
                lambda picking: picking.state not in ("done", "cancel")
            ).sudo().action_cancel()
            labels._web_release()
        return super()._action_cancel()

    @api.model
    def _cron_sectoral_release_uncollected(self):
        """Orders to pay at the shop that nobody came for in time are cancelled:
        their items are back on sale."""
        now = fields.Datetime.now()
        for website in self.env["website"].search([("sectoral_collect_days", ">", 0)]):
            waiting = self.search(
                [
                    ("website_id", "=", website.id),
                    ("state", "=", "sale"),
                    (
                        "date_order",
                        "<",
                        now - timedelta(days=website.sectoral_collect_days),
                    ),
                    ("transaction_ids.provider_id.custom_mode", "=", PAY_AT_SHOP),
                    (
                        "sectoral_item_picking_ids.state",
                        "in",
                        ("waiting", "confirmed", "assigned"),
                    ),
                ]
            )
            for order in waiting.filtered(
                lambda order: (
                    not order._sectoral_paid_online()
                    and not order.order_line.sudo().sectoral_till_line_ids
                )
            ):
                order._action_cancel()
                order.message_post(
                    body=self.env._(
                        "Not collected within %(days)s days: cancelled, its items are "
                        "back on sale.",
                        days=website.sectoral_collect_days,
                    ),
                    subtype_xmlid="mail.mt_note",
                )
                if order.partner_id.email:
                    # the customer is told, in the order's chatter too
                    order.message_post_with_source(
                        "sectoral_website.mail_template_order_uncollected",
                        subtype_xmlid="mail.mt_comment",
                    )

    # --- paying and collecting ---
    def _sectoral_is_click_collect(self):
        return self.carrier_id == self.env.ref(
            "sectoral_website.carrier_click_collect", raise_if_not_found=False
        )

    def _sectoral_may_pay_at_shop(self):
        """Paying at the shop is for baskets of items collected there."""
        return (
            len(self) == 1
            and self._sectoral_is_click_collect()
            and bool(self._sectoral_item_labels())
        )

    def _sectoral_paid_online(self):
        self.ensure_one()
        return (
            self.currency_id.compare_amounts(self.amount_paid, self.amount_total) >= 0
        )

    def _sectoral_settled_at_till(self):
        """Every item of the order paid at a till (the order was not paid online)."""
        self.ensure_one()
        item_lines = self.order_line.filtered(lambda line: line._sectoral_labels())
        return bool(item_lines) and all(
            line.sudo().sectoral_till_line_ids.filtered(
                lambda till: till.order_id.state not in ("draft", "cancel")
            )
            for line in item_lines
        )

    @api.model
    def _sectoral_till_shop(self, config_id):
        """The shop of a till its cashier works at, or an error."""
        if not self.env.user.has_group("point_of_sale.group_pos_user"):
            raise AccessError(self.env._("Only cashiers hand over online orders."))
        config = self.env["pos.config"].browse(config_id).exists()
        if not config:
            raise UserError(self.env._("This till does not exist."))
        config.check_access("read")
        if not config.sectoral_warehouse_id:
            raise UserError(self.env._("This till is not in a shop."))
        return config.sectoral_warehouse_id

    @api.model
    def sectoral_pos_collect_orders(self, config_id):
        """The web orders whose items wait at this till's shop, for the cashier (who
        may have no rights on sales): what to hand over, what is still to pay."""
        if not isinstance(config_id, int):
            raise UserError(self.env._("Which till?"))
        shop = self._sectoral_till_shop(config_id)
        pickings = (
            self.env["stock.picking"]
            .sudo()
            .search(
                [
                    ("sectoral_web_order_id", "!=", False),
                    ("location_id", "=", shop.reuse_shop_location_id.id),
                    ("state", "not in", ("draft", "done", "cancel")),
                ],
                order="scheduled_date, id",
                limit=200,
            )
        )
        result = []
        for order, order_pickings in pickings.grouped("sectoral_web_order_id").items():
            if order._sectoral_is_round_delivery():
                continue  # brought by a round, not collected
            waiting = set(
                order_pickings.move_ids.filtered(
                    lambda move: move.state not in ("done", "cancel")
                ).mapped("description_picking")
            )
            items = []
            for line in order.order_line:
                label = line._sectoral_labels()
                if not label or label.barcode not in waiting:
                    continue
                items.append(
                    {
                        "line_id": line.id,
                        "label_id": label.id,
                        "barcode": label.barcode,
                        "name": line.product_id.name,
                        "price": order.currency_id.round(line.price_reduce_taxinc),
                    }
                )
            if not items:
                continue
            paid = order._sectoral_paid_online()
            result.append(
                {
                    "id": order.id,
                    "name": order.name,
                    "partner": order.partner_id.name or "",
                    "phone": order.partner_id.phone or "",
                    "date": fields.Datetime.to_string(order.date_order),
                    "paid": paid,
                    "to_pay": 0.0 if paid else sum(item["price"] for item in items),
                    "items": items,
                }
            )
        return result

    def sectoral_pos_hand_over(self, config_id):
        """The customer has their paid items: the shop's transfer is done (counted
        as reused)."""
        if not isinstance(config_id, int):
            raise UserError(self.env._("Which till?"))
        shop = self._sectoral_till_shop(config_id)
        self.ensure_one()
        order = self.sudo()
        if order.company_id != shop.company_id:
            raise UserError(self.env._("This order is not one of this shop's."))
        if order.state != "sale" or not order._sectoral_paid_online():
            raise UserError(
                self.env._(
                    "%(order)s is not paid: take the payment at the till first.",
                    order=order.name,
                )
            )
        pickings = order.sectoral_item_picking_ids.filtered(
            lambda picking: (
                picking.location_id == shop.reuse_shop_location_id
                and picking.state not in ("draft", "done", "cancel")
            )
        )
        if not pickings:
            raise UserError(
                self.env._(
                    "%(order)s has nothing waiting in this shop.", order=order.name
                )
            )
        for move in pickings.move_ids.filtered(
            lambda move: move.state not in ("done", "cancel")
        ):
            move.quantity = move.product_uom_qty
            move.picked = True
        pickings.with_context(skip_backorder=True, cancel_backorder=True)._action_done()
        order.message_post(
            body=Markup("%s")
            % self.env._(
                "Handed over at %(shop)s by %(cashier)s.",
                shop=shop.name,
                cashier=self.env.user.name,
            ),
            subtype_xmlid="mail.mt_note",
        )
        return True

    def _sectoral_deliver_items(self):
        """The kilograms of the items sold leave their shop as a till sale does: one
        delivery per shop, from its shop floor to the customer, by stream, ready to
        be handed over (then counted as reused)."""
        for order in self:
            labels = order._sectoral_item_labels()
            by_site = {}
            for label in labels:
                site = label.warehouse_id or label.session_id.warehouse_id
                by_site.setdefault(site, self.env["sectoral.label"])
                by_site[site] |= label
            for site, site_labels in by_site.items():
                order._sectoral_delivery(site, site_labels)

    def _sectoral_delivery(self, site, labels):
        self.ensure_one()
        Picking = self.env["stock.picking"].sudo()
        customers = self.partner_shipping_id.property_stock_customer or self.env.ref(
            "stock.stock_location_customers"
        )
        picking = Picking.create(
            {
                "picking_type_id": site.out_type_id.id,
                "location_id": site.reuse_shop_location_id.id,
                "location_dest_id": customers.id,
                "partner_id": self.partner_shipping_id.id,
                "origin": self.name,
                # not sale_id: Odoo would add the stream's kilograms to the order as
                # lines of their own when the delivery is validated
                "sectoral_web_order_id": self.id,
                "company_id": self.company_id.id,
                "move_ids": [
                    fields.Command.create(
                        {
                            "product_id": label.stream_id.product_id.id,
                            "product_uom": label.stream_id.product_id.uom_id.id,
                            "product_uom_qty": label.weight_kg,
                            "location_id": site.reuse_shop_location_id.id,
                            "location_dest_id": customers.id,
                            "company_id": self.company_id.id,
                            "sectoral_stream_id": label.stream_id.id,
                            "description_picking": label.barcode,
                        }
                    )
                    for label in labels
                ],
            }
        )
        if self.sectoral_delivery_date:
            picking.scheduled_date = self.sectoral_delivery_date
        picking.action_confirm()
        picking.action_assign()
        return picking

    # --- home delivery on a round ---
    # Bulky items delivered at home by a collection round: the customer picks a day
    # among the places the site's rounds still have (the same places the collection
    # form offers), taken at once; the delivery is a request of the round's planning,
    # and the items leave the shop when the crew has delivered them.
    def _sectoral_is_round_delivery(self):
        return self.carrier_id._sectoral_is_round_delivery()

    def _sectoral_round_site(self):
        """The site whose rounds can bring every item of the order, if one can."""
        self.ensure_one()
        labels = self._sectoral_item_labels()
        sites = labels.warehouse_id | labels.session_id.warehouse_id
        if len(sites) != 1:
            return sites.browse()
        has_slots = (
            self.env["sectoral.collection.slot"]
            .sudo()
            .search_count([("warehouse_id", "=", sites.id)], limit=1)
        )
        return sites if has_slots else sites.browse()

    def _sectoral_round_offer(self):
        """The days the site's rounds can still come: ``[(key, label)]``."""
        self.ensure_one()
        site = self._sectoral_round_site()
        if not site:
            return []
        offer = self.env["sectoral.collection.slot"]._offer(site)
        return [
            (
                f"{slot.id}:{day}",
                self.env._(
                    "%(day)s, %(period)s",
                    day=format_date(self.env, day, date_format="EEEE d MMMM"),
                    period=dict(
                        slot._fields["period"]._description_selection(self.env)
                    )[slot.period].lower(),
                ),
            )
            for slot, day, _left in offer
        ]

    def _sectoral_booked_key(self):
        window = self.sectoral_delivery_request_id.window_ids.filtered(
            "capacity_slot_id"
        )[:1]
        return f"{window.capacity_slot_id.id}:{window.date}" if window else ""

    def _sectoral_book_round_delivery(self, key):
        """Take a place on the round of the day chosen (``<slot id>:<YYYY-MM-DD>``),
        giving back the one taken before."""
        self.ensure_one()
        if (
            self.state not in ("draft", "sent")
            or not self._sectoral_is_round_delivery()
        ):
            raise ValidationError(self.env._("Choose home delivery first."))
        if key not in dict(self._sectoral_round_offer()):
            raise ValidationError(self.env._("Choose one of the days offered."))
        if key == self._sectoral_booked_key():
            return self.sectoral_delivery_request_id
        slot_id, _sep, day = key.partition(":")
        slot = self.env["sectoral.collection.slot"].sudo().browse(int(slot_id))
        day = fields.Date.to_date(day)
        self._sectoral_release_round_delivery()
        slot._take(day)
        delivery = (
            self.env["sectoral.collection.request"]
            .sudo()
            .with_company(self.company_id)
            .create(self._sectoral_round_delivery_vals(slot, day))
        )
        self.sudo().sectoral_delivery_request_id = delivery
        return delivery

    def _sectoral_round_delivery_vals(self, slot, day):
        address = self.partner_shipping_id
        return {
            "kind": "deliver",
            "company_id": self.company_id.id,
            "warehouse_id": slot.warehouse_id.id,
            "partner_id": address.id,
            "contact_name": address.name,
            "phone": address.phone,
            "email": address.email,
            "street": " ".join(filter(None, [address.street, address.street2])),
            "zip": address.zip,
            "city": address.city,
            "country_id": address.country_id.id,
            "note": self.env._("Order %(order)s", order=self.name),
            "window_ids": [
                fields.Command.create(
                    {"date": day, "slot": slot.period, "capacity_slot_id": slot.id}
                )
            ],
            "line_ids": [
                fields.Command.create(
                    {
                        "stream_id": label.stream_id.id,
                        "quantity": 1,
                        "description": f"{label.web_product_id.name or ''} "
                        f"({label.barcode})",
                    }
                )
                for label in self._sectoral_item_labels()
            ],
        }

    def _sectoral_release_round_delivery(self):
        """The place taken is given back (another day chosen, another way of
        getting the items, the basket given up)."""
        deliveries = self.sudo().sectoral_delivery_request_id.filtered(
            lambda delivery: delivery.state in ("new", "scheduled")
        )
        deliveries.action_cancel()
        self.sudo().sectoral_delivery_request_id = False

    def _set_delivery_method(self, delivery_method, rate=None):
        res = super()._set_delivery_method(delivery_method, rate=rate)
        if not delivery_method._sectoral_is_round_delivery():
            self._sectoral_release_round_delivery()
        return res

    def _sectoral_delivered_on_round(self):
        """The crew delivered: the items leave the shop (counted as reused)."""
        for order in self.sudo():
            pickings = order.sectoral_item_picking_ids.filtered(
                lambda picking: picking.state not in ("draft", "done", "cancel")
            )
            for move in pickings.move_ids.filtered(
                lambda move: move.state not in ("done", "cancel")
            ):
                move.quantity = move.product_uom_qty
                move.picked = True
            pickings.with_context(
                skip_backorder=True, cancel_backorder=True
            )._action_done()
