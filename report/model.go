package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// sourceList numbers the documents a report cites: [n] is the n-th entry of
// the report's Sources section.
type sourceList struct {
	entries []sourceEntry
	number  map[string]int // document ID to its 1-based number
}

// sourceEntry is one document in the Sources section. A document a value
// cites that the record does not carry is listed by its ID alone.
type sourceEntry struct {
	doc   dossier.Document
	known bool
}

// newSourceList numbers rec's documents in the order the record gives them,
// then any document a candidate cites that the record lacks, in field-name
// order, so that the numbers never depend on map order.
func newSourceList(rec dossier.Record) *sourceList {
	s := &sourceList{number: map[string]int{}}
	for _, d := range rec.Documents {
		if _, dup := s.number[d.ID]; dup {
			continue
		}
		s.entries = append(s.entries, sourceEntry{doc: d, known: true})
		s.number[d.ID] = len(s.entries)
	}
	for _, key := range sortedKeys(rec.Project.Fields) {
		for _, c := range rec.Project.Fields[key].Candidates {
			for _, src := range c.Sources {
				if _, ok := s.number[src.Document]; ok || src.Document == "" {
					continue
				}
				s.entries = append(s.entries, sourceEntry{doc: dossier.Document{ID: src.Document}})
				s.number[src.Document] = len(s.entries)
			}
		}
	}
	return s
}

// add numbers a document of another project's record that this report
// cites (a peer's source of a shared contribution), after the record's
// own; known is false when only its ID is at hand.
func (s *sourceList) add(d dossier.Document, known bool) {
	if n, ok := s.number[d.ID]; ok {
		if known && !s.entries[n-1].known {
			s.entries[n-1] = sourceEntry{doc: d, known: true}
		}
		return
	}
	s.entries = append(s.entries, sourceEntry{doc: d, known: known})
	s.number[d.ID] = len(s.entries)
}

// document is the listed document with id.
func (s *sourceList) document(id string) (dossier.Document, bool) {
	n, ok := s.number[id]
	if !ok || !s.entries[n-1].known {
		return dossier.Document{}, false
	}
	return s.entries[n-1].doc, true
}

// refs returns the sorted, distinct numbers of the documents srcs cite.
func (s *sourceList) refs(srcs []dossier.Source) []int {
	var out []int
	for _, src := range srcs {
		if n, ok := s.number[src.Document]; ok {
			out = append(out, n)
		}
	}
	sort.Ints(out)
	return compactInts(out)
}

