#!/usr/bin/env python3
"""A realistic reuse enterprise for the benchmarks: two sites, five years of intakes,
sorting sessions and shop sales, and its workers in insertion.

What the suite's screens would write, written fast: the configuration and the people
through the ORM over JSON-RPC (sites, tills, employees, pathways), the volume straight
into PostgreSQL (intakes with their receipt moves, sorting sessions with their moves to
each destination, orders with their lines), with the same columns and links the suite
writes. The random draws are seeded: the same --scale gives the same data.

--scale 1 is a large enterprise: over a million stock moves, 300,000 order lines and
200 workers over five years. Smaller scales keep the same shape.
"""

import argparse
import random
import subprocess
import sys
import time
from datetime import date, timedelta

from common import Client

YEARS = (2021, 2022, 2023, 2024, 2025)
# at scale 1, per site and per working day
INTAKES_PER_DAY = 72
SESSIONS_PER_DAY = 16
ORDERS_PER_DAY = 40
WORKERS = 200


def psql(db, sql):
    """Runs SQL in the benchmark database through psql (the machine's client); returns
    what it printed, unaligned and without headers."""
    done = subprocess.run(
        ["psql", "-v", "ON_ERROR_STOP=1", "-q", "-X", "-A", "-t", "-d", db],
        check=False,
        input=sql,
        text=True,
        capture_output=True,
    )
    if done.returncode:
        sys.exit(done.stderr)
    return done.stdout


def setup_sites(client):
    sites = client.call("stock.warehouse", "search", [("is_reuse_site", "=", True)])
    for code, name in (("GCH", "Site de Charleroi"), ("GNA", "Site de Namur")):
        if len(sites) >= 2:
            break
        site = client.call("stock.warehouse", "create", {"name": name, "code": code})
        client.call("stock.warehouse", "action_setup_reuse_site", [site])
        sites.append(site)
    client.call("stock.warehouse", "write", sites[:2], {"reuse_population": 150000})
    return client.call(
        "stock.warehouse",
        "read",
        sites[:2],
        [
            "company_id",
            "reuse_intake_location_id",
            "reuse_shop_location_id",
            "reuse_workshop_location_id",
            "reuse_recycling_location_id",
            "reuse_waste_location_id",
        ],
    )


def setup_tills(client, sites):
    sessions = []
    for n, site in enumerate(sites):
        journal = client.call(
            "account.journal",
            "create",
            {"name": f"Caisse {n}", "type": "cash", "code": f"GCS{n}"},
        )
        cash = client.call(
            "pos.payment.method", "create", {"name": "Espèces", "journal_id": journal}
        )
        config = client.call(
            "pos.config",
            "create",
            {
                "name": f"Boutique {site['id']}",
                "sectoral_warehouse_id": site["id"],
                "payment_method_ids": [(6, 0, [cash])],
            },
        )
        client.call("pos.config", "open_ui", [config])
        session = client.call("pos.config", "read", [config], ["current_session_id"])[
            0
        ]["current_session_id"][0]
        sessions.append((config, session))
    return sessions


def setup_workers(client, rng, count):
    """Workers with contracts over the five years; a third in insertion pathways
    with trainings, most of them exited with an outcome."""
    programmes = client.call("sectoral.insertion.programme", "search", [])
    employees = client.call(
        "hr.employee",
        "create",
        [{"name": f"Travailleur {n:03d}"} for n in range(count)],
    )
    versions = client.call("hr.employee", "read", employees, ["version_id"])
    pathways = []
    for n, employee in enumerate(employees):
        start = date(2021, 1, 1) + timedelta(days=rng.randrange(0, 1700))
        end = start + timedelta(days=rng.randrange(120, 900))
        end = None if end > date(2025, 12, 31) else end
        client.call(
            "hr.version",
            "write",
            [versions[n]["version_id"][0]],
            {"contract_date_start": str(start), "contract_date_end": end and str(end)},
        )
        if n % 3 == 0:
            outcome = rng.choice(["durable", "transition", "positive", "other"])
            pathways.append(
                {
                    "employee_id": employee,
                    "programme_id": rng.choice(programmes),
                    "date_start": str(start),
                    "weekly_hours": rng.choice([19, 26, 30, 38]),
                    "state": "exited" if end else "active",
                    "exit_date": end and str(end),
                    "exit_reason": end and "end",
                    "exit_outcome": end and outcome,
                    "training_ids": [
                        (
                            0,
                            0,
                            {
                                "name": "Formation",
                                "date_start": str(start + timedelta(days=60)),
                                "hours": rng.choice([7, 14, 35]),
                            },
                        )
                    ],
                }
            )
    for start in range(0, len(pathways), 50):
        client.call(
            "sectoral.insertion.pathway", "create", pathways[start : start + 50]
        )


