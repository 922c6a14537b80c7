# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from unittest.mock import patch

from odoo import Command
from odoo.http import Application
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestIntakeTabletTour(HttpCase):
    def test_intake_tablet(self):
        """An operator weighs three intakes on the tablet, the second one while the
        network is down, the third while the session has expired (and the first
        answer to it is lost): each is recorded once, the third dated when it was
        weighed."""
        # a French-speaking operator: numbers are written "47,5"
        self.env["res.lang"]._activate_lang("fr_BE")
        operator = new_test_user(
            self.env,
            login="tablet_operator",
            groups="sectoral_base.group_intake_operator",
            name="Tablet Operator",
            lang="fr_BE",
        )
        site = self.env["stock.warehouse"].create(
            {"name": "Site tablette", "code": "TAB", "reuse_max_weighing_kg": 800}
        )
        site.action_setup_reuse_site()
        # the tablet offers the company's sites: keep this one alone
        self.env["stock.warehouse"].search(
            [("id", "!=", site.id)]
        ).is_reuse_site = False
        self.env.ref("sectoral_base.stream_furniture_seating").avg_weight_kg = 12
        # today's round with one stop, for the driver's part
        donor = self.env["res.partner"].create({"name": "Jean Donateur"})
        door = self.env.ref("sectoral_base.channel_door_to_door")
        request = self.env["sectoral.collection.request"].create(
            {
                "partner_id": donor.id,
                "contact_name": "Jean Donateur",
                "warehouse_id": site.id,
                "channel_id": door.id,
                "street": "Rue Haute 1",
                "zip": "6000",
                "city": "Charleroi",
            }
        )
        round_ = self.env["sectoral.round"].create(
            {
                "warehouse_id": site.id,
                "stop_ids": [Command.create({"request_id": request.id})],
            }
        )
        round_.action_confirm()
        self.start_tour(
            "/sectoral/intake",
            "sectoral_intake_tablet",
            login="tablet_operator",
        )
        intakes = self.env["sectoral.intake"].search(
            [("user_id", "=", operator.id)], order="id"
        )
        self.assertEqual(len(intakes), 4)
        first, second, third, fourth = intakes
        # the donor added at the tablet, with the fewest fields
        self.assertEqual(first.partner_id.name, "Marie Dupont")
        self.assertEqual(first.partner_id.zip, "6000")
        self.assertTrue(first.partner_id.sectoral_contact_consent)
        self.assertEqual(
            first.channel_id, self.env.ref("sectoral_base.channel_drop_off")
        )
        self.assertFalse(second.partner_id, "anonymous by default")
        # the driver's intake: on the round's stop, done
        self.assertEqual(fourth.stop_id, round_.stop_ids)
        self.assertEqual(fourth.partner_id, donor)
        self.assertEqual(fourth.channel_id, door)
        self.assertEqual(round_.stop_ids.outcome, "collected")
        self.assertEqual(first.state, "done")
        self.assertAlmostEqual(first.total_kg, 36.5)
        self.assertEqual(
            sorted(first.line_ids.mapped("stream_id.code")), ["FUR-SEAT", "TEX"]
        )
        self.assertTrue(first.has_estimate)
        self.assertEqual(first.warehouse_id, site)
        self.assertEqual(second.state, "done")
        self.assertAlmostEqual(second.total_kg, 8)
        self.assertNotEqual(first.client_token, second.client_token)
        self.assertAlmostEqual(third.total_kg, 6)
        self.assertEqual(third.state, "done")
        self.assertEqual(len(third.picking_id.move_ids), 1, "recorded once")
        self.assertGreaterEqual(
            (third.create_date - third.date).total_seconds(),
            1,
            "dated when it was weighed, before the session expired",
        )


@tagged("post_install", "-at_install")
class TestIntakeTabletOffline(HttpCase):
    def test_reload_without_network(self):
        """The tablet's own page is reloaded while the server cannot be reached: the
        tablet shows again, with its streams, its channel and the weighing it keeps,
        which is recorded once when the network is back."""
        operator = new_test_user(
            self.env,
            login="offline_operator",
            groups="sectoral_base.group_intake_operator",
        )
        site = self.env["stock.warehouse"].create(
            {"name": "Site hors ligne", "code": "OFF"}
        )
        site.action_setup_reuse_site()
        self.env["stock.warehouse"].search(
            [("id", "!=", site.id)]
        ).is_reuse_site = False
        down = {"on": False}
        serve = Application.__call__

        def through_proxy(app, environ, start_response):
            # the switch of the test's network, then a proxy in front of Odoo
            path = environ.get("PATH_INFO", "")
            if path.startswith("/sectoral_test/network/"):
                down["on"] = path.endswith("/off")
                start_response("200 OK", [("Content-Type", "text/plain")])
                return [b"ok"]
            if down["on"]:
                start_response("502 Bad Gateway", [("Content-Type", "text/plain")])
                return [b"bad gateway"]
            return serve(app, environ, start_response)

        with patch.object(Application, "__call__", through_proxy):
            self.start_tour(
                "/sectoral/intake", "sectoral_intake_offline", login="offline_operator"
            )
        intakes = self.env["sectoral.intake"].search([("user_id", "=", operator.id)])
        self.assertEqual(len(intakes), 1, "recorded once")
        self.assertAlmostEqual(intakes.total_kg, 12)
        self.assertEqual(intakes.state, "done")
        self.assertEqual(intakes.warehouse_id, site)

    def test_page_for_intake_roles_only(self):
        """Only intake operators and drivers open the tablet's page; others go home."""
        new_test_user(
            self.env, login="page_sorter", groups="sectoral_base.group_sorter"
        )
        self.authenticate("page_sorter", "page_sorter")
        response = self.url_open("/sectoral/intake", allow_redirects=False)
        self.assertEqual(response.status_code, 303)
        self.assertTrue(response.headers["Location"].endswith("/odoo"))
        worker = self.url_open("/sectoral/intake/service-worker.js")
        self.assertEqual(worker.headers["Service-Worker-Allowed"], "/sectoral/intake")
        manifest = self.url_open("/sectoral/intake/manifest.webmanifest").json()
        self.assertEqual(manifest["start_url"], "/sectoral/intake")
        self.assertEqual(manifest["scope"], "/sectoral/intake")


@tagged("post_install", "-at_install")
class TestTouchLayouts(HttpCase):
    """The touch screens on the tablets of the floor: the keypad and the buttons to
    record keep their size and stay on the screen, in landscape and in portrait."""

    SIZES = ("1280x800", "1366x768", "800x1280")
    touch_enabled = True

    def test_intake_tablet_on_each_tablet(self):
        new_test_user(
            self.env,
            login="layout_operator",
            groups="sectoral_base.group_intake_operator",
        )
        for size in self.SIZES:
            with self.subTest(size=size):
                self.browser_size = size
                self.start_tour(
                    "/sectoral/intake",
                    "sectoral_intake_layout",
                    login="layout_operator",
                )
