package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier/store"
	"github.com/dossier-dev/dossier/web"
)

// TestReconcileAll_GivesWhatTheIncrementalPathGave: the fixtures and a
// generated corpus, ingested in shuffled orders a few documents at a time
// (each document reconciling what it touches as it is stored), with a
// decision on the way: the export is byte for byte the one dossier
// reconcile --all gives after, rebuilding every record from the facts.
func TestReconcileAll_GivesWhatTheIncrementalPathGave(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	_, gen := buildTools(t)
	corpus := generateCorpus(t, gen, 120)
	files, err := filepath.Glob(filepath.Join(corpus, "doc-*"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, fixtureFiles(t)...)
	rng := rand.New(rand.NewPCG(13, 17))
	for run := range 3 {
		db := filepath.Join(t.TempDir(), "dossier.db")
		order := append([]string(nil), files...)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		decided := false
		for len(order) > 0 {
			n := min(len(order), 1+rng.IntN(12))
			ingestInto(t, db, order[:n]...)
			order = order[n:]
			if !decided && len(order) < len(files)/2 {
				// A reviewer settles the first project's end date.
				id := strings.Fields(strings.Split(cli(t, "projects", "--db", db), "\n")[1])[0]
				if code, _, stderr := runCLI(t, "review", "--db", db, id, "end", "--value", "31 December 2024", "--note", "checked", "--reviewer", "Ana"); code != exitOK {
					t.Fatalf("review %s: %s", id, stderr)
				}
				decided = true
			}
		}
		incremental := cli(t, "export", "--db", db, "--format", "json")
		if out := cli(t, "reconcile", "--all", "--db", db); !strings.HasPrefix(out, "reconciled ") {
			t.Errorf("reconcile --all says %q", out)
		}
		rebuilt := cli(t, "export", "--db", db, "--format", "json")
		if diff := cmp.Diff(incremental, rebuilt); diff != "" {
			t.Fatalf("run %d: the export after reconcile --all differs (-incremental +rebuilt):\n%s", run, diff)
		}
		if !strings.HasPrefix(incremental, "{\n  \"generated_at\"") || strings.Count(incremental, `"source": `) != len(files) {
			t.Fatalf("run %d: a short export (%d bytes)", run, len(incremental))
		}
	}
	if code, _, _ := runCLI(t, "reconcile", "--db", filepath.Join(t.TempDir(), "x.db")); code != exitUsage {
		t.Errorf("reconcile without --all: exit %d, want %d", code, exitUsage)
	}
}

// fileSums are the sha256 of a store's files (the database and its
// write-ahead log), by name; a missing file has none, and neither has an
// empty log (dossier check's read-only connection leaves one, with no
// frame in it).
func fileSums(t *testing.T, db string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, f := range []string{db, db + "-wal"} {
		b, err := os.ReadFile(f)
		if os.IsNotExist(err) || err == nil && len(b) == 0 {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		out[filepath.Base(f)] = hex.EncodeToString(sum[:])
	}
	return out
}

// readOnlyStore makes a store with projects, a failed document, a document
// about no project and a decision, and closes it, so that its write-ahead
// log is folded into the file.
func readOnlyStore(t *testing.T) (db, project, docHex string) {
	t.Helper()
	dir := t.TempDir()
	copyFixtures(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "broken.pdf"), []byte("%PDF-1.4\nnot really"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "menu.html"), []byte("<html><body><p>Opening hours of the canteen.</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(t.TempDir(), "dossier.db")
	if code, _, stderr := runCLI(t, "ingest", "--db", db, dir); code != exitSomeFailed {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	cli(t, "review", "--db", db, "cybercrime-octopus", "end", "--candidate", "1", "--note", "checked", "--reviewer", "Ana")
	for _, d := range documentsJSON(t, db) {
		if strings.HasSuffix(d.Source, "project-summary-cybercrime-octopus-2019.pdf") {
			docHex = strings.TrimPrefix(d.ID, "sha256:")
		}
	}
	// The last connection to close folds the log into the file.
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := os.Stat(db + "-wal"); err == nil {
		t.Fatalf("%s-wal is left after closing", db)
	}
	return db, "cybercrime-octopus", docHex
}

// TestReadCommands_NeverWrite: every command that shows the store, and
// every page of dossier serve, leaves the store's files byte for byte as
// they were.
func TestReadCommands_NeverWrite(t *testing.T) {
	db, p, hex := readOnlyStore(t)
	out := t.TempDir()
	before := fileSums(t, db)
	for _, args := range [][]string{
		{"projects"},
		{"diff", p},
		{"diff", p, "--all", "--json"},
		{"history", p},
		{"documents"},
		{"documents", "--failed"},
		{"documents", "--no-project", "--json"},
		{"facts", "--field", "end"},
		{"export", "--format", "json"},
		{"export", "--format", "csv"},
		{"export", "--format", "csv", "--facts"},
		append([]string{"export"}, iatiFlags...),
		{"report", p, "--draft", "-o", filepath.Join(out, "p.pdf")},
		{"report", "--all", "--draft", "-o", filepath.Join(out, "all")},
		{"check"},
	} {
		code, _, stderr := runCLI(t, append(args, "--db", db)...)
		if code != exitOK && code != exitSomeFailed {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if diff := cmp.Diff(before, fileSums(t, db)); diff != "" {
			t.Fatalf("dossier %s changed the store (-before +after):\n%s", strings.Join(args, " "), diff)
		}
	}

	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(st, web.Options{UploadDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	for _, path := range []string{"/", "/?review=1", "/?q=octopus", "/projects/" + p, "/projects/" + p + "?all=1",
		"/projects/" + p + "/report?draft=1", "/documents", "/documents?state=failed", "/documents?q=octo&page=2",
		"/documents/" + hex, "/documents/" + hex + "/page?page=1&q=December", "/static/app.js"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", path, resp.Status)
		}
		if diff := cmp.Diff(before, fileSums(t, db)); diff != "" {
			t.Fatalf("GET %s changed the store (-before +after):\n%s", path, diff)
		}
	}
	ts.Close()
	st.Close()
	if diff := cmp.Diff(before, fileSums(t, db)); diff != "" {
		t.Fatalf("serving changed the store (-before +after):\n%s", diff)
	}
}

// TestReadCommands_StoreFromAnOlderDossier: a store whose records were made
// by other rules (here: none at all, as a store from before records were
// kept) is shown as a fresh reconciliation gives it, with a line saying
// how to store it, and is not written; reconcile --all stores the same.
func TestReadCommands_StoreFromAnOlderDossier(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	db, p, _ := readOnlyStore(t)
	current := map[string]string{}
	commands := [][]string{{"projects"}, {"diff", p, "--all"}, {"history", p}, {"documents"}, {"export"}}
	for _, args := range commands {
		current[strings.Join(args, " ")] = cli(t, append(args, "--db", db)...)
	}
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE records_state SET rules = ''`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before := fileSums(t, db)
	for _, args := range commands {
		code, out, stderr := runCLI(t, append(args, "--db", db)...)
		if code != exitOK || !strings.Contains(stderr, "dossier reconcile --all") {
			t.Errorf("%v on an older store: exit %d, stderr %q", args, code, stderr)
		}
		if diff := cmp.Diff(current[strings.Join(args, " ")], out); diff != "" {
			t.Errorf("%v on an older store (-stored +in memory):\n%s", args, diff)
		}
	}
	if diff := cmp.Diff(before, fileSums(t, db)); diff != "" {
		t.Fatalf("reading an older store changed it (-before +after):\n%s", diff)
	}
	cli(t, "reconcile", "--all", "--db", db)
	if code, _, stderr := runCLI(t, "projects", "--db", db); code != exitOK || stderr != "" {
		t.Errorf("after reconcile --all: exit %d, stderr %q", code, stderr)
	}
}

// TestDiff_AMergedProjectsIDStillResolves: a page that gives one known
// project's code (of a known issuer) to another merges them under the smaller id; diff and
// history given the other id show the merged project and say so, and
// serve's page for it sends to the merged one.
func TestDiff_AMergedProjectsIDStillResolves(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"zeta.html": `<html><head><title>Zeta Shield</title></head><body><h1>Zeta Shield</h1>
<dl><dt>Implementing agency:</dt><dd>Council of Europe</dd><dt>Project code:</dt><dd>G0677</dd><dt>Budget:</dt><dd>EUR 2 million</dd></dl></body></html>`,
		"aurora.html": `<html><head><title>Aurora Bridge</title></head><body><h1>Aurora Bridge</h1>
<dl><dt>Budget:</dt><dd>EUR 3 million</dd></dl></body></html>`,
		"link.html": `<html><head><title>Aurora Bridge</title></head><body><h1>Aurora Bridge</h1>
<dl><dt>Implementing agency:</dt><dd>Council of Europe</dd><dt>Project code:</dt><dd>G0677</dd></dl></body></html>`,
	}
	for name, body := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, filepath.Join(dir, "zeta.html"))
	ingestInto(t, db, filepath.Join(dir, "aurora.html"))
	ids := func() []string {
		var out []string
		for _, line := range strings.Split(strings.TrimSpace(cli(t, "projects", "--db", db)), "\n")[1:] {
			out = append(out, strings.Fields(line)[0])
		}
		sort.Strings(out)
		return out
	}
	if got := ids(); !cmp.Equal(got, []string{"aurora-bridge", "zeta-shield"}) {
		t.Fatalf("projects %v before the link", got)
	}
	ingestInto(t, db, filepath.Join(dir, "link.html"))
	if got := ids(); !cmp.Equal(got, []string{"aurora-bridge"}) {
		t.Fatalf("projects %v after the link, want aurora-bridge alone (the smaller id)", got)
	}
	code, out, stderr := runCLI(t, "diff", "--db", db, "--all", "zeta-shield")
	if code != exitOK || !strings.HasPrefix(out, "aurora-bridge") || !strings.Contains(stderr, "zeta-shield was merged into aurora-bridge") {
		t.Errorf("diff zeta-shield: exit %d, %q…, stderr %q", code, clip(out, 40), stderr)
	}
	if !strings.Contains(out, "Zeta Shield") || !strings.Contains(out, "G0677") {
		t.Errorf("the merged record lacks Zeta Shield's name or code:\n%s", out)
	}
	if code, _, _ := runCLI(t, "history", "--db", db, "zeta-shield"); code != exitOK {
		t.Errorf("history zeta-shield: exit %d", code)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := web.New(st, web.Options{UploadDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://127.0.0.1/projects/zeta-shield?all=1", nil))
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/projects/aurora-bridge?all=1" {
		t.Errorf("GET /projects/zeta-shield: %d to %q, want a redirect to aurora-bridge", rec.Code, rec.Header().Get("Location"))
	}
}
