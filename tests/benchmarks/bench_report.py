"""The impact report on years of data, against hand-written SQL over the same tables.

Run inside Odoo (``odoo-bin shell -d DB < bench_report.py``), so that both sides are
timed on the same connection without HTTP in between: the report's figures for one
year and the previous one (what the screen, the workbook and the PDF compute), and the
same aggregates written by hand in SQL. Prints both, the ratio, and the one-year
figures alone.
"""
# ruff: noqa: F821  (env is given by odoo-bin shell)

import json
import statistics
import time
from datetime import date

from dateutil.relativedelta import relativedelta
from freezegun import freeze_time

from odoo.tools import SQL

RUNS = 3
YEAR = (date(2025, 1, 1), date(2025, 12, 31))
PREVIOUS = (date(2024, 1, 1), date(2024, 12, 31))


def timed(fn):
    fn()  # warm up caches and plans
    durations = []
    for _ in range(RUNS):
        env.invalidate_all()
        begin = time.perf_counter()
        fn()
        durations.append(time.perf_counter() - begin)
    return statistics.median(durations)


def hand_sql(start, end):
    """The report's aggregates, as an analyst would write them against the tables."""
    cr = env.cr
    args = {"start": start, "end": end, "companies": tuple(env.companies.ids)}
    cr.execute(
        SQL(
            """SELECT m.sectoral_stream_id, m.sectoral_channel_id,
                      m.sectoral_is_estimated,
                      sum(CASE WHEN dest.usage = 'internal' THEN m.quantity
                               ELSE -m.quantity END)
                 FROM stock_move m
                 JOIN stock_location dest ON dest.id = m.location_dest_id
                WHERE m.state = 'done' AND m.sectoral_intake_id IS NOT NULL
                  AND m.company_id IN %(companies)s
                  AND m.date >= %(start)s AND m.date < %(end)s::date + 1
             GROUP BY 1, 2, 3""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT m.sectoral_stream_id, d.kind,
                      sum(CASE WHEN dest.usage = 'internal' THEN m.quantity
                               ELSE -m.quantity END)
                 FROM stock_move m
                 JOIN stock_location dest ON dest.id = m.location_dest_id
                 JOIN sectoral_destination d ON d.id = m.sectoral_destination_id
                WHERE m.state = 'done' AND m.sectoral_sorting_id IS NOT NULL
                  AND m.company_id IN %(companies)s
                  AND m.date >= %(start)s AND m.date < %(end)s::date + 1
             GROUP BY 1, 2""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT m.sectoral_stream_id, d.kind, sum(m.quantity)
                 FROM stock_move m
                 JOIN stock_location src ON src.id = m.location_id
                 JOIN sectoral_destination d ON d.id = m.sectoral_destination_id
                WHERE m.state = 'done' AND m.sectoral_sorting_id IS NULL
                  AND src.reuse_role = 'workshop' AND m.company_id IN %(companies)s
                  AND m.date >= %(start)s AND m.date < %(end)s::date + 1
             GROUP BY 1, 2""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT m.sectoral_stream_id,
                      sum(CASE WHEN dest.usage = 'customer' THEN m.quantity
                               ELSE -m.quantity END)
                 FROM stock_move m
                 JOIN stock_location src ON src.id = m.location_id
                 JOIN stock_location dest ON dest.id = m.location_dest_id
                WHERE m.state = 'done' AND m.sectoral_stream_id IS NOT NULL
                  AND ((src.reuse_role IN ('shop', 'workshop')
                        AND dest.usage = 'customer')
                    OR (src.usage = 'customer'
                        AND dest.reuse_role IN ('shop', 'workshop')))
                  AND m.company_id IN %(companies)s
                  AND m.date >= %(start)s AND m.date < %(end)s::date + 1
             GROUP BY 1""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT l.sectoral_stream_id, sum(l.sectoral_weight_kg),
                      sum(l.price_subtotal)
                 FROM pos_order_line l JOIN pos_order o ON o.id = l.order_id
                WHERE o.state IN ('paid', 'done', 'invoiced')
                  AND l.sectoral_stream_id IS NOT NULL
                  AND o.company_id IN %(companies)s
                  AND o.date_order >= %(start)s AND o.date_order < %(end)s::date + 1
             GROUP BY 1""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT l.journal_id, l.account_id, sum(l.balance)
                 FROM account_move_line l
                 JOIN account_account a ON a.id = l.account_id
                WHERE l.parent_state = 'posted' AND l.company_id IN %(companies)s
                  AND a.account_type IN ('income', 'income_other')
                  AND l.date BETWEEN %(start)s AND %(end)s
             GROUP BY 1, 2""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT v.employee_id, c.hours_per_week, v.contract_date_start,
                      v.contract_date_end
                 FROM hr_version v
                 JOIN hr_employee e ON e.id = v.employee_id
                 LEFT JOIN resource_calendar c ON c.id = v.resource_calendar_id
                WHERE v.company_id IN %(companies)s
                  AND COALESCE(v.contract_date_start, %(end)s) <= %(end)s
                  AND COALESCE(v.contract_date_end, %(start)s) >= %(start)s""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT count(DISTINCT employee_id) FILTER (WHERE date_start <= %(end)s
                          AND (exit_date IS NULL OR exit_date >= %(start)s)),
                      count(*) FILTER (WHERE exit_date BETWEEN %(start)s AND %(end)s),
                      count(*) FILTER (WHERE exit_date BETWEEN %(start)s AND %(end)s
                                         AND is_dynamic_exit)
                 FROM sectoral_insertion_pathway
                WHERE company_id IN %(companies)s AND state != 'draft'""",
            **args,
        )
    )
    cr.fetchall()
    cr.execute(
        SQL(
            """SELECT sum(hours) FROM sectoral_insertion_training
                WHERE company_id IN %(companies)s
                  AND date_start BETWEEN %(start)s AND %(end)s""",
            **args,
        )
    )
    cr.fetchall()


