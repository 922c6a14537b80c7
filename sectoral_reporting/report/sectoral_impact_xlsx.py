# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models

from ..models.sectoral_report_flow import DESTINATION_KINDS


class SectoralImpactXlsx(models.AbstractModel):
    """The impact workbook: one sheet per section, numbers as numbers (tonnes,
    rates, money), with the previous period beside and a chart where it helps.
    Bridges add their sheets to ``_sheets``."""

    _name = "report.sectoral_reporting.impact_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Impact report workbook"

    def generate_xlsx_report(self, workbook, data, reports):
        report = reports[:1]
        current, previous, indicators = report._indicators()
        formats = self._formats(workbook, report)
        self._summary_sheet(workbook, formats, report, indicators)
        for sheet in self._sheets():
            sheet(workbook, formats, report, current, previous)

    def _sheets(self):
        """The sheets after the summary, in order: methods taking (workbook,
        formats, report, current figures, previous figures)."""
        return [
            self._inbound_sheet,
            self._outbound_sheet,
            self._co2_sheet,
            self._money_sheet,
        ]

    def _formats(self, workbook, report):
        currency = report.company_ids[:1].currency_id
        return {
            "title": workbook.add_format({"bold": True, "font_size": 14}),
            "head": workbook.add_format(
                {"bold": True, "bg_color": "#E3F2E4", "border": 1}
            ),
            "text": workbook.add_format({}),
            "t": workbook.add_format({"num_format": "#,##0.000"}),
            "kg": workbook.add_format({"num_format": "#,##0.0"}),
            "n": workbook.add_format({"num_format": "#,##0.##"}),
            "%": workbook.add_format({"num_format": "0.0%"}),
            "money": workbook.add_format(
                {"num_format": self._report_xlsx_currency_format(currency)}
            ),
        }

    def _sheet(self, workbook, formats, name, title, header, widths):
        sheet = workbook.add_worksheet(name)
        sheet.write(0, 0, title, formats["title"])
        for col, (label, width) in enumerate(zip(header, widths, strict=True)):
            sheet.set_column(col, col, width)
            sheet.write(2, col, label, formats["head"])
        return sheet

    def _summary_sheet(self, workbook, formats, report, indicators):
        _ = self.env._
        sheet = self._sheet(
            workbook,
            formats,
            _("Summary"),
            _("Impact %(start)s - %(end)s: %(companies)s")
            % {
                "start": report.date_from,
                "end": report.date_to,
                "companies": ", ".join(report.company_ids.mapped("name")),
            },
            [_("Indicator"), _("Period"), _("Previous period"), _("Change")],
            [36, 16, 16, 12],
        )
        for row, indicator in enumerate(indicators, start=3):
            unit = indicator["unit"]
            fmt = {"t": "t", "%": "%", "money": "money"}.get(unit, "n")
            value, before = indicator["value"], indicator["previous"]
            if unit == "%":
                value, before = value / 100, before / 100
            sheet.write(row, 0, indicator["label"])
            sheet.write_number(row, 1, value, formats[fmt])
            sheet.write_number(row, 2, before, formats[fmt])
            if indicator["change"] is None:
                sheet.write_blank(row, 3, None)
            else:
                sheet.write_number(row, 3, indicator["change"], formats["%"])

    def _inbound_sheet(self, workbook, formats, report, current, previous):
        _ = self.env._
        before_stream = dict(previous["inbound_by_stream"])
        sheet = self._sheet(
            workbook,
            formats,
            _("Collected"),
            _("Collected by stream and by supply channel"),
            [_("Stream"), _("Tonnes"), _("Previous period (t)")],
            [36, 14, 18],
        )
        row = 3
        for stream, kg in current["inbound_by_stream"]:
            sheet.write(row, 0, stream.display_name or _("Unknown"))
            sheet.write_number(row, 1, kg / 1000, formats["t"])
            sheet.write_number(
                row, 2, before_stream.get(stream, 0.0) / 1000, formats["t"]
            )
            row += 1
        first, last = 3, row - 1
        row += 1
        sheet.write(row, 0, _("Supply channel"), formats["head"])
        sheet.write(row, 1, _("Tonnes"), formats["head"])
        row += 1
        for channel, kg in current["inbound_by_channel"]:
            sheet.write(row, 0, channel.name or _("Unknown"))
            sheet.write_number(row, 1, kg / 1000, formats["t"])
            row += 1
        if last >= first:
            chart = workbook.add_chart({"type": "bar"})
            chart.add_series(
                {
                    "name": _("Collected (t)"),
                    "categories": [sheet.name, first, 0, last, 0],
                    "values": [sheet.name, first, 1, last, 1],
                }
            )
            chart.set_title({"name": _("Collected by stream (t)")})
            chart.set_legend({"none": True})
            sheet.insert_chart(2, 4, chart)

    def _outbound_sheet(self, workbook, formats, report, current, previous):
        _ = self.env._
        kinds = dict(DESTINATION_KINDS)
        kind_labels = dict(
            self.env["sectoral.report.flow"]
            ._fields["destination_kind"]
            ._description_selection(self.env)
        )
        sheet = self._sheet(
            workbook,
            formats,
            _("Destinations"),
            _("Where the sorted goods went"),
            [_("Destination"), _("Tonnes"), _("Previous period (t)")],
            [30, 14, 18],
        )
        row = 3
        for kind in kinds:
            sheet.write(row, 0, kind_labels[kind])
            sheet.write_number(
                row, 1, current["outbound_by_kind"][kind] / 1000, formats["t"]
            )
            sheet.write_number(
                row, 2, previous["outbound_by_kind"][kind] / 1000, formats["t"]
            )
            row += 1
        chart = workbook.add_chart({"type": "pie"})
        chart.add_series(
            {
                "name": _("Destinations"),
                "categories": [sheet.name, 3, 0, row - 1, 0],
                "values": [sheet.name, 3, 1, row - 1, 1],
                "data_labels": {"percentage": True},
            }
        )
        chart.set_title({"name": _("Where the sorted goods went")})
        sheet.insert_chart(2, 4, chart)
        row += 1
        sheet.write(row, 0, _("Stream"), formats["head"])
        for col, kind in enumerate(kinds, start=1):
            sheet.write(row, col, kind_labels[kind], formats["head"])
        for stream, stream_kinds in sorted(
            current["outbound_by_stream"].items(),
            key=lambda item: item[0].display_name or "",
        ):
            row += 1
            sheet.write(row, 0, stream.display_name or _("Unknown"))
            for col, kind in enumerate(kinds, start=1):
                sheet.write_number(
                    row, col, stream_kinds.get(kind, 0.0) / 1000, formats["t"]
                )
        # what left to be used again, apart from what sorting directed to reuse
        row += 2
        sheet.write(row, 0, _("Left to be used again"), formats["head"])
        sheet.write(row, 1, _("Tonnes"), formats["head"])
        for stream, kg in current["reused_by_stream"]:
            row += 1
            sheet.write(row, 0, stream.display_name or _("Unknown"))
            sheet.write_number(row, 1, kg / 1000, formats["t"])

    def _co2_sheet(self, workbook, formats, report, current, previous):
        _ = self.env._
        sheet = self._sheet(
            workbook,
            formats,
            _("CO2e"),
            _("CO2e avoided by what was reused, with each factor's basis and source"),
            [
                _("Stream"),
                _("Reused (t)"),
                _("kg CO2e"),
                _("Basis"),
                _("CO2e avoided (t)"),
                _("Source of the factor"),
            ],
            [30, 12, 10, 18, 16, 60],
        )
        for row, line in enumerate(current["co2_by_stream"], start=3):
            sheet.write(row, 0, line["stream"].display_name)
            sheet.write_number(row, 1, line["reused_kg"] / 1000, formats["t"])
            if line["co2_kg"] is None:
                sheet.write(row, 2, _("no factor"))
                continue
            sheet.write_number(row, 2, line["factor"], formats["n"])
            sheet.write(row, 3, line["basis"])
            sheet.write_number(row, 4, line["co2_kg"] / 1000, formats["t"])
            sheet.write(row, 5, line["source"])

    def _money_sheet(self, workbook, formats, report, current, previous):
        _ = self.env._
        labels = report._income_labels()
        sheet = self._sheet(
            workbook,
            formats,
            _("Income"),
            _("Income posted in the books"),
            [_("Income"), _("Period"), _("Previous period")],
            [30, 16, 16],
        )
        row = 3
        for key in labels:
            sheet.write(row, 0, labels[key])
            sheet.write_number(row, 1, current["income"][key], formats["money"])
            sheet.write_number(row, 2, previous["income"][key], formats["money"])
            row += 1
