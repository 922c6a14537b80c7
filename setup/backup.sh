#!/usr/bin/env bash
# Backs up a database with its filestore (attachments, photos, PDFs) in one zip file,
# Odoo's own backup format (the database manager and setup/restore.sh read it).
#
# Usage: setup/backup.sh DATABASE [FILE]
#   FILE   where to write the backup (default: .run/backups/DATABASE-YYYYmmdd-HHMMSS.zip)
# Keep backups on another machine: a copy next to the database is lost with it.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
db=${1:?usage: setup/backup.sh DATABASE [FILE]}
file=${2:-$RUN_DIR/backups/$db-$(date +%Y%m%d-%H%M%S).zip}
[ -f "$RUN_DIR/odoo_src" ] || "$SECTORAL_ROOT/setup/bootstrap.sh"
pg psql -d "$db" -Atc "SELECT 1" >/dev/null 2>&1 || die "database $db does not exist or does not answer."
mkdir -p "$(dirname "$file")"
umask 077 # a backup holds every record: readable by its owner only
odoo_bin db dump "$db" "$file.partial" 2>&1 | grep -v "^Running as user 'root'" >&2 || true
[ -s "$file.partial" ] || die "the backup of $db failed (see above)."
mv "$file.partial" "$file"
say "backup of $db with its filestore: $file ($(du -h "$file" | cut -f1))"
printf '%s\n' "$file"
