# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: French Till Tests",
    "summary": "The suite's till tests in a French enterprise, with the inalterable "
    "till of French law (test databases only)",
    "version": "19.0.1.0.0",
    "category": "Hidden/Tests",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["sectoral_pos", "l10n_fr_pos_cert"],
    "installable": True,
}
