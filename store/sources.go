package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Known is what the store knows about a document's bytes read from one
// place: enough for the pipeline to skip them without writing.
type Known struct {
	// State is StateIngested, StateFailed, or "" for bytes never stored.
	State string
	// Error is why a failed document could not be read.
	Error string
	// SourceRecorded says whether this place is already one of the
	// document's sources.
	SourceRecorded bool
	// Extractor is the version of the reading code that read it.
	Extractor string
	// NoProject marks an ingested document in which no project was found.
	NoProject bool
}

// LookupSource tells what the store holds for the document id read from
// source, in one read.
func (s *Store) LookupSource(ctx context.Context, id, source string) (Known, error) {
	return scanKnown(s.db.QueryRowContext(ctx, lookupSourceSQL, source, id), id)
}

const lookupSourceSQL = `SELECT d.state, d.error,
	EXISTS (SELECT 1 FROM document_sources s WHERE s.document_id = d.id AND s.source = ?), d.extractor, d.no_project
	FROM documents d WHERE d.id = ?`

func scanKnown(row *sql.Row, id string) (Known, error) {
	var k Known
	err := row.Scan(&k.State, &k.Error, &k.SourceRecorded, &k.Extractor, &k.NoProject)
	if errors.Is(err, sql.ErrNoRows) {
		return Known{}, nil
	}
	if err != nil {
		return Known{}, fmt.Errorf("look up document %s: %w", id, err)
	}
	return k, nil
}

// AddSource records that the stored document id was also read from
// source. It changes nothing else; a place already recorded keeps the time
// it was first seen. An id the store does not hold gives an error wrapping
// ErrNotFound.
func (s *Store) AddSource(ctx context.Context, id, source string) error {
	if err := checkID(id); err != nil {
		return fmt.Errorf("add source %s: %w", source, err)
	}
	if source == "" {
		return fmt.Errorf("add source to %s: empty source", id)
	}
	err := s.write(ctx, func(tx *sql.Tx, now string) error {
		state, err := s.documentState(ctx, tx, id)
		if err != nil {
			return err
		}
		if state == "" {
			return ErrNotFound
		}
		return s.addSource(ctx, tx, id, source, now)
	})
	if err != nil {
		return fmt.Errorf("add source %s to %s: %w", source, id, err)
	}
	return nil
}

// SourceLookup answers LookupSource with one prepared statement, for a
// caller that asks thousands of times in a row: an ingest re-run over an
// unchanged folder does nothing else. It is safe for concurrent use.
type SourceLookup struct {
	stmt *sql.Stmt
}

// NewSourceLookup prepares a SourceLookup; Close it when done.
func (s *Store) NewSourceLookup(ctx context.Context) (*SourceLookup, error) {
	stmt, err := s.db.PrepareContext(ctx, lookupSourceSQL)
	if err != nil {
		return nil, fmt.Errorf("prepare document look-up: %w", err)
	}
	return &SourceLookup{stmt: stmt}, nil
}

// Lookup is LookupSource.
func (l *SourceLookup) Lookup(ctx context.Context, id, source string) (Known, error) {
	return scanKnown(l.stmt.QueryRowContext(ctx, source, id), id)
}

// Close releases the prepared statement.
func (l *SourceLookup) Close() error { return l.stmt.Close() }

// KnownSource is what the store holds for one place a document was read
// from.
type KnownSource struct {
	Document string
	// State is StateIngested or StateFailed; Error the reason of a failure.
	State string
	Error string
	// Extractor is the version of the reading code that read it.
	Extractor string
	// NoProject marks an ingested document in which no project was found.
	NoProject bool
}

// SourcesUnder returns every recorded source that starts with prefix (a
// folder and its separator, say), with the document read from it. An
// ingest re-run over a folder asks once instead of once per file; the map
// holds as many entries as the store has places under the prefix.
func (s *Store) SourcesUnder(ctx context.Context, prefix string) (map[string]KnownSource, error) {
	q := `SELECT s.source, d.id, d.state, d.error, d.extractor, d.no_project FROM document_sources s JOIN documents d ON d.id = s.document_id
		WHERE s.source >= ?`
	args := []any{prefix}
	if end, ok := prefixEnd(prefix); ok {
		q += ` AND s.source < ?`
		args = append(args, end)
	}
	out := map[string]KnownSource{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var src string
			var k KnownSource
			if err := rows.Scan(&src, &k.Document, &k.State, &k.Error, &k.Extractor, &k.NoProject); err != nil {
				return err
			}
			out[src] = k
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list sources under %s: %w", prefix, err)
	}
	return out, nil
}

// prefixEnd is the first string after every string that starts with p, in
// SQLite's byte order; ok is false when there is none (p is all 0xff).
func prefixEnd(p string) (string, bool) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1]), true
		}
	}
	return "", false
}
