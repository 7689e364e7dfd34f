package extract

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract/pdftext"
)

// The layout of PDF text, from glyphs to blocks in reading order:
//
//  1. glyphs on one baseline, split where the gap between two is wider than
//     a word space could be, make fragments (a line of one column or cell);
//  2. fragments overlapping vertically make bands, and consecutive bands
//     that leave a common vertical gutter free make a group;
//  3. a group with a gutter is either a label/value table (its left side
//     short labels beside the right side's lines) read row by row, rows
//     told apart by the gaps between them where they have any, or
//     columns, each read whole before the next (recursive XY-cut);
//  4. a group without a gutter is one column of lines, cut into blocks at
//     wide vertical gaps, bullets and font size changes.

// frag is a run of text on one baseline with no wide gap inside.
type frag struct {
	text    string
	x0, x1  float64
	base    float64 // baseline, points from the top of the page
	size    float64 // largest font size
	boldAll bool    // every glyph bold
	// boldLead is the text of the bold glyphs the fragment starts with, as
	// in a run-in label "Africa: Benin, …".
	boldLead string
	top, bot float64
}

// Line geometry as fractions of the font size: the ascent and descent that
// make a fragment's box, a word space, and the gap that splits fragments.
const (
	ascent   = 0.8
	descent  = 0.25
	wordGap  = 0.15
	splitGap = 1.3
)

func (f *frag) words() int { return len(strings.Fields(f.text)) }

// unit is one stretch of a page in reading order: a column of lines, or
// the rows of a table.
type unit struct {
	lines []*frag
	rows  []tableRow
	// cont marks a column of lines that sits under a table's value column
	// with no label: a row continued from the previous page.
	cont bool
	// grid marks rows of a data table, its first row the column heads
	// (see grid).
	grid bool
}

type tableRow struct {
	label []*frag
	cells [][]*frag // the value column, or several cells of a wider row
	// section marks a data table's row that heads the rows under it
	// ("Grote Meren"), its label the line: read as a heading.
	section bool
}

// pageLayout holds what one page's layout needs besides its fragments.
type pageLayout struct {
	body     float64 // the body text size: most glyphs have it
	bodyBold bool
	gutter   float64   // the narrowest gap read as a gutter between columns
	gutters  []float64 // x of the page's column gutters, however narrow
	pitch    map[float64]float64
}

// fragments groups a page's upright glyphs into fragments, in no order,
// and returns the x of the page's column gutters (see gutters) and of the
// narrow gaps it split a label from its value at.
func fragments(glyphs []pdftext.Glyph) ([]*frag, []float64) {
	// Runs: glyphs that follow each other in the content stream and on the
	// page. A smaller glyph a little above or below its neighbour (a
	// superscript, a footnote mark) stays in its run; being drawn next to
	// it is what tells it from a line of another column.
	type run struct {
		base, size float64
		gs         []int
	}
	var runs []*run
	var cur *run
	prev := -1
	for i, g := range glyphs {
		if g.Rotated || g.Size <= 0.5 {
			continue
		}
		if cur != nil {
			p := glyphs[prev]
			size := math.Max(p.Size, g.Size)
			dx := g.X - (p.X + p.W)
			tol := 0.2 * size
			if g.Size < 0.85*p.Size || p.Size < 0.85*g.Size {
				tol = 0.5 * size
			}
			if combining(g.Text) && dx >= -2*size && dx <= 0.5*size {
				tol = size // a mark sits above or below its letter
			}
			if dx >= -2*size && dx <= splitGap*size && math.Abs(g.Y-cur.base) <= tol && (dx >= -0.5*size || combining(g.Text)) {
				cur.gs = append(cur.gs, i)
				if g.Size > cur.size {
					cur.base, cur.size = g.Y, g.Size
				}
				prev = i
				continue
			}
		}
		cur = &run{base: g.Y, size: g.Size, gs: []int{i}}
		runs = append(runs, cur)
		prev = i
	}

	// Rows: runs on one baseline, across the page.
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].base < runs[b].base })
	type row struct {
		base, size float64
		gs         []int
	}
	var rows []*row
	var r *row
	for _, u := range runs {
		// (The smaller size sets the tolerance: a masthead in 30 points
		// beside two lines of 9 is no bridge that joins them into one.)
		if r != nil && math.Abs(u.base-r.base) <= 0.2*math.Min(u.size, r.size) {
			r.gs = append(r.gs, u.gs...)
			if u.size > r.size {
				r.base, r.size = u.base, u.size
			}
			continue
		}
		r = &row{base: u.base, size: u.size, gs: append([]int(nil), u.gs...)}
		rows = append(rows, r)
	}

	lines := make([][]int, len(rows))
	for i, r := range rows {
		sort.SliceStable(r.gs, func(a, b int) bool { return glyphs[r.gs[a]].X < glyphs[r.gs[b]].X })
		lines[i] = r.gs
	}
	gut := gutters(glyphs, lines)
	bases := make([]float64, len(rows))
	for i, r := range rows {
		bases[i] = r.base
	}
	cells := cellStarts(glyphs, lines, bases, gut)
	// cellGut holds where a label was split from its value: a gutter for
	// the layout of the table's rows, not for splitting other lines.
	var cellGut []float64

	var out []*frag
	var pieces []string // a fragment's glyph texts and the spaces between, for right-to-left text
	for ri, r := range rows {
		wordSp := wordSpace(glyphs, lines[ri])
		var f *frag
		var b strings.Builder
		var prev *pdftext.Glyph
		own := 0.0 // the fragment's own baseline
		bold, total, lead := 0, 0, -1
		space, bidi := false, false
		mark := "" // a combining mark waiting for the letter it is drawn over
		flush := func() {
			if f != nil {
				if mark != "" {
					b.WriteString(mark)
					pieces[len(pieces)-1] += mark
					mark = ""
				}
				if bidi {
					f.text = strings.TrimSpace(pdftext.Logical(pieces, pdftext.RightToLeftText(pieces)))
				} else {
					f.text = strings.TrimSpace(b.String())
				}
				f.boldAll = bold == total
				if lead > 0 {
					f.boldLead = strings.TrimSpace(b.String()[:lead])
				}
				if f.text != "" {
					f.top, f.bot = own-ascent*f.size, own+descent*f.size
					out = append(out, f)
				}
			}
			f, prev = nil, nil
			b.Reset()
			pieces = pieces[:0]
			bold, total, lead, space, bidi = 0, 0, -1, false, false
		}
		for _, i := range r.gs {
			g := &glyphs[i]
			if strings.TrimSpace(g.Text) == "" {
				space = true
				continue
			}
			if prev != nil && f != nil && footnoteMark(prev, g) {
				// "EUR 15.0 m³", "12/2023⁴": a note's number set small and
				// raised against the word it follows is no part of the
				// word ("15.0 m", "12/2023").
				continue
			}
			if prev != nil && f != nil && combining(g.Text) {
				// A mark drawn over a letter (Arabic vowels, shadda) goes
				// with it, whatever the gap: the letter before it if within
				// its box, else the one drawn next.
				if g.X < prev.X+prev.W-0.5 {
					b.WriteString(g.Text)
					pieces[len(pieces)-1] += g.Text
				} else {
					mark += g.Text
				}
				continue
			}
			if prev != nil {
				gap := g.X - (prev.X + prev.W)
				size := (g.Size + prev.Size) / 2
				switch {
				case gap > splitGap*size || gap > minGutter*size && acrossGutter(gut, prev.X+prev.W, g.X):
					flush()
				case gap > minGutter*size && gap >= 2*wordSp && cells.near(g.X, r.base, size),
					gap > cellPad*size && gap >= 1.5*wordSp && !listMarker(b.String()) && cells.aligned(g.X, r.base, size):
					// A label that fills its cell, a padding away from its
					// value, or a tight table's cell a padding from the
					// next ("12/2021 GIZ" where three rows start their
					// implementer at one x): split where the rows around
					// start their values, and keep the gap a gutter for the
					// layout.
					flush()
					if !acrossGutter(cellGut, g.X-1, g.X) {
						cellGut = append(cellGut, g.X-0.5)
					}
				case g.Text == prev.Text && math.Abs(g.X-prev.X) < 0.2*size:
					continue // the same glyph drawn twice, as fake bold or a shadow
				case space || gap > wordGap*size:
					b.WriteByte(' ')
					pieces = append(pieces, " ")
				}
			}
			if f == nil {
				f = &frag{x0: g.X, base: r.base}
			}
			if g.Size > f.size {
				// The box stands on the fragment's own baseline, that of
				// its largest glyphs: a row of the page may join lines of
				// two columns set a little apart, and a table's rows are
				// told apart by the gaps between boxes.
				own = g.Y
			}
			if !g.Bold && lead < 0 {
				lead = b.Len()
			}
			b.WriteString(g.Text + mark)
			pieces = append(pieces, g.Text+mark)
			mark = ""
			bidi = bidi || pdftext.HasRightToLeft(g.Text)
			f.x1 = math.Max(f.x1, g.X+g.W)
			f.size = math.Max(f.size, g.Size)
			if g.Bold {
				bold++
			}
			total++
			prev, space = g, false
		}
		flush()
	}
	// (Twice: a justified line is told by the margins of the line above
	// or below it, which may be a justified line of words not yet joined
	// on the first pass.)
	return joinJustified(joinJustified(out)), append(gut, cellGut...)
}

