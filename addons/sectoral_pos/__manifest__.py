# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Shop Point of Sale",
    "summary": "Second-hand shop till: labels, sale by weight, solidarity prices, "
    "donations, impact on the receipt",
    "version": "19.0.1.3.0",
    "category": "Sales/Point of Sale",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_sorting", "point_of_sale"],
    "data": [
        "security/sectoral_pos_security.xml",
        "security/ir.model.access.csv",
        "data/barcode_rule_data.xml",
        "data/product_data.xml",
        "views/res_config_settings_views.xml",
        "views/res_partner_views.xml",
        "views/product_template_views.xml",
        "views/pos_order_views.xml",
        "views/stock_warehouse_views.xml",
        "views/sectoral_pos_menus.xml",
    ],
    "demo": [
        "demo/sectoral_pos_demo.xml",
    ],
    "assets": {
        "point_of_sale._assets_pos": [
            "sectoral_pos/static/src/**/*",
        ],
        "web.assets_tests": [
            "sectoral_pos/static/tests/tours/**/*",
        ],
    },
    "post_init_hook": "post_init_hook",
    "installable": True,
}
