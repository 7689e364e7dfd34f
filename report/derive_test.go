package report

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// withStatus is rec with its status field stated by src.
func withStatus(rec dossier.Record, status string, src dossier.Source) dossier.Record {
	fields := map[string]dossier.Field{}
	for k, f := range rec.Project.Fields {
		fields[k] = f
	}
	fields[dossier.FieldStatus] = agreed(dossier.TextValue(status), src)
	rec.Project.Fields = fields
	return rec
}

// TestStatus_TrueOnTheReportDate: the status a report gives is the one
// true on its date: from the period when the sources' status is older than
// the period's end (or start), with that basis, else the sources' status
// with the date it speaks from.
func TestStatus_TrueOnTheReportDate(t *testing.T) {
	at := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	co := cybercrimeOctopus()                                         // 1 Jan 2014 – 31 Dec 2020
	news := src(docNews, 0, "the current Cybercrime@Octopus project") // 19 Oct 2020
	summary := src(docSummary, 1, "Cybercrime@Octopus")               // 22 Apr 2019
	gfce := src(docGFCE, 0, "Status: ongoing")                        // undated
	op := octopusProject()                                            // 2021 – 2027, no status of its own
	late := dossier.Document{ID: "sha256:" + strings.Repeat("ab", 32), Kind: dossier.KindHTML, Title: "Extension", AsOf: ptr(day(2021, 6, 1))}
	extended := withStatus(co, dossier.ProjectOngoing, src(late.ID, 0, "The project continues"))
	extended.Documents = append(extended.Documents, late)
	tests := []struct {
		name     string
		rec      dossier.Record
		date     time.Time
		want     string
		wantNote bool
	}{
		{"ongoing in Oct 2020, ended Dec 2020: completed, with its basis", withStatus(co, dossier.ProjectOngoing, news), at(2026, 11, 24), "Completed (ended 31 Dec 2020)", true},
		{"ongoing, dated, within the period", withStatus(co, dossier.ProjectOngoing, news), at(2020, 11, 5), "Ongoing as of 19 Oct 2020", false},
		{"the newest of the sources dates it", withStatus(co, dossier.ProjectOngoing, news), at(2020, 12, 1), "Ongoing as of 19 Oct 2020", false},
		{"an undated source says so", withStatus(co, dossier.ProjectOngoing, gfce), at(2019, 1, 1), "Ongoing (undated source)", false},
		{"completed, stated: completed with the end date", withStatus(co, dossier.ProjectCompleted, summary), at(2026, 1, 1), "Completed (ended 31 Dec 2020)", false},
		{"a source after the end still says ongoing", extended, at(2026, 1, 1), "Ongoing as of 1 Jun 2021", false},
		{"planned before the start, and started since: ongoing", withStatus(op, dossier.ProjectPlanned, news), at(2026, 11, 24), "Ongoing (runs to 2027)", true},
		{"planned after the start date: the source, dated", withStatus(co, dossier.ProjectPlanned, summary), at(2019, 6, 1), "Planned as of 22 Apr 2019", false},
		{"no status, within the period", op, at(2026, 11, 24), "Ongoing (runs to 2027)", true},
		{"no status, before the start", op, at(2020, 6, 1), "Planned (starts 2021)", false},
		{"no status, after the end", op, at(2028, 3, 1), "Completed (ended 2027)", true},
		{"a reviewer's status is dated by the decision", octopusProjectSettled(), at(2026, 11, 24), "Ongoing as of 20 Nov 2026", false},
		{"no status, no period", dossier.Record{Project: dossier.Project{ID: "x"}}, at(2026, 1, 1), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newReport(tt.rec, Options{Date: tt.date})
			got := r.status()
			if got.text != tt.want {
				t.Errorf("status %q, want %q", got.text, tt.want)
			}
			if (got.note != "") != tt.wantNote {
				t.Errorf("note %q: want a note saying the basis: %v", got.note, tt.wantNote)
			}
		})
	}
}

