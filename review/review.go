// Package review turns a reviewer's choice on a reconciled field (candidate
// numbers as dossier diff shows them, or a typed value, with a note and a
// name) into a decision, and records it in the store. `dossier review` and
// `dossier serve` both decide through Put, so a decision made in the
// browser is stored exactly as one made in the terminal.
package review

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
	"github.com/dossier-dev/dossier/reconcile"
)

// Choice is what a reviewer decided on one field.
type Choice struct {
	// Candidates are candidate numbers as dossier diff shows them,
	// 1-based, separated by commas ("1,3"); a list field takes several.
	Candidates string
	// Value is a typed value in the form the field holds; a list field
	// takes members separated by ';'.
	Value string
	// Note says why; it is required.
	Note string
	// Reviewer names who decides; it is required.
	Reviewer string
	// Version is the version of the field the reviewer decided on
	// (store.FieldVersion of the record they saw). Given, and the store
	// able to compare (VersionPutter), a field that changed meanwhile is
	// not decided: the error wraps store.ErrFieldChanged and gives the
	// field's state now.
	Version string
}

// Limits on what a reviewer types, so a decision stays a line of history.
const (
	MaxNote     = 4000
	MaxReviewer = 200
	MaxValue    = 4000
)

// Errors a choice can be refused with, before its value is looked at.
var (
	ErrOneOf          = errors.New("give exactly one of a value and candidates")
	ErrNoteRequired   = errors.New("a note is required: say why")
	ErrNoReviewer     = errors.New("the reviewer's name is required")
	ErrNoField        = errors.New("no such field")
	ErrCandidatesOnly = errors.New("values of this field are chosen among its candidates")
)

// Putter is where decisions are recorded: *store.Store.
type Putter interface {
	PutDecision(ctx context.Context, d *dossier.Decision) error
}

// VersionPutter records a decision only if its field is still at the
// version the reviewer saw: *store.Store.
type VersionPutter interface {
	PutDecisionAt(ctx context.Context, d *dossier.Decision, version string) error
}

// Put decides field of p as c says and records the decision in st; it
// returns the decision with its id and time. An *InvalidError (from
// Decide) says what to correct; either way, on error nothing was stored.
func Put(ctx context.Context, st Putter, p *dossier.Project, field string, c Choice) (dossier.Decision, error) {
	d, err := Decide(p, field, c)
	if err != nil {
		return d, err
	}
	if vp, ok := st.(VersionPutter); ok && c.Version != "" {
		return d, vp.PutDecisionAt(ctx, &d, c.Version)
	}
	if err := st.PutDecision(ctx, &d); err != nil {
		return d, err
	}
	return d, nil
}

// InvalidError is a choice refused for what the reviewer gave (no note,
// no such candidate, a value that does not parse): nothing was stored, and
// the reviewer can correct it.
type InvalidError struct{ Err error }

func (e *InvalidError) Error() string { return e.Err.Error() }
func (e *InvalidError) Unwrap() error { return e.Err }

// Decide builds the decision c makes on field of p, without storing it;
// every error it returns is an *InvalidError.
func Decide(p *dossier.Project, field string, c Choice) (dossier.Decision, error) {
	d, err := decide(p, field, c)
	if err != nil {
		return dossier.Decision{}, &InvalidError{err}
	}
	return d, nil
}

func decide(p *dossier.Project, field string, c Choice) (dossier.Decision, error) {
	c.Candidates, c.Value = strings.TrimSpace(c.Candidates), strings.TrimSpace(c.Value)
	switch {
	case (c.Value == "") == (c.Candidates == ""):
		return dossier.Decision{}, ErrOneOf
	case strings.TrimSpace(c.Note) == "":
		return dossier.Decision{}, ErrNoteRequired
	case strings.TrimSpace(c.Reviewer) == "":
		return dossier.Decision{}, ErrNoReviewer
	case utf8.RuneCountInString(c.Note) > MaxNote:
		return dossier.Decision{}, fmt.Errorf("the note is longer than %d characters", MaxNote)
	case utf8.RuneCountInString(c.Reviewer) > MaxReviewer:
		return dossier.Decision{}, fmt.Errorf("the reviewer's name is longer than %d characters", MaxReviewer)
	case utf8.RuneCountInString(c.Value) > MaxValue:
		return dossier.Decision{}, fmt.Errorf("the value is longer than %d characters", MaxValue)
	}
	f, ok := p.Fields[field]
	if !ok {
		return dossier.Decision{}, fmt.Errorf("project %s has no field %q: %w", p.ID, field, ErrNoField)
	}
	d := dossier.Decision{Project: p.ID, Field: field, Reviewer: c.Reviewer, Note: c.Note,
		IsList: f.IsList || reconcile.IsListField(field)}
	var err error
	if c.Candidates != "" {
		err = fromCandidates(&d, f, c.Candidates)
	} else {
		err = fromValue(&d, f, c.Value)
	}
	return d, err
}

