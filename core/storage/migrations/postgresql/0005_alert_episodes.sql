-- PostgreSQL's copy of ../0005_alert_episodes.sql (same meaning, same text).
-- Sitrep schema v5: at most one open (firing or acknowledged) episode per alert identity, kept
-- by the database instead of by intake being the only writer. Two intake processes on one team
-- database (two `sitrepctl serve`, or the app and a server) that receive the same alert at once
-- both try to insert its new episode: the unique index lets one in, and intake's
-- INSERT … ON CONFLICT DO NOTHING turns the other into a redelivery. (The group → incident
-- mapping already has one row per group: alert_groups' primary key, claimed with ON CONFLICT.)
--
-- A file written by one intake has no identity with two open episodes, but older versions could
-- leave one behind (an alert stored under its identity before and after an upgrade changed
-- it, a copy merged by hand). Intake only ever continues the newest episode, so the older open
-- ones are dead: they are closed as resolved at the time they were last seen, instead of making
-- the migration fail.
UPDATE alerts SET status = 'resolved', ends_at = coalesce(ends_at, last_seen_at)
 WHERE status <> 'resolved'
   AND id < (SELECT max(newer.id) FROM alerts newer
              WHERE newer.source = alerts.source AND newer.dedup_key = alerts.dedup_key
                AND newer.status <> 'resolved');
CREATE UNIQUE INDEX alerts_open_episode ON alerts(source, dedup_key) WHERE status <> 'resolved';
