# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    """Sorting can keep objects for the library: each reuse site gets its library's
    shelf (the destination itself is new data of the module)."""
    env["stock.warehouse"].search(
        [("is_reuse_site", "=", True)]
    ).action_setup_reuse_site()
