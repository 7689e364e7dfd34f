package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Version is a fingerprint of what reconciliation reads from the store:
// the documents (how many, the latest time one was stored or read again),
// the places they were read from, and the reviewers' decisions. Two reads
// that give the same Version reconcile to the same projects, so a
// long-running reader (dossier serve) reconciles again only when it
// changes, whichever process wrote. Project ids are left out: reconciling
// writes them itself, and they follow from the rest.
type Version struct {
	Documents    int64
	LastIngested string
	Sources      int64
	Decisions    int64
	LastDecision int64
}

// Version reads the store's Version in one read-only query.
func (s *Store) Version(ctx context.Context) (Version, error) {
	var v Version
	err := s.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM documents),
			(SELECT coalesce(max(ingested_at), '') FROM documents),
			(SELECT count(*) FROM document_sources),
			(SELECT count(*) FROM decisions),
			(SELECT coalesce(max(id), 0) FROM decisions)`).
			Scan(&v.Documents, &v.LastIngested, &v.Sources, &v.Decisions, &v.LastDecision)
	})
	if err != nil {
		return Version{}, fmt.Errorf("read store version: %w", err)
	}
	return v, nil
}
