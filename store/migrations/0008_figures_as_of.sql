-- 0008_figures_as_of: the date a document's figures stand at, where it
-- states one other than the date it speaks from (as_of): a report
-- published in March gives its table "as at 31 December". Reconciliation
-- orders sources by it. JSON like as_of; NULL when the document gives none.

ALTER TABLE documents ADD COLUMN figures_as_of TEXT;