// footnoteMark reports a digit or asterisk drawn right after another
// glyph, at most three quarters its size and raised above its baseline:
// a footnote's or endnote's mark.
func footnoteMark(prev, g *pdftext.Glyph) bool {
	if g.Text == "" || strings.Trim(g.Text, "0123456789*†") != "" {
		return false
	}
	if g.Size > 0.75*prev.Size || prev.Y-g.Y < 0.2*prev.Size {
		return false
	}
	gap := g.X - (prev.X + prev.W)
	return gap < 0.3*prev.Size
}

// joinJustified joins the words of a justified line whose widened word
// gaps split it into fragments: three or more fragments on one baseline,
// the gaps between them all alike, as wide as a line right above or below
// them is. Such a line read as cells makes a table of a paragraph. frs is
// in row order, each row in x order.
func joinJustified(frs []*frag) []*frag {
	out := frs[:0:0]
	for i := 0; i < len(frs); {
		j := i + 1 // frs[i:j] is one row
		// (Level within a rounding: Chromium places each word of a
		// justified line on its own, 406.49998 beside 406.5.)
		for j < len(frs) && math.Abs(frs[j].base-frs[i].base) <= 0.01*frs[i].size {
			j++
		}
		for k := i; k < j; {
			n := evenRun(frs[k:j], 3)
			// A short justified line, a heading's ("4. Closed    action:
			// DIGEVID"), spreads its few words far apart: wider gaps
			// count where every fragment is a word or two.
			wide := false
			if n < 3 {
				if w := evenRun(frs[k:j], 14); w >= 3 && fewWords(frs[k:k+w], 2) {
					n, wide = w, true
				}
			}
			// (A column's justified line may end a gutter away from the
			// next column's line, as far as its own word gaps: "il
			// budget complessivo del" then "esaurendo: senza queste
			// risorse", a line of words. The run stops at the column's
			// edge.)
			for m := n - 1; m >= 3 && !wide && !spanned(frs, frs[k], frs[k+n-1]); m-- {
				if frs[k+m].words() >= 3 && spanned(frs, frs[k], frs[k+m-1]) {
					n = m
				}
			}
			// ("dell'Istituto      Zooprofilattico": a narrow column's
			// justified line of two long words, as wide as the lines
			// around it.)
			if n < 3 && k+1 < j && frs[k].words() == 1 && frs[k+1].words() == 1 && frs[k+1].size == frs[k].size &&
				frs[k+1].x0-frs[k].x1 <= 14*frs[k].size && spanned(frs, frs[k], frs[k+1]) {
				out = append(out, joinFrags(frs[k:k+2]))
				k += 2
				continue
			}
			if n >= 3 && (spanned(frs, frs[k], frs[k+n-1]) || (wide || fewWords(frs[k:k+n], 2)) && spannedNear(frs, frs[k], frs[k+n-1])) {
				out = append(out, joinFrags(frs[k:k+n]))
				k += n
				continue
			}
			out = append(out, frs[k])
			k++
		}
		i = j
	}
	return out
}

// evenRun returns how many fragments from row[0] on follow each other at
// one gap, at most maxGap times the font size, and no right-to-left text.
func evenRun(row []*frag, maxGap float64) int {
	if len(row) < 3 || pdftext.HasRightToLeft(row[0].text) {
		return 1
	}
	size := row[0].size
	gap := row[1].x0 - row[0].x1
	if gap > maxGap*size {
		return 1
	}
	n := 1
	for n < len(row) && math.Abs(row[n].x0-row[n-1].x1-gap) <= 0.05*size && row[n].size == size && !pdftext.HasRightToLeft(row[n].text) {
		n++
	}
	return n
}

// spannedNear is spanned for a heading set apart from the text around
// it: a line within six of its heights starts and ends where it does.
func spannedNear(frs []*frag, first, last *frag) bool {
	for _, f := range frs {
		d := math.Abs(f.base - first.base)
		if d >= 0.5*first.size && d <= 6*first.size && math.Abs(f.x0-first.x0) <= 1 && math.Abs(f.x1-last.x1) <= 1 {
			return true
		}
	}
	return false
}

// fewWords reports whether every fragment holds at most n words.
func fewWords(frs []*frag, n int) bool {
	for _, f := range frs {
		if f.words() > n {
			return false
		}
	}
	return true
}

// spanned reports whether a fragment a line above or below first and
// last starts where first does and ends where last does: the two margins
// of a justified column. (A paragraph's first line may start indented,
// up to three of its sizes right of the lines below it.)
func spanned(frs []*frag, first, last *frag) bool {
	for _, f := range frs {
		d := math.Abs(f.base - first.base)
		if d >= 0.9*first.size && d <= 1.8*first.size && first.x0-f.x0 >= -1 && first.x0-f.x0 <= 3*first.size && math.Abs(f.x1-last.x1) <= 1 {
			return true
		}
	}
	return false
}

// joinFrags joins the fragments of one line into one.
func joinFrags(fs []*frag) *frag {
	j := *fs[0]
	texts := make([]string, len(fs))
	for i, f := range fs {
		texts[i] = f.text
		j.x1 = math.Max(j.x1, f.x1)
		j.top, j.bot = math.Min(j.top, f.top), math.Max(j.bot, f.bot)
		j.boldAll = j.boldAll && f.boldAll
	}
	j.text = strings.Join(texts, " ")
	if fs[0].boldAll && !j.boldAll {
		j.boldLead = fs[0].text
	}
	return &j
}

// cellStart is where a fragment starts right of another on its line: the
// left edge of a table's value cell or of a column.
type cellStart struct {
	x, base float64
	// padded marks a start after a gap narrower than a split, wider than
	// a word space: a tight table's cell padding, or a wide word space.
	padded bool
}

// cellPad is the narrowest gap, in font sizes, that may part a tight
// table's cells: a word space is a quarter to a third of the size.
const cellPad = 0.45

type cellStartList []cellStart

// cellStarts finds the cell starts of a page's lines (glyph indexes in x
// order; bases their baselines), split as fragments splits them.
func cellStarts(glyphs []pdftext.Glyph, lines [][]int, bases []float64, gut []float64) cellStartList {
	var out cellStartList
	for k, gs := range lines {
		var prev *pdftext.Glyph
		for _, i := range gs {
			g := &glyphs[i]
			if strings.TrimSpace(g.Text) == "" || combining(g.Text) {
				continue
			}
			if prev != nil {
				gap := g.X - (prev.X + prev.W)
				size := (g.Size + prev.Size) / 2
				switch {
				case gap > splitGap*size || gap > minGutter*size && acrossGutter(gut, prev.X+prev.W, g.X):
					out = append(out, cellStart{x: g.X, base: bases[k]})
				case gap > cellPad*size:
					out = append(out, cellStart{x: g.X, base: bases[k], padded: true})
				}
			}
			prev = g
		}
	}
	return out
}

