package facts

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// Hand-written scanners for the two commonest name patterns of
// findMentions: regular expressions that may start at any letter cost
// more than all the rest of extraction on long paragraphs.

// nameCharsEnd returns where the run of name characters (letters, digits,
// "@", "+", "-") starting at i ends.
func nameCharsEnd(text string, i int) int {
	start := i
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		// "CariDigital 2.0": a version's point between digits.
		if r == '.' && i > start && text[i-1] >= '0' && text[i-1] <= '9' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i += size
			continue
		}
		// "S.E.N.T.R.A.-PORT": an acronym's points after single capitals.
		if r == '.' && dottedInitialAt(text, start, i) {
			i += size
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '@' && r != '+' && r != '-' {
			break
		}
		i += size
	}
	return i
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) }

// dottedInitialAt reports a point at i that ends a single capital letter
// of a run of initials (the run starts at start): a capital stands right
// before it, with the run's start or another point before that, and a
// capital or a hyphen right after it ("S.E.N.T.R.A.-PORT").
func dottedInitialAt(text string, start, i int) bool {
	if i == start || i+1 >= len(text) {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsUpper(r) || i-size != start && text[i-size-1] != '.' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsUpper(next) || next == '-'
}

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
		// "il progetto regionale Wild Guard": an adjective of the
		// lexicon's between the word and the name.
		if k := nameCharsEnd(text, j); k > j && !upperOrDigit(text[j:k]) && projectQualifiers()[lexicon.Fold(text[j:k])] {
			if next, ok := skipSpaces(text, k); ok {
				j = next
			}
		}
		// "einem Programm namens Tusi Fanau", "un programa denominado
		// …": a word of naming between the word and the name.
		j = pastCalledWords(text, j)
		if r, size := utf8.DecodeRuneInString(text[j:]); r == '«' || r == '“' || r == '"' {
			j, _ = skipSpaces(text, j+size)
		}
		start, end := j, -1
		numbers := 0
		for n := 0; n < 4 && j < len(text); n++ {
			k := nameCharsEnd(text, j)
			if k == j || !upperOrDigit(text[j:k]) || numeralGoesOn(text, j, k) {
				break
			}
			if strings.Trim(text[j:k], "0123456789") == "" {
				numbers++
			}
			end = k
			next, ok := skipSpaces(text, k)
			if !ok {
				break
			}
			j = next
		}
		// "Twinning project GE 21 NDICI AG 01 23": a reference of
		// country code, year, instrument and numbers is no name, though
		// an acronym stands in it.
		if numbers >= 2 {
			continue
		}
		if end > start {
			out = append(out, [2]int{start, end})
		}
	}
	return out
}

// numeralGoesOn reports a run of digits text[j:k] that a decimal mark
// and more digits continue, or that opens an amount: "5,5 Millionen", "2
// Mio. Euro" are amounts, no "5" or "2" of a name.
func numeralGoesOn(text string, j, k int) bool {
	if strings.Trim(text[j:k], "0123456789") != "" || k+1 >= len(text) {
		return false
	}
	if (text[k] == ',' || text[k] == '.') && text[k+1] >= '0' && text[k+1] <= '9' {
		return true
	}
	// "WACCA 2 Mio. Euro": the number opens an amount.
	ms := normalize.FindMoney(text[j:min(len(text), j+40)])
	return len(ms) > 0 && ms[0].Start == 0
}

// acronymsInApposition finds a long name and its acronym in apposition
// after a word for project and a comma: "The three-year programme, Ghost
// Gear Retrieval … in West Africa (GHOSTNET), started …".
func acronymsInApposition(text string, at []int) []mention {
	var out []mention
	for _, p := range at {
		j := p + len(leadingRun(text[p:]))
		if j >= len(text) || text[j] != ',' {
			continue
		}
		if k, ok := skipSpaces(text, j+1); ok {
			if acr, long, end, ok := acronymAfterLongName(text, k); ok {
				out = append(out, mention{name: acr, start: k, end: end, alias: long})
			} else if end := longNameBetweenCommas(text, k); end > 0 {
				out = append(out, mention{name: text[k:end], start: k, end: end})
			}
		}
	}
	return out
}

