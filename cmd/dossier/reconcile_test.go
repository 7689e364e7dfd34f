package main

import (
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const fixtureDir = "../../fixtures/docs"

// fixtureFiles lists the fixture documents by relative path, so sources in
// goldens read the same on every machine.
func fixtureFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(fixtureDir, "*"))
	if err != nil || len(files) != 5 {
		t.Fatalf("fixtures: %v, %d files", err, len(files))
	}
	return files
}

func ingestInto(t *testing.T, db string, args ...string) {
	t.Helper()
	code, _, stderr := runCLI(t, append([]string{"ingest", "--db", db}, args...)...)
	if code != exitOK {
		t.Fatalf("ingest %v: exit %d: %s", args, code, stderr)
	}
}

func cli(t *testing.T, args ...string) string {
	t.Helper()
	code, out, stderr := runCLI(t, args...)
	if code != exitOK {
		t.Fatalf("%v: exit %d: %s", args, code, stderr)
	}
	return out
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it, then read it line by line)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is right, rerun with -update and read the diff:\n%s", name, diff)
	}
}

type exportJSON struct {
	GeneratedAt string `json:"generated_at"`
	Documents   []struct {
		ID       string   `json:"id"`
		Source   string   `json:"source"`
		Kind     string   `json:"kind"`
		Projects []string `json:"projects"`
		Error    *string  `json:"error"`
	} `json:"documents"`
	Projects []struct {
		ID          string  `json:"id"`
		Title       string  `json:"title"`
		Predecessor *string `json:"predecessor"`
		Successor   *string `json:"successor"`
		Identifiers []struct {
			Scheme, Value string
		} `json:"identifiers"`
		Fields map[string]struct {
			Value      json.RawMessage `json:"value"`
			Status     string          `json:"status"`
			Rule       string          `json:"rule"`
			Cause      *string         `json:"cause"`
			Candidates []struct {
				Value   json.RawMessage `json:"value"`
				Sources []struct {
					Document string `json:"document"`
					Page     *int   `json:"page"`
					Quote    string `json:"quote"`
				} `json:"sources"`
			} `json:"candidates"`
		} `json:"fields"`
	} `json:"projects"`
}

