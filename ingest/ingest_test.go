package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "dossier.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestRun_URLs: a page served over HTTP is ingested with its declared
// charset; a loopback address is refused unless private addresses are
// allowed; a 404 and a non-http scheme fail with their reasons.
func TestRun_URLs(t *testing.T) {
	page, err := os.ReadFile("../fixtures/docs/coe-news-canada-contribution-2020.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write(page)
	}))
	defer srv.Close()

	st := openStore(t)
	urls := []string{srv.URL + "/news", srv.URL + "/missing", "ftp://example.org/x.pdf"}
	refused, err := ingest.Run(context.Background(), st, ingest.Expand(urls[:1], ingest.HTTPOptions{}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := refused.Results[0]; r.State != ingest.StateFailed || !strings.Contains(r.Err.Error(), "private") {
		t.Fatalf("loopback without --allow-private: %+v", r)
	}
	h := ingest.HTTPOptions{AllowPrivate: true}
	sum, err := ingest.Run(context.Background(), st, ingest.Expand(urls, h), ingest.Options{HTTP: h})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ state, reason string }{
		{ingest.StateIngested, ""},
		{ingest.StateFailed, "404"},
		{ingest.StateFailed, "scheme"},
	}
	for i, w := range want {
		r := sum.Results[i]
		if r.State != w.state || (w.reason != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), w.reason))) {
			t.Errorf("%s: state %s err %v, want %s %q", urls[i], r.State, r.Err, w.state, w.reason)
		}
	}
	doc, err := st.Document(context.Background(), sum.Results[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != srv.URL+"/news" || !strings.Contains(doc.Text(), "Céline DEWAELE") {
		t.Errorf("stored page: source %q, text decoded: %v", doc.Source, strings.Contains(doc.Text(), "Céline"))
	}
}

// TestRun_SameResultsWhateverTheWorkers: results come back in input order
// and the stored facts are the same with one worker or four.
func TestRun_SameResultsWhateverTheWorkers(t *testing.T) {
	var facts []int
	for _, workers := range []int{1, 4} {
		st := openStore(t)
		sum, err := ingest.Run(context.Background(), st, ingest.Expand([]string{"../fixtures/docs"}, ingest.HTTPOptions{}), ingest.Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for i, r := range sum.Results {
			if r.State != ingest.StateIngested {
				t.Fatalf("workers=%d: %s: %v", workers, r.Source, r.Err)
			}
			if i > 0 && r.Source < sum.Results[i-1].Source {
				t.Errorf("results out of input order")
			}
			n += r.Facts
		}
		facts = append(facts, n)
	}
	if facts[0] != facts[1] {
		t.Errorf("facts with 1 worker %d, with 4 workers %d", facts[0], facts[1])
	}
}

// BenchmarkIngestFixtures measures a whole ingest of the five fixture
// documents (read, extract, find facts, store) into a fresh store.
func BenchmarkIngestFixtures(b *testing.B) {
	items := ingest.Expand([]string{"../fixtures/docs"}, ingest.HTTPOptions{})
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "dossier.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := ingest.Run(context.Background(), st, items, ingest.Options{Limits: extract.DefaultLimits()}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(len(items)), "ms/doc")
}
