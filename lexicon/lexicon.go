// Package lexicon holds the words sources use, as data, one file per
// language (en.txt, fr.txt, es.txt, de.txt, it.txt, pt.txt, nl.txt): the labels of label/value
// layouts, qualifiers of amounts ("up to", "jusqu'à"), status words,
// relation words ("follow-up", "suite de"), the cue phrases of prose
// ("funded by", "financé par") and other names of organisations. facts,
// normalize and reconcile read them from here, so a newcomer extends dossier
// to a language or a portal's wording by editing a text file.
//
// A file has one entry a line, "SECTION.KIND: phrase | phrase | …"; "#"
// starts a comment. Sections:
//
//	label.KIND      a label announcing a value of KIND (title, budget, …)
//	suffix.KIND     the last words of a longer label ("… in figures")
//	qualifier.KIND  words before an amount (up_to, about, over, at_least, target)
//	status.KIND     a project status word (planned, ongoing, completed)
//	relation.KIND   successor / predecessor wording
//	cue.KIND        prose cues: funded_by, implemented_by, runs, budget, contribution
//	project.word    the word for "project" ("projet", "Projekt")
//	project.compound  a word for project that ends a compound noun
//	                ("Ausbildungsprogramm", "leerwerkprogramma")
//	project.other_prefix  the first part of such a compound that makes it
//	                another project ("Vorgängerprogramm", "vervolgprogramma")
//	project.next_prefix  of those, the ones that make the later phase
//	                ("Nachfolgeprogramm"): on a follow-up's page, that follow-up
//	org.NAME        other names of the organisation NAME (canonical English)
//	region.label    region names that head a list of countries ("Afrique:")
//	                (one written in capitals, "LAC", matches only capitals)
//	area.NAME       names of the region NAME (canonical English) in this language
//	country.prefix  words before a country's name ("Government of", "Königreich")
//	article.word    articles before a name ("the", "l'", "los", "der")
//	pronoun.subject pronouns standing for the project as a clause's subject
//	                ("it", "il", "es")
//	pronoun.possessive  possessives pointing back to it ("its", "son", "su")
//	legal.form      legal forms after an organisation's name ("GmbH")
//	organisation.word  words naming a unit or body ("ministry", "Büro")
//	organisation.of    words joining a unit to its organisation ("of", "du")
//	share.word      words before one part of a total ("of which", "davon")
//	share.own       words that make a labelled share the partners' own, no
//	                giver's ("Own contribution", "Eigenanteil", "Aporte local")
//	project.head    words for project written after a long name ("the … programme")
//	rank.word       words that only rank a label ("principal", "main")
//	list.and        words joining an enumeration's last members ("and", "et", "en")
//	list.jointly    words joining one more doer to a clause of doing or giving
//	                ("together with", "samen met"), no list elsewhere
//	contraction.W   the forms preposition W takes with an article ("por" → "pelo",
//	                "pela"): every cue phrase of the file ending in W gets them too
//	word.KIND       words one rule reads: until_subject (what an end is told
//	                of), still ("toujours", before a status), cooperation
//	                ("cooperación", before the countries that give)
//	length.MONTHS   adjectives that give a length in months ("vierjarig",
//	                "quadriennale": length.48)
//	date.KIND       words that make a date relative to the day a text was
//	                written: past ("pasado", "dernier"), next, this_month,
//	                last_year, next_year (normalize.ResolveRelativeDates)
//
// (Each file's comments say what its other sections hold: trap words,
// range words, page words and more.)
//
// Every language's words are read for every document, so a word that means
// something else in another language (Dutch "de", "the"; French "de", "of")
// is left out where it would mislead.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

//go:embed *.txt
var files embed.FS

// Entry is one phrase of the lexicon.
type Entry struct {
	Section, Kind, Phrase, Lang string
}