// near reports whether at least two other lines within a few lines of
// base have a cell starting at x.
func (cs cellStartList) near(x, base, size float64) bool {
	n := 0
	for _, c := range cs {
		if !c.padded && math.Abs(c.x-x) <= 1 && math.Abs(c.base-base) > 0.2*size && math.Abs(c.base-base) <= 8*size {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// aligned reports whether at least three other lines within a few lines
// of base start a word at x, to a fraction of a point, after a gap wider
// than a word space: the cells of a tight table's column, which prose's
// words, set where their line's text takes them, do not line up as.
func (cs cellStartList) aligned(x, base, size float64) bool {
	n := 0
	for _, c := range cs {
		if math.Abs(c.x-x) <= 0.6 && math.Abs(c.base-base) > 0.2*size && math.Abs(c.base-base) <= 8*size {
			n++
			if n >= 3 {
				return true
			}
		}
	}
	return false
}

// wordSpace returns the usual gap between the words of a line (glyph
// indexes in x order): the median of its gaps wider than a letter's and
// narrower than a split, or a third of the size where a line has fewer
// than three. A justified line's widened gaps are all alike.
func wordSpace(glyphs []pdftext.Glyph, gs []int) float64 {
	var gaps []float64
	var prev *pdftext.Glyph
	size := 0.0
	for _, i := range gs {
		g := &glyphs[i]
		if strings.TrimSpace(g.Text) == "" || combining(g.Text) {
			continue
		}
		size = math.Max(size, g.Size)
		if prev != nil {
			gap := g.X - (prev.X + prev.W)
			sz := (g.Size + prev.Size) / 2
			if gap > wordGap*sz && gap <= splitGap*sz {
				gaps = append(gaps, gap)
			}
		}
		prev = g
	}
	if len(gaps) < 3 {
		return size / 3
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/2]
}

// rotatedText gives the text of glyphs not drawn left to right, as runs in
// content-stream order: the layout reads them after the page's upright text.
func rotatedText(glyphs []pdftext.Glyph) []*frag {
	var out []*frag
	var b strings.Builder
	var f *frag
	var prev *pdftext.Glyph
	for i := range glyphs {
		g := &glyphs[i]
		if !g.Rotated {
			continue
		}
		if prev != nil && math.Hypot(g.X-prev.X, g.Y-prev.Y) > 2*math.Max(g.Size, prev.Size)+prev.W {
			f.text = strings.Join(strings.Fields(b.String()), " ")
			out = append(out, f)
			f = nil
			b.Reset()
		}
		if f == nil {
			f = &frag{x0: g.X, x1: g.X, base: g.Y, top: g.Y - g.Size, bot: g.Y}
		}
		b.WriteString(g.Text)
		f.size = math.Max(f.size, g.Size)
		f.x0, f.x1 = math.Min(f.x0, g.X), math.Max(f.x1, g.X)
		f.top, f.bot = math.Min(f.top, g.Y-g.Size), math.Max(f.bot, g.Y)
		prev = g
	}
	if f != nil {
		f.text = strings.Join(strings.Fields(b.String()), " ")
		out = append(out, f)
	}
	kept := out[:0]
	for _, f := range out {
		if f.text != "" {
			kept = append(kept, f)
		}
	}
	return kept
}

// sizeStats counts glyphs by font size, to find the body text's size.
type sizeStats struct {
	count, bold map[float64]int
}

func (st *sizeStats) add(glyphs []pdftext.Glyph) {
	if st.count == nil {
		st.count, st.bold = map[float64]int{}, map[float64]int{}
	}
	for _, g := range glyphs {
		s := math.Round(g.Size*2) / 2
		st.count[s]++
		if g.Bold {
			st.bold[s]++
		}
	}
}

// body returns the size most glyphs have, and whether most of them are bold.
func (st *sizeStats) body() (size float64, bold bool) {
	size, best := 10, -1
	for s, n := range st.count {
		if n > best || (n == best && s < size) {
			size, best = s, n
		}
	}
	return size, st.bold[size]*2 > st.count[size]
}

// newPageLayout measures the usual distance between a page's lines for
// each size; body text size and boldness are the document's.
func newPageLayout(frs []*frag, gutters []float64, body float64, bodyBold bool) *pageLayout {
	pl := &pageLayout{body: body, bodyBold: bodyBold, gutter: splitGap * body, gutters: gutters, pitch: map[float64]float64{}}

	// The line pitch for a size is the most common distance from one
	// fragment to the next one below it that starts at the same x.
	sorted := append([]*frag(nil), frs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].base < sorted[j].base })
	votes := map[float64]map[float64]int{}
	for i, f := range sorted {
		for k, g := range sorted[i+1:] {
			if k >= 64 {
				break // the next line at the same x is never this far on
			}
			d := g.base - f.base
			if d > 2.5*f.size {
				break
			}
			if d < 0.9*f.size || math.Abs(g.x0-f.x0) > 2 || math.Abs(g.size-f.size) > 0.5 {
				continue
			}
			s := math.Round(f.size*2) / 2
			if votes[s] == nil {
				votes[s] = map[float64]int{}
			}
			votes[s][math.Round(d*4)/4]++
			break
		}
	}
	for s, v := range votes {
		bestD, bestN := 0.0, 0
		for d, n := range v {
			if n > bestN || (n == bestN && d < bestD) {
				bestD, bestN = d, n
			}
		}
		pl.pitch[s] = bestD
	}
	return pl
}

// margins splits off a page's running header and footer: lines in the top
// or bottom tenth of the page set apart from the rest by a wide gap. They
// are read before and after the page's body, so that a header's two ends
// do not pass for two columns of the body.
func margins(frs []*frag, height, body float64) (head, main, foot []*frag) {
	if height <= 0 || len(frs) < 2 {
		return nil, frs, nil
	}
	sorted := append([]*frag(nil), frs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].top < sorted[j].top })
	gap := 1.5 * body
	h := 0 // sorted[:h] is the header
	for bot := math.Inf(-1); h < len(sorted); h++ {
		f := sorted[h]
		if f.top > 0.1*height {
			break
		}
		bot = math.Max(bot, f.bot)
		if h+1 < len(sorted) && sorted[h+1].top-bot > gap {
			h++
			for k := range sorted[:h] {
				head = append(head, sorted[k])
			}
			break
		}
	}
	if head == nil {
		h = 0
	}
	// sorted[t:] is the footer.
	byBot := append([]*frag(nil), sorted[h:]...)
	sort.SliceStable(byBot, func(i, j int) bool { return byBot[i].bot > byBot[j].bot })
	t := 0
	for top := math.Inf(1); t < len(byBot); t++ {
		f := byBot[t]
		if f.bot < 0.9*height {
			break
		}
		top = math.Min(top, f.top)
		if t+1 < len(byBot) && top-byBot[t+1].bot > gap {
			foot = byBot[:t+1]
			byBot = byBot[t+1:]
			break
		}
	}
	if foot == nil {
		return head, sorted[h:], nil
	}
	return head, byBot, foot
}

// breakPitch is the baseline distance past which a line starts a new block.
func (pl *pageLayout) breakPitch(size float64) float64 {
	if p, ok := pl.pitch[math.Round(size*2)/2]; ok && p > 0 {
		return math.Max(1.2*p, p+0.15*size)
	}
	return 1.45 * size
}

// interval is a stretch of x covered by text.
type interval struct{ x0, x1 float64 }

// cover adds [x0, x1] to a sorted list of disjoint intervals.
func cover(iv []interval, x0, x1 float64) []interval {
	out := make([]interval, 0, len(iv)+1)
	placed := false
	for _, v := range iv {
		switch {
		case v.x1 < x0:
			out = append(out, v)
		case v.x0 > x1:
			if !placed {
				out = append(out, interval{x0, x1})
				placed = true
			}
			out = append(out, v)
		default:
			x0, x1 = math.Min(x0, v.x0), math.Max(x1, v.x1)
		}
	}
	if !placed {
		out = append(out, interval{x0, x1})
	}
	return out
}

// leftmostGap returns the leftmost free stretch between covered intervals
// at least width wide: the first column boundary, so that a table's label
// column is split off whole.
func leftmostGap(iv []interval, width float64) (interval, bool) {
	for i := 1; i < len(iv); i++ {
		if g := (interval{iv[i-1].x1, iv[i].x0}); g.x1-g.x0 >= width {
			return g, true
		}
	}
	return interval{}, false
}

// leftmostGap is leftmostGap at the page's gutter width, where a narrower
// gap over one of the page's column gutters counts too.
func (pl *pageLayout) leftmostGap(iv []interval) (interval, bool) {
	for i := 1; i < len(iv); i++ {
		g := interval{iv[i-1].x1, iv[i].x0}
		if g.x1-g.x0 >= pl.gutter || g.x1-g.x0 >= minGutter*pl.body && acrossGutter(pl.gutters, g.x0, g.x1) {
			return g, true
		}
	}
	return interval{}, false
}

// maxCutDepth bounds the recursion of cut; real pages need a handful.
const maxCutDepth = 64

// maxCutFrags bounds the fragments a page is cut into columns with; a page
// with more (real ones have hundreds) is read top to bottom.
const maxCutFrags = 5000

// cut orders a region's fragments for reading (recursive XY-cut).
func (pl *pageLayout) cut(frs []*frag, depth int) []unit {
	if len(frs) == 0 {
		return nil
	}
	sort.SliceStable(frs, func(i, j int) bool {
		if frs[i].top != frs[j].top {
			return frs[i].top < frs[j].top
		}
		return frs[i].x0 < frs[j].x0
	})
	if depth > maxCutDepth || len(frs) > maxCutFrags {
		return []unit{{lines: frs}}
	}

	// Bands: fragments that overlap vertically.
	var bands [][]*frag
	bottom := math.Inf(-1)
	for _, f := range frs {
		if len(bands) == 0 || f.top >= bottom-0.5 {
			bands = append(bands, nil)
			bottom = f.bot
		}
		bands[len(bands)-1] = append(bands[len(bands)-1], f)
		bottom = math.Max(bottom, f.bot)
	}

	var out []unit
	var group []*frag
	var cov []interval
	groupBot, groupBands := 0.0, 0
	groupFrags, groupLong := 0, 0 // the group's fragments, and those of five words or more
	flush := func() {
		if len(group) == 0 {
			return
		}
		if gap, ok := pl.leftmostGap(cov); ok {
			out = append(out, pl.split(group, gap, depth)...)
		} else {
			out = append(out, unit{lines: group})
		}
		group, cov, groupBot, groupBands, groupFrags, groupLong = nil, nil, 0, 0, 0, 0
	}
	for _, band := range bands {
		var bandCov []interval
		for _, f := range band {
			bandCov = cover(bandCov, f.x0, f.x1)
		}
		merged := cov
		for _, v := range bandCov {
			merged = cover(merged, v.x0, v.x1)
		}
		gg, groupGap := pl.leftmostGap(cov)
		bg, bandGap := pl.leftmostGap(bandCov)
		_, mergedGap := pl.leftmostGap(merged)
		// A wide empty stretch across the region ends the group however
		// the columns line up, under a single line (a page header stands
		// apart from the columns below it) or between lines whose first
		// columns start apart (a strip of key figures above two columns).
		// So does a heading alone on its line below such a stretch ("Piano
		// finanziario" under a label table, over a table of figures): the
		// gutter of the table above may run on through what the heading
		// opens, which read with it loses both tables' rows.
		wide := band[0].top-groupBot > 2*pl.body && (groupBands == 1 || groupGap && bandGap && math.Abs(gg.x1-bg.x1) > pl.gutter || len(band) == 1 && pl.heading(band[0]))
		// A table's first row under columns of running text (a report's
		// two columns, then a table across the page): short cells, three
		// or more and more than the text has columns, start a group of
		// their own. The columns' gutter may run on through the table,
		// which read as columns loses its rows.
		tableStart := groupBands >= 3 && 2*groupLong > groupFrags && len(bandCov) >= 3 && len(bandCov) > len(cov) && groupGap && fewWords(band, 4) && levelRow(band)
		if len(group) > 0 && (wide || tableStart || !mergedGap && (groupGap || bandGap)) {
			flush()
			merged = bandCov
		}
		group = append(group, band...)
		groupBands++
		for _, f := range band {
			groupFrags++
			if f.words() >= 5 {
				groupLong++
			}
		}
		cov = merged
		for _, f := range band {
			groupBot = math.Max(groupBot, f.bot)
		}
	}
	flush()
	return out
}

