package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/google/go-cmp/cmp"
)

// fixedNow is the clock of every test store, so nothing depends on today.
var fixedNow = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)

func fixedClock() time.Time { return fixedNow }

func openTestStore(t testing.TB) (*Store, string) {
	t.Helper()
	path := testDB(t)
	s, err := Open(context.Background(), path, WithClock(fixedClock))
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// idOf is a document id as the pipeline computes it from the bytes.
func idOf(content string) string {
	sum := sha256.Sum256([]byte(content))
	return "sha256:" + hex.EncodeToString(sum[:])
}

func ptr[T any](v T) *T { return &v }

// summary2019 is the Cybercrime@Octopus project summary, "Version 22 April
// 2019", as an extractor would read it: blocks of every role and a fact of
// every value kind, values as a person reads them in the seed document.
func summary2019() (*dossier.Document, []dossier.Fact) {
	id := idOf("project-summary-cybercrime-octopus-2019.pdf")
	doc := &dossier.Document{
		ID:        id,
		Source:    "fixtures/docs/project-summary-2019.pdf",
		Kind:      dossier.KindPDF,
		Title:     "Project Cybercrime@Octopus — Summary",
		AsOf:      &dossier.Date{Year: 2019, Month: 4, Day: 22, Precision: dossier.PrecisionDay},
		AsOfQuote: "Version 22 April 2019",
		Meta:      map[string]string{"Producer": "LibreOffice 7.4", "Title": "Project Cybercrime@Octopus"},
		Pages:     4,
		Size:      187342,
		Blocks: []dossier.Block{
			{Role: dossier.RoleHeading, Text: "Project Cybercrime@Octopus", Page: 1,
				Box: &dossier.Rect{X: 56.7, Y: 62.1, W: 310.4, H: 20.5}, FontSize: 18},
			{Role: dossier.RolePair, Label: "Project title", Text: "CyberCrime@Octopus (DG1/3021)", Page: 1,
				Box: &dossier.Rect{X: 56.7, Y: 140, W: 480, H: 12.2}, FontSize: 10, Section: "Summary"},
			{Role: dossier.RolePair, Label: "Duration", Text: "84 months (1 January 2014 – 31 December 2020)",
				Page: 1, Box: &dossier.Rect{X: 56.7, Y: 190.4, W: 480, H: 12.2}, FontSize: 10, Section: "Summary"},
			{Role: dossier.RolePair, Label: "Budget", Text: "Up to EURO 4 million", Page: 1,
				Box: &dossier.Rect{X: 56.7, Y: 204.6, W: 480, H: 12.2}, FontSize: 10, Section: "Summary"},
			{Role: dossier.RoleParagraph, Text: "*The project is not yet fully funded", Page: 1, FontSize: 8,
				Section: "Summary"},
			{Role: dossier.RoleItem, Text: "Octopus Conferences are now organised every 18 months under the project Cybercrime@Octopus.",
				Page: 2, FontSize: 10, Section: "BACKGROUND AND JUSTIFICATION"},
			{Role: dossier.RoleRow, Text: "Activity\tSupport the organisation of up to 30 in-country or regional workshops",
				Page: 3, FontSize: 9, Section: "LOGFRAME"},
		},
	}
	const project = "CyberCrime@Octopus"
	facts := []dossier.Fact{
		{Project: project, Field: dossier.FieldTitle, Value: dossier.TextValue("CyberCrime@Octopus"),
			Raw: "CyberCrime@Octopus", Page: 1, Quote: "CyberCrime@Octopus (DG1/3021)", Extractor: "pair"},
		{Project: project, Field: dossier.FieldIdentifiers,
			Value: dossier.IdentifierValue(dossier.Identifier{Scheme: "coe-project-code", Value: "DG1/3021"}),
			Raw:   "DG1/3021", Page: 1, Quote: "CyberCrime@Octopus (DG1/3021)", Extractor: "pair"},
		{Project: project, Field: dossier.FieldStart,
			Value: dossier.DateValue(dossier.Date{Year: 2014, Month: 1, Day: 1, Precision: dossier.PrecisionDay}),
			Raw:   "1 January 2014", Page: 1, Quote: "84 months (1 January 2014 – 31 December 2020)", Extractor: "pair"},
		{Project: project, Field: dossier.FieldEnd,
			Value: dossier.DateValue(dossier.Date{Year: 2020, Month: 12, Day: 31, Precision: dossier.PrecisionDay}),
			Raw:   "31 December 2020", Page: 1, Quote: "84 months (1 January 2014 – 31 December 2020)", Extractor: "pair"},
		{Project: project, Field: dossier.FieldDurationMonths, Value: dossier.IntValue(84),
			Raw: "84 months", Page: 1, Quote: "84 months (1 January 2014 – 31 December 2020)", Extractor: "pair"},
		{Project: project, Field: dossier.FieldBudget,
			Value: dossier.MoneyValue(dossier.Money{Amount: 4000000, Currency: "EUR", Qualifier: dossier.QualifierUpTo}),
			Raw:   "Up to EURO 4 million", Page: 1, Quote: "Up to EURO 4 million", Extractor: "pair"},
		{Project: project, Field: dossier.FieldContributions,
			Value: dossier.ContributionValue(dossier.Contribution{Donor: "Canada", Amount: 250000, Currency: "CAD",
				EUREquivalent: ptr(161000.0)}),
			Raw: "CAN$ 250,000 (ca. EUR 161,000)", Page: 1, Quote: "voluntary contribution of CAN$ 250,000 (ca. EUR 161,000)",
			Extractor: "prose:contribution", Scope: "funding:Canada"},
		{Project: project, Field: dossier.FieldContributions,
			Value: dossier.ContributionValue(dossier.Contribution{Donor: "Japan", Amount: 0, Currency: "EUR"}),
			Raw:   "Japan", Page: 1, Quote: "Estonia, Hungary, Japan, Monaco", Extractor: "pair:list"},
		{Project: project, Field: dossier.FieldDonors, Value: dossier.TextValue("United Kingdom"),
			Raw: "United Kingdom", Page: 1, Quote: "Romania, Slovakia, United Kingdom, USA", Extractor: "pair:list"},
		{Project: project, Field: dossier.FieldKeyFigures,
			Value: dossier.QuantityValue("Up to 30 in-country or regional workshops held",
				dossier.Quantity{Amount: 30, Qualifier: dossier.QuantityUpTo, Unit: "in-country or regional workshops"}),
			Raw: "Up to 30 in-country or regional workshops held", Page: 3,
			Quote: "Up to 30 in-country or regional workshops held", Extractor: "table"},
		{Project: project, Field: dossier.FieldContacts,
			Value: dossier.ContactValue(dossier.Contact{Name: "Alexander Seger", Email: "Alexander.seger@coe.int",
				Organisation: "Cybercrime Programme Office of the Council of Europe"}),
			Raw: "Alexander.seger@coe.int", Page: 4, Quote: "Alexander.seger@coe.int", Extractor: "contact"},
	}
	return doc, facts
}

// newsCanada2020 is the Council of Europe news item of 19 October 2020, an
// HTML page: no pages, no boxes, element paths instead.
func newsCanada2020() (*dossier.Document, []dossier.Fact) {
	doc := &dossier.Document{
		ID:        idOf("coe-news-canada-contribution-2020.html"),
		Source:    "https://www.coe.int/en/web/cybercrime/-/canada-makes-a-voluntary-contribution",
		Kind:      dossier.KindHTML,
		Title:     "Canada makes a voluntary contribution to support the global Octopus Project",
		AsOf:      &dossier.Date{Year: 2020, Month: 10, Day: 19, Precision: dossier.PrecisionDay},
		AsOfQuote: "Strasbourg, 19 October 2020",
		Size:      48211,
		Blocks: []dossier.Block{
			{Role: dossier.RoleHeading, Text: "Canada makes a voluntary contribution to support the global Octopus Project",
				Path: "html>body>main>h1"},
			{Role: dossier.RoleParagraph, Text: "Duration of the project: 1 January 2014 – 31 December 2020.",
				Path: "html>body>main>p[3]", Section: "Cybercrime@Octopus"},
		},
	}
	facts := []dossier.Fact{
		{Project: "Cybercrime@Octopus", Field: dossier.FieldEnd,
			Value: dossier.DateValue(dossier.Date{Year: 2020, Month: 12, Day: 31, Precision: dossier.PrecisionDay}),
			Raw:   "31 December 2020", Quote: "Duration of the project: 1 January 2014 – 31 December 2020.", Extractor: "prose:duration"},
		{Project: "Octopus Project", Field: dossier.FieldStart,
			Value: dossier.DateValue(dossier.Date{Year: 2020, Month: 10, Day: 1, Precision: dossier.PrecisionMonth}),
			Raw:   "Oct 2020", Quote: "From: Oct 2020", Extractor: "pair"},
		{Project: "Octopus Project", Field: dossier.FieldStart,
			Value: dossier.DateValue(dossier.Date{Year: 2021, Month: 1, Day: 1, Precision: dossier.PrecisionYear}),
			Raw:   "2021", Quote: "2021 – 2027", Extractor: "prose:duration"},
	}
	return doc, facts
}

// withDocument returns facts with Document set, as Facts reads them back.
func withDocument(id string, facts []dossier.Fact) []dossier.Fact {
	out := make([]dossier.Fact, len(facts))
	for i, f := range facts {
		f.Document = id
		out[i] = f
	}
	return out
}

func mustPut(t testing.TB, s *Store, doc *dossier.Document, facts []dossier.Fact) bool {
	t.Helper()
	added, err := s.PutDocument(context.Background(), doc, facts)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", doc.ID, err)
	}
	return added
}

