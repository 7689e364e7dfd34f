package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
)

// The store keeps every project's reconciled record (package reconcile's
// rules applied to its facts) and the state that lets a write reconcile
// again only what it touches:
//
//   - grouping: each name key's project and links (reconcile.Links); a
//     document's facts regroup only the projects whose keys or links they
//     name, and those groups are exactly the ones grouping every fact
//     would give, since no link joins them to any other;
//   - voices: which documents copy each other (reconcile.IndependentVoices),
//     kept per document and merged or split as documents change; a
//     project is reconciled again when two of its documents' voices become
//     one or one becomes two;
//   - relations: a project's predecessor and successor name other projects
//     by name key; when a key changes project, the projects naming it are
//     reconciled again, and the relations other projects imply
//     (reconcile.InferRelations) are worked out again for the projects
//     whose relations changed.
//
// A write reconciles in its own transaction, so the records are never
// behind the facts. RebuildRecords makes them all again from the facts
// alone (dossier reconcile --all, rebuild.go), which must give the same
// records; the store's tests hold both to reconciling every fact at once.

// headBlocks is how many of a document's first blocks tell whose it is.
const headBlocks = 6

// ReconcileStats counts what the writes of this Store reconciled.
type ReconcileStats struct {
	// Writes is how many writes reconciled; Projects how many project
	// records they made again (a project may count once a write).
	Writes, Projects int64
	// Rebuilds counts full rebuilds (rules changed, or asked for).
	Rebuilds int64
	// Took is the time spent reconciling, inside the writes.
	Took time.Duration
}

type reconcileCounters struct {
	writes, projects, rebuilds, nanos atomic.Int64
}

// ReconcileStats returns what this Store's writes have reconciled so far.
func (s *Store) ReconcileStats() ReconcileStats { return s.counters.stats() }

// AllReconcileStats returns what every Store of this process has
// reconciled so far.
func AllReconcileStats() ReconcileStats { return allCounters.stats() }

var allCounters reconcileCounters

func (c *reconcileCounters) stats() ReconcileStats {
	return ReconcileStats{Writes: c.writes.Load(), Projects: c.projects.Load(), Rebuilds: c.rebuilds.Load(),
		Took: time.Duration(c.nanos.Load())}
}

// recordsRules reads which rules the stored records were made with.
func recordsRules(ctx context.Context, q querier) (string, error) {
	var rules string
	if err := q.QueryRowContext(ctx, `SELECT rules FROM records_state WHERE id = 1`).Scan(&rules); err != nil {
		return "", fmt.Errorf("read records state: %w", err)
	}
	return rules, nil
}

// RecordsCurrent reports whether the stored records were made with this
// dossier's rules. They are not in a store written by an older dossier:
// the next write rebuilds them, and until then readers reconcile in
// memory.
func (s *Store) RecordsCurrent(ctx context.Context) (bool, error) {
	var rules string
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		rules, err = recordsRules(ctx, tx)
		return err
	})
	return rules == reconcile.Version, err
}

// RebuildRecords reconciles every project again from the facts, the
// decisions and the ids given, in one transaction, and replaces every
// stored record; ids never change.
func (s *Store) RebuildRecords(ctx context.Context) error {
	err := s.write(ctx, func(tx *sql.Tx, now string) error {
		start := time.Now()
		r := s.newRecon(ctx, tx, now)
		err := r.rebuildAll()
		s.count(r, start, true)
		return err
	})
	if err != nil {
		return fmt.Errorf("rebuild records: %w", err)
	}
	return nil
}

func (s *Store) count(r *recon, start time.Time, rebuild bool) {
	took := time.Since(start)
	for _, c := range []*reconcileCounters{&s.counters, &allCounters} {
		c.writes.Add(1)
		c.projects.Add(int64(r.built))
		if rebuild {
			c.rebuilds.Add(1)
		}
		c.nanos.Add(int64(took))
	}
}

