package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/store"
)

// noProjectPages are real documents that describe no project: a staff
// restaurant's menu as a web page and printed to PDF by Chromium, and a job
// advert.
var noProjectPages = []string{"job-advert-driver.html", "staff-restaurant-menu.html", "staff-restaurant-menu.pdf"}

const cybil = "cybil-portal-octopus-project.html"

// noProjectFolder copies the pages that describe no project and the Cybil
// portal entry of the Octopus Project into a fresh folder.
func noProjectFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, src := range []string{
		filepath.Join(repoRoot(t), "ingest/testdata/no-project", noProjectPages[0]),
		filepath.Join(repoRoot(t), "ingest/testdata/no-project", noProjectPages[1]),
		filepath.Join(repoRoot(t), "ingest/testdata/no-project", noProjectPages[2]),
		filepath.Join(repoRoot(t), "fixtures/docs", cybil),
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(src)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// documentStates runs `dossier documents` with args and returns, by file
// name, the STATE column of the table as a user reads it.
func documentStates(t *testing.T, db string, args ...string) map[string]string {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"documents", "--db", db}, args...)...)
	if code != exitOK {
		t.Fatalf("documents %v: exit %d: %s", args, code, stderr)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	from, to := strings.Index(lines[0], "STATE"), strings.Index(lines[0], "FACTS")
	if !strings.HasPrefix(lines[0], "ID") || from < 0 || to < from {
		t.Fatalf("documents %v: header %q", args, lines[0])
	}
	states := map[string]string{}
	for _, l := range lines[1:] {
		// The columns before STATE (id, kind, as-of date) are ASCII, so
		// the header's offsets hold for every row.
		row := []rune(l)
		fields := strings.Fields(l)
		states[filepath.Base(fields[len(fields)-1])] = strings.TrimSpace(string(row[from:to]))
	}
	return states
}

// TestDocuments_ListsNoProjectFound: pages read fine that describe no
// project are ingested without a failure, listed by `documents` with the
// state "no project found" next to a portal entry that is ingested, and
// alone with --no-project; a re-ingest of the same files keeps them so.
func TestDocuments_ListsNoProjectFound(t *testing.T) {
	dir := noProjectFolder(t)
	db := filepath.Join(t.TempDir(), "dossier.db")
	code, out, stderr := runCLI(t, "ingest", "--db", db, dir)
	if code != exitOK || stderr != "" {
		t.Fatalf("ingest: exit %d, want %d (no project is not a failure)\n%s%s", code, exitOK, out, stderr)
	}
	want := map[string]string{
		"job-advert-driver.html":     "no project found",
		"staff-restaurant-menu.html": "no project found",
		"staff-restaurant-menu.pdf":  "no project found",
		cybil:                        "ingested",
	}
	if diff := cmp.Diff(want, documentStates(t, db)); diff != "" {
		t.Errorf("documents: states (-want +got):\n%s", diff)
	}
	onlyNoProject := map[string]string{}
	for _, p := range noProjectPages {
		onlyNoProject[p] = "no project found"
	}
	if diff := cmp.Diff(onlyNoProject, documentStates(t, db, "--no-project")); diff != "" {
		t.Errorf("documents --no-project (-want +got):\n%s", diff)
	}

	docs := documentsJSON(t, db, "--no-project")
	var names []string
	for _, d := range docs {
		names = append(names, filepath.Base(d.Source))
		if d.State != "no project found" || len(d.Projects) != 0 || d.Error != nil {
			t.Errorf("documents --json --no-project: %s: state %q, projects %v, error %v; want no project found, none, null",
				d.Source, d.State, d.Projects, d.Error)
		}
	}
	slices.Sort(names)
	if diff := cmp.Diff(noProjectPages, names); diff != "" {
		t.Errorf("documents --json --no-project (-want +got):\n%s", diff)
	}

	code, out, stderr = runCLI(t, "ingest", "--db", db, dir)
	if code != exitOK || !strings.Contains(out, "ingested 0, unchanged 4, failed 0") {
		t.Fatalf("re-ingest: exit %d\n%s%s; want all 4 unchanged", code, out, stderr)
	}
	if diff := cmp.Diff(want, documentStates(t, db)); diff != "" {
		t.Errorf("documents after the re-ingest: states (-want +got):\n%s", diff)
	}
}

