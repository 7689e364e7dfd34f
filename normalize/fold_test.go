package normalize

import "testing"

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
