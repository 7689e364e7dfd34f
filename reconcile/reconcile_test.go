package reconcile

import (
	"fmt"
	"testing"
	"time"

	"github.com/dossier-dev/dossier"
)

func day(y, m, d int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: d, Precision: dossier.PrecisionDay}
}

func month(y, m int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: 1, Precision: dossier.PrecisionMonth}
}

func year(y int) dossier.Date {
	return dossier.Date{Year: y, Month: 1, Day: 1, Precision: dossier.PrecisionYear}
}

// doc makes a document; asOf nil for an undated one.
func doc(id string, asOf *dossier.Date, head string) Doc {
	return Doc{Document: dossier.Document{ID: id, Title: id, Source: id + ".html", AsOf: asOf,
		IngestedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, Head: head}
}

func fact(docID, project, field string, v dossier.Value) dossier.Fact {
	return dossier.Fact{Document: docID, Project: project, Field: field, Value: v, Quote: fmt.Sprintf("%s says %s", docID, v.String())}
}

func eur(amount float64) dossier.Value {
	return dossier.MoneyValue(dossier.Money{Amount: amount, Currency: "EUR", Qualifier: dossier.QualifierTotal})
}

func contribution(docID, donor string, amount float64) dossier.Fact {
	return fact(docID, "Alpha", "contributions", dossier.ContributionValue(dossier.Contribution{Donor: donor, Amount: amount, Currency: "EUR"}))
}

func ptr(d dossier.Date) *dossier.Date { return &d }

func project(t *testing.T, res Result, id string) dossier.Project {
	t.Helper()
	for _, p := range res.Projects {
		if p.ID == id {
			return p
		}
	}
	var ids []string
	for _, p := range res.Projects {
		ids = append(ids, p.ID)
	}
	t.Fatalf("no project %q in %v", id, ids)
	return dossier.Project{}
}

func checkField(t *testing.T, f dossier.Field, value, status, cause string) {
	t.Helper()
	got := "<nil>"
	if f.Value != nil {
		got = f.Value.String()
	}
	c := ""
	if f.Cause != nil {
		c = *f.Cause
	}
	if got != value || f.Status != status || c != cause {
		t.Errorf("got %s %s %q (rule %q), want %s %s %q", got, f.Status, c, f.Rule, value, status, cause)
	}
}

func TestScalarRules(t *testing.T) {
	tests := []struct {
		name                 string
		docs                 []Doc
		facts                []dossier.Fact
		value, status, cause string
	}{
		{"one value", []Doc{doc("a", nil, "")},
			[]dossier.Fact{fact("a", "Alpha", "end", dossier.DateValue(day(2020, 12, 31)))},
			"31 December 2020", "agreed", ""},
		{"precision differs: most precise wins", []Doc{doc("a", nil, ""), doc("b", nil, "")},
			[]dossier.Fact{fact("a", "Alpha", "start", dossier.DateValue(month(2014, 1))), fact("b", "Alpha", "start", dossier.DateValue(day(2014, 1, 1)))},
			"1 January 2014", "compatible", ""},
		{"newer dated source wins on an end date", []Doc{doc("old", nil, ""), doc("new", ptr(day(2020, 10, 19)), "")},
			[]dossier.Fact{fact("old", "Alpha", "end", dossier.DateValue(day(2016, 12, 31))), fact("new", "Alpha", "end", dossier.DateValue(day(2020, 12, 31)))},
			"31 December 2020", "resolved", "out_of_date"},
		// An annual report gives the extended end twice, in a table
		// (month) and in prose (day); its two forms are one value, so
		// the older sources' original end still loses to it.
		{"two forms in the newest source still win", []Doc{doc("release", ptr(day(2017, 3, 14)), ""), doc("sheet", ptr(day(2019, 5, 14)), ""), doc("report", ptr(day(2021, 12, 31)), "")},
			[]dossier.Fact{fact("release", "Alpha", "end", dossier.DateValue(month(2020, 8))), fact("sheet", "Alpha", "end", dossier.DateValue(day(2020, 8, 31))),
				fact("report", "Alpha", "end", dossier.DateValue(month(2021, 2))), fact("report", "Alpha", "end", dossier.DateValue(day(2021, 2, 28)))},
			"28 February 2021", "resolved", "out_of_date"},
		// A donor's portal lists its own EUR 10 million as "budget"; with
		// Spain beside the EU, the programme's EUR 12 million is more
		// than any one share, so the portal's figure loses for its scope
		// even though it is newer.
		{"one donor's share is narrower than the budget", []Doc{doc("report", ptr(day(2021, 6, 1)), ""), doc("portal", ptr(day(2022, 3, 1)), "")},
			[]dossier.Fact{contribution("report", "European Union", 10e6), contribution("report", "Spain", 2e6),
				fact("report", "Alpha", "budget", eur(12e6)), fact("portal", "Alpha", "budget", eur(10e6))},
			"EUR 12,000,000", "resolved", "scope"},
		// Before a second donor joined, France's money was the whole
		// budget: the older figure is out of date, not a share.
		{"a share older than the larger budget was the budget then", []Doc{doc("launch", ptr(day(2020, 3, 3)), ""), doc("report", ptr(day(2025, 3, 1)), "")},
			[]dossier.Fact{contribution("report", "France", 4.2e6), contribution("report", "Netherlands", 1.5e6),
				fact("launch", "Alpha", "budget", eur(4.2e6)), fact("report", "Alpha", "budget", eur(5.7e6))},
			"EUR 5,700,000", "resolved", "out_of_date"},
		{"narrower scope never wins, however new", []Doc{doc("portal", ptr(day(2025, 1, 1)), ""), doc("brochure", ptr(day(2020, 1, 1)), "")},
			[]dossier.Fact{
				{Document: "portal", Project: "Alpha", Field: "end", Value: dossier.DateValue(month(2021, 12)), Scope: "funding:Canada", Quote: "Dec 2021"},
				fact("brochure", "Alpha", "end", dossier.DateValue(year(2027)))},
			"2027", "resolved", "scope"},
		{"the newer source's month, in the day an older source gives of it", []Doc{doc("plan", ptr(day(2017, 3, 14)), ""), doc("ext", ptr(day(2020, 7, 15)), ""), doc("report", ptr(day(2021, 12, 31)), "")},
			[]dossier.Fact{fact("plan", "Alpha", "end", dossier.DateValue(month(2020, 8))), fact("ext", "Alpha", "end", dossier.DateValue(day(2021, 2, 28))),
				fact("report", "Alpha", "end", dossier.DateValue(month(2021, 2)))},
			"28 February 2021", "resolved", "out_of_date"},
		{"two days of the newer source's month: its month stays", []Doc{doc("a", ptr(day(2019, 1, 1)), ""), doc("b", ptr(day(2019, 6, 1)), ""), doc("new", ptr(day(2021, 12, 31)), "")},
			[]dossier.Fact{fact("a", "Alpha", "end", dossier.DateValue(day(2021, 2, 15))), fact("b", "Alpha", "end", dossier.DateValue(day(2021, 2, 28))),
				fact("new", "Alpha", "end", dossier.DateValue(month(2021, 2)))},
			"February 2021", "resolved", "out_of_date"},
		{"start is not time-varying: undecided conflict needs review", []Doc{doc("a", ptr(day(2019, 1, 1)), ""), doc("b", ptr(day(2020, 1, 1)), "")},
			[]dossier.Fact{fact("a", "Alpha", "start", dossier.DateValue(day(2014, 1, 1))), fact("b", "Alpha", "start", dossier.DateValue(day(2015, 1, 1)))},
			"1 January 2015", "needs_review", "unexplained"},
		{"implementer's own document beats third-party entries", []Doc{doc("own", nil, "COUNCIL OF EUROPE"), doc("inv", nil, "GFCE inventory")},
			[]dossier.Fact{
				fact("own", "Alpha", "implementer", dossier.TextValue("Council of Europe")),
				fact("own", "Alpha", "start", dossier.DateValue(day(2014, 1, 1))),
				fact("inv", "Alpha", "start", dossier.DateValue(day(2013, 1, 1)))},
			"1 January 2014", "resolved", "unexplained"},
		{"strict majority of independent sources", []Doc{doc("a", nil, ""), doc("b", nil, ""), doc("c", nil, "")},
			[]dossier.Fact{fact("a", "Alpha", "start", dossier.DateValue(day(2014, 1, 1))), fact("b", "Alpha", "start", dossier.DateValue(day(2014, 1, 1))),
				fact("c", "Alpha", "start", dossier.DateValue(day(2013, 1, 1)))},
			"1 January 2014", "resolved", "unexplained"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Reconcile(Input{Documents: tt.docs, Facts: tt.facts})
			p := project(t, res, "alpha")
			field := tt.facts[len(tt.facts)-1].Field
			checkField(t, p.Fields[field], tt.value, tt.status, tt.cause)
			// Nothing is deleted: every value stays a candidate.
			seen := map[string]bool{}
			for _, f := range tt.facts {
				if f.Field == field {
					seen[f.Value.Key()] = true
				}
			}
			if len(p.Fields[field].Candidates) != len(seen) {
				t.Errorf("%d candidates, want %d", len(p.Fields[field].Candidates), len(seen))
			}
		})
	}
}

