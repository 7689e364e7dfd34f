package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/internal/testtool"
)

// readReport reads a rendered report back through our own PDF reader, as
// plain text, one block a line.
func readReport(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := dossier.Document{Blocks: readPDF(t, data).Blocks}
	return doc.Text()
}

// pdftotext is the text of a PDF as pdftotext (poppler-utils) reads it.
func pdftotext(t *testing.T, path string) string {
	t.Helper()
	bin := testtool.Need(t, "pdftotext")
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// readPDF reads a PDF with our reader.
func readPDF(t *testing.T, data []byte) extract.PDFResult {
	t.Helper()
	res, err := extract.ReadPDF(context.Background(), data, extract.DefaultLimits().PDF)
	if err != nil {
		t.Fatalf("read back a report: %v", err)
	}
	return res
}

// firstPage is the text of page 1 of a report, read back with our reader.
func firstPage(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return pdfPages(t, data)[0]
}

// TestReport_SeedProjects renders the final report of each seed project and
// the Canada donor report from the reconciled fixtures, once a reviewer has
// settled the one open field, reads each back and finds on page 1 the
// period, the status with its basis, the budget and, in a donor report,
// the donor's amount and share of the budget; elsewhere every donor, every
// rule that chose a value and every source; and no review mark anywhere.
// A golden file holds the text read back.
func TestReport_SeedProjects(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000") // 18 November 2026
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestFixturesAt(t, db)
	decideAt(t, db, seedStatusDecision)
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
	// Page 1: the period and where the report's date falls in it, the
	// status on that date with its basis, the budget; in a donor report
	// Canada's money, its share of the budget and its period.
	page1 := map[string][]string{
		"cybercrime-octopus.pdf": {"Period 1 January 2014", "31 December 2020", "(84 months", "Ended 5 years 10 months before this report",
			"Status Completed (ended 31 Dec 2020)", "Budget up to EUR 4,000,000",
			"Contributions Canada CAD 250,000", "(shared with Octopus Project; split not stated)"},
		"cybercrime-octopus-canada.pdf": {"Period 1 January 2014", "Status Completed (ended 31 Dec 2020)", "Budget up to EUR 4,000,000",
			"Canada’s contribution CAD 250,000", "(EUR 161,000 as the source gives it), up to 4.0% of the budget",
			"Shared with Octopus Project; the sources do not state the split.", "Funding period: Oct 2020 – Dec 2021"},
		"octopus-project.pdf": {"Period 2021", "2027", "This report falls in month 71 of 84", "Status Ongoing as of 16 Nov 2026",
			"Budget target EUR 10,000,000", "Contributions Canada CAD 250,000", "(shared with Cybercrime@Octopus; split not stated)"},
		"octopus-project-canada.pdf": {"Status Ongoing as of 16 Nov 2026", "Budget target EUR 10,000,000",
			"Canada’s contribution CAD 250,000", "up to 1.6% of the budget", "Funding period: Oct 2020 – Dec 2021",
			"Key results", "as of 3 Apr 2025"},
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
				first := firstPage(t, filepath.Join(dir, file))
				for _, w := range page1[file] {
					if !strings.Contains(first, w) {
						t.Errorf("page 1 lacks %q:\n%s", w, first)
					}
				}
				// pdftotext reads a table's cells one after another, so a
				// rule in the notes reads whole, but for where its lines
				// break: a long word breaks after a dot or a slash, and
				// pdftotext joins a word broken after a hyphen.
				noSpace := func(s string) string { return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "-", "") }
				byPoppler := noSpace(pdftotext(t, filepath.Join(dir, file)))
				for name, f := range p.Fields {
					if f.Status != dossier.StatusResolved && f.Status != dossier.StatusOverridden {
						continue
					}
					rule := strings.TrimPrefix(f.Rule, "decided by Ana on 2026-11-16: ")
					if !strings.Contains(byPoppler, noSpace(rule)) {
						t.Errorf("how %s was chosen: rule %q not in the report", name, rule)
					}
				}
				if m := hasReviewMark(flat); m != "" {
					t.Errorf("the final report prints the review mark %q", m)
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
