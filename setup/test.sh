#!/usr/bin/env bash
# The suite's test command: bootstrap, lint, then a fresh database where every addon of the
# suite is installed with its at_install and post_install tests, browser tours included.
# A full run also installs the impact report alone (without the tills and insertion) with
# its tests, and upgrades a database of the first release to this code
# (setup/test_upgrade.sh). Then backs the tested database up and restores it into a new
# one (setup/backup.sh, setup/restore.sh), which must hold every row and attachment file.
# Ends with "N passed, M failed, K skipped"; exits non-zero on any failure, error, skip,
# on zero tests, on an ERROR/WARNING log line that is not on the allow-list of
# setup/check_test_log.py, and on a backup that does not restore whole.
#
# Usage: setup/test.sh [--no-lint] [--keep-db] [MODULE ...]
#   MODULE ...   test only these addons (they and their dependencies are installed)
#   --no-lint    skip ruff/pylint (quick local iterations; CI always lints)
#   --keep-db    keep the test database afterwards (its name is printed)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

lint=1 keep=0 modules=()
for arg in "$@"; do
    case "$arg" in
        --no-lint) lint=0 ;;
        --keep-db) keep=1 ;;
        -*) die "unknown option $arg (see the head of setup/test.sh)" ;;
        *) modules+=("$arg") ;;
    esac
done

"$SECTORAL_ROOT/setup/bootstrap.sh"

lint_rc=0
if [ $lint = 1 ]; then
    "$SECTORAL_ROOT/setup/lint.sh" || lint_rc=1
fi

# A browser tour that cannot start is silently skipped by Odoo: refuse to run without one.
"$VENV/bin/python" -c 'import websocket' 2>/dev/null ||
    die "websocket-client is not installed in $VENV: browser tours cannot run (run setup/bootstrap.sh)."
chrome=
for b in "${ODOO_BROWSER_BIN:-}" google-chrome chromium chromium-browser google-chrome-stable; do
    [ -n "$b" ] && command -v "$b" >/dev/null 2>&1 && chrome=$b && break
done
[ -n "$chrome" ] || die "Chromium is not installed: browser tours cannot run (as root: apt-get install chromium)."

# Every addon of the suite: the top folder, addons/ and the test addons of tests/.
suite_modules() {
    find "$SECTORAL_ROOT" "$SECTORAL_ROOT/addons" "$SECTORAL_ROOT/tests" -mindepth 2 -maxdepth 2 \
        -name __manifest__.py -printf '%h\n' | xargs -n1 basename | sort -u
}
full=0
[ ${#modules[@]} -gt 0 ] || { full=1; mapfile -t modules < <(suite_modules); }
install=$(IFS=,; echo "${modules[*]}")
tags=$(printf '/%s,' "${modules[@]}"); tags=${tags%,}

db="${SECTORAL_TEST_DB:-sectoral_test}"
port="${SECTORAL_TEST_PORT:-8169}"
log="$RUN_DIR/test.log"
addons_path="$SECTORAL_ROOT/tests,$(cat "$RUN_DIR/addons_path")"

say "fresh database $db: installing $install with their tests (log: $log)"
pg dropdb --if-exists "$db" ||
    die "could not drop the test database $db: is an Odoo server or psql still using it?"
start=$(date +%s)
set +e
odoo_bin -d "$db" --addons-path="$addons_path" -i "$install" \
    --test-enable --test-tags="$tags" --stop-after-init \
    --http-interface=127.0.0.1 --http-port="$port" --db-filter="^$db\$" --workers=0 --max-cron-threads=0 \
    --load-language=fr_BE,nl_BE --log-level=info --logfile= 2>&1 | tee "$log" |
    grep --line-buffered -E ' (ERROR|CRITICAL|WARNING) |odoo.tests.(stats|result)|post-tests in|Starting post tests|: (FAIL|ERROR):' || true
set -e
say "test run took $(( $(date +%s) - start )) s"

# The impact report without the tills and without insertion: its core installs on
# sorting alone and its tests pass there (the bridges add to the same figures).
core_rc=0
if [ $full = 1 ]; then
    core_db="${db}_core"
    core_log="$RUN_DIR/test_core.log"
    say "the impact report alone: $core_db with sectoral_reporting and its tests (log: $core_log)"
    pg dropdb --if-exists "$core_db" || true
    odoo_bin -d "$core_db" --addons-path="$addons_path" -i sectoral_reporting \
        --test-enable --test-tags=/sectoral_reporting --stop-after-init \
        --http-interface=127.0.0.1 --http-port="$port" --db-filter="^$core_db\$" \
        --workers=0 --max-cron-threads=0 --load-language=fr_BE,nl_BE --log-level=info \
        --logfile= >"$core_log" 2>&1 || true
    "$VENV/bin/python" "$SECTORAL_ROOT/setup/check_test_log.py" "$core_log" || core_rc=1
    pg dropdb --if-exists "$core_db" || true
fi

# The upgrade check: a database of the first release, with its demo activity, upgraded
# to this code keeps every document, state and kilogram (setup/test_upgrade.sh).
upgrade_rc=0
if [ $full = 1 ]; then
    say "upgrade check (log: $RUN_DIR/test_upgrade.log)"
    "$SECTORAL_ROOT/setup/test_upgrade.sh" || upgrade_rc=$?
fi

# The backup round-trip: the tested database, backed up with its filestore and restored
# into a new one, has every row and every attachment file.
backup_rc=0
restored="${db}_restored"
odoo_bin db drop "$restored" >/dev/null 2>&1 || true
say "backup round-trip: $db backed up and restored into $restored (log: $RUN_DIR/backup.log)"
if ! { file=$("$SECTORAL_ROOT/setup/backup.sh" "$db" "$RUN_DIR/backups/$db-roundtrip.zip" 2>"$RUN_DIR/backup.log") &&
    "$SECTORAL_ROOT/setup/restore.sh" "$restored" "$file" 2>>"$RUN_DIR/backup.log" &&
    "$VENV/bin/python" "$SECTORAL_ROOT/setup/check_backup.py" "$CONF" "$db" "$restored"; }; then
    backup_rc=1
    say "the backup round-trip failed"
fi
odoo_bin db drop "$restored" >/dev/null 2>&1 || true
rm -f "$RUN_DIR/backups/$db-roundtrip.zip"

check_rc=0
"$VENV/bin/python" "$SECTORAL_ROOT/setup/check_test_log.py" "$log" || check_rc=1
if [ $keep = 0 ]; then pg dropdb --if-exists "$db" || true; else say "kept database $db"; fi
[ $lint_rc = 0 ] || say "lint failed (see above)"
[ $core_rc = 0 ] || say "the impact report alone failed (see $RUN_DIR/test_core.log)"
[ $upgrade_rc = 0 ] || say "the upgrade check failed (see above)"
[ $check_rc = 0 ] && [ $lint_rc = 0 ] && [ $backup_rc = 0 ] && [ $core_rc = 0 ] &&
    [ $upgrade_rc = 0 ]
