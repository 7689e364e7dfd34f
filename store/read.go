package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
)

// DocumentInfo describes a stored document without its blocks.
type DocumentInfo struct {
	ID string
	// Sources are every path or URL the document was read from, first
	// seen first.
	Sources   []string
	Kind      dossier.Kind
	Title     string
	AsOf      *dossier.Date
	AsOfQuote string
	// FiguresAsOf is the date the document's figures stand at, where it
	// states one other than AsOf (dossier.Document.FiguresAsOf).
	FiguresAsOf *dossier.Date
	// State is StateIngested or StateFailed.
	State string
	// Error is why a failed document could not be read.
	Error string
	// NoProject marks an ingested document none of whose facts names a
	// project (see NoProject): read fine, but about no project found.
	NoProject  bool
	Size       int64
	Pages      int
	Facts      int
	IngestedAt time.Time
}

// DocumentFilter selects documents. With no field set every document is
// listed; with both set, documents of either kind.
type DocumentFilter struct {
	// Failed selects the documents that could not be read.
	Failed bool
	// NoProject selects the documents read fine in which no project was
	// found.
	NoProject bool
}

// where is the filter as a WHERE clause on documents d, or "".
func (f DocumentFilter) where() string {
	var or []string
	if f.Failed {
		or = append(or, `d.state = 'failed'`)
	}
	if f.NoProject {
		or = append(or, `d.no_project = 1`)
	}
	if len(or) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(or, ` OR `)
}

// FactFilter selects facts; an empty field matches every fact.
type FactFilter struct {
	// Document is a document id or a unique prefix of it, with or without
	// "sha256:".
	Document string
	// Field and Project match exactly.
	Field   string
	Project string
}

