#!/usr/bin/env bash
# `make bench`: generate the benchmark data (once per scale and seed) and measure the app on
# PostgreSQL and on SQLite, as in production (gunicorn, DEBUG off, 127.0.0.1). Results go to
# bench/results/*.json and the tables of docs/performance.md.
#
# Environment (defaults in brackets):
#   BENCH_DATABASES      which databases to measure ["postgresql sqlite"]
#   BENCH_PG_SCALE       scale generated into PostgreSQL [national]
#   BENCH_SQLITE_SCALE   scale generated into SQLite [city]
#   BENCH_SEED           the generator's seed [1]
#   BENCH_PG_DB          PostgreSQL database, dropped and re-created on generation [caunoi_bench]
#   BENCH_PG_SERVER      where it lives [postgres://postgres@127.0.0.1:5432]
#   BENCH_REGENERATE=1   generate again even when the data of this scale and seed is there
#   BENCH_ARGS           more options for `caunoi run_bench` (e.g. "--seconds 5 --requests 20")
set -euo pipefail
cd "$(dirname "$0")/.."

databases=${BENCH_DATABASES:-postgresql sqlite}
seed=${BENCH_SEED:-1}
pg_db=${BENCH_PG_DB:-caunoi_bench}
pg_server=${BENCH_PG_SERVER:-postgres://postgres@127.0.0.1:5432}
dir=var/bench
caunoi=.venv/bin/caunoi
mkdir -p "$dir"

test -s "$dir/secret_key" || { umask 077; python3 -c 'import secrets; print(secrets.token_urlsafe(50))' > "$dir/secret_key"; }
export DEBUG=false CAUNOI_HTTPS=false ALLOWED_HOSTS=127.0.0.1,localhost \
    CAUNOI_STATIC_ROOT="$dir/static" SECRET_KEY="$(cat "$dir/secret_key")"

# prepare LABEL SCALE: make sure DATABASE_URL holds the generated data of SCALE and $seed.
prepare() {
    local label=$1 scale=$2 marker="$dir/$1.generation.json"
    if [ "${BENCH_REGENERATE:-0}" != "1" ] && [ -s "$marker" ] \
        && grep -q "\"scale\": \"$scale\"" "$marker" && grep -q "\"seed\": $seed," "$marker"; then
        echo "== $label: $scale data (seed $seed) already generated"
        $caunoi migrate --noinput -v0
        return
    fi
    rm -f "$marker"
    echo "== $label: generating $scale data (seed $seed)"
    if [ "$label" = postgresql ]; then
        psql "$pg_server/postgres" -q -c "DROP DATABASE IF EXISTS $pg_db" -c "CREATE DATABASE $pg_db"
    else
        rm -f "$dir/$scale.sqlite3" "$dir/$scale.sqlite3-wal" "$dir/$scale.sqlite3-shm"
    fi
    $caunoi migrate --noinput -v0
    # --no-digest: the benchmark needs the rows, not their fingerprint (a fifth of the
    # generator's time); the suite checks that a seed always gives the same rows.
    $caunoi generate_bench_data --scale "$scale" --seed "$seed" --no-digest --json "$marker.tmp"
    mv "$marker.tmp" "$marker"
}

for database in $databases; do
    case $database in
        postgresql)
            scale=${BENCH_PG_SCALE:-national}
            export DATABASE_URL="$pg_server/$pg_db"
            ;;
        sqlite)
            scale=${BENCH_SQLITE_SCALE:-city}
            export DATABASE_URL="sqlite:///$dir/$scale.sqlite3"
            ;;
        *) echo "unknown database $database" >&2; exit 2 ;;
    esac
    $caunoi collectstatic --noinput -v0
    prepare "$database" "$scale"
    echo "== $database: measuring ($scale)"
    # shellcheck disable=SC2086
    $caunoi run_bench --scale "$scale" --seed "$seed" --log "$dir/gunicorn-$database.log" \
        --generation "$dir/$database.generation.json" ${BENCH_ARGS:-}
done