// reconcileIn brings the records up to date, inside a write transaction,
// after the facts of docs or the decisions on projects changed.
func (s *Store) reconcileIn(ctx context.Context, tx *sql.Tx, now string, docs, projects []string) error {
	start := time.Now()
	r := s.newRecon(ctx, tx, now)
	rules, err := recordsRules(ctx, tx)
	if err != nil {
		return err
	}
	if rules != reconcile.Version {
		err = r.rebuildAll()
		s.count(r, start, true)
	} else {
		err = r.update(docs, projects)
		s.count(r, start, false)
	}
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	return nil
}

// querier is a transaction, or the database.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// recon is one reconciliation inside a write transaction.
type recon struct {
	ctx context.Context
	tx  *sql.Tx
	now string
	// stmts are the transaction's statements, prepared once each.
	s     *Store
	stmts map[string]*sql.Stmt
	// cache holds documents read by earlier transactions; read collects
	// those this one reads, for the cache once it commits.
	cache     *docCache
	read      map[string]*docEntry
	readFacts int
	// keyOf caches each project name's key.
	keyOf map[string]string
	// built counts the records made.
	built int
}

// newRecon starts a reconciliation in tx, which reads documents through
// the store's cache.
func (s *Store) newRecon(ctx context.Context, tx *sql.Tx, now string) *recon {
	r := &recon{ctx: ctx, tx: tx, now: now, s: s, stmts: map[string]*sql.Stmt{}, keyOf: map[string]string{},
		read: map[string]*docEntry{}, cache: &s.docs}
	s.pending = r.read
	return r
}

// stmt returns the transaction's statement for query: the store prepares
// each query once, and each transaction uses it.
func (r *recon) stmt(query string) (*sql.Stmt, error) {
	if st, ok := r.stmts[query]; ok {
		return st, nil
	}
	base, err := r.s.prepared(r.ctx, query)
	if err != nil {
		return nil, err
	}
	st := r.tx.StmtContext(r.ctx, base)
	r.stmts[query] = st
	return st, nil
}

func (r *recon) query(query string, args ...any) (*sql.Rows, error) {
	st, err := r.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(r.ctx, args...)
}

// queryRow is QueryRowContext with the statement prepared once; an error
// preparing it comes back from Scan.
func (r *recon) queryRow(query string, args ...any) *sql.Row {
	st, err := r.stmt(query)
	if err != nil {
		return r.tx.QueryRowContext(r.ctx, query, args...)
	}
	return st.QueryRowContext(r.ctx, args...)
}

func (r *recon) exec(query string, args ...any) (sql.Result, error) {
	st, err := r.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(r.ctx, args...)
}

