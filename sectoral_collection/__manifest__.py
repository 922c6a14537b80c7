# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Collection and Intake",
    "summary": "Collection requests, rounds, drop-offs and intake weighing into "
    "standard stock",
    "version": "19.0.1.2.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_base", "fleet", "account"],
    "data": [
        "security/ir.model.access.csv",
        "security/sectoral_collection_security.xml",
        "data/ir_sequence_data.xml",
        "data/sectoral_container_data.xml",
        "data/product_data.xml",
        "report/sectoral_round_sheet.xml",
        "report/sectoral_donor_receipt.xml",
        "views/sectoral_collection_menus.xml",
        "views/sectoral_intake_views.xml",
        "views/res_partner_views.xml",
        "views/sectoral_collection_request_views.xml",
        "views/sectoral_round_views.xml",
        "views/sectoral_container_views.xml",
        "views/stock_move_views.xml",
        "views/collection_request_form_templates.xml",
    ],
    "demo": [
        "demo/sectoral_collection_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "sectoral_collection/static/src/intake_tablet/**/*",
        ],
        "web.assets_tests": [
            "sectoral_collection/static/tests/tours/**/*",
        ],
    },
    "installable": True,
}
