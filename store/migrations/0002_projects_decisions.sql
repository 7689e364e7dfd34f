-- 0002_projects_decisions: the stable ids of projects and reviewers'
-- decisions. A project's slug is assigned once, the first time its name key
-- is reconciled, and never changes: adding documents or re-ingesting never
-- renames a project a reviewer has seen.

CREATE TABLE project_ids (
	key         TEXT PRIMARY KEY,                -- a project's name key, as reconcile computes it
	slug        TEXT NOT NULL,
	assigned_at TEXT NOT NULL                    -- RFC 3339, UTC
) STRICT;

CREATE INDEX project_ids_by_slug ON project_ids (slug);

-- Decisions are never updated or deleted: a later decision on the same
-- field supersedes an earlier one, and both stay in the history.
CREATE TABLE decisions (
	id         INTEGER PRIMARY KEY,
	project    TEXT NOT NULL,                    -- project slug
	field      TEXT NOT NULL,
	value_kind TEXT NOT NULL,                    -- dossier.ValueKind, or 'list'
	value      TEXT NOT NULL,                    -- Value.Payload JSON, or a JSON array of {kind, value}
	reviewer   TEXT NOT NULL,
	note       TEXT NOT NULL,
	time       TEXT NOT NULL                     -- RFC 3339, UTC, from the store's clock
) STRICT;

CREATE INDEX decisions_by_project ON decisions (project, field, id);
