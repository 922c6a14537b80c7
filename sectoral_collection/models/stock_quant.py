# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class StockQuant(models.Model):
    _inherit = "stock.quant"

    @api.model
    def _update_available_quantity(
        self,
        product_id,
        location_id,
        quantity=False,
        reserved_quantity=False,
        lot_id=None,
        package_id=None,
        owner_id=None,
        in_date=None,
    ):
        """An intake's kilograms each make a quant of their own, at the site's intake
        location and at the donations' source, rather than adding to the stream's
        quant there: several tablets of a site validate intakes of the same streams
        at the same instant, and concurrent updates of one quant row make PostgreSQL
        refuse all but one (Odoo replays them after a pause, seconds for the
        slowest). Inserting rows never conflicts. Odoo's nightly quant tasks merge
        them; sorting reserves from them like from any quant."""
        if not (
            self.env.context.get("sectoral_intake_quants")
            and quantity
            and not reserved_quantity
            and not (lot_id or package_id or owner_id)
            and product_id.is_storable
        ):
            return super()._update_available_quantity(
                product_id,
                location_id,
                quantity=quantity,
                reserved_quantity=reserved_quantity,
                lot_id=lot_id,
                package_id=package_id,
                owner_id=owner_id,
                in_date=in_date,
            )
        in_date = in_date or fields.Datetime.now()
        self.sudo().create(
            {
                "product_id": product_id.id,
                "location_id": location_id.id,
                "quantity": quantity,
                "in_date": in_date,
            }
        )
        return (
            self._get_available_quantity(
                product_id,
                location_id,
                lot_id=lot_id,
                package_id=package_id,
                owner_id=owner_id,
                strict=True,
                allow_negative=True,
            ),
            in_date,
        )

    @api.model
    def _sectoral_merge(self, location, products):
        """One quant per stream again at ``location`` (the intake pile), once
        something took from it: what is taken comes off one quant, the pile's
        intakes each have theirs. The oldest date stays, as the pile's age."""
        quants = self.sudo().search(
            [
                ("location_id", "=", location.id),
                ("product_id", "in", products.ids),
                ("lot_id", "=", False),
                ("package_id", "=", False),
                ("owner_id", "=", False),
                ("reserved_quantity", "=", 0),
            ],
            order="in_date, id",
        )
        for product in quants.product_id:
            group = quants.filtered(lambda q, p=product: q.product_id == p)
            if len(group) < 2:
                continue
            keep, rest = group[0], group[1:]
            keep.write(
                {
                    "quantity": sum(group.mapped("quantity")),
                    "in_date": min(group.mapped("in_date")),
                }
            )
            rest.write({"quantity": 0})
        self.flush_model(["quantity", "in_date"])
        self._unlink_zero_quants()
