-- 0003_http_cache: what a web server said about each URL last time it was
-- fetched, so the next ingest can ask "has it changed?" (If-None-Match,
-- If-Modified-Since) and skip a page that has not.

CREATE TABLE http_cache (
	url           TEXT PRIMARY KEY,              -- the URL as given to ingest
	document_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	etag          TEXT NOT NULL,                 -- the ETag header, '' if none
	last_modified TEXT NOT NULL,                 -- the Last-Modified header as sent, '' if none
	fetched_at    TEXT NOT NULL,                 -- RFC 3339, UTC, from the store's clock
	CHECK (etag <> '' OR last_modified <> '')
) STRICT;

-- Sources by place, so an ingest re-run can read in one range scan what
-- the store knows of every file under a folder.
CREATE INDEX document_sources_by_source ON document_sources (source);
