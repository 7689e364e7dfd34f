package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-dev/dossier/internal/testtool"
)

// TestWorkers_ThreeOnPostgresOneKilled is issue 15's test of distributed
// ingestion: three worker processes on one PostgreSQL store take a
// generated corpus of 2,000 documents, one is killed with SIGKILL midway,
// and the other two finish: every job completes, every document is stored
// once, and the export is byte for byte what one `dossier ingest` into a
// SQLite file gives.
func TestWorkers_ThreeOnPostgresOneKilled(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 300
	}
	db := testtool.Postgres(t)
	dossier, gen := buildTools(t)
	dir := generateCorpus(t, gen, n)

	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(dossier, "ingest", "--db", clean, "--progress", "none", dir).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := exportOf(t, dossier, clean)

	if out, err := exec.Command(dossier, "ingest", "--db", db, "--enqueue", dir).CombinedOutput(); err != nil {
		t.Fatalf("enqueue: %v\n%s", err, out)
	} else if !strings.Contains(string(out), fmt.Sprintf("%d jobs enqueued", n)) {
		t.Fatalf("enqueue said %q, want %d jobs", out, n)
	}
	// Enqueued twice: the same bytes make no second job.
	if out, err := exec.Command(dossier, "ingest", "--db", db, "--enqueue", dir).CombinedOutput(); err != nil ||
		!strings.Contains(string(out), fmt.Sprintf("0 jobs enqueued, %d already queued or done", n)) {
		t.Fatalf("enqueue again: %v: %q, want no new job", err, out)
	}

	pg, err := sql.Open("pgx", db)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	completed := func() int {
		var k int
		if err := pg.QueryRow(`SELECT count(*) FROM river_job WHERE kind = 'dossier_ingest' AND state = 'completed'`).Scan(&k); err != nil {
			t.Fatal(err)
		}
		return k
	}

	// A short --rescue-after, so the killed worker's jobs are taken up
	// again within the test.
	workers := make([]*exec.Cmd, 3)
	outs := make([]*bytes.Buffer, 3)
	done := make([]chan error, 3)
	for i := range workers {
		outs[i] = &bytes.Buffer{}
		workers[i] = exec.Command(dossier, "worker", "--db", db, "--jobs", "2", "--exit-when-idle", "--poll", "200ms",
			"--job-timeout", "20s", "--rescue-after", "25s")
		workers[i].Stdout, workers[i].Stderr = outs[i], outs[i]
		if err := workers[i].Start(); err != nil {
			t.Fatal(err)
		}
		done[i] = make(chan error, 1)
		go func() { done[i] <- workers[i].Wait() }()
	}
	t.Cleanup(func() {
		for _, w := range workers {
			_ = w.Process.Kill()
		}
	})
	// Midway: a third of the jobs done.
	for completed() < n/3 {
		select {
		case err := <-done[0]:
			t.Fatalf("worker 0 ended before a third of the jobs: %v\n%s", err, outs[0])
		case <-time.After(100 * time.Millisecond):
		}
	}
	if err := workers[0].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done[0]
	for i := 1; i < 3; i++ {
		if err := <-done[i]; err != nil {
			t.Fatalf("worker %d: %v\n%s", i, err, outs[i])
		}
	}

	var left int
	if err := pg.QueryRow(`SELECT count(*) FROM river_job WHERE kind LIKE 'dossier_%' AND state <> 'completed'`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if got := completed(); got != n || left != 0 {
		t.Errorf("jobs: %d completed, %d not, want all %d completed", got, left, n)
	}
	stored := storedDocuments(t, db) // fails on a source recorded twice
	if len(stored) != n {
		t.Errorf("%d documents stored, want %d", len(stored), n)
	}
	// Project ids compared by what they stand for: a slug is the name of
	// the first document stored that names its project, which even two
	// single-process SQLite ingests of one corpus do not agree on (the
	// timing of the store's batches decides it).
	want = canonicalExport(t, want)
	if got := canonicalExport(t, exportOf(t, dossier, db)); !bytes.Equal(got, want) {
		a, b := filepath.Join(t.TempDir(), "sqlite.json"), filepath.Join(t.TempDir(), "postgres.json")
		os.WriteFile(a, want, 0o644)
		os.WriteFile(b, got, 0o644)
		diff, _ := exec.Command("diff", a, b).CombinedOutput()
		if len(diff) > 4000 {
			diff = diff[:4000]
		}
		t.Errorf("export of the workers' store differs from a single SQLite ingest's:\n%s", diff)
	}
	t.Logf("workers: %s / %s", strings.TrimSpace(outs[1].String()), strings.TrimSpace(outs[2].String()))
}

