package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Right-to-left text: PDF producers draw Arabic and Hebrew glyphs in
// visual order, left to right on the page, so text read off the page in x
// order comes out backwards. Logical puts a line back into the order it is
// read in, as pdftotext does, with a simplified form of the Unicode
// bidirectional algorithm (UAX #9): strong letters set the direction of
// their runs, numbers keep their digits left to right, and spaces and
// punctuation between two runs of one direction take it.

// RightToLeft reports whether r belongs to a script written right to left.
func RightToLeft(r rune) bool {
	switch {
	case r < 0x0590:
		return false
	case r <= 0x08FF: // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic extensions
		return !arabicDigit(r)
	case r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE:
		return true // Hebrew and Arabic presentation forms
	case r >= 0x10800 && r <= 0x10FFF, r >= 0x1E800 && r <= 0x1EFFF:
		return true
	}
	return false
}

func arabicDigit(r rune) bool {
	return r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

// HasRightToLeft reports whether s has a right-to-left letter.
func HasRightToLeft(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xD6 { // U+0590 and above start with 0xD6 or more
			for _, r := range s[i:] {
				if RightToLeft(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// bidi classes Logical tells apart.
const (
	clsNeutral = iota
	clsL
	clsR
	clsNum
)

func classOf(piece string) int {
	for _, r := range piece {
		switch {
		case RightToLeft(r):
			return clsR
		case unicode.IsDigit(r):
			return clsNum
		case unicode.IsLetter(r):
			return clsL
		case unicode.Is(unicode.Mn, r):
			continue // a mark takes its base's class
		}
		return clsNeutral
	}
	return clsNeutral
}

// Logical joins pieces, each the text of one glyph or a space in visual
// order (left to right), in logical order. rtl tells the paragraph's base
// direction: right to left on a page whose text is mostly so.
func Logical(pieces []string, rtl bool) string {
	n := len(pieces)
	cls := make([]int, n)
	for i, p := range pieces {
		cls[i] = classOf(p)
	}
	// strong is the direction a class gives its neighbours: numbers act
	// as right to left on the spaces and punctuation around them (UAX #9
	// N1), unless the nearest letters on both sides are left to right.
	nearest := func(i, step int) int {
		for j := i + step; j >= 0 && j < n; j += step {
			if cls[j] == clsL || cls[j] == clsR {
				return cls[j]
			}
		}
		return clsNeutral
	}
	for i := range cls {
		if cls[i] == clsNum {
			if l, r := nearest(i, -1), nearest(i, 1); (l == clsL || l == clsNeutral) && (r == clsL || r == clsNeutral) && !(l == clsNeutral && r == clsNeutral && rtl) {
				cls[i] = clsL
			}
		}
	}
	base := 0
	if rtl {
		base = 1
	}
	level := make([]int, n)
	for i := 0; i < n; i++ {
		switch cls[i] {
		case clsR:
			level[i] = base | 1
		case clsL:
			level[i] = base + base&1 // even: 0, or 2 on a right-to-left base
		case clsNum:
			level[i] = (base | 1) + 1
		default:
			// A run of neutrals between two of one direction takes it.
			j := i
			for j < n && cls[j] == clsNeutral {
				j++
			}
			dir := func(c int) int {
				if c == clsNum {
					return clsR
				}
				return c
			}
			lv := base
			if i > 0 && j < n && dir(cls[i-1]) == dir(cls[j]) {
				if dir(cls[j]) == clsR {
					lv = base | 1
				} else {
					lv = base + base&1
				}
			}
			for k := i; k < j; k++ {
				level[k] = lv
			}
			i = j - 1
		}
	}
	// Visual order comes from logical by reversing, from the highest
	// level down to the lowest odd one, every run at that level or above;
	// reversing from the lowest up undoes it.
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	maxLv := 0
	for _, l := range level {
		maxLv = max(maxLv, l)
	}
	for lv := 1; lv <= maxLv; lv++ {
		for i := 0; i < n; {
			if level[idx[i]] < lv {
				i++
				continue
			}
			j := i
			for j < n && level[idx[j]] >= lv {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				idx[a], idx[b] = idx[b], idx[a]
			}
			i = j
		}
	}
	var b strings.Builder
	for _, i := range idx {
		b.WriteString(pieces[i])
	}
	return b.String()
}

// RightToLeftText reports whether most of the letters of texts are
// written right to left: the base direction of a line.
func RightToLeftText(texts []string) bool {
	score := 0
	for _, t := range texts {
		for i := 0; i < len(t); {
			r, n := utf8.DecodeRuneInString(t[i:])
			i += n
			switch {
			case RightToLeft(r):
				score--
			case unicode.IsLetter(r):
				score++
			}
		}
	}
	return score < 0
}
