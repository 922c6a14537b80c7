# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Socio-professional Insertion",
    "summary": "Insertion pathways, support plans, trainings, exits and funding of "
    "insertion workers",
    "version": "19.0.1.3.0",
    "category": "Human Resources",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_sorting", "hr", "account"],
    "data": [
        "security/sectoral_insertion_security.xml",
        "security/ir.model.access.csv",
        "data/sectoral_insertion_programme_data.xml",
        "data/sectoral_insertion_config_data.xml",
        "data/ir_cron_data.xml",
        "report/sectoral_insertion_progress_report.xml",
        "wizards/sectoral_insertion_exit_wizard_views.xml",
        "views/sectoral_insertion_pathway_views.xml",
        "views/sectoral_insertion_subsidy_views.xml",
        "views/sectoral_insertion_config_views.xml",
        "views/sectoral_insertion_stats_views.xml",
        "views/hr_employee_views.xml",
        "views/res_company_views.xml",
        "views/sectoral_insertion_menus.xml",
    ],
    "demo": [
        "demo/sectoral_insertion_demo.xml",
    ],
    "installable": True,
}
