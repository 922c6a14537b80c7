#!/usr/bin/env bash
# Prepares everything the suite needs on this machine; safe to run again and again.
#   - Odoo 19.0 source: $ODOO_SRC, else the cache ($XDG_CACHE_HOME/odoo-src/19.0), else a
#     shallow clone of branch 19.0 into that cache;
#   - a virtual environment in .venv with Odoo (editable) and requirements.txt, all pinned;
#   - odoo.conf (from odoo.conf.example) unless ODOO_RC names another configuration;
#   - a PostgreSQL server that answers, and a role for Odoo;
#   - Chromium (browser tours) and wkhtmltopdf (PDF reports).
# Usage: setup/bootstrap.sh            (quiet when nothing changed)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
mkdir -p "$RUN_DIR"

# --- Python ----------------------------------------------------------------------------
find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3.12 python3.11 python3.10 python3; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(not ((3, 10) <= sys.version_info[:2] < (3, 14)))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}
PY=$(find_python) || die "Odoo 19 needs Python 3.10 to 3.13; none was found (set PYTHON=/path/to/python3)."

# --- Odoo source ---------------------------------------------------------------------------
is_odoo19() { [ -f "$1/odoo-bin" ] && grep -q "^version_info = (19, 0," "$1/odoo/release.py" 2>/dev/null; }

locate_odoo() {
    if [ -n "${ODOO_SRC:-}" ]; then
        is_odoo19 "$ODOO_SRC" || die "ODOO_SRC=$ODOO_SRC is not an Odoo 19.0 source tree (no odoo-bin or wrong version)."
        printf '%s' "$(cd "$ODOO_SRC" && pwd)"
        return
    fi
    if is_odoo19 "$ODOO_CACHE"; then
        printf '%s' "$ODOO_CACHE"
        return
    fi
    if [ -e "$ODOO_CACHE" ] && [ -n "$(ls -A "$ODOO_CACHE" 2>/dev/null)" ]; then
        die "$ODOO_CACHE exists but holds no Odoo 19.0 source; remove it or set ODOO_SRC."
    fi
    command -v git >/dev/null 2>&1 || die "No Odoo 19.0 source: set ODOO_SRC, fill $ODOO_CACHE, or install git to clone it."
    say "cloning Odoo 19.0 from $ODOO_GIT_URL into $ODOO_CACHE (about 1 GB)"
    mkdir -p "$(dirname "$ODOO_CACHE")"
    if ! git clone --quiet --depth 1 --branch 19.0 "$ODOO_GIT_URL" "$ODOO_CACHE.partial" >&2; then
        rm -rf "$ODOO_CACHE.partial"
        die "No Odoo 19.0 source: ODOO_SRC is unset, $ODOO_CACHE is empty and cloning $ODOO_GIT_URL failed (no network?)."
    fi
    mv "$ODOO_CACHE.partial" "$ODOO_CACHE"
    printf '%s' "$ODOO_CACHE"
}
SRC=$(locate_odoo)
printf '%s' "$SRC" >"$RUN_DIR/odoo_src"

# A git clone has community addons in addons/ and the core ones in odoo/addons; a nightly
# archive has all of them in odoo/addons.
ODOO_ADDONS="$SRC/odoo/addons"
[ -d "$SRC/addons/web" ] && ODOO_ADDONS="$SRC/addons,$ODOO_ADDONS"
# Nested folders first: Odoo attributes a file to the first addons path that contains it.
SUITE_ADDONS="$SECTORAL_ROOT/addons,$SECTORAL_ROOT"
printf '%s' "$SUITE_ADDONS,$ODOO_ADDONS" >"$RUN_DIR/addons_path"

# --- Virtual environment -------------------------------------------------------------------
# python-ldap compiles against the OpenLDAP and SASL headers; leave it out where they are absent
# (only the auth_ldap addon needs it).
odoo_requirements() {
    if [ -f /usr/include/ldap.h ] && [ -f /usr/include/sasl/sasl.h ]; then
        cat "$SRC/requirements.txt"
    else
        grep -iv '^python-ldap' "$SRC/requirements.txt"
    fi
}

stamp=$({
    "$PY" --version
    printf '%s\n' "$SRC"
    odoo_requirements
    cat "$SECTORAL_ROOT/requirements.txt"
} | sha256sum | cut -c1-16)

