# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict
from datetime import timedelta

from babel.dates import format_date
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools.misc import get_lang

from .sectoral_report_flow import DESTINATION_KINDS

# the headline tiles, in their order, when the figure exists (bridges add jobs and
# shop sales)
TILES = (
    "collected_kg",
    "reused_kg",
    "reuse_rate",
    "valorisation_rate",
    "co2_kg",
    "kg_per_inhabitant",
    "fte",
    "insertion_workers",
    "sold_amount",
)
# the streams charted one by one; the others are summed
CHARTED_STREAMS = 6


class SectoralImpactDashboard(models.AbstractModel):
    """The manager's impact dashboard: the headline figures of a period beside the
    previous period's, and month by month the tonnes collected by stream, where
    sorting sent them, the reuse and valorisation rates, the CO2e avoided and the
    jobs. Every figure is the impact report's own, computed by its rules for each
    month (the report's bridges add theirs)."""

    _name = "sectoral.impact.dashboard"
    _description = "Impact dashboard"

    @api.model
    def load(self, period="last_12_months"):
        """The dashboard of ``period`` (one of the report's presets) for the
        enterprises the user works in."""
        if not self.env.user.has_group("sectoral_base.group_manager"):
            raise AccessError(self.env._("The impact dashboard is for managers."))
        Report = self.env["sectoral.impact.report"]
        periods = [
            (key, label)
            for key, label in Report._fields["period"]._description_selection(self.env)
            if key != "custom"
        ]
        if period not in dict(periods):
            raise UserError(self.env._("Choose one of the dashboard's periods."))
        report = Report.new({"period": period, "company_ids": self.env.companies.ids})
        _current, _previous, indicators = report._indicators()
        by_key = {row["key"]: row for row in indicators}
        months = self._months(report.date_from, report.date_to)
        monthly = [report._figures(start, end) for start, end in months]
        locale = get_lang(self.env).code
        return {
            "period": period,
            "periods": periods,
            "title": self.env._(
                "%(start)s to %(end)s, against the period before",
                start=format_date(report.date_from, "medium", locale=locale),
                end=format_date(report.date_to, "medium", locale=locale),
            ),
            "companies": ", ".join(report.company_ids.mapped("name")),
            "tiles": [
                {
                    "key": key,
                    "label": by_key[key]["label"],
                    "value": by_key[key]["value_text"],
                    "previous": by_key[key]["previous_text"],
                    "change": by_key[key]["change_text"],
                    "up": (by_key[key]["change"] or 0) >= 0,
                }
                for key in TILES
                if key in by_key
            ],
            "months": [
                format_date(start, "MMM y", locale=locale) for start, _end in months
            ],
            "charts": self._charts(monthly),
            "currency": report.company_ids[:1].currency_id.symbol,
        }

    @staticmethod
    def _months(start, end):
        """The calendar months of the period, cut to its days, up to today."""
        today = fields.Date.today()
        end = min(end, max(today, start))
        months = []
        month = start.replace(day=1)
        while month <= end:
            last = month + relativedelta(months=1) - timedelta(days=1)
            months.append((max(month, start), min(last, end)))
            month += relativedelta(months=1)
        return months

    def _charts(self, monthly):
        _ = self.env._
        tonnes = lambda kg: round(kg / 1000, 3)
        # collected by top-level stream, the largest ones apart
        by_root = defaultdict(lambda: [0.0] * len(monthly))
        for index, figures in enumerate(monthly):
            for stream, kg in figures["inbound_by_stream"]:
                root = stream
                while root.parent_id:
                    root = root.parent_id
                by_root[root][index] += kg
        ranked = sorted(by_root.items(), key=lambda item: -sum(item[1]))
        streams = [
            {"label": root.name, "data": [tonnes(kg) for kg in values]}
            for root, values in ranked[:CHARTED_STREAMS]
        ]
        rest = ranked[CHARTED_STREAMS:]
        if rest:
            streams.append(
                {
                    "label": _("Other streams"),
                    "data": [
                        tonnes(sum(values[i] for _root, values in rest))
                        for i in range(len(monthly))
                    ],
                }
            )
        kinds = dict(
            self.env["sectoral.report.flow"]
            ._fields["destination_kind"]
            ._description_selection(self.env)
        )
        destinations = [
            {
                "key": kind,
                "label": kinds[kind],
                "data": [tonnes(f["outbound_by_kind"][kind]) for f in monthly],
            }
            for kind, _label in DESTINATION_KINDS
        ]
        charts = {
            "streams": streams,
            "destinations": destinations,
            "reused": [tonnes(f["reused_kg"]) for f in monthly],
            "rates": [
                {
                    "label": _("Reuse rate"),
                    "data": [round(f["reuse_rate"] * 100, 1) for f in monthly],
                },
                {
                    "label": _("Valorisation rate"),
                    "data": [round(f["valorisation_rate"] * 100, 1) for f in monthly],
                },
            ],
            "co2": [tonnes(f["co2_kg"]) for f in monthly],
        }
        if monthly and "fte" in monthly[0]:
            charts["jobs"] = [
                {
                    "label": _("Full-time equivalents"),
                    "data": [round(f["fte"], 2) for f in monthly],
                },
                {
                    "label": _("Of which in insertion"),
                    "data": [round(f["insertion_fte"], 2) for f in monthly],
                },
            ]
        return charts
