# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade

# The figures of the tills and of insertion moved to bridges installed with them.
BRIDGES = ("sectoral_reporting_pos", "sectoral_reporting_insertion")


@openupgrade.migrate()
def migrate(env, version):
    # A database that reported them keeps them: each bridge whose addons are all
    # installed is installed in the same upgrade.
    Module = env["ir.module.module"]
    bridges = Module.search([("name", "in", BRIDGES), ("state", "=", "uninstalled")])
    for bridge in bridges:
        if all(
            dependency.state in ("installed", "to upgrade", "to install")
            for dependency in bridge.dependencies_id
        ):
            bridge.button_install()