report = env["sectoral.impact.report"].create(
    {"date_from": YEAR[0], "date_to": YEAR[1], "company_ids": [(6, 0, env.company.ids)]}
)
env.cr.execute("SELECT count(*) FROM stock_move")
moves = env.cr.fetchone()[0]
suite_year = timed(lambda: report._figures())
suite_report = timed(lambda: report._indicators())
sql_year = timed(lambda: hand_sql(*YEAR))
sql_report = timed(lambda: (hand_sql(*YEAR), hand_sql(*PREVIOUS)))


def dashboard():
    # the manager's dashboard of the benchmark's last year, as seen in 2026
    with freeze_time("2026-06-15"):
        env["sectoral.impact.dashboard"].load("last_year")


def dashboard_sql():
    # the same aggregates by hand: the year, the year before, and each month
    hand_sql(*YEAR)
    hand_sql(*PREVIOUS)
    for month in range(12):
        start = YEAR[0] + relativedelta(months=month)
        hand_sql(start, start + relativedelta(months=1, days=-1))


suite_dashboard = timed(dashboard)
sql_dashboard = timed(dashboard_sql)
print(f"Impact report on {moves} stock moves (one year, then with the previous one)")
for figure, suite, baseline in (
    ("one-year report (baseline: hand-written SQL)", suite_year, sql_year),
    ("report with the previous year (baseline: SQL)", suite_report, sql_report),
    (
        "dashboard, 12 months and 2 years (baseline: SQL)",
        suite_dashboard,
        sql_dashboard,
    ),
):
    print(
        "RESULT "
        + json.dumps(
            {
                "benchmark": "report",
                "figure": figure,
                "unit": "ms",
                "suite": round(suite * 1000, 1),
                "baseline": round(baseline * 1000, 1),
                "ratio": round(suite / baseline, 2),
                "lower_is_better": True,
            }
        )
    )
    print(
        f"  {figure:52} {suite * 1000:10.1f} {baseline * 1000:10.1f} "
        f"{suite / baseline:7.2f}  (ms)"
    )
env.cr.rollback()
