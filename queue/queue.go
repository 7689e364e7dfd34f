// Package queue spreads ingestion over machines through a PostgreSQL
// store, with River (github.com/riverqueue/river) keeping the jobs in the
// same database: `dossier ingest --enqueue` records one job a document,
// and `dossier worker` processes on any number of machines take them.
//
// A local file's bytes are read where it is enqueued and travel in its
// job, so a worker never needs the analyst's disk; a URL is fetched by the
// worker. Jobs are unique per content hash (per URL for pages), retried
// with backoff, bounded by a timeout, and a crashed worker's jobs are
// taken up again by River's rescuer. Each job ingests its document through
// package ingest, whose store write reconciles the projects it touches
// under the store's write lock (one writer at a time).
//
// A batch (one --enqueue) is read as one ingest run would read it: every
// document with the project names the store held when the batch was
// enqueued, and, once the last of its documents is in, those that named no
// project are read again with every name the store then holds (a
// second-look job), so the store ends as one run of ingest leaves it.
//
// On SQLite there is no queue: one machine runs ingest's own pipeline,
// which streams and batches its writes; River's SQLite driver would put
// the job rows in the same file, behind the same single writer.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/store"
)

// IngestArgs is one document to ingest.
type IngestArgs struct {
	// Key makes the job unique: the document id ("sha256:…") of a file's
	// bytes, or the URL of a page.
	Key string `json:"key" river:"unique"`
	// Source is the path or URL as given, recorded as the document's source.
	Source string `json:"source"`
	// Data are a file's bytes; nil for a URL, which the worker fetches.
	Data  []byte `json:"data,omitempty"`
	URL   string `json:"url,omitempty"`
	Batch int64  `json:"batch"`
}

// Kind names the job kind in River's table.
func (IngestArgs) Kind() string { return "dossier_ingest" }

// InsertOpts: unique by Key in every state, so the same bytes enqueued
// again, even after they were processed, make no second job.
func (IngestArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: maxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// SecondLookArgs reads again a batch's documents that named no project.
type SecondLookArgs struct {
	Batch int64 `json:"batch" river:"unique"`
}

// Kind names the job kind in River's table.
func (SecondLookArgs) Kind() string { return "dossier_second_look" }

// InsertOpts: one second look a batch.
func (SecondLookArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: maxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// maxAttempts bounds the retries of a job that fails (a store that cannot
// be reached, say; a document that cannot be read is stored as failed and
// its job completes).
const maxAttempts = 8

// kinds are the job kinds this package enqueues.
var kinds = []string{IngestArgs{}.Kind(), SecondLookArgs{}.Kind()}

// schema is what the queue keeps beside River's tables: each batch, with
// the names its documents are read with, and the documents each gave.
const schema = `
CREATE TABLE IF NOT EXISTS dossier_batches (
	id          BIGSERIAL PRIMARY KEY,
	names       JSONB NOT NULL,
	created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
	second_look BOOLEAN NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS dossier_batch_documents (
	batch       BIGINT NOT NULL REFERENCES dossier_batches (id),
	document_id TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (batch, document_id)
);`

// Connect opens a pool on the PostgreSQL database at url and brings
// River's tables and the queue's own up to date.
func Connect(ctx context.Context, url string) (*pgxpool.Pool, error) {
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", store.RedactDB(url), err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("queue %s: %w", store.RedactDB(url), err)
	}
	return pool, nil
}

// migrateLock serializes the queue's migrations across processes: River's
// migrator and CREATE TABLE IF NOT EXISTS both race when several workers
// start together on a new database.
const migrateLock = 0x646f737369657251 // "dossierQ"

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	if _, err := conn.Exec(ctx, schema); err != nil {
		return fmt.Errorf("queue tables: %w", err)
	}
	return nil
}

// EnqueueResult says what Enqueue recorded.
type EnqueueResult struct {
	Batch int64
	// Jobs counts the jobs inserted; Duplicates those skipped because a
	// job for the same bytes or URL exists (or existed).
	Jobs, Duplicates int
	// Failed are the inputs that could not be read here (a missing file),
	// one line each.
	Failed []error
}

