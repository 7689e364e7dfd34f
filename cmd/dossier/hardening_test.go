package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
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
