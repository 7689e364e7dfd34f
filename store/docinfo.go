package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// DocumentInfo describes the document with the full id, as Documents
// lists it, without reading every document: a page about one document
// costs one look-up. An id the store does not hold gives an error
// wrapping ErrNotFound.
func (s *Store) DocumentInfo(ctx context.Context, id string) (DocumentInfo, error) {
	var d DocumentInfo
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		d, err = documentInfo(ctx, tx, id)
		return err
	})
	if err != nil {
		return DocumentInfo{}, fmt.Errorf("read document %s: %w", id, err)
	}
	return d, nil
}

func documentInfo(ctx context.Context, tx *sql.Tx, id string) (DocumentInfo, error) {
	var d DocumentInfo
	var asOf, figs sql.NullString
	var at string
	err := tx.QueryRowContext(ctx, `SELECT d.id, d.kind, d.title, d.as_of, d.as_of_quote, d.figures_as_of, d.state,
		d.error, d.no_project, d.size, d.pages, d.ingested_at,
		(SELECT count(*) FROM facts f WHERE f.document_id = d.id)
		FROM documents d WHERE d.id = ?`, id).Scan(&d.ID, &d.Kind, &d.Title, &asOf, &d.AsOfQuote, &figs, &d.State, &d.Error,
		&d.NoProject, &d.Size, &d.Pages, &at, &d.Facts)
	if errors.Is(err, sql.ErrNoRows) {
		return d, ErrNotFound
	}
	if err != nil {
		return d, err
	}
	if d.AsOf, err = decodeAsOf(asOf); err != nil {
		return d, err
	}
	if d.FiguresAsOf, err = decodeFiguresAsOf(figs); err != nil {
		return d, err
	}
	if d.IngestedAt, err = parseTime(at); err != nil {
		return d, fmt.Errorf("ingested_at: %w", err)
	}
	d.Sources, err = queryStrings(ctx, tx, `SELECT source FROM document_sources WHERE document_id = ?
		ORDER BY first_seen, rowid`, id)
	return d, err
}
