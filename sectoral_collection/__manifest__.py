# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Collection and Intake",
    "summary": "Collection requests, rounds, drop-offs and intake weighing into "
    "standard stock",
    "version": "19.0.1.0.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_base", "fleet"],
    "data": [
        "views/sectoral_collection_menus.xml",
    ],
    "installable": True,
}