// entry returns what reconciling reads of document id: from the cache
// when its revision is the one cached, else from the file.
func (r *recon) entry(id string) (*docEntry, error) {
	if e, ok := r.read[id]; ok {
		return e, nil
	}
	var revision int64
	err := r.queryRow(`SELECT revision FROM documents WHERE id = ?`, id).Scan(&revision)
	if errors.Is(err, sql.ErrNoRows) {
		e := &docEntry{revision: -1}
		r.read[id] = e
		return e, nil
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if r.cache != nil {
		if e, ok := r.cache.get(id, revision); ok {
			r.read[id] = e
			return e, nil
		}
	}
	e := &docEntry{revision: revision}
	if e.facts, err = r.loadFacts(id); err != nil {
		return nil, err
	}
	if e.doc, err = r.loadDoc(id); err != nil {
		return nil, err
	}
	// What one write reads is held within bounds too: past them it is
	// read again if needed.
	if r.readFacts += len(e.facts); r.readFacts > maxCachedFacts {
		clear(r.read)
		r.readFacts = len(e.facts)
	}
	r.read[id] = e
	return e, nil
}

func (r *recon) key(name string) string {
	k, ok := r.keyOf[name]
	if !ok {
		k = reconcile.NameKey(name)
		r.keyOf[name] = k
	}
	return k
}

// strings runs a query whose rows are one text column.
func (r *recon) strings(query string, args ...any) ([]string, error) {
	rows, err := r.query(query, args...)
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

// docFacts returns a document's facts in the order they were extracted.
func (r *recon) docFacts(id string) ([]dossier.Fact, error) {
	e, err := r.entry(id)
	if err != nil {
		return nil, err
	}
	return e.facts, nil
}

// doc returns a document as reconciliation sees it, or nil for one not
// ingested.
func (r *recon) doc(id string) (*reconcile.Doc, error) {
	e, err := r.entry(id)
	if err != nil {
		return nil, err
	}
	return e.doc, nil
}

func (r *recon) loadFacts(id string) ([]dossier.Fact, error) {
	rows, err := r.query(`SELECT project, field, value_kind, value, raw, page, quote, extractor, scope
		FROM facts WHERE document_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, fmt.Errorf("facts of %s: %w", id, err)
	}
	defer rows.Close()
	var out []dossier.Fact
	for rows.Next() {
		f := dossier.Fact{Document: id}
		var kind, payload string
		if err := rows.Scan(&f.Project, &f.Field, &kind, &payload, &f.Raw, &f.Page, &f.Quote, &f.Extractor, &f.Scope); err != nil {
			return nil, fmt.Errorf("facts of %s: %w", id, err)
		}
		if f.Value, err = dossier.DecodeValue(dossier.ValueKind(kind), []byte(payload)); err != nil {
			return nil, fmt.Errorf("document %s: fact %s: %w", id, f.Field, err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("facts of %s: %w", id, err)
	}
	return out, nil
}

func (r *recon) loadDoc(id string) (*reconcile.Doc, error) {
	d := &reconcile.Doc{Document: dossier.Document{ID: id}}
	var asOf, figs sql.NullString
	var at, state string
	err := r.queryRow(`SELECT kind, title, as_of, as_of_quote, figures_as_of, pages, size, ingested_at, state,
		coalesce((SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY first_seen, rowid LIMIT 1), '')
		FROM documents d WHERE id = ?`, id).
		Scan(&d.Kind, &d.Title, &asOf, &d.AsOfQuote, &figs, &d.Pages, &d.Size, &at, &state, &d.Source)
	if errors.Is(err, sql.ErrNoRows) || err == nil && state != StateIngested {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if d.AsOf, err = decodeAsOf(asOf); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if d.FiguresAsOf, err = decodeFiguresAsOf(figs); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if d.IngestedAt, err = parseTime(at); err != nil {
		return nil, fmt.Errorf("document %s: ingested_at: %w", id, err)
	}
	heads, err := r.strings(`SELECT text FROM blocks WHERE document_id = ? AND seq < ? ORDER BY seq`, id, headBlocks)
	if err != nil {
		return nil, fmt.Errorf("document %s: head: %w", id, err)
	}
	d.Head = d.Title + "\n" + strings.Join(heads, "\n")
	return d, nil
}

// quoteHash is the 64-bit hash a compared quote is kept by.
func quoteHash(q string) int64 {
	h := fnv.New64a()
	h.Write([]byte(q))
	return int64(h.Sum64())
}

// quoteHashes are the hashes of a document's long quotes.
func quoteHashes(facts []dossier.Fact) map[int64]bool {
	out := map[int64]bool{}
	for _, f := range facts {
		if q, ok := reconcile.VoiceQuote(f.Quote); ok {
			out[quoteHash(q)] = true
		}
	}
	return out
}

// ---- Incremental reconciliation ----

// update reconciles again what a change of the facts of docs, and of the
// decisions on projects, touches.
func (r *recon) update(docs, projects []string) error {
	regroup := map[string]bool{}
	// Projects whose documents' voices merged or split: their grouping
	// stands, they are reconciled again one at a time.
	voiced := map[string]bool{}
	for _, d := range docs {
		affected, err := r.updateVoices(d)
		if err != nil {
			return err
		}
		for p := range affected {
			voiced[p] = true
		}
		ps, err := r.strings(`SELECT project FROM document_projects WHERE document_id = ?`, d)
		if err != nil {
			return err
		}
		for _, p := range ps {
			regroup[p] = true
		}
	}
	for _, p := range projects {
		if ok, err := r.projectExists(p); err != nil {
			return err
		} else if ok {
			regroup[p] = true
		}
	}
	// The keys and links the documents' facts name now: the projects
	// that hold them are regrouped with them.
	seedKeys := map[string]bool{}
	links := map[string]bool{}
	for _, d := range docs {
		fs, err := r.docFacts(d)
		if err != nil {
			return err
		}
		for _, f := range fs {
			for _, l := range reconcile.Links(f) {
				seedKeys[l.Key] = true
				links[l.Token] = true
			}
		}
	}
	for k := range seedKeys {
		ps, err := r.strings(`SELECT project FROM project_keys WHERE key = ?`, k)
		if err != nil {
			return err
		}
		for _, p := range ps {
			regroup[p] = true
		}
	}
	for t := range links {
		ps, err := r.strings(`SELECT DISTINCT k.project FROM project_links t JOIN project_keys k ON k.key = t.key WHERE t.link = ?`, t)
		if err != nil {
			return err
		}
		for _, p := range ps {
			regroup[p] = true
		}
	}
	return r.regroup(regroup, seedKeys, docs, voiced)
}

func (r *recon) projectExists(id string) (bool, error) {
	var n int
	err := r.queryRow(`SELECT count(*) FROM projects WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}

// oldProject is what a project being regrouped was before.
type oldProject struct {
	ownPred, ownSucc sql.NullString
	docs             map[string]bool
}

// regroup groups again the keys of the projects in old and the seed keys,
// with the facts of their documents and of docs, and writes the groups'
// records; the projects in voiced, if not regrouped, are reconciled again
// as they are grouped.
func (r *recon) regroup(old map[string]bool, seedKeys map[string]bool, docs []string, voiced map[string]bool) error {
	var groups []*reconcile.Group
	var keys map[string]bool
	known := map[string]reconcile.Known{}
	for {
		keys = map[string]bool{}
		for k := range seedKeys {
			keys[k] = true
		}
		docSet := map[string]bool{}
		for _, d := range docs {
			docSet[d] = true
		}
		for p := range old {
			ks, err := r.strings(`SELECT key FROM project_keys WHERE project = ?`, p)
			if err != nil {
				return err
			}
			for _, k := range ks {
				keys[k] = true
			}
			ds, err := r.strings(`SELECT document_id FROM document_projects WHERE project = ?`, p)
			if err != nil {
				return err
			}
			for _, d := range ds {
				docSet[d] = true
			}
		}
		facts, err := r.factsOf(sortedSet(docSet), keys)
		if err != nil {
			return err
		}
		groups = reconcile.GroupFacts(facts)
		// A group that would take the id of a project not being
		// regrouped (a name that once was that project's) is regrouped
		// with it, so the two settle the id as grouping everything would.
		more := false
		for _, g := range groups {
			for _, k := range g.Keys {
				kn, ok := known[k]
				if !ok {
					err := r.queryRow(`SELECT slug, assigned_at FROM project_ids WHERE key = ?`, k).Scan(&kn.ID, &kn.Given)
					if errors.Is(err, sql.ErrNoRows) {
						continue
					}
					if err != nil {
						return err
					}
					known[k] = kn
				}
				s := kn.ID
				if old[s] {
					continue
				}
				exists, err := r.projectExists(s)
				if err != nil {
					return err
				}
				if exists {
					old[s] = true
					more = true
				}
			}
		}
		if !more {
			break
		}
	}
	ids := reconcile.AssignIDs(groups, func(k string) (reconcile.Known, bool) {
		kn, ok := known[k]
		return kn, ok
	}, r.idTaken)
	if err := r.writeIDs(ids); err != nil {
		return err
	}

	// What the old projects were: their relations, documents and keys.
	// Rows that stay as they were are not written again: a project that
	// gains one document gains one row of document_projects.
	was := map[string]oldProject{}
	keyWas := map[string]string{}
	for p := range old {
		o := oldProject{docs: map[string]bool{}}
		err := r.queryRow(`SELECT own_predecessor, own_successor FROM projects WHERE id = ?`, p).Scan(&o.ownPred, &o.ownSucc)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		ds, err := r.strings(`SELECT document_id FROM document_projects WHERE project = ?`, p)
		if err != nil {
			return err
		}
		for _, d := range ds {
			o.docs[d] = true
		}
		ks, err := r.strings(`SELECT key FROM project_keys WHERE project = ?`, p)
		if err != nil {
			return err
		}
		for _, k := range ks {
			keyWas[k] = p
		}
		was[p] = o
	}
	keyIs := map[string]*reconcile.Group{}
	isNow := map[string]bool{}
	for _, g := range groups {
		isNow[g.ID] = true
		for _, k := range g.Keys {
			keyIs[k] = g
		}
	}
	for _, p := range sortedSet(old) {
		if !isNow[p] {
			if err := r.deleteProject(p); err != nil {
				return err
			}
		}
	}
	for _, k := range sortedSet(keys) {
		if keyIs[k] == nil && keyWas[k] != "" {
			if _, err := r.exec(`DELETE FROM project_keys WHERE key = ?`, k); err != nil {
				return err
			}
		}
	}
	for _, g := range groups {
		if _, err := r.exec(`DELETE FROM project_merges WHERE old = ?`, g.ID); err != nil {
			return err
		}
		for _, k := range g.Keys {
			if keyWas[k] == g.ID {
				continue
			}
			if _, err := r.exec(`INSERT OR REPLACE INTO project_keys (key, loose, project) VALUES (?, ?, ?)`,
				k, reconcile.LooseKey(k), g.ID); err != nil {
				return fmt.Errorf("project %s: key %q: %w", g.ID, k, err)
			}
		}
	}
	if err := r.updateLinks(keys, groups); err != nil {
		return err
	}
	built := map[string]bool{}
	for _, g := range groups {
		var docsWere map[string]bool
		if o, ok := was[g.ID]; ok {
			docsWere = o.docs
		}
		if err := r.build(g, docsWere); err != nil {
			return err
		}
		built[g.ID] = true
	}

	// Projects whose predecessor or successor names a key that changed
	// project: their relations may resolve otherwise now.
	changed := map[string]bool{}
	for k := range keys {
		changed[k] = true
		changed[reconcile.LooseKey(k)] = true
	}
	for _, g := range groups {
		for _, k := range g.Keys {
			changed[k] = true
			changed[reconcile.LooseKey(k)] = true
		}
	}
	again := map[string]bool{}
	for p := range voiced {
		if built[p] {
			continue
		}
		if ok, err := r.projectExists(p); err != nil {
			return err
		} else if ok {
			again[p] = true
		}
	}
	for k := range changed {
		ps, err := r.strings(`SELECT project FROM project_refs WHERE key = ?`, k)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if !built[p] {
				again[p] = true
			}
		}
	}
	for _, p := range sortedSet(again) {
		var o oldProject
		if err := r.queryRow(`SELECT own_predecessor, own_successor FROM projects WHERE id = ?`, p).Scan(&o.ownPred, &o.ownSucc); err != nil {
			return err
		}
		was[p] = o
		if err := r.buildAgain(p); err != nil {
			return err
		}
		built[p] = true
	}

	// The relations other projects imply, for every project whose own
	// relations or whose relatives changed.
	touched := map[string]bool{}
	for p, o := range was {
		touched[p] = true
		for _, t := range []sql.NullString{o.ownPred, o.ownSucc} {
			if t.Valid {
				touched[t.String] = true
			}
		}
	}
	for p := range built {
		touched[p] = true
		var pred, succ sql.NullString
		if err := r.queryRow(`SELECT own_predecessor, own_successor FROM projects WHERE id = ?`, p).Scan(&pred, &succ); err != nil {
			return err
		}
		for _, t := range []sql.NullString{pred, succ} {
			if t.Valid {
				touched[t.String] = true
			}
		}
	}
	for _, p := range sortedSet(touched) {
		if err := r.inferRelations(p); err != nil {
			return err
		}
	}
	return nil
}

// factsOf returns the facts of docs (in document order) whose project's
// name key is one of keys.
func (r *recon) factsOf(docs []string, keys map[string]bool) ([]dossier.Fact, error) {
	var out []dossier.Fact
	for _, d := range docs {
		fs, err := r.docFacts(d)
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			if k := r.key(f.Project); k != "" && keys[k] {
				out = append(out, f)
			}
		}
	}
	return out, nil
}

func (r *recon) idTaken(id string) bool {
	var n int
	err := r.queryRow(`SELECT count(*) FROM (SELECT 1 FROM project_ids WHERE slug = ? LIMIT 1)`, id).Scan(&n)
	// A failed look-up counts as taken: a new id is never given twice.
	return err != nil || n > 0
}

// writeIDs records the ids AssignIDs gave.
func (r *recon) writeIDs(ids reconcile.IDs) error {
	for _, k := range sortedKeys(ids.Fresh) {
		if _, err := r.exec(`INSERT OR IGNORE INTO project_ids (key, slug, assigned_at) VALUES (?, ?, ?)`, k, ids.Fresh[k], r.now); err != nil {
			return fmt.Errorf("assign project id: %w", err)
		}
	}
	for _, k := range sortedKeys(ids.Repoint) {
		if _, err := r.exec(`UPDATE project_ids SET slug = ?, assigned_at = ? WHERE key = ?`, ids.Repoint[k], r.now, k); err != nil {
			return fmt.Errorf("assign project id: %w", err)
		}
	}
	for _, old := range sortedKeys(ids.Merged) {
		if _, err := r.exec(`INSERT INTO project_merges (old, into_id, merged_at) VALUES (?, ?, ?)
			ON CONFLICT (old) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at
			WHERE project_merges.into_id <> excluded.into_id`, old, ids.Merged[old], r.now); err != nil {
			return fmt.Errorf("record merge: %w", err)
		}
	}
	return nil
}

func (r *recon) deleteProject(id string) error {
	for _, q := range []string{
		`DELETE FROM projects WHERE id = ?`,
		`DELETE FROM project_keys WHERE project = ?`,
		`DELETE FROM document_projects WHERE project = ?`,
		`DELETE FROM project_refs WHERE project = ?`,
	} {
		if _, err := r.exec(q, id); err != nil {
			return fmt.Errorf("forget project %s: %w", id, err)
		}
	}
	return nil
}

// build reconciles a group and writes its record, with its own relations
// as its relations until inferRelations adds the implied ones. docsWere
// are the documents the project with its id had, if any.
func (r *recon) build(g *reconcile.Group, docsWere map[string]bool) error {
	env := reconcile.Env{Docs: map[string]*reconcile.Doc{}, Voices: map[string]string{}, Resolve: r.resolve}
	for _, f := range g.Facts {
		if _, ok := env.Docs[f.Document]; ok {
			continue
		}
		d, err := r.doc(f.Document)
		if err != nil {
			return err
		}
		if d != nil {
			env.Docs[f.Document] = d
		}
		var voice int64
		err = r.queryRow(`SELECT voice FROM voice_docs WHERE document_id = ?`, f.Document).Scan(&voice)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			// Not written since the records were made: alone in its voice.
			env.Voices[f.Document] = "doc:" + f.Document
		case err != nil:
			return err
		default:
			env.Voices[f.Document] = strconv.FormatInt(voice, 10)
		}
	}
	ds, err := decisionsOf(r.ctx, r.tx, g.ID)
	if err != nil {
		return err
	}
	env.Decisions = ds
	p := reconcile.Build(g, env)
	return r.writeRecord(g, &p, docsWere)
}

