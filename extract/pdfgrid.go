package extract

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A data table in a PDF ("Initiative | AID | Countries | Implementer |
// Amount | Period | Status"): three columns or more of short cells, rows
// set apart by wider gaps than a wrapped cell's lines, its first row the
// column heads. Read as columns (the XY-cut), its cells lose their rows;
// read as rows, each row is one block with its cells in order, as an HTML
// table's row is, under the header row (see facts' tables).

// Limits that tell a data table from columns of prose.
const (
	gridMinCols      = 3
	gridMinRows      = 3 // the header and two rows
	gridHeadWords    = 6 // words in a column head at most
	gridCellWords    = 8 // median words of a cell at most
	gridFilledShare  = 0.8
	gridMaxFragments = 2000
)

// gridLine is fragments that overlap vertically.
type gridLine struct {
	frs      []*frag
	top, bot float64
}

// grid reads group as a data table. It reports false when the group is
// not one: fewer than three columns or rows, long cells, rows with one
// cell, heads that read as prose.
func (pl *pageLayout) grid(group []*frag, depth int) ([]unit, bool) {
	if len(group) < gridMinCols*gridMinRows || len(group) > gridMaxFragments {
		return nil, false
	}
	// Coarse columns: the stretches of x that text covers, apart by a
	// gutter.
	var cov []interval
	for _, f := range group {
		cov = cover(cov, f.x0, f.x1)
	}
	cols := pl.columnsOf(group)
	if len(cols) < 2 || proseColumns(group, cols) {
		return nil, false
	}
	rows := pl.gridRows(group, cols)
	// Headings and paragraphs above the table ("2. Portfolio table") are
	// text before it: the table starts at its first row of cells side by
	// side.
	var before []*frag
	for len(rows) > 0 && oneColumnRow(rows[0]) {
		before = append(before, rows[0]...)
		rows = rows[1:]
	}
	// Figures set large side by side over their captions ("42 months",
	// "14", "1,150" over "2 March 2020 to 31⏎August 2023", …) are a strip
	// of cards, each read whole: no table's heads. Its captions, centred
	// under their figures, cross where heads would part the columns.
	if len(rows) > 0 {
		big := 0
		for _, f := range rows[0] {
			if pl.large(f) {
				big++
			}
		}
		if big*2 > len(rows[0]) {
			return nil, false
		}
	}
	// A heading or a paragraph under the table ends it: it and what
	// follows are text after the table, not rows.
	var after []*frag
	// sections marks rows of one short cell at the first column's edge
	// with rows of cells after them ("Grote Meren" over the projects in
	// that region): heads of a group of the table's rows, not its end.
	sections := map[int]bool{}
	for i := 1; i < len(rows); i++ {
		// A cell's last line set apart ("BMZ-Nr. 2016.2140.7" under a
		// project's name), off the first column, with rows of cells
		// after it, is the row above's.
		if oneColumnRow(rows[i]) && rows[i][0].x0 > leftEdge(rows[0])+pl.body && i+1 < len(rows) && !oneColumnRow(rows[i+1]) {
			rows[i-1] = append(rows[i-1], rows[i]...)
			rows = append(rows[:i], rows[i+1:]...)
			i--
			continue
		}
		if oneColumnRow(rows[i]) && i+1 < len(rows) && !oneColumnRow(rows[i+1]) && sectionRow(rows[i], rows[0]) {
			sections[i] = true
			continue
		}
		if oneColumnRow(rows[i]) {
			for _, r := range rows[i:] {
				after = append(after, r...)
			}
			rows = rows[:i]
			break
		}
	}
	if len(rows)-len(sections) < gridMinRows {
		return nil, false
	}
	// Fine columns: where the heads stand apart inside a coarse column
	// ("Contributo | Periodo" over "4.500.000 04/2020 –", cells whose
	// text runs together), the column is two.
	bounds := headStarts(rows[0], rows[1:], cols, pl.gutter)
	if len(bounds)+1 < gridMinCols {
		return nil, false
	}
	bounds = joinHeadless(rows, bounds)
	if len(bounds)+1 < gridMinCols-1 {
		return nil, false
	}
	bounds = boundsBeforeFigures(rows[1:], bounds)
	ncol := len(bounds) + 1
	colOf := func(x float64) int { return sort.SearchFloat64s(bounds, x) }

	cells := make([][][]*frag, len(rows))
	var words []int
	filled := 0
	for i, r := range rows {
		cells[i] = make([][]*frag, ncol)
		if sections[i] {
			continue
		}
		for _, f := range r {
			for _, piece := range splitAt(f, bounds) {
				c := colOf(piece.x0)
				cells[i][c] = append(cells[i][c], piece)
			}
		}
		n := 0
		for c := range cells[i] {
			byBase(cells[i][c])
			if len(cells[i][c]) == 0 {
				continue
			}
			n++
			w := len(strings.Fields(joinLines(cells[i][c], " ")))
			if i == 0 && w > gridHeadWords {
				return nil, false
			}
			words = append(words, w)
		}
		if i == 0 && n < ncol-1 {
			return nil, false // a header names (nearly) every column
		}
		if n >= 2 {
			filled++
		}
	}
	sort.Ints(words)
	if words[len(words)/2] > gridCellWords || float64(filled) < gridFilledShare*float64(len(rows)-len(sections)) {
		return nil, false
	}
	for _, h := range cells[0] {
		if len(h) == 0 {
			continue
		}
		s := span(h)
		t := strings.TrimSpace(joinLines(h, " "))
		if strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 4 || pl.large(&s) {
			return nil, false // a sentence, or a key figure, heads no column ("Agreement no." does)
		}
	}
	// Cards laid out in a grid ("DURATA | BUDGET | FINANZIATORI" over
	// their values, then "ENTE ATTUATORE | PAESI | STATO" over theirs)
	// repeat the heads' style in a later row: labels over values, read
	// as such by the columns, not a table.
	head := rowStyle(cells[0])
	if head != "" && head != rowStyle(cells[1]) {
		for _, r := range cells[2:] {
			if rowStyle(r) == head {
				return nil, false
			}
		}
	}
	out := make([]tableRow, len(rows))
	for i := range rows {
		out[i] = tableRow{label: cells[i][0], cells: cells[i][1:]}
		if sections[i] {
			out[i] = tableRow{label: rows[i], section: true}
		}
	}
	var units []unit
	if len(before) > 0 {
		units = append(units, pl.cut(before, depth+1)...)
	}
	units = append(units, unit{rows: out, grid: true})
	if len(after) > 0 {
		// What follows the table is laid out as anything else is.
		units = append(units, pl.cut(after, depth+1)...)
	}
	return units, true
}

// columnsOf returns the stretches of x that the group's text covers,
// apart by a gap no fragment crosses, however narrow a tight table's cell
// padding makes it (8 pt between "31/08/2024" and "EUR"): prose covers
// every x of its lines.
func (pl *pageLayout) columnsOf(group []*frag) []interval {
	var cov []interval
	for _, f := range group {
		cov = cover(cov, f.x0, f.x1)
	}
	if len(cov) == 0 {
		return nil
	}
	colGap := math.Min(pl.gutter, 0.8*pl.body)
	cols := []interval{cov[0]}
	for _, v := range cov[1:] {
		last := &cols[len(cols)-1]
		if v.x0-last.x1 >= colGap {
			cols = append(cols, v)
		} else {
			last.x1 = v.x1
		}
	}
	return cols
}

// proseColumns reports a group of two columns or more of running text, as
// a newspaper sets an article: in each, most lines are of many words and
// fill the column's width. Their lines may stand level from column to
// column (a baseline grid), which makes no table's rows of them; a data
// table's cells are short, or fill one column at most.
func proseColumns(group []*frag, cols []interval) bool {
	prose := 0
	for _, c := range cols {
		if runningText(group, c) {
			prose++
		}
	}
	return prose >= 2
}

// runningText reports a column of running text: a dozen lines or more
// in it, most of them of many words that fill its width (justified), or
// a third of them going on from the line above in small letters (ragged:
// "TIDEMARK renforce les administrations" over "maritimes de l'Afrique
// …"). A column of labels has neither.
func runningText(group []*frag, c interval) bool {
	var in []*frag
	full := 0
	for _, f := range group {
		if f.x0 < c.x0-0.5 || f.x1 > c.x1+0.5 {
			continue
		}
		in = append(in, f)
		if f.words() >= 4 && f.x1-f.x0 >= 0.85*(c.x1-c.x0) {
			full++
		}
	}
	// (A table's first column of wrapped names fills its width too, in
	// a few rows: "TeachHost – Formazione degli insegnanti".)
	if len(in) < 12 {
		return false
	}
	if 2*full >= len(in) {
		return true
	}
	byBase(in)
	goesOn := 0
	for i := 1; i < len(in); i++ {
		r, _ := utf8.DecodeRuneInString(in[i].text)
		if unicode.IsLower(r) && in[i-1].words() >= 3 && !strings.HasSuffix(in[i-1].text, ":") {
			goesOn++
		} else if unicode.IsLetter(r) && in[i-1].words() >= 4 && endsMidSentence(in[i-1].text) && in[i-1].x1-in[i-1].x0 >= 0.7*(c.x1-c.x0) {
			// ("Partnerländer fliesst ein Drittel" over "der öffentlichen
			// Ausgaben über" over "Ausschreibungen. Wer dort für": German
			// opens its nouns with a capital; a line of many words that
			// ends on a word in small letters, wide enough that the next
			// word did not fit, goes on all the same. A table's row ends
			// where its text does, often short of the cell's width.)
			goesOn++
		}
	}
	// ("PRISMA II – tax" over "administration reform": so do a table's
	// wrapped names.)
	return goesOn >= 6 && 3*goesOn >= len(in)
}

// proseGap returns the gap before a column of running text at the
// group's right (see proseColumn): a fact sheet's sections beside its
// table of facts are read after the table, not as cells of its rows.
func (pl *pageLayout) proseGap(group []*frag) (interval, bool) {
	var cov []interval
	for _, f := range group {
		cov = cover(cov, f.x0, f.x1)
	}
	colGap := math.Min(pl.gutter, 0.8*pl.body)
	var cols []interval
	for _, v := range cov {
		if n := len(cols); n > 0 && v.x0-cols[n-1].x1 < colGap {
			cols[n-1].x1 = v.x1
			continue
		}
		cols = append(cols, v)
	}
	if n := len(cols); n >= 2 && pl.proseColumn(group, cols[n-1]) {
		return interval{cols[n-2].x1, cols[n-1].x0}, true
	}
	return interval{}, false
}

// proseColumn reports a column of running text beside the group's other
// columns, as a fact sheet sets its sections beside its table of facts:
// headings set larger below its first line ("What we do" under "Why this
// project") and lines of many words. A data table's long column has neither
// headings inside it nor, mostly, long lines.
func (pl *pageLayout) proseColumn(group []*frag, col interval) bool {
	var in []*frag
	for _, f := range group {
		if f.x0 >= col.x0-0.5 {
			in = append(in, f)
		}
	}
	if len(in) < 4 {
		return false
	}
	sort.SliceStable(in, func(i, j int) bool { return in[i].top < in[j].top })
	headings := 0
	var words []int
	for i, f := range in {
		// Set larger than the text: bold alone also marks the first
		// line or the "Indicators:" of a logframe's value cell.
		if i > 0 && f.size >= 1.12*pl.body && in[i-1].size < 1.12*pl.body {
			headings++
		}
		words = append(words, f.words())
	}
	sort.Ints(words)
	return headings >= 1 && words[len(words)/2] >= 6
}

// joinHeadless drops the bound between a column that has a head and no
// cells and the next, which has cells and no head: amounts set right under
// a head set left ("Amount (EUR)" over "4,000,000") are one column.
func joinHeadless(rows [][]*frag, bounds []float64) []float64 {
	ncol := len(bounds) + 1
	head := make([]bool, ncol)
	data := make([]bool, ncol)
	for i, r := range rows {
		for _, f := range r {
			for _, piece := range splitAt(f, bounds) {
				c := sort.SearchFloat64s(bounds, piece.x0)
				if i == 0 {
					head[c] = true
				} else {
					data[c] = true
				}
			}
		}
	}
	var out []float64
	for c, b := range bounds {
		if head[c] && !data[c] && !head[c+1] && data[c+1] {
			continue
		}
		out = append(out, b)
	}
	return out
}

// oneColumnRow reports a row whose lines all start at one x: a heading
// or a paragraph under the table ("The Institute's own research budget
// for 2024 was CHF 1.4 million."), not cells side by side.
func oneColumnRow(r []*frag) bool {
	for _, f := range r[1:] {
		if math.Abs(f.x0-r[0].x0) > 2 {
			return false
		}
	}
	return true
}

// leftEdge is where the leftmost fragment of a row starts.
func leftEdge(r []*frag) float64 {
	x := math.Inf(1)
	for _, f := range r {
		x = math.Min(x, f.x0)
	}
	return x
}

// gridRows cuts a table's fragments into rows: lines apart by more than
// the closest two lines are (a wrapped cell's); with no such gap, each
// line with text in the first column starts a row.
func (pl *pageLayout) gridRows(group []*frag, cols []interval) [][]*frag {
	frs := append([]*frag(nil), group...)
	sort.SliceStable(frs, func(i, j int) bool { return frs[i].top < frs[j].top })
	var lines []gridLine
	for _, f := range frs {
		if n := len(lines); n > 0 && f.top < lines[n-1].bot-0.5 {
			lines[n-1].frs = append(lines[n-1].frs, f)
			lines[n-1].bot = math.Max(lines[n-1].bot, f.bot)
			continue
		}
		lines = append(lines, gridLine{frs: []*frag{f}, top: f.top, bot: f.bot})
	}
	if len(lines) < gridMinRows {
		return nil
	}
	// The gaps that tell rows apart are those inside the table, between
	// its first and last lines of cells side by side: a heading above it
	// or a note under it ("Figures are rounded.") stands further off and
	// would make a table of evenly spaced rows look gapped, one row.
	lo, hi := 0, len(lines)-1
	for lo < hi && len(lines[lo].frs) < 2 {
		lo++
	}
	for hi > lo && len(lines[hi].frs) < 2 {
		hi--
	}
	if hi-lo < 1 {
		lo, hi = 0, len(lines)-1
	}
	// (A header set apart from evenly spaced rows below it by a wider
	// gap, "Vorhaben | Geber | Beitrag" over rows one line apart, does not
	// make the rows gapped: the gaps that count are those between the
	// rows, where there are two of them or more.)
	from := lo + 1
	if hi-lo >= 3 {
		from = lo + 2
	}
	minGap := math.Inf(1)
	for i := from; i <= hi; i++ {
		minGap = math.Min(minGap, math.Max(0, lines[i].top-lines[i-1].bot))
	}
	rowGap := math.Max(1.5*minGap, minGap+0.4*pl.body)
	gapped := false
	for i := from; i <= hi; i++ {
		gapped = gapped || lines[i].top-lines[i-1].bot > rowGap
	}
	var rows [][]*frag
	for i, l := range lines {
		newRow := i == 0
		switch {
		case i > 0 && gapped:
			newRow = l.top-lines[i-1].bot > rowGap
		case i > 0:
			for _, f := range l.frs {
				newRow = newRow || f.x0 <= cols[0].x1
			}
		}
		if newRow {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], l.frs...)
	}
	return rows
}

