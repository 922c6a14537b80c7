# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.exceptions import ValidationError


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
        """Before paying, each item of the cart is still this cart's."""
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
        for order in self:
            order._sectoral_item_labels().filtered(
                lambda label, order=order: (
                    label.web_order_id == order and label.state == "reserved"
                )
            )._web_release()
        return super()._action_cancel()

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
        picking.action_confirm()
        picking.action_assign()
        return picking
