# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # Who employs the worker: article 60 §7 placements are employed by the CPAS, CISP
    # participants are trainees; the programmes of France count an exit after three
    # months. The programmes are the database's own data (not updated by an upgrade).
    for xmlid, employment in (
        ("sectoral_insertion.programme_be_art60", "placement"),
        ("sectoral_insertion.programme_be_cisp", "trainee"),
    ):
        programme = env.ref(xmlid, raise_if_not_found=False)
        if programme:
            programme.employment = employment
    env["sectoral.insertion.programme"].with_context(active_test=False).search(
        [("country_id.code", "=", "FR"), ("min_stay_months", "=", 0)]
    ).min_stay_months = 3
    # the hours of a full-time job now come from the company's working schedule
    openupgrade.drop_columns(env.cr, [("res_company", "insertion_fte_hours")])
