#!/usr/bin/env python3
"""Concurrent intake tablets: N tablets, each its own logged-in session, send intakes
over JSON-RPC at the same time to an Odoo server running several workers. For N = 1,
4 and 16: the throughput of the whole (from the moment every tablet is logged in to
the last intake), the latency each tablet sees (p50, p95), then
proof that nothing was lost or recorded twice (every client token once; each tablet
also resends its last intake, as after a lost answer, and it is not recorded again).
Each intake weighs three streams drawn among the site's, all tablets at one site:
each intake adds quants of its own, so that no tablet waits on another (no
concurrency failure may appear in the server's log). The baseline of each N is the
single tablet measured in the same run.
"""

import argparse
import os
import random
import statistics
import sys
import threading
import time
import types
import uuid

from common import Client, percentile, report


def submit(client, payload, retries):
    """Sends an intake as the tablet does: a concurrency failure (other tablets were
    writing the same stock at the same moment, beyond the server's own retries) keeps
    it on the tablet, to be sent again unchanged, with the same client token."""
    for attempt in range(10):
        try:
            return client.call("sectoral.intake.tablet", "submit", payload)
        except RuntimeError as error:
            if "serialize" not in str(error):
                raise
            retries.append(1)
            time.sleep(random.uniform(0, 0.5 * (attempt + 1)))
    raise RuntimeError("still refused after 10 attempts")


def tablet_run(url, db, count, site, channel, streams, shared):
    """One tablet: logs in, waits for the others, sends ``count`` intakes, then resends
    the last one. What it measures goes into ``shared`` (a namespace of lists)."""
    try:
        client = Client(url, db, "admin", "admin")
    except Exception as error:  # noqa: BLE001  (reported, and the run fails)
        shared.errors.append(repr(error))
        shared.start.abort()
        return
    shared.start.wait()  # every tablet logged in: the clock starts
    try:
        last = None
        draw = random.Random(threading.get_ident())
        for index in range(count):
            # three streams of the site's, as they come in
            payload = {
                "client_token": str(uuid.uuid4()),
                "site_id": site,
                "channel_id": channel,
                "lines": [
                    {"stream_id": s, "gross_kg": 10 + index % 7 + k}
                    for k, s in enumerate(draw.sample(streams, 3))
                ],
            }
            begin = time.perf_counter()
            submit(client, payload, shared.retries)
            shared.durations.append(time.perf_counter() - begin)
            shared.tokens.append(payload["client_token"])
            last = payload
        shared.finished.append(time.perf_counter())
        # the answer to the last one was lost: the tablet sends it again
        submit(client, last, shared.retries)
    except Exception as error:  # noqa: BLE001  (reported, and the run fails)
        shared.errors.append(repr(error))


def run(url, db, tablets, per_tablet, site, channel, streams):
    shared = types.SimpleNamespace(
        tokens=[],
        durations=[],
        errors=[],
        retries=[],
        finished=[],
        start=threading.Barrier(tablets + 1),
    )
    threads = [
        threading.Thread(
            target=tablet_run,
            args=(url, db, per_tablet, site, channel, streams, shared),
        )
        for _ in range(tablets)
    ]
    for thread in threads:
        thread.start()
    try:
        shared.start.wait()  # the logins are not part of the throughput
    except threading.BrokenBarrierError:
        pass
    begin = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = max(shared.finished, default=begin) - begin
    if shared.errors:
        sys.exit(f"{len(shared.errors)} tablet(s) failed: {shared.errors[0]}")
    return shared.tokens, shared.durations, elapsed, len(shared.retries)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--per-tablet", type=int, default=25)
    parser.add_argument(
        "--server-log",
        help="the server's log: concurrency failures it replayed during the run are "
        "counted (there must be none)",
    )
    args = parser.parse_args()
    log_start = os.path.getsize(args.server_log) if args.server_log else 0
    admin = Client(args.url, args.db, "admin", "admin")
    site = admin.call("stock.warehouse", "search", [("is_reuse_site", "=", True)])[0]
    channel = admin.call("sectoral.channel", "search", [], limit=1)[0]
    streams = admin.call("sectoral.stream", "search", [("child_ids", "=", False)])
    # every worker serves a few intakes first (loading the registry, warming its
    # caches), as on a server that has been up since the morning; not measured
    run(args.url, args.db, 8, 2, site, channel, streams)
    results = {}
    for tablets in (1, 4, 16):
        tokens, durations, elapsed, retried = run(
            args.url, args.db, tablets, args.per_tablet, site, channel, streams
        )
        recorded = admin.call(
            "sectoral.intake", "search_count", [("client_token", "in", tokens)]
        )
        expected = tablets * args.per_tablet
        if recorded != expected or len(set(tokens)) != expected:
            sys.exit(f"{tablets} tablets: {expected} sent, {recorded} recorded")
        results[tablets] = (expected / elapsed, durations, retried)
    one_rate, one_durations, _retried = results[1]
    print(
        f"Tablets: {args.per_tablet} intakes of 3 weighings per tablet, each resent "
        "once; every intake recorded once"
    )
    for tablets in (4, 16):
        rate, durations, retried = results[tablets]
        print(
            f"  {tablets} tablets: slowest intake {max(durations) * 1000:.0f} ms; "
            f"{retried} sent again after a concurrency failure"
        )
        report(
            "tablets",
            f"intakes/s with {tablets} tablets (baseline: 1 tablet)",
            rate,
            one_rate,
            "per s",
            lower_is_better=False,
        )
        for pct in (50, 95):
            report(
                "tablets",
                f"latency p{pct} with {tablets} tablets (baseline: 1)",
                percentile(durations, pct) * 1000,
                percentile(one_durations, pct) * 1000,
                "ms",
            )
    print(
        f"  (1 tablet: {one_rate:.1f} intakes/s, "
        f"median {statistics.median(one_durations) * 1000:.0f} ms)"
    )
    if args.server_log:
        with open(args.server_log, encoding="utf-8", errors="replace") as log:
            log.seek(log_start)
            replayed = sum("SERIALIZATION_FAILURE" in line for line in log)
        print(f"  concurrency failures replayed by the server: {replayed}")
        if replayed:
            sys.exit("intakes of several tablets waited on each other")


if __name__ == "__main__":
    main()
