package extract

import (
	"context"
	"strings"
	"testing"
)

// TestExtract_StripsControlAndBidiCharacters: a page whose title, heading
// and label/value pairs carry a terminal escape, a bell, a C1 control and
// bidi overrides gives text without them, so nothing downstream (store,
// terminal, report) sees them; line breaks and a row's tabs stay.
func TestExtract_StripsControlAndBidiCharacters(t *testing.T) {
	page := "<html><head><title>Harbour\x1b]0;pwned\x07 Watch</title></head><body>" +
		"<h1>Harbour \x1b[31mWatch\x1b[0m</h1>" +
		"<dl><dt>Donor\u202e</dt><dd>\u202eadanaC\u202c and \u2066Norway\u2069\u0085</dd></dl>" +
		"<table><tr><td>A</td><td>B</td><td>C\u200f</td></tr></table></body></html>"
	doc, err := Default().Extract(context.Background(), Source{Name: "hostile.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{doc.Title}
	for _, b := range doc.Blocks {
		texts = append(texts, b.Text, b.Label)
	}
	for _, s := range texts {
		for _, r := range s {
			if isStripped(r) {
				t.Errorf("%q keeps %U", s, r)
			}
		}
	}
	if !strings.Contains(doc.Title, "Harbour") || !strings.Contains(doc.Title, "Watch") {
		t.Errorf("title lost its words: %q", doc.Title)
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"adanaC and Norway", "A\tB\tC"} {
		if !strings.Contains(all, want) {
			t.Errorf("text lost %q: %q", want, all)
		}
	}
}
