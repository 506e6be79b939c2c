#!/usr/bin/env bash
# The bulk paths on a server against psql's own COPY of the same rows, and the same commands on
# a file beside them, all in one run:
#   1. `sitrepctl demo` into an empty server database, through COPY and (SITREP_BULK_PATH=insert)
#      through multi-row INSERTs; baseline: `psql \copy` of the demo's rows (pg_copy_baseline.sh);
#   2. `sitrepctl copy` file -> server, both paths; baseline: the same \copy;
#   3. `sitrepctl copy` server -> file; baseline: `psql \copy … TO` of every table (the read
#      half alone: psql writes no SQLite file);
#   4. `sitrepctl demo` and `sitrepctl copy` file -> file on SQLite.
#
#   pg_bulk_bench.sh STATE INCIDENTS [SITREPCTL] [OTHER_SITREPCTL]
#
# STATE: a cluster from `tests/support/pg_test_cluster.sh start STATE --durable`. SITREPCTL
# defaults to build/root/bin/sitrepctl; OTHER_SITREPCTL (an older build) runs the same steps
# after it, for a before/after in the same run. BENCH_BOTH_PATHS=no leaves out the multi-row
# INSERT runs (SITREP_BULK_PATH=insert). Prints one line per figure.
set -euo pipefail
state=${1:?usage: pg_bulk_bench.sh STATE INCIDENTS [SITREPCTL] [OTHER_SITREPCTL]}
incidents=${2:?usage: pg_bulk_bench.sh STATE INCIDENTS [SITREPCTL] [OTHER_SITREPCTL]}
here=$(cd "$(dirname "$0")" && pwd)
ctl=${3:-$here/../../build/root/bin/sitrepctl}
other=${4:-}
host=$(cat "$state")
url() { echo "postgresql:///$1?host=$host&user=sitrep"; }
admin=$(url postgres)
work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  for db in bench_demo bench_demo2 bench_empty bench_copy bench_copy2; do
    psql -X -q -d "$admin" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" || true
  done
}
trap cleanup EXIT

fresh() {  # fresh NAME: an empty, migrated server database
  psql -X -q -d "$admin" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
  "$ctl" migrate --db "$(url "$1")" >/dev/null
}
ms_of() { local s=$1 e=$2; echo $(( (e - s) / 1000000 )); }
rows_in() {  # the rows the demo writes, on a server
  psql -X -At -d "$(url "$1")" -c "SELECT (SELECT count(*) FROM services) + (SELECT count(*) FROM runbooks)
    + (SELECT count(*) FROM runbook_versions) + (SELECT count(*) FROM incidents) + (SELECT count(*) FROM incident_roles)
    + (SELECT count(*) FROM alerts) + (SELECT count(*) FROM timeline_events) + (SELECT count(*) FROM checklist_items)
    + (SELECT count(*) FROM postmortems) + (SELECT count(*) FROM action_items) + (SELECT count(*) FROM incident_alert_names)"
}
timed() {  # timed LABEL ROWS CMD...: runs CMD, prints ms and rows/s
  local label=$1 rows=$2; shift 2
  local s e ms
  s=$(date +%s%N); "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }; e=$(date +%s%N)
  ms=$(ms_of "$s" "$e")
  printf '%-44s %8d ms  %9d rows/s\n' "$label" "$ms" $(( rows * 1000 / (ms > 0 ? ms : 1) ))
}

run_all() {
  local ctl=$1 tag=$2 both=$3
  echo "== $tag: $ctl"
  fresh bench_demo
  local s e
  s=$(date +%s%N); "$ctl" demo --db "$(url bench_demo)" --incidents "$incidents" >/dev/null 2>&1; e=$(date +%s%N)
  local rows; rows=$(rows_in bench_demo)
  local ms; ms=$(ms_of "$s" "$e")
  printf '%-44s %8d ms  %9d rows/s  (%d rows)\n' "demo -> server (default path)" "$ms" $(( rows * 1000 / ms )) "$rows"
  if [ "$both" = yes ]; then
    fresh bench_demo2
    s=$(date +%s%N); SITREP_BULK_PATH=insert "$ctl" demo --db "$(url bench_demo2)" --incidents "$incidents" >/dev/null 2>&1; e=$(date +%s%N)
    ms=$(ms_of "$s" "$e")
    printf '%-44s %8d ms  %9d rows/s\n' "demo -> server (SITREP_BULK_PATH=insert)" "$ms" $(( rows * 1000 / ms ))
    psql -X -q -d "$admin" -c "DROP DATABASE bench_demo2"
  fi
  fresh bench_empty
  bash "$here/pg_copy_baseline.sh" "$(url bench_demo)" "$(url bench_empty)" | tail -n 1 | sed 's/^/baseline: /'
  psql -X -q -d "$admin" -c "DROP DATABASE bench_empty" -c "DROP DATABASE bench_demo"

  rm -f "$work/demo.db"
  timed "demo -> file" "$rows" "$ctl" demo --db "$work/demo.db" --incidents "$incidents"
  fresh bench_copy
  timed "copy file -> server (default path)" "$rows" "$ctl" copy --from "$work/demo.db" --to "$(url bench_copy)" --replace
  if [ "$both" = yes ]; then
    fresh bench_copy2
    timed "copy file -> server (SITREP_BULK_PATH=insert)" "$rows" \
      env SITREP_BULK_PATH=insert "$ctl" copy --from "$work/demo.db" --to "$(url bench_copy2)" --replace
    psql -X -q -d "$admin" -c "DROP DATABASE bench_copy2"
  fi
  rm -f "$work/back.db"
  timed "copy server -> file" "$rows" "$ctl" copy --from "$(url bench_copy)" --to "$work/back.db"
  rm -f "$work/file2.db"
  timed "copy file -> file" "$rows" "$ctl" copy --from "$work/demo.db" --to "$work/file2.db"
  # The read half of server -> file, by psql.
  local tables="services runbooks runbook_versions incidents incident_roles alerts timeline_events checklist_items
                postmortems action_items incident_alert_names"
  s=$(date +%s%N)
  for t in $tables; do
    psql -X -q -d "$(url bench_copy)" -c "\\copy (SELECT * FROM $t ORDER BY 1) TO '$work/$t.tsv'"
  done
  e=$(date +%s%N)
  ms=$(ms_of "$s" "$e")
  printf 'baseline: %-34s %8d ms  %9d rows/s\n' "psql \\copy TO, every table" "$ms" $(( rows * 1000 / ms ))
  rm -f "$work"/*.tsv "$work"/*.db
  psql -X -q -d "$admin" -c "DROP DATABASE bench_copy"
}

run_all "$ctl" "this build" "${BENCH_BOTH_PATHS:-yes}"
[ -n "$other" ] && run_all "$other" "other build" no
exit 0
