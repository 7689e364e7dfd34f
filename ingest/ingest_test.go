package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/store"
)

// TestMain makes this test binary a PDF worker when ingest starts it as
// one: with Options.Isolate, ingest re-executes the running program, which
// under go test is this binary, not dossier.
func TestMain(m *testing.M) {
	if os.Getenv(worker.EnvChild) == "1" {
		os.Exit(worker.Main())
	}
	os.Exit(m.Run())
}

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "dossier.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

const fixtureDir = "../fixtures/docs"

// fixtureFiles are the five fixture documents: their names and bytes.
func fixtureFiles(t testing.TB) (names []string, data [][]byte) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(fixtureDir, "*"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("want the 5 fixture documents, found %d (%v)", len(paths), err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(p))
		data = append(data, b)
	}
	return names, data
}

// copies returns n items, each a fixture with a comment added, so every
// copy has its own bytes (its own document) and the fixture's facts: a
// PDF reader ignores bytes after %%EOF, a browser an HTML comment.
func copies(t testing.TB, n int) (items []ingest.Item, fixtureOf map[string]int) {
	names, data := fixtureFiles(t)
	fixtureOf = map[string]int{}
	for i := range n {
		k := i % len(names)
		b := append([]byte(nil), data[k]...)
		if strings.HasSuffix(names[k], ".pdf") {
			b = fmt.Appendf(b, "\n%% copy %d\n", i)
		} else {
			b = fmt.Appendf(b, "\n<!-- copy %d -->\n", i)
		}
		name := fmt.Sprintf("copies/%04d-%s", i, names[k])
		fixtureOf[name] = k
		items = append(items, ingest.Item{Name: name, Read: func(context.Context) ([]byte, string, error) { return b, "", nil }})
	}
	return items, fixtureOf
}

// factsByDocument reads every fact in st, by document id.
func factsByDocument(t testing.TB, st *store.Store) map[string][]dossier.Fact {
	t.Helper()
	fs, err := st.Facts(context.Background(), store.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]dossier.Fact{}
	for _, f := range fs {
		out[f.Document] = append(out[f.Document], f)
	}
	return out
}

// withoutDocument blanks the document id of facts, so facts of copies
// compare with the original's.
func withoutDocument(fs []dossier.Fact) []dossier.Fact {
	out := make([]dossier.Fact, len(fs))
	for i, f := range fs {
		f.Document = ""
		out[i] = f
	}
	return out
}

