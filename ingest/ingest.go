// Package ingest runs the pipeline that turns inputs (files, folders, URLs)
// into stored documents and facts, in three stages that stream into one
// another over bounded channels, so memory stays flat however many inputs
// there are:
//
//   - read: read the bytes, hash them, and ask the store whether it holds
//     them (bytes already read end here, without a write);
//   - extract: read blocks and facts, Options.Workers documents at once;
//     with Options.Isolate, documents (PDFs and web pages alike) are
//     parsed, and their facts found, in worker subprocesses (package
//     worker) under a timeout and a memory limit, so this process only
//     hashes, schedules and stores;
//   - store: one writer stores the documents, those waiting together in one
//     transaction (store.PutDocuments), each document all or nothing.
//
// Every input ends in exactly one state: ingested, unchanged or failed with
// a one-line reason, which the store records when it has the bytes to key it
// by. An ingested or unchanged document none of whose facts names a project
// is stored all the same, marked "no project found" (Result.NoProject). A bad input is that input's failure, never the end of the batch.
// Cancelling the context stops the run cleanly: documents already read
// are stored whole, the rest are left for the next run.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/panics"
	"github.com/sourcegraph/conc/pool"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
	"github.com/dossier-dev/dossier/iati"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/store"
)

// States an input ends a run in. The first three are a document's; an
// input the run never finished, because it was cancelled, is interrupted
// and nothing is stored for it.
const (
	StateIngested    = "ingested"
	StateUnchanged   = "unchanged"
	StateFailed      = "failed"
	StateInterrupted = "interrupted"
)

// DefaultMaxFileBytes is the largest file read when Options.MaxFileBytes is 0.
const DefaultMaxFileBytes = 256 << 20

// Stage is a step of the pipeline.
type Stage int

// The stages, in the order an input passes them.
const (
	StageRead Stage = iota
	StageExtract
	StageStore
)

// Stages lists the stages in order.
var Stages = []Stage{StageRead, StageExtract, StageStore}

func (s Stage) String() string {
	switch s {
	case StageRead:
		return "read"
	case StageExtract:
		return "extract"
	case StageStore:
		return "store"
	}
	return fmt.Sprintf("stage(%d)", int(s))
}

// Options configure a run.
// ExtractorVersion names the reading code: a document read by another
// version is read again, so a better dossier refreshes what older ones
// stored.
const ExtractorVersion = "extract/" + extract.Version + " facts/" + facts.Version + " iati/" + iati.Version

type Options struct {
	// Workers is how many documents are read and extracted at once;
	// 0 means one per CPU.
	Workers int
	Limits  extract.Limits
	// MaxFileBytes is the largest file read; a larger one fails unread.
	// 0 means DefaultMaxFileBytes.
	MaxFileBytes int64
	HTTP         HTTPOptions
	// RetryFailed re-extracts documents whose earlier ingest failed.
	RetryFailed bool
	// Isolate parses documents, every kind, in worker subprocesses, so
	// that a parser that crashes, loops or allocates without bound costs
	// one document, recorded as failed. Off, documents are parsed in this
	// process: a panic is still that document's failure, but a loop, a
	// stack overflow or running out of memory is not caught.
	Isolate bool
	// Worker configures the subprocesses when Isolate is set; Procs
	// defaults to Workers.
	Worker worker.Config
	// Progress, if set, is called each time an input leaves a stage. An
	// input that skips a stage (bytes already stored, a failed read)
	// passes it too, so every stage of a whole run counts every input; an
	// input interrupted by cancellation passes no further. It is called
	// from several goroutines at once.
	Progress func(Stage)
	Logger   *slog.Logger
	// ExtractorVersion overrides the package's ExtractorVersion (tests
	// use it to stand for an older or newer dossier).
	ExtractorVersion string
	// Names, if not nil, are the project names documents are read with,
	// instead of those the store holds when the run starts: a queued
	// document is read with the names the store held when it was
	// enqueued, as it would have been in one run (see package queue).
	Names []string
	// Pool, with Isolate, parses in this pool of worker processes rather
	// than one the run starts and stops: a caller running many small runs
	// (package queue: one a job) keeps its children. Its Config.Names are
	// the names documents are read with; Run does not close it.
	Pool *worker.Pool
	// NoSecondLook leaves documents without a project as they are at the
	// end of the run: the caller reads them again itself once every
	// document of a larger batch is in (package queue).
	NoSecondLook bool
}

// Item is one input to ingest: a file or a URL, or bytes already in hand.
type Item struct {
	// Name is the path or URL, as it is recorded as the document's source
	// and shown: a URL without its credentials (RedactURL).
	Name string
	// Read returns the bytes and, for URLs, the declared content type.
	Read func(ctx context.Context) (data []byte, contentType string, err error)

	// path and url are set by Expand, so that the pipeline can check a
	// file's size before reading it and ask a server whether a page changed;
	// url is the whole URL, credentials included, and is never stored.
	path, url string
}

// URL is the whole URL, credentials included, of an item Expand made from
// one, and "" for a file: the queue hands it to the worker that fetches it.
func (it Item) URL() string { return it.url }

