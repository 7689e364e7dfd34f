package report

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
)

// What a report says that no single field states: the status on the
// report's date, where the date falls in the period, money that sources
// give to several projects, a donor's funding period. Pure functions of
// the record, the peers and the report's date.

var shortMonths = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// shortDate is a date at its precision with the month cut to three
// letters: "31 Dec 2020", "Dec 2021", "2027".
func shortDate(d dossier.Date) string {
	if d.Month < 1 || d.Month > 12 {
		return d.String()
	}
	switch d.Precision {
	case dossier.PrecisionYear:
		return fmt.Sprint(d.Year)
	case dossier.PrecisionMonth:
		return fmt.Sprintf("%s %d", shortMonths[d.Month-1], d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, shortMonths[d.Month-1], d.Year)
}

// shortDay is a day as shortDate gives it: "19 Oct 2020".
func shortDay(t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("%d %s %d", t.Day(), shortMonths[t.Month()-1], t.Year())
}

// startTime is when the period a date names begins: "2021" begins on 1
// January 2021.
func startTime(d dossier.Date) time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// endTime is when the period a date names is over: "31 Dec 2020" is over
// on 1 January 2021, "2027" on 1 January 2028.
func endTime(d dossier.Date) time.Time {
	t := startTime(d)
	switch d.Precision {
	case dossier.PrecisionYear:
		return time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	case dossier.PrecisionMonth:
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// reportDay is the report's date as the start of its day in UTC.
func (r *report) reportDay() time.Time {
	y, m, d := r.opt.Date.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// monthsBetween counts the whole months from a to b (b after a).
func monthsBetween(a, b time.Time) int {
	n := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if b.Day() < a.Day() {
		n--
	}
	return max(n, 0)
}

// spanText says a number of months in years and months: "5 years 11
// months", "3 months", "2 years".
func spanText(months int) string {
	y, m := months/12, months%12
	var parts []string
	if y > 0 {
		parts = append(parts, plural(y, "year", "years"))
	}
	if m > 0 || y == 0 {
		parts = append(parts, plural(m, "month", "months"))
	}
	return strings.Join(parts, " ")
}

// periodDates returns the chosen start and end dates, nil where unknown.
func (r *report) periodDates() (start, end *dossier.Date) {
	s, e := r.period()
	if s != nil && s.value.Date != nil {
		start = s.value.Date
	}
	if e != nil && e.value.Date != nil {
		end = e.value.Date
	}
	return start, end
}

// whereInPeriod says where the report's date falls in the project's
// period: "month 71 of 84", "ended 5 years 11 months before this report",
// "starts in 3 months"; "" when the period is not known.
func (r *report) whereInPeriod() string {
	start, end := r.periodDates()
	today := r.reportDay()
	switch {
	case end != nil && !today.Before(endTime(*end)):
		n := monthsBetween(endTime(*end), today)
		if n == 0 {
			return "ended less than a month before this report"
		}
		return "ended " + spanText(n) + " before this report"
	case start != nil && today.Before(startTime(*start)):
		n := monthsBetween(today, startTime(*start))
		if n == 0 {
			return "starts within a month of this report"
		}
		return "starts " + spanText(n) + " after this report"
	case start != nil && end != nil:
		total := monthsBetween(startTime(*start), endTime(*end))
		in := monthsBetween(startTime(*start), today) + 1
		return fmt.Sprintf("this report falls in month %d of %d", min(in, total), total)
	case start != nil:
		return "started " + spanText(monthsBetween(startTime(*start), today)) + " before this report; no end date stated"
	}
	return ""
}

// statusLine is the project's status on the report's date and what it
// rests on.
type statusLine struct {
	text string // "Completed (ended 31 Dec 2020)"
	refs []int
	// note says, for the data notes, why the report's status is not the
	// one the sources state; "" when it is.
	note     string
	reviewer bool
	known    bool
}

// asOfOf is the newest date the sources of a field's chosen value speak
// from: their documents' as-of dates, or the reviewer's decision. ok is
// false when none of them is dated.
func (r *report) asOfOf(f dossier.Field, c cited) (t time.Time, byReviewer, ok bool) {
	if d := f.Decision; d != nil && f.Status == dossier.StatusOverridden {
		return d.Time.UTC(), true, true
	}
	for _, s := range c.srcs {
		if doc, found := r.src.document(s.Document); found && doc.AsOf != nil {
			if at := startTime(*doc.AsOf); !ok || at.After(t) {
				t, ok = at, true
			}
		}
	}
	return t, false, ok
}

// status says what the project's status is on the report's date: the
// sources' status, dated ("Ongoing as of 19 Oct 2020"), unless the report's
// date lies past the end of the period or before its start and the
// sources' status is older than that: then the status follows from the
// period, with its basis ("Completed (ended 31 Dec 2020)").
func (r *report) status() statusLine {
	today := r.reportDay()
	startC, endC := r.period()
	start, end := r.periodDates()
	f := r.fields[dossier.FieldStatus]
	var said string // the sources' status, "ongoing"
	var saidC cited
	var asOf time.Time
	var dated, byReviewer bool
	if c, ok := r.src.citedSingle(dossier.FieldStatus, f); ok && c.value.Kind == dossier.ValueText && c.value.Text != "" {
		said, saidC = c.value.Text, c
		asOf, byReviewer, dated = r.asOfOf(f, c)
	}
	saidText := func() string {
		switch {
		case said == "":
			return "No source states the project’s status."
		case byReviewer:
			return fmt.Sprintf("A reviewer set the status to %s on %s.", said, shortDay(asOf))
		case dated:
			return fmt.Sprintf("The sources last state the status as %s, as of %s.", said, shortDay(asOf))
		}
		return fmt.Sprintf("The sources state the status as %s, in an undated source.", said)
	}
	asSaid := func() statusLine {
		text := capitalize(said)
		switch {
		case dated:
			text += " as of " + shortDay(asOf)
		default:
			text += " (undated source)"
		}
		return statusLine{text: text, refs: saidC.refs, reviewer: saidC.reviewer, known: true}
	}
	// newer reports whether the sources' status speaks from t or later.
	newer := func(t time.Time) bool { return said != "" && dated && !asOf.Before(t) }

	switch {
	case end != nil && !today.Before(endTime(*end)):
		ended := "Completed (ended " + shortDate(*end) + ")"
		if said == dossier.ProjectCompleted {
			return statusLine{text: ended, refs: mergeRefs(saidC.refs, endC.refs), known: true}
		}
		if newer(endTime(*end)) {
			return asSaid() // a source after the end still calls it ongoing: an extension the dates lack
		}
		return statusLine{text: ended, refs: endC.refs, known: true,
			note: saidText() + " The period ended on " + shortDate(*end) + ", before this report’s date, so the report gives the status as completed."}
	case start != nil && today.Before(startTime(*start)):
		planned := "Planned (starts " + shortDate(*start) + ")"
		if said == dossier.ProjectPlanned || said == "" {
			return statusLine{text: planned, refs: mergeRefs(saidC.refs, startC.refs), known: true}
		}
		return asSaid()
	case said == dossier.ProjectPlanned && start != nil && !newer(startTime(*start)):
		line := statusLine{text: "Ongoing (started " + shortDate(*start) + ")", refs: startC.refs, known: true,
			note: saidText() + " The period began on " + shortDate(*start) + ", before this report’s date, so the report gives the status as ongoing."}
		if end != nil {
			line.text = "Ongoing (runs to " + shortDate(*end) + ")"
			line.refs = mergeRefs(startC.refs, endC.refs)
		}
		return line
	case said != "":
		return asSaid()
	case start != nil && end != nil:
		return statusLine{text: "Ongoing (runs to " + shortDate(*end) + ")", refs: mergeRefs(startC.refs, endC.refs), known: true,
			note: saidText() + " This report’s date falls within the period, " + shortDate(*start) + " \u2013 " + shortDate(*end) + ", so the report gives the status as ongoing."}
	}
	return statusLine{}
}

// mergeRefs is the sorted union of reference lists.
func mergeRefs(lists ...[]int) []int {
	var out []int
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// peerProjects are the other projects the report may look at: the
// record's related projects and the peers, each once, in that order.
func (r *report) peerProjects() []dossier.Project {
	seen := map[string]bool{r.rec.Project.ID: true}
	var out []dossier.Project
	add := func(p dossier.Project) {
		if p.ID == "" || seen[p.ID] {
			return
		}
		seen[p.ID] = true
		out = append(out, p)
	}
	for _, p := range r.opt.Peers {
		add(p.Project)
	}
	for _, p := range r.rec.Related {
		add(p)
	}
	return out
}

// sameContribution reports whether two contributions are the same money:
// one donor, one amount, one currency.
func sameContribution(a, b *dossier.Contribution) bool {
	return a != nil && b != nil && a.Amount == b.Amount && a.Currency == b.Currency && sameDonor(a.Donor, b.Donor)
}

// shareDocument reports whether two lists of sources cite a document in
// common.
func shareDocument(a, b []dossier.Source) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Document != "" && x.Document == y.Document {
				return true
			}
		}
	}
	return false
}

// contribution is a member of the contributions field as the report shows
// it.
type contribution struct {
	cited
	k *dossier.Contribution
	// sharedWith names the other projects a source of the contribution
	// gives the same money to: its split between them is not stated.
	sharedWith []string
}

// eur is the contribution in euros: the equivalent a source gives, or the
// amount when it is in euros; ok is false otherwise.
func (c contribution) eur() (float64, bool) {
	switch {
	case c.k.EUREquivalent != nil:
		return *c.k.EUREquivalent, true
	case c.k.Currency == "EUR":
		return c.k.Amount, true
	}
	return 0, false
}

// sharedWith names the projects, other than this one, to which a source of
// c gives the same contribution.
func (r *report) sharedWith(c cited) []string {
	if c.value.Contribution == nil {
		return nil
	}
	var out []string
	for _, p := range r.peerProjects() {
		for _, pc := range p.Fields[dossier.FieldContributions].Candidates {
			if sameContribution(pc.Value.Contribution, c.value.Contribution) && shareDocument(pc.Sources, c.srcs) {
				out = append(out, relatedTitle(p))
				break
			}
		}
	}
	return out
}

// fundingFact is something a source states about one donor's funding in
// particular: its start, end or status, or what it pays for.
type fundingFact struct {
	field string
	value dossier.Value
	srcs  []dossier.Source
	// project is the project whose record states it, when that is not
	// this one (a peer the donor's contribution is shared with).
	project string
}

// fundingFacts are what the sources state about donor's funding in
// particular: in this record, and in the record of each project this
// project shares a contribution of the donor with.
func (r *report) fundingFacts(donor string) []fundingFact {
	var out []fundingFact
	collect := func(fields map[string]dossier.Field, project string) {
		for _, key := range orderedFields(fields) {
			for _, c := range fields[key].Candidates {
				if scopedTo(c.Scope, donor) {
					out = append(out, fundingFact{field: key, value: c.Value, srcs: c.Sources, project: project})
				}
			}
		}
	}
	collect(r.fields, "")
	shared := map[string]bool{}
	for _, c := range r.contributionsOf(donor) {
		for _, p := range c.sharedWith {
			shared[p] = true
		}
	}
	for _, p := range r.peerProjects() {
		if shared[relatedTitle(p)] {
			collect(p.Fields, relatedTitle(p))
		}
	}
	return out
}

// fundingPeriod is the start and end of donor's funding as the sources
// state them, with their sources; nil where none states one.
func (r *report) fundingPeriod(donor string) (start, end *fundingFact) {
	for _, f := range r.fundingFacts(donor) {
		if f.value.Date == nil {
			continue
		}
		switch {
		case f.field == dossier.FieldStart && start == nil:
			start = &f
		case f.field == dossier.FieldEnd && end == nil:
			end = &f
		}
	}
	return start, end
}

// fundingPeriodSpans sets a donor's funding period with its sources and,
// where another project's record states it, which: "Oct 2020 – Dec 2021
// [3] (stated for the Octopus Project)"; nil when no source states one.
func (r *report) fundingPeriodSpans(donor string) []span {
	start, end := r.fundingPeriod(donor)
	if start == nil && end == nil {
		return nil
	}
	var out []span
	var srcs []dossier.Source
	var projects []string
	part := func(f *fundingFact) {
		if f == nil {
			out = append(out, span{text: "not stated", st: stItalic})
			return
		}
		out = append(out, span{text: shortDate(*f.value.Date), st: stBody})
		srcs = append(srcs, f.srcs...)
		if f.project != "" && !slices.Contains(projects, f.project) {
			projects = append(projects, f.project)
		}
	}
	part(start)
	out = append(out, span{text: " \u2013 ", st: stBody, glue: true})
	part(end)
	out = append(out, refSpan(r.src.refs(srcs)))
	if len(projects) > 0 {
		out = append(out, span{text: " (stated for " + joinAnd(projects) + ")", st: stItalic})
	}
	return out
}

// joinAnd joins names as a sentence lists them: "A", "A and B", "A, B
// and C".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// contributionsOf are the contributions of donor in this record.
func (r *report) contributionsOf(donor string) []contribution {
	var out []contribution
	for _, c := range r.allContributions() {
		if sameDonor(c.k.Donor, donor) {
			out = append(out, c)
		}
	}
	return out
}

// allContributions are the contributions field's members, each with the
// projects it is shared with, in the record's order.
func (r *report) allContributions() []contribution {
	if r.contribs != nil {
		return r.contribs
	}
	out := []contribution{}
	for _, c := range r.src.citedList(dossier.FieldContributions, r.fields[dossier.FieldContributions]) {
		if c.value.Kind == dossier.ValueContribution && c.value.Contribution != nil {
			out = append(out, contribution{cited: c, k: c.value.Contribution, sharedWith: r.sharedWith(c)})
		}
	}
	r.contribs = out
	return out
}

// budgetMoney is the chosen budget, nil when no source states one.
func (r *report) budgetMoney() *dossier.Money {
	if c, ok := r.src.citedSingle(dossier.FieldBudget, r.fields[dossier.FieldBudget]); ok && c.value.Money != nil && c.value.Money.Amount > 0 &&
		!math.IsInf(c.value.Money.Amount, 0) && !math.IsNaN(c.value.Money.Amount) {
		return c.value.Money
	}
	return nil
}

// inBudgetCurrency is c in the budget's currency: the amount when the
// currencies match, else the EUR equivalent for a budget in euros.
func inBudgetCurrency(c contribution, b *dossier.Money) (float64, bool) {
	if b == nil {
		return 0, false
	}
	if c.k.Currency == b.Currency {
		return c.k.Amount, true
	}
	if b.Currency == "EUR" {
		return c.eur()
	}
	return 0, false
}

// shareText says what part of the budget an amount is: "4.0% of the
// stated budget"; "" without a budget to compare with.
func shareText(amount float64, b *dossier.Money, shared bool) string {
	if b == nil || b.Amount <= 0 || amount <= 0 {
		return ""
	}
	pct := amount / b.Amount * 100
	s := formatPercent(pct) + " of the budget"
	if shared {
		s = "up to " + s
	}
	return s
}

// formatPercent is a share as a person writes it: "4.0%", "0.04%", "120%".
func formatPercent(p float64) string {
	switch {
	case math.IsInf(p, 0) || math.IsNaN(p):
		return "?"
	case p >= 100:
		return fmt.Sprintf("%.0f%%", p)
	case p >= 0.1:
		return fmt.Sprintf("%.1f%%", p)
	}
	return fmt.Sprintf("%.2f%%", p)
}
