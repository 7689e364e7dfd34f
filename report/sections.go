package report

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dossier-dev/dossier"
)

// summary draws the first page: what a donor reads in ten seconds, in the
// way of a results sheet. A band with the title; the project's purpose in
// one sentence; its period with where the report's date falls in it; its
// status on that date; its budget; in a donor report the donor's
// contribution, its share of the budget and its period; up to three key
// results with their dates.
func (r *report) summary() {
	w := r.w
	w.newPage()
	kind := "PROJECT REPORT"
	if r.donor != "" {
		kind = "DONOR REPORT"
	}
	if r.draft() {
		kind = "DRAFT " + kind + " \u00b7 " + strings.ToUpper(r.openText()) + " \u00b7 NOT FOR SENDING"
	}
	// The band's text is laid out first, so the band fits it.
	type piece struct {
		ls  []line
		gap float64 // space above
	}
	titleSt := style{bold, 24, colWhite}
	title := r.title
	if rs := []rune(title); len(rs) > 240 {
		title = string(rs[:240]) + "\u2026"
	}
	titleLines := wrap([]span{{text: title, st: titleSt}}, contentW)
	if len(titleLines) > 3 {
		titleSt.size = 16
		titleLines = wrap([]span{{text: title, st: titleSt}}, contentW)
	}
	kindCol := rgb{190, 205, 225}
	if r.draft() {
		kindCol = rgb{255, 160, 160}
	}
	pieces := []piece{
		{wrap([]span{{text: kind, st: style{bold, 9, kindCol}}}, contentW), 0},
		{titleLines, 6},
	}
	if len(r.rec.Project.Aliases) > 0 {
		aka := "Also known as " + strings.Join(r.rec.Project.Aliases, ", ")
		ls := wrap([]span{{text: aka, st: style{regular, 10, rgb{205, 215, 230}}}}, contentW)
		pieces = append(pieces, piece{ls[:min(len(ls), 2)], 3})
	}
	sub := []span{{text: "Report date " + r.dateText(), st: style{regular, 10, rgb{205, 215, 230}}}}
	if r.donor != "" {
		sub = append([]span{{text: "Prepared for " + r.donor, st: style{bold, 12, rgb{255, 214, 102}}},
			{text: "  \u00b7  ", st: style{regular, 10, rgb{205, 215, 230}}}}, sub...)
	}
	pieces = append(pieces, piece{wrap(sub, contentW), 10})
	const bandTop = 46.0
	h := 0.0
	for _, p := range pieces {
		h += p.gap + linesHeight(p.ls)
	}
	band := bandTop + h + 22
	w.setFill(colNavy)
	w.pdf.Rect(0, 0, pageW, band, "F")
	y := bandTop
	for _, p := range pieces {
		y += p.gap
		for _, l := range p.ls {
			w.drawLine(l, marginL, y)
			y += l.height()
		}
	}
	w.y = band + 20

	if purpose, refs := r.purpose(); purpose != "" {
		w.heading(h3, "Purpose", false)
		w.paragraph([]span{{text: purpose, st: style{regular, 11, colText}}, refSpan(refs)}, 0)
		w.gap(8)
	}

	var rows [][2][]span
	add := func(lbl string, sp []span) { rows = append(rows, [2][]span{label(lbl), sp}) }
	period := r.periodSpans()
	if where := r.whereInPeriod(); where != "" {
		period = append(period, span{br: true, st: stBody}, span{text: capitalize(where), st: stSmall})
	}
	add("Period", period)
	add("Status", r.statusSpans())
	if sp, ok := r.fieldSpans(dossier.FieldBudget); ok {
		add("Budget", sp)
	} else {
		add("Budget", notStated())
	}
	if sp, ok := r.fieldSpans(dossier.FieldImplementer); ok {
		add("Implementer", sp)
	}
	if sp := r.donorsBrief(); sp != nil {
		add("Donors", sp)
	}
	if sp := r.contributionsBrief(); r.donor == "" && sp != nil {
		add("Contributions", sp)
	}
	if sp := r.whereBrief(); sp != nil {
		add("Where", sp)
	}
	w.keyValues(rows, 0.2)
	r.periodBar()

	if r.donor != "" {
		w.gap(10)
		r.donorBox()
	}
	r.keyResults()
	w.gap(10)
	note := []span{{text: "About this report. ", st: style{bold, 8, colMuted}},
		{text: fmt.Sprintf("It is drawn from %s. Numbers in brackets such as [1] refer to them and link to the list in the annex, “Sources and data notes”, which also says how each value was chosen where the sources differ.",
			plural(len(r.src.entries), "source", "sources")), st: stSmall}}
	if r.draft() {
		note = append(note, span{text: fmt.Sprintf(" This is a draft: %s still %s a reviewer’s decision and %s marked", plural(len(r.open), "fact", "facts"),
			map[bool]string{true: "needs", false: "need"}[len(r.open) == 1], map[bool]string{true: "is", false: "are"}[len(r.open) == 1]), st: style{bold, 8, colRed}},
			tagSpan("NEEDS REVIEW", colRed), span{text: ".", st: stSmall, glue: true})
	}
	w.paragraph(note, 0)
	w.newPage()
}

