# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # Tills of sites set up before the shop addon sold from the warehouse's generic
    # operation type (the intake pile): from now on, from the shop location.
    env["stock.warehouse"]._sectoral_mend_shop_sales()
