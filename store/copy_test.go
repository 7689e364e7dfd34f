package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/internal/testtool"
)

// TestCopy_SQLiteToPostgresAndBack: a store copied to PostgreSQL, and
// that copy back to a new SQLite file, keeps every document, fact,
// decision and record; a write after the copy reconciles as it would
// have in the original; and a store that holds documents is refused.
func TestCopy_SQLiteToPostgresAndBack(t *testing.T) {
	if onPostgres() {
		t.Skip("copies between the two backends itself")
	}
	ctx := context.Background()
	from, _ := openTestStore(t)
	summary, summaryFacts := summary2019()
	mustPut(t, from, summary, summaryFacts)
	if err := from.PutFailure(ctx, &dossier.Document{ID: idOf("broken"), Source: "broken.pdf", Kind: dossier.KindPDF, Error: "malformed PDF"}); err != nil {
		t.Fatal(err)
	}
	_, projects := exportOf(t, from)
	if len(projects) == 0 {
		t.Fatal("no project to copy")
	}
	d := &dossier.Decision{Project: projects[0].ID, Field: dossier.FieldEnd, Reviewer: "Ana", Note: "checked",
		Value: dossier.TextValue("2021-12-31")}
	if err := from.PutDecision(ctx, d); err != nil {
		t.Fatal(err)
	}

	pg, err := Open(ctx, testtool.Postgres(t), WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	stats, err := Copy(ctx, from, pg)
	if err != nil {
		t.Fatal(err)
	}
	if stats["documents"] != 2 || stats["facts"] != len(summaryFacts) || stats["decisions"] != 1 {
		t.Errorf("copied %v, want 2 documents, %d facts, 1 decision", stats, len(summaryFacts))
	}
	back, err := Open(ctx, filepath.Join(t.TempDir(), "back.db"), WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if _, err := Copy(ctx, pg, back); err != nil {
		t.Fatal(err)
	}

	news, newsFacts := newsCanada2020()
	for _, s := range []*Store{from, pg, back} {
		mustPut(t, s, news, newsFacts)
	}
	wantDocs, wantProjects := exportOf(t, from)
	wantFacts, err := from.Facts(ctx, FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wantDecisions, err := from.Decisions(ctx, projects[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*Store{"postgres": pg, "back in sqlite": back} {
		gotDocs, gotProjects := exportOf(t, s)
		if diff := cmp.Diff(wantDocs, gotDocs); diff != "" {
			t.Errorf("%s: documents (-original +copy):\n%s", name, diff)
		}
		if diff := cmp.Diff(wantProjects, gotProjects); diff != "" {
			t.Errorf("%s: records (-original +copy):\n%s", name, diff)
		}
		facts, err := s.Facts(ctx, FactFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantFacts, facts); diff != "" {
			t.Errorf("%s: facts (-original +copy):\n%s", name, diff)
		}
		decisions, err := s.Decisions(ctx, projects[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantDecisions, decisions); diff != "" {
			t.Errorf("%s: decisions (-original +copy):\n%s", name, diff)
		}
	}
	if _, err := Copy(ctx, from, pg); err == nil {
		t.Error("a copy into a store that holds documents: no error")
	}
}
