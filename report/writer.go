package report

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/dossier-dev/dossier/report/internal/gofpdf"
)

// Page geometry, in points from the top left of an A4 page.
const (
	pageW      = 595.28
	pageH      = 841.89
	marginL    = 62.0
	marginR    = 62.0
	bodyTop    = 76.0
	bodyBottom = pageH - 68.0
	contentW   = pageW - marginL - marginR

	headerBase = 44.0         // baseline of the running header
	footerBase = pageH - 38.0 // baseline of the running footer
)

// writer lays text and tables out on pages, breaking pages itself: gofpdf's
// automatic page break is off, so nothing is drawn below bodyBottom.
type writer struct {
	pdf *gofpdf.Fpdf
	m   *metrics
	y   float64 // top of the free space on the current page
	// header and footer draw the running header and footer of a page.
	header, footer func(page int)
	// ctx stops a render between pages, sections, rows and items; nil
	// never stops.
	ctx context.Context
	// sourceLinks[n-1] is the link to source n's entry in the list of
	// sources, which a reference [n] opens; nil draws no links.
	sourceLinks []int
}

// canceled is what check panics with when the render's context is done;
// Render recovers it as the context's error. A panic, not an error
// returned by every drawing function, because drawing a section returns
// nothing and a render stopped half way throws its pages away anyway.
type canceled struct{ err error }

// check stops the render when its context is done.
func (w *writer) check() {
	if w.ctx == nil {
		return
	}
	if err := w.ctx.Err(); err != nil {
		panic(canceled{err})
	}
}

func (w *writer) setColor(c rgb) { w.pdf.SetTextColor(c.r, c.g, c.b) }
func (w *writer) setFill(c rgb)  { w.pdf.SetFillColor(c.r, c.g, c.b) }
func (w *writer) setDraw(c rgb)  { w.pdf.SetDrawColor(c.r, c.g, c.b) }

// text draws s (already cleaned) with its baseline at y.
func (w *writer) text(x, y float64, s string, st style) {
	w.pdf.SetFont(fontFamily, faceStyle[st.face], st.size)
	w.setColor(st.color)
	w.pdf.Text(x, y, s)
}

// textWidth is the width of s set in st.
func (w *writer) textWidth(s string, st style) float64 {
	return w.m.width(clean(s), st.face, st.size)
}

// newPage starts a page and puts the cursor at the top of its body.
func (w *writer) newPage() {
	w.check()
	w.pdf.AddPage()
	w.y = bodyTop
}

// room is the height left on the current page.
func (w *writer) room() float64 { return bodyBottom - w.y }

// atTop reports whether nothing has been laid on the current page yet.
func (w *writer) atTop() bool { return w.y <= bodyTop+0.01 }

// ensure starts a new page unless h fits on this one, and reports whether
// it did.
func (w *writer) ensure(h float64) bool {
	if h > w.room() && !w.atTop() {
		w.newPage()
		return true
	}
	return false
}

// gap adds vertical space, dropped at the top of a page.
func (w *writer) gap(h float64) {
	if w.atTop() {
		return
	}
	w.y += h
	if w.y > bodyBottom {
		w.y = bodyBottom
	}
}

// drawLine sets one line with its top at top, starting at x.
func (w *writer) drawLine(l line, x, top float64) {
	base := top + l.baseline()
	// Consecutive words in one style go out as one string.
	for i := 0; i < len(l.toks); {
		p := l.toks[i]
		if p.tag != nil {
			w.setFill(*p.tag)
			h := p.st.size * 1.25
			w.pdf.Rect(x+p.x, base-p.st.size*0.92, p.w, h, "F")
			w.text(x+p.x+tagPad, base, p.text, p.st)
			i++
			continue
		}
		j := i + 1
		s := p.text
		for j < len(l.toks) && l.toks[j].tag == nil && l.toks[j].st == p.st && l.toks[j].space {
			s += " " + l.toks[j].text
			j++
		}
		w.text(x+p.x, base, s, p.st)
		i = j
	}
	for _, p := range l.toks {
		w.links(p, x, base)
	}
}

