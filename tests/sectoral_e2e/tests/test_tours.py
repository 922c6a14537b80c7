# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestBackendTours(HttpCase):
    def test_manager_configures_streams(self):
        """A manager opens the Reuse app and finds the material streams with their
        CO2e sources."""
        new_test_user(
            self.env,
            login="tour_manager",
            groups="sectoral_base.group_manager",
            name="Tour Manager",
        )
        self.start_tour("/odoo", "sectoral_manager_streams", login="tour_manager")
