#!/usr/bin/env bash
# Checks that a database made with a previous release of the suite upgrades to the
# current code without losing anything: builds it from the release (a git tag or
# commit) with the demo data of the ressourcerie (three weeks of activity), records its
# counts and kilograms, upgrades every addon of the suite with the current code
# (running the migration scripts), and compares.
#
# Usage: setup/test_upgrade.sh [RELEASE]     (default: the first release, v19.0.1.0.0)
# A few minutes on 2 cores; setup/test.sh runs it in every full run.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# The first release of the suite, also when the clone has no tags.
FIRST_RELEASE=d327f7e35291
release=${1:-v19.0.1.0.0}
git -C "$SECTORAL_ROOT" rev-parse -q --verify "$release^{commit}" >/dev/null || release=$FIRST_RELEASE
git -C "$SECTORAL_ROOT" rev-parse -q --verify "$release^{commit}" >/dev/null ||
    die "release $release is not in this clone: a shallow clone lacks the history (git fetch --unshallow --tags)"

"$SECTORAL_ROOT/setup/bootstrap.sh"
db="${SECTORAL_UPGRADE_DB:-sectoral_upgrade}"
old="$RUN_DIR/release-$release"
log="$RUN_DIR/test_upgrade.log"
rm -rf "$old"
mkdir -p "$old"
git -C "$SECTORAL_ROOT" archive "$release" | tar -x -C "$old"
odoo_addons=$(cut -d, -f3- "$RUN_DIR/addons_path")
pg dropdb --if-exists "$db" || die "could not drop $db: is it in use?"

say "building $db with release $release and its demo data (log: $log)"
odoo_bin -d "$db" -i l10n_be --with-demo --load-language=fr_BE,nl_BE --stop-after-init \
    --addons-path="$old/addons,$old,$odoo_addons" --logfile= >"$log" 2>&1 ||
    die "building $db failed: see $log"
odoo_bin -d "$db" -i sectoral_suite --with-demo --stop-after-init --workers=0 \
    --addons-path="$old/addons,$old,$odoo_addons" --logfile= >>"$log" 2>&1 ||
    die "installing release $release failed: see $log"

# What must not change: documents, their states, and every kilogram in stock.
snapshot() {
    pg psql -d "$db" -AtF' ' <<'SQL'
SELECT 'intakes', state, count(*), round(sum(total_kg)::numeric, 3) FROM sectoral_intake GROUP BY state ORDER BY 2;
SELECT 'sessions', state, count(*), round(sum(input_kg)::numeric, 3) FROM sectoral_sorting_session GROUP BY state ORDER BY 2;
SELECT 'labels', state, count(*), round(sum(weight_kg)::numeric, 3) FROM sectoral_label GROUP BY state ORDER BY 2;
SELECT 'rounds', state, count(*), 0 FROM sectoral_round GROUP BY state ORDER BY 2;
SELECT 'requests', state, count(*), 0 FROM sectoral_collection_request GROUP BY state ORDER BY 2;
SELECT 'moves', state, count(*), round(sum(quantity)::numeric, 3) FROM stock_move GROUP BY state ORDER BY 2;
SELECT 'quants', l.complete_name, count(*), round(sum(q.quantity)::numeric, 3)
  FROM stock_quant q JOIN stock_location l ON l.id = q.location_id
 WHERE l.usage = 'internal' GROUP BY 2 ORDER BY 2;
SELECT 'pos orders', state, count(*), round(sum(amount_total)::numeric, 2) FROM pos_order GROUP BY state ORDER BY 2;
SELECT 'pathways', state, count(*), 0 FROM sectoral_insertion_pathway GROUP BY state ORDER BY 2;
SELECT 'attachments', 'all', count(*), 0 FROM ir_attachment;
SQL
}
snapshot >"$RUN_DIR/upgrade-before.txt"

say "upgrading $db to the current code"
odoo_bin -d "$db" -u sectoral_base,sectoral_pos --stop-after-init --workers=0 \
    --logfile= >>"$log" 2>&1 || die "the upgrade failed: see $log"
if grep -E ' (ERROR|CRITICAL) ' "$log" | grep -q .; then
    grep -E ' (ERROR|CRITICAL) ' "$log" | head -20 >&2
    die "the build or the upgrade logged errors: see $log"
fi
snapshot >"$RUN_DIR/upgrade-after.txt"
# the attachments of regenerated assets may differ; everything else must be equal
if ! diff <(grep -v '^attachments' "$RUN_DIR/upgrade-before.txt") \
    <(grep -v '^attachments' "$RUN_DIR/upgrade-after.txt"); then
    die "the upgrade changed the figures above (before: <, after: >)"
fi
# what the migrations must have done: the bridges of the reporting installed where the
# report had the tills' and insertion's figures, every CO2e factor with its basis
missing=$(pg psql -d "$db" -Atc "SELECT string_agg(name, ', ') FROM ir_module_module
                                WHERE name IN ('sectoral_reporting_pos', 'sectoral_reporting_insertion')
                                  AND state <> 'installed'")
[ -z "$missing" ] || die "the upgrade did not install $missing"
unset_basis=$(pg psql -d "$db" -Atc "SELECT count(*) FROM sectoral_stream WHERE co2_factor > 0 AND co2_basis IS NULL")
[ "$unset_basis" = 0 ] || die "$unset_basis streams kept a CO2e factor without its basis"
# every stream of Ecomaison in one of its three schemes, every role with its home
# screen, no draft subsidy left for a worker placed by a CPAS (a contribution instead)
old_scheme=$(pg psql -d "$db" -Atc "SELECT count(*) FROM sectoral_stream WHERE rep_scheme = 'ecomaison'")
[ "$old_scheme" = 0 ] || die "$old_scheme streams kept the former Ecomaison scheme"
no_home=$(pg psql -d "$db" -Atc "SELECT count(*) FROM res_users u
                                  JOIN res_groups_users_rel r ON r.uid = u.id
                                  JOIN ir_model_data d ON d.res_id = r.gid AND d.model = 'res.groups'
                                   AND d.module = 'sectoral_base' AND d.name LIKE 'group_%'
                                 WHERE u.active AND NOT u.share AND u.action_id IS NULL")
[ "$no_home" = 0 ] || die "$no_home users of the suite's roles have no home screen"
placed=$(pg psql -d "$db" -Atc "SELECT count(*) FROM sectoral_insertion_subsidy s
                                 JOIN sectoral_insertion_pathway p ON p.id = s.pathway_id
                                 JOIN sectoral_insertion_programme g ON g.id = p.programme_id
                                WHERE g.employment = 'placement' AND s.state = 'draft'
                                  AND s.kind = 'subsidy'")
[ "$placed" = 0 ] || die "$placed draft subsidies of CPAS placements were not made contributions"
versions=$(pg psql -d "$db" -Atc "SELECT string_agg(name || ' ' || latest_version, ', ' ORDER BY name)
                                 FROM ir_module_module WHERE name LIKE 'sectoral%' AND state = 'installed'")
say "upgrade from $release kept every document, state and kilogram ($(wc -l <"$RUN_DIR/upgrade-before.txt") figures): $versions"
pg dropdb --if-exists "$db" || true
rm -rf "$old"
