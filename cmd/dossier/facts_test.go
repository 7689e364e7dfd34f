package main

import (
	"github.com/dossier-dev/dossier/internal/testtool"

	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/store"
)

// expectedDoc is a fixtures/expected/<doc>.json file, written by hand from
// reading the document.
type expectedDoc struct {
	Document  string          `json:"document"`
	Kind      string          `json:"kind"`
	Title     string          `json:"title"`
	AsOf      json.RawMessage `json:"as_of"`
	AsOfQuote string          `json:"as_of_quote"`
	Projects  []string        `json:"projects"`
	Facts     []expectedFact  `json:"facts"`
	NotFacts  []expectedFact  `json:"not_facts"`
}

type expectedFact struct {
	Project string          `json:"project"`
	Field   string          `json:"field"`
	Value   json.RawMessage `json:"value"`
	Quote   string          `json:"quote"`
	Scope   string          `json:"scope"`
	Why     string          `json:"why"`
}

// gotFact is a fact as `dossier facts --json` prints it.
type gotFact struct {
	Document string          `json:"document"`
	Project  string          `json:"project"`
	Field    string          `json:"field"`
	Value    json.RawMessage `json:"value"`
	Page     int             `json:"page"`
	Quote    string          `json:"quote"`
	Scope    string          `json:"scope"`
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// runCLI runs one dossier command line in-process and returns its exit code
// and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// ingestFixtureFacts ingests fixtures/docs into a fresh store and returns
// the store's path and what `dossier facts --json` prints.
func ingestFixtureFacts(t *testing.T) (string, []gotFact) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, _, stderr := runCLI(t, "ingest", "--db", db, filepath.Join(repoRoot(t), "fixtures/docs")); code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "facts", "--db", db, "--json")
	if code != exitOK {
		t.Fatalf("facts exit %d: %s", code, stderr)
	}
	var got []gotFact
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("facts --json: %v", err)
	}
	return db, got
}

// documentInfos lists the documents of the store at db.
func documentInfos(t *testing.T, db string) []store.DocumentInfo {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	infos, err := st.Documents(context.Background(), store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return infos
}

// TestIngestFixtures_FactsMatchExpected is the acceptance test of issue 2:
// ingesting fixtures/docs and listing facts gives every fact a person wrote
// down in fixtures/expected, with a quote found in the document, and none
// of the traps (menus, footers, event dates) listed there.
func TestIngestFixtures_FactsMatchExpected(t *testing.T) {
	root := repoRoot(t)
	db, got := ingestFixtureFacts(t)
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	infos := documentInfos(t, db)
	byName := map[string]store.DocumentInfo{}
	for _, d := range infos {
		for _, s := range d.Sources {
			byName[filepath.Base(s)] = d
		}
	}

	files, _ := filepath.Glob(filepath.Join(root, "fixtures/expected/*.json"))
	if len(files) < 5 {
		t.Fatalf("want 5 expected files, found %d", len(files))
	}
	for _, file := range files {
		var exp expectedDoc
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &exp); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		t.Run(exp.Document, func(t *testing.T) {
			info, ok := byName[exp.Document]
			if !ok {
				t.Fatalf("document %s not ingested", exp.Document)
			}
			if info.State != store.StateIngested {
				t.Fatalf("document %s: state %s: %s", exp.Document, info.State, info.Error)
			}
			doc, err := st.Document(context.Background(), info.ID)
			if err != nil {
				t.Fatal(err)
			}
			text := squash(doc.Text())
			checkAsOf(t, exp, doc)
			var mine []gotFact
			for _, f := range got {
				if f.Document == info.ID {
					mine = append(mine, f)
				}
			}
			for _, f := range mine {
				if !strings.Contains(text, squash(f.Quote)) {
					t.Errorf("%s %s: quote %q not found in the document's text", f.Project, f.Field, f.Quote)
				}
			}
			for _, e := range exp.Facts {
				if e.Quote != "" && !strings.Contains(text, squash(e.Quote)) {
					t.Errorf("expected file quote %q (for %s) not in the extracted text", e.Quote, e.Field)
				}
				if !anyMatch(mine, e) {
					t.Errorf("missing fact: %s %s = %s (quote %q)", e.Project, e.Field, e.Value, e.Quote)
				}
			}
			for _, e := range exp.NotFacts {
				for _, f := range mine {
					if matches(f, e) {
						t.Errorf("fact that is not one (%s): %s %s = %s from %q", e.Why, f.Project, f.Field, f.Value, f.Quote)
					}
				}
			}
			if t.Failed() {
				var b strings.Builder
				for _, f := range mine {
					fmt.Fprintf(&b, "  %s | %s | %s | %s\n", f.Project, f.Field, f.Value, f.Quote)
				}
				t.Logf("facts extracted:\n%s", b.String())
			}
		})
	}
}

func checkAsOf(t *testing.T, exp expectedDoc, doc *dossier.Document) {
	t.Helper()
	want := strings.TrimSpace(string(exp.AsOf))
	if want == "" || want == "null" {
		if doc.AsOf != nil {
			t.Errorf("as-of date %s (from %q), want none", doc.AsOf, doc.AsOfQuote)
		}
		return
	}
	var w dossier.Date
	if err := json.Unmarshal(exp.AsOf, &w); err != nil {
		t.Fatalf("expected as_of: %v", err)
	}
	if doc.AsOf == nil || *doc.AsOf != w {
		t.Errorf("as-of date %v, want %v", doc.AsOf, w)
	}
}