func TestPutDocument_RoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	for _, mk := range []func() (*dossier.Document, []dossier.Fact){summary2019, newsCanada2020} {
		doc, facts := mk()
		t.Run(string(doc.Kind), func(t *testing.T) {
			if !mustPut(t, s, doc, facts) {
				t.Fatalf("PutDocument(%s) added = false for a new document", doc.ID)
			}
			want := *doc
			want.IngestedAt = fixedNow
			got, err := s.Document(ctx, doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Document(%s) (-want +got):\n%s", doc.ID, diff)
			}
			gotFacts, err := s.Facts(ctx, FactFilter{Document: doc.ID})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(withDocument(doc.ID, facts), gotFacts); diff != "" {
				t.Errorf("Facts(%s) (-want +got):\n%s", doc.ID, diff)
			}
			state, ok, err := s.Lookup(ctx, doc.ID)
			if err != nil || !ok || state != StateIngested {
				t.Errorf("Lookup(%s) = %q, %v, %v; want ingested, true, nil", doc.ID, state, ok, err)
			}
		})
	}
}

func TestPutDocument_SameBytesTwiceIsOneDocument(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	doc, facts := summary2019()
	if !mustPut(t, s, doc, facts) {
		t.Fatal("first PutDocument: added = false")
	}
	// The same bytes, downloaded from the Council of Europe site.
	again := *doc
	again.Source = "https://rm.coe.int/3021-cybercrime-octopus-summary-v22apr2019/16809432e0"
	if mustPut(t, s, &again, facts) {
		t.Error("second PutDocument of the same bytes: added = true, want false")
	}
	// And the first path once more: no new source.
	if mustPut(t, s, doc, facts) {
		t.Error("third PutDocument of the same bytes: added = true, want false")
	}

	infos, err := s.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []DocumentInfo{{
		ID:         doc.ID,
		Sources:    []string{doc.Source, again.Source},
		Kind:       dossier.KindPDF,
		Title:      doc.Title,
		AsOf:       doc.AsOf,
		AsOfQuote:  doc.AsOfQuote,
		State:      StateIngested,
		Size:       doc.Size,
		Pages:      doc.Pages,
		Facts:      len(facts),
		IngestedAt: fixedNow,
	}}
	if diff := cmp.Diff(want, infos); diff != "" {
		t.Errorf("Documents (-want +got):\n%s", diff)
	}
	got, err := s.Facts(ctx, FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(facts) {
		t.Errorf("Facts: %d facts after putting the same document three times, want %d", len(got), len(facts))
	}
}

func TestPutFailure_ThenSuccessReplacesIt(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	doc, facts := summary2019()
	failed := &dossier.Document{ID: doc.ID, Source: "inbox/summary.pdf", Kind: dossier.KindPDF, Size: doc.Size,
		Error: "timed out after 30s"}
	if err := s.PutFailure(ctx, failed); err != nil {
		t.Fatal(err)
	}
	state, ok, err := s.Lookup(ctx, doc.ID)
	if err != nil || !ok || state != StateFailed {
		t.Fatalf("Lookup after PutFailure = %q, %v, %v; want failed, true, nil", state, ok, err)
	}

	if !mustPut(t, s, doc, facts) {
		t.Fatal("PutDocument over a failed document: added = false, want true")
	}
	infos, err := s.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []DocumentInfo{{
		ID: doc.ID, Sources: []string{"inbox/summary.pdf", doc.Source}, Kind: dossier.KindPDF, Title: doc.Title,
		AsOf: doc.AsOf, AsOfQuote: doc.AsOfQuote, State: StateIngested, Size: doc.Size, Pages: doc.Pages,
		Facts: len(facts), IngestedAt: fixedNow,
	}}
	if diff := cmp.Diff(want, infos); diff != "" {
		t.Errorf("Documents after success (-want +got):\n%s", diff)
	}
	if failedOnly, err := s.Documents(ctx, DocumentFilter{Failed: true}); err != nil || len(failedOnly) != 0 {
		t.Errorf("Documents(Failed) after success = %v, %v; want none", failedOnly, err)
	}
}

func TestPutFailure_DoesNotReplaceIngested(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	err := s.PutFailure(ctx, &dossier.Document{ID: doc.ID, Source: "mirror/summary.pdf", Error: "timed out after 30s"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Error != "" || len(got.Blocks) != len(doc.Blocks) {
		t.Errorf("after PutFailure: Error %q, %d blocks; want the ingested document (no error, %d blocks)",
			got.Error, len(got.Blocks), len(doc.Blocks))
	}
	gotFacts, err := s.Facts(ctx, FactFilter{Document: doc.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(gotFacts) != len(facts) {
		t.Errorf("after PutFailure: %d facts, want %d", len(gotFacts), len(facts))
	}
}

func TestDocuments_FailedListsOnlyFailuresWithReason(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	summary, sfacts := summary2019()
	news, nfacts := newsCanada2020()
	mustPut(t, s, summary, sfacts)
	mustPut(t, s, news, nfacts)
	encrypted := &dossier.Document{ID: idOf("encrypted brochure"), Source: "fixtures/docs/broken/encrypted.pdf",
		Kind: dossier.KindPDF, Size: 21873, Error: "encrypted PDF"}
	if err := s.PutFailure(ctx, encrypted); err != nil {
		t.Fatal(err)
	}

	got, err := s.Documents(ctx, DocumentFilter{Failed: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []DocumentInfo{{
		ID: encrypted.ID, Sources: []string{encrypted.Source}, Kind: dossier.KindPDF, State: StateFailed,
		Error: "encrypted PDF", Size: 21873, IngestedAt: fixedNow,
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Documents(Failed) (-want +got):\n%s", diff)
	}

	all, err := s.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range all {
		ids = append(ids, d.ID)
	}
	// Sorted by id: the order of ingestion does not matter.
	wantIDs := []string{summary.ID, news.ID, encrypted.ID}
	slices.Sort(wantIDs)
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("Documents ids (-want +got):\n%s", diff)
	}
}

func TestFacts_Filters(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	summary, sfacts := summary2019()
	news, nfacts := newsCanada2020()
	mustPut(t, s, summary, sfacts)
	mustPut(t, s, news, nfacts)
	// Two documents whose ids share the prefix 9f2c, to make it ambiguous.
	twinA := &dossier.Document{ID: "sha256:9f2c" + strings.Repeat("0", 59) + "a", Source: "a.html", Kind: dossier.KindHTML}
	twinB := &dossier.Document{ID: "sha256:9f2c" + strings.Repeat("0", 59) + "b", Source: "b.html", Kind: dossier.KindHTML}
	mustPut(t, s, twinA, nil)
	mustPut(t, s, twinB, nil)

	sf := withDocument(summary.ID, sfacts)
	nf := withDocument(news.ID, nfacts)
	byDocOrder := func(a, b []dossier.Fact) []dossier.Fact {
		if summary.ID < news.ID {
			return append(append([]dossier.Fact{}, a...), b...)
		}
		return append(append([]dossier.Fact{}, b...), a...)
	}
	tests := []struct {
		name    string
		filter  FactFilter
		want    []dossier.Fact
		wantErr error
	}{
		{"all, by document then extraction order", FactFilter{}, byDocOrder(sf, nf), nil},
		{"field end in both documents", FactFilter{Field: dossier.FieldEnd}, byDocOrder(sf[3:4], nf[0:1]), nil},
		{"project", FactFilter{Project: "Octopus Project"}, nf[1:3], nil},
		{"field and project", FactFilter{Field: dossier.FieldStart, Project: "CyberCrime@Octopus"}, sf[2:3], nil},
		{"full id", FactFilter{Document: news.ID}, nf, nil},
		{"prefix with sha256:", FactFilter{Document: news.ID[:13]}, nf, nil},
		{"bare hex prefix", FactFilter{Document: summary.ID[7:12]}, sf, nil},
		{"upper-case prefix", FactFilter{Document: strings.ToUpper(summary.ID[7:14])}, sf, nil},
		{"prefix and field", FactFilter{Document: summary.ID[7:14], Field: dossier.FieldBudget}, sf[5:6], nil},
		{"document without facts", FactFilter{Document: twinA.ID}, nil, nil},
		{"unknown prefix", FactFilter{Document: "sha256:0000000"}, nil, ErrNotFound},
		{"ambiguous prefix", FactFilter{Document: "9f2c"}, nil, ErrAmbiguous},
		{"field nobody states", FactFilter{Field: dossier.FieldSuccessor}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Facts(ctx, tt.filter)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Facts(%+v) error = %v, want %v", tt.filter, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Facts(%+v) (-want +got):\n%s", tt.filter, diff)
			}
		})
	}
}

func TestFacts_MalformedDocumentIDIsAnError(t *testing.T) {
	s, _ := openTestStore(t)
	for _, id := range []string{"octopus", "sha256:", "sha256:9f2c-", "md5:9f2c"} {
		_, err := s.Facts(context.Background(), FactFilter{Document: id})
		if err == nil || !strings.Contains(err.Error(), id) {
			t.Errorf("Facts(Document: %q) error = %v, want an error naming %q", id, err, id)
		}
	}
}

func TestDocument_NotFound(t *testing.T) {
	s, _ := openTestStore(t)
	id := idOf("never ingested")
	_, err := s.Document(context.Background(), id)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), id) {
		t.Errorf("Document(%s) error = %v, want ErrNotFound naming the id", id, err)
	}
	state, ok, err := s.Lookup(context.Background(), id)
	if state != "" || ok || err != nil {
		t.Errorf("Lookup(%s) = %q, %v, %v; want \"\", false, nil", id, state, ok, err)
	}
}

func TestPutDocument_RejectsBadInputAndStoresNothing(t *testing.T) {
	good, goodFacts := summary2019()
	tests := []struct {
		name  string
		doc   func() *dossier.Document
		facts []dossier.Fact
		want  string // in the error
	}{
		{"id without sha256", func() *dossier.Document { d := *good; d.ID = good.ID[7:]; return &d }, goodFacts, "not sha256:"},
		{"upper-case id", func() *dossier.Document { d := *good; d.ID = strings.ToUpper(good.ID); return &d }, goodFacts, "not sha256:"},
		{"no source", func() *dossier.Document { d := *good; d.Source = ""; return &d }, goodFacts, "no source"},
		{"failed document", func() *dossier.Document { d := *good; d.Error = "encrypted PDF"; return &d }, goodFacts, "PutFailure"},
		{"as_of without precision", func() *dossier.Document {
			d := *good
			d.AsOf = &dossier.Date{Year: 2019, Month: 4, Day: 22}
			return &d
		}, goodFacts, "as_of"},
		{"figures_as_of without precision", func() *dossier.Document {
			d := *good
			d.FiguresAsOf = &dossier.Date{Year: 2018, Month: 12, Day: 31}
			return &d
		}, goodFacts, "figures_as_of"},
		{"fact of another document", func() *dossier.Document { d := *good; return &d },
			[]dossier.Fact{{Document: idOf("other"), Field: dossier.FieldTitle, Value: dossier.TextValue("x")}}, "belongs to document"},
		{"fact with unknown value kind", func() *dossier.Document { d := *good; return &d },
			[]dossier.Fact{{Field: dossier.FieldStatus, Value: dossier.Value{Kind: "colour", Text: "green"}}}, "unknown kind"},
		{"fact without field", func() *dossier.Document { d := *good; return &d },
			[]dossier.Fact{{Value: dossier.TextValue("x")}}, "no field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTestStore(t)
			doc := tt.doc()
			_, err := s.PutDocument(context.Background(), doc, tt.facts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("PutDocument error = %v, want one containing %q", err, tt.want)
			}
			if doc.ID != "" && !strings.Contains(err.Error(), doc.ID) {
				t.Errorf("PutDocument error %q does not name the document %s", err, doc.ID)
			}
			if infos, err := s.Documents(context.Background(), DocumentFilter{}); err != nil || len(infos) != 0 {
				t.Errorf("Documents after a rejected put = %v, %v; want none", infos, err)
			}
		})
	}
	t.Run("nil document", func(t *testing.T) {
		s, _ := openTestStore(t)
		if _, err := s.PutDocument(context.Background(), nil, nil); err == nil {
			t.Error("PutDocument(nil) succeeded")
		}
	})
}

func TestPutFailure_RequiresReason(t *testing.T) {
	s, _ := openTestStore(t)
	doc, _ := summary2019()
	err := s.PutFailure(context.Background(), doc)
	if err == nil || !strings.Contains(err.Error(), doc.ID) {
		t.Errorf("PutFailure without Error = %v, want an error naming %s", err, doc.ID)
	}
}

// countRows counts the rows of table that belong to document id.
func countRows(t *testing.T, s *Store, table, column, id string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM `+table+` WHERE `+column+` = ?`, id).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

func TestPutDocument_AllOrNothing(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	doc, facts := summary2019()
	// The third fact insert fails inside SQLite, after the document, its
	// source, its blocks and two facts were written in the transaction.
	failInsert(t, s, "facts", `NEW.seq = 2`, "disk says no")
	_, err := s.PutDocument(ctx, doc, facts)
	if err == nil || !strings.Contains(err.Error(), "disk says no") || !strings.Contains(err.Error(), doc.ID) {
		t.Fatalf("PutDocument with failing facts insert: error = %v, want the SQLite error naming %s", err, doc.ID)
	}
	for _, tc := range []struct{ table, column string }{
		{"documents", "id"}, {"document_sources", "document_id"}, {"blocks", "document_id"}, {"facts", "document_id"},
	} {
		if n := countRows(t, s, tc.table, tc.column, doc.ID); n != 0 {
			t.Errorf("%s: %d rows of the failed put remain, want 0", tc.table, n)
		}
	}
	if _, ok, _ := s.Lookup(ctx, doc.ID); ok {
		t.Error("Lookup finds a document whose put failed")
	}

	// Once the cause is gone, the same put succeeds: nothing was left half done.
	if _, err := s.db.Exec(`DROP TRIGGER fail_insert` + map[bool]string{true: " ON facts"}[s.pg]); err != nil {
		t.Fatal(err)
	}
	if !mustPut(t, s, doc, facts) {
		t.Error("PutDocument after the failed attempt: added = false, want true")
	}
	if n := countRows(t, s, "facts", "document_id", doc.ID); n != len(facts) {
		t.Errorf("facts: %d rows, want %d", n, len(facts))
	}
}

func TestPutDocument_CancelledContextStoresNothing(t *testing.T) {
	s, _ := openTestStore(t)
	doc, facts := summary2019()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutDocument(ctx, doc, facts); !errors.Is(err, context.Canceled) {
		t.Fatalf("PutDocument with cancelled context: error = %v, want context.Canceled", err)
	}
	if n := countRows(t, s, "documents", "id", doc.ID); n != 0 {
		t.Errorf("documents: %d rows after a cancelled put, want 0", n)
	}
}

func TestPutDocument_ConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	const writers, perWriter = 8, 50
	errs := make([]error, writers)
	var wg sync.WaitGroup
	// Readers run while the writers write, as an export during an ingest
	// would: they must never fail, and never see facts disappear.
	done := make(chan struct{})
	var readers sync.WaitGroup
	readErrs := make([]error, 2)
	for r := range readErrs {
		readers.Go(func() {
			last := 0
			for {
				select {
				case <-done:
					return
				default:
				}
				facts, err := s.Facts(ctx, FactFilter{Field: dossier.FieldStatus})
				if err != nil {
					readErrs[r] = err
					return
				}
				if len(facts) < last {
					readErrs[r] = fmt.Errorf("reader saw %d facts after %d", len(facts), last)
					return
				}
				last = len(facts)
			}
		})
	}
	for w := range writers {
		wg.Go(func() {
			for i := range perWriter {
				doc := &dossier.Document{ID: idOf(fmt.Sprintf("writer %d document %d", w, i)),
					Source: fmt.Sprintf("inbox/%d/%d.html", w, i), Kind: dossier.KindHTML,
					Blocks: []dossier.Block{{Role: dossier.RoleParagraph, Text: "Status: Finished"}}}
				facts := []dossier.Fact{{Project: "Octopus Project", Field: dossier.FieldStatus,
					Value: dossier.TextValue("completed"), Raw: "Finished", Quote: "Status: Finished", Extractor: "pair"}}
				if _, err := s.PutDocument(ctx, doc, facts); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	close(done)
	readers.Wait()
	if err := errors.Join(append(errs, readErrs...)...); err != nil {
		t.Fatal(err)
	}
	infos, err := s.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range infos {
		if seen[d.ID] {
			t.Errorf("document %s listed twice", d.ID)
		}
		seen[d.ID] = true
		if d.Facts != 1 || len(d.Sources) != 1 {
			t.Errorf("document %s: %d facts, %d sources; want 1, 1", d.ID, d.Facts, len(d.Sources))
		}
	}
	for w := range writers {
		for i := range perWriter {
			if id := idOf(fmt.Sprintf("writer %d document %d", w, i)); !seen[id] {
				t.Errorf("document of writer %d number %d (%s) missing", w, i, id)
			}
		}
	}
	if len(infos) != writers*perWriter {
		t.Errorf("Documents: %d, want %d", len(infos), writers*perWriter)
	}
}

// Two Stores on one file stand for two dossier processes: their writes are
// not serialized in Go, so SQLite's locking (BEGIN IMMEDIATE, busy timeout)
// must make them take turns without an error.
func TestPutDocument_TwoStoresOnOneFile(t *testing.T) {
	ctx := context.Background()
	first, path := openTestStore(t)
	second, err := Open(ctx, path, WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	stores := []*Store{first, second}
	const perStore = 100
	errs := make([]error, len(stores))
	var wg sync.WaitGroup
	for k, s := range stores {
		wg.Go(func() {
			for i := range perStore {
				// Both stores also put the same 10 documents, which
				// must end up stored once.
				content := fmt.Sprintf("store %d document %d", k, i)
				if i < 10 {
					content = fmt.Sprintf("shared document %d", i)
				}
				doc := &dossier.Document{ID: idOf(content), Source: fmt.Sprintf("store%d/%d.html", k, i),
					Kind: dossier.KindHTML}
				facts := []dossier.Fact{{Project: "Octopus Project", Field: dossier.FieldStatus,
					Value: dossier.TextValue("completed"), Quote: "Status: Finished"}}
				if _, err := s.PutDocument(ctx, doc, facts); err != nil {
					errs[k] = err
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	infos, err := first.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if want := 2*perStore - 10; len(infos) != want {
		t.Errorf("Documents: %d, want %d", len(infos), want)
	}
	facts, err := second.Facts(ctx, FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != len(infos) {
		t.Errorf("Facts: %d, want one for each of %d documents", len(facts), len(infos))
	}
}

// appliedVersions reads schema_migrations.
func appliedVersions(t *testing.T, path string) []int {
	t.Helper()
	driver := "sqlite"
	if IsPostgres(path) {
		driver = pgDriverName
	}
	db, err := sql.Open(driver, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		vs = append(vs, v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return vs
}

func TestOpen_ReopenIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, path := openTestStore(t)
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		s, err := Open(ctx, path, WithClock(fixedClock))
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		if state, ok, err := s.Lookup(ctx, doc.ID); err != nil || !ok || state != StateIngested {
			t.Errorf("after reopen, Lookup = %q, %v, %v; want ingested", state, ok, err)
		}
		var mode string
		var fk int
		if onPostgres() {
			s.Close()
			continue // the pragmas are SQLite's
		}
		if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		if err := s.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
			t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(knownVersions(t), appliedVersions(t, path)); diff != "" {
		t.Errorf("schema_migrations after three opens (-want +got):\n%s", diff)
	}
}

func TestOpen_NewerSchemaIsAnError(t *testing.T) {
	ctx := context.Background()
	s, path := openTestStore(t)
	if _, err := s.db.Exec(`INSERT INTO schema_migrations (version, name, applied_at)
		VALUES (9999, '9999_from_the_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(ctx, path)
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open of a newer file: error = %v, want ErrSchemaTooNew", err)
	}
	known := knownVersions(t)
	for _, want := range []string{path, "9999", fmt.Sprintf("knows up to %d", known[len(known)-1])} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

// knownVersions are the versions of the embedded migrations.
func knownVersions(t *testing.T) []int {
	t.Helper()
	migs, err := embeddedMigrations()
	if err != nil {
		t.Fatal(err)
	}
	var vs []int
	for _, m := range migs {
		vs = append(vs, m.version)
	}
	return vs
}

// laterName is the file name of the migration a later dossier would add.
func laterName(t *testing.T) string {
	known := knownVersions(t)
	return fmt.Sprintf("%04d_notes.sql", known[len(known)-1]+1)
}

// laterMigrations are the embedded migrations and one more, as a later
// dossier would have them.
func laterMigrations(t *testing.T, sqlNext string) []migration {
	t.Helper()
	files := fstest.MapFS{laterName(t): {Data: []byte(sqlNext)}}
	entries, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = &fstest.MapFile{Data: b}
	}
	migs, err := loadMigrations(files)
	if err != nil {
		t.Fatal(err)
	}
	return migs
}

func TestOpen_MigratesAnOlderFile(t *testing.T) {
	ctx := context.Background()
	s, path := openTestStore(t)
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	s.Close()

	migs := laterMigrations(t, `CREATE TABLE notes (
		document_id TEXT NOT NULL REFERENCES documents (id), note TEXT NOT NULL) STRICT;
		CREATE INDEX notes_by_document ON notes (document_id);`)
	s2, err := open(ctx, path, migs, WithClock(fixedClock))
	if err != nil {
		t.Fatalf("open with a later migration: %v", err)
	}
	if _, err := s2.db.Exec(`INSERT INTO notes VALUES (?, 'checked by hand')`, doc.ID); err != nil {
		t.Errorf("the migrated table is not usable: %v", err)
	}
	got, err := s2.Facts(ctx, FactFilter{Document: doc.ID})
	if err != nil || len(got) != len(facts) {
		t.Errorf("after migration: %d facts, %v; want %d", len(got), err, len(facts))
	}
	s2.Close()
	if diff := cmp.Diff(append(knownVersions(t), len(knownVersions(t))+1), appliedVersions(t, path)); diff != "" {
		t.Errorf("schema_migrations (-want +got):\n%s", diff)
	}
	// This dossier, which does not know the later migration, now refuses the file.
	if _, err := Open(ctx, path); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open of the migrated file with the older migrations: error = %v, want ErrSchemaTooNew", err)
	}
}