// TestDocuments_FailedAndNoProjectTogether: --failed and --no-project
// together list what needs a look, of both kinds; each alone its own.
func TestDocuments_FailedAndNoProjectTogether(t *testing.T) {
	dir := noProjectFolder(t)
	if err := os.WriteFile(filepath.Join(dir, "truncated.pdf"), []byte("%PDF-1.7\nnot really"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, out, stderr := runCLI(t, "ingest", "--db", db, dir); code != exitSomeFailed {
		t.Fatalf("ingest: exit %d, want %d\n%s%s", code, exitSomeFailed, out, stderr)
	}
	failed := documentStates(t, db, "--failed")
	if len(failed) != 1 || !strings.HasPrefix(failed["truncated.pdf"], "failed: ") {
		t.Errorf("documents --failed: %v; want the truncated PDF alone, with its reason", failed)
	}
	both := documentStates(t, db, "--failed", "--no-project")
	if len(both) != 4 || both["truncated.pdf"] != failed["truncated.pdf"] || both["staff-restaurant-menu.pdf"] != "no project found" {
		t.Errorf("documents --failed --no-project: %v; want the truncated PDF and the 3 pages without a project", both)
	}
}

// TestDocuments_NoProjectClearedWhenANewerReadingFindsOne: a store written
// by an older dossier holds the portal entry with no project found; this
// dossier's ingest reads it again, finds the Octopus Project, and
// `documents` no longer lists it as without a project.
func TestDocuments_NoProjectClearedWhenANewerReadingFindsOne(t *testing.T) {
	ctx := context.Background()
	dir := noProjectFolder(t)
	db := filepath.Join(t.TempDir(), "dossier.db")
	b, err := os.ReadFile(filepath.Join(dir, cybil))
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	older := &dossier.Document{ID: extract.ID(b), Source: filepath.Join(dir, cybil), Kind: dossier.KindHTML,
		Title: "Octopus Project", Size: int64(len(b)), Extractor: "extract/1 facts/1"}
	if _, err := st.PutDocument(ctx, older, nil); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if got := documentStates(t, db)[cybil]; got != "no project found" {
		t.Fatalf("documents, as the older dossier left it: %s is %q, want no project found", cybil, got)
	}

	if code, out, stderr := runCLI(t, "ingest", "--db", db, dir); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, stderr)
	}
	if got := documentStates(t, db)[cybil]; got != "ingested" {
		t.Errorf("documents after ingest: %s is %q, want ingested", cybil, got)
	}
	if _, listed := documentStates(t, db, "--no-project")[cybil]; listed {
		t.Errorf("documents --no-project still lists %s", cybil)
	}
	for _, d := range documentsJSON(t, db) {
		if filepath.Base(d.Source) == cybil && (len(d.Projects) == 0 || d.Facts == 0) {
			t.Errorf("documents --json: %s has projects %v, %d facts; want its project and facts", cybil, d.Projects, d.Facts)
		}
	}
}

// TestExport_ListsDocumentsWithoutAProject: the export lists a document
// that describes no project as the contract says: "projects" empty (not
// null), "error" null, so an integration sees it was read fine.
func TestExport_ListsDocumentsWithoutAProject(t *testing.T) {
	dir := noProjectFolder(t)
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, out, stderr := runCLI(t, "ingest", "--db", db, dir); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, stderr)
	}
	code, out, stderr := runCLI(t, "export", "--db", db, "--format", "json")
	if code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	var ex struct {
		Documents []struct {
			Source   string          `json:"source"`
			Projects json.RawMessage `json:"projects"`
			Error    json.RawMessage `json:"error"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &ex); err != nil {
		t.Fatalf("export: %v", err)
	}
	got := map[string]string{}
	for _, d := range ex.Documents {
		got[filepath.Base(d.Source)] = "projects " + string(d.Projects) + ", error " + string(d.Error)
	}
	for _, p := range noProjectPages {
		if want := "projects [], error null"; got[p] != want {
			t.Errorf("export: %s: %s; want %s", p, got[p], want)
		}
	}
	if got[cybil] == "" || strings.HasPrefix(got[cybil], "projects []") {
		t.Errorf("export: %s: %q; want it with its project", cybil, got[cybil])
	}
}

// TestIngest_SummaryCountsDocumentsWithoutAProject: the summary line says
// how many documents have no project, on the first run and on a re-run.
func TestIngest_SummaryCountsDocumentsWithoutAProject(t *testing.T) {
	dir := noProjectFolder(t)
	db := filepath.Join(t.TempDir(), "dossier.db")
	for _, want := range []string{
		"ingested 4, unchanged 0, failed 0, 3 without a project in ",
		"ingested 0, unchanged 4, failed 0, 3 without a project in ",
	} {
		code, out, stderr := runCLI(t, "ingest", "--db", db, dir)
		if code != exitOK || !strings.HasPrefix(out, want) {
			t.Errorf("ingest: exit %d, summary %q; want it to start %q\n%s", code, out, want, stderr)
		}
	}
}
