# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import HttpCase, tagged
from odoo.tools import config, mute_logger


@tagged("post_install", "-at_install")
class TestServerSafety(HttpCase):
    """The server as setup/bootstrap.sh configures it: the database manager gives no
    copy of the database, to a known master password or to an empty one."""

    # Odoo logs each refusal of the database manager as an error
    @mute_logger("odoo.addons.web.controllers.database")
    def test_database_manager_refuses_known_passwords(self):
        self.assertFalse(config["list_db"], "the database manager is disabled")
        for password in ("admin", "", "change-me"):
            response = self.url_open(
                "/web/database/backup",
                data={"master_pwd": password, "name": self.env.cr.dbname},
                allow_redirects=False,
            )
            with self.subTest(password=password):
                self.assertFalse(response.content.startswith(b"PK"), "no zip dump")
                self.assertNotIn(
                    "application/zip", response.headers.get("Content-Type", "")
                )
        self.assertFalse(config.verify_admin_password("admin"))
        self.assertFalse(config.verify_admin_password("change-me"))
