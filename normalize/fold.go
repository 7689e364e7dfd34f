package normalize

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldRune appends r lower-cased and without diacritics to dst. Typographic
// apostrophes and quotes become ASCII ones, so "d’euros" and "d'euros" read
// the same; ordinal indicators become letters ("1º" reads "1o").
func foldRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	switch r {
	case '’', '‘', 'ʼ', '′', '`', '´':
		return append(dst, '\'')
	case '“', '”', '«', '»', '„':
		return append(dst, '"')
	case 'ß':
		return append(dst, "ss"...)
	case 'æ', 'Æ':
		return append(dst, "ae"...)
	case 'œ', 'Œ':
		return append(dst, "oe"...)
	case 'ø', 'Ø':
		return append(dst, 'o')
	case 'ł', 'Ł':
		return append(dst, 'l')
	case 'đ', 'Đ':
		return append(dst, 'd')
	case 'ı':
		return append(dst, 'i')
	case 'º':
		return append(dst, 'o')
	case 'ª':
		return append(dst, 'a')
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if !norm.NFD.IsNormal(buf[:n]) {
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				dst = utf8.AppendRune(dst, unicode.ToLower(d))
			}
		}
		return dst
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// fold returns s lower-cased, without diacritics, with ASCII apostrophes:
// the form keywords and names are compared in.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	dst := make([]byte, 0, len(s))
	for _, r := range s {
		dst = foldRune(dst, r)
	}
	return string(dst)
}

// foldMap is fold that also returns, for each byte of the folded text (and
// one past its end), the offset in s of the rune it came from, so a match
// found in folded text can be located in the original.
func foldMap(s string) (string, []int) {
	dst := make([]byte, 0, len(s))
	idx := make([]int, 0, len(s)+1)
	for i, r := range s {
		n := len(dst)
		dst = foldRune(dst, r)
		for range len(dst) - n {
			idx = append(idx, i)
		}
	}
	idx = append(idx, len(s))
	return string(dst), idx
}

// isSpace reports whether r separates words, including the no-break spaces
// that PDFs and French typography use.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// CollapseSpace trims s and turns every run of spaces (unicode.IsSpace)
// into one ASCII space.
func CollapseSpace(s string) string {
	// Most text is collapsed already: one pass to see so, no copy.
	if collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports text with no space at its ends, no two in a row, and
// none but the plain space (ASCII); other text goes the long way.
func collapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	// (It reads whole blocks many times a document: one table look-up a
	// byte, the closer tests only at the bytes spaceBytes marks.)
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !spaceBytes[c] {
			continue
		}
		switch {
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		case c >= 0x80:
			if !notSpaceAt(s, i) {
				return false
			}
		default:
			return false // a tab, a line break
		}
	}
	return !spaceBytes[s[0]] || s[0] >= 0x80 && notSpaceAt(s, 0)
}

// spaceBytes marks the bytes collapsed looks at closer: the ASCII spaces
// and the first bytes of the other Unicode spaces in UTF-8.
var spaceBytes = func() (t [256]bool) {
	for _, c := range []byte{' ', '\t', '\n', '\r', '\v', '\f', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = true
	}
	return t
}()

// notSpaceAt reports that the rune at i is no Unicode space (U+0085,
// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000),
// which strings.Fields splits on. (Their first bytes in UTF-8 are C2, E1,
// E2 and E3: collapsed asks only there, not at every byte of an accented
// letter.)
func notSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsSpace(r)
}

// trimPunct removes spaces and punctuation that surround a value in running
// text ("(31 December 2020).", "“Finished”").
func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		if isSpace(r) {
			return true
		}
		switch r {
		case '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '{', '}',
			'«', '»', '“', '”', '‘', '’', '*', '_', '•', '·', '▪', '–', '—', '-':
			return true
		}
		return false
	})
}

// isWordRune reports whether r belongs to a word or number, for boundary
// checks.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// runeBefore returns the rune that ends s[:i], or 0 at the start.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune that starts s[i:], or 0 at the end.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// quoteInput quotes s for an error message, shortened so that a huge input
// still gives a one-line error.
func quoteInput(s string) string {
	const maxLen = 80
	if len(s) > maxLen {
		cut := maxLen
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return strconv.Quote(s)
}