// split reads a group that has a free vertical gutter: as a table if its
// left side is labels level with the right side's lines, else as columns.
func (pl *pageLayout) split(group []*frag, gap interval, depth int) []unit {
	// A column of running text at the right is a column whatever stands
	// beside it.
	prose := false
	if g, ok := pl.proseGap(group); ok {
		gap, prose = g, true
	} else if cols := pl.columnsOf(group); proseColumns(group, cols) || len(cols) >= 2 && runningText(group, cols[0]) {
		// Columns of an article, their lines level or not, are read
		// one after the other; so is a column of running text at the
		// left, which holds no labels ("Le projet" beside a table of
		// funding).
		prose = true
	}
	mid := (gap.x0 + gap.x1) / 2
	var left, right []*frag
	for _, f := range group {
		if f.x1 <= mid {
			left = append(left, f)
		} else {
			right = append(right, f)
		}
	}
	if prose || pl.sidebarBeside(left, right) {
		return append(pl.cut(left, depth+1), pl.cut(right, depth+1)...)
	}
	if units, ok := pl.grid(group, depth); ok {
		return units
	}
	if units, ok := pl.table(left, right, depth); ok {
		return units
	}
	return append(pl.cut(left, depth+1), pl.cut(right, depth+1)...)
}

// sidebarBeside reports a card of facts in a column of its own at the
// left of an article (a fact sheet's "Pays ⏎ Laos, Cambodge", labels set
// bold over their values, beside the text): the left side holds such a
// card, the right side is running text with no gutter of its own, and
// twice or more a right line level with a left one carries on the
// sentence of the right line above it. A label table's value cells
// start afresh where its labels do, and a table of several value
// columns leaves gutters between them.
func (pl *pageLayout) sidebarBeside(left, right []*frag) bool {
	if len(left) == 0 || len(right) == 0 {
		return false
	}
	c := interval{math.Inf(1), math.Inf(-1)}
	var cov []interval
	for _, r := range right {
		c.x0, c.x1 = math.Min(c.x0, r.x0), math.Max(c.x1, r.x1)
		cov = cover(cov, r.x0, r.x1)
	}
	// (A table's value columns leave gutters between them; an article's
	// lines across its width close its columns' gutter.)
	if _, gap := pl.leftmostGap(cov); gap || !runningText(right, c) {
		return false
	}
	if !cardRun(left) {
		return false
	}
	rs, ls := slices.Clone(right), slices.Clone(left)
	byBase(rs)
	byBase(ls)
	// (A left line that itself carries on the line above it is a
	// wrapped label beside its wrapped value. Each side's lines are read
	// once: a page may hold thousands.)
	var fresh []*frag
	for i, l := range ls {
		if !carriesOn(ls, i) {
			fresh = append(fresh, l)
		}
	}
	carried := 0
	for i := 1; i < len(rs) && carried < 2; i++ {
		if carriesOn(rs, i) && slices.ContainsFunc(fresh, func(l *frag) bool { return overlap(l, rs[i]) > 0.5 }) {
			carried++
		}
	}
	return carried >= 2
}

// cardRun reports three label/value pairs or more in a row among lines
// (see cardPairAt): a card of facts stacked in a column of its own.
func cardRun(lines []*frag) bool {
	ls := slices.Clone(lines)
	byBase(ls)
	n := 0
	for i := 0; i < len(ls); {
		j, k, ok := cardPairAt(ls, i, ls[i].x0)
		if !ok {
			n, i = 0, i+1
			continue
		}
		if n++; n >= 3 {
			return true
		}
		i = k
		// (A pair at another left edge starts a run of its own.)
		if i < len(ls) && math.Abs(ls[i].x0-ls[j-1].x0) > 1 {
			n = 0
		}
	}
	return false
}

// carriesOn reports whether lines[i] goes on with the sentence of the
// line right above it in its column (the nearest above that it overlaps
// across); lines is sorted by baseline.
func carriesOn(lines []*frag, i int) bool {
	f := lines[i]
	for j := i - 1; j >= 0; j-- {
		if lines[j].base < f.base-0.5 && lines[j].x0 < f.x1 && f.x0 < lines[j].x1 {
			return runsOn(lines[j].text, f.text)
		}
	}
	return false
}

// level reports whether two fragments sit on one baseline in one size, as
// the cells of a table row do.
func level(a, b *frag) bool {
	tol := math.Max(1, 0.15*math.Min(a.size, b.size))
	return math.Abs(a.base-b.base) <= tol && a.size <= 1.18*b.size && b.size <= 1.18*a.size
}

// overlap returns the share of the lower of two fragments' heights that
// both cover, from 0 to 1.
func overlap(a, b *frag) float64 {
	h := math.Min(a.bot-a.top, b.bot-b.top)
	if h <= 0 {
		return 0
	}
	return math.Max(0, math.Min(a.bot, b.bot)-math.Max(a.top, b.top)) / h
}

// rowBand is a stretch of a table region between two gaps wider than the
// gap between the lines of one cell: one row of a table whose cells have
// padding or rules, however its cells align (top, centred, bottom) and
// however many lines each takes.
type rowBand struct {
	left, right []*frag
	// sits: a label line of the band is beside a value line of it.
	sits bool
}

// rowBands cuts a region into row bands. The gap between the lines of one
// cell is told by the region's own closest lines (a wrapped label or
// value); with none there is no telling a row's gap from a line's, and
// the region is one band. left and right are sorted by baseline.
func (pl *pageLayout) rowBands(left, right []*frag) []rowBand {
	// ratio is the closest baseline distance between two lines of one
	// column, in font sizes, or, where nothing wraps and the closest
	// lines are a row apart, about what a line pitch is at most.
	ratio := 1.25
	for _, col := range [][]*frag{left, right} {
		for i, f := range col {
			for k, g := range col[i+1:] {
				if k >= 16 {
					break
				}
				d := g.top - f.top // the same size: their own baselines' distance
				if d > 2.5*f.size {
					break
				}
				if d < 0.9*f.size || g.x1 < f.x0 || g.x0 > f.x1 || math.Abs(g.size-f.size) > 0.5 {
					continue
				}
				ratio = math.Min(ratio, d/f.size)
				break
			}
		}
	}
	all := make([]*frag, 0, len(left)+len(right))
	all = append(all, left...)
	all = append(all, right...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].top < all[j].top })
	isLeft := make(map[*frag]bool, len(left))
	for _, l := range left {
		isLeft[l] = true
	}
	// A row gap is wider than a cell's line gap (the pitch less a line's
	// height) by more than a new paragraph's break would be.
	gap := func(f *frag) float64 {
		return math.Max(1.2*ratio, ratio+0.15)*f.size - (ascent+descent)*f.size
	}
	var cut []rowBand
	bottom := math.Inf(-1)
	for _, f := range all {
		if len(cut) == 0 || f.top-bottom > gap(f) {
			cut = append(cut, rowBand{})
		}
		b := &cut[len(cut)-1]
		if isLeft[f] {
			b.left = append(b.left, f)
		} else {
			b.right = append(b.right, f)
		}
		bottom = math.Max(bottom, f.bot)
	}
	var bands []rowBand
	for _, b := range cut {
		byBase(b.left)
		byBase(b.right)
		bands = append(bands, splitRows(b, gap)...)
	}
	for i := range bands {
		b := &bands[i]
		// The label cell's lines and the value cell's lines side by side,
		// as blocks: a label centred on a value of two lines overlaps
		// neither line much, but lies within the value.
		if len(b.left) > 0 && len(b.right) > 0 && !pl.large(b.left[0]) && oneSize(b.left) {
			l, r := span(b.left), span(b.right)
			b.sits = overlap(&l, &r) >= 0.25
		}
	}
	return bands
}

// splitRows splits a band that holds the labels of several rows, where
// the rows have no gap between them: labels apart as a cell's lines never
// are, or a label line beside a value that starts apart from the value
// beside the lines above it. Where every label starts level with a value
// (cells set at the top), rows are read as in a table with no gaps at all:
// a label line level with a value starts a row, and values go to the
// label they start level with or under. Else labels are centred on their
// values, and values go to the label whose middle is nearest theirs.
func splitRows(b rowBand, gap func(*frag) float64) []rowBand {
	levelWith := func(l *frag) int {
		return slices.IndexFunc(b.right, func(r *frag) bool { return level(l, r) })
	}
	// starts reports a label line level with a value line that starts
	// apart from the one above it, beside the label's first line.
	starts := func(l, first *frag) bool {
		i := levelWith(l)
		if i <= 0 {
			return false
		}
		p, r := b.right[i-1], b.right[i]
		return r.top-p.bot > gap(r) && p.top >= first.top-gap(p)
	}
	blocks := func(newRow func(l, first *frag) bool) [][]*frag {
		var labels [][]*frag
		bottom := math.Inf(-1)
		for _, l := range b.left {
			if len(labels) == 0 || l.top-bottom > gap(l) || newRow(l, labels[len(labels)-1][0]) {
				labels = append(labels, nil)
			}
			labels[len(labels)-1] = append(labels[len(labels)-1], l)
			bottom = math.Max(bottom, l.bot)
		}
		return labels
	}
	labels := blocks(starts)
	if len(labels) < 2 {
		return []rowBand{b}
	}
	top := true
	for _, label := range labels {
		top = top && levelWith(label[0]) >= 0
	}
	if top {
		labels = blocks(func(l, _ *frag) bool { return levelWith(l) >= 0 })
	}
	middle := func(fs []*frag) float64 {
		s := span(fs)
		return (s.top + s.bot) / 2
	}
	out := make([]rowBand, len(labels))
	for i, label := range labels {
		out[i].left = label
	}
	for _, r := range b.right {
		k := 0
		for i, label := range labels {
			switch {
			case top && label[0].base-0.2*label[0].size <= r.base:
				k = i
			case !top && math.Abs(middle(label)-middle([]*frag{r})) < math.Abs(middle(labels[k])-middle([]*frag{r})):
				k = i
			}
		}
		out[k].right = append(out[k].right, r)
	}
	return out
}

