-- Sitrep schema v10 (PostgreSQL): who wrote each event, and who else has an incident open.
-- The same tables and meaning as migrations/0010_who_and_presence.sql.
-- db_user defaults to the role that connected (session_user: SET ROLE to a group does not
-- change who it is); rows already there were written before anyone was recorded, so they get
-- '' (the column is added with '' and only then gets its default: adding it with session_user
-- would name the migrating admin on all of them).
ALTER TABLE timeline_events ADD COLUMN db_user TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE timeline_events ALTER COLUMN db_user SET DEFAULT session_user;
ALTER TABLE timeline_events ADD COLUMN edited_by TEXT COLLATE "C" NOT NULL DEFAULT '';

-- The server vouches for who, whatever a client sends: nobody but the tables' owner (an admin's
-- copy or restore, which carries the names it copies) can name another role as writer or
-- editor, or rewrite them later. An insert that names nobody ('', as a copy from a file does)
-- or itself does not even call the function. Editing a note's text names its editor.
CREATE FUNCTION sitrep_timeline_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.db_user := session_user;
        IF NEW.edited_by <> '' THEN
            NEW.edited_by := session_user;
        END IF;
    ELSE
        NEW.db_user := OLD.db_user;
        NEW.edited_by := CASE WHEN NEW.body IS DISTINCT FROM OLD.body THEN session_user ELSE OLD.edited_by END;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER timeline_events_who_insert BEFORE INSERT ON timeline_events FOR EACH ROW
    WHEN (NEW.db_user NOT IN ('', session_user) OR NEW.edited_by NOT IN ('', session_user))
    EXECUTE FUNCTION sitrep_timeline_who();
CREATE TRIGGER timeline_events_who_update BEFORE UPDATE ON timeline_events FOR EACH ROW
    WHEN (NEW.db_user IS DISTINCT FROM OLD.db_user OR NEW.edited_by IS DISTINCT FROM OLD.edited_by
          OR NEW.body IS DISTINCT FROM OLD.body)
    EXECUTE FUNCTION sitrep_timeline_who();

-- UNLOGGED: presence is seconds old and rebuilt by every window within seconds, so it need not
-- survive a server crash or reach a standby, and its writes every few seconds cost no WAL.
CREATE UNLOGGED TABLE presence (
    session_id  TEXT COLLATE "C" PRIMARY KEY,
    person      TEXT COLLATE "C" NOT NULL DEFAULT '',
    db_user     TEXT COLLATE "C" NOT NULL DEFAULT session_user,
    incident_id BIGINT REFERENCES incidents(id) ON DELETE CASCADE,
    typing      TEXT COLLATE "C" NOT NULL DEFAULT '',
    seen_at     BIGINT NOT NULL
);
CREATE INDEX presence_by_incident ON presence(incident_id);
-- Nobody shows up as somebody else.
CREATE FUNCTION sitrep_presence_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_user := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER presence_who BEFORE INSERT OR UPDATE ON presence FOR EACH ROW
    WHEN (NEW.db_user IS DISTINCT FROM session_user)
    EXECUTE FUNCTION sitrep_presence_who();
