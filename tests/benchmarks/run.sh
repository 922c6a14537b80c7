#!/usr/bin/env bash
# Runs every benchmark of the suite against Odoo servers of its own on 127.0.0.1 and
# prints one table: each figure, its baseline measured in the same run, and the ratio.
#
#   1. install cost: Odoo's apps the suite stands on, then the suite on top;
#   2. intakes over JSON-RPC against plain stock receipts; the till's data loading and
#      the sync of orders against Odoo's point of sale alone (threaded server);
#   3. a large enterprise generated (five years: over a million stock moves, 300,000
#      order lines, 200 workers at --scale 1), the impact report against hand-written
#      SQL;
#   4. concurrent tablets (1, 4, 16) and the worker's peak memory building the impact
#      workbook, against a server with several workers.
#
# Usage: tests/benchmarks/run.sh [--scale S] [--size N] [--orders N]
#   --scale S    size of the generated enterprise (default 1: the large one)
#   --size N     intakes and plain receipts of the intake benchmark (default 200)
#   --orders N   orders synced on each side by the till benchmark (default 1000)
set -euo pipefail
. "$(dirname "$0")/../../setup/lib.sh"

scale=1 size=200 orders=1000
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2; shift 2 ;;
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
here="$SECTORAL_ROOT/tests/benchmarks"
url="http://127.0.0.1:$port"
: >"$log"
: >"$results"
server=
stop_server() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=
    fi
}
trap stop_server EXIT
start_server() {
    # the Odoo process itself in the background (not a shell around it), so that $!
    # is its PID: stopped at the end, its workers read by the memory benchmark
    # the requests reach the benchmark's two databases, whatever the configuration's
    # dbfilter serves
    "$VENV/bin/python" "$(odoo_src)/odoo-bin" -c "$CONF" --http-interface=127.0.0.1 \
        --http-port="$port" --db-filter="^($db|$plain_db)\$" --max-cron-threads=0 \
        --logfile="$log" "$@" &
    server=$!
    for _ in $(seq 1 90); do
        curl -s -o /dev/null "$url/web/login" && return 0
        sleep 1
    done
    die "the benchmark server did not start; see $log"
}
bench() { "$VENV/bin/python" "$@" | tee -a "$results"; }
# the generator writes its volume with psql, to the server of the configuration
export PGHOST="$(conf_get db_host "${PGHOST:-}")" PGPORT="$(conf_get db_port "${PGPORT:-5432}")"
export PGUSER="$(conf_get db_user "${PGUSER:-$(id -un)}")"
export PGPASSWORD="$(conf_get db_password "${PGPASSWORD:-}")"
[ -n "$PGHOST" ] || unset PGHOST

for base in "$db" "$plain_db"; do
    pg dropdb --if-exists "$base" ||
        die "could not drop the benchmark database $base: is a server still using it?"
done

# 1. Installation cost: the Odoo apps the suite stands on, then the suite on top.
odoo_apps=$("$VENV/bin/python" - "$SECTORAL_ROOT" <<'PY'
import ast, pathlib, sys
root = pathlib.Path(sys.argv[1])
manifests = {p.parent.name: ast.literal_eval(p.read_text())
             for p in [*root.glob("*/__manifest__.py"), *root.glob("addons/*/__manifest__.py")]}
deps = {d for m in manifests.values() for d in m.get("depends", [])} - set(manifests)
print(",".join(sorted(deps)))
PY
)
say "installing Odoo's $odoo_apps in $db (log: $RUN_DIR/bench-install-*.log)"
: >"$RUN_DIR/bench-install-odoo.log"
: >"$RUN_DIR/bench-install-suite.log"
odoo_bin -d "$db" -i "$odoo_apps" --stop-after-init --log-level=info \
    --logfile="$RUN_DIR/bench-install-odoo.log" || die "installing $odoo_apps failed"
say "installing the suite on top"
odoo_bin -d "$db" -i sectoral_suite --stop-after-init --log-level=info \
    --logfile="$RUN_DIR/bench-install-suite.log" || die "installing the suite failed"
bench "$here/bench_install.py" "$RUN_DIR/bench-install-odoo.log" \
    "$RUN_DIR/bench-install-suite.log"
# The till's baseline: the same Odoo apps, without the suite.
odoo_bin -d "$plain_db" -i "$odoo_apps" --stop-after-init --logfile="$log" ||
    die "installing $plain_db failed; see $log"

# 2. Intakes and the till, on a threaded server.
say "Odoo on 127.0.0.1:$port (threaded)"
start_server --workers=0
cd "$here"
bench bench_intake.py --url "$url" --db "$db" --size "$size"
bench bench_pos.py --url "$url" --suite-db "$db" --plain-db "$plain_db" --orders "$orders"

# 3. A large enterprise, and the impact report on it.
say "generating five years of a reuse enterprise (--scale $scale)"
bench generate.py --url "$url" --db "$db" --scale "$scale"
stop_server
odoo_bin shell -d "$db" --no-http --logfile="$log" <"$here/bench_report.py" |
    grep -v '^>>>' | tee -a "$results"

# 4. Concurrent tablets and memory, on a server with several workers.
say "Odoo on 127.0.0.1:$port with 4 workers"
start_server --workers=4 --limit-time-real=600 --limit-memory-hard=4294967296
bench bench_tablets.py --url "$url" --db "$db" --server-log "$log"
bench bench_memory.py --url "$url" --db "$db" --server-pid "$server"
stop_server

echo
say "all figures (also in $results)"
"$VENV/bin/python" "$here/table.py" "$results"
