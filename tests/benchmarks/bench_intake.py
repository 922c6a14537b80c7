#!/usr/bin/env python3
"""Intake throughput: the tablet's JSON-RPC call against plain stock receipts.

Both sides go through the same JSON-RPC endpoint of a running server, as the same user,
with the same volume: N intakes of 5 weighings each (one validated receipt of 5 moves in
kg per intake on the suite's side) against N receipts of 5 moves made with the standard
stock API (create, confirm, validate). Prints both rates and their ratio.
"""

import argparse
import json
import statistics
import sys
import time
import urllib.request
import uuid

LINES_PER_INTAKE = 5


class Client:
    def __init__(self, url, db, login, password):
        self.url = url
        self.cookie = None
        result = self._post(
            "/web/session/authenticate",
            {"db": db, "login": login, "password": password},
        )
        self.uid = result["uid"]

    def _post(self, path, params):
        data = json.dumps({"jsonrpc": "2.0", "method": "call", "params": params})
        request = urllib.request.Request(
            self.url + path,
            data=data.encode(),
            headers={"Content-Type": "application/json"},
        )
        if self.cookie:
            request.add_header("Cookie", self.cookie)
        with urllib.request.urlopen(request, timeout=60) as response:
            for header in response.headers.get_all("Set-Cookie") or []:
                if header.startswith("session_id="):
                    self.cookie = header.split(";")[0]
            body = json.loads(response.read())
        if body.get("error"):
            raise RuntimeError(body["error"]["data"]["message"])
        return body["result"]

    def call(self, model, method, *args, **kwargs):
        return self._post(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )


def timed(fn, count):
    durations = []
    start = time.perf_counter()
    for index in range(count):
        begin = time.perf_counter()
        fn(index)
        durations.append(time.perf_counter() - begin)
    return time.perf_counter() - start, durations


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", type=int, default=200)
    args = parser.parse_args()
    if not args.url.startswith(("http://127.", "http://localhost")):
        sys.exit("benchmarks only run against a server on this machine")

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
    donations = client.call(
        "ir.model.data",
        "check_object_reference",
        "sectoral_base",
        "stock_location_donations",
    )[1]
    kg = client.call(
        "ir.model.data", "check_object_reference", "uom", "product_uom_kgm"
    )[1]

    def tablet_intake(index):
        client.call(
            "sectoral.intake",
            "tablet_submit",
            {
                "client_token": str(uuid.uuid4()),
                "warehouse_id": warehouse["id"],
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

    # warm both paths up (caches, first-time compilation), then measure
    for fn in (tablet_intake, plain_receipt):
        timed(fn, 5)
    suite_s, suite_d = timed(tablet_intake, args.size)
    plain_s, plain_d = timed(plain_receipt, args.size)

    intakes = client.call("sectoral.intake", "search_count", [("state", "=", "done")])
    if intakes != args.size + 5:
        sys.exit(f"expected {args.size + 5} validated intakes, found {intakes}")

    suite_rate, plain_rate = args.size / suite_s, args.size / plain_s
    print()
    print(f"Intake benchmark: {args.size} intakes of {LINES_PER_INTAKE} weighings")
    print(f"{'figure':44} {'suite':>10} {'baseline':>10} {'ratio':>7}")
    print(
        f"{'intakes per second (baseline: receipts/s)':44} "
        f"{suite_rate:10.1f} {plain_rate:10.1f} {suite_rate / plain_rate:7.2f}"
    )
    for label, q in (("p50", 0.5), ("p95", 0.95)):
        suite_ms = statistics.quantiles(suite_d, n=100)[int(q * 100) - 1] * 1000
        plain_ms = statistics.quantiles(plain_d, n=100)[int(q * 100) - 1] * 1000
        print(
            f"{'latency ' + label + ' (ms)':44} "
            f"{suite_ms:10.1f} {plain_ms:10.1f} {suite_ms / plain_ms:7.2f}"
        )


if __name__ == "__main__":
    main()
