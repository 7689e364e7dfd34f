-- 0007_document_revision: a number that grows each time a document's
-- blocks or facts are written (stored again, read again), so what
-- reconciling read of a document can be kept in memory and known stale,
-- whichever process wrote.

ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