// TestCopiesAreOneVoice: two pages that copy each other's sentences do not
// outvote one independent source.
func TestCopiesAreOneVoice(t *testing.T) {
	long := "The project supports countries worldwide in implementing the convention and related standards."
	facts := []dossier.Fact{
		{Document: "portal", Project: "Alpha", Field: "start", Value: dossier.DateValue(day(2013, 1, 1)), Quote: "2013"},
		{Document: "portal", Project: "Alpha", Field: "objectives", Value: dossier.TextValue(long), Quote: long},
		{Document: "news", Project: "Alpha", Field: "start", Value: dossier.DateValue(day(2013, 1, 1)), Quote: "2013"},
		{Document: "news", Project: "Alpha", Field: "objectives", Value: dossier.TextValue(long), Quote: long},
		{Document: "summary", Project: "Alpha", Field: "start", Value: dossier.DateValue(day(2014, 1, 1)), Quote: "2014"},
	}
	res := Reconcile(Input{Documents: []Doc{doc("portal", nil, ""), doc("news", nil, ""), doc("summary", nil, "")}, Facts: facts})
	f := project(t, res, "alpha").Fields["start"]
	if f.Status != dossier.StatusNeedsReview {
		t.Errorf("two copies against one source: %s (%s), want needs_review", f.Status, f.Rule)
	}
}