type index struct {
	entries []Entry
	// labels maps a label's key (Key) to its kind.
	labels map[string]string
	// byKind lists the phrases of SECTION.KIND.
	byKind map[string][]string
	// orgs maps an organisation name's fold to its canonical name.
	orgs map[string]string
	// areas maps a region name's fold to the region's one English name.
	areas map[string]string
	// capsAreas holds the folds of area names written in capitals, which
	// are acronyms and name the region only in capitals ("LAC").
	capsAreas map[string]bool
	// maxLabelWords is the most words a label's key has.
	maxLabelWords int
	// regionNames are RegionNames', worked out once.
	regionOnce  sync.Once
	regionNames []string
}

var load = sync.OnceValues(func() (*index, error) {
	ix := &index{labels: map[string]string{}, byKind: map[string][]string{}, orgs: map[string]string{}, areas: map[string]string{}, capsAreas: map[string]bool{}}
	names, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		lang := strings.TrimSuffix(n.Name(), ".txt")
		f, err := files.Open(n.Name())
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		line := 0
		for sc.Scan() {
			line++
			text := strings.TrimSpace(sc.Text())
			if i := strings.Index(text, "#"); i >= 0 {
				text = strings.TrimSpace(text[:i])
			}
			if text == "" {
				continue
			}
			head, body, ok := strings.Cut(text, ":")
			section, kind, ok2 := strings.Cut(strings.TrimSpace(head), ".")
			if !ok || !ok2 {
				f.Close()
				return nil, fmt.Errorf("lexicon %s:%d: want SECTION.KIND: phrase | phrase", n.Name(), line)
			}
			for _, p := range strings.Split(body, "|") {
				p = strings.TrimSpace(p)
				if p == "" {
					continue
				}
				e := Entry{Section: section, Kind: kind, Phrase: p, Lang: lang}
				ix.entries = append(ix.entries, e)
				sk := section + "." + kind
				ix.byKind[sk] = append(ix.byKind[sk], p)
				switch section {
				case "label":
					key := Key(p)
					ix.labels[key] = kind
					ix.maxLabelWords = max(ix.maxLabelWords, len(strings.Fields(key)))
				case "org":
					ix.orgs[Fold(p)] = kind
					// "UN Capital Development Fund": a UN body's name with
					// the UN's own short form, beside the long one.
					if rest, ok := strings.CutPrefix(Fold(p), "united nations "); ok && strings.Contains(rest, " ") {
						short := "un " + rest
						if _, dup := ix.orgs[short]; !dup {
							ix.orgs[short] = kind
							ix.entries = append(ix.entries, Entry{Section: section, Kind: kind, Phrase: short, Lang: lang})
							ix.byKind[sk] = append(ix.byKind[sk], short)
						}
					}
				case "area":
					ix.areas[Fold(p)] = kind
					if strings.ToUpper(p) == p && strings.ToLower(p) != p {
						ix.capsAreas[Fold(p)] = true
					}
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", n.Name(), err)
		}
	}
	expandContractions(ix)
	for k := range ix.byKind {
		// Longest phrases first, so "up to a maximum of" is tried before "up to".
		ps := ix.byKind[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	}
	return ix, nil
})

// expandContractions gives each cue or relation phrase ending in a preposition the
// forms that preposition takes with an article in the phrase's language
// ("financiado por" → "financiado pelo", "pela"; "finanziato da" →
// "finanziato dal", "dalla"), from the file's contraction.WORD entries.
func expandContractions(ix *index) {
	forms := map[string]map[string][]string{} // lang → word → forms
	for _, e := range ix.entries {
		if e.Section == "contraction" {
			if forms[e.Lang] == nil {
				forms[e.Lang] = map[string][]string{}
			}
			forms[e.Lang][e.Kind] = append(forms[e.Lang][e.Kind], e.Phrase)
		}
	}
	n := len(ix.entries)
	for _, e := range ix.entries[:n] {
		if e.Section != "cue" && e.Section != "relation" && e.Section != "list" {
			continue
		}
		i := strings.LastIndex(e.Phrase, " ")
		if i < 0 {
			continue
		}
		for _, f := range forms[e.Lang][e.Phrase[i+1:]] {
			v := Entry{Section: e.Section, Kind: e.Kind, Phrase: e.Phrase[:i+1] + f, Lang: e.Lang}
			ix.entries = append(ix.entries, v)
			ix.byKind[e.Section+"."+e.Kind] = append(ix.byKind[e.Section+"."+e.Kind], v.Phrase)
		}
	}
}

func get() *index {
	ix, err := load()
	if err != nil {
		// The files are embedded and tested: a broken one is a build defect.
		panic(err)
	}
	return ix
}

// Label returns the kind a label announces ("Mis en œuvre par :" →
// "implementer"), matching by Key: case, accents, a trailing colon,
// plurals, little words and word order do not count. ok is false for a
// label the lexicon does not know: such a label yields no fact.
func Label(label string) (string, bool) {
	ix := get()
	// A sentence is no label: more words than twice the longest label's
	// (little words pad a label, not that much) are not looked up.
	if strings.Count(label, " ") >= LabelSpaces() {
		return "", false
	}
	k, ok := ix.labels[Key(label)]
	return k, ok
}

// LabelSpaces is how many spaces make a text too long to be a label Label
// knows: a caller can pass over a sentence before cutting it up.
func LabelSpaces() int { return 2*get().maxLabelWords + 4 }

// Phrases returns the phrases of SECTION.KIND in every language, longest
// first.
func Phrases(section, kind string) []string {
	return get().byKind[section+"."+kind]
}

// FoldedPhrases returns Phrases(section, kind) folded (Fold), for a
// caller that compares folded text with them.
func FoldedPhrases(section, kind string) []string {
	ps := Phrases(section, kind)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = Fold(p)
	}
	return out
}

// Kinds returns the kinds of a section, sorted.
func Kinds(section string) []string {
	seen := map[string]bool{}
	for _, e := range get().entries {
		if e.Section == section {
			seen[e.Kind] = true
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Entries returns every entry, in file order.
func Entries() []Entry { return get().entries }

// RegionNames returns the names of regions in every language: the
// region.label phrases and the names of every area ("Pacífico Sudeste",
// "Westlicher Indischer Ozean"), so that a region named as an area is a
// region wherever regions are read.
func RegionNames() []string {
	ix := get()
	ix.regionOnce.Do(func() {
		ix.regionNames = append([]string(nil), ix.byKind["region.label"]...)
		for _, e := range ix.entries {
			if e.Section == "area" {
				ix.regionNames = append(ix.regionNames, e.Phrase)
			}
		}
	})
	return ix.regionNames
}

// Area returns the one English name of a region named in any language or
// form ("Balkans occidentaux", "Westbalkan" → "Western Balkans"), from the
// lexicon's area entries: two sources naming one region in two ways give
// one member of a list.
// ("Lac", a province of Chad, is not "LAC".)
func Area(name string) (string, bool) {
	name = strings.TrimSpace(name)
	ix := get()
	f := Fold(name)
	if ix.capsAreas[f] && strings.ToUpper(name) != name {
		return "", false
	}
	a, ok := ix.areas[f]
	return a, ok
}

// Organisation returns the canonical English name of an organisation named
// in another language or form ("Union européenne" → "European Union").
func Organisation(name string) (string, bool) {
	c, ok := get().orgs[Fold(name)]
	return c, ok
}

// Fold lowers case, drops accents and turns punctuation other than "+"
// and "@" into single spaces: how phrases compare.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	return foldGeneral(s)
}

func foldGeneral(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '@' || r == '%':
			// (A ligature opening a word, "en œuvre", is after the space
			// like any letter.)
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			switch r {
			case 'œ':
				b.WriteString("oe")
			case 'ß':
				b.WriteString("ss")
			default:
				b.WriteRune(r)
			}
		default:
			space = true
		}
	}
	return b.String()
}

// littleWords do not count in a label's key.
var littleWords = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "and": true, "for": true, "by": true, "in": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l": true, "d": true, "et": true,
	"par": true, "en": true, "el": true, "los": true, "las": true, "del": true, "y": true, "por": true,
	"der": true, "die": true, "das": true, "und": true, "von": true, "vom": true, "fur": true, "im": true,
	"al": true, "allo": true, "alla": true, "ai": true, "di": true, "dei": true, "della": true, "delle": true,
	"do": true, "dos": true, "da": true, "au": true, "aux": true, "het": true, "van": true,
}

