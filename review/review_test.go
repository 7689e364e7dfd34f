package review_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

func date(y, m, d int) dossier.Value {
	return dossier.DateValue(dossier.Date{Year: y, Month: m, Day: d, Precision: dossier.PrecisionDay})
}

// project has a scalar field (end) and a list field (donors), each with
// two candidates.
func project() *dossier.Project {
	return &dossier.Project{ID: "p", Fields: map[string]dossier.Field{
		dossier.FieldEnd: {Status: dossier.StatusNeedsReview, Candidates: []dossier.Candidate{
			{Value: date(2020, 12, 31)}, {Value: date(2016, 12, 31)}}},
		dossier.FieldDonors: {IsList: true, Status: dossier.StatusResolved, Candidates: []dossier.Candidate{
			{Value: dossier.TextValue("Canada")}, {Value: dossier.TextValue("Japan")}}},
		dossier.FieldContributions: {IsList: true, Status: dossier.StatusAgreed, Candidates: []dossier.Candidate{
			{Value: dossier.ContributionValue(dossier.Contribution{Donor: "Canada", Amount: 1, Currency: "CAD"})}}},
	}}
}

func TestDecide_TakesCandidatesOrATypedValue(t *testing.T) {
	for _, tc := range []struct {
		name, field string
		c           review.Choice
		value       dossier.Value
		list        []dossier.Value
	}{
		{"one candidate", "end", review.Choice{Candidates: "2"}, date(2016, 12, 31), nil},
		{"typed date", "end", review.Choice{Value: "30 June 2021"}, date(2021, 6, 30), nil},
		{"list of candidates, a repeat once", "donors", review.Choice{Candidates: "2, 1,2"}, dossier.Value{},
			[]dossier.Value{dossier.TextValue("Japan"), dossier.TextValue("Canada")}},
		{"typed list", "donors", review.Choice{Value: "Norway; ;Canada"}, dossier.Value{},
			[]dossier.Value{dossier.TextValue("Norway"), dossier.TextValue("Canada")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.c.Note, tc.c.Reviewer = "checked", "Ana"
			d, err := review.Decide(project(), tc.field, tc.c)
			if err != nil {
				t.Fatal(err)
			}
			want := dossier.Decision{Project: "p", Field: tc.field, Value: tc.value, List: tc.list, IsList: tc.list != nil,
				Reviewer: "Ana", Note: "checked"}
			if diff := cmp.Diff(want, d); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestDecide_RefusesWhatCannotBeStored(t *testing.T) {
	for _, tc := range []struct {
		name, field string
		c           review.Choice
		says        string
	}{
		{"neither", "end", review.Choice{Note: "n", Reviewer: "r"}, "exactly one"},
		{"both", "end", review.Choice{Candidates: "1", Value: "2020", Note: "n", Reviewer: "r"}, "exactly one"},
		{"no note", "end", review.Choice{Candidates: "1", Note: "  ", Reviewer: "r"}, "note is required"},
		{"no reviewer", "end", review.Choice{Candidates: "1", Note: "n"}, "reviewer's name"},
		{"no field", "budgett", review.Choice{Candidates: "1", Note: "n", Reviewer: "r"}, `no field "budgett"`},
		{"candidate out of range", "end", review.Choice{Candidates: "3", Note: "n", Reviewer: "r"}, `no candidate "3" (the field has 2)`},
		{"candidate not a number", "end", review.Choice{Candidates: "x", Note: "n", Reviewer: "r"}, `no candidate "x"`},
		{"two for a scalar", "end", review.Choice{Candidates: "1,2", Note: "n", Reviewer: "r"}, "holds one value"},
		{"not a date", "end", review.Choice{Value: "soon", Note: "n", Reviewer: "r"}, "soon"},
		{"typed contribution", "contributions", review.Choice{Value: "lots", Note: "n", Reviewer: "r"}, "chosen among its candidates"},
		{"empty list", "donors", review.Choice{Value: " ; ", Note: "n", Reviewer: "r"}, "no member"},
		{"long note", "end", review.Choice{Candidates: "1", Note: strings.Repeat("n", review.MaxNote+1), Reviewer: "r"}, "longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := review.Decide(project(), tc.field, tc.c)
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("error %v, want one saying %q", err, tc.says)
			}
			if !errors.As(err, new(*review.InvalidError)) {
				t.Errorf("error %v is no *InvalidError", err)
			}
		})
	}
}

// TestPut_StoresTheDecisionAsTheStoreReadsItBack: Put writes through a
// real store; what Decisions reads back is the decision Put returned.
func TestPut_StoresTheDecisionAsTheStoreReadsItBack(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "dossier.db"), store.WithClock(func() time.Time { return at }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := review.Put(ctx, st, project(), "donors", review.Choice{Candidates: "1", Note: "only Canada", Reviewer: "Ana"})
	if err != nil {
		t.Fatal(err)
	}
	if d.ID == 0 || !d.Time.Equal(at) {
		t.Errorf("decision %d at %v: want an id and the store's time", d.ID, d.Time)
	}
	got, err := st.Decisions(ctx, "p")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]dossier.Decision{d}, got); diff != "" {
		t.Errorf("stored (-put +read)\n%s", diff)
	}
	if _, err := review.Put(ctx, st, project(), "end", review.Choice{Candidates: "9", Note: "x", Reviewer: "Ana"}); err == nil {
		t.Error("candidate 9 of 2 was taken")
	}
	if got, _ := st.Decisions(ctx, "p"); len(got) != 1 {
		t.Errorf("%d decisions after a refused one, want 1", len(got))
	}
}

func TestState_SaysWhichDecisionHolds(t *testing.T) {
	old := dossier.Decision{ID: 1, Field: "end"}
	cur := dossier.Decision{ID: 2, Field: "end"}
	p := &dossier.Project{Fields: map[string]dossier.Field{"end": {Decision: &cur}}}
	if s := review.State(p, old); s != "superseded" {
		t.Errorf("older decision: %s", s)
	}
	if s := review.State(p, cur); s != "in force" {
		t.Errorf("current decision: %s", s)
	}
	p.Fields["end"] = dossier.Field{Decision: &cur, Stale: true}
	if s := review.State(p, cur); s != "disputed by a newer source" {
		t.Errorf("stale decision: %s", s)
	}
}
