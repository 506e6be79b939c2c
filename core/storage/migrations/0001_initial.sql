-- Sitrep schema v1. Timestamps are UTC milliseconds since the epoch (INTEGER).
-- Statements end with ';' at the end of a line; a trigger body ends with a line 'END;'.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE services (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE incidents (
    id                INTEGER PRIMARY KEY,
    number            INTEGER NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    severity          INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    status            TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'mitigated', 'resolved')),
    service_id        INTEGER REFERENCES services(id) ON DELETE SET NULL,
    impact_started_at INTEGER,
    detected_at       INTEGER,
    acknowledged_at   INTEGER,
    mitigated_at      INTEGER,
    resolved_at       INTEGER,
    is_drill          INTEGER NOT NULL DEFAULT 0 CHECK (is_drill IN (0, 1)),
    summary           TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
-- One index per sortable list column, so every sort is an index walk, never a full sort.
CREATE INDEX incidents_by_impact ON incidents(impact_started_at, resolved_at);
CREATE INDEX incidents_by_detected ON incidents(detected_at);
-- Lifecycle order (open, acknowledged, mitigated, resolved), and "open ones first, newest first",
-- the list's default order.
CREATE INDEX incidents_by_status ON incidents(
    (CASE status WHEN 'open' THEN 0 WHEN 'acknowledged' THEN 1 WHEN 'mitigated' THEN 2 ELSE 3 END),
    impact_started_at);
CREATE INDEX incidents_open_first ON incidents((status = 'resolved'), impact_started_at DESC);
CREATE INDEX incidents_by_severity ON incidents(severity, impact_started_at);
CREATE INDEX incidents_by_service ON incidents(service_id, impact_started_at);
CREATE INDEX incidents_by_title ON incidents(title COLLATE NOCASE);
CREATE INDEX incidents_by_drill ON incidents(is_drill, impact_started_at);
-- Covers every column the analytics read, in impact order: one narrow scan for a million
-- incidents instead of a million lookups into wide rows.
CREATE INDEX incidents_for_analytics ON incidents(impact_started_at, detected_at, acknowledged_at,
    mitigated_at, resolved_at, severity, service_id, is_drill);
-- Time from impact to resolution; open incidents (no end yet) sort as the longest.
CREATE INDEX incidents_by_duration ON incidents((coalesce(resolved_at, 9223372036854775807) - impact_started_at));

CREATE TABLE incident_roles (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('commander', 'communications', 'scribe', 'responder')),
    person      TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, role, person)
);

CREATE TABLE alerts (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    dedup_key    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('firing', 'resolved', 'acknowledged')),
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
    raw_payload  TEXT
);
CREATE INDEX alerts_by_identity ON alerts(source, dedup_key);
CREATE INDEX alerts_by_incident ON alerts(incident_id);
CREATE INDEX alerts_by_received ON alerts(received_at);

CREATE TABLE timeline_events (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    occurred_at  INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('note', 'alert', 'status', 'milestone', 'role',
                                               'field', 'checklist', 'postmortem', 'system')),
    author       TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    is_key_event INTEGER NOT NULL DEFAULT 0 CHECK (is_key_event IN (0, 1)),
    alert_id     INTEGER REFERENCES alerts(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    edited_at    INTEGER
);
CREATE INDEX timeline_by_incident ON timeline_events(incident_id, occurred_at);
CREATE INDEX timeline_by_alert ON timeline_events(alert_id);

CREATE TABLE runbooks (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    body             TEXT NOT NULL DEFAULT '',
    source_path      TEXT NOT NULL DEFAULT '',
    owner            TEXT NOT NULL DEFAULT '',
    last_reviewed_at INTEGER,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

-- Every version of a runbook that Sitrep has seen, so a checklist can say what changed since.
CREATE TABLE runbook_versions (
    runbook_id INTEGER NOT NULL REFERENCES runbooks(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    body       TEXT NOT NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (runbook_id, version)
);

CREATE TABLE checklist_items (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    runbook_id      INTEGER REFERENCES runbooks(id) ON DELETE SET NULL,
    runbook_version INTEGER,
    position        INTEGER NOT NULL,
    depth           INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'skipped')),
    note            TEXT NOT NULL DEFAULT '',
    changed_by      TEXT NOT NULL DEFAULT '',
    changed_at      INTEGER
);
CREATE INDEX checklist_by_incident ON checklist_items(incident_id, position);

CREATE TABLE postmortems (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL UNIQUE REFERENCES incidents(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published')),
    body          TEXT NOT NULL DEFAULT '',
    template_name TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT '',
    reviewers     TEXT NOT NULL DEFAULT '[]',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    published_at  INTEGER
);

CREATE TABLE action_items (
    id            INTEGER PRIMARY KEY,
    postmortem_id INTEGER NOT NULL REFERENCES postmortems(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    due_at        INTEGER,
    priority      TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'wont_do')),
    tracker_url   TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    completed_at  INTEGER
);
CREATE INDEX action_items_by_postmortem ON action_items(postmortem_id);
CREATE INDEX action_items_by_status ON action_items(status, due_at);

-- Full-text search. External-content tables kept in step by triggers; bulk loads drop the
-- triggers inside their transaction and 'rebuild' instead (three times faster).
CREATE VIRTUAL TABLE incidents_fts USING fts5(title, summary, content='incidents', content_rowid='id');
CREATE VIRTUAL TABLE timeline_fts USING fts5(body, content='timeline_events', content_rowid='id');
CREATE VIRTUAL TABLE postmortems_fts USING fts5(title, body, content='postmortems', content_rowid='id');
CREATE VIRTUAL TABLE runbooks_fts USING fts5(title, body, content='runbooks', content_rowid='id');

CREATE TRIGGER incidents_fts_ai AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;
CREATE TRIGGER incidents_fts_ad AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
END;
CREATE TRIGGER incidents_fts_au AFTER UPDATE OF title, summary ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
    INSERT INTO incidents_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;

CREATE TRIGGER timeline_fts_ai AFTER INSERT ON timeline_events BEGIN
    INSERT INTO timeline_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER timeline_fts_ad AFTER DELETE ON timeline_events BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER timeline_fts_au AFTER UPDATE OF body ON timeline_events BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO timeline_fts(rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER postmortems_fts_ai AFTER INSERT ON postmortems BEGIN
    INSERT INTO postmortems_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER postmortems_fts_ad AFTER DELETE ON postmortems BEGIN
    INSERT INTO postmortems_fts(postmortems_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER postmortems_fts_au AFTER UPDATE OF title, body ON postmortems BEGIN
    INSERT INTO postmortems_fts(postmortems_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO postmortems_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER runbooks_fts_ai AFTER INSERT ON runbooks BEGIN
    INSERT INTO runbooks_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER runbooks_fts_ad AFTER DELETE ON runbooks BEGIN
    INSERT INTO runbooks_fts(runbooks_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER runbooks_fts_au AFTER UPDATE OF title, body ON runbooks BEGIN
    INSERT INTO runbooks_fts(runbooks_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO runbooks_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