// longNameBetweenCommas returns where a long title-case name that starts
// at k ends, 0 when none does: "The programme, Warehouse Receipts and
// Credit for Grain Producers in Benin and Niger, started on …". The name
// has at least three capitalised words and only a name's little words
// between them, and a comma closes it before a word in small letters, so
// the sentence goes on past the apposition.
func longNameBetweenCommas(text string, k int) int {
	j, lastCap, caps := k, -1, 0
	for n := 0; n <= maxLongName && j < len(text); n++ {
		e := nameCharsEnd(text, j)
		if e == j {
			break
		}
		w := text[j:e]
		switch f := lexicon.Fold(w); {
		case startsUpper(w):
			lastCap, caps = e, caps+1
		case nameLittle()[f] || ofWords()[f]:
		default:
			return 0
		}
		next, sp := skipSpaces(text, e)
		if !sp {
			j = e
			break
		}
		j = next
	}
	if caps < 3 || lastCap < 0 || !strings.HasPrefix(text[lastCap:], ", ") {
		return 0
	}
	after := text[lastCap+2:]
	if r, _ := utf8.DecodeRuneInString(after); !unicode.IsLower(r) {
		return 0
	}
	name := text[k:lastCap]
	if !plausibleProjectUpTo(name, maxLongName) || bodyPrefix(name) {
		return 0
	}
	if _, known := normalize.KnownOrganisation(name); known {
		return 0
	}
	return lastCap
}

// projectQualifiers are the lexicon's project.qualifier words, folded.
var projectQualifiers = foldedSet("project", "qualifier")

// pastCalledWords returns where the name begins after the lexicon's
// project.called words at j ("namens", "known as", "s'appelle",
// "chama-se"), j itself where none stands there.
func pastCalledWords(text string, j int) int {
	k := nameCharsEnd(text, j)
	if k == j || upperOrDigit(text[j:k]) {
		return j
	}
	// ("+", "-": a run that folds to no word.)
	if first := strings.Fields(lexicon.Fold(text[j:k])); len(first) == 0 || !calledFirst()[first[0]] {
		return j
	}
	for _, p := range calledPhrases() {
		if at, ok := pastWords(text, j, p); ok {
			return at
		}
	}
	return j
}

// pastWords returns where text goes on after the folded words ws at j,
// and whether they stand there. Folding splits "chama-se" in two; an
// apostrophe ends an elided word with no space after it ("s'appelle").
func pastWords(text string, at int, ws []string) (int, bool) {
	for n := 0; n < len(ws); {
		e := nameCharsEnd(text, at)
		if e == at {
			return at, false
		}
		for _, t := range strings.Fields(lexicon.Fold(text[at:e])) {
			if n >= len(ws) || t != ws[n] {
				return at, false
			}
			n++
		}
		elided := false
		for _, a := range []string{"'", "’"} {
			if strings.HasPrefix(text[e:], a) {
				at, elided = e+len(a), true
				break
			}
		}
		if elided {
			continue
		}
		next, ok := skipSpaces(text, e)
		if !ok {
			return at, false
		}
		at = next
	}
	return at, true
}

// calledPhrases are the lexicon's project.called phrases as folded
// words, longest first; calledFirst holds their first words.
var calledPhrases = sync.OnceValue(func() [][]string {
	var out [][]string
	for _, p := range lexicon.Phrases("project", "called") {
		out = append(out, strings.Fields(lexicon.Fold(p)))
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a]) > len(out[b]) })
	return out
})