// TestProjects_VariantsMergeSimilarNamesStayApart: spellings of one project
// merge; "X" and "X-2", and a follow-up, stay separate and are linked.
func TestProjects_VariantsMergeSimilarNamesStayApart(t *testing.T) {
	docs := []Doc{doc("a", nil, ""), doc("b", nil, ""), doc("c", nil, "")}
	facts := []dossier.Fact{
		fact("a", "CyberCrime@Octopus", "title", dossier.TextValue("CyberCrime@Octopus")),
		fact("a", "CyberCrime@Octopus", "budget", dossier.MoneyValue(dossier.Money{Amount: 1, Currency: "EUR", Qualifier: "total"})),
		fact("b", "Cybercrime@Octopus", "title", dossier.TextValue("Cybercrime@Octopus")),
		fact("c", "Cybercrime@Octopus", "title", dossier.TextValue("Cybercrime@Octopus")),
		fact("b", "Cybercrime@Octopus", "successor", dossier.TextValue("Octopus Project")),
		fact("b", "Octopus Project", "title", dossier.TextValue("Octopus Project")),
		fact("c", "Octopus project", "budget", dossier.MoneyValue(dossier.Money{Amount: 2, Currency: "EUR", Qualifier: "total"})),
		fact("c", "GLACY", "title", dossier.TextValue("GLACY")),
		fact("c", "GLACY-2", "title", dossier.TextValue("GLACY-2")),
	}
	res := Reconcile(Input{Documents: docs, Facts: facts})
	var ids []string
	for _, p := range res.Projects {
		ids = append(ids, p.ID)
	}
	want := []string{"cybercrime-octopus", "glacy", "glacy-2", "octopus-project"}
	if fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Fatalf("projects %v, want %v", ids, want)
	}
	co := project(t, res, "cybercrime-octopus")
	if co.Title != "Cybercrime@Octopus" || len(co.Aliases) != 1 || co.Aliases[0] != "CyberCrime@Octopus" {
		t.Errorf("title %q aliases %v", co.Title, co.Aliases)
	}
	if co.Successor == nil || *co.Successor != "octopus-project" {
		t.Errorf("successor %v", co.Successor)
	}
	if op := project(t, res, "octopus-project"); op.Predecessor == nil || *op.Predecessor != "cybercrime-octopus" {
		t.Errorf("predecessor inferred from the successor link: %v", op.Predecessor)
	}
}

// TestSlugs_StableWhenDocumentsAreAdded: an id a store already gave a
// project is kept, even when a new document's spelling would make another.
func TestSlugs_StableWhenDocumentsAreAdded(t *testing.T) {
	first := Reconcile(Input{Documents: []Doc{doc("a", nil, "")}, Facts: []dossier.Fact{
		fact("a", "Octopus", "title", dossier.TextValue("Octopus")),
	}})
	if len(first.Projects) != 1 || first.Projects[0].ID != "octopus" {
		t.Fatalf("first: %+v", first.Projects)
	}
	known := first.NewSlugs
	// Two more documents call it "Octopus Project": its title changes, its
	// id does not.
	second := Reconcile(Input{Documents: []Doc{doc("a", nil, ""), doc("b", nil, ""), doc("c", nil, "")}, Slugs: known, Facts: []dossier.Fact{
		fact("a", "Octopus", "title", dossier.TextValue("Octopus")),
		fact("b", "Octopus Project", "title", dossier.TextValue("Octopus Project")),
		fact("c", "Octopus Project", "title", dossier.TextValue("Octopus Project")),
	}})
	if len(second.Projects) != 1 || second.Projects[0].ID != "octopus" || second.Projects[0].Title != "Octopus Project" {
		t.Fatalf("second: %+v", second.Projects)
	}
}

