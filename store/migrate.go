package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// ErrSchemaTooNew is returned by Open for a database written by a newer
// dossier, whose schema this one does not know.
var ErrSchemaTooNew = errors.New("database schema is newer than this dossier knows")

// migration is one numbered SQL file from migrations/.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the files NNNN_name.sql at the top of fsys, sorted by
// number. The numbers must run 1, 2, 3… with no gap, so that a version
// recorded in schema_migrations always means the same schema.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var migs []migration
	for _, name := range names {
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: name is not NNNN_name.sql", name)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", name, err)
		}
		migs = append(migs, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(migs, func(i, j int) bool { return migs[i].version < migs[j].version })
	for i, m := range migs {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d", m.name, i+1)
		}
	}
	return migs, nil
}

// embeddedMigrations returns the migrations compiled into this binary.
func embeddedMigrations() ([]migration, error) {
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	return loadMigrations(sub)
}

// migrate brings db up to the last of migs, each migration in its own
// transaction together with its schema_migrations row, so a failed
// migration leaves the file at the version before it.
func migrate(ctx context.Context, db *sql.DB, pg bool, migs []migration, now func() time.Time) error {
	create := `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TEXT NOT NULL
) STRICT;`
	if pg {
		// Version numbers are given, not counted.
		create = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    BIGINT PRIMARY KEY,
	name       TEXT COLLATE "C" NOT NULL,
	applied_at TEXT COLLATE "C" NOT NULL
)`
	}
	// In a write transaction: on PostgreSQL it holds the write lock, so
	// workers starting together on a new database do not race to create it.
	if err := inWriteTx(ctx, db, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, create)
		return err
	}); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	current, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	known := len(migs)
	if current > known {
		return fmt.Errorf("%w: the file has schema version %d, this dossier knows up to %d; use a newer dossier",
			ErrSchemaTooNew, current, known)
	}
	if current == 0 {
		// A SQLite file with tables but no migrations is some other
		// program's database; adding ours to it would mix the two.
		var n int
		q := `SELECT count(*) FROM sqlite_schema
			WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'`
		if pg {
			q = `SELECT count(*) FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'`
		}
		err := db.QueryRowContext(ctx, q).Scan(&n)
		if err != nil {
			return fmt.Errorf("inspect schema: %w", err)
		}
		if n > 0 {
			return fmt.Errorf("not a dossier store: it has %d tables but no schema_migrations rows", n)
		}
	}
	for _, m := range migs[current:] {
		if pg {
			m.sql = pgSchema(m.sql)
		}
		if err := applyMigration(ctx, db, m, now); err != nil {
			return err
		}
	}
	return nil
}

// applyMigration runs m unless another process applied it since we looked;
// the write transaction (BEGIN IMMEDIATE, see Open) makes that check safe.
func applyMigration(ctx context.Context, db *sql.DB, m migration, now func() time.Time) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: begin: %w", m.name, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&done); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if done > 0 {
		return tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, formatTime(now())); err != nil {
		return fmt.Errorf("migration %s: record: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", m.name, err)
	}
	return nil
}

// schemaVersion is the highest migration recorded in db, 0 for a new file.
func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// inWriteTx runs fn in a write transaction and commits it.
func inWriteTx(ctx context.Context, db *sql.DB, fn func(tx *sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
