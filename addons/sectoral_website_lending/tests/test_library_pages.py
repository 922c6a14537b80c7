# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestLibraryPages(HttpCase):
    """The library on the website: a visitor sees the objects; a member asks for the
    tent on loan and is in line, then for the raclette set on the shelf and has it put
    aside; somebody who is not a member is told why not."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        env.ref("website.default_website").company_id = env.company
        product = env["product.product"].create(
            {"name": "Tente 4 places", "is_storable": True, "tracking": "serial"}
        )
        raclette = env["product.product"].create(
            {"name": "Appareil à raclette", "is_storable": True, "tracking": "serial"}
        )

        def lot(product, name):
            return env["stock.lot"].create(
                {
                    "name": name,
                    "product_id": product.id,
                    "company_id": env.company.id,
                    "sectoral_lendable": True,
                }
            )

        cls.tent, cls.raclette = lot(product, "WEB-TENT"), lot(raclette, "WEB-RAC")
        borrower = env["res.partner"].create(
            {"name": "Emprunteur", "free_member": True}
        )
        env["sectoral.lending.loan"].check_out(borrower.id, [cls.tent.id])
        cls.member = new_test_user(
            env, login="library_member", groups="base.group_portal", name="Membre Web"
        )
        cls.member.partner_id.free_member = True
        cls.stranger = new_test_user(
            env, login="library_stranger", groups="base.group_portal", name="Pas Membre"
        )

    def _token(self):
        page = self.url_open("/library").text
        return page.split('name="csrf_token" value="')[1].split('"')[0]

    def _ask(self, lot, token=None):
        return self.url_open(
            f"/library/hold/{lot.id}", data={"csrf_token": token or self._token()}
        )

    def test_a_visitor_sees_the_objects(self):
        page = self.url_open("/library").text
        self.assertIn("Tente 4 places", page)
        self.assertIn("Appareil à raclette", page)
        self.assertIn('data-serial="WEB-TENT"', page)
        self.assertNotIn("o_sectoral_library_ask", page, "no asking without signing in")
        # photos of the library's objects only
        self.tent.sectoral_image = (
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIA"
            "X8jx0gAAAABJRU5ErkJggg=="
        )
        self.assertEqual(
            self.url_open(f"/library/image/{self.tent.id}").status_code, 200
        )
        self.assertEqual(
            self.url_open(f"/library/image/{self.raclette.id}").status_code, 404
        )
        # more photos: shown as thumbnails, of the library's objects only
        png = self.tent.sectoral_image.decode()
        photo = self.env["sectoral.lending.photo"].create(
            {"lot_id": self.tent.id, "image_1920": png, "name": "Les sardines"}
        )
        self.assertIn(f"/library/photo/{photo.id}", self.url_open("/library").text)
        self.assertEqual(self.url_open(f"/library/photo/{photo.id}").status_code, 200)
        self.assertEqual(
            self.url_open(f"/library/photo/{photo.id}?size=1024").status_code, 200
        )
        other = self.env["stock.lot"].create(
            {"name": "NOT-LENT", "product_id": self.tent.product_id.id}
        )
        hidden = self.env["sectoral.lending.photo"].create(
            {"lot_id": other.id, "image_1920": png}
        )
        self.assertEqual(self.url_open(f"/library/photo/{hidden.id}").status_code, 404)
        self.assertEqual(self.url_open("/library/photo/999999").status_code, 404)
        # asking needs a signed-in member
        response = self.url_open(f"/library/hold/{self.tent.id}", data={})
        self.assertNotEqual(response.status_code, 200)

    def test_a_member_asks(self):
        self.authenticate("library_member", "library_member")
        response = self._ask(self.tent)
        self.assertIn("o_sectoral_library_message", response.text)
        hold = self.env["sectoral.lending.hold"].search(
            [
                ("partner_id", "=", self.member.partner_id.id),
                ("lot_id", "=", self.tent.id),
            ]
        )
        self.assertEqual(hold.state, "waiting")
        token = self._token()
        self._ask(self.raclette, token)
        hold = self.env["sectoral.lending.hold"].search(
            [
                ("partner_id", "=", self.member.partner_id.id),
                ("lot_id", "=", self.raclette.id),
            ]
        )
        self.assertEqual(hold.state, "ready")
        page = self.url_open("/library").text
        self.assertIn("o_sectoral_library_mine", page)
        # asked twice: told
        response = self._ask(self.raclette, token)
        self.assertIn("o_sectoral_library_error", response.text)

    def test_not_a_member_is_told(self):
        self.authenticate("library_stranger", "library_stranger")
        response = self._ask(self.raclette)
        self.assertIn("o_sectoral_library_error", response.text)
        self.assertFalse(
            self.env["sectoral.lending.hold"].search(
                [("lot_id", "=", self.raclette.id)]
            )
        )
