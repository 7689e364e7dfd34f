package main

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/fixtures"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/store"
)

// ingestedAt and decidedAt are the times the report tests' store says the
// fixtures were ingested and a reviewer decided: fixed, so that goldens
// hold no run's date, and in that order, so that the decision holds.
var (
	ingestedAt = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	decidedAt  = time.Date(2026, 11, 16, 14, 0, 0, 0, time.UTC)
)

// ingestFixturesAt ingests the five fixture documents into the store at
// db, as `dossier demo` does, with the store's clock at ingestedAt.
func ingestFixturesAt(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.WithClock(func() time.Time { return ingestedAt }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fsys := fixtures.Docs()
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		t.Fatal(err)
	}
	var items []ingest.Item
	for _, n := range names {
		items = append(items, ingest.Item{Name: path.Join("fixtures/docs", n), Read: func(context.Context) ([]byte, string, error) {
			b, err := fs.ReadFile(fsys, n)
			return b, "", err
		}})
	}
	if _, err := ingest.Run(ctx, st, items, ingest.Options{Logger: slog.New(slog.DiscardHandler)}); err != nil {
		t.Fatal(err)
	}
}

// decideAt records a reviewer's decision in the store at db at decidedAt:
// what `dossier review` stores, less the clock.
func decideAt(t *testing.T, db string, d dossier.Decision) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.WithClock(func() time.Time { return decidedAt }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.PutDecision(ctx, &d); err != nil {
		t.Fatal(err)
	}
}

// seedStatusDecision is the decision a reviewer makes on the Octopus
// Project's status, which only Canada's funding window states.
var seedStatusDecision = dossier.Decision{Project: "octopus-project", Field: dossier.FieldStatus, Value: dossier.TextValue(dossier.ProjectOngoing),
	Reviewer: "Ana", Note: "the 2025 brochure gives 2021-2027; Finished is Canada's funding"}

// reviewMarks are words meant for reviewers, which a final report never
// prints.
var reviewMarks = []string{"NEEDS REVIEW", "RESOLVED BY RULE", "DECIDED BY REVIEWER", "USED", "COMPATIBLE", "AGREED", "DRAFT", "undecided", "best guess"}

// hasReviewMark returns the first review mark text holds, or "".
func hasReviewMark(text string) string {
	for _, m := range reviewMarks {
		if regexp.MustCompile(`\b` + m + `\b`).MatchString(text) {
			return m
		}
	}
	return ""
}

// TestReport_OpenReviewsRefusedWithoutDraft: `report` on a project with an
// open review exits 1 naming the field and writes nothing; with --draft it
// writes the report, marked DRAFT on every page with the open reviews
// counted in the header. After the reviewer's decision the same command
// writes the final report.
func TestReport_OpenReviewsRefusedWithoutDraft(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestFixturesAt(t, db)
	out := filepath.Join(t.TempDir(), "octopus-project.pdf")
	code, _, stderr := runCLI(t, "report", "--db", db, "octopus-project", "--donor", "Canada", "-o", out)
	if code != exitFailure || !strings.Contains(stderr, "not final: 1 field needs review (status)") || !strings.Contains(stderr, "--draft") {
		t.Errorf("final report with an open review: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused report left a file")
	}

	cli(t, "report", "--db", db, "octopus-project", "--donor", "Canada", "--draft", "-o", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	pages := pdfPages(t, data)
	for i, p := range pages {
		if !strings.Contains(p, "DRAFT") {
			t.Errorf("draft page %d has no DRAFT mark", i+1)
		}
		if i > 0 && !strings.Contains(p, "DRAFT · 1 open review · Donor report: Canada") {
			t.Errorf("draft page %d: the header does not count the open review: %.300q", i+1, p)
		}
	}
	if !strings.Contains(strings.Join(pages, " "), "NEEDS REVIEW") {
		t.Error("the draft does not mark the open field")
	}

	decideAt(t, db, seedStatusDecision)
	cli(t, "report", "--db", db, "octopus-project", "--donor", "Canada", "-o", out)
	text := readReport(t, out)
	if m := hasReviewMark(squash(text)); m != "" {
		t.Errorf("the final report, once settled, prints %q", m)
	}
}

// pdfPages reads a PDF's text page by page with our reader, white space
// folded.
func pdfPages(t *testing.T, data []byte) []string {
	t.Helper()
	res := readPDF(t, data)
	pages := make([]string, res.Pages)
	for _, b := range res.Blocks {
		if b.Page >= 1 && b.Page <= len(pages) {
			pages[b.Page-1] += b.Label + " " + b.Text + "\n"
		}
	}
	for i := range pages {
		pages[i] = squash(pages[i])
	}
	return pages
}
