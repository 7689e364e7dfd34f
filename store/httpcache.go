package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// HTTPValidators are what a web server said about a URL's content last
// time, for a conditional request: the document its bytes were, and the
// ETag and Last-Modified headers.
type HTTPValidators struct {
	URL      string
	Document string
	// ETag and LastModified are the headers as the server sent them; at
	// least one is set.
	ETag         string
	LastModified string
	FetchedAt    time.Time
}

// HTTPValidators returns the validators recorded for url, and ok false if
// there are none.
func (s *Store) HTTPValidators(ctx context.Context, url string) (v HTTPValidators, ok bool, err error) {
	var at string
	err = s.db.QueryRowContext(ctx, `SELECT document_id, etag, last_modified, fetched_at FROM http_cache WHERE url = ?`, url).
		Scan(&v.Document, &v.ETag, &v.LastModified, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return HTTPValidators{}, false, nil
	}
	if err != nil {
		return HTTPValidators{}, false, fmt.Errorf("read HTTP validators of %s: %w", url, err)
	}
	v.URL = url
	if v.FetchedAt, err = parseTime(at); err != nil {
		return HTTPValidators{}, false, fmt.Errorf("read HTTP validators of %s: %w", url, err)
	}
	return v, true, nil
}

// PutHTTPValidators records v for v.URL, replacing what was recorded. The
// document must be in the store. Validators with neither header are not
// kept: they could not make a request conditional, and any earlier ones
// are removed, since they describe content the server no longer sends.
// FetchedAt is set from the store's clock.
func (s *Store) PutHTTPValidators(ctx context.Context, v HTTPValidators) error {
	if err := checkID(v.Document); err != nil {
		return fmt.Errorf("put HTTP validators of %s: %w", v.URL, err)
	}
	err := s.write(ctx, func(tx *sql.Tx, now string) error {
		if v.ETag == "" && v.LastModified == "" {
			_, err := tx.ExecContext(ctx, `DELETE FROM http_cache WHERE url = ?`, v.URL)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO http_cache (url, document_id, etag, last_modified, fetched_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET document_id = excluded.document_id, etag = excluded.etag,
				last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`,
			v.URL, v.Document, v.ETag, v.LastModified, now)
		return err
	})
	if err != nil {
		return fmt.Errorf("put HTTP validators of %s: %w", v.URL, err)
	}
	return nil
}
