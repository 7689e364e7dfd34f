package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
)

// ProjectSlugs returns every project name key with the slug it was given,
// and when.
func (s *Store) ProjectSlugs(ctx context.Context) (slugs, given map[string]string, err error) {
	var known map[string]reconcile.Known
	err = s.read(ctx, func(tx *sql.Tx) error {
		known, err = projectIDs(ctx, tx)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	slugs, given = make(map[string]string, len(known)), make(map[string]string, len(known))
	for k, kn := range known {
		slugs[k], given[k] = kn.ID, kn.Given
	}
	return slugs, given, nil
}

type listMember struct {
	Kind  dossier.ValueKind `json:"kind"`
	Value json.RawMessage   `json:"value"`
}

func encodeDecisionValue(d *dossier.Decision) (kind, value string, err error) {
	if !d.IsList {
		b, err := d.Value.Payload()
		return string(d.Value.Kind), string(b), err
	}
	members := make([]listMember, 0, len(d.List))
	for _, v := range d.List {
		b, err := v.Payload()
		if err != nil {
			return "", "", err
		}
		members = append(members, listMember{v.Kind, b})
	}
	b, err := json.Marshal(members)
	return "list", string(b), err
}

func decodeDecisionValue(d *dossier.Decision, kind, value string) error {
	if kind != "list" {
		v, err := dossier.DecodeValue(dossier.ValueKind(kind), []byte(value))
		d.Value = v
		return err
	}
	var members []listMember
	if err := json.Unmarshal([]byte(value), &members); err != nil {
		return err
	}
	d.IsList = true
	for _, m := range members {
		v, err := dossier.DecodeValue(m.Kind, m.Value)
		if err != nil {
			return err
		}
		d.List = append(d.List, v)
	}
	return nil
}

// PutDecision records a reviewer's decision; it sets d.ID and, from the
// store's clock, d.Time. The project's record is reconciled again in the
// same transaction.
func (s *Store) PutDecision(ctx context.Context, d *dossier.Decision) error {
	return s.putDecision(ctx, d, nil)
}

// putDecision is PutDecision with check, if not nil, run first in the
// write transaction: an error from it stores nothing (PutDecisionAt).
func (s *Store) putDecision(ctx context.Context, d *dossier.Decision, check func(tx *sql.Tx) error) error {
	kind, value, err := encodeDecisionValue(d)
	if err != nil {
		return fmt.Errorf("decision on %s %s: %w", d.Project, d.Field, err)
	}
	err = s.write(ctx, func(tx *sql.Tx, now string) error {
		if check != nil {
			if err := check(tx); err != nil {
				return err
			}
		}
		// RETURNING rather than LastInsertId, which PostgreSQL's driver
		// does not give.
		if err := tx.QueryRowContext(ctx, `INSERT INTO decisions (project, field, value_kind, value, reviewer, note, time) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			d.Project, d.Field, kind, value, d.Reviewer, d.Note, now).Scan(&d.ID); err != nil {
			return err
		}
		if d.Time, err = parseTime(now); err != nil {
			return err
		}
		return s.reconcileIn(ctx, tx, now, nil, []string{d.Project})
	})
	if err != nil {
		return fmt.Errorf("decision on %s %s: %w", d.Project, d.Field, err)
	}
	return nil
}

// Decisions returns the decisions on project ("" for all), oldest first.
func (s *Store) Decisions(ctx context.Context, project string) ([]dossier.Decision, error) {
	var out []dossier.Decision
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, project, field, value_kind, value, reviewer, note, time FROM decisions
			WHERE ? = '' OR project = ? ORDER BY id`, project, project)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			d, err := scanDecision(rows)
			if err != nil {
				return err
			}
			out = append(out, d)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read decisions: %w", err)
	}
	return out, nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Heads returns, for every ingested document, the text of its first n
// blocks, one a line: what tells whose document it is. One query, so
// reconciling a large store does not read every block.
func (s *Store) Heads(ctx context.Context, n int) (map[string]string, error) {
	out := map[string]string{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT document_id, text FROM blocks WHERE seq < ? ORDER BY document_id, seq`, n)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id, text string
			if err := rows.Scan(&id, &text); err != nil {
				return err
			}
			if out[id] != "" {
				out[id] += "\n"
			}
			out[id] += text
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read document heads: %w", err)
	}
	return out, nil
}
