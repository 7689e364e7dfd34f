package normalize

import (
	"strings"
	"testing"
)

// A text with a Unicode space strings.Fields splits on is not collapsed,
// whatever bytes encode it; accented letters alone leave it as it is.
func TestCollapseSpace_UnicodeSpaces(t *testing.T) {
	for _, r := range []rune{0x85, 0xA0, 0x1680, 0x2000, 0x2005, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000} {
		s := "a" + string(r) + "b"
		if collapsed(s) {
			t.Errorf("%U: reads as collapsed", r)
		}
		if got := CollapseSpace(s); got != "a b" {
			t.Errorf("%U: CollapseSpace gives %q, want \"a b\"", r, got)
		}
	}
	for _, s := range []string{"Coopération française – été", "Ministério da Justiça", "Zusammenarbeit für Entwicklung", "合作"} {
		if !collapsed(s) {
			t.Errorf("%q: not collapsed", s)
		}
	}
}

// FuzzCollapseSpace: the no-copy pass answers as strings.Fields would
// split, for any bytes (invalid UTF-8 among them; seed corpus in
// testdata/fuzz/FuzzCollapseSpace).
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a  b", "a\tb", "a\u00a0b", "é è", "a\u3000", "\xc2", "\xe2\x80", "Ministério da Justiça", "\u2028x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CollapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