// purpose is the project's purpose in one sentence: the first sentence of
// its first objective, with that objective's sources.
func (r *report) purpose() (string, []int) {
	its := r.items(dossier.FieldObjectives)
	if len(its) == 0 {
		return "", nil
	}
	s := firstSentence(its[0].text)
	s = capitalize(strings.TrimSpace(s))
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s, its[0].refs
}

// firstSentence is the text up to its first full stop that ends a
// sentence (one followed by a capital letter, after a word of three
// letters or more, so that "No. 3" and "e.g. X" do not end it).
func firstSentence(s string) string {
	rs := []rune(s)
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] != '.' || rs[i+1] != ' ' || !unicode.IsUpper(rs[i+2]) {
			continue
		}
		j := i
		for j > 0 && unicode.IsLetter(rs[j-1]) {
			j--
		}
		if i-j >= 3 {
			return string(rs[:i])
		}
	}
	return s
}

// statusSpans sets the status on the report's date, with its basis and
// sources, and in a draft a NEEDS REVIEW tag when the field is open.
func (r *report) statusSpans() []span {
	st := r.status()
	var out []span
	if !st.known {
		out = notStated()
	} else {
		out = []span{{text: st.text, st: stBody}, citeSpan(cited{refs: st.refs, reviewer: st.reviewer})}
	}
	return append(out, r.openTag(r.fields[dossier.FieldStatus])...)
}

// maxBriefDonors is how many donors the first page names.
const maxBriefDonors = 8

// donorsBrief names the donors, the donor of a donor report first, at
// most maxBriefDonors of them; nil when the record has no donors field.
func (r *report) donorsBrief() []span {
	f, ok := r.fields[dossier.FieldDonors]
	if !ok {
		return nil
	}
	var cs []cited
	for _, it := range r.items(dossier.FieldDonors) {
		cs = append(cs, it.cited())
	}
	if r.donor != "" {
		cs = donorFirst(cs, r.donor)
	}
	if len(cs) == 0 {
		sp, _ := r.fieldSpans(dossier.FieldDonors)
		return sp
	}
	shown := cs[:min(len(cs), maxBriefDonors)]
	out := []span{{text: plural(len(cs), "donor", "donors") + ": ", st: stBody}}
	out = append(out, spansOf(shown, listSep(shown))...)
	if rest := len(cs) - len(shown); rest > 0 {
		out = append(out, span{text: fmt.Sprintf(" and %d more (section %d)", rest, r.projectSectionNumber()), st: stBody})
	}
	return append(out, r.openTag(f)...)
}

// brief names at most maxBriefDonors members of a list field, then how
// many more there are and where they are listed.
func (r *report) brief(key string) []span {
	var cs []cited
	for _, it := range r.items(key) {
		cs = append(cs, it.cited())
	}
	shown := cs[:min(len(cs), maxBriefDonors)]
	out := spansOf(shown, listSep(shown))
	if rest := len(cs) - len(shown); rest > 0 {
		out = append(out, span{text: fmt.Sprintf(" and %d more (section %d)", rest, r.projectSectionNumber()), st: stBody})
	}
	return out
}

// whereBrief says where the project works: how many target countries,
// some of them, and the regions; nil when no source says.
func (r *report) whereBrief() []span {
	var out []span
	if n := len(r.items(dossier.FieldCountries)); n > 0 {
		out = append(out, span{text: plural(n, "country", "countries") + ": ", st: stBody})
		out = append(out, r.brief(dossier.FieldCountries)...)
	}
	if len(r.items(dossier.FieldRegions)) > 0 {
		if out != nil {
			out = append(out, span{text: "; ", st: stBody, glue: true})
		}
		out = append(out, r.brief(dossier.FieldRegions)...)
	}
	return out
}

