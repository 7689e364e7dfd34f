package extract

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// BenchmarkDocument reads documents from real producers (the seed
// fixtures, and the blind corpus's dev split: PDFs printed by Chromium and
// LibreOffice with embedded fonts, hand-written web pages) into blocks, as
// a worker does before fact extraction: one op is one document, taken in
// turn from the set, so ns/op and allocs/op (-benchmem) are per document.
//
//	go test ./extract -run '^$' -bench Document -benchmem
func BenchmarkDocument(b *testing.B) {
	for _, set := range []struct{ name, glob string }{
		{"pdf/seed", "../fixtures/docs/*.pdf"},
		{"pdf/dev", "../fixtures/corpus/dev/docs/*.pdf"},
		{"html/seed", "../fixtures/docs/*.html"},
		{"html/dev", "../fixtures/corpus/dev/docs/*.html"},
	} {
		srcs := benchSources(b, set.glob)
		b.Run(set.name, func(b *testing.B) {
			reg, lim := Default(), DefaultLimits()
			var n int64
			cpu := cpuTime()
			for i := 0; b.Loop(); i++ {
				src := srcs[i%len(srcs)]
				n += int64(len(src.Data))
				if _, err := reg.Extract(context.Background(), src, lim); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/float64(b.N), "B/doc")
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

// benchSources reads the files glob names; a benchmark without them is
// skipped.
func benchSources(b *testing.B, glob string) []Source {
	paths, err := filepath.Glob(glob)
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Skipf("no documents at %s", glob)
	}
	var srcs []Source
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, Source{Name: p, Data: data})
	}
	return srcs
}
