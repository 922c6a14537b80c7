# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import InsertionCase

PRIVATE_MODELS = (
    "sectoral.insertion.pathway",
    "sectoral.insertion.interview",
    "sectoral.insertion.goal",
    "sectoral.insertion.obstacle",
    "sectoral.insertion.training",
    "sectoral.insertion.subsidy",
    "sectoral.insertion.floor.hours",
)


@tagged("post_install", "-at_install")
class TestInsertionAccess(InsertionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.interview = env["sectoral.insertion.interview"].create(
            {"pathway_id": cls.pathway.id, "notes": "<p>Situation familiale</p>"}
        )
        # everyone may export (Odoo's own permission): what stops them is the access
        # rights on insertion records
        export = ",base.group_allow_export"
        cls.officer.group_ids += env.ref("base.group_allow_export")
        cls.hr_manager = new_test_user(
            env, login="ins_hr", groups="hr.group_hr_manager" + export
        )
        cls.roles = {
            role: new_test_user(
                env, login=f"ins_{role}", groups=f"sectoral_base.group_{role}" + export
            )
            for role in (
                "manager",
                "driver",
                "sorter",
                "cashier",
                "intake_operator",
                "accountant",
            )
        }
        # another enterprise in the same database, with its own officer and worker
        cls.other_company = env["res.company"].create({"name": "Autre ressourcerie"})
        other_worker = env["hr.employee"].create(
            {"name": "Worker Elsewhere", "company_id": cls.other_company.id}
        )
        cls.other_pathway = env["sectoral.insertion.pathway"].create(
            {
                "company_id": cls.other_company.id,
                "employee_id": other_worker.id,
                "programme_id": cls.art60.id,
                "date_start": date(2026, 2, 1),
                "weekly_hours": 20,
            }
        )

    def _can_read_write_search_export(self, user):
        Pathway = self.env["sectoral.insertion.pathway"].with_user(user)
        self.assertIn(self.pathway, Pathway.search([]))
        self.assertEqual(
            self.pathway.with_user(user).employee_id.name, "Ali Travailleur"
        )
        self.pathway.with_user(user).weekly_hours = 30
        exported = Pathway.browse(self.pathway.id).export_data(
            ["name", "employee_id/name"]
        )["datas"]
        self.assertEqual(exported[0][1], "Ali Travailleur")
        self.assertIn("Situation", self.interview.with_user(user).notes)
        self.assertTrue(self.env["sectoral.insertion.stats"].with_user(user).search([]))

    def test_officers_and_hr_managers_work_on_pathways(self):
        for user in (self.officer, self.hr_manager):
            with self.subTest(user=user.login):
                self._can_read_write_search_export(user)

    def test_nobody_else_sees_names_or_notes(self):
        for role, user in self.roles.items():
            for model in PRIVATE_MODELS:
                with self.subTest(role=role, model=model):
                    Model = self.env[model].with_user(user)
                    with self.assertRaises(AccessError):
                        Model.search([])
                    with self.assertRaises(AccessError):
                        Model.search_read([], ["id"])
            with self.subTest(role=role, op="read"), self.assertRaises(AccessError):
                self.pathway.with_user(user).read(["employee_id", "exit_notes"])
            with self.subTest(role=role, op="write"), self.assertRaises(AccessError):
                self.pathway.with_user(user).write({"weekly_hours": 10})
            with self.subTest(role=role, op="export"), self.assertRaises(AccessError):
                self.pathway.with_user(user).export_data(["employee_id/name"])
            with self.subTest(role=role, op="notes"), self.assertRaises(AccessError):
                _notes = self.interview.with_user(user).notes
            # the employee form does not show them the pathways either
            fields = self.env["hr.employee"].with_user(user).fields_get()
            self.assertNotIn("insertion_pathway_ids", fields, role)

    def test_managers_see_statistics_without_names(self):
        manager = self.roles["manager"]
        Stats = self.env["sectoral.insertion.stats"].with_user(manager)
        stats = Stats.search([])
        self.assertEqual(stats.ids, [self.pathway.id], "own company only")
        fields = Stats.fields_get()
        for private in ("employee_id", "name", "exit_notes", "coach_id"):
            self.assertNotIn(private, fields)
        for field in fields.values():
            self.assertNotEqual(field.get("relation"), "hr.employee")
        # grouped figures only, and no group of fewer than five people
        with self.assertRaises(AccessError):
            stats.read(["floor_hours", "date_start"])
        with self.assertRaises(AccessError):
            Stats.search_read([], ["weekly_hours"])
        measures = ["pathway_count:sum", "weekly_hours:sum"]
        self.assertFalse(Stats.formatted_read_group([], ["programme_id"], measures))
        total = Stats.formatted_read_group([], [], measures)
        self.assertEqual(total[0]["pathway_count:sum"], 1, "the overall figure stays")
        for n in range(4):
            worker = self.env["hr.employee"].create({"name": f"Worker {n}"})
            self.env["sectoral.insertion.pathway"].create(
                {
                    "employee_id": worker.id,
                    "programme_id": self.art60.id,
                    "date_start": date(2026, 2, 1),
                    "weekly_hours": 19,
                }
            )
        groups = Stats.formatted_read_group([], ["programme_id"], measures)
        self.assertEqual(groups[0]["pathway_count:sum"], 5)
        self.assertEqual(groups[0]["weekly_hours:sum"], 26 + 4 * 19)
        sets = Stats.formatted_read_grouping_sets(
            [], [["programme_id"], ["programme_id", "date_start:day"]], measures
        )
        self.assertEqual(len(sets[0]), 1)
        self.assertFalse(sets[1], "groups of one and four starting days are not shown")
        for role in ("driver", "sorter", "cashier", "accountant"):
            with self.subTest(role=role), self.assertRaises(AccessError):
                self.env["sectoral.insertion.stats"].with_user(self.roles[role]).search(
                    []
                )

    def test_one_company_never_sees_another(self):
        Pathway = self.env["sectoral.insertion.pathway"].with_user(self.officer)
        self.assertNotIn(self.other_pathway, Pathway.search([]))
        with self.assertRaises(AccessError):
            self.other_pathway.with_user(self.officer).read(["employee_id"])
        with self.assertRaises(AccessError):
            self.other_pathway.with_user(self.officer).write({"weekly_hours": 1})
        self.assertNotIn(
            self.other_pathway.id,
            self.env["sectoral.insertion.stats"].with_user(self.officer).search([]).ids,
        )
        # an officer of both enterprises sees the other's only with it selected
        self.officer.write({"company_ids": [Command.link(self.other_company.id)]})
        one = Pathway.with_context(allowed_company_ids=[self.env.company.id])
        self.assertNotIn(self.other_pathway, one.search([]))
        both = Pathway.with_context(
            allowed_company_ids=[self.env.company.id, self.other_company.id]
        ).search([])
        self.assertIn(self.other_pathway, both)

    def test_health_obstacles_read_by_the_persons_officer_only(self):
        self.pathway.sudo().coach_id = self.officer
        Obstacle = self.env["sectoral.insertion.obstacle"]
        health = Obstacle.create(
            {
                "pathway_id": self.pathway.id,
                "type_id": self.env.ref("sectoral_insertion.obstacle_health").id,
                "notes": "Suivi médical",
            }
        )
        housing = Obstacle.create(
            {
                "pathway_id": self.pathway.id,
                "type_id": self.env.ref("sectoral_insertion.obstacle_housing").id,
            }
        )
        self.assertEqual(
            Obstacle.with_user(self.officer).search(
                [("id", "in", (health | housing).ids)]
            ),
            health | housing,
        )
        other_officer = new_test_user(
            self.env,
            login="ins_officer2",
            groups="sectoral_base.group_insertion_officer",
        )
        for user in (other_officer, self.hr_manager):
            with self.subTest(user=user.login):
                found = Obstacle.with_user(user).search(
                    [("id", "in", (health | housing).ids)]
                )
                self.assertEqual(found, housing)
                with self.assertRaises(AccessError):
                    health.with_user(user).read(["notes"])