// links makes the references a word shows open their sources, and an
// address open its page.
func (w *writer) links(p placed, x, base float64) {
	top, h := base-p.st.size*0.9, p.st.size*1.2
	if p.url != "" {
		w.pdf.LinkString(x+p.x, top, p.w, h, p.url)
	}
	if len(p.refs) == 0 || len(w.sourceLinks) == 0 {
		return
	}
	for _, run := range digitRuns(p.text) {
		n, _ := strconv.Atoi(p.text[run[0]:run[1]])
		if n < 1 || n > len(w.sourceLinks) || !slices.Contains(p.refs, n) {
			continue
		}
		x0 := w.m.width(p.text[:run[0]], p.st.face, p.st.size)
		nw := w.m.width(p.text[run[0]:run[1]], p.st.face, p.st.size)
		// A little wider than the digits, so that a single one is easy
		// to click.
		w.pdf.Link(x+p.x+x0-1, top, nw+2, h, w.sourceLinks[n-1])
	}
}

// paragraph sets spans at indent from the left margin, breaking pages
// between lines.
func (w *writer) paragraph(spans []span, indent float64) {
	w.block(spans, marginL+indent, contentW-indent)
}

// block sets spans in a column at x of the given width.
func (w *writer) block(spans []span, x, width float64) {
	for _, l := range wrap(spans, width) {
		if l.height() > w.room() {
			w.newPage()
		}
		w.drawLine(l, x, w.y)
		w.y += l.height()
	}
}

// item sets a list item: a marker ("•", "3.") in the hanging indent, the
// text wrapped beside it.
func (w *writer) item(marker string, spans []span, indent float64) {
	const hang = 16.0
	w.check()
	ls := wrap(spans, contentW-indent-hang)
	if len(ls) == 0 {
		return
	}
	// Keep at least two lines of an item together.
	w.ensure(linesHeight(ls[:min(2, len(ls))]))
	for i, l := range ls {
		if l.height() > w.room() {
			w.newPage()
		}
		if i == 0 {
			w.text(marginL+indent, w.y+l.baseline(), clean(marker), style{regular, stBody.size, colNavy})
		}
		w.drawLine(l, marginL+indent+hang, w.y)
		w.y += l.height()
	}
	w.y += 2
}

// heading levels.
const (
	h1 = iota + 1
	h2
	h3
)

// headingStyles are the heading levels' styles and the space above and
// below them.
var headingStyles = [...]struct {
	st            style
	before, after float64
}{
	h1: {style{bold, 15, colNavy}, 18, 8},
	h2: {style{bold, 11.5, colNavy}, 12, 4},
	h3: {style{bold, 10, colText}, 8, 2},
}

// heading sets a heading and keeps it with the first lines after it.
func (w *writer) heading(level int, text string, bookmark bool) {
	hs := headingStyles[level]
	ls := wrap([]span{{text: text, st: hs.st}}, contentW)
	w.gap(hs.before)
	w.ensure(linesHeight(ls) + hs.after + 48)
	if bookmark {
		w.pdf.SetFont(fontFamily, faceStyle[hs.st.face], hs.st.size)
		w.pdf.Bookmark(clean(text), level-1, w.y)
	}
	for _, l := range ls {
		w.drawLine(l, marginL, w.y)
		w.y += l.height()
	}
	if level == h1 {
		w.setDraw(colNavy)
		w.pdf.SetLineWidth(0.8)
		w.pdf.Line(marginL, w.y+2, marginL+contentW, w.y+2)
		w.y += 4
	}
	w.y += hs.after
}

// column is one column of a table.
type column struct {
	title string
	share float64 // of the table's width
	right bool    // right-aligned (amounts)
}

// row is one row of a table; fill, if set, shades it; anchor, if not
// zero, is a link that leads to the row.
type row struct {
	cells  [][]span
	fill   *rgb
	anchor int
}

