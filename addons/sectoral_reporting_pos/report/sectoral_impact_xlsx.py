# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models


class SectoralImpactXlsx(models.AbstractModel):
    _inherit = "report.sectoral_reporting.impact_xlsx"

    def _sheets(self):
        return super()._sheets() + [self._sales_sheet]

    def _sales_sheet(self, workbook, formats, report, current, previous):
        _ = self.env._
        sheet = self._sheet(
            workbook,
            formats,
            _("Shop sales"),
            _("Sold at the tills, by stream (paid orders, excl. tax)"),
            [_("Stream"), _("Sold (t)"), _("Sales (excl. tax)")],
            [30, 14, 18],
        )
        row = 3
        for stream, kg, amount in current["sold_by_stream"]:
            sheet.write(row, 0, stream.display_name)
            sheet.write_number(row, 1, kg / 1000, formats["t"])
            sheet.write_number(row, 2, amount, formats["money"])
            row += 1
        sheet.write(row, 0, _("Total"), formats["head"])
        sheet.write_number(row, 1, current["sold_kg"] / 1000, formats["t"])
        sheet.write_number(row, 2, current["sold_amount"], formats["money"])
