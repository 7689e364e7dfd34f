package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/store"
)

type ingestOptions struct {
	workers        int
	retryFailed    bool
	allowPrivate   bool
	maxFileBytes   int64
	maxPages       int
	maxStreamBytes int64
	maxHTMLBytes   int64
	isolate        bool
	timeout        time.Duration
	maxMemory      int64
	httpTimeout    time.Duration
	connectTimeout time.Duration
	progress       string
	verbose        bool
	enqueue        bool
}

// Progress displays.
const (
	progressAuto = "auto"
	progressBars = "bars"
	progressLog  = "log"
	progressNone = "none"
)

func newIngestCmd(g *globalOptions) *cobra.Command {
	var o ingestOptions
	lim := extract.DefaultLimits()
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Read documents (files, folders, http(s) URLs) into the store",
		Long: `Read documents (files, folders, http(s) URLs) into the store.

Each document ends in one state: ingested, unchanged (the same bytes are
stored already: read and hashed, not extracted) or failed with a one-line
reason, which 'dossier documents --failed' lists. A failed document is read
again when its bytes change, or with --retry-failed.

Documents (PDFs and web pages) are parsed in worker processes, each under
--timeout and --max-memory, so a hostile file costs that file only, and is
recorded as failed. Ctrl-C stops cleanly:
documents already read are stored, and the same command carries on.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("ingest: name at least one file, folder or URL")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			switch o.progress {
			case progressAuto, progressBars, progressLog, progressNone:
			default:
				return usageError{fmt.Errorf("ingest: --progress %q: want auto, bars, log or none", o.progress)}
			}
			if err := o.checkLimits(cmd); err != nil {
				return err
			}
			if o.enqueue {
				return runEnqueue(cmd.Context(), g, o, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
			}
			return runIngest(cmd.Context(), g, o, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.workers, "workers", 0, "documents read at once (default: number of CPUs)")
	f.BoolVar(&o.retryFailed, "retry-failed", false, "extract again documents that failed before")
	f.BoolVar(&o.allowPrivate, "allow-private", false, "allow URLs on special-purpose addresses: loopback, private, shared (CGNAT), link-local, documentation, NAT64…")
	f.Int64Var(&o.maxFileBytes, "max-file-bytes", ingest.DefaultMaxFileBytes, "largest file or downloaded PDF read, in bytes")
	f.IntVar(&o.maxPages, "max-pages", lim.PDF.MaxPages, "largest PDF page count read")
	f.Int64Var(&o.maxStreamBytes, "max-stream-bytes", lim.PDF.MaxStreamBytes, "largest decompressed PDF content per document, in bytes")
	f.Int64Var(&o.maxHTMLBytes, "max-html-bytes", lim.MaxHTMLBytes, "largest web page read or downloaded (decompressed), in bytes")
	f.BoolVar(&o.isolate, "isolate", true, "parse documents in worker processes under --timeout and --max-memory")
	f.DurationVar(&o.timeout, "timeout", worker.DefaultTimeout, "longest time one document may take to read (with --isolate)")
	f.Int64Var(&o.maxMemory, "max-memory", worker.DefaultMaxMemory, "most memory one document may take to read, in bytes (with --isolate)")
	f.DurationVar(&o.httpTimeout, "http-timeout", 60*time.Second, "longest time one URL may take to download")
	f.DurationVar(&o.connectTimeout, "connect-timeout", 10*time.Second, "longest time to connect to a web server")
	f.StringVar(&o.progress, "progress", progressAuto, "progress display: bars, log (a line per 10%), none, or auto (bars on a terminal, else log)")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "log each document")
	f.BoolVar(&o.enqueue, "enqueue", false, "record a job a document in the PostgreSQL store for 'dossier worker' processes, on any machine, to ingest (files are read here)")
	return cmd
}

// maxWorkers bounds --workers: each worker may be a process with up to
// --max-memory, and the pipeline's queues grow with the count, so a typo
// such as 10000000 would exhaust the machine before the first document.
const maxWorkers = 1024

// checkLimits refuses limits that mean nothing. The packages below read
// zero or a negative value as "use the default" (and a negative
// --max-memory as "no limit"), so without this check "--timeout -5s" would
// silently run with 60 s: a limit the user did not ask for.
func (o ingestOptions) checkLimits(cmd *cobra.Command) error {
	f := cmd.Flags()
	bad := func(name, why string) error {
		return usageError{fmt.Errorf("ingest: --%s %s: %s", name, f.Lookup(name).Value, why)}
	}
	if o.workers < 0 || o.workers > maxWorkers {
		return bad("workers", fmt.Sprintf("give 1 to %d, or 0 for the number of CPUs", maxWorkers))
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"timeout", o.timeout}, {"http-timeout", o.httpTimeout}, {"connect-timeout", o.connectTimeout}} {
		if d.v <= 0 {
			return bad(d.name, "give a duration above zero, such as 30s")
		}
	}
	for _, n := range []struct {
		name string
		v    int64
	}{
		{"max-file-bytes", o.maxFileBytes}, {"max-pages", int64(o.maxPages)},
		{"max-stream-bytes", o.maxStreamBytes}, {"max-html-bytes", o.maxHTMLBytes},
		{"max-memory", o.maxMemory},
	} {
		if n.v <= 0 {
			return bad(n.name, "give a number above zero")
		}
	}
	return nil
}

// envCPUProfile names a file to write a CPU profile of the ingest to; the
// workers write theirs beside it (cmd/dossier/worker.go). An environment
// variable, not a flag: it is for bench/compare.sh and whoever profiles,
// not for users.
const envCPUProfile = "DOSSIER_CPUPROFILE"

func runIngest(ctx context.Context, g *globalOptions, o ingestOptions, args []string, stdout, stderr io.Writer) error {
	if path := os.Getenv(envCPUProfile); path != "" {
		stop, err := startCPUProfile(path)
		if err != nil {
			return err
		}
		defer stop()
	}
	dbPath := store.PathFromEnv(g.db)
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	opt := o.options()
	// ("dossier ingest ." in the folder that holds dossier.db.)
	items := ingest.WithoutStore(ingest.Expand(args, opt.HTTP), dbPath)

	mode := o.progress
	if mode == progressAuto {
		mode = progressLog
		if f, ok := stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			mode = progressBars
		}
	}
	logOut := stderr
	var bars *stageBars
	switch mode {
	case progressBars:
		bars = newStageBars(stderr, len(items))
		logOut = bars.p // log lines print above the bars
		opt.Progress = bars.advance
	case progressLog:
		opt.Progress = newLogProgress(stderr, len(items)).advance
	}
	level := slog.LevelWarn + 1 // failures are printed below, once
	if o.verbose {
		level = slog.LevelInfo
	}
	opt.Logger = slog.New(slog.NewTextHandler(logOut, &slog.HandlerOptions{Level: level}))

	// The pipeline allocates briskly but holds little: collecting less
	// often saves CPU for a few more megabytes (see bench/compare.sh).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	sum, runErr := ingest.Run(ctx, st, items, opt)
	if bars != nil {
		bars.wait()
	}
	return reportIngest(sum, runErr, stdout, stderr)
}

// reportIngest prints one line per failed document and a summary: the
// counts by state, time and rate, then the failures grouped by reason.
// A failure names its document by path or URL and may quote it, and a file
// name may hold any byte but '/' and NUL: each is escaped (termsafe) so
// that it stays one line and nothing raw reaches the terminal.
func reportIngest(sum ingest.Summary, runErr error, stdout, stderr io.Writer) error {
	for _, r := range sum.Results {
		if r.Err != nil && r.State == ingest.StateFailed {
			fmt.Fprintln(stderr, "dossier:", termsafe.Cell(r.Err.Error()))
		}
	}
	// The rate counts the inputs finished: an interrupted run stops early.
	n := len(sum.Results) - sum.Count(ingest.StateInterrupted)
	rate := 0.0
	if s := sum.Elapsed.Seconds(); s > 0 {
		rate = float64(n) / s
	}
	// Documents without a project are counted apart (they are among the
	// ingested and unchanged): read fine, they say nothing reconcilable.
	fmt.Fprintf(stdout, "ingested %d, unchanged %d, failed %d, %d without a project in %.2fs (%.1f documents/s)\n",
		sum.Count(ingest.StateIngested), sum.Count(ingest.StateUnchanged), sum.Count(ingest.StateFailed),
		sum.NoProject(), sum.Elapsed.Seconds(), rate)
	if reasons := sum.Reasons(); len(reasons) > 0 {
		parts := make([]string, len(reasons))
		for i, rc := range reasons {
			parts[i] = fmt.Sprintf("%d %s", rc.Count, termsafe.Cell(rc.Reason))
		}
		fmt.Fprintf(stdout, "failed: %s\n", strings.Join(parts, ", "))
	}
	if k := sum.Count(ingest.StateInterrupted); k > 0 {
		fmt.Fprintf(stdout, "interrupted: %d not finished; run the same command again to go on\n", k)
	}
	if sum.Workers.Crashed+sum.Workers.TimedOut > 0 {
		fmt.Fprintf(stdout, "workers: %d crashed, %d timed out, %d started\n",
			sum.Workers.Crashed, sum.Workers.TimedOut, sum.Workers.Started)
	}
	if runErr != nil {
		return runErr
	}
	if sum.Count(ingest.StateFailed) > 0 {
		return errSomeFailed
	}
	return nil
}

// stageBars draws one progress bar per pipeline stage on a terminal.
type stageBars struct {
	p    *mpb.Progress
	bars []*mpb.Bar
}

func newStageBars(w io.Writer, total int) *stageBars {
	b := &stageBars{p: mpb.New(mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithRefreshRate(150*time.Millisecond))}
	for _, s := range ingest.Stages {
		b.bars = append(b.bars, b.p.AddBar(int64(total),
			mpb.PrependDecorators(decor.Name(fmt.Sprintf("%-8s", s)), decor.CountersNoUnit("%d / %d", decor.WCSyncWidth)),
			mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace), decor.Elapsed(decor.ET_STYLE_GO, decor.WCSyncSpace)),
		))
	}
	return b
}

func (b *stageBars) advance(s ingest.Stage) { b.bars[s].Increment() }

// wait stops the bars where they stand (an interrupted run leaves them
// short) and waits for the last drawing.
func (b *stageBars) wait() {
	for _, bar := range b.bars {
		if !bar.Completed() {
			bar.Abort(false)
		}
	}
	b.p.Wait()
}

// logProgress writes a log line each time another tenth of the inputs is
// stored, for a log file or a pipe where bars would be noise. Runs of fewer
// than logProgressMin inputs finish too fast to need it.
type logProgress struct {
	log     *slog.Logger
	total   int
	start   time.Time
	mu      sync.Mutex
	counts  [3]atomic.Int64
	nextPct int
}

const logProgressMin = 100

func newLogProgress(w io.Writer, total int) *logProgress {
	return &logProgress{log: slog.New(slog.NewTextHandler(w, nil)), total: total, start: time.Now(), nextPct: 10}
}

func (p *logProgress) advance(s ingest.Stage) {
	n := p.counts[s].Add(1)
	if s != ingest.StageStore || p.total < logProgressMin {
		return
	}
	pct := int(n * 100 / int64(p.total))
	p.mu.Lock()
	defer p.mu.Unlock()
	if pct < p.nextPct {
		return
	}
	p.nextPct = pct/10*10 + 10
	elapsed := time.Since(p.start)
	p.log.Info("progress", "done", n, "total", p.total, "percent", pct,
		"read", p.counts[ingest.StageRead].Load(), "extracted", p.counts[ingest.StageExtract].Load(),
		"elapsed", elapsed.Round(time.Millisecond), "per_second", fmt.Sprintf("%.1f", float64(n)/elapsed.Seconds()))
}

// startCPUProfile writes a CPU profile to path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// options are the ingest options the flags give.
func (o ingestOptions) options() ingest.Options {
	return ingest.Options{
		Workers:      o.workers,
		RetryFailed:  o.retryFailed,
		MaxFileBytes: o.maxFileBytes,
		Limits: extract.Limits{
			PDF:          extract.PDFLimits{MaxPages: o.maxPages, MaxStreamBytes: o.maxStreamBytes},
			MaxHTMLBytes: o.maxHTMLBytes,
		},
		HTTP: ingest.HTTPOptions{
			AllowPrivate:   o.allowPrivate,
			MaxBytes:       o.maxFileBytes,
			MaxPageBytes:   o.maxHTMLBytes,
			TotalTimeout:   o.httpTimeout,
			ConnectTimeout: o.connectTimeout,
		},
		Isolate: o.isolate,
		Worker:  worker.Config{Timeout: o.timeout, MaxMemory: o.maxMemory},
	}
}
