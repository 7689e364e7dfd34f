package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dossier-dev/dossier"
)

// Put is one document to store with PutDocuments, and its facts.
type Put struct {
	Doc   *dossier.Document
	Facts []dossier.Fact
}

// PutResult says how one document of PutDocuments went: Added as
// PutDocument's added, or Err, that document's failure.
type PutResult struct {
	Added bool
	Err   error
}

// PutDocuments stores several documents as PutDocument stores each, in one
// transaction: a commit and a reconciliation of the projects they touch
// for all of them, not one per document, which is most of what storing a
// document costs. Each document is still all or nothing: one whose writes
// fail is rolled back alone (a savepoint each) and its result says why,
// the others are stored. A crash before the commit stores none of them,
// as it would have lost the one being stored; a re-run reads them again.
//
// The error is for the batch, when reconciling or committing it failed:
// nothing is stored then, and the caller stores the documents one by one
// (PutDocument), so that a document that breaks reconciling fails alone.
func (s *Store) PutDocuments(ctx context.Context, puts []Put) ([]PutResult, error) {
	res := make([]PutResult, len(puts))
	ps := make([]put, len(puts))
	ok := make([]bool, len(puts))
	for i, p := range puts {
		if p.Doc == nil {
			res[i].Err = errors.New("put document: nil document")
			continue
		}
		if p.Doc.Error != "" {
			res[i].Err = fmt.Errorf("put document %s: it failed (%s); record it with PutFailure", p.Doc.ID, p.Doc.Error)
			continue
		}
		var err error
		if ps[i], err = encodePut(p.Doc, p.Facts); err != nil {
			res[i].Err = err
			continue
		}
		ok[i] = true
	}
	err := s.write(ctx, func(tx *sql.Tx, now string) error {
		var added []string
		for i := range ps {
			if !ok[i] {
				continue
			}
			a, docErr, err := s.putInSavepoint(ctx, tx, now, ps[i])
			if err != nil {
				return err
			}
			if docErr != nil {
				res[i].Err = fmt.Errorf("put document %s: %w", ps[i].doc.ID, docErr)
				continue
			}
			res[i].Added = a
			if a {
				added = append(added, ps[i].doc.ID)
			}
		}
		if len(added) == 0 {
			return nil
		}
		return s.reconcileIn(ctx, tx, now, added, nil)
	})
	if err != nil {
		return nil, fmt.Errorf("put %d documents: %w", len(puts), err)
	}
	return res, nil
}

// putInSavepoint is putIn inside a savepoint, rolled back if it fails, so
// a failed document leaves nothing in the batch's transaction: docErr is
// that document's failure. err is the transaction's, when the savepoint
// itself could not be made or undone: the batch must end.
func (s *Store) putInSavepoint(ctx context.Context, tx *sql.Tx, now string, p put) (added bool, docErr, err error) {
	if _, err := s.txExec(ctx, tx, `SAVEPOINT put_document`); err != nil {
		return false, nil, fmt.Errorf("savepoint: %w", err)
	}
	added, docErr = s.putIn(ctx, tx, now, p)
	if docErr != nil {
		if _, err := s.txExec(ctx, tx, `ROLLBACK TO put_document`); err != nil {
			return false, nil, fmt.Errorf("roll back %s: %w (after: %v)", p.doc.ID, err, docErr)
		}
		added = false
	}
	if _, err := s.txExec(ctx, tx, `RELEASE put_document`); err != nil {
		return false, nil, fmt.Errorf("release savepoint: %w", err)
	}
	return added, docErr, nil
}

// ReplaceManyFacts is ReplaceFacts for several documents (facts[i] are
// ids[i]'s) in one transaction and one reconciliation: all of them are
// replaced, or none.
func (s *Store) ReplaceManyFacts(ctx context.Context, ids []string, facts [][]dossier.Fact) error {
	if len(ids) != len(facts) {
		return fmt.Errorf("replace facts: %d documents, %d lists of facts", len(ids), len(facts))
	}
	frows := make([][]factRow, len(ids))
	for i, id := range ids {
		var err error
		if frows[i], err = encodeFacts(id, facts[i]); err != nil {
			return fmt.Errorf("replace facts of %s: %w", id, err)
		}
	}
	return s.write(ctx, func(tx *sql.Tx, now string) error {
		for i, id := range ids {
			if err := s.replaceIn(ctx, tx, id, frows[i], NoProject(facts[i])); err != nil {
				return err
			}
		}
		if len(ids) == 0 {
			return nil
		}
		return s.reconcileIn(ctx, tx, now, ids, nil)
	})
}
