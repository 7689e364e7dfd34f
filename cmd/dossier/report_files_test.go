package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/store"
)

// leftovers lists what is in dir besides the files named.
func leftovers(t *testing.T, dir string, want ...string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var extra []string
	for _, e := range ents {
		found := false
		for _, w := range want {
			found = found || e.Name() == w
		}
		if !found {
			extra = append(extra, e.Name())
		}
	}
	return extra
}

// TestReport_OutputFolderWritesInsideIt: `report PROJECT -o DIR` with an
// existing folder writes DIR/PROJECT.pdf, a readable report, and leaves no
// temporary file; a path that cannot be written fails with nothing left.
func TestReport_OutputFolderWritesInsideIt(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	dir := t.TempDir()
	out := cli(t, "report", "--db", db, "cybercrime-octopus", "-o", dir)
	if !strings.Contains(out, filepath.Join(dir, "cybercrime-octopus.pdf")) {
		t.Errorf("report -o DIR says %q", out)
	}
	if text := readReport(t, filepath.Join(dir, "cybercrime-octopus.pdf")); !strings.Contains(squash(text), "Cybercrime@Octopus") {
		t.Errorf("the report written in the folder does not read back as the project's:\n%.300s", text)
	}
	cli(t, "report", "--db", db, "octopus-project", "--donor", "Canada", "--draft", "-o", dir)
	if extra := leftovers(t, dir, "cybercrime-octopus.pdf", "octopus-project-canada.pdf"); len(extra) > 0 {
		t.Errorf("left in the folder: %v", extra)
	}

	// "-o newdir/": a folder that does not exist yet is made, and the
	// report written inside it.
	fresh := filepath.Join(t.TempDir(), "reports") + "/"
	cli(t, "report", "--db", db, "cybercrime-octopus", "-o", fresh)
	if extra := leftovers(t, fresh, "cybercrime-octopus.pdf"); len(extra) > 0 {
		t.Errorf("left in the new folder: %v", extra)
	}
	if _, err := os.Stat(filepath.Join(fresh, "cybercrime-octopus.pdf")); err != nil {
		t.Errorf("report -o NEWDIR/: %v", err)
	}

	// A report whose name is taken by a folder in the output folder: the
	// rename fails, and the temporary file goes with it.
	busy := t.TempDir()
	if err := os.Mkdir(filepath.Join(busy, "cybercrime-octopus.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "report", "--db", db, "cybercrime-octopus", "-o", busy)
	if code != exitFailure || !strings.Contains(stderr, "cybercrime-octopus") {
		t.Errorf("report over a folder: exit %d, %q", code, stderr)
	}
	if extra := leftovers(t, busy, "cybercrime-octopus.pdf"); len(extra) > 0 {
		t.Errorf("left after a failed write: %v", extra)
	}
}

// TestReportAll_GoesOnPastAFailedReport: when one project's report cannot
// be written, `report --all` says which and why on stderr, writes the
// others, and exits 3.
func TestReportAll_GoesOnPastAFailedReport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	dir := t.TempDir()
	// A folder where the first project's report would go: its rename fails.
	if err := os.Mkdir(filepath.Join(dir, "cybercrime-octopus.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "report", "--db", db, "--all", "--donor", "Canada", "--draft", "-o", dir)
	if code != exitSomeFailed {
		t.Errorf("exit %d, want %d; stderr %q", code, exitSomeFailed, stderr)
	}
	if !strings.Contains(stderr, "report cybercrime-octopus:") || !strings.Contains(stderr, "1 of 4 reports failed") {
		t.Errorf("stderr does not name the failed report and the count:\n%s", stderr)
	}
	for _, f := range []string{"cybercrime-octopus-canada.pdf", "octopus-project.pdf", "octopus-project-canada.pdf"} {
		if !strings.Contains(stdout, f) {
			t.Errorf("%s not written after the failure; stdout:\n%s", f, stdout)
		}
		if text := readReport(t, filepath.Join(dir, f)); !strings.Contains(text, "Canada") {
			t.Errorf("%s does not read back as a report", f)
		}
	}
	if extra := leftovers(t, dir, "cybercrime-octopus.pdf", "cybercrime-octopus-canada.pdf", "octopus-project.pdf", "octopus-project-canada.pdf"); len(extra) > 0 {
		t.Errorf("left in the folder: %v", extra)
	}
}

// TestReport_TenThousandDonorsFromTheStore builds the record of the issue:
// one document whose funders cell names 10,000 donors, stored through the
// store package, reconciled and rendered by `dossier report`. The report
// names the first and the last donor. It logs how long the command took;
// BenchmarkRender_ManyDonors in ./report is the measure.
func TestReport_TenThousandDonorsFromTheStore(t *testing.T) {
	if testing.Short() {
		t.Skip("stores and renders 10,000 donors")
	}
	const n = 10000
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "dossier.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	doc := &dossier.Document{ID: "sha256:" + strings.Repeat("cd", 32), Source: "https://example.org/funders.html",
		Kind: dossier.KindHTML, Title: "Many Donors project", Size: 230000}
	facts := []dossier.Fact{{Project: "Many Donors project", Field: dossier.FieldTitle,
		Value: dossier.TextValue("Many Donors project"), Quote: "Many Donors project", Extractor: "pair"}}
	for i := range n {
		name := fmt.Sprintf("Funder %05d Foundation", i+1)
		facts = append(facts, dossier.Fact{Project: "Many Donors project", Field: dossier.FieldDonors,
			Value: dossier.TextValue(name), Quote: "Funders: " + name, Extractor: "table"})
	}
	if _, err := st.PutDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	st.Close()
	out := filepath.Join(t.TempDir(), "many.pdf")
	start := time.Now()
	cli(t, "report", "--db", db, "many-donors-project", "-o", out)
	t.Logf("dossier report with %d donors: %s", n, time.Since(start).Round(time.Millisecond))
	text := squash(readReport(t, out))
	for _, name := range []string{"Funder 00001 Foundation", "Funder 10000 Foundation"} {
		if !strings.Contains(text, name) {
			t.Errorf("%s not in the report", name)
		}
	}
}