// TestCountries_NewestListWinsDroppedStayCandidates: a country the newest
// list drops is not deleted; it stays a candidate with its source.
func TestCountries_NewestListWinsDroppedStayCandidates(t *testing.T) {
	docs := []Doc{doc("old", ptr(day(2018, 1, 1)), ""), doc("new", ptr(day(2022, 1, 1)), "")}
	facts := []dossier.Fact{
		fact("old", "Alpha", "countries", dossier.TextValue("GH")),
		fact("old", "Alpha", "countries", dossier.TextValue("SN")),
		fact("new", "Alpha", "countries", dossier.TextValue("GH")),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["countries"]
	if len(f.List) != 1 || f.List[0].Text != "GH" || f.Status != dossier.StatusResolved {
		t.Fatalf("countries %v %s", f.List, f.Status)
	}
	if len(f.Candidates) != 2 || f.Candidates[1].Value.Text != "SN" || f.Candidates[1].Chosen || f.Candidates[1].Cause != dossier.CauseOutOfDate {
		t.Errorf("dropped country: %+v", f.Candidates)
	}
}

// TestCountries_NewestListAddsMembers: a 2024 page lists Uganda beside the
// three countries a 2023 release names; the release's list is out of date.
// Two undated pages with different lists are a union nobody explains.
func TestCountries_NewestListAddsMembers(t *testing.T) {
	tests := []struct {
		name          string
		docs          []Doc
		status, cause string
	}{
		{"a newer list adds a member", []Doc{doc("release", ptr(day(2023, 6, 29)), ""), doc("page", ptr(day(2024, 9, 12)), "")}, dossier.StatusResolved, dossier.CauseOutOfDate},
		{"undated lists are joined", []Doc{doc("release", nil, ""), doc("page", nil, "")}, dossier.StatusResolved, dossier.CauseUnexplained},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var facts []dossier.Fact
			for _, c := range []string{"BI", "CD", "RW"} {
				facts = append(facts, fact("release", "Alpha", "countries", dossier.TextValue(c)), fact("page", "Alpha", "countries", dossier.TextValue(c)))
			}
			facts = append(facts, fact("page", "Alpha", "countries", dossier.TextValue("UG")))
			f := project(t, Reconcile(Input{Documents: tt.docs, Facts: facts}), "alpha").Fields["countries"]
			c := ""
			if f.Cause != nil {
				c = *f.Cause
			}
			if len(f.List) != 4 || f.Status != tt.status || c != tt.cause {
				t.Errorf("countries %v %s %q (rule %q), want 4 members, %s %q", f.List, f.Status, c, f.Rule, tt.status, tt.cause)
			}
		})
	}
}

// TestDecision_OverridesThenNewerSourceReopens: a decision overrides the
// rules; a source ingested after it that disagrees reopens the field.
func TestDecision_OverridesThenNewerSourceReopens(t *testing.T) {
	decided := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	d := dossier.Decision{ID: 1, Project: "alpha", Field: "end", Value: dossier.DateValue(day(2016, 12, 31)), Reviewer: "Ana", Note: "checked", Time: decided}
	docs := []Doc{doc("a", nil, ""), doc("b", ptr(day(2020, 1, 1)), "")}
	facts := []dossier.Fact{fact("a", "Alpha", "end", dossier.DateValue(day(2016, 12, 31))), fact("b", "Alpha", "end", dossier.DateValue(day(2020, 12, 31)))}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts, Decisions: []dossier.Decision{d}}), "alpha").Fields["end"]
	checkField(t, f, "31 December 2016", "overridden", "out_of_date")

	later := doc("c", ptr(day(2021, 1, 1)), "")
	later.IngestedAt = decided.Add(time.Hour)
	facts = append(facts, fact("c", "Alpha", "end", dossier.DateValue(day(2021, 6, 30))))
	f = project(t, Reconcile(Input{Documents: append(docs, later), Facts: facts, Decisions: []dossier.Decision{d}}), "alpha").Fields["end"]
	if f.Status != dossier.StatusNeedsReview || !f.Stale || f.Decision == nil || f.Value == nil || f.Value.String() != "31 December 2016" {
		t.Errorf("after a newer disagreeing source: %+v", f)
	}
}