// headStarts returns the x where each column but the first begins: at
// each head, or, where the head is centred or set right over its column,
// at the left edge its cells share (a left edge at least two rows have
// between the previous head's end and this head's start).
func headStarts(head []*frag, data [][]*frag, cols []interval, gutter float64) []float64 {
	var heads []interval
	for _, f := range head {
		heads = cover(heads, f.x0, f.x1)
	}
	// Merge heads closer than a gutter's share: words of one head.
	merged := heads[:0:0]
	for _, h := range heads {
		if n := len(merged); n > 0 && h.x0-merged[n-1].x1 < 0.6*gutter {
			merged[n-1].x1 = h.x1
			continue
		}
		merged = append(merged, h)
	}
	if len(merged) < 2 {
		return headBounds(head, cols, gutter)
	}
	// Left edges of the cells' first lines only: a wrapped line hangs
	// under a bullet ("– Draft 2nd Additional Protocol to" over "the
	// Budapest Convention") and starts no column.
	count := map[float64]int{}
	for _, r := range data {
		seen := map[float64]bool{}
		top := math.Inf(1)
		for _, f := range r {
			top = math.Min(top, f.top)
		}
		for _, f := range r {
			if f.top > top+0.5*f.size {
				continue
			}
			x := math.Round(f.x0/2) * 2
			if !seen[x] {
				seen[x] = true
				count[x]++
			}
		}
	}
	var edges []float64
	for x, n := range count {
		if n >= 2 {
			edges = append(edges, x)
		}
	}
	sort.Float64s(edges)
	var starts []float64
	for i, h := range merged[1:] {
		start := h.x0 - 1
		for _, e := range edges {
			if e > merged[i].x1 && e <= h.x0+2 && !setRightBefore(data, e, h.x0) {
				start = math.Min(start, e-1)
			}
		}
		starts = append(starts, start)
	}
	// "Total budget, Status and" over "all donors | comment": two heads
	// whose first lines run together into one fragment hide a column
	// that every row's cells start at and no cell crosses; it begins
	// there all the same.
	for _, e := range edges {
		if count[e] < 3 || count[e]*3 < 2*len(data) || e <= merged[0].x0+2 {
			continue
		}
		near, crossed := false, false
		for _, st := range starts {
			near = near || math.Abs(st+1-e) <= 4
		}
		for _, r := range data {
			for _, f := range r {
				crossed = crossed || f.x0 < e-2 && f.x1 > e+2
			}
		}
		// ("Total commitment" over figures set right that all start at
		// one edge under its second word: one head, one column. Two
		// heads run together have cells under the first too.)
		if !near && !crossed && !oneHeadOver(merged, data, e) {
			starts = append(starts, e-1)
		}
	}
	sort.Float64s(starts)
	return starts
}

