# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.exceptions import ValidationError
from odoo.tools.misc import format_date


class SaleOrder(models.Model):
    """Bulky items delivered at home by a collection round: the customer picks a day
    among the places the site's rounds still have (the same places the collection
    form offers), taken at once; the delivery is a request of the round's planning,
    and the items leave the shop when the crew has delivered them."""

    _inherit = "sale.order"

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

    def _check_cart_is_ready_to_be_paid(self):
        if self._sectoral_is_round_delivery():
            delivery = self.sectoral_delivery_request_id
            if delivery.state != "new" or not delivery.booked_date:
                raise ValidationError(self.env._("Choose the day of delivery."))
        return super()._check_cart_is_ready_to_be_paid()

    def _action_cancel(self):
        self._sectoral_release_round_delivery()
        return super()._action_cancel()

    def _sectoral_delivery(self, site, labels):
        picking = super()._sectoral_delivery(site, labels)
        if self.sectoral_delivery_date:
            picking.scheduled_date = self.sectoral_delivery_date
        return picking

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
