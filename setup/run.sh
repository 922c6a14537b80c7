#!/usr/bin/env bash
# The suite's main command: bootstrap, create (or update) the demo database with the whole
# suite and the demo data of a Belgian ressourcerie, then serve Odoo on 127.0.0.1:8069.
#
# Usage: setup/run.sh [--no-serve]
#   --no-serve   prepare the database and stop (no server)
# Environment: SECTORAL_DB (default sectoral_demo), SECTORAL_PORT (default 8069).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

serve=1
for arg in "$@"; do
    case "$arg" in
        --no-serve) serve=0 ;;
        *) die "unknown option $arg (see the head of setup/run.sh)" ;;
    esac
done

"$SECTORAL_ROOT/setup/bootstrap.sh"

db="${SECTORAL_DB:-sectoral_demo}"
port="${SECTORAL_PORT:-8069}"
log="$RUN_DIR/run-$db.log"

if [ "$(pg psql -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = '$db'")" = 1 ]; then
    kind=$(pg psql -d "$db" -Atqc "SELECT value FROM ir_config_parameter WHERE key = 'sectoral.database_kind'" 2>/dev/null || true)
    [ "$kind" != production ] ||
        die "$db is a production database (setup/deploy.sh): the demo command never loads demo data into it."
    say "updating database $db (log: $log)"
    # Updating sectoral_base updates every addon of the suite, which all depend on it.
    args=(-u sectoral_base -i sectoral_suite,sectoral_website,sectoral_lending)
    created=0
else
    say "creating database $db with the whole suite and its demo data, in French (log: $log)"
    # The Belgian localisation first, so that the demo ressourcerie (a Belgian company)
    # gets the Belgian chart of accounts; Odoo's eCommerce, stock and repairs too, whose
    # own demo data belongs to Odoo's demo company (loaded once the ressourcerie is the
    # admin's company, it would mix the two).
    odoo_bin -d "$db" -i l10n_be,website_sale,stock,repair --with-demo --load-language=fr_BE,nl_BE --stop-after-init \
        --logfile= >"$log" 2>&1 || { tail -40 "$log" >&2; die "creating database $db failed; see $log"; }
    # the online shop and the lending library too: the demo ressourcerie sells its
    # items on its website and lends tools
    args=(-i sectoral_suite,sectoral_website,sectoral_lending --with-demo)
    created=1
fi
if ! odoo_bin -d "$db" "${args[@]}" --stop-after-init --workers=0 --max-cron-threads=0 \
    --logfile= >>"$log" 2>&1; then
    tail -40 "$log" >&2
    die "preparing database $db failed; the whole log is in $log"
fi
if grep -qE ' (ERROR|CRITICAL) ' "$log"; then
    grep -E ' (ERROR|CRITICAL) ' "$log" | head -20 >&2
    die "preparing database $db logged errors; the whole log is in $log"
fi

if [ $created = 1 ]; then
    say "adding a year of history to the demo (intakes, sorting, exits)"
    odoo_bin shell -d "$db" --no-http --logfile= <"$SECTORAL_ROOT/setup/demo_history.py" >>"$log" 2>&1 ||
        { tail -20 "$log" >&2; die "the demo's history failed; see $log"; }
fi

cat <<MSG

  Reuse suite ready: http://127.0.0.1:$port/odoo   (database $db)

  *** DEMO DATABASE: made-up enterprise, passwords equal the logins. ***
  *** Never enter real people or real money in it, never expose it.   ***

  Role                 Login        Password
  Intake operator      intake       intake
  Driver               driver       driver
  Sorter               sorter       sorter
  Cashier              cashier      cashier
  Insertion officer    insertion    insertion
  Manager              manager      manager
  Accountant           accountant   accountant
  Administrator        admin        admin

MSG
# Links in receipts, QR codes and PDFs point at the address served; the database says
# it is a demo one. A demo works offline: no scheduled call to the VIES service on the
# internet, and Odoo's sample reordering rules (products a ressourcerie does not buy)
# archived, as their first procurement run fails on its own concurrent update.
pg psql -d "$db" -qc "UPDATE ir_config_parameter SET value = 'http://127.0.0.1:$port'
                       WHERE key IN ('web.base.url', 'report.url');
                      INSERT INTO ir_config_parameter (key, value)
                      VALUES ('sectoral.database_kind', 'demo')
                      ON CONFLICT (key) DO UPDATE SET value = 'demo';
                      UPDATE ir_cron SET active = FALSE
                       WHERE id IN (SELECT res_id FROM ir_model_data
                                     WHERE module = 'base_vat' AND model = 'ir.cron');
                      UPDATE stock_warehouse_orderpoint SET active = FALSE
                       WHERE id IN (SELECT res_id FROM ir_model_data
                                     WHERE module = 'stock'
                                       AND model = 'stock.warehouse.orderpoint')" ||
    warn "could not prepare $db for the demo"
[ $serve = 1 ] || exit 0
say "serving on 127.0.0.1:$port (Ctrl+C to stop)"
exec "$VENV/bin/python" "$(odoo_src)/odoo-bin" -c "$CONF" -d "$db" --db-filter="^$db\$" \
    --http-interface=127.0.0.1 --http-port="$port"
