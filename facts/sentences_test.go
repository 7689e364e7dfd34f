package facts

import (
	"regexp"
	"testing"
)

// sentenceEndPattern is the pattern sentenceEnd replaces, kept as its
// oracle.
var sentenceEndPattern = regexp.MustCompile(`([.!?])\s+(\p{Lu}|\d|“|")`)

// FuzzSentenceEnd: the hand-written sentenceEnd finds the first sentence
// end where the pattern it replaces does, on any text.
func FuzzSentenceEnd(f *testing.F) {
	for _, s := range []string{
		"The project started in 2019. It ends in 2023.",
		"Die Mittel (ca. EUR 2 Mio.) fließen 2024! 3 Länder sind dabei.",
		"¿Cuándo? «Pronto». Ya está.",
		"Il a dit : « Oui. » “Merci.” \"Non.\"",
		"000!\v0",
		"Éditions. Über 12 Länder.\u00a0Ende",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := sentenceEndPattern.FindStringSubmatchIndex(s)
		mark, next, ok := sentenceEnd(s)
		if (m != nil) != ok || ok && (m[2] != mark || m[4] != next) {
			t.Fatalf("%q: pattern %v, sentenceEnd %d %d %v", s, m, mark, next, ok)
		}
	})
}
