package facts

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/extract"
)

// TestExtract_ListMemberQuotedAroundItself: one cell naming 10,000
// funders gives 10,000 donors, each quoted by the words around it (at
// most 300 bytes, a substring of the cell), not by the whole 200 KB cell
// 10,000 times over (issue 10, item 2).
func TestExtract_ListMemberQuotedAroundItself(t *testing.T) {
	names := make([]string, 10000)
	for i := range names {
		// Names without digits, as funders have: "Fund Baaaq", "Fund
		// Caaaq", … (the "q" keeps them from spelling a body the lexicon
		// knows, "Fund Ifad" being IFAD's).
		names[i] = fmt.Sprintf("Fund %c%c%c%cq", 'B'+i%20, 'a'+i/20%20, 'a'+i/400%20, 'a'+i/8000%20)
	}
	cell := strings.Join(names, ", ")
	page := "<html><head><title>Harbour Watch Initiative</title></head><body><h1>Harbour Watch Initiative</h1>" +
		"<dl><dt>Donors</dt><dd>" + cell + "</dd></dl></body></html>"
	doc, err := extract.Default().Extract(context.Background(), extract.Source{Name: "funders.html", Data: []byte(page)}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	donors, total := 0, 0
	for _, f := range Extract(doc) {
		if f.Field != "donors" {
			continue
		}
		donors++
		total += len(f.Quote)
		// The quote is a piece of the cell (checked on a sample: the
		// check itself is quadratic).
		if len(f.Quote) > maxListQuote || !strings.Contains(f.Quote, f.Value.String()) || donors%500 == 0 && !strings.Contains(cell, f.Quote) {
			t.Fatalf("donor %s quoted as %q", f.Value.String(), f.Quote)
		}
	}
	if donors != len(names) {
		t.Errorf("%d donors, want %d", donors, len(names))
	}
	t.Logf("%d donors, %d bytes of quotes in all", donors, total)
}
