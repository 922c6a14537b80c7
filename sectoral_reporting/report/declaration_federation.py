# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import models

from odoo.addons.sectoral_base.models.sectoral_stream import FEDERATION_STREAMS


class SectoralDeclarationFederation(models.AbstractModel):
    _name = "sectoral.declaration.federation"
    _inherit = "sectoral.declaration"
    _description = "Federation file, one row per member and stream"
    _declaration_code = "federation"
    _declaration_sequence = 40

    def _columns(self):
        """The member's own columns, on its "All streams" row: (header, value from
        the member's figures). Bridges add theirs (shops, workers...)."""
        return [
            (
                self.env._("Sorted for reuse (t)"),
                lambda f: f"{f['sorted_for_reuse_kg'] / 1000:.3f}",
            ),
            (self.env._("Recycled (t)"), lambda f: f"{f['recycled_kg'] / 1000:.3f}"),
            (self.env._("Reuse rate (%)"), lambda f: f"{f['reuse_rate'] * 100:.1f}"),
            (
                self.env._("Valorisation rate (%)"),
                lambda f: f"{f['valorisation_rate'] * 100:.1f}",
            ),
            (
                self.env._("Reused per inhabitant per year (kg)"),
                lambda f: f"{f['kg_per_inhabitant']:.2f}",
            ),
            (self.env._("CO2e avoided (t)"), lambda f: f"{f['co2_kg'] / 1000:.3f}"),
        ]

    def _rows(self, report):
        """The federation's yearly file: for each member, one row per stream of the
        federation (textiles, bulky goods, WEEE, bikes, other) with the tonnes
        collected and reused, then the member's "All streams" row with its totals
        and its own figures (workers, insertion workers, shops... as the installed
        bridges give them). Counts of people and shops are on that row only, so
        that adding up the stream rows never counts them twice."""
        _ = self.env._
        columns = self._columns()
        names = dict(
            self.env["sectoral.stream"]
            ._fields["federation_stream"]
            ._description_selection(self.env)
        )
        header = [
            _("Member"),
            _("Period"),
            _("Stream"),
            _("Collected (t)"),
            _("Reused (t)"),
        ] + [label for label, _value in columns]
        period = f"{report.date_from} / {report.date_to}"
        blanks = [""] * len(columns)
        rows = []
        for company in report.company_ids:
            figures = report._member(company)._figures()
            by_stream = defaultdict(lambda: [0.0, 0.0])
            for stream, kg in figures["inbound_by_stream"]:
                by_stream[stream._federation_stream()][0] += kg
            for stream, kg in figures["reused_by_stream"]:
                by_stream[stream._federation_stream()][1] += kg
            for key, _label in FEDERATION_STREAMS:
                collected, reused = by_stream[key]
                rows.append(
                    [
                        company.name,
                        period,
                        names[key],
                        self._tonnes(collected),
                        self._tonnes(reused),
                        *blanks,
                    ]
                )
            rows.append(
                [
                    company.name,
                    period,
                    _("All streams"),
                    self._tonnes(figures["collected_kg"]),
                    self._tonnes(figures["reused_kg"]),
                ]
                + [value(figures) for _label, value in columns]
            )
        return header, rows