// fromCandidates takes the value of candidate numbers as diff shows them.
func fromCandidates(d *dossier.Decision, f dossier.Field, spec string) error {
	seen := map[int]bool{}
	for _, part := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 1 || n > len(f.Candidates) {
			return fmt.Errorf("no candidate %q (the field has %d)", part, len(f.Candidates))
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		v := f.Candidates[n-1].Value
		if d.IsList {
			d.List = append(d.List, v)
			continue
		}
		if strings.Contains(spec, ",") {
			return fmt.Errorf("the field holds one value: name one candidate")
		}
		d.Value = v
	}
	return nil
}

// maxDurationMonths bounds a duration a reviewer types: a century is
// longer than any project runs.
const maxDurationMonths = 1200

// fromValue parses a value the reviewer typed, in the form the field holds.
func fromValue(d *dossier.Decision, f dossier.Field, text string) error {
	kind := dossier.ValueText
	if len(f.Candidates) > 0 {
		kind = f.Candidates[0].Value.Kind
	}
	parse := func(s string) (dossier.Value, error) {
		s = strings.TrimSpace(s)
		switch {
		case d.Field == dossier.FieldStatus:
			st, ok := normalize.Status(s)
			if !ok {
				return dossier.Value{}, fmt.Errorf("%q is not a status (planned, ongoing, completed)", s)
			}
			return dossier.TextValue(st), nil
		case d.Field == dossier.FieldCountries:
			code, ok := normalize.CountryCode(s)
			if !ok {
				return dossier.Value{}, fmt.Errorf("%q is not a country", s)
			}
			return dossier.TextValue(code), nil
		case kind == dossier.ValueDate || d.Field == dossier.FieldStart || d.Field == dossier.FieldEnd:
			dt, err := normalize.ParseDate(s)
			if err != nil {
				return dossier.Value{}, err
			}
			return dossier.DateValue(dt), nil
		case kind == dossier.ValueMoney || d.Field == dossier.FieldBudget:
			m, _, err := normalize.ParseMoney(s)
			if err != nil {
				return dossier.Value{}, err
			}
			if err := dossier.CheckAmount(m.Amount); err != nil {
				return dossier.Value{}, fmt.Errorf("%q: %w", s, err)
			}
			return dossier.MoneyValue(m), nil
		case kind == dossier.ValueInt || d.Field == dossier.FieldDurationMonths:
			n, err := strconv.Atoi(s)
			if err != nil {
				return dossier.Value{}, fmt.Errorf("%q is not a whole number", s)
			}
			if d.Field == dossier.FieldDurationMonths && (n < 1 || n > maxDurationMonths) {
				return dossier.Value{}, fmt.Errorf("%q is not a duration: give 1 to %d months", s, maxDurationMonths)
			}
			if n < 0 {
				return dossier.Value{}, fmt.Errorf("%q is negative", s)
			}
			return dossier.IntValue(n), nil
		case kind == dossier.ValueText:
			return dossier.TextValue(s), nil
		}
		return dossier.Value{}, ErrCandidatesOnly
	}
	if !d.IsList {
		v, err := parse(text)
		d.Value = v
		return err
	}
	for _, part := range strings.Split(text, ";") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		v, err := parse(part)
		if err != nil {
			return err
		}
		d.List = append(d.List, v)
	}
	if len(d.List) == 0 {
		return fmt.Errorf("no member given: separate members with ';'")
	}
	return nil
}

// State says whether decision d is the one its field of p follows ("in
// force"), was superseded by a later one, or is disputed by a source
// ingested after it.
func State(p *dossier.Project, d dossier.Decision) string {
	f, ok := p.Fields[d.Field]
	switch {
	case !ok || f.Decision == nil || f.Decision.ID != d.ID:
		return "superseded"
	case f.Stale:
		return "disputed by a newer source"
	default:
		return "in force"
	}
}
