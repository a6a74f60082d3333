#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the PostgreSQL tests and prints the
# shell lines that point them at it:
#
#   eval "$(bash .ci/postgres.sh)"   # sets COPYDESK_TEST_POSTGRES and COPYDESK_PG_DIR
#   go test ./internal/postgres/...
#   bash .ci/postgres.sh stop "$COPYDESK_PG_DIR"
#
# 'bash .ci/postgres.sh restart DIR' restarts the cluster (a fast shutdown:
# every session ends), for the tests of what a restart does to the workers.
#
# It installs Debian's postgresql package when no initdb is found, runs the
# cluster as the postgres user in a new temporary directory (the socket lives
# there too), listens on 127.0.0.1 on a free port with trust authentication,
# and creates the database copydesk_test. Everything it prints on stdout is
# shell; progress goes to stderr. Run as root (it switches to postgres) or as
# the user who will own the cluster.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

run_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = restart ]; then
  dir=${2:?usage: postgres.sh restart DIR}
  bin=$(cat "$dir/bindir")
  run_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >&2
  exit 0
fi

if [ "${1:-}" = stop ]; then
  dir=${2:?usage: postgres.sh stop DIR}
  bin=$(cat "$dir/bindir")
  if [ -f "$dir/data/postmaster.pid" ]; then
    run_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
  exit 0
fi

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | while read -r d; do
    [ -x "$d/initdb" ] && echo "$d"
  done | sort -V | tail -n 1
}

bin=$(find_bin)
if [ -z "$bin" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bin=$(find_bin)
  [ -n "$bin" ] || { log "no initdb under /usr/lib/postgresql/*/bin after installing"; exit 1; }
fi

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  log "no postgres user (the postgresql package creates it)"; exit 1
fi

# A free TCP port on the loopback interface.
port=""
for p in $(shuf -i 20000-60000 -n 50); do
  if ! (echo >/dev/tcp/127.0.0.1/"$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { log "no free port found"; exit 1; }

dir=$(mktemp -d /tmp/copydesk-pg.XXXXXX)
chmod 755 "$dir"
echo "$bin" >"$dir/bindir"
if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi

log "initdb in $dir/data"
run_as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  run_as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }

# fsync off: a throwaway cluster need not survive a power cut, and tests run faster.
run_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2 || { cat "$dir/server.log" >&2; exit 1; }

run_as_owner "$bin/createdb" -h "$dir" -p "$port" -U postgres copydesk_test >&2

log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (socket in $dir)"
echo "export COPYDESK_PG_DIR=$dir"
echo "export COPYDESK_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/copydesk_test?sslmode=disable"
