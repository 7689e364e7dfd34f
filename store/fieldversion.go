package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
)

// Concurrent reviewers: a field's version is a digest of its reconciled
// state (value, status, rule, candidates and their sources, the decision
// that holds). A reviewer decides on the version they saw; the store
// compares it, in the write transaction that records the decision, with
// the field as stored, so of two reviewers deciding one field at once the
// first wins and the second is told the field changed, with its new state.
// A digest rather than a counter: a new document that changes the
// candidates changes the version too, and no column needs keeping.

// FieldVersion is the version of field in p, "" if p has no such field.
func FieldVersion(p *dossier.Project, field string) string {
	f, ok := p.Fields[field]
	if !ok {
		return ""
	}
	b, err := json.Marshal(toStoredField(f))
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// ErrFieldChanged is wrapped by the error PutDecisionAt returns when the
// field is no longer at the version the reviewer saw.
var ErrFieldChanged = errors.New("the field changed since it was read")

// FieldChangedError says which field changed and gives its state now.
type FieldChangedError struct {
	Project, Field string
	// Project is the project's record now (nil if it is gone, merged into
	// another), Version its field's version.
	Now     *dossier.Project
	Version string
}

func (e *FieldChangedError) Error() string {
	return fmt.Sprintf("%s of %s changed since it was read (another reviewer's decision or a new document): look at it again and decide on what it says now",
		e.Field, e.Project)
}

func (e *FieldChangedError) Unwrap() error { return ErrFieldChanged }

// PutDecisionAt is PutDecision if the decision's field is still at
// version, as FieldVersion gave it from the record the reviewer saw; else
// it stores nothing and returns a *FieldChangedError.
func (s *Store) PutDecisionAt(ctx context.Context, d *dossier.Decision, version string) error {
	return s.putDecision(ctx, d, func(tx *sql.Tx) error {
		// Records made by other rules are not what the reviewer saw
		// (reads reconcile those in memory): nothing to compare with, and
		// this write rebuilds them.
		if rules, err := recordsRules(ctx, tx); err != nil || rules != reconcile.Version {
			return err
		}
		p, err := readProject(ctx, tx, d.Project)
		if errors.Is(err, ErrNoProject) {
			return &FieldChangedError{Project: d.Project, Field: d.Field}
		}
		if err != nil {
			return err
		}
		if v := FieldVersion(p, d.Field); v != version {
			return &FieldChangedError{Project: d.Project, Field: d.Field, Now: p, Version: v}
		}
		return nil
	})
}
