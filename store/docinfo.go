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
		var asOf sql.NullString
		var at string
		err := tx.QueryRowContext(ctx, `SELECT d.id, d.kind, d.title, d.as_of, d.as_of_quote, d.state,
			d.error, d.no_project, d.size, d.pages, d.ingested_at,
			(SELECT count(*) FROM facts f WHERE f.document_id = d.id)
			FROM documents d WHERE d.id = ?`, id).Scan(&d.ID, &d.Kind, &d.Title, &asOf, &d.AsOfQuote, &d.State, &d.Error,
			&d.NoProject, &d.Size, &d.Pages, &at, &d.Facts)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if d.AsOf, err = decodeAsOf(asOf); err != nil {
			return err
		}
		if d.IngestedAt, err = parseTime(at); err != nil {
			return fmt.Errorf("ingested_at: %w", err)
		}
		rows, err := tx.QueryContext(ctx, `SELECT source FROM document_sources WHERE document_id = ?
			ORDER BY first_seen, rowid`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var src string
			if err := rows.Scan(&src); err != nil {
				return err
			}
			d.Sources = append(d.Sources, src)
		}
		return rows.Err()
	})
	if err != nil {
		return DocumentInfo{}, fmt.Errorf("read document %s: %w", id, err)
	}
	return d, nil
}