// Enqueue records a batch of jobs for inputs (files, folders, URLs), as
// `dossier ingest` would read them: a file's bytes are read now, here.
func Enqueue(ctx context.Context, st *store.Store, pool *pgxpool.Pool, inputs []string, h ingest.HTTPOptions) (EnqueueResult, error) {
	var res EnqueueResult
	names, err := st.ProjectNames(ctx)
	if err != nil {
		return res, fmt.Errorf("enqueue: %w", err)
	}
	if names == nil {
		names = []string{}
	}
	var params []river.InsertManyParams
	for _, it := range ingest.Expand(inputs, h) {
		args := IngestArgs{Source: it.Name}
		if u := it.URL(); u != "" {
			args.Key, args.URL = it.Name, u
		} else {
			data, _, err := it.Read(ctx)
			if err != nil {
				res.Failed = append(res.Failed, fmt.Errorf("%s: %w", it.Name, err))
				continue
			}
			args.Key, args.Data = extract.ID(data), data
		}
		params = append(params, river.InsertManyParams{Args: args})
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{})
	if err != nil {
		return res, fmt.Errorf("enqueue: %w", err)
	}
	namesJSON, _ := json.Marshal(names)
	// One transaction: a worker never sees a batch without its jobs, and
	// so never reads it again before its documents are in.
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `INSERT INTO dossier_batches (names) VALUES ($1) RETURNING id`, namesJSON).Scan(&res.Batch); err != nil {
			return err
		}
		for i := range params {
			a := params[i].Args.(IngestArgs)
			a.Batch = res.Batch
			params[i].Args = a
		}
		// In chunks: a chunk's rows, bytes included, go in one statement.
		for start := 0; start < len(params); start += 500 {
			chunk := params[start:min(start+500, len(params))]
			out, err := client.InsertManyTx(ctx, tx, chunk)
			if err != nil {
				return err
			}
			for _, r := range out {
				if r.UniqueSkippedAsDuplicate {
					res.Duplicates++
				} else {
					res.Jobs++
				}
			}
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("enqueue: %w", err)
	}
	return res, nil
}

// WorkerOptions configure a worker process.
type WorkerOptions struct {
	// Jobs is how many jobs this process runs at once.
	Jobs int
	// Ingest configures each document's ingest (limits, isolation).
	Ingest ingest.Options
	// JobTimeout bounds one job; RescueAfter is how long a job may stay
	// running before it is taken to belong to a crashed worker and run
	// again (longer than JobTimeout).
	JobTimeout, RescueAfter time.Duration
	// ExitWhenIdle stops the worker once no job of this package is left
	// to run and every batch has had its second look.
	ExitWhenIdle bool
	// Poll is how often the worker looks for finished batches and, with
	// ExitWhenIdle, for idleness.
	Poll   time.Duration
	Logger *slog.Logger
}

// Stats counts what a worker did.
type Stats struct {
	Jobs, Documents, Failed, SecondLooks int
}

type ingestWorker struct {
	river.WorkerDefaults[IngestArgs]
	w *runner
}

func (iw *ingestWorker) Timeout(*river.Job[IngestArgs]) time.Duration { return iw.w.opt.JobTimeout }

func (iw *ingestWorker) Work(ctx context.Context, job *river.Job[IngestArgs]) error {
	return iw.w.ingest(ctx, job.Args)
}

type secondLookWorker struct {
	river.WorkerDefaults[SecondLookArgs]
	w *runner
}

func (sw *secondLookWorker) Timeout(*river.Job[SecondLookArgs]) time.Duration {
	return sw.w.opt.JobTimeout
}

func (sw *secondLookWorker) Work(ctx context.Context, job *river.Job[SecondLookArgs]) error {
	return sw.w.secondLook(ctx, job.Args.Batch)
}

type runner struct {
	st   *store.Store
	pool *pgxpool.Pool
	opt  WorkerOptions
	log  *slog.Logger

	statsCh chan func(*Stats)

	// pools are the parsing children, a pool a batch (its children know
	// the batch's names), kept across jobs: starting a child for each
	// document would cost more than reading it. A pool whose batch is no
	// longer the latest is closed once no job uses it.
	poolsMu sync.Mutex
	pools   map[int64]*batchPool
	latest  int64
}

type batchPool struct {
	p     *worker.Pool
	users int
}

// acquirePool returns the pool of batch, starting it if need be; the job
// gives it back with releasePool.
func (r *runner) acquirePool(batch int64, names []string) (*worker.Pool, error) {
	r.poolsMu.Lock()
	defer r.poolsMu.Unlock()
	if bp := r.pools[batch]; bp != nil {
		bp.users++
		return bp.p, nil
	}
	cfg := r.opt.Ingest.Worker
	cfg.Procs, cfg.Names = r.opt.Jobs, names
	p, err := worker.New(cfg)
	if err != nil {
		return nil, err
	}
	if r.pools == nil {
		r.pools = map[int64]*batchPool{}
	}
	r.pools[batch] = &batchPool{p: p, users: 1}
	if batch > r.latest {
		r.latest = batch
		for b, bp := range r.pools {
			if b != batch && bp.users == 0 {
				bp.p.Close()
				delete(r.pools, b)
			}
		}
	}
	return p, nil
}