func TestOpen_FailedMigrationLeavesFileAsItWas(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	s, path := openTestStore(t)
	s.Close()
	migs := laterMigrations(t, `CREATE TABLE notes (note TEXT NOT NULL) STRICT;
		INSERT INTO no_such_table VALUES (1);`)
	_, err := open(ctx, path, migs)
	if err == nil || !strings.Contains(err.Error(), laterName(t)) || !strings.Contains(err.Error(), path) {
		t.Fatalf("open with a broken migration: error = %v, want one naming the file and the migration", err)
	}
	if diff := cmp.Diff(knownVersions(t), appliedVersions(t, path)); diff != "" {
		t.Errorf("schema_migrations (-want +got):\n%s", diff)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'notes'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("table notes of the failed migration: %d, %v; want it rolled back", n, err)
	}
}

func TestLoadMigrations_RejectsGapsAndBadNames(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"gap":      {"0001_init.sql": {Data: []byte("SELECT 1;")}, "0003_x.sql": {Data: []byte("SELECT 1;")}},
		"bad name": {"init.sql": {Data: []byte("SELECT 1;")}},
	} {
		if _, err := loadMigrations(fsys); err == nil {
			t.Errorf("%s: loadMigrations succeeded", name)
		}
	}
	migs, err := embeddedMigrations()
	if err != nil {
		t.Fatalf("embedded migrations: %v", err)
	}
	if len(migs) == 0 || migs[0].name != "0001_init.sql" {
		t.Errorf("embedded migrations start with %v, want 0001_init.sql", migs)
	}
}

