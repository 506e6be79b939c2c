#!/usr/bin/env bash
# The plain SQL behind the incident list, timed by the sqlite3 shell on the same file: the
# baseline for bench_incident_list (our overhead is the ratio). Usage: sqlite3_baseline.sh DB
set -euo pipefail
db=${1:?usage: sqlite3_baseline.sh DATABASE}
run() {
  local label=$1 sql=$2 t
  # Rows go to /dev/null, the ".timer" line to stdout; the best of three runs is kept.
  t=$(for _ in 1 2 3; do
        printf '.timer on\n.output /dev/null\n%s\n' "$sql" | sqlite3 "$db" | awk '/^Run Time/ {print $4}'
      done | sort -n | head -n1)
  awk -v l="$label" -v t="$t" 'BEGIN { printf "%-34s %8.1f ms\n", l, t * 1000 }'
}
run "ids, open first" "SELECT id FROM incidents ORDER BY (status = 'resolved'), impact_started_at DESC;"
run "first page rows" "SELECT * FROM incidents WHERE id IN (SELECT id FROM incidents ORDER BY (status = 'resolved'), impact_started_at DESC LIMIT 256);"
run "sort by severity" "SELECT id FROM incidents ORDER BY severity, impact_started_at;"
run "sort by title" "SELECT id FROM incidents ORDER BY title COLLATE NOCASE;"
run "filter by service" "SELECT id FROM incidents WHERE service_id = (SELECT id FROM services WHERE name = 'checkout') ORDER BY (status = 'resolved'), impact_started_at DESC;"
for q in '"replica"*' '"rolled" "back"*' '"feature" "flag"*' '"cert"*' '"disk"*' '"checkout"*'; do
  run "search $q" "SELECT incidents.id FROM (SELECT rowid AS id FROM (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH '$q' ORDER BY rowid DESC LIMIT 5000) UNION SELECT incident_id FROM timeline_events WHERE id IN (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH '$q' ORDER BY rowid DESC LIMIT 5000)) AS matches CROSS JOIN incidents ON incidents.id = matches.id ORDER BY (status = 'resolved'), impact_started_at DESC;"
done
