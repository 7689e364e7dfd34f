package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

// decideForm is the form the status field of octopus-project posts to
// accept its first candidate.
func decideForm(token string) url.Values {
	return url.Values{"csrf": {token}, "field": {"status"}, "candidate": {"1"},
		"note": {"Cybil's Finished is Canada's funding"}, "reviewer": {"Ana"}}
}

func TestServe_SecurityHeadersOnEveryResponse(t *testing.T) {
	e := newEnv(t, Options{})
	for _, path := range []string{"/", "/projects/octopus-project", "/projects/nope", "/documents", "/static/app.css", "/static/app.js", "/nowhere"} {
		resp, _ := e.get(path)
		h := resp.Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "form-action 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP %q allows inline script", path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: nosniff %q, frame options %q", path, h.Get("X-Content-Type-Options"), h.Get("X-Frame-Options"))
		}
	}
}

func TestServe_ProjectsListFiltersThoseThatNeedReview(t *testing.T) {
	e := newEnv(t, Options{})
	resp, all := e.get("/")
	if resp.StatusCode != http.StatusOK || !strings.Contains(all, `href="/projects/cybercrime-octopus"`) || !strings.Contains(all, `href="/projects/octopus-project"`) {
		t.Fatalf("projects page %d:\n%s", resp.StatusCode, all)
	}
	_, open := e.get("/?review=1")
	if strings.Contains(open, `href="/projects/cybercrime-octopus"`) || !strings.Contains(open, `href="/projects/octopus-project"`) {
		t.Errorf("needs review filter: want octopus-project only:\n%s", open)
	}
	_, found := e.get("/?q=CYBERCRIME")
	if !strings.Contains(found, `href="/projects/cybercrime-octopus"`) || strings.Contains(found, `href="/projects/octopus-project"`) {
		t.Errorf("search for cybercrime:\n%s", found)
	}
}

// TestServe_ProjectPageShowsFieldsNeedingReviewFirst: the diff page puts
// the open field first, with its rule, candidate, source title, kind,
// quote, and the words the value was read from marked.
func TestServe_ProjectPageShowsFieldsNeedingReviewFirst(t *testing.T) {
	e := newEnv(t, Options{})
	resp, body := e.get("/projects/octopus-project")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	first := regexp.MustCompile(`<section class="field (\w+)" id="field-1"[^>]*>\s*<h2[^>]*>(\w+)`).FindStringSubmatch(body)
	if first == nil || first[1] != dossier.StatusNeedsReview || first[2] != "status" {
		t.Fatalf("first field %v, want status needing review", first)
	}
	for _, want := range []string{
		"only a narrower source states it", // the rule
		"<mark>Finished</mark>",            // the quote, its raw text marked
		`<span class="kind">html</span>`,
		"cybil-portal-octopus-project.html",
		"No decision on this field yet.",
		`action="/projects/octopus-project/report"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("project page lacks %q", want)
		}
	}
	// A PDF source links to its page.
	_, cyber := e.get("/projects/cybercrime-octopus")
	if !regexp.MustCompile(`href="/documents/[0-9a-f]{64}/page\?page=\d+&amp;q=`).MatchString(cyber) {
		t.Errorf("no link to a PDF's page on cybercrime-octopus")
	}
}

func TestServe_NotFound(t *testing.T) {
	e := newEnv(t, Options{})
	token := e.csrf("/documents")
	for _, path := range []string{
		"/projects/no-such-project", "/projects/no-such-project/report",
		"/documents/" + strings.Repeat("0", 64), "/documents/xyz", "/documents/" + strings.Repeat("0", 64) + "/original",
		"/documents/" + strings.Repeat("0", 64) + "/page", "/ingests/99", "/nowhere", "/static/nothing.js",
	} {
		if resp, body := e.get(path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404:\n%s", path, resp.StatusCode, body)
		}
	}
	form := decideForm(token)
	if resp, _ := e.post("/projects/no-such-project/decisions", form); resp.StatusCode != http.StatusNotFound {
		t.Errorf("decision on an unknown project: %d", resp.StatusCode)
	}
	form.Set("field", "no_such_field")
	if resp, _ := e.post("/projects/octopus-project/decisions", form); resp.StatusCode != http.StatusNotFound {
		t.Errorf("decision on an unknown field: %d", resp.StatusCode)
	}
	if n := len(e.decisions("")); n != 0 {
		t.Errorf("%d decisions stored", n)
	}
}

