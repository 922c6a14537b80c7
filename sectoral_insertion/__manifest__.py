# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Socio-professional Insertion",
    "summary": "Insertion pathways, support plans, trainings, exits and funding of "
    "insertion workers",
    "version": "19.0.1.0.0",
    "category": "Human Resources",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_base"],
    "data": [
        "views/sectoral_insertion_menus.xml",
    ],
    "installable": True,
}
