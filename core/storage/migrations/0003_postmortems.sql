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
