package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer two goroutines can share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServe_RefusesToListenOpenlyWithoutAToken: off loopback, a token (or
// a password file) is required, and it must be long enough to resist the
// login form.
func TestServe_RefusesToListenOpenlyWithoutAToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	short := filepath.Join(t.TempDir(), "short")
	os.WriteFile(short, []byte("1234\n"), 0o600)
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"--addr", "0.0.0.0:0"}, "give --token or --password-file"},
		{[]string{"--addr", ":0"}, "not a loopback address"},
		{[]string{"--addr", "192.0.2.1:8080"}, "not a loopback address"},
		{[]string{"--token", "short"}, "at least 16 characters"},
		{[]string{"--password-file", short}, "at least 16 characters"},
		{[]string{"--password-file", filepath.Join(t.TempDir(), "missing")}, "--password-file"},
		{[]string{"--token", "long-enough-token-here", "--password-file", short}, "not both"},
		{[]string{"--max-upload", "0"}, "above zero"},
	} {
		code, _, stderr := runCLI(t, append([]string{"serve", "--db", db}, tc.args...)...)
		if code != exitUsage || !strings.Contains(stderr, tc.says) {
			t.Errorf("serve %v: exit %d %q, want exit %d saying %q", tc.args, code, stderr, exitUsage, tc.says)
		}
	}
}

// TestServe_DecisionInTheBrowserIsTheOneDiffShows: dossier serve on a
// store, a decision posted by its form, then dossier diff and dossier
// history on the same store show that decision, as if dossier review had
// made it.
func TestServe_DecisionInTheBrowserIsTheOneDiffShows(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, &out, &errOut) }()
	addr := regexp.MustCompile(`open (http://127\.0\.0\.1:\d+/) in a browser`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = strings.TrimSuffix(m[1], "/")
		}
	}
	if base == "" {
		t.Fatalf("serve did not say where to open it: %q %q", out.String(), errOut.String())
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(base + "/projects/octopus-project")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("no form on the project page:\n%s", page)
	}
	form := url.Values{"csrf": {string(m[1])}, "field": {"status"}, "candidate": {"typed"}, "value": {"ongoing"},
		"note": {"the 2025 brochure gives 2021-2027"}, "reviewer": {"Ana"}}
	req, _ := http.NewRequest(http.MethodPost, base+"/projects/octopus-project/decisions", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", base)
	if resp, err = c.Do(req); err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("decision: %v %v", resp.StatusCode, err)
	}
	resp.Body.Close()
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("serve ended with exit %d: %s", code, errOut.String())
	}

	diff := cli(t, "diff", "octopus-project", "--color", "never", "--db", db)
	if !strings.Contains(diff, "status  OVERRIDDEN  ongoing") || !strings.Contains(diff, "decided by Ana on") ||
		!strings.Contains(diff, "the 2025 brochure gives 2021-2027") {
		t.Errorf("dossier diff after the browser's decision:\n%s", diff)
	}
	history := cli(t, "history", "octopus-project", "--db", db)
	if !strings.Contains(history, "status") || !strings.Contains(history, "Ana") || !strings.Contains(history, "in force") {
		t.Errorf("dossier history:\n%s", history)
	}
}

// TestDemo_EndsBySayingHowToOpenThePage: the demo's last line is how to
// open its store in the browser.
func TestDemo_EndsBySayingHowToOpenThePage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dossier.db")
	out := strings.TrimRight(cli(t, "demo", "--db", db, "--out", filepath.Join(dir, "out")), "\n")
	last := out[strings.LastIndex(out, "\n")+1:]
	if want := "To review in a browser: go run ./cmd/dossier serve --db " + db + ", then open http://127.0.0.1:8080/"; last != want {
		t.Errorf("demo ends with %q, want %q", last, want)
	}
}
