package report

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// rgb is a colour.
type rgb struct{ r, g, b int }

// The palette: navy for structure, a blue for references, red for what
// still needs a reviewer.
var (
	colText      = rgb{33, 37, 41}
	colMuted     = rgb{98, 106, 116}
	colNavy      = rgb{24, 52, 89}
	colRef       = rgb{40, 96, 160}
	colRule      = rgb{206, 212, 220}
	colHeadFill  = rgb{229, 235, 243}
	colZebra     = rgb{246, 248, 251}
	colHighlight = rgb{255, 244, 204}
	colRed       = rgb{190, 30, 45}
	colAmber     = rgb{196, 120, 0}
	colGreen     = rgb{46, 125, 50}
	colPurple    = rgb{106, 52, 150}
	colGrey      = rgb{150, 156, 164}
	colWhite     = rgb{255, 255, 255}
)

// style is how a run of text is set.
type style struct {
	face  face
	size  float64
	color rgb
}

// Text styles. Body text is 10 pt and nothing a reader must read is set
// smaller than 8 pt: references, notes, tags and chart labels.
var (
	stBody    = style{regular, 10, colText}
	stBold    = style{bold, 10, colText}
	stItalic  = style{italic, 10, colMuted}
	stSmall   = style{regular, 8, colMuted}
	stRef     = style{regular, 8, colRef}
	stLabel   = style{bold, 9, colNavy}
	stHead    = style{bold, 9, colNavy}
	stTag     = style{bold, 8, colWhite}
	stCaption = style{bold, 9.5, colNavy}
	// stNote is the annex's table text, stQuote a source's words in it.
	stNote  = style{regular, 8.5, colText}
	stQuote = style{italic, 8, colText}
)

// span is a run of text in one style. A span marked glue may not start a
// line, so a reference stays with the value it cites; a tag is drawn as
// white text on a coloured label; br forces a line break. refs are the
// source numbers a reference span links to, url the address a link span
// opens.
type span struct {
	text string
	st   style
	glue bool
	tag  *rgb
	br   bool
	refs []int
	url  string
}

// token is a word, or a whole tag, as the line breaker sees it.
type token struct {
	text  string
	st    style
	w     float64
	space bool // a space comes before it
	glue  bool // may not start a line
	tag   *rgb
	br    bool
	refs  []int  // the source numbers the word links to, in order
	url   string // the address the word opens
}

// placed is a token put at x on a line.
type placed struct {
	token
	x float64
}

// line is one line of a wrapped paragraph.
type line struct {
	toks []placed
	w    float64
	size float64 // the largest font size on the line
}

// leading is the line height as a multiple of the font size.
const leading = 1.32

// tagPad is the space on each side of a tag's text.
const tagPad = 2.5

func (l line) height() float64 { return l.size * leading }

// baseline is the distance from a line's top to its baseline.
func (l line) baseline() float64 { return l.size * 0.97 }

// tokens splits spans into words.
func tokens(spans []span) []token {
	m := loadMetrics()
	var out []token
	space := false
	for _, sp := range spans {
		if sp.br {
			out = append(out, token{br: true, st: sp.st})
			space = false
			continue
		}
		if sp.tag != nil {
			t := clean(sp.text)
			out = append(out, token{text: t, st: sp.st, w: m.width(t, sp.st.face, sp.st.size) + 2*tagPad,
				space: true, glue: sp.glue, tag: sp.tag})
			space = false
			continue
		}
		raw := sp.text
		if raw != "" && isBreakSpace(raw[0]) {
			space = true
		}
		first := true
		for _, word := range strings.Split(clean(raw), " ") {
			if word == "" {
				continue
			}
			out = append(out, token{text: word, st: sp.st, w: m.width(word, sp.st.face, sp.st.size),
				space: space, glue: sp.glue && first, refs: wordRefs(word, sp.refs), url: sp.url})
			space, first = true, false
		}
		if raw != "" && isBreakSpace(raw[len(raw)-1]) {
			space = true
		} else if !first {
			space = false
		}
	}
	return out
}

