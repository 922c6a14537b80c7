# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import models

from odoo.addons.sectoral_base.models.sectoral_stream import REP_SCHEME_CATEGORIES

# who takes the declaration, by the enterprise's country
ORGANISMS = {"BE": "Recupel", "FR": "ecosystem / Ecologic"}


class SectoralDeclarationWeee(models.AbstractModel):
    _name = "sectoral.declaration.weee"
    _inherit = "sectoral.declaration"
    _description = "Electrical and electronic equipment (WEEE, Recupel)"
    _declaration_code = "weee"
    _declaration_sequence = 30

    @staticmethod
    def _items_collected(member, streams):
        """Items counted at intake by stream (Recupel counts units as well as
        tonnes); weighed lines give the items the worker counted with them."""
        lines = member._intake_lines(streams)
        items = defaultdict(int)
        for line in lines:
            items[line.stream_id] += line.count
        return items

    def _rows(self, report):
        """Per enterprise, the six categories of the EU directive (cooling apart),
        always all six: items counted at intake, tonnes collected, reused, recycled
        and disposed of; streams of the scheme without a category on a line of
        their own. The eco-organism follows the enterprise's country: Recupel in
        Belgium, ecosystem / Ecologic in France."""
        _ = self.env._
        streams = report._scheme_streams("weee")
        labels = dict(streams._fields["rep_category"]._description_selection(self.env))
        order = [key for key, _label in REP_SCHEME_CATEGORIES["weee"]]
        uncategorised = _("Not categorised")
        header = [
            _("Period"),
            _("Enterprise"),
            _("Eco-organism"),
            _("Category"),
            _("Items collected"),
            _("Collected (t)"),
            _("Reused (t)"),
            _("Recycled (t)"),
            _("Disposed of (t)"),
        ]
        period = f"{report.date_from} / {report.date_to}"
        rows = []
        for company in report.company_ids:
            member = report._member(company)
            balance = member._scheme_balance(
                "weee", lambda s: s.rep_category or uncategorised
            )
            items = defaultdict(int)
            for stream, count in self._items_collected(member, streams).items():
                items[stream.rep_category or uncategorised] += count
            keys = order + ([uncategorised] if uncategorised in balance else [])
            for key in keys:
                row = balance.get(key, {})
                rows.append(
                    [
                        period,
                        company.name,
                        ORGANISMS.get(company.country_id.code, ""),
                        labels.get(key, key),
                        items.get(key, 0),
                        self._tonnes(row.get("collected", 0.0)),
                        self._tonnes(row.get("reused", 0.0)),
                        self._tonnes(row.get("recycled", 0.0)),
                        self._tonnes(row.get("disposed", 0.0)),
                    ]
                )
        return header, rows
