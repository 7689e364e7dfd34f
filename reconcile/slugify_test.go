package reconcile

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSlugify(t *testing.T) {
	long := strings.Repeat("Global Action on Cybercrime Extended ", 140) // 5,180 characters
	for _, tc := range []struct{ in, want string }{
		{"Cybercrime@Octopus", "cybercrime-octopus"},
		{"Octopus Project", "octopus-project"},
		{"Céline’s Project", "celine-s-project"},
		{"\x1b]0;pwned\x07Evil\nTitle", "0-pwned-evil-title"},
		{"日本", "project"},
		// Cut at the last hyphen before 80 bytes, not inside a word.
		{long, "global-action-on-cybercrime-extended-global-action-on-cybercrime-extended-global"},
		// One word longer than the cap is cut at the cap.
		{strings.Repeat("a", 200), strings.Repeat("a", MaxSlugLen)},
		// A cut that falls on a hyphen leaves no trailing hyphen.
		{strings.Repeat("a", 80) + " b", strings.Repeat("a", 80)},
		{strings.Repeat("ab ", 40), strings.TrimSuffix(strings.Repeat("ab-", 27), "-")},
	} {
		got := Slugify(tc.in)
		if got != tc.want {
			t.Errorf("Slugify(%.40q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(got) > MaxSlugLen || !utf8.ValidString(got) || strings.HasSuffix(got, "-") {
			t.Errorf("Slugify(%.40q) = %q: over %d bytes, invalid or ending in a hyphen", tc.in, got, MaxSlugLen)
		}
	}
}

// FuzzSlugify: every slug is short, ASCII letters, digits and single
// hyphens between them.
func FuzzSlugify(f *testing.F) {
	f.Add("Cybercrime@Octopus")
	f.Add(strings.Repeat("Ωmega project ", 30))
	f.Fuzz(func(t *testing.T, title string) {
		s := Slugify(title)
		if s == "" || len(s) > MaxSlugLen || strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") || strings.Contains(s, "--") {
			t.Fatalf("Slugify(%q) = %q", title, s)
		}
		for _, r := range s {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Fatalf("Slugify(%q) = %q holds %q", title, s, r)
			}
		}
	})
}
