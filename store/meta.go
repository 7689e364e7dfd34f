package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// DocumentMeta returns the metadata each document was stored with (a
// PDF's Author and Title, a web page's og:site_name…), by document id.
// Documents stored without any are left out. Reports name a source's
// publisher from it.
func (s *Store) DocumentMeta(ctx context.Context) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, meta FROM documents WHERE meta IS NOT NULL ORDER BY id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id, raw string
			if err := rows.Scan(&id, &raw); err != nil {
				return err
			}
			var m map[string]string
			if err := json.Unmarshal([]byte(raw), &m); err != nil {
				return fmt.Errorf("document %s: meta: %w", id, err)
			}
			if len(m) > 0 {
				out[id] = m
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read document metadata: %w", err)
	}
	return out, nil
}
