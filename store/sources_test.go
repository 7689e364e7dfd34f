package store

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// TestLookupSource_TellsStateReasonAndPlace: the pipeline learns in one
// read whether bytes are stored, how they ended and whether this place is
// already recorded, so an unchanged file needs no write.
func TestLookupSource_TellsStateReasonAndPlace(t *testing.T) {
	s, _ := openTestStore(t)
	ctx := context.Background()
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	bad := &dossier.Document{ID: idOf("truncated"), Source: "in/truncated.pdf", Kind: dossier.KindPDF, Error: "malformed PDF: no %%EOF marker"}
	if err := s.PutFailure(ctx, bad); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, id, source string
		want             Known
	}{
		{"ingested, same place", doc.ID, doc.Source, Known{State: StateIngested, SourceRecorded: true}},
		{"ingested, new place", doc.ID, "copy.pdf", Known{State: StateIngested}},
		{"failed, same place", bad.ID, bad.Source, Known{State: StateFailed, Error: bad.Error, SourceRecorded: true}},
		{"never stored", idOf("new"), "new.pdf", Known{}},
	}
	for _, tt := range tests {
		got, err := s.LookupSource(ctx, tt.id, tt.source)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestAddSource_RecordsThePlaceOnly: a second place for stored bytes is
// listed with the document, whose facts stay as they were; bytes the store
// does not hold cannot get a place.
func TestAddSource_RecordsThePlaceOnly(t *testing.T) {
	s, _ := openTestStore(t)
	ctx := context.Background()
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	for range 2 {
		if err := s.AddSource(ctx, doc.ID, "mirror/summary.pdf"); err != nil {
			t.Fatal(err)
		}
	}
	infos, err := s.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{doc.Source, "mirror/summary.pdf"}, infos[0].Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if infos[0].Facts != len(facts) {
		t.Errorf("facts %d after adding a source, want %d", infos[0].Facts, len(facts))
	}
	if err := s.AddSource(ctx, idOf("not stored"), "x.pdf"); !errors.Is(err, ErrNotFound) {
		t.Errorf("add source to bytes not stored: %v, want ErrNotFound", err)
	}
}

// TestHTTPValidators_RoundTripAndReplace: validators recorded for a URL
// come back as recorded; newer ones replace them; a response with neither
// header removes them.
func TestHTTPValidators_RoundTripAndReplace(t *testing.T) {
	s, _ := openTestStore(t)
	ctx := context.Background()
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	const url = "https://www.coe.int/octopus"
	if _, ok, err := s.HTTPValidators(ctx, url); ok || err != nil {
		t.Fatalf("validators before any fetch: ok %v, err %v", ok, err)
	}
	v := HTTPValidators{URL: url, Document: doc.ID, ETag: `"abc"`, LastModified: "Mon, 19 Oct 2020 08:00:00 GMT"}
	if err := s.PutHTTPValidators(ctx, v); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.HTTPValidators(ctx, url)
	if err != nil || !ok {
		t.Fatalf("validators: ok %v, err %v", ok, err)
	}
	v.FetchedAt = fixedNow
	if diff := cmp.Diff(v, got); diff != "" {
		t.Errorf("validators (-want +got):\n%s", diff)
	}
	v.ETag = `W/"def"`
	v.LastModified = ""
	if err := s.PutHTTPValidators(ctx, v); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.HTTPValidators(ctx, url); got.ETag != `W/"def"` || got.LastModified != "" {
		t.Errorf("replaced validators: %+v", got)
	}
	if err := s.PutHTTPValidators(ctx, HTTPValidators{URL: url, Document: doc.ID}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.HTTPValidators(ctx, url); ok {
		t.Error("validators kept after a response with neither header")
	}
	if err := s.PutHTTPValidators(ctx, HTTPValidators{URL: url, Document: idOf("not stored"), ETag: `"x"`}); err == nil {
		t.Error("validators for a document not in the store were accepted")
	}
}

// TestSourcesUnder_ListsThePlacesInAFolder: the places under a folder come
// back with their document and state; places outside it, even sharing the
// folder's name as a prefix, do not.
func TestSourcesUnder_ListsThePlacesInAFolder(t *testing.T) {
	s, _ := openTestStore(t)
	ctx := context.Background()
	doc, facts := summary2019()
	doc.Source = "in/a/summary.pdf"
	mustPut(t, s, doc, facts)
	for _, src := range []string{"in/b/copy.pdf", "in-other/summary.pdf", "in"} {
		if err := s.AddSource(ctx, doc.ID, src); err != nil {
			t.Fatal(err)
		}
	}
	bad := &dossier.Document{ID: idOf("truncated"), Source: "in/a/truncated.pdf", Kind: dossier.KindPDF, Error: "malformed PDF"}
	if err := s.PutFailure(ctx, bad); err != nil {
		t.Fatal(err)
	}
	got, err := s.SourcesUnder(ctx, "in/")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]KnownSource{
		"in/a/summary.pdf":   {Document: doc.ID, State: StateIngested},
		"in/b/copy.pdf":      {Document: doc.ID, State: StateIngested},
		"in/a/truncated.pdf": {Document: bad.ID, State: StateFailed, Error: "malformed PDF"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources under in/ (-want +got):\n%s", diff)
	}
}
