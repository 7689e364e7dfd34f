package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"white space runs become one space", "  Council\tof\n\nEurope  ", "Council of Europe"},
		{"no-break spaces stay, to hold an amount together", "CAN$\u00a0250,000 and 5\u202f000", "CAN$\u00a0250,000 and 5\u00a0000"},
		{"soft hyphens and zero-width characters go", "Cyber\u00adcrime\u200b@Octo\ufeffpus", "Cybercrime@Octopus"},
		{"a decomposed accent is composed", "Ce\u0301line", "Céline"},
		{"a compatibility form the fonts lack is spelt out", "\uff26\uff35\uff2c\uff2c width", "FULL width"},
		{"a non-breaking hyphen is a hyphen", "T\u2011CY", "T-CY"},
		{"a symbol the fonts lack is the replacement character", "budget \U0001F4B0 ok", "budget \ufffd ok"},
		{"a run of a script the fonts lack is its name", "Donor: وزارة الخارجية, Oman", "Donor: [Arabic], Oman"},
		{"Hebrew", "משרד החוץ (Israel)", "[Hebrew] (Israel)"},
		{"Chinese, Japanese and Korean are CJK", "Japan 日本国 and Korea 한국", "Japan [CJK] and Korea [CJK]"},
		{"bidi controls go, the text stays in stored order", "\u202eadanaC\u202c", "adanaC"},
		{"bytes that are not UTF-8", "caf\xe9", "caf\ufffd"},
		{"control characters are spaces", "a\x00b\x1bc", "a b c"},
		{"the characters a report needs are kept", "Céline – “€ 161,000” ‘x’ — 2014…2020 · •", "Céline – “€ 161,000” ‘x’ — 2014…2020 · •"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// lineTexts gives each line's words joined by spaces.
func lineTexts(ls []line) []string {
	var out []string
	for _, l := range ls {
		var words []string
		for _, p := range l.toks {
			words = append(words, p.text)
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

func TestWrap(t *testing.T) {
	m := loadMetrics()
	// Widths are those of the text a line must just hold, so the tests
	// read as what a person expects on each line.
	w := func(s string) float64 { return m.width(s, stBody.face, stBody.size) + 0.01 }
	tests := []struct {
		name  string
		spans []span
		width float64
		want  []string
	}{
		{
			name:  "words fill a line, then the next",
			spans: []span{{text: "Assistance to countries worldwide in the implementation", st: stBody}},
			width: w("Assistance to countries"),
			want:  []string{"Assistance to countries", "worldwide in the", "implementation"},
		},
		{
			name:  "a reference stays with the value it cites",
			spans: []span{{text: "Estonia", st: stBody}, refSpan([]int{1}), {text: ", ", st: stBody, glue: true}, {text: "Hungary", st: stBody}, refSpan([]int{1, 2})},
			width: w("Estonia [1], Hungary"),
			want:  []string{"Estonia [1],", "Hungary [1,\u00a02]"},
		},
		{
			name:  "a word wider than the line is cut, after a slash where it can be",
			spans: []span{{text: "https://www.coe.int/en/web/cybercrime/octopus", st: stBody}},
			width: w("https://www.coe.int/en/web/"),
			want:  []string{"https://www.coe.int/en/web/", "cybercrime/octopus"},
		},
		{
			name:  "a forced break starts a new line",
			spans: []span{{text: "[1] p. 2", st: stSmall}, {br: true, st: stSmall}, {text: "[3]", st: stSmall}},
			width: 400,
			want:  []string{"[1] p. 2", "[3]"},
		},
		{
			name:  "empty text gives no line",
			spans: []span{{text: "  ", st: stBody}},
			width: 100,
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := wrap(tt.spans, tt.width)
			got := lineTexts(ls)
			// Glued punctuation belongs to the reference token before it.
			for i := range got {
				got[i] = strings.ReplaceAll(got[i], "] ,", "],")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
			for i, l := range ls {
				if l.w > tt.width {
					t.Errorf("line %d is %.2f wide, more than %.2f", i, l.w, tt.width)
				}
			}
		})
	}
}

// FuzzWrap checks that no text, however hostile, makes a line overflow or
// loses a character the fonts can draw.
func FuzzWrap(f *testing.F) {
	f.Add("Cybercrime@Octopus – “Céline” € 4,000,000", 120.0)
	f.Add("https://www.example.org/a/very/long/path/without/any/spaces/at/all.pdf?x=1&y=2", 40.0)
	f.Add("\U0001F600\U0001F600 \u0301\u00ad\u200b \xff\xfe", 5.0)
	f.Add(strings.Repeat("W", 500), 8.0)
	f.Add("a\u00a0b\u00a0c\u00a0d\u00a0e\u00a0f", 1.0)
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if width < 1 || width > 2000 || width != width {
			t.Skip()
		}
		sp := []span{{text: s, st: stBody}, refSpan([]int{1, 2}), {text: s, st: stTag, tag: &colRed}}
		ls := wrap(sp, width)
		m := loadMetrics()
		var got strings.Builder
		for i, l := range ls {
			// A single character wider than the line is the one thing
			// allowed to pass it.
			if l.w > width+1e-9 && !(len(l.toks) == 1 && utf8.RuneCountInString(l.toks[0].text) <= 1) {
				t.Fatalf("line %d is %.2f wide, more than %.2f: %q", i, l.w, width, lineTexts(ls)[i])
			}
			for _, p := range l.toks {
				got.WriteString(p.text)
				for _, r := range p.text {
					if r >= 0x10000 || !m.covered[r] {
						t.Fatalf("line %d holds %q, which the fonts cannot draw", i, r)
					}
				}
			}
		}
		want := strings.ReplaceAll(clean(s)+" [1,\u00a02]"+clean(s), " ", "")
		if g := strings.ReplaceAll(got.String(), " ", ""); g != want {
			t.Fatalf("the lines hold %q, want %q", g, want)
		}
	})
}