// Lookup returns the state of the document with the full id (StateIngested or
// StateFailed), and ok false if the store does not hold it. The pipeline uses
// it to skip bytes it has already read.
func (s *Store) Lookup(ctx context.Context, id string) (state string, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT state FROM documents WHERE id = ?`, id).Scan(&state)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("look up document %s: %w", id, err)
	}
	return state, true, nil
}

// Documents lists the documents filter selects, sorted by id.
func (s *Store) Documents(ctx context.Context, filter DocumentFilter) (infos []DocumentInfo, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		where := filter.where()
		rows, err := tx.QueryContext(ctx, `SELECT d.id, d.kind, d.title, d.as_of, d.as_of_quote, d.figures_as_of, d.state,
			d.error, d.no_project, d.size, d.pages, d.ingested_at,
			(SELECT count(*) FROM facts f WHERE f.document_id = d.id)
			FROM documents d`+where+` ORDER BY d.id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		index := map[string]int{}
		for rows.Next() {
			var d DocumentInfo
			var asOf, figs sql.NullString
			var at string
			if err := rows.Scan(&d.ID, &d.Kind, &d.Title, &asOf, &d.AsOfQuote, &figs, &d.State, &d.Error,
				&d.NoProject, &d.Size, &d.Pages, &at, &d.Facts); err != nil {
				return err
			}
			if d.AsOf, err = decodeAsOf(asOf); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			if d.FiguresAsOf, err = decodeFiguresAsOf(figs); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			if d.IngestedAt, err = parseTime(at); err != nil {
				return fmt.Errorf("document %s: ingested_at: %w", d.ID, err)
			}
			index[d.ID] = len(infos)
			infos = append(infos, d)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		// Documents first (CROSS JOIN keeps SQLite's order of the loops):
		// a filter reads the sources of the documents it keeps, through
		// their index, not every source.
		join := ` WHERE s.document_id = d.id`
		if where != "" {
			join += ` AND (` + strings.TrimPrefix(where, ` WHERE `) + `)`
		}
		srows, err := tx.QueryContext(ctx, `SELECT s.document_id, s.source
			FROM documents d CROSS JOIN document_sources s`+join+`
			ORDER BY s.document_id, s.first_seen, s.rowid`)
		if err != nil {
			return err
		}
		defer srows.Close()
		for srows.Next() {
			var id, src string
			if err := srows.Scan(&id, &src); err != nil {
				return err
			}
			if i, ok := index[id]; ok {
				infos[i].Sources = append(infos[i].Sources, src)
			}
		}
		return srows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return infos, nil
}

// Document returns the document id, which may be given as a unique prefix,
// with its blocks. Its Source is the first place it was read from. An id that
// names no document gives an error wrapping ErrNotFound.
func (s *Store) Document(ctx context.Context, id string) (*dossier.Document, error) {
	var doc *dossier.Document
	err := s.read(ctx, func(tx *sql.Tx) error {
		full, err := resolveID(ctx, tx, id)
		if err != nil {
			return err
		}
		doc, err = readDocument(ctx, tx, full)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read document %s: %w", id, err)
	}
	return doc, nil
}

func readDocument(ctx context.Context, tx *sql.Tx, id string) (*dossier.Document, error) {
	doc := &dossier.Document{ID: id}
	var asOf, figs, meta sql.NullString
	var at string
	err := tx.QueryRowContext(ctx, `SELECT kind, title, as_of, as_of_quote, figures_as_of, meta, pages, size, error, ingested_at, extractor
		FROM documents WHERE id = ?`, id).
		Scan(&doc.Kind, &doc.Title, &asOf, &doc.AsOfQuote, &figs, &meta, &doc.Pages, &doc.Size, &doc.Error, &at, &doc.Extractor)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if doc.AsOf, err = decodeAsOf(asOf); err != nil {
		return nil, err
	}
	if doc.FiguresAsOf, err = decodeFiguresAsOf(figs); err != nil {
		return nil, err
	}
	if meta.Valid {
		if err := json.Unmarshal([]byte(meta.String), &doc.Meta); err != nil {
			return nil, fmt.Errorf("meta: %w", err)
		}
	}
	if doc.IngestedAt, err = parseTime(at); err != nil {
		return nil, fmt.Errorf("ingested_at: %w", err)
	}
	err = tx.QueryRowContext(ctx, `SELECT source FROM document_sources WHERE document_id = ?
		ORDER BY first_seen, rowid LIMIT 1`, id).Scan(&doc.Source)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("source: %w", err)
	}

	rows, err := tx.QueryContext(ctx, `SELECT role, label, text, page, box, font_size, path, section
		FROM blocks WHERE document_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, fmt.Errorf("blocks: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var b dossier.Block
		var box sql.NullString
		if err := rows.Scan(&b.Role, &b.Label, &b.Text, &b.Page, &box, &b.FontSize, &b.Path, &b.Section); err != nil {
			return nil, fmt.Errorf("blocks: %w", err)
		}
		if box.Valid {
			b.Box = new(dossier.Rect)
			if err := json.Unmarshal([]byte(box.String), b.Box); err != nil {
				return nil, fmt.Errorf("block %d: box: %w", len(doc.Blocks), err)
			}
		}
		doc.Blocks = append(doc.Blocks, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("blocks: %w", err)
	}
	return doc, nil
}

// Facts returns the facts f selects, ordered by document id, then in the
// order they were extracted. A Document that names no document gives an
// error wrapping ErrNotFound, not an empty list, so a mistyped id is noticed.
func (s *Store) Facts(ctx context.Context, f FactFilter) ([]dossier.Fact, error) {
	var facts []dossier.Fact
	err := s.read(ctx, func(tx *sql.Tx) error {
		var where []string
		var args []any
		if f.Document != "" {
			id, err := resolveID(ctx, tx, f.Document)
			if err != nil {
				return err
			}
			where, args = append(where, "document_id = ?"), append(args, id)
		}
		if f.Field != "" {
			where, args = append(where, "field = ?"), append(args, f.Field)
		}
		if f.Project != "" {
			where, args = append(where, "project = ?"), append(args, f.Project)
		}
		q := `SELECT document_id, project, field, value_kind, value, raw, page, quote, extractor, scope FROM facts`
		if len(where) > 0 {
			q += " WHERE " + strings.Join(where, " AND ")
		}
		rows, err := tx.QueryContext(ctx, q+" ORDER BY document_id, seq", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var fact dossier.Fact
			var kind, payload string
			if err := rows.Scan(&fact.Document, &fact.Project, &fact.Field, &kind, &payload, &fact.Raw,
				&fact.Page, &fact.Quote, &fact.Extractor, &fact.Scope); err != nil {
				return err
			}
			if fact.Value, err = dossier.DecodeValue(dossier.ValueKind(kind), []byte(payload)); err != nil {
				return fmt.Errorf("document %s: fact %s: %w", fact.Document, fact.Field, err)
			}
			facts = append(facts, fact)
		}
		return rows.Err()
	})
	if err != nil {
		if f.Document != "" {
			return nil, fmt.Errorf("read facts of document %s: %w", f.Document, err)
		}
		return nil, fmt.Errorf("read facts: %w", err)
	}
	return facts, nil
}

// read runs fn in a read-only transaction, so that what it reads in several
// queries is one snapshot. Read-only transactions begin DEFERRED and do not
// wait for writers.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	err = fn(tx)
	tx.Rollback() // read-only: nothing to keep
	if err != nil && isCorrupt(err) {
		// A damaged page read: say which tables are damaged.
		return diagnose(ctx, s.db, err)
	}
	return err
}

// resolveID returns the one document id that starts with the user's id or
// prefix.
func resolveID(ctx context.Context, tx *sql.Tx, s string) (string, error) {
	prefix, err := parseIDPrefix(s)
	if err != nil {
		return "", err
	}
	// prefix holds only "sha256:" and hex digits, all below '~': the ids
	// that start with it are the range [prefix, prefix+"~"), which uses the
	// primary key on both backends.
	rows, err := tx.QueryContext(ctx, `SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 3`, prefix, prefix+"~")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	switch len(ids) {
	case 0:
		return "", ErrNotFound
	case 1:
		return ids[0], nil
	default:
		if len(ids) > 2 {
			ids[2] = "…"
		}
		return "", fmt.Errorf("%w: %s", ErrAmbiguous, strings.Join(ids, ", "))
	}
}

func decodeAsOf(s sql.NullString) (*dossier.Date, error) {
	return decodeDate("as_of", s)
}

func decodeFiguresAsOf(s sql.NullString) (*dossier.Date, error) {
	return decodeDate("figures_as_of", s)
}

// decodeDate reads a date column stored as JSON; NULL is nil.
func decodeDate(column string, s sql.NullString) (*dossier.Date, error) {
	if !s.Valid {
		return nil, nil
	}
	d := new(dossier.Date)
	if err := json.Unmarshal([]byte(s.String), d); err != nil {
		return nil, fmt.Errorf("%s: %w", column, err)
	}
	return d, nil
}
