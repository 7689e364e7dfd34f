package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-dev/dossier"
)

// Reading the reconciled records. Each read touches only the rows it
// shows, through an index: one project's record by its id, the list of
// projects in id order, the projects of some documents.

// ErrNoProject is returned for a project id that names no project, now or
// before a merge.
var ErrNoProject = errors.New("no such project")

// ProjectSummary is a project as a list shows it.
type ProjectSummary struct {
	ID, Title   string
	Documents   int
	OpenReviews int
	// Fields holds the start, end and status fields, without their
	// candidates.
	Fields map[string]dossier.Field
}

// ProjectFilter selects projects; with no field set, every project.
type ProjectFilter struct {
	// NeedsReview keeps the projects with a field that needs review.
	NeedsReview bool
}

// EachProject calls fn with every project filter selects, in id order,
// reading one row at a time.
func (s *Store) EachProject(ctx context.Context, filter ProjectFilter, fn func(ProjectSummary) error) error {
	err := s.read(ctx, func(tx *sql.Tx) error {
		q := `SELECT id, title, documents, open_reviews, summary FROM projects ORDER BY id`
		if filter.NeedsReview {
			q = `SELECT id, title, documents, open_reviews, summary FROM projects WHERE open_reviews > 0 ORDER BY id`
		}
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p ProjectSummary
			var sum string
			if err := rows.Scan(&p.ID, &p.Title, &p.Documents, &p.OpenReviews, &sum); err != nil {
				return err
			}
			if p.Fields, err = decodeSummary([]byte(sum)); err != nil {
				return fmt.Errorf("project %s: %w", p.ID, err)
			}
			if err := fn(p); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	if err != nil {
		return fmt.Errorf("list projects: %w", err)
	}
	return nil
}

// CountProjects counts the projects, and those with a field that needs
// review.
func (s *Store) CountProjects(ctx context.Context) (all, needsReview int, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM projects),
			(SELECT count(*) FROM projects WHERE open_reviews > 0)`).Scan(&all, &needsReview)
	})
	if err != nil {
		return 0, 0, fmt.Errorf("count projects: %w", err)
	}
	return all, needsReview, nil
}

// ResolveProject returns the id of the project id names: itself, or the
// project it was merged into (following merges), with merged true. An id
// that names none gives an error wrapping ErrNoProject.
func (s *Store) ResolveProject(ctx context.Context, id string) (current string, merged bool, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		current, merged, err = resolveProject(ctx, tx, id)
		return err
	})
	return current, merged, err
}

func resolveProject(ctx context.Context, q querier, id string) (string, bool, error) {
	seen := map[string]bool{}
	cur := id
	for {
		var n int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM projects WHERE id = ?`, cur).Scan(&n); err != nil {
			return "", false, err
		}
		if n > 0 {
			return cur, cur != id, nil
		}
		seen[cur] = true
		var next string
		err := q.QueryRowContext(ctx, `SELECT into_id FROM project_merges WHERE old = ?`, cur).Scan(&next)
		if errors.Is(err, sql.ErrNoRows) || err == nil && seen[next] {
			return "", false, fmt.Errorf("%w: %q", ErrNoProject, id)
		}
		if err != nil {
			return "", false, err
		}
		cur = next
	}
}

