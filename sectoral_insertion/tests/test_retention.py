# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.tests import new_test_user, tagged

from .common import InsertionCase


@tagged("post_install", "-at_install")
class TestRetention(InsertionCase):
    def _exited(self, name, years_ago):
        today = fields.Date.today()
        worker = self.env["hr.employee"].create(
            {
                "name": name,
                "private_email": f"{name.split()[0].lower()}@example.com",
                "private_phone": "+32 470 00 00 00",
                "private_street": "Rue privée 1",
            }
        )
        pathway = self.env["sectoral.insertion.pathway"].create(
            {
                "employee_id": worker.id,
                "programme_id": self.art60.id,
                "date_start": today - relativedelta(years=years_ago + 1),
                "weekly_hours": 38,
                "state": "active",
                "goal_ids": [Command.create({"name": f"Objectif de {name}"})],
                "interview_ids": [
                    Command.create({"notes": f"<p>Notes sur {name}</p>"})
                ],
                "training_ids": [
                    Command.create(
                        {
                            "name": "Cariste",
                            "date_start": today - relativedelta(years=years_ago + 1),
                            "hours": 35,
                        }
                    )
                ],
            }
        )
        pathway._exit(
            today - relativedelta(years=years_ago), "hired", "durable", "CDI chez X"
        )
        return pathway

    def test_workers_who_left_long_ago_are_anonymised(self):
        self.env.company.insertion_retention_years = 5
        old = self._exited("Odile Ancienne", years_ago=6)
        recent = self._exited("Rita Récente", years_ago=2)
        returned = self._exited("Rémi Revenu", years_ago=7)
        # Rémi came back for a new pathway: his records stay
        self.env["sectoral.insertion.pathway"].create(
            {
                "employee_id": returned.employee_id.id,
                "programme_id": self.art60.id,
                "date_start": date.today() - relativedelta(months=1),
                "weekly_hours": 20,
            }
        )
        stats_before = self.env["sectoral.insertion.stats"].search_count([])
        # what else is kept about Odile: files, messages, an activity, her account
        worker = old.employee_id
        Attachment = self.env["ir.attachment"]
        files = Attachment.create(
            [
                {
                    "name": "cv-odile.pdf",
                    "raw": b"CV",
                    "res_model": model,
                    "res_id": rid,
                }
                for model, rid in (
                    (old._name, old.id),
                    ("hr.employee", worker.id),
                    ("sectoral.insertion.interview", old.interview_ids.id),
                )
            ]
        )
        worker.message_post(body="Odile a appelé")
        old.activity_schedule(summary="Rappeler Odile", user_id=self.officer.id)
        account = new_test_user(self.env, login="odile", name="Odile Ancienne")
        worker.user_id = account

        self.env["sectoral.insertion.pathway"]._cron_anonymise()

        self.assertFalse(files.exists(), "her files are gone")
        self.assertFalse(
            worker.with_context(active_test=False).message_ids.filtered(
                lambda m: "Odile" in (m.body or "")
            )
        )
        self.assertFalse(old.activity_ids)
        account = account.with_context(active_test=False)
        self.assertFalse(account.active)
        self.assertNotIn("Odile", account.name)
        self.assertNotEqual(account.login, "odile")
        self.assertFalse(worker.with_context(active_test=False).user_id)

        worker = old.employee_id.with_context(active_test=False)
        self.assertTrue(old.anonymised)
        self.assertNotIn("Odile", worker.name)
        self.assertFalse(worker.private_email)
        self.assertFalse(worker.private_phone)
        self.assertFalse(worker.private_street)
        self.assertFalse(worker.active)
        self.assertFalse(old.exit_notes)
        self.assertNotIn("Odile", old.goal_ids.name)
        self.assertFalse(old.interview_ids.notes)
        self.assertFalse(
            old.message_ids.filtered(lambda m: "Odile" in (m.body or "")),
            "the chatter does not keep the name",
        )
        # the figures stay
        self.assertEqual(old.exit_outcome, "durable")
        self.assertEqual(old.training_hours, 35)
        self.assertEqual(
            self.env["sectoral.insertion.stats"].search_count([]), stats_before
        )
        # others are left as they are
        for pathway, name in ((recent, "Rita"), (returned, "Rémi")):
            self.assertFalse(pathway.anonymised, name)
            self.assertIn(name, pathway.employee_id.name)
