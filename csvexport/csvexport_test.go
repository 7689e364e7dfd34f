package csvexport_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/csvexport"
)

// hard are values a CSV writer must quote: commas, quotes, line breaks,
// a leading space, non-Latin scripts.
var hard = []string{
	`Fondation "Hirondelle", Genève`,
	"first line\nsecond line",
	" leading space, trailing space ",
	"Ελλάδα, Україна, 日本",
	`""`,
	"a\r\nb", // a CRLF inside a value reads back as a line break
}

func readAll(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, b)
	}
	return rows
}

// TestWriteFields_ReadsBackIntact: every cell a spreadsheet reader (Go's
// encoding/csv) reads back is the value written, commas, quotes and line
// breaks included; records end in CRLF.
func TestWriteFields_ReadsBackIntact(t *testing.T) {
	cause := dossier.CauseOutOfDate
	budget := dossier.MoneyValue(dossier.Money{Amount: 4000000, Currency: "EUR", Qualifier: dossier.QualifierUpTo})
	p := dossier.Project{ID: "p-1", Title: hard[0], Fields: map[string]dossier.Field{
		dossier.FieldBudget: {Value: &budget, Status: dossier.StatusResolved, Rule: hard[1], Cause: &cause,
			Candidates: []dossier.Candidate{{Value: budget, Sources: []dossier.Source{{Document: "d1"}, {Document: "d2"}}}, {Value: budget, Sources: []dossier.Source{{Document: "d1"}}}}},
		dossier.FieldDonors: {IsList: true, List: []dossier.Value{dossier.TextValue(hard[2]), dossier.TextValue(hard[3])}, Status: dossier.StatusAgreed, Rule: hard[4]},
		dossier.FieldStart:  {Status: dossier.StatusAgreed},
		"zz custom, field":  {Value: ptr(dossier.TextValue(hard[5])), Status: dossier.StatusAgreed},
	}}
	var buf bytes.Buffer
	if err := csvexport.WriteFields(&buf, []dossier.Project{p}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(buf.Bytes(), []byte("\r\n")) || !bytes.HasPrefix(buf.Bytes(), []byte(strings.Join(csvexport.FieldColumns, ",")+"\r\n")) {
		t.Errorf("not RFC 4180 records:\n%q", buf.String())
	}
	want := [][]string{
		csvexport.FieldColumns,
		{"p-1", hard[0], "start", "", "null", "agreed", "", "", "0", "0"},
		{"p-1", hard[0], "budget", "up to EUR 4,000,000", `{"amount":4000000,"currency":"EUR","qualifier":"up_to"}`, "resolved", "out_of_date", hard[1], "2", "2"},
		{"p-1", hard[0], "donors", hard[2] + "\n" + hard[3], `[" leading space, trailing space ","Ελλάδα, Україна, 日本"]`, "agreed", "", hard[4], "0", "0"},
		{"p-1", hard[0], "zz custom, field", "a\nb", `"a\r\nb"`, "agreed", "", "", "0", "0"},
	}
	if diff := cmp.Diff(want, readAll(t, buf.Bytes())); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
}

func ptr(v dossier.Value) *dossier.Value { return &v }

// TestWriteFacts_ReadsBackIntact: one row a fact with its provenance, each
// cell as written; the project is the one whose title or alias the fact
// names.
func TestWriteFacts_ReadsBackIntact(t *testing.T) {
	projects := []dossier.Project{{ID: "octopus", Title: "Cybercrime@Octopus", Aliases: []string{hard[0]}}}
	docs := map[string]csvexport.Document{"d1": {Source: "docs/a, b.pdf", Kind: dossier.KindPDF, AsOf: &dossier.Date{Year: 2020, Month: 10, Day: 1, Precision: dossier.PrecisionMonth}}}
	facts := []dossier.Fact{
		{Document: "d1", Project: hard[0], Field: dossier.FieldDonors, Value: dossier.TextValue(hard[3]), Raw: hard[2], Page: 3, Quote: hard[1], Extractor: "prose:funded", Scope: "funding:Canada"},
		{Document: "d2", Project: "Unknown", Field: dossier.FieldDurationMonths, Value: dossier.IntValue(84), Raw: "84 months", Quote: `"84 months"`, Extractor: "pair"},
	}
	var buf bytes.Buffer
	if err := csvexport.WriteFacts(&buf, facts, docs, projects); err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		csvexport.FactColumns,
		{"d1", "docs/a, b.pdf", "pdf", "2020-10-01", "month", "3", "octopus", hard[0], "donors", hard[3], `"Ελλάδα, Україна, 日本"`, "funding:Canada", hard[2], hard[1], "prose:funded"},
		{"d2", "", "", "", "", "", "", "Unknown", "duration_months", "84", "84", "", "84 months", `"84 months"`, "pair"},
	}
	if diff := cmp.Diff(want, readAll(t, buf.Bytes())); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
}
