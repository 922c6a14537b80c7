# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The intake tablet on a page of its own, as Odoo's point of sale has: what the
tablet needs to start is kept by its service worker, so that a reload without
network shows the tablet and the weighings it keeps, instead of a blank page."""

from odoo import _, http
from odoo.http import request
from odoo.tools import file_open

PAGE = "/sectoral/intake"


class IntakePage(http.Controller):
    @http.route(PAGE, type="http", auth="user", methods=["GET"])
    def intake_page(self, **kwargs):
        user = request.env.user
        if not user._is_internal() or not user.has_group(
            "sectoral_base.group_intake_operator"
        ):
            return request.redirect("/odoo")
        response = request.render(
            "sectoral_collection.intake_page",
            {
                "session_info": request.env["ir.http"].session_info(),
                "title": _("Intake tablet"),
            },
        )
        # the service worker keeps its own copy; the browser's cache must not
        response.headers["Cache-Control"] = "no-store"
        return response

    @http.route(
        f"{PAGE}/service-worker.js",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
    )
    def intake_service_worker(self):
        with file_open(
            "sectoral_collection/static/src/intake_page/service_worker.js"
        ) as script:
            body = script.read()
        return request.make_response(
            body,
            [
                ("Content-Type", "text/javascript"),
                ("Cache-Control", "no-cache"),
                ("Service-Worker-Allowed", PAGE),
            ],
        )

    @http.route(
        f"{PAGE}/manifest.webmanifest",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
    )
    def intake_manifest(self):
        """Lets the tablet's browser install the page as an app of its own."""
        return request.make_json_response(
            {
                "name": _("Intake tablet"),
                "short_name": _("Intake"),
                "scope": PAGE,
                "start_url": PAGE,
                "display": "standalone",
                "orientation": "any",
                "background_color": "#f4f6f4",
                "theme_color": "#2e7d32",
                "icons": [
                    {
                        "src": "/sectoral_base/static/description/icon.png",
                        "sizes": "256x256",
                        "type": "image/png",
                    }
                ],
            },
            headers={"Content-Type": "application/manifest+json"},
        )