// contributionsBrief sums up, in a project report, the contributions the
// sources state: how many, from whom, and their share of the budget, each
// shared one said so.
func (r *report) contributionsBrief() []span {
	cs := r.allContributions()
	if len(cs) == 0 {
		return nil
	}
	budget := r.budgetMoney()
	var out []span
	sum, all, shared := 0.0, true, false
	for i, c := range cs {
		if i == maxBriefDonors {
			out = append(out, span{text: fmt.Sprintf("; and %d more (section %d)", len(cs)-i, r.fundingSectionNumber()), st: stBody, glue: true})
			break
		}
		if i > 0 {
			out = append(out, span{text: "; ", st: stBody, glue: true})
		}
		out = append(out, span{text: c.k.Donor + " " + c.k.Currency + "\u00a0" + dossier.FormatAmount(c.k.Amount), st: stBody}, citeSpan(c.cited))
		if len(c.sharedWith) > 0 {
			out = append(out, span{text: " (shared with " + joinAnd(c.sharedWith) + "; split not stated)", st: stBody})
		}
	}
	for _, c := range cs {
		amount, ok := inBudgetCurrency(c, budget)
		all = all && ok
		shared = shared || len(c.sharedWith) > 0
		sum += amount
	}
	if s := shareText(sum, budget, shared); all && s != "" {
		out = append(out, span{br: true, st: stBody}, span{text: capitalize(s) + " stated", st: stSmall})
	}
	return out
}

// fundingSectionNumber is the number the funding section will have.
func (r *report) fundingSectionNumber() int { return r.projectSectionNumber() + 2 }

// projectSectionNumber is the number the project's section will have.
func (r *report) projectSectionNumber() int {
	if r.donor != "" {
		return 2
	}
	return 1
}

// donorBox is the donor's money on the first page of a donor report: each
// contribution with its currency, EUR equivalent, share of the budget and
// period, or that no source states one.
func (r *report) donorBox() {
	w := r.w
	var ls []line
	add := func(sp []span) { ls = append(ls, wrap(sp, contentW-28)...) }
	add([]span{{text: possessive(r.donor) + " contribution", st: style{bold, 11, colNavy}}})
	cs := r.contributionsOf(r.donor)
	if len(cs) == 0 {
		add([]span{{text: "No source states the amount of " + possessive(r.donor) + " contribution to " + r.title + ".", st: stItalic}})
	}
	budget := r.budgetMoney()
	for _, c := range cs {
		sp := []span{{text: c.k.Currency + " " + dossier.FormatAmount(c.k.Amount), st: stBold}, citeSpan(c.cited)}
		if eur, ok := c.eur(); ok && c.k.Currency != "EUR" {
			sp = append(sp, span{text: " (EUR " + dossier.FormatAmount(eur) + " as the source gives it)", st: stBody})
		}
		amount, ok := inBudgetCurrency(c, budget)
		if share := shareText(amount, budget, len(c.sharedWith) > 0); ok && share != "" {
			sp = append(sp, span{text: ", " + share, st: stBody, glue: true})
			sp = append(sp, span{text: " of " + display(dossier.FieldBudget, dossier.MoneyValue(*budget)), st: stBody})
		}
		add(sp)
		if len(c.sharedWith) > 0 {
			add([]span{{text: "Shared with " + joinAnd(c.sharedWith) + "; the sources do not state the split.", st: style{italic, 10, colText}}})
		}
	}
	if period := r.fundingPeriodSpans(r.donor); period != nil {
		add(append([]span{{text: "Funding period: ", st: stBody}}, period...))
	} else {
		add([]span{{text: "No source states the period of " + possessive(r.donor) + " funding.", st: stItalic}})
	}
	// What the money pays for, and whether it is spent, where a source
	// says so of this donor's funding in particular.
	for _, f := range r.fundingFacts(r.donor) {
		if f.field == dossier.FieldStart || f.field == dossier.FieldEnd {
			continue
		}
		lbl := "It pays for: "
		if f.field == dossier.FieldStatus {
			lbl = "Status of the funding: "
		}
		sp := []span{{text: lbl, st: stBody}, {text: display(f.field, f.value), st: stBody}, refSpan(r.src.refs(f.srcs))}
		if f.project != "" {
			sp = append(sp, span{text: " (stated for " + f.project + ")", st: stItalic})
		}
		add(sp)
	}
	h := linesHeight(ls) + 16
	w.ensure(h)
	w.setFill(colHighlight)
	w.pdf.Rect(marginL, w.y, contentW, h, "F")
	w.setFill(colAmber)
	w.pdf.Rect(marginL, w.y, 3, h, "F")
	y := w.y + 8
	for _, l := range ls {
		w.drawLine(l, marginL+14, y)
		y += l.height()
	}
	w.y += h
}

