package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
)

// PutDocument stores doc, read from doc.Source, with its blocks and facts, in
// one transaction: all of it is stored or none.
//
// If a document with the same id is already ingested (the same bytes read
// again, from the same or another place), only doc.Source is recorded and
// added is false: the facts are not stored twice. A document recorded as
// failed is replaced. The store's clock sets the ingestion time;
// doc.IngestedAt is ignored.
//
// A document none of whose facts names a project (NoProject) is marked so,
// and listed as "no project found"; a later reading that finds a project
// clears the mark.
//
// The records of the projects the document's facts touch (before and
// after) are reconciled again in the same transaction.
//
// Facts must belong to doc: their Document is doc.ID or empty.
func (s *Store) PutDocument(ctx context.Context, doc *dossier.Document, facts []dossier.Fact) (added bool, err error) {
	if doc == nil {
		return false, errors.New("put document: nil document")
	}
	if doc.Error != "" {
		return false, fmt.Errorf("put document %s: it failed (%s); record it with PutFailure", doc.ID, doc.Error)
	}
	p, err := encodePut(doc, facts)
	if err != nil {
		return false, err
	}
	err = s.write(ctx, func(tx *sql.Tx, now string) error {
		if added, err = s.putIn(ctx, tx, now, p); err != nil || !added {
			return err
		}
		// The projects this document's facts touch, reconciled in the
		// same transaction: the records are never behind the facts.
		return s.reconcileIn(ctx, tx, now, []string{doc.ID}, nil)
	})
	if err != nil {
		return false, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	return added, nil
}

// put is a document and its facts encoded for the store, before the write
// lock is taken.
type put struct {
	doc    *dossier.Document
	row    documentRow
	blocks []blockRow
	facts  []factRow
}

func encodePut(doc *dossier.Document, facts []dossier.Fact) (put, error) {
	row, err := encodeDocument(doc, StateIngested)
	if err != nil {
		return put{}, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	row.noProject = NoProject(facts)
	blocks, err := encodeBlocks(doc.Blocks)
	if err != nil {
		return put{}, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	frows, err := encodeFacts(doc.ID, facts)
	if err != nil {
		return put{}, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	return put{doc: doc, row: row, blocks: blocks, facts: frows}, nil
}

// putIn writes p's document, blocks, facts and source in tx, without
// reconciling; added says whether the document's reading was stored (not
// only its source).
func (s *Store) putIn(ctx context.Context, tx *sql.Tx, now string, p put) (added bool, err error) {
	doc := p.doc
	state, err := s.documentState(ctx, tx, doc.ID)
	if err != nil {
		return false, err
	}
	stale := false
	if state == StateIngested && doc.Extractor != "" {
		// Read by another version of the reading code: this reading
		// replaces the stored blocks and facts.
		var was string
		if err := tx.QueryRowContext(ctx, `SELECT extractor FROM documents WHERE id = ?`, doc.ID).Scan(&was); err != nil {
			return false, fmt.Errorf("look up extractor: %w", err)
		}
		stale = was != doc.Extractor
	}
	if state != StateIngested || stale {
		if err := s.upsertDocument(ctx, tx, p.row, now); err != nil {
			return false, err
		}
		if err := s.insertBlocks(ctx, tx, doc.ID, p.blocks); err != nil {
			return false, err
		}
		if err := s.insertFacts(ctx, tx, doc.ID, p.facts); err != nil {
			return false, err
		}
		added = true
	}
	if err := s.addSource(ctx, tx, doc.ID, doc.Source, now); err != nil {
		return false, err
	}
	return added, nil
}

// PutFailure records a document that could not be read: doc.ID is the id of
// its bytes and doc.Error the one-line reason. A document that is already
// ingested stays as it is (a failure does not undo a success); only
// doc.Source is recorded for it. An earlier failure is replaced.
func (s *Store) PutFailure(ctx context.Context, doc *dossier.Document) error {
	if doc == nil {
		return errors.New("put failure: nil document")
	}
	if doc.Error == "" {
		return fmt.Errorf("put failure %s: no error given", doc.ID)
	}
	row, err := encodeDocument(doc, StateFailed)
	if err != nil {
		return fmt.Errorf("put failure %s: %w", doc.ID, err)
	}
	err = s.write(ctx, func(tx *sql.Tx, now string) error {
		state, err := s.documentState(ctx, tx, doc.ID)
		if err != nil {
			return err
		}
		if state != StateIngested {
			if err := s.upsertDocument(ctx, tx, row, now); err != nil {
				return err
			}
		}
		return s.addSource(ctx, tx, doc.ID, doc.Source, now)
	})
	if err != nil {
		return fmt.Errorf("put failure %s: %w", doc.ID, err)
	}
	return nil
}

// NoProject reports whether facts, all of one document, say nothing about
// any project: there are none, or none names its project. Such a document
// was read, but nothing it says can be reconciled.
func NoProject(facts []dossier.Fact) bool {
	for _, f := range facts {
		if f.Project != "" {
			return false
		}
	}
	return true
}

// write runs fn in a write transaction, one at a time, and commits if fn
// returns nil. now is the store's clock, read once per transaction.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx, now string) error) (err error) {
	if err := s.lockWrite(ctx); err != nil {
		return err
	}
	defer s.unlockWrite()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error that caused it is the one to report
		}
	}()
	s.pending = nil
	if err := fn(tx, formatTime(s.now())); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	s.docs.publish(s.pending)
	s.pending = nil
	return nil
}

// documentState is the state of the document id, or "" if there is none.
func (s *Store) documentState(ctx context.Context, tx *sql.Tx, id string) (string, error) {
	st, err := s.txStmt(ctx, tx, `SELECT state FROM documents WHERE id = ?`)
	if err != nil {
		return "", fmt.Errorf("look up: %w", err)
	}
	var state string
	err = st.QueryRowContext(ctx, id).Scan(&state)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("look up: %w", err)
	}
	return state, nil
}

