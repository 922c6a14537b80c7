# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Impact of the Shops' Tills",
    "summary": "The tills' sales in the impact report: kilograms and amounts sold by "
    "stream, shop income and donations",
    "version": "19.0.1.0.0",
    "category": "Reporting",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_reporting", "sectoral_pos"],
    "data": ["views/sectoral_report_flow_views.xml"],
    "auto_install": True,
    "installable": True,
}