// wordRefs are the references of refs that a word of a reference span
// shows: "[1," shows 1, "12]" shows 12 (a reference span is usually one
// word, its numbers joined by no-break spaces).
func wordRefs(word string, refs []int) []int {
	if len(refs) == 0 {
		return nil
	}
	var out []int
	for _, run := range digitRuns(word) {
		n, _ := strconv.Atoi(word[run[0]:run[1]])
		if slices.Contains(refs, n) {
			out = append(out, n)
		}
	}
	return out
}

// digitRuns are the byte ranges of the runs of ASCII digits in s.
func digitRuns(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func isBreakSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// wrap breaks spans into lines no wider than width. A word wider than a
// line is cut between characters; nothing ever passes width.
func wrap(spans []span, width float64) []line {
	m := loadMetrics()
	var lines []line
	var cur line
	flush := func() {
		lines = append(lines, cur)
		cur = line{}
	}
	spaceW := func(t token) float64 {
		if !t.space || len(cur.toks) == 0 {
			return 0
		}
		return m.width(" ", t.st.face, t.st.size)
	}
	add := func(t token) {
		x := cur.w + spaceW(t)
		cur.toks = append(cur.toks, placed{token: t, x: x})
		cur.w = x + t.w
		if t.st.size > cur.size {
			cur.size = t.st.size
		}
	}
	for _, t := range tokens(spans) {
		if t.br {
			if cur.size == 0 {
				cur.size = t.st.size
			}
			flush()
			continue
		}
		if cur.w+spaceW(t)+t.w <= width {
			add(t)
			continue
		}
		if len(cur.toks) > 0 {
			// Move a glued run (a value and its references) whole onto the
			// next line when it can start there.
			k := len(cur.toks)
			if t.glue {
				for k > 0 && cur.toks[k-1].glue {
					k--
				}
				k-- // the token the glued run hangs on
			}
			var carry []placed
			if k > 0 && k < len(cur.toks) {
				carry = append(carry, cur.toks[k:]...)
				cur.toks = cur.toks[:k]
				last := cur.toks[k-1]
				cur.w = last.x + last.w
				cur.size = 0
				for _, p := range cur.toks {
					cur.size = max(cur.size, p.st.size)
				}
			}
			flush()
			for _, p := range carry {
				if cur.w+spaceW(p.token)+p.w <= width {
					add(p.token)
				} else {
					for _, piece := range cutToken(p.token, width, m) {
						if len(cur.toks) > 0 && cur.w+spaceW(piece)+piece.w > width {
							flush()
						}
						add(piece)
					}
				}
			}
			if cur.w+spaceW(t)+t.w <= width {
				add(t)
				continue
			}
			if len(cur.toks) > 0 {
				flush()
			}
		}
		for _, piece := range cutToken(t, width, m) {
			if len(cur.toks) > 0 && cur.w+spaceW(piece)+piece.w > width {
				flush()
			}
			add(piece)
		}
	}
	if len(cur.toks) > 0 {
		flush()
	}
	return lines
}

// cutToken cuts a word too wide for a line into pieces that fit, preferring
// to cut after a slash, hyphen or dot (URLs, paths, hashes).
func cutToken(t token, width float64, m *metrics) []token {
	if t.w <= width {
		return []token{t}
	}
	extra := 0.0
	if t.tag != nil {
		extra = 2 * tagPad
	}
	var out []token
	rest := t.text
	first := true
	for rest != "" {
		// fit is the longest prefix that fits; soft the last good cut in it.
		fit, soft := 0, 0
		w := extra
		for i, r := range rest {
			rw := m.width(string(r), t.st.face, t.st.size)
			if w+rw > width && i > 0 {
				break
			}
			w += rw
			fit = i + utf8.RuneLen(r)
			if r == '/' || r == '-' || r == '.' || r == '_' || r == '?' || r == '&' || r == ',' {
				soft = fit
			}
		}
		if fit < len(rest) && soft > fit/2 {
			fit = soft
		}
		piece := t
		piece.text = rest[:fit]
		piece.w = m.width(piece.text, t.st.face, t.st.size) + extra
		piece.space = first && t.space
		piece.glue = first && t.glue
		piece.refs = wordRefs(piece.text, t.refs)
		out = append(out, piece)
		rest = rest[fit:]
		first = false
	}
	return out
}

// linesHeight is the height of lines set one under another.
func linesHeight(ls []line) float64 {
	h := 0.0
	for _, l := range ls {
		h += l.height()
	}
	return h
}
