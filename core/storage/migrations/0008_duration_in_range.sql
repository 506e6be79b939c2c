-- Sitrep schema v8: the duration sort's index stays in range for every date.
-- Open incidents sort as the longest: their duration counted to a far end. That end was the
-- largest 64-bit integer, so an open incident whose impact started before 1970 (a negative
-- instant, e.g. a typo'd year, or an import of old records) overflowed: SQLite turned the key
-- into a real, and PostgreSQL refused to store the incident at all ("bigint out of range").
-- The end is now 8,640,000,000,000,000 ms (the year 275760, the last instant a date can hold
-- in JavaScript and in most tools): later than any end we store, and far enough from the
-- limit that no four-digit year overflows it. The same expression is in IncidentListQuery.cpp.
DROP INDEX IF EXISTS incidents_by_duration;
CREATE INDEX incidents_by_duration ON incidents((coalesce(resolved_at, 8640000000000000) - impact_started_at));
