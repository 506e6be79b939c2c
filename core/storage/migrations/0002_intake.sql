-- Sitrep schema v2: alert intake. Grouping rules and the severity mapping live in the database
-- so the desktop app and `sitrepctl serve` share them; mutes silence one alert identity for a while.

-- The key under which an alert joins an open incident (computed by the rule that matched it).
ALTER TABLE alerts ADD COLUMN group_key TEXT NOT NULL DEFAULT '';
-- Why a firing alert did not open or join an incident: '' (it did), 'below_min_severity', 'muted'.
ALTER TABLE alerts ADD COLUMN held_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX alerts_by_group ON alerts(group_key, id);
-- Intake looks up the newest episode of an identity on every alert.
DROP INDEX alerts_by_identity;
CREATE INDEX alerts_by_identity ON alerts(source, dedup_key, id);

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
