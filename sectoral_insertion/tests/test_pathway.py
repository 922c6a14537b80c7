# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, timedelta

from psycopg2 import IntegrityError

from odoo import Command, fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import InsertionCase


@tagged("post_install", "-at_install")
class TestPathway(InsertionCase):
    def test_full_pathway(self):
        pathway = self.pathway.with_user(self.officer)
        self.assertTrue(pathway.name.startswith("INS/"))
        self.assertEqual(pathway.coach_id, self.officer)
        pathway.action_start()
        self.assertEqual(pathway.state, "active")

        # the support plan
        pathway.write(
            {
                "goal_ids": [
                    Command.create(
                        {"name": "Permis B", "target_date": date(2026, 6, 30)}
                    ),
                    Command.create({"name": "Autonomie en tournée"}),
                ],
                "obstacle_ids": [
                    Command.create(
                        {
                            "type_id": self.env.ref(
                                "sectoral_insertion.obstacle_mobility"
                            ).id
                        }
                    )
                ],
                "skill_line_ids": [
                    Command.create(
                        {
                            "skill_id": self.env.ref(
                                "sectoral_insertion.skill_driving"
                            ).id
                        }
                    )
                ],
            }
        )
        # interviews: the next one is an activity of the coach, moved when rescheduled
        interview = (
            self.env["sectoral.insertion.interview"]
            .with_user(self.officer)
            .create(
                {
                    "pathway_id": pathway.id,
                    "date": date(2026, 1, 5),
                    "kind": "entry",
                    "notes": "<p>Objectifs fixés</p>",
                    "next_date": date(2026, 2, 5),
                }
            )
        )
        interview_type = self.env.ref("sectoral_insertion.mail_activity_interview")
        activities = pathway.activity_ids.filtered(
            lambda a: a.activity_type_id == interview_type
        )
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.date_deadline, date(2026, 2, 5))
        self.assertEqual(activities.user_id, self.officer)
        interview.next_date = date(2026, 2, 12)
        activities = pathway.activity_ids.filtered(
            lambda a: a.activity_type_id == interview_type
        )
        self.assertEqual(activities.mapped("date_deadline"), [date(2026, 2, 12)])
        with self.assertRaisesRegex(ValidationError, "after this one"):
            interview.next_date = date(2026, 1, 1)

        # trainings
        pathway.training_ids = [
            Command.create(
                {
                    "name": "Gestes et postures",
                    "date_start": date(2026, 2, 1),
                    "hours": 14,
                    "certificate": "Attestation",
                }
            ),
            Command.create(
                {
                    "name": "Code de la route",
                    "date_start": date(2026, 3, 1),
                    "hours": 20,
                }
            ),
        ]
        self.assertEqual(pathway.training_hours, 34)

        # hours on the floor: rounds (crew) and sorting sessions (sorters), once each
        self._round(date(2026, 2, 10), self.worker | self.colleague, 7.5)
        self._round(date(2026, 2, 11), self.worker, 7)
        self._round(date(2026, 2, 12), self.worker, 6, state="confirmed")  # not done
        self._round(date(2025, 12, 20), self.worker, 8)  # before the pathway
        self._round(date(2026, 2, 13), self.colleague, 8)  # someone else
        self._receive(self.textiles, 50)
        session = self._session(
            [(self.textiles, 40)], [(self.textiles, self.reuse, 40)]
        )
        session.write(
            {
                "date": date(2026, 3, 2),
                "sorter_ids": [Command.set((self.worker | self.colleague).ids)],
                "work_hours": 3.5,
            }
        )
        session.action_close()
        pathway.invalidate_recordset(["floor_hours"])
        self.assertAlmostEqual(pathway.floor_hours, 7.5 + 7 + 3.5)

        # full-time equivalents over 2026: 26 h a week from 5 January, against the
        # company's full-time week (its working schedule: 38 h here)
        year = (date(2026, 1, 1), date(2026, 12, 31))
        days = (date(2026, 12, 31) - date(2026, 1, 5)).days + 1
        self.assertAlmostEqual(pathway._contract_hours(*year), 26 * days / 7)
        self.env.company.resource_calendar_id = self.env["resource.calendar"].create(
            {"name": "38 h", "hours_per_week": 38}
        )
        self.assertAlmostEqual(pathway._fte(*year), 26 / 38 * days / 365)
        # a pathway of 45 h a week is one full-time job, not more
        pathway.weekly_hours = 45
        self.assertAlmostEqual(pathway._fte(*year), days / 365)
        pathway.weekly_hours = 26

        # the exit, and its follow-up six months later
        wizard = (
            self.env["sectoral.insertion.exit.wizard"]
            .with_user(self.officer)
            .create(
                {
                    "pathway_id": pathway.id,
                    "date": date(2026, 9, 30),
                    "reason": "hired",
                    "outcome": "durable",
                    "notes": "CDI magasinier",
                }
            )
        )
        wizard.action_confirm()
        self.assertEqual(pathway.state, "exited")
        self.assertTrue(pathway.is_dynamic_exit)
        self.assertEqual(pathway.followup_date, date(2027, 3, 30))
        followup = pathway.activity_ids.filtered(
            lambda a: (
                a.activity_type_id
                == self.env.ref("sectoral_insertion.mail_activity_followup")
            )
        )
        self.assertEqual(followup.date_deadline, date(2027, 3, 30))
        # FTE counts the contract until the exit only
        hours_to_exit = 26 * ((date(2026, 9, 30) - date(2026, 1, 5)).days + 1) / 7
        self.assertAlmostEqual(pathway._contract_hours(*year), hours_to_exit)
        pathway.followup_outcome = "durable"

        # the worker's progress report
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "sectoral_insertion.action_report_insertion_progress", pathway.ids
            )[0]
            .decode()
        )
        for text in (
            "Ali Travailleur",
            "Permis B",
            "Gestes et postures",
            "Attestation",
        ):
            self.assertIn(text, html)

    def test_bad_input_refused(self):
        pathway = self.pathway.with_user(self.officer)
        with (
            self.assertRaisesRegex(ValidationError, "end before it starts"),
            self.env.cr.savepoint(),
        ):
            pathway.date_planned_end = date(2025, 1, 1)
            pathway.flush_recordset()
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            pathway.weekly_hours = 0
            pathway.flush_recordset()
        with (
            self.assertRaisesRegex(ValidationError, "already has a pathway"),
            self.env.cr.savepoint(),
        ):
            self.env["sectoral.insertion.pathway"].with_user(self.officer).create(
                {
                    "employee_id": self.worker.id,
                    "programme_id": self.art60.id,
                    "date_start": date(2026, 3, 1),
                    "weekly_hours": 20,
                }
            )
        with self.assertRaisesRegex(UserError, "in progress"):
            pathway._exit(date(2026, 5, 1), "end", "other")  # not started
        pathway.action_start()
        with self.assertRaisesRegex(UserError, "reason and the outcome"):
            pathway._exit(date(2026, 5, 1), "end", False)
        with (
            self.assertRaisesRegex(ValidationError, "before the pathway starts"),
            self.env.cr.savepoint(),
        ):
            pathway._exit(date(2025, 5, 1), "end", "other")
            pathway.flush_recordset()
        self.assertEqual(pathway.state, "active")
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            pathway.training_ids = [
                Command.create(
                    {"name": "Rien", "date_start": date(2026, 2, 1), "hours": 0}
                )
            ]
            pathway.flush_recordset()
            pathway.training_ids.flush_recordset()

    def test_sorting_screen_session_counts_its_time(self):
        """A session opened on the sorting screen counts the time from its first
        weighing to its closing when nobody wrote the working time."""
        self._receive(self.textiles, 10)
        session = self._session(
            [(self.textiles, 10)], [(self.textiles, self.reuse, 10)]
        )
        self.env.cr.execute(
            "UPDATE sectoral_sorting_session SET create_date = %s WHERE id = %s",
            (fields.Datetime.now() - timedelta(hours=2, minutes=10), session.id),
        )
        session.invalidate_recordset(["create_date"])
        session.action_close()
        self.assertEqual(session.work_hours, 2.25)