// oneHeadOver reports an edge e inside one head's stretch under which no
// cell starts left of e: the head's own column, its cells set right, not
// a column the head hides.
func oneHeadOver(heads []interval, data [][]*frag, e float64) bool {
	for _, h := range heads {
		if e <= h.x0+2 || e >= h.x1-2 {
			continue
		}
		left := 0
		for _, r := range data {
			for _, f := range r {
				if f.x0 >= h.x0-2 && f.x0 < e-4 {
					left++
					break
				}
			}
		}
		return left == 0
	}
	return false
}

// boundsBeforeFigures moves a column's start left of the cells that run
// across it from the right: "13 000 000" set right under "Total", wider
// than the figures above and below it whose left edge the head's start
// took, begins left of that start but after every cell of the column
// before has ended. (A cell of the column before that spills over the
// start begins where that column's cells do, left of where they end: it
// stays.)
func boundsBeforeFigures(data [][]*frag, bounds []float64) []float64 {
	out := append([]float64(nil), bounds...)
	for bi, b := range out {
		lo, hi := math.Inf(-1), math.Inf(1)
		if bi > 0 {
			lo = out[bi-1]
		}
		if bi+1 < len(out) {
			hi = out[bi+1]
		}
		// How far right the cells wholly in the column before go.
		before := lo
		for _, r := range data {
			for _, f := range r {
				if f.x0 >= lo && f.x1 <= b {
					before = math.Max(before, f.x1)
				}
			}
		}
		if before == lo {
			continue // no cell of the column before ends short of it
		}
		// The cells across it must be set right: one right edge, more
		// than one left edge.
		var across []*frag
		for _, r := range data {
			for _, f := range r {
				if f.x0 < b-1 && f.x1 > b+1 && f.x1 <= hi && f.x0 > before {
					across = append(across, f)
				}
			}
		}
		if len(across) < 2 {
			continue
		}
		start, lefts, oneRight := b, map[float64]bool{}, true
		for _, f := range across {
			if math.Abs(f.x1-across[0].x1) > 1 {
				oneRight = false
				break
			}
			lefts[math.Round(f.x0)] = true
			start = math.Min(start, f.x0-0.5)
		}
		if oneRight && len(lefts) > 1 {
			out[bi] = start
		}
	}
	return out
}

