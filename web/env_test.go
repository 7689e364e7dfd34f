package web

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/store"
)

// TestMain makes this test binary a document worker when the pipeline
// starts it, so uploads are parsed in worker processes as dossier serve
// parses them.
func TestMain(m *testing.M) {
	if os.Getenv(worker.EnvChild) == "1" {
		os.Exit(worker.Main())
	}
	os.Exit(m.Run())
}

// testClock is the store's clock in tests: no page holds today's date.
var testClock = func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }

// env is a server on a real store file, listening on loopback.
type env struct {
	t     *testing.T
	db    string
	docs  string // the folder the fixture documents were ingested from
	st    *store.Store
	srv   *Server
	ts    *httptest.Server
	jar   http.CookieJar
	c     *http.Client
	token string
}

// fixtureFiles copies the seed documents (and extra, from testdata) into
// a folder of the test, so a test can change or remove them.
func fixtureFiles(t *testing.T, extra ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "docs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var srcs []string
	entries, err := os.ReadDir("../fixtures/docs")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		srcs = append(srcs, filepath.Join("../fixtures/docs", e.Name()))
	}
	for _, x := range extra {
		srcs = append(srcs, filepath.Join("testdata", x))
	}
	for _, src := range srcs {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(src)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// newEnv ingests the seed documents (and extra testdata files) into a new
// store through the pipeline, and serves it.
func newEnv(t *testing.T, opt Options, extra ...string) *env {
	t.Helper()
	ctx := context.Background()
	e := &env{t: t, db: filepath.Join(t.TempDir(), "dossier.db"), token: opt.Token}
	e.docs = fixtureFiles(t, extra...)
	st, err := store.Open(ctx, e.db, store.WithClock(testClock))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e.st = st
	sum, err := ingest.Run(ctx, st, ingest.Expand([]string{e.docs}, ingest.HTTPOptions{}), ingest.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range sum.Results {
		if r.State != ingest.StateIngested {
			t.Fatalf("ingest %s: %s %v", r.Source, r.State, r.Err)
		}
	}
	if opt.UploadDir == "" {
		opt.UploadDir = filepath.Join(t.TempDir(), "uploads")
	}
	if opt.Ingest.Workers == 0 {
		opt.Ingest = ingest.Options{Workers: 1, Isolate: true, Worker: worker.Config{Timeout: 30 * time.Second}}
	}
	e.srv, err = New(st, opt)
	if err != nil {
		t.Fatal(err)
	}
	e.ts = httptest.NewServer(e.srv.Handler())
	t.Cleanup(e.ts.Close)
	e.jar, _ = cookiejar.New(nil)
	e.c = &http.Client{Jar: e.jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return e
}

// get fetches path and returns the response with its body read.
func (e *env) get(path string) (*http.Response, string) {
	e.t.Helper()
	resp, err := e.c.Get(e.ts.URL + path)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp, readBody(e.t, resp)
}

func readBody(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf returns the token of the forms on path, as a browser would see it.
func (e *env) csrf(path string) string {
	e.t.Helper()
	_, body := e.get(path)
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		e.t.Fatalf("no CSRF token on %s:\n%s", path, body)
	}
	return m[1]
}

// post sends form to path as a page of this server would: with its
// Origin.
func (e *env) post(path string, form url.Values) (*http.Response, string) {
	e.t.Helper()
	return e.postWith(path, form, map[string]string{"Origin": e.ts.URL})
}

func (e *env) postWith(path string, form url.Values, headers map[string]string) (*http.Response, string) {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.ts.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := e.c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp, readBody(e.t, resp)
}

// upload posts a file (or, with name "", only the fields) to the upload
// form.
func (e *env) upload(name string, data []byte, fields map[string]string) (*http.Response, string) {
	e.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if name != "" {
		fw, err := mw.CreateFormFile("file", name)
		if err != nil {
			e.t.Fatal(err)
		}
		fw.Write(data)
	}
	mw.Close()
	req, err := http.NewRequest(http.MethodPost, e.ts.URL+"/documents", &buf)
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", e.ts.URL)
	resp, err := e.c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp, readBody(e.t, resp)
}

// decisions returns what the store holds on project.
func (e *env) decisions(project string) []dossier.Decision {
	e.t.Helper()
	ds, err := e.st.Decisions(context.Background(), project)
	if err != nil {
		e.t.Fatal(err)
	}
	return ds
}

// hostileDoc puts a document straight into the store, as an ingest of a
// hostile page could leave it whatever extraction strips: markup,
// event-handler attributes and javascript: addresses in its title, its
// source, the project's name, a value and a quote.
func hostileDoc(t *testing.T, st *store.Store) string {
	t.Helper()
	const name = `Evil Twin <script>window.__pwned=20</script>`
	doc := &dossier.Document{ID: "sha256:" + strings.Repeat("ab", 32), Source: "javascript:window.__pwned=21",
		Kind: dossier.KindHTML, Title: `<img src=x onerror="window.__pwned=22"> javascript:alert(1)`, Size: 100,
		Blocks: []dossier.Block{{Role: dossier.RoleParagraph, Text: `<script>window.__pwned=23</script> Donors: <a href="javascript:window.__pwned=24">Canada</a>`}}}
	facts := []dossier.Fact{
		{Project: name, Field: dossier.FieldTitle, Value: dossier.TextValue(name), Raw: name, Quote: name, Extractor: "pair"},
		{Project: name, Field: dossier.FieldDonors, Value: dossier.TextValue(`<img src=x onerror=window.__pwned=25>`),
			Raw: `<img src=x onerror=window.__pwned=25>`, Quote: `Donors: <img src=x onerror=window.__pwned=25> and javascript:alert(1)`, Extractor: "pair"},
		{Project: name, Field: dossier.FieldStart, Value: dossier.DateValue(dossier.Date{Year: 2020, Month: 1, Day: 1, Precision: dossier.PrecisionDay}),
			Raw: "1 January 2020", Quote: `Start: 1 January 2020 <svg onload=window.__pwned=26>`, Extractor: "pair"},
		{Project: name, Field: dossier.FieldStart, Value: dossier.DateValue(dossier.Date{Year: 2021, Month: 1, Day: 1, Precision: dossier.PrecisionDay}),
			Raw: "1 January 2021", Quote: `Start: 1 January 2021 <iframe src="javascript:window.__pwned=27">`, Extractor: "pair"},
	}
	for i := range facts {
		facts[i].Document = doc.ID
	}
	if _, err := st.PutDocument(context.Background(), doc, facts); err != nil {
		t.Fatal(err)
	}
	return doc.ID
}