var calledFirst = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range calledPhrases() {
		m[p[0]] = true
	}
	return m
})

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
	last := 0 // where the last match ended: matches do not overlap
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
		// ("Early Warning Project⏎Project Steering Committee": the
		// first "Project" is the last match's, no name of the next.)
		if w1start == w1end || w1start < last || !firstNameWord(text[w1start:w1end]) {
			continue
		}
		start := w1start
		if w0end := len(strings.TrimRightFunc(text[:w1start], isSpaceRune)); w0end < w1start && w0end > 0 {
			w0start := wordStart(text, w0end)
			if w0start < w0end && w0start >= last && firstNameWord(text[w0start:w0end]) && upperFirst(text[w1start:w1end]) {
				start = w0start
			}
		}
		m := nameBeforeProject{start: start, end: w1end, projectEnd: pe}
		last = pe
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

// maxLongName is the most words a long name framed by an article and a
// word for project may have.
const maxLongName = 12

// projectHeads holds the lexicon's project.head words, folded: words for
// project written after a name ("the … programme").
var projectHeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Phrases("project", "head") {
		m[lexicon.Fold(w)] = true
	}
	return m
})

// articleWords holds the lexicon's article.word entries, folded.
var articleWords = foldedSet("article", "word")

// textWord is a word of a text and where it lies.
type textWord struct {
	start, end int
}

// longNamesBeforeHead finds long title-case names framed by a definite
// article and a word for project written after them: "the Strengthening
// Juvenile Justice Systems in Lebanon and Jordan programme". The name has
// at least three capitalised words and, between them, only a name's
// little words ("in", "and", "of"); nothing but spaces separates its
// words. It returns each name's start and end.
func longNamesBeforeHead(text string) [][2]int {
	var words []textWord
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := nameCharsEnd(text, i)
		words = append(words, textWord{i, j})
		i = j
	}
	var out [][2]int
	for h := 3; h < len(words); h++ {
		// The capital before is the cheaper test: most words follow none.
		if !upperFirst(text[words[h-1].start:words[h-1].end]) {
			continue
		}
		if !projectHeads()[lexicon.Fold(text[words[h].start:words[h].end])] {
			continue
		}
		// "the Health Information Systems Support Programme in the Great
		// Lakes Region": the word for project is inside a longer name.
		if h+2 < len(words) && strings.TrimSpace(text[words[h].end:words[h+1].start]) == "" &&
			nameLittle()[lexicon.Fold(text[words[h+1].start:words[h+1].end])] &&
			(upperFirst(text[words[h+2].start:words[h+2].end]) || h+3 < len(words) && upperFirst(text[words[h+3].start:words[h+3].end])) {
			continue
		}
		caps, first, framed := 0, h, false
		for j := h - 1; j >= 0 && h-j <= maxLongName+1; j-- {
			if strings.TrimFunc(text[words[j].end:words[j+1].start], isSpaceRune) != "" {
				break // punctuation ends the name
			}
			w := text[words[j].start:words[j].end]
			f := lexicon.Fold(w)
			// ("the EU-backed VALPECHE II programme": an adjective of a
			// giver frames the name as an article does.)
			if articleWords()[f] || givenAdjective(w) {
				framed = true
				break
			}
			switch {
			case upperFirst(w) || unicode.IsDigit([]rune(w)[0]):
				caps++
			case nameLittle()[f]:
			default:
				j = -1 // a word in lower case: prose, not a name
				continue
			}
			first = j
		}
		if !framed || caps < 3 || h-first > maxLongName {
			continue
		}
		out = append(out, [2]int{words[first].start, words[h-1].end})
	}
	return out
}

// givenAdjective reports a word made of a name, a hyphen and a word in
// small letters: "EU-backed", "UK-funded", "Dutch-financed".
func givenAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+3 > len(w) || !upperFirst(w[:i]) {
		return false
	}
	tail := w[i+1:]
	return strings.ToLower(tail) == tail && allLetters(tail)
}

