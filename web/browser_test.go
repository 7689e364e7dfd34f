package web

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dossier-dev/dossier/internal/testtool"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/store"
)

// dialogs records every JavaScript dialog (alert, confirm, prompt) a page
// opens, and dismisses it so the page goes on.
type dialogs struct {
	mu   sync.Mutex
	seen []string
}

func watchDialogs(ctx context.Context) *dialogs {
	d := &dialogs{}
	events := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			d.mu.Lock()
			d.seen = append(d.seen, ev.Message)
			d.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return d
}

func (d *dialogs) list() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.seen...)
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// press sends keys to the focused element and waits for the page they
// open.
func press(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	if _, err := chromedp.RunResponse(ctx, chromedp.KeyEvent(keys)); err != nil {
		t.Fatalf("key %q: %v", keys, err)
	}
}

func focus(t *testing.T, ctx context.Context, css string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(css))); err != nil {
		t.Fatalf("focus %s: %v", css, err)
	}
}

// TestBrowser_ReviewerDecidesAConflictByKeyboard: in Chromium, with the
// keyboard alone, a reviewer opens the project that needs review from the
// projects page, accepts the status field's candidate with a note and a
// name, and sees the field overridden with the decision in its history;
// the store holds the decision, and the store reconciled again (what
// dossier diff prints) shows the field overridden with the note.
func TestBrowser_ReviewerDecidesAConflictByKeyboard(t *testing.T) {
	e := newEnv(t, Options{})
	ctx := testtool.Browser(t)
	seen := watchDialogs(ctx)

	text := testtool.PageText(t, ctx, e.ts.URL+"/?review=1")
	if !strings.Contains(text, "octopus-project") || strings.Contains(text, "cybercrime-octopus\t") {
		t.Fatalf("projects needing review:\n%s", text)
	}
	// The first Tab reaches the skip link.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `document.activeElement.className`); got != "skip" {
		t.Errorf("first Tab stop %q, want the skip link", got)
	}
	focus(t, ctx, `a[href="/projects/octopus-project"]`)
	press(t, ctx, "\r")
	if loc := eval[string](t, ctx, `location.pathname`); loc != "/projects/octopus-project" {
		t.Fatalf("Enter on the project's link opened %s", loc)
	}
	first := eval[string](t, ctx, `document.getElementById('field-1').innerText`)
	if !strings.HasPrefix(first, "status") || !strings.Contains(first, "needs review") || !strings.Contains(first, "Finished") {
		t.Fatalf("first field on the page:\n%s", first)
	}

	// j moves to the next field heading (app.js).
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); window.scrollTo(0, 0)`), chromedp.KeyEvent("j")); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "field-1-h" {
		t.Errorf("j focused %q, want the first field's heading", got)
	}

	focus(t, ctx, `#field-1-form input[name=candidate][value="1"]`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	if !eval[bool](t, ctx, `document.querySelector('#field-1-form input[name=candidate][value="1"]').checked`) {
		t.Fatal("Space did not choose the candidate")
	}
	const note = "Finished is the status of Canada's funding, not the project's"
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#field-1-note"), note),
		chromedp.SendKeys(chromedp.CSS("#field-1-reviewer"), "Ana Reviewer"),
	); err != nil {
		t.Fatal(err)
	}
	focus(t, ctx, `#field-1-form button[type=submit]`)
	press(t, ctx, "\r")

	after := eval[string](t, ctx, `document.body.innerText`)
	if !strings.Contains(after, "Decision recorded on status") {
		t.Fatalf("no confirmation after the decision:\n%s", after)
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "decided" {
		t.Errorf("focus after the decision on %q, want the confirmation", got)
	}
	status := eval[string](t, ctx, `[...document.querySelectorAll('section.field')].find(s => s.querySelector('h2').innerText.startsWith('status')).innerText`)
	for _, want := range []string{"overridden", "decided by Ana Reviewer", note, "in force"} {
		if !strings.Contains(status, want) {
			t.Errorf("status field after the decision lacks %q:\n%s", want, status)
		}
	}
	// The name is remembered for the next form (app.js).
	if got := eval[string](t, ctx, `document.querySelector('#field-2-reviewer').value`); got != "Ana Reviewer" {
		t.Errorf("next form's reviewer %q, want the name typed before", got)
	}

	ds := e.decisions("octopus-project")
	if len(ds) != 1 || ds[0].Field != "status" || ds[0].Reviewer != "Ana Reviewer" || ds[0].Note != note || ds[0].Value.Text != "completed" {
		t.Fatalf("store holds %+v", ds)
	}
	set, err := records.Load(context.Background(), e.st)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := set.Project("octopus-project")
	if f := p.Fields["status"]; f.Status != "overridden" || !strings.Contains(f.Rule, note) || f.Decision == nil || f.Decision.ID != ds[0].ID {
		t.Errorf("reconciled again: status %s, rule %q", f.Status, f.Rule)
	}
	if d := seen.list(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

// TestBrowser_HostileDocumentsRunNoScript: pages showing a document whose
// title, text, values and source hold script elements, event-handler
// attributes and javascript: links, opened in Chromium, run none of them:
// nothing they would set is set, no dialog opens, the Content-Security-
// Policy had nothing to block (the escaping did the work), and the words
// show as text.
func TestBrowser_HostileDocumentsRunNoScript(t *testing.T) {
	e := newEnv(t, Options{}, "hostile.html")
	id := hostileDoc(t, e.st)
	ctx := testtool.Browser(t)
	seen := watchDialogs(ctx)
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.__csp = [];
		document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`})
	if err != nil {
		t.Fatal(err)
	}
	_, projects := e.get("/")
	twin := ""
	for _, l := range strings.Split(projects, `href="/projects/`) {
		if strings.Contains(l[:min(len(l), 80)], "twin") {
			twin = l[:strings.Index(l, `"`)]
		}
	}
	hostileHex := ""
	infos, _ := e.st.Documents(context.Background(), store.DocumentFilter{})
	for _, d := range infos {
		if strings.HasSuffix(d.Sources[0], "hostile.html") {
			hostileHex = docHex(d.ID)
		}
	}
	for _, path := range []string{
		"/", "/projects/evil-project", "/projects/" + twin, "/documents",
		"/documents/" + hostileHex, "/documents/" + docHex(id) + "?q=" + url.QueryEscape("Donors:") + "#hl",
	} {
		testtool.PageText(t, ctx, e.ts.URL+path)
		// Open what is folded, then let image loads fail and timers run,
		// as they would for a person reading the page.
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('details').forEach(d => d.open = true)`),
			chromedp.Sleep(200*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		text := eval[string](t, ctx, `document.body.innerText`)
		if pwned := eval[string](t, ctx, `String(window.__pwned)`); pwned != "undefined" {
			t.Errorf("%s: a document's script ran (window.__pwned = %s)", path, pwned)
		}
		if v := eval[[]string](t, ctx, `window.__csp`); len(v) > 0 {
			t.Errorf("%s: the page held script the CSP had to block: %q", path, v)
		}
		if n := eval[int](t, ctx, `document.scripts.length`); n != 1 {
			t.Errorf("%s: %d script elements, want only the server's own", path, n)
		}
		if n := eval[int](t, ctx, `[...document.querySelectorAll('*')].filter(el => [...el.attributes].some(a => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value))).length`); n != 0 {
			t.Errorf("%s: %d elements with event handlers or javascript: addresses", path, n)
		}
		if !strings.Contains(text, "<") || !(strings.Contains(text, "onerror=") || strings.Contains(text, "<script>") || strings.Contains(text, "javascript:")) {
			t.Errorf("%s: the hostile words are not shown as text:\n%s", path, text)
		}
	}
	if d := seen.list(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}
