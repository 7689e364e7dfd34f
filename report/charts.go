package report

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/report/internal/gofpdf"
)

// Charts are drawn with gofpdf's lines, rectangles and text, so they stay
// sharp and their labels stay text.

// instant is a point in time as a fractional year.
type instant float64

// startOf is when the period a date names begins: "2014" begins on 1
// January 2014.
func startOf(d dossier.Date) instant {
	return yearFraction(time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC))
}

// endOf is when the period a date names ends: "December 2021" ends as
// 2022 begins.
func endOf(d dossier.Date) instant {
	t := time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
	switch d.Precision {
	case dossier.PrecisionYear:
		t = time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	case dossier.PrecisionMonth:
		t = t.AddDate(0, 1, 0)
	default:
		t = t.AddDate(0, 0, 1)
	}
	return yearFraction(t)
}

func yearFraction(t time.Time) instant {
	start := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	next := time.Date(t.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	return instant(float64(t.Year()) + t.Sub(start).Hours()/next.Sub(start).Hours())
}

// claimKind says how a date a source claimed relates to the value used.
type claimKind int

const (
	claimUsed       claimKind = iota // the value used
	claimConflict                    // disagrees, for no known reason
	claimScope                       // describes something narrower
	claimSuperseded                  // an older source, out of date
)

var claimColors = [...]rgb{claimUsed: colNavy, claimConflict: colRed, claimScope: colAmber, claimSuperseded: colGrey}

var claimLegend = [...]string{
	claimUsed:       "date used in this report",
	claimConflict:   "conflicting date, not used",
	claimScope:      "date of something narrower (e.g. one donor’s funding)",
	claimSuperseded: "superseded by a newer source",
}

// tlRow is a row of the timeline: a period, or a date a source claimed.
type tlRow struct {
	label      []span
	start, end *dossier.Date // a period, when both are set
	claim      *dossier.Date // a claimed date
	isEnd      bool          // the claim is an end date
	kind       claimKind
	col        rgb
	text       string // printed beside the bar or marker
}

// tlLabelW is the width of the timeline's label column.
const tlLabelW = 128.0

// maxClaimRows bounds the claimed dates the chart shows; the rest are in
// the reconciliation section.
const maxClaimRows = 14

// timelineSection draws the project's period, its predecessor and
// successor, and every start and end date the sources state.
func (r *report) timelineSection() {
	w := r.w
	var rows []tlRow
	periodOf := func(p dossier.Project) (s, e *dossier.Date) {
		if f := p.Fields[dossier.FieldStart]; f.Value != nil && f.Value.Date != nil {
			s = f.Value.Date
		}
		if f := p.Fields[dossier.FieldEnd]; f.Value != nil && f.Value.Date != nil {
			e = f.Value.Date
		}
		return s, e
	}
	related := func(id *string, role string) {
		if id == nil {
			return
		}
		for _, p := range r.rec.Related {
			if p.ID != *id {
				continue
			}
			s, e := periodOf(p)
			rows = append(rows, tlRow{
				label: []span{{text: role, st: style{bold, 8, colMuted}}, {br: true, st: stSmall}, {text: ellipsize(clean(relatedTitle(p)), style{regular, 7.5, colMuted}, tlLabelW), st: style{regular, 7.5, colMuted}}},
				start: s, end: e, col: colGrey, text: periodShort(s, e),
			})
		}
	}
	related(r.rec.Project.Predecessor, "Predecessor")
	s, e := periodOf(r.rec.Project)
	rows = append(rows, tlRow{
		label: []span{{text: "This project", st: style{bold, 8, colNavy}}, {br: true, st: stSmall}, {text: ellipsize(clean(r.title), style{regular, 7.5, colNavy}, tlLabelW), st: style{regular, 7.5, colNavy}}},
		start: s, end: e, col: colNavy, text: periodShort(s, e),
	})
	related(r.rec.Project.Successor, "Successor")

	var claims []tlRow
	for _, key := range []string{dossier.FieldStart, dossier.FieldEnd} {
		f := r.fields[key]
		cands := append([]dossier.Candidate(nil), f.Candidates...)
		sort.SliceStable(cands, func(i, j int) bool {
			a, b := cands[i].Value.Date, cands[j].Value.Date
			return a != nil && b != nil && a.Before(*b)
		})
		for _, c := range cands {
			if c.Value.Date == nil {
				continue
			}
			kind := claimConflict
			switch {
			case c.Chosen:
				kind = claimUsed
			case c.Cause == dossier.CauseScope || c.Scope != "":
				kind = claimScope
			case c.Cause == dossier.CauseOutOfDate:
				kind = claimSuperseded
			case f.Status == dossier.StatusCompatible:
				kind = claimUsed
			}
			lbl := "Start date stated"
			if key == dossier.FieldEnd {
				lbl = "End date stated"
			}
			claims = append(claims, tlRow{
				label: []span{{text: lbl, st: style{regular, 8, colText}}, refSpan(r.src.refs(c.Sources))},
				claim: c.Value.Date, isEnd: key == dossier.FieldEnd, kind: kind, col: claimColors[kind],
				text: c.Value.Date.Human(),
			})
		}
	}
	hidden := 0
	if len(claims) > maxClaimRows {
		hidden = len(claims) - maxClaimRows
		claims = claims[:maxClaimRows]
	}

	// The time axis spans whole years around every date drawn.
	lo, hi := math.Inf(1), math.Inf(-1)
	see := func(d *dossier.Date, isEnd bool) {
		if d == nil {
			return
		}
		t := startOf(*d)
		if isEnd {
			t = endOf(*d)
		}
		lo, hi = math.Min(lo, float64(t)), math.Max(hi, float64(t))
	}
	for _, rw := range append(append([]tlRow(nil), rows...), claims...) {
		see(rw.start, false)
		see(rw.end, true)
		see(rw.claim, rw.isEnd)
	}
	if math.IsInf(lo, 1) {
		r.beginSection("Timeline")
		w.paragraph([]span{{text: "No source states when the project or its predecessor and successor run.", st: stItalic}}, 0)
		return
	}
	lo = math.Floor(lo)
	hi = math.Ceil(hi)
	if hi <= lo {
		hi = lo + 1
	}

	const labelW, rowH, axisH = tlLabelW, 24.0, 26.0
	plotX0 := marginL + labelW + 8
	plotX1 := marginL + contentW - 4
	xOf := func(t instant) float64 { return plotX0 + (float64(t)-lo)/(hi-lo)*(plotX1-plotX0) }

	all := rows
	if len(claims) > 0 {
		all = append(append(all, tlRow{}), claims...) // an empty row separates the two parts
	}
	legend := map[claimKind]bool{}
	for _, c := range claims {
		legend[c.kind] = true
	}
	height := float64(len(all))*rowH + axisH + 10
	if len(legend) > 0 {
		height += 26
	}
	r.beginSectionKeep("Timeline", height+20)
	w.paragraph([]span{{text: "Bars show periods; markers show every start and end date a source states, with the sources that state it.", st: stSmall}}, 0)
	w.gap(6)
	w.ensure(height)
	top := w.y
	pdf := w.pdf

	// Year grid.
	step := 1.0
	for (hi-lo)/step > 12 {
		step *= 2
	}
	w.setDraw(rgb{228, 232, 238})
	pdf.SetLineWidth(0.4)
	axisY := top + float64(len(all))*rowH + 4
	for y := lo; y <= hi+1e-9; y += step {
		x := xOf(instant(y))
		pdf.Line(x, top, x, axisY)
	}
	// Guides at the project's own start and end.
	pdf.SetDashPattern([]float64{2, 2}, 0)
	w.setDraw(colNavy)
	pdf.SetLineWidth(0.5)
	if s != nil {
		x := xOf(startOf(*s))
		pdf.Line(x, top, x, axisY)
	}
	if e != nil {
		x := xOf(endOf(*e))
		pdf.Line(x, top, x, axisY)
	}
	pdf.SetDashPattern(nil, 0)

	y := top
	for _, rw := range all {
		if rw.label != nil {
			ls := wrap(rw.label, labelW)
			lh := linesHeight(ls)
			ly := y + (rowH-lh)/2
			for i, l := range ls {
				if i >= 2 {
					break
				}
				w.drawLine(l, marginL, ly)
				ly += l.height()
			}
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
			marker(w, x, mid, rw.col, true)
			r.barText(rw.text, x, x, mid, plotX0, plotX1)
		case rw.claim != nil:
			x := xOf(startOf(*rw.claim))
			if rw.isEnd {
				x = xOf(endOf(*rw.claim))
			}
			w.setDraw(rgb{236, 239, 243})
			pdf.SetLineWidth(0.4)
			pdf.Line(plotX0, mid, plotX1, mid)
			marker(w, x, mid, rw.col, rw.kind == claimUsed)
			r.barText(rw.text, x, x, mid, plotX0, plotX1)
		}
		y += rowH
	}

	// Axis.
	w.setDraw(colMuted)
	pdf.SetLineWidth(0.6)
	pdf.Line(plotX0, axisY, plotX1, axisY)
	tickSt := style{regular, 7.5, colMuted}
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
	w.y = axisY + axisH - 6

	if len(legend) > 0 {
		x := marginL
		ly := w.y + 8
		for k := claimUsed; k <= claimSuperseded; k++ {
			if !legend[k] {
				continue
			}
			txt := claimLegend[k]
			tw := w.textWidth(txt, stSmall)
			if x+14+tw > marginL+contentW {
				x = marginL
				ly += 12
			}
			marker(w, x+4, ly-2.6, claimColors[k], k == claimUsed)
			w.text(x+11, ly, txt, stSmall)
			x += 11 + tw + 16
		}
		w.y = ly + 8
	}
	if hidden > 0 {
		w.paragraph([]span{{text: fmt.Sprintf("%d more dates are listed in section “How these facts were reconciled”.", hidden), st: stSmall}}, 0)
	}
}

// marker draws a claimed date: a circle for the date used, a diamond for
// the others.
func marker(w *writer, x, y float64, c rgb, used bool) {
	w.setFill(c)
	if used {
		w.pdf.Circle(x, y, 3.6, "F")
		return
	}
	const s = 4.2
	w.pdf.Polygon([]gofpdf.PointType{{X: x, Y: y - s}, {X: x + s, Y: y}, {X: x, Y: y + s}, {X: x - s, Y: y}}, "F")
}

// barText writes a bar's or marker's label beside it: right of it where it
// fits in the plot, else left of it.
func (r *report) barText(text string, x0, x1, mid, plotX0, plotX1 float64) {
	if text == "" {
		return
	}
	w := r.w
	st := style{regular, 7.5, colText}
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

// periodShort is "Jan 2014 – Dec 2020" at each date's precision.
func periodShort(s, e *dossier.Date) string {
	f := func(d *dossier.Date) string {
		if d == nil {
			return "?"
		}
		switch d.Precision {
		case dossier.PrecisionYear:
			return fmt.Sprint(d.Year)
		case dossier.PrecisionMonth:
			return time.Month(d.Month).String()[:3] + " " + fmt.Sprint(d.Year)
		}
		return fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month).String()[:3], d.Year)
	}
	if s == nil && e == nil {
		return ""
	}
	return f(s) + " \u2013 " + f(e)
}

