#!/usr/bin/env python3
"""The cost of installing the suite on top of plain Odoo: reads the two installation
logs (Odoo's apps the suite stands on, then the suite's addons on top) and prints the
time and the SQL queries of each. Odoo logs both at the end of an installation:
"N modules loaded in S s, Q queries"."""

import re
import sys

from common import report

LOADED = re.compile(r"(\d+) modules loaded in ([\d.]+)s, (\d+) queries")


def totals(path):
    seconds = queries = 0.0
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            found = LOADED.search(line)
            if found:
                seconds += float(found[2])
                queries += int(found[3])
    if not seconds:
        sys.exit(f"no installation summary in {path}")
    return seconds, queries


def main(plain_log, suite_log):
    plain_s, plain_q = totals(plain_log)
    suite_s, suite_q = totals(suite_log)
    print("Installation: the suite's addons on top of the Odoo apps they stand on")
    report(
        "install",
        "installing the suite (baseline: its Odoo apps)",
        suite_s,
        plain_s,
        "s",
    )
    report("install", "queries (baseline: its Odoo apps)", suite_q, plain_q, "queries")


if __name__ == "__main__":
    main(*sys.argv[1:3])
