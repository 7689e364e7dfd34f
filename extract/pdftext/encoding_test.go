package pdftext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGlyphText(t *testing.T) {
	tests := map[string]string{
		"eacute":       "é",
		"Euro":         "€",
		"endash":       "–",
		"emdash":       "—",
		"quotedblleft": "“",
		"quoteright":   "’",
		"bullet":       "•",
		"arrowright":   "→",
		"Omega":        "Ω",
		"fi":           "ﬁ",
		"uni20AC":      "€",
		"uni00660069":  "fi",
		"u1F600":       "😀",
		"f_i":          "fi",
		"a.sc":         "a",
		"germandbls":   "ß",
		"g123":         "",
		"uniD800":      "",
		"u110000":      "",
		"":             "",
	}
	for name, want := range tests {
		if got := GlyphText(name); got != want {
			t.Errorf("GlyphText(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestDecodeTextString(t *testing.T) {
	tests := map[string]string{
		"\xfe\xff\x00O\x20\x13\x03\xa9": "O–Ω",          // UTF-16BE with its mark
		"\xfe\xff\xd8\x35\xdc\x00":      "𝐀",            // a surrogate pair
		"Caf\xe9 \xa0 5 \x84 \x8d":      "Café € 5 — “", // PDFDocEncoding
		"\xef\xbb\xbfCaf\xc3\xa9":       "Café",         // PDF 2.0 UTF-8
		"":                              "",
	}
	for in, want := range tests {
		if got := DecodeTextString(in); got != want {
			t.Errorf("DecodeTextString(%q) = %q, want %q", in, got, want)
		}
	}
}

// simpleFont builds a simple font with a base encoding and differences,
// as loadFont does from a font dictionary.
func simpleFont(base *[256]rune, diffs map[byte]string, widths []float64) *font {
	f := &font{wscale: 0.001, hscale: 1, widths: widths, first: 32}
	for c, r := range base {
		if r != noRune {
			f.enc[c] = string(r)
		}
	}
	for c, name := range diffs {
		f.enc[c] = GlyphText(name)
	}
	return f
}

func TestFontDecode_SimpleEncodings(t *testing.T) {
	tests := []struct {
		name string
		f    *font
		in   string
		want string
	}{
		{"WinAnsi", simpleFont(&winAnsi, nil, nil), "\x80 4\x96\x97 \x93Caf\xe9\x94", "€ 4–— “Café”"},
		{"MacRoman", simpleFont(&macRoman, nil, nil), "\xd0\xd1\x8e", "–—é"},
		{"Standard", simpleFont(&standard, nil, nil), "\xb1\xd0\xaaa\xba\xae", "–—“a”ﬁ"},
		{"Differences", simpleFont(&standard, map[byte]string{1: "Euro", 2: "endash", 3: "uni00E9", 'A': "Omega"}, nil), "\x01\x02\x03A", "€–éΩ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			for _, c := range tt.f.decode([]byte(tt.in), nil) {
				got += c.text
			}
			if got != tt.want {
				t.Errorf("decode(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFontDecode_ToUnicodeBeforeEncoding(t *testing.T) {
	m, err := ParseCMap([]byte("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n1 beginbfchar\n<41> <0391>\nendbfchar"), 100)
	if err != nil {
		t.Fatal(err)
	}
	f := simpleFont(&winAnsi, nil, []float64{250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 600})
	f.toUnicode = m
	got := f.decode([]byte("AB "), nil)
	want := []char{{text: "Α", w: 0.6}, {text: "B", w: 0}, {text: " ", w: 0.25, space: true}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(char{})); diff != "" {
		t.Errorf("chars (-want +got):\n%s", diff)
	}
}

func TestFontDecode_IdentityH(t *testing.T) {
	m, err := ParseCMap([]byte(cmapProgram("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n2 beginbfchar\n<0828> <20AC>\n<0003> <0020>\nendbfchar")), 100)
	if err != nil {
		t.Fatal(err)
	}
	f := &font{composite: true, toUnicode: m, wscale: 0.001, hscale: 1, dw: 1000,
		cidW: map[int]float64{3: 278}, cidRange: []widthRange{{0x800, 0x900, 556}}}
	got := f.decode([]byte("\x08\x28\x00\x03\x00\x07"), nil)
	want := []char{{text: "€", w: 0.556}, {text: " ", w: 0.278}, {text: "", w: 1}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(char{})); diff != "" {
		t.Errorf("chars (-want +got):\n%s", diff)
	}
}

func TestType1Encoding_ReadsBuiltInEncoding(t *testing.T) {
	prog := []byte("%!PS-AdobeFont-1.0: X\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 103 /gamma put\ndup 106 /phi1 put\ndup 2 /fi put\nreadonly def\ncurrentfile eexec\ndup 104 /eta put\n")
	enc, ok := Type1Encoding(prog)
	if !ok || enc[103] != "γ" || enc[106] != "ϕ" || enc[2] != "fi" || enc[104] != "" {
		t.Errorf("got ok=%v γ=%q ϕ=%q fi=%q eta=%q", ok, enc[103], enc[106], enc[2], enc[104])
	}
	if _, ok := Type1Encoding([]byte("/Encoding StandardEncoding def")); ok {
		t.Error("StandardEncoding read as a built-in encoding")
	}
}

func TestLogical_RightToLeftRunsInReadingOrder(t *testing.T) {
	// Visual order, one piece a glyph: "ابc 12" drawn right to left.
	tests := []struct {
		pieces []string
		rtl    bool
		want   string
	}{
		{[]string{"ب", "ا", " ", "1", "2"}, true, "12 اب"},
		{[]string{"a", " ", "ب", "ا", " ", "b"}, false, "a اب b"},
		{[]string{"(", "ب", "ا", ")"}, false, "(اب)"},
		{[]string{"لا", "م"}, true, "ملا"},
	}
	for _, tt := range tests {
		if got := Logical(tt.pieces, tt.rtl); got != tt.want {
			t.Errorf("Logical(%q, %v) = %q, want %q", tt.pieces, tt.rtl, got, tt.want)
		}
	}
}

func FuzzType1Encoding(f *testing.F) {
	f.Add([]byte("/Encoding 256 array\ndup 97 /alpha put\nreadonly def\n"))
	f.Add([]byte("/Encoding StandardEncoding def\ncurrentfile eexec"))
	f.Add([]byte("/Encoding 1 dup dup put put def"))
	f.Fuzz(func(t *testing.T, prog []byte) {
		_, _ = Type1Encoding(prog)
	})
}