// fixtureFacts ingests the five fixtures alone, in this process, and
// returns their facts by file name: the facts a clean run gives.
func fixtureFacts(t testing.TB) map[string][]dossier.Fact {
	t.Helper()
	st := openStore(t)
	sum, err := ingest.Run(context.Background(), st, ingest.Expand([]string{fixtureDir}, ingest.HTTPOptions{}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	byID := factsByDocument(t, st)
	out := map[string][]dossier.Fact{}
	for _, r := range sum.Results {
		if r.State != ingest.StateIngested {
			t.Fatalf("clean ingest of %s: %s %v", r.Source, r.State, r.Err)
		}
		out[filepath.Base(r.Source)] = withoutDocument(byID[r.ID])
	}
	return out
}

// TestRun_SameResultsWhateverTheWorkers: results come back in input order
// and the stored facts are the same with one worker or four, in this
// process or in worker subprocesses.
func TestRun_SameResultsWhateverTheWorkers(t *testing.T) {
	var runs []map[string][]dossier.Fact
	for _, opt := range []ingest.Options{{Workers: 1}, {Workers: 4}, {Workers: 2, Isolate: true}} {
		st := openStore(t)
		sum, err := ingest.Run(context.Background(), st, ingest.Expand([]string{fixtureDir}, ingest.HTTPOptions{}), opt)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range sum.Results {
			if r.State != ingest.StateIngested {
				t.Fatalf("%+v: %s: %v", opt, r.Source, r.Err)
			}
			if i > 0 && r.Source < sum.Results[i-1].Source {
				t.Errorf("results out of input order")
			}
		}
		runs = append(runs, factsByDocument(t, st))
	}
	for i := 1; i < len(runs); i++ {
		if diff := cmp.Diff(runs[0], runs[i]); diff != "" {
			t.Errorf("run %d stored other facts than run 0 (-run 0 +run %d):\n%s", i, i, diff)
		}
	}
}

// TestRun_UnchangedCorpusIsOnlyHashed: a second run over the same files
// extracts nothing and writes nothing, for a handful of files and for a
// folder of many (whose sources are read in one query); a new name for
// known bytes costs one write, recording the name; facts stay as they
// were.
func TestRun_UnchangedCorpusIsOnlyHashed(t *testing.T) {
	for _, n := range []int{5, 60} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			dir := t.TempDir()
			items, _ := copies(t, n)
			for _, it := range items {
				b, _, _ := it.Read(context.Background())
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(it.Name)), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			st := openStore(t)
			files := ingest.Expand([]string{dir}, ingest.HTTPOptions{})
			first, err := ingest.Run(context.Background(), st, files, ingest.Options{Isolate: true})
			if err != nil {
				t.Fatal(err)
			}
			if first.Count(ingest.StateIngested) != n || first.Extracted != n || first.Writes != n {
				t.Fatalf("first run: %d ingested, %d extracted, %d writes; want %d each", first.Count(ingest.StateIngested), first.Extracted, first.Writes, n)
			}
			before := factsByDocument(t, st)

			again, err := ingest.Run(context.Background(), st, files, ingest.Options{Isolate: true})
			if err != nil {
				t.Fatal(err)
			}
			if again.Count(ingest.StateUnchanged) != n || again.Extracted != 0 || again.Writes != 0 {
				t.Errorf("re-run: %d unchanged, %d extracted, %d writes; want %d unchanged, nothing extracted or written",
					again.Count(ingest.StateUnchanged), again.Extracted, again.Writes, n)
			}
			if again.Workers.Started != 0 {
				t.Errorf("re-run started %d workers, want none", again.Workers.Started)
			}

			b, _, _ := items[0].Read(context.Background())
			if err := os.WriteFile(filepath.Join(dir, "renamed.pdf"), b, 0o644); err != nil {
				t.Fatal(err)
			}
			renamed, err := ingest.Run(context.Background(), st, ingest.Expand([]string{dir}, ingest.HTTPOptions{}), ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if renamed.Count(ingest.StateUnchanged) != n+1 || renamed.Extracted != 0 || renamed.Writes != 1 {
				t.Errorf("with a renamed copy: %d unchanged, %d extracted, %d writes; want %d, 0 and 1 (the new name)",
					renamed.Count(ingest.StateUnchanged), renamed.Extracted, renamed.Writes, n+1)
			}
			if diff := cmp.Diff(before, factsByDocument(t, st)); diff != "" {
				t.Errorf("facts changed on re-runs (-before +after):\n%s", diff)
			}
			infos, err := st.Documents(context.Background(), store.DocumentFilter{})
			if err != nil {
				t.Fatal(err)
			}
			sources := 0
			for _, d := range infos {
				sources += len(d.Sources)
			}
			if len(infos) != n || sources != n+1 {
				t.Errorf("%d documents with %d sources, want %d documents, %d sources", len(infos), sources, n, n+1)
			}
		})
	}
}