// Result says how one input ended.
type Result struct {
	Source string
	ID     string
	State  string
	Facts  int
	// NoProject says that the document, ingested or unchanged, was read
	// fine but no fact in it names a project (store.NoProject): it is
	// stored, and listed by `dossier documents --no-project`.
	NoProject bool
	Err       error
}

// Summary is what a run did.
type Summary struct {
	Results []Result
	Elapsed time.Duration
	// Bytes counts the bytes read, files and pages.
	Bytes int64
	// Extracted counts the documents extracted: an unchanged input is
	// read and hashed, never extracted.
	Extracted int
	// Writes counts what was written to the store: a document stored, a
	// failure or a new place recorded, a page's validators.
	Writes int
	// Commits counts the store transactions they took: documents waiting
	// to be stored together are stored in one.
	Commits int
	// Workers says what happened to the worker subprocesses.
	Workers worker.Stats
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

// NoProject returns how many documents, ingested or unchanged, are stored
// with no project found: a run reports them apart so that a document that
// says nothing usable is seen, not taken for a success.
func (s Summary) NoProject() int {
	n := 0
	for _, r := range s.Results {
		if r.NoProject && (r.State == StateIngested || r.State == StateUnchanged) {
			n++
		}
	}
	return n
}

// ReasonCount is how many inputs failed for one kind of reason.
type ReasonCount struct {
	Reason string
	Count  int
}

// Reasons groups the failures by the kind of their reason ("malformed
// PDF", "read file", "timed out"), most frequent first.
func (s Summary) Reasons() []ReasonCount {
	counts := map[string]int{}
	for _, r := range s.Results {
		if r.State == StateFailed && r.Err != nil {
			counts[reasonKind(r)]++
		}
	}
	out := make([]ReasonCount, 0, len(counts))
	for k, n := range counts {
		out = append(out, ReasonCount{k, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Reason < out[j].Reason
	})
	return out
}

// reasonKind is a failure's reason without the source and the detail: the
// text before the first colon.
func reasonKind(r Result) string {
	// The message names the source as cleanReason wrote it: a name with
	// control characters in it is blanked there, so cut it the same way.
	msg := r.Err.Error()
	for _, src := range []string{r.Source, cleanReason(r.Source)} {
		if rest, ok := strings.CutPrefix(msg, src+": "); ok {
			msg = rest
			break
		}
	}
	if k, _, ok := strings.Cut(msg, ": "); ok {
		msg = k
	}
	if utf8.RuneCountInString(msg) > 60 {
		msg = string([]rune(msg)[:60]) + "…" // never half a character
	}
	return msg
}

// Expand turns paths and URLs into items: a folder becomes every file below
// it (sorted, hidden files and folders skipped), a URL is fetched.
// Symbolic links are followed, to files and to folders; a link that leads
// back into a folder being walked is one failed item, not followed. A path
// that does not exist, or cannot be listed, becomes an item whose read
// fails, so it is reported with the others.
func Expand(inputs []string, h HTTPOptions) []Item {
	var items []Item
	for _, in := range inputs {
		if isURL(in) {
			u := in
			items = append(items, Item{Name: RedactURL(u), url: u, Read: func(ctx context.Context) ([]byte, string, error) {
				return Fetch(ctx, u, h)
			}})
			continue
		}
		info, err := os.Stat(in)
		if err != nil || !info.IsDir() {
			items = append(items, fileItem(in))
			continue
		}
		w := walker{onPath: map[string]bool{}, walked: map[string]bool{}}
		w.walk(in)
		sort.Slice(w.items, func(a, b int) bool { return w.items[a].Name < w.items[b].Name })
		items = append(items, w.items...)
	}
	return items
}

// walker lists the files under a folder, following symbolic links.
type walker struct {
	items []Item
	// onPath holds the real paths of the folders from the input down to
	// the one being listed: a link to one of them is a loop.
	onPath map[string]bool
	// walked holds the real paths of the folders listed already, so a
	// folder two links lead to is listed once.
	walked map[string]bool
}

func (w *walker) walk(dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		w.items = append(w.items, failedItem(dir, fmt.Errorf("read folder: %w", pathErr(err))))
		return
	}
	if w.onPath[real] {
		w.items = append(w.items, failedItem(dir, fmt.Errorf("symbolic link loop: leads back to %s, not followed", real)))
		return
	}
	if w.walked[real] {
		return
	}
	w.walked[real], w.onPath[real] = true, true
	defer delete(w.onPath, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.items = append(w.items, failedItem(dir, fmt.Errorf("read folder: %w", pathErr(err))))
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			// A broken link is a file item: reading it says why.
			info, err := os.Stat(p)
			isDir = err == nil && info.IsDir()
		}
		if isDir {
			w.walk(p)
			continue
		}
		// Not only regular files: a FIFO, a socket or a device is listed
		// so that reading it records why it was not read.
		w.items = append(w.items, fileItem(p))
	}
}

// failedItem is an input that fails with err when read.
func failedItem(name string, err error) Item {
	return Item{Name: name, Read: func(context.Context) ([]byte, string, error) { return nil, "", err }}
}

func isURL(s string) bool {
	return strings.Contains(s, "://")
}

