#!/usr/bin/env bash
# Shared helpers for the setup scripts: paths, messages and the Odoo command line.
# Sourced, never run on its own.

SECTORAL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="${SECTORAL_VENV:-$SECTORAL_ROOT/.venv}"
RUN_DIR="$SECTORAL_ROOT/.run"
ODOO_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/odoo-src/19.0"
ODOO_GIT_URL="${ODOO_GIT_URL:-https://github.com/odoo/odoo}"
# The configuration Odoo runs with: the user's own when ODOO_RC names one.
CONF="${ODOO_RC:-$SECTORAL_ROOT/odoo.conf}"

say() { printf '\033[1;34m[sectoral]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[sectoral] warning:\033[0m %s\n' "$*" >&2; }
die() {
    printf '\033[1;31m[sectoral] error:\033[0m %s\n' "$*" >&2
    exit 1
}
is_root() { [ "$(id -u)" = 0 ]; }

apt_updated=
apt_install() {
    # Installs Debian packages when we are root on a Debian-like system; returns 1 otherwise.
    is_root && command -v apt-get >/dev/null 2>&1 || return 1
    if [ -z "$apt_updated" ]; then
        say "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
        apt_updated=1
    fi
    say "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Reads one option from the [options] section of the Odoo configuration.
conf_get() {
    local key=$1 default=${2:-}
    local value=
    if [ -f "$CONF" ]; then
        value=$(awk -F '=' -v k="$key" '
            /^\[/ { section = $0 }
            section == "[options]" && $1 ~ "^[ \t]*" k "[ \t]*$" {
                sub(/^[^=]*=[ \t]*/, ""); sub(/[ \t]+$/, ""); print; exit
            }' "$CONF")
    fi
    case "$value" in "" | False | false) printf '%s' "$default" ;; *) printf '%s' "$value" ;; esac
}

odoo_src() { cat "$RUN_DIR/odoo_src"; }

# Odoo's own command line, with the project's configuration. A subcommand (shell,
# server...) may come first, as with odoo-bin itself.
odoo_bin() {
    local sub=()
    case "${1:-}" in shell | server | db) sub=("$1"); shift ;; esac
    "$VENV/bin/python" "$(odoo_src)/odoo-bin" "${sub[@]}" -c "$CONF" "$@"
}

# A PostgreSQL client command (psql, dropdb, ...) aimed at the server of the configuration.
pg() {
    local cmd=$1
    shift
    local host port user password
    host=$(conf_get db_host "${PGHOST:-}")
    port=$(conf_get db_port "${PGPORT:-5432}")
    user=$(conf_get db_user "${PGUSER:-$(id -un)}")
    password=$(conf_get db_password "${PGPASSWORD:-}")
    PGPASSWORD="$password" "$cmd" ${host:+-h "$host"} -p "$port" -U "$user" "$@"
}
