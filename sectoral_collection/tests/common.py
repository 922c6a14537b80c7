# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import TransactionCase, new_test_user


class CollectionCase(TransactionCase):
    """A reuse site with its locations, an operator and a driver."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.site = cls.env["stock.warehouse"].create(
            {"name": "Site de test", "code": "TST", "reuse_max_weighing_kg": 500}
        )
        cls.site.action_setup_reuse_site()
        cls.intake_location = cls.site.reuse_intake_location_id
        cls.textiles = cls.env.ref("sectoral_base.stream_textiles")
        cls.books = cls.env.ref("sectoral_base.stream_books_media")
        cls.seating = cls.env.ref("sectoral_base.stream_furniture_seating")
        cls.drop_off = cls.env.ref("sectoral_base.channel_drop_off")
        cls.door = cls.env.ref("sectoral_base.channel_door_to_door")
        cls.roll_cage = cls.env.ref("sectoral_collection.container_roll_cage")
        cls.donor = cls.env["res.partner"].create({"name": "Marie Donatrice"})
        cls.operator = new_test_user(
            cls.env, login="op_intake", groups="sectoral_base.group_intake_operator"
        )
        cls.driver = new_test_user(
            cls.env, login="op_driver", groups="sectoral_base.group_driver"
        )

    def _quant_kg(self, stream, location=None):
        return sum(
            self.env["stock.quant"]
            .search(
                [
                    ("product_id", "=", stream.product_id.id),
                    ("location_id", "=", (location or self.intake_location).id),
                ]
            )
            .mapped("quantity")
        )

    def _intake(self, lines, **vals):
        return self.env["sectoral.intake"].create(
            {
                "warehouse_id": self.site.id,
                "channel_id": self.drop_off.id,
                "line_ids": [(0, 0, line) for line in lines],
                **vals,
            }
        )
