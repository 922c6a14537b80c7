# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Base",
    "summary": "Material streams, destinations, supply channels, reuse sites and roles "
    "shared by the reuse suite",
    "version": "19.0.1.3.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["stock_account", "hr", "mail"],
    "data": [
        "security/sectoral_base_security.xml",
        "security/ir.model.access.csv",
        "data/product_data.xml",
        "data/sectoral_destination_data.xml",
        "data/sectoral_channel_data.xml",
        "data/sectoral_stream_data.xml",
        "data/sectoral_home_data.xml",
        "views/sectoral_base_menus.xml",
        "views/sectoral_stream_views.xml",
        "views/sectoral_destination_views.xml",
        "views/sectoral_channel_views.xml",
        "views/stock_warehouse_views.xml",
        "wizards/sectoral_site_setup_views.xml",
        "wizards/sectoral_correction_views.xml",
    ],
    "demo": [
        "demo/sectoral_base_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "sectoral_base/static/src/touch/**/*",
        ],
        "web.assets_tests": [
            "sectoral_base/static/tests/**/*",
        ],
    },
    "installable": True,
}
