# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Workshop Repairs",
    "summary": "Electrical goods and bikes sorted for repair go through standard "
    "repair orders and come back to the shop with a price label",
    "version": "19.0.1.1.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_sorting", "repair"],
    "data": [
        "data/sectoral_stream_data.xml",
        "views/sectoral_stream_views.xml",
        "views/repair_order_views.xml",
        "views/sectoral_sorting_session_views.xml",
    ],
    "auto_install": True,
    "installable": True,
}
