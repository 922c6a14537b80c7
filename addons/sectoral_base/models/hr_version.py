# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict
from datetime import timedelta

from odoo import models


class HrVersion(models.Model):
    _inherit = "hr.version"

    def _sectoral_fte(self, date_from, date_to):
        """Full-time equivalents over a period, by employee, from these contract
        versions: each day under contract counts its weekly hours over the company's
        full-time hours (res.company._sectoral_fte). A version counts from its contract
        start (its own date when it follows another version of the employee) to its
        contract end or the next version; one without a contract counts nothing; an
        employee is 1.00 at most."""
        by_employee = defaultdict(lambda: self.browse())
        for version in self.sudo():
            by_employee[version.employee_id] |= version
        fte = {}
        for employee, versions in by_employee.items():
            versions = versions.sorted("date_version")
            total = 0.0
            for rank, version in enumerate(versions):
                if not version.contract_date_start:
                    continue
                start = version.contract_date_start
                if rank:
                    start = max(start, version.date_version)
                end = version.contract_date_end
                if rank + 1 < len(versions):
                    next_start = versions[rank + 1].date_version - timedelta(days=1)
                    end = min(end, next_start) if end else next_start
                total += version.company_id._sectoral_fte(
                    version.resource_calendar_id.hours_per_week or 0.0,
                    start,
                    end,
                    date_from,
                    date_to,
                )
            if total:
                fte[employee] = min(total, 1.0)
        return fte