// Key is a label's matching key: folded words, little words dropped,
// plurals made singular, in sorted order. "Pays
// bénéficiaires :" and "Bénéficiaire pays" have one key. A label that is
// only little words keeps them ("Project", "Projet").
func Key(label string) string {
	// "Donor(s)", "Implementing organisation(s)": a bracketed plural.
	label = pluralMark.Replace(label)
	words := strings.Fields(Fold(label))
	var kept []string
	for i, w := range words {
		// "@role", "@iso-date": an IATI attribute's name as a column head.
		if t := strings.TrimLeft(w, "@"); t != "" {
			w, words[i] = t, t
		}
		if !littleWords[w] {
			kept = append(kept, singular(w))
		}
	}
	if len(kept) == 0 {
		for _, w := range words {
			kept = append(kept, singular(w))
		}
	}
	sort.Strings(kept)
	return strings.Join(kept, " ")
}

// singular drops a plural ending: "donors", "bailleurs", "países", "Geber"
// stays. Rough, but applied to both sides of a comparison.
var pluralMark = strings.NewReplacer("(s)", "", "(es)", "", "(S)", "", "(ES)", "")

func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldASCII is Fold for text without accents or other scripts, the most
// of what sources say: no normalization pass, one allocation.
// foldedASCII reports an ASCII text that folding leaves as it is: lower
// case letters, digits, "+", "@" and "%", single spaces between them.
func foldedASCII(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '@' || c == '%':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

func foldASCII(s string) string {
	// Most texts asked about are single words already folded: return
	// them as they are, with no copy.
	if foldedASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '@' || c == '%':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
		default:
			space = true
		}
	}
	return string(b)
}

