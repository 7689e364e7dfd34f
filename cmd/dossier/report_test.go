package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
)

// readReport reads a rendered report back through our own PDF reader, as
// plain text, one block a line.
func readReport(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := extract.ReadPDF(context.Background(), data, extract.DefaultLimits().PDF)
	if err != nil {
		t.Fatalf("read back %s: %v", path, err)
	}
	doc := dossier.Document{Blocks: res.Blocks}
	return doc.Text()
}

// TestReport_SeedProjects renders the report of each seed project and the
// Canada donor report from the reconciled fixtures, reads each back and
// finds the period, the budget, every donor, every reconciliation rule and
// every source; a golden file holds the text read back.
func TestReport_SeedProjects(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	var ex struct {
		Documents []struct {
			ID       string   `json:"id"`
			Title    string   `json:"title"`
			Projects []string `json:"projects"`
		}
	}
	raw := cli(t, "export", "--db", db)
	var loose map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &loose); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(loose["documents"], &ex.Documents); err != nil {
		t.Fatal(err)
	}
	var projects []struct {
		ID     string `json:"id"`
		Fields map[string]struct {
			Value  json.RawMessage `json:"value"`
			Status string          `json:"status"`
			Rule   string          `json:"rule"`
		} `json:"fields"`
	}
	if err := json.Unmarshal(loose["projects"], &projects); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cli(t, "report", "--db", db, "--all", "--donor", "Canada", "-o", dir)

	want := map[string][]string{
		"cybercrime-octopus": {"1 January 2014", "31 December 2020", "84 months", "EUR 4,000,000",
			"Canada", "Estonia", "Hungary", "Japan", "Microsoft", "Monaco", "Netherlands", "Romania", "Slovakia", "United Kingdom", "United States"},
		"octopus-project": {"2021", "2027", "EUR 10,000,000", "CAD", "250,000", "161,000",
			"Canada", "France", "Iceland", "Italy", "Hungary", "Japan", "Malta", "Netherlands", "United Kingdom", "United States"},
	}
	for _, p := range projects {
		for _, file := range []string{p.ID + ".pdf", p.ID + "-canada.pdf"} {
			t.Run(file, func(t *testing.T) {
				text := readReport(t, filepath.Join(dir, file))
				flat := squash(text)
				for _, w := range want[p.ID] {
					if !strings.Contains(flat, w) {
						t.Errorf("report lacks %q", w)
					}
				}
				for name, f := range p.Fields {
					if f.Status == dossier.StatusAgreed {
						continue
					}
					if !wordsInOrder(flat, f.Rule, 30) {
						t.Errorf("reconciliation of %s: rule %q not in the report", name, f.Rule)
					}
					if f.Status == dossier.StatusNeedsReview && !strings.Contains(strings.ToUpper(flat), "NEEDS REVIEW") {
						t.Errorf("%s needs review but the report does not say so", name)
					}
				}
				for _, d := range ex.Documents {
					for _, dp := range d.Projects {
						if dp == p.ID && !wordsInOrder(flat, d.Title, 5) {
							t.Errorf("source %q not listed", d.Title)
						}
					}
				}
				if strings.HasSuffix(file, "-canada.pdf") && !strings.Contains(flat, "Canada") {
					t.Error("donor report does not name Canada")
				}
				golden(t, "report-"+strings.TrimSuffix(file, ".pdf")+".txt", text)
			})
		}
	}
}

// TestReport_Reproducible: the same store and the same SOURCE_DATE_EPOCH
// give byte-identical files.
func TestReport_Reproducible(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	a, b := filepath.Join(t.TempDir(), "a.pdf"), filepath.Join(t.TempDir(), "b.pdf")
	cli(t, "report", "--db", db, "cybercrime-octopus", "-o", a)
	cli(t, "report", "--db", db, "cybercrime-octopus", "-o", b)
	ba, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if len(ba) == 0 || !bytes.Equal(ba, bb) {
		t.Errorf("two renders differ (%d and %d bytes)", len(ba), len(bb))
	}
}

// TestReport_UnknownProjectOrMissingOutputIsAnError: a bad request says so
// and writes nothing.
func TestReport_UnknownProjectOrMissingOutputIsAnError(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	out := filepath.Join(t.TempDir(), "x.pdf")
	if code, _, stderr := runCLI(t, "report", "--db", db, "no-such-project", "-o", out); code != exitFailure || !strings.Contains(stderr, "no-such-project") {
		t.Errorf("unknown project: exit %d, %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "report", "--db", db, "cybercrime-octopus"); code != exitUsage {
		t.Errorf("missing -o: exit %d, want %d", code, exitUsage)
	}
	if code, _, stderr := runCLI(t, "report", "--db", db, "cybercrime-octopus", "--donor", "Atlantis", "-o", out); code != exitFailure || !strings.Contains(stderr, "donor") {
		t.Errorf("unknown donor: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed report left a file behind")
	}
}