// SomeProjectIDs returns the first n project ids, in order: enough to
// suggest some when an id names none.
func (s *Store) SomeProjectIDs(ctx context.Context, n int) ([]string, error) {
	var out []string
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM projects ORDER BY id LIMIT ?`, n)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			out = append(out, id)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list project ids: %w", err)
	}
	return out, nil
}

// Project returns the reconciled record of the project with exactly this
// id (see ResolveProject for an id from before a merge). An id that names
// no project gives an error wrapping ErrNoProject.
func (s *Store) Project(ctx context.Context, id string) (*dossier.Project, error) {
	var p *dossier.Project
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		p, err = readProject(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read project %s: %w", id, err)
	}
	return p, nil
}

func readProject(ctx context.Context, q querier, id string) (*dossier.Project, error) {
	var rec []byte
	var pred, succ sql.NullString
	err := q.QueryRowContext(ctx, `SELECT record, predecessor, successor FROM projects WHERE id = ?`, id).Scan(&rec, &pred, &succ)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoProject
	}
	if err != nil {
		return nil, err
	}
	return decodeProjectRow(rec, pred, succ)
}

func decodeProjectRow(rec []byte, pred, succ sql.NullString) (*dossier.Project, error) {
	p, err := decodeRecord(rec)
	if err != nil {
		return nil, err
	}
	p.Predecessor, p.Successor = nil, nil
	if pred.Valid {
		p.Predecessor = &pred.String
	}
	if succ.Valid {
		p.Successor = &succ.String
	}
	return p, nil
}

// EachProjectRecord calls fn with every project's whole record, in id
// order, reading one at a time.
func (s *Store) EachProjectRecord(ctx context.Context, fn func(*dossier.Project) error) error {
	err := s.read(ctx, func(tx *sql.Tx) error {
		return eachProjectRecord(ctx, tx, fn)
	})
	if err != nil {
		return fmt.Errorf("read projects: %w", err)
	}
	return nil
}

func eachProjectRecord(ctx context.Context, tx *sql.Tx, fn func(*dossier.Project) error) error {
	rows, err := tx.QueryContext(ctx, `SELECT record, predecessor, successor FROM projects ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var rec []byte
		var pred, succ sql.NullString
		if err := rows.Scan(&rec, &pred, &succ); err != nil {
			return err
		}
		p, err := decodeProjectRow(rec, pred, succ)
		if err != nil {
			return err
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return rows.Err()
}

// DocumentProjects returns the ids of the projects each document describes,
// sorted, for the documents asked (every document with one, for nil).
func (s *Store) DocumentProjects(ctx context.Context, ids []string) (map[string][]string, error) {
	out := map[string][]string{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		if ids == nil {
			rows, err := tx.QueryContext(ctx, `SELECT document_id, project FROM document_projects ORDER BY document_id, project`)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var d, p string
				if err := rows.Scan(&d, &p); err != nil {
					return err
				}
				out[d] = append(out[d], p)
			}
			return rows.Err()
		}
		stmt, err := tx.PrepareContext(ctx, `SELECT project FROM document_projects WHERE document_id = ? ORDER BY project`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, id := range ids {
			if _, done := out[id]; done {
				continue
			}
			rows, err := stmt.QueryContext(ctx, id)
			if err != nil {
				return err
			}
			for rows.Next() {
				var p string
				if err := rows.Scan(&p); err != nil {
					rows.Close()
					return err
				}
				out[id] = append(out[id], p)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read projects of documents: %w", err)
	}
	for id, ps := range out {
		if ps == nil {
			delete(out, id)
		}
	}
	return out, nil
}

// DocumentHeads returns the documents asked for as reconciliation and
// reports see them: metadata, first source, and no blocks. Documents the
// store does not hold are left out.
func (s *Store) DocumentHeads(ctx context.Context, ids []string) (map[string]dossier.Document, error) {
	out := map[string]dossier.Document{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `SELECT kind, title, as_of, as_of_quote, figures_as_of, meta, pages, size, ingested_at, error,
			coalesce((SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY first_seen, rowid LIMIT 1), '')
			FROM documents d WHERE id = ?`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, id := range ids {
			if _, done := out[id]; done {
				continue
			}
			d := dossier.Document{ID: id}
			var asOf, figs, meta sql.NullString
			var at string
			err := stmt.QueryRowContext(ctx, id).Scan(&d.Kind, &d.Title, &asOf, &d.AsOfQuote, &figs, &meta, &d.Pages, &d.Size, &at, &d.Error, &d.Source)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			if d.AsOf, err = decodeAsOf(asOf); err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
			if d.FiguresAsOf, err = decodeFiguresAsOf(figs); err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
			if meta.Valid {
				var m map[string]string
				if err := json.Unmarshal([]byte(meta.String), &m); err != nil {
					return fmt.Errorf("document %s: meta: %w", id, err)
				}
				if len(m) > 0 {
					d.Meta = m
				}
			}
			if d.IngestedAt, err = parseTime(at); err != nil {
				return fmt.Errorf("document %s: ingested_at: %w", id, err)
			}
			out[id] = d
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	return out, nil
}

// ExportDocument is a document as the export lists it.
type ExportDocument struct {
	ID, Source, Title, Error string
	Kind                     dossier.Kind
	AsOf                     *dossier.Date
	// FiguresAsOf is the date its figures stand at, where it states
	// one other than AsOf.
	FiguresAsOf *dossier.Date
	// Projects are the ids of the projects it describes, sorted.
	Projects []string
}

// Export reads, in one snapshot, every document in id order (docFn) and
// then every project's record in id order (projectFn), one row at a time:
// an export of any size is written in constant memory.
func (s *Store) Export(ctx context.Context, docFn func(ExportDocument) error, projectFn func(*dossier.Project) error) error {
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT d.id, d.kind, d.title, d.as_of, d.figures_as_of, d.error,
			coalesce((SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY first_seen, rowid LIMIT 1), ''),
			coalesce((SELECT group_concat(project, char(10)) FROM (SELECT project FROM document_projects p
				WHERE p.document_id = d.id ORDER BY project) AS dp), '')
			FROM documents d ORDER BY d.id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var d ExportDocument
			var asOf, figs sql.NullString
			var projects string
			if err := rows.Scan(&d.ID, &d.Kind, &d.Title, &asOf, &figs, &d.Error, &d.Source, &projects); err != nil {
				return err
			}
			if d.AsOf, err = decodeAsOf(asOf); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			if d.FiguresAsOf, err = decodeFiguresAsOf(figs); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			d.Projects = []string{}
			if projects != "" {
				// Ids are slugs: no line breaks in them.
				d.Projects = strings.Split(projects, "\n")
				sort.Strings(d.Projects)
			}
			if err := docFn(d); err != nil {
				return err
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		return eachProjectRecord(ctx, tx, projectFn)
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
