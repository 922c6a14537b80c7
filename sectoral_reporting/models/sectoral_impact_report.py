# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import csv
import io
from collections import defaultdict
from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.misc import formatLang

from .sectoral_report_flow import DESTINATION_KINDS

# what sorting directs to the shop and the workshop ("sorted for reuse")
SORTED_FOR_REUSE = ("reuse", "repair")
RECYCLED = ("recycling",)


class SectoralImpactReport(models.TransientModel):
    """The impact of one or several enterprises (a federation consolidates its
    members) and sites over a period, beside the previous period of the same length:
    tonnes collected and where they went, reuse and valorisation rates, CO2e avoided,
    income. Every figure is computed from the stock moves and the journal items; shown
    on screen, as an XLSX workbook, a PDF for the board, and CSV declarations.

    Other addons add their figures by extending ``_figures``, ``_indicator_rows``,
    ``_income_categories`` and the workbook's ``_sheets`` (the tills' sales, jobs and
    insertion come from such bridges); each declaration is a model of its own
    (``sectoral.declaration``)."""

    _name = "sectoral.impact.report"
    _description = "Impact report"

    period = fields.Selection(
        [
            ("this_year", "This year"),
            ("last_year", "Last year"),
            ("this_quarter", "This quarter"),
            ("last_quarter", "Last quarter"),
            ("last_12_months", "Last 12 months"),
            ("custom", "Other dates"),
        ],
        default="this_year",
        required=True,
    )
    date_from = fields.Date(
        "From",
        required=True,
        compute="_compute_dates",
        store=True,
        readonly=False,
        precompute=True,
    )
    date_to = fields.Date(
        "To",
        required=True,
        compute="_compute_dates",
        store=True,
        readonly=False,
        precompute=True,
    )
    company_ids = fields.Many2many(
        "res.company",
        string="Enterprises",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )
    warehouse_ids = fields.Many2many(
        "stock.warehouse",
        string="Sites",
        domain="[('is_reuse_site', '=', True), ('company_id', 'in', company_ids)]",
        help="Leave empty for every site of the enterprises.",
    )
    export = fields.Selection(
        lambda self: self.env["sectoral.declaration"]._selection(), "Declaration"
    )
    declaration_draft = fields.Boolean(
        "Draft",
        help="Export the declaration to check its figures before its filing opens "
        "(Ecomaison: 45 days after the quarter).",
    )
    summary_html = fields.Html(
        "Summary", compute="_compute_summary_html", sanitize=False
    )

    @staticmethod
    def _period_dates(period, today):
        """The first and last day of a preset period around ``today``; None for
        other dates."""
        quarter = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
        month = today.replace(day=1)
        return {
            "this_year": (
                today.replace(month=1, day=1),
                today.replace(month=12, day=31),
            ),
            "last_year": (
                today.replace(year=today.year - 1, month=1, day=1),
                today.replace(year=today.year - 1, month=12, day=31),
            ),
            "this_quarter": (
                quarter,
                quarter + relativedelta(months=3) - timedelta(days=1),
            ),
            "last_quarter": (
                quarter - relativedelta(months=3),
                quarter - timedelta(days=1),
            ),
            "last_12_months": (
                month - relativedelta(months=12),
                month - timedelta(days=1),
            ),
        }.get(period)

    @api.depends("period")
    def _compute_dates(self):
        today = fields.Date.context_today(self)
        for report in self:
            dates = self._period_dates(report.period, today)
            if not dates and not (report.date_from and report.date_to):
                dates = self._period_dates("this_year", today)
            if dates:
                report.date_from, report.date_to = dates

    @api.onchange("date_from", "date_to")
    def _onchange_dates(self):
        today = fields.Date.context_today(self)
        if self._period_dates(self.period, today) != (self.date_from, self.date_to):
            self.period = "custom"

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            # dates given without a preset are other dates
            if "period" not in vals and ("date_from" in vals or "date_to" in vals):
                vals["period"] = "custom"
        return super().create(vals_list)

    @api.depends("date_from", "date_to")
    def _compute_display_name(self):
        for report in self:
            report.display_name = self.env._(
                "Impact %(start)s - %(end)s", start=report.date_from, end=report.date_to
            )

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for report in self:
            if report.date_to < report.date_from:
                raise UserError(
                    self.env._("The period of the report ends before it starts.")
                )

    # --- periods and scope ---------------------------------------------------------
    def _previous_period(self):
        """The period of the same length just before (the previous year for a
        calendar year, the previous quarter for a quarter...)."""
        self.ensure_one()
        start, end = self.date_from, self.date_to
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
        if whole_months:
            return start - relativedelta(months=months), start - timedelta(days=1)
        days = (end - start).days + 1
        return start - timedelta(days=days), start - timedelta(days=1)

    def _sites(self):
        self.ensure_one()
        return self.warehouse_ids or self.env["stock.warehouse"].sudo().search(
            [("is_reuse_site", "=", True), ("company_id", "in", self.company_ids.ids)]
        )

    @staticmethod
    def _midnight(day):
        """The first instant of ``day``: a period runs from the midnight of its first
        day to the midnight after its last, that one excluded."""
        return datetime.combine(day, time.min)

    def _flow_domain(self, start, end):
        domain = [
            ("company_id", "in", self.company_ids.ids),
            ("date", ">=", self._midnight(start)),
            ("date", "<", self._midnight(end + timedelta(days=1))),
        ]
        if self.warehouse_ids:
            domain.append(("warehouse_id", "in", self.warehouse_ids.ids))
        return domain

    # --- the figures ---------------------------------------------------------------
    def _figures(self, start=None, end=None):
        """Every figure of the report for a period (the report's own by default), as
        plain numbers keyed by what they are."""
        self.ensure_one()
        start, end = start or self.date_from, end or self.date_to
        figures = {"period": (start, end)}
        figures.update(
            self._material_figures(self._flow_groups(start, end), start, end)
        )
        figures.update(self._money_figures(start, end))
        return figures

    def _flow_groups(self, start, end):
        """The kilograms and amounts of the period by flow, stream, supply channel,
        destination and weighed/estimated (records rather than ids)."""
        rows = (
            self.env["sectoral.report.flow"]
            .sudo()
            ._grouped(
                self._midnight(start),
                self._midnight(end + timedelta(days=1)),
                self.company_ids.ids,
                self.warehouse_ids.ids,
            )
        )
        Stream = self.env["sectoral.stream"].sudo()
        Channel = self.env["sectoral.channel"].sudo()
        return [
            (flow, Stream.browse(stream), Channel.browse(channel), kind, *values)
            for flow, stream, channel, kind, *values in rows
        ]

    def _material_figures(self, groups, start, end):
        """Tonnes collected, sorted and reused, rates and CO2e, from the flows'
        ``groups``; bridges read their own flows from the same groups."""
        inbound_stream = defaultdict(float)
        inbound_channel = defaultdict(float)
        outbound = defaultdict(float)
        outbound_stream = defaultdict(lambda: defaultdict(float))
        reused_stream = defaultdict(float)
        reused_kind = defaultdict(float)
        estimated = 0.0
        for flow, stream, channel, kind, is_estimated, kg, _amount in groups:
            if flow == "inbound":
                inbound_stream[stream] += kg
                inbound_channel[channel] += kg
                if is_estimated:
                    estimated += kg
            elif flow == "outbound":
                outbound[kind] += kg
                outbound_stream[stream][kind] += kg
            elif flow == "reused":
                reused_stream[stream] += kg
                reused_kind[kind] += kg
        collected = sum(inbound_stream.values())
        # reused: what left to be used again (sold, sold on, given away), not what
        # sorting sent to the shop or the workshop
        reused = sum(reused_stream.values())
        recycled = sum(outbound[k] for k in RECYCLED)
        population = sum(self._sites().mapped("reuse_population"))
        days = (end - start).days + 1
        co2 = self._co2_rows(reused_stream)
        return {
            "collected_kg": collected,
            "estimated_kg": estimated,
            "inbound_by_stream": sorted(
                inbound_stream.items(), key=lambda item: -item[1]
            ),
            "inbound_by_channel": sorted(
                inbound_channel.items(), key=lambda item: -item[1]
            ),
            "outbound_by_kind": {kind: outbound[kind] for kind, _ in DESTINATION_KINDS},
            "outbound_by_stream": {
                stream: dict(kinds) for stream, kinds in outbound_stream.items()
            },
            "sorted_for_reuse_kg": sum(outbound[k] for k in SORTED_FOR_REUSE),
            "reused_by_stream": sorted(
                reused_stream.items(), key=lambda item: -item[1]
            ),
            "reused_after_repair_kg": reused_kind["repair"],
            "reused_kg": reused,
            "recycled_kg": recycled,
            "reuse_rate": reused / collected if collected else 0.0,
            "valorisation_rate": (reused + recycled) / collected if collected else 0.0,
            "population": population,
            # a yearly figure, whatever the length of the period
            "kg_per_inhabitant": (
                reused / population * 365 / days if population else 0.0
            ),
            "co2_by_stream": co2,
            "co2_kg": sum(row["co2_kg"] or 0.0 for row in co2),
            "reused_without_factor_kg": sum(
                row["reused_kg"] for row in co2 if row["co2_kg"] is None
            ),
        }

    def _co2_rows(self, reused_stream):
        """CO2e avoided by what was reused, stream by stream, with the factor's basis
        and source; a stream without a factor has None, never 0."""
        basis = dict(
            self.env["sectoral.stream"]
            ._fields["co2_basis"]
            ._description_selection(self.env)
        )
        rows = []
        for stream, kg in reused_stream.items():
            if not kg:
                continue
            co2 = stream._co2_avoided_kg(kg)
            rows.append(
                {
                    "stream": stream,
                    "reused_kg": kg,
                    "factor": stream.co2_factor if co2 is not None else None,
                    "basis": basis.get(stream.co2_basis, ""),
                    "co2_kg": co2,
                    "source": stream.co2_source or "" if co2 is not None else "",
                }
            )
        rows.sort(key=lambda row: (row["co2_kg"] is None, -(row["co2_kg"] or 0.0)))
        return rows

    def _income_categories(self):
        """Where income comes from: dicts with a key, a label, a sequence (order of
        display) and the journals or income accounts that make it. A journal item
        goes to the category of its account, else of its journal, else to invoices
        (a sales journal) or other income."""
        return [
            {"key": "invoices", "label": self.env._("Invoices"), "sequence": 20},
            {"key": "other", "label": self.env._("Other income"), "sequence": 90},
        ]

    def _income_labels(self):
        return {
            category["key"]: category["label"]
            for category in sorted(
                self._income_categories(), key=lambda c: c["sequence"]
            )
        }

    def _money_figures(self, start, end):
        """Income from the books: the posted journal items of the income accounts,
        by what they come from."""
        categories = self._income_categories()
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "in", self.company_ids.ids),
                    ("parent_state", "=", "posted"),
                    ("date", ">=", start),
                    ("date", "<=", end),
                    ("account_id.account_type", "in", ("income", "income_other")),
                ],
                ["journal_id", "account_id"],
                ["balance:sum"],
            )
        )
        income = dict.fromkeys(self._income_labels(), 0.0)
        for journal, account, balance in groups:
            key = next(
                (c["key"] for c in categories if account in c.get("accounts", ())),
                None,
            ) or next(
                (c["key"] for c in categories if journal in c.get("journals", ())),
                None,
            )
            if not key:
                key = "invoices" if journal.type == "sale" else "other"
            income[key] -= balance  # income is a credit
        return {"income": income, "income_total": sum(income.values())}

    def _indicator_rows(self):
        """The headline figures in their order: (key, label, unit, scale), the
        figure divided by the scale giving the unit."""
        labels = {
            "collected_kg": self.env._("Collected (t)"),
            "sorted_for_reuse_kg": self.env._("Sorted for reuse (t)"),
            "reused_kg": self.env._("Reused: left to be used again (t)"),
            "recycled_kg": self.env._("Recycled (t)"),
            "reuse_rate": self.env._("Reuse rate"),
            "valorisation_rate": self.env._("Valorisation rate"),
            "kg_per_inhabitant": self.env._("Reused per inhabitant per year (kg)"),
            "co2_kg": self.env._("CO2e avoided (t)"),
            "income_total": self.env._("Income (posted in the books)"),
        }
        return [
            ("collected_kg", labels["collected_kg"], "t", 1000),
            ("sorted_for_reuse_kg", labels["sorted_for_reuse_kg"], "t", 1000),
            ("reused_kg", labels["reused_kg"], "t", 1000),
            ("recycled_kg", labels["recycled_kg"], "t", 1000),
            ("reuse_rate", labels["reuse_rate"], "%", 0.01),
            ("valorisation_rate", labels["valorisation_rate"], "%", 0.01),
            ("kg_per_inhabitant", labels["kg_per_inhabitant"], "kg", 1),
            ("co2_kg", labels["co2_kg"], "t", 1000),
            ("income_total", labels["income_total"], "money", 1),
        ]

    @staticmethod
    def _insert_rows(rows, before, new_rows):
        """``rows`` with ``new_rows`` before the row keyed ``before`` (at the end when
        there is none)."""
        keys = [row[0] for row in rows]
        at = keys.index(before) if before in keys else len(rows)
        return rows[:at] + list(new_rows) + rows[at:]

    # --- the summary shared by every output ---------------------------------------
    def _indicators(self):
        """The headline figures, each with the previous period's and the change."""
        self.ensure_one()
        current = self._figures()
        previous = self._figures(*self._previous_period())
        indicators = []
        for key, label, unit, scale in self._indicator_rows():
            value, before = current[key] / scale, previous[key] / scale
            change = (value - before) / before if before else None
            indicators.append(
                {
                    "key": key,
                    "label": label,
                    "unit": unit,
                    "value": value,
                    "previous": before,
                    "change": change,
                    "value_text": self._format(value, unit),
                    "previous_text": self._format(before, unit),
                    "change_text": (
                        ""
                        if change is None
                        else ("+" if change >= 0 else "")
                        + self._format(change * 100, "%")
                    ),
                }
            )
        return current, previous, indicators

    def _format(self, value, unit="n"):
        """A figure written in the user's language (decimal and thousands
        separators): tonnes to the kilogram, rates to a tenth (with %), money in
        the currency."""
        if unit == "money":
            return formatLang(
                self.env, value, currency_obj=self.company_ids[:1].currency_id
            )
        digits = {"t": 3, "kg": 2, "%": 1}.get(unit, 2)
        text = formatLang(self.env, value, digits=digits)
        if unit == "n" and float(value).is_integer():
            text = formatLang(self.env, value, digits=0)
        return f"{text} %" if unit == "%" else text

    @api.depends("date_from", "date_to", "company_ids", "warehouse_ids")
    @api.depends_context("lang")
    def _compute_summary_html(self):
        for report in self:
            if not (report.date_from and report.date_to and report.company_ids):
                report.summary_html = False
                continue
            if report.date_to < report.date_from:
                report.summary_html = Markup(
                    '<div class="alert alert-warning" role="alert">%s</div>'
                ) % self.env._("The period ends before it starts: change its dates.")
                continue
            _current, _previous, indicators = report._indicators()
            report.summary_html = self.env["ir.qweb"]._render(
                "sectoral_reporting.impact_summary",
                {"indicators": indicators, "report": report},
            )

    # --- outputs -------------------------------------------------------------------
    def action_xlsx(self):
        self.ensure_one()
        return self.env.ref(
            "sectoral_reporting.action_report_impact_xlsx"
        ).report_action(self)

    def action_pdf(self):
        self.ensure_one()
        return self.env.ref(
            "sectoral_reporting.action_report_impact_pdf"
        ).report_action(self)

    def action_view_flows(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sectoral_reporting.sectoral_report_flow_action"
        )
        action["domain"] = self._flow_domain(self.date_from, self.date_to)
        return action

    def action_export_csv(self):
        self.ensure_one()
        if not self.company_ids:
            raise UserError(self.env._("Choose the enterprises of the declaration."))
        if not self.export:
            raise UserError(self.env._("Choose the declaration to export."))
        declaration = self.env["sectoral.declaration"]._declarations()[self.export]
        warnings = declaration._check(self)
        header, rows = declaration._rows(self)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        name = "%s_%s_%s%s.csv" % (
            self.export,
            self.date_from,
            self.date_to,
            "_draft" if self.declaration_draft else "",
        )
        attachment = self.env["ir.attachment"].create(
            {
                "name": name,
                "datas": base64.b64encode(buffer.getvalue().encode("utf-8-sig")),
                "mimetype": "text/csv",
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        download = {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "download",
        }
        if not warnings:
            return download
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Check before filing"),
                "message": "\n".join(warnings),
                "type": "warning",
                "sticky": True,
                "next": download,
            },
        }

    # --- what the declarations share ----------------------------------------------
    def _member(self, company):
        """The same report for one of its enterprises (and that one's sites)."""
        self.ensure_one()
        return self.new(
            {
                "period": "custom",
                "date_from": self.date_from,
                "date_to": self.date_to,
                "company_ids": company.ids,
                "warehouse_ids": self.warehouse_ids.filtered(
                    lambda w: w.company_id == company
                ).ids,
                "declaration_draft": self.declaration_draft,
            }
        )

    def _intake_lines(self, streams):
        """The validated intake lines of ``streams`` in the report's period, companies
        and sites (the declarations count items and methods from them)."""
        domain = [
            ("intake_id.state", "=", "done"),
            ("intake_id.company_id", "in", self.company_ids.ids),
            ("intake_id.date", ">=", self._midnight(self.date_from)),
            ("intake_id.date", "<", self._midnight(self.date_to + timedelta(days=1))),
            ("stream_id", "in", streams.ids),
        ]
        if self.warehouse_ids:
            domain.append(("intake_id.warehouse_id", "in", self.warehouse_ids.ids))
        return self.env["sectoral.intake.line"].sudo().search(domain)

    def _scheme_streams(self, scheme):
        return (
            self.env["sectoral.stream"]
            .sudo()
            .with_context(active_test=False)
            .search([("rep_scheme", "=", scheme)])
        )

    def _scheme_balance(self, scheme, key):
        """Collected, reused, recycled and disposed kilograms of a scheme's streams,
        by `key` (the stream's name or its declaration category)."""
        figures = self._figures()
        streams = self._scheme_streams(scheme)
        balance = defaultdict(lambda: defaultdict(float))
        for stream, kg in figures["inbound_by_stream"]:
            if stream in streams:
                balance[key(stream)]["collected"] += kg
        for stream, kg in figures["reused_by_stream"]:
            if stream in streams:
                balance[key(stream)]["reused"] += kg
        for stream, kinds in figures["outbound_by_stream"].items():
            if stream in streams:
                row = balance[key(stream)]
                row["recycled"] += sum(kinds.get(k, 0.0) for k in RECYCLED)
                row["disposed"] += kinds.get("disposal", 0.0) + kinds.get("energy", 0.0)
        return balance
