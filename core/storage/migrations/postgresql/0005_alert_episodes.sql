-- PostgreSQL's copy of ../0005_alert_episodes.sql (same meaning, same text).
-- Sitrep schema v5: at most one open (firing or acknowledged) episode per alert identity, kept
-- by the database instead of by intake being the only writer. Two intake processes on one team
-- database (two `sitrepctl serve`, or the app and a server) that receive the same alert at once
-- both try to insert its new episode: the unique index lets one in, and intake's
-- INSERT … ON CONFLICT DO NOTHING turns the other into a redelivery. (The group → incident
-- mapping already has one row per group: alert_groups' primary key, claimed with ON CONFLICT.)
--
-- A file written by one intake has no identity with two open episodes, and its open episode
-- is its newest, but older versions could leave otherwise (an alert stored under its identity
-- before and after an upgrade changed it, a copy merged by hand). Intake only ever continues an
-- identity's newest episode, so an open one that is not the newest is dead: it is closed as
-- resolved at the time it was last seen, instead of making the migration fail.
UPDATE alerts SET status = 'resolved', ends_at = coalesce(ends_at, last_seen_at)
 WHERE status <> 'resolved'
   AND id < (SELECT max(newer.id) FROM alerts newer
              WHERE newer.source = alerts.source AND newer.dedup_key = alerts.dedup_key);
-- The identity index is split in two instead of a unique one added beside it: every alert is in
-- exactly one of them, so an insert still costs one identity b-tree entry (measured on a file: a
-- third index on alerts cost intake 19% of its rate). Intake looks for an identity's open
-- episode first (the newest when there is one, see above), then for its newest resolved one.
-- Resolving moves a row from one to the other.
CREATE UNIQUE INDEX alerts_open_episode ON alerts(source, dedup_key) WHERE status <> 'resolved';
CREATE INDEX alerts_resolved_by_identity ON alerts(source, dedup_key, id) WHERE status = 'resolved';
DROP INDEX alerts_by_identity;
