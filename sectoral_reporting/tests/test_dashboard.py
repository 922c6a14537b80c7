# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import ImpactCase


@tagged("post_install", "-at_install")
class TestImpactDashboard(ImpactCase):
    def _load(self, period="last_year"):
        # the fixture's year is 2025: "last year" seen from 2026
        self.env["res.lang"]._activate_lang("en_US")
        with freeze_time("2026-06-15"):
            return (
                self.env["sectoral.impact.dashboard"]
                .with_context(lang="en_US")
                .load(period)
            )

    def test_months_add_up_to_the_report(self):
        # August: 400 kg of textiles in, 100 kg of books sold on
        self._intake(
            self.site_a,
            date(2025, 8, 20),
            self.drop_off,
            [{"stream_id": self.textiles.id, "gross_kg": 400}],
        )
        data = self._load()
        self.assertEqual(len(data["months"]), 12)
        charts = data["charts"]
        # every kilogram collected is in one stream's bar of its month
        self.assertAlmostEqual(
            sum(sum(s["data"]) for s in charts["streams"]), 1.6, places=3
        )
        textiles = next(s for s in charts["streams"] if s["label"] == "Textiles")
        self.assertEqual(textiles["data"][1], 0.5, "February")
        self.assertEqual(textiles["data"][5], 0.3, "June")
        self.assertEqual(textiles["data"][7], 0.4, "August")
        # seating is charted under its top stream
        self.assertIn("Furniture", [s["label"] for s in charts["streams"]])
        reuse = next(d for d in charts["destinations"] if d["key"] == "reuse")
        self.assertAlmostEqual(sum(reuse["data"]), 0.478, places=3)
        self.assertAlmostEqual(sum(charts["reused"]), 0.216, places=3)
        self.assertAlmostEqual(sum(charts["co2"]), 0.9, places=3)
        rates = charts["rates"][0]["data"]
        self.assertEqual(rates[7], 25.0, "100 kg left of 400 kg collected")
        self.assertEqual(rates[4], 0.0, "May: 50 kg left, nothing collected")
        tiles = {tile["key"]: tile for tile in data["tiles"]}
        self.assertEqual(tiles["collected_kg"]["value"], "1.600")
        self.assertEqual(tiles["collected_kg"]["change"], "+300.0 %")
        self.assertTrue(tiles["collected_kg"]["up"])

    def test_periods_and_rights(self):
        data = self._load("this_year")
        self.assertEqual(len(data["months"]), 6, "January to the day")
        self.assertNotIn("custom", dict(data["periods"]))
        with self.assertRaises(UserError):
            self._load("custom")
        sorter = new_test_user(
            self.env,
            login="dash_sorter",
            groups="sectoral_base.group_sorter",
            company_ids=[Command.set(self.company_a.ids)],
        )
        with self.assertRaises(AccessError):
            self.env["sectoral.impact.dashboard"].with_user(sorter).load("this_year")

    def test_dashboard_tour(self):
        manager = new_test_user(
            self.env,
            login="dash_manager",
            groups="sectoral_base.group_manager",
            company_ids=[Command.set(self.company_a.ids)],
        )
        self.assertTrue(manager)
        self.start_tour(
            "/odoo/action-sectoral_reporting.action_impact_dashboard",
            "sectoral_impact_dashboard",
            login="dash_manager",
        )
