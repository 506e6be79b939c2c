-- Sitrep schema v9: the change log.
-- Every commit says what it changed: one row of change_log per row written (table, action, the
-- row's id, its incident, who, when), written by the database itself (triggers), so that every
-- writer is covered: the app, sitrepctl, intake, a script in psql or sqlite3. Other desktops and
-- `sitrepctl tail` read it by position and catch up after any gap (ChangeFeed.h).
-- Bulk loads (demo, copy) pause it with a row in change_log_pause inside their transaction and
-- write one 'load' row instead of millions. Not logged: meta, counters and the rows intake
-- derives (alert_groups, incident_alert_names), which follow from logged rows.
-- The triggers are regular, one per table and action, written out rather than generated at
-- run time so that the schema is plain to read in either engine.
-- On a file there is one writer at a time, so ids are in commit order: xact is 0, and
-- change_commits and change_pending stay empty (a server's commit order: see
-- postgresql/0009_change_log.sql).
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
CREATE INDEX change_log_in_order ON change_log(xact, id);
CREATE INDEX change_log_by_time ON change_log(changed_at);
CREATE TABLE change_log_pause (paused INTEGER PRIMARY KEY);
CREATE TABLE change_commits (position INTEGER PRIMARY KEY, xact INTEGER NOT NULL UNIQUE);
CREATE TABLE change_pending (xact INTEGER PRIMARY KEY);

CREATE TRIGGER services_logged_insert AFTER INSERT ON services
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', 'insert', NEW.id, NULL);
END;
CREATE TRIGGER services_logged_update AFTER UPDATE ON services
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', 'update', NEW.id, NULL);
END;
CREATE TRIGGER services_logged_delete AFTER DELETE ON services
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', 'delete', OLD.id, NULL);
END;
CREATE TRIGGER incidents_logged_insert AFTER INSERT ON incidents
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', 'insert', NEW.id, NEW.id);
END;
CREATE TRIGGER incidents_logged_update AFTER UPDATE ON incidents
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', 'update', NEW.id, NEW.id);
END;
CREATE TRIGGER incidents_logged_delete AFTER DELETE ON incidents
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', 'delete', OLD.id, OLD.id);
END;
CREATE TRIGGER incident_roles_logged_insert AFTER INSERT ON incident_roles
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_roles', 'insert', NULL, NEW.incident_id);
END;
CREATE TRIGGER incident_roles_logged_update AFTER UPDATE ON incident_roles
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_roles', 'update', NULL, NEW.incident_id);
END;
CREATE TRIGGER incident_roles_logged_delete AFTER DELETE ON incident_roles
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_roles', 'delete', NULL, OLD.incident_id);
END;
CREATE TRIGGER alerts_logged_insert AFTER INSERT ON alerts
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alerts', 'insert', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER alerts_logged_update AFTER UPDATE ON alerts
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alerts', 'update', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER alerts_logged_delete AFTER DELETE ON alerts
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alerts', 'delete', OLD.id, OLD.incident_id);
END;
CREATE TRIGGER timeline_events_logged_insert AFTER INSERT ON timeline_events
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'timeline_events', 'insert', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER timeline_events_logged_update AFTER UPDATE ON timeline_events
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'timeline_events', 'update', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER timeline_events_logged_delete AFTER DELETE ON timeline_events
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'timeline_events', 'delete', OLD.id, OLD.incident_id);
END;
CREATE TRIGGER runbooks_logged_insert AFTER INSERT ON runbooks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbooks', 'insert', NEW.id, NULL);
END;
CREATE TRIGGER runbooks_logged_update AFTER UPDATE ON runbooks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbooks', 'update', NEW.id, NULL);
END;
CREATE TRIGGER runbooks_logged_delete AFTER DELETE ON runbooks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbooks', 'delete', OLD.id, NULL);
END;
CREATE TRIGGER runbook_versions_logged_insert AFTER INSERT ON runbook_versions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbook_versions', 'insert', NEW.runbook_id, NULL);
END;
CREATE TRIGGER runbook_versions_logged_update AFTER UPDATE ON runbook_versions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbook_versions', 'update', NEW.runbook_id, NULL);
END;
CREATE TRIGGER runbook_versions_logged_delete AFTER DELETE ON runbook_versions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'runbook_versions', 'delete', OLD.runbook_id, NULL);
END;
CREATE TRIGGER checklist_items_logged_insert AFTER INSERT ON checklist_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'checklist_items', 'insert', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER checklist_items_logged_update AFTER UPDATE ON checklist_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'checklist_items', 'update', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER checklist_items_logged_delete AFTER DELETE ON checklist_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'checklist_items', 'delete', OLD.id, OLD.incident_id);
END;
CREATE TRIGGER postmortems_logged_insert AFTER INSERT ON postmortems
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortems', 'insert', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER postmortems_logged_update AFTER UPDATE ON postmortems
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortems', 'update', NEW.id, NEW.incident_id);
END;
CREATE TRIGGER postmortems_logged_delete AFTER DELETE ON postmortems
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortems', 'delete', OLD.id, OLD.incident_id);
END;
CREATE TRIGGER action_items_logged_insert AFTER INSERT ON action_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'action_items', 'insert', NEW.id, (SELECT p.incident_id FROM postmortems p WHERE p.id = NEW.postmortem_id));
END;
CREATE TRIGGER action_items_logged_update AFTER UPDATE ON action_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'action_items', 'update', NEW.id, (SELECT p.incident_id FROM postmortems p WHERE p.id = NEW.postmortem_id));
END;
CREATE TRIGGER action_items_logged_delete AFTER DELETE ON action_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'action_items', 'delete', OLD.id, (SELECT p.incident_id FROM postmortems p WHERE p.id = OLD.postmortem_id));
END;
CREATE TRIGGER intake_rules_logged_insert AFTER INSERT ON intake_rules
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'intake_rules', 'insert', NEW.id, NULL);
END;
CREATE TRIGGER intake_rules_logged_update AFTER UPDATE ON intake_rules
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'intake_rules', 'update', NEW.id, NULL);
END;
CREATE TRIGGER intake_rules_logged_delete AFTER DELETE ON intake_rules
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'intake_rules', 'delete', OLD.id, NULL);
END;
CREATE TRIGGER severity_map_logged_insert AFTER INSERT ON severity_map
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'severity_map', 'insert', NULL, NULL);
END;
CREATE TRIGGER severity_map_logged_update AFTER UPDATE ON severity_map
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'severity_map', 'update', NULL, NULL);
END;
CREATE TRIGGER severity_map_logged_delete AFTER DELETE ON severity_map
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'severity_map', 'delete', NULL, NULL);
END;
CREATE TRIGGER alert_mutes_logged_insert AFTER INSERT ON alert_mutes
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alert_mutes', 'insert', NEW.id, NULL);
END;
CREATE TRIGGER alert_mutes_logged_update AFTER UPDATE ON alert_mutes
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alert_mutes', 'update', NEW.id, NULL);
END;
CREATE TRIGGER alert_mutes_logged_delete AFTER DELETE ON alert_mutes
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'alert_mutes', 'delete', OLD.id, NULL);
END;
CREATE TRIGGER postmortem_templates_logged_insert AFTER INSERT ON postmortem_templates
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortem_templates', 'insert', NEW.id, NULL);
END;
CREATE TRIGGER postmortem_templates_logged_update AFTER UPDATE ON postmortem_templates
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortem_templates', 'update', NEW.id, NULL);
END;
CREATE TRIGGER postmortem_templates_logged_delete AFTER DELETE ON postmortem_templates
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause)
BEGIN
    INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id)
    VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'postmortem_templates', 'delete', OLD.id, NULL);
END;