// chartBar is one bar of the contributions chart.
type chartBar struct {
	donor  string
	amount float64
	refs   cited
	mine   bool // the donor of a donor report
}

// contributionChart draws the contributions as bars, one chart per
// currency: in EUR where a source gives an equivalent, else in the
// currency given, since amounts in different currencies cannot share a
// scale.
func (r *report) contributionChart(cs []cited) {
	w := r.w
	groups := map[string][]chartBar{}
	var order []string
	for _, c := range cs {
		k := c.value.Contribution
		cur, amt := k.Currency, k.Amount
		if k.EUREquivalent != nil {
			cur, amt = "EUR", *k.EUREquivalent
		}
		if _, ok := groups[cur]; !ok {
			order = append(order, cur)
		}
		groups[cur] = append(groups[cur], chartBar{donor: k.Donor, amount: amt, refs: c, mine: r.donor != "" && sameDonor(k.Donor, r.donor)})
	}
	sort.SliceStable(order, func(i, j int) bool {
		if (order[i] == "EUR") != (order[j] == "EUR") {
			return order[i] == "EUR"
		}
		return order[i] < order[j]
	})
	w.heading(h2, "Contributions compared", false)
	for _, cur := range order {
		bars := groups[cur]
		sort.SliceStable(bars, func(i, j int) bool { return bars[i].amount > bars[j].amount })
		caption := "Contributions in " + cur
		if cur == "EUR" {
			caption = "Contributions in EUR (amounts in other currencies at the EUR equivalent the sources give)"
		}
		r.barChart(caption, cur, bars)
	}
}

