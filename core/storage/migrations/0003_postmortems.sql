-- Sitrep schema v3: postmortem templates of the team's own, review dates, action item lookups.

CREATE TABLE postmortem_templates (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    -- Severities this template is the default for, e.g. '1,2' (empty: none).
    default_for TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- When the draft was sent for review (published_at exists since v1).
ALTER TABLE postmortems ADD COLUMN review_requested_at INTEGER;

CREATE INDEX action_items_by_owner ON action_items(owner, status);

-- Which alert names each incident had: "similar past incidents" looks up incidents sharing one
-- without reading every alert's labels (0.16 s per look at 100k incidents). Intake and the
-- bulk loaders keep it; here it is filled from the alerts already stored.
CREATE TABLE incident_alert_names (
    alert_name  TEXT NOT NULL,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    PRIMARY KEY (alert_name, incident_id)
) WITHOUT ROWID;
-- No index on incident_id: deleting an incident (rare: undoing a declaration) may scan this
-- table, while every incident intake opens would pay for a second b-tree insert.
INSERT OR IGNORE INTO incident_alert_names(alert_name, incident_id)
    SELECT json_extract(labels, '$.alertname'), incident_id FROM alerts
    WHERE incident_id IS NOT NULL AND json_extract(labels, '$.alertname') IS NOT NULL;
