package store

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// exportOf is everything Export gives of s: its documents and its
// projects' records.
func exportOf(t *testing.T, s *Store) ([]ExportDocument, []*dossier.Project) {
	t.Helper()
	var docs []ExportDocument
	var projects []*dossier.Project
	err := s.Export(context.Background(), func(d ExportDocument) error {
		docs = append(docs, d)
		return nil
	}, func(p *dossier.Project) error {
		projects = append(projects, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, projects
}

// TestPutDocuments_SameAsOneByOne: documents stored in one batch give the
// store, records included, that storing them one by one gives; one whose
// writes fail inside SQLite (a trigger raises on its third fact) is rolled
// back alone, leaves no row, and says why, and the others are stored. The
// same bytes again are unchanged (Added false).
func TestPutDocuments_SameAsOneByOne(t *testing.T) {
	ctx := context.Background()
	summary, summaryFacts := summary2019()
	news, newsFacts := newsCanada2020()
	bad, badFacts := summary2019()
	bad.ID, bad.Source = idOf("a broken copy"), "broken.pdf"
	for i := range badFacts {
		badFacts[i].Document = bad.ID
	}

	one, _ := openTestStore(t)
	mustPut(t, one, summary, summaryFacts)
	mustPut(t, one, news, newsFacts)

	batch, _ := openTestStore(t)
	failInsert(t, batch, "facts", `NEW.document_id = '`+bad.ID+`' AND NEW.seq = 2`, "disk says no")
	res, err := batch.PutDocuments(ctx, []Put{{summary, summaryFacts}, {bad, badFacts}, {news, newsFacts}})
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].Added || res[0].Err != nil || !res[2].Added || res[2].Err != nil {
		t.Errorf("good documents: %+v, %+v; want added, no error", res[0], res[2])
	}
	if res[1].Added || res[1].Err == nil || !strings.Contains(res[1].Err.Error(), "disk says no") || !strings.Contains(res[1].Err.Error(), bad.ID) {
		t.Errorf("broken document: %+v; want the SQLite error naming it", res[1])
	}
	for _, tc := range []struct{ table, column string }{
		{"documents", "id"}, {"document_sources", "document_id"}, {"blocks", "document_id"}, {"facts", "document_id"},
	} {
		if n := countRows(t, batch, tc.table, tc.column, bad.ID); n != 0 {
			t.Errorf("%s: %d rows of the failed document remain, want 0", tc.table, n)
		}
	}
	wantDocs, wantProjects := exportOf(t, one)
	gotDocs, gotProjects := exportOf(t, batch)
	if diff := cmp.Diff(wantDocs, gotDocs); diff != "" {
		t.Errorf("documents (-one by one +batch):\n%s", diff)
	}
	if diff := cmp.Diff(wantProjects, gotProjects); diff != "" {
		t.Errorf("records (-one by one +batch):\n%s", diff)
	}
	if len(gotProjects) == 0 {
		t.Error("no project reconciled")
	}

	res, err = batch.PutDocuments(ctx, []Put{{summary, summaryFacts}, {news, newsFacts}})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Added || r.Err != nil {
			t.Errorf("the same bytes again, document %d: %+v; want unchanged", i, r)
		}
	}
}

// TestReplaceManyFacts_SameAsOneByOne: facts replaced for several
// documents in one transaction give the store, records included, that
// replacing them one by one gives.
func TestReplaceManyFacts_SameAsOneByOne(t *testing.T) {
	ctx := context.Background()
	summary, summaryFacts := summary2019()
	news, newsFacts := newsCanada2020()
	// First read with no project named, as a second look finds them.
	unnamed := func(fs []dossier.Fact) []dossier.Fact {
		out := append([]dossier.Fact(nil), fs...)
		for i := range out {
			out[i].Project = ""
		}
		return out
	}
	var stores []*Store
	for range 2 {
		s, _ := openTestStore(t)
		mustPut(t, s, summary, unnamed(summaryFacts))
		mustPut(t, s, news, unnamed(newsFacts))
		stores = append(stores, s)
	}
	one, many := stores[0], stores[1]
	for _, d := range []struct {
		id string
		fs []dossier.Fact
	}{{summary.ID, summaryFacts}, {news.ID, newsFacts}} {
		if err := one.ReplaceFacts(ctx, d.id, d.fs); err != nil {
			t.Fatal(err)
		}
	}
	if err := many.ReplaceManyFacts(ctx, []string{summary.ID, news.ID}, [][]dossier.Fact{summaryFacts, newsFacts}); err != nil {
		t.Fatal(err)
	}
	wantDocs, wantProjects := exportOf(t, one)
	gotDocs, gotProjects := exportOf(t, many)
	if diff := cmp.Diff(wantDocs, gotDocs); diff != "" {
		t.Errorf("documents (-one by one +together):\n%s", diff)
	}
	if diff := cmp.Diff(wantProjects, gotProjects); diff != "" {
		t.Errorf("records (-one by one +together):\n%s", diff)
	}
	if len(gotProjects) == 0 {
		t.Error("no project reconciled")
	}
}
