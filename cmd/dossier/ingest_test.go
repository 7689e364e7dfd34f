package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
