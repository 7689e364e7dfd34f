package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

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

// link makes a symbolic link at name pointing to target.
func link(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

// copyFixture copies one fixture document to dst.
func copyFixture(t *testing.T, name, dst string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRun_SymlinksFollowedLoopsReportedOnce: a symlinked folder given as
// the input, a symlinked folder and a symlinked file inside it are all
// read; a link back to a folder being walked is one failed input, not
// walked forever.
func TestRun_SymlinksFollowedLoopsReportedOnce(t *testing.T) {
	tmp := t.TempDir()
	copyFixture(t, "cybil-portal-octopus-project.html", filepath.Join(tmp, "in", "page.html"))
	copyFixture(t, "gfce-inventory-cybercrime-octopus.html", filepath.Join(tmp, "elsewhere", "linked.html"))
	copyFixture(t, "coe-news-canada-contribution-2020.html", filepath.Join(tmp, "outside", "news.html"))
	copyFixture(t, "project-summary-cybercrime-octopus-2019.pdf", filepath.Join(tmp, "outside", "sub", "summary.pdf"))
	link(t, filepath.Join("..", "elsewhere", "linked.html"), filepath.Join(tmp, "in", "linked.html"))
	link(t, filepath.Join("..", "outside"), filepath.Join(tmp, "in", "folder"))
	link(t, "..", filepath.Join(tmp, "outside", "sub", "up")) // back to outside: a loop
	link(t, "in", filepath.Join(tmp, "input"))

	in := filepath.Join(tmp, "input")
	items := ingest.Expand([]string{in}, ingest.HTTPOptions{})
	var names []string
	for _, it := range items {
		names = append(names, strings.TrimPrefix(it.Name, in+"/"))
	}
	want := []string{"folder/news.html", "folder/sub/summary.pdf", "folder/sub/up", "linked.html", "page.html"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Fatalf("inputs (-want +got):\n%s", diff)
	}
	sum, err := ingest.Run(context.Background(), openStore(t), items, ingest.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range sum.Results {
		if names[i] == "folder/sub/up" {
			if r.State != ingest.StateFailed || !strings.Contains(r.Err.Error(), "symbolic link loop: leads back to") {
				t.Errorf("loop: %s %v, want one failure saying it is a loop", r.State, r.Err)
			}
			continue
		}
		if r.State != ingest.StateIngested {
			t.Errorf("%s: %s %v, want ingested", names[i], r.State, r.Err)
		}
	}
}

// TestRun_SpecialAndUnreadableFilesRecordedAsFailed: a FIFO (which once
// hung ingest forever), a socket and a device fail at once, each with its
// file type, and are recorded, so `documents --failed` lists them; so is
// a file without read permission. A re-run settles them from the store.
func TestRun_SpecialAndUnreadableFilesRecordedAsFailed(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, "cybil-portal-octopus-project.html", filepath.Join(dir, "good.html"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.html"), 0o644); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", filepath.Join(dir, "socket.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	want := map[string]string{
		filepath.Join(dir, "pipe.html"):   "not a regular file: fifo",
		filepath.Join(dir, "socket.html"): "not a regular file: socket",
		"/dev/null":                       "not a regular file: character device",
	}
	locked := filepath.Join(dir, "locked.html")
	copyFixture(t, "gfce-inventory-cybercrime-octopus.html", locked)
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root, who may read any file: the permission case is not tested")
	} else {
		want[locked] = "read file: permission denied"
	}
	st := openStore(t)
	items := ingest.Expand([]string{dir, "/dev/null"}, ingest.HTTPOptions{})
	done := make(chan ingest.Summary)
	go func() {
		sum, err := ingest.Run(context.Background(), st, items, ingest.Options{Workers: 2, Isolate: true})
		if err != nil {
			t.Error(err)
		}
		done <- sum
	}()
	var sum ingest.Summary
	select {
	case sum = <-done:
	case <-time.After(time.Minute):
		t.Fatal("ingest of a FIFO did not end")
	}
	for _, r := range sum.Results {
		reason, special := want[r.Source]
		switch {
		case special && (r.State != ingest.StateFailed || r.Err.Error() != r.Source+": "+reason):
			t.Errorf("%s: %s %v, want failed: %s", r.Source, r.State, r.Err, reason)
		case !special && r.Source != locked && r.State != ingest.StateIngested:
			t.Errorf("%s: %s %v, want ingested", r.Source, r.State, r.Err)
		}
	}
	failed, err := st.Documents(context.Background(), store.DocumentFilter{Failed: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range failed {
		for _, s := range d.Sources {
			got[s] = d.Error
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("failed documents by source (-want +got):\n%s", diff)
	}
	again, err := ingest.Run(context.Background(), st, ingest.Expand([]string{dir, "/dev/null"}, ingest.HTTPOptions{}), ingest.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if again.Writes != 0 {
		t.Errorf("re-run wrote %d times; the special files are known failures", again.Writes)
	}
}

// gzipBomb is about 1 MB of gzip that inflates to about 1 GB: the same
// small member, 1 MiB of zeros, repeated (a gzip stream may hold many).
func gzipBomb(t *testing.T) []byte {
	t.Helper()
	var member bytes.Buffer
	zw, err := gzip.NewWriterLevel(&member, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	return bytes.Repeat(member.Bytes(), (1<<20)/member.Len())
}

// TestRun_URLBodiesBoundedByTheirKindsLimit: a web page is downloaded
// under the page limit and a PDF under the file limit, both counted
// decompressed: a 1 MB gzip bomb (1 GB inflated) fails on the page limit
// having cost about that limit, while an honest gzipped page and a PDF
// larger than the page limit are ingested.
func TestRun_URLBodiesBoundedByTheirKindsLimit(t *testing.T) {
	bomb := gzipBomb(t)
	news, err := os.ReadFile(filepath.Join(fixtureDir, "coe-news-canada-contribution-2020.html"))
	if err != nil {
		t.Fatal(err)
	}
	var newsGz bytes.Buffer
	zw := gzip.NewWriter(&newsGz)
	zw.Write(news)
	zw.Close()
	brochure, err := os.ReadFile(filepath.Join(fixtureDir, "coe-brochure-octopus-project-2025.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	const pageLimit = 64 << 10
	big := []byte("<html><body>" + strings.Repeat("<p>Start date: 1 January 2021</p>", pageLimit/20) + "</body></html>")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bomb":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		case "/news":
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(newsGz.Bytes())
		case "/brochure":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(brochure)
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			w.Write(big)
		}
	}))
	defer srv.Close()
	h := ingest.HTTPOptions{AllowPrivate: true, MaxPageBytes: pageLimit}
	tooLarge := "too large: web page over the limit of 65536 bytes (--max-html-bytes)"
	tests := []struct{ path, state, reason string }{
		{"/bomb", ingest.StateFailed, tooLarge},
		{"/news", ingest.StateIngested, ""},
		{"/brochure", ingest.StateIngested, ""},
		{"/big", ingest.StateFailed, tooLarge},
	}
	var urls []string
	for _, tt := range tests {
		urls = append(urls, srv.URL+tt.path)
	}
	st := openStore(t)

	// The bomb alone first, to weigh what reading it cost.
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sum, err := ingest.Run(context.Background(), st, ingest.Expand(urls[:1], h), ingest.Options{HTTP: h, Workers: 1})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("reading the gzip bomb (%d bytes, about 1 GB inflated) allocated %d bytes in all", len(bomb), allocated)
	if allocated > 16<<20 {
		t.Errorf("reading the gzip bomb allocated %d bytes, want about its limit of %d", allocated, pageLimit)
	}
	if r := sum.Results[0]; r.State != ingest.StateFailed || r.Err.Error() != urls[0]+": "+tooLarge {
		t.Errorf("gzip bomb: %s %v, want failed: %s", r.State, r.Err, tooLarge)
	}

	sum, err = ingest.Run(context.Background(), st, ingest.Expand(urls, h), ingest.Options{HTTP: h, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i, tt := range tests {
		r := sum.Results[i]
		if r.State != tt.state || (tt.reason != "" && r.Err.Error() != urls[i]+": "+tt.reason) {
			t.Errorf("%s: %s %v, want %s %s", tt.path, r.State, r.Err, tt.state, tt.reason)
		}
	}
}
