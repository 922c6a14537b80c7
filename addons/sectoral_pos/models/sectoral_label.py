# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models
from odoo.tools import SQL

# What the till keeps of each labelled item on its shop's floor, in this order.
LABEL_INDEX_FIELDS = (
    "id",
    "price",
    "is_free",
    "stream_id",
    "weight_kg",
    "label_date",
    "description",
)


class SectoralLabel(models.Model):
    """The till finds a scanned item by its label at once, even offline, without
    loading thousands of records when it opens: right after opening, it fetches a
    compact index of the items on its shop's floor (one short row each; the label's
    number is in its barcode). An item labelled since is read from the server."""

    _name = "sectoral.label"
    _inherit = ["sectoral.label", "pos.load.mixin"]

    @api.model
    def _load_pos_data_domain(self, data, config):
        # the items on the floor come through pos_label_index; only those of the
        # orders the till reopens come with its data
        label_ids = {
            line["sectoral_label_id"]
            for line in data.get("pos.order.line", [])
            if line.get("sectoral_label_id")
        }
        return [("id", "in", list(label_ids))] if label_ids else False

    @api.model
    def _load_pos_data_fields(self, config):
        return [
            "id",
            "barcode",
            "description",
            "price",
            "is_free",
            "stream_id",
            "weight_kg",
            "label_date",
            "state",
        ]

    def _till_discount(self, config, social, on_date):
        """The discount the till gives this label on a date: its markdown, combined
        with the till's solidarity discount when the order has the solidarity tariff
        (the till's sectoralLabelDiscount mirrors it offline)."""
        self.ensure_one()
        markdown = self._markdown_pct(on_date)
        solidarity = (config.sectoral_social_discount_pct or 0.0) if social else 0.0
        return round(100 * (1 - (1 - markdown / 100) * (1 - solidarity / 100)), 2)

    def _till_net_price(self, config, social, on_date):
        self.ensure_one()
        discount = self._till_discount(config, social, on_date)
        return self.currency_id.round(self.price * (1 - discount / 100))

    @api.model
    def pos_label_index(self, config_id):
        """The labelled items on sale at the till's shop: ``{fields, rows}``, one row
        per item, in the order of ``fields``."""
        config = self.env["pos.config"].browse(config_id)
        config.check_access("read")
        self.check_access("read")
        self.flush_model()
        site = config.sectoral_warehouse_id
        self.env.cr.execute(
            SQL(
                """SELECT id, price, is_free, stream_id, weight_kg,
                          to_char(label_date, 'YYYY-MM-DD'), description
                     FROM sectoral_label
                    WHERE state = 'available' AND company_id = %s
                      AND (%s IS NULL OR warehouse_id = %s)""",
                config.company_id.id,
                site.id or None,
                site.id or None,
            )
        )
        return {
            "fields": list(LABEL_INDEX_FIELDS),
            "rows": [
                [id_, float(price or 0), free, stream, float(kg or 0), day, text]
                for id_, price, free, stream, kg, day, text in self.env.cr.fetchall()
            ],
        }