// TestReconcile_SeedFixtures checks the records of the two seed projects
// against what a person reads in the documents and in the seeds' README.
func TestReconcile_SeedFixtures(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	out := cli(t, "export", "--db", db, "--format", "json")
	var ex exportJSON
	if err := json.Unmarshal([]byte(out), &ex); err != nil {
		t.Fatal(err)
	}
	if len(ex.Projects) != 2 {
		t.Fatalf("want 2 projects, got %d", len(ex.Projects))
	}
	byID := map[string]int{}
	for i, p := range ex.Projects {
		byID[p.ID] = i
	}
	co, ok1 := byID["cybercrime-octopus"]
	op, ok2 := byID["octopus-project"]
	if !ok1 || !ok2 {
		t.Fatalf("project ids %v, want cybercrime-octopus and octopus-project", byID)
	}
	type want struct {
		project, field, value, status, cause string
	}
	for _, w := range []want{
		{"cybercrime-octopus", "start", `{"date":"2014-01-01","precision":"day"}`, "compatible", ""},
		{"cybercrime-octopus", "end", `{"date":"2020-12-31","precision":"day"}`, "resolved", "out_of_date"},
		{"cybercrime-octopus", "duration_months", `84`, "agreed", ""},
		{"cybercrime-octopus", "budget", `{"amount":4000000,"currency":"EUR","qualifier":"up_to"}`, "agreed", ""},
		{"cybercrime-octopus", "implementer", `["Council of Europe"]`, "agreed", ""},
		{"cybercrime-octopus", "donors", `["Canada","Estonia","Hungary","Japan","Microsoft","Monaco","Netherlands","Romania","Slovakia","United Kingdom","United States"]`, "resolved", "out_of_date"},
		{"octopus-project", "start", `{"date":"2021-01-01","precision":"year"}`, "resolved", "scope"},
		{"octopus-project", "end", `{"date":"2027-01-01","precision":"year"}`, "resolved", "scope"},
		{"octopus-project", "budget", `{"amount":10000000,"currency":"EUR","qualifier":"target"}`, "agreed", ""},
		{"octopus-project", "contributions", `[{"donor":"Canada","amount":250000,"currency":"CAD","eur_equivalent":161000}]`, "agreed", ""},
		{"octopus-project", "donors", `["Canada","France","Hungary","Iceland","Italy","Japan","Malta","Netherlands","United Kingdom","United States"]`, "resolved", "out_of_date"},
	} {
		p := ex.Projects[byID[w.project]]
		f, ok := p.Fields[w.field]
		if !ok {
			t.Errorf("%s: no field %s", w.project, w.field)
			continue
		}
		if diff := cmp.Diff(compactJSON(t, w.value), compactJSON(t, string(f.Value))); diff != "" {
			t.Errorf("%s %s value (-want +got):\n%s", w.project, w.field, diff)
		}
		cause := ""
		if f.Cause != nil {
			cause = *f.Cause
		}
		if f.Status != w.status || cause != w.cause {
			t.Errorf("%s %s: status %s cause %q, want %s %q (rule %q)", w.project, w.field, f.Status, cause, w.status, w.cause, f.Rule)
		}
	}
	// The 2016 end date stays a candidate with its source: nothing is deleted.
	end := ex.Projects[co].Fields["end"]
	if len(end.Candidates) != 2 || !strings.Contains(string(end.Candidates[1].Value), "2016-12-31") || len(end.Candidates[1].Sources) == 0 {
		t.Errorf("end candidates: %+v, want 2020 chosen and 2016 kept with its source", end.Candidates)
	}
	if ids := ex.Projects[co].Identifiers; len(ids) != 1 || ids[0].Value != "DG1/3021" {
		t.Errorf("cybercrime-octopus identifiers %+v, want DG1/3021", ids)
	}
	if ids := ex.Projects[op].Identifiers; len(ids) != 1 || ids[0].Value != "G0677" {
		t.Errorf("octopus-project identifiers %+v, want G0677", ids)
	}
	if s := ex.Projects[co].Successor; s == nil || *s != "octopus-project" {
		t.Errorf("cybercrime-octopus successor %v, want octopus-project", s)
	}
	if p := ex.Projects[op].Predecessor; p == nil || *p != "cybercrime-octopus" {
		t.Errorf("octopus-project predecessor %v, want cybercrime-octopus", p)
	}
	// The conflicting workshop targets and conference rhythms are side by side.
	for field, values := range map[string][]string{
		"target: in-country or regional workshops": {"up to 15", "up to 30"},
		"frequency: conferences":                   {"every 12 months", "every 18 months"},
	} {
		f, ok := ex.Projects[co].Fields[field]
		if !ok {
			t.Errorf("no field %q", field)
			continue
		}
		var texts []string
		for _, c := range f.Candidates {
			texts = append(texts, string(c.Value))
		}
		for _, v := range values {
			if !strings.Contains(strings.Join(texts, " "), v) {
				t.Errorf("%s candidates %v lack %q", field, texts, v)
			}
		}
	}
	// Each document lists the projects it describes: the news item both.
	for _, d := range ex.Documents {
		want := map[string][]string{
			"coe-news-canada-contribution-2020.html":      {"cybercrime-octopus", "octopus-project"},
			"gfce-inventory-cybercrime-octopus.html":      {"cybercrime-octopus"},
			"project-summary-cybercrime-octopus-2019.pdf": {"cybercrime-octopus"},
			"cybil-portal-octopus-project.html":           {"octopus-project"},
			"coe-brochure-octopus-project-2025.pdf":       {"octopus-project"},
		}[filepath.Base(d.Source)]
		if diff := cmp.Diff(want, d.Projects); diff != "" {
			t.Errorf("%s projects (-want +got):\n%s", d.Source, diff)
		}
	}
	golden(t, "export.json", out)
	golden(t, "diff-cybercrime-octopus.txt", cli(t, "diff", "--db", db, "--color", "never", "cybercrime-octopus"))
	golden(t, "diff-octopus-project.txt", cli(t, "diff", "--db", db, "--color", "never", "octopus-project"))
}