// buildAgain reconciles the project id again with the same grouping.
func (r *recon) buildAgain(id string) error {
	ks, err := r.strings(`SELECT key FROM project_keys WHERE project = ?`, id)
	if err != nil {
		return err
	}
	keys := map[string]bool{}
	for _, k := range ks {
		keys[k] = true
	}
	ds, err := r.strings(`SELECT document_id FROM document_projects WHERE project = ? ORDER BY document_id`, id)
	if err != nil {
		return err
	}
	docsWere := map[string]bool{}
	for _, d := range ds {
		docsWere[d] = true
	}
	facts, err := r.factsOf(ds, keys)
	if err != nil {
		return err
	}
	groups := reconcile.GroupFacts(facts)
	if len(groups) != 1 {
		return fmt.Errorf("project %s: its facts make %d groups, want 1", id, len(groups))
	}
	groups[0].ID = id
	return r.build(groups[0], docsWere)
}

// updateLinks writes the links of keys and of the groups' keys as the
// groups' facts give them, where they changed.
func (r *recon) updateLinks(keys map[string]bool, groups []*reconcile.Group) error {
	now := map[reconcile.Link]bool{}
	for _, g := range groups {
		for _, f := range g.Facts {
			for _, l := range reconcile.Links(f) {
				now[l] = true
			}
		}
	}
	all := map[string]bool{}
	for k := range keys {
		all[k] = true
	}
	for l := range now {
		all[l.Key] = true
	}
	for _, k := range sortedSet(all) {
		was, err := r.strings(`SELECT link FROM project_links WHERE key = ?`, k)
		if err != nil {
			return err
		}
		for _, t := range was {
			l := reconcile.Link{Key: k, Token: t}
			if now[l] {
				delete(now, l)
				continue
			}
			if _, err := r.exec(`DELETE FROM project_links WHERE link = ? AND key = ?`, t, k); err != nil {
				return err
			}
		}
	}
	added := make([]reconcile.Link, 0, len(now))
	for l := range now {
		added = append(added, l)
	}
	sort.Slice(added, func(i, j int) bool {
		return added[i].Key < added[j].Key || added[i].Key == added[j].Key && added[i].Token < added[j].Token
	})
	for _, l := range added {
		if _, err := r.exec(`INSERT OR IGNORE INTO project_links (link, key) VALUES (?, ?)`, l.Token, l.Key); err != nil {
			return err
		}
	}
	return nil
}