func TestWhereInPeriod(t *testing.T) {
	at := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		rec  dossier.Record
		date time.Time
		want string
	}{
		{cybercrimeOctopus(), at(2026, 11, 24), "ended 5 years 10 months before this report"},
		{cybercrimeOctopus(), at(2021, 1, 15), "ended less than a month before this report"},
		{cybercrimeOctopus(), at(2014, 1, 1), "this report falls in month 1 of 84"},
		{cybercrimeOctopus(), at(2020, 12, 31), "this report falls in month 84 of 84"},
		{octopusProject(), at(2020, 9, 30), "starts 3 months after this report"},
		{octopusProject(), at(2026, 11, 24), "this report falls in month 71 of 84"},
	} {
		if got := newReport(tt.rec, Options{Date: tt.date}).whereInPeriod(); got != tt.want {
			t.Errorf("%s on %s: %q, want %q", tt.rec.Project.ID, tt.date.Format("2006-01-02"), got, tt.want)
		}
	}
}

// TestContributions_SharedWithAnotherProject: money one source gives to two
// projects is shown in each as shared; money its source gives to one is
// not, even when another project has the same amount from the same donor.
func TestContributions_SharedWithAnotherProject(t *testing.T) {
	co := cybercrimeOctopus() // its Related record, the Octopus Project, has the news item's contribution too
	cs := newReport(co, Options{Date: reportDate}).allContributions()
	if len(cs) != 1 || !cmp.Equal(cs[0].sharedWith, []string{"Octopus Project"}) {
		t.Fatalf("contributions %+v, want Canada's shared with the Octopus Project", cs)
	}

	// The same amount from another document is other money.
	other := octopusProject()
	f := other.Project.Fields[dossier.FieldContributions]
	f.Candidates = []dossier.Candidate{cand(canadaContribution(), true, src(docBrochure, 3, "Canada: CAD 250,000"))}
	other.Project.Fields[dossier.FieldContributions] = f
	co.Related = []dossier.Project{other.Project}
	if cs := newReport(co, Options{Date: reportDate}).allContributions(); len(cs[0].sharedWith) != 0 {
		t.Errorf("a contribution another project's own source states is taken for a shared one: %v", cs[0].sharedWith)
	}
}

// TestFundingPeriod_ShownAlikeInEveryReportTheSourceSupports: Canada's
// funding period, which the Cybil entry states for the Octopus Project, is
// shown in the Cybercrime@Octopus report too, since the contribution is
// shared; cited to the Cybil entry, which joins the sources.
func TestFundingPeriod_ShownAlikeInEveryReportTheSourceSupports(t *testing.T) {
	for _, tt := range []struct {
		name string
		rec  dossier.Record
		opt  Options
		want string
	}{
		{"octopus-project", octopusProjectSettled(), Options{Donor: "Canada"}, "Oct 2020 \u2013 Dec 2021 [2]"},
		{"cybercrime-octopus", settled(cybercrimeOctopus()), Options{Donor: "Canada", Peers: []dossier.Record{octopusProject()}},
			"Oct 2020 \u2013 Dec 2021 [4] (stated for Octopus Project)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := readBack(t, render(t, tt.name+"-canada", tt.rec, tt.opt))
			text := allText(res)
			mine := section(text, "What the contribution funds", "Other donors")
			if !strings.Contains(mine, tt.want) {
				t.Errorf("Canada's funding period: want %q in %q", tt.want, mine)
			}
			if !strings.Contains(text, "Octopus Project | Cybil Portal") { // its title, which only the list of sources gives
				t.Errorf("the Cybil entry is not among the sources")
			}
		})
	}
}

// TestRender_SharedContributionCountedOnce: a report says a shared
// contribution is shared, gives its share of the budget as an upper
// bound, and a total over contributions counts it once.
func TestRender_SharedContributionCountedOnce(t *testing.T) {
	rec := settled(cybercrimeOctopus())
	f := rec.Project.Fields[dossier.FieldContributions]
	uk := dossier.ContributionValue(dossier.Contribution{Donor: "United Kingdom", Amount: 300000, Currency: "EUR"})
	f.List = append(append([]dossier.Value(nil), f.List...), uk)
	f.Candidates = append(append([]dossier.Candidate(nil), f.Candidates...), cand(uk, true, src(docSummary, 1, "United Kingdom: EUR 300,000")))
	rec.Project.Fields[dossier.FieldContributions] = f
	text := allText(readBack(t, render(t, "shared", rec, Options{})))
	funding := section(text, "Contributions as the sources state them", "Contributions against the budget")
	for _, want := range []string{"shared with Octopus Project; split not stated", "up to 4.0%", "7.5%",
		"Total", "EUR 461,000", "up to 11.5%", "each contribution once",
		"It is counted once in any total"} {
		if !strings.Contains(funding, want) {
			t.Errorf("the funding table lacks %q: %q", want, funding)
		}
	}
	chart := section(text, "Contributions against the budget", "Objectives")
	for _, want := range []string{"Canada, shared with Octopus Project (split not stated)", "EUR 161,000 (4.0%)",
		"United Kingdom", "EUR 300,000 (7.5%)", "Not reported by the sources", "EUR 3,539,000 (88.5%)"} {
		if !strings.Contains(chart, want) {
			t.Errorf("the budget chart lacks %q: %q", want, chart)
		}
	}
}

