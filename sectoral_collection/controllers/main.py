# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import os
import time

from werkzeug.exceptions import NotFound

from odoo import Command, fields, http
from odoo.exceptions import ValidationError
from odoo.http import request
from odoo.tools.misc import consteq, hmac

# A human takes more than a few seconds to fill the form; a form older than a day is
# stale. Together with a field hidden from humans, this keeps robots out without a
# captcha service; each form is sent once, and one address sends a few an hour.
MIN_FILL_SECONDS = 3
MAX_AGE_SECONDS = 24 * 3600
MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
HMAC_SCOPE = "sectoral_collection.request_form"
# The longest text each field of the form takes.
FIELD_LENGTHS = {
    "contact_name": 120,
    "phone": 40,
    "email": 120,
    "street": 200,
    "zip": 20,
    "city": 120,
    "floor_access": 200,
    "description": 4000,
}


class CollectionRequestForm(http.Controller):
    """The public form where people offer goods for collection. Each enterprise has its
    own (``/reuse/collection/<enterprise id>``; ``/reuse/collection`` is the one of
    the website's or the server's enterprise): the request lands in that enterprise,
    at the site chosen or its first one, with the enterprise's own streams."""

    def _form_token(self):
        stamp = f"{int(time.time())}.{base64.b32encode(os.urandom(5)).decode()}"
        return f"{stamp}:{hmac(request.env(su=True), HMAC_SCOPE, stamp)}"

    def _token_is_human(self, token):
        stamp, _sep, signature = (token or "").partition(":")
        seconds = stamp.partition(".")[0]
        if not seconds.isdigit() or not consteq(
            signature, hmac(request.env(su=True), HMAC_SCOPE, stamp)
        ):
            return False
        age = time.time() - int(seconds)
        return MIN_FILL_SECONDS <= age <= MAX_AGE_SECONDS

    def _company(self, company_id=None):
        env = request.env(su=True)
        company = env["res.company"].browse(company_id).exists() if company_id else None
        company = company or request.env.company.sudo()
        sites = env["stock.warehouse"].search(
            [("is_reuse_site", "=", True), ("company_id", "=", company.id)]
        )
        if not sites:
            raise NotFound()
        return company, sites

    def _streams(self, company):
        return (
            request.env["sectoral.stream"]
            .sudo()
            .search(
                [("parent_id", "=", False), ("company_id", "in", [False, company.id])]
            )
        )

    def _render(self, company, sites, values=None, errors=None):
        return request.render(
            "sectoral_collection.collection_request_form",
            {
                "streams": self._streams(company),
                "sites": sites,
                "form_action": f"/reuse/collection/{company.id}",
                "values": values or {},
                "errors": errors or [],
                "form_token": self._form_token(),
                "offer": request.env["sectoral.collection.slot"]._offer(sites),
            },
        )

    def _booking(self, post, sites):
        """The round place the visitor picked (``<slot id>:<YYYY-MM-DD>``): the slot
        of one of the enterprise's sites and the day, or None."""
        slot_id, _sep, day = (post.get("booking") or "").partition(":")
        if not slot_id:
            return None
        slot = (
            request.env["sectoral.collection.slot"].sudo().browse(int(slot_id))
            if slot_id.isdigit()
            else None
        )
        try:
            day = fields.Date.to_date(day)
        except ValueError:
            day = None
        if not (slot and slot.exists() and slot.warehouse_id in sites and day):
            return False
        return slot, day

    @http.route(
        ["/reuse/collection", "/reuse/collection/<int:company_id>"],
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def collection_form(self, company_id=None, **kwargs):
        company, sites = self._company(company_id)
        return self._render(company, sites)

    @http.route(
        ["/reuse/collection", "/reuse/collection/<int:company_id>"],
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def collection_submit(self, company_id=None, **post):
        env = request.env
        company, sites = self._company(company_id)
        thanks = request.render("sectoral_collection.collection_request_thanks", {})
        token = post.get("form_token")
        if post.get("website_url") or not self._token_is_human(token):
            # Robots get the same thank-you page, and nothing is recorded.
            return thanks
        Use = env["sectoral.collection.form.use"].sudo()
        if Use._token_used(token):
            return thanks  # sent twice (a double click, the back button)
        client = request.httprequest.remote_addr or ""
        if Use._too_many(client):
            return self._render(
                company,
                sites,
                values=post,
                errors=[
                    env._("Too many requests from your connection: try again later.")
                ],
            )
        errors = self._check(post, company, sites)
        photos, photo_errors = self._photos()
        errors += photo_errors
        if errors:
            return self._render(company, sites, values=post, errors=errors)
        try:
            collection_request = self._create_request(post, company, sites, photos)
        except ValidationError as error:  # the round filled up meanwhile
            return self._render(company, sites, values=post, errors=[error.args[0]])
        Use._record(token, client)
        return request.render(
            "sectoral_collection.collection_request_thanks",
            {"collection_request": collection_request},
        )

    def _check(self, post, company, sites):
        env = request.env
        errors = []
        for field, length in FIELD_LENGTHS.items():
            if len(post.get(field) or "") > length:
                errors.append(
                    env._(
                        "A field is too long (%(length)s characters at most): "
                        "%(start)s...",
                        length=length,
                        start=(post.get(field) or "")[:30],
                    )
                )
        if not (post.get("contact_name") or "").strip():
            errors.append(env._("Give your name."))
        if not (post.get("phone") or post.get("email")):
            errors.append(env._("Give a phone number or an e-mail address."))
        if not (post.get("street") and post.get("city")):
            errors.append(env._("Give the address where the goods are."))
        if post.get("preferred_date"):
            try:
                preferred = fields.Date.to_date(post["preferred_date"])
            except ValueError:
                preferred = None
            if not preferred or preferred < fields.Date.context_today(env["res.users"]):
                errors.append(env._("Choose a date from today on."))
        if post.get("site_id") and not (
            post["site_id"].isdigit() and int(post["site_id"]) in sites.ids
        ):
            errors.append(env._("Choose one of the sites of the list."))
        if self._booking(post, sites) is False:
            errors.append(env._("Choose one of the dates offered."))
        return errors

    def _photos(self):
        env = request.env
        errors, contents, total = [], [], 0
        photos = [p for p in request.httprequest.files.getlist("photos") if p.filename]
        if len(photos) > MAX_PHOTOS:
            errors.append(env._("Send at most %(count)s photos.", count=MAX_PHOTOS))
        for photo in photos[:MAX_PHOTOS]:
            data = photo.read(MAX_PHOTO_BYTES + 1)
            total += len(data)
            if len(data) > MAX_PHOTO_BYTES or not (photo.mimetype or "").startswith(
                "image/"
            ):
                errors.append(
                    env._(
                        "%(name)s is not a photo of less than 8 MB.",
                        name=photo.filename[:80],
                    )
                )
            contents.append((photo.filename[:120], data))
        if total > MAX_UPLOAD_BYTES:
            errors.append(env._("The photos weigh more than 20 MB together."))
        return contents, errors

    def _create_request(self, post, company, sites, photos):
        env = request.env
        streams = self._streams(company)
        chosen = {
            int(value)
            for key, value in post.items()
            if key.startswith("stream_") and value.isdigit()
        }
        booking = self._booking(post, sites)
        site = sites.filtered(lambda s: str(s.id) == post.get("site_id")) or sites[0]
        if booking:
            site = booking[0].warehouse_id
        request_vals = {
            "company_id": company.id,
            "warehouse_id": site.id,
            "channel_id": env.ref("sectoral_base.channel_web_request").id,
            "contact_name": post["contact_name"].strip(),
            "phone": post.get("phone"),
            "email": post.get("email"),
            "street": post.get("street"),
            "zip": post.get("zip"),
            "city": post.get("city"),
            "floor_access": post.get("floor_access"),
            "note": post.get("description"),
            "line_ids": [
                Command.create({"stream_id": stream.id, "quantity": 0})
                for stream in streams.filtered(lambda s: s.id in chosen)
            ],
        }
        if booking:
            slot, day = booking
            slot._take(day)
            request_vals["window_ids"] = [
                Command.create(
                    {"date": day, "slot": slot.period, "capacity_slot_id": slot.id}
                )
            ]
        elif post.get("preferred_date"):
            request_vals["window_ids"] = [
                Command.create(
                    {
                        "date": fields.Date.to_date(post["preferred_date"]),
                        "slot": post.get("slot")
                        if post.get("slot") in ("morning", "afternoon", "day")
                        else "day",
                    }
                )
            ]
        collection_request = (
            env["sectoral.collection.request"]
            .sudo()
            .with_company(company)
            .create(request_vals)
        )
        if photos:
            collection_request.photo_ids = (
                env["ir.attachment"]
                .sudo()
                .create(
                    [
                        {
                            "name": name,
                            "datas": base64.b64encode(data),
                            "res_model": "sectoral.collection.request",
                            "res_id": collection_request.id,
                        }
                        for name, data in photos
                    ]
                )
            )
        if booking and collection_request.email:
            env.ref(
                "sectoral_collection.mail_template_request_booked"
            ).sudo().send_mail(collection_request.id)
        return collection_request