func TestOpen_NotAStoreIsAClearError(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	dir := t.TempDir()

	// A user who passes a PDF as the store by mistake gets an error and
	// keeps the PDF as it was.
	pdf := filepath.Join(dir, "summary.pdf")
	content := []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + strings.Repeat("x", 4096))
	if err := os.WriteFile(pdf, content, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, pdf); err == nil || !strings.Contains(err.Error(), pdf) ||
		!strings.Contains(err.Error(), "not a database") {
		t.Errorf("Open(a PDF) error = %v, want \"not a database\" naming %s", err, pdf)
	}
	if after, err := os.ReadFile(pdf); err != nil || string(after) != string(content) {
		t.Errorf("Open(a PDF) changed the file (%v)", err)
	}

	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE invoices (id INTEGER PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, other); err == nil || !strings.Contains(err.Error(), "not a dossier store") {
		t.Errorf("Open(another program's database) error = %v, want \"not a dossier store\"", err)
	}

	if _, err := Open(ctx, filepath.Join(dir, "no", "such", "dir", "dossier.db")); err == nil {
		t.Error("Open in a missing directory succeeded")
	}
}

func TestOpen_PathWithURIMetacharacters(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "report?v=2#draft 100%.db")
	s, err := Open(ctx, path, WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	doc, facts := newsCanada2020()
	mustPut(t, s, doc, facts)
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("store file not at the path given: %v", err)
	}
}

