package review

import (
	"slices"
	"testing"

	"github.com/dossier-dev/dossier"
)

// TestSortedFields_NeedsReviewFirst: a reviewer sees the fields to decide
// first, then those a rule or a reviewer settled, the agreed ones last.
func TestSortedFields_NeedsReviewFirst(t *testing.T) {
	p := &dossier.Project{Fields: map[string]dossier.Field{
		"budget": {Status: dossier.StatusAgreed},
		"end":    {Status: dossier.StatusResolved},
		"status": {Status: dossier.StatusNeedsReview},
		"donors": {Status: dossier.StatusOverridden},
		"start":  {Status: dossier.StatusCompatible},
		"aims":   {Status: dossier.StatusAgreed},
	}}
	want := []string{"status", "end", "donors", "start", "aims", "budget"}
	if got := SortedFields(p); !slices.Equal(got, want) {
		t.Errorf("SortedFields = %v, want %v", got, want)
	}
}

// TestFieldValue_Lines: how a value reads on one line.
func TestFieldValue_Lines(t *testing.T) {
	two := []dossier.Value{dossier.TextValue("Canada"), dossier.TextValue("Japan")}
	for _, tt := range []struct {
		f    dossier.Field
		want string
	}{
		{dossier.Field{IsList: true, List: two}, "Canada; Japan"},
		{dossier.Field{IsList: true}, "(none)"},
		{dossier.Field{}, "(no value)"},
	} {
		if got := FieldValue(tt.f); got != tt.want {
			t.Errorf("FieldValue(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
	if got := DecisionValue(dossier.Decision{IsList: true, List: two}); got != "Canada; Japan" {
		t.Errorf("DecisionValue = %q", got)
	}
}