// oneSize reports lines of about one size, as a label cell's are; a key
// figure over its caption is no label.
func oneSize(fs []*frag) bool {
	lo, hi := math.Inf(1), 0.0
	for _, f := range fs {
		lo, hi = math.Min(lo, f.size), math.Max(hi, f.size)
	}
	return hi <= 1.25*lo
}

// large reports a line set as large as a key figure: a strip of figures
// side by side has no label cells.
func (pl *pageLayout) large(f *frag) bool {
	return f.size >= 1.3*pl.body
}

// span returns a fragment whose box holds fs's boxes.
func span(fs []*frag) frag {
	s := frag{top: math.Inf(1), bot: math.Inf(-1)}
	for _, f := range fs {
		s.top, s.bot = math.Min(s.top, f.top), math.Max(s.bot, f.bot)
	}
	return s
}

func byBase(fs []*frag) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].base < fs[j].base })
}

// table reads left and right as a label/value table if they look like one:
// short left fragments beside right ones, ending in ":" or in a column
// narrower than the values, not set as large as key figures. Left
// fragments above the first label, and right ones above its row (a row
// continued from the previous page), come first as columns of their own.
//
// Rows are read from the gaps between them where the table has any (see
// rowBands): a row is its label cell's lines and its value cell's lines,
// whichever line each starts on. A table with no gap between its rows is
// read line by line: a label level with a value starts a row.
func (pl *pageLayout) table(left, right []*frag, depth int) ([]unit, bool) {
	if len(left) == 0 || len(right) == 0 {
		return nil, false
	}
	byBase(left)
	byBase(right)
	bands := pl.rowBands(left, right)
	// Rows read from bands where two bands or more are rows: one band
	// of rows is a table with no gaps to tell its rows apart.
	n := 0
	for _, b := range bands {
		if b.sits {
			n++
		}
	}
	banded := n >= 2
	bandOf := make(map[*frag]int, len(left)+len(right))
	for i, b := range bands {
		for _, f := range b.left {
			bandOf[f] = i
		}
		for _, f := range b.right {
			bandOf[f] = i
		}
	}
	sits := make([]bool, len(left))
	first := -1
	var levelWords []int
	colons, big := 0, 0
	for i, l := range left {
		if banded {
			sits[i] = bands[bandOf[l]].sits
		} else {
			for _, r := range right {
				if level(l, r) {
					sits[i] = true
					break
				}
			}
		}
		if sits[i] {
			if first < 0 {
				first = i
			}
			levelWords = append(levelWords, l.words())
			if strings.HasSuffix(l.text, ":") {
				colons++
			}
			if pl.large(l) {
				big++
			}
		}
	}
	if first < 0 || len(levelWords)*5 < (len(left)-first)*3 {
		return nil, false
	}
	if len(levelWords) == 1 && !hasLetter(left[first].text) {
		return nil, false // a page number beside a running footer is no label
	}
	if big*2 >= len(levelWords) {
		return nil, false // key figures side by side, set large, are no labels
	}
	sort.Ints(levelWords)
	if levelWords[len(levelWords)/2] > 5 {
		return nil, false
	}
	width := func(fs []*frag) float64 {
		x0, x1 := math.Inf(1), math.Inf(-1)
		for _, f := range fs {
			x0, x1 = math.Min(x0, f.x0), math.Max(x1, f.x1)
		}
		return x1 - x0
	}
	// Labels make a column narrower than the values next to it: the first
	// column of the right side, where a wider table has several.
	values := right
	var cov []interval
	for _, r := range right {
		cov = cover(cov, r.x0, r.x1)
	}
	if gap, ok := pl.leftmostGap(cov); ok {
		values = nil
		for _, r := range right {
			if r.x1 <= gap.x0 {
				values = append(values, r)
			}
		}
	}
	// The labels' width is that of the lines beside values: a heading
	// under the table ("À propos d'AgroVaria") is none of them.
	var labels []*frag
	for i, l := range left {
		if sits[i] {
			labels = append(labels, l)
		}
	}
	if colons*2 < len(levelWords) && width(labels) >= 0.75*width(values) && !boldLabels(left[first:], sits[first:], values) {
		if units, ok := pl.pairedTable(left, right, first, depth); ok {
			return units, true
		}
		return nil, false
	}
	if banded {
		return pl.bandedTable(bands, bands[bandOf[left[first]]:], depth), true
	}

	var units []unit
	if first > 0 {
		units = append(units, unit{lines: left[:first]})
	}
	start := left[first].base - 0.2*left[first].size
	var orphans []*frag
	for _, r := range right {
		if r.base < start {
			orphans = append(orphans, r)
		}
	}
	if len(orphans) > 0 {
		units = append(units, unit{lines: orphans, cont: true})
	}
	var rows []tableRow
	end := math.Inf(1) // where the table ends: below it, the region goes on
	for i, l := range left[first:] {
		if sits[first+i] {
			rows = append(rows, tableRow{label: []*frag{l}})
			continue
		}
		// A left fragment level with nothing, close under a label in its
		// style, continues it (a wrapped label); any other ends the table.
		last := rows[len(rows)-1].label
		above := last[len(last)-1]
		if l.base-above.base <= pl.breakPitch(above.size) && pl.heading(l) == pl.heading(above) {
			rows[len(rows)-1].label = append(last, l)
			continue
		}
		end = l.top
		break
	}
	var rest []*frag
	if !math.IsInf(end, 1) {
		keep := right[:0:0]
		for _, r := range right {
			if r.top >= end-0.5 {
				rest = append(rest, r)
			} else {
				keep = append(keep, r)
			}
		}
		right = keep
		for _, l := range left {
			if l.top >= end-0.5 {
				rest = append(rest, l)
			}
		}
	}
	starts := make([]float64, len(rows))
	for i, r := range rows {
		starts[i] = r.label[0].base - 0.2*r.label[0].size
	}
	cells := make([][]*frag, len(rows))
	for _, r := range right {
		if r.base < start {
			continue
		}
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > r.base }) - 1
		cells[i] = append(cells[i], r)
	}
	for i := range rows {
		rows[i].cells = pl.columns(cells[i])
	}
	units = append(units, unit{rows: rows})
	return append(units, pl.cut(rest, depth+1)...), true
}

// pairedTable reads a table of short lines side by side, every line of
// its first column level with the other columns' lines and none left
// over ("Donor | Amount (EUR)" over "Netherlands | 5,400,000"): a data
// table whose first column is as wide as its others, so no label column.
// Its rows are a grid's, the first its heads. What stands above its first
// row (a heading) is read before it, and what stands from the first line
// level with nothing on (the next heading) after it. Columns of prose,
// their lines of many words, are no such table.
func (pl *pageLayout) pairedTable(left, right []*frag, first int, depth int) ([]unit, bool) {
	top := left[first].base - 0.2*left[first].size
	var above, below []*frag
	end := math.Inf(1)
	var rows []tableRow
	inRow := map[*frag]bool{}
	for _, l := range left[first:] {
		if l.top >= end-0.5 {
			below = append(below, l)
			continue
		}
		var cells [][]*frag
		for _, r := range right {
			if level(l, r) {
				cells = append(cells, []*frag{r})
			}
		}
		if len(cells) == 0 {
			end = l.top
			below = append(below, l)
			continue
		}
		if l.words() > 4 {
			return nil, false
		}
		for _, c := range cells {
			// A line beside two rows, or set larger than its row's
			// first cell (a key figure under its caption), is no cell.
			if c[0].words() > 4 || inRow[c[0]] || !oneSize([]*frag{l, c[0]}) {
				return nil, false
			}
			inRow[c[0]] = true
		}
		sort.SliceStable(cells, func(i, j int) bool { return cells[i][0].x0 < cells[j][0].x0 })
		rows = append(rows, tableRow{label: []*frag{l}, cells: cells})
	}
	if len(rows) < 3 {
		return nil, false
	}
	// Lines that go on in lower case ("legislation on" over "cybercrime
	// and") are a phrase wrapped in a narrow column, not cells.
	for _, r := range rows[1:] {
		if startsLower(r.label[0].text) {
			return nil, false
		}
		for _, c := range r.cells {
			if startsLower(c[0].text) {
				return nil, false
			}
		}
	}
	for _, r := range right {
		switch {
		case inRow[r]:
		case r.base < top:
			above = append(above, r)
		case r.top >= end-0.5:
			below = append(below, r)
		default:
			return nil, false // a line beside no row: wrapped cells, or prose
		}
	}
	var units []unit
	if before := append(append([]*frag(nil), left[:first]...), above...); len(before) > 0 {
		units = pl.cut(before, depth+1)
	}
	units = append(units, unit{rows: rows, grid: true})
	return append(units, pl.cut(below, depth+1)...), true
}

