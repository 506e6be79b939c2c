-- Sitrep schema v11: who created each postmortem, as the database knows them.
-- On a team server each person connects as their own PostgreSQL role, and a draft postmortem is
-- private to the role that created it, its author, its reviewers and the team's admins (row-level
-- security, core/storage/TeamRoles.cpp). `author` is a name people type; `created_by` is the
-- database user, set by the server (DEFAULT current_user) and never typed.
-- A file has no users and no row-level security (SQLite has neither): its column stays '', so
-- that both engines have the same columns and a copy between them loses nothing.
ALTER TABLE postmortems ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
