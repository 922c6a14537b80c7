# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step
from odoo.addons.sectoral_sorting.tests.test_sorting import SortingCase


class InsertionCase(SortingCase):
    """A reuse site (from the sorting tests), an insertion officer, and a worker in an
    article 60 pathway starting on 5 January 2026, 26 hours a week."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.officer = new_test_user(
            env,
            login="ins_officer",
            groups="sectoral_base.group_insertion_officer",
            name="Insertion Officer",
        )
        cls.art60 = env.ref("sectoral_insertion.programme_be_art60")
        cls.cpas = env["res.partner"].create(
            {"name": "CPAS de test", "is_company": True}
        )
        cls.worker = env["hr.employee"].create({"name": "Ali Travailleur"})
        cls.colleague = env["hr.employee"].create({"name": "Bea Collègue"})
        cls.pathway = (
            env["sectoral.insertion.pathway"]
            .with_user(cls.officer)
            .create(
                {
                    "employee_id": cls.worker.id,
                    "programme_id": cls.art60.id,
                    "funder_id": cls.cpas.id,
                    "date_start": date(2026, 1, 5),
                    "date_planned_end": date(2026, 12, 31),
                    "weekly_hours": 26,
                }
            )
            .sudo(False)
        )

    @classmethod
    def _round(cls, day, crew, hours, state="done"):
        # a round of the past, as its workflow left it
        with workflow_step():
            return cls.env["sectoral.round"].create(
                {
                    "warehouse_id": cls.site.id,
                    "date": day,
                    "crew_ids": [Command.set(crew.ids)],
                    "work_hours": hours,
                    "state": state,
                }
            )