// quoteCloser maps an opening quotation mark to its closing one.
var quoteCloser = map[rune]rune{'«': '»', '“': '”', '"': '"', '„': '“', '‹': '›'}

// quotedNamesAfterProjectWords finds the names set in quotation marks
// right after a word for project at each position of at: "le programme «
// Confiance numérique »", "das Vorhaben „Digitale Justiz“". It returns
// each name's start and end, inside the marks.
func quotedNamesAfterProjectWords(text string, at []int) [][2]int {
	var out [][2]int
	for _, p := range at {
		j := p + len(leadingRun(text[p:]))
		j, _ = skipSpaces(text, j)
		// ("del programa regional “…”": a qualifier of the word for
		// project between it and the quotation mark.)
		if w := leadingRun(text[j:]); w != "" && projectQualifiers()[lexicon.Fold(w)] {
			j, _ = skipSpaces(text, j+len(w))
		}
		open, size := utf8.DecodeRuneInString(text[j:])
		closer, ok := quoteCloser[open]
		if !ok {
			continue
		}
		start := j + size
		end := strings.IndexRune(text[start:min(len(text), start+120)], closer)
		if end <= 0 {
			continue
		}
		name := text[start : start+end]
		lead := len(name) - len(strings.TrimLeftFunc(name, isSpaceRune))
		trimmed := strings.TrimSpace(name)
		if trimmed == "" {
			continue
		}
		out = append(out, [2]int{start + lead, start + lead + len(trimmed)})
	}
	return out
}

// isRegexpSpace is regexp's \s: ASCII whitespace only.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// lineLabelMatch splits "Label: value" as the pattern
// `^([^:]{1,60}?)\s*:\s*(.+)$` does, without backtracking (it runs on every
// line and sentence): m[1] is the label, up to 60 characters before the
// first colon less the spaces before it, m[2] the rest of the line after
// the colon and its spaces. nil when there is no such split.
func lineLabelMatch(s string) []string {
	i := strings.IndexByte(s, ':')
	if i <= 0 {
		return nil
	}
	label := s[:i]
	end := len(label)
	for end > 0 && isRegexpSpace(label[end-1]) {
		end--
	}
	if end == 0 {
		end = 1 // the label takes one character at least
		if _, n := utf8.DecodeRuneInString(label); n > 1 {
			end = n
		}
	}
	if utf8.RuneCountInString(label[:end]) > 60 {
		return nil
	}
	// The spaces between the label and the colon must all be \s.
	for j := end; j < len(label); j++ {
		if !isRegexpSpace(label[j]) {
			return nil
		}
	}
	rest := s[i+1:]
	k := 0
	for k < len(rest) && isRegexpSpace(rest[k]) {
		k++
	}
	value := rest[k:]
	if value == "" {
		// "(.+)" takes back the last space, unless it is a line break.
		if k == 0 || rest[k-1] == '\n' {
			return nil
		}
		value = rest[k-1:]
	}
	if strings.IndexByte(value, '\n') >= 0 {
		return nil
	}
	return []string{s, label[:end], value}
}