// BenchmarkReconcile measures reconciliation of many projects, to show it
// stays near-linear in the number of facts.
func BenchmarkReconcile(b *testing.B) {
	for _, n := range []int{100, 1000} {
		var docs []Doc
		var facts []dossier.Fact
		for i := 0; i < n; i++ {
			id := fmt.Sprintf("d%05d", i)
			docs = append(docs, doc(id, ptr(day(2015+i%10, 1, 1)), ""))
			name := fmt.Sprintf("Project %d", i%(n/4))
			facts = append(facts,
				fact(id, name, "title", dossier.TextValue(name)),
				fact(id, name, "end", dossier.DateValue(day(2018+i%5, 12, 31))),
				fact(id, name, "donors", dossier.TextValue(fmt.Sprintf("Donor %d", i%7))))
		}
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			for b.Loop() {
				Reconcile(Input{Documents: docs, Facts: facts})
			}
		})
	}
}

// TestRegions_OneRegionInOtherLanguagesIsOneMember: sources naming the same
// regions in their own languages give one list, compatible, each form a
// candidate with its source; a region the newest source leaves out is
// still out of date.
func TestRegions_OneRegionInOtherLanguagesIsOneMember(t *testing.T) {
	docs := []Doc{doc("fr", ptr(day(2019, 1, 1)), ""), doc("de", ptr(day(2020, 1, 1)), ""), doc("en", ptr(day(2022, 1, 1)), "")}
	facts := []dossier.Fact{
		fact("fr", "Alpha", "regions", dossier.TextValue("région des Grands Lacs")),
		fact("de", "Alpha", "regions", dossier.TextValue("Große Seen")),
		fact("en", "Alpha", "regions", dossier.TextValue("Great Lakes region")),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["regions"]
	if len(f.List) != 1 || f.List[0].Text != "Great Lakes region" || f.Status != dossier.StatusCompatible {
		t.Fatalf("regions %v %s (%s), want [Great Lakes region] compatible", f.List, f.Status, f.Rule)
	}
	for _, c := range f.Candidates {
		if !c.Chosen || c.Cause != "" {
			t.Errorf("a form of the listed region not chosen: %+v", c)
		}
	}

	facts = append(facts, fact("fr", "Alpha", "regions", dossier.TextValue("Afrique de l'Est")))
	f = project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["regions"]
	if len(f.List) != 1 || f.Status != dossier.StatusResolved || *f.Cause != dossier.CauseOutOfDate {
		t.Fatalf("with a region only the oldest names: %v %s", f.List, f.Status)
	}
	for _, c := range f.Candidates {
		if c.Value.Text == "Afrique de l'Est" && (c.Chosen || c.Cause != dossier.CauseOutOfDate) {
			t.Errorf("the dropped region: %+v", c)
		}
	}
}

// TestScopedCandidateLosesForItsScope: whatever rule decides among the
// project-level values (here a majority), a value scoped to one giver's
// funding window lost because it is narrower, and says so.
func TestScopedCandidateLosesForItsScope(t *testing.T) {
	docs := []Doc{doc("a", nil, ""), doc("b", nil, ""), doc("c", nil, ""), doc("portal", nil, "")}
	facts := []dossier.Fact{
		fact("a", "Alpha", "start", dossier.DateValue(day(2019, 1, 1))),
		fact("b", "Alpha", "start", dossier.DateValue(day(2019, 1, 1))),
		fact("c", "Alpha", "start", dossier.DateValue(year(2017))),
		{Document: "portal", Project: "Alpha", Field: "start", Value: dossier.DateValue(day(2021, 11, 1)), Scope: "funding:Germany", Quote: "01.11.2021"},
	}
	p := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha")
	for _, c := range p.Fields["start"].Candidates {
		want := map[string]string{"1 January 2019": "", "2017": "unexplained", "1 November 2021": "scope"}[c.Value.String()]
		if c.Cause != want {
			t.Errorf("candidate %s lost for %q, want %q", c.Value.String(), c.Cause, want)
		}
	}
}

// TestCoarserFormOfWinnerAgrees: an annual report's table gives the end as
// "12/2027" and a later register gives "2027-12-31" over an older
// "31-03-2027"; the month is the same end in a coarser form, so it is
// chosen beside the day, and only the older date lost as out of date.
func TestCoarserFormOfWinnerAgrees(t *testing.T) {
	docs := []Doc{doc("portal", ptr(day(2024, 9, 12)), ""), doc("report", ptr(day(2024, 4, 30)), ""), doc("register", ptr(day(2024, 11, 28)), "")}
	facts := []dossier.Fact{
		fact("portal", "Alpha", "end", dossier.DateValue(day(2027, 3, 31))),
		fact("report", "Alpha", "end", dossier.DateValue(month(2027, 12))),
		fact("register", "Alpha", "end", dossier.DateValue(day(2027, 12, 31))),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["end"]
	checkField(t, f, "31 December 2027", "resolved", "out_of_date")
	for _, c := range f.Candidates {
		wantChosen := c.Value.String() != "31 March 2027"
		if c.Chosen != wantChosen {
			t.Errorf("%s: chosen %v, want %v (cause %q)", c.Value.String(), c.Chosen, wantChosen, c.Cause)
		}
		if wantChosen && c.Cause != "" {
			t.Errorf("%s: cause %q on a chosen form", c.Value.String(), c.Cause)
		}
	}
}

// TestContributions_NewerSourceAddsAGiver: a 2021 record lists the EU's
// and Spain's contributions; a 2023 release adds Germany's, the others'
// amounts unchanged. The older list is out of date; each giver keeps its
// amount.
func TestContributions_NewerSourceAddsAGiver(t *testing.T) {
	docs := []Doc{doc("record", ptr(day(2021, 5, 1)), ""), doc("release", ptr(day(2023, 9, 1)), "")}
	facts := []dossier.Fact{
		contribution("record", "European Union", 8e6), contribution("record", "Spain", 0.5e6),
		contribution("release", "European Union", 8e6), contribution("release", "Spain", 0.5e6), contribution("release", "Germany", 1.5e6),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["contributions"]
	c := ""
	if f.Cause != nil {
		c = *f.Cause
	}
	if len(f.List) != 3 || f.Status != dossier.StatusResolved || c != dossier.CauseOutOfDate {
		t.Errorf("contributions %v %s %q (rule %q), want 3 givers, resolved out_of_date", f.List, f.Status, c, f.Rule)
	}
	// The same givers in both: agreed.
	facts = facts[:4]
	f = project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["contributions"]
	if f.Status != dossier.StatusAgreed {
		t.Errorf("same givers: %s (rule %q), want agreed", f.Status, f.Rule)
	}
}

// TestGiverPage_WindowLosesForScope: a donor's portal (its facts marked
// giver:New Zealand) gives July 2022 – June 2024, New Zealand's grant,
// while the programme's own page and a newer report give July 2020 – June
// 2025. The portal's start and end lose for their scope, as New Zealand's
// funding window. A second donor's page whose start agrees gives the
// older end: that end is out of date, not a window.
func TestGiverPage_WindowLosesForScope(t *testing.T) {
	docs := []Doc{doc("programme", ptr(day(2021, 3, 1)), ""), doc("report", ptr(day(2024, 5, 1)), ""),
		doc("mfat", ptr(day(2022, 8, 1)), ""), doc("dfat", ptr(day(2021, 1, 10)), "")}
	giver := func(docID, g, field string, d dossier.Date) dossier.Fact {
		f := fact(docID, "Alpha", field, dossier.DateValue(d))
		f.Scope = dossier.ScopeGiverPrefix + g
		return f
	}
	facts := []dossier.Fact{
		fact("programme", "Alpha", "start", dossier.DateValue(day(2020, 7, 1))),
		fact("programme", "Alpha", "end", dossier.DateValue(day(2023, 6, 30))),
		fact("report", "Alpha", "end", dossier.DateValue(day(2025, 6, 30))),
		fact("mfat", "Alpha", "donors", dossier.TextValue("New Zealand")),
		giver("mfat", "New Zealand", "start", day(2022, 7, 1)),
		giver("mfat", "New Zealand", "end", day(2024, 6, 30)),
		fact("dfat", "Alpha", "donors", dossier.TextValue("Australia")),
		giver("dfat", "Australia", "start", month(2020, 7)),
		giver("dfat", "Australia", "end", month(2023, 6)),
	}
	p := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha")
	checkField(t, p.Fields["start"], "1 July 2020", "resolved", "scope")
	// The end's own conflict is the extension; the window's end lost
	// for its scope all the same.
	checkField(t, p.Fields["end"], "30 June 2025", "resolved", "out_of_date")
	want := map[string][2]string{
		"1 July 2022":  {"scope", "funding:New Zealand"},
		"30 June 2024": {"scope", "funding:New Zealand"},
		"30 June 2023": {"out_of_date", ""},
		"June 2023":    {"out_of_date", ""},
	}
	for _, field := range []string{"start", "end"} {
		for _, c := range p.Fields[field].Candidates {
			w, ok := want[c.Value.String()]
			if !ok {
				continue
			}
			if c.Cause != w[0] || c.Scope != w[1] {
				t.Errorf("%s %s: cause %q scope %q, want %q %q", field, c.Value.String(), c.Cause, c.Scope, w[0], w[1])
			}
		}
	}
	// Where nothing else states the field, the giver's page stands.
	beta := giver("mfat", "New Zealand", "start", day(2022, 7, 1))
	beta.Project = "Beta"
	only := []dossier.Fact{fact("mfat", "Beta", "donors", dossier.TextValue("New Zealand")), beta}
	b := project(t, Reconcile(Input{Documents: docs, Facts: only}), "beta")
	checkField(t, b.Fields["start"], "1 July 2022", "agreed", "")
}

// TestImplementer_OneBodyInOtherLanguagesIsOneMember: a body named with
// its kind of body in each page's language ("Fondazione Veldwacht",
// "Veldwacht Foundation", "Stichting Veldwacht") is one implementer, not
// three, and every source agrees on it.
func TestImplementer_OneBodyInOtherLanguagesIsOneMember(t *testing.T) {
	docs := []Doc{doc("it", ptr(day(2022, 1, 1)), ""), doc("en", ptr(day(2023, 1, 1)), ""), doc("nl", ptr(day(2024, 1, 1)), "")}
	facts := []dossier.Fact{
		fact("it", "Alpha", "implementer", dossier.TextValue("Fondazione Veldwacht")),
		fact("en", "Alpha", "implementer", dossier.TextValue("Veldwacht Foundation")),
		fact("nl", "Alpha", "implementer", dossier.TextValue("Stichting Veldwacht")),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["implementer"]
	if len(f.List) != 1 || f.Status != dossier.StatusAgreed {
		t.Fatalf("implementer %v %s (%s), want one body, agreed", f.List, f.Status, f.Rule)
	}
}

// TestNewerSource_ARecordOfBothEndsDatesNeither: a 2020 release and a
// 2021 report give the first end (30 September 2023); a 2022 release and
// a 2024 report the extended one (31 March 2025); a register consulted in
// 2025 lists both, its original and its current end. The register dates
// neither value: the newest source that gives only one is the 2024
// report, and the extended end wins, the first one out of date.
func TestNewerSource_ARecordOfBothEndsDatesNeither(t *testing.T) {
	docs := []Doc{
		doc("release2020", ptr(day(2020, 6, 1)), ""), doc("report2021", ptr(day(2021, 5, 1)), ""),
		doc("release2022", ptr(day(2022, 5, 1)), ""), doc("report2024", ptr(day(2024, 12, 31)), ""),
		doc("register", ptr(day(2025, 2, 1)), ""),
	}
	first, extended := dossier.DateValue(day(2023, 9, 30)), dossier.DateValue(day(2025, 3, 31))
	facts := []dossier.Fact{
		fact("release2020", "Alpha", "end", first), fact("report2021", "Alpha", "end", first),
		fact("release2022", "Alpha", "end", extended), fact("report2024", "Alpha", "end", extended),
		fact("register", "Alpha", "end", first), fact("register", "Alpha", "end", extended),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["end"]
	checkField(t, f, "31 March 2025", "resolved", "out_of_date")
}

// TestNewerSource_ValueOnlyTheNewestGivesBesideAnother: a 2023 news
// item and a February 2024 factsheet give the budget as EUR 11.2 million;
// a March 2024 release gives it too, and beside it EUR 1.3 million (one
// partner's part, read as a total). The release dates neither value, as
// it gives both; the newest source that gives one alone is the
// factsheet, and EUR 11.2 million wins. Before, the release's date stayed
// on EUR 1.3 million, which no other source gives, and it won as newest.
func TestNewerSource_ValueOnlyTheNewestGivesBesideAnother(t *testing.T) {
	docs := []Doc{
		doc("news2023", ptr(day(2023, 12, 19)), ""), doc("factsheet2024", ptr(day(2024, 2, 12)), ""),
		doc("release2024", ptr(day(2024, 3, 7)), ""),
	}
	total, part := eur(11_200_000), eur(1_300_000)
	facts := []dossier.Fact{
		fact("news2023", "Alpha", "budget", total), fact("factsheet2024", "Alpha", "budget", total),
		fact("release2024", "Alpha", "budget", total), fact("release2024", "Alpha", "budget", part),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["budget"]
	checkField(t, f, "EUR 11,200,000", "resolved", "out_of_date")
}

// TestMajority_FormsOfOneValueCountTogether: three undated sources give
// the start as 1 July 2019, two as July 2019, one as 2024 (a misreading).
// No rule of dates decides; the forms of 1 July 2019 are five of six
// voices, a majority, and it wins; July 2019 agrees with it.
func TestMajority_FormsOfOneValueCountTogether(t *testing.T) {
	var docs []Doc
	var facts []dossier.Fact
	add := func(id string, d dossier.Date) {
		docs = append(docs, doc(id, nil, ""))
		facts = append(facts, fact(id, "Alpha", "start", dossier.DateValue(d)))
	}
	add("portal", day(2019, 7, 1))
	add("factsheet", day(2019, 7, 1))
	add("release", day(2019, 7, 1))
	add("brochure", month(2019, 7))
	add("news", month(2019, 7))
	add("report", year(2024))
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["start"]
	checkField(t, f, "1 July 2019", "resolved", "unexplained")
	for _, c := range f.Candidates {
		if want := c.Value.String() != "2024"; c.Chosen != want {
			t.Errorf("%s: chosen %v, want %v", c.Value.String(), c.Chosen, want)
		}
	}
}

// TestMajority_AVoiceForBothCountsForNeither: a report gives the start as
// July 2019 and, misread from its next project, 2024; four other sources
// give 1 July 2019 or July 2019. The report's voice counts for neither
// value; the other four are a majority of five.
func TestMajority_AVoiceForBothCountsForNeither(t *testing.T) {
	docs := []Doc{doc("portal", nil, ""), doc("factsheet", nil, ""), doc("release", nil, ""), doc("news", nil, ""), doc("report", nil, "")}
	facts := []dossier.Fact{
		fact("portal", "Alpha", "start", dossier.DateValue(day(2019, 7, 1))),
		fact("factsheet", "Alpha", "start", dossier.DateValue(day(2019, 7, 1))),
		fact("release", "Alpha", "start", dossier.DateValue(month(2019, 7))),
		fact("news", "Alpha", "start", dossier.DateValue(month(2019, 7))),
		fact("report", "Alpha", "start", dossier.DateValue(month(2019, 7))),
		fact("report", "Alpha", "start", dossier.DateValue(year(2024))),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["start"]
	checkField(t, f, "1 July 2019", "resolved", "unexplained")
}

// TestMajority_ACoarseFormOfTwoValuesDecidesNothing: two sources give
// the start as 2019, one as 1 July 2019, one as 1 March 2019. "2019" is a
// form of both days; it makes neither a majority, and a reviewer decides.
func TestMajority_ACoarseFormOfTwoValuesDecidesNothing(t *testing.T) {
	docs := []Doc{doc("portal", nil, ""), doc("factsheet", nil, ""), doc("news", nil, ""), doc("report", nil, "")}
	facts := []dossier.Fact{
		fact("portal", "Alpha", "start", dossier.DateValue(year(2019))),
		fact("factsheet", "Alpha", "start", dossier.DateValue(year(2019))),
		fact("news", "Alpha", "start", dossier.DateValue(day(2019, 7, 1))),
		fact("report", "Alpha", "start", dossier.DateValue(day(2019, 3, 1))),
	}
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["start"]
	if f.Status != dossier.StatusNeedsReview {
		t.Errorf("status %s (rule %q), want needs_review", f.Status, f.Rule)
	}
}

// TestNewerSource_FiguresDateOrdersSources: an annual report published in
// May 2024 lists six countries in a table "Stand: 31.12.2023"; a
// factsheet of March 2024 lists seven. The factsheet's list is the newer:
// the report's figures stand in December, whenever it was printed.
func TestNewerSource_FiguresDateOrdersSources(t *testing.T) {
	report := doc("report", ptr(month(2024, 5)), "")
	report.FiguresAsOf = ptr(day(2023, 12, 31))
	docs := []Doc{report, doc("factsheet", ptr(month(2024, 3)), "")}
	var facts []dossier.Fact
	for _, c := range []string{"BI", "KE", "RW", "SS", "TZ", "UG"} {
		facts = append(facts, fact("report", "Alpha", "countries", dossier.TextValue(c)), fact("factsheet", "Alpha", "countries", dossier.TextValue(c)))
	}
	facts = append(facts, fact("factsheet", "Alpha", "countries", dossier.TextValue("CD")))
	f := project(t, Reconcile(Input{Documents: docs, Facts: facts}), "alpha").Fields["countries"]
	if len(f.List) != 7 {
		t.Errorf("countries %v (rule %q), want the factsheet's seven", f.List, f.Rule)
	}
}
