# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Sorting",
    "summary": "Sorting sessions from the intake pile to reuse, repair, recycling and "
    "waste, with price labels",
    "version": "19.0.1.3.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_collection"],
    "data": [
        "security/ir.model.access.csv",
        "security/sectoral_sorting_security.xml",
        "data/ir_sequence_data.xml",
        "data/sectoral_markdown_rule_data.xml",
        "report/sectoral_label_reports.xml",
        "views/sectoral_sorting_menus.xml",
        "views/sectoral_sorting_session_views.xml",
        "views/sectoral_label_views.xml",
        "views/stock_quant_views.xml",
        "views/res_company_views.xml",
        "views/sectoral_outbound_views.xml",
    ],
    "demo": [
        "demo/sectoral_sorting_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "sectoral_sorting/static/src/sorting_tablet/**/*",
        ],
        "web.assets_tests": [
            "sectoral_sorting/static/tests/tours/**/*",
        ],
    },
    "installable": True,
}