// followUpNames finds a name written as a project's acronym followed by a
// follow-up's number ("le PAFIP II a démarré", "ACTRA II amplía", "CYBOX
// 2"): such a pair names the follow-up project whether or not a word for
// project stands by it, and so does an acronym with a plus ("CAVIT+"). It
// returns each name's start and end.
func followUpNames(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) || wordBefore(text, i) {
			i += size
			continue
		}
		end := nameCharsEnd(text, i)
		word := text[i:end]
		// "CAVIT+ extends …": a plus after an acronym marks its
		// follow-up as a number does.
		if base := strings.TrimRight(word, "+"); base != word && len(word)-len(base) == 1 && acronymLike(base) && distinctive(base) {
			out = append(out, [2]int{capsWordsBefore(text, i), end})
			i = end
			continue
		}
		// "PORTREC-II", "AGRIDATA-2": the number joined by a hyphen.
		if h := strings.LastIndexByte(word, '-'); h > 0 && followUpNumber(word[h+1:]) && !numeralGoesOn(text, i+h+1, end) && acronymLike(word[:h]) && distinctive(word[:h]) {
			out = append(out, [2]int{capsWordsBefore(text, i), end})
			i = end
			continue
		}
		j, ok := skipSpaces(text, end)
		if !ok || j >= len(text) {
			i = max(end, i+size)
			continue
		}
		// The number first: it is the cheap test.
		k := nameCharsEnd(text, j)
		if n := text[j:k]; followUpNumber(n) && !wordAt(text, k) && !numeralGoesOn(text, j, k) && acronymLike(word) && distinctive(word) {
			out = append(out, [2]int{capsWordsBefore(text, i), k})
		} else if acronymLike(word) && distinctive(word) && placeWord(text[j:k]) {
			// "E-PROOF Andes II", "JUSTA Mekong 2": a word in title case
			// (a place) between the acronym and the number.
			if j2, ok := skipSpaces(text, k); ok && j2 < len(text) {
				k2 := nameCharsEnd(text, j2)
				if followUpNumber(text[j2:k2]) && !wordAt(text, k2) && !numeralGoesOn(text, j2, k2) {
					out = append(out, [2]int{i, k2})
				}
			}
		}
		i = max(end, i+size)
	}
	return out
}

// capsWordsBefore returns where a name that starts at i starts when the
// words right before it are in capitals too ("VIA BALKANICA II": "VIA"
// is no acronym on its own), a known body's aside ("EU BALKANICA II").
func capsWordsBefore(text string, i int) int {
	for {
		j := i - 1
		if j < 1 || text[j] != ' ' {
			return i
		}
		start := wordStart(text, j)
		w := text[start:j]
		if len(w) < 2 || strings.ToUpper(w) != w || !upperFirst(w) || knownBody(w) {
			return i
		}
		i = start
	}
}

// placeWord reports a word in title case that may stand in a name: a
// capital, then lower-case letters only, no little word of a lexicon
// language nor a word for project ("Andes", "Mekong", "Sahel").
func placeWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 || !unicode.IsUpper(r) || len(w) < 3 {
		return false
	}
	for _, c := range w[size:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	f := lexicon.Fold(w)
	return !nameLittle()[f] && !articleWords()[f] && !ofWords()[f] && !projectWordSet()[f] && !phaseWords()[f]
}

