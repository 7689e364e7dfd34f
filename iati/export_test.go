package iati_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/iati"
	"github.com/dossier-dev/dossier/internal/testtool"
)

var org = iati.Org{Ref: "XM-TEST", Type: "40", Name: "Test Organisation"}

// now is the day the files in these tests speak from.
var now = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

func date(y, m, d int, p dossier.Precision) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: d, Precision: p}
}

// doc is the id of a source document in these tests, with its as-of date.
const (
	docSummary = "sha256:summary" // dated 22 April 2019
	docNews    = "sha256:news"    // dated October 2020 (month)
	docPortal  = "sha256:portal"  // undated
	docLater   = "sha256:later"   // dated 2031: after now
)

var sources = map[string]iati.Source{
	docSummary: {Source: "docs/project summary.pdf", Kind: dossier.KindPDF, Title: "Project summary", AsOf: &dossier.Date{Year: 2019, Month: 4, Day: 22, Precision: dossier.PrecisionDay}},
	docNews:    {Source: "https://example.org/news?id=1&lang=en", Kind: dossier.KindHTML, Title: "", AsOf: &dossier.Date{Year: 2020, Month: 10, Day: 1, Precision: dossier.PrecisionMonth}},
	docPortal:  {Source: "portal.html", Kind: dossier.KindHTML, Title: "Portal entry"},
	docLater:   {Source: "later.html", Kind: dossier.KindHTML, Title: "Later", AsOf: &dossier.Date{Year: 2031, Month: 1, Day: 1, Precision: dossier.PrecisionYear}},
}

// agreed is a settled field of one value that the documents state.
func agreed(v dossier.Value, docs ...string) dossier.Field {
	c := dossier.Candidate{Value: v, Chosen: true}
	for _, d := range docs {
		c.Sources = append(c.Sources, dossier.Source{Document: d, Quote: v.String()})
	}
	return dossier.Field{Value: &v, Status: dossier.StatusAgreed, Candidates: []dossier.Candidate{c}}
}

// agreedList is a settled list field; each member is stated by docs.
func agreedList(docs []string, vs ...dossier.Value) dossier.Field {
	f := dossier.Field{IsList: true, List: vs, Status: dossier.StatusAgreed}
	for _, v := range vs {
		c := dossier.Candidate{Value: v, Chosen: true}
		for _, d := range docs {
			c.Sources = append(c.Sources, dossier.Source{Document: d, Quote: v.String()})
		}
		f.Candidates = append(f.Candidates, c)
	}
	return f
}

func texts(ss ...string) []dossier.Value {
	var out []dossier.Value
	for _, s := range ss {
		out = append(out, dossier.TextValue(s))
	}
	return out
}

func eur(a float64) *float64 { return &a }

