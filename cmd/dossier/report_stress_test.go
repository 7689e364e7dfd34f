package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/store"
)

// stressProjects are the projects of the stress test: Norway funds all
// three; one news item gives one contribution to Alpha and Beta together;
// Gamma has a contribution of its own; the three hold 40 open fields.
var stressProjects = []struct {
	name, id string
	open     int
}{
	{"Alpha Shield Project", "alpha-shield-project", 14},
	{"Beta Bridge Project", "beta-bridge-project", 13},
	{"Gamma Link Project", "gamma-link-project", 13},
}

// putStressStore builds the stress test's store at db through the store
// package: for each project two undated pages that disagree on its open
// fields, and the news item of the shared contribution.
func putStressStore(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.WithClock(func() time.Time { return ingestedAt }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	put := func(name, source string, asOf *dossier.Date, facts []dossier.Fact) {
		t.Helper()
		doc := &dossier.Document{ID: fmt.Sprintf("sha256:%x", sha256.Sum256([]byte(name))), Source: source,
			Kind: dossier.KindHTML, Title: name, AsOf: asOf, Size: 1000}
		for i := range facts {
			facts[i].Document = doc.ID
			if facts[i].Quote == "" {
				facts[i].Quote = facts[i].Raw
			}
			if facts[i].Extractor == "" {
				facts[i].Extractor = "pair"
			}
		}
		if _, err := st.PutDocument(ctx, doc, facts); err != nil {
			t.Fatal(err)
		}
	}
	fact := func(project, field string, v dossier.Value, raw string) dossier.Fact {
		return dossier.Fact{Project: project, Field: field, Value: v, Raw: raw}
	}
	for pi, p := range stressProjects {
		for side, word := range []string{"A", "B"} {
			facts := []dossier.Fact{
				fact(p.name, dossier.FieldTitle, dossier.TextValue(p.name), p.name),
				fact(p.name, dossier.FieldStart, dossier.DateValue(dossier.Date{Year: 2022, Month: 1, Day: 1, Precision: dossier.PrecisionDay}), "Start: 1 January 2022"),
				fact(p.name, dossier.FieldEnd, dossier.DateValue(dossier.Date{Year: 2027, Month: 12, Day: 31, Precision: dossier.PrecisionDay}), "End: 31 December 2027"),
				fact(p.name, dossier.FieldBudget, dossier.MoneyValue(dossier.Money{Amount: 5000000, Currency: "EUR", Qualifier: dossier.QualifierTotal}), "Budget: EUR 5,000,000"),
				fact(p.name, dossier.FieldDonors, dossier.TextValue("Norway"), "Donors: Norway"),
				fact(p.name, dossier.FieldImplementer, dossier.TextValue("UNODC"), "Implementer: UNODC"),
			}
			// The open fields: the duration, the status, and targets the
			// two pages set apart ("Up to 10 workshops" against "Up to 20
			// workshops").
			facts = append(facts,
				fact(p.name, dossier.FieldDurationMonths, dossier.IntValue(60+12*side), fmt.Sprintf("Duration: %d months", 60+12*side)),
				fact(p.name, dossier.FieldStatus, dossier.TextValue([]string{dossier.ProjectOngoing, dossier.ProjectCompleted}[side]), "Status: "+word))
			for i := range p.open - 2 {
				text := fmt.Sprintf("Up to %d %s held", 10*(i+1)+side*5, stressUnits[i])
				facts = append(facts, fact(p.name, dossier.FieldIndicators, dossier.TextValue(text), text))
			}
			if pi == 2 && side == 0 {
				facts = append(facts, fact(p.name, dossier.FieldContributions,
					dossier.ContributionValue(dossier.Contribution{Donor: "Norway", Amount: 500000, Currency: "EUR"}), "Norway: EUR 500,000"))
			}
			put(fmt.Sprintf("%s page %s", p.name, word), fmt.Sprintf("https://example.org/%s-%s.html", p.id, strings.ToLower(word)), nil, facts)
		}
	}
	shared := dossier.ContributionValue(dossier.Contribution{Donor: "Norway", Amount: 3000000, Currency: "NOK", EUREquivalent: ptrFloat(260000)})
	quote := "Norway gives NOK 3 million (about EUR 260,000) to the Alpha Shield and Beta Bridge projects together."
	put("Norway funds two projects", "https://example.org/news/norway.html", &dossier.Date{Year: 2024, Month: 3, Day: 1, Precision: dossier.PrecisionDay}, []dossier.Fact{
		{Project: stressProjects[0].name, Field: dossier.FieldContributions, Value: shared, Raw: quote, Quote: quote},
		{Project: stressProjects[1].name, Field: dossier.FieldContributions, Value: shared, Raw: quote, Quote: quote},
	})
}

func ptrFloat(f float64) *float64 { return &f }

// stressUnits are the things the stress projects' targets count.
var stressUnits = []string{"workshops", "trainings", "seminars", "conferences", "missions", "webinars",
	"assessments", "courses", "events", "meetings", "countries", "experts", "reports"}

// TestReport_StressDonorOnThreeProjects: a donor on three projects, one
// contribution shared by two of them, and 40 open fields. Final reports
// are refused, each naming its open fields, and none is written; drafts
// are written, marked on every page, with the shared money shown as such
// in both projects and counted once.
func TestReport_StressDonorOnThreeProjects(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000")
	db := filepath.Join(t.TempDir(), "dossier.db")
	putStressStore(t, db)
	open := 0
	for _, line := range strings.Split(strings.TrimSpace(cli(t, "projects", "--db", db)), "\n")[1:] {
		var n int
		f := strings.Fields(line)
		fmt.Sscan(f[len(f)-1], &n)
		open += n
	}
	if open != 40 {
		t.Fatalf("the stress store has %d open fields, want 40", open)
	}

	final := t.TempDir()
	code, _, stderr := runCLI(t, "report", "--db", db, "--all", "--donor", "Norway", "-o", final)
	if code != exitSomeFailed {
		t.Errorf("final reports: exit %d, want %d; stderr:\n%s", code, exitSomeFailed, stderr)
	}
	for _, p := range stressProjects {
		want := fmt.Sprintf("report %s: not final: %d fields need review (duration_months, status, target: ", p.id, p.open)
		if n := strings.Count(stderr, want); n != 2 {
			t.Errorf("stderr names %s's open fields %d times, want 2 (its report and Norway's):\n%s", p.id, n, stderr)
		}
	}
	if !strings.Contains(stderr, "6 of 6 reports failed") || !strings.Contains(stderr, "add --draft") {
		t.Errorf("stderr does not count the refused reports and say how to draft them:\n%s", stderr)
	}
	if left := leftovers(t, final); len(left) > 0 {
		t.Errorf("refused reports left files: %v", left)
	}

	drafts := t.TempDir()
	out := cli(t, "report", "--db", db, "--all", "--donor", "Norway", "--draft", "-o", drafts)
	if n := strings.Count(out, "wrote "); n != 6 {
		t.Errorf("--draft wrote %d reports, want 6:\n%s", n, out)
	}
	for _, p := range stressProjects {
		for _, file := range []string{p.id + ".pdf", p.id + "-norway.pdf"} {
			data, err := os.ReadFile(filepath.Join(drafts, file))
			if err != nil {
				t.Fatal(err)
			}
			pages := pdfPages(t, data)
			for i, page := range pages {
				if i > 0 && !strings.Contains(page, fmt.Sprintf("DRAFT · %d open reviews", p.open)) {
					t.Errorf("%s page %d: no DRAFT mark counting %d open reviews", file, i+1, p.open)
				}
			}
			all := strings.Join(pages, " ")
			if n := strings.Count(all, "NEEDS REVIEW"); n < p.open {
				t.Errorf("%s marks %d open fields, want %d", file, n, p.open)
			}
			if !strings.HasSuffix(file, "-norway.pdf") {
				continue
			}
			var want []string
			switch p.id {
			case "alpha-shield-project":
				want = []string{"NOK 3,000,000", "(EUR 260,000 as the source gives it), up to 5.2% of the budget", "Shared with Beta Bridge Project; the sources do not state the split."}
			case "beta-bridge-project":
				want = []string{"NOK 3,000,000", "up to 5.2% of the budget", "Shared with Alpha Shield Project; the sources do not state the split."}
			case "gamma-link-project":
				want = []string{"EUR 500,000", ", 10.0% of the budget"}
				if strings.Contains(pages[0], "Shared with") {
					t.Errorf("%s: Gamma's own contribution is shown as shared", file)
				}
			}
			for _, w := range want {
				if !strings.Contains(pages[0], w) {
					t.Errorf("%s page 1 lacks %q:\n%s", file, w, pages[0])
				}
			}
			if p.id != "gamma-link-project" && !strings.Contains(all, "It is counted once in any total") {
				t.Errorf("%s does not say the shared money is counted once", file)
			}
		}
	}
}
