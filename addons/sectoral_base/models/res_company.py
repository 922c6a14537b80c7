# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command, models

# Full-time weekly hours where the company has no working schedule: 38 h in most
# Belgian joint committees, the legal 35 h in France (whose 1,607 h a year are those
# weeks less leave and public holidays).
FULL_TIME_HOURS = {"BE": 38.0, "FR": 35.0}


class ResCompany(models.Model):
    _inherit = "res.company"

    def _sectoral_full_time_hours(self):
        """The weekly hours of one full-time job: those of the company's working
        schedule (Settings > Employees), else the country's usual ones."""
        self.ensure_one()
        return self.resource_calendar_id.hours_per_week or FULL_TIME_HOURS.get(
            self.country_code, 38.0
        )

    def _sectoral_fte(self, weekly_hours, start, end, date_from, date_to):
        """The full-time equivalent of working ``weekly_hours`` from ``start`` to
        ``end`` (included; False: still going), over the period from ``date_from`` to
        ``date_to``: the weekly hours over the full-time ones (1 at most), pro rata of
        the period's days under contract. The one rule of the suite's FTE."""
        self.ensure_one()
        start = max(start, date_from)
        end = min(end or date_to, date_to)
        if end < start:
            return 0.0
        share = min(weekly_hours / self._sectoral_full_time_hours(), 1.0)
        return share * ((end - start).days + 1) / ((date_to - date_from).days + 1)

    def _sectoral_set_full_time(self, weekly_hours=None):
        """Give the company a working schedule of one full-time week (the country's
        usual hours unless given): five days, a morning of four hours and the rest
        after lunch. The full-time equivalents are counted against it."""
        self.ensure_one()
        hours = weekly_hours or FULL_TIME_HOURS.get(self.country_code, 38.0)
        afternoon = hours / 5 - 4
        attendances = []
        for day in range(5):
            attendances += [
                Command.create(
                    {
                        "name": self.env._("Morning"),
                        "dayofweek": str(day),
                        "hour_from": 8,
                        "hour_to": 12,
                        "day_period": "morning",
                    }
                ),
                Command.create(
                    {
                        "name": self.env._("Afternoon"),
                        "dayofweek": str(day),
                        "hour_from": 13,
                        "hour_to": 13 + afternoon,
                        "day_period": "afternoon",
                    }
                ),
            ]
        self.resource_calendar_id = self.env["resource.calendar"].create(
            {
                "name": self.env._("Full time, %(hours)s h", hours=f"{hours:g}"),
                "company_id": self.id,
                "attendance_ids": attendances,
            }
        )
        return self.resource_calendar_id
