// Package store keeps what the pipeline reads in one SQLite file: each
// document (or the reason it could not be read), every path or URL it was
// read from, its text blocks and the facts extracted from it.
//
// It is the only package that imports the SQL driver (modernc.org/sqlite,
// pure Go, no cgo); the rest of dossier meets it through the root package's
// types.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	neturl "net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DefaultPath is the store file used when neither a flag nor $DOSSIER_DB
// names one.
const DefaultPath = "dossier.db"

// Document states.
const (
	StateIngested = "ingested"
	StateFailed   = "failed"
)

// ErrNotFound is returned for a document id or prefix that names no document.
var ErrNotFound = errors.New("document not found")

// ErrAmbiguous is returned for a document id prefix that names more than one
// document.
var ErrAmbiguous = errors.New("document id prefix is ambiguous")

// busyTimeout is how long a write waits for another process (a second
// dossier command on the same file) to release the write lock.
const busyTimeout = 10 * time.Second

// PathFromEnv returns the store path to use: flag if set, else $DOSSIER_DB,
// else DefaultPath.
func PathFromEnv(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("DOSSIER_DB"); env != "" {
		return env
	}
	return DefaultPath
}

// Option configures a Store.
type Option func(*options)

type options struct {
	clock func() time.Time
	// forReading skips the whole-file check at open.
	forReading bool
}

// WithClock sets the clock that stamps ingested_at, first_seen and
// applied_at, so tests can fix it and goldens never hold today's date.
func WithClock(clock func() time.Time) Option {
	return func(o *options) { o.clock = clock }
}

// ForReading opens the store for a command that only reads: without the
// whole-file check (quick_check reads every page, seconds for a store of
// 100,000 documents), so that a command reads only the rows it shows. A
// damaged page it does read still stops it with one line naming the damage
// (each table is then checked to name it). Commands that write, and
// dossier check, check the whole file.
func ForReading() Option {
	return func(o *options) { o.forReading = true }
}

// Store is a dossier store in one SQLite file. It is safe for concurrent use
// by several goroutines.
//
// Writes are serialized in Go (writeSlot): SQLite has one writer at a time,
// and taking turns here means goroutines of this process never contend for
// the file lock, so they never see SQLITE_BUSY and never spin in the busy
// handler. Reads run in parallel with writes, which WAL mode allows. Other
// processes writing the same file are handled by SQLite: write transactions
// begin IMMEDIATE, so a second writer waits up to busyTimeout at BEGIN
// instead of failing when a read lock cannot be upgraded.
type Store struct {
	db    *sql.DB
	path  string
	clock func() time.Time
	// writeSlot holds a token while a write transaction runs; a channel
	// rather than a mutex so that a waiting writer can give up when its
	// context ends.
	writeSlot chan struct{}
	// counters count what writes reconciled.
	counters reconcileCounters
	// forReading: opened without the whole-file check (ForReading).
	forReading bool
	// docs keeps what reconciling read of documents; pending holds what
	// the write under way read, kept once it commits.
	docs    docCache
	pending map[string]*docEntry
	// stmts are the statements reconciling prepared, by query.
	stmtsMu sync.Mutex
	stmts   map[string]*sql.Stmt
	// pg: the store is a PostgreSQL database (path is its URL), not a
	// SQLite file.
	pg bool
}

// prepared returns the statement for query, preparing it the first time.
func (s *Store) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	s.stmtsMu.Lock()
	defer s.stmtsMu.Unlock()
	if st, ok := s.stmts[query]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[query] = st
	return st, nil
}

// Open opens the store at path, creating the file if it does not exist,
// checks it (SQLite's quick_check) and migrates its schema to the version
// this dossier knows. A damaged file gives a *DamageError (wrapping
// ErrDamaged); one written by a newer dossier an error wrapping
// ErrSchemaTooNew.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	migs, err := embeddedMigrations()
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return open(ctx, path, migs, opts...)
}

