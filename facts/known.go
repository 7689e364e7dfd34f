package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
)

// Known holds the project names a store already knows (titles, aliases,
// the names documents used), so a later document that names a project
// only in passing, without "project" or a title of its own ("The platform
// was built under WACCA"), is still read as being about it.
type Known struct {
	byHead map[string][]knownName
	// byKey holds the names by their keys (projectKey), and keyPrefixes
	// every prefix of a key, so a name written with other word breaks
	// ("E-Tender II" for "eTender II", "KumanNet" for "KUMAN-NET",
	// "Safe Corridor II" for "SafeCorridor II") is found too.
	byKey       map[string]string // key → the name as stored
	keyPrefixes map[string]bool
	maxWords    int
}

type knownName struct {
	words    []string // folded
	spelling string   // as stored
	oneWord  bool
}

// NewKnown indexes names. Names that could not name a project (a year, an
// organisation, a page word) are left out.
func NewKnown(names []string) *Known {
	// A store's names include the long titles documents gave ("Programa
	// Regional de Lucha contra el Tráfico Ilícito de Bienes Culturales"),
	// which later documents name without the acronym.
	// ("Programa de Apoio ao Reforço das Capacidades Institucionais das
	// Assembleias Nacionais dos PALOP e Timor-Leste": fifteen words, the
	// more telling for it when written out whole.)
	return newKnown(names, maxKnownName)
}

// maxKnownName is the most words a name the store knows may have.
const maxKnownName = 20

// newKnown is NewKnown for names of up to maxWords words.
func newKnown(names []string, maxWords int) *Known {
	k := &Known{byHead: map[string][]knownName{}, byKey: map[string]string{}, keyPrefixes: map[string]bool{}}
	seen := map[string]bool{}
	for _, n := range names {
		n = collapse(n)
		// A name a document set in quotation marks ("Confiance numérique")
		// is known as written, sentence case and all.
		if n == "" || seen[n] || len(n) < 4 || !(plausibleProjectUpTo(n, maxWords) || len(strings.Fields(n)) > 1 && plausibleQuoted(n)) || notSubject(n) {
			continue
		}
		seen[n] = true
		ws := words(n)
		if len(ws) == 0 {
			continue
		}
		f := make([]string, len(ws))
		for i, w := range ws {
			f[i] = w.fold
		}
		// One word must be written as a project's name ("WACCA",
		// "BlueSentinel"), not a word of the language.
		if len(f) == 1 && !(acronymLike(n) && distinctive(n)) {
			continue
		}
		k.byHead[f[0]] = append(k.byHead[f[0]], knownName{words: f, spelling: n, oneWord: len(f) == 1})
		// ("U.N.O.D.C." spells a body's acronym letter by letter.)
		if key := projectKey(n); alphanumeric(key) && len(key) > len(f) {
			if _, ok := k.byKey[key]; !ok {
				k.byKey[key] = n
			}
			for i := 1; i < len(key); i++ {
				k.keyPrefixes[key[:i]] = true
			}
			k.maxWords = max(k.maxWords, 2*len(f)+2)
		}
	}
	for h := range k.byHead {
		ns := k.byHead[h]
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
	}
	return k
}

// find returns the known names text uses, as written there.
func (k *Known) find(text string) []mention {
	return k.findAll(text, false)
}