// wordBefore reports whether a letter or digit stands right before i.
func wordBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordAt reports whether a letter or digit stands at i.
func wordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// headFirstLongName finds, in a text that names no project otherwise, a
// long name with no acronym that opens on its word for project, with its
// capital, after an article or a word of joining, and goes on in
// capitalised words and a name's little words, as French, Spanish,
// Italian and Portuguese write such names: "… faz parte do Programa de
// Reforço da Microbiologia Clínica e da Gestão Prudente de Antibióticos
// em Timor-Leste e no Sudeste Asiático, iniciado em …". It needs three
// capitalised words after the word for project and ends on a capitalised
// word; a body's name ("Programa Mundial de Alimentos de las Naciones
// Unidas") is none. It returns the first such name of the paragraphs, or
// "".
func (x *extractor) headFirstLongName() string {
	paragraphs := 0
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RoleParagraph {
			continue
		}
		text := collapse(b.Text)
		// (Running prose, not a dateline or a menu's line.)
		if len(strings.Fields(text)) >= 15 {
			paragraphs++
		}
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) || wordBefore(text, i) {
				i += size
				continue
			}
			end := nameCharsEnd(text, i)
			// "… forma parte del programa Sistemas de Alerta Temprana
			// ante Riesgos de Origen Glaciar en los Andes, que …": a word
			// for project in small letters, then the name in title case,
			// in the first four paragraphs of prose (where a story names
			// its subject; further on, a report names other work in
			// passing).
			start := i
			if !unicode.IsUpper(r) {
				if paragraphs <= 4 {
					start = nameAfterSmallProjectWord(text, i, end)
				}
				if start == i || start == 0 {
					i = max(end, i+size)
					continue
				}
			} else if end == i || !projectHeadsFirst()[lexicon.Fold(text[i:end])] || !littleBefore(text, i) {
				i = max(end, i+size)
				continue
			}
			caps, last, j := 0, end, end
			// (Sentence case, as French, Spanish, Italian and
			// Portuguese write long names: "le Programme d'accélération
			// des recensements dans les îles du Pacifique" — content
			// words in small letters, the name ending on its last
			// capitalised word.)
			plain := 0
			for n := 0; n < 24; n++ {
				k, sp := skipSpaces(text, j)
				if !sp || k >= len(text) {
					break
				}
				e := nameCharsEnd(text, k)
				if e == k {
					break
				}
				// ("… en Afrique de l'Ouest": a capitalised word after an
				// elided article, read as one word.)
				// ("… d'accélération des …": one in small letters too.)
				if r, size := utf8.DecodeRuneInString(text[e:]); (r == '\'' || r == '’') && e-k <= 4 {
					if e2 := nameCharsEnd(text, e+size); e2 > e+size && (elidedCapital(text[k:e2]) || e-k <= 2) {
						e = e2
					}
				}
				w := text[k:e]
				f := lexicon.Fold(w)
				if startsUpper(w) || elidedCapital(w) {
					caps++
					last = e
				} else if !nameLittle()[f] && !ofWords()[f] && !articleWords()[f] {
					// (A verb ends it: "le Programme est mis en œuvre
					// au Niger" names none; so does a word in small
					// letters after the capitalised one that closed a
					// name in sentence case: "… de l'océan Indien a déjà
					// formé 120 plongeurs aux Comores".)
					if copulaWord(w) || auxiliaryVerbs()[f] || hasCue(w, "implemented_by") || hasCue(w, "funded_after") || plain > 0 && caps > 0 {
						break
					}
					plain++
				}
				j = e
			}
			name := text[start:last]
			if caps >= 3 && plain == 0 && len(name) <= 200 && !bodyPrefix(name) && lookupLabel(name) == labelNone {
				return name
			}
			if start != i {
				i = max(last, end)
				continue
			}
			// (Not one that ends on a body's acronym: "Programma di
			// controllo dei container UNODC-OMD" is a body's standing
			// programme, named beside the project.)
			if ws := strings.Fields(name); caps >= 1 && plain > 0 && ofAfterHead(name) && len(ws) >= 4 && len(ws) <= 14 && !acronymLike(ws[len(ws)-1]) && !bodyPrefix(name) && lookupLabel(name) == labelNone {
				return name
			}
			i = max(last, end)
		}
	}
	return ""
}

// nameAfterSmallProjectWord returns where a name in title case starts
// right after a word for project in small letters (text[i:end], an
// article or a word of joining before it): "del programa Sistemas de
// …", "the programme Glacier Lake …"; 0 where none does.
func nameAfterSmallProjectWord(text string, i, end int) int {
	// (The first letter and the length first: most words are no word for
	// project.)
	if end == i || end-i > projectWordLongest() || !projectWordFirst()[lowerByte(text[i])] || !startsLower(text[i:end]) || !projectWordSet()[lexicon.Fold(text[i:end])] || !littleBefore(text, i) {
		return 0
	}
	k, sp := skipSpaces(text, end)
	if !sp || k >= len(text) {
		return 0
	}
	w := text[k:nameCharsEnd(text, k)]
	if !startsUpper(w) || orgWords()[lexicon.Fold(w)] {
		return 0
	}
	return k
}

