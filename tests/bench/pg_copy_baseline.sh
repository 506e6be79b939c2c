#!/usr/bin/env bash
# The baseline for `sitrepctl demo` on a server: psql's \copy of the same rows into an empty
# database of the same schema, in one transaction, timed. Compare its rows/s with the demo's.
#
#   pg_copy_baseline.sh SOURCE TARGET
#
# SOURCE: a server database that `sitrepctl demo --db SOURCE` filled; TARGET: an empty one
# `sitrepctl migrate --db TARGET` created. Both as psql takes them (postgresql:///db?host=…).
# Every column but the generated search columns is copied, ids included, as the demo writes them.
set -euo pipefail
src=${1:?usage: pg_copy_baseline.sh SOURCE TARGET}
dst=${2:?usage: pg_copy_baseline.sh SOURCE TARGET}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
tables="services runbooks runbook_versions incidents incident_roles alerts timeline_events
        checklist_items postmortems action_items incident_alert_names"
rows=0
for t in $tables; do
  cols=$(psql -X -At -d "$src" -c "SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position)
           FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '$t'
           AND is_generated = 'NEVER'")
  psql -X -q -d "$src" -c "\\copy (SELECT $cols FROM $t) TO '$dir/$t.tsv'"
  echo "\\copy $t($cols) FROM '$dir/$t.tsv'" >>"$dir/load.sql"
  n=$(wc -l <"$dir/$t.tsv")
  printf '%-22s %10d rows\n' "$t" "$n"
  rows=$((rows + n))
done
start=$(date +%s%N)
psql -X -q -1 -v ON_ERROR_STOP=1 -d "$dst" -f "$dir/load.sql"
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
echo "psql \\copy of $rows rows in one transaction: $ms ms ($(( rows * 1000 / (ms > 0 ? ms : 1) )) rows/s)"