func compactJSON(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// TestReconcile_SameExportWhateverTheOrder ingests the fixtures one by one
// in shuffled orders, and all at once with one and with four workers: the
// exports are identical.
func TestReconcile_SameExportWhateverTheOrder(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	files := fixtureFiles(t)
	var first string
	rng := rand.New(rand.NewPCG(7, 11))
	for run := 0; run < 6; run++ {
		db := filepath.Join(t.TempDir(), "dossier.db")
		switch run {
		case 0:
			ingestInto(t, db, "--workers", "1", fixtureDir)
		case 1:
			ingestInto(t, db, "--workers", "4", fixtureDir)
		default:
			order := append([]string(nil), files...)
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, f := range order {
				ingestInto(t, db, f)
				// Reconciling between ingests assigns ids early, as a
				// reviewer looking at each step would.
				cli(t, "projects", "--db", db)
			}
		}
		out := cli(t, "export", "--db", db, "--format", "json")
		if run == 0 {
			first = out
			continue
		}
		if diff := cmp.Diff(first, out); diff != "" {
			t.Fatalf("run %d: export differs from the first (-first +this):\n%s", run, diff)
		}
	}
}

// TestReview_DecisionHoldsUntilANewerSourceDisagrees: a reviewer's decision
// survives re-ingestion; a document ingested later that disagrees puts the
// field back under review, and the decision stays in the history.
func TestReview_DecisionHoldsUntilANewerSourceDisagrees(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	out := cli(t, "review", "--db", db, "cybercrime-octopus", "end", "--value", "31 December 2020",
		"--note", "extension confirmed by the programme office", "--reviewer", "Ana")
	if !strings.Contains(out, "31 December 2020") {
		t.Fatalf("review output %q", out)
	}
	field := func() (status, rule, value string) {
		var ex exportJSON
		if err := json.Unmarshal([]byte(cli(t, "export", "--db", db)), &ex); err != nil {
			t.Fatal(err)
		}
		for _, p := range ex.Projects {
			if p.ID == "cybercrime-octopus" {
				f := p.Fields["end"]
				return f.Status, f.Rule, string(f.Value)
			}
		}
		t.Fatal("no cybercrime-octopus")
		return
	}
	if s, r, v := field(); s != "overridden" || !strings.Contains(r, "extension confirmed") || !strings.Contains(v, "2020-12-31") {
		t.Fatalf("after the decision: %s %q %s", s, r, v)
	}
	// Re-ingesting the same documents changes nothing.
	ingestInto(t, db, fixtureDir)
	if s, _, _ := field(); s != "overridden" {
		t.Fatalf("after re-ingest: status %s, want overridden", s)
	}
	// A newer page says the project ends in 2021.
	page := `<html><head><title>Cybercrime@Octopus extended</title></head><body>
<h1>Cybercrime@Octopus</h1><p>Strasbourg, 3 March 2021</p>
<dl><dt>Duration:</dt><dd>1 January 2014 – 30 June 2021</dd></dl></body></html>`
	newer := filepath.Join(t.TempDir(), "extension-2021.html")
	if err := os.WriteFile(newer, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ingestInto(t, db, newer)
	s, r, v := field()
	if s != "needs_review" || !strings.Contains(r, "a newer source disagrees with the decision of Ana") || !strings.Contains(v, "2020-12-31") {
		t.Errorf("after a disagreeing newer source: %s %q %s; want needs_review naming Ana, decision kept as the guess", s, r, v)
	}
	hist := cli(t, "history", "--db", db, "cybercrime-octopus")
	if !strings.Contains(hist, "Ana") || !strings.Contains(hist, "disputed by a newer source") || !strings.Contains(hist, "extension confirmed") {
		t.Errorf("history:\n%s", hist)
	}
	// The reviewer decides again; both decisions stay in the history.
	cli(t, "review", "--db", db, "cybercrime-octopus", "end", "--candidate", "1", "--note", "the 2021 extension is real", "--reviewer", "Ben")
	if s, _, _ := field(); s != "overridden" {
		t.Errorf("after the second decision: %s, want overridden", s)
	}
	hist = cli(t, "history", "--db", db, "cybercrime-octopus")
	if !strings.Contains(hist, "superseded") || !strings.Contains(hist, "in force") {
		t.Errorf("history after a second decision:\n%s", hist)
	}
}

// TestReview_BadRequestsAreUsageErrors: a missing note, an unknown field or
// candidate is refused with exit code 2 and nothing is stored.
func TestReview_BadRequestsAreUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	for _, args := range [][]string{
		{"cybercrime-octopus", "end", "--value", "2020"},
		{"cybercrime-octopus", "colour", "--value", "red", "--note", "x"},
		{"cybercrime-octopus", "end", "--candidate", "9", "--note", "x"},
		{"cybercrime-octopus", "end", "--value", "31 Febtember", "--note", "x"},
		{"cybercrime-octopus", "end", "--value", "2020", "--note", "x", "--seen", "yesterday"},
	} {
		code, _, _ := runCLI(t, append([]string{"review", "--db", db}, args...)...)
		if code != exitUsage {
			t.Errorf("review %v: exit %d, want %d", args, code, exitUsage)
		}
	}
	if h := cli(t, "history", "--db", db, "cybercrime-octopus"); !strings.Contains(h, "no decisions") {
		t.Errorf("history after refused reviews:\n%s", h)
	}
}

// TestReview_SeenVersionRefusesAFieldDecidedMeanwhile: two reviewers read
// the same diff; the first to decide wins, the second (deciding on the
// version the diff showed) is refused, shown the field as it is now with
// its new version, and nothing of theirs is stored; deciding on that new
// version works.
func TestReview_SeenVersionRefusesAFieldDecidedMeanwhile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	version := func(diff, field string) string {
		t.Helper()
		_, rest, ok := strings.Cut(diff, "\n"+field+"  ")
		if !ok {
			t.Fatalf("diff shows no field %s:\n%s", field, diff)
		}
		_, rest, ok = strings.Cut(rest, "  version: ")
		if !ok {
			t.Fatalf("field %s shows no version:\n%s", field, diff)
		}
		v, _, _ := strings.Cut(rest, "\n")
		return v
	}
	seen := version(cli(t, "diff", "--db", db, "--all", "cybercrime-octopus"), "end")
	cli(t, "review", "--db", db, "cybercrime-octopus", "end", "--value", "31 December 2020",
		"--note", "extension confirmed", "--reviewer", "Ana", "--seen", seen)
	code, _, stderr := runCLI(t, "review", "--db", db, "cybercrime-octopus", "end", "--value", "31 December 2016",
		"--note", "the inventory says so", "--reviewer", "Ben", "--seen", seen)
	if code == 0 {
		t.Fatal("the second reviewer's decision on the old version was accepted")
	}
	if !strings.Contains(stderr, "changed since it was read") || !strings.Contains(stderr, "OVERRIDDEN") ||
		!strings.Contains(stderr, "31 December 2020") || !strings.Contains(stderr, "extension confirmed") {
		t.Errorf("refusal does not show the field as it is now:\n%s", stderr)
	}
	hist := cli(t, "history", "--db", db, "cybercrime-octopus")
	if !strings.Contains(hist, "Ana") || strings.Contains(hist, "Ben") {
		t.Fatalf("history after the refused decision:\n%s", hist)
	}
	now := version(cli(t, "diff", "--db", db, "--all", "cybercrime-octopus"), "end")
	if now == seen {
		t.Fatalf("the version did not change with the decision: %s", now)
	}
	if !strings.Contains(stderr, "version: "+now) {
		t.Errorf("refusal does not give the new version %s:\n%s", now, stderr)
	}
	cli(t, "review", "--db", db, "cybercrime-octopus", "end", "--value", "31 December 2016",
		"--note", "the inventory says so", "--reviewer", "Ben", "--seen", now)
	if hist := cli(t, "history", "--db", db, "cybercrime-octopus"); !strings.Contains(hist, "Ben") {
		t.Errorf("the decision on the current version was not stored:\n%s", hist)
	}
}