// richProject states every field IATI carries, some with characters XML
// must escape.
func richProject() dossier.Project {
	all := []string{docSummary, docNews}
	return dossier.Project{
		ID:          "water-and-sanitation",
		Title:       `Water & Sanitation "WASH" <Phase 2>`,
		Aliases:     []string{"WASH II"},
		Identifiers: []dossier.Identifier{{Scheme: "donor-code", Value: "WS/2021 A"}},
		Documents:   []string{docNews, docPortal, docSummary},
		Fields: map[string]dossier.Field{
			dossier.FieldStart:       agreed(dossier.DateValue(date(2021, 3, 1, dossier.PrecisionMonth)), docSummary),
			dossier.FieldEnd:         agreed(dossier.DateValue(date(2027, 1, 1, dossier.PrecisionYear)), docSummary),
			dossier.FieldStatus:      agreed(dossier.TextValue(dossier.ProjectOngoing), docSummary),
			dossier.FieldBudget:      agreed(dossier.MoneyValue(dossier.Money{Amount: 12500000.5, Currency: "EUR", Qualifier: dossier.QualifierUpTo}), docSummary),
			dossier.FieldDonors:      agreedList(all, texts("Canada", "Fondation Hirondelle, Genève")...),
			dossier.FieldImplementer: agreedList(all, texts("Council of Europe")...),
			dossier.FieldCountries:   agreedList(all, texts("SN", "ML")...),
			dossier.FieldRegions:     agreedList(all, texts("Western Africa", "ECOWAS region")...),
			dossier.FieldObjectives:  agreedList(all, texts("Safe water for 200,000 people", "Training of 40 \"WASH\" engineers")...),
			dossier.FieldContacts:    agreedList(all, dossier.ContactValue(dossier.Contact{Name: "Céline Dewaele", Role: "Programme Assistant", Organisation: "T-CY Secretariat", Email: "celine@example.org"})),
			dossier.FieldContributions: {IsList: true, Status: dossier.StatusAgreed, List: []dossier.Value{
				dossier.ContributionValue(dossier.Contribution{Donor: "Canada", Amount: 250000, Currency: "CAD", EUREquivalent: eur(161000)}),
				dossier.ContributionValue(dossier.Contribution{Donor: "Fondation Hirondelle, Genève", Amount: 1000, Currency: "CHF"}),
			}, Candidates: []dossier.Candidate{
				{Value: dossier.ContributionValue(dossier.Contribution{Donor: "Canada", Amount: 250000, Currency: "CAD", EUREquivalent: eur(161000)}), Chosen: true,
					Sources: []dossier.Source{{Document: docNews}, {Document: docPortal}}},
				{Value: dossier.ContributionValue(dossier.Contribution{Donor: "Fondation Hirondelle, Genève", Amount: 1000, Currency: "CHF"}), Chosen: true,
					Sources: []dossier.Source{{Document: docPortal}, {Document: docLater}}},
			}},
			dossier.FieldPredecessor: agreed(dossier.TextValue("WASH Phase 1"), docSummary),
		},
	}
}

