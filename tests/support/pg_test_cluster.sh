#!/bin/sh
# A throwaway PostgreSQL for the tests and benchmarks: its own cluster in a temp folder, reached
# only through a Unix socket in that folder, removed when stopped.
#
#   pg_test_cluster.sh start STATE [--durable]   starts one; STATE receives its socket folder
#   pg_test_cluster.sh stop STATE                stops it and removes its folder
#
# Clients connect as the superuser "sitrep" with no password: postgresql:///postgres?host=<dir>
# &user=sitrep. PostgreSQL refuses to run as root (and CI runs as root), so as root the server
# runs as "nobody". Tests get fsync off (their data is thrown away); --durable keeps PostgreSQL's
# durable defaults, which the benchmarks compare against.
set -eu

action=${1:-}
state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE [--durable]" >&2; exit 2; }

# The newest server the distribution installed (Debian: /usr/lib/postgresql/<major>/bin).
bindir=""
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/pg_ctl" ] && bindir=$d
done
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null 2>&1; then
  bindir=$(dirname "$(command -v pg_ctl)")
fi

as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  [ -f "$state" ] || return 0
  dir=$(cat "$state")
  if [ -n "$dir" ] && [ -d "$dir/data" ] && [ -n "$bindir" ]; then
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in /tmp/sitrep-pg.*) rm -rf "$dir" ;; esac
  rm -f "$state"
}

case "$action" in
  start)
    if [ -z "$bindir" ]; then
      echo "pg_test_cluster: PostgreSQL's server (initdb, pg_ctl) is not installed; the Debian package is 'postgresql'" >&2
      exit 1
    fi
    stop_cluster  # one left behind by an interrupted run
    dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir"
    if ! as_server_user "$bindir/initdb" -D "$dir/data" -U sitrep --auth=trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1
    fi
    options="-k $dir -c listen_addresses= -c max_connections=400 -c shared_buffers=128MB"
    if [ "${3:-}" != "--durable" ]; then
      options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    if ! as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$options" -w -t 60 \
        start >/dev/null; then
      cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1
    fi
    echo "$dir" >"$state"
    echo "pg_test_cluster: $("$bindir/pg_ctl" --version | cut -d" " -f1-3) on $dir"
    ;;
  stop)
    stop_cluster
    ;;
  *)
    echo "usage: $0 start|stop STATE [--durable]" >&2; exit 2 ;;
esac
