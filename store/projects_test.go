package store

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// TestDecisions_KeptInOrderWithTheirValues: scalar and list decisions read
// back as they were made, oldest first, with the store's time.
func TestDecisions_KeptInOrderWithTheirValues(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	d1 := dossier.Decision{Project: "cybercrime-octopus", Field: "end",
		Value: dossier.DateValue(dossier.Date{Year: 2020, Month: 12, Day: 31, Precision: dossier.PrecisionDay}), Reviewer: "Ana", Note: "extended"}
	d2 := dossier.Decision{Project: "cybercrime-octopus", Field: "donors", IsList: true,
		List: []dossier.Value{dossier.TextValue("Canada"), dossier.TextValue("Japan")}, Reviewer: "Ben", Note: "per the 2020 list"}
	d3 := dossier.Decision{Project: "octopus-project", Field: "status", Value: dossier.TextValue("ongoing"), Reviewer: "Ana", Note: "brochure 2025"}
	for _, d := range []*dossier.Decision{&d1, &d2, &d3} {
		if err := s.PutDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Decisions(ctx, "cybercrime-octopus")
	if err != nil {
		t.Fatal(err)
	}
	d1.Time, d2.Time = fixedNow.UTC(), fixedNow.UTC()
	if diff := cmp.Diff([]dossier.Decision{d1, d2}, got); diff != "" {
		t.Errorf("decisions (-want +got):\n%s", diff)
	}
	all, err := s.Decisions(ctx, "")
	if err != nil || len(all) != 3 || all[2].ID <= all[1].ID {
		t.Errorf("all decisions: %d, %v", len(all), err)
	}
}
