#!/usr/bin/env bash
# Lint of the suite: ruff (lint and format) and the OCA mandatory pylint-odoo checks.
# Usage: setup/lint.sh     (run by setup/test.sh; needs setup/bootstrap.sh first)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$SECTORAL_ROOT"

mapfile -t modules < <(find . -path ./.venv -prune -o -path ./.run -prune -o \
    -name __manifest__.py -printf '%h\n' | sort)
rc=0
say "ruff check"
"$VENV/bin/ruff" check --no-fix --quiet . || rc=1
say "ruff format --check"
"$VENV/bin/ruff" format --check --quiet . || rc=1
say "README.rst of each addon up to date with its readme/ fragments"
"$VENV/bin/python" setup/gen_readme.py --check "${modules[@]}" || rc=1
say "oca-checks-odoo-module and oca-checks-po"
"$VENV/bin/oca-checks-odoo-module" "${modules[@]}" || rc=1
mapfile -t po_files < <(find "${modules[@]}" -name '*.po' -o -name '*.pot')
[ ${#po_files[@]} = 0 ] || "$VENV/bin/oca-checks-po" "${po_files[@]}" || rc=1
say "pylint-odoo (OCA mandatory checks) on ${#modules[@]} addons"
"$VENV/bin/pylint" --rcfile=.pylintrc-mandatory "${modules[@]}" || rc=1
[ $rc = 0 ] && say "lint: clean" || warn "lint: see the messages above"
exit $rc
