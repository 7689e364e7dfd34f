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

// A project's regions are named in running text after a word of place
// ("in South-eastern Europe and Turkey", "dans le golfe de Guinée", "in
// Afrika, dem Asien-Pazifik-Raum sowie Lateinamerika und der Karibik").
// The region names (region.label) and the words of place (region.in) are
// the lexicon's; a region joined to one found ("… and the Caribbean")
// counts too.

// word is a token of text with its folded form and where it stands.
type word struct {
	fold       string
	start, end int
}

// words splits s into letter-or-digit tokens, folded as the lexicon
// folds.
func words(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, word{lexicon.Fold(s[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{lexicon.Fold(s[start:]), start, len(s)})
	}
	return out
}

// regionPhrases are the lexicon's region names as folded words, longest
// first.
var regionPhrases = sync.OnceValue(func() [][]string {
	var out [][]string
	seen := map[string]bool{}
	// The names of areas the lexicon gives in each language ("Pacífico
	// Sudeste", "Westlicher Indischer Ozean") are regions' names too.
	for _, p := range lexicon.RegionNames() {
		f := lexicon.Fold(p)
		// ("el Caribe": the article is the sentence's, the region is
		// "Caribe".)
		if first, _, ok := strings.Cut(f, " "); ok && articleWords()[first] {
			continue
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, strings.Fields(f))
		}
	}
	// Longest first: "latin america and the caribbean" before "latin
	// america".
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
})

// placeWords are the folded region.in phrases, as word lists.
var placeWords = sync.OnceValue(func() [][]string {
	var out [][]string
	for _, p := range lexicon.Phrases("region", "in") {
		out = append(out, strings.Fields(lexicon.Fold(p)))
	}
	return out
})

// joinWords holds the lexicon's list.join words, folded: they join a
// region to the one before it ("… de Hoorn van Afrika en de Sahel").
var joinWords = foldedSet("list", "join")

// endsWith reports whether ws[:i] ends with phrase.
func endsWith(ws []word, i int, phrase []string) bool {
	if len(phrase) > i {
		return false
	}
	for k, p := range phrase {
		if ws[i-len(phrase)+k].fold != p {
			return false
		}
	}
	return true
}

// regionsIn returns the regions s names after a word of place, as written.
func regionsIn(s string) []string {
	ws := words(s)
	var out []string
	lastEnd := -1 // index of the word after the last region found
	for i := 0; i < len(ws); i++ {
		n := regionAt(ws, i)
		if n == 0 {
			continue
		}
		// ("dans la région du Lac": an acronym's letters in small ones.)
		if w := s[ws[i].start:ws[i].end]; n == 1 && capsRegions()[ws[i].fold] && strings.ToUpper(w) != w {
			continue
		}
		placed := false
		for _, p := range placeWords() {
			if endsWith(ws, i, p) {
				placed = true
				break
			}
		}
		if !placed && lastEnd >= 0 {
			placed = true
			for k := lastEnd; k < i; k++ {
				if !joinWords()[ws[k].fold] {
					placed = false
					break
				}
			}
		}
		if placed {
			text := strings.TrimFunc(s[ws[i].start:ws[i+n-1].end], func(r rune) bool { return r == utf8.RuneError })
			out = append(out, text)
			lastEnd = i + n
		}
		i += n - 1
	}
	return out
}

// regionAt returns how many words of ws from i name a region, or 0.
func regionAt(ws []word, i int) int { return phraseAt(ws, i, regionIndex()) }

var regionIndex = sync.OnceValue(func() phraseIndex { return indexPhrases(regionPhrases()) })

// phraseIndex holds phrases (folded words) by their first word, longest
// first: a text's word is compared with the phrases it can start only.
type phraseIndex map[string][][]string

func indexPhrases(phrases [][]string) phraseIndex {
	ix := phraseIndex{}
	for _, p := range phrases {
		if len(p) > 0 {
			ix[p[0]] = append(ix[p[0]], p)
		}
	}
	for _, ps := range ix {
		sort.SliceStable(ps, func(a, b int) bool { return len(ps[a]) > len(ps[b]) })
	}
	return ix
}