// barChart draws one currency's bars, breaking pages between bars and
// repeating the caption.
func (r *report) barChart(caption, cur string, bars []chartBar) {
	w := r.w
	const labelW, rowH = 140.0, 15.0
	plotX0 := marginL + labelW + 6
	valueW := 110.0 // room kept right of the longest bar for its label
	plotX1 := marginL + contentW - valueW
	// Only a positive, finite amount gets a bar.
	drawable := func(a float64) bool { return a > 0 && !math.IsInf(a, 1) }
	top := 0.0
	for _, b := range bars {
		if drawable(b.amount) {
			top = math.Max(top, b.amount)
		}
	}
	capLines := wrap([]span{{text: caption, st: style{bold, 8.5, colNavy}}}, contentW)
	drawCaption := func(continued bool) {
		ls := capLines
		if continued {
			ls = wrap([]span{{text: caption, st: style{bold, 8.5, colNavy}}, {text: " (continued)", st: style{italic, 8.5, colMuted}}}, contentW)
		}
		for _, l := range ls {
			w.drawLine(l, marginL, w.y)
			w.y += l.height()
		}
		w.y += 4
	}
	w.gap(6)
	w.ensure(linesHeight(capLines) + 4 + rowH*float64(min(len(bars), 3)))
	drawCaption(false)
	labelSt := style{regular, 8, colText}
	for _, b := range bars {
		if rowH > w.room() {
			w.newPage()
			drawCaption(true)
		}
		st := labelSt
		if b.mine {
			st.face = bold
		}
		name := ellipsize(clean(b.donor), st, labelW)
		w.text(marginL+labelW-w.m.width(name, st.face, st.size), w.y+rowH/2+2.8, name, st)
		bw := 0.0
		if top > 0 && drawable(b.amount) {
			bw = b.amount / top * (plotX1 - plotX0)
		}
		col := colNavy
		if b.mine {
			col = colAmber
		}
		w.setFill(col)
		w.pdf.Rect(plotX0, w.y+2.5, math.Max(bw, 0.8), rowH-5, "F")
		value := []span{{text: cur + " " + dossier.FormatAmount(b.amount), st: style{regular, 7.5, colText}}, citeSpan(b.refs)}
		ls := wrap(value, marginL+contentW-(plotX0+bw+5))
		if len(ls) > 0 {
			w.drawLine(ls[0], plotX0+bw+5, w.y+(rowH-ls[0].height())/2)
		}
		w.setDraw(colMuted)
		w.pdf.SetLineWidth(0.5)
		w.pdf.Line(plotX0, w.y, plotX0, w.y+rowH)
		w.y += rowH
	}
}