// keyResult is a result or target the first page shows, with the date its
// source speaks from.
type keyResult struct {
	text string
	refs []int
	date string // "as of 3 Apr 2025", or "undated source"
}

// keyResults draws up to three key results with their dates: the key
// figures, else the targets, else nothing.
func (r *report) keyResults() {
	heading := "Key results"
	results := r.resultsFrom(dossier.FieldKeyFigures)
	if len(results) == 0 {
		heading = "Key targets (the sources state no results yet)"
		for _, key := range r.targetFields() {
			f := r.fields[key]
			if c, ok := r.src.citedSingle(key, f); ok {
				results = append(results, keyResult{text: capitalize(c.text), refs: c.refs, date: r.dateOf(f, c)})
			}
		}
	}
	if len(results) == 0 {
		return
	}
	w := r.w
	w.gap(6)
	w.heading(h3, heading, false)
	for _, k := range results[:min(len(results), 3)] {
		w.item("\u2022", []span{{text: k.text, st: stBody}, refSpan(k.refs), {text: " \u2014 " + k.date, st: stSmall}}, 0)
	}
}

// resultsFrom are a list field's members as key results.
func (r *report) resultsFrom(key string) []keyResult {
	f := r.fields[key]
	var out []keyResult
	for _, it := range r.items(key) {
		out = append(out, keyResult{text: capitalize(it.text), refs: it.refs, date: r.dateOf(f, it.cited())})
	}
	return out
}

// dateOf says when the sources of a value speak from: "as of 3 Apr 2025",
// "decided 24 Nov 2026", "undated source".
func (r *report) dateOf(f dossier.Field, c cited) string {
	t, byReviewer, ok := r.asOfOf(f, c)
	switch {
	case !ok:
		return "undated source"
	case byReviewer:
		return "decided " + shortDay(t)
	}
	return "as of " + shortDay(t)
}

// targetFields are the fields that state one target each ("target:
// in-country or regional workshops"), by name.
func (r *report) targetFields() []string {
	var out []string
	for _, key := range sortedKeys(r.fields) {
		if strings.HasPrefix(key, "target:") {
			out = append(out, key)
		}
	}
	return out
}

// donorSection puts the donor of a donor report first: its contributions,
// what they fund, and the other donors.
func (r *report) donorSection() {
	w := r.w
	r.beginSection(possessive(r.donor) + " contribution")

	var donors []cited
	for _, it := range r.items(dossier.FieldDonors) {
		donors = append(donors, it.cited())
	}
	var mine *cited
	var others []cited
	for i := range donors {
		if sameDonor(donorName(donors[i].value), r.donor) {
			if mine == nil {
				mine = &donors[i]
			}
			continue
		}
		others = append(others, donors[i])
	}
	var intro []span
	if mine != nil {
		intro = append(intro, span{text: r.donor, st: stBold}, citeSpan(*mine),
			span{text: fmt.Sprintf(" is one of the %d donors the sources name for %s.", len(donors), r.title), st: stBody})
	} else {
		intro = append(intro, span{text: "The sources link " + r.donor + " to the funding of " + r.title + ", but do not list it among the project’s donors.", st: stBody})
	}
	w.paragraph(intro, 0)

	w.heading(h2, "Contributions", false)
	cs := r.contributionsOf(r.donor)
	if len(cs) == 0 {
		w.paragraph([]span{{text: "No source states the amount of " + possessive(r.donor) + " contribution.", st: stItalic}}, 0)
	} else {
		t := r.contributionTable(cs, false)
		t.continued = possessive(r.donor) + " contributions"
		w.table(t)
		r.sharedNote(cs)
	}

	w.heading(h2, "What the contribution funds", false)
	var kv [][2][]span
	if period := r.fundingPeriodSpans(r.donor); period != nil {
		kv = append(kv, [2][]span{label("Funding period"), period})
	}
	byField := map[string][]fundingFact{}
	var order []string
	for _, f := range r.fundingFacts(r.donor) {
		if f.field == dossier.FieldStart || f.field == dossier.FieldEnd {
			continue
		}
		if _, ok := byField[f.field]; !ok {
			order = append(order, f.field)
		}
		byField[f.field] = append(byField[f.field], f)
	}
	for _, key := range order {
		var sp []span
		for i, f := range byField[key] {
			if i > 0 {
				sp = append(sp, span{text: "; ", st: stBody, glue: true})
			}
			sp = append(sp, span{text: display(key, f.value), st: stBody}, refSpan(r.src.refs(f.srcs)))
			if f.project != "" {
				sp = append(sp, span{text: " (stated for " + f.project + ")", st: stItalic})
			}
		}
		lbl := fieldLabel(key)
		if key == dossier.FieldStatus {
			lbl = "Status of the funding"
		}
		kv = append(kv, [2][]span{label(lbl), sp})
	}
	if len(kv) == 0 {
		w.paragraph([]span{{text: "No source describes what " + possessive(r.donor) + " contribution pays for in particular, or when.", st: stItalic}}, 0)
	} else {
		w.paragraph([]span{{text: "What the sources say about " + possessive(r.donor) + " funding in particular:", st: stBody}}, 0)
		w.gap(4)
		w.keyValues(kv, 0.24)
	}

	w.heading(h2, "Other donors", false)
	if len(others) == 0 {
		w.paragraph([]span{{text: "The sources name no other donor.", st: stItalic}}, 0)
	} else {
		w.paragraph(append([]span{{text: "For context, the project’s other donors: ", st: stBody}}, spansOf(others, ", ")...), 0)
	}
}

