package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// The sections reconcile reads targets and rhythms with ("up to 15
// workshops", "conférences annuelles"): every language must have each, or
// a source in that language is silently never compared.
var derivedSections = []string{
	"qualifier.up_to", "qualifier.about", "qualifier.over", "qualifier.at_least",
	"count.noun", "frequency.annual", "frequency.biennial", "frequency.months",
}

// TestDerivedSections_EveryLanguage: each language has the qualifiers,
// count nouns, frequencies and the same event kinds, so a target or a
// rhythm reads the same in English, French, Spanish and German.
func TestDerivedSections_EveryLanguage(t *testing.T) {
	have := map[string]map[string]bool{} // language → SECTION.KIND
	events := map[string][]string{}      // language → event kinds
	for _, e := range Entries() {
		if have[e.Lang] == nil {
			have[e.Lang] = map[string]bool{}
		}
		sk := e.Section + "." + e.Kind
		have[e.Lang][sk] = true
		if e.Section == "event" && !slices.Contains(events[e.Lang], e.Kind) {
			events[e.Lang] = append(events[e.Lang], e.Kind)
		}
	}
	langs := []string{"en", "fr", "es", "de"}
	for _, lang := range langs {
		for _, sk := range derivedSections {
			if !have[lang][sk] {
				t.Errorf("%s.txt has no %s", lang, sk)
			}
		}
		slices.Sort(events[lang])
		if len(events[lang]) == 0 {
			t.Errorf("%s.txt has no event.* section", lang)
		}
		if !slices.Equal(events[lang], events["en"]) {
			t.Errorf("%s.txt event kinds %v, en.txt has %v: an event named in one language only is never compared", lang, events[lang], events["en"])
		}
	}
}

// TestFrequencyMonths_OneNumberEach: every "every {n} months" phrase
// says where its number stands, once; other phrases have none.
func TestFrequencyMonths_OneNumberEach(t *testing.T) {
	for _, e := range Entries() {
		if e.Section != "frequency" {
			continue
		}
		want := 0
		if e.Kind == "months" {
			want = 1
		}
		if n := strings.Count(e.Phrase, "{n}"); n != want {
			t.Errorf("%s: frequency.%s %q has %d {n}, want %d", e.Lang, e.Kind, e.Phrase, n, want)
		}
	}
}

// TestDerivedPhrases_OneKindEach: no qualifier, event or frequency phrase
// belongs to two kinds (as Fold compares them), in any language: "ca 15"
// must not read as both about and up to.
func TestDerivedPhrases_OneKindEach(t *testing.T) {
	for _, section := range []string{"qualifier", "event", "frequency"} {
		kinds := map[string]map[string]bool{}
		for _, e := range Entries() {
			if e.Section != section {
				continue
			}
			f := Fold(e.Phrase)
			if kinds[f] == nil {
				kinds[f] = map[string]bool{}
			}
			kinds[f][e.Kind] = true
		}
		for f, ks := range kinds {
			if len(ks) > 1 {
				t.Errorf("%s phrase %q has several kinds: %v", section, f, ks)
			}
		}
	}
}
