# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import csv
import io
from collections import defaultdict
from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from .sectoral_report_flow import DESTINATION_KINDS

REUSED = ("reuse", "repair")
RECYCLED = ("recycling",)
INCOME_CATEGORIES = ("shop", "invoices", "subsidies", "donations", "other")
EXPORTS = [
    ("ecomaison", "Ecomaison quarterly register"),
    ("refashion", "Textiles (Refashion)"),
    ("weee", "Electrical and electronic equipment (WEEE)"),
    ("federation", "Federation indicators, one line per member"),
]


class SectoralImpactReport(models.TransientModel):
    """The impact of one or several enterprises (a federation consolidates its
    members) and sites over a period, beside the previous period of the same length:
    tonnes collected and where they went, reuse and valorisation rates, CO2e avoided,
    sales and income, jobs and insertion. Every figure is computed from the stock
    moves, the shops' orders, the journal items and the insertion records; shown on
    screen, as an XLSX workbook, a PDF for the board, and CSV declarations."""

    _name = "sectoral.impact.report"
    _description = "Impact report"

    date_from = fields.Date(
        "From",
        required=True,
        default=lambda self: (
            fields.Date.context_today(self).replace(month=1, day=1)
            - relativedelta(years=1)
        ),
    )
    date_to = fields.Date(
        "To",
        required=True,
        default=lambda self: (
            fields.Date.context_today(self).replace(month=1, day=1) - timedelta(days=1)
        ),
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
    export = fields.Selection(EXPORTS, "Declaration", default="ecomaison")
    summary_html = fields.Html(
        "Summary", compute="_compute_summary_html", sanitize=False
    )

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
        figures.update(self._material_figures(start, end))
        figures.update(self._money_figures(start, end))
        figures.update(self._job_figures(start, end))
        return figures

    def _material_figures(self, start, end):
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
        groups = [
            (flow, Stream.browse(stream), Channel.browse(channel), kind, *values)
            for flow, stream, channel, kind, *values in rows
        ]
        inbound_stream = defaultdict(float)
        inbound_channel = defaultdict(float)
        outbound = defaultdict(float)
        outbound_stream = defaultdict(lambda: defaultdict(float))
        sold_stream = defaultdict(lambda: [0.0, 0.0])
        estimated = 0.0
        for flow, stream, channel, kind, is_estimated, kg, amount in groups:
            if flow == "inbound":
                inbound_stream[stream] += kg
                inbound_channel[channel] += kg
                if is_estimated:
                    estimated += kg
            elif flow == "outbound":
                outbound[kind] += kg
                outbound_stream[stream][kind] += kg
            else:
                sold_stream[stream][0] += kg
                sold_stream[stream][1] += amount
        collected = sum(inbound_stream.values())
        reused = sum(outbound[k] for k in REUSED)
        recycled = sum(outbound[k] for k in RECYCLED)
        population = sum(self._sites().mapped("reuse_population"))
        co2 = []
        for stream, kinds in outbound_stream.items():
            stream_reused = sum(kinds[k] for k in REUSED)
            if stream_reused:
                co2.append(
                    {
                        "stream": stream,
                        "reused_kg": stream_reused,
                        "factor": stream.co2_factor,
                        "co2_kg": stream_reused * stream.co2_factor,
                        "source": stream.co2_source or "",
                    }
                )
        co2.sort(key=lambda row: -row["co2_kg"])
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
            "reused_kg": reused,
            "recycled_kg": recycled,
            "reuse_rate": reused / collected if collected else 0.0,
            "valorisation_rate": (reused + recycled) / collected if collected else 0.0,
            "population": population,
            "kg_per_inhabitant": reused / population if population else 0.0,
            "co2_by_stream": co2,
            "co2_kg": sum(row["co2_kg"] for row in co2),
            "sold_by_stream": sorted(
                ((s, kg, amount) for s, (kg, amount) in sold_stream.items()),
                key=lambda row: -row[2],
            ),
            "sold_kg": sum(kg for kg, _amount in sold_stream.values()),
            "sold_amount": sum(amount for _kg, amount in sold_stream.values()),
        }

    def _money_figures(self, start, end):
        """Income from the books: the posted journal items of the income accounts,
        by what they come from."""
        companies = self.company_ids
        configs = (
            self.env["pos.config"].sudo().search([("company_id", "in", companies.ids)])
        )
        pos_journals = configs.journal_id
        donation_accounts = self.env["account.account"]
        for config in configs.filtered("sectoral_donation_product_id"):
            product = config.sectoral_donation_product_id.with_company(
                config.company_id
            )
            donation_accounts |= (
                product.property_account_income_id
                or product.categ_id.property_account_income_categ_id
            )
        subsidy_journals = companies.sudo().insertion_subsidy_journal_id
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "in", companies.ids),
                    ("parent_state", "=", "posted"),
                    ("date", ">=", start),
                    ("date", "<=", end),
                    ("account_id.account_type", "in", ("income", "income_other")),
                ],
                ["journal_id", "account_id"],
                ["balance:sum"],
            )
        )
        income = dict.fromkeys(INCOME_CATEGORIES, 0.0)
        for journal, account, balance in groups:
            if account in donation_accounts:
                category = "donations"
            elif journal in subsidy_journals:
                category = "subsidies"
            elif journal in pos_journals:
                category = "shop"
            elif journal.type == "sale":
                category = "invoices"
            else:
                category = "other"
            income[category] -= balance  # income is a credit
        return {"income": income, "income_total": sum(income.values())}

    def _job_figures(self, start, end):
        companies = self.company_ids
        days = (end - start).days + 1
        Version = self.env["hr.version"].sudo()
        versions = Version.search(
            [
                ("company_id", "in", companies.ids),
                ("employee_id.company_id", "in", companies.ids),
                "|",
                ("contract_date_start", "=", False),
                ("contract_date_start", "<=", end),
                "|",
                ("contract_date_end", "=", False),
                ("contract_date_end", ">=", start),
            ]
        )
        employees = set()
        fte = 0.0
        for version in versions:
            if not version.contract_date_start and not version.employee_id.active:
                continue
            employees.add(version.employee_id.id)
            overlap_start = max(version.contract_date_start or start, start)
            overlap_end = min(version.contract_date_end or end, end)
            weekly = version.resource_calendar_id.hours_per_week or 0.0
            reference = version.company_id.insertion_fte_hours * days / 365
            fte += weekly * ((overlap_end - overlap_start).days + 1) / 7 / reference
        Pathway = self.env["sectoral.insertion.pathway"].sudo()
        pathways = Pathway.search(
            [
                ("company_id", "in", companies.ids),
                ("state", "!=", "draft"),
                ("date_start", "<=", end),
                "|",
                ("exit_date", "=", False),
                ("exit_date", ">=", start),
            ]
        )
        exits = Pathway.search(
            [
                ("company_id", "in", companies.ids),
                ("state", "=", "exited"),
                ("exit_date", ">=", start),
                ("exit_date", "<=", end),
            ]
        )
        trainings = (
            self.env["sectoral.insertion.training"]
            .sudo()
            .search(
                [
                    ("company_id", "in", companies.ids),
                    ("date_start", ">=", start),
                    ("date_start", "<=", end),
                ]
            )
        )
        by_outcome = defaultdict(int)
        for pathway in exits:
            by_outcome[pathway.exit_outcome] += 1
        dynamic = len(exits.filtered("is_dynamic_exit"))
        return {
            "headcount": len(employees),
            "fte": fte,
            "insertion_workers": len(pathways.employee_id),
            "insertion_fte": pathways._fte(start, end) if pathways else 0.0,
            "training_hours": sum(trainings.mapped("hours")),
            "exits": len(exits),
            "exits_by_outcome": dict(by_outcome),
            "dynamic_exit_rate": dynamic / len(exits) if exits else 0.0,
        }

    def _indicator_labels(self):
        return {
            "collected_kg": self.env._("Collected (t)"),
            "reused_kg": self.env._("Reused (t)"),
            "recycled_kg": self.env._("Recycled (t)"),
            "reuse_rate": self.env._("Reuse rate"),
            "valorisation_rate": self.env._("Valorisation rate"),
            "kg_per_inhabitant": self.env._("Reused per inhabitant (kg)"),
            "co2_kg": self.env._("CO2e avoided (t)"),
            "sold_kg": self.env._("Sold in the shops (t)"),
            "sold_amount": self.env._("Shop sales"),
            "income_total": self.env._("Income"),
            "headcount": self.env._("Workers"),
            "fte": self.env._("Full-time equivalents"),
            "insertion_workers": self.env._("Workers in insertion"),
            "training_hours": self.env._("Hours of training"),
            "exits": self.env._("Exits"),
            "dynamic_exit_rate": self.env._("Dynamic exits"),
        }

    def _income_labels(self):
        _ = self.env._
        return {
            "shop": _("Shop sales"),
            "invoices": _("Invoices"),
            "subsidies": _("Subsidies"),
            "donations": _("Donations"),
            "other": _("Other income"),
        }

    # --- the summary shared by every output ---------------------------------------
    def _indicators(self):
        """The headline figures, each with the previous period's and the change."""
        self.ensure_one()
        current = self._figures()
        previous = self._figures(*self._previous_period())
        labels = self._indicator_labels()
        rows = [
            ("collected_kg", "t", 1000),
            ("reused_kg", "t", 1000),
            ("recycled_kg", "t", 1000),
            ("reuse_rate", "%", 0.01),
            ("valorisation_rate", "%", 0.01),
            ("kg_per_inhabitant", "kg", 1),
            ("co2_kg", "t", 1000),
            ("sold_kg", "t", 1000),
            ("sold_amount", "money", 1),
            ("income_total", "money", 1),
            ("headcount", "n", 1),
            ("fte", "n", 1),
            ("insertion_workers", "n", 1),
            ("training_hours", "n", 1),
            ("exits", "n", 1),
            ("dynamic_exit_rate", "%", 0.01),
        ]
        indicators = []
        for key, unit, scale in rows:
            value, before = current[key] / scale, previous[key] / scale
            change = (value - before) / before if before else None
            indicators.append(
                {
                    "key": key,
                    "label": labels[key],
                    "unit": unit,
                    "value": value,
                    "previous": before,
                    "change": change,
                }
            )
        return current, previous, indicators

    @api.depends("date_from", "date_to", "company_ids", "warehouse_ids")
    def _compute_summary_html(self):
        for report in self:
            if not (report.date_from and report.date_to and report.company_ids):
                report.summary_html = False
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
        header, rows = getattr(self, f"_export_{self.export}")()
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        name = "%s_%s_%s.csv" % (self.export, self.date_from, self.date_to)
        attachment = self.env["ir.attachment"].create(
            {
                "name": name,
                "datas": base64.b64encode(buffer.getvalue().encode("utf-8-sig")),
                "mimetype": "text/csv",
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "download",
        }

    # --- declarations (CSV) --------------------------------------------------------
    @staticmethod
    def _kg(value):
        return f"{value:.1f}"

    def _scheme_streams(self, scheme):
        return (
            self.env["sectoral.stream"]
            .sudo()
            .with_context(active_test=False)
            .search([("rep_scheme", "=", scheme)])
        )

    def _export_ecomaison(self):
        """Ecomaison's quarterly register of the reuse entries and exits of furniture,
        by category: entries by origin, weighed or counted (with the average weights
        used), exits to reuse."""
        _ = self.env._
        streams = self._scheme_streams("ecomaison")
        category = dict(
            streams._fields["rep_category"]._description_selection(self.env)
        )
        lines = (
            self.env["sectoral.intake.line"]
            .sudo()
            .search(
                [
                    ("intake_id.state", "=", "done"),
                    ("intake_id.company_id", "in", self.company_ids.ids),
                    ("intake_id.date", ">=", self._midnight(self.date_from)),
                    (
                        "intake_id.date",
                        "<",
                        self._midnight(self.date_to + timedelta(days=1)),
                    ),
                    ("stream_id", "in", streams.ids),
                ]
                + (
                    [("intake_id.warehouse_id", "in", self.warehouse_ids.ids)]
                    if self.warehouse_ids
                    else []
                )
            )
        )
        entries = defaultdict(lambda: [0.0, 0, 0.0])
        for line in lines:
            key = (
                line.stream_id.rep_category,
                line.intake_id.channel_id.name,
                "counted" if line.is_estimated else "weighed",
                line.stream_id.avg_weight_kg if line.is_estimated else 0.0,
            )
            entries[key][0] += line.net_kg
            entries[key][1] += line.count
        figures = self._figures()
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
        period = f"{self.date_from} / {self.date_to}"
        method = {"weighed": _("Weighed"), "counted": _("Counted")}
        rows = [
            [
                period,
                _("Entry"),
                category.get(cat, cat or ""),
                origin,
                method[mode],
                items if mode == "counted" else "",
                self._kg(avg) if mode == "counted" else "",
                self._kg(kg),
            ]
            for (cat, origin, mode, avg), (kg, items, _unused) in sorted(
                entries.items(), key=lambda item: (item[0][0] or "", item[0][1] or "")
            )
        ]
        exits = defaultdict(float)
        for stream, kinds in figures["outbound_by_stream"].items():
            if stream in streams:
                exits[stream.rep_category] += sum(kinds.get(k, 0.0) for k in REUSED)
        rows += [
            [
                period,
                _("Exit to reuse"),
                category.get(cat, cat),
                "",
                "",
                "",
                "",
                self._kg(kg),
            ]
            for cat, kg in sorted(exits.items())
        ]
        return header, rows

    def _scheme_balance(self, scheme, key):
        """Collected, reused, recycled and disposed kilograms of a scheme's streams,
        by `key` (the stream's name or its declaration category)."""
        figures = self._figures()
        streams = self._scheme_streams(scheme)
        balance = defaultdict(lambda: defaultdict(float))
        for stream, kg in figures["inbound_by_stream"]:
            if stream in streams:
                balance[key(stream)]["collected"] += kg
        for stream, kinds in figures["outbound_by_stream"].items():
            if stream in streams:
                row = balance[key(stream)]
                row["reused"] += sum(kinds.get(k, 0.0) for k in REUSED)
                row["recycled"] += sum(kinds.get(k, 0.0) for k in RECYCLED)
                row["disposed"] += kinds.get("disposal", 0.0) + kinds.get("energy", 0.0)
        return balance

    def _balance_rows(self, balance, label):
        _ = self.env._
        header = [
            _("Period"),
            label,
            _("Collected (kg)"),
            _("Reused (kg)"),
            _("Recycled (kg)"),
            _("Disposed of (kg)"),
        ]
        period = f"{self.date_from} / {self.date_to}"
        rows = [
            [
                period,
                name,
                self._kg(row["collected"]),
                self._kg(row["reused"]),
                self._kg(row["recycled"]),
                self._kg(row["disposed"]),
            ]
            for name, row in sorted(balance.items())
        ]
        return header, rows

    def _export_refashion(self):
        balance = self._scheme_balance("refashion", lambda s: s.display_name)
        return self._balance_rows(balance, self.env._("Stream"))

    def _export_weee(self):
        streams = self._scheme_streams("weee")
        category = dict(
            streams._fields["rep_category"]._description_selection(self.env)
        )
        balance = self._scheme_balance(
            "weee", lambda s: category.get(s.rep_category, s.display_name)
        )
        return self._balance_rows(balance, self.env._("Category"))

    def _export_federation(self):
        """The federation's standard indicators, one line per member enterprise."""
        _ = self.env._
        header = [
            _("Member"),
            _("Period"),
            _("Collected (t)"),
            _("Reused (t)"),
            _("Recycled (t)"),
            _("Reuse rate (%)"),
            _("Valorisation rate (%)"),
            _("Reused per inhabitant (kg)"),
            _("CO2e avoided (t)"),
            _("Shop sales"),
            _("Workers"),
            _("Full-time equivalents"),
            _("Workers in insertion"),
            _("Dynamic exits (%)"),
        ]
        rows = []
        for company in self.company_ids:
            member = self.new(
                {
                    "date_from": self.date_from,
                    "date_to": self.date_to,
                    "company_ids": company.ids,
                    "warehouse_ids": self.warehouse_ids.filtered(
                        lambda w, c=company: w.company_id == c
                    ).ids,
                }
            )
            f = member._figures()
            rows.append(
                [
                    company.name,
                    f"{self.date_from} / {self.date_to}",
                    f"{f['collected_kg'] / 1000:.3f}",
                    f"{f['reused_kg'] / 1000:.3f}",
                    f"{f['recycled_kg'] / 1000:.3f}",
                    f"{f['reuse_rate'] * 100:.1f}",
                    f"{f['valorisation_rate'] * 100:.1f}",
                    f"{f['kg_per_inhabitant']:.2f}",
                    f"{f['co2_kg'] / 1000:.3f}",
                    f"{f['sold_amount']:.2f}",
                    f["headcount"],
                    f"{f['fte']:.2f}",
                    f["insertion_workers"],
                    f"{f['dynamic_exit_rate'] * 100:.1f}",
                ]
            )
        return header, rows
