package main

import (
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/csvexport"
)

func readCSV(t *testing.T, out string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("read CSV back: %v", err)
	}
	return rows
}

// TestExportCSV_FieldsReadBackIntact: `export --format csv`, read back
// with encoding/csv, has one row per project and field, each cell the
// value the contract export holds: titles with quotes and commas, lists
// one member a line, and a reviewer's note with commas, quotes and a line
// break in its rule.
func TestExportCSV_FieldsReadBackIntact(t *testing.T) {
	db := seedStore(t)
	note := "Canada's window states it, \"ongoing\" then;\nconfirmed by mail, 3 May"
	cli(t, "review", "--db", db, "octopus-project", "status", "--candidate", "1", "--note", note, "--reviewer", `Ana "QA", Strasbourg`)
	out := cli(t, "export", "--db", db, "--format", "csv")
	if !strings.HasSuffix(out, "\r\n") {
		t.Errorf("records do not end in CRLF")
	}
	rows := readCSV(t, out)
	var contract exportJSON
	if err := json.Unmarshal([]byte(cli(t, "export", "--db", db)), &contract); err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(csvexport.FieldColumns, ",") {
		t.Fatalf("header %v", rows[0])
	}
	want := 0
	for _, p := range contract.Projects {
		want += len(p.Fields)
	}
	if len(rows)-1 != want {
		t.Fatalf("%d rows, want %d (one per project and field)", len(rows)-1, want)
	}
	byProject := map[string]int{}
	for i, p := range contract.Projects {
		byProject[p.ID] = i
	}
	sawNote, sawQuotedTitle, sawList := false, false, false
	for _, r := range rows[1:] {
		p := contract.Projects[byProject[r[0]]]
		f, ok := p.Fields[r[2]]
		if !ok || r[1] != p.Title {
			t.Errorf("row %v: no such project and field", r[:3])
			continue
		}
		if !jsonEqual(t, f.Value, json.RawMessage(r[4])) || r[5] != f.Status || r[7] != f.Rule || r[8] != strconv.Itoa(len(f.Candidates)) {
			t.Errorf("%s %s: row %q, contract value %s status %s rule %q", r[0], r[2], r, f.Value, f.Status, f.Rule)
		}
		docs := map[string]bool{}
		for _, c := range f.Candidates {
			for _, s := range c.Sources {
				docs[s.Document] = true
			}
		}
		if r[9] != strconv.Itoa(len(docs)) {
			t.Errorf("%s %s: %s sources, want %d", r[0], r[2], r[9], len(docs))
		}
		var list []json.RawMessage
		if json.Unmarshal(f.Value, &list) == nil && len(list) > 1 {
			if strings.Count(r[3], "\n") < len(list)-1 {
				t.Errorf("%s %s: list of %d in %q, not one member a line", r[0], r[2], len(list), r[3])
			}
			sawList = true
		}
		sawNote = sawNote || strings.Contains(r[7], note)
		sawQuotedTitle = sawQuotedTitle || r[1] == `Blue Water "Phase II", Sahel`
	}
	if !sawNote || !sawQuotedTitle || !sawList {
		t.Errorf("note %v, quoted title %v, list %v: a value with commas, quotes or line breaks was not read back", sawNote, sawQuotedTitle, sawList)
	}
}

// TestExportCSV_FactsReadBackIntact: `export --format csv --facts` has one
// row per fact, each with the document, page, quote, raw text and value
// `dossier facts --json` gives, quotes and commas intact.
func TestExportCSV_FactsReadBackIntact(t *testing.T) {
	db := seedStore(t)
	rows := readCSV(t, cli(t, "export", "--db", db, "--format", "csv", "--facts"))
	var facts []struct {
		Document, Field, Quote, Raw string
		Value                       json.RawMessage
	}
	if err := json.Unmarshal([]byte(cli(t, "facts", "--db", db, "--json")), &facts); err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != len(facts) {
		t.Fatalf("%d rows, %d facts", len(rows)-1, len(facts))
	}
	type key struct{ doc, field, quote, raw, value string }
	want := map[key]int{}
	for _, f := range facts {
		want[key{f.Document, f.Field, f.Quote, f.Raw, compactJSON(t, string(f.Value))}]++
	}
	quoted := false
	for _, r := range rows[1:] {
		k := key{r[0], r[8], r[13], r[12], compactJSON(t, r[10])}
		if want[k] == 0 {
			t.Errorf("row %q is no fact of the store", r)
			continue
		}
		want[k]--
		if r[6] == "" {
			t.Errorf("fact %q about %q: no project", r[8], r[7])
		}
		quoted = quoted || strings.Contains(r[13], `"safe" water, sanitation`)
	}
	if !quoted {
		t.Errorf("the quote with quotation marks and commas was not read back")
	}
}
