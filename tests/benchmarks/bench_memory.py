#!/usr/bin/env python3
"""Peak memory of an Odoo worker while it builds the impact workbook of a large
enterprise (one year beside the previous one), against the same worker's peak after
an ordinary request. Reads the workers' peak resident memory (VmHWM) from /proc: the
server must run on this machine with --workers.
"""

import argparse
import sys
import urllib.request
from datetime import date

from common import Client, report


def workers(server_pid):
    """The processes the server forked (its HTTP workers)."""
    found, todo = [], [server_pid]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as children:
                kids = [int(kid) for kid in children.read().split()]
        except FileNotFoundError:
            kids = []
        found += kids
        todo += kids
    return found


def peak_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--server-pid", type=int, required=True)
    args = parser.parse_args()
    client = Client(args.url, args.db, "admin", "admin")
    company = client.call("res.users", "read", [client.uid], ["company_id"])[0][
        "company_id"
    ][0]
    # an ordinary request on every worker first: their peak before the report
    for _ in range(8):
        client.call("sectoral.stream", "search_read", [], ["name"])
    before = {pid: peak_kb(pid) for pid in workers(args.server_pid)}
    wizard = client.call(
        "sectoral.impact.report",
        "create",
        {
            "date_from": str(date(2025, 1, 1)),
            "date_to": str(date(2025, 12, 31)),
            "company_ids": [(6, 0, [company])],
        },
    )
    request = urllib.request.Request(
        f"{args.url}/report/xlsx/sectoral_reporting.impact_xlsx/{wizard}"
    )
    request.add_header("Cookie", client.cookie)
    with urllib.request.urlopen(request, timeout=600) as response:
        content = response.read()
    if not content.startswith(b"PK"):
        sys.exit("the workbook did not come back")
    after = {pid: peak_kb(pid) for pid in workers(args.server_pid)}
    grown = max(after, key=lambda pid: after[pid] - before.get(pid, 0))
    print(f"Memory: the worker that built the workbook ({len(content)} bytes)")
    report(
        "memory",
        "worker peak RSS with the report (baseline: before)",
        after[grown] / 1024,
        before.get(grown, after[grown]) / 1024,
        "MiB",
    )


if __name__ == "__main__":
    main()