// setRightBefore reports figures set right in the column before a head
// ("4 500 000" and "6 000 000" under "VITASANG", ending short of "RESATS"
// beside it): the cells that start at edge x end before the head at x0
// does, on one right edge that a cell of another left edge shares. Cells
// set left under a centred head ("40" and "600" under "Target (2024)")
// share their left edge, not their right.
func setRightBefore(data [][]*frag, x, x0 float64) bool {
	var rights []float64
	for _, r := range data {
		for _, f := range r {
			if math.Round(f.x0/2)*2 != x {
				continue
			}
			if f.x1 > x0 {
				return false
			}
			rights = append(rights, f.x1)
		}
	}
	for _, right := range rights {
		for _, r := range data {
			for _, f := range r {
				if math.Abs(f.x1-right) <= 1 && math.Abs(f.x0-x) > 2 {
					return true
				}
			}
		}
	}
	return false
}

// headBounds returns the x where one column ends and the next begins:
// between the coarse columns, and inside one where its heads stand a
// gutter apart.
func headBounds(head []*frag, cols []interval, gutter float64) []float64 {
	var bounds []float64
	for i, c := range cols {
		if i > 0 {
			bounds = append(bounds, (cols[i-1].x1+c.x0)/2)
		}
		// The heads' own stretches inside this column.
		var iv []interval
		for _, f := range head {
			if f.x0 >= c.x0-0.5 && f.x1 <= c.x1+0.5 {
				iv = cover(iv, f.x0, f.x1)
			}
		}
		for k := 1; k < len(iv); k++ {
			if iv[k].x0-iv[k-1].x1 >= 0.6*gutter {
				bounds = append(bounds, (iv[k-1].x1+iv[k].x0)/2)
			}
		}
	}
	sort.Float64s(bounds)
	return bounds
}