func fileItem(p string) Item {
	return Item{Name: p, path: p, Read: func(ctx context.Context) ([]byte, string, error) {
		f, _, err := openRegular(p)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		data, err := io.ReadAll(f)
		if err != nil {
			return nil, "", fmt.Errorf("read file: %w", pathErr(err))
		}
		return data, "", nil
	}}
}

// openRegular opens a regular file for reading; anything else (a FIFO, a
// socket, a device, a folder) is refused unopened: opening a FIFO waits,
// deaf to Ctrl-C, until something writes to it.
func openRegular(p string) (*os.File, fs.FileInfo, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, nil, fmt.Errorf("read file: %w", pathErr(err))
	}
	if !info.Mode().IsRegular() {
		return nil, nil, notRegular(info.Mode())
	}
	// Non-blocking, so that a file swapped for a FIFO since the check
	// cannot block the open either; reading a regular file ignores it.
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("read file: %w", pathErr(err))
	}
	if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("read file: %w", pathErr(err))
		}
		return nil, nil, notRegular(info.Mode())
	}
	return f, info, nil
}

// notRegular says what a file that is not a regular file is.
func notRegular(m fs.FileMode) error {
	kind := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "fifo"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "block device"
	case m.IsDir():
		kind = "folder"
	}
	return fmt.Errorf("not a regular file: %s", kind)
}

// unreadableID is the id a file that could not be read is recorded
// under: it has no bytes to hash, so the digest is of its path, kept
// apart from any content's by a prefix no file starts with by chance.
func unreadableID(name string) string {
	return extract.ID([]byte("dossier: unreadable file\x00" + name))
}

// pathErr drops the path from a file error: the result names it already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// storeOp is what the store stage does for a job.
type storeOp int

const (
	opNone      storeOp = iota
	opPut               // store the document and its facts
	opFailure           // record why the document could not be read
	opAddSource         // record one more place stored bytes were read from
)

// job is one input on its way through the stages.
type job struct {
	i    int
	item Item
	res  Result
	// data and ctype are the bytes read, dropped once extracted.
	data  []byte
	ctype string
	// extract says the document must be extracted; otherwise the read
	// stage settled it.
	extract bool
	op      storeOp
	doc     *dossier.Document
	facts   []dossier.Fact
	// validators are a page's ETag and Last-Modified, to record once the
	// document is stored.
	validators *validators
	// unread is the reason a file is recorded as failed without being
	// read whole: one over MaxFileBytes, of size bytes, is hashed only; one
	// that is not a regular file, or cannot be opened, is not read at all.
	unread string
	size   int64
}

// run is the state of one Run.
type run struct {
	st     *store.Store
	opt    Options
	reg    *extract.Registry
	pool   *worker.Pool
	fetch  *fetcher
	lookup *store.SourceLookup
	// known is what the store held, when the run started, for the files
	// under the inputs' folders, by path.
	known   map[string]store.KnownSource
	log     *slog.Logger
	results []Result
	// names are the project names the store knew when the run started.
	names *facts.Known
	// secondLook holds the documents of this run read fine but about no
	// project found, to read again once the run's own names are known.
	mu         sync.Mutex
	secondLook []secondLook

	bytes, extracted, writes, commits atomic.Int64

	// cpu holds a token for each document being extracted (parsed and
	// its facts found, in a worker or here) and for the batch being
	// stored: Options.Workers of them, so that --workers N is N cores'
	// work at most, whatever the stage, and 1 is one core.
	cpu chan struct{}
}

// busy runs fn holding one of the run's cpu tokens.
func (r *run) busy(fn func()) {
	r.cpu <- struct{}{}
	defer func() { <-r.cpu }()
	fn()
}

// secondLook is a document waiting for a second reading, with the index
// of its result.
type secondLook struct {
	i   int
	doc *dossier.Document
}

// maxSecondLooks bounds the documents a run keeps for a second reading:
// each holds its text in memory until the run ends.
const maxSecondLooks = 2000

