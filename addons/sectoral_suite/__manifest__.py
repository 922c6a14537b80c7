# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite",
    "summary": "The whole reuse suite: collection, sorting, shop, insertion and impact "
    "reporting",
    "version": "19.0.1.1.0",
    "category": "Inventory/Reuse",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": [
        "sectoral_base",
        "sectoral_collection",
        "sectoral_sorting",
        "sectoral_repair",
        "sectoral_pos",
        "sectoral_insertion",
        "sectoral_reporting",
        "sectoral_reporting_pos",
        "sectoral_reporting_insertion",
    ],
    "application": True,
    "installable": True,
}