// sharedNote says, under a table of contributions, which are shared with
// other projects and that each is counted once.
func (r *report) sharedNote(cs []contribution) {
	for _, c := range cs {
		if len(c.sharedWith) > 0 {
			note := []span{{text: "* A source gives this money to " + r.title + " and to " + joinAnd(c.sharedWith) +
				" together and does not state the split. It is counted once in any total: in full in neither project’s share of its budget.", st: stSmall}}
			r.w.gap(3)
			r.w.ensure(linesHeight(wrap(note, contentW))) // a note is read whole
			r.w.paragraph(note, 0)
			return
		}
	}
}

// projectSection is the reconciled record in one table: what the project
// is, who runs and funds it, where, and with whom.
func (r *report) projectSection() {
	w := r.w
	r.beginSection("The project at a glance")
	var rows [][2][]span
	add := func(lbl string, sp []span) { rows = append(rows, [2][]span{label(lbl), sp}) }

	add("Title", r.titleSpans())
	if len(r.rec.Project.Aliases) > 0 {
		add("Other names", r.aliasSpans())
	}
	if len(r.rec.Project.Identifiers) > 0 {
		add("Identifiers", r.identifierSpans())
	}
	add("Period", r.periodSpans())
	add("Status", r.statusSpans())
	for _, key := range []string{dossier.FieldBudget, dossier.FieldImplementer, dossier.FieldDonors, dossier.FieldCountries, dossier.FieldRegions} {
		sp, ok := r.fieldSpans(key)
		if !ok {
			sp = notStated()
		}
		add(fieldLabel(key), sp)
	}
	for _, key := range []string{dossier.FieldPartners, dossier.FieldTargetGroups, dossier.FieldThematicFocus, dossier.FieldContacts} {
		if sp, ok := r.fieldSpans(key); ok {
			add(fieldLabel(key), sp)
		}
	}
	for _, rel := range []struct {
		id    *string
		field string
	}{{r.rec.Project.Predecessor, dossier.FieldPredecessor}, {r.rec.Project.Successor, dossier.FieldSuccessor}} {
		shown := false
		if rel.id != nil {
			for _, p := range r.rec.Related {
				if p.ID == *rel.id {
					sp := plain(relatedTitle(p))
					if s, e := periodOf(p); s != nil || e != nil {
						sp = append(sp, span{text: " (" + periodShort(s, e) + ")", st: stBody})
					}
					add(fieldLabel(rel.field), sp)
					shown = true
				}
			}
		}
		if sp, ok := r.fieldSpans(rel.field); ok && !shown {
			add(fieldLabel(rel.field), sp)
		}
	}
	for _, key := range r.otherFields() {
		sp, _ := r.fieldSpans(key)
		add(fieldLabel(key), sp)
	}
	w.keyValues(rows, 0.24)
}

// shownElsewhere are the fields a section of their own shows.
var shownElsewhere = map[string]bool{
	dossier.FieldTitle: true, dossier.FieldAliases: true, dossier.FieldIdentifiers: true,
	dossier.FieldStart: true, dossier.FieldEnd: true, dossier.FieldDurationMonths: true, dossier.FieldStatus: true,
	dossier.FieldBudget: true, dossier.FieldContributions: true, dossier.FieldDonors: true, dossier.FieldImplementer: true,
	dossier.FieldCountries: true, dossier.FieldRegions: true, dossier.FieldPartners: true, dossier.FieldTargetGroups: true,
	dossier.FieldThematicFocus: true, dossier.FieldContacts: true, dossier.FieldObjectives: true, dossier.FieldOutputs: true,
	dossier.FieldIndicators: true, dossier.FieldActivities: true, dossier.FieldKeyFigures: true,
	dossier.FieldPredecessor: true, dossier.FieldSuccessor: true, dossier.FieldHistory: true,
}

