# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # Every record so far was a subsidy received: create the new "kind" column
    # filled so, rather than let the ORM compute it from the programme (which would
    # call a posted income a contribution). The post-migration turns the drafts of
    # placements into contributions.
    if not openupgrade.column_exists(env.cr, "sectoral_insertion_subsidy", "kind"):
        openupgrade.logged_query(
            env.cr,
            "ALTER TABLE sectoral_insertion_subsidy ADD COLUMN kind VARCHAR",
        )
    openupgrade.logged_query(
        env.cr,
        "UPDATE sectoral_insertion_subsidy SET kind = 'subsidy' WHERE kind IS NULL",
    )