// open is Open with the migrations given, so tests can build an older file.
func open(ctx context.Context, path string, migs []migration, opts ...Option) (*Store, error) {
	o := options{clock: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	if IsPostgres(path) {
		return openPostgres(ctx, path, migs, o)
	}
	if err := checkPath(path); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &Store{db: db, path: path, clock: o.clock, writeSlot: make(chan struct{}, 1), forReading: o.forReading}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, asDamage(err))
	}
	// Every time, before anything is read or written: a damaged file
	// must stop the command, not change its output silently. A command
	// that only reads checks the pages it reads (see ForReading).
	if !o.forReading {
		if err := quickCheck(ctx, db); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	if err := migrate(ctx, db, false, migs, s.now); err != nil {
		if isCorrupt(err) {
			err = diagnose(ctx, db, err)
		}
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, asDamage(err))
	}
	return s, nil
}

// openPostgres opens the store in the PostgreSQL database at url and
// migrates its schema. Damage is the server's business: there is no file
// to check.
func openPostgres(ctx context.Context, url string, migs []migration, o options) (*Store, error) {
	name := RedactDB(url)
	db, err := sql.Open(pgDriverName, url)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	s := &Store{db: db, path: name, clock: o.clock, writeSlot: make(chan struct{}, 1), forReading: o.forReading, pg: true}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if err := migrate(ctx, db, true, migs, s.now); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	return s, nil
}

// RedactDB is a --db value fit to print: a PostgreSQL URL without its
// password.
func RedactDB(db string) string {
	if !IsPostgres(db) {
		return db
	}
	u, err := neturl.Parse(db)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}

// dsn builds the driver's connection string. Every connection of the pool
// gets the same pragmas: foreign keys are a per-connection setting.
func dsn(path string) string {
	return "file:" + escapePath(path) +
		fmt.Sprintf("?_pragma=busy_timeout(%d)", busyTimeout.Milliseconds()) +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(1)" +
		// NORMAL is durable in WAL mode except for the last transactions
		// before a power loss, which a re-run of ingest restores.
		"&_pragma=synchronous(NORMAL)" +
		"&_txlock=immediate"
}

// escapePath makes path the file part of a SQLite URI. As a URI, the path
// is percent-decoded by SQLite, so a '?' or '#' in it cannot be taken for
// the start of the parameters; Clean also folds a leading "//", which a
// URI would read as a host.
func escapePath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.Clean(path))
}

// Close closes the database file.
func (s *Store) Close() error {
	s.stmtsMu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.stmtsMu.Unlock()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// now is the store's clock in UTC.
func (s *Store) now() time.Time { return s.clock().UTC() }

// lockWrite waits for the turn to write, or for ctx to end.
func (s *Store) lockWrite(ctx context.Context) error {
	select {
	case s.writeSlot <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Store) unlockWrite() { <-s.writeSlot }

// formatTime writes t as the store keeps times: RFC 3339 in UTC, so that
// they sort as text.
func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("time %q: %w", s, err)
	}
	return t, nil
}

const idPrefix = "sha256:"

// checkID reports whether id is "sha256:" and 64 lowercase hex digits, the
// only form a document id takes.
func checkID(id string) error {
	hex, ok := strings.CutPrefix(id, idPrefix)
	if !ok || len(hex) != 64 || !isHex(hex) {
		return fmt.Errorf("document id %q is not sha256:<64 lowercase hex digits>", id)
	}
	return nil
}

// parseIDPrefix turns a user's document id or prefix ("sha256:9F2C",
// "9f2c") into the form ids start with ("sha256:9f2c").
func parseIDPrefix(s string) (string, error) {
	hex := strings.ToLower(strings.TrimSpace(s))
	hex = strings.TrimPrefix(hex, idPrefix)
	if hex == "" || len(hex) > 64 || !isHex(hex) {
		return "", fmt.Errorf("document id %q: want sha256:<hex> or a hex prefix of it", s)
	}
	return idPrefix + hex, nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
