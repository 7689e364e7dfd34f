package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/store"
)

// noProjectDir holds real documents that describe no project: a staff
// restaurant's menu (a web page, and the same printed to PDF by Chromium)
// and a job advert.
const noProjectDir = "testdata/no-project"

var noProjectFiles = []string{"job-advert-driver.html", "staff-restaurant-menu.html", "staff-restaurant-menu.pdf"}

// copyFile copies src to dst, with extra appended (a comment, so the copy is
// a document of its own).
func copyFile(t testing.TB, src, dst, extra string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, append(b, extra...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// noProjectSources lists the sources of the documents the store lists as
// no project found.
func noProjectSources(t testing.TB, st *store.Store) []string {
	t.Helper()
	infos, err := st.Documents(context.Background(), store.DocumentFilter{NoProject: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range infos {
		if d.State != store.StateIngested || !d.NoProject {
			t.Errorf("%v: state %s, no project %v; want ingested, no project", d.Sources, d.State, d.NoProject)
		}
		out = append(out, d.Sources...)
	}
	slices.Sort(out)
	return out
}

// TestRun_NoProjectDocumentsAreStoredAndCounted: pages and PDFs read fine
// that describe no project are stored (in worker processes, as dossier
// ingest runs), counted apart in the summary and marked in the store,
// next to documents that do describe one. Run again over the unchanged
// folder, they stay so and are counted again, whether the store's
// knowledge of the folder is read at once or file by file.
func TestRun_NoProjectDocumentsAreStoredAndCounted(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for _, f := range noProjectFiles {
		copyFile(t, filepath.Join(noProjectDir, f), filepath.Join(dir, f), "")
		want = append(want, filepath.Join(dir, f))
	}
	// Enough documents that a re-run reads what the store knows of the
	// folder in one query.
	for i := range 30 {
		name := filepath.Join(dir, fmt.Sprintf("advert-%02d.html", i))
		copyFile(t, filepath.Join(noProjectDir, "job-advert-driver.html"), name, fmt.Sprintf("\n<!-- copy %d -->\n", i))
		want = append(want, name)
	}
	slices.Sort(want)
	projectFiles := []string{"cybil-portal-octopus-project.html", "project-summary-cybercrime-octopus-2019.pdf"}
	for _, f := range projectFiles {
		copyFile(t, filepath.Join(fixtureDir, f), filepath.Join(dir, f), "")
	}

	st := openStore(t)
	items := ingest.Expand([]string{dir}, ingest.HTTPOptions{})
	sum, err := ingest.Run(context.Background(), st, items, ingest.Options{Workers: 2, Isolate: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Count(ingest.StateIngested) != len(items) || sum.NoProject() != len(want) {
		t.Fatalf("first run: %v, %d without a project; want all %d ingested, %d without a project",
			states(sum), sum.NoProject(), len(items), len(want))
	}
	for _, r := range sum.Results {
		isProject := slices.Contains(projectFiles, filepath.Base(r.Source))
		if r.NoProject == isProject {
			t.Errorf("%s: no project %v, want %v", r.Source, r.NoProject, !isProject)
		}
	}
	if diff := cmp.Diff(want, noProjectSources(t, st)); diff != "" {
		t.Errorf("stored as no project found (-want +got):\n%s", diff)
	}

	again, err := ingest.Run(context.Background(), st, ingest.Expand([]string{dir}, ingest.HTTPOptions{}), ingest.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if again.Count(ingest.StateUnchanged) != len(items) || again.Extracted != 0 || again.Writes != 0 || again.NoProject() != len(want) {
		t.Errorf("re-run over the folder: %v, %d extracted, %d writes, %d without a project; want all unchanged, nothing extracted or written, %d without a project",
			states(again), again.Extracted, again.Writes, again.NoProject(), len(want))
	}
	one, err := ingest.Run(context.Background(), st, ingest.Expand([]string{want[0], filepath.Join(dir, projectFiles[0])}, ingest.HTTPOptions{}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if one.Count(ingest.StateUnchanged) != 2 || !one.Results[0].NoProject || one.Results[1].NoProject || one.NoProject() != 1 {
		t.Errorf("re-run of two files: %+v; want both unchanged, the first alone without a project", one.Results)
	}
	if diff := cmp.Diff(want, noProjectSources(t, st)); diff != "" {
		t.Errorf("after re-runs, stored as no project found (-want +got):\n%s", diff)
	}
}

// TestRun_NewerReadingThatFindsAProjectClearsNoProject: a document an older
// dossier stored with no project found is read again by this one; when this
// reading finds its project the mark goes, and a page that still names none
// keeps it.
func TestRun_NewerReadingThatFindsAProjectClearsNoProject(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	portal := filepath.Join(dir, "cybil-portal-octopus-project.html")
	copyFile(t, filepath.Join(fixtureDir, "cybil-portal-octopus-project.html"), portal, "")
	menu := filepath.Join(dir, "staff-restaurant-menu.pdf")
	copyFile(t, filepath.Join(noProjectDir, "staff-restaurant-menu.pdf"), menu, "")

	st := openStore(t)
	// The portal entry as an older dossier stored it: read, no fact found.
	b, err := os.ReadFile(portal)
	if err != nil {
		t.Fatal(err)
	}
	older := &dossier.Document{ID: extract.ID(b), Source: portal, Kind: dossier.KindHTML,
		Title: "Octopus Project | Cybil", Size: int64(len(b)), Extractor: "extract/1 facts/1"}
	if _, err := st.PutDocument(ctx, older, nil); err != nil {
		t.Fatal(err)
	}
	// The menu as read by another version of the reading code.
	if _, err := ingest.Run(ctx, st, ingest.Expand([]string{menu}, ingest.HTTPOptions{}), ingest.Options{ExtractorVersion: "extract/1 facts/1"}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{portal, menu}, noProjectSources(t, st)); diff != "" {
		t.Fatalf("before the upgrade, no project found (-want +got):\n%s", diff)
	}

	sum, err := ingest.Run(ctx, st, ingest.Expand([]string{dir}, ingest.HTTPOptions{}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Extracted != 2 || sum.Count(ingest.StateIngested) != 2 || sum.NoProject() != 1 {
		t.Errorf("after the upgrade: %v, %d extracted, %d without a project; want both read again, the menu alone without a project",
			states(sum), sum.Extracted, sum.NoProject())
	}
	if diff := cmp.Diff([]string{menu}, noProjectSources(t, st)); diff != "" {
		t.Errorf("after the upgrade, no project found (-want +got):\n%s", diff)
	}
	facts, err := st.Facts(ctx, store.FactFilter{Document: older.ID})
	if err != nil || len(facts) == 0 || store.NoProject(facts) {
		t.Errorf("the portal entry read again: %d facts, %v; want facts about its project", len(facts), err)
	}
}

// TestRun_UnchangedPageKeepsNoProject: a page whose server says it has not
// changed is not downloaded again, and is still counted without a project.
func TestRun_UnchangedPageKeepsNoProject(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(noProjectDir, "job-advert-driver.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"vn-14-2026"`)
		if r.Header.Get("If-None-Match") == `"vn-14-2026"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(srv.Close)
	st := openStore(t)
	h := ingest.HTTPOptions{AllowPrivate: true}
	for i, want := range []string{ingest.StateIngested, ingest.StateUnchanged} {
		sum, err := ingest.Run(context.Background(), st, ingest.Expand([]string{srv.URL + "/jobs/vn-14-2026"}, h), ingest.Options{HTTP: h})
		if err != nil {
			t.Fatal(err)
		}
		if r := sum.Results[0]; r.State != want || !r.NoProject || sum.NoProject() != 1 || (i == 1 && sum.Extracted != 0) {
			t.Errorf("run %d: %+v, %d extracted; want %s without a project", i+1, r, sum.Extracted, want)
		}
	}
}
