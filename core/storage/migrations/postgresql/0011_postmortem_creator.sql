-- Sitrep schema v11: who created each postmortem, as the database knows them.
-- On a team server each person connects as their own PostgreSQL role, and a draft postmortem is
-- private to the role that created it, its author, its reviewers and the team's admins. `author`
-- is a name people type; `created_by` is the database user, filled in by the server and never
-- typed. Postmortems written before this version have '' (nobody knows who made them).
-- The row-level security policies that use it are not here: they name the team's group roles,
-- which exist only on a database that `sitrepctl team init` set up, and they are (re)made with
-- every grant after each upgrade (core/storage/TeamRoles.cpp). A file (SQLite) has no users and
-- no row-level security; its column stays ''.
ALTER TABLE postmortems ADD COLUMN created_by TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE postmortems ALTER COLUMN created_by SET DEFAULT current_user;
