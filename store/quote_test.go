package store

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
)

// TestCapQuote: a quote over the limit is cut at the last word before it
// and marked; one at the limit or under is kept whole.
func TestCapQuote(t *testing.T) {
	atLimit := strings.Repeat("é", MaxQuoteRunes)
	words := strings.Repeat("Canada, France, Iceland, ", 100) // 2,500 runes
	got := capQuote(words)
	if !strings.HasSuffix(got, "…") || utf8.RuneCountInString(got) > MaxQuoteRunes+1 {
		t.Errorf("capQuote(2,500 runes) = %d runes, ending %q", utf8.RuneCountInString(got), got[len(got)-12:])
	}
	body := strings.TrimSuffix(got, "…")
	if !strings.HasPrefix(words, body) || !strings.HasSuffix(body, "Iceland") && !strings.HasSuffix(body, "France") && !strings.HasSuffix(body, "Canada") {
		t.Errorf("capQuote cut inside a word: ends %q", body[len(body)-20:])
	}
	for _, q := range []string{"", "84 months (1 January 2014 – 31 December 2020)", atLimit} {
		if got := capQuote(q); got != q {
			t.Errorf("capQuote(%d runes) changed it", utf8.RuneCountInString(q))
		}
	}
	if got := capQuote(strings.Repeat("x", 3*MaxQuoteRunes)); utf8.RuneCountInString(got) != MaxQuoteRunes+1 {
		t.Errorf("capQuote(one long word) = %d runes, want the limit and the mark", utf8.RuneCountInString(got))
	}
}

// TestPutDocument_HugeQuotesAreCapped: ten thousand facts that each quote
// the same 230 KB table cell (issue 10: a 2.31 GB store) are stored with
// capped quotes, in a file of a few megabytes.
func TestPutDocument_HugeQuotesAreCapped(t *testing.T) {
	s, path := openTestStore(t)
	var cell strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&cell, "Funder number %d, ", i)
	}
	quote := cell.String()
	doc := &dossier.Document{ID: idOf("funders"), Source: "funders.html", Kind: dossier.KindHTML, Title: "Funders"}
	facts := make([]dossier.Fact, 10000)
	for i := range facts {
		name := fmt.Sprintf("Funder number %d", i)
		facts[i] = dossier.Fact{Project: "Octopus Project", Field: "donors", Value: dossier.TextValue(name), Raw: name, Quote: quote, Extractor: "table"}
	}
	mustPut(t, s, doc, facts)
	got, err := s.Facts(context.Background(), FactFilter{Document: doc.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(facts) {
		t.Fatalf("%d facts stored, want %d", len(got), len(facts))
	}
	for _, f := range got {
		if n := utf8.RuneCountInString(f.Quote); n > MaxQuoteRunes+1 || !strings.HasPrefix(quote, strings.TrimSuffix(f.Quote, "…")) {
			t.Fatalf("stored quote of %d runes, want a prefix of the cell of at most %d", n, MaxQuoteRunes+1)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if onPostgres() {
		return // the size is the SQLite file's
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Size() > 20<<20 {
		t.Errorf("store of %d bytes, want under 20 MB", info.Size())
	}
	t.Logf("10,000 facts quoting a %d-byte cell: store of %d bytes", len(quote), info.Size())
}
