# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: the Lending Library on the Website",
    "summary": "The library's objects on the website, where they are and when they "
    "come back; members ask for one online",
    "version": "19.0.1.0.1",
    "category": "Website/Website",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_website", "sectoral_lending"],
    "data": [
        "views/library_templates.xml",
    ],
    "auto_install": True,
    "installable": True,
}
