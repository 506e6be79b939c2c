-- Sitrep schema v9: the change log.
-- Every commit says what it changed: one row of change_log per row written (table, action, the
-- row's id, its incident, who, when), written by the database itself (triggers), so that the
-- app, sitrepctl and a script in psql or sqlite3 are all covered. Other desktops and
-- `sitrepctl tail` read it by position and catch up after any gap (ChangeFeed.h).
-- Two writers pause the per-row log inside their transaction (a row in change_log_pause, seen
-- by that transaction only) and say what they did in fewer rows: bulk loads (demo, copy) write
-- one 'load' row instead of millions, and intake one row per incident, table and action at its
-- commit instead of several per alert (ChangeLog.h). Not logged: meta, counters and the rows
-- intake derives (alert_groups, incident_alert_names), which follow from logged rows.
-- On a file there is one writer at a time, so ids are in commit order: xact is 0, and
-- change_commits and change_pending stay empty (a server's commit order: see
-- postgresql/0009_change_log.sql).
-- What a trigger costs here: SQLite runs each trigger of a row's table as a program of its own,
-- even when its WHEN is false, about 1.5 us per row written one statement at a time (intake's
-- way). So incidents and timeline events log from the triggers that keep their search index
-- (one program per row, as before; on a timeline, as for the index, not the per-alert lines,
-- which their writers say they wrote), and alerts have no trigger at all on a file: intake, which
-- writes nearly all of them, says what it did at commit, and Sitrep's two other writers of
-- alerts (moving alerts to an incident) log it themselves (changelog::alertsMoved). A file
-- edited with the sqlite3 shell logs its alerts only through those.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    xact        INTEGER NOT NULL DEFAULT 0,
    changed_at  INTEGER NOT NULL,
    table_name  TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'load')),
    row_id      INTEGER,
    incident_id INTEGER,
    actor       TEXT NOT NULL DEFAULT ''
);
-- Read by id (the primary key): no other index, so that a logged row costs one insert.
CREATE TABLE change_log_pause (paused INTEGER PRIMARY KEY);
CREATE TABLE change_commits (position INTEGER PRIMARY KEY, xact INTEGER NOT NULL UNIQUE);
CREATE TABLE change_pending (xact INTEGER PRIMARY KEY);

DROP TRIGGER incidents_fts_ai;
DROP TRIGGER incidents_fts_ad;
DROP TRIGGER incidents_fts_au;
DROP TRIGGER timeline_fts_ai;
DROP TRIGGER timeline_fts_ad;
DROP TRIGGER timeline_fts_au;
CREATE TRIGGER services_logged_insert AFTER INSERT ON services BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', 'insert', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER services_logged_update AFTER UPDATE ON services BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', 'update', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER services_logged_delete AFTER DELETE ON services BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', 'delete', old.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER incidents_fts_ai AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary);
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', 'insert', new.id, new.id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER incidents_fts_au AFTER UPDATE ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, summary) SELECT 'delete', old.id, old.title, old.summary WHERE old.title IS NOT new.title OR old.summary IS NOT new.summary;
    INSERT INTO incidents_fts(rowid, title, summary) SELECT new.id, new.title, new.summary WHERE old.title IS NOT new.title OR old.summary IS NOT new.summary;
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', 'update', new.id, new.id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER incidents_fts_ad AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', 'delete', old.id, old.id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER incident_roles_logged_insert AFTER INSERT ON incident_roles BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_roles', 'insert', NULL, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER incident_roles_logged_update AFTER UPDATE ON incident_roles BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_roles', 'update', NULL, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER incident_roles_logged_delete AFTER DELETE ON incident_roles BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_roles', 'delete', NULL, old.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER timeline_fts_ai AFTER INSERT ON timeline_events WHEN new.kind <> 'alert' BEGIN
    INSERT INTO timeline_fts(rowid, body) VALUES (new.id, new.body);
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'timeline_events', 'insert', new.id, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER timeline_fts_au AFTER UPDATE ON timeline_events WHEN old.kind <> 'alert' BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, body) SELECT 'delete', old.id, old.body WHERE old.body IS NOT new.body;
    INSERT INTO timeline_fts(rowid, body) SELECT new.id, new.body WHERE old.body IS NOT new.body;
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'timeline_events', 'update', new.id, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER timeline_fts_ad AFTER DELETE ON timeline_events WHEN old.kind <> 'alert' BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'timeline_events', 'delete', old.id, old.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER runbooks_logged_insert AFTER INSERT ON runbooks BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbooks', 'insert', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER runbooks_logged_update AFTER UPDATE ON runbooks BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbooks', 'update', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER runbooks_logged_delete AFTER DELETE ON runbooks BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbooks', 'delete', old.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER runbook_versions_logged_insert AFTER INSERT ON runbook_versions BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbook_versions', 'insert', new.runbook_id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER runbook_versions_logged_update AFTER UPDATE ON runbook_versions BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbook_versions', 'update', new.runbook_id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER runbook_versions_logged_delete AFTER DELETE ON runbook_versions BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbook_versions', 'delete', old.runbook_id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER checklist_items_logged_insert AFTER INSERT ON checklist_items BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'checklist_items', 'insert', new.id, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER checklist_items_logged_update AFTER UPDATE ON checklist_items BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'checklist_items', 'update', new.id, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER checklist_items_logged_delete AFTER DELETE ON checklist_items BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'checklist_items', 'delete', old.id, old.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER postmortems_logged_insert AFTER INSERT ON postmortems BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortems', 'insert', new.id, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER postmortems_logged_update AFTER UPDATE ON postmortems BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortems', 'update', new.id, new.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER postmortems_logged_delete AFTER DELETE ON postmortems BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortems', 'delete', old.id, old.incident_id WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER action_items_logged_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'action_items', 'insert', new.id, (SELECT p.incident_id FROM postmortems p WHERE p.id = new.postmortem_id) WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER action_items_logged_update AFTER UPDATE ON action_items BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'action_items', 'update', new.id, (SELECT p.incident_id FROM postmortems p WHERE p.id = new.postmortem_id) WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER action_items_logged_delete AFTER DELETE ON action_items BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'action_items', 'delete', old.id, (SELECT p.incident_id FROM postmortems p WHERE p.id = old.postmortem_id) WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER intake_rules_logged_insert AFTER INSERT ON intake_rules BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'intake_rules', 'insert', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER intake_rules_logged_update AFTER UPDATE ON intake_rules BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'intake_rules', 'update', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER intake_rules_logged_delete AFTER DELETE ON intake_rules BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'intake_rules', 'delete', old.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER severity_map_logged_insert AFTER INSERT ON severity_map BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'severity_map', 'insert', NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER severity_map_logged_update AFTER UPDATE ON severity_map BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'severity_map', 'update', NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER severity_map_logged_delete AFTER DELETE ON severity_map BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'severity_map', 'delete', NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER alert_mutes_logged_insert AFTER INSERT ON alert_mutes BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alert_mutes', 'insert', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER alert_mutes_logged_update AFTER UPDATE ON alert_mutes BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alert_mutes', 'update', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER alert_mutes_logged_delete AFTER DELETE ON alert_mutes BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alert_mutes', 'delete', old.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER postmortem_templates_logged_insert AFTER INSERT ON postmortem_templates BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortem_templates', 'insert', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER postmortem_templates_logged_update AFTER UPDATE ON postmortem_templates BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortem_templates', 'update', new.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
CREATE TRIGGER postmortem_templates_logged_delete AFTER DELETE ON postmortem_templates BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortem_templates', 'delete', old.id, NULL WHERE NOT EXISTS (SELECT 1 FROM change_log_pause);
END;
