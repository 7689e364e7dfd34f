package facts

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"golang.org/x/text/language"
)

// Most of the lexicon is read in every language at once: a cue in one
// language is rarely a word of another. A few little words are not so:
// "en" joins list members in Dutch and starts a clause in French and
// Spanish. Where that matters, the document's language decides.

// maxLanguageSample is how much of a document's text its language is
// guessed from.
const maxLanguageSample = 6000

// documentLanguage guesses the language a document is written in from the
// lexicon's lang.marker words (frequent little words: "het", "und",
// "los"), as written ("The" opening a sentence is not counted), in its
// first blocks: the language whose words are most frequent, when they are
// at least five and half as many again as the next language's; ""
// otherwise.
func documentLanguage(doc *dossier.Document) string {
	markers := languageMarkers()
	counts := map[string]int{}
	n := 0
	// Words are cut out in place: most of a page's words are looked up
	// once and dropped, so no slice of them is made.
	count := func(t string) {
		start := -1
		for i, r := range t {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				for _, lang := range markers[t[start:i]] {
					counts[lang]++
				}
				start = -1
			}
		}
		if start >= 0 {
			for _, lang := range markers[t[start:]] {
				counts[lang]++
			}
		}
	}
	for _, b := range doc.Blocks {
		count(b.Label)
		count(b.Text)
		if n += len(b.Label) + len(b.Text); n > maxLanguageSample {
			break
		}
	}
	type score struct {
		lang string
		n    int
	}
	var ranked []score
	for l, c := range counts {
		ranked = append(ranked, score{l, c})
	}
	sort.Slice(ranked, func(i, j int) bool {
		return ranked[i].n > ranked[j].n || ranked[i].n == ranked[j].n && ranked[i].lang < ranked[j].lang
	})
	if len(ranked) == 0 || ranked[0].n < 5 || len(ranked) > 1 && 2*ranked[0].n < 3*ranked[1].n {
		// Too few words to tell: the language the document declares
		// for itself, where the lexicon has it.
		return declaredLanguage(doc)
	}
	return ranked[0].lang
}

// declaredLanguage returns the base language of the tag the document
// declares (dossier.MetaLang: "es-419" → "es") when the lexicon has
// that language, "" otherwise.
func declaredLanguage(doc *dossier.Document) string {
	tag, err := language.Parse(doc.Meta[dossier.MetaLang])
	if err != nil {
		return ""
	}
	base, conf := tag.Base()
	if conf == language.No || !lexiconLanguages()[base.String()] {
		return ""
	}
	return base.String()
}

// lexiconLanguages are the languages the lexicon has marker words for.
var lexiconLanguages = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, langs := range languageMarkers() {
		for _, l := range langs {
			out[l] = true
		}
	}
	return out
})

// languageMarkers maps each lang.marker word to the languages it marks.
var languageMarkers = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, e := range lexicon.Entries() {
		if e.Section == "lang" && e.Kind == "marker" {
			w := strings.ToLower(e.Phrase)
			out[w] = append(out[w], e.Lang)
		}
	}
	return out
})

// clauseStops returns the pattern that ends the clause a cue introduces
// in a document of language lang ("" when unknown): a sentence mark, or a
// clause.stop word of any language but those lang joins list members
// with ("en" in Dutch).
func clauseStops(lang string) *regexp.Regexp {
	if re, ok := clauseStopsByLang.Load(lang); ok {
		return re.(*regexp.Regexp)
	}
	joins := map[string]bool{}
	stops := map[string]bool{}
	var pronouns []string
	for _, e := range lexicon.Entries() {
		switch {
		case e.Section == "list" && e.Kind == "and" && e.Lang == lang:
			joins[strings.ToLower(e.Phrase)] = true
		case e.Section == "clause" && e.Kind == "stop":
			stops[strings.ToLower(e.Phrase)] = true
		case e.Section == "pronoun" && e.Kind == "subject" && e.Lang == lang:
			pronouns = append(pronouns, regexp.QuoteMeta(strings.ToLower(e.Phrase)))
		}
	}
	var words []string
	for w := range stops {
		if !joins[w] {
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	// Longest first, so "in order" is tried before "in".
	sort.Slice(words, func(i, j int) bool {
		return len(words[i]) > len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
	})
	// A comma and a subject pronoun of lang open the next clause: "…
	// apportés par l'Union européenne et la France, il couvrira le Bénin"
	// lists no giver after the comma.
	pronounStop := ""
	if len(pronouns) > 0 {
		sort.Slice(pronouns, func(i, j int) bool { return len(pronouns[i]) > len(pronouns[j]) })
		pronounStop = `|,\s+(?:` + strings.Join(pronouns, "|") + `)\s`
	}
	re := regexp.MustCompile(`(?i)[.;:!?()]|\s(?:` + strings.Join(words, "|") + `)\s` + pronounStop)
	clauseStopsByLang.Store(lang, re)
	return re
}

var clauseStopsByLang sync.Map