// TestServe_DecisionWithoutTheCSRFTokenIsRefused: no token, a wrong one,
// or another visitor's: 403 and nothing stored.
func TestServe_DecisionWithoutTheCSRFTokenIsRefused(t *testing.T) {
	e := newEnv(t, Options{})
	token := e.csrf("/projects/octopus-project")
	other := newEnv(t, Options{})
	_ = other
	// The wrong token differs from the right one in its first character
	// (a token may start with any of base64's characters, "x" too).
	wrong := "x" + token[1:]
	if token[0] == 'x' {
		wrong = "y" + token[1:]
	}
	for name, tok := range map[string]string{"none": "", "wrong": wrong, "signed by nobody": strings.Repeat("A", len(token))} {
		form := decideForm(tok)
		if tok == "" {
			form.Del("csrf")
		}
		if resp, _ := e.post("/projects/octopus-project/decisions", form); resp.StatusCode != http.StatusForbidden {
			t.Errorf("token %s: %d, want 403", name, resp.StatusCode)
		}
	}
	// A visitor without the cookie (another browser) cannot use this one's
	// token.
	e.jar.SetCookies(mustURL(e.ts.URL), []*http.Cookie{{Name: csrfCookie, Value: "another-visitors-cookie-value", Path: "/"}})
	if resp, _ := e.post("/projects/octopus-project/decisions", decideForm(token)); resp.StatusCode != http.StatusForbidden {
		t.Errorf("token with another cookie: %d, want 403", resp.StatusCode)
	}
	if n := len(e.decisions("")); n != 0 {
		t.Errorf("%d decisions stored", n)
	}
}

// TestServe_PostFromAnotherOriginIsRefused: a form posted by another site
// (Origin, Referer or Sec-Fetch-Site says so), or saying neither where it
// comes from, is refused before it is read, even with a valid token.
func TestServe_PostFromAnotherOriginIsRefused(t *testing.T) {
	e := newEnv(t, Options{})
	token := e.csrf("/projects/octopus-project")
	for name, h := range map[string]map[string]string{
		"other origin":     {"Origin": "http://evil.example"},
		"other port":       {"Origin": strings.Replace(e.ts.URL, ":", ":1", 2)},
		"null origin":      {"Origin": "null"},
		"no origin":        {},
		"other referer":    {"Referer": "http://evil.example/page"},
		"cross-site fetch": {"Origin": e.ts.URL, "Sec-Fetch-Site": "cross-site"},
	} {
		if resp, _ := e.postWith("/projects/octopus-project/decisions", decideForm(token), h); resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s: %d, want 403", name, resp.StatusCode)
		}
	}
	if n := len(e.decisions("")); n != 0 {
		t.Errorf("%d decisions stored", n)
	}
	// The same form from this server's page is taken (Referer will do
	// when a browser sends no Origin).
	if resp, body := e.postWith("/projects/octopus-project/decisions", decideForm(token), map[string]string{"Referer": e.ts.URL + "/projects/octopus-project"}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("same-origin referer: %d:\n%s", resp.StatusCode, body)
	}
}

