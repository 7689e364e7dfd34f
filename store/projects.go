package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/dossier-dev/dossier"
)

// ProjectSlugs returns every project name key with the slug it was given.
func (s *Store) ProjectSlugs(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT key, slug FROM project_ids ORDER BY rowid`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k, slug string
			if err := rows.Scan(&k, &slug); err != nil {
				return err
			}
			out[k] = slug
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read project ids: %w", err)
	}
	return out, nil
}

// AssignSlugs records slugs for name keys that have none yet; a key that
// already has a slug keeps it.
func (s *Store) AssignSlugs(ctx context.Context, slugs map[string]string) error {
	if len(slugs) == 0 {
		return nil
	}
	keys := sortedKeys(slugs)
	err := s.write(ctx, func(tx *sql.Tx, now string) error {
		for _, k := range keys {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO project_ids (key, slug, assigned_at) VALUES (?, ?, ?)`, k, slugs[k], now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("assign project ids: %w", err)
	}
	return nil
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
// store's clock, d.Time.
func (s *Store) PutDecision(ctx context.Context, d *dossier.Decision) error {
	kind, value, err := encodeDecisionValue(d)
	if err != nil {
		return fmt.Errorf("decision on %s %s: %w", d.Project, d.Field, err)
	}
	err = s.write(ctx, func(tx *sql.Tx, now string) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO decisions (project, field, value_kind, value, reviewer, note, time) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			d.Project, d.Field, kind, value, d.Reviewer, d.Note, now)
		if err != nil {
			return err
		}
		if d.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		d.Time, err = parseTime(now)
		return err
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
			var d dossier.Decision
			var kind, value, t string
			if err := rows.Scan(&d.ID, &d.Project, &d.Field, &kind, &value, &d.Reviewer, &d.Note, &t); err != nil {
				return err
			}
			if err := decodeDecisionValue(&d, kind, value); err != nil {
				return fmt.Errorf("decision %d: %w", d.ID, err)
			}
			if d.Time, err = parseTime(t); err != nil {
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
