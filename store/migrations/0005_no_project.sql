-- 0005_no_project: a document read whole from which no fact about any
-- project was extracted is marked, so it is listed as "no project found"
-- rather than as an ingested document with nothing behind it. Its state
-- stays 'ingested': it was read, and is read again only when its bytes or
-- the reading code change, which sets the mark afresh.

ALTER TABLE documents ADD COLUMN no_project INTEGER NOT NULL DEFAULT 0
	CHECK (no_project IN (0, 1) AND (no_project = 0 OR state = 'ingested'));

-- Documents stored before this migration: their facts tell.
UPDATE documents SET no_project = 1
	WHERE state = 'ingested'
	AND NOT EXISTS (SELECT 1 FROM facts f WHERE f.document_id = documents.id AND f.project <> '');
