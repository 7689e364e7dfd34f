package report

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dossier-dev/dossier"
)

// cover draws the first page: a band with the title, then the facts a
// reader looks for first, then how to read the report.
func (r *report) cover() {
	w := r.w
	w.newPage()
	kind := "PROJECT REPORT"
	if r.donor != "" {
		kind = "DONOR REPORT"
	}
	// The band's text is laid out first, so the band fits it.
	type piece struct {
		ls  []line
		gap float64 // space above
	}
	titleSt := style{bold, 26, colWhite}
	title := r.title
	if rs := []rune(title); len(rs) > 240 {
		title = string(rs[:240]) + "\u2026"
	}
	titleLines := wrap([]span{{text: title, st: titleSt}}, contentW)
	if len(titleLines) > 4 {
		titleSt.size = 18
		titleLines = wrap([]span{{text: title, st: titleSt}}, contentW)
	}
	pieces := []piece{
		{wrap([]span{{text: kind, st: style{bold, 10, rgb{190, 205, 225}}}}, contentW), 0},
		{titleLines, 8},
	}
	if len(r.rec.Project.Aliases) > 0 {
		aka := "Also known as " + strings.Join(r.rec.Project.Aliases, ", ")
		ls := wrap([]span{{text: aka, st: style{regular, 10.5, rgb{205, 215, 230}}}}, contentW)
		pieces = append(pieces, piece{ls[:min(len(ls), 3)], 4}) // the rest are in "At a glance"
	}
	if r.donor != "" {
		pieces = append(pieces, piece{wrap([]span{{text: "Prepared for " + r.donor, st: style{bold, 14, rgb{255, 214, 102}}}}, contentW), 22})
	}
	const bandTop = 84.0
	h := 0.0
	for _, p := range pieces {
		h += p.gap + linesHeight(p.ls)
	}
	band := max(250, bandTop+h+56)
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

	w.y = band + 36
	var rows [][2][]span
	if sp, ok := r.fieldSpans(dossier.FieldImplementer); ok {
		rows = append(rows, [2][]span{label("Implementer"), sp})
	} else {
		rows = append(rows, [2][]span{label("Implementer"), notStated()})
	}
	rows = append(rows, [2][]span{label("Period"), r.periodSpans()})
	if sp, ok := r.fieldSpans(dossier.FieldStatus); ok {
		rows = append(rows, [2][]span{label("Status"), sp})
	}
	if sp, ok := r.fieldSpans(dossier.FieldBudget); ok {
		rows = append(rows, [2][]span{label("Budget"), sp})
	}
	if r.donor != "" {
		rows = append(rows, [2][]span{label("Prepared for"), plain(r.donor)})
	}
	rows = append(rows, [2][]span{label("Report date"), plain(r.dateText())})
	w.keyValues(rows, 0.24)

	// How to read the report, at the foot of the cover.
	var note []span
	note = append(note, span{text: "How to read this report. ", st: stBold},
		span{text: fmt.Sprintf("Every value is followed by numbers in brackets, such as [1], which refer to the %s listed in the last section. ", plural(len(r.src.entries), "source", "sources")), st: stBody},
		span{text: "Where the sources disagree, section “How these facts were reconciled” shows every value they state and why one was used.", st: stBody})
	if n := r.rec.Project.OpenReviews(); n > 0 {
		text := fmt.Sprintf(" %d facts still need a reviewer’s decision; they are marked", n)
		if n == 1 {
			text = " 1 fact still needs a reviewer’s decision; it is marked"
		}
		note = append(note, span{text: text, st: stBody},
			tagSpan("NEEDS REVIEW", colRed), span{text: ".", st: stBody, glue: true})
	}
	ls := wrap(note, contentW-24)
	h = linesHeight(ls) + 20
	top := max(bodyBottom-h, w.y+20)
	if top+h > bodyBottom {
		// Long lists of implementers pushed the cover's table down.
		w.newPage()
		top = w.y
	}
	w.setFill(colZebra)
	w.pdf.Rect(marginL, top, contentW, h, "F")
	w.setFill(colNavy)
	w.pdf.Rect(marginL, top, 3, h, "F")
	y = top + 10
	for _, l := range ls {
		w.drawLine(l, marginL+14, y)
		y += l.height()
	}
	w.newPage()
}

