-- 0004_extractor_version: which version of dossier's reading code produced a
-- document's blocks and facts. When a newer dossier reads better, documents
-- read by an older version are read again; '' marks documents stored before
-- versions were recorded.

ALTER TABLE documents ADD COLUMN extractor TEXT NOT NULL DEFAULT '';