// otherFields are the fields no section of their own shows, targets
// aside: "frequency: conferences".
func (r *report) otherFields() []string {
	var out []string
	for _, key := range orderedFields(r.fields) {
		if !shownElsewhere[key] && !strings.HasPrefix(key, "target:") {
			out = append(out, key)
		}
	}
	return out
}

// relatedTitle names a related project: its title, else its ID.
func relatedTitle(p dossier.Project) string {
	if p.Title != "" {
		return p.Title
	}
	return p.ID
}

// titleSpans is the title with the sources that give it.
func (r *report) titleSpans() []span {
	f, ok := r.fields[dossier.FieldTitle]
	if !ok {
		return plain(r.title)
	}
	var srcs []dossier.Source
	for _, c := range f.Candidates {
		if c.Chosen || strings.EqualFold(c.Value.Text, r.title) {
			srcs = append(srcs, c.Sources...)
		}
	}
	return []span{{text: r.title, st: stBody}, refSpan(r.src.refs(srcs))}
}

// aliasSpans are the project's other names, each with its sources (from
// the aliases or the title field).
func (r *report) aliasSpans() []span {
	var cs []cited
	for _, a := range r.rec.Project.Aliases {
		var srcs []dossier.Source
		for _, key := range []string{dossier.FieldAliases, dossier.FieldTitle} {
			for _, c := range r.fields[key].Candidates {
				if c.Value.Text == a {
					srcs = append(srcs, c.Sources...)
				}
			}
		}
		cs = append(cs, cited{text: a, refs: r.src.refs(srcs)})
	}
	return spansOf(cs, ", ")
}

// identifierSpans are the project's identifiers with their sources.
func (r *report) identifierSpans() []span {
	var cs []cited
	for _, id := range r.rec.Project.Identifiers {
		var srcs []dossier.Source
		for _, c := range r.fields[dossier.FieldIdentifiers].Candidates {
			if c.Value.Identifier != nil && *c.Value.Identifier == id {
				srcs = append(srcs, c.Sources...)
			}
		}
		cs = append(cs, cited{text: id.Value + " (" + strings.ReplaceAll(id.Scheme, "-", " ") + ")", refs: r.src.refs(srcs)})
	}
	return spansOf(cs, ", ")
}

