package facts

import "testing"

// TestShareWordBefore_BodyOutsideTheWindow: a body read from the text
// after an amount stands outside the window before it; asking about it
// gives false, not a slice out of range (a panic would lose the
// document's other facts).
func TestShareWordBefore_BodyOutsideTheWindow(t *testing.T) {
	for _, tc := range []struct {
		window string
		at     int
		want   bool
	}{
		{" bereit, davon BMZ ", 15, true},
		{", of which Germany ", 11, true},
		{" and ", 12, false},
		{" ", -1, false},
		{" bereit und BMZ ", 12, false},
	} {
		if got := shareWordBefore(tc.window, tc.at); got != tc.want {
			t.Errorf("shareWordBefore(%q, %d) = %v, want %v", tc.window, tc.at, got, tc.want)
		}
	}
}
