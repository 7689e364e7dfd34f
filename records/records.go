// Package records reads the reconciled records the store keeps (the store
// reconciles, with package reconcile's rules, in the transaction of every
// write that changes a project), for the commands and pages that show
// them. A View reads only what it is asked for: one project's record, the
// list of projects, the projects of some documents.
//
// A store whose records were made by another version of the rules (a
// store from before records were kept, or from an older dossier) has its
// records made again by its next write, or by dossier reconcile --all;
// until then a View reconciles in memory, as every read did before, and
// says so (Stale). Reading never writes.
package records

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
	"github.com/dossier-dev/dossier/store"
)

// Set is the reconciled state of a whole store, in memory.
type Set struct {
	reconcile.Result
	Documents []reconcile.Doc
	Decisions []dossier.Decision
}

// headBlocks is how many of a document's first blocks tell whose it is.
const headBlocks = 6

// Load reconciles the store's contents in memory, as the store does when
// it rebuilds its records, and writes nothing: ids not given yet are
// worked out as a write would give them, and not kept.
func Load(ctx context.Context, st *store.Store) (*Set, error) {
	infos, err := st.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		return nil, err
	}
	heads, err := st.Heads(ctx, headBlocks)
	if err != nil {
		return nil, err
	}
	var docs []reconcile.Doc
	for _, info := range infos {
		if info.State != store.StateIngested {
			continue
		}
		d := dossier.Document{ID: info.ID, Kind: info.Kind, Title: info.Title, AsOf: info.AsOf, AsOfQuote: info.AsOfQuote, FiguresAsOf: info.FiguresAsOf,
			Pages: info.Pages, Size: info.Size, IngestedAt: info.IngestedAt}
		if len(info.Sources) > 0 {
			d.Source = info.Sources[0]
		}
		docs = append(docs, reconcile.Doc{Document: d, Head: d.Title + "\n" + heads[info.ID]})
	}
	facts, err := st.Facts(ctx, store.FactFilter{})
	if err != nil {
		return nil, err
	}
	slugs, given, err := st.ProjectSlugs(ctx)
	if err != nil {
		return nil, err
	}
	decisions, err := st.Decisions(ctx, "")
	if err != nil {
		return nil, err
	}
	res := reconcile.Reconcile(reconcile.Input{Documents: docs, Facts: facts, Slugs: slugs, Given: given, Decisions: decisions})
	return &Set{Result: res, Documents: docs, Decisions: decisions}, nil
}

// ErrNoProject names a project id the store does not know.
type ErrNoProject struct {
	ID string
	// Known are some ids it does know, in order; More says there are
	// others.
	Known []string
	More  bool
}

func (e ErrNoProject) Error() string {
	known := strings.Join(e.Known, ", ")
	if e.More {
		known += ", …; dossier projects lists them"
	}
	return fmt.Sprintf("no project %q (projects: %s)", e.ID, known)
}

// suggest is how many known ids an ErrNoProject names.
const suggest = 20

// Project returns the reconciled project with id.
func (s *Set) Project(id string) (*dossier.Project, error) {
	for i := range s.Projects {
		if s.Projects[i].ID == id {
			return &s.Projects[i], nil
		}
	}
	e := ErrNoProject{ID: id}
	for i := range s.Projects {
		if len(e.Known) == suggest {
			e.More = true
			break
		}
		e.Known = append(e.Known, s.Projects[i].ID)
	}
	return nil, e
}

// Record gathers what a report of project id needs: the project, the
// documents its values cite, its predecessor and successor, and its
// decisions.
func (s *Set) Record(id string) (dossier.Record, error) {
	p, err := s.Project(id)
	if err != nil {
		return dossier.Record{}, err
	}
	rec := dossier.Record{Project: *p}
	cited := citedDocuments(p)
	for _, d := range s.Documents {
		if cited[d.ID] {
			rec.Documents = append(rec.Documents, d.Document)
		}
	}
	sort.Slice(rec.Documents, func(i, j int) bool { return rec.Documents[i].ID < rec.Documents[j].ID })
	for _, rel := range []*string{p.Predecessor, p.Successor} {
		if rel == nil {
			continue
		}
		if q, err := s.Project(*rel); err == nil {
			rec.Related = append(rec.Related, *q)
		}
	}
	for _, d := range s.Decisions {
		if d.Project == id {
			rec.History = append(rec.History, d)
		}
	}
	return rec, nil
}