// startsLower reports text whose first letter is lower case.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return false
}

// boldLabels reports labels set in bold beside values that are not: a
// label column however wide its longest label, and short values.
func boldLabels(left []*frag, sits []bool, values []*frag) bool {
	for i, l := range left {
		if sits[i] && !l.boldAll {
			return false
		}
	}
	for _, v := range values {
		if v.boldAll {
			return false
		}
	}
	return true
}

// bandedTable reads a table row band by row band: all is every band of
// the region, table the bands from the first label's on.
func (pl *pageLayout) bandedTable(all, table []rowBand, depth int) []unit {
	// Above the table: what the region holds before it, read as any
	// region is, then value lines with no label right above the first
	// row: a row continued from the previous page.
	pre := all[:len(all)-len(table)]
	k := len(pre)
	for k > 0 && len(pre[k-1].left) == 0 {
		k--
	}
	var head, orphans []*frag
	for _, b := range pre[:k] {
		head = append(head, b.left...)
		head = append(head, b.right...)
	}
	for _, b := range pre[k:] {
		orphans = append(orphans, b.right...)
	}
	units := pl.cut(head, depth+1)
	if len(orphans) > 0 {
		units = append(units, unit{lines: orphans, cont: true})
	}
	// table[0] is a row: its label sits beside its value.
	var rows []tableRow
	var values [][]*frag
	end := len(table) // table[end:] is below the table
	for i, b := range table {
		if len(b.left) == 0 {
			// A value with its label cell empty, or the next paragraph
			// of a value cell: the row above goes on.
			values[len(values)-1] = append(values[len(values)-1], b.right...)
			continue
		}
		// A label beside no value is a row if it is set as the labels
		// are and values follow: its value cell is empty, or its value
		// starts lower, in the next band. Anything else ends the table.
		if !b.sits && (!valuesBelow(table[i+1:]) || !pl.labelLike(b.left[0], rows[len(rows)-1].label[0])) {
			end = i
			break
		}
		rows = append(rows, tableRow{label: b.left})
		values = append(values, b.right)
	}
	var rest []*frag
	for _, b := range table[end:] {
		rest = append(rest, b.left...)
		rest = append(rest, b.right...)
	}
	for i := range rows {
		rows[i].cells = pl.columns(values[i])
	}
	units = append(units, unit{rows: rows})
	return append(units, pl.cut(rest, depth+1)...)
}

// labelLike reports whether f is set as label is, where a label cell
// starts: at its left edge, in its size and weight. Anything else beside
// no value (a heading between two tables) ends a table.
func (pl *pageLayout) labelLike(f, label *frag) bool {
	return math.Abs(f.x0-label.x0) <= 2 && math.Abs(f.size-label.size) <= 0.12*label.size && pl.heading(f) == pl.heading(label)
}

// valuesBelow reports whether any of bands has a value line.
func valuesBelow(bands []rowBand) bool {
	for _, b := range bands {
		if len(b.right) > 0 {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// columns splits a cell's fragments at gutters into cells, left to right.
func (pl *pageLayout) columns(frs []*frag) [][]*frag {
	if len(frs) == 0 {
		return nil
	}
	var cov []interval
	for _, f := range frs {
		cov = cover(cov, f.x0, f.x1)
	}
	var cells [][]*frag
	for _, c := range cov {
		var cell []*frag
		for _, f := range frs {
			if f.x0 >= c.x0 && f.x1 <= c.x1 {
				cell = append(cell, f)
			}
		}
		cells = append(cells, cell)
	}
	// Gaps narrower than a gutter are word gaps of one cell: merge back.
	merged := [][]*frag{cells[0]}
	for i := 1; i < len(cov); i++ {
		if cov[i].x0-cov[i-1].x1 < pl.gutter {
			merged[len(merged)-1] = append(merged[len(merged)-1], cells[i]...)
			continue
		}
		merged = append(merged, cells[i])
	}
	for _, c := range merged {
		sort.SliceStable(c, func(i, j int) bool {
			if math.Abs(c[i].base-c[j].base) > 0.2*c[i].size {
				return c[i].base < c[j].base
			}
			return c[i].x0 < c[j].x0
		})
	}
	return merged
}

// bullets open list items. The dashes count only where a list can start,
// since a wrapped sentence may begin with one.
var bullets = []string{"▪", "•", "●", "◦", "○", "■", "□", "‣", "⁃", "→", "►", "▸", "➢", "✓", "–", "—", "-", "*"}

// bulletOf returns the bullet a line starts with and whether it is a dash.
func bulletOf(s string) (string, bool) {
	for _, b := range bullets {
		if rest, ok := strings.CutPrefix(s, b); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsSpace(r) || b == "▪" || b == "•" || b == "●" || b == "→" || b == "►" || b == "▸" {
				dash := b == "–" || b == "—" || b == "-" || b == "*"
				return b, dash
			}
		}
	}
	return "", false
}

// listMarker reports a list item's bullet or number ("▪", "3.", "b)"),
// which a list's items all set one gap from their text.
func listMarker(s string) bool {
	rs := []rune(s)
	if len(rs) == 0 || len(rs) > 4 {
		return false
	}
	if slices.Contains(bullets, s) {
		return true
	}
	last := rs[len(rs)-1]
	return len(rs) >= 2 && (last == '.' || last == ')')
}

// stripBullet removes a line's bullet and the space after it.
func stripBullet(s string) string {
	if b, _ := bulletOf(s); b != "" {
		return strings.TrimSpace(strings.TrimPrefix(s, b))
	}
	return s
}

// draft is a block being built, with the fragments it came from.
type draft struct {
	role  dossier.BlockRole
	label string
	text  string
	frs   []*frag
	// valueX is where a table pair's value column starts.
	valueX float64
	// path places a data table's row: "pdf>page[2]>table[1]>tr[3]".
	path string
}

// blocks turns a column of lines into blocks.
func (pl *pageLayout) blocks(lines []*frag) []draft {
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].base < lines[j].base })
	var out []draft
	var cur *draft
	var prev *frag
	for _, l := range lines {
		b, dash := bulletOf(l.text)
		newBlock := cur == nil
		if !newBlock {
			switch {
			case l.base-prev.base > pl.breakPitch(prev.size):
				newBlock = true
			case b != "" && (!dash || cur.role == dossier.RoleItem || endsClause(prev.text)):
				newBlock = true
			case math.Abs(l.size-prev.size) > 0.12*math.Max(l.size, prev.size):
				newBlock = true
			case pl.heading(prev) != pl.heading(l) && !boldWrap(pl, prev, l):
				newBlock = true
			case !l.boldAll && strings.HasSuffix(l.boldLead, ":"):
				newBlock = true // a run-in bold label starts its own pair
			case cur.role == dossier.RoleItem && l.x0 < cur.frs[0].x0-1:
				newBlock = true // back at the list's left edge: the list is over
			}
		}
		if newBlock {
			role := dossier.RoleParagraph
			if b != "" && (!dash || cur == nil || cur.role == dossier.RoleItem || endsClause(prev.text) || l.base-prev.base > pl.breakPitch(prev.size)) {
				role = dossier.RoleItem
			}
			out = append(out, draft{role: role})
			cur = &out[len(out)-1]
		}
		cur.frs = append(cur.frs, l)
		prev = l
	}
	out = stackedPairs(out)
	for i := range out {
		d := &out[i]
		if d.role == dossier.RolePair && d.label != "" {
			continue
		}
		d.text = joinLines(d.frs, "\n")
		switch {
		case d.role == dossier.RoleItem:
			d.text = stripBullet(d.text)
		case pl.heading(d.frs[0]) && len(d.frs) <= 4 && !(len(d.frs) > 1 && boldWrap(pl, d.frs[0], d.frs[1])):
			d.role = dossier.RoleHeading
		default:
			if label, value, ok := labelLine(d.text); ok {
				d.role, d.label, d.text = dossier.RolePair, label, value
			}
		}
	}
	return out
}

// stackedPairs reads a paragraph of labels set bold over their values,
// as a fact sheet's card stacks them ("Pays" over "Laos, Cambodge",
// "Durée" over "2019 – 2023"): each run of bold lines and the plain lines
// under it make a pair. Three pairs or more, their lines starting at one
// left edge, and short bold lines: a bold lead-in over a paragraph is no
// such card.
func stackedPairs(drafts []draft) []draft {
	var out []draft
	for _, d := range drafts {
		pairs := cardPairs(d.frs)
		if d.role != dossier.RoleParagraph || len(pairs) < 3 {
			out = append(out, d)
			continue
		}
		out = append(out, pairs...)
	}
	return out
}

// cardPairs splits lines into label/value pairs where they alternate
// between runs of short bold lines and runs of plain ones, else nil.
func cardPairs(frs []*frag) []draft {
	var pairs []draft
	for i := 0; i < len(frs); {
		j, k, ok := cardPairAt(frs, i, frs[0].x0)
		if !ok {
			return nil
		}
		pairs = append(pairs, draft{role: dossier.RolePair, label: joinLines(frs[i:j], " "), text: joinLines(frs[j:k], "\n"), frs: frs[i:k]})
		i = k
	}
	return pairs
}