// TestItems_ListsConsistentWithTheRecord: a member restating a value that
// lost is left out, paraphrases are one member with both sources, a
// lead-in takes the lines under it, and the notes say so.
func TestItems_ListsConsistentWithTheRecord(t *testing.T) {
	gfceQ := "Help organise up to 15 in-country or regional workshops"
	w15 := dossier.QuantityValue("up to 15 in-country or regional workshops", dossier.Quantity{Amount: 15, Qualifier: dossier.QuantityUpTo, Unit: "in-country or regional workshops"})
	w30 := dossier.QuantityValue("up to 30 in-country or regional workshops", dossier.Quantity{Amount: 30, Qualifier: dossier.QuantityUpTo, Unit: "in-country or regional workshops"})
	target := dossier.Field{Value: &w30, Status: dossier.StatusResolved, Cause: ptr(dossier.CauseOutOfDate), Rule: "newer dated source wins",
		Candidates: []dossier.Candidate{
			cand(w30, true, src(docSummary, 3, "Up to 30 in-country or regional workshops held")),
			{Value: w15, Sources: []dossier.Source{src(docGFCE, 0, gfceQ)}, Cause: dossier.CauseOutOfDate},
		}}
	activities := agreedList(
		member{dossier.TextValue(gfceQ), []dossier.Source{src(docGFCE, 0, gfceQ)}},
		member{dossier.TextValue("Support the organisation of up to 30 in-country or regional workshops"), []dossier.Source{src(docSummary, 3, "Support the organisation of up to 30 in-country or regional workshops")}},
		member{dossier.TextValue("Legislative and other advice"), []dossier.Source{src(docGFCE, 0, "Legislative and other advice")}},
		member{dossier.TextValue("Give legislative and other advice to countries worldwide"), []dossier.Source{src(docSummary, 3, "Give legislative and other advice to countries worldwide")}},
		member{dossier.TextValue("Contributions to events run by other organisations"), []dossier.Source{src(docGFCE, 0, "Contributions to events run by other organisations")}},
		member{dossier.TextValue("Contribute to up to 70 events organised by other organisations"), []dossier.Source{src(docSummary, 3, "Contribute to up to 70 events organised by other organisations")}},
	)
	ind := texts(docSummary, 2, "Availability of the 2nd Additional Protocol to the Budapest Convention")
	ind = append(ind, member{dossier.TextValue("Level of implementation of the Budapest Convention as regards"),
		[]dossier.Source{src(docSummary, 2, "Level of implementation of the Budapest Convention as regards:")}})
	ind = append(ind, texts(docSummary, 2, "Compliance of legislation", "Effectiveness of criminal justice action on cybercrime", "Efficiency of international cooperation")...)
	ind = append(ind,
		member{dossier.QuantityValue("One conference per 18 months (5 in total) held", dossier.Quantity{Amount: 5, Unit: "conferences"}),
			[]dossier.Source{src(docSummary, 2, "One conference per 18 months (5 in total) held")}},
		member{dossier.TextValue("Results of T-CY meetings, including"), []dossier.Source{src(docSummary, 2, "Results of T-CY meetings, including:")}})
	indicators := agreedList(ind...)
	// A country named in the sentence that states the old target is no
	// restatement of it: one sentence may state several things.
	countries := agreedList(member{dossier.TextValue("GH"), []dossier.Source{src(docGFCE, 0, gfceQ)}})
	rec := dossier.Record{Project: dossier.Project{ID: "p", Title: "P", Fields: map[string]dossier.Field{
		"target: in-country or regional workshops": target, dossier.FieldActivities: activities, dossier.FieldIndicators: indicators,
		dossier.FieldCountries: countries,
	}}, Documents: []dossier.Document{summaryDoc, gfceDoc}}
	r := newReport(rec, Options{Date: reportDate})

	type item struct {
		Text string
		Refs []int
		Sub  []string
	}
	simple := func(its []listItem) []item {
		var out []item
		for _, it := range its {
			x := item{Text: it.text, Refs: it.refs}
			for _, s := range it.sub {
				x.Sub = append(x.Sub, s.text)
			}
			out = append(out, x)
		}
		return out
	}
	wantActivities := []item{
		{Text: "Support the organisation of up to 30 in-country or regional workshops", Refs: []int{1}},
		{Text: "Legislative and other advice", Refs: []int{1, 2}},
		{Text: "Contributions to events run by other organisations", Refs: []int{2}},
		{Text: "Contribute to up to 70 events organised by other organisations", Refs: []int{1}},
	}
	if diff := cmp.Diff(wantActivities, simple(r.items(dossier.FieldActivities))); diff != "" {
		t.Errorf("activities (-want +got):\n%s", diff)
	}
	notes := r.listNotesOf(dossier.FieldActivities)
	if len(notes) != 2 || !strings.Contains(notes[0].text, "Left out: “Help organise up to 15 in-country or regional workshops”") ||
		!strings.Contains(notes[0].text, "the report uses up to 30 in-country or regional workshops") || !notes[1].merged {
		t.Errorf("notes on the activities: %+v", notes)
	}
	wantIndicators := []item{
		{Text: "Availability of the 2nd Additional Protocol to the Budapest Convention", Refs: []int{1}},
		{Text: "Level of implementation of the Budapest Convention as regards:", Refs: []int{1},
			Sub: []string{"Compliance of legislation", "Effectiveness of criminal justice action on cybercrime", "Efficiency of international cooperation"}},
		{Text: "One conference per 18 months (5 in total) held", Refs: []int{1}},
	}
	if diff := cmp.Diff(wantIndicators, simple(r.items(dossier.FieldIndicators))); diff != "" {
		t.Errorf("indicators (-want +got):\n%s", diff)
	}
	if got := simple(r.items(dossier.FieldCountries)); len(got) != 1 || got[0].Text != "Ghana" {
		t.Errorf("countries %+v, want Ghana kept", got)
	}
	if notes := r.listNotesOf(dossier.FieldIndicators); len(notes) != 1 || !strings.Contains(notes[0].text, "“Results of T-CY meetings, including”, which ends mid-phrase") {
		t.Errorf("notes on the indicators: %+v", notes)
	}
}