// Run ingests items into st. Documents are stored as soon as they are
// extracted, those waiting together in one transaction, each document all
// or nothing; results come back in input order, whatever the scheduling.
// The error is ctx's if the run was cancelled, or one that stopped the run
// from starting; a document's failure is in its Result.
func Run(ctx context.Context, st *store.Store, items []Item, opt Options) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.Limits == (extract.Limits{}) {
		opt.Limits = extract.DefaultLimits()
	}
	if opt.MaxFileBytes <= 0 {
		opt.MaxFileBytes = DefaultMaxFileBytes
	}
	if opt.HTTP.MaxPageBytes <= 0 {
		// A page over extract's limit would be refused once downloaded.
		opt.HTTP.MaxPageBytes = opt.Limits.MaxHTMLBytes
	}
	r := &run{st: st, opt: opt, reg: extract.Default(), log: opt.Logger, results: make([]Result, len(items)), cpu: make(chan struct{}, opt.Workers)}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	lookup, err := st.NewSourceLookup(ctx)
	if err != nil {
		return Summary{}, fmt.Errorf("ingest: %w", err)
	}
	defer lookup.Close()
	r.lookup = lookup
	names := opt.Names
	if names == nil {
		var err error
		if names, err = st.ProjectNames(ctx); err != nil {
			return Summary{}, fmt.Errorf("ingest: %w", err)
		}
	}
	r.names = facts.NewKnown(names)
	if opt.Isolate && opt.Pool != nil {
		r.pool = opt.Pool
	} else if opt.Isolate {
		cfg := opt.Worker
		if cfg.Procs <= 0 {
			cfg.Procs = opt.Workers
		}
		if cfg.Names == nil {
			// The workers find the facts, so they need the names too.
			cfg.Names = names
		}
		p, err := worker.New(cfg)
		if err != nil {
			return Summary{}, fmt.Errorf("ingest: %w", err)
		}
		r.pool = p // closed below, once every stage is done
	}
	r.fetch = newFetcher(opt.HTTP)
	defer r.fetch.close()
	r.known = r.preload(ctx, items)

	// Short channels: enough to keep every stage busy (the store's longer,
	// to ride out a checkpoint), few enough that the documents in flight,
	// not the inputs, bound memory.
	toExtract := make(chan *job, 2*opt.Workers)
	toStore := make(chan *job, max(8*opt.Workers, maxBatch))

	var storer conc.WaitGroup
	storer.Go(func() {
		// The only writer. It stores what was extracted even after ctx
		// ends: a document read whole is worth keeping, and each is
		// all or nothing, so none is half-written.
		wctx := context.WithoutCancel(ctx)
		for batch := range batches(toStore) {
			r.busy(func() { r.storeBatch(wctx, batch) })
			for _, j := range batch {
				r.progress(j, StageStore)
				r.finish(j)
			}
		}
	})
	// Workers documents are extracted at once, facts included: with
	// Isolate each extractor waits for its child, which parses and finds
	// the facts. Extracting and storing share the run's Workers cpu
	// tokens, so --workers 1 is one core's work, not a child's and the
	// store's besides.
	var extractors conc.WaitGroup
	for range opt.Workers {
		extractors.Go(func() {
			for j := range toExtract {
				r.busy(func() { r.safely(j, StageExtract, func() { r.extract(ctx, j) }) })
				r.afterExtract(j, toStore)
			}
		})
	}
	readers := pool.New().WithMaxGoroutines(opt.Workers)
	for i, it := range items {
		j := &job{i: i, item: it, res: Result{Source: it.Name, State: StateFailed}}
		if ctx.Err() != nil {
			r.interrupt(j, ctx.Err())
			r.finish(j)
			continue
		}
		// Go blocks while every reader is busy, and readers block while
		// the extractors are: the inputs are read no faster than used.
		readers.Go(func() {
			r.safely(j, StageRead, func() { r.read(ctx, j) })
			r.afterRead(j, toExtract, toStore)
		})
	}
	readers.Wait()
	close(toExtract)
	extractors.Wait()
	close(toStore)
	storer.Wait()
	if !opt.NoSecondLook {
		r.readAgain(ctx, len(names))
	}

	sum := Summary{
		Results: r.results, Elapsed: time.Since(start), Bytes: r.bytes.Load(),
		Extracted: int(r.extracted.Load()), Writes: int(r.writes.Load()), Commits: int(r.commits.Load()),
	}
	if r.pool != nil && r.pool != opt.Pool {
		if err := r.pool.Close(); err != nil {
			r.log.Warn("stopping workers", "error", err)
		}
		sum.Workers = r.pool.Stats()
	}
	return sum, ctx.Err()
}

// safely runs fn, one stage of j's work; a panic in it is j's failure,
// never the run's end (conc's pool would re-panic it in Wait otherwise).
func (r *run) safely(j *job, stage Stage, fn func()) {
	if rec := panics.Try(fn); rec != nil {
		j.res.State, j.res.NoProject = StateFailed, false
		j.res.Err = fmt.Errorf("%s: internal error in %s: %v", j.item.Name, stage, rec.Value)
		j.extract, j.op, j.doc, j.facts, j.data, j.validators = false, opNone, nil, nil, nil, nil
	}
}

// afterRead sends j on: to extraction, to the store if only something
// must be written, or to its end.
func (r *run) afterRead(j *job, toExtract, toStore chan<- *job) {
	r.progress(j, StageRead)
	if j.extract {
		toExtract <- j
		return
	}
	r.afterExtract(j, toStore)
}

// afterExtract sends j to the store if something must be written, or to
// its end.
func (r *run) afterExtract(j *job, toStore chan<- *job) {
	r.progress(j, StageExtract)
	if j.op != opNone || j.validators != nil {
		toStore <- j
		return
	}
	r.progress(j, StageStore)
	r.finish(j)
}

// progress reports that j left stage s; an interrupted input left none.
func (r *run) progress(j *job, s Stage) {
	if r.opt.Progress != nil && j.res.State != StateInterrupted {
		r.opt.Progress(s)
	}
}