// splitAt cuts a fragment that runs across column bounds at the spaces
// nearest them, placing each character evenly over the fragment's width:
// "3.200.000 01/2017 –" across "Contributo | Periodo". A fragment inside
// one column comes back whole.
func splitAt(f *frag, bounds []float64) []*frag {
	var inside []float64
	for _, b := range bounds {
		if b > f.x0+1 && b < f.x1-1 {
			inside = append(inside, b)
		}
	}
	if len(inside) == 0 {
		return []*frag{f}
	}
	rs := []rune(f.text)
	if len(rs) < 3 {
		return []*frag{f}
	}
	per := (f.x1 - f.x0) / float64(len(rs))
	var out []*frag
	start, x0 := 0, f.x0
	for _, b := range inside {
		best := -1
		for i := start + 1; i < len(rs); i++ {
			if rs[i] != ' ' {
				continue
			}
			if best < 0 || math.Abs(f.x0+per*float64(i)-b) < math.Abs(f.x0+per*float64(best)-b) {
				best = i
			}
		}
		if best < 0 || math.Abs(f.x0+per*float64(best)-b) > 6*per+4 {
			continue // no space near the bound: the text is one cell's
		}
		piece := *f
		piece.text, piece.x0, piece.x1 = strings.TrimSpace(string(rs[start:best])), x0, f.x0+per*float64(best)
		out = append(out, &piece)
		start, x0 = best+1, math.Max(f.x0+per*float64(best+1), b+0.01) // the next column's, past the bound
	}
	last := *f
	last.text, last.x0 = strings.TrimSpace(string(rs[start:])), x0
	out = append(out, &last)
	return out
}

