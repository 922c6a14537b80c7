# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # The obstacle types are not updated from the data file (noupdate): the health
    # type becomes a special category here, so that its obstacles are read only by
    # the person's officer from now on.
    health = env.ref("sectoral_insertion.obstacle_health", raise_if_not_found=False)
    if health:
        health.is_special_category = True
