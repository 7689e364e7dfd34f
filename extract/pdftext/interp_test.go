package pdftext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ledongthuc/pdf"
)

// testFonts are a simple font whose printable glyphs are all half an em
// wide, and an Identity-H font with a ToUnicode CMap.
func testFonts(t testing.TB) map[string]*font {
	widths := make([]float64, 95)
	for i := range widths {
		widths[i] = 500
	}
	simple := simpleFont(&winAnsi, nil, widths)
	simple.name = "Test"
	m, err := ParseCMap([]byte("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange"), 100)
	if err != nil {
		t.Fatal(err)
	}
	cid := &font{name: "TestCID", composite: true, toUnicode: m, wscale: 0.001, hscale: 1, dw: 1000, bold: true}
	return map[string]*font{"F1": simple, "F2": cid}
}

// run interprets content on a page 800 points high.
func runContent(t testing.TB, content string) []Glyph {
	var p Page
	in := &interp{r: NewReader(Limits{MaxOps: 100000}), out: &p, opsLeft: 100000}
	st := gstate{ctm: matrix{1, 0, 0, -1, 0, 800}, th: 1}
	if err := in.run([]byte(content), pdf.Value{}, testFonts(t), st, 0); err != nil {
		t.Fatal(err)
	}
	return p.Glyphs
}

func TestInterpret_TextState(t *testing.T) {
	g := func(text string, x, y, w, size float64) Glyph {
		return Glyph{Text: text, X: x, Y: y, W: w, Size: size, Font: "Test"}
	}
	tests := []struct {
		name    string
		content string
		want    []Glyph
	}{
		{"Td and Tj", "BT /F1 10 Tf 100 700 Td (AB) Tj ET",
			[]Glyph{g("A", 100, 100, 5, 10), g("B", 105, 100, 5, 10)}},
		{"TJ kerning", "BT /F1 10 Tf 100 700 Td [(A) -1000 (B) 500 (C)] TJ ET",
			[]Glyph{g("A", 100, 100, 5, 10), g("B", 115, 100, 5, 10), g("C", 115, 100, 5, 10)}},
		{"character spacing", "BT /F1 10 Tf 2 Tc 100 700 Td (AB) Tj ET",
			[]Glyph{g("A", 100, 100, 5, 10), g("B", 107, 100, 5, 10)}},
		{"word spacing on code 32", "BT /F1 10 Tf 3 Tw 100 700 Td (A B) Tj ET",
			[]Glyph{g("A", 100, 100, 5, 10), g(" ", 105, 100, 5, 10), g("B", 113, 100, 5, 10)}},
		{"horizontal scaling", "BT /F1 10 Tf 50 Tz 100 700 Td (AB) Tj ET",
			[]Glyph{g("A", 100, 100, 2.5, 10), g("B", 102.5, 100, 2.5, 10)}},
		{"leading, T* and '", "BT /F1 10 Tf 12 TL 100 700 Td (A) Tj T* (B) Tj (C) ' ET",
			[]Glyph{g("A", 100, 100, 5, 10), g("B", 100, 112, 5, 10), g("C", 100, 124, 5, 10)}},
		{"TD sets leading", "BT /F1 10 Tf 100 700 Td 0 -14 TD (A) Tj T* (B) Tj ET",
			[]Glyph{g("A", 100, 114, 5, 10), g("B", 100, 128, 5, 10)}},
		{"\" sets spacing", "BT /F1 10 Tf 10 TL 100 700 Td 4 1 (A B) \" ET",
			[]Glyph{g("A", 100, 110, 5, 10), g(" ", 106, 110, 5, 10), g("B", 116, 110, 5, 10)}},
		{"Tm", "BT /F1 10 Tf 1 0 0 1 200 400 Tm (A) Tj ET",
			[]Glyph{g("A", 200, 400, 5, 10)}},
		{"text rise", "BT /F1 10 Tf 5 Ts 100 700 Td (A) Tj ET",
			[]Glyph{g("A", 100, 95, 5, 10)}},
		{"cm scales, Q restores", "q 2 0 0 2 0 0 cm BT /F1 10 Tf 50 300 Td (A) Tj ET Q BT /F1 10 Tf 50 300 Td (B) Tj ET",
			[]Glyph{g("A", 100, 200, 10, 20), g("B", 50, 500, 5, 10)}},
		{"font size in Tm", "BT /F1 1 Tf 12 0 0 12 100 700 Tm (A) Tj ET",
			[]Glyph{g("A", 100, 100, 6, 12)}},
		{"Identity-H", "BT /F2 10 Tf 100 700 Td <20AC2013> Tj ET",
			[]Glyph{{Text: "€", X: 100, Y: 100, W: 10, Size: 10, Font: "TestCID", Bold: true}, {Text: "–", X: 110, Y: 100, W: 10, Size: 10, Font: "TestCID", Bold: true}}},
		{"rotated baseline", "BT /F1 10 Tf 0 1 -1 0 300 300 Tm (A) Tj ET",
			[]Glyph{{Text: "A", X: 300, Y: 500, W: 5, Size: 10, Font: "Test", Rotated: true}}},
		{"inline image skipped", "BI /W 1 /H 1 /BPC 8 /CS /G ID \x00\xffEI junk EI\nBT /F1 10 Tf 10 10 Td (A) Tj ET",
			[]Glyph{g("A", 10, 790, 5, 10)}},
		{"unknown font draws nothing", "BT /F9 10 Tf 10 10 Td (A) Tj ET", nil},
		{"escapes in literal strings", "BT /F1 10 Tf 100 700 Td (\\(\\101\\)) Tj ET",
			[]Glyph{g("(", 100, 100, 5, 10), g("A", 105, 100, 5, 10), g(")", 110, 100, 5, 10)}},
		{"stray operands are dropped", "BT /F1 10 Tf 1 2 3 100 700 Td (A) Tj ET",
			[]Glyph{g("A", 100, 100, 5, 10)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runContent(t, tt.content)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("glyphs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInterpret_OperatorLimit(t *testing.T) {
	var p Page
	in := &interp{r: NewReader(Limits{MaxOps: 10}), out: &p, opsLeft: 10}
	err := in.run([]byte("q Q q Q q Q q Q q Q q Q"), pdf.Value{}, nil, gstate{ctm: identity, th: 1}, 0)
	if err == nil {
		t.Fatal("12 operators ran under a limit of 10")
	}
}

func FuzzInterpret(f *testing.F) {
	f.Add([]byte("BT /F1 10 Tf 100 700 Td [(A) -1000 (B)] TJ 12 TL T* (C) ' 1 2 (D) \" ET"))
	f.Add([]byte("q 2 0 0 2 0 0 cm BT /F2 10 Tf <20AC2013> Tj ET Q /X0 Do"))
	f.Add([]byte("BI /W 1 ID \x00EI BT (\\377\\( <4 1> [[[<<>>]]] ET"))
	fonts := testFonts(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Page
		in := &interp{r: NewReader(Limits{MaxOps: 20000}), out: &p, opsLeft: 20000}
		_ = in.run(data, pdf.Value{}, fonts, gstate{ctm: matrix{1, 0, 0, -1, 0, 800}, th: 1}, 0)
	})
}
