-- Sitrep schema v10 (PostgreSQL): who wrote each event, and who else has an incident open.
-- The same tables and meaning as migrations/0010_who_and_presence.sql.
-- db_user defaults to the role that inserts the row; rows already there were written before
-- anyone was recorded, so they get '' (the column is added with '' and only then defaults to
-- current_user: adding it with current_user would name the migrating admin on all of them).
ALTER TABLE timeline_events ADD COLUMN db_user TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE timeline_events ALTER COLUMN db_user SET DEFAULT current_user;
ALTER TABLE timeline_events ADD COLUMN edited_by TEXT COLLATE "C" NOT NULL DEFAULT '';

-- UNLOGGED: presence is seconds old and rebuilt by every window within seconds, so it need not
-- survive a server crash or reach a standby, and its writes every few seconds cost no WAL.
CREATE UNLOGGED TABLE presence (
    session_id  TEXT COLLATE "C" PRIMARY KEY,
    person      TEXT COLLATE "C" NOT NULL DEFAULT '',
    db_user     TEXT COLLATE "C" NOT NULL DEFAULT current_user,
    incident_id BIGINT REFERENCES incidents(id) ON DELETE CASCADE,
    typing      TEXT COLLATE "C" NOT NULL DEFAULT '',
    seen_at     BIGINT NOT NULL
);
CREATE INDEX presence_by_incident ON presence(incident_id);
