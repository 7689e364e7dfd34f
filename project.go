package dossier

import "time"

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
}

// Decision is a reviewer's choice of a field's value.
type Decision struct {
	Project  string    `json:"project"`
	Field    string    `json:"field"`
	Value    Value     `json:"value"`
	Reviewer string    `json:"reviewer"`
	Note     string    `json:"note"`
	Time     time.Time `json:"time"`
}