// citedDocuments are the documents a project is made of and those its
// values cite.
func citedDocuments(p *dossier.Project) map[string]bool {
	cited := map[string]bool{}
	for _, d := range p.Documents {
		cited[d] = true
	}
	for _, f := range p.Fields {
		for _, c := range f.Candidates {
			for _, src := range c.Sources {
				cited[src.Document] = true
			}
		}
	}
	return cited
}

// View reads the reconciled records of a store.
type View struct {
	st *store.Store
	// mem is set when the store's records are not current: the store
	// reconciled in memory.
	mem *Set
}

// Open returns a View of st's records; when they are not current (Stale),
// the View reconciles the whole store in memory instead.
func Open(ctx context.Context, st *store.Store) (*View, error) {
	ok, err := st.RecordsCurrent(ctx)
	if err != nil {
		return nil, err
	}
	if ok {
		return &View{st: st}, nil
	}
	set, err := Load(ctx, st)
	if err != nil {
		return nil, err
	}
	return &View{st: st, mem: set}, nil
}

// Stale reports whether the store's records were made by another version
// of the rules (or never), so this View reconciled in memory; dossier
// reconcile --all, or any write, makes them current.
func (v *View) Stale() bool { return v.mem != nil }

// EachProject calls fn with every project filter selects, in id order.
func (v *View) EachProject(ctx context.Context, filter store.ProjectFilter, fn func(store.ProjectSummary) error) error {
	if v.mem == nil {
		return v.st.EachProject(ctx, filter, fn)
	}
	for i := range v.mem.Projects {
		p := &v.mem.Projects[i]
		if filter.NeedsReview && p.OpenReviews() == 0 {
			continue
		}
		sum := store.ProjectSummary{ID: p.ID, Title: p.Title, Documents: len(p.Documents), OpenReviews: p.OpenReviews(),
			Fields: map[string]dossier.Field{}}
		for _, name := range []string{dossier.FieldStart, dossier.FieldEnd, dossier.FieldStatus} {
			if f, ok := p.Fields[name]; ok {
				f.Candidates, f.Decision = nil, nil
				sum.Fields[name] = f
			}
		}
		if err := fn(sum); err != nil {
			return err
		}
	}
	return nil
}

// Resolve returns the id of the project id names: itself, or the project
// it was merged into (merged true).
func (v *View) Resolve(ctx context.Context, id string) (current string, merged bool, err error) {
	if v.mem != nil {
		if _, err := v.mem.Project(id); err != nil {
			return "", false, err
		}
		return id, false, nil
	}
	current, merged, err = v.st.ResolveProject(ctx, id)
	if errors.Is(err, store.ErrNoProject) {
		return "", false, v.noProject(ctx, id)
	}
	return current, merged, err
}

func (v *View) noProject(ctx context.Context, id string) error {
	known, err := v.st.SomeProjectIDs(ctx, suggest+1)
	if err != nil {
		return err
	}
	e := ErrNoProject{ID: id, Known: known}
	if len(known) > suggest {
		e.Known, e.More = known[:suggest], true
	}
	return e
}

// Project returns the reconciled project id names: an id from before a
// merge gives the project it was merged into.
func (v *View) Project(ctx context.Context, id string) (*dossier.Project, error) {
	if v.mem != nil {
		return v.mem.Project(id)
	}
	cur, _, err := v.Resolve(ctx, id)
	if err != nil {
		return nil, err
	}
	return v.st.Project(ctx, cur)
}

// Record gathers what a report of project id needs (see Set.Record), with
// each document's metadata.
func (v *View) Record(ctx context.Context, id string) (dossier.Record, error) {
	if v.mem != nil {
		rec, err := v.mem.Record(id)
		if err != nil {
			return rec, err
		}
		return rec, v.addMeta(ctx, &rec)
	}
	p, err := v.Project(ctx, id)
	if err != nil {
		return dossier.Record{}, err
	}
	rec := dossier.Record{Project: *p}
	cited := citedDocuments(p)
	ids := make([]string, 0, len(cited))
	for d := range cited {
		ids = append(ids, d)
	}
	sort.Strings(ids)
	docs, err := v.st.DocumentHeads(ctx, ids)
	if err != nil {
		return rec, err
	}
	for _, d := range ids {
		if doc, ok := docs[d]; ok && doc.Error == "" {
			rec.Documents = append(rec.Documents, doc)
		}
	}
	for _, rel := range []*string{p.Predecessor, p.Successor} {
		if rel == nil {
			continue
		}
		q, err := v.st.Project(ctx, *rel)
		if errors.Is(err, store.ErrNoProject) {
			continue
		}
		if err != nil {
			return rec, err
		}
		rec.Related = append(rec.Related, *q)
	}
	rec.History, err = v.st.Decisions(ctx, p.ID)
	return rec, err
}

