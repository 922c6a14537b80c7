# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models
from odoo.fields import Domain


class Website(models.Model):
    _inherit = "website"

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