// sectionRow reports a row of one bold line of a few words starting where
// the table's header does: a group's head inside the table.
func sectionRow(r, head []*frag) bool {
	return len(r) == 1 && r[0].boldAll && r[0].words() <= gridHeadWords && math.Abs(r[0].x0-leftEdge(head)) <= 2
}

// rowStyle is the style every cell of a row shares (bold, size, capitals),
// or "" where its cells differ.
func rowStyle(cells [][]*frag) string {
	style := ""
	for _, c := range cells {
		if len(c) == 0 {
			continue
		}
		f := c[0]
		st := fmt.Sprintf("%v/%.0f/%v", f.boldAll, f.size, f.text == strings.ToUpper(f.text))
		if style != "" && st != style {
			return ""
		}
		style = st
	}
	return style
}

// endsMidSentence reports a line whose last word is in small letters,
// with no stop, colon or other mark after it: the sentence goes on in
// the next line.
func endsMidSentence(line string) bool {
	line = strings.TrimSpace(line)
	r, _ := utf8.DecodeLastRuneInString(line)
	if !unicode.IsLower(r) {
		return false
	}
	last := line[strings.LastIndexByte(line, ' ')+1:]
	first, _ := utf8.DecodeRuneInString(last)
	return unicode.IsLower(first)
}
