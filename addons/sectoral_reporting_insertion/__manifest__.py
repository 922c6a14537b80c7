# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Impact of Jobs and Insertion",
    "summary": "Jobs and insertion in the impact report: workers, full-time "
    "equivalents, pathways, training, exits and subsidies",
    "version": "19.0.1.0.0",
    "category": "Reporting",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_reporting", "sectoral_insertion"],
    "auto_install": True,
    "installable": True,
}