// finish records j's result.
func (r *run) finish(j *job) {
	if j.res.Err != nil {
		j.res.Err = oneLine(j.res.Err)
	}
	r.results[j.i] = j.res
	res := j.res
	switch {
	case res.State == StateInterrupted:
	case res.Err != nil:
		r.log.Warn("document failed", "source", res.Source, "error", res.Err)
	case res.NoProject:
		r.log.Info("document "+res.State+", no project found", "source", res.Source, "id", res.ID, "facts", res.Facts)
	default:
		r.log.Info("document "+res.State, "source", res.Source, "id", res.ID, "facts", res.Facts)
	}
}

// interrupt marks j as not finished because ctx ended: nothing is stored
// for it, and the next run reads it again.
func (r *run) interrupt(j *job, err error) {
	j.res.State, j.res.NoProject = StateInterrupted, false
	j.res.Err = fmt.Errorf("%s: %w", j.item.Name, err)
	j.extract, j.op, j.doc, j.facts, j.data, j.validators = false, opNone, nil, nil, nil, nil
}

// read is the first stage: the bytes, their id, and what the store knows
// of them. It sets j.extract when the document must be extracted.
func (r *run) read(ctx context.Context, j *job) {
	it := j.item
	var err error
	settled := false
	switch {
	case it.url != "":
		settled, err = r.readURL(ctx, j)
	case it.path != "":
		err = r.readFile(j)
	case it.Read != nil:
		j.data, j.ctype, err = it.Read(ctx)
		if err == nil {
			j.res.ID = extract.ID(j.data)
		}
	default:
		err = errors.New("nothing to read")
	}
	if err != nil {
		if ctx.Err() != nil {
			r.interrupt(j, ctx.Err())
			return
		}
		j.data = nil
		j.res.Err = fmt.Errorf("%s: %w", it.Name, err)
		return
	}
	r.bytes.Add(int64(len(j.data)))
	if settled {
		return // a page not modified since the last run
	}
	if k, ok := r.known[it.Name]; ok && it.path != "" && k.Document == j.res.ID {
		// The bytes this file had last time: settled without a query.
		r.decide(j, store.Known{State: k.State, Error: k.Error, SourceRecorded: true, Extractor: k.Extractor, NoProject: k.NoProject})
		return
	}
	known, err := r.lookup.Lookup(ctx, j.res.ID, it.Name)
	if err != nil {
		if ctx.Err() != nil {
			r.interrupt(j, ctx.Err())
			return
		}
		j.data = nil
		j.res.Err = fmt.Errorf("%s: %w", it.Name, err)
		return
	}
	r.decide(j, known)
}

// Preloading what the store knows of the inputs' folders pays from this
// many files on, and for inputs in at most this many folders; otherwise
// each file is looked up on its own.
const (
	minPreloadFiles   = 32
	maxPreloadFolders = 64
)

// preload reads, in one query per folder, what the store knows of every
// place under the folders the file items are in, so that a file whose
// bytes are unchanged is settled without a query of its own: a re-run
// over an unchanged folder only reads and hashes.
func (r *run) preload(ctx context.Context, items []Item) map[string]store.KnownSource {
	var dirs []string
	seen := map[string]bool{}
	for _, it := range items {
		if it.path == "" {
			continue
		}
		if d := filepath.Dir(it.path); !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	if len(items) < minPreloadFiles {
		return nil
	}
	sort.Strings(dirs)
	var prefixes []string
	for _, d := range dirs {
		p := d
		if !strings.HasSuffix(p, string(filepath.Separator)) {
			p += string(filepath.Separator)
		}
		if n := len(prefixes); n > 0 && strings.HasPrefix(p, prefixes[n-1]) {
			continue // a subfolder of one already listed
		}
		prefixes = append(prefixes, p)
	}
	if len(prefixes) > maxPreloadFolders {
		return nil
	}
	known := map[string]store.KnownSource{}
	for _, p := range prefixes {
		m, err := r.st.SourcesUnder(ctx, p)
		if err != nil {
			// Only slower: each file is looked up on its own.
			r.log.Warn("reading what the store knows", "folder", p, "error", err)
			return nil
		}
		maps.Copy(known, m)
	}
	return known
}

// decide settles j from what the store knows of its bytes, or leaves it to
// be extracted (j.data set) or recorded as too large.
func (r *run) decide(j *job, known store.Known) {
	current := known.Extractor == r.extractorVersion()
	switch {
	case known.State == store.StateIngested && current:
		j.res.State, j.res.NoProject = StateUnchanged, known.NoProject
	case known.State == store.StateIngested && j.data != nil && j.unread == "":
		// Read by another version of dossier: read again.
		j.extract = true
		return
	case known.State == store.StateFailed && !r.opt.RetryFailed:
		j.res.State = StateFailed
		j.res.Err = fmt.Errorf("%s: %s (failed before and unchanged; --retry-failed reads it again)", j.item.Name, known.Error)
	case j.unread != "":
		j.op = opFailure
		j.doc = &dossier.Document{ID: j.res.ID, Source: j.item.Name, Size: j.size, Error: j.unread}
		j.res.Err = fmt.Errorf("%s: %s", j.item.Name, j.unread)
		return
	default:
		j.extract = true
		return
	}
	// Known bytes: extract nothing; write only to record a new place.
	j.data = nil
	if !known.SourceRecorded {
		j.op = opAddSource
	}
}

// readFile reads a file, or only hashes it if it is over the size limit, so
// that the failure can still be recorded under its id. A file that is
// there but cannot be read (not a regular file, no permission) is recorded
// as failed too, under unreadableID.
func (r *run) readFile(j *job) error {
	f, info, err := openRegular(j.item.path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return err // nothing there to record
		}
		j.res.ID = unreadableID(j.item.Name)
		j.unread = err.Error()
		return nil
	}
	defer f.Close()
	if size := info.Size(); size > r.opt.MaxFileBytes {
		h := sha256.New()
		n, err := io.Copy(h, f)
		if err != nil {
			return fmt.Errorf("read file: %w", pathErr(err))
		}
		r.bytes.Add(n)
		j.res.ID = "sha256:" + hex.EncodeToString(h.Sum(nil))
		j.size = n
		j.unread = fmt.Sprintf("too large: %d bytes, over the limit of %d (--max-file-bytes)", n, r.opt.MaxFileBytes)
		return nil
	}
	data := make([]byte, 0, info.Size()+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew while read
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read file: %w", pathErr(err))
		}
		if int64(len(data)) > r.opt.MaxFileBytes {
			return fmt.Errorf("too large: over the limit of %d bytes (--max-file-bytes)", r.opt.MaxFileBytes)
		}
	}
	j.data = data
	j.res.ID = extract.ID(data)
	return nil
}

