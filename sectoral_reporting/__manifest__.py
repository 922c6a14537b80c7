# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Impact Reporting",
    "summary": "Impact report: tonnes, reuse rate, CO2e avoided and income, on "
    "screen, XLSX and PDF",
    "version": "19.0.1.2.0",
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
    "installable": True,
}
