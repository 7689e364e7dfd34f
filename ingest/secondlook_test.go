package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/store"
)

// TestRun_SecondLookWithTheRunsNames: a news item that names its project
// only as "HAWA" is read again, at the end of the run, with the names the
// run's project summary gave: it is about HAWA, not "no project found",
// and the store holds the same facts whichever order the two documents
// are read in.
func TestRun_SecondLookWithTheRunsNames(t *testing.T) {
	dir := t.TempDir()
	summary := `<html><head><title>Harbour Watch (HAWA)</title></head><body>
<h1>Harbour Watch (HAWA)</h1>
<dl><dt>Duration</dt><dd>March 2019 – December 2024</dd><dt>Donors</dt><dd>Norway</dd></dl></body></html>`
	news := `<html><head><title>Gauges go online | River Review</title></head><body>
<p>River Review</p>
<h1>Five states switch on a shared flood warning platform</h1>
<p>The platform was built under HAWA with EUR 3 million.</p>
<p>HAWA started in March 2019 and will end in December 2024.</p></body></html>`
	a, b := filepath.Join(dir, "a-summary.html"), filepath.Join(dir, "b-news.html")
	if err := os.WriteFile(a, []byte(summary), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(news), 0o644); err != nil {
		t.Fatal(err)
	}
	var runs [][]string
	for _, order := range [][]string{{a, b}, {b, a}} {
		st := openStore(t)
		sum, err := ingest.Run(context.Background(), st, ingest.Expand(order, ingest.HTTPOptions{}), ingest.Options{Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		if n := sum.NoProject(); n != 0 {
			t.Errorf("order %v: %d documents without a project, want 0", order, n)
		}
		fs, err := st.Facts(context.Background(), store.FactFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, f := range fs {
			lines = append(lines, f.Project+" | "+f.Field+" | "+f.Value.String()+" | "+f.Quote)
		}
		slices.Sort(lines)
		if !slices.Contains(lines, "HAWA | start | March 2019 | HAWA started in March 2019 and will end in December 2024.") {
			t.Errorf("order %v: the news item's start is not HAWA's:\n%v", order, lines)
		}
		runs = append(runs, lines)
	}
	if !slices.Equal(runs[0], runs[1]) {
		t.Errorf("facts depend on the order read:\n%v\n%v", runs[0], runs[1])
	}
}