// table is a table that breaks across pages, repeating its caption and its
// header row on every page it runs onto.
type table struct {
	caption string
	// continued, if set, is the caption of the pages the table runs onto
	// when it has no caption of its own.
	continued string
	cols      []column
	header    bool
	rows      []row
	zebra     bool
}

// Cell padding.
const (
	cellPadX = 4.0
	cellPadY = 3.2
)

// laidRow is a row wrapped into its cells' lines.
type laidRow struct {
	cells  [][]line
	fill   *rgb
	bold   bool
	anchor int
}

// base is the distance from a row's top padding to the baseline of its
// first line: the cells' first lines share a baseline, whatever their sizes.
func (lr laidRow) base() float64 {
	b := 0.0
	for _, c := range lr.cells {
		if len(c) > 0 {
			b = max(b, c[0].baseline())
		}
	}
	return b
}

// offset is how far a cell's lines sit below the row's top padding so that
// its first baseline is the row's.
func (lr laidRow) offset(c []line) float64 {
	if len(c) == 0 {
		return 0
	}
	return lr.base() - c[0].baseline()
}

func (lr laidRow) height() float64 {
	h := 0.0
	for _, c := range lr.cells {
		h = max(h, lr.offset(c)+linesHeight(c))
	}
	return h + 2*cellPadY
}

// table draws t at the cursor, breaking pages between rows (or inside a
// row too tall for a page) and repeating the caption and header row.
func (w *writer) table(t table) {
	widths := make([]float64, len(t.cols))
	indent := make([]float64, len(t.cols))
	for i := 1; i < len(t.cols); i++ {
		if t.cols[i-1].right && !t.cols[i].right {
			// Keep left-aligned text clear of the figures before it.
			indent[i] = 10
		}
	}
	total := 0.0
	for _, c := range t.cols {
		total += c.share
	}
	for i, c := range t.cols {
		widths[i] = contentW * c.share / total
	}
	lay := func(cells [][]span, fill *rgb) laidRow {
		lr := laidRow{fill: fill}
		for i := range t.cols {
			var sp []span
			if i < len(cells) {
				sp = cells[i]
			}
			lr.cells = append(lr.cells, wrap(sp, widths[i]-2*cellPadX-indent[i]))
		}
		return lr
	}
	var head laidRow
	if t.header {
		cells := make([][]span, len(t.cols))
		for i, c := range t.cols {
			cells[i] = []span{{text: c.title, st: stHead}}
		}
		head = lay(cells, &colHeadFill)
		head.bold = true
	}
	captionLines := wrap([]span{{text: t.caption, st: stCaption}}, contentW)
	captionH := 0.0
	if t.caption != "" || t.continued != "" {
		captionH = linesHeight(wrap([]span{{text: t.caption + t.continued + " (continued)", st: stCaption}}, contentW)) + 3
	}
	headH := 0.0
	if t.header {
		headH = head.height()
	}
	top := func(continued bool) {
		capText := t.caption
		if continued && capText == "" {
			capText = t.continued
		}
		if capText != "" {
			ls := captionLines
			if continued {
				ls = wrap([]span{{text: capText, st: stCaption}, {text: " (continued)", st: style{italic, stCaption.size, colMuted}}}, contentW)
			}
			for _, l := range ls {
				w.drawLine(l, marginL, w.y)
				w.y += l.height()
			}
			w.y += 3
		}
		if t.header {
			w.drawRow(head, widths, indent, t.cols, head.height())
		}
	}
	rows := make([]laidRow, len(t.rows))
	for i, r := range t.rows {
		w.check() // laying out a row wraps its text: the costly part
		fill := r.fill
		if fill == nil && t.zebra && i%2 == 1 {
			fill = &colZebra
		}
		rows[i] = lay(r.cells, fill)
		rows[i].anchor = r.anchor
	}
	first := 0.0
	if len(rows) > 0 {
		first = min(rows[0].height(), 60)
	}
	firstCaptionH := 0.0
	if t.caption != "" {
		firstCaptionH = linesHeight(captionLines) + 3
	}
	// A table without a caption that starts on a new page, away from what
	// introduced it, is named by its continuation caption.
	broke := w.ensure(firstCaptionH + headH + first)
	top(broke && t.caption == "")
	onPage := 0 // rows, or parts of rows, on this page
	for _, lr := range rows {
		for {
			h := lr.height()
			if h <= w.room() {
				w.drawRow(lr, widths, indent, t.cols, h)
				onPage++
				break
			}
			capacity := bodyBottom - bodyTop - captionH - headH
			if onPage > 0 && h <= capacity {
				w.newPage()
				top(true)
				onPage = 0
				continue
			}
			// Too tall for any page, or nothing fits above it: set the
			// lines that fit and carry the rest to the next page.
			avail := w.room() - 2*cellPadY
			part := laidRow{fill: lr.fill, bold: lr.bold, anchor: lr.anchor}
			rest := laidRow{fill: lr.fill, bold: lr.bold}
			placedAny := false
			for _, c := range lr.cells {
				n, used := 0, lr.offset(c)
				for n < len(c) && used+c[n].height() <= avail {
					used += c[n].height()
					n++
				}
				placedAny = placedAny || n > 0
				part.cells = append(part.cells, c[:n])
				rest.cells = append(rest.cells, c[n:])
			}
			if placedAny {
				w.drawRow(part, widths, indent, t.cols, part.height())
			}
			w.newPage()
			top(true)
			onPage = 0
			lr = rest
		}
	}
}