// addMeta gives a record's documents their metadata.
func (v *View) addMeta(ctx context.Context, rec *dossier.Record) error {
	ids := make([]string, len(rec.Documents))
	for i, d := range rec.Documents {
		ids[i] = d.ID
	}
	docs, err := v.st.DocumentHeads(ctx, ids)
	if err != nil {
		return err
	}
	for i := range rec.Documents {
		rec.Documents[i].Meta = docs[rec.Documents[i].ID].Meta
	}
	return nil
}

// Peers are the records of the other projects that a document of rec
// describes, in the order of their ids: a report shows what they share.
func (v *View) Peers(ctx context.Context, rec dossier.Record) ([]dossier.Record, error) {
	byDoc, err := v.DocProjects(ctx, rec.Project.Documents)
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, ps := range byDoc {
		for _, id := range ps {
			if id != rec.Project.ID {
				ids[id] = true
			}
		}
	}
	sorted := make([]string, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	sort.Strings(sorted)
	var out []dossier.Record
	for _, id := range sorted {
		peer, err := v.Record(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, peer)
	}
	return out, nil
}

// DocProjects returns the ids of the projects each document describes,
// for the documents asked (every document, for nil).
func (v *View) DocProjects(ctx context.Context, ids []string) (map[string][]string, error) {
	if v.mem == nil {
		return v.st.DocumentProjects(ctx, ids)
	}
	if ids == nil {
		return v.mem.DocProjects, nil
	}
	out := map[string][]string{}
	for _, id := range ids {
		if ps, ok := v.mem.DocProjects[id]; ok {
			out[id] = ps
		}
	}
	return out, nil
}

// Documents returns the documents asked for, without their blocks.
func (v *View) Documents(ctx context.Context, ids []string) (map[string]dossier.Document, error) {
	return v.st.DocumentHeads(ctx, ids)
}

// Decisions returns the decisions on project id, oldest first.
func (v *View) Decisions(ctx context.Context, id string) ([]dossier.Decision, error) {
	return v.st.Decisions(ctx, id)
}

// Export reads every document, then every project's record, in id order
// (see store.Export).
func (v *View) Export(ctx context.Context, docFn func(store.ExportDocument) error, projectFn func(*dossier.Project) error) error {
	if v.mem == nil {
		return v.st.Export(ctx, docFn, projectFn)
	}
	infos, err := v.st.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		return err
	}
	for _, d := range infos {
		e := store.ExportDocument{ID: d.ID, Kind: d.Kind, Title: d.Title, AsOf: d.AsOf, FiguresAsOf: d.FiguresAsOf, Error: d.Error, Projects: v.mem.DocProjects[d.ID]}
		if len(d.Sources) > 0 {
			e.Source = d.Sources[0]
		}
		if e.Projects == nil {
			e.Projects = []string{}
		}
		if err := docFn(e); err != nil {
			return err
		}
	}
	for i := range v.mem.Projects {
		if err := projectFn(&v.mem.Projects[i]); err != nil {
			return err
		}
	}
	return nil
}

// Set returns every record in memory, for what needs them all at once
// (an IATI file, a report of every project).
func (v *View) Set(ctx context.Context) (*Set, error) {
	if v.mem != nil {
		return v.mem, nil
	}
	set := &Set{Result: reconcile.Result{DocProjects: map[string][]string{}}}
	err := v.st.EachProjectRecord(ctx, func(p *dossier.Project) error {
		set.Projects = append(set.Projects, *p)
		for _, d := range p.Documents {
			set.DocProjects[d] = append(set.DocProjects[d], p.ID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for d := range set.DocProjects {
		sort.Strings(set.DocProjects[d])
	}
	infos, err := v.st.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		return nil, err
	}
	heads, err := v.st.Heads(ctx, headBlocks)
	if err != nil {
		return nil, err
	}
	for _, info := range infos {
		if info.State != store.StateIngested {
			continue
		}
		d := dossier.Document{ID: info.ID, Kind: info.Kind, Title: info.Title, AsOf: info.AsOf, AsOfQuote: info.AsOfQuote, FiguresAsOf: info.FiguresAsOf,
			Pages: info.Pages, Size: info.Size, IngestedAt: info.IngestedAt}
		if len(info.Sources) > 0 {
			d.Source = info.Sources[0]
		}
		set.Documents = append(set.Documents, reconcile.Doc{Document: d, Head: d.Title + "\n" + heads[info.ID]})
	}
	if set.Decisions, err = v.st.Decisions(ctx, ""); err != nil {
		return nil, err
	}
	return set, nil
}
