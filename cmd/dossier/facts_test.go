package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
)

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

// squash folds whitespace, so quotes compare across line breaks.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestFacts_ListsWhatExtractionFound: after `dossier ingest fixtures/docs`,
// `dossier facts --json` lists, for each document, exactly the facts that
// reading it with extract and facts.Extract gives, every part of each
// fact kept. Whether those facts are right is facts/seeds_test.go's
// business (held to fixtures/expected there); this holds the path between:
// the worker processes, the store and the command lose, add and change
// nothing.
func TestFacts_ListsWhatExtractionFound(t *testing.T) {
	docs := filepath.Join(repoRoot(t), "fixtures/docs")
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, _, stderr := runCLI(t, "ingest", "--db", db, docs); code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "facts", "--db", db, "--json")
	if code != exitOK {
		t.Fatalf("facts exit %d: %s", code, stderr)
	}
	listed := byDocument(t, []byte(out))

	paths, _ := filepath.Glob(filepath.Join(docs, "*"))
	if len(paths) != 5 {
		t.Fatalf("want 5 fixture documents, have %d", len(paths))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := extract.Default().Extract(context.Background(), extract.Source{Name: p, Data: data}, extract.DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(p), err)
		}
		b, err := json.Marshal(facts.Extract(d))
		if err != nil {
			t.Fatal(err)
		}
		want := byDocument(t, b)[d.ID]
		if len(want) == 0 {
			t.Errorf("%s: extraction gives no fact", filepath.Base(p))
		}
		if diff := cmp.Diff(want, listed[d.ID]); diff != "" {
			t.Errorf("%s: facts listed differ from those extracted (-extracted +listed):\n%s", filepath.Base(p), diff)
		}
	}
}

// byDocument reads a JSON list of facts into each document's facts, each
// fact as canonical JSON (keys sorted), sorted: a comparison of two lists
// then ignores order and JSON escaping, and nothing else.
func byDocument(t *testing.T, list []byte) map[string][]string {
	t.Helper()
	var fs []map[string]any
	if err := json.Unmarshal(list, &fs); err != nil {
		t.Fatalf("facts JSON: %v", err)
	}
	out := map[string][]string{}
	for _, f := range fs {
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := f["document"].(string)
		out[id] = append(out[id], string(b))
	}
	for _, l := range out {
		slices.Sort(l)
	}
	return out
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