// TestServe_BadDecisionsAreRefusedWithTheReason: each mistake gives 422,
// the page again with the reason at the field, what was typed kept, and
// nothing stored.
func TestServe_BadDecisionsAreRefusedWithTheReason(t *testing.T) {
	e := newEnv(t, Options{})
	token := e.csrf("/projects/octopus-project")
	for _, tc := range []struct {
		name string
		edit func(url.Values)
		says string
	}{
		{"no note", func(f url.Values) { f.Set("note", "  ") }, "A note is required"},
		{"no reviewer", func(f url.Values) { f.Del("reviewer") }, "Your name is required"},
		{"nothing chosen", func(f url.Values) { f.Del("candidate") }, "Choose a candidate or enter a value"},
		{"candidate out of range", func(f url.Values) { f.Set("candidate", "7") }, "No candidate &#34;7&#34; (the field has 1)"},
		{"candidate not a number", func(f url.Values) { f.Set("candidate", "one") }, "No candidate &#34;one&#34;"},
		{"two candidates", func(f url.Values) { f["candidate"] = []string{"1", "1"} }, "holds one value"},
		{"typed value that is no status", func(f url.Values) { f.Set("candidate", "typed"); f.Set("value", "nearly done") }, "is not a status"},
		{"typed nothing", func(f url.Values) { f.Set("candidate", "typed") }, "Choose a candidate or enter a value"},
		{"note too long", func(f url.Values) { f.Set("note", strings.Repeat("n", review.MaxNote+1)) }, "longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			form := decideForm(token)
			tc.edit(form)
			resp, body := e.post("/projects/octopus-project/decisions", form)
			if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, tc.says) {
				t.Errorf("%d, want 422 saying %q:\n%s", resp.StatusCode, tc.says, errorLines(body))
			}
			if tc.name == "no reviewer" && !strings.Contains(body, "Cybil&#39;s Finished is Canada&#39;s funding") {
				t.Errorf("the note typed is not kept")
			}
		})
	}
	// A list field: nothing ticked, or a typed list that is empty.
	resp, body := e.post("/projects/octopus-project/decisions", url.Values{"csrf": {token}, "field": {"donors"}, "by": {"candidates"}, "note": {"n"}, "reviewer": {"r"}})
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "Tick at least one candidate") {
		t.Errorf("list with nothing ticked: %d %s", resp.StatusCode, errorLines(body))
	}
	resp, body = e.post("/projects/octopus-project/decisions", url.Values{"csrf": {token}, "field": {"countries"}, "by": {"value"}, "value": {"Narnia"}, "note": {"n"}, "reviewer": {"r"}})
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "is not a country") {
		t.Errorf("typed list with no country: %d %s", resp.StatusCode, errorLines(body))
	}
	// A form too large to be a decision.
	resp, _ = e.post("/projects/octopus-project/decisions", url.Values{"csrf": {token}, "note": {strings.Repeat("x", 300<<10)}})
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("oversized form: %d, want 400", resp.StatusCode)
	}
	if n := len(e.decisions("")); n != 0 {
		t.Errorf("%d decisions stored after refused forms", n)
	}
}

