package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/internal/testtool"
)

// TestMain lets this test binary stand in for the dossier binary when
// ingest starts it as a PDF worker ("dossier parse-worker"): ingest re-executes
// the running program, which under go test is this binary.
func TestMain(m *testing.M) {
	if os.Getenv(worker.EnvChild) == "1" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	code := m.Run()
	if builtDir != "" {
		os.RemoveAll(builtDir)
	}
	testtool.StopPostgres()
	os.Exit(code)
}

// copyFixtures copies the fixture documents into a fresh folder.
func copyFixtures(t *testing.T, dir string) []string {
	t.Helper()
	src, _ := filepath.Glob(filepath.Join(repoRoot(t), "fixtures/docs/*"))
	var names []string
	for _, s := range src {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.Base(s))
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, dst)
	}
	if len(names) != 5 {
		t.Fatalf("want 5 fixture documents, have %d", len(names))
	}
	return names
}

func documentsJSON(t *testing.T, db string, extra ...string) []documentJSON {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"documents", "--db", db, "--json"}, extra...)...)
	if code != exitOK {
		t.Fatalf("documents exit %d: %s", code, stderr)
	}
	var docs []documentJSON
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("documents --json: %v\n%s", err, out)
	}
	return docs
}

// TestIngest_BadFilesFailAloneWithOneLineReasons: a truncated PDF, an empty
// file, a binary file named .html and a missing path each give a one-line
// error naming the file, while the good documents are all ingested; the
// exit code says some failed.
func TestIngest_BadFilesFailAloneWithOneLineReasons(t *testing.T) {
	dir := t.TempDir()
	good := copyFixtures(t, dir)
	bad := filepath.Join(dir, "bad")
	if err := os.Mkdir(bad, 0o755); err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile(filepath.Join(repoRoot(t), "fixtures/docs/project-summary-cybercrime-octopus-2019.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(bad, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	truncated := write("truncated.pdf", pdf[:len(pdf)/3])
	empty := write("empty.pdf", nil)
	binary := write("binary.html", []byte{0x00, 0x01, 0x02, 0xff, 0xfe, 0x89, 'P', 'N', 'G', 0x00, 0x00, 0x1a, 0x0a, 0x07})
	missing := filepath.Join(dir, "no-such-file.pdf")

	db := filepath.Join(t.TempDir(), "dossier.db")
	code, out, stderr := runCLI(t, "ingest", "--db", db, dir, missing)
	if code != exitSomeFailed {
		t.Fatalf("exit code %d, want %d (some failed)\nstdout: %s\nstderr: %s", code, exitSomeFailed, out, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for _, p := range []string{truncated, empty, binary, missing} {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, p) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("want exactly one error line naming %s, got %d in:\n%s", p, n, stderr)
		}
	}
	if len(lines) != 4 {
		t.Errorf("want 4 error lines, got %d:\n%s", len(lines), stderr)
	}
	if !strings.Contains(out, "ingested 5,") || !strings.Contains(out, "failed 4") {
		t.Errorf("summary %q, want 5 ingested and 4 failed", out)
	}

	docs := documentsJSON(t, db)
	ingested := map[string]bool{}
	for _, d := range docs {
		if d.State == "ingested" {
			ingested[d.Source] = true
		}
	}
	for _, g := range good {
		if !ingested[g] {
			t.Errorf("%s was not ingested", g)
		}
	}
	failed := documentsJSON(t, db, "--failed")
	reasons := map[string]string{}
	for _, d := range failed {
		if d.Error == nil || strings.Contains(*d.Error, "\n") {
			t.Errorf("failed document %s: reason %v, want one line", d.Source, d.Error)
			continue
		}
		reasons[d.Source] = *d.Error
	}
	// The empty file has no bytes to key a document by, and a missing path
	// none at all; the truncated PDF and the binary page are recorded.
	for _, p := range []string{truncated, binary} {
		if reasons[p] == "" {
			t.Errorf("%s not listed by documents --failed (listed: %v)", p, reasons)
		}
	}
}

// TestIngest_SameBytesTwiceAddNothing: re-ingesting the same files, or the
// same bytes under another name, adds no document and no fact.
func TestIngest_SameBytesTwiceAddNothing(t *testing.T) {
	dir := t.TempDir()
	copyFixtures(t, dir)
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, _, stderr := runCLI(t, "ingest", "--db", db, dir); code != exitOK {
		t.Fatalf("first ingest: %s", stderr)
	}
	before := documentsJSON(t, db)
	_, factsBefore, _ := runCLI(t, "facts", "--db", db, "--json")

	// The same bytes under a second name.
	b, _ := os.ReadFile(filepath.Join(dir, "cybil-portal-octopus-project.html"))
	copyPath := filepath.Join(dir, "copy-of-cybil.html")
	if err := os.WriteFile(copyPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "ingest", "--db", db, dir)
	if code != exitOK {
		t.Fatalf("second ingest exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "ingested 0, unchanged 6, failed 0") {
		t.Errorf("second ingest summary %q, want 0 ingested, 6 unchanged", out)
	}
	after := documentsJSON(t, db)
	if len(after) != len(before) {
		t.Errorf("documents: %d after re-ingest, %d before", len(after), len(before))
	}
	_, factsAfter, _ := runCLI(t, "facts", "--db", db, "--json")
	if factsAfter != factsBefore {
		t.Error("facts changed on re-ingest of the same bytes")
	}
	for _, d := range after {
		if strings.HasSuffix(d.Source, "cybil-portal-octopus-project.html") {
			if len(d.Sources) != 2 {
				t.Errorf("cybil page sources %v, want both names", d.Sources)
			}
		}
	}
}

// TestIngest_SummaryGroupsFailuresByReason: the summary gives the counts
// by state, the time and rate, then the failures grouped by reason.
func TestIngest_SummaryGroupsFailuresByReason(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.pdf":  "%PDF-1.7\nnot really",
		"b.pdf":  "%PDF-1.4\n1 0 obj",
		"c.pdf":  "no header at all",
		"d.html": "<html><body><h1>Fine</h1><p>A page.</p></body></html>",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, _ := runCLI(t, "ingest", "--db", filepath.Join(t.TempDir(), "dossier.db"), dir)
	if code != exitSomeFailed {
		t.Fatalf("exit %d, want %d", code, exitSomeFailed)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !regexp.MustCompile(`^ingested 1, unchanged 0, failed 3, 1 without a project in \d+\.\d\ds \(\d+\.\d documents/s\)$`).MatchString(lines[0]) {
		t.Fatalf("summary:\n%s", out)
	}
	if want := "failed: 2 malformed PDF, 1 not a PDF"; lines[1] != want {
		t.Errorf("reasons line %q, want %q", lines[1], want)
	}
}

// builtDir holds the dossier binary and the corpus generator, built once
// for the tests that run them as processes.
var (
	builtDir  string
	buildOnce sync.Once
	buildErr  error
)

// buildTools builds dossier and fixtures/gen into a shared temporary
// folder and returns their paths.
func buildTools(t *testing.T) (dossier, gen string) {
	t.Helper()
	buildOnce.Do(func() {
		builtDir, buildErr = os.MkdirTemp("", "dossier-test-bin-")
		if buildErr != nil {
			return
		}
		for _, b := range []struct{ out, pkg string }{{"dossier", "."}, {"gen", "../../fixtures/gen"}} {
			cmd := exec.Command("go", "build", "-o", filepath.Join(builtDir, b.out), b.pkg)
			if out, err := cmd.CombinedOutput(); err != nil {
				buildErr = fmt.Errorf("go build %s: %v\n%s", b.pkg, err, out)
				return
			}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(builtDir, "dossier"), filepath.Join(builtDir, "gen")
}

// generateCorpus writes n generated documents into a new folder.
func generateCorpus(t *testing.T, gen string, n int) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command(gen, "-n", strconv.Itoa(n), "-o", dir, "-seed", "7").CombinedOutput(); err != nil {
		t.Fatalf("generate corpus: %v\n%s", err, out)
	}
	return dir
}

// storedDocuments lists the documents of a store by source: state and
// number of facts, failing if a source is recorded twice.
func storedDocuments(t *testing.T, db string) map[string]documentJSON {
	t.Helper()
	out := map[string]documentJSON{}
	for _, d := range documentsJSON(t, db) {
		for _, s := range d.Sources {
			if _, dup := out[s]; dup {
				t.Errorf("%s recorded twice", s)
			}
			d.Projects, d.Source, d.Sources = nil, "", nil
			out[s] = d
		}
	}
	return out
}

// startIngest starts the dossier binary on dir, logging each document, and
// returns once n documents are stored, with the command still running.
func startIngest(t *testing.T, dossier, db, dir string, n int) (*exec.Cmd, *strings.Builder, chan error) {
	t.Helper()
	cmd := exec.Command(dossier, "ingest", "--db", db, "--workers", "2", "-v", dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	seen := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		k := 0
		for sc.Scan() {
			if strings.Contains(sc.Text(), `msg="document ingested"`) {
				if k++; k == n {
					close(seen)
				}
			}
		}
		done <- cmd.Wait()
	}()
	select {
	case <-seen:
	case err := <-done:
		t.Fatalf("ingest ended before %d documents were stored: %v\n%s", n, err, out.String())
	}
	return cmd, &out, done
}

// workersOf lists the running processes started from the binary path with
// the worker command.
func workersOf(path string) []int {
	var pids []int
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		args := strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")
		if len(args) == 2 && args[0] == path && args[1] == "parse-worker" {
			pid, _ := strconv.Atoi(strings.Split(p, "/")[2])
			pids = append(pids, pid)
		}
	}
	return pids
}

// TestIngest_KillNineThenRerun: an ingest killed with SIGKILL midway, then
// run again, ends with every document stored once, none missing, each with
// the facts a clean ingest gives it; the killed run's workers do not
// outlive it.
func TestIngest_KillNineThenRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs dossier: -short")
	}
	dossier, gen := buildTools(t)
	const n = 400
	dir := generateCorpus(t, gen, n)
	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(dossier, "ingest", "--db", clean, dir).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := storedDocuments(t, clean)
	if len(want) != n {
		t.Fatalf("clean ingest stored %d documents, want %d", len(want), n)
	}

	db := filepath.Join(t.TempDir(), "killed.db")
	cmd, _, done := startIngest(t, dossier, db, dir, 50)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done
	deadline := time.Now().Add(10 * time.Second)
	for len(workersOf(dossier)) > 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if pids := workersOf(dossier); len(pids) > 0 {
		t.Errorf("workers %v outlived the killed ingest", pids)
	}
	killed := storedDocuments(t, db)
	if len(killed) < 50 || len(killed) == n {
		t.Fatalf("after SIGKILL %d documents stored, want at least 50 and not all %d", len(killed), n)
	}
	for src, d := range killed {
		if diff := cmp.Diff(want[src], d); diff != "" {
			t.Errorf("after SIGKILL, %s (-clean +killed):\n%s", src, diff)
		}
	}

	out, err := exec.Command(dossier, "ingest", "--db", db, dir).Output()
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if wantSum := fmt.Sprintf("ingested %d, unchanged %d, failed 0", n-len(killed), len(killed)); !strings.Contains(string(out), wantSum) {
		t.Errorf("re-run summary %q, want %q", out, wantSum)
	}
	if diff := cmp.Diff(want, storedDocuments(t, db)); diff != "" {
		t.Errorf("after re-run (-clean +killed and re-run):\n%s", diff)
	}
}

// TestIngest_InterruptStopsCleanly: Ctrl-C (SIGINT) stops an ingest with
// exit code 130 and a message saying how to go on; what it stored is
// whole, and the same command then finishes the job.
func TestIngest_InterruptStopsCleanly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs dossier: -short")
	}
	dossier, gen := buildTools(t)
	const n = 400
	dir := generateCorpus(t, gen, n)
	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(dossier, "ingest", "--db", clean, "--isolate=false", dir).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := storedDocuments(t, clean)

	db := filepath.Join(t.TempDir(), "interrupted.db")
	cmd, out, done := startIngest(t, dossier, db, dir, 50)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err := <-done
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitInterrupted {
		t.Fatalf("interrupted ingest: %v, want exit code %d", err, exitInterrupted)
	}
	if !strings.Contains(out.String(), "not finished; run the same command again") {
		t.Errorf("summary after interrupt %q, want how to go on", out.String())
	}
	got := storedDocuments(t, db)
	for src, d := range got {
		if diff := cmp.Diff(want[src], d); diff != "" {
			t.Errorf("after interrupt, %s (-clean +interrupted):\n%s", src, diff)
		}
	}
	if b, err := exec.Command(dossier, "ingest", "--db", db, dir).Output(); err != nil {
		t.Fatalf("re-run: %v\n%s", err, b)
	}
	if diff := cmp.Diff(want, storedDocuments(t, db)); diff != "" {
		t.Errorf("after re-run (-clean +interrupted and re-run):\n%s", diff)
	}
}

// TestIngest_ProgressLogOnePerTenth: off a terminal, progress is a log
// line per tenth of the inputs stored, the last at 100%.
func TestIngest_ProgressLogOnePerTenth(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator: -short")
	}
	_, gen := buildTools(t)
	dir := generateCorpus(t, gen, 150)
	code, _, stderr := runCLI(t, "ingest", "--db", filepath.Join(t.TempDir(), "dossier.db"), dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var pcts []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		m := regexp.MustCompile(`msg=progress done=(\d+) total=150 percent=(\d+)`).FindStringSubmatch(l)
		if m == nil {
			t.Errorf("stderr line %q is not a progress line", l)
			continue
		}
		pcts = append(pcts, m[2])
	}
	if diff := cmp.Diff([]string{"10", "20", "30", "40", "50", "60", "70", "80", "90", "100"}, pcts); diff != "" {
		t.Errorf("progress percentages (-want +got):\n%s", diff)
	}
}