// ofAfterHead reports a long name whose first or second word after its
// head is a word for "of" ("Programme d'accélération des …", "Programa
// regional de …"): a name's complement, not a sentence's verb ("le
// Programme travaille au Niger").
func ofAfterHead(name string) bool {
	ws := strings.Fields(name)
	for k := 1; k <= 2 && k < len(ws); k++ {
		w := ws[k]
		if i := indexApostrophe(w); i > 0 && i <= 2 {
			w = w[:i+len(string([]rune(w[i:])[0]))]
		}
		if ofWords()[lexicon.Fold(w)] {
			return true
		}
	}
	return false
}

// bodyPrefix reports a name whose first words, three or more, are a body
// the lexicon knows: "Programa Mundial de Alimentos de las Naciones
// Unidas".
func bodyPrefix(name string) bool {
	ws := strings.Fields(name)
	for n := len(ws); n >= 3; n-- {
		if _, ok := normalize.KnownOrganisation(strings.Join(ws[:n], " ")); ok {
			return true
		}
	}
	return false
}

// littleBefore reports an article or a word of joining right before i
// ("do Programa", "le Programme", "del Proyecto"), not a sentence's start.
func littleBefore(text string, i int) bool {
	t := strings.TrimRight(text[:i], " ")
	if t == "" || len(t) == i {
		return false
	}
	k := strings.LastIndexByte(t, ' ') + 1
	f := lexicon.Fold(t[k:])
	return articleWords()[f] || ofWords()[f] || nameLittle()[f]
}

// acronymAfterLongNameComma finds a long name that opens on its word for
// project with its capital, followed by a comma, an article and the
// acronym it goes by: "… le Programme Intégrité et Déclarations en Afrique
// de l’Ouest, le PIDAO." The acronym is the name, the long form its alias.
func acronymAfterLongNameComma(text string) []mention {
	var out []mention
	for off := 0; off < len(text); {
		c := strings.Index(text[off:], ", ")
		if c < 0 {
			break
		}
		c += off
		off = c + 2
		// ", le PIDAO": an article, then an acronym ending the clause.
		a := c + 2
		ae := nameCharsEnd(text, a)
		if ae == a || !articleWords()[lexicon.Fold(text[a:ae])] {
			continue
		}
		s, sp := skipSpaces(text, ae)
		if !sp {
			continue
		}
		e := nameCharsEnd(text, s)
		acr := text[s:e]
		if e == s || !acronymLike(acr) || !distinctive(acr) || e < len(text) && !strings.ContainsRune(".,;:)", rune(text[e])) {
			continue
		}
		// The long name before the comma: back over capitalised words
		// and a name's little words to a capitalised word for project.
		ws := strings.Fields(text[max(0, c-200):c])
		start := -1
		for k := len(ws) - 1; k >= 0 && len(ws)-k <= 16; k-- {
			w := ws[k]
			if strings.ContainsAny(w, ".;:,()") {
				break
			}
			if startsUpper(w) && projectHeadsFirst()[lexicon.Fold(w)] {
				start = k
				break
			}
			if !startsUpper(elisionLess(w)) && !nameLittle()[lexicon.Fold(w)] && !ofWords()[lexicon.Fold(w)] && !articleWords()[lexicon.Fold(w)] {
				break
			}
		}
		if start < 0 || len(ws)-start < 4 {
			continue
		}
		long := strings.Join(ws[start:], " ")
		ls := strings.LastIndex(text[:c], long)
		if ls < 0 || bodyPrefix(long) {
			continue
		}
		out = append(out, mention{name: acr, start: ls, end: e, alias: long})
	}
	return out
}

// elisionLess drops an elided article or preposition before a name:
// "l’Ouest" is "Ouest", "d'Afrique" "Afrique".
func elisionLess(w string) string {
	for _, ap := range []string{"'", "’"} {
		if i := strings.Index(w, ap); i > 0 && i <= 4 {
			return w[i+len(ap):]
		}
	}
	return w
}