func TestPathFromEnv(t *testing.T) {
	tests := []struct{ flag, env, want string }{
		{"", "", DefaultPath},
		{"", "/var/lib/dossier/octopus.db", "/var/lib/dossier/octopus.db"},
		{"here.db", "/var/lib/dossier/octopus.db", "here.db"},
		{"here.db", "", "here.db"},
	}
	for _, tt := range tests {
		t.Setenv("DOSSIER_DB", tt.env)
		if got := PathFromEnv(tt.flag); got != tt.want {
			t.Errorf("PathFromEnv(%q) with DOSSIER_DB=%q = %q, want %q", tt.flag, tt.env, got, tt.want)
		}
	}
}

// FuzzParseIDPrefix checks the parser of the document ids users type: it
// never panics, and what it accepts is a prefix of a real id's form.
func FuzzParseIDPrefix(f *testing.F) {
	for _, s := range []string{"9f2c", "sha256:9f2c", "SHA256:9F2C", " 41ab ", "", "sha256:", "sha256:*",
		"9f2c%", "g", strings.Repeat("a", 65), idOf("x")} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := parseIDPrefix(s)
		if err != nil {
			return
		}
		hex, ok := strings.CutPrefix(p, "sha256:")
		if !ok || hex == "" || len(hex) > 64 || !isHex(hex) {
			t.Fatalf("parseIDPrefix(%q) = %q, not sha256:<1 to 64 lowercase hex>", s, p)
		}
		if !strings.Contains(strings.ToLower(s), hex) {
			t.Fatalf("parseIDPrefix(%q) = %q, digits not from the input", s, p)
		}
	})
}