// readURL fetches a page, conditionally if the store has its validators
// and the document they name. settled is true when the server said the
// page is unchanged, which decides j.
func (r *run) readURL(ctx context.Context, j *job) (settled bool, err error) {
	// The store knows the page by its redacted URL, as it knows its source.
	u := j.item.url
	var cond validators
	var known store.Known
	v, ok, err := r.st.HTTPValidators(ctx, j.item.Name)
	if err != nil {
		return false, err
	}
	if ok {
		if known, err = r.lookup.Lookup(ctx, v.Document, j.item.Name); err != nil {
			return false, err
		}
		// Ask "changed?" only if an unchanged answer settles the page:
		// the document is stored and will not be retried.
		if known.State == store.StateIngested && known.Extractor == r.extractorVersion() || (known.State == store.StateFailed && !r.opt.RetryFailed) {
			cond = validators{ETag: v.ETag, LastModified: v.LastModified}
		}
	}
	pg, err := r.fetch.fetch(ctx, u, cond)
	if err != nil {
		return false, err
	}
	if pg.validators != (validators{}) && pg.validators != cond {
		j.validators = &pg.validators
	}
	if pg.notModified {
		j.res.ID = v.Document
		r.decide(j, known)
		return true, nil
	}
	j.data, j.ctype = pg.data, pg.contentType
	j.res.ID = extract.ID(pg.data)
	return false, nil
}

// extract is the second stage: blocks, then facts.
func (r *run) extract(ctx context.Context, j *job) {
	if err := ctx.Err(); err != nil {
		r.interrupt(j, err)
		return
	}
	r.extracted.Add(1)
	src := extract.Source{Name: j.item.Name, Data: j.data, ContentType: j.ctype}
	j.data = nil
	var doc *dossier.Document
	var fs []dossier.Fact
	var err error
	if r.pool != nil {
		// Every kind, web pages too: a page can cost as much as a PDF
		// (deep nesting makes every block's path long), and only a
		// child can be stopped at a time or memory limit. The child
		// finds the facts too, so this process only hashes, schedules
		// and stores.
		doc, fs, err = r.pool.ExtractFacts(ctx, src, r.opt.Limits)
	} else {
		if doc, err = r.reg.Extract(ctx, src, r.opt.Limits); err == nil {
			fs = factsOf(doc, r.names)
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			r.interrupt(j, ctx.Err())
			return
		}
		j.res.Err = err
		if doc != nil {
			j.op, j.doc = opFailure, doc
		}
		return
	}
	doc.Extractor = r.extractorVersion()
	j.op, j.doc, j.facts = opPut, doc, fs
	if store.NoProject(j.facts) {
		r.mu.Lock()
		if len(r.secondLook) < maxSecondLooks {
			r.secondLook = append(r.secondLook, secondLook{j.i, doc})
		}
		r.mu.Unlock()
	}
}