if [ "$(cat "$VENV/.sectoral-stamp" 2>/dev/null)" != "$stamp" ] ||
    ! "$VENV/bin/python" -c 'import odoo.release, websocket, openupgradelib' 2>/dev/null; then
    say "preparing the virtual environment in $VENV (Odoo from $SRC)"
    [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
    pip=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
    odoo_requirements >"$RUN_DIR/odoo-requirements.txt"
    "${pip[@]}" -r "$RUN_DIR/odoo-requirements.txt" || die "installing Odoo's Python requirements failed (see above)."
    # compat mode: a plain .pth path entry, so that odoo.addons stays a namespace that the
    # OCA wheels (odoo-addon-*) extend.
    "${pip[@]}" --no-deps --config-settings editable_mode=compat -e "$SRC" || die "pip install -e $SRC failed."
    "${pip[@]}" -r "$SECTORAL_ROOT/requirements.txt" || die "installing requirements.txt failed (see above)."
    printf '%s' "$stamp" >"$VENV/.sectoral-stamp"
fi

# --- Configuration -------------------------------------------------------------------------
# odoo.conf is the example with this machine's addons path; a configuration named by ODOO_RC
# belongs to its owner and is left as it is.
if [ -z "${ODOO_RC:-}" ]; then
    if [ ! -f "$CONF" ]; then
        say "writing $CONF from odoo.conf.example"
        cp "$SECTORAL_ROOT/odoo.conf.example" "$CONF"
    fi
    addons_path="$SUITE_ADDONS,$ODOO_ADDONS"
    sed -i "s|^addons_path *=.*|addons_path = $addons_path|" "$CONF"
    sed -i "s|^data_dir *=.*|data_dir = $RUN_DIR/data|" "$CONF"
    # The master password opens the database manager (backups, drops): never a known
    # one. The file is readable by its owner only.
    case "$(conf_get admin_passwd)" in
        "" | change-me | admin)
            secret=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(32))')
            sed -i "s|^admin_passwd *=.*|admin_passwd = $secret|" "$CONF"
            say "a random master password (admin_passwd) was written to $CONF"
            ;;
    esac
    # A request reaches only the databases the filter names, even with ?db= in its URL:
    # the demo until setup/deploy.sh names the production database.
    [ -n "$(conf_get dbfilter)" ] || sed -i 's|^dbfilter *=.*|dbfilter = ^sectoral_demo$|' "$CONF"
    chmod 600 "$CONF"
elif [ ! -f "$CONF" ]; then
    die "ODOO_RC=$CONF does not exist."
fi
case "$(conf_get admin_passwd)" in
    "" | change-me | admin) warn "$CONF has a known master password (admin_passwd): set a long random one." ;;
esac
[ -n "$(conf_get dbfilter)" ] ||
    warn "$CONF has no dbfilter: any database of the server can be reached with ?db= (set dbfilter = ^NAME\$)."
[ "$(conf_get list_db False)" = False ] ||
    warn "$CONF lists the databases (list_db): set list_db = False on a server others can reach."

# --- PostgreSQL ----------------------------------------------------------------------------
PGHOST_=$(conf_get db_host "${PGHOST:-}")
PGPORT_=$(conf_get db_port "${PGPORT:-5432}")
PGUSER_=$(conf_get db_user "${PGUSER:-$(id -un)}")
[ "$PGUSER_" = postgres ] && die "Odoo refuses to run as the PostgreSQL superuser 'postgres': set db_user in $CONF."
pg_local() { case "$PGHOST_" in "" | localhost | 127.0.0.1 | ::1 | /*) return 0 ;; *) return 1 ;; esac; }
pg_answers() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q ${PGHOST_:+-h "$PGHOST_"} -p "$PGPORT_" -t 3
    else
        return 1
    fi
}

if ! command -v pg_isready >/dev/null 2>&1; then
    apt_install postgresql-client || die "psql/pg_isready are missing: install the PostgreSQL client (postgresql-client)."
fi
if ! pg_answers; then
    pg_local || die "PostgreSQL at ${PGHOST_}:${PGPORT_} does not answer; start it or fix db_host/db_port in $CONF."
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
        apt_install postgresql || die "No PostgreSQL server here and no way to install one (not root or no apt-get): install PostgreSQL 12+ or set db_host."
    fi
    for version in $(ls /etc/postgresql 2>/dev/null); do
        say "starting PostgreSQL cluster $version/main"
        pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start || true
    done
    for _ in 1 2 3 4 5 6 7 8 9 10; do pg_answers && break || sleep 1; done
    pg_answers || die "PostgreSQL did not start on port $PGPORT_; see /var/log/postgresql."
fi
if ! psql ${PGHOST_:+-h "$PGHOST_"} -p "$PGPORT_" -U "$PGUSER_" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    if pg_local && is_root && id postgres >/dev/null 2>&1; then
        say "creating the PostgreSQL role $PGUSER_"
        runuser -u postgres -- psql -p "$PGPORT_" -qc "CREATE ROLE \"$PGUSER_\" LOGIN CREATEDB" >/dev/null ||
            die "could not create the PostgreSQL role $PGUSER_."
    else
        die "PostgreSQL answers but role '$PGUSER_' cannot connect: create it (createuser --createdb $PGUSER_) or set db_user/db_password in $CONF."
    fi
fi

# --- Browser and PDF -----------------------------------------------------------------------
find_chrome() {
    local b
    for b in "${ODOO_BROWSER_BIN:-}" google-chrome chromium chromium-browser google-chrome-stable; do
        [ -n "$b" ] && command -v "$b" >/dev/null 2>&1 && return 0
    done
    return 1
}
find_chrome || apt_install chromium || warn "Chromium is missing and could not be installed: browser tours cannot run."
command -v wkhtmltopdf >/dev/null 2>&1 || apt_install wkhtmltopdf || warn "wkhtmltopdf is missing and could not be installed: PDF reports will be HTML only."
# Fonts: DejaVu for the PDF reports, Roboto for the web client's text and Noto Color Emoji
# for the touch screens' icons, so that headless browsers render pages as tablets do.
[ -d /usr/share/fonts/truetype/dejavu ] || apt_install fonts-dejavu-core || true
[ -d /usr/share/fonts/truetype/roboto ] || apt_install fonts-roboto || true
fc-list 2>/dev/null | grep -q "Noto Color Emoji" || apt_install fonts-noto-color-emoji || true

exit 0
