#!/usr/bin/env bash
# Refreshes the translation templates (.pot) of the suite's addons from a database where
# they are installed, and merges the new terms into fr.po and nl.po (untranslated until a
# translator fills them; setup/test.sh lists none as missing, so check with msgfmt).
#
# Usage: setup/i18n.sh DATABASE [MODULE ...]     (default: every addon of the suite)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
db=${1:?usage: setup/i18n.sh DATABASE [MODULE ...]}
shift
mapfile -t dirs < <(find "$SECTORAL_ROOT" "$SECTORAL_ROOT/addons" -mindepth 2 -maxdepth 2 \
    -name __manifest__.py -printf '%h\n' | sort)
for dir in "${dirs[@]}"; do
    module=$(basename "$dir")
    if [ $# -gt 0 ] && [[ " $* " != *" $module "* ]]; then continue; fi
    mkdir -p "$dir/i18n"
    "$VENV/bin/python" "$(odoo_src)/odoo-bin" i18n export -c "$CONF" -d "$db" \
        -o "$dir/i18n/$module.pot" "$module" >/dev/null
    if ! grep -q '^msgid "[^"]' "$dir/i18n/$module.pot"; then
        rm -rf "$dir/i18n"   # nothing to translate in this addon
        continue
    fi
    for lang in fr nl; do
        po="$dir/i18n/$lang.po"
        if [ -f "$po" ]; then
            msgmerge --quiet --update --no-fuzzy-matching --backup=none "$po" "$dir/i18n/$module.pot"
        else
            msginit --no-translator --locale="$lang" --input="$dir/i18n/$module.pot" --output="$po"
        fi
        untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
        [ "$untranslated" -le 1 ] || warn "$po: $((untranslated - 1)) term(s) to translate"
    done
    # the layout the OCA checks expect, so that a refresh changes only what changed
    "$VENV/bin/oca-checks-po" --fix --no-exit "$dir"/i18n/*.po* >/dev/null || true
    say "$module: templates and catalogues refreshed"
done
