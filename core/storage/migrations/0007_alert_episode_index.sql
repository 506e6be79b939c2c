-- Sitrep schema v7: an identity's episodes in one unique index instead of two partial ones.
-- v5 kept one open episode per identity with a unique partial index of open episodes beside a
-- partial index of resolved ones. On a file that cost intake about 5 % of its rate: an identity
-- seen for the first time was looked up in both, and every insert checked the partial indexes'
-- conditions. Here every alert has one entry, keyed by its identity and then by its id when it
-- is resolved or by the largest integer while it is open: two open episodes of one identity
-- would have equal keys, so the index still refuses a second one, and the entry that comes
-- last for an identity is its open episode when it has one, else its newest resolved one, which
-- is the episode intake continues; one probe from the end finds it.
-- Resolving still moves the row's entry (its key changes), within the one index.
-- The server keeps v5's indexes (see postgresql/0007_alert_episode_index.sql).
CREATE UNIQUE INDEX alerts_by_episode
    ON alerts(source, dedup_key, (CASE WHEN status = 'resolved' THEN id ELSE 9223372036854775807 END));
DROP INDEX IF EXISTS alerts_open_episode;
DROP INDEX IF EXISTS alerts_resolved_by_identity;
-- Files made by an early build of v5 may still have it beside the others.
DROP INDEX IF EXISTS alerts_by_identity;
