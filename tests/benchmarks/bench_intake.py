#!/usr/bin/env python3
"""Intake throughput: the tablet's JSON-RPC call against plain stock receipts.

Both sides go through the same JSON-RPC endpoint of a running server, as the same user,
with the same volume: N intakes of 5 weighings each (one validated receipt of 5 moves in
kg per intake on the suite's side) against N receipts of 5 moves made with the standard
stock API (create, confirm, validate). Prints both rates and their ratio.
"""

import argparse
import sys
import uuid

from common import Client, percentile, report, timed

LINES_PER_INTAKE = 5


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", type=int, default=200)
    args = parser.parse_args()
    client = Client(args.url, args.db, "admin", "admin")
    site = client.call(
        "stock.warehouse", "search_read", [("is_reuse_site", "=", True)], ["id"]
    )
    if not site:
        warehouse = client.call("stock.warehouse", "search", [], limit=1)[0]
        client.call("stock.warehouse", "action_setup_reuse_site", [warehouse])
    warehouse = client.call(
        "stock.warehouse",
        "search_read",
        [("is_reuse_site", "=", True)],
        ["id", "in_type_id", "reuse_intake_location_id"],
        limit=1,
    )[0]
    streams = client.call(
        "sectoral.stream",
        "search_read",
        [],
        ["id", "product_id"],
        limit=LINES_PER_INTAKE,
    )
    channel = client.call("sectoral.channel", "search", [], limit=1)[0]
    donations = client.ref("sectoral_base.stock_location_donations")
    kg = client.ref("uom.product_uom_kgm")

    def tablet_intake(index):
        client.call(
            "sectoral.intake.tablet",
            "submit",
            {
                "client_token": str(uuid.uuid4()),
                "site_id": warehouse["id"],
                "channel_id": channel,
                "lines": [
                    {"stream_id": s["id"], "gross_kg": 10 + index % 7 + k}
                    for k, s in enumerate(streams)
                ],
            },
        )

    def plain_receipt(index):
        picking = client.call(
            "stock.picking",
            "create",
            {
                "picking_type_id": warehouse["in_type_id"][0],
                "location_id": donations,
                "location_dest_id": warehouse["reuse_intake_location_id"][0],
                "move_ids": [
                    (
                        0,
                        0,
                        {
                            "product_id": s["product_id"][0],
                            "product_uom": kg,
                            "product_uom_qty": 10 + index % 7 + k,
                            "quantity": 10 + index % 7 + k,
                            "picked": True,
                            "location_id": donations,
                            "location_dest_id": warehouse["reuse_intake_location_id"][
                                0
                            ],
                        },
                    )
                    for k, s in enumerate(streams)
                ],
            },
        )
        client.call("stock.picking", "action_confirm", [picking])
        client.call("stock.picking", "button_validate", [picking])

    done = [("state", "=", "done")]
    before = client.call("sectoral.intake", "search_count", done)
    # warm both paths up (caches, first-time compilation), then measure
    for fn in (tablet_intake, plain_receipt):
        timed(fn, 5)
    suite_s, suite_d = timed(tablet_intake, args.size)
    plain_s, plain_d = timed(plain_receipt, args.size)

    intakes = client.call("sectoral.intake", "search_count", done) - before
    if intakes != args.size + 5:
        sys.exit(f"expected {args.size + 5} validated intakes, found {intakes}")

    print(f"Intake: {args.size} intakes of {LINES_PER_INTAKE} weighings over JSON-RPC")
    name = "intake"
    report(
        name,
        "intakes per second (baseline: plain receipts/s)",
        args.size / suite_s,
        args.size / plain_s,
        "per s",
        lower_is_better=False,
    )
    for pct in (50, 95):
        report(
            name,
            f"intake latency p{pct} (baseline: plain receipt)",
            percentile(suite_d, pct) * 1000,
            percentile(plain_d, pct) * 1000,
            "ms",
        )


if __name__ == "__main__":
    main()
