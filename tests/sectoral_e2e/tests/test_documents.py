# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo import Command
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestPrintedDocuments(HttpCase):
    """Every document the suite prints comes out as a real PDF (wkhtmltopdf asks the
    server for the page's assets, which it answers within the test's transaction
    here): the round sheet, the donor receipt, the price labels (roll and A4), the
    worker's progress report and the impact report for the board."""

    def _pdf(self, report, ids):
        content, kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(report, ids)
        )
        self.assertEqual(kind, "pdf", report)
        self.assertTrue(content.startswith(b"%PDF"), report)
        self.assertGreater(len(content), 1000, report)

    def test_every_document_prints(self):
        env = self.env
        site = env["stock.warehouse"].create({"name": "Site PDF", "code": "PDF"})
        site.action_setup_reuse_site()
        textiles = env.ref("sectoral_base.stream_textiles")
        donor = env["res.partner"].create({"name": "Donatrice"})
        intake = env["sectoral.intake"].create(
            {
                "warehouse_id": site.id,
                "channel_id": env.ref("sectoral_base.channel_drop_off").id,
                "partner_id": donor.id,
                "line_ids": [
                    Command.create({"stream_id": textiles.id, "gross_kg": 20})
                ],
            }
        )
        intake.action_validate()
        self._pdf("sectoral_collection.action_report_donor_receipt", intake.ids)
        round_ = env["sectoral.round"].create({"warehouse_id": site.id})
        self._pdf("sectoral_collection.action_report_round_sheet", round_.ids)
        session = env["sectoral.sorting.session"].create(
            {
                "warehouse_id": site.id,
                "input_ids": [Command.create({"stream_id": textiles.id, "kg": 20})],
                "output_ids": [
                    Command.create(
                        {
                            "stream_id": textiles.id,
                            "destination_id": env.ref(
                                "sectoral_base.destination_reuse"
                            ).id,
                            "kg": 18,
                        }
                    )
                ],
                "label_ids": [
                    Command.create(
                        {"stream_id": textiles.id, "weight_kg": 2, "price": 9}
                    )
                ],
            }
        )
        session.action_close()
        self._pdf("sectoral_sorting.action_report_label_roll", session.label_ids.ids)
        self._pdf("sectoral_sorting.action_report_label_a4", session.label_ids.ids)
        pathway = env["sectoral.insertion.pathway"].create(
            {
                "employee_id": env["hr.employee"].create({"name": "Travailleuse"}).id,
                "programme_id": env.ref("sectoral_insertion.programme_be_cisp").id,
                "date_start": date(2026, 1, 5),
                "weekly_hours": 30,
                "goal_ids": [Command.create({"name": "Permis B"})],
            }
        )
        self._pdf("sectoral_insertion.action_report_insertion_progress", pathway.ids)
        report = env["sectoral.impact.report"].create(
            {"date_from": date(2026, 1, 1), "date_to": date(2026, 12, 31)}
        )
        self._pdf("sectoral_reporting.action_report_impact_pdf", report.ids)