// WithoutKind returns a body's name less the word for its kind of body
// in any lexicon language (organisation.kind) and the little words left
// beside it: "Fondazione Veldwacht", "Veldwacht Foundation" and "Stichting
// Veldwacht" are all "Veldwacht", the name a translation keeps. A name
// that is nothing but the word, or holds none, is returned as it is.
func WithoutKind(s string) string {
	ws := strings.Fields(s)
	kept := make([]string, 0, len(ws))
	for _, w := range ws {
		if !orgKinds()[Fold(strings.Trim(w, ",.;:()"))] {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(ws) {
		return s
	}
	// ("Fondation de la Mer": the little words the kind led.)
	for len(kept) > 0 && littleWord(kept[0]) {
		kept = kept[1:]
	}
	for len(kept) > 0 && littleWord(kept[len(kept)-1]) {
		kept = kept[:len(kept)-1]
	}
	if len(kept) == 0 {
		return s
	}
	return strings.Join(kept, " ")
}

// littleWord reports an article or a word of "of" in a lexicon language.
func littleWord(w string) bool { return kindLittleWords()[Fold(w)] }

// kindLittleWords holds the lexicon's articles and words of "of",
// folded.
var kindLittleWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range append(Phrases("article", "word"), Phrases("organisation", "of")...) {
		m[Fold(p)] = true
	}
	return m
})

// orgKinds holds the lexicon's organisation.kind words, folded.
var orgKinds = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range Phrases("organisation", "kind") {
		m[Fold(p)] = true
	}
	return m
})