func anyMatch(got []gotFact, e expectedFact) bool {
	for _, f := range got {
		if matches(f, e) {
			return true
		}
	}
	return false
}

// matches compares a fact with an expected one: the same project name
// (case and punctuation aside), field, scope if given, and value by kind.
func matches(f gotFact, e expectedFact) bool {
	if e.Field != "" && f.Field != e.Field {
		return false
	}
	if e.Project != "" && nameKey(f.Project) != nameKey(e.Project) {
		return false
	}
	if e.Scope != "" && f.Scope != e.Scope {
		return false
	}
	if len(e.Value) == 0 {
		return true
	}
	return valueMatches(f.Value, e.Value)
}

func valueMatches(got, want json.RawMessage) bool {
	var g, w any
	if json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil {
		return false
	}
	switch wv := w.(type) {
	case string:
		gs, ok := g.(string)
		return ok && strings.EqualFold(squash(gs), squash(wv))
	case map[string]any:
		gm, ok := g.(map[string]any)
		if !ok {
			return false
		}
		for k, v := range wv {
			gvv, present := gm[k]
			if k == "text" {
				gs, _ := gvv.(string)
				ws, _ := v.(string)
				if !strings.Contains(strings.ToLower(squash(gs)), strings.ToLower(squash(ws))) &&
					!strings.Contains(strings.ToLower(squash(ws)), strings.ToLower(squash(gs))) {
					return false
				}
				continue
			}
			if k == "unit" {
				continue // units are worded freely; amount and qualifier decide
			}
			if !present {
				return false
			}
			if ws, ok := v.(string); ok {
				gs, _ := gvv.(string)
				if !strings.EqualFold(squash(gs), squash(ws)) {
					return false
				}
				continue
			}
			if fmt.Sprint(gvv) != fmt.Sprint(v) {
				return false
			}
		}
		return true
	default:
		return fmt.Sprint(g) == fmt.Sprint(w)
	}
}

func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// squash folds whitespace, so quotes compare across line breaks.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestFixturePDFs_QuotesInPdftotext checks every quote taken from a fixture
// PDF against pdftotext's reading of the same file: the facts quote what the
// document says, as another tool reads it.
func TestFixturePDFs_QuotesInPdftotext(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	root := repoRoot(t)
	db, fs := ingestFixtureFacts(t)
	pdfs, _ := filepath.Glob(filepath.Join(root, "fixtures/docs/*.pdf"))
	if len(pdfs) == 0 {
		t.Fatal("no fixture PDFs")
	}
	for _, p := range pdfs {
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", p, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", p, err)
		}
		text := squash(string(out))
		id := docIDForSource(t, db, p)
		n := 0
		for _, f := range fs {
			if f.Document != id || f.Field == dossier.FieldAliases {
				continue
			}
			n++
			if !strings.Contains(text, squash(f.Quote)) {
				t.Errorf("%s: quote %q (%s) not in pdftotext's text", filepath.Base(p), f.Quote, f.Field)
			}
		}
		if n == 0 {
			t.Errorf("%s: no facts", filepath.Base(p))
		}
	}
}

func docIDForSource(t *testing.T, db, source string) string {
	t.Helper()
	infos := documentInfos(t, db)
	for _, d := range infos {
		for _, s := range d.Sources {
			if s == source {
				return d.ID
			}
		}
	}
	t.Fatalf("no document for %s", source)
	return ""
}

// TestFixturePages_QuotesInChromium checks every quote taken from a fixture
// web page against the text a real browser shows for it
// (document.body.innerText in headless Chromium), so decoding
// (windows-1252, entities) and what counts as visible agree with a browser.
// innerText does not depend on fonts or layout, only on the page.
func TestFixturePages_QuotesInChromium(t *testing.T) {
	ctx := testtool.Browser(t)
	root := repoRoot(t)
	db, fs := ingestFixtureFacts(t)
	pages, _ := filepath.Glob(filepath.Join(root, "fixtures/docs/*.html"))
	if len(pages) != 3 {
		t.Fatalf("want 3 fixture pages, have %d", len(pages))
	}
	for _, p := range pages {
		abs, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		text := squash(testtool.PageText(t, ctx, "file://"+abs))
		id := docIDForSource(t, db, p)
		n := 0
		for _, f := range fs {
			if f.Document != id {
				continue
			}
			n++
			if !strings.Contains(text, squash(f.Quote)) {
				t.Errorf("%s: quote %q (%s) not in the page as Chromium shows it", filepath.Base(p), f.Quote, f.Field)
			}
		}
		if n == 0 {
			t.Errorf("%s: no facts", filepath.Base(p))
		}
	}
}

// wordsInOrder reports whether quote's words appear in text in order, with
// at most gap other words inserted between them in all.
func wordsInOrder(text, quote string, gap int) bool {
	// pdftotext joins a word hyphenated at a line's end ("COVID-" / "19"
	// becomes "COVID19"): hyphens do not count.
	text, quote = strings.ReplaceAll(text, "-", ""), strings.ReplaceAll(quote, "-", "")
	tw, qw := strings.Fields(text), strings.Fields(quote)
	if len(qw) == 0 {
		return true
	}
	for start := range tw {
		if tw[start] != qw[0] {
			continue
		}
		i, skipped := 1, 0
		for j := start + 1; j < len(tw) && i < len(qw) && skipped <= gap; j++ {
			if tw[j] == qw[i] {
				i++
			} else {
				skipped++
			}
		}
		if i == len(qw) {
			return true
		}
	}
	return false
}
