package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/google/go-cmp/cmp"
)

// TestVersion_ChangesWithWhatReconcilingReads: a document, another place
// for it, a document read again by newer code, a decision each change the
// Version; reading does not.
func TestVersion_ChangesWithWhatReconcilingReads(t *testing.T) {
	ctx := context.Background()
	now := fixedNow
	s, err := Open(ctx, testDB(t), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	seen := map[Version]string{}
	step := func(name string, changes bool) {
		t.Helper()
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		prev, known := seen[v]
		if changes && known {
			t.Errorf("after %s the version is that of %s: %+v", name, prev, v)
		}
		if !changes && !known {
			t.Errorf("after %s the version changed: %+v", name, v)
		}
		if !known {
			seen[v] = name
		}
	}
	step("opening", true)
	doc, facts := summary2019()
	if _, err := s.PutDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	step("a document", true)
	if err := s.AddSource(ctx, doc.ID, "elsewhere/summary.pdf"); err != nil {
		t.Fatal(err)
	}
	step("another place", true)
	now = now.Add(time.Hour)
	doc.Extractor = "a newer reader"
	if _, err := s.PutDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	step("reading it again", true)
	if _, err := s.Documents(ctx, DocumentFilter{}); err != nil {
		t.Fatal(err)
	}
	step("a read", false)
	d := dossier.Decision{Project: "slug", Field: "end", Value: dossier.TextValue("x"), Reviewer: "r", Note: "n"}
	if err := s.PutDecision(ctx, &d); err != nil {
		t.Fatal(err)
	}
	step("a decision", true)
}

// TestQuotedRaws_GivesEachFactsQuoteAndRaw: the facts of the documents
// asked for, in order, and nothing for an unknown id.
func TestQuotedRaws_GivesEachFactsQuoteAndRaw(t *testing.T) {
	s, _ := openTestStore(t)
	ctx := context.Background()
	doc, facts := summary2019()
	if _, err := s.PutDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	got, err := s.QuotedRaws(ctx, []string{doc.ID, idOf("unknown")})
	if err != nil {
		t.Fatal(err)
	}
	var want []QuotedRaw
	for _, f := range facts {
		want = append(want, QuotedRaw{Document: doc.ID, Field: f.Field, Page: f.Page, Quote: f.Quote, Raw: f.Raw, Value: f.Value})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if got, err := s.QuotedRaws(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no ids: %v, %v", got, err)
	}
}

// TestDocumentInfo_IsTheDocumentAsDocumentsListsIt: one document's info,
// every source in order, equals its row of Documents; an unknown id is
// ErrNotFound.
func TestDocumentInfo_IsTheDocumentAsDocumentsListsIt(t *testing.T) {
	s, _ := openTestStore(t)
	ctx := context.Background()
	doc, facts := summary2019()
	if _, err := s.PutDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	if err := s.AddSource(ctx, doc.ID, "elsewhere/summary.pdf"); err != nil {
		t.Fatal(err)
	}
	all, err := s.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.DocumentInfo(ctx, doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all[0], got); diff != "" {
		t.Errorf("(-Documents +DocumentInfo)\n%s", diff)
	}
	if _, err := s.DocumentInfo(ctx, idOf("unknown")); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v, want ErrNotFound", err)
	}
}
