# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class SectoralImpactXlsx(models.AbstractModel):
    _inherit = "report.sectoral_reporting.impact_xlsx"

    def _sheets(self):
        return super()._sheets() + [self._jobs_sheet]

    def _jobs_sheet(self, workbook, formats, report, current, previous):
        _ = self.env._
        outcomes = dict(
            self.env["sectoral.insertion.pathway"]
            ._fields["exit_outcome"]
            ._description_selection(self.env)
        )
        sheet = self._sheet(
            workbook,
            formats,
            _("Jobs"),
            _("Jobs and insertion"),
            [_("Indicator"), _("Period"), _("Previous period")],
            [36, 14, 16],
        )
        labels = {key: label for key, label, *_unit in report._indicator_rows()}
        labels["insertion_fte"] = _("Full-time equivalents in insertion")
        lines = [
            ("headcount", "n"),
            ("fte", "n"),
            ("insertion_workers", "n"),
            ("placements", "n"),
            ("insertion_fte", "n"),
            ("trainees", "n"),
            ("training_hours", "n"),
            ("exits", "n"),
            ("dynamic_exit_rate", "%"),
        ]
        row = 3
        for key, fmt in lines:
            sheet.write(row, 0, labels[key])
            sheet.write_number(row, 1, current[key], formats[fmt])
            sheet.write_number(row, 2, previous[key], formats[fmt])
            row += 1
        row += 1
        sheet.write(row, 0, _("Exits by outcome"), formats["head"])
        for key, label in outcomes.items():
            row += 1
            sheet.write(row, 0, label)
            sheet.write_number(
                row, 1, current["exits_by_outcome"].get(key, 0), formats["n"]
            )
            sheet.write_number(
                row, 2, previous["exits_by_outcome"].get(key, 0), formats["n"]
            )
