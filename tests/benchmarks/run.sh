#!/usr/bin/env bash
# Runs the suite's benchmarks against an Odoo server of their own on 127.0.0.1, on a
# fresh database, and prints each figure with its baseline measured in the same run.
#
# Usage: tests/benchmarks/run.sh [--size N]   (N intakes / receipts; default 200)
set -euo pipefail
. "$(dirname "$0")/../../setup/lib.sh"

size=200
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size=$2; shift 2 ;;
        *) die "unknown option $1 (see the head of tests/benchmarks/run.sh)" ;;
    esac
done

"$SECTORAL_ROOT/setup/bootstrap.sh"
db="${SECTORAL_BENCH_DB:-sectoral_bench}"
port="${SECTORAL_BENCH_PORT:-8269}"
log="$RUN_DIR/bench.log"

say "fresh database $db with the collection addon (log: $log)"
pg dropdb --if-exists "$db" ||
    die "could not drop the benchmark database $db: is a server still using it?"
odoo_bin -d "$db" -i sectoral_collection --stop-after-init --logfile="$log" ||
    die "installing the benchmark database failed; see $log"

say "Odoo on 127.0.0.1:$port"
odoo_bin -d "$db" --db-filter="^$db\$" --http-interface=127.0.0.1 --http-port="$port" \
    --workers=0 --max-cron-threads=0 --logfile="$log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$port/web/login" && break
    sleep 1
done

"$VENV/bin/python" "$SECTORAL_ROOT/tests/benchmarks/bench_intake.py" \
    --url "http://127.0.0.1:$port" --db "$db" --size "$size"
