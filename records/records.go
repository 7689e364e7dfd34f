// Package records reconciles what the store holds: it loads documents,
// facts, project ids and decisions, runs reconcile, and remembers the ids
// given to new projects so they never change.
package records

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
	"github.com/dossier-dev/dossier/store"
)

// Set is the reconciled state of a store.
type Set struct {
	reconcile.Result
	Documents []reconcile.Doc
	Decisions []dossier.Decision
}

// headBlocks is how many of a document's first blocks tell whose it is.
const headBlocks = 6

// Load reconciles the store's contents and records the ids of projects
// seen for the first time.
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
		d := dossier.Document{ID: info.ID, Kind: info.Kind, Title: info.Title, AsOf: info.AsOf, AsOfQuote: info.AsOfQuote,
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
	slugs, err := st.ProjectSlugs(ctx)
	if err != nil {
		return nil, err
	}
	decisions, err := st.Decisions(ctx, "")
	if err != nil {
		return nil, err
	}
	res := reconcile.Reconcile(reconcile.Input{Documents: docs, Facts: facts, Slugs: slugs, Decisions: decisions})
	if err := st.AssignSlugs(ctx, res.NewSlugs); err != nil {
		return nil, err
	}
	return &Set{Result: res, Documents: docs, Decisions: decisions}, nil
}

// ErrNoProject names a project id the store does not know.
type ErrNoProject struct {
	ID    string
	Known []string
}

func (e ErrNoProject) Error() string {
	return fmt.Sprintf("no project %q (projects: %s)", e.ID, strings.Join(e.Known, ", "))
}

// Project returns the reconciled project with id.
func (s *Set) Project(id string) (*dossier.Project, error) {
	var known []string
	for i := range s.Projects {
		if s.Projects[i].ID == id {
			return &s.Projects[i], nil
		}
		known = append(known, s.Projects[i].ID)
	}
	return nil, ErrNoProject{ID: id, Known: known}
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
