package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5/stdlib"
)

// The store's SQL is written once, in SQLite's dialect. On PostgreSQL a
// thin database/sql driver (pgDriverName) rewrites each statement the
// first time it sees it, so every query in this package is shared by both
// backends and a new query needs no second copy: placeholders become $n,
// INSERT OR IGNORE/REPLACE become ON CONFLICT upserts, and the few
// functions whose names differ are renamed. Migrations are translated the
// same way (pgSchema). Write transactions take one advisory lock, so that
// writers on several machines take turns as SQLite's writers do.

// pgDriverName is the database/sql driver the PostgreSQL backend opens.
const pgDriverName = "dossier-pgx"

func init() {
	sql.Register(pgDriverName, pgDriver{stdlib.GetDefaultDriver()})
}

// IsPostgres reports whether a --db value names a PostgreSQL database
// rather than a SQLite file.
func IsPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Backend names the kind of database the store is in: "sqlite" or
// "postgres".
func (s *Store) Backend() string {
	if s.pg {
		return "postgres"
	}
	return "sqlite"
}

// writeLockKey is the advisory lock every write transaction holds on
// PostgreSQL: one writer at a time across every process and machine, as
// SQLite's BEGIN IMMEDIATE gives on one. Reconciling a write reads and
// rewrites the groups of projects it touches, which a concurrent writer
// could regroup under it; holding the lock makes each write see the last
// one's result. Parsing and extracting, the costly part of ingest, run
// outside it.
const writeLockKey = 0x646f7373696572 // "dossier"

type pgDriver struct{ base driver.Driver }

func (d pgDriver) Open(name string) (driver.Conn, error) {
	c, err := d.base.Open(name)
	if err != nil {
		return nil, err
	}
	return &pgConn{c}, nil
}

// pgConn rewrites each statement before pgx's connection sees it.
type pgConn struct{ driver.Conn }

func (c *pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, pgQuery(query))
	if err != nil {
		return nil, err
	}
	return pgStmt{st}, nil
}

func (c *pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, pgQuery(query), args)
}

func (c *pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	rows, err := c.Conn.(driver.QueryerContext).QueryContext(ctx, pgQuery(query), args)
	if err != nil {
		return nil, err
	}
	return pgRows{rows}, nil
}

type pgStmt struct{ driver.Stmt }

func (s pgStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s pgStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	rows, err := s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		return nil, err
	}
	return pgRows{rows}, nil
}

// nulMark stands for NUL in text on PostgreSQL, whose text cannot hold
// one: the store's link tokens join a scheme and an identifier with NUL.
// A noncharacter, which no text the store keeps is meant to hold.
const nulMark = "\uFFFF"

// pgRows gives back the NULs CheckNamedValue replaced.
type pgRows struct{ driver.Rows }

func (r pgRows) Next(dest []driver.Value) error {
	if err := r.Rows.Next(dest); err != nil {
		return err
	}
	for i, v := range dest {
		if s, ok := v.(string); ok && strings.Contains(s, nulMark) {
			dest[i] = strings.ReplaceAll(s, nulMark, "\x00")
		}
	}
	return nil
}

