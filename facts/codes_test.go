package facts

import "testing"

// TestCodeOf: a project's code is read whole where its parts are split by
// a space ("AID 010934"), so two projects whose codes share a prefix keep
// two codes (and stay two projects); a note after the code is no part of
// it.
func TestCodeOf(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"AID 010934", "AID 010934"},
		{"AID 011756", "AID 011756"},
		{"CRIS 2019/041-772", "CRIS 2019/041-772"},
		{"PT-NIPC-513204877-PX1", "PT-NIPC-513204877-PX1"},
		{"2016.2140.7 (Vorhaben)", "2016.2140.7"},
		{"XM-DAC-41114 since 2019", "XM-DAC-41114"},
	} {
		if got := codeOf(tc.in); got != tc.want {
			t.Errorf("codeOf(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
