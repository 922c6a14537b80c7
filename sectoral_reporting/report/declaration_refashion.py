# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import models

# shipments that leave to be used again: already in the reused kilograms
REUSE_KINDS = ("reuse_sale", "giveaway")


class SectoralDeclarationRefashion(models.AbstractModel):
    _name = "sectoral.declaration.refashion"
    _inherit = "sectoral.declaration"
    _description = "Textiles, linen and shoes (Refashion)"
    _declaration_code = "refashion"
    _declaration_sequence = 20

    def _shipments(self, report, streams):
        """Kilograms of ``streams`` shipped in the period, by stream, kind of
        shipment and who took them."""
        domain = [
            ("outbound_id.state", "=", "done"),
            ("outbound_id.company_id", "in", report.company_ids.ids),
            ("outbound_id.date", ">=", report.date_from),
            ("outbound_id.date", "<=", report.date_to),
            ("stream_id", "in", streams.ids),
        ]
        if report.warehouse_ids:
            domain.append(("outbound_id.warehouse_id", "in", report.warehouse_ids.ids))
        shipped = defaultdict(float)
        for line in self.env["sectoral.outbound.line"].sudo().search(domain):
            outbound = line.outbound_id
            shipped[(line.stream_id, outbound.kind, outbound.partner_id)] += line.kg
        return shipped

    def _rows(self, report):
        """What a solidarity textile shop tells Refashion: per stream, the volumes
        that came in and went out, the part that left to be used again, and who took
        the surplus (every outgoing shipment, by kind and by who took it)."""
        _ = self.env._
        streams = report._scheme_streams("refashion")
        balance = report._scheme_balance("refashion", lambda s: s)
        kinds = dict(
            self.env["sectoral.outbound"]
            ._fields["kind"]
            ._description_selection(self.env)
        )
        shipped = self._shipments(report, streams)
        header = [
            _("Period"),
            _("Stream"),
            _("Flow"),
            _("Taken by"),
            _("Weight (kg)"),
        ]
        period = f"{report.date_from} / {report.date_to}"
        rows = []
        for stream in streams:
            row = balance.get(stream)
            shipments = sorted(
                (kinds[kind], partner.display_name, kg)
                for (line_stream, kind, partner), kg in shipped.items()
                if line_stream == stream
            )
            if not row and not shipments:
                continue
            row = row or {}
            name = stream.display_name
            rows.append(
                [
                    period,
                    name,
                    _("In (collected)"),
                    "",
                    self._kg(row.get("collected", 0.0)),
                ]
            )
            # what left: reused (tills, sold on, given away) and the other shipments
            out = row.get("reused", 0.0) + sum(
                kg
                for (line_stream, kind, _partner), kg in shipped.items()
                if line_stream == stream and kind not in REUSE_KINDS
            )
            rows.append([period, name, _("Out (all that left)"), "", self._kg(out)])
            rows.append(
                [
                    period,
                    name,
                    _("Out: reused (sold or given)"),
                    "",
                    self._kg(row.get("reused", 0.0)),
                ]
            )
            rows += [
                [period, name, _("Out: %(kind)s", kind=kind), partner, self._kg(kg)]
                for kind, partner, kg in shipments
            ]
        return header, rows
