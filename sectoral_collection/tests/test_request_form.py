# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import re
import time

from odoo.tests import HttpCase, tagged
from odoo.tools.misc import hmac

from odoo.addons.sectoral_collection.controllers.main import HMAC_SCOPE


@tagged("post_install", "-at_install")
class TestRequestForm(HttpCase):
    def _token(self, age):
        stamp = str(int(time.time()) - age)
        return f"{stamp}:{hmac(self.env(su=True), HMAC_SCOPE, stamp)}"

    def _post(self, **fields):
        page = self.url_open("/reuse/collection")
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
        return self.url_open("/reuse/collection", data=data)

    def _requests(self):
        return self.env["sectoral.collection.request"].search(
            [("contact_name", "=", "Jeanne Web")]
        )

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
