package ingest_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-dev/dossier/ingest"
)

// pageServer serves the fixture web pages and the ways a server can go
// wrong.
type pageServer struct {
	*httptest.Server
	mu       sync.Mutex
	versions map[string]string // ETag of /etag's current content
	got      map[string][]int  // statuses answered, by path
	pages    map[string][]byte
}

func newPageServer(t *testing.T) *pageServer {
	t.Helper()
	s := &pageServer{got: map[string][]int{}, pages: map[string][]byte{}}
	for path, file := range map[string]string{
		"/news":  "coe-news-canada-contribution-2020.html",
		"/cybil": "cybil-portal-octopus-project.html",
		"/gfce":  "gfce-inventory-cybercrime-octopus.html",
	} {
		b, err := os.ReadFile(fixtureDir + "/" + file)
		if err != nil {
			t.Fatal(err)
		}
		s.pages[path] = b
	}
	s.pages["/etag"] = s.pages["/cybil"]
	s.versions = map[string]string{"/etag": `"v1"`}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

const lastModified = "Mon, 19 Oct 2020 08:00:00 GMT"

func (s *pageServer) answer(w http.ResponseWriter, r *http.Request, status int) {
	s.mu.Lock()
	s.got[r.URL.Path] = append(s.got[r.URL.Path], status)
	s.mu.Unlock()
	w.WriteHeader(status)
}

func (s *pageServer) serve(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/loop":
		http.Redirect(w, r, "/loop", http.StatusFound)
	case "/slow":
		// A body that never ends, a byte at a time.
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("<html><body><p>"))
		for {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
				if _, err := w.Write([]byte("x")); err != nil {
					return
				}
				w.(http.Flusher).Flush()
			}
		}
	case "/huge":
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Length", "10737418240") // 10 GB
		s.answer(w, r, http.StatusOK)
		w.Write([]byte("%PDF-1.7\n"))
	case "/etag":
		s.mu.Lock()
		etag, page := s.versions["/etag"], s.pages["/etag"]
		s.mu.Unlock()
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.answer(w, r, http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		s.answer(w, r, http.StatusOK)
		w.Write(page)
	case "/lastmod":
		w.Header().Set("Last-Modified", lastModified)
		if r.Header.Get("If-Modified-Since") == lastModified {
			s.answer(w, r, http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		s.answer(w, r, http.StatusOK)
		w.Write(s.pages["/gfce"])
	default:
		page, ok := s.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/news" {
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		}
		// No Content-Type on the others: the bytes are sniffed.
		s.answer(w, r, http.StatusOK)
		w.Write(page)
	}
}

func (s *pageServer) statuses(path string) []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.got[path]...)
}