func (r *runner) releasePool(batch int64) {
	r.poolsMu.Lock()
	defer r.poolsMu.Unlock()
	bp := r.pools[batch]
	if bp == nil {
		return
	}
	if bp.users--; bp.users == 0 && batch != r.latest {
		bp.p.Close()
		delete(r.pools, batch)
	}
}

func (r *runner) closePools() {
	r.poolsMu.Lock()
	defer r.poolsMu.Unlock()
	for b, bp := range r.pools {
		bp.p.Close()
		delete(r.pools, b)
	}
}

// Work runs a worker until ctx ends or, with ExitWhenIdle, until the queue
// is empty. st and pool are the same database.
func Work(ctx context.Context, st *store.Store, pool *pgxpool.Pool, opt WorkerOptions) (Stats, error) {
	if opt.Jobs <= 0 {
		opt.Jobs = 1
	}
	if opt.JobTimeout <= 0 {
		opt.JobTimeout = 5 * time.Minute
	}
	if opt.RescueAfter <= opt.JobTimeout {
		opt.RescueAfter = opt.JobTimeout + time.Minute
	}
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	r := &runner{st: st, pool: pool, opt: opt, log: opt.Logger, statsCh: make(chan func(*Stats), 64)}
	defer r.closePools()
	workers := river.NewWorkers()
	river.AddWorker(workers, &ingestWorker{w: r})
	river.AddWorker(workers, &secondLookWorker{w: r})
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opt.Jobs}},
		Workers:              workers,
		JobTimeout:           opt.JobTimeout,
		RescueStuckJobsAfter: opt.RescueAfter,
		// Jobs arrive by LISTEN/NOTIFY; polling is the fallback. A job
		// takes milliseconds, so River's default cooldown of 100 ms
		// between fetches would bound a worker to ten jobs a second.
		FetchPollInterval: 500 * time.Millisecond,
		FetchCooldown:     5 * time.Millisecond,
		Logger:            opt.Logger,
	})
	if err != nil {
		return Stats{}, fmt.Errorf("worker: %w", err)
	}
	var stats Stats
	events, cancelEvents := client.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
	defer cancelEvents()
	if err := client.Start(ctx); err != nil {
		return stats, fmt.Errorf("worker: %w", err)
	}
	stop := func() error {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), opt.JobTimeout+10*time.Second)
		defer cancel()
		return client.Stop(sctx)
	}
	tick := time.NewTicker(opt.Poll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			err := stop()
			r.drain(&stats)
			return stats, errors.Join(ctx.Err(), err)
		case ev := <-events:
			if ev != nil && ev.Kind == river.EventKindJobCompleted {
				stats.Jobs++
			}
		case f := <-r.statsCh:
			f(&stats)
		case <-tick.C:
			if err := r.finishBatches(ctx, client); err != nil {
				r.log.Warn("finishing batches", "error", err)
				continue
			}
			if opt.ExitWhenIdle {
				idle, err := r.idle(ctx)
				if err != nil {
					r.log.Warn("looking for work", "error", err)
					continue
				}
				if idle {
					err := stop()
					r.drain(&stats)
					return stats, err
				}
			}
		}
	}
}

func (r *runner) drain(s *Stats) {
	for {
		select {
		case f := <-r.statsCh:
			f(s)
		default:
			return
		}
	}
}

func (r *runner) count(f func(*Stats)) {
	select {
	case r.statsCh <- f:
	default: // a full channel costs a count, never a job
	}
}

// ingest ingests one job's document.
func (r *runner) ingest(ctx context.Context, a IngestArgs) error {
	names, err := r.batchNames(ctx, a.Batch)
	if err != nil {
		return err
	}
	var items []ingest.Item
	if a.URL != "" {
		items = ingest.Expand([]string{a.URL}, r.opt.Ingest.HTTP)
	} else {
		data := a.Data
		items = []ingest.Item{{Name: a.Source, Read: func(context.Context) ([]byte, string, error) { return data, "", nil }}}
	}
	opt := r.opt.Ingest
	opt.Workers = 1
	opt.Names = names
	opt.NoSecondLook = true
	if opt.Isolate {
		p, err := r.acquirePool(a.Batch, names)
		if err != nil {
			return fmt.Errorf("ingest %s: %w", a.Source, err)
		}
		defer r.releasePool(a.Batch)
		opt.Pool = p
	}
	sum, err := ingest.Run(ctx, r.st, items, opt)
	if err != nil {
		return fmt.Errorf("ingest %s: %w", a.Source, err)
	}
	for _, res := range sum.Results {
		if res.ID == "" {
			continue
		}
		if _, err := r.pool.Exec(ctx, `INSERT INTO dossier_batch_documents (batch, document_id) VALUES ($1, $2)
			ON CONFLICT DO NOTHING`, a.Batch, res.ID); err != nil {
			return fmt.Errorf("ingest %s: record batch: %w", a.Source, err)
		}
		failed := res.State == ingest.StateFailed
		r.count(func(s *Stats) {
			s.Documents++
			if failed {
				s.Failed++
			}
		})
	}
	return nil
}