// drawRow draws a laid row of height h at the cursor and moves it down.
func (w *writer) drawRow(lr laidRow, widths, indent []float64, cols []column, h float64) {
	if lr.anchor != 0 {
		w.pdf.SetLink(lr.anchor, w.y, -1)
	}
	if lr.fill != nil {
		w.setFill(*lr.fill)
		w.pdf.Rect(marginL, w.y, contentW, h, "F")
	}
	x := marginL
	for i, ls := range lr.cells {
		y := w.y + cellPadY + lr.offset(ls)
		for _, l := range ls {
			lx := x + cellPadX + indent[i]
			if cols[i].right {
				lx = x + widths[i] - cellPadX - l.w
			}
			w.drawLine(l, lx, y)
			y += l.height()
		}
		x += widths[i]
	}
	w.setDraw(colRule)
	lw := 0.4
	if lr.bold {
		w.setDraw(colNavy)
		lw = 0.7
	}
	w.pdf.SetLineWidth(lw)
	w.pdf.Line(marginL, w.y+h, marginL+contentW, w.y+h)
	w.y += h
}

// keyValues sets label/value rows as a two-column table without a header.
func (w *writer) keyValues(rows [][2][]span, labelShare float64) {
	t := table{cols: []column{{share: labelShare}, {share: 1 - labelShare}}}
	for _, r := range rows {
		t.rows = append(t.rows, row{cells: [][]span{r[0], r[1]}})
	}
	w.table(t)
}

// sourceLink is the link to source n's entry, 0 when there is none.
func (w *writer) sourceLink(n int) int {
	if n < 1 || n > len(w.sourceLinks) {
		return 0
	}
	return w.sourceLinks[n-1]
}

// label is a table label cell.
func label(s string) []span { return []span{{text: s, st: stLabel}} }

// plain is a body-text cell.
func plain(s string) []span { return []span{{text: s, st: stBody}} }

// refSpan is the numbered reference to sources, e.g. "[1, 3]", kept with the
// value before it.
func refSpan(refs []int) span {
	if len(refs) == 0 {
		return span{text: " [no source]", st: style{italic, stRef.size, colMuted}, glue: true}
	}
	s := " ["
	for i, n := range refs {
		if i > 0 {
			s += ",\u00a0"
		}
		s += fmt.Sprint(n)
	}
	return span{text: s + "]", st: stRef, glue: true, refs: refs}
}

// tagSpan is a coloured label such as NEEDS REVIEW.
func tagSpan(text string, c rgb) span {
	return span{text: text, st: stTag, tag: &c, glue: false}
}