// TestRun_URLsFailAloneWithTheirReasons: among good pages, a redirect
// loop, a body that never ends, a 10 GB Content-Length, a 404 and a
// refused scheme each fail with its reason, and the good pages are
// ingested with their declared or sniffed encoding.
func TestRun_URLsFailAloneWithTheirReasons(t *testing.T) {
	srv := newPageServer(t)
	tests := []struct {
		url, state, reason string
	}{
		{srv.URL + "/news", ingest.StateIngested, ""},
		{srv.URL + "/loop", ingest.StateFailed, "stopped after 5 redirects"},
		{srv.URL + "/slow", ingest.StateFailed, "timed out after 1s (total timeout)"},
		{srv.URL + "/cybil", ingest.StateIngested, ""},
		{srv.URL + "/huge", ingest.StateFailed, "too large: Content-Length 10737418240 exceeds the limit"},
		{srv.URL + "/missing", ingest.StateFailed, "HTTP 404 Not Found"},
		{"ftp://example.org/x.pdf", ingest.StateFailed, `refused: scheme "ftp"`},
		{srv.URL + "/gfce", ingest.StateIngested, ""},
	}
	var urls []string
	for _, tt := range tests {
		urls = append(urls, tt.url)
	}
	h := ingest.HTTPOptions{AllowPrivate: true, TotalTimeout: time.Second}
	st := openStore(t)
	sum, err := ingest.Run(context.Background(), st, ingest.Expand(urls, h), ingest.Options{HTTP: h})
	if err != nil {
		t.Fatal(err)
	}
	for i, tt := range tests {
		r := sum.Results[i]
		if r.State != tt.state {
			t.Errorf("%s: %s (%v), want %s", tt.url, r.State, r.Err, tt.state)
			continue
		}
		if tt.reason != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), tt.reason)) {
			t.Errorf("%s: reason %v, want one saying %q", tt.url, r.Err, tt.reason)
		}
		if r.Err != nil && strings.Contains(r.Err.Error(), "\n") {
			t.Errorf("%s: reason on several lines: %q", tt.url, r.Err)
		}
	}
	doc, err := st.Document(context.Background(), sum.Results[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != srv.URL+"/news" || !strings.Contains(doc.Text(), "Céline DEWAELE") {
		t.Errorf("news page: source %q, windows-1252 decoded: %v", doc.Source, strings.Contains(doc.Text(), "Céline"))
	}
}

// TestRun_PrivateAddressRefusedWithoutFlag: a loopback address is refused
// unless private addresses are allowed, redirects included.
func TestRun_PrivateAddressRefusedWithoutFlag(t *testing.T) {
	srv := newPageServer(t)
	st := openStore(t)
	sum, err := ingest.Run(context.Background(), st, ingest.Expand([]string{srv.URL + "/news"}, ingest.HTTPOptions{}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := sum.Results[0]; r.State != ingest.StateFailed || !errors.Is(r.Err, ingest.ErrPrivateAddress) || !strings.Contains(r.Err.Error(), "refused: 127.0.0.1 is a special-purpose address, loopback (127.0.0.0/8) (use --allow-private)") {
		t.Errorf("loopback without --allow-private: %s %v", r.State, r.Err)
	}
	if got := srv.statuses("/news"); len(got) != 0 {
		t.Errorf("the server was reached: %v", got)
	}
}

// TestRun_UnchangedPageIsNotExtractedAgain: a page whose server answers a
// conditional request (If-None-Match, If-Modified-Since) with 304 is
// unchanged without being downloaded or extracted; a new version is.
func TestRun_UnchangedPageIsNotExtractedAgain(t *testing.T) {
	srv := newPageServer(t)
	st := openStore(t)
	h := ingest.HTTPOptions{AllowPrivate: true}
	urls := []string{srv.URL + "/etag", srv.URL + "/lastmod"}
	run := func() ingest.Summary {
		t.Helper()
		sum, err := ingest.Run(context.Background(), st, ingest.Expand(urls, h), ingest.Options{HTTP: h})
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	first := run()
	if first.Count(ingest.StateIngested) != 2 {
		t.Fatalf("first run: %v", states(first))
	}
	second := run()
	if second.Count(ingest.StateUnchanged) != 2 || second.Extracted != 0 || second.Writes != 0 {
		t.Errorf("second run: %v, %d extracted, %d writes; want 2 unchanged, nothing extracted or written", states(second), second.Extracted, second.Writes)
	}
	for i, u := range urls {
		if second.Results[i].ID != first.Results[i].ID {
			t.Errorf("%s: unchanged page has id %s, first %s", u, second.Results[i].ID, first.Results[i].ID)
		}
	}
	for _, p := range []string{"/etag", "/lastmod"} {
		if got := srv.statuses(p); len(got) != 2 || got[0] != http.StatusOK || got[1] != http.StatusNotModified {
			t.Errorf("%s answered %v, want 200 then 304", p, got)
		}
	}

	srv.mu.Lock()
	srv.versions["/etag"], srv.pages["/etag"] = `"v2"`, srv.pages["/news"]
	srv.mu.Unlock()
	third := run()
	if r := third.Results[0]; r.State != ingest.StateIngested || r.ID == first.Results[0].ID {
		t.Errorf("new version of /etag: %s, id %s; want a new document ingested", r.State, r.ID)
	}
	fourth := run()
	if fourth.Count(ingest.StateUnchanged) != 2 || fourth.Extracted != 0 {
		t.Errorf("after the new version was read: %v, %d extracted; want both unchanged", states(fourth), fourth.Extracted)
	}
}
