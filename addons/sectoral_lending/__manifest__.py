# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Lending Library",
    "summary": "A library of things: members borrow the enterprise's objects (serial "
    "numbers of Inventory), kits counted at return, damage repaired in the workshop, "
    "holds, renewals and reminders",
    "version": "19.0.1.1.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_sorting", "membership", "repair", "mail"],
    "data": [
        "security/sectoral_lending_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/sectoral_destination_data.xml",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "views/sectoral_lending_category_views.xml",
        "views/sectoral_lending_loan_views.xml",
        "views/sectoral_lending_hold_views.xml",
        "views/stock_lot_views.xml",
        "views/stock_warehouse_views.xml",
        "views/sectoral_lending_register_views.xml",
        "views/product_template_views.xml",
        "views/res_partner_views.xml",
        "report/library_card_report.xml",
        "views/res_config_settings_views.xml",
        "views/sectoral_lending_menus.xml",
    ],
    "demo": [
        "demo/sectoral_lending_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "sectoral_lending/static/src/desk/**/*",
        ],
        "web.assets_tests": [
            "sectoral_lending/static/tests/tours/**/*",
        ],
    },
    "post_init_hook": "post_init_hook",
    "installable": True,
}
