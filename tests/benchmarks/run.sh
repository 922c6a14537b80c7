#!/usr/bin/env bash
# Runs the suite's benchmarks against an Odoo server of their own on 127.0.0.1 and prints
# one table: each figure, its baseline measured in the same run, and their ratio.
#
# Two fresh databases: sectoral_bench (the whole suite) and sectoral_bench_plain (Odoo's
# point of sale alone, the baseline of the till benchmark), served by the same process.
#
# Usage: tests/benchmarks/run.sh [--size N] [--orders N]
#   --size N     intakes and plain receipts of the intake benchmark (default 200)
#   --orders N   orders synced on each side by the till benchmark (default 1000)
set -euo pipefail
. "$(dirname "$0")/../../setup/lib.sh"

size=200 orders=1000
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size=$2; shift 2 ;;
        --orders) orders=$2; shift 2 ;;
        *) die "unknown option $1 (see the head of tests/benchmarks/run.sh)" ;;
    esac
done

"$SECTORAL_ROOT/setup/bootstrap.sh"
db="${SECTORAL_BENCH_DB:-sectoral_bench}"
plain_db="${db}_plain"
port="${SECTORAL_BENCH_PORT:-8269}"
log="$RUN_DIR/bench.log"
results="$RUN_DIR/bench-results.txt"
: >"$log"

for base in "$db" "$plain_db"; do
    pg dropdb --if-exists "$base" ||
        die "could not drop the benchmark database $base: is a server still using it?"
done
say "fresh database $db with the whole suite, $plain_db with Odoo's point of sale (log: $log)"
odoo_bin -d "$db" -i sectoral_suite --stop-after-init --logfile="$log" ||
    die "installing $db failed; see $log"
odoo_bin -d "$plain_db" -i point_of_sale --stop-after-init --logfile="$log" ||
    die "installing $plain_db failed; see $log"

say "Odoo on 127.0.0.1:$port"
odoo_bin --http-interface=127.0.0.1 --http-port="$port" --workers=0 --max-cron-threads=0 \
    --logfile="$log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$port/web/login" && break
    sleep 1
done

url="http://127.0.0.1:$port"
cd "$SECTORAL_ROOT/tests/benchmarks"
{
    "$VENV/bin/python" bench_intake.py --url "$url" --db "$db" --size "$size"
    "$VENV/bin/python" bench_pos.py --url "$url" --suite-db "$db" --plain-db "$plain_db" \
        --orders "$orders"
} | tee "$results"

echo
say "all figures (also in $results)"
"$VENV/bin/python" table.py "$results"