// BenchmarkPutDocument stores documents of 50 facts and 20 blocks, the size
// of a project summary.
func BenchmarkPutDocument(b *testing.B) {
	s, _ := openTestStore(b)
	ctx := context.Background()
	base, facts := summary2019()
	for len(facts) < 50 {
		facts = append(facts, facts[:min(len(facts), 50-len(facts))]...)
	}
	for len(base.Blocks) < 20 {
		base.Blocks = append(base.Blocks, base.Blocks[:min(len(base.Blocks), 20-len(base.Blocks))]...)
	}
	n := 0
	for b.Loop() {
		doc := *base
		doc.ID = idOf(fmt.Sprint("benchmark document ", n))
		n++
		if _, err := s.PutDocument(ctx, &doc, facts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*len(facts)), "ns/fact")
}

// TestPutDocument_FiguresAsOfReadBack: a report published in March 2023
// whose table stands "as at 31 December 2022" keeps both dates through
// every read reconciliation and the document pages use.
func TestPutDocument_FiguresAsOfReadBack(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	doc, facts := summary2019()
	doc.AsOf = &dossier.Date{Year: 2023, Month: 3, Day: 1, Precision: dossier.PrecisionMonth}
	doc.AsOfQuote = "Bonn, im März 2023"
	doc.FiguresAsOf = &dossier.Date{Year: 2022, Month: 12, Day: 31, Precision: dossier.PrecisionDay}
	mustPut(t, s, doc, facts)

	want := *doc.FiguresAsOf
	check := func(from string, got *dossier.Date) {
		t.Helper()
		if got == nil || *got != want {
			t.Errorf("%s: figures as of %v, want %v", from, got, want)
		}
	}
	read, err := s.Document(ctx, doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	check("Document", read.FiguresAsOf)
	info, err := s.DocumentInfo(ctx, doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	check("DocumentInfo", info.FiguresAsOf)
	infos, err := s.Documents(ctx, DocumentFilter{})
	if err != nil || len(infos) != 1 {
		t.Fatalf("Documents = %v, %v", infos, err)
	}
	check("Documents", infos[0].FiguresAsOf)
	heads, err := s.DocumentHeads(ctx, []string{doc.ID})
	if err != nil {
		t.Fatal(err)
	}
	h := heads[doc.ID]
	check("DocumentHeads", h.FiguresAsOf)
	if h.AsOf == nil || *h.AsOf != *doc.AsOf {
		t.Errorf("DocumentHeads: as of %v, want %v", h.AsOf, doc.AsOf)
	}

	// Read again without one, the document loses it.
	doc.FiguresAsOf = nil
	doc.Extractor = "newer"
	if _, err := s.PutDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	if read, err := s.Document(ctx, doc.ID); err != nil || read.FiguresAsOf != nil {
		t.Errorf("after a read without figures' date: %v, %v; want nil", read.FiguresAsOf, err)
	}
}

// TestDocument_UnreadableFiguresAsOf: a figures' date the store cannot read
// back (a row written by hand, a damaged file) gives every read one error
// naming the document and the column, not a document without its date.
func TestDocument_UnreadableFiguresAsOf(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	if _, err := s.db.ExecContext(ctx, `UPDATE documents SET figures_as_of = ? WHERE id = ?`, `{"date":"31.12.2022","precision":"day"}`, doc.ID); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func() error{
		"Document":      func() error { _, err := s.Document(ctx, doc.ID); return err },
		"DocumentInfo":  func() error { _, err := s.DocumentInfo(ctx, doc.ID); return err },
		"Documents":     func() error { _, err := s.Documents(ctx, DocumentFilter{}); return err },
		"DocumentHeads": func() error { _, err := s.DocumentHeads(ctx, []string{doc.ID}); return err },
		"Export": func() error {
			return s.Export(ctx, func(ExportDocument) error { return nil }, func(*dossier.Project) error { return nil })
		},
	} {
		err := read()
		if err == nil || !strings.Contains(err.Error(), doc.ID) || !strings.Contains(err.Error(), "figures_as_of") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v, want one line naming %s and figures_as_of", name, err, doc.ID)
		}
	}
}
