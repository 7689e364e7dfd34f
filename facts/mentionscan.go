package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written scanners for the two commonest name patterns of
// findMentions: regular expressions that may start at any letter cost
// more than all the rest of extraction on long paragraphs.

// nameCharsEnd returns where the run of name characters (letters, digits,
// "@", "+", "-") starting at i ends.
func nameCharsEnd(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '@' && r != '+' && r != '-' {
			break
		}
		i += size
	}
	return i
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) }

// skipSpaces returns the first index at or after i that is not a space,
// and whether there was at least one.
func skipSpaces(text string, i int) (int, bool) {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isSpaceRune(r) {
			break
		}
		j += size
	}
	return j, j > i
}

// upperOrDigit reports whether s holds a capital letter or a digit.
func upperOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// namesAfterProjectWords finds the names written after a word for project
// at each position of at (see projectWordsAt): "le projet CyberSouth", "el
// proyecto iPROCEEDS-2", "das Projekt Cyber East". A name is one to four
// words, each with a capital or a digit; it may open with a quotation
// mark. It returns each name's start and end.
func namesAfterProjectWords(text string, at []int) [][2]int {
	var out [][2]int
	for _, p := range at {
		j := p + len(leadingRun(text[p:]))
		j, ok := skipSpaces(text, j)
		if !ok {
			continue
		}
		if r, size := utf8.DecodeRuneInString(text[j:]); r == '«' || r == '“' || r == '"' {
			j, _ = skipSpaces(text, j+size)
		}
		start, end := j, -1
		for n := 0; n < 4 && j < len(text); n++ {
			k := nameCharsEnd(text, j)
			if k == j || !upperOrDigit(text[j:k]) {
				break
			}
			end = k
			next, ok := skipSpaces(text, k)
			if !ok {
				break
			}
			j = next
		}
		if end > start {
			out = append(out, [2]int{start, end})
		}
	}
	return out
}

// nameBeforeProject is one match of "<Name> project" (wordProject's
// shape): the name's start and end, the end of "project", and whether a
// job word follows ("Project Manager").
type nameBeforeProject struct {
	start, end, projectEnd int
	job                    bool
}

// namesBeforeProject finds one or two capitalised words before "project"
// or "Project" ("Octopus Project", "iPROCEEDS project", "Cyber East
// project").
func namesBeforeProject(text string) []nameBeforeProject {
	var out []nameBeforeProject
	for _, i := range indexAll(text, "roject") {
		q := i - 1 // the P or p
		if q < 1 || (text[q] != 'P' && text[q] != 'p') {
			continue
		}
		pe := i + len("roject")
		if pe < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[pe:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
				continue
			}
		}
		r, _ := utf8.DecodeLastRuneInString(text[:q])
		if !isSpaceRune(r) {
			continue
		}
		// The word before, and the one before it.
		w1end := len(strings.TrimRightFunc(text[:q], isSpaceRune))
		w1start := wordStart(text, w1end)
		if w1start == w1end || !firstNameWord(text[w1start:w1end]) {
			continue
		}
		start := w1start
		if w0end := len(strings.TrimRightFunc(text[:w1start], isSpaceRune)); w0end < w1start && w0end > 0 {
			w0start := wordStart(text, w0end)
			if w0start < w0end && upperFirst(text[w0start:w0end]) && upperFirst(text[w1start:w1end]) {
				start = w0start
			}
		}
		m := nameBeforeProject{start: start, end: w1end, projectEnd: pe}
		if k, ok := skipSpaces(text, pe); ok {
			if w := strings.ToLower(text[k:wordEndASCII(text, k)]); jobWords[w] || projectJobWords[w] {
				m.job = true
			}
		}
		out = append(out, m)
	}
	return out
}

// projectJobWords are the job words wordProject knew after "project".
var projectJobWords = map[string]bool{
	"manager": true, "officer": true, "coordinator": true, "assistant": true, "lead": true, "leader": true,
	"director": true, "team": true, "staff": true, "administrator": true, "advisor": true, "adviser": true, "expert": true,
}

// wordStart returns where the run of name characters ending at end begins.
func wordStart(text string, end int) int {
	i := end
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '-' {
			break
		}
		i -= size
	}
	return i
}

// wordEndASCII returns where the letters starting at i end.
func wordEndASCII(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// firstNameWord is a word that starts a name: a capital first, or small
// letters then a capital ("iPROCEEDS").
func firstNameWord(w string) bool {
	if upperFirst(w) {
		return true
	}
	for i, r := range w {
		if unicode.IsUpper(r) {
			return i > 0
		}
		if !unicode.IsLower(r) {
			return false
		}
	}
	return false
}
