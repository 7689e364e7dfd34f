package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemo_EndsWithFinalReports: from a fresh store, the demo records,
// saying so, the one decision the fixtures call for through dossier
// review, and ends with four final reports; run again, it has nothing to
// decide and the reports are still final.
func TestDemo_EndsWithFinalReports(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	dir := t.TempDir()
	db, out := filepath.Join(dir, "dossier.db"), filepath.Join(dir, "out")
	stdout := cli(t, "demo", "--db", db, "--out", out)
	for _, want := range []string{
		"== review: the demo records 1 decision a reviewer would make after reading dossier diff",
		"$ dossier review octopus-project status --value ongoing --note",
		"--reviewer \"dossier demo\"",
		"decision 1: octopus-project status = ongoing (by dossier demo)",
		"octopus-project  Octopus Project  (2021 – 2027)  documents: 3, fields needing review: 0",
		"final reports for 2 projects; drafts for 0",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
	check := func() {
		t.Helper()
		for _, f := range []string{"cybercrime-octopus", "cybercrime-octopus-canada", "octopus-project", "octopus-project-canada"} {
			text := squash(readReport(t, filepath.Join(out, "reports", f+".pdf")))
			if m := hasReviewMark(text); m != "" {
				t.Errorf("%s.pdf is not final: it prints %q", f, m)
			}
		}
	}
	check()
	if history := cli(t, "history", "--db", db, "octopus-project"); !strings.Contains(history, "dossier demo") {
		t.Errorf("dossier history does not show the demo's decision:\n%s", history)
	}

	again := cli(t, "demo", "--db", db, "--out", out)
	if strings.Contains(again, "== review") || !strings.Contains(again, "final reports for 2 projects; drafts for 0") {
		t.Errorf("the demo run again decides again, or its reports are no longer final:\n%s", again)
	}
	check()
}

// TestDemo_ShowsHowToSettleTheRest: a project the demo has no decision
// for gets a draft, and the demo says which fields are open and how to
// settle them.
func TestDemo_ShowsHowToSettleTheRest(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "dossier.db"), filepath.Join(dir, "out")
	for name, dates := range map[string][2]string{"a.html": {"1 March 2015", "31 December 2018"}, "b.html": {"1 June 2016", "30 June 2019"}} {
		page := `<!doctype html><html><head><title>Harbour Shield Project</title></head><body><main><h1>Harbour Shield Project</h1>
<dl><dt>Implementer</dt><dd>UNODC</dd><dt>Start date</dt><dd>` + dates[0] + `</dd><dt>End date</dt><dd>` + dates[1] + `</dd><dt>Donors</dt><dd>Canada</dd></dl></main></body></html>`
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ingestInto(t, db, filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html"))
	stdout := cli(t, "demo", "--db", db, "--out", out)
	for _, want := range []string{
		"harbour-shield-project: a DRAFT, not for sending: 2 fields need review (start, end). Settle each with",
		"dossier review harbour-shield-project FIELD --candidate N --note WHY --db " + db,
		"final reports for 2 projects; drafts for 1",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
	if text := readReport(t, filepath.Join(out, "reports", "harbour-shield-project.pdf")); !strings.Contains(text, "DRAFT") {
		t.Error("the open project's report is not marked DRAFT")
	}
}
