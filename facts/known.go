package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
)

// Known holds the project names a store already knows (titles, aliases,
// the names documents used), so a later document that names a project
// only in passing, without "project" or a title of its own ("The platform
// was built under WACCA"), is still read as being about it.
type Known struct {
	byHead map[string][]knownName
}

type knownName struct {
	words    []string // folded
	spelling string   // as stored
	oneWord  bool
	// capitals: the name's humps, each written with a capital in the text
	capitals bool
}

// splitHumps returns the folded words of a name whose words written in
// camel case ("SafeCorridor") are split at their humps, or nil when none is.
func splitHumps(ws []word, name string) []string {
	var out []string
	split := false
	for _, w := range ws {
		orig := []rune(name[w.start:w.end])
		from := 0
		for i := 1; i < len(orig); i++ {
			if unicode.IsUpper(orig[i]) && unicode.IsLower(orig[i-1]) {
				out = append(out, lexicon.Fold(string(orig[from:i])))
				from, split = i, true
			}
		}
		out = append(out, lexicon.Fold(string(orig[from:])))
	}
	if !split {
		return nil
	}
	return out
}

// NewKnown indexes names. Names that could not name a project (a year, an
// organisation, a page word) are left out.
func NewKnown(names []string) *Known {
	// A store's names include the long titles documents gave ("Programa
	// Regional de Lucha contra el Tráfico Ilícito de Bienes Culturales"),
	// which later documents name without the acronym.
	return newKnown(names, maxLongName)
}

// newKnown is NewKnown for names of up to maxWords words.
func newKnown(names []string, maxWords int) *Known {
	k := &Known{byHead: map[string][]knownName{}}
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
		// "SafeCorridor II" is written "Safe Corridor II" and
		// "Safe-Corridor II" too: its humps, each capitalised, name it.
		if humps := splitHumps(ws, n); len(humps) > len(f) {
			k.byHead[humps[0]] = append(k.byHead[humps[0]], knownName{words: humps, spelling: n, capitals: true})
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
	if k == nil || len(k.byHead) == 0 {
		return nil
	}
	ws := words(text)
	var out []mention
	for i := 0; i < len(ws); i++ {
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
			// A one-word name counts as written: "WACCA", not "wacca".
			if projectKey(text[start:base]) != projectKey(n.spelling) || n.oneWord && text[start:base] != n.spelling {
				continue
			}
			if n.capitals && !capitalised(ws[i:i+len(n.words)], text) {
				continue
			}
			if end > base && strings.HasSuffix(n.spelling, "+") {
				continue // "GLACY++" is neither GLACY+ nor its follow-up
			}
			out = append(out, mention{name: collapse(text[start:end]), start: start, end: end})
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
