# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # Paying at the shop is new: every enterprise of the database gets its own.
    env["payment.provider"]._sectoral_pay_at_shop_everywhere()
