# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import time

from odoo import Command, fields, http
from odoo.http import request
from odoo.tools.misc import consteq, hmac

# A human takes more than a few seconds to fill the form; a form older than a day is
# stale. Together with a field hidden from humans, this keeps robots out without a
# captcha service.
MIN_FILL_SECONDS = 3
MAX_AGE_SECONDS = 24 * 3600
MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 8 * 1024 * 1024
HMAC_SCOPE = "sectoral_collection.request_form"


class CollectionRequestForm(http.Controller):
    def _form_token(self):
        stamp = str(int(time.time()))
        return f"{stamp}:{hmac(request.env(su=True), HMAC_SCOPE, stamp)}"

    def _token_is_human(self, token):
        stamp, _sep, signature = (token or "").partition(":")
        if not stamp.isdigit() or not consteq(
            signature, hmac(request.env(su=True), HMAC_SCOPE, stamp)
        ):
            return False
        age = time.time() - int(stamp)
        return MIN_FILL_SECONDS <= age <= MAX_AGE_SECONDS

    def _render(self, values=None, errors=None):
        streams = (
            request.env["sectoral.stream"].sudo().search([("parent_id", "=", False)])
        )
        return request.render(
            "sectoral_collection.collection_request_form",
            {
                "streams": streams,
                "values": values or {},
                "errors": errors or [],
                "form_token": self._form_token(),
            },
        )

    @http.route(
        "/reuse/collection", type="http", auth="public", methods=["GET"], website=True
    )
    def collection_form(self, **kwargs):
        return self._render()

    @http.route(
        "/reuse/collection", type="http", auth="public", methods=["POST"], website=True
    )
    def collection_submit(self, **post):
        env = request.env
        if post.get("website_url") or not self._token_is_human(post.get("form_token")):
            # Robots get the same thank-you page, and nothing is recorded.
            return request.render("sectoral_collection.collection_request_thanks", {})
        errors = []
        if not (post.get("contact_name") or "").strip():
            errors.append(env._("Give your name."))
        if not (post.get("phone") or post.get("email")):
            errors.append(env._("Give a phone number or an e-mail address."))
        if not (post.get("street") and post.get("city")):
            errors.append(env._("Give the address where the goods are."))
        preferred_date = None
        if post.get("preferred_date"):
            try:
                preferred_date = fields.Date.to_date(post["preferred_date"])
            except ValueError:
                preferred_date = None
            if not preferred_date or preferred_date < fields.Date.context_today(
                env["res.users"]
            ):
                errors.append(env._("Choose a date from today on."))
        photos = request.httprequest.files.getlist("photos")
        photos = [photo for photo in photos if photo.filename]
        if len(photos) > MAX_PHOTOS:
            errors.append(env._("Send at most %(count)s photos.", count=MAX_PHOTOS))
        contents = []
        for photo in photos[:MAX_PHOTOS]:
            data = photo.read(MAX_PHOTO_BYTES + 1)
            if len(data) > MAX_PHOTO_BYTES or not (photo.mimetype or "").startswith(
                "image/"
            ):
                errors.append(
                    env._(
                        "%(name)s is not a photo of less than 8 MB.",
                        name=photo.filename,
                    )
                )
            contents.append((photo.filename, data))
        if errors:
            return self._render(values=post, errors=errors)

        stream_ids = [
            int(value)
            for key, value in post.items()
            if key.startswith("stream_") and value.isdigit()
        ]
        streams = env["sectoral.stream"].sudo().browse(stream_ids).exists()
        request_vals = {
            "channel_id": env.ref("sectoral_base.channel_web_request").id,
            "contact_name": post.get("contact_name").strip(),
            "phone": post.get("phone"),
            "email": post.get("email"),
            "street": post.get("street"),
            "zip": post.get("zip"),
            "city": post.get("city"),
            "floor_access": post.get("floor_access"),
            "note": post.get("description"),
            "line_ids": [
                Command.create({"stream_id": stream.id, "quantity": 0})
                for stream in streams
            ],
        }
        if preferred_date:
            request_vals["window_ids"] = [
                Command.create(
                    {
                        "date": preferred_date,
                        "slot": post.get("slot")
                        if post.get("slot") in ("morning", "afternoon", "day")
                        else "day",
                    }
                )
            ]
        collection_request = (
            env["sectoral.collection.request"].sudo().create(request_vals)
        )
        if contents:
            attachments = (
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
                        for name, data in contents
                    ]
                )
            )
            collection_request.photo_ids = attachments
        return request.render(
            "sectoral_collection.collection_request_thanks",
            {"collection_request": collection_request},
        )
