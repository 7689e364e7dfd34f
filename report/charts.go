package report

import (
	"fmt"
	"math"
	"time"

	"github.com/dossier-dev/dossier"
)

// Charts are drawn with gofpdf's lines, rectangles and text, so they stay
// sharp and their labels stay text. Each says one thing: when the project
// ran and where the report's date falls (the timeline), how much of the
// budget the stated contributions account for (the budget chart).

// instant is a point in time as a fractional year.
type instant float64

func yearFraction(t time.Time) instant {
	start := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	next := time.Date(t.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	return instant(float64(t.Year()) + t.Sub(start).Hours()/next.Sub(start).Hours())
}

// startOf is when the period a date names begins: "2014" begins on 1
// January 2014.
func startOf(d dossier.Date) instant { return yearFraction(startTime(d)) }

// endOf is when the period a date names ends: "December 2021" ends as
// 2022 begins.
func endOf(d dossier.Date) instant { return yearFraction(endTime(d)) }

// periodOf is a project's chosen start and end dates, nil where unknown.
func periodOf(p dossier.Project) (s, e *dossier.Date) {
	if f := p.Fields[dossier.FieldStart]; f.Value != nil && f.Value.Date != nil {
		s = f.Value.Date
	}
	if f := p.Fields[dossier.FieldEnd]; f.Value != nil && f.Value.Date != nil {
		e = f.Value.Date
	}
	return s, e
}

// periodShort is "1 Jan 2014 – 31 Dec 2020" at each date's precision.
func periodShort(s, e *dossier.Date) string {
	f := func(d *dossier.Date) string {
		if d == nil {
			return "?"
		}
		return shortDate(*d)
	}
	if s == nil && e == nil {
		return ""
	}
	return f(s) + " \u2013 " + f(e)
}

// Colours of the timeline's bars.
var (
	colRelated = colGrey
	colFunding = colAmber
	colToday   = colRed
)

// tlRow is a row of the timeline: a period.
type tlRow struct {
	role, name string // "Predecessor", "Cybercrime@Octopus"
	start, end *dossier.Date
	col        rgb
	text       string // printed beside the bar
}

// tlLabelW is the width of the timeline's label column.
const tlLabelW = 132.0

// timelineRows are the periods the timeline draws: the predecessor, the
// project, the successor, and the funding periods of the donor of a donor
// report, or of every donor in a project report.
func (r *report) timelineRows() []tlRow {
	var rows []tlRow
	related := func(id *string, role string) {
		if id == nil {
			return
		}
		for _, p := range r.rec.Related {
			if p.ID == *id {
				s, e := periodOf(p)
				rows = append(rows, tlRow{role: role, name: relatedTitle(p), start: s, end: e, col: colRelated, text: periodShort(s, e)})
			}
		}
	}
	related(r.rec.Project.Predecessor, "Predecessor")
	s, e := r.periodDates()
	rows = append(rows, tlRow{role: "This project", name: r.title, start: s, end: e, col: colNavy, text: periodShort(s, e)})
	related(r.rec.Project.Successor, "Successor")
	donors := []string{r.donor}
	if r.donor == "" {
		donors = nil
		seen := map[string]bool{}
		for _, key := range orderedFields(r.fields) {
			for _, c := range r.fields[key].Candidates {
				if kind, what, ok := cutScope(c.Scope); ok && kind == "funding" && !seen[donorKey(what)] {
					seen[donorKey(what)] = true
					donors = append(donors, what)
				}
			}
		}
		for _, c := range r.allContributions() {
			if len(c.sharedWith) > 0 && !seen[donorKey(c.k.Donor)] {
				seen[donorKey(c.k.Donor)] = true
				donors = append(donors, c.k.Donor)
			}
		}
	}
	for _, d := range donors {
		fs, fe := r.fundingPeriod(d)
		if fs == nil && fe == nil {
			continue
		}
		row := tlRow{role: possessive(d) + " funding", col: colFunding}
		if fs != nil {
			row.start = fs.value.Date
			if fs.project != "" {
				row.name = "stated for " + fs.project
			}
		}
		if fe != nil {
			row.end = fe.value.Date
			if fe.project != "" {
				row.name = "stated for " + fe.project
			}
		}
		row.text = periodShort(row.start, row.end)
		rows = append(rows, row)
	}
	return rows
}

// timelineSection draws the project's period with its predecessor and
// successor, the donors' funding periods, and a line at the report's
// date; how each date was chosen is in the annex.
func (r *report) timelineSection() {
	w := r.w
	rows := r.timelineRows()
	today := yearFraction(r.reportDay())
	lo, hi := float64(today), float64(today)
	drawn := false
	for _, rw := range rows {
		for _, d := range []*dossier.Date{rw.start, rw.end} {
			if d != nil {
				lo, hi = math.Min(lo, float64(startOf(*d))), math.Max(hi, float64(endOf(*d)))
				drawn = true
			}
		}
	}
	if !drawn {
		r.beginSection("Timeline")
		w.paragraph([]span{{text: "No source states when the project or its predecessor and successor run.", st: stItalic}}, 0)
		return
	}
	lo, hi = math.Floor(lo), math.Ceil(hi+1e-9)
	const rowH, axisH, topH = 26.0, 24.0, 16.0
	height := topH + float64(len(rows))*rowH + axisH + 30
	r.beginSectionKeep("Timeline", height+20)
	w.ensure(height)
	top := w.y + topH
	plotX0 := marginL + tlLabelW + 8
	plotX1 := marginL + contentW - 4
	xOf := func(t instant) float64 { return plotX0 + (float64(t)-lo)/(hi-lo)*(plotX1-plotX0) }
	pdf := w.pdf

	// Year grid.
	step := 1.0
	for (hi-lo)/step > 12 {
		step *= 2
	}
	axisY := top + float64(len(rows))*rowH + 4
	w.setDraw(rgb{228, 232, 238})
	pdf.SetLineWidth(0.4)
	for y := lo; y <= hi+1e-9; y += step {
		x := xOf(instant(y))
		pdf.Line(x, top, x, axisY)
	}

	y := top
	for _, rw := range rows {
		ls := wrap([]span{{text: rw.role, st: style{bold, 8.5, rw.col.darker()}}, {br: true, st: stSmall},
			{text: ellipsize(clean(rw.name), stSmall, tlLabelW), st: stSmall}}, tlLabelW)
		if rw.name == "" {
			ls = ls[:1]
		}
		ly := y + (rowH-linesHeight(ls))/2
		for _, l := range ls[:min(2, len(ls))] {
			w.drawLine(l, marginL, ly)
			ly += l.height()
		}
		mid := y + rowH/2
		switch {
		case rw.start != nil && rw.end != nil:
			x0, x1 := xOf(startOf(*rw.start)), xOf(endOf(*rw.end))
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			w.setFill(rw.col)
			pdf.Rect(x0, mid-5, math.Max(x1-x0, 1.5), 10, "F")
			r.barText(rw.text, x0, x1, mid, plotX0, plotX1)
		case rw.start != nil || rw.end != nil:
			d, isEnd := rw.start, false
			if d == nil {
				d, isEnd = rw.end, true
			}
			x := xOf(startOf(*d))
			if isEnd {
				x = xOf(endOf(*d))
			}
			w.setFill(rw.col)
			pdf.Circle(x, mid, 3.6, "F")
			r.barText(rw.text, x, x, mid, plotX0, plotX1)
		}
		y += rowH
	}

	// The report's date.
	tx := xOf(today)
	w.setDraw(colToday)
	pdf.SetLineWidth(1)
	pdf.Line(tx, top-4, tx, axisY)
	lbl := "Report date, " + shortDay(r.reportDay())
	lst := style{bold, 8, colToday}
	lw := w.textWidth(lbl, lst)
	lx := tx - lw/2
	lx = math.Max(plotX0, math.Min(lx, plotX1-lw))
	w.text(lx, top-7, clean(lbl), lst)

	// Axis.
	w.setDraw(colMuted)
	pdf.SetLineWidth(0.6)
	pdf.Line(plotX0, axisY, plotX1, axisY)
	tickSt := style{regular, 8, colMuted}
	lastEnd := math.Inf(-1)
	for yr := lo; yr <= hi+1e-9; yr += step {
		x := xOf(instant(yr))
		pdf.Line(x, axisY, x, axisY+3)
		label := fmt.Sprintf("%d", int(yr))
		lw := w.textWidth(label, tickSt)
		lx := math.Min(math.Max(x-lw/2, plotX0), plotX1-lw)
		if lx < lastEnd+4 {
			continue // a label pushed in from the edge would touch its neighbour
		}
		w.text(lx, axisY+13, label, tickSt)
		lastEnd = lx + lw
	}
	w.y = axisY + axisH - 4

	// Legend.
	type entry struct {
		col  rgb
		text string
		line bool
	}
	legend := []entry{{colNavy, "this project", false}}
	hasRelated, hasFunding := false, false
	for _, rw := range rows {
		hasRelated = hasRelated || rw.col == colRelated
		hasFunding = hasFunding || rw.col == colFunding
	}
	if hasRelated {
		legend = append(legend, entry{colRelated, "predecessor, successor", false})
	}
	if hasFunding {
		legend = append(legend, entry{colFunding, "a donor’s funding period", false})
	}
	legend = append(legend, entry{colToday, "the report’s date", true})
	x := marginL
	ly := w.y + 8
	for _, e := range legend {
		tw := w.textWidth(e.text, stSmall)
		if x+16+tw > marginL+contentW {
			x = marginL
			ly += 12
		}
		if e.line {
			w.setDraw(e.col)
			pdf.SetLineWidth(1)
			pdf.Line(x+4, ly-7, x+4, ly+1)
		} else {
			w.setFill(e.col)
			pdf.Rect(x, ly-6.5, 9, 7, "F")
		}
		w.text(x+13, ly, clean(e.text), stSmall)
		x += 13 + tw + 18
	}
	w.y = ly + 8
	w.paragraph([]span{{text: "Every date a source states, and how the dates shown were chosen, is in the annex.", st: stSmall}}, 0)
}

// darker is a colour for text on white that belongs to a bar of c.
func (c rgb) darker() rgb {
	return rgb{c.r * 3 / 4, c.g * 3 / 4, c.b * 3 / 4}
}

// cutScope splits "funding:Canada" into its kind and what it is about.
func cutScope(scope string) (kind, what string, ok bool) {
	for i := 0; i < len(scope); i++ {
		if scope[i] == ':' {
			return scope[:i], scope[i+1:], true
		}
	}
	return "", "", false
}

// barText writes a bar's or marker's label beside it: right of it where it
// fits in the plot, else left of it.
func (r *report) barText(text string, x0, x1, mid, plotX0, plotX1 float64) {
	if text == "" {
		return
	}
	w := r.w
	st := style{regular, 8, colText}
	text = clean(text)
	tw := w.m.width(text, st.face, st.size)
	x := x1 + 6
	if x+tw > plotX1 {
		x = x0 - 6 - tw
	}
	if x < plotX0 {
		// Neither side has room: inside the bar, in white.
		x = math.Max(plotX0, math.Min(x0+4, plotX1-tw))
		st.color = colWhite
		if x1-x0 < tw+8 {
			st.color = colText
		}
	}
	w.text(x, mid+st.size*0.35, text, st)
}

// periodBar draws, on the first page, the project's period as a bar and
// the report's date on it: where in the project's life the report falls.
func (r *report) periodBar() {
	start, end := r.periodDates()
	if start == nil || end == nil {
		return
	}
	w := r.w
	today := r.reportDay()
	s, e, t := float64(startOf(*start)), float64(endOf(*end)), float64(yearFraction(today))
	lo, hi := math.Min(s, t), math.Max(e, t)
	if hi <= lo {
		return
	}
	const h = 40.0
	w.gap(6)
	w.ensure(h)
	x0, x1 := marginL+4, marginL+contentW-4
	xOf := func(v float64) float64 { return x0 + (v-lo)/(hi-lo)*(x1-x0) }
	mid := w.y + 16
	w.setFill(colHeadFill)
	w.pdf.Rect(x0, mid-4, x1-x0, 8, "F")
	w.setFill(colNavy)
	w.pdf.Rect(xOf(s), mid-4, math.Max(xOf(e)-xOf(s), 1.5), 8, "F")
	st := style{regular, 8, colMuted}
	w.text(xOf(s), mid+15, clean(shortDate(*start)), st)
	endText := clean(shortDate(*end))
	ew := w.m.width(endText, st.face, st.size)
	ex := math.Max(xOf(e)-ew, xOf(s)+w.m.width(clean(shortDate(*start)), st.face, st.size)+8)
	w.text(ex, mid+15, endText, st)
	tx := xOf(t)
	w.setDraw(colToday)
	w.pdf.SetLineWidth(1.2)
	w.pdf.Line(tx, mid-9, tx, mid+9)
	lbl := clean("Report date, " + shortDay(today))
	lst := style{bold, 8, colToday}
	lw := w.m.width(lbl, lst.face, lst.size)
	lx := math.Max(x0, math.Min(tx-lw/2, x1-lw))
	w.text(lx, mid-12, lbl, lst)
	w.y += h
}

// segment is a part of the budget chart's bar.
type segment struct {
	label  string
	amount float64
	col    rgb
	hatch  bool // shared with other projects: its split is not stated
	refs   []int
}

// budgetChart draws the contributions the sources state against the
// budget, with the share no source reports; in a donor report the
// donor's own money stands out and the others' is one segment. A chart
// of one bar says nothing: without a budget to set them against, a chart
// is drawn only for two contributions or more.
func (r *report) budgetChart(cs []contribution) {
	w := r.w
	b := r.budgetMoney()
	cur := "EUR"
	if b != nil {
		cur = b.Currency
	}
	var segs []segment
	var others segment
	others.label = "Other donors"
	others.col = colNavy
	undrawn := 0
	sum := 0.0
	for _, c := range cs {
		amount, ok := inBudgetCurrency(c, b)
		if b == nil {
			amount, ok = c.eur()
		}
		if !ok || amount <= 0 || math.IsInf(amount, 0) {
			undrawn++
			continue
		}
		sum += amount
		mine := r.donor != "" && sameDonor(c.k.Donor, r.donor)
		if r.donor != "" && !mine {
			others.amount += amount
			others.refs = mergeRefs(others.refs, c.refs)
			continue
		}
		label := c.k.Donor
		if len(c.sharedWith) > 0 {
			label += ", shared with " + joinAnd(c.sharedWith) + " (split not stated)"
		}
		col := colNavy
		if mine {
			col = colAmber
		} else if len(segs)%2 == 1 {
			col = colRef
		}
		segs = append(segs, segment{label: label, amount: amount, col: col, hatch: len(c.sharedWith) > 0, refs: c.refs})
	}
	if others.amount > 0 {
		segs = append(segs, others)
	}
	if len(segs) == 0 || b == nil && len(segs) < 2 {
		return
	}
	total := sum
	caption := "Contributions stated, in " + cur
	if b != nil {
		caption = "Contributions stated against the budget of " + display(dossier.FieldBudget, dossier.MoneyValue(*b))
		total = math.Max(b.Amount, sum)
		if rest := b.Amount - sum; rest > 0 {
			segs = append(segs, segment{label: "Not reported by the sources", amount: rest, col: rgb{222, 226, 232}})
		}
	}
	w.heading(h2, "Contributions against the budget", false)
	capLines := wrap([]span{{text: caption, st: stCaption}}, contentW)
	barH := 20.0
	legendH := float64(len(segs))*14 + 8
	w.ensure(linesHeight(capLines) + barH + legendH + 20)
	for _, l := range capLines {
		w.drawLine(l, marginL, w.y)
		w.y += l.height()
	}
	w.y += 6
	x := marginL
	for _, s := range segs {
		sw := s.amount / total * contentW
		w.setFill(s.col)
		w.pdf.Rect(x, w.y, math.Max(sw, 0.8), barH, "F")
		if s.hatch {
			r.hatch(x, w.y, sw, barH)
		}
		x += sw
	}
	w.setDraw(colMuted)
	w.pdf.SetLineWidth(0.5)
	w.pdf.Rect(marginL, w.y, contentW, barH, "D")
	w.y += barH + 8
	for _, s := range segs {
		w.setFill(s.col)
		w.pdf.Rect(marginL, w.y+1.5, 10, 8, "F")
		if s.hatch {
			r.hatch(marginL, w.y+1.5, 10, 8)
		}
		text := fmt.Sprintf("%s: %s %s (%s)", s.label, cur, dossier.FormatAmount(math.Round(s.amount)), formatPercent(s.amount/total*100))
		sp := []span{{text: text, st: style{regular, 9, colText}}}
		if len(s.refs) > 0 {
			sp = append(sp, refSpan(s.refs))
		}
		for _, l := range wrap(sp, contentW-16) {
			w.drawLine(l, marginL+16, w.y)
			w.y += l.height()
		}
		w.y += 2
	}
	var notes []string
	if r.donor != "" && len(r.contributionsOf(r.donor)) == 0 {
		notes = append(notes, "No source states the amount of "+possessive(r.donor)+" contribution; it is not drawn.")
	}
	if b != nil && sum > b.Amount {
		notes = append(notes, "The contributions stated add up to more than the budget; the bar is their sum.")
	}
	if undrawn > 0 {
		notes = append(notes, fmt.Sprintf("%s in another currency, with no %s equivalent in the sources, %s not drawn.",
			plural(undrawn, "contribution", "contributions"), cur, map[bool]string{true: "is", false: "are"}[undrawn == 1]))
	}
	for _, n := range notes {
		w.paragraph([]span{{text: n, st: stSmall}}, 0)
	}
}

// hatch draws white diagonal lines over a rectangle: money shared with
// other projects.
func (r *report) hatch(x, y, wd, h float64) {
	pdf := r.w.pdf
	pdf.ClipRect(x, y, wd, h, false)
	r.w.setDraw(colWhite)
	pdf.SetLineWidth(1.2)
	for d := -h; d < wd; d += 5 {
		pdf.Line(x+d, y+h, x+d+h, y)
	}
	pdf.ClipEnd()
}
