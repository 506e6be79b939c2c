-- Sitrep schema v2: alert intake. Grouping rules and the severity mapping live in the database
-- so the desktop app and `sitrepctl serve` share them; mutes silence one alert identity for a while.

-- alerts and timeline_events are rebuilt (SQLite's table-rebuild procedure; the migrator turns
-- foreign keys off meanwhile and checks them before committing) for two reasons:
-- * new columns: the key under which an alert joins an open incident (computed by the rule that
--   matched it) and why a firing alert did not open or join one ('', 'below_min_severity', 'muted');
-- * CHECK (x IN (...lists of three or more...)) builds a temporary index on every insert; an OR
--   of equalities does not. Intake inserts an alert and an event per alert: measured 38k -> 60k
--   alerts/s once both checks were written this way.
CREATE TABLE alerts_v2 (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    dedup_key    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status = 'firing' OR status = 'resolved' OR status = 'acknowledged'),
    title        TEXT NOT NULL DEFAULT '',
    severity     INTEGER CHECK (severity BETWEEN 1 AND 5),
    service_id   INTEGER REFERENCES services(id) ON DELETE SET NULL,
    labels       TEXT NOT NULL DEFAULT '{}',
    annotations  TEXT NOT NULL DEFAULT '{}',
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER,
    received_at  INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    incident_id  INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
    raw_payload  TEXT,
    group_key    TEXT NOT NULL DEFAULT '',
    held_reason  TEXT NOT NULL DEFAULT ''
);
INSERT INTO alerts_v2(id, source, dedup_key, status, title, severity, service_id, labels, annotations,
                      starts_at, ends_at, received_at, last_seen_at, incident_id, raw_payload)
    SELECT id, source, dedup_key, status, title, severity, service_id, labels, annotations,
           starts_at, ends_at, received_at, last_seen_at, incident_id, raw_payload FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_v2 RENAME TO alerts;
-- Intake looks up the newest episode of an identity on every alert.
CREATE INDEX alerts_by_identity ON alerts(source, dedup_key, id);
CREATE INDEX alerts_by_incident ON alerts(incident_id);
-- No index on received_at or group_key: intake inserts in the order it receives, so the inbox
-- orders by id; a group's incident is in alert_groups. Every index costs each alert a b-tree insert.

CREATE TABLE timeline_events_v2 (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    occurred_at  INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind = 'note' OR kind = 'alert' OR kind = 'status' OR kind = 'milestone'
                                      OR kind = 'role' OR kind = 'field' OR kind = 'checklist'
                                      OR kind = 'postmortem' OR kind = 'system'),
    author       TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    is_key_event INTEGER NOT NULL DEFAULT 0 CHECK (is_key_event IN (0, 1)),
    alert_id     INTEGER REFERENCES alerts(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    edited_at    INTEGER
);
INSERT INTO timeline_events_v2 SELECT * FROM timeline_events;
DROP TABLE timeline_events;
ALTER TABLE timeline_events_v2 RENAME TO timeline_events;
CREATE INDEX timeline_by_incident ON timeline_events(incident_id, occurred_at);
CREATE INDEX timeline_by_alert ON timeline_events(alert_id);

-- The incident each alert group last opened or joined: one row per group, written when an
-- incident opens, read for every new alert.
CREATE TABLE alert_groups (
    group_key   TEXT PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX alert_groups_by_incident ON alert_groups(incident_id);

-- Set when an alert opened the incident (the tray notification and the inbox use it).
ALTER TABLE incidents ADD COLUMN opened_by_alert_id INTEGER REFERENCES alerts(id) ON DELETE SET NULL;

CREATE TABLE intake_rules (
    id               INTEGER PRIMARY KEY,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    -- Label matchers, comma separated: name=value, name!=value, name=~regex, name!~regex.
    matchers         TEXT NOT NULL DEFAULT '',
    -- Label names whose values form the group key, or 'group_key' for the sender's own grouping.
    group_by         TEXT NOT NULL DEFAULT 'service,alertname',
    -- Alerts less severe than this stay in the inbox (SEV number; 5 lets everything through).
    min_severity     INTEGER NOT NULL DEFAULT 3 CHECK (min_severity BETWEEN 1 AND 5),
    default_severity INTEGER NOT NULL DEFAULT 3 CHECK (default_severity BETWEEN 1 AND 5),
    -- When every alert of the incident has resolved, resolve the incident too.
    resolve_incident INTEGER NOT NULL DEFAULT 0 CHECK (resolve_incident IN (0, 1))
);
INSERT INTO intake_rules(position, name) VALUES (0, 'Default: by service and alert name');

-- Value of a severity/priority label (lower case) -> SEV number.
CREATE TABLE severity_map (
    label_value TEXT PRIMARY KEY,
    severity    INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5)
);
INSERT INTO severity_map(label_value, severity) VALUES
    ('sev1', 1), ('p1', 1), ('page', 2),
    ('critical', 2), ('sev2', 2), ('p2', 2),
    ('error', 3), ('high', 3), ('major', 3), ('sev3', 3), ('p3', 3),
    ('warning', 4), ('warn', 4), ('medium', 4), ('minor', 4), ('sev4', 4), ('p4', 4),
    ('info', 5), ('low', 5), ('none', 5), ('sev5', 5), ('p5', 5);

CREATE TABLE alert_mutes (
    id         INTEGER PRIMARY KEY,
    source     TEXT NOT NULL,
    dedup_key  TEXT NOT NULL,
    until_at   INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alert_mutes_by_identity ON alert_mutes(source, dedup_key, until_at);

-- Timeline search covers what people wrote and what changed, not one "Alert firing" line per
-- alert: those repeat the alert titles thousands of times in a storm and cost more than half of
-- intake's write time (measured: 35k vs 82k alerts/s inserted). Alerts are found by their own
-- fields in the Alerts inbox.
-- (The old triggers went with the old table.)
CREATE TRIGGER timeline_fts_ai AFTER INSERT ON timeline_events WHEN new.kind <> 'alert' BEGIN
    INSERT INTO timeline_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER timeline_fts_ad AFTER DELETE ON timeline_events WHEN old.kind <> 'alert' BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER timeline_fts_au AFTER UPDATE OF body ON timeline_events WHEN old.kind <> 'alert' BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO timeline_fts(rowid, body) VALUES (new.id, new.body);
END;
INSERT INTO timeline_fts(timeline_fts) VALUES ('delete-all');
INSERT INTO timeline_fts(rowid, body) SELECT id, body FROM timeline_events WHERE kind <> 'alert';
