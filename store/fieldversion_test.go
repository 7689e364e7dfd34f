package store

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/dossier-dev/dossier"
)

// TestPutDecisionAt_OfTwoReviewersAtOnceOneWins: two reviewers, each in a
// process of their own (two Stores on one database), decide the same
// field at once on the version they both saw: one decision is stored, the
// other is refused with ErrFieldChanged and the field as the winner left
// it; deciding again on that version then works.
func TestPutDecisionAt_OfTwoReviewersAtOnceOneWins(t *testing.T) {
	ctx := context.Background()
	a, path := openTestStore(t)
	doc, facts := summary2019()
	mustPut(t, a, doc, facts)
	b, err := Open(ctx, path, WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ids, err := a.SomeProjectIDs(ctx, 1)
	if err != nil || len(ids) == 0 {
		t.Fatalf("projects: %v, %v", ids, err)
	}
	p, err := a.Project(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	field := dossier.FieldEnd
	if _, ok := p.Fields[field]; !ok {
		t.Fatalf("project %s has no %s field", p.ID, field)
	}
	seen := FieldVersion(p, field)

	values := []string{"2021-06-30", "2022-12-31"}
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i, s := range []*Store{a, b} {
		wg.Go(func() {
			errs[i] = s.PutDecisionAt(ctx, &dossier.Decision{Project: p.ID, Field: field,
				Value: dossier.TextValue(values[i]), Reviewer: []string{"Ana", "Ben"}[i], Note: "checked"}, seen)
		})
	}
	wg.Wait()
	won, lost := -1, -1
	for i, err := range errs {
		switch {
		case err == nil:
			won = i
		case errors.Is(err, ErrFieldChanged):
			lost = i
		default:
			t.Fatalf("reviewer %d: %v", i, err)
		}
	}
	if won < 0 || lost < 0 {
		t.Fatalf("errors %v: want one decision stored and one refused", errs)
	}
	var changed *FieldChangedError
	if !errors.As(errs[lost], &changed) || changed.Now == nil {
		t.Fatalf("refusal %v gives no state", errs[lost])
	}
	now := changed.Now.Fields[field]
	if now.Decision == nil || now.Decision.Reviewer != []string{"Ana", "Ben"}[won] || changed.Version == seen {
		t.Errorf("the loser sees %+v (version %s), want the winner's decision and a new version", now.Decision, changed.Version)
	}
	ds, err := b.Decisions(ctx, p.ID)
	if err != nil || len(ds) != 1 {
		t.Errorf("decisions stored: %d, %v; want the winner's alone", len(ds), err)
	}
	// On what they now see, the loser can decide.
	if err := b.PutDecisionAt(ctx, &dossier.Decision{Project: p.ID, Field: field, Value: dossier.TextValue(values[lost]),
		Reviewer: "Ben", Note: "still disagree"}, changed.Version); err != nil {
		t.Errorf("deciding on the new version: %v", err)
	}
}
