package ingest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/store"
)

// TestRun_HugeWebPageFailsAloneWithinItsLimits: the page from issue 10
// (deep nesting, then half a million paragraphs: 4 MB that cost 2 GB and
// 27 s in the main process) is read in a worker under the time and memory
// limits like a PDF, fails alone with the limit it hit, is recorded as
// failed, and is not read again on a re-run; the rest of the batch is
// ingested.
func TestRun_HugeWebPageFailsAloneWithinItsLimits(t *testing.T) {
	page := []byte(strings.Repeat("<div><p>a</p>", 480) + strings.Repeat("<p>x</p>", 500000))
	items, _ := copies(t, 5)
	items = append(items, ingest.Item{Name: "bomb.html", Read: func(context.Context) ([]byte, string, error) { return page, "", nil }})
	st := openStore(t)
	opt := ingest.Options{Workers: 2, Isolate: true, Worker: worker.Config{Timeout: 4 * time.Second, MaxMemory: 256 << 20}}
	sum, err := ingest.Run(context.Background(), st, items, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range sum.Results[:5] {
		if r.State != ingest.StateIngested {
			t.Errorf("%s: %s %v, want ingested beside the huge page", r.Source, r.State, r.Err)
		}
	}
	bomb := sum.Results[5]
	if bomb.State != ingest.StateFailed || bomb.Err == nil {
		t.Fatalf("huge page: %s %v, want failed", bomb.State, bomb.Err)
	}
	msg := bomb.Err.Error()
	if !strings.HasPrefix(msg, "bomb.html: ") || !(strings.Contains(msg, "out of memory") || strings.Contains(msg, "timed out")) {
		t.Errorf("huge page's reason %q: want it named, failing on a limit", msg)
	}
	failed, err := st.Documents(context.Background(), store.DocumentFilter{Failed: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || len(failed[0].Sources) != 1 || failed[0].Sources[0] != "bomb.html" || failed[0].Error == "" {
		t.Fatalf("failed documents: %+v, want the huge page with its reason", failed)
	}

	// A re-run settles it from the store: no child reads it again.
	again, err := ingest.Run(context.Background(), st, items, opt)
	if err != nil {
		t.Fatal(err)
	}
	if again.Extracted != 0 || again.Workers.Started != 0 {
		t.Errorf("re-run extracted %d documents, started %d workers; want the failure remembered", again.Extracted, again.Workers.Started)
	}
	if r := again.Results[5]; r.State != ingest.StateFailed || !strings.Contains(r.Err.Error(), "failed before") {
		t.Errorf("re-run of the huge page: %s %v", r.State, r.Err)
	}
}
