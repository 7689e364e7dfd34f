package extract

import (
	"context"
	"testing"

	"github.com/dossier-dev/dossier"
)

// TestHTML_LayoutTable: a page laid out in a table (a menu in one cell,
// the content in the other, as older portals and embassy sites are built)
// gives the content's heading and label/value pairs as blocks of their
// own, not one cell's flattened text.
func TestHTML_LayoutTable(t *testing.T) {
	page := `<html><body><table><tr>
<td><p>Menu</p><ul><li><a href="/x">Other project</a></li></ul></td>
<td><h2>Rural Schools Support</h2>
<dl><dt>Country</dt><dd>Mozambique</dd><dt>Status</dt><dd>completed</dd></dl></td>
</tr></table>
<table><tr><th>Year</th><th>Amount</th></tr><tr><td>2020</td><td>EUR 5</td></tr></table>
</body></html>`
	doc, err := Default().Extract(context.Background(), Source{Name: "layout.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		role        dossier.BlockRole
		label, text string
	}{
		{dossier.RoleParagraph, "", "Menu"},
		{dossier.RoleItem, "", "Other project"},
		{dossier.RoleHeading, "", "Rural Schools Support"},
		{dossier.RolePair, "Country", "Mozambique"},
		{dossier.RolePair, "Status", "completed"},
		// A data table stays rows.
		{dossier.RolePair, "Year", "Amount"},
		{dossier.RolePair, "2020", "EUR 5"},
	}
	if len(doc.Blocks) != len(want) {
		for _, b := range doc.Blocks {
			t.Logf("%s %q %q", b.Role, b.Label, b.Text)
		}
		t.Fatalf("%d blocks, want %d", len(doc.Blocks), len(want))
	}
	for i, w := range want {
		b := doc.Blocks[i]
		if b.Role != w.role || b.Label != w.label || b.Text != w.text {
			t.Errorf("block %d: %s %q %q, want %s %q %q", i, b.Role, b.Label, b.Text, w.role, w.label, w.text)
		}
	}
}
