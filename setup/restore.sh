#!/usr/bin/env bash
# Restores a backup made by setup/backup.sh (or Odoo's database manager) into a new
# database, with its filestore. Refuses to overwrite an existing database.
#
# Usage: setup/restore.sh NEW_DATABASE FILE
set -euo pipefail
. "$(dirname "$0")/lib.sh"
db=${1:?usage: setup/restore.sh NEW_DATABASE FILE}
file=${2:?usage: setup/restore.sh NEW_DATABASE FILE}
[ -f "$file" ] || die "no backup file $file"
[ -f "$RUN_DIR/odoo_src" ] || "$SECTORAL_ROOT/setup/bootstrap.sh"
if pg psql -d "$db" -Atc "SELECT 1" >/dev/null 2>&1; then
    die "database $db exists: restore into a new name, check it, then switch."
fi
odoo_bin db load "$db" "$file" 2>&1 | grep -v "^Running as user 'root'" >&2 || true
pg psql -d "$db" -Atc "SELECT 1 FROM ir_module_module LIMIT 1" >/dev/null 2>&1 ||
    die "the restore of $file into $db failed (see above)."
say "restored $file into $db"