// readAgain reads once more, with every project name the store now
// knows, the documents of this run that named no project: a news item
// that says only "WACCA" is about WACCA once a project summary read in
// the same run has named it. The result does not depend on the order the
// documents were read in: the second reading uses the names of the whole
// run. known is how many names the store held when the run started.
func (r *run) readAgain(ctx context.Context, known int) {
	if len(r.secondLook) == 0 || ctx.Err() != nil {
		return
	}
	names, err := r.st.ProjectNames(ctx)
	if err != nil || len(names) <= known {
		return
	}
	k := facts.NewKnown(names)
	sort.Slice(r.secondLook, func(a, b int) bool { return r.secondLook[a].i < r.secondLook[b].i })
	// Read again on Workers goroutines (the workers are idle by now),
	// then stored maxBatch documents to a transaction.
	found := make([][]dossier.Fact, len(r.secondLook))
	readers := pool.New().WithMaxGoroutines(r.opt.Workers)
	for n, sl := range r.secondLook {
		res := &r.results[sl.i]
		if res.State != StateIngested || !res.NoProject {
			continue
		}
		readers.Go(func() {
			if rec := panics.Try(func() { found[n] = factsOf(sl.doc, k) }); rec != nil {
				r.log.Warn("second reading", "document", res.Source, "error", rec.Value)
				found[n] = nil
			}
		})
	}
	readers.Wait()
	var batch []int // indexes in r.secondLook
	flush := func() {
		if len(batch) == 0 {
			return
		}
		ids, fss := make([]string, len(batch)), make([][]dossier.Fact, len(batch))
		for b, n := range batch {
			ids[b], fss[b] = r.secondLook[n].doc.ID, found[n]
		}
		if err := r.st.ReplaceManyFacts(ctx, ids, fss); err != nil {
			// One by one, so that one document that breaks it fails alone.
			for _, n := range batch {
				r.replaceFacts(ctx, n, found[n])
			}
		} else {
			r.commits.Add(1)
			for _, n := range batch {
				r.factsReplaced(n, found[n])
			}
		}
		batch = batch[:0]
	}
	for n, fs := range found {
		if fs == nil || store.NoProject(fs) {
			continue
		}
		if batch = append(batch, n); len(batch) == maxBatch {
			flush()
		}
	}
	flush()
	r.secondLook = nil
}

// replaceFacts stores the facts of the second look n, alone.
func (r *run) replaceFacts(ctx context.Context, n int, fs []dossier.Fact) {
	sl := r.secondLook[n]
	if err := r.st.ReplaceFacts(ctx, sl.doc.ID, fs); err != nil {
		r.log.Warn("second reading", "document", r.results[sl.i].Source, "error", err)
		return
	}
	r.commits.Add(1)
	r.factsReplaced(n, fs)
}

// factsReplaced records that the second look n found fs, a project's.
func (r *run) factsReplaced(n int, fs []dossier.Fact) {
	res := &r.results[r.secondLook[n].i]
	res.NoProject, res.Facts = false, len(fs)
}

// factsOf reads doc's facts as a worker does.
func factsOf(doc *dossier.Document, known *facts.Known) []dossier.Fact {
	return worker.FactsOf(doc, known)
}

func (r *run) extractorVersion() string {
	if r.opt.ExtractorVersion != "" {
		return r.opt.ExtractorVersion
	}
	return ExtractorVersion
}

// Batches of documents to store: the store stage takes, after the first
// document, those that arrive within batchWait, up to maxBatch, and
// stores them in one transaction. A commit and a reconciliation cost more
// than the rows of a document, and the writer is one goroutine: while it
// stores a batch, the documents extracted meanwhile wait in its channel
// and make the next. A batch lost to a crash is read again by the next
// run, as one document would be.
const (
	maxBatch  = 64
	batchWait = 20 * time.Millisecond
)

// batches gathers the jobs of in into batches, in order.
func batches(in <-chan *job) func(yield func([]*job) bool) {
	return func(yield func([]*job) bool) {
		timer := time.NewTimer(batchWait)
		defer timer.Stop()
		for j := range in {
			batch := []*job{j}
			timer.Reset(batchWait)
			open := true
		gather:
			for open && len(batch) < maxBatch {
				select {
				case j, ok := <-in:
					if !ok {
						open = false
						break gather
					}
					batch = append(batch, j)
				case <-timer.C:
					break gather
				}
			}
			if !yield(batch) || !open {
				return
			}
		}
	}
}

// storeBatch stores batch: the documents to put in one transaction
// (store.PutDocuments), in order with the other writes, which are each
// their own. If the batch's transaction fails, or panics, its documents
// are stored one by one, so that one that breaks it fails alone.
func (r *run) storeBatch(ctx context.Context, batch []*job) {
	var puts []*job
	flush := func() {
		if len(puts) == 0 {
			return
		}
		if !r.putBatch(ctx, puts) {
			for _, j := range puts {
				r.safely(j, StageStore, func() { r.store(ctx, j) })
			}
		}
		puts = puts[:0]
	}
	for _, j := range batch {
		if j.op == opPut && len(batch) > 1 {
			puts = append(puts, j)
			continue
		}
		flush()
		r.safely(j, StageStore, func() { r.store(ctx, j) })
	}
	flush()
}

// putBatch stores the documents of jobs in one transaction and says
// whether it did; if not, nothing of them is stored.
func (r *run) putBatch(ctx context.Context, jobs []*job) bool {
	ps := make([]store.Put, len(jobs))
	for i, j := range jobs {
		ps[i] = store.Put{Doc: j.doc, Facts: j.facts}
	}
	var res []store.PutResult
	var err error
	if rec := panics.Try(func() { res, err = r.st.PutDocuments(ctx, ps) }); rec != nil {
		r.log.Warn("storing a batch, storing one by one", "documents", len(jobs), "error", rec.Value)
		return false
	}
	if err != nil {
		r.log.Warn("storing a batch, storing one by one", "documents", len(jobs), "error", err)
		return false
	}
	r.commits.Add(1)
	for i, j := range jobs {
		r.putDone(ctx, j, res[i].Added, res[i].Err)
	}
	return true
}

