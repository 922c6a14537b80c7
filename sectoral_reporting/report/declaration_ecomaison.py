# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict
from datetime import timedelta

from odoo import models


class SectoralDeclarationEcomaison(models.AbstractModel):
    _name = "sectoral.declaration.ecomaison"
    _inherit = "sectoral.declaration"
    _description = "Ecomaison quarterly register"
    _declaration_code = "ecomaison"
    _declaration_sequence = 10

    def _rows(self, report):
        """Ecomaison's quarterly register of the reuse entries and exits of furniture,
        by category: entries by origin, weighed or counted (with the average weights
        used), exits to reuse."""
        _ = self.env._
        streams = report._scheme_streams("ecomaison")
        categories = dict(
            streams._fields["rep_category"]._description_selection(self.env)
        )

        def category(stream):
            # a stream of the scheme without a furniture category (toys, DIY and
            # garden) is declared under its own name
            return categories.get(stream.rep_category) or stream.display_name

        lines = (
            self.env["sectoral.intake.line"]
            .sudo()
            .search(
                [
                    ("intake_id.state", "=", "done"),
                    ("intake_id.company_id", "in", report.company_ids.ids),
                    ("intake_id.date", ">=", report._midnight(report.date_from)),
                    (
                        "intake_id.date",
                        "<",
                        report._midnight(report.date_to + timedelta(days=1)),
                    ),
                    ("stream_id", "in", streams.ids),
                ]
                + (
                    [("intake_id.warehouse_id", "in", report.warehouse_ids.ids)]
                    if report.warehouse_ids
                    else []
                )
            )
        )
        entries = defaultdict(lambda: [0.0, 0, 0.0])
        for line in lines:
            key = (
                category(line.stream_id),
                line.intake_id.channel_id.name or "",
                "counted" if line.is_estimated else "weighed",
                line.stream_id.avg_weight_kg if line.is_estimated else 0.0,
            )
            entries[key][0] += line.net_kg
            entries[key][1] += line.count
        figures = report._figures()
        header = [
            _("Period"),
            _("Movement"),
            _("Category"),
            _("Origin"),
            _("Method"),
            _("Items"),
            _("Average weight (kg)"),
            _("Weight (kg)"),
        ]
        period = f"{report.date_from} / {report.date_to}"
        method = {"weighed": _("Weighed"), "counted": _("Counted")}
        rows = [
            [
                period,
                _("Entry"),
                cat,
                origin,
                method[mode],
                items if mode == "counted" else "",
                self._kg(avg) if mode == "counted" else "",
                self._kg(kg),
            ]
            for (cat, origin, mode, avg), (kg, items, _unused) in sorted(
                entries.items()
            )
        ]
        exits = defaultdict(float)
        for stream, kg in figures["reused_by_stream"]:
            if stream in streams:
                exits[category(stream)] += kg
        rows += [
            [
                period,
                _("Exit to reuse"),
                cat,
                "",
                "",
                "",
                "",
                self._kg(kg),
            ]
            for cat, kg in sorted(exits.items())
        ]
        return header, rows
