# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # CO2e factors now say their basis. Every factor given so far was per kilogram
    # reused; a stream without one (0) has no factor, and the impact report says so
    # rather than counting nothing.
    openupgrade.logged_query(
        env.cr,
        "UPDATE sectoral_stream SET co2_basis = 'kg' "
        "WHERE co2_factor > 0 AND co2_basis IS NULL",
    )