// donorSection puts the donor of a donor report first: its contributions,
// what they fund, and the other donors.
func (r *report) donorSection() {
	w := r.w
	r.beginSection(possessive(r.donor) + " contribution")

	var intro []span
	donors := r.src.citedList(dossier.FieldDonors, r.fields[dossier.FieldDonors])
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
	if mine != nil {
		intro = append(intro, span{text: r.donor, st: stBold}, citeSpan(*mine),
			span{text: fmt.Sprintf(" is one of the %d donors the sources name for %s.", len(donors), r.title), st: stBody})
	} else {
		intro = append(intro, span{text: "The sources link " + r.donor + " to the funding of " + r.title + ", but do not list it among the project’s donors.", st: stBody})
	}
	w.paragraph(intro, 0)

	w.heading(h2, "Contributions", false)
	var rows []row
	for _, c := range r.contributions() {
		if sameDonor(c.value.Contribution.Donor, r.donor) {
			rows = append(rows, contributionRow(c, nil))
		}
	}
	if len(rows) == 0 {
		w.paragraph([]span{{text: "No source states the amount of " + possessive(r.donor) + " contribution.", st: stItalic}}, 0)
	} else {
		t := contributionTable("", rows)
		t.continued = possessive(r.donor) + " contributions"
		w.table(t)
	}

	w.heading(h2, "What the contribution funds", false)
	var kv [][2][]span
	for _, key := range orderedFields(r.fields) {
		f := r.fields[key]
		var cs []cited
		for _, c := range f.Candidates {
			if scopedTo(c.Scope, r.donor) {
				cs = append(cs, cited{value: c.Value, text: display(key, c.Value), refs: r.src.refs(c.Sources)})
			}
		}
		if len(cs) > 0 {
			kv = append(kv, [2][]span{label(fieldLabel(key)), spansOf(cs, "; ")})
		}
	}
	if len(kv) == 0 {
		w.paragraph([]span{{text: "No source describes what " + possessive(r.donor) + " contribution pays for in particular.", st: stItalic}}, 0)
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

// glance is the canonical record in one table.
func (r *report) glance() {
	w := r.w
	r.beginSection("At a glance")
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
	for _, key := range []string{dossier.FieldDurationMonths, dossier.FieldStatus, dossier.FieldBudget,
		dossier.FieldImplementer, dossier.FieldDonors, dossier.FieldCountries, dossier.FieldRegions} {
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
	for _, rel := range r.rec.Related {
		switch {
		case r.rec.Project.Predecessor != nil && rel.ID == *r.rec.Project.Predecessor:
			add("Predecessor", plain(relatedTitle(rel)))
		case r.rec.Project.Successor != nil && rel.ID == *r.rec.Project.Successor:
			add("Successor", plain(relatedTitle(rel)))
		}
	}
	w.keyValues(rows, 0.24)
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

// contributions are the contributions field's members, the donor's first
// in a donor report.
func (r *report) contributions() []cited {
	var out []cited
	for _, c := range r.src.citedList(dossier.FieldContributions, r.fields[dossier.FieldContributions]) {
		if c.value.Kind == dossier.ValueContribution && c.value.Contribution != nil {
			out = append(out, c)
		}
	}
	if r.donor != "" {
		out = donorFirst(out, r.donor)
	}
	return out
}

// contributionTable is the table of contributions.
func contributionTable(caption string, rows []row) table {
	return table{
		caption: caption,
		header:  true,
		zebra:   true,
		cols: []column{
			{title: "Donor", share: 0.34},
			{title: "Currency", share: 0.12},
			{title: "Amount", share: 0.19, right: true},
			{title: "EUR equivalent", share: 0.19, right: true},
			{title: "Sources", share: 0.16},
		},
		rows: rows,
	}
}

// contributionRow is one contribution as a table row.
func contributionRow(c cited, fill *rgb) row {
	k := c.value.Contribution
	eur := []span{{text: "\u2014", st: stSmall}}
	switch {
	case k.EUREquivalent != nil:
		eur = plain(dossier.FormatAmount(*k.EUREquivalent))
	case k.Currency == "EUR":
		eur = plain(dossier.FormatAmount(k.Amount))
	}
	src := citeSpan(c)
	src.glue = false
	return row{fill: fill, cells: [][]span{
		plain(k.Donor),
		plain(k.Currency),
		plain(dossier.FormatAmount(k.Amount)),
		eur,
		{src},
	}}
}

// funding is the budget, the table of contributions and their chart.
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
	var rows []row
	for _, c := range cs {
		var fill *rgb
		if r.donor != "" && sameDonor(c.value.Contribution.Donor, r.donor) {
			fill = &colHighlight
		}
		rows = append(rows, contributionRow(c, fill))
	}
	w.table(contributionTable("Contributions as the sources state them", rows))
	w.gap(4)
	w.paragraph([]span{{text: "EUR equivalents are those the sources give; none is computed here. \u2014 means no source gives one.", st: stSmall}}, 0)
	if f := r.fields[dossier.FieldContributions]; f.Status == dossier.StatusNeedsReview {
		w.paragraph([]span{{text: "The sources disagree on the contributions; see section “How these facts were reconciled”.", st: stSmall}, statusTag(f.Status)}, 0)
	}
	r.contributionChart(cs)
}

// results are the objectives, outputs, indicators with their targets and
// the activities.
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
		for i, c := range r.src.citedList(key, f) {
			w.item(fmt.Sprintf("%d.", i+1), []span{{text: c.text, st: stBody}, citeSpan(c)}, 0)
		}
	}
	if f, ok := r.fields[dossier.FieldIndicators]; ok {
		found = true
		w.heading(h2, "Indicators and targets", false)
		r.reviewNote(f)
		t := table{
			caption: "",
			header:  true,
			zebra:   true,
			cols: []column{
				{title: "Indicator", share: 0.62},
				{title: "Target", share: 0.22},
				{title: "Sources", share: 0.16},
			},
		}
		for _, c := range r.src.citedList(dossier.FieldIndicators, f) {
			target := []span{{text: "\u2014", st: stSmall}}
			if c.value.Kind == dossier.ValueQuantity && c.value.Quantity != nil {
				target = plain(quantityFigure(*c.value.Quantity))
			}
			src := citeSpan(c)
			src.glue = false
			t.rows = append(t.rows, row{cells: [][]span{plain(c.text), target, {src}}})
		}
		w.table(t)
		w.gap(4)
		w.paragraph([]span{{text: "\u2014 means the sources state no target for the indicator.", st: stSmall}}, 0)
	}
	if f, ok := r.fields[dossier.FieldActivities]; ok {
		found = true
		w.heading(h2, fieldLabel(dossier.FieldActivities), false)
		r.reviewNote(f)
		for _, c := range r.src.citedList(dossier.FieldActivities, f) {
			w.item("\u2022", []span{{text: c.text, st: stBody}, citeSpan(c)}, 0)
		}
	}
	if !found {
		w.paragraph([]span{{text: "The sources state no objectives, outputs, indicators or activities.", st: stItalic}}, 0)
	}
}

// reviewNote flags a list field that still needs a reviewer.
func (r *report) reviewNote(f dossier.Field) {
	if f.Status != dossier.StatusNeedsReview {
		return
	}
	r.w.paragraph([]span{statusTag(f.Status), {text: " The sources disagree on this list; see “How these facts were reconciled”.", st: stSmall}}, 0)
	r.w.gap(3)
}

// figures are the key figures, as cards three to a row.
func (r *report) figures() {
	w := r.w
	r.beginSection("Key figures and achievements")
	f, ok := r.fields[dossier.FieldKeyFigures]
	cs := r.src.citedList(dossier.FieldKeyFigures, f)
	if !ok || len(cs) == 0 {
		w.paragraph([]span{{text: "The sources state no key figures.", st: stItalic}}, 0)
		return
	}
	r.reviewNote(f)
	const perRow, gutter = 3, 10.0
	cardW := (contentW - gutter*(perRow-1)) / perRow
	inner := cardW - 20
	type card struct{ big, small []line }
	var cards []card
	for _, c := range cs {
		big, small := c.text, ""
		if q := c.value.Quantity; c.value.Kind == dossier.ValueQuantity && q != nil {
			big = quantityFigure(*q)
			small = q.Unit
			if small == "" {
				small = c.text
			}
		}
		cards = append(cards, card{
			big:   wrap([]span{{text: capitalize(big), st: style{bold, 17, colNavy}}}, inner),
			small: wrap([]span{{text: small, st: stBody}, citeSpan(c)}, inner),
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

// reconciliation shows every field the sources do not simply agree on:
// what was used, what else the sources said, and why.
func (r *report) reconciliation() {
	w := r.w
	r.beginSection("How these facts were reconciled")
	var open, settled []string
	for _, key := range orderedFields(r.fields) {
		switch r.fields[key].Status {
		case dossier.StatusAgreed:
		case dossier.StatusNeedsReview:
			open = append(open, key)
		default:
			settled = append(settled, key)
		}
	}
	if len(open)+len(settled) == 0 {
		w.paragraph([]span{{text: "Every source that states a fact gives the same value; nothing needed reconciling.", st: stBody}}, 0)
	} else {
		w.paragraph([]span{{text: fmt.Sprintf("The sources do not all agree on %s. %s settled by a rule or a reviewer; %s a reviewer’s decision. For each, the value used is listed first, then every value the sources state, with the quote it comes from.",
			plural(len(open)+len(settled), "fact", "facts"), plural(len(settled), "was", "were"), plural(len(open), "still needs", "still need")), st: stBody}}, 0)
	}
	if len(open) > 0 {
		w.heading(h2, "Facts that still need review", true)
		for _, key := range open {
			r.fieldAccount(key)
		}
	}
	if len(settled) > 0 {
		w.heading(h2, "Facts settled by a rule or a reviewer", true)
		for _, key := range settled {
			r.fieldAccount(key)
		}
	}
	if len(r.rec.History) > 0 {
		w.heading(h2, "Reviewers’ decisions", true)
		t := table{header: true, zebra: true, cols: []column{
			{title: "Date", share: 0.13}, {title: "Fact", share: 0.15}, {title: "Value", share: 0.30},
			{title: "Reviewer", share: 0.14}, {title: "Note", share: 0.28},
		}}
		for _, d := range r.rec.History {
			t.rows = append(t.rows, row{cells: [][]span{
				plain(d.Time.UTC().Format("2 Jan 2006")), plain(fieldLabel(d.Field)),
				plain(display(d.Field, d.Value)), plain(d.Reviewer), plain(d.Note),
			}})
		}
		w.table(t)
	}
}

// accountLabelShare is the width of the first column of a field's account,
// shared by its two tables so that their columns line up.
const accountLabelShare = 0.28

// plural is "1 fact" or "3 facts"; for a verb, "1 was" or "3 were".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// fieldAccount shows how one field was reconciled.
func (r *report) fieldAccount(key string) {
	w := r.w
	f := r.fields[key]
	title := []span{{text: fieldLabel(key), st: style{bold, 10, colText}}, statusTag(f.Status)}
	if f.Stale {
		title = append(title, tagSpan("NEWER SOURCE DISAGREES", colAmber))
	}
	ls := wrap(title, contentW)
	w.gap(10)
	w.ensure(linesHeight(ls) + 60)
	for _, l := range ls {
		w.drawLine(l, marginL, w.y)
		w.y += l.height()
	}
	w.y += 3

	var kv [][2][]span
	used := []span{{text: "none: no rule may choose between the sources", st: stItalic}}
	if f.IsList {
		if cs := r.src.citedList(key, f); len(cs) > 0 {
			used = spansOf(cs, listSep(cs))
		} else if f.Status != dossier.StatusNeedsReview {
			used = notStated()
		}
	} else if c, ok := r.src.citedSingle(key, f); ok {
		used = spansOf([]cited{c}, "")
		if f.Status == dossier.StatusNeedsReview {
			used = append(used, span{text: " (best guess, not decided)", st: stItalic})
		}
	}
	kv = append(kv, [2][]span{label("Value used"), used})
	if f.Rule != "" && (f.Decision == nil || strings.TrimSpace(f.Rule) != strings.TrimSpace(f.Decision.Note)) {
		lbl := "Rule"
		if f.Status == dossier.StatusOverridden {
			lbl = "Reviewer’s note"
		}
		kv = append(kv, [2][]span{label(lbl), plain(f.Rule)})
	}
	if f.Cause != nil && *f.Cause != "" {
		kv = append(kv, [2][]span{label("Why they differ"), plain(capitalize(causeText(*f.Cause)))})
	}
	if d := f.Decision; d != nil {
		who := d.Reviewer
		if who == "" {
			who = "A reviewer"
		}
		text := who + " decided on " + d.Time.UTC().Format("2 January 2006")
		if d.Note != "" {
			text += ": " + d.Note
		}
		kv = append(kv, [2][]span{label("Decision"), plain(text)})
	}
	if f.Stale {
		kv = append(kv, [2][]span{label("Warning"), {{text: "A source added after the reviewer’s decision states a different value; the decision should be reviewed again.", st: style{bold, stBody.size, colAmber}}}})
	}
	w.keyValues(kv, accountLabelShare)

	if len(f.Candidates) == 0 {
		return
	}
	w.gap(4)
	t := table{header: true, continued: fieldLabel(key) + ": the values stated", cols: []column{
		{title: "Value stated", share: accountLabelShare},
		{title: "Where, and the words the source uses", share: 1 - accountLabelShare},
	}}
	for _, c := range f.Candidates {
		val := []span{{text: display(key, c.Value), st: stBody}}
		if c.Chosen {
			val = append(val, tagSpan("USED", colGreen))
		}
		if c.Scope != "" {
			val = append(val, span{br: true, st: stSmall}, span{text: "About " + scopeText(c.Scope), st: style{italic, 8, colAmber}})
		}
		if c.Cause != "" {
			val = append(val, span{br: true, st: stSmall}, span{text: capitalize(causeText(c.Cause)), st: style{italic, 8, colMuted}})
		}
		var where []span
		for i, s := range c.Sources {
			if i > 0 {
				where = append(where, span{br: true, st: stSmall})
			}
			loc := refSpan(r.src.refs([]dossier.Source{s}))
			loc.st = style{bold, 8, colRef}
			loc.glue = false
			loc.text = strings.TrimSpace(loc.text)
			where = append(where, loc)
			if s.Page != nil {
				where = append(where, span{text: fmt.Sprintf(" p. %d", *s.Page), st: stSmall})
			}
			if q := strings.TrimSpace(s.Quote); q != "" {
				where = append(where, span{text: " \u201c" + q + "\u201d", st: style{italic, 8, colText}})
			}
		}
		var fill *rgb
		if c.Chosen {
			fill = &colZebra
		}
		t.rows = append(t.rows, row{cells: [][]span{val, where}, fill: fill})
	}
	w.table(t)
}

// sources lists every document the report cites.
func (r *report) sources() {
	w := r.w
	r.beginSection("Sources")
	if len(r.src.entries) == 0 {
		w.paragraph([]span{{text: "The record cites no documents.", st: stItalic}}, 0)
		return
	}
	t := table{cols: []column{{share: 0.07}, {share: 0.93}}}
	for i, e := range r.src.entries {
		d := e.doc
		num := []span{{text: fmt.Sprintf("[%d]", i+1), st: style{bold, 9, colRef}}}
		var sp []span
		title := strings.TrimSpace(d.Title)
		if title == "" {
			title = "Untitled document"
		}
		if !e.known {
			title = "Document not in this record"
		}
		sp = append(sp, span{text: title, st: stBold}, span{br: true, st: stSmall})
		var facts []string
		if d.Kind != "" {
			facts = append(facts, strings.ToUpper(string(d.Kind)))
		}
		if e.known {
			if d.AsOf != nil {
				facts = append(facts, "as of "+d.AsOf.Human())
			} else {
				facts = append(facts, "no date stated")
			}
		}
		facts = append(facts, shortID(d.ID))
		sp = append(sp, span{text: strings.Join(facts, " \u00b7 "), st: stSmall})
		if d.Source != "" {
			sp = append(sp, span{br: true, st: stSmall}, span{text: d.Source, st: style{regular, 8, colRef}})
		}
		if d.Error != "" {
			sp = append(sp, span{br: true, st: stSmall}, span{text: "Could not be read: " + d.Error, st: style{italic, 8, colRed}})
		}
		t.rows = append(t.rows, row{cells: [][]span{num, sp}})
	}
	w.table(t)
	if scripts := r.scriptsLacking(); len(scripts) > 0 {
		var names []string
		for _, s := range scripts {
			names = append(names, "["+s+"]")
		}
		w.gap(6)
		w.paragraph([]span{{text: "Text in scripts this report cannot set is marked " + strings.Join(names, ", ") +
			": its fonts cover the Latin, Greek and Cyrillic scripts. The export of the record (dossier export) keeps every name as its source writes it.",
			st: stItalic}}, 0)
	}
}

// scriptsLacking lists the scripts of the record's text that the report
// shows as placeholders. It reads the record's JSON: every value, quote,
// title and source the report can print is in it.
func (r *report) scriptsLacking() []string {
	var b strings.Builder
	for _, v := range []any{r.rec.Project, r.rec.History} {
		if j, err := json.Marshal(v); err == nil {
			b.Write(j)
		}
	}
	for _, d := range r.rec.Documents {
		b.WriteString(d.Title + " " + d.Source + " " + d.Error + " ")
	}
	b.WriteString(r.donor)
	return scriptsLacking(b.String())
}