func TestParaphrases(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Make sure the annual Octopus conferences are organised", "Organisation of the annual Octopus conferences", true},
		{"Co-finance the Cybercrime Convention Committee and support its work, now that its membership, its functions and the number of its meetings have grown",
			"Co-funding of the Cybercrime Convention Committee, and support to its work now that its membership, its functions and its number of meetings have grown", true},
		{"Give advice and other help to countries ready to implement the Budapest Convention and the related instruments on data protection and on the protection of children",
			"Advice and other assistance for countries ready to implement the Budapest Convention and related instruments on data protection and on the protection of children", true},
		{"Enable T-CY members to take part in relevant fora", "Support T-CY members in taking part in relevant fora", true},
		{"Support the organisation of up to 30 workshops", "Support the organisation of up to 15 workshops", false},
		{"Octopus conferences on cooperation against cybercrime held", "Make sure the annual Octopus conferences are organised", false},
		{"Number of Parties and observers to the Budapest Convention", "Number of experts, countries and organisations taking part", false},
		{"Canada", "Canada", false}, // names are not statements
	} {
		if got := paraphrases(tt.a, tt.b); got != tt.want {
			t.Errorf("paraphrases(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"Organising the Octopus Conferences. Since 2004 the Octopus Conference has been…": "Organising the Octopus Conferences",
		"Support under Art. 5 of the Convention":                                          "Support under Art. 5 of the Convention",
		"To support implementation of the Budapest Convention":                            "To support implementation of the Budapest Convention",
	} {
		if got := firstSentence(in); got != want {
			t.Errorf("firstSentence(%q) = %q, want %q", in, got, want)
		}
	}
}