func compactInts(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func sortedKeys(fields map[string]dossier.Field) []string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// cited is a value as the report prints it, with the sources it came from.
type cited struct {
	value dossier.Value
	text  string
	refs  []int
	srcs  []dossier.Source // the sources refs number
	// reviewer is set when the value has no document behind it because a
	// reviewer entered it.
	reviewer bool
}

// citedSingle returns a single-valued field's chosen value with the sources
// of the candidates it was made of; ok is false when the field is missing
// or has no value.
func (s *sourceList) citedSingle(key string, f dossier.Field) (cited, bool) {
	if f.Value == nil {
		return cited{}, false
	}
	v := *f.Value
	var srcs []dossier.Source
	k := v.Key()
	for _, c := range f.Candidates {
		if c.Chosen || c.Value.Key() == k {
			srcs = append(srcs, c.Sources...)
		}
	}
	refs := s.refs(srcs)
	return cited{value: v, text: display(key, v), refs: refs, srcs: srcs, reviewer: len(refs) == 0 && f.Decision != nil}, true
}

// citedList returns a list field's members, each with the sources of the
// candidate that states it. It indexes the candidates once, so a list of
// n members costs O(n), not O(n²): a cell naming 10,000 funders made
// 10,000 candidates, and comparing each member with each of them took 90%
// of a 93 s render.
func (s *sourceList) citedList(key string, f dossier.Field) []cited {
	list := f.List
	if !f.IsList && f.Value != nil {
		list = []dossier.Value{*f.Value}
	}
	byKey := make(map[string][]dossier.Source, len(f.Candidates))
	for _, c := range f.Candidates {
		k := c.Value.Key()
		byKey[k] = append(byKey[k], c.Sources...)
	}
	var byText map[string][]dossier.Source // built only when needed
	fold := cases.Fold()                   // compares as strings.EqualFold does; a Caser is not shared
	out := make([]cited, 0, len(list))
	for _, v := range list {
		text := display(key, v)
		srcs := byKey[v.Key()]
		if len(srcs) == 0 {
			// The same member written another way ("USA", "United States").
			if byText == nil {
				byText = map[string][]dossier.Source{}
				for _, c := range f.Candidates {
					if c.Chosen {
						t := fold.String(display(key, c.Value))
						byText[t] = append(byText[t], c.Sources...)
					}
				}
			}
			srcs = byText[fold.String(text)]
		}
		refs := s.refs(srcs)
		out = append(out, cited{value: v, text: text, refs: refs, srcs: srcs, reviewer: len(refs) == 0 && f.Decision != nil})
	}
	return out
}

// fieldLabels name fields for people.
var fieldLabels = map[string]string{
	dossier.FieldTitle:          "Title",
	dossier.FieldAliases:        "Other names",
	dossier.FieldIdentifiers:    "Identifiers",
	dossier.FieldStart:          "Start date",
	dossier.FieldEnd:            "End date",
	dossier.FieldDurationMonths: "Duration",
	dossier.FieldBudget:         "Budget",
	dossier.FieldContributions:  "Contributions",
	dossier.FieldDonors:         "Donors",
	dossier.FieldImplementer:    "Implementer",
	dossier.FieldStatus:         "Status",
	dossier.FieldCountries:      "Target countries",
	dossier.FieldRegions:        "Target regions",
	dossier.FieldPartners:       "Partners",
	dossier.FieldTargetGroups:   "Target groups",
	dossier.FieldThematicFocus:  "Thematic focus",
	dossier.FieldObjectives:     "Objectives",
	dossier.FieldOutputs:        "Outputs",
	dossier.FieldIndicators:     "Indicators",
	dossier.FieldActivities:     "Activities",
	dossier.FieldContacts:       "Contacts",
	dossier.FieldKeyFigures:     "Key figures",
	dossier.FieldPredecessor:    "Predecessor",
	dossier.FieldSuccessor:      "Successor",
	dossier.FieldHistory:        "Earlier statements",
}

// fieldLabel names a field for people: its label, or its key in words.
func fieldLabel(key string) string {
	if l, ok := fieldLabels[key]; ok {
		return l
	}
	return capitalize(strings.ReplaceAll(key, "_", " "))
}

// fieldOrder is the order fields are discussed in: the contract's fields,
// then the others as the report's sections meet them, then the rest by name.
var fieldOrder = append(append([]string{dossier.FieldTitle, dossier.FieldAliases, dossier.FieldIdentifiers},
	dossier.ContractFields...),
	dossier.FieldPartners, dossier.FieldTargetGroups, dossier.FieldThematicFocus,
	dossier.FieldObjectives, dossier.FieldOutputs, dossier.FieldIndicators, dossier.FieldActivities,
	dossier.FieldKeyFigures, dossier.FieldContacts, dossier.FieldPredecessor, dossier.FieldSuccessor,
	dossier.FieldHistory)

// orderedFields returns the keys of fields in fieldOrder, then the rest
// sorted by name.
func orderedFields(fields map[string]dossier.Field) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range fieldOrder {
		if _, ok := fields[k]; ok && !seen[k] {
			out = append(out, k)
			seen[k] = true
		}
	}
	for _, k := range sortedKeys(fields) {
		if !seen[k] {
			out = append(out, k)
		}
	}
	return out
}

