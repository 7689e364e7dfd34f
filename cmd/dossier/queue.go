package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/queue"
	"github.com/dossier-dev/dossier/store"
)

// needPostgres refuses a store that is not a PostgreSQL database: the
// queue lives in one.
func needPostgres(what, db string) error {
	if !store.IsPostgres(db) {
		return usageError{fmt.Errorf("%s needs a PostgreSQL store: --db postgres://… (or DOSSIER_DB), not %s", what, db)}
	}
	return nil
}

// runEnqueue records a job a document instead of ingesting here.
func runEnqueue(ctx context.Context, g *globalOptions, o ingestOptions, args []string, stdout, stderr io.Writer) error {
	db := store.PathFromEnv(g.db)
	if err := needPostgres("ingest --enqueue", db); err != nil {
		return err
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	pool, err := queue.Connect(ctx, db)
	if err != nil {
		return err
	}
	defer pool.Close()
	start := time.Now()
	res, err := queue.Enqueue(ctx, st, pool, args, o.options().HTTP)
	if err != nil {
		return err
	}
	for _, e := range res.Failed {
		fmt.Fprintln(stderr, "failed:", termsafe.Text(e.Error()))
	}
	fmt.Fprintf(stdout, "batch %d: %d jobs enqueued, %d already queued or done, %d failed to read, in %.2fs\n",
		res.Batch, res.Jobs, res.Duplicates, len(res.Failed), time.Since(start).Seconds())
	if len(res.Failed) > 0 {
		return errSomeFailed
	}
	return nil
}

type workerOptions struct {
	ingest       ingestOptions
	jobs         int
	jobTimeout   time.Duration
	rescueAfter  time.Duration
	exitWhenIdle bool
	poll         time.Duration
}

// newWorkerCmd is `dossier worker`: it takes the jobs `ingest --enqueue`
// recorded, on any machine that reaches the database.
func newWorkerCmd(g *globalOptions) *cobra.Command {
	var o workerOptions
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Ingest the documents queued in a PostgreSQL store (ingest --enqueue), on any machine",
		Long: `Ingest the documents queued in a PostgreSQL store by 'dossier ingest --enqueue'.

Run it on any number of machines against the same --db postgres://…: each
takes jobs as they come (--jobs at a time), parses each document in a
worker process under --timeout and --max-memory, and stores it. A job that
fails (the database out of reach, say) is retried with backoff; one still
running after --rescue-after (its worker crashed or lost the machine) is
run again elsewhere. A document is stored once whatever runs it twice.
--exit-when-idle stops once no job is left.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := o.ingest.checkLimits(cmd); err != nil {
				return err
			}
			if o.jobs < 1 || o.jobs > maxWorkers {
				return usageError{fmt.Errorf("worker: --jobs %d: give 1 to %d", o.jobs, maxWorkers)}
			}
			if o.jobTimeout <= 0 || o.rescueAfter <= o.jobTimeout || o.poll <= 0 {
				return usageError{fmt.Errorf("worker: give --job-timeout and --poll above zero, and --rescue-after longer than --job-timeout")}
			}
			return runWorker(cmd.Context(), g, o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.jobs, "jobs", 2, "jobs this process runs at once")
	f.DurationVar(&o.jobTimeout, "job-timeout", 5*time.Minute, "longest time one job may take")
	f.DurationVar(&o.rescueAfter, "rescue-after", 10*time.Minute, "time after which a job still running is taken to belong to a crashed worker and run again")
	f.BoolVar(&o.exitWhenIdle, "exit-when-idle", false, "stop once no queued job is left")
	f.DurationVar(&o.poll, "poll", time.Second, "how often to look for finished batches (and, with --exit-when-idle, for an empty queue)")
	// The per-document limits, as ingest takes them.
	ing := &o.ingest
	ing.workers = 1
	ing.maxFileBytes, ing.maxPages, ing.maxStreamBytes, ing.maxHTMLBytes = ingestDefaults()
	f.BoolVar(&ing.isolate, "isolate", true, "parse documents in worker processes under --timeout and --max-memory")
	f.DurationVar(&ing.timeout, "timeout", 60*time.Second, "longest time one document may take to read (with --isolate)")
	f.Int64Var(&ing.maxMemory, "max-memory", 1<<30, "most memory one document may take to read, in bytes (with --isolate)")
	f.BoolVar(&ing.allowPrivate, "allow-private", false, "allow URLs on special-purpose addresses")
	f.DurationVar(&ing.httpTimeout, "http-timeout", 60*time.Second, "longest time one URL may take to download")
	f.DurationVar(&ing.connectTimeout, "connect-timeout", 10*time.Second, "longest time to connect to a web server")
	f.BoolVarP(&ing.verbose, "verbose", "v", false, "log each job")
	return cmd
}

func runWorker(ctx context.Context, g *globalOptions, o workerOptions, stdout, stderr io.Writer) error {
	db := store.PathFromEnv(g.db)
	if err := needPostgres("worker", db); err != nil {
		return err
	}
	if path := os.Getenv(envCPUProfile); path != "" {
		stop, err := startCPUProfile(fmt.Sprintf("%s.queue-%d", path, os.Getpid()))
		if err != nil {
			return err
		}
		defer stop()
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	pool, err := queue.Connect(ctx, db)
	if err != nil {
		return err
	}
	defer pool.Close()
	level := slog.LevelWarn
	if o.ingest.verbose {
		level = slog.LevelInfo
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	opt := o.ingest.options()
	opt.Logger = logger
	start := time.Now()
	stats, err := queue.Work(ctx, st, pool, queue.WorkerOptions{
		Jobs: o.jobs, Ingest: opt, JobTimeout: o.jobTimeout, RescueAfter: o.rescueAfter,
		ExitWhenIdle: o.exitWhenIdle, Poll: o.poll, Logger: logger,
	})
	fmt.Fprintf(stdout, "worker: %d jobs, %d documents (%d failed), %d second looks, in %.2fs\n",
		stats.Jobs, stats.Documents, stats.Failed, stats.SecondLooks, time.Since(start).Seconds())
	return err
}

// ingestDefaults are ingest's size limits: the worker takes the
// defaults, which are not its flags.
func ingestDefaults() (maxFileBytes int64, maxPages int, maxStreamBytes, maxHTMLBytes int64) {
	lim := extract.DefaultLimits()
	return ingest.DefaultMaxFileBytes, lim.PDF.MaxPages, lim.PDF.MaxStreamBytes, lim.MaxHTMLBytes
}
