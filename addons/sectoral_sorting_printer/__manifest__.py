# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Labels on a Label Printer",
    "summary": "The sorting screen's print button sends the new labels straight to "
    "the site's label printer through OCA's Report to printer",
    "version": "19.0.1.0.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_sorting", "base_report_to_printer"],
    "auto_install": True,
    "installable": True,
}