// findAll is find; with titleCase, a one-word name the store knows in
// capitals is found written with a capital only too ("Projufa" for
// "PROJUFA"), marked titleCased, and anchored where a word for project
// stands before it ("al programa Projufa").
func (k *Known) findAll(text string, titleCase bool) []mention {
	if k == nil || len(k.byHead) == 0 {
		return nil
	}
	ws := words(text)
	var out []mention
	for i := 0; i < len(ws); i++ {
		if m, last := k.byWordBreaks(ws, i, text); last >= 0 {
			out = append(out, m)
			i = last
			continue
		}
		for _, n := range k.byHead[ws[i].fold] {
			if i+len(n.words) > len(ws) {
				continue
			}
			ok := true
			for j, w := range n.words {
				if ws[i+j].fold != w {
					ok = false
					break
				}
			}
			start, end := ws[i].start, ws[i+len(n.words)-1].end
			if !ok {
				continue
			}
			// "STATLINK+" is not "STATLINK": a "+" after the words is
			// part of the name as written, the follow-up's.
			base := end
			for end < len(text) && text[end] == '+' {
				end++
			}
			// A name the store knows with its "+" ("GLACY+") is written
			// with it, as many as it has: "GLACY" and "GLACY++" are other
			// names.
			if plus := len(n.spelling) - len(strings.TrimRight(n.spelling, "+")); plus > 0 {
				if end-base != plus {
					continue
				}
				base = end
			}
			// A one-word name counts as written: "WACCA", not "wacca".
			titled := false
			if projectKey(text[start:base]) != projectKey(n.spelling) {
				continue
			}
			if n.oneWord && text[start:base] != n.spelling {
				if !titleCase || !titleOf(text[start:base], n.spelling) {
					continue
				}
				titled = true
			}
			m := mention{name: collapse(text[start:end]), start: start, end: end}
			if titled {
				m.name, m.titleCased = n.spelling, true
				// "Protego, il programma sull'assicurazione …": a word for
				// project in apposition after it anchors it too.
				m.anchored = i > 0 && projectWordForm(ws[i-1].fold) ||
					end < len(text) && text[end] == ',' && projectAfter(strings.ToLower(text[end+1:min(len(text), end+40)]))
			}
			out = append(out, m)
			i += len(n.words) - 1
			break
		}
	}
	return out
}

// ExtractWith is Extract with the project names a store already knows.
func ExtractWith(doc *dossier.Document, known *Known) []dossier.Fact {
	x := newExtractor(doc)
	x.known = known
	if known != nil {
		x.names.stored = known.byKey
	}
	x.run()
	return x.facts
}

// capitalised reports whether each of ws opens on a capital in text.
func capitalised(ws []word, text string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(text[w.start:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// byWordBreaks finds at word i a known name written with other word
// breaks than the store's, its words each capitalised in the text
// ("E-Tender II" for "eTender II"), and returns it and the index of its
// last word, or last -1. A name written with the store's breaks is left
// to find's word match, which also holds a one-word name to its case.
func (k *Known) byWordBreaks(ws []word, i int, text string) (mention, int) {
	// Most words open no known name: tell them without building a key.
	if first := ws[i].fold; !k.keyPrefixes[first] && k.byKey[first] == "" {
		return mention{}, -1
	}
	last, key := -1, ""
	for j := i; j < len(ws) && j < i+k.maxWords; j++ {
		prefix := key
		key += ws[j].fold
		full := key
		// "Safe Corridor II": a last word in roman numerals is its digit.
		if d, ok := romanNumerals[ws[j].fold]; ok && j > i {
			full = prefix + d
		}
		if n, ok := k.byKey[full]; ok && len(words(n)) != j-i+1 {
			last = j
		}
		if !k.keyPrefixes[key] {
			break
		}
	}
	if last < 0 || !capitalised(ws[i:last+1], text) {
		return mention{}, -1
	}
	start, end := ws[i].start, ws[last].end
	// "Stat Link+" is the follow-up of "STATLINK", not it; "#REBRAAndes"
	// is a tag; "LEGALAID – Legal Aid Programme for …" spells out a
	// longer name, whose first words only are the acronym's.
	if end < len(text) && text[end] == '+' || start > 0 && (text[start-1] == '#' || text[start-1] == '@') {
		return mention{}, -1
	}
	if last+1 < len(ws) && ws[last+1].start == end+1 && text[end] == ' ' && capitalised(ws[last+1:last+2], text) {
		return mention{}, -1
	}
	return mention{name: collapse(text[start:end]), start: start, end: end}, last
}

// alphanumeric reports whether s holds only letters and digits.
func alphanumeric(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// titleOf reports whether word is acronym, written in capitals, with a
// capital only: "Projufa" for "PROJUFA".
func titleOf(word, acronym string) bool {
	if strings.ToUpper(acronym) != acronym || len(acronym) < 5 {
		return false
	}
	r, size := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && strings.ToLower(word[size:]) == word[size:] && strings.EqualFold(word, acronym)
}
