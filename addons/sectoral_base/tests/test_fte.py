# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestFullTimeEquivalents(TransactionCase):
    """The suite's one rule of full-time equivalents, on contract versions."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        env.user.group_ids += env.ref("hr.group_hr_manager")
        cls.company = env["res.company"].create(
            {"name": "FTE test", "country_id": env.ref("base.fr").id}
        )
        cls.company._sectoral_set_full_time()  # 35 h in France
        cls.half = env["resource.calendar"].create(
            {"name": "17.5 h", "company_id": cls.company.id, "hours_per_week": 17.5}
        )
        cls.year = (date(2025, 1, 1), date(2025, 12, 31))

    def _employee(self, **version):
        employee = self.env["hr.employee"].create(
            {"name": "Worker", "company_id": self.company.id}
        )
        employee.version_id.write(version)
        return employee

    def test_versions_of_one_contract_count_once(self):
        """Full time until June, half time from July (a new version): one person,
        each day counted once, against the company's 35 h week."""
        self.assertEqual(self.company._sectoral_full_time_hours(), 35)
        employee = self._employee(
            contract_date_start=date(2024, 1, 1),
            resource_calendar_id=self.company.resource_calendar_id.id,
        )
        employee.create_version(
            {
                "date_version": date(2025, 7, 1),
                "contract_date_start": date(2024, 1, 1),
                "resource_calendar_id": self.half.id,
            }
        )
        fte = employee.version_ids._sectoral_fte(*self.year)
        self.assertAlmostEqual(fte[employee], (181 + 184 * 0.5) / 365)

    def test_no_contract_no_fte(self):
        employee = self._employee()
        self.assertFalse(employee.version_ids._sectoral_fte(*self.year))

    def test_factor_per_item_needs_an_average_weight(self):
        stream = self.env.ref("sectoral_base.stream_books_media")
        stream.avg_weight_kg = 0
        with self.assertRaisesRegex(ValidationError, "average weight"):
            stream.write({"co2_basis": "unit", "co2_factor": 2.0})