// batchNames are the names a batch's documents are read with.
func (r *runner) batchNames(ctx context.Context, batch int64) ([]string, error) {
	var raw []byte
	if err := r.pool.QueryRow(ctx, `SELECT names FROM dossier_batches WHERE id = $1`, batch).Scan(&raw); err != nil {
		return nil, fmt.Errorf("batch %d: %w", batch, err)
	}
	names := []string{}
	if err := json.Unmarshal(raw, &names); err != nil {
		return nil, fmt.Errorf("batch %d: names: %w", batch, err)
	}
	return names, nil
}

// finishBatches enqueues the second look of every batch whose documents
// are all in (River's uniqueness makes it once, whichever worker sees it
// first).
func (r *runner) finishBatches(ctx context.Context, client *river.Client[pgx.Tx]) error {
	rows, err := r.pool.Query(ctx, `SELECT b.id FROM dossier_batches b WHERE NOT b.second_look
		AND NOT EXISTS (SELECT 1 FROM river_job j WHERE j.kind = $1 AND (j.args->>'batch')::bigint = b.id
			AND j.state NOT IN ('completed', 'discarded', 'cancelled'))
		ORDER BY b.id`, IngestArgs{}.Kind())
	if err != nil {
		return err
	}
	batches, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return err
	}
	for _, b := range batches {
		err := pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
			if _, err := client.InsertTx(ctx, tx, SecondLookArgs{Batch: b}, nil); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `UPDATE dossier_batches SET second_look = true WHERE id = $1`, b)
			return err
		})
		if err != nil {
			return fmt.Errorf("batch %d: %w", b, err)
		}
	}
	return nil
}

// idle reports whether no job of this package is left to run, now or
// later (retries and rescues included), and every batch has its second
// look enqueued.
func (r *runner) idle(ctx context.Context) (bool, error) {
	var n int
	err := r.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM river_job WHERE kind = ANY($1)
			AND state NOT IN ('completed', 'discarded', 'cancelled'))
		+ (SELECT count(*) FROM dossier_batches WHERE NOT second_look)`, kinds).Scan(&n)
	return n == 0, err
}

// secondLook reads again, with every name the store now holds, the
// documents of batch that named no project, as the end of an ingest run
// does, and stores the facts of those that now name one.
func (r *runner) secondLook(ctx context.Context, batch int64) error {
	known, err := r.batchNames(ctx, batch)
	if err != nil {
		return err
	}
	names, err := r.st.ProjectNames(ctx)
	if err != nil {
		return fmt.Errorf("second look: %w", err)
	}
	if len(names) <= len(known) {
		return nil
	}
	rows, err := r.pool.Query(ctx, `SELECT document_id FROM dossier_batch_documents WHERE batch = $1`, batch)
	if err != nil {
		return fmt.Errorf("second look: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("second look: %w", err)
	}
	sort.Strings(ids)
	k := facts.NewKnown(names)
	var todo []string
	var found [][]dossier.Fact
	for _, id := range ids {
		info, err := r.st.DocumentInfo(ctx, id)
		if err != nil {
			return fmt.Errorf("second look %s: %w", id, err)
		}
		if info.State != store.StateIngested || !info.NoProject {
			continue
		}
		doc, err := r.st.Document(ctx, id)
		if err != nil {
			return fmt.Errorf("second look %s: %w", id, err)
		}
		fs := worker.FactsOf(doc, k)
		if fs == nil || store.NoProject(fs) {
			continue
		}
		todo, found = append(todo, id), append(found, fs)
	}
	if len(todo) > 0 {
		if err := r.st.ReplaceManyFacts(ctx, todo, found); err != nil {
			return fmt.Errorf("second look: %w", err)
		}
	}
	r.count(func(s *Stats) { s.SecondLooks++ })
	return nil
}
