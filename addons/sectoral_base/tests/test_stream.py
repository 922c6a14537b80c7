# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger


@tagged("post_install", "-at_install")
class TestStream(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kg = cls.env.ref("uom.product_uom_kgm")
        cls.Stream = cls.env["sectoral.stream"]

    def test_default_streams_carry_stock_in_kg(self):
        streams = self.Stream.search([])
        self.assertGreaterEqual(len(streams), 17)
        for stream in streams:
            self.assertTrue(stream.product_id.is_storable, stream.code)
            self.assertEqual(stream.product_id.uom_id, self.kg, stream.code)
        seating = self.env.ref("sectoral_base.stream_furniture_seating")
        self.assertEqual(seating.display_name, "Furniture / Seating")
        self.assertEqual(seating.rep_category, "seating")
        self.assertTrue(seating.co2_source, "a factor is never shown without source")

    def test_new_stream_gets_its_product(self):
        stream = self.Stream.create({"name": "Vinyl records", "code": "VINYL"})
        product = stream.product_id
        self.assertEqual(product.name, "Vinyl records")
        self.assertEqual(product.default_code, "VINYL")
        self.assertEqual(product.uom_id, self.kg)
        self.assertEqual(
            product.categ_id, self.env.ref("sectoral_base.product_category_streams")
        )

    def test_product_name_follows_translations(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        stream = self.Stream.create({"name": "Lamps", "code": "LAMP"})
        stream.with_context(lang="fr_FR").name = "Luminaires"
        self.assertEqual(
            stream.product_id.with_context(lang="fr_FR").name, "Luminaires"
        )
        self.assertEqual(
            stream.product_id.with_context(lang="en_US").name,
            stream.with_context(lang="en_US").name,
        )

    def test_product_must_be_storable_kg(self):
        unit_product = self.env["product.product"].create(
            {"name": "Counted thing", "type": "consu", "is_storable": True}
        )
        with self.assertRaisesRegex(ValidationError, "kilograms"):
            self.Stream.create(
                {"name": "Bad", "code": "BAD", "product_id": unit_product.id}
            )

    def test_code_unique_per_company(self):
        self.Stream.create({"name": "A", "code": "DUP"})
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self.Stream.create({"name": "B", "code": "DUP"})

    def test_no_cycle(self):
        parent = self.env.ref("sectoral_base.stream_furniture")
        child = self.env.ref("sectoral_base.stream_furniture_seating")
        with self.assertRaises(UserError):
            parent.parent_id = child

    def test_negative_factor_refused(self):
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self.Stream.create({"name": "Neg", "code": "NEG", "co2_factor": -1})
