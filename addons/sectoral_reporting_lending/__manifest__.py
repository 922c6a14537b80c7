# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Impact of the Lending Library",
    "summary": "The lending library in the impact report: loans, members who "
    "borrowed, objects lent and the CO2e of the purchases they avoided",
    "version": "19.0.1.0.1",
    "category": "Reporting",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_reporting", "sectoral_lending"],
    "auto_install": True,
    "installable": True,
}
