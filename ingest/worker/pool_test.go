package worker_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
	"github.com/dossier-dev/dossier/ingest/worker"
)

// TestMain makes this test binary a worker when the pool starts it: the
// handler reads documents for real, except the few names that make the
// child misbehave on purpose, the way a hostile file would.
func TestMain(m *testing.M) {
	if os.Getenv(worker.EnvChild) == "1" {
		out := os.Stdout
		os.Stdout = os.Stderr
		if err := worker.Serve(context.Background(), os.Stdin, out, misbehave); err != nil {
			fmt.Fprintln(os.Stderr, "test worker:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

var sink [][]byte

func misbehave(ctx context.Context, src extract.Source, lim extract.Limits) (*dossier.Document, error) {
	switch src.Name {
	case "hang":
		for {
			// A parser caught in a loop does not look at its context.
			time.Sleep(time.Millisecond)
		}
	case "balloon":
		for {
			b := make([]byte, 16<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			sink = append(sink, b)
		}
	case "recurse":
		return nil, fmt.Errorf("depth %d", recurse(0))
	case "exit":
		os.Exit(7)
	case "goroutine-panic":
		// A panic on another goroutine cannot be recovered by the child.
		done := make(chan struct{})
		go func() { panic("parser bug") }()
		<-done
	case "print":
		// A library writing to stdout must not break the protocol.
		fmt.Println("stray output")
	}
	return worker.Extract(ctx, src, lim)
}

func recurse(n int) int {
	var pad [256]byte
	pad[n%256] = byte(n)
	return recurse(n+1) + int(pad[0])
}

func newPool(t *testing.T, cfg worker.Config) *worker.Pool {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Path = exe
	p, err := worker.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := p.Close(); err != nil {
			t.Errorf("close pool: %v", err)
		}
	})
	return p
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../fixtures/docs", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPool_ReadsLikeInProcess: a document read in a child is the document
// read in this process, blocks and all, for both kinds.
func TestPool_ReadsLikeInProcess(t *testing.T) {
	p := newPool(t, worker.Config{Procs: 2})
	for _, name := range []string{"project-summary-cybercrime-octopus-2019.pdf", "coe-brochure-octopus-project-2025.pdf", "cybil-portal-octopus-project.html"} {
		src := extract.Source{Name: name, Data: readFixture(t, name)}
		want, err := extract.Default().Extract(context.Background(), src, extract.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.Extract(context.Background(), src, extract.DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: document read in a worker (-in process +worker):\n%s", name, diff)
		}
	}
}

// TestPool_FactsLikeInProcess: the facts a child finds beside the parsing
// are the facts this process finds in the same document with the same
// known project names, for every seed fixture and every document of the
// blind corpus's dev split (the gob round trip loses nothing).
func TestPool_FactsLikeInProcess(t *testing.T) {
	var paths []string
	for _, dir := range []string{"../../fixtures/docs", "../../fixtures/corpus/dev/docs"} {
		ps, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	// Names a store would know: a short one that only a known name finds
	// in passing, and the seeds' titles.
	names := []string{"WACCA", "Octopus Project", "Cybercrime@Octopus", "GLACY+", "CyberEast"}
	p := newPool(t, worker.Config{Procs: 2, Names: names})
	known := facts.NewKnown(names)
	total := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := extract.Source{Name: filepath.Base(path), Data: data}
		doc, err := extract.Default().Extract(context.Background(), src, extract.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		want := worker.FactsOf(doc, known)
		gotDoc, got, err := p.ExtractFacts(context.Background(), src, extract.DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", src.Name, err)
		}
		if diff := cmp.Diff(doc, gotDoc, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: document read in a worker (-in process +worker):\n%s", src.Name, diff)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: facts found in a worker (-in process +worker):\n%s", src.Name, diff)
		}
		total += len(got)
	}
	if total == 0 {
		t.Fatal("no facts found in any document")
	}
	t.Logf("%d documents, %d facts", len(paths), total)
}

// TestPool_MisbehavingDocumentFailsAlone: a document that hangs, balloons,
// recurses without end, exits or panics on another goroutine fails with
// its reason, and the next document is read by a fresh child. Only the
// hang waits for the timeout: the crashes are read by a pool whose
// timeout no loaded machine reaches, so that a slow crash is never
// reported as a hang.
func TestPool_MisbehavingDocumentFailsAlone(t *testing.T) {
	hangs := newPool(t, worker.Config{Procs: 1, Timeout: 2 * time.Second, MaxMemory: 256 << 20})
	crashes := newPool(t, worker.Config{Procs: 1, Timeout: 2 * time.Minute, MaxMemory: 256 << 20})
	good := extract.Source{Name: "cybil-portal-octopus-project.html", Data: readFixture(t, "cybil-portal-octopus-project.html")}
	tests := []struct {
		name, reason string
		pool         *worker.Pool
	}{
		{"hang", "timed out: reading took longer than 2s", hangs},
		{"balloon", "worker crashed: out of memory", crashes},
		{"recurse", "worker crashed: stack overflow", crashes},
		{"exit", "worker crashed: exit status 7", crashes},
		{"goroutine-panic", "worker crashed: panic: parser bug", crashes},
	}
	for _, tt := range tests {
		if raceEnabled && (tt.name == "balloon" || tt.name == "recurse") {
			// The race runtime dies of the address-space limit itself.
			continue
		}
		data := []byte("<html><body><p>" + tt.name + "</p></body></html>")
		doc, err := tt.pool.Extract(context.Background(), extract.Source{Name: tt.name, Data: data}, extract.DefaultLimits())
		if err == nil || doc == nil {
			t.Fatalf("%s: document %v, error %v; want a failed document", tt.name, doc, err)
		}
		if !strings.HasPrefix(doc.Error, tt.reason) {
			t.Errorf("%s: reason %q, want it to start with %q", tt.name, doc.Error, tt.reason)
		}
		if doc.ID != extract.ID(data) || doc.Source != tt.name || doc.Kind != dossier.KindHTML {
			t.Errorf("%s: failed document id %s source %q kind %q, want the bytes' id, the name and html", tt.name, doc.ID, doc.Source, doc.Kind)
		}
		if strings.Contains(doc.Error, "\n") {
			t.Errorf("%s: reason on several lines: %q", tt.name, doc.Error)
		}
		doc, err = tt.pool.Extract(context.Background(), good, extract.DefaultLimits())
		if err != nil || len(doc.Blocks) == 0 {
			t.Fatalf("after %s: good document: %v, %d blocks", tt.name, err, len(doc.Blocks))
		}
	}
	if raceEnabled {
		return
	}
	// One child, and one after each failure; the hang timed out, the
	// others crashed.
	if st := hangs.Stats(); st.Started != 2 || st.TimedOut != 1 || st.Crashed != 0 {
		t.Errorf("hang's pool: stats %+v, want 2 started, 1 timed out, none crashed", st)
	}
	crashed := int64(len(tests) - 1)
	if st := crashes.Stats(); st.Started != crashed+1 || st.TimedOut != 0 || st.Crashed != crashed {
		t.Errorf("crashes' pool: stats %+v, want %d started, none timed out, %d crashed", st, crashed+1, crashed)
	}
}

// TestPool_StrayStdoutIsHarmless: a library printing to stdout in the
// child does not corrupt the protocol.
func TestPool_StrayStdoutIsHarmless(t *testing.T) {
	p := newPool(t, worker.Config{Procs: 1})
	doc, err := p.Extract(context.Background(), extract.Source{Name: "print", Data: []byte("<html><body><h1>Printed</h1></body></html>")}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Printed" && !strings.Contains(doc.Text(), "Printed") {
		t.Errorf("document text %q, want the heading", doc.Text())
	}
	if p.Stats().Started != 1 {
		t.Errorf("children started %d, want 1", p.Stats().Started)
	}
}

// TestPool_CancelStopsTheDocument: cancelling the context ends a document
// in flight without a failure to record: no document comes back.
func TestPool_CancelStopsTheDocument(t *testing.T) {
	p := newPool(t, worker.Config{Procs: 1, Timeout: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(200 * time.Millisecond)
		cancel()
	}()
	doc, err := p.Extract(ctx, extract.Source{Name: "hang", Data: []byte("<p>x</p>")}, extract.DefaultLimits())
	if doc != nil || err != context.Canceled {
		t.Fatalf("document %v, error %v; want no document and context.Canceled", doc, err)
	}
	doc, err = p.Extract(context.Background(), extract.Source{Name: "after.html", Data: []byte("<html><body><p>After: yes</p></body></html>")}, extract.DefaultLimits())
	if err != nil || doc == nil {
		t.Fatalf("after cancel: %v", err)
	}
}

// TestPool_Closed: a closed pool refuses work instead of hanging.
func TestPool_Closed(t *testing.T) {
	p := newPool(t, worker.Config{Procs: 1})
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Extract(context.Background(), extract.Source{Name: "x.html", Data: []byte("<p>x</p>")}, extract.DefaultLimits()); err != worker.ErrClosed {
		t.Errorf("extract on a closed pool: %v, want ErrClosed", err)
	}
}

// TestPool_MissingExecutable: a pool whose program cannot start reports it
// without a document, so nothing is recorded against the document.
func TestPool_MissingExecutable(t *testing.T) {
	p, err := worker.New(worker.Config{Path: filepath.Join(t.TempDir(), "no-such-program"), Procs: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	doc, err := p.Extract(context.Background(), extract.Source{Name: "x.html", Data: []byte("<p>x</p>")}, extract.DefaultLimits())
	if doc != nil || err == nil || !strings.Contains(err.Error(), "start worker") {
		t.Errorf("document %v, error %v; want no document and a start error", doc, err)
	}
}
