#!/usr/bin/env bash
# Run COMMAND... with DATABASE_URL pointing at a PostgreSQL server the test suite may use.
#
#   scripts/with-postgres.sh uv run pytest -m "not e2e" -q
#
# When a server answers on 127.0.0.1:5432 (trust auth, superuser "postgres", as on the CI
# machine) it is used. Otherwise a private, throw-away cluster is made with the Debian
# binaries under /usr/lib/postgresql/*/bin (package postgresql), started on a free port, and
# stopped and deleted when COMMAND ends, also when it fails or is interrupted. The command's
# exit code is passed on.
#
# The database NAME in DATABASE_URL is fresh and does not exist: pytest-django creates and drops
# its own "test_<NAME>" database (Django connects through the "postgres" database to do so).
# The user is a superuser, so migrations can CREATE EXTENSION unaccent and pg_trgm (both ship
# with Debian's postgresql-15 package).
#
# Environment:
#   CAUNOI_PRIVATE_PG=1   always make a private cluster, even when a server answers on :5432
#                         (to test this path, or to keep the shared server untouched).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

db_name="caunoi_test_$$_${RANDOM}"

# --- A server is already running: use it. ---------------------------------------------------
if [ "${CAUNOI_PRIVATE_PG:-0}" != "1" ] \
    && command -v pg_isready >/dev/null 2>&1 \
    && pg_isready -q -h 127.0.0.1 -p 5432 -t 3; then
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${db_name}"
    exec "$@"
fi

# --- Otherwise: a private cluster in a temporary directory. ---------------------------------
pg_bin=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$dir/initdb" ] && pg_bin="$dir"   # the newest version wins
done
if [ -z "$pg_bin" ]; then
    echo "with-postgres: no PostgreSQL server on 127.0.0.1:5432 and no initdb under" \
        "/usr/lib/postgresql/*/bin; install it with 'make test-deps' (Debian package postgresql)." >&2
    exit 1
fi

tmp_dir="$(mktemp -d "${TMPDIR:-/tmp}/caunoi-pg.XXXXXX")"
data_dir="$tmp_dir/data"
log_file="$tmp_dir/postgres.log"

# initdb and postgres refuse to run as root: run them as the "postgres" system user then
# (Debian creates it with the server package), or "nobody" when it is missing.
if [ "$(id -u)" -eq 0 ]; then
    pg_user=postgres
    id -u "$pg_user" >/dev/null 2>&1 || pg_user=nobody
    chown "$pg_user" "$tmp_dir"
    # cd: the user may not be allowed into the caller's working directory.
    as_pg() { (cd "$tmp_dir" && runuser -u "$pg_user" -- "$@"); }
else
    as_pg() { "$@"; }
fi

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -f "$data_dir/postmaster.pid" ]; then
        as_pg "$pg_bin/pg_ctl" -D "$data_dir" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp_dir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! as_pg "$pg_bin/initdb" -D "$data_dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$tmp_dir/initdb.log" 2>&1; then
    echo "with-postgres: initdb failed:" >&2
    cat "$tmp_dir/initdb.log" >&2
    exit 1
fi

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A port may be taken between the check and the start: try a few.
started=0
for _attempt in 1 2 3 4 5; do
    port=$((55432 + RANDOM % 2000))
    port_is_free "$port" || continue
    # Durability is pointless for a cluster deleted in a minute; speed is not.
    if as_pg "$pg_bin/pg_ctl" -D "$data_dir" -l "$log_file" -w -t 60 -o "\
-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$tmp_dir \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
        started=1
        break
    fi
done
if [ "$started" != 1 ]; then
    echo "with-postgres: the private PostgreSQL server did not start:" >&2
    cat "$log_file" >&2 2>/dev/null || true
    exit 1
fi

export DATABASE_URL="postgres://postgres@127.0.0.1:${port}/${db_name}"
set +e
"$@"
rc=$?
set -e
exit "$rc"
