-- 0001_init: documents, the paths and URLs each was read from, their text
-- blocks and the facts extracted from them. Tables are STRICT so a value of
-- the wrong type is an error, not a silent conversion.

CREATE TABLE documents (
	id          TEXT PRIMARY KEY,                -- "sha256:" and the hex digest of the bytes
	kind        TEXT NOT NULL,                   -- dossier.Kind: pdf, html
	title       TEXT NOT NULL,
	as_of       TEXT,                            -- dossier.Date as JSON; NULL when the document states none
	as_of_quote TEXT NOT NULL,
	meta        TEXT,                            -- JSON object; NULL when empty
	pages       INTEGER NOT NULL,
	size        INTEGER NOT NULL,
	state       TEXT NOT NULL CHECK (state IN ('ingested', 'failed')),
	error       TEXT NOT NULL,                   -- why a failed document could not be read
	ingested_at TEXT NOT NULL,                   -- RFC 3339, UTC, from the store's clock
	CHECK ((state = 'failed') = (error <> ''))
) STRICT;

-- One document can be read from several paths or URLs: the same bytes are
-- one document, and every place they were found is kept.
CREATE TABLE document_sources (
	document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	source      TEXT NOT NULL,
	first_seen  TEXT NOT NULL,                   -- RFC 3339, UTC
	PRIMARY KEY (document_id, source)
) STRICT;

CREATE TABLE blocks (
	document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,                -- reading order, from 0
	role        TEXT NOT NULL,
	label       TEXT NOT NULL,
	text        TEXT NOT NULL,
	page        INTEGER NOT NULL,
	box         TEXT,                            -- dossier.Rect as JSON; NULL when not known
	font_size   REAL NOT NULL,
	path        TEXT NOT NULL,
	section     TEXT NOT NULL,
	PRIMARY KEY (document_id, seq)
) STRICT;

-- The primary key (document_id, seq) is the index of facts by document.
CREATE TABLE facts (
	document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,                -- order of extraction, from 0
	project     TEXT NOT NULL,
	field       TEXT NOT NULL,
	value_kind  TEXT NOT NULL,                   -- dossier.ValueKind
	value       TEXT NOT NULL,                   -- dossier.Value.Payload JSON
	raw         TEXT NOT NULL,
	page        INTEGER NOT NULL,
	quote       TEXT NOT NULL,
	extractor   TEXT NOT NULL,
	scope       TEXT NOT NULL,
	PRIMARY KEY (document_id, seq)
) STRICT;

CREATE INDEX facts_by_field ON facts (field, project);