// documentRow is a documents row, encoded before the write lock is taken.
type documentRow struct {
	id, kind, title   string
	asOf, meta        sql.NullString
	figuresAsOf       sql.NullString
	asOfQuote         string
	pages             int
	size              int64
	state, errMessage string
	extractor         string
	noProject         bool
}

func encodeDocument(doc *dossier.Document, state string) (documentRow, error) {
	if err := checkID(doc.ID); err != nil {
		return documentRow{}, err
	}
	if doc.Source == "" {
		return documentRow{}, errors.New("no source: a document is read from a path or URL")
	}
	r := documentRow{
		id: doc.ID, kind: string(doc.Kind), title: doc.Title, asOfQuote: doc.AsOfQuote,
		pages: doc.Pages, size: doc.Size, state: state, errMessage: doc.Error, extractor: doc.Extractor,
	}
	var err error
	if r.asOf, err = encodeDate("as_of", doc.AsOf); err != nil {
		return documentRow{}, err
	}
	if r.figuresAsOf, err = encodeDate("figures_as_of", doc.FiguresAsOf); err != nil {
		return documentRow{}, err
	}
	if len(doc.Meta) > 0 {
		b, err := json.Marshal(doc.Meta)
		if err != nil {
			return documentRow{}, fmt.Errorf("meta: %w", err)
		}
		r.meta = sql.NullString{String: string(b), Valid: true}
	}
	return r, nil
}

// encodeDate is a date column's JSON; NULL for nil. A date that cannot be
// read back would make the document unreadable: it is refused now rather
// than at export.
func encodeDate(column string, d *dossier.Date) (sql.NullString, error) {
	if d == nil {
		return sql.NullString{}, nil
	}
	b, err := json.Marshal(d)
	if err != nil {
		return sql.NullString{}, fmt.Errorf("%s: %w", column, err)
	}
	if err := json.Unmarshal(b, new(dossier.Date)); err != nil {
		return sql.NullString{}, fmt.Errorf("%s: %w", column, err)
	}
	return sql.NullString{String: string(b), Valid: true}, nil
}

// upsertDocument inserts the document row or overwrites a failed one. Its
// blocks and facts are deleted with it; its sources are kept.
func (s *Store) upsertDocument(ctx context.Context, tx *sql.Tx, r documentRow, now string) error {
	_, err := s.txExec(ctx, tx, `INSERT INTO documents
		(id, kind, title, as_of, as_of_quote, figures_as_of, meta, pages, size, state, error, ingested_at, extractor, no_project)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			kind = excluded.kind, title = excluded.title, as_of = excluded.as_of, figures_as_of = excluded.figures_as_of,
			as_of_quote = excluded.as_of_quote, meta = excluded.meta, pages = excluded.pages,
			size = excluded.size, state = excluded.state, error = excluded.error,
			ingested_at = excluded.ingested_at, extractor = excluded.extractor, no_project = excluded.no_project,
			revision = documents.revision + 1`,
		r.id, r.kind, r.title, r.asOf, r.asOfQuote, r.figuresAsOf, r.meta, r.pages, r.size, r.state, r.errMessage, now, r.extractor, r.noProject)
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	for _, table := range []string{"blocks", "facts"} {
		if _, err := s.txExec(ctx, tx, `DELETE FROM `+table+` WHERE document_id = ?`, r.id); err != nil {
			return fmt.Errorf("clear %s: %w", table, err)
		}
	}
	return nil
}