// putDone records how storing j's document went, and then its page's
// validators.
func (r *run) putDone(ctx context.Context, j *job, added bool, err error) {
	if err == nil {
		// Stored either way: the same reading of the same bytes
		// finds the same facts, so this holds for added or not.
		j.res.NoProject = store.NoProject(j.facts)
		j.res.State, j.res.Facts = StateIngested, len(j.facts)
		if !added {
			// The same bytes under another name, stored meanwhile.
			j.res.State, j.res.Facts = StateUnchanged, 0
		}
	}
	r.writes.Add(1)
	r.written(ctx, j, err)
}

// store is the last stage for one job: one transaction for what it writes.
func (r *run) store(ctx context.Context, j *job) {
	var err error
	switch j.op {
	case opPut:
		added, err := r.st.PutDocument(ctx, j.doc, j.facts)
		r.commits.Add(1)
		r.putDone(ctx, j, added, err)
		return
	case opFailure:
		j.doc.Error = cleanReason(j.doc.Error)
		if err = r.st.PutFailure(ctx, j.doc); err == nil {
			j.res.State = StateFailed
		}
	case opAddSource:
		err = r.st.AddSource(ctx, j.res.ID, j.item.Name)
	}
	if j.op != opNone {
		r.writes.Add(1)
		r.commits.Add(1)
	}
	r.written(ctx, j, err)
}

// written records j's result once its write ended with err, then its
// page's validators.
func (r *run) written(ctx context.Context, j *job, err error) {
	if err != nil {
		j.res.State, j.res.NoProject = StateFailed, false
		if j.res.Err != nil {
			j.res.Err = fmt.Errorf("%w (and recording the failure: %v)", j.res.Err, err)
		} else {
			j.res.Err = fmt.Errorf("%s: %w", j.item.Name, err)
		}
	} else if j.validators != nil {
		// Losing them only costs a full fetch next time.
		err := r.st.PutHTTPValidators(ctx, store.HTTPValidators{URL: j.item.Name, Document: j.res.ID, ETag: j.validators.ETag, LastModified: j.validators.LastModified})
		if err != nil {
			r.log.Warn("recording the page's validators", "source", j.item.Name, "error", err)
		}
		r.writes.Add(1)
		r.commits.Add(1)
	}
	j.doc, j.facts = nil, nil
}

// maxReasonRunes bounds a failure's reason: a parser's message can quote
// the rest of the file it choked on.
const maxReasonRunes = 300

// cleanReason makes s a reason fit for one line of a listing: valid UTF-8,
// no control characters, a Go runtime panic said plainly (plainPanic),
// spaces collapsed, at most maxReasonRunes.
func cleanReason(s string) string {
	s = plainPanic(s)
	s = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > maxReasonRunes {
		s = strings.TrimSpace(string([]rune(s)[:maxReasonRunes])) + "…"
	}
	return s
}

// runtimePanic matches the message of a Go runtime panic a parser hit on
// a broken document ("runtime error: slice bounds out of range [:4097]
// with capacity 4096"), with any "internal error …:" put before it, as
// extract, the workers and safely do. Its first group is the kind of
// panic, without the numbers.
var runtimePanic = regexp.MustCompile(`(?:internal error[^:]*: )?(?:panic: )?(?:runtime error: )?(index out of range|slice bounds out of range|invalid memory address or nil pointer dereference|integer divide by zero|assignment to entry in nil map|(?:makeslice|growslice|makechan|makemap): (?:len|cap|size) out of range|hash of unhashable type|comparing uncomparable type|interface conversion)(?:[^;()]*)`)

// plainPanic says a runtime panic's text in words a reader of the
// failure list can act on: the document is what broke the reading, and
// the kind of panic is kept for whoever fixes it.
func plainPanic(s string) string {
	return runtimePanic.ReplaceAllString(s, "internal error reading the document ($1)")
}

// lineError is an error whose message is cleaned to one short line; it
// still unwraps to the original, so errors.Is sees through it.
type lineError struct {
	msg string
	err error
}

func (e *lineError) Error() string { return e.msg }
func (e *lineError) Unwrap() error { return e.err }

func oneLine(err error) error {
	msg := err.Error()
	if clean := cleanReason(msg); clean != msg {
		return &lineError{msg: clean, err: err}
	}
	return err
}

// WithoutStore drops from items the store's own files, which a folder
// holding both the documents and the store lists: the SQLite file at
// storePath and its journals beside it ("-wal", "-shm", "-journal"). They
// are no documents; read, each would fail as one of unknown type.
func WithoutStore(items []Item, storePath string) []Item {
	base, err := filepath.Abs(storePath)
	if err != nil || storePath == "" {
		return items
	}
	own := map[string]bool{}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		own[base+suffix] = true
	}
	out := items[:0:0]
	for _, it := range items {
		if it.path != "" {
			if p, err := filepath.Abs(it.path); err == nil && own[p] {
				continue
			}
		}
		out = append(out, it)
	}
	return out
}
