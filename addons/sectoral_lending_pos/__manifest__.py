# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Library Memberships at the Till",
    "summary": "The lending library's membership paid at the shop's till, at the fee "
    "the member chooses on the sliding scale",
    "version": "19.0.1.0.0",
    "category": "Sales/Point of Sale",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_lending", "sectoral_pos"],
    "demo": ["demo/sectoral_lending_pos_demo.xml"],
    "assets": {
        "point_of_sale._assets_pos": [
            "sectoral_lending_pos/static/src/**/*",
        ],
        "web.assets_tests": [
            "sectoral_lending_pos/static/tests/tours/**/*",
        ],
    },
    "auto_install": True,
    "installable": True,
}
