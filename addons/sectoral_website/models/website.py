# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.fields import Domain


class Website(models.Model):
    _inherit = "website"

    sectoral_collect_days = fields.Integer(
        "Days to collect and pay at the shop",
        default=7,
        help="An order to pay at the shop waits this long for its customer; then it is "
        "cancelled and its items are back on sale (0: it waits until the shop cancels "
        "it).",
    )

    _sectoral_collect_days_positive = models.Constraint(
        "CHECK (sectoral_collect_days >= 0)",
        "The days to collect an order cannot be negative.",
    )

    def _product_domain(self):
        """An item sold (at a till or online) or withdrawn leaves the website; one in
        somebody's cart stays, marked reserved."""
        return Domain.AND(
            [
                super()._product_domain(),
                Domain("sectoral_label_id", "=", False)
                | Domain("sectoral_item_state", "in", ("available", "reserved")),
            ]
        )
