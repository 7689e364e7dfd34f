package facts

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions separators.go reads by hand: the oracle its
// scanners are held to.
var (
	titleSeparatorsRe = regexp.MustCompile(`\s+[|–—·»/]\s+|\s*:\s+|\s+-\s+|\s*::\s*`)
	nameWithParensRe  = regexp.MustCompile(`^(.+?)\s*\(([^()]+)\)$`)
	countryLeadSepRe  = regexp.MustCompile(`\s+[–—-]\s+|:\s+`)
)

// separatorSeeds are titles, names and list items as pages write them,
// and the edges of the patterns: runs of spaces, newlines, marks with no
// space, brackets inside brackets.
var separatorSeeds = []string{
	"", " ", ":", "::", " :: ", "a::b", "a :: b", "a: b", "a :b", "a : b", "a:b",
	"CyberEast – Annual Report 2021", "Projet : ECOWAT", "GLACY+ | Council of Europe",
	"Mekong Netwerk Nederland – Nieuwsbrief nr. 23, oktober 2024", "a -b", "a - b", "a  -  b",
	"a\t—\tb", "a\n–\nb", "a · b · c", "a » b", "a / b", "a/b", "a ·b", "- a", " - ", "a -",
	"Global Action on Cybercrime Extended (GLACY+)", "Name (a (b))", "Name ()", "(X)", " (X)",
	"\n (X)", " \n(X)", "ab\ncd (X)", "ab \n(X)", "Name (X) ", "Name(X)", "Name (X\nY)",
	"Vanuatu – enumeration November 2020", "Angola: Assembleia Nacional", "Kenya –", "Kenya -x",
	"Lower Shire (LSFF), Malawi", "é (ü)", "\xff (\xfe)", "a\xff: b", "a \xe2\x80 b",
	"A Council of Europe project on cybercrime", "both Council of Europe PROJECTS", "a Council of the project",
	"an EU-funded project", "These Ñandú projects", "Canada's funding will go to", "Japan’s grant funds it",
}

// TestSeparatorsMatchRegexp holds the scanners to their expressions (and
// two cheap tests to the expressions they guard) on the seeds and on random strings of the bytes that matter.
func TestSeparatorsMatchRegexp(t *testing.T) {
	inputs := append([]string(nil), separatorSeeds...)
	alphabet := []string{" ", "  ", "\t", "\n", ":", "-", "–", "—", "·", "»", "/", "|", "(", ")", "a", "B", "é", "\xff",
		"project", "Projects", "of", "the", "Europe", "'s", "’s", "funding", "grant", "goes", "Ñandú"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := ""
		for range rng.IntN(12) {
			s += alphabet[rng.IntN(len(alphabet))]
		}
		inputs = append(inputs, s)
	}
	// Long runs of spaces, read once each (a scan from every byte of a
	// run would take quadratic time on such a title).
	long := strings.Repeat(" ", 100000)
	inputs = append(inputs, "a"+long+"b", "a"+long+":"+long+"b", "a"+long+"–"+long+"b", long+"(X)", "a"+long+"- b")
	for _, s := range inputs {
		checkSeparators(t, s)
	}
}

// FuzzSeparators holds the scanners to their expressions on any text.
func FuzzSeparators(f *testing.F) {
	for _, s := range separatorSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSeparators(t, s)
	})
}

// checkSeparators compares each scanner's answer on s with its
// expression's, and each cheap test with the expression it guards.
func checkSeparators(t *testing.T, s string) {
	t.Helper()
	for _, n := range []int{-1, 0, 1, 2, 3} {
		if got, want := titleSeparators.Split(s, n), titleSeparatorsRe.Split(s, n); !reflect.DeepEqual(got, want) {
			t.Errorf("titleSeparators.Split(%q, %d) = %q, regexp gives %q", s, n, got, want)
		}
	}
	if got, want := titleSeparators.FindStringIndex(s), titleSeparatorsRe.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("titleSeparators.FindStringIndex(%q) = %v, regexp gives %v", s, got, want)
	}
	if got, want := nameWithParens.FindStringSubmatch(s), nameWithParensRe.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Errorf("nameWithParens.FindStringSubmatch(%q) = %q, regexp gives %q", s, got, want)
	}
	// The cheap tests before two expressions pass all they match.
	if orgProject.MatchString(s) && !orgBeforeProject(s) {
		t.Errorf("orgBeforeProject(%q) is false, orgProject matches", s)
	}
	if c := collapse(s); scopeFunding.MatchString(c) && !containsAny(c, possessiveFunding) {
		t.Errorf("possessiveFunding misses %q, scopeFunding matches", c)
	}
	if got, want := countryLeadSep.FindStringIndex(s), countryLeadSepRe.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("countryLeadSep.FindStringIndex(%q) = %v, regexp gives %v", s, got, want)
	}
}
