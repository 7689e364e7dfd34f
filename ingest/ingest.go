// Package ingest runs the pipeline that turns inputs (files, folders, URLs)
// into stored documents and facts: read the bytes, skip what the store
// already has, extract blocks and facts, store each document in its own
// transaction. A bad input is that input's recorded failure, never the end
// of the batch.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/conc/panics"
	"github.com/sourcegraph/conc/pool"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
	"github.com/dossier-dev/dossier/store"
)

// States a document ends an ingest in.
const (
	StateIngested  = "ingested"
	StateUnchanged = "unchanged"
	StateFailed    = "failed"
)

// Options configure a run.
type Options struct {
	// Workers is how many documents are read and extracted at once;
	// 0 means one per CPU.
	Workers int
	Limits  extract.Limits
	HTTP    HTTPOptions
	// RetryFailed re-extracts documents whose earlier ingest failed.
	RetryFailed bool
	Logger      *slog.Logger
}

// Item is one input to ingest: a file or a URL, or bytes already in hand.
type Item struct {
	// Name is the path or URL, as it is recorded as the document's source.
	Name string
	// Read returns the bytes and, for URLs, the declared content type.
	Read func(ctx context.Context) (data []byte, contentType string, err error)
}

// Result says how one input ended.
type Result struct {
	Source string
	ID     string
	State  string
	Facts  int
	Err    error
}

// Summary is what a run did.
type Summary struct {
	Results []Result
	Elapsed time.Duration
}

// Count returns how many results ended in state.
func (s Summary) Count(state string) int {
	n := 0
	for _, r := range s.Results {
		if r.State == state {
			n++
		}
	}
	return n
}

// Expand turns paths and URLs into items: a folder becomes every file below
// it (sorted, hidden files skipped), a URL is fetched with fetch.
// A path that does not exist becomes an item whose read fails, so it is
// reported with the others.
func Expand(inputs []string, h HTTPOptions) []Item {
	var items []Item
	for _, in := range inputs {
		if isURL(in) {
			u := in
			items = append(items, Item{Name: u, Read: func(ctx context.Context) ([]byte, string, error) {
				return Fetch(ctx, u, h)
			}})
			continue
		}
		info, err := os.Stat(in)
		if err != nil || !info.IsDir() {
			items = append(items, fileItem(in))
			continue
		}
		var files []string
		walkErr := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, p) // reported as that path's failure
				return nil
			}
			name := d.Name()
			if p != in && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, p)
			}
			return nil
		})
		if walkErr != nil {
			items = append(items, fileItem(in))
			continue
		}
		sort.Strings(files)
		for _, f := range files {
			items = append(items, fileItem(f))
		}
	}
	return items
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.Contains(l, "://")
}

func fileItem(p string) Item {
	return Item{Name: p, Read: func(ctx context.Context) ([]byte, string, error) {
		data, err := os.ReadFile(p)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, "", fmt.Errorf("read file: %w", err)
		}
		return data, "", nil
	}}
}

// Run ingests items into st with a bounded pool of workers. Each document is
// stored in its own transaction as soon as it is extracted; results come
// back in input order, whatever the scheduling.
func Run(ctx context.Context, st *store.Store, items []Item, opt Options) (Summary, error) {
	start := time.Now()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if opt.Limits == (extract.Limits{}) {
		opt.Limits = extract.DefaultLimits()
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	reg := extract.Default()
	results := make([]Result, len(items))
	p := pool.New().WithMaxGoroutines(workers)
	var mu sync.Mutex
	for i, it := range items {
		p.Go(func() {
			if ctx.Err() != nil {
				results[i] = Result{Source: it.Name, State: StateFailed, Err: fmt.Errorf("%s: %w", it.Name, ctx.Err())}
				return
			}
			var r Result
			// A panic anywhere in one document's work is that document's
			// failure: conc's pool would re-panic it in Wait otherwise.
			rec := panics.Try(func() { r = one(ctx, st, reg, it, opt) })
			if rec != nil {
				r = Result{Source: it.Name, State: StateFailed, Err: fmt.Errorf("%s: internal error: %v", it.Name, rec.Value)}
			}
			results[i] = r
			mu.Lock()
			logResult(log, r)
			mu.Unlock()
		})
	}
	p.Wait()
	return Summary{Results: results, Elapsed: time.Since(start)}, ctx.Err()
}

func logResult(log *slog.Logger, r Result) {
	if r.Err != nil {
		log.Warn("document failed", "source", r.Source, "error", r.Err)
		return
	}
	log.Info("document "+r.State, "source", r.Source, "id", r.ID, "facts", r.Facts)
}

// one ingests a single item.
func one(ctx context.Context, st *store.Store, reg *extract.Registry, it Item, opt Options) Result {
	res := Result{Source: it.Name, State: StateFailed}
	data, ctype, err := it.Read(ctx)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", it.Name, err)
		return res
	}
	res.ID = extract.ID(data)
	state, ok, err := st.Lookup(ctx, res.ID)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", it.Name, err)
		return res
	}
	if ok && (state == StateIngested || (state == StateFailed && !opt.RetryFailed)) {
		// Same bytes as before: record this source too, extract nothing.
		doc := &dossier.Document{ID: res.ID, Source: it.Name, Size: int64(len(data))}
		if state == StateIngested {
			if _, err := st.PutDocument(ctx, doc, nil); err != nil {
				res.Err = fmt.Errorf("%s: %w", it.Name, err)
				return res
			}
			res.State = StateUnchanged
			return res
		}
		res.Err = fmt.Errorf("%s: failed before, unchanged (use --retry-failed)", it.Name)
		return res
	}
	doc, xerr := reg.Extract(ctx, extract.Source{Name: it.Name, Data: data, ContentType: ctype}, opt.Limits)
	if xerr != nil {
		if ctx.Err() != nil {
			res.Err = fmt.Errorf("%s: %w", it.Name, ctx.Err())
			return res
		}
		res.Err = xerr
		if err := st.PutFailure(ctx, doc); err != nil {
			res.Err = fmt.Errorf("%w (and recording the failure: %v)", xerr, err)
		}
		return res
	}
	fs := facts.Extract(doc)
	added, err := st.PutDocument(ctx, doc, fs)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", it.Name, err)
		return res
	}
	res.State, res.Facts = StateIngested, len(fs)
	if !added {
		res.State = StateUnchanged
	}
	return res
}
