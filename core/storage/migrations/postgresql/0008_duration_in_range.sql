-- PostgreSQL's side of ../0008_duration_in_range.sql: the duration sort's index counts an open
-- incident to 8,640,000,000,000,000 ms instead of the largest BIGINT, which overflowed (and
-- refused the row) for an open incident whose impact started before 1970.
DROP INDEX IF EXISTS incidents_by_duration;
CREATE INDEX incidents_by_duration ON incidents((coalesce(resolved_at, 8640000000000000) - impact_started_at) NULLS FIRST, id);