func build(t *testing.T, ps ...dossier.Project) (*iati.File, []iati.Note, string) {
	t.Helper()
	f, notes, err := iati.Build(ps, sources, iati.Options{ReportingOrg: org, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	return f, notes, buf.String()
}

// validate runs xmllint with the IATI 2.03 schema on xml.
func validate(t *testing.T, xml string) {
	t.Helper()
	xmllint := testtool.Need(t, "xmllint")
	path := filepath.Join(t.TempDir(), "activities.xml")
	if err := os.WriteFile(path, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", "testdata/schema/iati-activities-schema.xsd", path).CombinedOutput()
	if err != nil {
		t.Fatalf("xmllint: %v\n%s", err, out)
	}
}

// TestBuild_EveryElementValidates: a project stating everything IATI
// carries, with & " < > and accents in its texts, gives a file the IATI
// 2.03 schema accepts.
func TestBuild_EveryElementValidates(t *testing.T) {
	_, notes, xml := build(t, richProject())
	if len(notes) != 0 {
		t.Errorf("notes: %v", notes)
	}
	validate(t, xml)
	for _, want := range []string{
		`<iati-identifier>XM-TEST-WS-2021-A</iati-identifier>`,
		`<narrative>Water &amp; Sanitation &#34;WASH&#34; &lt;Phase 2&gt;</narrative>`,
		`<reporting-org ref="XM-TEST" type="40">`,
		`<participating-org role="1">`,
		`<narrative>Fondation Hirondelle, Genève</narrative>`,
		`<participating-org role="4">`,
		`<other-identifier ref="WS/2021 A" type="A9" dossier:scheme="donor-code"/>`,
		`<activity-status code="2"/>`,
		`<activity-date type="2" iso-date="2021-03-01" dossier:precision="month">`,
		`<activity-date type="3" iso-date="2027-12-31" dossier:precision="year">`,
		`<recipient-country code="SN"/>`,
		`<recipient-region code="1030" vocabulary="1"/>`,
		`<dossier:envelope amount="12500000.5" currency="EUR" qualifier="up_to"/>`,
		`Budget for the whole period: up to EUR 12,500,000.50.`,
		`Regions the IATI region codes do not name: ECOWAS region.`,
		`<person-name>`,
		`<email>celine@example.org</email>`,
		`<document-link url="docs/project%20summary.pdf" format="application/pdf">`,
		`<document-link url="https://example.org/news?id=1&amp;lang=en" format="text/html">`,
	} {
		if !strings.Contains(xml, want) {
			t.Errorf("missing %s", want)
		}
	}
}

// TestBuild_NoYearlyBudgets: an envelope for several years is never split
// into IATI budgets: no budget element, the envelope in the description
// and in dossier's namespace.
func TestBuild_NoYearlyBudgets(t *testing.T) {
	_, _, xml := build(t, richProject())
	if strings.Contains(xml, "<budget") || strings.Contains(xml, "<planned-disbursement") {
		t.Errorf("a budget element was written:\n%s", xml)
	}
}

// TestBuild_IdentifiersStartWithTheReportingOrg: an activity's identifier
// is the reporting organisation's reference and a project identifier, made
// fit for IATI, or the project's id; never twice the same.
func TestBuild_IdentifiersStartWithTheReportingOrg(t *testing.T) {
	base := richProject()
	mk := func(id string, ids ...dossier.Identifier) dossier.Project {
		p := base
		p.ID, p.Identifiers = id, ids
		return p
	}
	f, _, _ := build(t,
		mk("a", dossier.Identifier{Scheme: "coe", Value: "DG1/3021"}),
		mk("b", dossier.Identifier{Scheme: "x", Value: "R&D|7?"}),
		mk("c"),
		mk("d", dossier.Identifier{Scheme: "coe", Value: "DG1/3021"}), // the same code as a's
		mk("e", dossier.Identifier{Scheme: iati.SchemeIdentifier, Value: "XM-TEST-OLD-1"}, dossier.Identifier{Scheme: "coe", Value: "Z"}),
		mk("f", dossier.Identifier{Scheme: iati.SchemeIdentifier, Value: "XX-OTHER-1"}),
	)
	var got []string
	for _, a := range f.Activities {
		got = append(got, a.Identifier)
	}
	want := []string{"XM-TEST-DG1-3021", "XM-TEST-R-D-7-", "XM-TEST-c", "XM-TEST-d", "XM-TEST-OLD-1", "XM-TEST-f"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("identifiers (-want +got):\n%s", diff)
	}
}

// TestBuild_DatesByStatusAndDay: a start is actual once the project has
// begun and its day is past, else planned; an end is actual only for a
// completed project whose last day is past. A month or year is written as
// its first day for a start and its last day for an end.
func TestBuild_DatesByStatusAndDay(t *testing.T) {
	for _, tt := range []struct {
		name       string
		status     string
		start, end dossier.Date
		want       []iati.ActivityDate
		wantStatus string
	}{
		{"ongoing: actual start, planned end", dossier.ProjectOngoing, date(2021, 1, 1, dossier.PrecisionDay), date(2027, 6, 30, dossier.PrecisionDay),
			[]iati.ActivityDate{{Type: "2", ISODate: "2021-01-01"}, {Type: "3", ISODate: "2027-06-30"}}, "2"},
		{"completed in the past: actual end", dossier.ProjectCompleted, date(2014, 1, 1, dossier.PrecisionDay), date(2020, 12, 31, dossier.PrecisionDay),
			[]iati.ActivityDate{{Type: "2", ISODate: "2014-01-01"}, {Type: "4", ISODate: "2020-12-31"}}, "4"},
		{"planned: planned start", dossier.ProjectPlanned, date(2027, 3, 1, dossier.PrecisionMonth), date(2029, 1, 1, dossier.PrecisionYear),
			[]iati.ActivityDate{{Type: "1", ISODate: "2027-03-01", Precision: "month", Narratives: []iati.Narrative{{Text: "March 2027"}}},
				{Type: "3", ISODate: "2029-12-31", Precision: "year", Narratives: []iati.Narrative{{Text: "2029"}}}}, "1"},
		// The record says ongoing, but the period ended long before the
		// last source: completed, as the donor reports say.
		{"ended since the sources spoke", dossier.ProjectOngoing, date(2014, 1, 1, dossier.PrecisionDay), date(2020, 12, 31, dossier.PrecisionDay),
			[]iati.ActivityDate{{Type: "2", ISODate: "2014-01-01"}, {Type: "4", ISODate: "2020-12-31"}}, "4"},
		// Completed, but the end's last day is after now: no actual date
		// in the future.
		{"completed, end this month", dossier.ProjectCompleted, date(2024, 1, 1, dossier.PrecisionDay), date(2026, 12, 1, dossier.PrecisionMonth),
			[]iati.ActivityDate{{Type: "2", ISODate: "2024-01-01"}, {Type: "3", ISODate: "2026-12-31", Precision: "month", Narratives: []iati.Narrative{{Text: "December 2026"}}}}, "4"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := richProject()
			p.Fields[dossier.FieldStatus] = agreed(dossier.TextValue(tt.status), docSummary)
			p.Fields[dossier.FieldStart] = agreed(dossier.DateValue(tt.start), docSummary)
			p.Fields[dossier.FieldEnd] = agreed(dossier.DateValue(tt.end), docSummary)
			f, _, xml := build(t, p)
			a := f.Activities[0]
			if diff := cmp.Diff(tt.want, a.Dates); diff != "" {
				t.Errorf("dates (-want +got):\n%s", diff)
			}
			if a.Status.Code != tt.wantStatus {
				t.Errorf("status %s, want %s", a.Status.Code, tt.wantStatus)
			}
			validate(t, xml)
		})
	}
}

// TestBuild_StartAfterEndGivesNeither: a record whose start is after its
// end gives neither date, and says so; with no other date the project is
// left out.
func TestBuild_StartAfterEndGivesNeither(t *testing.T) {
	p := richProject()
	p.Fields[dossier.FieldStart] = agreed(dossier.DateValue(date(2022, 1, 1, dossier.PrecisionDay)), docSummary)
	p.Fields[dossier.FieldEnd] = agreed(dossier.DateValue(date(2021, 12, 31, dossier.PrecisionDay)), docSummary)
	_, notes, err := iati.Build([]dossier.Project{p}, sources, iati.Options{ReportingOrg: org, Now: now})
	if !errors.Is(err, iati.ErrNoActivity) {
		t.Fatalf("err %v, want ErrNoActivity", err)
	}
	var text []string
	for _, n := range notes {
		text = append(text, n.String())
	}
	want := []string{
		"water-and-sanitation: the start (1 January 2022) is after the end (31 December 2021): both dates left out until a reviewer settles them",
		"water-and-sanitation: left out of the IATI file: no settled start or end date (activity-date is required)",
	}
	if diff := cmp.Diff(want, text); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

// TestBuild_ValuesUnderReviewAreLeftOut: a value a reviewer has still to
// choose is not written, and the description names its field.
func TestBuild_ValuesUnderReviewAreLeftOut(t *testing.T) {
	p := richProject()
	budget := p.Fields[dossier.FieldBudget]
	budget.Status = dossier.StatusNeedsReview
	p.Fields[dossier.FieldBudget] = budget
	f, _, xml := build(t, p)
	if f.Activities[0].Envelope != nil || strings.Contains(xml, "12,500,000") {
		t.Errorf("a budget under review was written")
	}
	if !strings.Contains(xml, "Left out, because the sources disagree and no reviewer has decided: budget.") {
		t.Errorf("the description does not name the budget as left out")
	}
}

// TestBuild_LeavesOutWhatIATICannotHold: a project without a donor or an
// implementer, a date or a status is left out with every reason; the
// others are written.
func TestBuild_LeavesOutWhatIATICannotHold(t *testing.T) {
	bare := dossier.Project{ID: "bare", Title: "Bare", Fields: map[string]dossier.Field{}}
	f, notes, _ := build(t, bare, richProject())
	if len(f.Activities) != 1 || f.Activities[0].Title[0].Text != richProject().Title {
		t.Fatalf("activities: %+v", f.Activities)
	}
	want := []iati.Note{{Project: "bare", LeftOut: true, Text: "no donor or implementer (participating-org is required); " +
		"no settled start or end date (activity-date is required); " +
		"no status: no settled one, and the period does not settle it (activity-status is required)"}}
	if diff := cmp.Diff(want, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

// TestBuild_ContributionsAreIncomingCommitments: a contribution is an
// incoming commitment from its donor, dated by the earliest source that
// states it (the last day of a month-dated source's month); one no source
// dates before now stays in dossier's namespace and the description.
func TestBuild_ContributionsAreIncomingCommitments(t *testing.T) {
	f, _, xml := build(t, richProject())
	a := f.Activities[0]
	want := []iati.Transaction{{
		Type:        iati.Code{Code: "11"},
		Date:        iati.DateElem{ISODate: "2020-10-31"},
		Value:       iati.Value{Amount: "250000", Currency: "CAD", ValueDate: "2020-10-31", EUREquivalent: "161000"},
		Description: []iati.Narrative{{Text: "Stated by a source dated October 2020; the commitment's own date is not stated."}},
		Provider:    &iati.TxOrg{Narratives: []iati.Narrative{{Text: "Canada"}}},
	}}
	if diff := cmp.Diff(want, a.Transactions); diff != "" {
		t.Errorf("transactions (-want +got):\n%s", diff)
	}
	wantExt := []iati.ExtContribution{{Donor: "Fondation Hirondelle, Genève", Amount: "1000", Currency: "CHF"}}
	if diff := cmp.Diff(wantExt, a.Contributions); diff != "" {
		t.Errorf("undated contributions (-want +got):\n%s", diff)
	}
	if !strings.Contains(xml, "Contributions not given as transactions, since no source that states them is dated: Fondation Hirondelle, Genève: CHF 1,000.") {
		t.Errorf("the description does not name the undated contribution")
	}
}

// TestBuild_SharedContributionSaysSo: money one source gives to two
// projects is a commitment in each, whose description says the split is
// not stated.
func TestBuild_SharedContributionSaysSo(t *testing.T) {
	a, b := richProject(), richProject()
	b.ID, b.Title, b.Identifiers = "other", "Other Project", nil
	f, _, _ := build(t, a, b)
	got := f.Activities[1].Transactions[0].Description[0].Text
	want := "Stated by a source dated October 2020; the commitment's own date is not stated. The source gives this contribution to Other Project and " + a.Title + " together, without the split: do not add it up across them."
	if got != want {
		t.Errorf("description\n got %q\nwant %q", got, want)
	}
}

// TestBuild_PredecessorAndSuccessorAreSiblings: IATI has no predecessor
// type; related projects in the file are related activities of type 3
// (sibling), and the relation is kept in dossier's namespace and words.
func TestBuild_PredecessorAndSuccessorAreSiblings(t *testing.T) {
	a, b := richProject(), richProject()
	b.ID, b.Title, b.Identifiers = "phase-3", "WASH Phase 3", []dossier.Identifier{{Scheme: "donor-code", Value: "WS-3"}}
	next, prev := b.ID, a.ID
	a.Successor, b.Predecessor = &next, &prev
	delete(b.Fields, dossier.FieldPredecessor)
	f, _, xml := build(t, a, b)
	if diff := cmp.Diff([]iati.Related{{Ref: "XM-TEST-WS-3", Type: "3"}}, f.Activities[0].Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]iati.Related{{Ref: "XM-TEST-WS-2021-A", Type: "3"}}, f.Activities[1].Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	for _, want := range []string{"<dossier:successor>WASH Phase 3</dossier:successor>", "<dossier:predecessor>" + escape(a.Title) + "</dossier:predecessor>", "Predecessor: WASH Phase 1. Successor: WASH Phase 3."} {
		if !strings.Contains(xml, want) {
			t.Errorf("missing %s", want)
		}
	}
	validate(t, xml)
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&#34;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// TestCheckOrg_RefusesWhatCannotPrefixIdentifiers.
func TestCheckOrg_RefusesWhatCannotPrefixIdentifiers(t *testing.T) {
	for _, o := range []iati.Org{
		{Ref: "", Type: "40", Name: "X"},
		{Ref: "XM DAC", Type: "40", Name: "X"},
		{Ref: "XM/DAC", Type: "40", Name: "X"},
		{Ref: "XM-DAC", Type: "41", Name: "X"},
		{Ref: "XM-DAC", Type: "40", Name: " "},
	} {
		if err := iati.CheckOrg(o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
	if err := iati.CheckOrg(org); err != nil {
		t.Errorf("%+v refused: %v", org, err)
	}
}
