#!/usr/bin/env python3
"""Compares a database with its restored copy: the rows of every table, and every
attachment's file in the filestore. Prints one line and exits non-zero on a loss.

Usage: check_backup.py CONFIG ORIGINAL RESTORED"""

import os
import sys

import odoo
from odoo.tools import config


def table_counts(dbname):
    with odoo.sql_db.db_connect(dbname).cursor() as cr:
        cr.execute(
            """SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"""
        )
        counts = {}
        for (table,) in cr.fetchall():
            cr.execute(f'SELECT count(*) FROM "{table}"')  # names from the catalog
            counts[table] = cr.fetchone()[0]
        cr.execute(
            """SELECT store_fname, checksum FROM ir_attachment
                WHERE store_fname IS NOT NULL"""
        )
        return counts, cr.fetchall()


def main(conf, original, restored):
    config.parse_config(["-c", conf])
    before, files = table_counts(original)
    after, restored_files = table_counts(restored)
    lost = {t: (n, after.get(t)) for t, n in before.items() if after.get(t) != n}
    filestore = config.filestore(restored)
    missing = [
        name
        for name, _checksum in restored_files
        if not os.path.exists(os.path.join(filestore, name))
    ]
    if lost or missing or len(files) != len(restored_files):
        print(
            f"backup check: FAILED, tables differing {lost}, "
            f"files missing {missing[:5]}"
        )
        return 1
    print(
        f"backup check: {len(before)} tables, {sum(before.values())} rows and "
        f"{len(files)} attachment files restored as they were"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
