# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import re
import time
import uuid
from datetime import date, timedelta
from itertools import pairwise
from unittest.mock import patch

from psycopg2 import IntegrityError

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger
from odoo.tools.misc import hmac

from odoo.addons.sectoral_collection.controllers import main as form_controller
from odoo.addons.sectoral_collection.controllers.main import HMAC_SCOPE


class FormCase(HttpCase):
    """The public form of the test enterprise, and another enterprise beside it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.site = cls.env["stock.warehouse"].create(
            {"name": "Site web", "code": "WEB"}
        )
        cls.site.action_setup_reuse_site()
        # another enterprise of the database, with its own form, site and stream
        cls.other = cls.env["res.company"].create({"name": "Ressourcerie Voisine"})
        cls.other_site = (
            cls.env["stock.warehouse"]
            .with_company(cls.other)
            .create({"name": "Site voisin", "code": "VOI", "company_id": cls.other.id})
        )
        cls.other_site.action_setup_reuse_site()
        cls.other_stream = cls.env["sectoral.stream"].create(
            {"name": "Pianos", "code": "PIANO", "company_id": cls.other.id}
        )

    def _token(self, age):
        stamp = f"{int(time.time()) - age}.{uuid.uuid4().hex[:8]}"
        return f"{stamp}:{hmac(self.env(su=True), HMAC_SCOPE, stamp)}"

    def _post(self, url="/reuse/collection", **fields):
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        data = {
            "csrf_token": csrf,
            "contact_name": "Jeanne Web",
            "phone": "0470 00 00 00",
            "street": "Rue du Web 4",
            "zip": "5000",
            "city": "Namur",
            f"stream_{self.env.ref('sectoral_base.stream_books_media').id}": str(
                self.env.ref("sectoral_base.stream_books_media").id
            ),
            "description": "Trois cartons de livres",
            "form_token": self._token(age=30),
            **fields,
        }
        return self.url_open(url, data=data)

    def _requests(self):
        return self.env["sectoral.collection.request"].search(
            [("contact_name", "=", "Jeanne Web")]
        )


@tagged("post_install", "-at_install")
class TestRequestForm(FormCase):
    def test_human_request_recorded(self):
        response = self._post()
        self.assertEqual(response.status_code, 200)
        request = self._requests()
        self.assertEqual(len(request), 1)
        self.assertIn(request.name, response.text)
        self.assertEqual(
            request.channel_id, self.env.ref("sectoral_base.channel_web_request")
        )
        self.assertEqual(
            request.line_ids.stream_id, self.env.ref("sectoral_base.stream_books_media")
        )

    def test_robots_record_nothing(self):
        self._post(website_url="http://spam.example")  # the hidden field filled
        self._post(form_token=self._token(age=0))  # filled faster than a human
        self._post(form_token=self._token(age=3 * 86400))  # stale form
        self._post(form_token="123:forged")
        self.assertFalse(self._requests())

    def test_missing_fields_explained_in_the_visitors_language(self):
        for lang, phone_msg, address_msg in (
            ("fr_BE", "numéro de téléphone ou une adresse e-mail", "l&#39;adresse"),
            ("nl_BE", "telefoonnummer of een e-mailadres", "het adres"),
        ):
            self.env["res.lang"]._activate_lang(lang)
            # the visitor's language, as the language selector of the page sets it
            self.opener.cookies["frontend_lang"] = lang
            response = self._post(phone="", street="")
            self.assertIn(phone_msg, response.text, lang)
            self.assertIn(address_msg, response.text, lang)
        self.assertFalse(self._requests())

    def test_bad_date_explained_not_a_server_error(self):
        for bad in ("31/02/2026", "demain", "2001-01-01"):
            response = self._post(preferred_date=bad)
            self.assertEqual(response.status_code, 200, bad)
            # the site speaks French: "from today on"
            self.assertIn("partir d&#39;aujourd&#39;hui", response.text, bad)
        self.assertFalse(self._requests())
        self._post(preferred_date="2099-06-01", slot="morning")
        self.assertEqual(str(self._requests().window_ids.date), "2099-06-01")

    def test_request_lands_in_the_forms_enterprise(self):
        self._post()
        request = self._requests()
        self.assertEqual(request.company_id, self.env.company)
        self.assertEqual(request.warehouse_id.company_id, self.env.company)
        url = f"/reuse/collection/{self.other.id}"
        self.assertIn("Pianos", self.url_open(url).text)
        self.assertNotIn("Pianos", self.url_open("/reuse/collection").text)
        self._post(
            url=url,
            contact_name="Paul Voisin",
            **{f"stream_{self.other_stream.id}": str(self.other_stream.id)},
        )
        theirs = self.env["sectoral.collection.request"].search(
            [("contact_name", "=", "Paul Voisin")]
        )
        self.assertEqual(theirs.company_id, self.other)
        self.assertEqual(theirs.warehouse_id, self.other_site)
        self.assertIn(self.other_stream, theirs.line_ids.stream_id)
        # its stream is not offered, nor accepted, on the first enterprise's form
        self._post(
            contact_name="Jeanne Piano",
            **{f"stream_{self.other_stream.id}": str(self.other_stream.id)},
        )
        mine = self.env["sectoral.collection.request"].search(
            [("contact_name", "=", "Jeanne Piano")]
        )
        self.assertEqual(len(mine), 1)
        self.assertNotIn(self.other_stream, mine.line_ids.stream_id)
        # an enterprise without a reuse site has no form
        empty = self.env["res.company"].create({"name": "Sans site"})
        self.assertEqual(
            self.url_open(f"/reuse/collection/{empty.id}").status_code, 404
        )

    def test_each_form_sent_once_and_a_few_per_hour(self):
        token = self._token(age=30)
        self._post(form_token=token)
        self._post(form_token=token)  # the back button, or a double click
        self.assertEqual(len(self._requests()), 1)
        for _n in range(4):
            self._post()
        self.assertEqual(len(self._requests()), 5)
        response = self._post()
        self.assertIn("alert-danger", response.text, "too many from one address")
        self.assertEqual(len(self._requests()), 5)

    def test_lengths_and_upload_quota(self):
        response = self._post(street="R" * 5000)
        self.assertIn("alert-danger", response.text)
        self.assertFalse(self._requests())
        page = self.url_open("/reuse/collection")
        self.assertIn('maxlength="200"', page.text)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        photo = ("photo.png", b"\x89PNG" + b"0" * 2000, "image/png")
        with patch.object(form_controller, "MAX_UPLOAD_BYTES", 3000):
            response = self.url_open(
                "/reuse/collection",
                data={
                    "csrf_token": csrf,
                    "contact_name": "Jeanne Web",
                    "phone": "0470",
                    "street": "Rue 1",
                    "city": "Namur",
                    "form_token": self._token(age=30),
                },
                files=[("photos", photo), ("photos", photo)],
            )
        self.assertIn("alert-danger", response.text, "over the quota")
        self.assertFalse(self._requests())


@tagged("post_install", "-at_install")
class TestBookingARound(FormCase):
    """People who give pick a place on a round the site runs every week, among the
    dates not full yet; a booked request is in the planning and confirmed by e-mail."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.day = date.today() + timedelta(days=2)
        cls.slot = cls.env["sectoral.collection.slot"].create(
            {
                "warehouse_id": cls.site.id,
                "weekday": str(cls.day.weekday()),
                "period": "morning",
                "capacity": 1,
            }
        )
        cls.booking = f"{cls.slot.id}:{cls.day.isoformat()}"
        cls.env["res.lang"]._activate_lang("fr_BE")

    def setUp(self):
        super().setUp()
        # the visitor reads French, whatever the website's languages
        self.opener.cookies["frontend_lang"] = "fr_BE"

    def test_a_place_booked_then_the_round_is_full(self):
        form = self.url_open("/reuse/collection")
        self.assertIn(f'value="{self.booking}"', form.text)
        self.assertIn(f'value="{self.booking}" data-left="1"', form.text)
        response = self._post(booking=self.booking, email="jeanne@example.com")
        self.assertIn("o_collection_booked", response.text)
        request = self._requests()
        self.assertEqual(request.booked_date, self.day)
        self.assertEqual(request.booked_period, "morning")
        self.assertEqual(request.warehouse_id, self.site)
        self.assertEqual(request.window_ids.capacity_slot_id, self.slot)
        mail = self.env["mail.mail"].search([("email_to", "=", "jeanne@example.com")])
        self.assertEqual(len(mail), 1, "confirmed by e-mail")
        # the round takes one stop: full for the next visitor, who is told
        self.assertNotIn(
            f'value="{self.booking}"', self.url_open("/reuse/collection").text
        )
        refused = self._post(booking=self.booking, contact_name="Jeanne Web")
        self.assertIn("est complète", refused.text)
        self.assertEqual(len(self._requests()), 1, "nothing recorded")
        # a cancelled request gives its place back
        request.action_cancel()
        self.assertIn(
            f'value="{self.booking}"', self.url_open("/reuse/collection").text
        )

    def test_dates_not_offered_are_refused(self):
        other_slot = self.env["sectoral.collection.slot"].create(
            {
                "warehouse_id": self.other_site.id,
                "weekday": "0",
                "period": "afternoon",
                "capacity": 5,
            }
        )
        wrong_day = self.day + timedelta(days=1)
        for booking in (
            f"{other_slot.id}:{self.day.isoformat()}",  # another enterprise's round
            f"{self.slot.id}:{wrong_day.isoformat()}",  # not the round's weekday
            f"{self.slot.id}:{(self.day - timedelta(days=7)).isoformat()}",  # past
            f"{self.slot.id}:2026-13-45",
            "abc:def",
        ):
            with self.subTest(booking=booking):
                response = self._post(booking=booking)
                self.assertIn("dates proposées", response.text)
                self.assertFalse(self._requests())

    def test_offer_of_the_weeks_ahead(self):
        offer = self.env["sectoral.collection.slot"]._offer(self.site)
        days = [day for slot, day, left in offer if slot == self.slot]
        self.assertIn(self.day, days)
        self.assertTrue(all(day > date.today() for day in days))
        self.assertTrue(all((b - a).days == 7 for a, b in pairwise(days)))
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.slot.capacity = 0
            self.slot.flush_recordset()

    def test_visitor_books_a_round_in_the_browser(self):
        self.start_tour("/reuse/collection", "sectoral_collection_booking")
        request = self.env["sectoral.collection.request"].search(
            [("contact_name", "=", "Jeanne Tour")]
        )
        self.assertEqual(request.booked_date, self.day)
        self.assertEqual(request.booked_period, "morning")
        self.assertTrue(
            self.env["mail.mail"].search([("email_to", "=", "jeanne.tour@example.com")])
        )