// TestRun_ChangedFileInAKnownFolderIsReadAgain: in a folder the store
// knows, a file whose bytes changed under the same name is extracted
// again; the others are unchanged.
func TestRun_ChangedFileInAKnownFolderIsReadAgain(t *testing.T) {
	dir := t.TempDir()
	items, _ := copies(t, 40)
	for _, it := range items {
		b, _, _ := it.Read(context.Background())
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(it.Name)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st := openStore(t)
	files := ingest.Expand([]string{dir}, ingest.HTTPOptions{})
	if _, err := ingest.Run(context.Background(), st, files, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	changed := files[7].Name
	b, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(changed, append(b, "\n<!-- edited -->\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(context.Background(), st, files, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Extracted != 1 || sum.Results[7].State != ingest.StateIngested || sum.Count(ingest.StateUnchanged) != 39 {
		t.Errorf("after editing %s: %d extracted, it is %s, %v; want it alone extracted and ingested", changed, sum.Extracted, sum.Results[7].State, states(sum))
	}
}

// TestRun_FailedIsRetriedWhenBytesChangeOrAsked: a failed document stays
// failed, with its first reason, while its bytes are the same; changed
// bytes are read again, and so are the same bytes with RetryFailed.
func TestRun_FailedIsRetriedWhenBytesChangeOrAsked(t *testing.T) {
	dir := t.TempDir()
	_, data := fixtureFiles(t)
	pdf := data[0] // coe-brochure…pdf, the first name in order
	path := filepath.Join(dir, "report.pdf")
	if err := os.WriteFile(path, pdf[:len(pdf)/3], 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	items := ingest.Expand([]string{path}, ingest.HTTPOptions{})
	run := func(opt ingest.Options) ingest.Result {
		t.Helper()
		sum, err := ingest.Run(context.Background(), st, items, opt)
		if err != nil {
			t.Fatal(err)
		}
		return sum.Results[0]
	}
	first := run(ingest.Options{})
	if first.State != ingest.StateFailed || first.Err == nil {
		t.Fatalf("truncated PDF: %s %v, want failed", first.State, first.Err)
	}
	again := run(ingest.Options{})
	if again.State != ingest.StateFailed || !strings.Contains(again.Err.Error(), "failed before and unchanged") {
		t.Errorf("same bytes again: %s %v, want failed before and unchanged", again.State, again.Err)
	}
	reason := strings.TrimPrefix(first.Err.Error(), path+": ")
	if !strings.Contains(again.Err.Error(), reason) {
		t.Errorf("re-run reason %q does not give the first reason %q", again.Err, reason)
	}
	retried := run(ingest.Options{RetryFailed: true})
	if retried.State != ingest.StateFailed || strings.Contains(retried.Err.Error(), "failed before") {
		t.Errorf("with RetryFailed: %s %v, want read again and failed", retried.State, retried.Err)
	}
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	fixed := run(ingest.Options{})
	if fixed.State != ingest.StateIngested || fixed.Facts == 0 {
		t.Errorf("whole file under the same name: %s, %d facts, %v; want ingested", fixed.State, fixed.Facts, fixed.Err)
	}
}

// TestRun_FileOverSizeLimitFailsUnread: a file over MaxFileBytes fails
// with the limit in its reason and is recorded as failed under its id.
func TestRun_FileOverSizeLimitFailsUnread(t *testing.T) {
	st := openStore(t)
	items := ingest.Expand([]string{filepath.Join(fixtureDir, "project-summary-cybercrime-octopus-2019.pdf")}, ingest.HTTPOptions{})
	sum, err := ingest.Run(context.Background(), st, items, ingest.Options{MaxFileBytes: 10_000})
	if err != nil {
		t.Fatal(err)
	}
	r := sum.Results[0]
	if r.State != ingest.StateFailed || r.Err == nil || !strings.Contains(r.Err.Error(), "too large") || !strings.Contains(r.Err.Error(), "--max-file-bytes") {
		t.Fatalf("result %s %v, want failed: too large … --max-file-bytes", r.State, r.Err)
	}
	b, _ := os.ReadFile(items[0].Name)
	if r.ID != extract.ID(b) {
		t.Errorf("id %s, want the bytes' id", r.ID)
	}
	failed, err := st.Documents(context.Background(), store.DocumentFilter{Failed: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || failed[0].ID != r.ID || !strings.Contains(failed[0].Error, "too large") || failed[0].Size != int64(len(b)) {
		t.Errorf("failed documents %+v, want the file, too large, with its size", failed)
	}
}

// TestRun_EveryStageCountsEveryInput: progress reaches the number of
// inputs on every stage, whether an input was extracted, unchanged or
// failed early.
func TestRun_EveryStageCountsEveryInput(t *testing.T) {
	st := openStore(t)
	items := ingest.Expand([]string{fixtureDir, filepath.Join(t.TempDir(), "missing.pdf")}, ingest.HTTPOptions{})
	for run := range 2 {
		var counts [3]atomic.Int64
		_, err := ingest.Run(context.Background(), st, items, ingest.Options{Progress: func(s ingest.Stage) { counts[s].Add(1) }})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ingest.Stages {
			if n := counts[s].Load(); n != int64(len(items)) {
				t.Errorf("run %d: stage %s counted %d inputs, want %d", run, s, n, len(items))
			}
		}
	}
}

// TestRun_CancelStoresWholeDocuments: cancelling midway (Ctrl-C) leaves
// every stored document with all its facts and none half-written; the
// same run again stores the rest, each document once.
func TestRun_CancelStoresWholeDocuments(t *testing.T) {
	items, fixtureOf := copies(t, 120)
	want := fixtureFacts(t)
	names, _ := fixtureFiles(t)
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stored atomic.Int64
	opt := ingest.Options{Workers: 2, Isolate: true, Progress: func(s ingest.Stage) {
		if s == ingest.StageStore && stored.Add(1) == 30 {
			cancel()
		}
	}}
	sum, err := ingest.Run(ctx, st, items, opt)
	if err != context.Canceled {
		t.Fatalf("cancelled run: error %v, want context.Canceled", err)
	}
	if n := sum.Count(ingest.StateIngested); n < 30 || n == len(items) {
		t.Errorf("cancelled run ingested %d of %d, want at least the 30 seen stored and not all", n, len(items))
	}
	if n := sum.Count(ingest.StateIngested) + sum.Count(ingest.StateInterrupted); n != len(items) {
		t.Errorf("cancelled run: %d ingested or interrupted of %d; states: %v", n, len(items), states(sum))
		for _, r := range sum.Results {
			if r.State == ingest.StateFailed {
				t.Logf("failed: %v", r.Err)
			}
		}
	}
	check := func(when string) map[string]bool {
		t.Helper()
		byID := factsByDocument(t, st)
		infos, err := st.Documents(context.Background(), store.DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, d := range infos {
			if d.State != store.StateIngested || len(d.Sources) != 1 {
				t.Errorf("%s: %s: state %s, sources %v; want ingested from one place", when, d.ID, d.State, d.Sources)
				continue
			}
			src := d.Sources[0]
			if diff := cmp.Diff(want[names[fixtureOf[src]]], withoutDocument(byID[d.ID])); diff != "" {
				t.Errorf("%s: %s: facts differ from a clean ingest (-clean +stored):\n%s", when, src, diff)
			}
			seen[src] = true
		}
		return seen
	}
	stored1 := check("after cancel")
	for _, r := range sum.Results {
		if r.State == ingest.StateIngested && !stored1[r.Source] {
			t.Errorf("%s reported ingested but not stored", r.Source)
		}
	}

	rerun, err := ingest.Run(context.Background(), st, items, ingest.Options{Workers: 2, Isolate: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := rerun.Count(ingest.StateUnchanged); got != len(stored1) {
		t.Errorf("re-run: %d unchanged, want the %d stored before", got, len(stored1))
	}
	if got := rerun.Count(ingest.StateIngested); got != len(items)-len(stored1) {
		t.Errorf("re-run: %d ingested, want the %d not stored before", got, len(items)-len(stored1))
	}
	if all := check("after re-run"); len(all) != len(items) {
		t.Errorf("after re-run %d documents stored, want %d", len(all), len(items))
	}
}

func states(sum ingest.Summary) map[string]int {
	m := map[string]int{}
	for _, r := range sum.Results {
		m[r.State]++
	}
	return m
}

// TestRun_PanicInAReadIsThatInputsFailure: a reader that panics fails its
// own input only.
func TestRun_PanicInAReadIsThatInputsFailure(t *testing.T) {
	st := openStore(t)
	items := ingest.Expand([]string{fixtureDir}, ingest.HTTPOptions{})
	items = append(items, ingest.Item{Name: "panics.html", Read: func(context.Context) ([]byte, string, error) {
		panic("reader bug")
	}})
	sum, err := ingest.Run(context.Background(), st, items, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	last := sum.Results[len(items)-1]
	if last.State != ingest.StateFailed || !strings.Contains(last.Err.Error(), "internal error in read: reader bug") {
		t.Errorf("panicking input: %s %v", last.State, last.Err)
	}
	if sum.Count(ingest.StateIngested) != 5 {
		t.Errorf("ingested %d of the 5 fixtures", sum.Count(ingest.StateIngested))
	}
}

// TestRun_NewerReadingCodeReadsAgain: documents stored by an older version
// of the reading code are read again by a newer one, their facts replaced,
// and then left alone.
func TestRun_NewerReadingCodeReadsAgain(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	items := ingest.Expand([]string{"../fixtures/docs"}, ingest.HTTPOptions{})
	count := func(sum ingest.Summary, state string) int { return sum.Count(state) }
	old, err := ingest.Run(ctx, st, items, ingest.Options{ExtractorVersion: "extract/0 facts/0"})
	if err != nil || count(old, ingest.StateIngested) != 5 {
		t.Fatalf("first run: %v, %d ingested", err, count(old, ingest.StateIngested))
	}
	before, err := st.Facts(ctx, store.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	again, err := ingest.Run(ctx, st, items, ingest.Options{})
	if err != nil || count(again, ingest.StateIngested) != 5 {
		t.Fatalf("run with newer code: %v, %d ingested, want 5 read again", err, count(again, ingest.StateIngested))
	}
	after, err := st.Facts(ctx, store.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Errorf("facts after reading again: %d, before %d (replaced, not added)", len(after), len(before))
	}
	for _, r := range again.Results {
		d, err := st.Document(ctx, r.ID)
		if err != nil || d.Extractor != ingest.ExtractorVersion {
			t.Errorf("%s: extractor %q, %v; want %q", r.Source, d.Extractor, err, ingest.ExtractorVersion)
		}
	}
	third, err := ingest.Run(ctx, st, items, ingest.Options{})
	if err != nil || count(third, ingest.StateUnchanged) != 5 {
		t.Errorf("third run: %v, %d unchanged, want 5", err, count(third, ingest.StateUnchanged))
	}
}

// TestWithoutStore: ingesting the folder that holds the store file reads
// the documents beside it, not the store and its journals.
func TestWithoutStore(t *testing.T) {
	dir := t.TempDir()
	names, data := fixtureFiles(t)
	if err := os.WriteFile(filepath.Join(dir, filepath.Base(names[0])), data[0], 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "dossier.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	items := ingest.WithoutStore(ingest.Expand([]string{dir}, ingest.HTTPOptions{}), db)
	sum, err := ingest.Run(context.Background(), st, items, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Count(ingest.StateIngested) != 1 || sum.Count(ingest.StateFailed) != 0 {
		t.Errorf("%d ingested, %d failed; want the one document and no failure", sum.Count(ingest.StateIngested), sum.Count(ingest.StateFailed))
	}
}
