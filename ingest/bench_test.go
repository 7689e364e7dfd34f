package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/store"
)

// BenchmarkExtract measures reading one document of each kind into blocks
// and facts, in this process and in a worker subprocess (the cost of
// isolation: the round trip of the bytes and the document).
func BenchmarkExtract(b *testing.B) {
	names, data := fixtureFiles(b)
	pool, err := worker.New(worker.Config{Procs: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer pool.Close()
	for i, name := range names {
		src := extract.Source{Name: name, Data: data[i]}
		kind := "html"
		if strings.HasSuffix(name, ".pdf") {
			kind = "pdf"
		}
		short := strings.SplitN(name, "-", 3)[1]
		b.Run(kind+"/"+short+"/in-process", func(b *testing.B) {
			b.SetBytes(int64(len(src.Data)))
			for b.Loop() {
				doc, err := extract.Default().Extract(context.Background(), src, extract.DefaultLimits())
				if err != nil {
					b.Fatal(err)
				}
				facts.Extract(doc)
			}
		})
		b.Run(kind+"/"+short+"/worker", func(b *testing.B) {
			b.SetBytes(int64(len(src.Data)))
			for b.Loop() {
				doc, err := pool.Extract(context.Background(), src, extract.DefaultLimits())
				if err != nil {
					b.Fatal(err)
				}
				facts.Extract(doc)
			}
		})
	}
}

// BenchmarkIngestFixtures measures a whole ingest of the five fixture
// documents (read, extract, find facts, store) into a fresh store.
func BenchmarkIngestFixtures(b *testing.B) {
	items := ingest.Expand([]string{fixtureDir}, ingest.HTTPOptions{})
	benchIngest(b, items, ingest.Options{Limits: extract.DefaultLimits()})
}

// BenchmarkIngest200 measures a whole ingest of 200 documents (copies of
// the fixtures, each its own bytes) into a fresh store, PDFs in worker
// subprocesses as the command line runs them.
func BenchmarkIngest200(b *testing.B) {
	items, _ := copies(b, 200)
	benchIngest(b, items, ingest.Options{Isolate: true})
}

func benchIngest(b *testing.B, items []ingest.Item, opt ingest.Options) {
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "dossier.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := ingest.Run(context.Background(), st, items, opt)
		if err != nil {
			b.Fatal(err)
		}
		if n := sum.Count(ingest.StateIngested); n != len(items) {
			b.Fatalf("ingested %d of %d", n, len(items))
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(len(items)), "ms/doc")
}

// BenchmarkIngest200Unchanged measures the same ingest again over an
// unchanged store: read and hash only. Its ms/doc against
// BenchmarkIngest200's is the speed-up of an incremental run.
func BenchmarkIngest200Unchanged(b *testing.B) {
	items, _ := copies(b, 200)
	st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "dossier.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Run(context.Background(), st, items, ingest.Options{Isolate: true}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		sum, err := ingest.Run(context.Background(), st, items, ingest.Options{Isolate: true})
		if err != nil {
			b.Fatal(err)
		}
		if sum.Count(ingest.StateUnchanged) != len(items) || sum.Extracted != 0 {
			b.Fatalf("re-run: %v, %d extracted", states(sum), sum.Extracted)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(items))/1000, "ms/doc")
}

// BenchmarkDocumentCPU is the whole per-document reading one kind of
// document costs, in this process: blocks, as-of date and facts, as a
// worker does them. One op is one document, taken in turn from the seed
// fixtures and the blind corpus's dev split, so ns/op and allocs/op
// (-benchmem) are per document.
//
//	go test ./ingest -run '^$' -bench DocumentCPU -benchmem
func BenchmarkDocumentCPU(b *testing.B) {
	for _, kind := range []string{"pdf", "html"} {
		var srcs []extract.Source
		for _, dir := range []string{fixtureDir, "../fixtures/corpus/dev/docs"} {
			paths, err := filepath.Glob(filepath.Join(dir, "*."+kind))
			if err != nil {
				b.Fatal(err)
			}
			for _, p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					b.Fatal(err)
				}
				srcs = append(srcs, extract.Source{Name: p, Data: data})
			}
		}
		b.Run(kind, func(b *testing.B) {
			reg, lim := extract.Default(), extract.DefaultLimits()
			known := facts.NewKnown(nil)
			cpu := cpuTime()
			for i := 0; b.Loop(); i++ {
				doc, err := reg.Extract(context.Background(), srcs[i%len(srcs)], lim)
				if err != nil {
					b.Fatal(err)
				}
				facts.ExtractWith(doc, known)
			}
			// CPU time, not wall time: on a shared, loaded machine it
			// is the figure that holds still between runs.
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime is the CPU time this process has used, user and system, in
// nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
