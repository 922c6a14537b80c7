# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Shop Point of Sale",
    "summary": "Second-hand shop till: labels, sale by weight, solidarity prices, "
    "donations, impact on the receipt",
    "version": "19.0.1.0.0",
    "category": "Sales/Point of Sale",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_sorting", "point_of_sale"],
    "data": [
        "views/sectoral_pos_menus.xml",
    ],
    "installable": True,
}
