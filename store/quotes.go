package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/dossier-dev/dossier"
)

// QuotedRaw is the text a fact's value was read from, with the quote it
// stands in: what a reviewer's page highlights.
type QuotedRaw struct {
	Document string
	Field    string
	// Page is the 1-based PDF page, 0 for HTML.
	Page  int
	Quote string
	Raw   string
	// Value is the fact's value, normalized.
	Value dossier.Value
}

// quotedRawBatch bounds the ids of one query, far below SQLite's limit on
// parameters.
const quotedRawBatch = 500

// QuotedRaws returns, for the documents ids, each fact's field, page,
// quote, raw text and value, in document and extraction order. Ids the store does
// not hold give nothing. It reads by the facts' primary key, so a
// project's page costs a look-up per document, whatever the store's size.
func (s *Store) QuotedRaws(ctx context.Context, ids []string) ([]QuotedRaw, error) {
	var out []QuotedRaw
	err := s.read(ctx, func(tx *sql.Tx) error {
		for start := 0; start < len(ids); start += quotedRawBatch {
			batch := ids[start:min(start+quotedRawBatch, len(ids))]
			args := make([]any, len(batch))
			for i, id := range batch {
				args[i] = id
			}
			rows, err := tx.QueryContext(ctx, `SELECT document_id, field, page, quote, raw, value_kind, value FROM facts
				WHERE document_id IN (?`+strings.Repeat(", ?", len(batch)-1)+`) ORDER BY document_id, seq`, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var q QuotedRaw
				var kind, payload string
				if err := rows.Scan(&q.Document, &q.Field, &q.Page, &q.Quote, &q.Raw, &kind, &payload); err != nil {
					rows.Close()
					return err
				}
				if q.Value, err = dossier.DecodeValue(dossier.ValueKind(kind), []byte(payload)); err != nil {
					rows.Close()
					return fmt.Errorf("document %s: fact %s: %w", q.Document, q.Field, err)
				}
				out = append(out, q)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read quoted text of %d documents: %w", len(ids), err)
	}
	return out, nil
}
