#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: Unix socket only, fsync off (tests
# only — never for data anyone keeps), run as `postgres` when we are root.
#   eval "$(Tests/support/pg-cluster.sh start DIR)"   # prints export lines
#   Tests/support/pg-cluster.sh stop DIR
#   Tests/support/pg-cluster.sh restart DIR   # start DIR's data again, e.g. after a kill -9
# HUIZONG_PG_DURABLE=1 keeps synchronous commit on, as a real server has it: a commit is
# then in the log (the kernel's page cache; fsync stays off) before the client hears of
# it, so a killed server keeps every commit it answered. The kill tests need that.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?directory}
bindir=${HUIZONG_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}

as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_server() {
  local commit="-c synchronous_commit=off"
  [ "${HUIZONG_PG_DURABLE:-}" = 1 ] && commit=""
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c full_page_writes=off $commit -c max_connections=200" \
    start >&2
}

case "$action" in
start)
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  start_server || { cat "$dir/server.log" >&2; exit 1; }
  echo "export PGHOST='$dir' PGUSER=postgres PGDATABASE=postgres"
  ;;
restart)
  # After a kill -9 of the postmaster its backends live on until they next wait (for the
  # client, a lock), and the new server refuses to start while they hold the old shared
  # memory: try again until they are gone.
  for _ in $(seq 1 300); do
    start_server 2>/dev/null && exit 0
    sleep 0.1
  done
  cat "$dir/server.log" >&2
  exit 1
  ;;
stop)
  [ -d "$dir/data" ] && as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  ;;
*) echo "usage: $0 start|stop|restart DIR" >&2; exit 2 ;;
esac