// cardPairAt reads one pair of a card from line i: one or two short bold
// lines (the label, lines[i:j]), then one to three plain ones (the value,
// lines[j:k]), all starting at x0.
func cardPairAt(lines []*frag, i int, x0 float64) (j, k int, ok bool) {
	j = i
	for j < len(lines) && lines[j].boldAll && j-i < 2 {
		if lines[j].words() > 6 || math.Abs(lines[j].x0-x0) > 1 {
			return 0, 0, false
		}
		j++
	}
	k = j
	for k < len(lines) && !lines[k].boldAll && k-j < 3 {
		if math.Abs(lines[k].x0-x0) > 1 {
			return 0, 0, false
		}
		k++
	}
	return j, k, j > i && k > j && (k == len(lines) || lines[k].boldAll)
}

// columnBreak reports a block that starts higher on the page than the
// one before it, to its right: the top of the next column.
func columnBreak(prev, next *dossier.Rect) bool {
	return prev != nil && next != nil && next.Y < prev.Y && next.X > prev.X+prev.W/2
}

// runsOn reports a paragraph that ends mid-sentence (its last word with
// no stop after it) followed by one that opens in lower case: the same
// sentence, cut by a column or a page's break.
func runsOn(prev, next string) bool {
	p := strings.TrimSpace(prev)
	n := strings.TrimSpace(next)
	if p == "" || n == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	first, _ := utf8.DecodeRuneInString(n)
	return (unicode.IsLetter(last) || unicode.IsDigit(last) || last == ',') && unicode.IsLower(first)
}

// endsOpen reports a paragraph whose last line stops on a comma or a word
// in lower case ("… Atacora, Alibori and"): a sentence cut mid-way, which
// the next column or page carries on even when it opens on a name.
func endsOpen(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ",") {
		return true
	}
	last := t[strings.LastIndexAny(t, " \n")+1:]
	if utf8.RuneCountInString(last) < 2 {
		return false
	}
	for _, r := range last {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// boldWrap reports a line that carries on a bold paragraph: its line above
// is bold in the same size, too long for a heading and ends mid-sentence,
// so the short line after it ("Programme d'appui … (FINPUB Sahel),") is
// the paragraph's next line, not a heading.
func boldWrap(pl *pageLayout, prev, l *frag) bool {
	if !prev.boldAll || math.Abs(l.size-prev.size) > 0.02*math.Max(l.size, prev.size) {
		return false
	}
	if !l.boldAll {
		// "Integrated School Meals and Nutrition" over "Project
		// (NUTRISCOL). Under NUTRISCOL, WFP …": a bold lead run into its
		// paragraph, wrapped, is the paragraph's opening, not a heading.
		return l.boldLead != "" && prev.size < 1.15*pl.body && strings.HasPrefix(l.text, l.boldLead)
	}
	// "Dakar, 3 September 2024 – The European Union, … and Luxembourg"
	// over "today launched …": a short bold line the next one carries on
	// in lower case is a bold paragraph's first line, not a heading.
	if pl.heading(prev) {
		// (A heading set larger than the body, or a short one, wraps as
		// it likes.)
		return prev.size < 1.15*pl.body && prev.words() >= 8 && runsOn(prev.text, l.text)
	}
	t := strings.TrimSpace(prev.text)
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?:;")
}

// heading reports whether a line is set larger than the body, or bold on a
// page whose body is not.
func (pl *pageLayout) heading(f *frag) bool {
	if f.size >= 1.15*pl.body {
		return true
	}
	return f.boldAll && !pl.bodyBold && f.size >= 0.95*pl.body && f.words() <= 12
}

// endsClause reports whether a line ends where a list may start.
func endsClause(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";")
}

// labelLine splits "Label: value" text whose label is a few words.
func labelLine(s string) (label, value string, ok bool) {
	first, rest, _ := strings.Cut(s, "\n")
	i := strings.Index(first, ": ")
	if i <= 0 {
		return "", "", false
	}
	label = strings.TrimSpace(first[:i])
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(r) || len(strings.Fields(label)) > 4 || utf8.RuneCountInString(label) > 40 || strings.ContainsAny(label, ".;()") {
		return "", "", false
	}
	value = strings.TrimSpace(first[i+2:])
	if rest != "" {
		value += "\n" + rest
	}
	if value == "" {
		return "", "", false
	}
	return label, value, true
}

// tableDrafts turns table rows into pair and row blocks: a label and one
// value cell make a pair, more cells a row. Cell lines stay lines, bullets
// kept, so an indicator list stays with its output.
func tableDrafts(rows []tableRow) []draft {
	var out []draft
	for _, r := range rows {
		label := joinLines(r.label, " ")
		var frs []*frag
		frs = append(frs, r.label...)
		for _, c := range r.cells {
			frs = append(frs, c...)
		}
		switch len(r.cells) {
		case 0:
			out = append(out, draft{role: dossier.RoleParagraph, text: label, frs: frs})
		case 1:
			out = append(out, draft{role: dossier.RolePair, label: strings.TrimSuffix(label, ":"),
				text: joinLines(r.cells[0], "\n"), frs: frs, valueX: boxOf(r.cells[0]).X})
		default:
			cells := []string{label}
			for _, c := range r.cells {
				cells = append(cells, joinLines(c, " "))
			}
			out = append(out, draft{role: dossier.RoleRow, text: strings.Join(cells, "\t"), frs: frs})
		}
	}
	return out
}

// gridRowText is a data table's row as tab-separated cells, every column
// kept (an empty cell too), each cell's lines joined.
func gridRowText(r tableRow) string {
	cells := []string{joinLines(r.label, " ")}
	for _, c := range r.cells {
		cells = append(cells, joinLines(c, " "))
	}
	return strings.Join(cells, "\t")
}

// joinLines joins the text of lines with sep, but for a word hyphenated
// at a line's end, which is joined whole (see hyphenated).
func joinLines(frs []*frag, sep string) string {
	var b strings.Builder
	for i, f := range frs {
		line := f.text
		if i+1 < len(frs) {
			if stem, ok := hyphenated(line, frs[i+1].text); ok {
				b.WriteString(stem)
				continue
			}
		}
		b.WriteString(line)
		if i+1 < len(frs) {
			b.WriteString(sep)
		}
	}
	return b.String()
}

// joinHyphenated joins the words hyphenated at the ends of text's lines,
// which sep (a line break) separates.
func joinHyphenated(text, sep string) string {
	if !strings.Contains(text, "-"+sep) && !strings.Contains(text, "\u00ad"+sep) && !strings.Contains(text, "\u2010"+sep) {
		return text
	}
	var b strings.Builder
	for {
		i := strings.Index(text, sep)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		line, rest := text[:i], text[i+len(sep):]
		if stem, ok := hyphenated(line, rest); ok {
			b.WriteString(stem)
		} else {
			b.WriteString(line)
			b.WriteString(sep)
		}
		text = rest
	}
}

// hyphenated returns line without the hyphen it ends in, if the word it
// breaks goes on at the start of next, to be joined as pdftotext joins it:
// after a letter and a hyphen ("imple-" "mented") when the next line starts
// with a lower-case letter, and always after a soft hyphen. A hyphen before
// a capital or a digit ("X-" "Ray", "2019-" "2020"), which pdftotext drops
// too, is the text's own here, and stays with its line break.
func hyphenated(line, next string) (string, bool) {
	h, n := utf8.DecodeLastRuneInString(line)
	if h != '-' && h != '\u00ad' && h != '\u2010' || n == len(line) {
		return line, false
	}
	stem := line[:len(line)-n]
	if h == '\u00ad' {
		return stem, true
	}
	before, _ := utf8.DecodeLastRuneInString(stem)
	after, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLetter(before) && unicode.IsLower(after) {
		return stem, true
	}
	// "HIDROMET-" over "CA", "Asia-" over "Pacific": a hyphen of the word
	// itself, kept, and the word whole.
	if unicode.IsLetter(before) && unicode.IsUpper(after) {
		return line, true
	}
	return line, false
}

// layout collects a document's pages, then lays them out: headings are
// told from body text by the document's body size, not a page's.
type layout struct {
	pages []pageText
	sizes sizeStats
}

type pageText struct {
	n       int
	height  float64
	frs     []*frag
	gutters []float64
	rotated []*frag
}

// addPage takes one page's glyphs.
func (l *layout) addPage(n int, p pdftext.Page) {
	l.sizes.add(p.Glyphs)
	frs, gutters := fragments(p.Glyphs)
	l.pages = append(l.pages, pageText{n: n, height: p.Height, frs: frs, gutters: gutters, rotated: rotatedText(p.Glyphs)})
}