def bulk_sql(client, sites, sessions, scale):
    """The five years of activity, as INSERT ... SELECT with seeded random draws."""
    company = sites[0]["company_id"][0]
    streams = client.call(
        "sectoral.stream", "search_read", [("child_ids", "=", False)], ["product_id"]
    )
    channels = client.call("sectoral.channel", "search", [])
    destinations = {
        d["kind"]: d["id"]
        for d in client.call("sectoral.destination", "search_read", [], ["kind"])
    }
    kg = client.ref("uom.product_uom_kgm")
    donations = client.ref("sectoral_base.stock_location_donations")
    production = client.call(
        "stock.location",
        "search",
        [("usage", "=", "production"), ("company_id", "=", company)],
        limit=1,
    )[0]
    stream_ids = "ARRAY[%s]" % ",".join(str(s["id"]) for s in streams)
    product_of = "CASE %s END" % " ".join(
        f"WHEN {{s}} = {s['id']} THEN {s['product_id'][0]}" for s in streams
    )
    start, end = date(YEARS[0], 1, 1), date(YEARS[-1], 12, 31)
    intakes = max(1, round(INTAKES_PER_DAY * scale))
    sorting = max(1, round(SESSIONS_PER_DAY * scale))
    orders = max(1, round(ORDERS_PER_DAY * scale))
    site_rows = ",".join(
        f"({s['id']}, {s['reuse_intake_location_id'][0]}, "
        f"{s['reuse_shop_location_id'][0]}, {s['reuse_workshop_location_id'][0]}, "
        f"{s['reuse_recycling_location_id'][0]}, {s['reuse_waste_location_id'][0]}, "
        f"{config}, {session})"
        for s, (config, session) in zip(sites, sessions, strict=True)
    )
    channel_ids = "ARRAY[%s]" % ",".join(map(str, channels))
    return f"""
SELECT setseed(0.42);
CREATE TEMP TABLE bench_site (site_id int, intake int, shop int, workshop int,
                              recycling int, waste int, config int, session int);
INSERT INTO bench_site VALUES {site_rows};
CREATE TEMP TABLE bench_day AS
    SELECT d::date AS day
      FROM generate_series('{start}'::date, '{end}'::date, '1 day') d
     WHERE extract(isodow FROM d) < 7;

-- intakes, each with its receipt moves (one per stream, in kg)
CREATE TEMP TABLE bench_intake AS
    SELECT nextval('sectoral_intake_id_seq') AS id, s.site_id AS site, s.intake,
           day + time '09:00' + (n * interval '7 minutes') AS date,
           ({channel_ids})[1 + floor(random() * {len(channels)})::int] AS channel
      FROM bench_day, bench_site s, generate_series(1, {intakes}) n;
INSERT INTO sectoral_intake (id, name, company_id, warehouse_id, channel_id, date,
                             state, total_kg, create_date, write_date, create_uid,
                             write_uid)
    SELECT id, 'INT/B/' || id, {company}, site, channel, date, 'done', 0,
           date, date, 1, 1 FROM bench_intake;
CREATE TEMP TABLE bench_weighing AS
    SELECT i.*, ({stream_ids})[1 + floor(random() * {len(streams)})::int] AS stream,
           round((3 + random() * 60)::numeric, 1) AS kg,
           random() < 0.1 AS estimated
      FROM bench_intake i, generate_series(1, 3);
INSERT INTO sectoral_intake_line (intake_id, stream_id, gross_kg, tare_kg, net_kg,
                                  is_estimated, count, company_id)
    SELECT id, stream, kg, 0, kg, estimated, 0, {company} FROM bench_weighing;
INSERT INTO stock_move (company_id, product_id, product_uom, product_uom_qty, quantity,
                        location_id, location_dest_id, state, date, procure_method,
                        picked, sectoral_stream_id, sectoral_intake_id,
                        sectoral_channel_id, sectoral_is_estimated,
                        create_date, write_date, create_uid, write_uid)
    SELECT {company}, {product_of.format(s="stream")}, {kg}, kg, kg, {donations},
           intake, 'done', date, 'make_to_stock', TRUE, stream, id, channel,
           estimated, date, date, 1, 1
      FROM bench_weighing;

-- sorting sessions: two piles taken, five outputs to the destinations
CREATE TEMP TABLE bench_session AS
    SELECT nextval('sectoral_sorting_session_id_seq') AS id, s.*, day,
           ({stream_ids})[1 + floor(random() * {len(streams)})::int] AS stream
      FROM bench_day, bench_site s, generate_series(1, {sorting}) n;
INSERT INTO sectoral_sorting_session (id, name, company_id, warehouse_id, date, state,
                                      work_hours, input_kg, output_kg, difference_kg,
                                      difference_pct, is_balanced, create_date,
                                      write_date, create_uid, write_uid)
    SELECT id, 'SORT/B/' || id, {company}, site_id, day, 'done', 3.5, 0, 0, 0,
           0, TRUE, day, day, 1, 1 FROM bench_session;
INSERT INTO stock_move (company_id, product_id, product_uom, product_uom_qty, quantity,
                        location_id, location_dest_id, state, date, procure_method,
                        picked, sectoral_stream_id, sectoral_sorting_id,
                        create_date, write_date, create_uid, write_uid)
    SELECT {company}, {product_of.format(s="stream")}, {kg}, 40, 40, intake,
           {production}, 'done', day + time '14:00', 'make_to_stock', TRUE, stream,
           bench_session.id, day, day, 1, 1
      FROM bench_session, generate_series(1, 2);
INSERT INTO stock_move (company_id, product_id, product_uom, product_uom_qty, quantity,
                        location_id, location_dest_id, state, date, procure_method,
                        picked, sectoral_stream_id, sectoral_sorting_id,
                        sectoral_destination_id, create_date, write_date, create_uid,
                        write_uid)
    SELECT {company}, {product_of.format(s="stream")}, {kg}, kg, kg, {production},
           CASE kind WHEN 'reuse' THEN shop WHEN 'repair' THEN workshop
                     WHEN 'recycling' THEN recycling ELSE waste END,
           'done', day + time '15:00', 'make_to_stock', TRUE, stream, bench_session.id,
           CASE kind WHEN 'reuse' THEN {destinations["reuse"]}
                     WHEN 'repair' THEN {destinations["repair"]}
                     WHEN 'recycling' THEN {destinations["recycling"]}
                     ELSE {destinations["disposal"]} END,
           day, day, 1, 1
      FROM bench_session,
           (VALUES ('reuse', 26.0), ('reuse', 8.0), ('repair', 4.0),
                   ('recycling', 30.0), ('disposal', 11.0)) AS o(kind, kg);

-- shop sales: orders of three lines, each with its stream and kilograms
CREATE TEMP TABLE bench_order AS
    SELECT nextval('pos_order_id_seq') AS id, s.config, s.session,
           day + time '10:00' + (n * interval '5 minutes') AS date
      FROM bench_day, bench_site s, generate_series(1, {orders}) n;
INSERT INTO pos_order (id, name, company_id, session_id, config_id, date_order, state,
                       amount_paid, amount_return, amount_tax, amount_total,
                       create_date, write_date, create_uid, write_uid)
    SELECT id, 'Bench/' || id, {company}, session, config, date, 'done', 18, 0, 0, 18,
           date, date, 1, 1 FROM bench_order;
INSERT INTO pos_order_line (order_id, name, product_id, qty, price_unit, price_subtotal,
                            price_subtotal_incl, discount, sectoral_stream_id,
                            sectoral_weight_kg, company_id, create_date, write_date,
                            create_uid, write_uid)
    SELECT o.id, 'Bench', {product_of.format(s="l.stream")}, 1, 6, 6, 6, 0, l.stream,
           l.kg, {company}, o.date, o.date, 1, 1
      FROM bench_order o,
           LATERAL (SELECT ({stream_ids})[1 + floor(random() * {len(streams)})::int]
                           AS stream,
                           round((0.2 + random() * 3)::numeric, 2) AS kg,
                           g FROM generate_series(1, 3) g) l;
ANALYZE stock_move; ANALYZE pos_order; ANALYZE pos_order_line; ANALYZE sectoral_intake;
ANALYZE sectoral_intake_line; ANALYZE sectoral_sorting_session;
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    began = time.perf_counter()
    rng = random.Random(42)
    client = Client(args.url, args.db, "admin", "admin")
    sites = setup_sites(client)
    sessions = setup_tills(client, sites)
    setup_workers(client, rng, max(3, round(WORKERS * args.scale)))
    psql(args.db, bulk_sql(client, sites, sessions, args.scale))
    counts = psql(
        args.db,
        "SELECT (SELECT count(*) FROM stock_move) || ' stock moves, ' || "
        "(SELECT count(*) FROM sectoral_intake_line) || ' weighings, ' || "
        "(SELECT count(*) FROM pos_order_line) || ' order lines, ' || "
        "(SELECT count(*) FROM hr_employee) || ' employees';",
    )
    print(f"Generated in {time.perf_counter() - began:.0f} s: {counts.strip()}")


if __name__ == "__main__":
    main()