// resolve gives the id of the project a name key names, as
// reconcile.Env.Resolve says: of the projects that have the key, or a key
// whose loose key it is, the one whose first key is last; else the id the
// key was given.
func (r *recon) resolve(key string) (string, bool) {
	rows, err := r.query(`SELECT DISTINCT project FROM project_keys WHERE key = ?1 OR loose = ?1`, key)
	if err != nil {
		return "", false
	}
	var ps []string
	for rows.Next() {
		var p string
		if rows.Scan(&p) == nil {
			ps = append(ps, p)
		}
	}
	rows.Close()
	best, bestFirst := "", ""
	for _, p := range ps {
		var first string
		if err := r.queryRow(`SELECT min(key) FROM project_keys WHERE project = ?`, p).Scan(&first); err != nil {
			continue
		}
		if best == "" || first > bestFirst {
			best, bestFirst = p, first
		}
	}
	if best != "" {
		return best, true
	}
	var slug string
	if err := r.queryRow(`SELECT slug FROM project_ids WHERE key = ?`, key).Scan(&slug); err != nil {
		return "", false
	}
	return slug, true
}

// writeRecord stores a project's record and what it is made of; docsWere
// are the documents its id had, whose rows are kept as they are.
func (r *recon) writeRecord(g *reconcile.Group, p *dossier.Project, docsWere map[string]bool) error {
	rec, err := encodeRecord(p)
	if err != nil {
		return err
	}
	sum, err := encodeSummary(p)
	if err != nil {
		return err
	}
	_, err = r.exec(`INSERT OR REPLACE INTO projects (id, title, first_key, own_predecessor, own_successor,
		predecessor, successor, documents, open_reviews, summary, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.ID, p.Title, g.Keys[0], p.Predecessor, p.Successor, p.Predecessor, p.Successor,
		len(p.Documents), p.OpenReviews(), string(sum), rec)
	if err != nil {
		return fmt.Errorf("write project %s: %w", p.ID, err)
	}
	has := map[string]bool{}
	for _, d := range p.Documents {
		has[d] = true
		if docsWere[d] {
			continue
		}
		if _, err := r.exec(`INSERT INTO document_projects (document_id, project) VALUES (?, ?)`, d, p.ID); err != nil {
			return fmt.Errorf("write project %s: %w", p.ID, err)
		}
	}
	for _, d := range sortedSet(docsWere) {
		if !has[d] {
			if _, err := r.exec(`DELETE FROM document_projects WHERE document_id = ? AND project = ?`, d, p.ID); err != nil {
				return fmt.Errorf("write project %s: %w", p.ID, err)
			}
		}
	}
	if _, err := r.exec(`DELETE FROM project_refs WHERE project = ?`, p.ID); err != nil {
		return fmt.Errorf("write project %s: %w", p.ID, err)
	}
	for _, k := range reconcile.RelationKeys(*p) {
		if _, err := r.exec(`INSERT OR IGNORE INTO project_refs (key, project) VALUES (?, ?)`, k, p.ID); err != nil {
			return fmt.Errorf("write project %s: %w", p.ID, err)
		}
	}
	r.built++
	return nil
}

// inferRelations sets project id's relations: its own, else those other
// projects imply, as reconcile.InferRelations does over all projects in
// the order of their ids: its successor is the first project whose own
// predecessor it is, its predecessor the first whose own successor it is.
func (r *recon) inferRelations(id string) error {
	var pred, succ sql.NullString
	err := r.queryRow(`SELECT own_predecessor, own_successor FROM projects WHERE id = ?`, id).Scan(&pred, &succ)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if !pred.Valid {
		if err := r.queryRow(`SELECT min(id) FROM projects WHERE own_successor = ?`, id).Scan(&pred); err != nil {
			return err
		}
	}
	if !succ.Valid {
		if err := r.queryRow(`SELECT min(id) FROM projects WHERE own_predecessor = ?`, id).Scan(&succ); err != nil {
			return err
		}
	}
	_, err = r.exec(`UPDATE projects SET predecessor = ?, successor = ? WHERE id = ?`, pred, succ, id)
	return err
}

// decisionsOf reads the decisions on a project, oldest first.
func decisionsOf(ctx context.Context, q querier, project string) ([]dossier.Decision, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, project, field, value_kind, value, reviewer, note, time FROM decisions
		WHERE project = ? ORDER BY id`, project)
	if err != nil {
		return nil, fmt.Errorf("read decisions: %w", err)
	}
	defer rows.Close()
	var out []dossier.Decision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

func scanDecision(rows *sql.Rows) (dossier.Decision, error) {
	var d dossier.Decision
	var kind, value, t string
	if err := rows.Scan(&d.ID, &d.Project, &d.Field, &kind, &value, &d.Reviewer, &d.Note, &t); err != nil {
		return d, err
	}
	if err := decodeDecisionValue(&d, kind, value); err != nil {
		return d, fmt.Errorf("decision %d: %w", d.ID, err)
	}
	var err error
	if d.Time, err = parseTime(t); err != nil {
		return d, err
	}
	return d, nil
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
