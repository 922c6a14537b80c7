# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.sectoral_base.models.sectoral_stream import REP_SCHEME_CATEGORIES

SCHEMES = ("ecomaison_furniture", "ecomaison_toys", "ecomaison_diy_garden")
# Ecomaison's filing of a quarter opens 45 days after its end
FILING_DELAY = timedelta(days=45)
# where each scheme declares the entries of a channel's origin: furniture knows the
# four origins; toys count other collections with voluntary drop-off and have
# retailers' points; DIY-garden has voluntary drop-off and recycling centres only
ORIGINS = {
    "ecomaison_furniture": {
        "voluntary": "voluntary",
        "recycling_centre": "recycling_centre",
        "professional": "professional",
        "door_to_door": "door_to_door",
    },
    "ecomaison_toys": {
        "voluntary": "voluntary_other",
        "door_to_door": "voluntary_other",
        "recycling_centre": "recycling_centre",
        "professional": "retailers",
    },
    "ecomaison_diy_garden": {
        "voluntary": "voluntary_other",
        "door_to_door": "voluntary_other",
        "professional": "voluntary_other",
        "recycling_centre": "recycling_centre",
    },
}


class SectoralDeclarationEcomaison(models.AbstractModel):
    _name = "sectoral.declaration.ecomaison"
    _inherit = "sectoral.declaration"
    _description = "Ecomaison quarterly declaration (furniture, toys, DIY-garden)"
    _declaration_code = "ecomaison"
    _declaration_sequence = 10

    def _origin_labels(self):
        _ = self.env._
        return {
            "voluntary": _("Voluntary drop-off and home collection"),
            "voluntary_other": _("Voluntary drop-off and other collections"),
            "recycling_centre": _("Reuse zone of a recycling centre"),
            "professional": _("Retailer or professional holder"),
            "retailers": _("Ecomaison permanent points: retailers"),
            "door_to_door": _("Other door-to-door collection, not otherwise paid"),
        }

    @staticmethod
    def _quarter(report):
        """The quarter as Ecomaison writes it ("2025-T1"), or None when the report's
        period is not one calendar quarter."""
        start, end = report.date_from, report.date_to
        if (
            start.day != 1
            or start.month % 3 != 1
            or end != start + relativedelta(months=3) - timedelta(days=1)
        ):
            return None
        return f"{start.year}-T{(start.month - 1) // 3 + 1}"

    def _check(self, report):
        _ = self.env._
        quarter = self._quarter(report)
        if not quarter:
            raise UserError(
                _(
                    "Ecomaison is declared per calendar quarter: choose this or last "
                    "quarter, or the first and last days of a quarter."
                )
            )
        warnings = self._mixed_methods(report)
        opening = report.date_to + FILING_DELAY
        today = fields.Date.context_today(report)
        if today >= opening:
            return warnings
        opens = _(
            "Ecomaison opens the filing of %(quarter)s on %(date)s.",
            quarter=quarter,
            date=opening.strftime("%d/%m/%Y"),
        )
        if not report.declaration_draft:
            raise UserError(
                opens
                + " "
                + _("Tick Draft to export it now and check its figures before then.")
            )
        return [opens + " " + _("This file is a draft: do not file it yet."), *warnings]

    def _mixed_methods(self, report):
        """A scheme whose entries were partly weighed, partly counted is declared
        weighed: say how much of it the average weights estimated."""
        scheme_labels = dict(
            self.env["sectoral.stream"]
            ._fields["rep_scheme"]
            ._description_selection(self.env)
        )
        warnings = []
        for scheme in SCHEMES:
            lines = report._intake_lines(report._scheme_streams(scheme))
            estimated = lines.filtered("is_estimated")
            if estimated and estimated != lines:
                warnings.append(
                    self.env._(
                        "%(scheme)s: entries weighed and counted in the same quarter "
                        "are declared weighed; %(kg)s kg of them are counted items "
                        "at the streams' average weights.",
                        scheme=scheme_labels[scheme],
                        kg=round(sum(estimated.mapped("net_kg")), 1),
                    )
                )
        return warnings

    def _rows(self, report):
        """Ecomaison's quarterly declaration for social-economy partners: for each of
        its three schemes, the tonnes that came in by category and by its fixed
        origins (the supply channels' Ecomaison origin), then the tonnes that left to
        be reused (sold or given) by category. Every category has its scheme's total
        (the figure Ecomaison requires; a stream without a category counts in it
        only). One method per scheme and flow for the quarter: entries are counted
        when every entry of the scheme was counted (the items then go with the
        weights of the average-weight tables), weighed otherwise; exits are the
        weighed kilograms of what left."""
        _ = self.env._
        quarter = self._quarter(report) or f"{report.date_from} / {report.date_to}"
        Stream = self.env["sectoral.stream"]
        scheme_labels = dict(
            Stream._fields["rep_scheme"]._description_selection(self.env)
        )
        category_labels = dict(
            Stream._fields["rep_category"]._description_selection(self.env)
        )
        origin_labels = self._origin_labels()
        total = _("Total")
        methods = {"weighed": _("Weighed"), "counted": _("Counted")}
        reused = dict(report._figures()["reused_by_stream"])
        header = [
            _("Quarter"),
            _("Scheme"),
            _("Flow"),
            _("Category"),
            _("Origin"),
            _("Method"),
            _("Items"),
            _("Tonnes"),
        ]
        rows = []
        for scheme in SCHEMES:
            streams = report._scheme_streams(scheme)
            if not streams:
                continue
            order = [key for key, _label in REP_SCHEME_CATEGORIES[scheme]]
            lines = report._intake_lines(streams)
            counted = bool(lines) and all(lines.mapped("is_estimated"))
            entries = defaultdict(lambda: [0.0, 0])
            for line in lines:
                origin = ORIGINS[scheme][line.intake_id.channel_id.ecomaison_origin]
                for category in {line.stream_id.rep_category or None, None}:
                    entries[(origin, category)][0] += line.net_kg
                    entries[(origin, category)][1] += line.count
            for origin in dict.fromkeys(ORIGINS[scheme].values()):
                for category in [*order, None]:
                    if (origin, category) not in entries:
                        continue
                    kg, items = entries[(origin, category)]
                    rows.append(
                        [
                            quarter,
                            scheme_labels[scheme],
                            _("Entries"),
                            category_labels[category] if category else total,
                            origin_labels[origin],
                            methods["counted" if counted else "weighed"],
                            items if counted else "",
                            self._tonnes(kg),
                        ]
                    )
            exits = defaultdict(float)
            for stream in streams:
                kg = reused.get(stream, 0.0)
                if stream.rep_category:
                    exits[stream.rep_category] += kg
                exits[None] += kg
            if not lines and not any(exits.values()):
                continue  # a scheme without activity in the quarter
            for category in [*order, None]:
                if category in exits:
                    rows.append(
                        [
                            quarter,
                            scheme_labels[scheme],
                            _("Exits to reuse (sale or gift)"),
                            category_labels[category] if category else total,
                            "",
                            methods["weighed"],
                            "",
                            self._tonnes(exits[category]),
                        ]
                    )
        return header, rows
