package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/dossier-dev/dossier"
)

// DocumentQuery selects a page of documents.
type DocumentQuery struct {
	// State keeps one state: "ingested" (read, with a project), "failed",
	// "no-project", or "" for all.
	State string
	// Text keeps the documents whose id starts with it (hex digits) or
	// whose title or a source contains it, case aside; "" for all.
	Text string
	// Offset and Limit give the page, in id order.
	Offset, Limit int
}

// DocumentCounts counts the store's documents by state.
type DocumentCounts struct {
	Total, Ingested, Failed, NoProject int
}

// DocumentPage returns one page of the documents q selects, in id order,
// how many match in all, and how many documents of each state the store
// holds. Without Text it reads only the page's rows (failed documents and
// those without a project through their indexes); a text search reads
// every title and source.
func (s *Store) DocumentPage(ctx context.Context, q DocumentQuery) (rows []DocumentInfo, matching int, counts DocumentCounts, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents),
			(SELECT count(*) FROM documents WHERE state = 'failed'),
			(SELECT count(*) FROM documents WHERE no_project = 1)`).Scan(&counts.Total, &counts.Failed, &counts.NoProject); err != nil {
			return err
		}
		counts.Ingested = counts.Total - counts.Failed - counts.NoProject
		where := map[string]string{
			"ingested":   `state = 'ingested' AND no_project = 0`,
			"failed":     `state = 'failed'`,
			"no-project": `no_project = 1`,
		}[q.State]
		if where == "" {
			where = "1"
		}
		var ids []string
		if q.Text == "" {
			matching = map[string]int{"": counts.Total, "ingested": counts.Ingested, "failed": counts.Failed, "no-project": counts.NoProject}[q.State]
			got, err := queryStrings(ctx, tx, `SELECT id FROM documents WHERE `+where+` ORDER BY id LIMIT ? OFFSET ?`, q.Limit, q.Offset)
			if err != nil {
				return err
			}
			ids = got
		} else {
			needle := strings.ToLower(q.Text)
			r, err := tx.QueryContext(ctx, `SELECT d.id, d.title, coalesce((SELECT group_concat(source, char(10)) FROM document_sources s
				WHERE s.document_id = d.id), '') FROM documents d WHERE `+where+` ORDER BY d.id`)
			if err != nil {
				return err
			}
			defer r.Close()
			for r.Next() {
				var id, title, sources string
				if err := r.Scan(&id, &title, &sources); err != nil {
					return err
				}
				if !strings.HasPrefix(strings.TrimPrefix(id, idPrefix), needle) && !strings.Contains(strings.ToLower(title), needle) &&
					!strings.Contains(strings.ToLower(sources), needle) {
					continue
				}
				if matching >= q.Offset && matching < q.Offset+q.Limit {
					ids = append(ids, id)
				}
				matching++
			}
			if err := r.Err(); err != nil {
				return err
			}
		}
		for _, id := range ids {
			d, err := documentInfo(ctx, tx, id)
			if err != nil {
				return err
			}
			rows = append(rows, d)
		}
		return nil
	})
	if err != nil {
		return nil, 0, DocumentCounts{}, fmt.Errorf("list documents: %w", err)
	}
	return rows, matching, counts, nil
}

func queryStrings(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Snapshot is the store as it was when the snapshot was taken, whatever is
// written since: a write can be compared with what it changed. It holds a
// read transaction open until Close.
type Snapshot struct {
	tx *sql.Tx
}

// Snapshot takes a snapshot of the store.
func (s *Store) Snapshot(ctx context.Context) (*Snapshot, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	// A read transaction sees the store as of its first read.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM records_state`).Scan(&n); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	return &Snapshot{tx: tx}, nil
}

// Project returns project id's record as it was, or ErrNoProject.
func (sn *Snapshot) Project(ctx context.Context, id string) (*dossier.Project, error) {
	return readProject(ctx, sn.tx, id)
}

// Close ends the snapshot.
func (sn *Snapshot) Close() error {
	return sn.tx.Rollback()
}

// CountDocuments counts the store's documents by state.
func (s *Store) CountDocuments(ctx context.Context) (DocumentCounts, error) {
	_, _, counts, err := s.DocumentPage(ctx, DocumentQuery{})
	return counts, err
}
