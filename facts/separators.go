package facts

import (
	"strings"
	"unicode/utf8"
)

// Three patterns every title, heading and list item passes through, read
// by hand rather than by regexp: the package's backtracking engine tries
// them at every byte of every line, which cost extraction more than any
// rule that uses them. Each keeps its regular expression's matches
// exactly (separators_test.go holds them to it), and the methods are
// named as regexp's are, so a call reads the same either way.

// titleSeparatorSet is the regular expression
// `\s+[|–—·»/]\s+|\s*:\s+|\s+-\s+|\s*::\s*`: the marks between a title's
// parts ("CyberEast – Annual Report 2021", "Projet : ECOWAT").
type titleSeparatorSet struct{}

// titleSeparators splits a title into its parts.
var titleSeparators titleSeparatorSet

// asciiSpaceEnd returns the end of the run of regexp's \s (ASCII space,
// tab, newline, form feed, carriage return) in s from i.
func asciiSpaceEnd(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			i++
			continue
		}
		break
	}
	return i
}

// matchAt returns the end of the separator that starts at i, or -1: the
// alternatives tried in the expression's order, as regexp does.
func (titleSeparatorSet) matchAt(s string, i int) int {
	sp := asciiSpaceEnd(s, i)
	if sp > i && sp < len(s) {
		// \s+[|–—·»/]\s+
		r, size := utf8.DecodeRuneInString(s[sp:])
		if strings.ContainsRune("|–—·»/", r) {
			if e := asciiSpaceEnd(s, sp+size); e > sp+size {
				return e
			}
		}
	}
	// \s*:\s+
	if sp < len(s) && s[sp] == ':' {
		if e := asciiSpaceEnd(s, sp+1); e > sp+1 {
			return e
		}
	}
	// \s+-\s+
	if sp > i && sp < len(s) && s[sp] == '-' {
		if e := asciiSpaceEnd(s, sp+1); e > sp+1 {
			return e
		}
	}
	// \s*::\s*
	if strings.HasPrefix(s[sp:], "::") {
		return asciiSpaceEnd(s, sp+2)
	}
	return -1
}

// find returns the leftmost separator in s from i, or -1, -1.
func (t titleSeparatorSet) find(s string, i int) (start, end int) {
	for ; i < len(s); i++ {
		// (Every separator holds a space, a colon or one of the marks:
		// a byte of a letter starts none.)
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ':':
		default:
			continue
		}
		if e := t.matchAt(s, i); e >= 0 {
			return i, e
		}
		// (No match starts inside a run of spaces where none starts at
		// its first: every alternative reads the same run to its end.
		// Past it at once, so a long run costs one scan, not one a byte.)
		if c := s[i]; c != ':' {
			i = asciiSpaceEnd(s, i) - 1
		}
	}
	return -1, -1
}

// FindStringIndex is regexp.Regexp.FindStringIndex: the first
// separator's bounds, or nil.
func (t titleSeparatorSet) FindStringIndex(s string) []int {
	if start, end := t.find(s, 0); start >= 0 {
		return []int{start, end}
	}
	return nil
}

// Split is regexp.Regexp.Split: s cut at its separators, at most n parts
// (all where n < 0).
func (t titleSeparatorSet) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if s == "" {
		return []string{""}
	}
	var out []string
	beg := 0
	for at := 0; n < 0 || len(out) < n-1; {
		start, end := t.find(s, at)
		if start < 0 {
			break
		}
		out = append(out, s[beg:start])
		beg, at = end, end
	}
	return append(out, s[beg:])
}

// nameParenPattern is the regular expression `^(.+?)\s*\(([^()]+)\)$`: a
// name with a last note in brackets ("Global Action on Cybercrime
// Extended (GLACY+)").
type nameParenPattern struct{}

// nameWithParens cuts a name from the note in brackets at its end.
var nameWithParens nameParenPattern

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch: the whole
// text, the name and the note, or nil.
func (nameParenPattern) FindStringSubmatch(s string) []string {
	if !strings.HasSuffix(s, ")") {
		return nil
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return nil
	}
	note := s[open+1 : len(s)-1]
	if note == "" || strings.IndexByte(note, ')') >= 0 {
		return nil
	}
	// The name is the shortest that leaves only spaces before the
	// bracket, one rune at least; "." takes no newline.
	name := s[:open]
	if e := strings.TrimRight(name, " \t\n\f\r"); e != "" {
		name = e
	} else if name != "" && name[0] != '\n' {
		_, size := utf8.DecodeRuneInString(name)
		name = name[:size]
	} else {
		return nil
	}
	if strings.IndexByte(name, '\n') >= 0 {
		return nil
	}
	return []string{s, name, note}
}

// leadSeparator is the regular expression `\s+[–—-]\s+|:\s+`: the dash or
// colon after a list item's opening name ("Vanuatu – enumeration …").
type leadSeparator struct{}

// countryLeadSep finds it.
var countryLeadSep leadSeparator

// FindStringIndex is regexp.Regexp.FindStringIndex: the first dash or
// colon's bounds, or nil.
func (leadSeparator) FindStringIndex(s string) []int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':':
			if e := asciiSpaceEnd(s, i+1); e > i+1 {
				return []int{i, e}
			}
		case ' ', '\t', '\n', '\f', '\r':
			sp := asciiSpaceEnd(s, i)
			if sp < len(s) {
				r, size := utf8.DecodeRuneInString(s[sp:])
				if r == '–' || r == '—' || r == '-' {
					if e := asciiSpaceEnd(s, sp+size); e > sp+size {
						return []int{i, e}
					}
				}
			}
			// (No match starts inside the run: a shorter run ends on a
			// space, no dash.)
			i = sp - 1
		}
	}
	return nil
}
