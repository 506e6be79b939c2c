-- Sitrep schema v10: who wrote each event, and who else has an incident open.
-- db_user is the database user that wrote a timeline event and edited_by the one that last
-- edited a note. On a server they are the PostgreSQL role, which the person cannot choose, so
-- the record holds even when the typed name does not. A file has no database users: db_user
-- stays '' there (the author, the name the person gave Sitrep, is who) and edited_by is the
-- editor's name.
ALTER TABLE timeline_events ADD COLUMN db_user TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_events ADD COLUMN edited_by TEXT NOT NULL DEFAULT '';

-- One row per running Sitrep window (session_id is random per start): the incident it shows
-- and what its person is typing there ('' or 'note'), refreshed every few seconds (seen_at,
-- UTC ms); a row not refreshed for a while is a window that went away without saying so.
-- Not content: no change-log triggers (presence would flood the feed), and copies leave it out.
CREATE TABLE presence (
    session_id  TEXT PRIMARY KEY,
    person      TEXT NOT NULL DEFAULT '',
    db_user     TEXT NOT NULL DEFAULT '',
    incident_id INTEGER REFERENCES incidents(id) ON DELETE CASCADE,
    typing      TEXT NOT NULL DEFAULT '',
    seen_at     INTEGER NOT NULL
);
CREATE INDEX presence_by_incident ON presence(incident_id);
