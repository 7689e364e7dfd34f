package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/ingest"
)

// hexRun matches document ids and their prefixes, whose hex digits may
// spell "abc" by chance.
var hexRun = regexp.MustCompile(`[0-9a-f]{8,64}`)

// TestIngest_URLCredentialsNeverStoredOrShown: a URL's user-info and
// token are sent to the server, but neither is kept in the store file nor
// printed by `documents` or `export`.
func TestIngest_URLCredentialsNeverStoredOrShown(t *testing.T) {
	var gotUser, gotPass, gotToken string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUser, gotPass, _ = r.BasicAuth()
		gotToken = r.URL.Query().Get("token")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<html><head><title>Octopus Project</title></head><body><h1>Octopus Project</h1><p>Start date: 1 January 2021</p></body></html>`))
	}))
	defer srv.Close()
	raw := "http://user:pass@" + strings.TrimPrefix(srv.URL, "http://") + "/p?token=abc&lang=en"
	db := filepath.Join(t.TempDir(), "dossier.db")
	code, stdout, stderr := runCLI(t, "ingest", "--db", db, "--allow-private", raw)
	if code != exitOK {
		t.Fatalf("ingest exit %d: %s%s", code, stdout, stderr)
	}
	if gotUser != "user" || gotPass != "pass" || gotToken != "abc" {
		t.Errorf("the server got user %q, password %q, token %q: the fetch must use the whole URL", gotUser, gotPass, gotToken)
	}
	docs := documentsJSON(t, db)
	if want := srv.URL + "/p?lang=en"; len(docs) != 1 || docs[0].Source != want {
		t.Fatalf("documents: %+v, want one from %s", docs, want)
	}
	shown := map[string]string{"ingest": stdout + stderr}
	for _, args := range [][]string{{"documents"}, {"documents", "--json"}, {"export", "--format", "json"}} {
		code, out, errOut := runCLI(t, append(args, "--db", db)...)
		if code != exitOK {
			t.Fatalf("%v exit %d: %s", args, code, errOut)
		}
		shown[strings.Join(args, " ")] = out + errOut
	}
	for name, out := range shown {
		out = hexRun.ReplaceAllString(out, "")
		for _, secret := range []string{"pass", "abc", "token", "user"} {
			if strings.Contains(out, secret) {
				t.Errorf("%s shows %q:\n%s", name, secret, out)
			}
		}
	}
	files, _ := filepath.Glob(db + "*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, secret := range []string{"user:pass", "pass@", "token", "=abc"} {
			if strings.Contains(string(b), secret) {
				t.Errorf("%s holds %q", filepath.Base(f), secret)
			}
		}
	}
}

// TestIngest_FIFOEndsAndIsListedAsFailed: `mkfifo f.html; dossier ingest`
// once waited forever; now the run ends, says some documents failed, and
// `documents --failed` lists the FIFO with why.
func TestIngest_FIFOEndsAndIsListedAsFailed(t *testing.T) {
	dir := t.TempDir()
	copyFixtures(t, dir)
	fifo := filepath.Join(dir, "f.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "dossier.db")
	code, stdout, stderr := runCLI(t, "ingest", "--db", db, dir)
	if code != exitSomeFailed || !strings.Contains(stderr, "dossier: "+fifo+": not a regular file: fifo") {
		t.Fatalf("ingest exit %d, want %d and the FIFO's failure:\n%s%s", code, exitSomeFailed, stdout, stderr)
	}
	failed := documentsJSON(t, db, "--failed")
	if len(failed) != 1 || failed[0].Source != fifo || failed[0].Error == nil || *failed[0].Error != "not a regular file: fifo" {
		t.Errorf("documents --failed: %+v, want the FIFO with its reason", failed)
	}
}

// TestCheck_DamagedStoreStopsCommandsWithOneLine: `check` says ok for a
// sound store; after bytes are flipped in a page, `documents` and `export`
// stop with one line saying the store is damaged and where, and `check`
// lists the damage; all exit 1.
func TestCheck_DamagedStoreStopsCommandsWithOneLine(t *testing.T) {
	dir := t.TempDir()
	copyFixtures(t, dir)
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, _, stderr := runCLI(t, "ingest", "--db", db, "--isolate=false", dir); code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	if code, out, stderr := runCLI(t, "check", "--db", db); code != exitOK || out != db+": ok\n" {
		t.Fatalf("check of a sound store: exit %d %q %q", code, out, stderr)
	}
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := int(b[16])<<8 | int(b[17])
	b[pageSize] = 0xff // page 2's type: no b-tree page has it
	if err := os.WriteFile(db, b, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"documents"}, {"export", "--format", "json"}} {
		code, _, stderr := runCLI(t, append(args, "--db", db)...)
		if code != exitFailure || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "store file is damaged: table ") {
			t.Errorf("%v on a damaged store: exit %d, stderr %q; want 1 and one line naming the damage", args, code, stderr)
		}
	}
	code, out, stderr := runCLI(t, "check", "--db", db)
	if code != exitFailure || !strings.HasPrefix(out, db+": damaged: table ") || !strings.Contains(stderr, "store file is damaged") {
		t.Errorf("check of a damaged store: exit %d, %q %q", code, out, stderr)
	}
	code, _, stderr = runCLI(t, "documents", "--db", dir)
	if code != exitFailure || stderr != "dossier: open store "+dir+": is a directory, not a store file\n" {
		t.Errorf("--db a folder: exit %d %q", code, stderr)
	}
}

// TestIngest_AbsurdAmountGivesNoFact: a page stating a budget and a
// contribution of EUR 99999999999999999999999 gives no budget and no
// contribution (not an absurd one, not a smaller number read from inside
// it), while a page with a sane budget beside it keeps its own.
func TestIngest_AbsurdAmountGivesNoFact(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"absurd.html": `<html><head><title>Alpha Project</title></head><body><h1>Alpha Project</h1>
<p>Budget: EUR 99999999999999999999999</p><p>Start date: 1 January 2021</p>
<p>The Government of Japan made a voluntary contribution of EUR 99999999999999999999999 to the Alpha Project.</p></body></html>`,
		"sane.html": `<html><head><title>Beta Project</title></head><body><h1>Beta Project</h1>
<p>Budget: EUR 4 million</p><p>Start date: 1 January 2021</p></body></html>`,
	}
	for name, body := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, dir)
	out := cli(t, "facts", "--db", db, "--json")
	var facts []struct {
		Project string          `json:"project"`
		Field   string          `json:"field"`
		Value   json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal([]byte(out), &facts); err != nil {
		t.Fatalf("facts --json: %v\n%s", err, out)
	}
	var money []string
	for _, f := range facts {
		// A budget or a contribution is an object with an amount; other
		// values are strings or objects without one.
		var v struct {
			Amount   *float64 `json:"amount"`
			Currency string   `json:"currency"`
		}
		if json.Unmarshal(f.Value, &v) == nil && v.Amount != nil {
			money = append(money, fmt.Sprintf("%s %s %s %.0f", f.Project, f.Field, v.Currency, *v.Amount))
		}
	}
	if want := []string{"Beta Project budget EUR 4000000"}; !slices.Equal(money, want) {
		t.Errorf("facts with an amount: %q; want only %q", money, want)
	}
}

// TestIngest_MeaninglessLimitsAreUsageErrors: a negative or zero duration,
// size or page count, and a worker count below zero or past the bound, are
// refused before anything is read, with one line naming the flag, exit 2;
// once they were taken silently as the default (a negative --max-memory as
// no limit at all).
func TestIngest_MeaninglessLimitsAreUsageErrors(t *testing.T) {
	dir := t.TempDir()
	copyFixtures(t, dir)
	db := filepath.Join(t.TempDir(), "dossier.db")
	for _, tc := range []struct {
		flag, value, says string
	}{
		{"--timeout", "-5s", "--timeout -5s: give a duration above zero"},
		{"--timeout", "0", "--timeout 0s: give a duration above zero"},
		{"--http-timeout", "-1m", "--http-timeout -1m0s: give a duration above zero"},
		{"--connect-timeout", "-1ns", "--connect-timeout -1ns: give a duration above zero"},
		{"--max-memory", "-1", "--max-memory -1: give a number above zero"},
		{"--max-memory", "0", "--max-memory 0: give a number above zero"},
		{"--max-file-bytes", "-1", "--max-file-bytes -1: give a number above zero"},
		{"--max-html-bytes", "0", "--max-html-bytes 0: give a number above zero"},
		{"--max-stream-bytes", "-10", "--max-stream-bytes -10: give a number above zero"},
		{"--max-pages", "0", "--max-pages 0: give a number above zero"},
		{"--workers", "-1", "--workers -1: give 1 to 1024, or 0 for the number of CPUs"},
		{"--workers", "100000000", "--workers 100000000: give 1 to 1024"},
		{"--timeout", "soon", `invalid argument "soon" for "--timeout"`},
	} {
		code, stdout, stderr := runCLI(t, "ingest", "--db", db, tc.flag, tc.value, dir)
		if code != exitUsage || !strings.Contains(stderr, tc.says) || strings.Count(stderr, "\n") != 1 || stdout != "" {
			t.Errorf("ingest %s %s: exit %d, stdout %q, stderr %q; want exit %d and one line saying %q",
				tc.flag, tc.value, code, stdout, stderr, exitUsage, tc.says)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a refused ingest created the store %s", db)
	}
	// The documented forms still run: 0 workers is one per CPU.
	if code, _, stderr := runCLI(t, "ingest", "--db", db, "--workers", "0", "--timeout", "30s", "--max-memory", "536870912", dir); code != exitOK {
		t.Errorf("ingest with sane limits: exit %d: %s", code, stderr)
	}
}

// hostileMarkup holds what a terminal must never get raw: an OSC sequence
// that retitles the window, a colour code, a bidi override, as bytes and as
// character references.
const hostileMarkup = "\x1b]0;pwned\x07Octopus \x1b[31mRed\x1b[0m \u202eadanaC\u202c &#x1b;]0;again&#x7;&#x202e;"

// TestIngestAndDemo_NoControlOrBidiCharacterReachesTheTerminal: a page on
// a loopback server whose title, heading and donor carry escape sequences
// and bidi overrides, a file whose very name does, and a URL that does are
// ingested with -v and log progress, then the demo runs on the same store:
// nothing raw reaches stdout or stderr, and the failures still name their
// documents, escaped.
func TestIngestAndDemo_NoControlOrBidiCharacterReachesTheTerminal(t *testing.T) {
	page := "<html><head><title>" + hostileMarkup + "</title></head><body><h1>" + hostileMarkup + " Project</h1>" +
		"<p>Start date: 1 January 2021</p><p>Donors: \u202eadanaC\u202c, Japan</p>" +
		"<p>Funded by the Government of \x1b[8mNorway\u202e.</p></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	dir := t.TempDir()
	evilName := filepath.Join(dir, "evil\x1b]0;pwned\x07\u202efdp.\nforged.pdf")
	if err := os.WriteFile(evilName, []byte("%PDF-1.4 truncated"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "dossier.db")
	code, stdout, stderr := runCLI(t, "ingest", "--db", db, "--allow-private", "-v", "--progress", "log",
		srv.URL+"/octopus.html", srv.URL+"/\u202eevil", "http://127.0.0.1/\x1b]0;pwned\x07", dir)
	if code != exitSomeFailed {
		t.Fatalf("ingest exit %d, want %d (the bad file and URL fail):\n%s%s", code, exitSomeFailed, stdout, stderr)
	}
	for name, out := range map[string]string{"ingest stdout": stdout, "ingest stderr": stderr} {
		if bad := terminalUnsafe(out); bad != "" {
			t.Errorf("%s has %s:\n%s", name, bad, out)
		}
	}
	if !strings.Contains(stderr, "fdp.") || !strings.Contains(stderr, "forged.pdf: malformed PDF") {
		t.Errorf("the bad file's failure does not name it:\n%s", stderr)
	}

	demoOut := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr = runCLI(t, "demo", "--db", db, "--out", demoOut)
	if code != exitOK {
		t.Fatalf("demo exit %d:\n%s%s", code, stdout, stderr)
	}
	for name, out := range map[string]string{"demo stdout": stdout, "demo stderr": stderr} {
		if bad := terminalUnsafe(out); bad != "" {
			t.Errorf("%s has %s:\n%s", name, bad, out)
		}
	}
}

// TestDemo_EscapesWhatTheStoreHolds: the demo lists every project in its
// store, not only the fixtures'; one titled, by a document that reached the
// store raw, with an OSC sequence, a newline and a bidi-spelled donor
// prints escaped and on its own line.
func TestDemo_EscapesWhatTheStoreHolds(t *testing.T) {
	db := hostileStore(t, dossier.Fact{Field: dossier.FieldDonors, Value: dossier.TextValue("Japan"),
		Quote: "Donors: Japan", Extractor: "pair"})
	code, stdout, stderr := runCLI(t, "demo", "--db", db, "--out", filepath.Join(t.TempDir(), "out"))
	if code != exitOK {
		t.Fatalf("demo exit %d:\n%s%s", code, stdout, stderr)
	}
	for name, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
		if bad := terminalUnsafe(out); bad != "" {
			t.Errorf("demo %s has %s:\n%s", name, bad, out)
		}
	}
	if !strings.Contains(stdout, `\x1b]0;pwned\x07Evil\nTitle`) {
		t.Errorf("demo does not show the hostile title, escaped:\n%s", stdout)
	}
}

// TestReportIngest_EscapesEveryFailure: the ingest package already blanks
// control characters in its messages, but reportIngest prints whatever a
// failure says, and its source and reason come from file names and
// documents: each failure stays one escaped line, and so does the summary
// of reasons.
func TestReportIngest_EscapesEveryFailure(t *testing.T) {
	source := "evil\x1b]0;pwned\x07\u202efdp.\nforged.pdf"
	sum := ingest.Summary{Results: []ingest.Result{
		{Source: source, State: ingest.StateFailed, Err: errors.New(source + ": \x1b[31mbad\u202e PDF\r\nforged: line")},
		{Source: "ok.html", State: ingest.StateIngested},
	}}
	var stdout, stderr bytes.Buffer
	if err := reportIngest(sum, nil, &stdout, &stderr); !errors.Is(err, errSomeFailed) {
		t.Errorf("reportIngest: %v, want errSomeFailed", err)
	}
	for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
		if bad := terminalUnsafe(out); bad != "" {
			t.Errorf("%s has %s:\n%s", name, bad, out)
		}
	}
	want := `dossier: evil\x1b]0;pwned\x07\u202efdp.\nforged.pdf: \x1b[31mbad\u202e PDF\r\nforged: line` + "\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	if !strings.Contains(stdout.String(), "failed: 1 \\x1b[31mbad\\u202e PDF\\r\\nforged\n") {
		t.Errorf("the reasons' summary is not one escaped line:\n%s", stdout.String())
	}
}
