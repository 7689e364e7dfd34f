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

// TestJoinAfterNotes: a bracketed note before "and" or "+" ends a list's
// member; before "with" only a note of leading does, and only for
// implementers.
func TestJoinAfterNotes(t *testing.T) {
	for _, c := range []struct {
		in   string
		lead bool
		want string
	}{
		{"Expertise France (capofila) + CSIP", false, "Expertise France (capofila), CSIP"},
		{"ACF (Spain) ainsi que Solidarités International", false, "ACF (Spain), Solidarités International"},
		{"GIZ (lead) with Expertise France", true, "GIZ (lead), Expertise France"},
		{"GIZ (lead) with Expertise France", false, "GIZ (lead) with Expertise France"},
		{"UNDP (Panama) with the ministries", true, "UNDP (Panama) with the ministries"},
		{"Expertise France (chef de file), avec le Cerema", true, "Expertise France (chef de file), le Cerema"},
		{"WFP (lead) and", false, "WFP (lead) and"},
		{"(lead) and FAO", false, "(lead) and FAO"},
	} {
		if got := joinAfterNotes(c.in, c.lead); got != c.want {
			t.Errorf("joinAfterNotes(%q, %v) = %q, want %q", c.in, c.lead, got, c.want)
		}
	}
}

// TestOrgHeadEnd: the head of a body's name ends before a bracket, a
// dash set apart by spaces, a comma or a slash, and the spaces before it.
func TestOrgHeadEnd(t *testing.T) {
	for text, want := range map[string]int{
		"UNODC (Vienna)":        len("UNODC"),
		"UNDP – Country Office": len("UNDP"),
		"UNDP - Country Office": len("UNDP"),
		"GIZ, Eschborn":         len("GIZ"),
		"FAO/OMS":               len("FAO"),
		"Expertise France":      -1,
		"Timor-Leste Red Cross": -1,
		"(UNDP) Country Office": 0,
	} {
		if got := orgHeadEnd(text); got != want {
			t.Errorf("orgHeadEnd(%q) = %d, want %d", text, got, want)
		}
	}
}