// phraseAt returns how many words of ws from i make the first of the
// phrases (longest first) that stands there, or 0.
func phraseAt(ws []word, i int, ix phraseIndex) int {
	if i >= len(ws) {
		return 0
	}
	for _, p := range ix[ws[i].fold] {
		if i+len(p) > len(ws) {
			continue
		}
		ok := true
		for k, w := range p {
			if ws[i+k].fold != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// proseRegions records the regions a sentence says the project works in.
func (x *extractor) proseRegions(b dossier.Block, s, target string) {
	if target == "" || hasCue(s, "not_target") {
		return
	}
	// "… au Programme d'appui … au Sahel (FINPUB Sahel)": a region inside
	// a project's name is part of the name, not a place the sentence
	// gives; the name is blanked out before looking.
	masked := []byte(s)
	for _, m := range x.sentenceMentions(s) {
		from := m.start
		// "… au Programme d'appui … au Sahel (PROEAU)": the long name
		// before a bracketed name, back to its word for project.
		if from > 0 && s[from-1] == '(' && m.end < len(s) && s[m.end] == ')' {
			from = longNameBefore(s, from-1)
		}
		for i := max(0, from); i < min(len(masked), m.end); i++ {
			masked[i] = ' '
		}
	}
	// "Programme d'appui aux radios communautaires au Sahel (PARCS)": a
	// long name before any acronym in brackets, the page's project's or
	// another's, is a name too.
	for from := 0; ; {
		open := strings.IndexByte(s[from:], '(')
		if open < 0 {
			break
		}
		open += from
		closing := strings.IndexByte(s[open:], ')')
		if closing < 0 {
			break
		}
		closing += open
		if inner := s[open+1 : closing]; acronymLike(inner) {
			for i := longNameBefore(s, open); i < open; i++ {
				masked[i] = ' '
			}
		}
		from = closing
	}
	// "Programme d'appui aux radios communautaires au Sahel": a line that
	// is a name, its word for project first, is no sentence.
	if nameLine(s) {
		return
	}
	rs := regionsIn(string(masked))
	if len(rs) == 0 {
		return
	}
	// "… es ejecutado por LandWijzer International, organización
	// neerlandesa con experiencia en América Latina, Asia y África": an
	// apposition after the body a cue names tells of the body (looked
	// for only where a region is).
	if spans := bodyAppositions(s); len(spans) > 0 {
		for _, span := range spans {
			for i := span[0]; i < span[1]; i++ {
				masked[i] = ' '
			}
		}
		if rs = regionsIn(string(masked)); len(rs) == 0 {
			return
		}
	}
	// "Conselho da Europa", "Union africaine": a region inside a body's
	// name is no place either (looked for only where a region is).
	if os := orgMentions(s); len(os) > 0 {
		for _, o := range os {
			for i := o.start; i < min(len(masked), o.end); i++ {
				masked[i] = ' '
			}
		}
		rs = regionsIn(string(masked))
	}
	for _, r := range rs {
		x.addFor(target, b, dossier.FieldRegions, dossier.TextValue(r), r, s, "prose:regions", "")
	}
}

// longNameBefore returns where the name that ends at the bracket at open
// starts: back to its word for project ("Programme d'accès à l'eau
// potable au Sahel (PROEAU)"), and on over the capitalised words before
// it ("the Safe Water in the Sahel Programme (PROWAS)"); open when no
// word for project comes first.
func longNameBefore(s string, open int) int {
	ws := strings.Fields(s[:open])
	pos, start := open, -1
	for k := len(ws) - 1; k >= 0 && len(ws)-k <= 14; k-- {
		w := ws[k]
		pos = strings.LastIndex(s[:pos], w)
		if pos < 0 || strings.ContainsAny(w, ".;:,()") {
			break
		}
		f := lexicon.Fold(w)
		switch {
		case start < 0 && projectWordForm(f):
			start = pos
		case start >= 0 && (startsUpper(w) || nameLittle()[f] || ofWords()[f]):
			if startsUpper(w) {
				start = pos
			}
		case start >= 0:
			return start
		}
	}
	if start < 0 {
		return titleCaseNameBefore(s, open)
	}
	return start
}

// titleCaseNameBefore returns where a name in title case that ends at the
// bracket at open starts, when the acronym in the bracket opens on its
// first letter: "Penitentiary Reform in Central Asia (PRICA)"; open when
// there is none.
func titleCaseNameBefore(s string, open int) int {
	closing := strings.IndexByte(s[open:], ')')
	if closing < 0 {
		return open
	}
	acr := s[open+1 : open+closing]
	ws := strings.Fields(s[:open])
	pos, start, caps := open, -1, 0
	for k := len(ws) - 1; k >= 0 && len(ws)-k <= 12; k-- {
		w := ws[k]
		pos = strings.LastIndex(s[:pos], w)
		if pos < 0 || strings.ContainsAny(w, ".;:,()") {
			break
		}
		f := lexicon.Fold(w)
		if startsUpper(w) {
			start, caps = pos, caps+1
			continue
		}
		if !(nameLittle()[f] || ofWords()[f]) {
			break
		}
	}
	if caps < 2 || start < 0 || !sameInitial(s[start:], acr) {
		return open
	}
	return start
}

// nameLine reports a line that is a project's long name and nothing else,
// its capitalised word for project first: "Programa de Justicia para la
// Fauna de la Cuenca del Congo".
func nameLine(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 || len(ws) > 16 || !startsUpper(ws[0]) || !projectHeadsFirst()[lexicon.Fold(ws[0])] {
		return false
	}
	return !strings.ContainsAny(s, ".;:,!?")
}

// bodyAppositions returns the spans of s that describe a body a cue of
// implementing or funding names, set after it between commas: from the
// comma after the body's name to the sentence's end or to a comma and a
// word of "and" that goes on with the sentence (", y se desarrollará").
func bodyAppositions(s string) [][2]int {
	var out [][2]int
	for _, kind := range []string{"implemented_by", "funded_by"} {
		_, end, ok := findCue(s, kind)
		if !ok {
			continue
		}
		body := clauseAfter(s, end, "")
		at := strings.Index(s[end:], body)
		if body == "" || at < 0 {
			continue
		}
		from := end + at + len(body)
		rest := s[from:]
		// ("…, organización neerlandesa con …", "…, a Dutch NGO with
		// …": a word for a kind of body among its first words; not "…,
		// which strengthens …", a clause on the project.)
		if !strings.HasPrefix(rest, ", ") || !describesBody(strings.TrimPrefix(rest, ", ")) {
			continue
		}
		to := len(s)
		for i := 2; i < len(rest); i++ {
			if rest[i] == ';' || rest[i] == '.' && (i+1 == len(rest) || rest[i+1] == ' ') {
				to = from + i
				break
			}
			if rest[i] == ',' {
				if w := leadingRun(strings.TrimLeft(rest[i+1:], " ")); listAnd()[lexicon.Fold(w)] {
					to = from + i
					break
				}
			}
		}
		out = append(out, [2]int{from, to})
	}
	return out
}

// describesBody reports a text that opens on a description of a body: a
// word of the lexicon's organisation.descriptor among its first three
// words, in lower case ("organización neerlandesa", "a Dutch NGO").
func describesBody(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws[:min(3, len(ws))] {
		f := lexicon.Fold(strings.Trim(w, ",.;:"))
		if descriptorWords()[f] && (i > 0 || startsLower(w)) {
			return true
		}
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	return false
}

// isPlaceWord reports a one-word region.in phrase ("in", "dans", "em").
func isPlaceWord(f string) bool {
	for _, p := range placeWords() {
		if len(p) == 1 && p[0] == f {
			return true
		}
	}
	return false
}

// headingSeparators set a heading's parts apart: "Westbalkan · VIA
// BALKANICA II", "Black Sea region: NAVIPONT", "ARGINE – Western Balkans".
var headingSeparators = []string{" · ", " | ", " – ", " — ", " - ", " : ", ": "}

// headingRegion returns the region a heading names as one of its parts,
// and the heading's other part ("" where the heading is the region
// alone, less its section number: "2. Corno d'Africa").
func headingRegion(heading string) (region, rest string) {
	t := sectionNumber.ReplaceAllString(collapse(heading), "")
	if r := regionPart(t); r != "" {
		return r, ""
	}
	for _, sep := range headingSeparators {
		a, b, ok := strings.Cut(t, sep)
		if !ok {
			continue
		}
		if r := regionPart(a); r != "" {
			return r, strings.TrimSpace(b)
		}
		if r := regionPart(b); r != "" {
			return r, strings.TrimSpace(a)
		}
		return "", ""
	}
	return "", ""
}

// regionPart returns the region a part of a heading is, as written, or "":
// a region of the lexicon, or one glossed by a wider one in brackets
// ("Gulf of Guinea (West Africa)").
func regionPart(p string) string {
	p = strings.TrimSpace(p)
	if head, _, ok := closingBracket(p); ok {
		p = head
	}
	// (A region's name exactly, not one with a word after it: "Pacific
	// Community: …" names a body.)
	if r := regionName(p); regionLabel(r) {
		return r
	}
	return ""
}

// regionSection is a heading that names a region alone ("2. Corno
// d'Africa"): the projects whose sections follow it, until a heading as
// big that names neither a region nor a project, work there.
type regionSection struct {
	name, quote string
	level       int
}

// headingRegions records the regions a heading gives: the page's where it
// is the page's first heading ("Zentralasien: Unfalluntersucher sollen
// …"), and those of the projects under a heading that is a region alone.
// (Not a project's heading that names its region, "Westbalkan · VIA
// BALKANICA II": scored, it gave as many regions no reader records as
// ones they do.)
func (x *extractor) headingRegions(i int, b dossier.Block) {
	level := headingLevel(b)
	r, rest := headingRegion(b.Text)
	key := x.sectionKeys[i]
	quote := collapse(b.Text)
	switch {
	case r != "" && rest == "":
		x.regionSection = regionSection{name: r, quote: quote, level: level}
		return
	case r != "" && x.firstHeading(i):
		x.addFor(x.mainKey, b, dossier.FieldRegions, dossier.TextValue(r), r, quote, "heading:regions", "")
		return
	case r != "":
		// "Balcani occidentali · VIA SICURA" after "1. Africa
		// occidentale": a heading that names a region of its own ends
		// the section of the one before.
		x.regionSection = regionSection{}
		return
	}
	if x.regionSection.name == "" {
		return
	}
	if key == "" {
		if level >= x.regionSection.level {
			x.regionSection = regionSection{}
		}
		return
	}
	x.addFor(key, b, dossier.FieldRegions, dossier.TextValue(x.regionSection.name), x.regionSection.name, x.regionSection.quote, "heading:regions", "")
}

// countryThenParts reads a countries value that names one country and,
// after a dash, the parts of it the project works in
// ("Brasil – Tocantins e Maranhão", "Kenya – Turkana, Marsabit"). The
// parts are names (capitalised, no figures) that are no country.
func countryThenParts(value string) (normalize.ListItem, []string, bool) {
	for _, sep := range []string{" – ", " — ", " - "} {
		head, tail, ok := strings.Cut(value, sep)
		if !ok {
			continue
		}
		code, isC := normalize.CountryCode(strings.TrimSpace(head))
		if !isC || len(countriesIn(strings.Fields(tail))) > 0 {
			return normalize.ListItem{}, nil, false
		}
		items := normalize.SplitList(strings.TrimRight(tail, ". "))
		// ("Tocantins e Maranhão": a list of two, which SplitList keeps
		// whole when it stands alone.)
		if len(items) == 1 {
			ws := strings.Fields(items[0].Text)
			for i := 1; i+1 < len(ws); i++ {
				if listAnd()[lexicon.Fold(ws[i])] {
					items = []normalize.ListItem{{Text: strings.Join(ws[:i], " ")}, {Text: strings.Join(ws[i+1:], " ")}}
					break
				}
			}
		}
		var parts []string
		for _, it := range items {
			t := strings.TrimSpace(it.Text)
			if t == "" || !startsUpper(t) || strings.ContainsAny(t, "0123456789()") || len(strings.Fields(t)) > 4 {
				return normalize.ListItem{}, nil, false
			}
			parts = append(parts, t)
		}
		if len(parts) == 0 {
			return normalize.ListItem{}, nil, false
		}
		return normalize.ListItem{Text: strings.TrimSpace(head), Country: code}, parts, true
	}
	return normalize.ListItem{}, nil, false
}
