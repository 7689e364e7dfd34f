package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
)

// CopyStats counts the rows Copy copied, by table.
type CopyStats map[string]int

// Copy copies every row of the store from into the store to, which must
// hold no document and no decision: documents, their places, blocks and
// facts, decisions, project ids, the reconciled records and what
// reconciling keeps beside them, so that to reads and writes on as from
// did, without reconciling anything again. Either store may be SQLite or
// PostgreSQL; both must be at the same schema version (Open sees to it).
// It runs in one transaction of to: a failed copy leaves it empty.
func Copy(ctx context.Context, from, to *Store) (CopyStats, error) {
	stats := CopyStats{}
	tables, err := from.tables(ctx)
	if err != nil {
		return nil, fmt.Errorf("copy store: %w", err)
	}
	// A read snapshot of from, so a copy taken while it is written to is
	// one state of it.
	src, err := from.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("copy store: %w", err)
	}
	defer src.Rollback()
	err = to.write(ctx, func(dst *sql.Tx, _ string) error {
		var n int
		if err := dst.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM decisions)`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%s is not empty: it holds documents or decisions", to.path)
		}
		for _, t := range tables {
			// Rows the migrations made (records_state's one row) are
			// replaced by from's.
			if _, err := dst.ExecContext(ctx, `DELETE FROM `+t); err != nil {
				return fmt.Errorf("%s: %w", t, err)
			}
			k, err := copyTable(ctx, src, dst, t, from.pg)
			if err != nil {
				return fmt.Errorf("%s: %w", t, err)
			}
			stats[t] = k
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("copy store %s to %s: %w", from.path, to.path, err)
	}
	return stats, nil
}

// tables lists the store's tables, those others refer to first, without
// schema_migrations (each store has its own).
func (s *Store) tables(ctx context.Context) ([]string, error) {
	q := `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if s.pg {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
			AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'river_%' AND table_name NOT LIKE 'dossier_%'`
	}
	names, err := queryStrings(ctx, s.db, q)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range names {
		if n != "schema_migrations" {
			out = append(out, n)
		}
	}
	// documents first: the tables with a foreign key refer to it.
	sort.Slice(out, func(i, j int) bool {
		if (out[i] == "documents") != (out[j] == "documents") {
			return out[i] == "documents"
		}
		return out[i] < out[j]
	})
	return out, nil
}

// copyTable copies table's rows in the order they were inserted (rowid,
// ctid on PostgreSQL), which orders ties among a document's places.
func copyTable(ctx context.Context, src, dst *sql.Tx, table string, fromPG bool) (int, error) {
	order := " ORDER BY rowid"
	if !fromPG {
		// A WITHOUT ROWID table has none: its primary key orders it.
		var withoutRowid int
		if err := src.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'`, table).Scan(&withoutRowid); err != nil {
			return 0, err
		}
		if withoutRowid > 0 {
			order = ""
		}
	}
	rows, err := src.QueryContext(ctx, `SELECT * FROM `+table+order)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, err
	}
	ins, err := dst.PrepareContext(ctx, `INSERT INTO `+table+` (`+strings.Join(cols, ", ")+`) VALUES (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")+`)`)
	if err != nil {
		return 0, err
	}
	defer ins.Close()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		if _, err := ins.ExecContext(ctx, vals...); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}
