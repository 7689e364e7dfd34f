-- 0006_records: reconciled records kept in the store. Every write that
-- changes what a project is made of (a document's facts, a decision)
-- reconciles again, in the same transaction, only the projects it touches,
-- and writes their records here; read commands only read them.
--
-- records_state says which rules the records were made with: '' until the
-- first reconciliation (a store made before this migration), so a newer
-- dossier whose rules differ rebuilds them all before it writes, and
-- readers know not to trust them meanwhile.

CREATE TABLE records_state (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	rules TEXT NOT NULL                          -- reconcile.Version the records were made with, '' for none
) STRICT;
INSERT INTO records_state (id, rules) VALUES (1, '');

-- One reconciled project a row.
CREATE TABLE projects (
	id              TEXT PRIMARY KEY,            -- the project's slug (project_ids)
	title           TEXT NOT NULL,
	first_key       TEXT NOT NULL,               -- its smallest name key: orders projects as grouping does
	own_predecessor TEXT,                        -- the relations its own facts name
	own_successor   TEXT,
	predecessor     TEXT,                        -- with those other projects' facts imply
	successor       TEXT,
	documents       INTEGER NOT NULL,
	open_reviews    INTEGER NOT NULL,
	summary         TEXT NOT NULL,               -- JSON: start, end and status, as lists show them
	record          BLOB NOT NULL                -- JSON, deflated: the whole record, values with their kinds
) STRICT;

CREATE INDEX projects_by_own_predecessor ON projects (own_predecessor) WHERE own_predecessor IS NOT NULL;
CREATE INDEX projects_by_own_successor ON projects (own_successor) WHERE own_successor IS NOT NULL;
CREATE INDEX projects_needing_review ON projects (id) WHERE open_reviews > 0;

-- Grouping: each name key of a current project (project names, and
-- aliases) and the links it shares with others (reconcile.Links: its loose
-- and variant keys, identifiers, aliases); the keys that share a link are
-- one project. A new document regroups only the projects whose keys or
-- links it names.
CREATE TABLE project_keys (
	key     TEXT PRIMARY KEY,
	loose   TEXT NOT NULL,                       -- reconcile.LooseKey(key): relations resolve by it too
	project TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX project_keys_by_project ON project_keys (project, key);
CREATE INDEX project_keys_by_loose ON project_keys (loose);

CREATE TABLE project_links (
	link TEXT NOT NULL,
	key  TEXT NOT NULL,
	PRIMARY KEY (link, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX project_links_by_key ON project_links (key);

-- The name keys a project's predecessor and successor fields name: when the
-- project a key belongs to changes, so may the relation.
CREATE TABLE project_refs (
	key     TEXT NOT NULL,
	project TEXT NOT NULL,
	PRIMARY KEY (key, project)
) STRICT, WITHOUT ROWID;

CREATE INDEX project_refs_by_project ON project_refs (project);

-- Which projects each document describes.
CREATE TABLE document_projects (
	document_id TEXT NOT NULL,
	project     TEXT NOT NULL,
	PRIMARY KEY (document_id, project)
) STRICT, WITHOUT ROWID;

CREATE INDEX document_projects_by_project ON document_projects (project, document_id);

-- A project that turned out to be one with another: its id resolves to the
-- one kept (the smaller), so links and commands given the old id still
-- work. Nothing is deleted: a chain of merges is followed.
CREATE TABLE project_merges (
	old       TEXT PRIMARY KEY,
	into_id   TEXT NOT NULL,
	merged_at TEXT NOT NULL                      -- RFC 3339, UTC
) STRICT;

-- Independent voices: documents that share a long quote copy each other
-- (reconcile.IndependentVoices). Each document has a number and the voice
-- it belongs to; quotes are kept as 64-bit hashes of their compared form.
CREATE TABLE voice_docs (
	n           INTEGER PRIMARY KEY,
	document_id TEXT NOT NULL UNIQUE,
	voice       INTEGER NOT NULL
) STRICT;

CREATE INDEX voice_docs_by_voice ON voice_docs (voice);

CREATE TABLE voice_quotes (
	hash INTEGER NOT NULL,
	doc  INTEGER NOT NULL,
	PRIMARY KEY (hash, doc)
) STRICT, WITHOUT ROWID;

CREATE INDEX voice_quotes_by_doc ON voice_quotes (doc, hash);

-- The read commands' queries: failed documents, documents without a
-- project, each without reading every document.
CREATE INDEX documents_failed ON documents (id) WHERE state = 'failed';
CREATE INDEX documents_without_project ON documents (id) WHERE no_project = 1;
