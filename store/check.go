package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrDamaged is wrapped by the error for a store file SQLite finds damaged:
// a bit flipped on disk, a file cut short, or not a SQLite file at all.
var ErrDamaged = errors.New("store file is damaged")

// DamageError lists what SQLite found damaged in a store file.
type DamageError struct {
	// Problems are SQLite's findings, one line each.
	Problems []string
}

func (e *DamageError) Error() string {
	msg := ErrDamaged.Error() + ": " + e.Problems[0]
	if n := len(e.Problems) - 1; n > 0 {
		msg += fmt.Sprintf(" (and %d more)", n)
	}
	return msg + "; 'dossier check' lists every problem"
}

func (e *DamageError) Unwrap() error { return ErrDamaged }

// checkPath refuses, with a plain reason, a path no store file can be at:
// SQLite itself only says "unable to open database file".
func checkPath(path string) error {
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return errors.New("is a directory, not a store file")
	case err == nil && !info.Mode().IsRegular():
		return errors.New("not a regular file")
	case err == nil:
		return nil
	case !errors.Is(err, os.ErrNotExist):
		return err
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("no folder %s to create the store file in", dir)
	}
	return nil
}

// quickCheck runs SQLite's quick_check: every page and b-tree is well
// formed, in time linear in the file's size (about 12 ms a thousand
// documents). It cannot see a changed byte inside a value.
func quickCheck(ctx context.Context, db *sql.DB) error {
	problems, err := checkRows(ctx, db, "quick_check", 20)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return &DamageError{Problems: problems}
	}
	return nil
}

// diagnose turns err, SQLite saying a page it read is damaged, into a
// DamageError naming the damaged tables, as Open's check would.
func diagnose(ctx context.Context, db *sql.DB, err error) error {
	if problems, cerr := checkRows(ctx, db, "quick_check", 20); cerr == nil && len(problems) > 0 {
		return &DamageError{Problems: problems}
	} else if cerr != nil {
		return asDamage(cerr)
	}
	return asDamage(err)
}

// checkRows runs a check pragma ("quick_check" or "integrity_check") over
// the whole file and returns its findings, none when SQLite answers "ok".
// When the check itself stops on a damaged page, each table is checked on
// its own, so the findings name the tables that are damaged.
func checkRows(ctx context.Context, db *sql.DB, pragma string, max int) ([]string, error) {
	problems, err := pragmaRows(ctx, db, fmt.Sprintf("PRAGMA %s(%d)", pragma, max))
	if err == nil || !isCorrupt(err) {
		return problems, err
	}
	tables, terr := tableNames(ctx, db)
	if terr != nil {
		// The schema itself cannot be read: SQLite's word is all there is.
		return damaged(err)
	}
	problems = nil
	for _, name := range tables {
		found, err := pragmaRows(ctx, db, fmt.Sprintf("PRAGMA %s(%q)", pragma, name))
		if err != nil {
			if !isCorrupt(err) {
				return nil, err
			}
			found = []string{oneLine(err.Error())}
		}
		for _, f := range found {
			problems = append(problems, "table "+name+": "+f)
		}
	}
	if len(problems) == 0 {
		return damaged(err)
	}
	return problems, nil
}

// pragmaRows runs a check pragma and returns the rows that are not "ok".
func pragmaRows(ctx context.Context, db *sql.DB, query string) ([]string, error) {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		// SQLite heads its findings with the database's name; there is one.
		if s = strings.TrimPrefix(oneLine(s), "*** in database main *** "); s != "ok" {
			problems = append(problems, s)
		}
	}
	return problems, rows.Err()
}

// tableNames lists the file's tables, from its schema.
func tableNames(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// damaged turns an error saying the file is corrupt or not a database
// into that finding; any other error is returned as it is.
func damaged(err error) ([]string, error) {
	if isCorrupt(err) {
		return []string{oneLine(err.Error())}, nil
	}
	return nil, err
}

// isCorrupt reports whether err is SQLite saying the file is damaged.
func isCorrupt(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return true
	}
	return false
}

// asDamage makes err a DamageError if SQLite said the file is damaged.
func asDamage(err error) error {
	if isCorrupt(err) {
		return &DamageError{Problems: []string{oneLine(err.Error())}}
	}
	return err
}

// Check runs SQLite's full integrity_check on the store file at path,
// which also compares every index with its table, and returns what it
// found damaged: nothing for a sound file. It opens the file without
// migrating or checking it first, so a damaged store can be examined; it
// writes nothing.
func Check(ctx context.Context, path string) (problems []string, err error) {
	if IsPostgres(path) {
		return nil, fmt.Errorf("check store %s: a PostgreSQL store's pages are its server's to check (pg_amcheck)", RedactDB(path))
	}
	if err := checkPath(path); err != nil {
		return nil, fmt.Errorf("check store %s: %w", path, err)
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("check store %s: no store file there", path)
	}
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?mode=ro"+
		fmt.Sprintf("&_pragma=busy_timeout(%d)", busyTimeout.Milliseconds()))
	if err != nil {
		return nil, fmt.Errorf("check store %s: %w", path, err)
	}
	defer db.Close()
	problems, err = checkRows(ctx, db, "integrity_check", 100)
	if err != nil {
		return nil, fmt.Errorf("check store %s: %w", path, err)
	}
	return problems, nil
}
