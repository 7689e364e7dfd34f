package facts_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/facts"
)

// caseFields are the fields the txtar cases state: the project's title, its
// other names and the export contract's fields.
var caseFields = append([]string{dossier.FieldTitle, dossier.FieldAliases}, dossier.ContractFields...)

// TestExtract_Cases reads testdata/cases/*.txtar: a small document per
// label kind, layout and language (doc.html) and, in "want", the facts a
// person reading it records, one "field: value" a line ("field: value
// [scope]" for a value scoped to something narrower; "[Project] field:
// value" in a case about several projects). The facts must be exactly
// those, in any order; a case that states a predecessor or a successor
// is held to every relation too. An optional "known" file lists the
// names the store already holds from earlier documents, one a line.
func TestExtract_Cases(t *testing.T) {
	files, _ := filepath.Glob("testdata/cases/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var html string
			var want, known []string
			for _, f := range ar.Files {
				switch f.Name {
				case "doc.html":
					html = string(f.Data)
				case "known":
					for _, l := range strings.Split(string(f.Data), "\n") {
						if l = strings.TrimSpace(l); l != "" {
							known = append(known, l)
						}
					}
				case "want":
					for _, l := range strings.Split(string(f.Data), "\n") {
						if l = strings.TrimSpace(l); l != "" {
							want = append(want, l)
						}
					}
				}
			}
			// A case about several projects writes each fact's project
			// first: "[SAFEWAT] end: 30 June 2023".
			byProject := len(want) > 0 && strings.HasPrefix(want[0], "[")
			// A case that states a relation between projects is compared
			// on relations too.
			fields := caseFields
			for _, l := range want {
				if strings.Contains(l, dossier.FieldPredecessor+": ") || strings.Contains(l, dossier.FieldSuccessor+": ") {
					fields = append(slices.Clone(caseFields), dossier.FieldPredecessor, dossier.FieldSuccessor)
					break
				}
			}
			var got []string
			var store *facts.Known
			if len(known) > 0 {
				store = facts.NewKnown(known)
			}
			for _, f := range facts.ExtractWith(doc(t, html), store) {
				if slices.Contains(fields, f.Field) {
					// A value scoped to something narrower than the
					// project (one giver's funding window) says so.
					line := f.Field + ": " + f.Value.String()
					if f.Scope != "" {
						line += " [" + f.Scope + "]"
					}
					if byProject {
						line = "[" + f.Project + "] " + line
					}
					got = append(got, line)
				}
			}
			slices.Sort(want)
			slices.Sort(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("facts differ (-want +got):\n%s", diff)
			}
		})
	}
}
