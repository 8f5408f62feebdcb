#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: Unix socket only, fsync off (tests
# only — never for data anyone keeps), run as `postgres` when we are root.
#   eval "$(Tests/support/pg-cluster.sh start DIR)"   # prints export lines
#   Tests/support/pg-cluster.sh stop DIR
set -euo pipefail
action=${1:?start or stop}
dir=${2:?directory}
bindir=${HUIZONG_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}

as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
  echo "export PGHOST='$dir' PGUSER=postgres PGDATABASE=postgres"
  ;;
stop)
  [ -d "$dir/data" ] && as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
