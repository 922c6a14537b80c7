# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import CollectionCase


@tagged("post_install", "-at_install")
class TestCollectionFlow(CollectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vehicle = cls.env["fleet.vehicle"].create(
            {
                "model_id": cls.env["fleet.vehicle.model"]
                .create(
                    {
                        "name": "Transit",
                        "brand_id": cls.env["fleet.vehicle.model.brand"]
                        .create({"name": "Ford"})
                        .id,
                    }
                )
                .id,
                "license_plate": "1-ABC-123",
            }
        )
        cls.crew = cls.env["hr.employee"].create(
            [{"name": "Chauffeur"}, {"name": "Aide (article 60)"}]
        )

    def _request(self, **vals):
        return self.env["sectoral.collection.request"].create(
            {
                "partner_id": self.donor.id,
                "street": "Rue Haute 1",
                "zip": "1000",
                "city": "Bruxelles",
                "channel_id": self.door.id,
                "warehouse_id": self.site.id,
                "line_ids": [
                    Command.create({"stream_id": self.seating.id, "quantity": 2})
                ],
                **vals,
            }
        )

    def test_nobody_there_is_told_once(self):
        request = self._request(
            partner_id=False, contact_name="Mme Absente", email="absente@example.com"
        )
        round_ = self.env["sectoral.round"].create(
            {
                "warehouse_id": self.site.id,
                "vehicle_id": self.vehicle.id,
                "crew_ids": [Command.set(self.crew.ids)],
                "stop_ids": [Command.create({"request_id": request.id})],
            }
        )
        round_.action_confirm()
        Mail = self.env["mail.mail"]
        stop = round_.stop_ids
        stop.with_user(self.driver).outcome = "absent"
        stop.with_user(self.driver).outcome = "absent"  # sent again by the screen
        mails = Mail.search([("email_to", "=", "absente@example.com")])
        self.assertEqual(len(mails), 1, "told once")
        self.assertIn(request.name, mails.body_html)
        self.assertIn("Rue Haute 1", mails.body_html)
        self.assertTrue(
            request.message_ids.filtered(
                lambda message: "absente@example.com" in str(message.body)
            )
        )
        self.assertEqual(request.state, "failed")

    def test_request_round_stop_weighing_receipt(self):
        request = self._request()
        absent = self._request(partner_id=False, contact_name="M. Absent")
        round_ = self.env["sectoral.round"].create(
            {
                "warehouse_id": self.site.id,
                "vehicle_id": self.vehicle.id,
                "crew_ids": [Command.set(self.crew.ids)],
                "stop_ids": [
                    Command.create({"request_id": request.id, "sequence": 1}),
                    Command.create({"request_id": absent.id, "sequence": 2}),
                ],
            }
        )
        stop, absent_stop = round_.stop_ids
        self.assertEqual(stop.partner_id, self.donor)
        self.assertEqual(stop.address, "Rue Haute 1, 1000, Bruxelles")
        round_.action_confirm()
        self.assertEqual(request.state, "scheduled")

        # The driver records the stops; the goods are weighed on the tablet at return.
        absent_stop.with_user(self.driver).outcome = "absent"
        self.assertEqual(absent.state, "failed")
        result = (
            self.env["sectoral.intake.tablet"]
            .with_user(self.driver)
            .submit(
                {
                    "client_token": "round-1",
                    "warehouse_id": self.site.id,
                    "channel_id": self.door.id,
                    "stop_id": stop.id,
                    "lines": [
                        {
                            "stream_id": self.seating.id,
                            "gross_kg": 61,
                            "container_id": self.env.ref(
                                "sectoral_collection.container_pallet"
                            ).id,
                        },
                        {"stream_id": self.textiles.id, "gross_kg": 14.5},
                    ],
                }
            )
        )
        intake = self.env["sectoral.intake"].browse(result["id"])
        self.assertEqual(intake.round_id, round_)
        self.assertEqual(intake.partner_id, self.donor)
        self.assertEqual(stop.outcome, "collected")
        self.assertEqual(stop.intake_id, intake)
        self.assertEqual(request.state, "collected")
        round_.action_done()
        self.assertEqual(round_.state, "done")
        self.assertAlmostEqual(round_.total_kg, 41 + 14.5)

        self.assertAlmostEqual(self._quant_kg(self.seating), 41)
        self.assertAlmostEqual(self._quant_kg(self.textiles), 14.5)
        moves = self.env["stock.move"].search([("sectoral_round_id", "=", round_.id)])
        self.assertEqual(len(moves), 2)
        self.assertEqual(set(moves.mapped("state")), {"done"})
        self.assertEqual(moves.sectoral_donor_id, self.donor)
        self.assertEqual(moves.sectoral_channel_id, self.door)

        for report, record in (
            ("sectoral_collection.action_report_round_sheet", round_),
            ("sectoral_collection.action_report_donor_receipt", intake),
        ):
            html, _kind = self.env["ir.actions.report"]._render_qweb_html(
                report, record.ids
            )
            self.assertIn(record.name, html.decode())

    def test_round_rules(self):
        round_ = self.env["sectoral.round"].create({"warehouse_id": self.site.id})
        with self.assertRaisesRegex(UserError, "no stop"):
            round_.action_confirm()
        round_.stop_ids = [Command.create({"request_id": self._request().id})]
        round_.action_confirm()
        with self.assertRaisesRegex(UserError, "outcome"):
            round_.action_done()
        with self.assertRaisesRegex(ValidationError, "refused"):
            round_.stop_ids.outcome = "refused"
        round_.stop_ids.write({"outcome": "refused", "refusal_reason": "Moisi"})
        self.assertEqual(round_.stop_ids.request_id.state, "failed")

    def test_paid_clearance_invoice(self):
        company_partner = self.env["res.partner"].create(
            {"name": "Bureaux SA", "is_company": True}
        )
        request = self._request(
            partner_id=company_partner.id,
            channel_id=self.env.ref("sectoral_base.channel_clearance").id,
            is_paid_clearance=True,
            clearance_amount=350.0,
        )
        request.action_create_invoice()
        invoice = request.invoice_id
        self.assertEqual(invoice.move_type, "out_invoice")
        self.assertEqual(invoice.partner_id, company_partner)
        self.assertEqual(invoice.invoice_origin, request.name)
        self.assertAlmostEqual(invoice.amount_untaxed, 350.0)
        with self.assertRaisesRegex(UserError, "already invoiced"):
            request.action_create_invoice()
        free = self._request()
        with self.assertRaisesRegex(UserError, "not a paid clearance"):
            free.action_create_invoice()
        unpriced = self._request(is_paid_clearance=True)
        with self.assertRaisesRegex(UserError, "price"):
            unpriced.action_create_invoice()