// BeginTx begins a read-only transaction as one snapshot (REPEATABLE
// READ: the store's reads expect one, as SQLite gives), and a write
// transaction holding writeLockKey.
func (c *pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if opts.ReadOnly && opts.Isolation == driver.IsolationLevel(sql.LevelDefault) {
		opts.Isolation = driver.IsolationLevel(sql.LevelRepeatableRead)
	}
	tx, err := c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
	if err != nil || opts.ReadOnly {
		return tx, err
	}
	if _, err := c.Conn.(driver.ExecerContext).ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`,
		[]driver.NamedValue{{Ordinal: 1, Value: int64(writeLockKey)}}); err != nil {
		_ = tx.Rollback()
		return nil, fmt.Errorf("write lock: %w", err)
	}
	return tx, nil
}

func (c *pgConn) Ping(ctx context.Context) error { return c.Conn.(driver.Pinger).Ping(ctx) }

// CheckNamedValue passes a bool as 0 or 1 (the store keeps flags in
// integer columns, as SQLite has no boolean type) and a text's NULs as
// nulMark.
func (c *pgConn) CheckNamedValue(v *driver.NamedValue) error {
	switch x := v.Value.(type) {
	case bool:
		v.Value = int64(0)
		if x {
			v.Value = int64(1)
		}
	case string:
		if strings.IndexByte(x, 0) >= 0 {
			v.Value = strings.ReplaceAll(x, "\x00", nulMark)
		}
	}
	return c.Conn.(driver.NamedValueChecker).CheckNamedValue(v)
}

func (c *pgConn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *pgConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

var pgQueries sync.Map // SQLite-dialect query → PostgreSQL query

// pgQuery is query in PostgreSQL's dialect, rewritten once and kept.
func pgQuery(query string) string {
	if q, ok := pgQueries.Load(query); ok {
		return q.(string)
	}
	q := translate(query)
	pgQueries.Store(query, q)
	return q
}

// replaceKeys are the conflict targets of the tables the store writes with
// INSERT OR REPLACE: their primary keys, the only unique constraint each
// has, so the upsert replaces what SQLite's REPLACE would.
var replaceKeys = map[string][]string{
	"projects":     {"id"},
	"project_keys": {"key"},
}

var (
	reInsertOr = regexp.MustCompile(`(?is)^(\s*)INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*\(([^)]*)\)`)
	reRowid    = regexp.MustCompile(`\browid\b`)
	reGroupCat = regexp.MustCompile(`(?i)\bgroup_concat\(`)
	reChar     = regexp.MustCompile(`(?i)\bchar\((\d+)\)`)
	reCrossOn  = regexp.MustCompile(`(?i)\bCROSS\s+JOIN(\s+\w+(?:\s+\w+)?\s+ON\b)`)
)

// translate rewrites one statement of the store's SQLite dialect for
// PostgreSQL. It knows only the forms this package writes; a test runs the
// whole store suite through it.
func translate(q string) string {
	if m := reInsertOr.FindStringSubmatchIndex(q); m != nil {
		table := q[m[6]:m[7]]
		cols := strings.Split(q[m[8]:m[9]], ",")
		head := q[m[2]:m[3]] + "INSERT INTO " + table + " (" + q[m[8]:m[9]] + ")"
		rest := strings.TrimRight(strings.TrimSpace(q[m[1]:]), ";")
		var tail string
		if strings.EqualFold(q[m[4]:m[5]], "IGNORE") {
			tail = " ON CONFLICT DO NOTHING"
		} else {
			keys := replaceKeys[table]
			var set []string
			for _, c := range cols {
				c = strings.TrimSpace(c)
				if !containsString(keys, c) {
					set = append(set, c+" = excluded."+c)
				}
			}
			tail = " ON CONFLICT (" + strings.Join(keys, ", ") + ") DO UPDATE SET " + strings.Join(set, ", ")
		}
		q = head + " " + rest + tail
	}
	q = aliasSubqueries(q)
	q = reRowid.ReplaceAllString(q, "ctid")
	q = reGroupCat.ReplaceAllString(q, "string_agg(")
	q = reChar.ReplaceAllString(q, "chr($1)")
	// SQLite takes CROSS JOIN … ON as a join whose order it keeps.
	q = reCrossOn.ReplaceAllString(q, "JOIN$1")
	return placeholders(q)
}

// aliasSubqueries names each subquery in a FROM clause that has no name:
// PostgreSQL before 16 requires one, SQLite does not.
func aliasSubqueries(q string) string {
	upper := strings.ToUpper(q)
	var b strings.Builder
	last, n := 0, 0
	for i := 0; ; {
		j := strings.Index(upper[i:], "FROM (")
		if j < 0 {
			break
		}
		open := i + j + len("FROM ")
		end := matchParen(q, open)
		if end < 0 {
			break
		}
		i = open + 1
		rest := strings.TrimLeft(q[end+1:], " \t\n")
		word := rest
		if k := strings.IndexAny(rest, " \t\n,)"); k >= 0 {
			word = rest[:k]
		}
		switch strings.ToUpper(word) {
		case "", "WHERE", "GROUP", "ORDER", "LIMIT", "UNION", "JOIN", "LEFT", "INNER", "CROSS", "ON":
			n++
			b.WriteString(q[last : end+1])
			b.WriteString(" AS sub" + strconv.Itoa(n))
			last = end + 1
		}
	}
	b.WriteString(q[last:])
	return b.String()
}

// matchParen returns the index of the parenthesis closing the one at
// open, or -1.
func matchParen(q string, open int) int {
	depth := 0
	var quote byte
	for i := open; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// placeholders numbers each ? outside quotes: $1, $2…; ?NNN is $NNN.
func placeholders(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?' && i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9':
			b.WriteByte('$') // ?NNN, numbered already
			continue
		case c == '?':
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

var (
	reComment  = regexp.MustCompile(`--[^\n]*`)
	reStrict   = regexp.MustCompile(`(?i)\)\s*STRICT\s*(,\s*WITHOUT\s+ROWID\s*)?;`)
	reRowidPK  = regexp.MustCompile(`(?i)\bINTEGER\s+PRIMARY\s+KEY\b`)
	reInteger  = regexp.MustCompile(`(?i)\bINTEGER\b`)
	reReal     = regexp.MustCompile(`(?i)\bREAL\b`)
	reBlob     = regexp.MustCompile(`(?i)\bBLOB\b`)
	reTextType = regexp.MustCompile(`\bTEXT\b`)
)

// pgSchema translates a migration written for SQLite. Integers are 64-bit
// as SQLite's are; an INTEGER PRIMARY KEY, SQLite's rowid, numbers itself;
// text compares byte by byte (COLLATE "C"), as SQLite's BINARY does, so
// every ORDER BY gives the same order on both backends whatever the
// server's locale.
func pgSchema(sql string) string {
	s := reComment.ReplaceAllString(sql, "")
	s = reStrict.ReplaceAllString(s, ");")
	s = rowidTriggers(s)
	s = reInteger.ReplaceAllString(s, "BIGINT")
	s = reReal.ReplaceAllString(s, "DOUBLE PRECISION")
	s = reBlob.ReplaceAllString(s, "BYTEA")
	s = reTextType.ReplaceAllString(s, `TEXT COLLATE "C"`)
	return s
}

var (
	reCreateTable = regexp.MustCompile(`(?is)CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\((.*?)\)\s*;`)
	reRowidCol    = regexp.MustCompile(`(?i)(\w+)\s+INTEGER\s+PRIMARY\s+KEY\b`)
)

// rowidTriggers gives each table's INTEGER PRIMARY KEY what SQLite's
// rowid does: a row inserted without it gets one more than the largest
// (writes take turns, see writeLockKey), and one inserted with it keeps
// it. An identity column would not: its sequence ignores given values.
func rowidTriggers(schema string) string {
	return reCreateTable.ReplaceAllStringFunc(schema, func(stmt string) string {
		m := reCreateTable.FindStringSubmatch(stmt)
		c := reRowidCol.FindStringSubmatch(m[2])
		if c == nil {
			return stmt
		}
		table, col := m[1], c[1]
		stmt = reRowidPK.ReplaceAllString(stmt, "BIGINT PRIMARY KEY")
		return stmt + "\nCREATE FUNCTION " + table + "_rowid() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW." + col +
			" IS NULL THEN SELECT coalesce(max(" + col + "), 0) + 1 INTO NEW." + col + " FROM " + table +
			"; END IF; RETURN NEW; END $$;\nCREATE TRIGGER " + table + "_rowid BEFORE INSERT ON " + table +
			" FOR EACH ROW EXECUTE FUNCTION " + table + "_rowid();"
	})
}

// errNotPostgres is returned for a PostgreSQL-only operation on SQLite.
var errNotPostgres = errors.New("not a PostgreSQL store")
