package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dossier-dev/dossier"
)

// ProjectNames returns every name the stored facts give a project: the
// names documents use for it and its titles and aliases, each once,
// sorted. Ingest recognises them in later documents, whatever words those
// use around them.
func (s *Store) ProjectNames(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT project FROM facts WHERE project <> ''
		UNION
		SELECT raw FROM facts WHERE field IN ('title', 'aliases') AND raw <> ''
		ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("project names: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("project names: %w", err)
		}
		out = append(out, name)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("project names: %w", err)
	}
	return out, nil
}

// ReplaceFacts puts facts in place of document id's stored facts, in one
// transaction, and marks the document with or without a project
// accordingly: a second reading of the same text with more names known.
// The projects the facts touch are reconciled again in that transaction.
func (s *Store) ReplaceFacts(ctx context.Context, id string, facts []dossier.Fact) error {
	frows, err := encodeFacts(id, facts)
	if err != nil {
		return fmt.Errorf("replace facts of %s: %w", id, err)
	}
	return s.write(ctx, func(tx *sql.Tx, now string) error {
		if err := s.replaceIn(ctx, tx, id, frows, NoProject(facts)); err != nil {
			return err
		}
		return s.reconcileIn(ctx, tx, now, []string{id}, nil)
	})
}

// replaceIn puts frows in place of document id's facts in tx, without
// reconciling.
func (s *Store) replaceIn(ctx context.Context, tx *sql.Tx, id string, frows []factRow, noProject bool) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM facts WHERE document_id = ?`, id); err != nil {
		return fmt.Errorf("replace facts of %s: %w", id, err)
	}
	if err := s.insertFacts(ctx, tx, id, frows); err != nil {
		return fmt.Errorf("replace facts of %s: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET no_project = ?, revision = revision + 1 WHERE id = ?`, noProject, id); err != nil {
		return fmt.Errorf("replace facts of %s: %w", id, err)
	}
	return nil
}
