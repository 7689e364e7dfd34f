package dossier

// Field names of facts. The first group are the export contract's fields;
// facts are atomic, so a list field (donors, countries) has one fact per
// member.
const (
	FieldTitle          = "title"
	FieldAliases        = "aliases"
	FieldIdentifiers    = "identifiers"
	FieldStart          = "start"
	FieldEnd            = "end"
	FieldDurationMonths = "duration_months"
	FieldBudget         = "budget"
	FieldContributions  = "contributions"
	FieldDonors         = "donors"
	FieldImplementer    = "implementer"
	FieldStatus         = "status"
	FieldCountries      = "countries"
	FieldRegions        = "regions"

	FieldPartners      = "partners"
	FieldTargetGroups  = "target_groups"
	FieldThematicFocus = "thematic_focus"
	FieldObjectives    = "objectives"
	FieldOutputs       = "outputs"
	FieldIndicators    = "indicators"
	FieldActivities    = "activities"
	FieldContacts      = "contacts"
	FieldKeyFigures    = "key_figures"
	FieldPredecessor   = "predecessor"
	FieldSuccessor     = "successor"
	// FieldHistory keeps what a document states as superseded or past
	// ("initially planned to close in 2016"), so it is not lost and not
	// taken for the current value.
	FieldHistory = "history"
)

// ContractFields are the fields the export contract reconciles, in the
// order the contract lists them.
var ContractFields = []string{
	FieldStart, FieldEnd, FieldDurationMonths, FieldBudget, FieldContributions,
	FieldDonors, FieldImplementer, FieldStatus, FieldCountries, FieldRegions,
}

// Fact is one thing a document states about a project, normalized, with
// where it came from.
type Fact struct {
	// Document is the ID of the document that states the fact.
	Document string `json:"document"`
	// Project is the project's name as the document gives it
	// ("CyberCrime@Octopus", "Octopus Project").
	Project string `json:"project"`
	Field   string `json:"field"`
	Value   Value  `json:"value"`
	// Raw is the text the value was normalized from.
	Raw string `json:"raw"`
	// Page is the 1-based PDF page, 0 for HTML.
	Page int `json:"page"`
	// Quote is the sentence, line or table cell that states the fact, as it
	// reads in the document.
	Quote string `json:"quote"`
	// Extractor names the rule that found the fact ("pair", "table",
	// "prose:duration").
	Extractor string `json:"extractor"`
	// Scope is empty when the fact is about the whole project, or names the
	// narrower thing it describes ("funding:Canada").
	Scope string `json:"scope,omitempty"`
}

// ScopeGiverPrefix opens a soft scope: "giver:Spain" marks a value read on
// the giver's own page, which may be its grant's window or sum rather than
// the project's. Unlike a narrower scope ("funding:Spain"), it stands as
// the project's value unless sources of the project disagree with it.
const ScopeGiverPrefix = "giver:"

// Project statuses, as the export contract names them.
const (
	ProjectPlanned   = "planned"
	ProjectOngoing   = "ongoing"
	ProjectCompleted = "completed"
)
