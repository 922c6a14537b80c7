# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class SectoralImpactXlsx(models.AbstractModel):
    _inherit = "report.sectoral_reporting.impact_xlsx"

    def _sheets(self):
        return super()._sheets() + [self._lending_sheet]

    def _lending_sheet(self, workbook, formats, report, current, previous):
        """The loans by kind of object, and the CO2e of the purchases they avoided
        with each factor's source."""
        _ = self.env._
        sheet = self._sheet(
            workbook,
            formats,
            _("Library"),
            _("Lending library: purchases avoided"),
            [
                _("Kind of object"),
                _("Loans"),
                _("kg CO2e per loan"),
                _("kg CO2e avoided"),
                _("Source"),
            ],
            [30, 10, 16, 16, 50],
        )
        row = 3
        for line in current["loans_by_category"]:
            sheet.write(row, 0, line["category"])
            sheet.write_number(row, 1, line["loans"], formats["n"])
            sheet.write_number(row, 2, line["factor"], formats["n"])
            sheet.write_number(row, 3, line["co2_kg"], formats["n"])
            sheet.write(row, 4, line["source"])
            row += 1
        sheet.write(row, 0, _("Total"), formats["head"])
        sheet.write_number(row, 1, current["loans"], formats["n"])
        sheet.write_number(row, 3, current["loan_co2_kg"], formats["n"])