func exportOf(t *testing.T, dossier, db string) []byte {
	t.Helper()
	out, err := exec.Command(dossier, "export", "--db", db, "--format", "json").Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	return out
}

// canonicalExport is an export with each project id replaced by the
// smallest id of its documents, wherever it appears, and projects and
// lists of ids sorted again: two exports of the same documents, facts and
// records are then the same bytes whatever slugs their stores gave.
func canonicalExport(t *testing.T, b []byte) []byte {
	t.Helper()
	var e map[string]any
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	canon := map[string]string{}
	projects, _ := e["projects"].([]any)
	for _, p := range projects {
		p := p.(map[string]any)
		docs, _ := p["documents"].([]any)
		c := "project of no document: " + p["id"].(string)
		for _, d := range docs {
			if s := d.(string); strings.HasPrefix(c, "project of no document") || s < c {
				c = s
			}
		}
		canon[p["id"].(string)] = "project of " + c
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case string:
			if c, ok := canon[x]; ok {
				return c
			}
		case []any:
			for i := range x {
				x[i] = walk(x[i])
			}
		case map[string]any:
			for k := range x {
				x[k] = walk(x[k])
			}
			if ps, ok := x["projects"].([]any); ok {
				sort.Slice(ps, func(i, j int) bool { return fmt.Sprint(ps[i]) < fmt.Sprint(ps[j]) })
			}
		}
		return v
	}
	walk(e)
	delete(e, "generated_at") // the time of the export
	sort.Slice(projects, func(i, j int) bool {
		return projects[i].(map[string]any)["id"].(string) < projects[j].(map[string]any)["id"].(string)
	})
	out, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// generatedAt is an export's time of making.
var generatedAt = regexp.MustCompile(`"generated_at": "[^"]*"`)

// TestMigrate_SQLiteToPostgres: `dossier migrate` copies a store with
// documents, a failed one and a reviewer's decision; the copy exports,
// lists and tells the history as the original does, and a second migrate
// into it is refused.
func TestMigrate_SQLiteToPostgres(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	files := copyFixtures(t, t.TempDir())
	broken := filepath.Join(t.TempDir(), "broken.pdf")
	if err := os.WriteFile(broken, []byte("%PDF-1.4 not really"), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, append([]string{"ingest", "--db", db, "--progress", "none", broken}, files...)...)
	cli(t, "review", "--db", db, "octopus-project", "status", "--candidate", "1", "--note", "from Canada's window", "--reviewer", "Ana")
	pg := testtool.Postgres(t)
	out := cli(t, "migrate", "--from", db, "--to", pg)
	if !strings.Contains(out, "decisions 1") || !strings.Contains(out, "documents 6") {
		t.Errorf("migrate said %q, want 6 documents and 1 decision copied", out)
	}
	for _, args := range [][]string{
		{"export", "--format", "json"}, {"documents"}, {"documents", "--failed"}, {"projects"},
		{"history", "octopus-project"}, {"diff", "cybercrime-octopus", "--all"},
	} {
		// The export says when it was made: two runs a second apart differ
		// there and nowhere else.
		want := generatedAt.ReplaceAllString(cli(t, append(args, "--db", db)...), "")
		if got := generatedAt.ReplaceAllString(cli(t, append(args, "--db", pg)...), ""); got != want {
			t.Errorf("%v differs after migrate:\n--- sqlite\n%s\n--- postgres\n%s", args, want, got)
		}
	}
	if code, _, stderr := runCLI(t, "migrate", "--from", db, "--to", pg); code == exitOK || !strings.Contains(stderr, "not empty") {
		t.Errorf("second migrate: exit %d, %q; want a refusal saying the store is not empty", code, stderr)
	}
}
