# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PosConfig(models.Model):
    """A till of a reuse shop: the site it sells from, its solidarity tariff, its
    donation product and the bounds that catch typing errors."""

    _inherit = "pos.config"

    sectoral_warehouse_id = fields.Many2one(
        "stock.warehouse",
        "Reuse site",
        check_company=True,
        domain="[('is_reuse_site', '=', True)]",
        help="The shop this till sells from: its labelled items are loaded at the "
        "till, and sales leave from its shop location.",
    )
    sectoral_social_pricelist_id = fields.Many2one(
        "product.pricelist",
        "Solidarity tariff",
        check_company=True,
        help="Applied to beneficiaries presenting a valid card.",
    )
    sectoral_social_discount_pct = fields.Float(
        "Solidarity discount on labelled items (%)",
        help="Labelled items carry their own price: beneficiaries get this discount "
        "on it, on top of any markdown.",
    )
    sectoral_donation_product_id = fields.Many2one(
        "product.product",
        "Donation product",
        check_company=True,
        help="Its income account receives the donations made at the till.",
    )
    sectoral_max_weight_kg = fields.Float(
        "Largest sale by weight (kg)",
        default=50.0,
        help="A weight above this is refused at the till as a typing error.",
    )
    sectoral_price_floor = fields.Monetary(
        "Lowest price",
        currency_field="currency_id",
        help="A line sold below this price is refused at the till (free labelled "
        "items and donations aside). Zero: no floor.",
    )

    _sectoral_social_discount_range = models.Constraint(
        "CHECK (sectoral_social_discount_pct BETWEEN 0 AND 100)",
        "A solidarity discount is between 0 and 100 %.",
    )
    _sectoral_max_weight_positive = models.Constraint(
        "CHECK (sectoral_max_weight_kg > 0)",
        "The largest sale by weight must be above zero.",
    )
    _sectoral_price_floor_positive = models.Constraint(
        "CHECK (sectoral_price_floor >= 0)", "The lowest price cannot be negative."
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._sectoral_picking_type_of_site(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._sectoral_picking_type_of_site(vals)
        return super().write(vals)

    @api.model
    def _sectoral_picking_type_of_site(self, vals):
        """A till of a reuse site sells from the site's shop location (the site gets
        its shop-sales operation type if it has none yet)."""
        if vals.get("sectoral_warehouse_id"):
            site = self.env["stock.warehouse"].browse(vals["sectoral_warehouse_id"])
            if site.is_reuse_site and not site.reuse_pos_type_id:
                site.sudo()._sectoral_ensure_shop_sales()
            if site.reuse_pos_type_id:
                vals["picking_type_id"] = site.reuse_pos_type_id.id

    @api.constrains("sectoral_warehouse_id", "picking_type_id")
    def _check_sectoral_picking_type(self):
        for config in self.filtered("sectoral_warehouse_id"):
            shop = config.sectoral_warehouse_id.reuse_shop_location_id
            source = config.picking_type_id.default_location_src_id
            if shop and source != shop:
                raise ValidationError(
                    self.env._(
                        "%(till)s sells from %(site)s: its operation type must take "
                        "the goods from the shop location (%(shop)s), not from "
                        "%(origin)s.",
                        till=config.name,
                        site=config.sectoral_warehouse_id.name,
                        shop=shop.display_name,
                        origin=source.display_name,
                    )
                )

    @api.constrains(
        "sectoral_social_pricelist_id", "available_pricelist_ids", "use_pricelist"
    )
    def _check_sectoral_social_pricelist(self):
        for config in self.filtered("sectoral_social_pricelist_id"):
            if (
                config.sectoral_social_pricelist_id
                not in config.available_pricelist_ids
            ):
                raise ValidationError(
                    self.env._(
                        "The solidarity tariff %(pricelist)s must be one of the "
                        "pricelists available at %(till)s.",
                        pricelist=config.sectoral_social_pricelist_id.display_name,
                        till=config.name,
                    )
                )

    def _get_special_products(self):
        """Loaded at the till but kept out of its product list: the donation product
        (added by the donation button) and the streams' stock products that are not
        sold from the list (a scanned label sells them)."""
        # read at every opening of a till, twice: two short queries
        donations = (
            self.env["pos.config"]
            .sudo()
            .search_fetch(
                [("sectoral_donation_product_id", "!=", False)],
                ["sectoral_donation_product_id"],
            )
            .sectoral_donation_product_id
        )
        streams = (
            self.env["sectoral.stream"]
            .sudo()
            .search_fetch([], ["product_id"])
            .product_id.filtered_domain([("available_in_pos", "=", False)])
        )
        return super()._get_special_products() | donations | streams
