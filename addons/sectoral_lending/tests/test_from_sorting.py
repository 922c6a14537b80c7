# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import ast

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.sectoral_sorting.tests.test_sorting import SortingCase


class LibraryShelfCase(SortingCase):
    """A reuse site whose sorting keeps a drill for the library."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.library = cls.env.ref("sectoral_lending.destination_library")
        cls.small_eee = cls.env.ref("sectoral_base.stream_eee_small")
        cls.shelf = cls.site.sectoral_library_location_id
        cls.librarian = new_test_user(
            cls.env,
            login="lib_manager",
            groups="sectoral_lending.group_lending_manager",
        )
        cls.drill_product = cls.env["product.product"].create(
            {"name": "Perceuse visseuse", "is_storable": True, "tracking": "serial"}
        )
        cls.tools = cls.env["sectoral.lending.category"].create(
            {"name": "Outillage", "co2_kg_per_loan": 3.5}
        )

    def _sort_for_library(self, kg=5.0):
        self._receive(self.small_eee, 20)
        session = self._session(
            [(self.small_eee, 20)],
            [
                (self.small_eee, self.library, kg),
                (self.small_eee, self.recycling, 20 - kg),
            ],
            user=self.sorter,
        )
        session.with_user(self.sorter).action_close()
        return session

    def _register(self, user=None, **values):
        vals = {
            "location_id": self.shelf.id,
            "stream_id": self.small_eee.id,
            "weight_kg": 2.4,
            "product_id": self.drill_product.id,
            "lot_name": "PERC-001",
            "category_id": self.tools.id,
            "deposit": 30,
            "loan_days": 7,
        }
        vals.update(values)
        wizard = (
            self.env["sectoral.lending.register"]
            .with_user(user or self.librarian)
            .create(vals)
        )
        return wizard, wizard.action_register()


@tagged("post_install", "-at_install")
class TestFromSorting(LibraryShelfCase):
    """Sorting keeps a drill for the library: its kilograms go to the site's library
    shelf (sorted for reuse), a library manager registers it as a serial number."""

    def test_site_setup_gives_the_library_its_shelf(self):
        self.assertEqual(self.shelf.reuse_role, "library")
        self.assertEqual(self.shelf.warehouse_id, self.site)
        self.assertFalse(self.shelf._should_be_valued(), "equipment lent, not stock")
        self.assertEqual(self.site._get_reuse_location("library"), self.shelf)
        self.site.action_setup_reuse_site()  # again: nothing more
        self.assertEqual(self.site.sectoral_library_location_id, self.shelf)
        other = self.env["stock.warehouse"].create({"name": "Autre", "code": "AUT"})
        other.action_setup_reuse_site()
        with self.assertRaises(ValidationError):
            other.sectoral_library_location_id = self.shelf

    def test_sorted_for_the_library_then_registered(self):
        session = self._sort_for_library(5.0)
        self.assertAlmostEqual(self._quant_kg(self.small_eee, self.shelf), 5.0)
        to_library = (
            session.sudo()
            ._stock_moves()
            .filtered(lambda m: m.sectoral_destination_id == self.library)
        )
        self.assertEqual(to_library.location_dest_id, self.shelf)
        self.assertEqual(to_library.sectoral_destination_id.kind, "reuse")

        # the shelf's list offers to register what waits there
        shelf_list = self.env.ref(
            "sectoral_lending.sectoral_lending_from_sorting_action"
        )
        quant = self.env["stock.quant"].search(
            ast.literal_eval(shelf_list.domain) + [("warehouse_id", "=", self.site.id)]
        )
        self.assertEqual(quant.product_id, self.small_eee.product_id)
        action = quant.with_user(self.librarian).action_sectoral_register_object()
        with Form(
            self.env["sectoral.lending.register"]
            .with_user(self.librarian)
            .with_context(**action["context"])
        ) as form:
            self.assertEqual(form.available_kg, 5.0)
            form.weight_kg = 2.4
            form.product_id = self.drill_product
            form.lot_name = "PERC-001"
            form.category_id = self.tools
            form.deposit = 30
        action = form.record.action_register()
        lot = self.env["stock.lot"].browse(action["res_id"])
        self.assertEqual(lot.name, "PERC-001")
        self.assertTrue(lot.sectoral_lendable)
        self.assertTrue(lot.sectoral_from_sorting)
        self.assertEqual(lot.sectoral_weight_kg, 2.4)
        self.assertEqual(lot.sectoral_lending_state, "available")
        self.assertEqual(lot.sectoral_deposit, 30)
        # the object is on the shelf, its kilograms of the stream are not any more
        self.assertEqual(
            lot.quant_ids.filtered(lambda q: q.quantity > 0).location_id, self.shelf
        )
        self.assertEqual(lot.product_qty, 1)
        self.assertAlmostEqual(self._quant_kg(self.small_eee, self.shelf), 2.6)
        moves = self.env["stock.move"].search([("origin", "like", "PERC-001")])
        self.assertEqual(set(moves.mapped("state")), {"done"})
        self.assertEqual(len(moves), 2)

    def test_registration_refused_and_nothing_recorded(self):
        self._sort_for_library(3.0)
        Lot = self.env["stock.lot"]
        Move = self.env["stock.move"]

        def refused(message, error=UserError, user=None, **values):
            lots_before, moves_before = Lot.search_count([]), Move.search_count([])
            with self.assertRaises(error) as caught:
                self._register(user=user, **values)
            self.assertIn(message, str(caught.exception))
            self.assertEqual(Lot.search_count([]), lots_before)
            self.assertEqual(Move.search_count([]), moves_before)

        refused("Only 3.0 kg", weight_kg=3.5)
        refused("its weight is missing", ValidationError, weight_kg=0)
        refused("its weight is missing", ValidationError, weight_kg=-1)
        bulk = self.env["product.product"].create({"name": "Vrac", "is_storable": True})
        refused("not tracked by serial numbers", ValidationError, product_id=bulk.id)
        refused("at least a day", ValidationError, loan_days=0)
        refused(
            "Choose the lending library",
            ValidationError,
            location_id=self.site.reuse_shop_location_id.id,
        )
        desk = new_test_user(
            self.env, login="lib_desk", groups="sectoral_lending.group_lending_desk"
        )
        refused("", AccessError, user=desk)  # no right to the wizard at all
        # another enterprise's shelf: its kilograms are not even shown
        other_company = self.env["res.company"].create({"name": "Autre ressourcerie"})
        other_site = (
            self.env["stock.warehouse"]
            .with_company(other_company)
            .create({"name": "Ailleurs", "code": "AIL", "company_id": other_company.id})
        )
        other_site.action_setup_reuse_site()
        self.env["stock.quant"]._update_available_quantity(
            self.small_eee.product_id.with_company(other_company),
            other_site.sectoral_library_location_id,
            4.0,
        )
        refused(
            "Choose the lending library",
            ValidationError,
            location_id=other_site.sectoral_library_location_id.id,
        )
        shown = (
            self.env["sectoral.lending.register"]
            .with_user(self.librarian)
            .new(
                {
                    "location_id": other_site.sectoral_library_location_id.id,
                    "stream_id": self.small_eee.id,
                }
            )
        )
        self.assertEqual(shown.available_kg, 0.0)
        # sent twice, the same form registers one object
        wizard, _action = self._register(weight_kg=1.0)
        with self.assertRaisesRegex(UserError, "registered already"):
            wizard.action_register()
        self.assertEqual(Lot.search_count([("name", "=", "PERC-001")]), 1)
        with mute_logger("odoo.sql_db"):
            refused(
                "already has serial number PERC-001", ValidationError, weight_kg=1.0
            )

    def test_kept_by_sorting_said_by_the_registration_only(self):
        self._sort_for_library(3.0)
        _wizard, action = self._register()
        lot = self.env["stock.lot"].browse(action["res_id"])
        stock_manager = new_test_user(
            self.env, login="stock_boss", groups="stock.group_stock_manager"
        )
        for vals in ({"sectoral_from_sorting": False}, {"sectoral_weight_kg": 99}):
            with self.assertRaises(UserError):
                lot.with_user(stock_manager).write(vals)
        with self.assertRaises(UserError):
            self.env["stock.lot"].with_user(stock_manager).create(
                {
                    "name": "FAUX-1",
                    "product_id": self.drill_product.id,
                    "sectoral_from_sorting": True,
                }
            )
        lot.with_user(stock_manager).write(
            {"sectoral_from_sorting": True, "sectoral_weight_kg": 2.4, "note": "ok"}
        )  # the same values: nothing changes, nothing refused
        self.assertEqual(lot.sectoral_weight_kg, 2.4)

    def test_correction_of_the_session_while_the_kilograms_wait(self):
        """A session is corrected while what it kept waits on the shelf; once an
        object was registered from those kilograms, they are not there to go back."""
        session = self._sort_for_library(3.0).with_user(self.manager)
        session.action_reverse("wrong stream")
        self.assertEqual(session.state, "reversed")
        self.assertAlmostEqual(self._quant_kg(self.small_eee, self.shelf), 0.0)
        session = self._sort_for_library(3.0).with_user(self.manager)
        self._register(weight_kg=2.0)
        with self.assertRaisesRegex(UserError, "Only 1.0 kg"):
            session.action_reverse("wrong stream")
        self.assertEqual(session.state, "done")

    def test_serial_number_given_when_left_empty(self):
        """Empty: the library's own numbers, never one another object has, whatever
        its product (the desk finds an object by its number alone)."""
        self._sort_for_library(3.0)
        _wizard, action = self._register(lot_name="", weight_kg=1.5)
        first = self.env["stock.lot"].browse(action["res_id"])
        self.assertTrue(first.name.startswith("BIB-"))
        self.assertEqual(first.product_id, self.drill_product)
        tent = self.env["product.product"].create(
            {"name": "Tente", "is_storable": True, "tracking": "serial"}
        )
        taken = self.env["stock.lot"]._sectoral_next_library_number(self.env.company)
        self.env["stock.lot"].create(
            {"name": taken, "product_id": tent.id, "sectoral_lendable": True}
        )
        _wizard, action = self._register(lot_name="  ", weight_kg=0.5)
        second = self.env["stock.lot"].browse(action["res_id"])
        self.assertNotIn(second.name, (first.name, taken))
        # a number another object of the library has is refused, for any product
        with self.assertRaisesRegex(ValidationError, "desk would not tell them apart"):
            self.env["stock.lot"].create(
                {"name": first.name, "product_id": tent.id, "sectoral_lendable": True}
            )
        with self.assertRaisesRegex(ValidationError, "desk would not tell them apart"):
            self._register(lot_name=taken, weight_kg=0.5)

    def test_more_photos_of_an_object(self):
        self._sort_for_library(3.0)
        _wizard, action = self._register()
        lot = self.env["stock.lot"].browse(action["res_id"])
        png = (
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
            "hQGAhKmMIQAAAABJRU5ErkJggg=="
        )
        lot.with_user(self.librarian).sectoral_photo_ids = [
            Command.create({"image_1920": png, "name": "Le coffret"}),
            Command.create({"image_1920": png, "name": "Les mèches"}),
        ]
        self.assertEqual(len(lot.sectoral_photo_ids), 2)
        self.assertTrue(lot.sectoral_photo_ids[0].image_128)
        with self.assertRaisesRegex(ValidationError, "image"):
            lot.sectoral_photo_ids = [Command.create({"name": "Sans image"})]
        other_company = self.env["res.company"].create({"name": "Autre ressourcerie"})
        their_drill = self.env["product.product"].create(
            {
                "name": "Leur perceuse",
                "is_storable": True,
                "tracking": "serial",
                "company_id": other_company.id,
            }
        )
        elsewhere = self.env["stock.lot"].create(
            {"name": "AILLEURS-1", "product_id": their_drill.id}
        )
        self.assertEqual(elsewhere.company_id, other_company)
        with self.assertRaises(AccessError):
            self.env["sectoral.lending.photo"].with_user(self.librarian).create(
                {"lot_id": elsewhere.id, "image_1920": png}
            )
        desk = new_test_user(
            self.env, login="lib_desk2", groups="sectoral_lending.group_lending_desk"
        )
        with self.assertRaises(AccessError):
            lot.with_user(desk).sectoral_photo_ids = [
                Command.create({"image_1920": png})
            ]