// blocks lays out every page and returns the blocks in reading order.
func (l *layout) blocks() []dossier.Block {
	body, bodyBold := l.sizes.body()
	var out []dossier.Block
	var section string
	// valueX is where the value of the last block sits when that block is
	// a table pair ending a page: a labelless column there on the next
	// page continues it.
	var valueX float64
	for _, pt := range l.pages {
		pl := newPageLayout(pt.frs, pt.gutters, body, bodyBold)
		var drafts []draft
		head, main, foot := margins(pt.frs, pt.height, body)
		units := pl.cut(head, 0)
		units = append(units, pl.cut(main, 0)...)
		units = append(units, pl.cut(foot, 0)...)
		tables := 0
		for _, u := range units {
			switch {
			case u.grid:
				// Rows of a data table, placed as an HTML table's are, so
				// its first row is read as its columns' heads.
				tables++
				for i, d := range tableDrafts(u.rows) {
					if u.rows[i].section {
						drafts = append(drafts, draft{role: dossier.RoleHeading, text: joinLines(u.rows[i].label, " "), frs: u.rows[i].label})
						continue
					}
					d.role = dossier.RoleRow
					d.label = ""
					d.text = gridRowText(u.rows[i])
					d.path = fmt.Sprintf("pdf>page[%d]>table[%d]>tr[%d]", pt.n, tables, i+1)
					drafts = append(drafts, d)
				}
			case u.rows != nil:
				drafts = append(drafts, tableDrafts(u.rows)...)
			case u.cont:
				// Lines under a value column with no label: kept whole, as
				// the rest of a cell, to join to its row.
				drafts = append(drafts, draft{role: dossier.RoleParagraph, text: joinLines(u.lines, "\n"), frs: u.lines})
			default:
				drafts = append(drafts, pl.blocks(u.lines)...)
			}
		}
		for _, f := range pt.rotated {
			drafts = append(drafts, draft{role: dossier.RoleParagraph, text: f.text, frs: []*frag{f}})
		}

		pageStart := len(out)
		opened := false // a heading, pair or row has been laid on this page
		for i, d := range drafts {
			box := boxOf(d.frs)
			if !opened && i < 4 && valueX != 0 && (d.role == dossier.RoleParagraph || d.role == dossier.RoleItem) &&
				math.Abs(box.X-valueX) <= 3 && out[pageStart-1].Role == dossier.RolePair {
				// The value of the previous page's last row goes on here.
				out[pageStart-1].Text = joinHyphenated(out[pageStart-1].Text+"\n"+d.text, "\n")
				continue
			}
			if d.role != dossier.RoleParagraph && d.role != dossier.RoleItem {
				opened = true
			}
			b := dossier.Block{
				Role:     d.role,
				Label:    d.label,
				Text:     d.text,
				Page:     pt.n,
				Box:      box,
				FontSize: round2(maxSize(d.frs)),
				Path:     d.path,
			}
			if d.role == dossier.RoleHeading {
				section = strings.Join(strings.Fields(d.text), " ")
			} else {
				b.Section = section
			}
			// "… which brought the total budget from EUR 12 million" at a
			// column's foot, "to EUR 14.5 million." at the next one's
			// head: a sentence running on across a column break is one
			// paragraph.
			if n := len(out); n > pageStart && b.Role == dossier.RoleParagraph && out[n-1].Role == dossier.RoleParagraph &&
				out[n-1].FontSize == b.FontSize && columnBreak(out[n-1].Box, b.Box) && (runsOn(out[n-1].Text, b.Text) || endsOpen(out[n-1].Text)) {
				out[n-1].Text = joinHyphenated(out[n-1].Text+"\n"+b.Text, "\n")
				continue
			}
			out = append(out, b)
		}
		valueX = 0
		if n := len(drafts); n > 0 && len(out) > pageStart && drafts[n-1].role == dossier.RolePair {
			valueX = drafts[n-1].valueX
		}
	}
	return out
}

func boxOf(frs []*frag) *dossier.Rect {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, f := range frs {
		x0, y0 = math.Min(x0, f.x0), math.Min(y0, f.top)
		x1, y1 = math.Max(x1, f.x1), math.Max(y1, f.bot)
	}
	return &dossier.Rect{X: round2(x0), Y: round2(y0), W: round2(x1 - x0), H: round2(y1 - y0)}
}

func maxSize(frs []*frag) float64 {
	m := 0.0
	for _, f := range frs {
		m = math.Max(m, f.size)
	}
	return m
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// minGutter is the narrowest gutter, in font sizes, that gutters finds
// between columns: LaTeX sets columns one em apart.
const minGutter = 0.6

// gutters finds the x of a page's narrow column gutters, such as LaTeX
// leaves between two columns: a place where many lines of text (each at
// least a few words long) start, at most three ems right of where as many
// others end, the columns on either side about as wide, and few lines go
// across. Word gaps of a justified column
// never line up so; a list's bullets and a table's labels are too short.
// lines are the glyphs of each line, in x order.
func gutters(glyphs []pdftext.Glyph, lines [][]int) []float64 {
	spans, rowOf := lineSpans(glyphs, lines, minGutter)
	// A justified line of a narrow column widens its word gaps past
	// minGutter: its stretches at a word gap of splitGap end where the
	// column does.
	coarse, coarseRow := lineSpans(glyphs, lines, splitGap)
	wide := func(sp lineSpan) bool { return sp.x1-sp.x0 >= 6*sp.size }
	starts := map[float64]int{}
	type rowX struct {
		row int
		x   float64
	}
	fineStart := map[rowX]bool{}
	for k, sp := range spans {
		if wide(sp) {
			starts[math.Round(sp.x0)]++
			fineStart[rowX{rowOf[k], sp.x0}] = true
		}
	}
	for k, sp := range coarse {
		// (Counted once a line: a coarse stretch wide where the fine
		// one is too starts there already.)
		if wide(sp) && !fineStart[rowX{coarseRow[k], sp.x0}] {
			starts[math.Round(sp.x0)]++
		}
	}
	var cands []float64
	for x, n := range starts {
		if n >= 6 {
			cands = append(cands, x)
		}
	}
	sort.Float64s(cands)
	if len(cands) > 32 {
		cands = cands[:32]
	}
	var out []float64
	for _, c := range cands {
		var st, across int
		var stW, endW float64
		// Only lines beside the column's own lines go across its gutter
		// or end before it: a headline over the columns, a box under
		// them, do not.
		first, last := len(lines), -1
		started := map[int]bool{}
		for k, sp := range spans {
			if wide(sp) && math.Abs(sp.x0-c) <= 1 {
				first, last = min(first, rowOf[k]), max(last, rowOf[k])
				started[rowOf[k]] = true
				stW = math.Max(stW, sp.x1-sp.x0)
			}
		}
		for k, sp := range coarse {
			if wide(sp) && math.Abs(sp.x0-c) <= 1 {
				first, last = min(first, coarseRow[k]), max(last, coarseRow[k])
				started[coarseRow[k]] = true
				stW = math.Max(stW, sp.x1-sp.x0)
			}
		}
		st = len(started)
		ended := map[int]bool{}
		endsBefore := func(sp lineSpan, row int) {
			if wide(sp) && sp.x1 <= c-minGutter*sp.size && sp.x1 >= c-3*sp.size && row >= first && row <= last {
				ended[row] = true
				endW = math.Max(endW, sp.x1-sp.x0)
			}
		}
		seen := map[int]bool{}
		for k, sp := range spans {
			gap := minGutter * sp.size
			switch {
			case wide(sp) && math.Abs(sp.x0-c) <= 1:
			case sp.x1 <= c-gap:
				endsBefore(sp, rowOf[k])
			case sp.x0 < c-gap/2 && sp.x1 > c-gap/2 && !seen[rowOf[k]] && rowOf[k] >= first && rowOf[k] <= last:
				seen[rowOf[k]] = true
				across++
			}
		}
		// (A coarse stretch may join a table's cells across a narrow
		// gap: one wider than the column after it ends no column.)
		for k, sp := range coarse {
			if sp.x1-sp.x0 <= 1.5*stW {
				endsBefore(sp, coarseRow[k])
			}
		}
		ends := len(ended)
		// Columns of one page are about as wide as each other; a narrow
		// column of names beside wide text is a table, read as one.
		if st >= 6 && ends >= 6 && 3*across <= min(st, ends) && stW <= 1.5*endW && endW <= 1.5*stW {
			out = append(out, c-1.5)
		}
	}
	return out
}

// lineSpan is a stretch of a line's text without a wide gap.
type lineSpan struct{ x0, x1, size float64 }

// lineSpans cuts each line into stretches at gaps of at least gap times
// the font size, and returns them with the line each is on.
func lineSpans(glyphs []pdftext.Glyph, lines [][]int, gap float64) (spans []lineSpan, rowOf []int) {
	for row, gs := range lines {
		var last *pdftext.Glyph
		cur := lineSpan{}
		for _, i := range gs {
			g := &glyphs[i]
			if strings.TrimSpace(g.Text) == "" {
				continue
			}
			if last != nil && g.X-(last.X+last.W) >= gap*math.Max(g.Size, last.Size) {
				spans, rowOf = append(spans, cur), append(rowOf, row)
				last = nil
			}
			if last == nil {
				cur = lineSpan{x0: g.X, size: g.Size}
			}
			cur.x1 = g.X + g.W
			cur.size = math.Max(cur.size, g.Size)
			last = g
		}
		if last != nil {
			spans, rowOf = append(spans, cur), append(rowOf, row)
		}
	}
	return spans, rowOf
}

// acrossGutter reports whether the stretch from x0 to x1 spans one of the
// gutters.
func acrossGutter(gutters []float64, x0, x1 float64) bool {
	for _, x := range gutters {
		if x0 <= x && x <= x1 {
			return true
		}
	}
	return false
}

// combining reports text that starts with a combining mark.
func combining(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return r >= 0x300 && unicode.Is(unicode.Mn, r)
}

// levelRow reports fragments that all sit on the first one's baseline in
// its size, as one row of a table's cells does.
func levelRow(band []*frag) bool {
	for _, f := range band[1:] {
		if !level(band[0], f) {
			return false
		}
	}
	return true
}
