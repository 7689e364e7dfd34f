package dossier

import (
	"encoding/json"
	"time"
)

// Field statuses, as the export contract names them.
const (
	StatusAgreed      = "agreed"
	StatusCompatible  = "compatible"
	StatusResolved    = "resolved"
	StatusNeedsReview = "needs_review"
	StatusOverridden  = "overridden"
)

// Conflict causes, as the export contract names them.
const (
	CauseOutOfDate   = "out_of_date"
	CauseScope       = "scope"
	CauseUnexplained = "unexplained"
)

// Source is one place that states a candidate value.
type Source struct {
	Document string `json:"document"`
	// Page is the 1-based PDF page, nil for HTML.
	Page  *int   `json:"page"`
	Quote string `json:"quote"`
}

// Candidate is one distinct value for a field with every source that states it.
type Candidate struct {
	Value   Value    `json:"value"`
	Sources []Source `json:"sources"`
	// Chosen is set on the candidates the field's value is made of.
	Chosen bool `json:"chosen"`
	// Scope names what narrower thing the value describes, if any
	// ("funding:Canada").
	Scope string `json:"scope,omitempty"`
	// Cause says why a candidate that lost, lost.
	Cause string `json:"cause,omitempty"`
}

// Field is a reconciled field of a project: the chosen value, how it was
// chosen, and every candidate.
type Field struct {
	// Value is the chosen value; nil when no source states the field or no
	// rule may choose. List fields hold a list of values.
	Value      *Value      `json:"-"`
	List       []Value     `json:"-"`
	IsList     bool        `json:"-"`
	Status     string      `json:"status"`
	Rule       string      `json:"rule"`
	Cause      *string     `json:"cause"`
	Candidates []Candidate `json:"candidates"`
	// Decision is the reviewer's decision the field follows, if any;
	// Stale is set when a source ingested after it disagrees.
	Decision *Decision `json:"decision,omitempty"`
	Stale    bool      `json:"stale,omitempty"`
}

// MarshalJSON writes the contract's field object: value (a value, a list
// for list fields, or null), status, rule, cause and candidates.
func (f Field) MarshalJSON() ([]byte, error) {
	type plain Field
	var value any
	switch {
	case f.IsList:
		list := f.List
		if list == nil {
			list = []Value{}
		}
		value = list
	case f.Value != nil:
		value = *f.Value
	}
	cands := f.Candidates
	if cands == nil {
		cands = []Candidate{}
	}
	f.Candidates = cands
	return json.Marshal(struct {
		Value any `json:"value"`
		plain
	}{value, plain(f)})
}

// Project is the canonical record of one project.
type Project struct {
	// ID is a stable slug ("cybercrime-octopus").
	ID          string           `json:"id"`
	Title       string           `json:"title"`
	Aliases     []string         `json:"aliases"`
	Identifiers []Identifier     `json:"identifiers"`
	Predecessor *string          `json:"predecessor"`
	Successor   *string          `json:"successor"`
	Fields      map[string]Field `json:"fields"`
	// Documents are the ids of the documents that describe the project.
	Documents []string `json:"documents"`
}

// OpenReviews counts the fields that need a reviewer.
func (p Project) OpenReviews() int {
	n := 0
	for _, f := range p.Fields {
		if f.Status == StatusNeedsReview {
			n++
		}
	}
	return n
}

// Record is everything a report is made from: a reconciled project, the
// documents its values cite, and the projects it is related to.
type Record struct {
	Project   Project    `json:"project"`
	Documents []Document `json:"documents"`
	// Related holds the predecessor and successor records, when known.
	Related []Project `json:"related,omitempty"`
	// History is every decision reviewers made on the project, oldest first.
	History []Decision `json:"history,omitempty"`
}

// Decision is a reviewer's choice of a field's value.
type Decision struct {
	ID      int64  `json:"id"`
	Project string `json:"project"`
	Field   string `json:"field"`
	Value   Value  `json:"value"`
	// List is the chosen list, for list fields (donors, countries).
	List     []Value   `json:"list,omitempty"`
	IsList   bool      `json:"is_list,omitempty"`
	Reviewer string    `json:"reviewer"`
	Note     string    `json:"note"`
	Time     time.Time `json:"time"`
}
