#!/usr/bin/env bash
# Odoo's own tests with the whole suite installed: proves that the suite keeps standard
# stock, accounting and point of sale working. Installs the suite on a fresh database,
# then runs the post_install tests of the given Odoo addons (the tests that run with
# every installed addon loaded; at_install tests check an addon alone, before the suite
# is loaded, so they say nothing about it).
#
# Longer than the suite's own tests (point_of_sale alone takes a while): run it before a
# release or after touching stock, accounting or the till, not in every CI run.
#
# Usage: setup/test_odoo.sh [ODOO_ADDON ...]   (default: stock stock_account point_of_sale)
# Ends with "N passed, M failed, K skipped"; Odoo's own tests log warnings and skip tests
# by design, so only failures and errors count here.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

addons=("$@")
[ ${#addons[@]} -gt 0 ] || addons=(stock stock_account point_of_sale)
# post_install only: an addon's at_install tests would run while the registry is still
# half loaded (before the addons that depend on it), which tests nothing of the suite.
tags=$(printf 'post_install/%s,' "${addons[@]}"); tags=${tags%,}

"$SECTORAL_ROOT/setup/bootstrap.sh"

db="${SECTORAL_ODOO_TEST_DB:-sectoral_odoo_test}"
port="${SECTORAL_TEST_PORT:-8169}"
log="$RUN_DIR/test_odoo.log"
pg dropdb --if-exists "$db" ||
    die "could not drop the test database $db: is an Odoo server or psql still using it?"

say "fresh database $db with the whole suite (no tests yet)"
odoo_bin -d "$db" -i sectoral_suite --stop-after-init --workers=0 --max-cron-threads=0 \
    --logfile="$log" || die "installing the suite failed; see $log"

say "Odoo's post_install tests of ${addons[*]} with the suite installed (log: $log)"
start=$(date +%s)
set +e
odoo_bin -d "$db" --test-enable --test-tags="$tags" --stop-after-init \
    --http-interface=127.0.0.1 --http-port="$port" --db-filter="^$db\$" --workers=0 --max-cron-threads=0 \
    --log-level=info --logfile= 2>&1 | tee -a "$log" |
    grep --line-buffered -E 'odoo.tests.(stats|result)|post-tests in|: (FAIL|ERROR):' || true
set -e
say "Odoo's tests took $(( $(date +%s) - start )) s"
rc=0
"$VENV/bin/python" "$SECTORAL_ROOT/setup/check_test_log.py" --tests-only "$log" || rc=1
pg dropdb --if-exists "$db" || true
exit $rc
