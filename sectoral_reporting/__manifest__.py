# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Impact Reporting",
    "summary": "Impact dashboard and report: tonnes, reuse rate, CO2e avoided, "
    "jobs and income, on screen, XLSX, PDF and the declarations",
    "version": "19.0.1.3.0",
    "category": "Reporting",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_sorting", "report_xlsx"],
    "data": [
        "security/ir.model.access.csv",
        "security/sectoral_reporting_security.xml",
        "report/sectoral_impact_report.xml",
        "views/sectoral_impact_report_views.xml",
        "views/sectoral_reporting_menus.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "sectoral_reporting/static/src/impact_dashboard/**/*",
        ],
        "web.assets_tests": [
            "sectoral_reporting/static/tests/tours/**/*",
        ],
    },
    "installable": True,
}