// display gives a value of a field as a person reads it: country names for
// codes, "84 months" for a duration.
func display(field string, v dossier.Value) string {
	switch {
	case field == dossier.FieldCountries && v.Kind == dossier.ValueText:
		if name := normalize.CountryName(v.Text); name != "" {
			return name
		}
		return v.Text
	case field == dossier.FieldStatus && v.Kind == dossier.ValueText:
		return capitalize(v.Text)
	case field == dossier.FieldDurationMonths && v.Kind == dossier.ValueInt:
		if v.Int == 1 {
			return "1 month"
		}
		return fmt.Sprintf("%d months", v.Int)
	case v.Kind == dossier.ValueQuantity:
		if v.Text != "" {
			return v.Text
		}
		if v.Quantity != nil {
			return strings.TrimSpace(quantityFigure(*v.Quantity) + " " + v.Quantity.Unit)
		}
		return ""
	case v.Kind == dossier.ValueMoney && v.Money != nil && v.Money.Qualifier == dossier.QualifierTotal:
		return v.Money.Currency + " " + dossier.FormatAmount(v.Money.Amount)
	}
	return v.String()
}

// quantityFigure is a quantity's number with its qualifier: "over 2,000".
func quantityFigure(q dossier.Quantity) string {
	n := dossier.FormatAmount(q.Amount)
	switch q.Qualifier {
	case dossier.QuantityUpTo:
		return "up to " + n
	case dossier.QuantityAtLeast:
		return "at least " + n
	case dossier.QuantityOver:
		return "over " + n
	case dossier.QuantityAbout:
		return "about " + n
	}
	return n
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// statusTags are the labels of field statuses.
var statusTags = map[string]struct {
	text string
	col  rgb
}{
	dossier.StatusAgreed:      {"AGREED", colGreen},
	dossier.StatusCompatible:  {"COMPATIBLE", colGreen},
	dossier.StatusResolved:    {"RESOLVED BY RULE", colRef},
	dossier.StatusNeedsReview: {"NEEDS REVIEW", colRed},
	dossier.StatusOverridden:  {"DECIDED BY REVIEWER", colPurple},
}

// statusTag is the tag for a field status.
func statusTag(status string) span {
	t, ok := statusTags[status]
	if !ok {
		return tagSpan(strings.ToUpper(strings.ReplaceAll(status, "_", " ")), colMuted)
	}
	return tagSpan(t.text, t.col)
}

// causeText says in words why sources differ.
func causeText(cause string) string {
	switch cause {
	case dossier.CauseOutOfDate:
		return "an older source is out of date"
	case dossier.CauseScope:
		return "a source describes something narrower than the whole project"
	case dossier.CauseUnexplained:
		return "the sources disagree and no reason is known"
	}
	return strings.ReplaceAll(cause, "_", " ")
}

// scopeText says in words what a scoped value describes: "funding:Canada"
// is "Canada's funding".
func scopeText(scope string) string {
	kind, what, ok := strings.Cut(scope, ":")
	if !ok {
		return scope
	}
	switch kind {
	case "funding":
		return possessive(what) + " funding"
	}
	return strings.ReplaceAll(kind, "_", " ") + " of " + what
}

// possessive is "Canada's", "Philippines'".
func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "\u2019"
	}
	return s + "\u2019s"
}

// donorKey is what two names of one donor share: "USA" and "the United
// States" give the same key.
func donorKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(normalize.OrganisationName(s)), " "))
}

// sameDonor reports whether a and b name the same donor.
func sameDonor(a, b string) bool {
	ka := donorKey(a)
	return ka != "" && ka == donorKey(b)
}

// scopedTo reports whether a candidate's scope is donor's funding.
func scopedTo(scope, donor string) bool {
	kind, what, ok := strings.Cut(scope, ":")
	return ok && kind == "funding" && sameDonor(what, donor)
}

// shortID is a document ID cut to "sha256:" and 12 hex digits.
func shortID(id string) string {
	algo, hex, ok := strings.Cut(id, ":")
	if !ok {
		if len(id) > 12 {
			return id[:12]
		}
		return id
	}
	if len(hex) > 12 {
		hex = hex[:12]
	}
	return algo + ":" + hex
}