// addSource records that the document was read from source; a place already
// recorded keeps the time it was first seen.
func (s *Store) addSource(ctx context.Context, tx *sql.Tx, id, source, now string) error {
	_, err := s.txExec(ctx, tx, `INSERT INTO document_sources (document_id, source, first_seen)
		VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, id, source, now)
	if err != nil {
		return fmt.Errorf("record source %s: %w", source, err)
	}
	return nil
}

// blockRow is a blocks row without its document id and sequence number.
type blockRow struct {
	b   dossier.Block
	box sql.NullString
}

func encodeBlocks(blocks []dossier.Block) ([]blockRow, error) {
	rows := make([]blockRow, len(blocks))
	for i, b := range blocks {
		rows[i].b = b
		if b.Box != nil {
			j, err := json.Marshal(b.Box)
			if err != nil {
				return nil, fmt.Errorf("block %d: box: %w", i, err)
			}
			rows[i].box = sql.NullString{String: string(j), Valid: true}
		}
	}
	return rows, nil
}

// txStmt is query prepared once for the store and used in tx: a document's
// rows are written by the same statements as every other's, not parsed
// again for each.
func (s *Store) txStmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	base, err := s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return tx.StmtContext(ctx, base), nil
}

// txExec runs query, prepared once for the store (txStmt), in tx.
func (s *Store) txExec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := s.txStmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (s *Store) insertBlocks(ctx context.Context, tx *sql.Tx, id string, rows []blockRow) error {
	if len(rows) == 0 {
		return nil
	}
	stmt, err := s.txStmt(ctx, tx, `INSERT INTO blocks
		(document_id, seq, role, label, text, page, box, font_size, path, section)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("insert blocks: %w", err)
	}
	defer stmt.Close()
	for i, r := range rows {
		b := r.b
		if _, err := stmt.ExecContext(ctx, id, i, string(b.Role), b.Label, b.Text, b.Page, r.box,
			b.FontSize, b.Path, b.Section); err != nil {
			return fmt.Errorf("insert block %d: %w", i, err)
		}
	}
	return nil
}

// factRow is a facts row without its document id and sequence number.
type factRow struct {
	f       dossier.Fact
	payload string
}

func encodeFacts(id string, facts []dossier.Fact) ([]factRow, error) {
	rows := make([]factRow, len(facts))
	for i, f := range facts {
		if f.Document != "" && f.Document != id {
			return nil, fmt.Errorf("fact %d (%s) belongs to document %s", i, f.Field, f.Document)
		}
		if f.Field == "" {
			return nil, fmt.Errorf("fact %d: no field", i)
		}
		p, err := f.Value.Payload()
		if err != nil {
			return nil, fmt.Errorf("fact %d (%s): %w", i, f.Field, err)
		}
		// Facts are read back through DecodeValue; one it cannot read
		// (an unknown kind, a date without precision) is refused here.
		if _, err := dossier.DecodeValue(f.Value.Kind, p); err != nil {
			return nil, fmt.Errorf("fact %d (%s): %w", i, f.Field, err)
		}
		f.Quote = capQuote(f.Quote)
		rows[i] = factRow{f: f, payload: string(p)}
	}
	return rows, nil
}

func (s *Store) insertFacts(ctx context.Context, tx *sql.Tx, id string, rows []factRow) error {
	if len(rows) == 0 {
		return nil
	}
	stmt, err := s.txStmt(ctx, tx, `INSERT INTO facts
		(document_id, seq, project, field, value_kind, value, raw, page, quote, extractor, scope)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("insert facts: %w", err)
	}
	defer stmt.Close()
	for i, r := range rows {
		f := r.f
		if _, err := stmt.ExecContext(ctx, id, i, f.Project, f.Field, string(f.Value.Kind), r.payload,
			f.Raw, f.Page, f.Quote, f.Extractor, f.Scope); err != nil {
			return fmt.Errorf("insert fact %d (%s): %w", i, f.Field, err)
		}
	}
	return nil
}

// MaxQuoteRunes bounds a stored fact's quote. A quote is the words that
// state the fact; one table cell listing ten thousand funders must not be
// stored ten thousand times whole (issue 10: a 230 KB file made a 2.3 GB
// store).
const MaxQuoteRunes = 1000

// capQuote cuts a quote over MaxQuoteRunes at the last word boundary
// before the limit and marks the cut with "…".
func capQuote(q string) string {
	end, n := -1, 0
	for i := range q {
		if n == MaxQuoteRunes {
			end = i
			break
		}
		n++
	}
	if end < 0 {
		return q
	}
	head := q[:end]
	next, _ := utf8.DecodeRuneInString(q[end:])
	// Cut before the word the limit splits, unless that loses over half.
	if i := strings.LastIndexFunc(head, unicode.IsSpace); !unicode.IsSpace(next) && i > len(head)/2 {
		head = head[:i]
	}
	return strings.TrimRightFunc(head, func(c rune) bool {
		return unicode.IsSpace(c) || unicode.IsPunct(c)
	}) + "…"
}
