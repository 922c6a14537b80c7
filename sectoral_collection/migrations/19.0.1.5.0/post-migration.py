# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # Rounds also deliver now: every request made before was a collection.
    openupgrade.logged_query(
        env.cr,
        "UPDATE sectoral_collection_request SET kind = 'collect' WHERE kind IS NULL",
    )