func errorLines(body string) string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		if strings.Contains(l, `class="error`) {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return strings.Join(out, "\n")
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// TestServe_DecisionIsStoredAsDossierReviewStoresIt: accepting a
// candidate stores the decision dossier review would store for
// --candidate 1, and the field is overridden on the page and when the
// store is reconciled again.
func TestServe_DecisionIsStoredAsDossierReviewStoresIt(t *testing.T) {
	e := newEnv(t, Options{})
	token := e.csrf("/projects/octopus-project")
	resp, _ := e.post("/projects/octopus-project/decisions", decideForm(token))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/projects/octopus-project?decided=status#decided" {
		t.Fatalf("%d to %q, want 303 back to the project", resp.StatusCode, resp.Header.Get("Location"))
	}
	got := e.decisions("octopus-project")
	ctx := context.Background()
	set, err := records.Load(ctx, e.st)
	if err != nil {
		t.Fatal(err)
	}
	p, err := set.Project("octopus-project")
	if err != nil {
		t.Fatal(err)
	}
	// What dossier review octopus-project status --candidate 1 would decide.
	want, err := review.Decide(p, "status", review.Choice{Candidates: "1", Note: "Cybil's Finished is Canada's funding", Reviewer: "Ana"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Value.Key() != want.Value.Key() || got[0].Note != want.Note || got[0].Reviewer != want.Reviewer || got[0].IsList != want.IsList {
		t.Fatalf("stored %+v, want %+v", got, want)
	}
	if f := p.Fields["status"]; f.Status != dossier.StatusOverridden || f.Value == nil || f.Value.Text != dossier.ProjectCompleted {
		t.Errorf("status after the decision: %s %v", f.Status, f.Value)
	}
	_, body := e.get("/projects/octopus-project?decided=status")
	for _, want := range []string{`id="decided"`, `<span class="badge overridden">overridden</span>`, "in force", "Cybil&#39;s Finished is Canada&#39;s funding"} {
		if !strings.Contains(body, want) {
			t.Errorf("page after the decision lacks %q", want)
		}
	}
	// A list field takes the ticked candidates.
	form := url.Values{"csrf": {token}, "field": {"donors"}, "by": {"candidates"}, "candidate": {"1", "3"}, "note": {"two only"}, "reviewer": {"Ana"}}
	if resp, body := e.post("/projects/octopus-project/decisions", form); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("donors: %d %s", resp.StatusCode, errorLines(body))
	}
	if d := e.decisions("octopus-project"); len(d) != 2 || !d[1].IsList || len(d[1].List) != 2 {
		t.Errorf("donors decision: %+v", d)
	}
}

// TestServe_ChangesByAnotherProcessAreSeen: a decision recorded through
// another handle on the same file (as dossier review in a terminal would)
// shows on the next page.
func TestServe_ChangesByAnotherProcessAreSeen(t *testing.T) {
	e := newEnv(t, Options{})
	_, before := e.get("/projects/octopus-project")
	if !strings.Contains(before, `<span class="badge needs_review">needs review</span>`) {
		t.Fatal("status does not need review to begin with")
	}
	ctx := context.Background()
	other, err := store.Open(ctx, e.db)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	set, err := records.Load(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := set.Project("octopus-project")
	if _, err := review.Put(ctx, other, p, "status", review.Choice{Value: "ongoing", Note: "brochure 2025", Reviewer: "Bo"}); err != nil {
		t.Fatal(err)
	}
	// The other handle's write reconciled the project in its transaction;
	// the page reads the store as it is now.
	_, after := e.get("/projects/octopus-project")
	if !strings.Contains(after, "brochure 2025") || !strings.Contains(after, `<span class="badge overridden">overridden</span>`) {
		t.Errorf("the other process's decision is not shown")
	}
}

// TestServe_TokenRequiredOffLoopback: with a token, every page but the
// login form needs the session cookie the login gives; a wrong token is
// refused. Without one, only requests for a loopback host are answered.
func TestServe_TokenRequiredOffLoopback(t *testing.T) {
	const token = "correct-horse-battery-staple"
	e := newEnv(t, Options{Token: token})
	resp, _ := e.get("/projects/octopus-project")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/login?next=") {
		t.Fatalf("without logging in: %d to %q, want the login form", resp.StatusCode, resp.Header.Get("Location"))
	}
	for _, path := range []string{"/documents", "/projects/octopus-project/report?draft=1", "/documents/" + strings.Repeat("0", 64)} {
		if resp, _ := e.get(path); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("%s without logging in: %d", path, resp.StatusCode)
		}
	}
	csrf := e.csrf("/login")
	if resp, _ := e.post("/projects/octopus-project/decisions", decideForm(csrf)); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("decision without logging in: %d, want 401", resp.StatusCode)
	}
	start := time.Now()
	resp, body := e.post("/login", url.Values{"csrf": {csrf}, "token": {"wrong-token-wrong-token"}, "next": {"/documents"}})
	if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "not this server") || time.Since(start) < loginDelay {
		t.Errorf("wrong token: %d after %v", resp.StatusCode, time.Since(start))
	}
	if resp, _ := e.post("/login", url.Values{"token": {token}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("login without the CSRF token: %d, want 403", resp.StatusCode)
	}
	resp, _ = e.post("/login", url.Values{"csrf": {csrf}, "token": {token}, "next": {"//evil.example/"}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Errorf("login: %d to %q, want / (never another host)", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := e.get("/projects/octopus-project"); resp.StatusCode != http.StatusOK {
		t.Errorf("logged in: %d", resp.StatusCode)
	}
	// Any host name will do with a token: it is the token that counts.
	req, _ := http.NewRequest(http.MethodGet, e.ts.URL+"/", nil)
	req.Host = "dossier.example.org"
	for _, c := range e.jar.Cookies(mustURL(e.ts.URL)) {
		req.AddCookie(c)
	}
	if resp, err := http.DefaultTransport.RoundTrip(req); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("logged in under another host name: %v %v", resp.StatusCode, err)
	}
	if resp, _ := e.post("/logout", url.Values{"csrf": {e.csrf("/")}}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("logout: %d", resp.StatusCode)
	}
	if resp, _ := e.get("/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("after logging out: %d", resp.StatusCode)
	}

	// No token: a request naming another host (a rebound DNS name) is
	// refused.
	open := newEnv(t, Options{})
	req, _ = http.NewRequest(http.MethodGet, open.ts.URL+"/", nil)
	req.Host = "attacker.example:80"
	resp, err := open.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("without a token, Host attacker.example: %d, want 421", resp.StatusCode)
	}
	for _, h := range []string{"localhost:8080", "127.0.0.1", "[::1]:8080"} {
		req.Host = h
		if resp, err := open.c.Do(req); err != nil || resp.StatusCode != http.StatusOK {
			t.Errorf("Host %s: %v %v", h, resp.StatusCode, err)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "127.0.0.2:1": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:8080": false, "192.168.1.5:8080": false, "example.org:80": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

// TestServe_UploadGoesThroughThePipeline: an uploaded page is kept, then
// ingested as dossier ingest does; the result says what it changed; the
// same bytes again are unchanged; an oversized file, no input, or a URL
// that is no web address are refused; a URL on a private address fails
// as ingest's guard says.
func TestServe_UploadGoesThroughThePipeline(t *testing.T) {
	e := newEnv(t, Options{MaxUpload: 64 << 10})
	token := e.csrf("/documents")
	page, err := os.ReadFile("testdata/hostile.html")
	if err != nil {
		t.Fatal(err)
	}
	resp, body := e.upload("../../evil name.html", page, map[string]string{"csrf": token})
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/ingests/") {
		t.Fatalf("upload: %d %q\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	_, result := e.get(resp.Header.Get("Location"))
	for _, want := range []string{`<td class="state">ingested`, `href="/projects/evil-project"`, `<span class="badge new">new project</span>`, "<th scope=\"row\">end</th>"} {
		if !strings.Contains(result, want) {
			t.Errorf("upload result lacks %q:\n%s", want, result)
		}
	}
	kept, _ := filepath.Glob(filepath.Join(e.srv.opt.UploadDir, "*"))
	if len(kept) != 1 || !strings.HasSuffix(kept[0], "-evil_name.html") {
		t.Errorf("kept uploads %v, want one file with a clean name", kept)
	}
	resp, _ = e.upload("again.html", page, map[string]string{"csrf": token})
	_, again := e.get(resp.Header.Get("Location"))
	if !strings.Contains(again, `<td class="state">unchanged`) || !strings.Contains(again, "No field changed.") {
		t.Errorf("the same bytes again:\n%s", again)
	}
	_, docs := e.get("/documents")
	if !strings.Contains(docs, "6 documents") {
		t.Errorf("documents page after upload:\n%s", docs)
	}
	if resp, _ := e.upload("big.html", make([]byte, 80<<10), map[string]string{"csrf": token}); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("80 KiB upload over a 64 KiB limit: %d, want 413", resp.StatusCode)
	}
	if resp, _ := e.upload("", nil, map[string]string{"csrf": token}); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("neither file nor URL: %d, want 422", resp.StatusCode)
	}
	if resp, _ := e.upload("", nil, map[string]string{"csrf": token, "url": "javascript:alert(1)"}); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("javascript: URL: %d, want 422", resp.StatusCode)
	}
	if resp, _ := e.upload("x.html", page, map[string]string{"csrf": "wrong"}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("upload without the token: %d, want 403", resp.StatusCode)
	}
	resp, _ = e.upload("", nil, map[string]string{"csrf": token, "url": e.ts.URL + "/documents"})
	_, private := e.get(resp.Header.Get("Location"))
	if !strings.Contains(private, `<td class="state">failed`) || !strings.Contains(private, "address") {
		t.Errorf("URL on loopback, private addresses refused:\n%s", private)
	}
}

// TestServe_DocumentsPageListsStatesPageByPage: every state with its
// reason, filters, and paging.
func TestServe_DocumentsPageListsStatesPageByPage(t *testing.T) {
	e := newEnv(t, Options{})
	ctx := context.Background()
	bad := &dossier.Document{ID: "sha256:" + strings.Repeat("cd", 32), Source: "broken.pdf", Kind: dossier.KindPDF, Error: "malformed PDF: no trailer"}
	if err := e.st.PutFailure(ctx, bad); err != nil {
		t.Fatal(err)
	}
	_, body := e.get("/documents")
	for _, want := range []string{"6 documents", "5 ingested, 1 failed, 0 with no project found", "failed: <span class=\"reason\">malformed PDF: no trailer</span>", `href="/projects/octopus-project"`} {
		if !strings.Contains(body, want) {
			t.Errorf("documents page lacks %q", want)
		}
	}
	_, failed := e.get("/documents?state=failed")
	if !strings.Contains(failed, "1 document<") || strings.Contains(failed, "cybil-portal") {
		t.Errorf("failed filter:\n%s", failed)
	}
	_, search := e.get("/documents?q=cybil")
	if !strings.Contains(search, "1 document<") {
		t.Errorf("search:\n%s", search)
	}
	_, beyond := e.get("/documents?page=99")
	if !strings.Contains(beyond, "6 documents") {
		t.Errorf("a page beyond the last shows the last")
	}
}

// TestServe_SourcesOpenAsTextOrAsThePDF: a web page is shown as its text,
// the quote marked, never its markup; a PDF's page opens the original file
// inline while its bytes are unchanged, and the text at that page once
// they are not.
func TestServe_SourcesOpenAsTextOrAsThePDF(t *testing.T) {
	e := newEnv(t, Options{}, "hostile.html")
	docs, err := e.st.Documents(context.Background(), store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var pdf, hostile store.DocumentInfo
	for _, d := range docs {
		switch {
		case strings.HasSuffix(d.Sources[0], "project-summary-cybercrime-octopus-2019.pdf"):
			pdf = d
		case strings.HasSuffix(d.Sources[0], "hostile.html"):
			hostile = d
		}
	}
	_, text := e.get("/documents/" + docHex(hostile.ID) + "?q=" + url.QueryEscape("helps countries with"))
	if !strings.Contains(text, `id="hl"`) || !strings.Contains(text, "<mark>helps countries with</mark>") {
		t.Errorf("quote not marked in the text view")
	}
	if !strings.Contains(text, "&lt;script&gt;window.__pwned=10&lt;/script&gt;") || strings.Contains(text, "evil.example/steal.js") {
		t.Errorf("the page's text is not shown as text, or its markup is")
	}
	resp, _ := e.get("/documents/" + docHex(hostile.ID) + "/original")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("a web page's original: %d, want 404 (never sent)", resp.StatusCode)
	}

	resp, _ = e.get("/documents/" + docHex(pdf.ID) + "/page?page=2&q=x")
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || loc != "/documents/"+docHex(pdf.ID)+"/original#page=2" {
		t.Fatalf("PDF page: %d to %q", resp.StatusCode, loc)
	}
	resp, body := e.get("/documents/" + docHex(pdf.ID) + "/original")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/pdf" ||
		!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "inline") || !strings.HasPrefix(body, "%PDF") {
		t.Errorf("original PDF: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'") || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("original PDF headers: %v", resp.Header)
	}
	// Changed on disk: its bytes are no longer the document's.
	if err := os.WriteFile(pdf.Sources[0], append([]byte(body), '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if resp, _ := e.get("/documents/" + docHex(pdf.ID) + "/original"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("changed original: %d, want 404", resp.StatusCode)
	}
	resp, _ = e.get("/documents/" + docHex(pdf.ID) + "/page?page=2")
	if loc := resp.Header.Get("Location"); loc != "/documents/"+docHex(pdf.ID)+"#p-2" {
		t.Errorf("changed original's page: to %q, want the text at page 2", loc)
	}
	_, ptext := e.get("/documents/" + docHex(pdf.ID))
	if !strings.Contains(ptext, `id="p-2"`) {
		t.Errorf("PDF text view has no page 2 anchor")
	}
}

// TestServe_ReportButtonDownloadsThePDF: a draft downloads as a PDF
// attachment; a final report of a project still open is refused, naming
// the field, with the draft's address; a project with nothing open gets
// its final report; an unknown donor is a 404.
func TestServe_ReportButtonDownloadsThePDF(t *testing.T) {
	e := newEnv(t, Options{})
	resp, body := e.get("/projects/octopus-project/report?draft=1")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/pdf" ||
		resp.Header.Get("Content-Disposition") != `attachment; filename="octopus-project-draft.pdf"` || !strings.HasPrefix(body, "%PDF-") {
		t.Errorf("draft: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	resp, body = e.get("/projects/octopus-project/report?draft=0")
	if resp.StatusCode != http.StatusConflict || !strings.Contains(body, "1 field needs review: status") || !strings.Contains(body, `href="/projects/octopus-project/report?draft=1"`) {
		t.Errorf("final of an open project: %d\n%s", resp.StatusCode, body)
	}
	resp, body = e.get("/projects/cybercrime-octopus/report?donor=Canada")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Disposition") != `attachment; filename="cybercrime-octopus-canada.pdf"` || !strings.HasPrefix(body, "%PDF-") {
		t.Errorf("final donor report: %d %q", resp.StatusCode, resp.Header.Get("Content-Disposition"))
	}
	if resp, _ := e.get("/projects/cybercrime-octopus/report?donor=Atlantis"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown donor: %d, want 404", resp.StatusCode)
	}
}

// activeContent parses page as a browser would and lists what could run
// or navigate to script: script elements other than the server's own,
// event-handler attributes, and javascript: addresses.
func activeContent(t *testing.T, page string) []string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(strings.ToLower(a.Key), "on"):
					found = append(found, n.Data+" "+a.Key+"="+a.Val)
				case strings.HasPrefix(v, "javascript:"), strings.Contains(v, "url=javascript:"):
					found = append(found, n.Data+" "+a.Key+"="+a.Val)
				}
			}
			if n.Data == "script" {
				src := ""
				for _, a := range n.Attr {
					if a.Key == "src" {
						src = a.Val
					}
				}
				if src != "/static/app.js" || n.FirstChild != nil {
					found = append(found, "script src="+src)
				}
			}
			if n.Data == "iframe" || n.Data == "object" || n.Data == "embed" || n.Data == "img" || n.Data == "svg" || n.Data == "base" || n.Data == "meta" && hasAttr(n, "http-equiv") {
				found = append(found, n.Data+" element")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return found
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// TestServe_HostileDocumentsRenderAsText: markup, event handlers and
// javascript: addresses in a document's title, source, text, the
// project's name, values and quotes come out escaped on every page that
// shows them: no element, attribute or link of theirs.
func TestServe_HostileDocumentsRenderAsText(t *testing.T) {
	e := newEnv(t, Options{}, "hostile.html")
	id := hostileDoc(t, e.st)
	_, projects := e.get("/")
	twin := regexp.MustCompile(`href="/projects/([a-z0-9-]*twin[a-z0-9-]*)"`).FindStringSubmatch(projects)
	if twin == nil {
		t.Fatalf("no hostile project listed:\n%s", projects)
	}
	pages := []string{"/", "/?review=1", "/projects/evil-project", "/projects/" + twin[1], "/documents",
		"/documents/" + docHex(id), "/documents/" + docHex(id) + "?q=" + url.QueryEscape("<script>window.__pwned=23</script>")}
	hostileHex := ""
	docs, _ := e.st.Documents(context.Background(), store.DocumentFilter{})
	for _, d := range docs {
		if strings.HasSuffix(d.Sources[0], "hostile.html") {
			hostileHex = docHex(d.ID)
		}
	}
	pages = append(pages, "/documents/"+hostileHex)
	for _, p := range pages {
		resp, body := e.get(p)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", p, resp.StatusCode)
			continue
		}
		if bad := activeContent(t, body); len(bad) > 0 {
			t.Errorf("%s: active content from a document: %q", p, bad)
		}
		if !strings.Contains(body, "&lt;") {
			t.Errorf("%s shows no escaped markup", p)
		}
	}
	_, twinPage := e.get("/projects/" + twin[1])
	for _, want := range []string{"Evil Twin &lt;script&gt;window.__pwned=20&lt;/script&gt;", "&lt;img src=x onerror=window.__pwned=25&gt;", "javascript:alert(1)"} {
		if !strings.Contains(twinPage, want) {
			t.Errorf("hostile project page lacks the text %q", want)
		}
	}
	_, docPage := e.get("/documents/" + docHex(id))
	if !strings.Contains(docPage, "<li>javascript:window.__pwned=21</li>") {
		t.Errorf("a javascript: source is not shown as plain text")
	}
}

// TestActiveContent_FindsWhatWouldRun: the check above is not blind.
func TestActiveContent_FindsWhatWouldRun(t *testing.T) {
	page := `<html><head><script src="/static/app.js" defer></script><script>x()</script></head>
		<body><a href=" JavaScript:x()">a</a><p onclick="x()">b</p><img src=x><form action="javascript:x()"></form></body></html>`
	if got := activeContent(t, page); len(got) != 5 {
		t.Errorf("found %q, want the inline script, the link, the handler, the image and the form", got)
	}
	if got := activeContent(t, `<p>&lt;script&gt;x()&lt;/script&gt; <a href="/x?q=javascript:1">ok</a></p>`); len(got) != 0 {
		t.Errorf("escaped text taken for active content: %q", got)
	}
}

// TestServe_ConcurrentVisitors: pages, reports and decisions at once, on
// one snapshot and across a reload (go test -race checks them).
func TestServe_ConcurrentVisitors(t *testing.T) {
	e := newEnv(t, Options{})
	token := e.csrf("/documents")
	paths := []string{"/", "/projects/octopus-project", "/projects/cybercrime-octopus", "/documents",
		"/projects/cybercrime-octopus/report?donor=Canada", "/projects/octopus-project/report?draft=1"}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := paths[i%len(paths)]
			resp, err := e.c.Get(e.ts.URL + p)
			if err != nil {
				errs <- err.Error()
				return
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				errs <- fmt.Sprintf("%s: %d", p, resp.StatusCode)
			}
		}()
	}
	if resp, _ := e.post("/projects/octopus-project/decisions", decideForm(token)); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("decision among readers: %d", resp.StatusCode)
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
}
