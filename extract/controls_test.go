package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
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

// TestHTML_FieldDivsOfAnyClass: a portal's field div whose label and
// value are two elements side by side gives a label/value pair whatever
// the class names ("k"/"v", none); adjacent tags keep their items apart.
func TestHTML_FieldDivsOfAnyClass(t *testing.T) {
	page := `<html><body><div class="card">
<div class="item"><span class="k">Status</span><span class="v">Ongoing</span></div>
<div><b>Budget</b><span>EUR 3 million</span></div>
<div class="tags"><span class="tag">European Union</span><span class="tag">Council of Europe</span><span class="tag">Japan</span></div>
</div></body></html>`
	doc, err := Default().Extract(context.Background(), Source{Name: "card.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	pairs := map[string]string{}
	var texts []string
	for _, b := range doc.Blocks {
		if b.Role == dossier.RolePair {
			pairs[b.Label] = b.Text
		}
		texts = append(texts, b.Text)
	}
	if pairs["Status"] != "Ongoing" || pairs["Budget"] != "EUR 3 million" {
		t.Errorf("pairs %v", pairs)
	}
	if all := strings.Join(texts, "|"); !strings.Contains(all, "European Union\nCouncil of Europe\nJapan") {
		t.Errorf("tags run together: %q", all)
	}
}
