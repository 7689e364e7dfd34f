package report

import (
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
)

// TestRender_ScriptsTheFontsLackAreNamed: donors written in Arabic, Hebrew
// and Chinese come out of the PDF as [Arabic], [Hebrew] and [CJK], never
// as U+FFFD, and the Sources section says which scripts the report
// covers. A report in scripts it covers carries no such note.
func TestRender_ScriptsTheFontsLackAreNamed(t *testing.T) {
	rec := manyDonorsRecord(0)
	doc := rec.Documents[0].ID
	rec.Project.Fields[dossier.FieldDonors] = agreedList(
		texts(doc, 0, "وزارة الخارجية", "משרד החוץ", "日本国政府", "Ελληνική Δημοκρατία", "Canada")...)
	text := allText(readBack(t, render(t, "scripts", rec, Options{Date: reportDate})))
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"[Arabic] [1]", "[Hebrew] [1]", "[CJK] [1]", "Ελληνική Δημοκρατία [1]", "Canada [1]",
		"marked [Arabic], [CJK], [Hebrew]", "cover the Latin, Greek and Cyrillic scripts"} {
		if !strings.Contains(flat, want) {
			t.Errorf("report lacks %q:\n%s", want, flat)
		}
	}
	if strings.ContainsRune(text, '\ufffd') {
		t.Errorf("report holds U+FFFD:\n%s", flat)
	}

	plain := allText(readBack(t, render(t, "latin", manyDonorsRecord(3), Options{Date: reportDate})))
	if strings.Contains(plain, "cannot set") {
		t.Errorf("a report in covered scripts carries the scripts note:\n%s", plain)
	}
}
