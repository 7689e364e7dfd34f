package review

import (
	"sort"
	"strings"

	"github.com/dossier-dev/dossier"
)

// How a field and a decision are shown to a reviewer, the same in the
// terminal (dossier diff, history, review) and in the browser (dossier
// serve).

// statusOrder puts the fields a reviewer must look at first.
var statusOrder = map[string]int{
	dossier.StatusNeedsReview: 0, dossier.StatusResolved: 1, dossier.StatusOverridden: 2,
	dossier.StatusCompatible: 3, dossier.StatusAgreed: 4,
}

// SortedFields lists a project's field names, those needing review first,
// then those a rule or a reviewer settled, then the agreed ones; by name
// within each.
func SortedFields(p *dossier.Project) []string {
	names := make([]string, 0, len(p.Fields))
	for n := range p.Fields {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := p.Fields[names[i]], p.Fields[names[j]]
		if statusOrder[a.Status] != statusOrder[b.Status] {
			return statusOrder[a.Status] < statusOrder[b.Status]
		}
		return names[i] < names[j]
	})
	return names
}

// FieldValue is a field's chosen value as one line: a list's members
// joined by "; ", "(none)" for an empty list, "(no value)" where no value
// was chosen.
func FieldValue(f dossier.Field) string {
	if f.IsList {
		if len(f.List) == 0 {
			return "(none)"
		}
		return joinValues(f.List)
	}
	if f.Value == nil {
		return "(no value)"
	}
	return f.Value.String()
}

// DecisionValue is a decision's value as one line.
func DecisionValue(d dossier.Decision) string {
	if !d.IsList {
		return d.Value.String()
	}
	return joinValues(d.List)
}

func joinValues(vs []dossier.Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.String()
	}
	return strings.Join(parts, "; ")
}
