// Package termsafe makes text that came from documents safe to print to a
// terminal. A title, donor or quote may hold escape sequences (ESC, OSC
// "\x1b]0;...\x07" that retitles the window, CSI colour codes), C1 controls
// that some terminals obey, line breaks that forge table rows, and bidi
// controls that reorder what the reader sees ("\u202eadanaC" shows as
// "Canada"). Each is written visibly as a Go-style escape instead, so the
// reader sees that it is there and nothing raw reaches the terminal.
package termsafe

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// Cell escapes s for one table cell or one line: every control character,
// line and tab included, every bidi control and every byte that is not
// UTF-8.
func Cell(s string) string { return escape(s, false) }

// Text escapes s like Cell but keeps line breaks and tabs, for messages of
// several lines.
func Text(s string) string { return escape(s, true) }

func escape(s string, keepLines bool) string {
	if safe(s, keepLines) {
		return s // the common case costs no allocation
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepLines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// safe reports whether s needs no escaping.
func safe(s string, keepLines bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && !(keepLines && (c == '\n' || c == '\t')) || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unsafeRune(r) {
			return false
		}
		i += n
	}
	return true
}

// unsafeRune reports the non-ASCII runes a terminal must not get raw: C1
// controls, bidi controls, and the Unicode line and paragraph separators.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1, CSI (0x9b) and OSC (0x9d) among them
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	}
	return false
}

// Table writes aligned columns, escaping every cell, so a value can never
// break a row or reach the terminal raw. It is how every table of the CLI
// is written.
type Table struct {
	tw *tabwriter.Writer
}

// NewTable starts a table on w with a header row.
func NewTable(w io.Writer, header ...string) *Table {
	t := &Table{tw: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
	t.Row(anys(header)...)
	return t
}

// Row writes one row; each cell is formatted with fmt.Sprint, then escaped.
func (t *Table) Row(cells ...any) {
	for i, c := range cells {
		if i > 0 {
			io.WriteString(t.tw, "\t")
		}
		io.WriteString(t.tw, Cell(fmt.Sprint(c)))
	}
	io.WriteString(t.tw, "\n")
}

// Flush writes the aligned table out.
func (t *Table) Flush() error { return t.tw.Flush() }

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// JSON escapes, in encoded JSON, the characters encoding/json leaves raw
// that a terminal must not get: DEL, C1 and bidi controls, written as
// \u escapes. The JSON means the same: such a character can only stand
// inside a string, where \uXXXX is the same character.
func JSON(b []byte) []byte {
	if safe(string(b), true) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == 0x7f || unsafeRune(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}