// contributions are the contributions, the donor's first in a donor
// report.
func (r *report) contributions() []contribution {
	cs := r.allContributions()
	if r.donor == "" {
		return cs
	}
	var first, rest []contribution
	for _, c := range cs {
		if sameDonor(c.k.Donor, r.donor) {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(first, rest...)
}

// contributionTable is a table of contributions: with the donor's name
// (withDonor), the amount in its currency, the EUR equivalent, the share
// of the budget, the donor's funding period and the sources; a total row
// when there are several.
func (r *report) contributionTable(cs []contribution, withDonor bool) table {
	cols := []column{
		{title: "Amount", share: 0.18, right: true},
		{title: "EUR equivalent", share: 0.19, right: true},
		{title: "Share of budget", share: 0.14, right: true},
		{title: "Funding period", share: 0.2},
		{title: "Sources", share: 0.1},
	}
	if withDonor {
		cols = append([]column{{title: "Donor", share: 0.24}}, cols...)
	}
	t := table{header: true, zebra: true, cols: cols}
	budget := r.budgetMoney()
	for _, c := range cs {
		eur := []span{{text: "\u2014", st: stSmall}}
		if v, ok := c.eur(); ok {
			eur = plain(dossier.FormatAmount(v))
		}
		share := []span{{text: "\u2014", st: stSmall}}
		if amount, ok := inBudgetCurrency(c, budget); ok {
			if s := shareText(amount, budget, len(c.sharedWith) > 0); s != "" {
				share = plain(strings.TrimSuffix(s, " of the budget"))
			}
		}
		period := r.fundingPeriodSpans(c.k.Donor)
		if period == nil {
			period = []span{{text: "not stated", st: stSmall}}
		}
		src := citeSpan(c.cited)
		src.glue = false
		amount := plain(c.k.Currency + "\u00a0" + dossier.FormatAmount(c.k.Amount))
		if len(c.sharedWith) > 0 {
			amount = append(amount, span{text: "*", st: stBody, glue: true})
		}
		cells := [][]span{amount, eur, share, period, {src}}
		if withDonor {
			donor := plain(c.k.Donor)
			if len(c.sharedWith) > 0 {
				donor = append(donor, span{br: true, st: stSmall}, span{text: "shared with " + joinAnd(c.sharedWith) + "; split not stated", st: style{italic, 8, colMuted}})
			}
			cells = append([][]span{donor}, cells...)
		}
		var fill *rgb
		if withDonor && r.donor != "" && sameDonor(c.k.Donor, r.donor) {
			fill = &colHighlight
		}
		t.rows = append(t.rows, row{cells: cells, fill: fill})
	}
	if len(cs) > 1 {
		t.rows = append(t.rows, r.totalRow(cs, withDonor))
	}
	return t
}

// totalRow sums contributions in euros, each once; one with no EUR
// equivalent is left out of the sum, and the row says so.
func (r *report) totalRow(cs []contribution, withDonor bool) row {
	sum, left, shared := 0.0, 0, false
	for _, c := range cs {
		if v, ok := c.eur(); ok {
			sum += v
		} else {
			left++
		}
		shared = shared || len(c.sharedWith) > 0
	}
	total := []span{{text: "EUR\u00a0" + dossier.FormatAmount(sum), st: stBold}}
	note := "Total stated, each contribution once"
	if left > 0 {
		note += fmt.Sprintf("; %s without a EUR equivalent left out", plural(left, "contribution", "contributions"))
	}
	share := []span{{text: "\u2014", st: stSmall}}
	if b := r.budgetMoney(); b != nil && b.Currency == "EUR" {
		if s := shareText(sum, b, shared); s != "" {
			share = []span{{text: strings.TrimSuffix(s, " of the budget"), st: stBold}}
		}
	}
	noteSpan := span{text: note, st: style{italic, 8, colMuted}}
	if withDonor {
		return row{cells: [][]span{{{text: "Total", st: stBold}, {br: true, st: stSmall}, noteSpan}, nil, total, share, nil, nil}, fill: &colHeadFill}
	}
	return row{cells: [][]span{{{text: "Total", st: stBold}}, total, share, {noteSpan}, nil}, fill: &colHeadFill}
}

// funding is the budget, the table of contributions and a chart of the
// contributions against the budget.
func (r *report) funding() {
	w := r.w
	r.beginSection("Funding")
	var kv [][2][]span
	budget, ok := r.fieldSpans(dossier.FieldBudget)
	if !ok {
		budget = notStated()
	}
	kv = append(kv, [2][]span{label("Budget"), budget})
	donors, ok := r.fieldSpans(dossier.FieldDonors)
	if !ok {
		donors = notStated()
	}
	kv = append(kv, [2][]span{label("Donors"), donors})
	w.keyValues(kv, 0.24)

	cs := r.contributions()
	w.heading(h2, "Contributions", false)
	if len(cs) == 0 {
		w.paragraph([]span{{text: "No source states individual contributions.", st: stItalic}}, 0)
		return
	}
	t := r.contributionTable(cs, true)
	t.caption = "Contributions as the sources state them"
	w.table(t)
	w.gap(4)
	w.paragraph([]span{{text: "EUR equivalents are those the sources give; none is computed here. \u2014 means no source gives one. A funding period is the donor’s, where a source states it.", st: stSmall}}, 0)
	r.sharedNote(cs)
	if f := r.fields[dossier.FieldContributions]; r.draft() && f.Status == dossier.StatusNeedsReview {
		w.paragraph(append([]span{{text: "The sources disagree on the contributions; see the annex.", st: stSmall}}, r.openTag(f)...), 0)
	}
	r.budgetChart(cs)
}

// results are the objectives, outputs, indicators with their targets, the
// project's targets and the activities.
func (r *report) results() {
	w := r.w
	r.beginSection("Objectives, outputs and indicators")
	found := false
	for _, key := range []string{dossier.FieldObjectives, dossier.FieldOutputs} {
		f, ok := r.fields[key]
		if !ok {
			continue
		}
		found = true
		w.heading(h2, fieldLabel(key), false)
		r.reviewNote(f)
		for i, it := range r.items(key) {
			w.item(fmt.Sprintf("%d.", i+1), []span{{text: it.text, st: stBody}, citeSpan(it.cited())}, 0)
			for _, s := range it.sub {
				w.item("\u2013", []span{{text: s.text, st: stBody}, citeSpan(s.cited())}, 16)
			}
		}
	}
	if f, ok := r.fields[dossier.FieldIndicators]; ok {
		found = true
		w.heading(h2, "Indicators and targets", false)
		r.reviewNote(f)
		t := table{header: true, zebra: true, cols: []column{
			{title: "Indicator", share: 0.62}, {title: "Target", share: 0.22}, {title: "Sources", share: 0.16},
		}}
		addRow := func(it listItem, indent bool) {
			target := []span{{text: "\u2014", st: stSmall}}
			if it.value.Kind == dossier.ValueQuantity && it.value.Quantity != nil {
				target = plain(quantityFigure(*it.value.Quantity))
			}
			if len(it.sub) > 0 {
				target = nil
			}
			src := citeSpan(it.cited())
			src.glue = false
			text := plain(it.text)
			if indent {
				text = []span{{text: "\u2013 " + it.text, st: stBody}}
			}
			t.rows = append(t.rows, row{cells: [][]span{text, target, {src}}})
		}
		for _, it := range r.items(dossier.FieldIndicators) {
			addRow(it, false)
			for _, s := range it.sub {
				addRow(s, true)
			}
		}
		w.table(t)
		w.gap(4)
		w.paragraph([]span{{text: "\u2014 means the sources state no target for the indicator.", st: stSmall}}, 0)
	}
	if targets := r.targetFields(); len(targets) > 0 {
		found = true
		w.heading(h2, "Targets", false)
		var kv [][2][]span
		for _, key := range targets {
			sp, _ := r.fieldSpans(key)
			kv = append(kv, [2][]span{label(capitalize(strings.TrimSpace(strings.TrimPrefix(key, "target:")))), sp})
		}
		w.keyValues(kv, 0.32)
	}
	if f, ok := r.fields[dossier.FieldActivities]; ok {
		found = true
		w.heading(h2, fieldLabel(dossier.FieldActivities), false)
		r.reviewNote(f)
		for _, it := range r.items(dossier.FieldActivities) {
			w.item("\u2022", []span{{text: it.text, st: stBody}, citeSpan(it.cited())}, 0)
			for _, s := range it.sub {
				w.item("\u2013", []span{{text: s.text, st: stBody}, citeSpan(s.cited())}, 16)
			}
		}
	}
	if !found {
		w.paragraph([]span{{text: "The sources state no objectives, outputs, indicators or activities.", st: stItalic}}, 0)
	}
}

// reviewNote flags, in a draft, a list field that still needs a reviewer.
func (r *report) reviewNote(f dossier.Field) {
	tag := r.openTag(f)
	if tag == nil {
		return
	}
	r.w.paragraph(append(tag, span{text: " The sources disagree on this list; see the annex.", st: stSmall}), 0)
	r.w.gap(3)
}

// figures are the key figures, as cards three to a row, with the date
// each source speaks from; no section when the sources state none.
func (r *report) figures() {
	f, ok := r.fields[dossier.FieldKeyFigures]
	its := r.items(dossier.FieldKeyFigures)
	if !ok || len(its) == 0 {
		return
	}
	w := r.w
	r.beginSection("Key figures and achievements")
	r.reviewNote(f)
	const perRow, gutter = 3, 10.0
	cardW := (contentW - gutter*(perRow-1)) / perRow
	inner := cardW - 20
	type card struct{ big, small []line }
	var cards []card
	for _, it := range its {
		big, small := it.text, ""
		if q := it.value.Quantity; it.value.Kind == dossier.ValueQuantity && q != nil {
			big = quantityFigure(*q)
			small = q.Unit
			if small == "" {
				small = it.text
			}
		}
		cards = append(cards, card{
			big: wrap([]span{{text: capitalize(big), st: style{bold, 17, colNavy}}}, inner),
			small: wrap([]span{{text: small, st: stBody}, citeSpan(it.cited()), {br: true, st: stSmall},
				{text: capitalize(r.dateOf(f, it.cited())), st: stSmall}}, inner),
		})
	}
	for i := 0; i < len(cards); i += perRow {
		rowCards := cards[i:min(i+perRow, len(cards))]
		h := 0.0
		for _, c := range rowCards {
			h = max(h, linesHeight(c.big)+linesHeight(c.small)+22)
		}
		h = min(h, bodyBottom-bodyTop)
		w.ensure(h)
		for j, c := range rowCards {
			x := marginL + float64(j)*(cardW+gutter)
			w.setFill(colZebra)
			w.pdf.Rect(x, w.y, cardW, h, "F")
			w.setFill(colNavy)
			w.pdf.Rect(x, w.y, 3, h, "F")
			y := w.y + 9
			for _, l := range append(append([]line(nil), c.big...), c.small...) {
				if y+l.height() > w.y+h {
					break
				}
				w.drawLine(l, x+12, y)
				y += l.height()
			}
		}
		w.y += h + gutter
	}
}

// plural is "1 fact" or "3 facts"; for a verb, "1 was" or "3 were".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
