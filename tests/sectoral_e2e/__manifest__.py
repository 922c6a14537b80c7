# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: End-to-end Tests",
    "summary": "Cross-module and browser tests of the reuse suite (test databases "
    "only)",
    "version": "19.0.1.0.0",
    "category": "Hidden/Tests",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_suite", "sectoral_website", "payment_demo", "web_tour"],
    "assets": {
        "web.assets_tests": [
            "sectoral_e2e/static/tests/tours/**/*",
        ],
    },
    "installable": True,
}
