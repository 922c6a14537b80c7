#!/usr/bin/env bash
# Creates the production database of an enterprise: the whole suite without demo data,
# the Belgian or French localisation, its language, an administrator whose password is
# asked (or generated, never a known one), the enterprise's name and its first site.
# The database is marked as a production one: setup/run.sh refuses to load demo data
# into it.
#
# Usage: setup/deploy.sh NAME [options]
#   --country be|fr        localisation and chart of accounts (default be)
#   --lang CODE            language of the administrator and the enterprise
#                          (default fr_BE in Belgium, fr_FR in France; nl_BE, en_US...)
#   --company "NAME"       name of the enterprise (default: the database name)
#   --site "NAME" --site-code CODE
#                          its first reuse site (default "Site principal", SITE)
#   --login LOGIN          the administrator's login (default admin)
#   --update               upgrade an existing production database to this code
#                          (backed up first, then the migration scripts run)
# The password comes from SECTORAL_ADMIN_PASSWORD, else it is asked, else (no terminal)
# a random one is generated and printed once.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

name=${1:-}
[ -n "$name" ] && [[ $name != -* ]] || die "usage: setup/deploy.sh NAME [options] (see its head)"
shift
country=be lang= company= site="Site principal" site_code=SITE login=admin update=0
while [ $# -gt 0 ]; do
    case "$1" in
        --country) country=${2:?}; shift 2 ;;
        --lang) lang=${2:?}; shift 2 ;;
        --company) company=${2:?}; shift 2 ;;
        --site) site=${2:?}; shift 2 ;;
        --site-code) site_code=${2:?}; shift 2 ;;
        --login) login=${2:?}; shift 2 ;;
        --update) update=1; shift ;;
        *) die "unknown option $1 (see the head of setup/deploy.sh)" ;;
    esac
done
case "$country" in
    be) lang=${lang:-fr_BE}; l10n=l10n_be; langs=fr_BE,nl_BE ;;
    fr) lang=${lang:-fr_FR}; l10n=l10n_fr_account; langs=fr_FR ;;
    *) die "--country is be or fr" ;;
esac
[[ $name =~ ^[A-Za-z0-9_-]+$ ]] || die "a database name has letters, digits, - and _ only"

"$SECTORAL_ROOT/setup/bootstrap.sh"
log="$RUN_DIR/deploy-$name.log"
exists=$(pg psql -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = '$name'")

if [ $update = 1 ]; then
    [ "$exists" = 1 ] || die "database $name does not exist"
    "$SECTORAL_ROOT/setup/backup.sh" "$name" >/dev/null 2>>"$log" || die "backup of $name failed: see $log"
    say "upgrading $name (a backup is in $RUN_DIR/backups; log: $log)"
    odoo_bin -d "$name" -u sectoral_base --stop-after-init --workers=0 --logfile= >>"$log" 2>&1 ||
        die "the upgrade of $name failed: restore the backup; see $log"
    say "$name upgraded"
    exit 0
fi
[ "$exists" != 1 ] || die "database $name exists: choose another name, or --update it"

password=${SECTORAL_ADMIN_PASSWORD:-}
if [ -z "$password" ] && [ -t 0 ]; then
    read -rsp "Password of the administrator $login (12 characters or more): " password && echo
    read -rsp "Again: " again && echo
    [ "$password" = "$again" ] || die "the two passwords differ"
fi
generated=0
if [ -z "$password" ]; then
    password=$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(18))')
    generated=1
fi
[ ${#password} -ge 12 ] && [ "$password" != admin ] || die "the password needs 12 characters or more"

say "creating $name: the suite without demo data, $l10n, $lang (log: $log)"
odoo_bin db init "$name" --language "$lang" --country "${country^^}" --username "$login" \
    --password "$password" >"$log" 2>&1 || die "creating $name failed: see $log"
odoo_bin -d "$name" -i "$l10n,sectoral_suite" --load-language="$langs" --stop-after-init \
    --workers=0 --max-cron-threads=0 --logfile= >>"$log" 2>&1 ||
    die "installing the suite in $name failed: see $log"

SECTORAL_COMPANY=${company:-$name} SECTORAL_SITE=$site SECTORAL_SITE_CODE=$site_code \
    odoo_bin shell -d "$name" --no-http >>"$log" 2>&1 <<'PY' || die "setting up $name failed: see $log"
import os

company = env.ref("base.main_company")
company.name = os.environ["SECTORAL_COMPANY"]
# full-time equivalents are counted against the country's full-time week
company._sectoral_set_full_time()
env["ir.config_parameter"].set_param("sectoral.database_kind", "production")
wizard = env["sectoral.site.setup"].create(
    {
        "name": os.environ["SECTORAL_SITE"],
        "code": os.environ["SECTORAL_SITE_CODE"][:5],
        "company_id": company.id,
    }
)
wizard.action_create_site()
env.cr.commit()
PY
pg psql -d "$name" -Atqc "SELECT 1 FROM ir_config_parameter WHERE key = 'sectoral.database_kind' AND value = 'production'" |
    grep -q 1 || die "setting up $name failed: see $log"

# Requests reach the production database only: the filter of the suite's configuration
# (empty or the demo's) becomes ^NAME$; a filter of the administrator's own is kept and
# checked.
filter=$(conf_get dbfilter)
if [ -z "${ODOO_RC:-}" ] && { [ -z "$filter" ] || [ "$filter" = '^sectoral_demo$' ]; }; then
    sed -i "s|^dbfilter *=.*|dbfilter = ^$name\$|" "$CONF"
    filter="^$name\$"
    say "dbfilter = $filter written to $CONF: the demo is no longer served by this configuration"
elif [[ $filter != *%* ]] && ! "$VENV/bin/python" -c 'import re, sys; sys.exit(not re.match(sys.argv[1], sys.argv[2]))' "$filter" "$name"; then
    warn "the dbfilter of $CONF ($filter) does not let requests reach $name: add it"
fi

cat <<MSG

  Production database $name is ready: the suite, $l10n, $lang, no demo data.
  Enterprise: ${company:-$name}, first site: $site ($site_code).
  Administrator: $login
MSG
[ $generated = 0 ] || printf '  Generated password (shown once, write it down): %s\n' "$password"
cat <<MSG

  Next: the users and their roles (Settings > Users), the streams' prices and CO2e
  factors, the tills. Serve it behind a proxy with HTTPS (README, deployment), with
  dbfilter ${filter:-^$name\$}, and back it up every night:
  setup/backup.sh $name
MSG
