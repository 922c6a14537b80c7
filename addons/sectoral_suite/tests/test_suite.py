# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests import TransactionCase, tagged

SUITE = {
    "sectoral_base",
    "sectoral_collection",
    "sectoral_sorting",
    "sectoral_repair",
    "sectoral_pos",
    "sectoral_insertion",
    "sectoral_reporting",
    "sectoral_reporting_pos",
    "sectoral_reporting_insertion",
}


@tagged("post_install", "-at_install")
class TestSuite(TransactionCase):
    def test_whole_suite_installed(self):
        modules = self.env["ir.module.module"].search([("name", "in", list(SUITE))])
        self.assertEqual(set(modules.mapped("name")), SUITE)
        self.assertEqual(set(modules.mapped("state")), {"installed"})

    def test_dependencies_point_one_way(self):
        """base <- collection <- sorting <- pos/repair/insertion/reporting; the
        reporting of the tills and of insertion in bridges."""
        deps = {
            module.name: set(module.dependencies_id.mapped("name"))
            for module in self.env["ir.module.module"].search(
                [("name", "in", list(SUITE))]
            )
        }
        self.assertNotIn("sectoral_collection", deps["sectoral_base"])
        self.assertIn("sectoral_base", deps["sectoral_collection"])
        self.assertIn("sectoral_collection", deps["sectoral_sorting"])
        self.assertIn("sectoral_sorting", deps["sectoral_pos"])
        self.assertEqual(deps["sectoral_repair"] & SUITE, {"sectoral_sorting"})
        self.assertEqual(deps["sectoral_insertion"] & SUITE, {"sectoral_sorting"})
        self.assertEqual(deps["sectoral_reporting"] & SUITE, {"sectoral_sorting"})
        self.assertEqual(
            deps["sectoral_reporting_pos"] & SUITE,
            {"sectoral_reporting", "sectoral_pos"},
        )
        self.assertEqual(
            deps["sectoral_reporting_insertion"] & SUITE,
            {"sectoral_reporting", "sectoral_insertion"},
        )
        bridges = {"sectoral_reporting_pos", "sectoral_reporting_insertion"}
        for name, module_deps in deps.items():
            if name not in bridges:
                self.assertNotIn("sectoral_reporting", module_deps, name)
