package pdftext

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// cmapProgram wraps CMap sections in the boilerplate producers write.
func cmapProgram(body string) string {
	return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
` + body + `
endcmap
CMapName currentdict /CMap defineresource pop
end
end`
}

func TestParseCMap_Unicode(t *testing.T) {
	twoByte := "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
	tests := []struct {
		name  string
		cmap  string
		codes []codeKey
		want  []string // "" for no mapping
	}{
		{
			// gofpdf's single range, which ledongthuc/pdf applied to the
			// low byte only: € came out as ¬ and the dashes went missing.
			name:  "gofpdf full range",
			cmap:  twoByte + "1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange",
			codes: []codeKey{{2, 0x20AC}, {2, 0x2013}, {2, 0x2014}, {2, 0x00E9}, {2, 0x03A9}, {2, 0x0041}},
			want:  []string{"€", "–", "—", "é", "Ω", "A"},
		},
		{
			name:  "bfchar, surrogate pair and ligature",
			cmap:  twoByte + "3 beginbfchar\n<0003> <0020>\n<0041> <D835DC00>\n<0012> <00660069>\nendbfchar",
			codes: []codeKey{{2, 3}, {2, 0x41}, {2, 0x12}, {2, 0x13}},
			want:  []string{" ", "𝐀", "fi", ""},
		},
		{
			name:  "incrementing bfrange",
			cmap:  twoByte + "2 beginbfrange\n<0044> <004A> <0061>\n<07DF> <07E0> <2013>\nendbfrange",
			codes: []codeKey{{2, 0x44}, {2, 0x46}, {2, 0x4A}, {2, 0x4B}, {2, 0x7E0}},
			want:  []string{"a", "c", "g", "", "—"},
		},
		{
			name:  "bfrange array form",
			cmap:  twoByte + "1 beginbfrange\n<0005> <0007> [<0041> <0042> <00660066>]\nendbfrange",
			codes: []codeKey{{2, 5}, {2, 6}, {2, 7}, {2, 8}},
			want:  []string{"A", "B", "ff", ""},
		},
		{
			name:  "incrementing past the BMP counts code points",
			cmap:  twoByte + "1 beginbfrange\n<0001> <0003> <D835DC00>\nendbfrange",
			codes: []codeKey{{2, 1}, {2, 3}},
			want:  []string{"𝐀", "𝐂"},
		},
		{
			name:  "one-byte codes",
			cmap:  "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n2 beginbfchar\n<80> <20AC>\n<41> <0041>\nendbfchar\n1 beginbfrange\n<61> <63> <0430>\nendbfrange",
			codes: []codeKey{{1, 0x80}, {1, 0x41}, {1, 0x62}},
			want:  []string{"€", "A", "б"},
		},
		{
			// Producers miscount their entries; the end keyword decides.
			name:  "wrong entry count",
			cmap:  twoByte + "5 beginbfchar\n<0001> <0041>\nendbfchar\n1 beginbfchar\n<0002> <0042>\n<0003> <0043>\nendbfchar",
			codes: []codeKey{{2, 1}, {2, 2}, {2, 3}},
			want:  []string{"A", "B", "C"},
		},
		{
			name:  "hex strings with white space and odd digits",
			cmap:  twoByte + "1 beginbfchar\n<00 4 1> <00 4>\nendbfchar",
			codes: []codeKey{{2, 0x41}},
			want:  []string{"@"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseCMap([]byte(cmapProgram(tt.cmap)), 1000)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range tt.codes {
				s, _ := m.unicode(c)
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("text of codes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCMap_NextCodeByCodespace(t *testing.T) {
	// A Shift-JIS-like codespace: one byte for ASCII, two from 0x81.
	m, err := ParseCMap([]byte("2 begincodespacerange\n<00> <80>\n<8140> <9FFC>\nendcodespacerange"), 100)
	if err != nil {
		t.Fatal(err)
	}
	var got []codeKey
	for s := []byte("A\x81\x40B\x9f\xfc\xfa"); len(s) > 0; {
		var c codeKey
		c, s = m.nextCode(s)
		got = append(got, c)
	}
	want := []codeKey{{1, 'A'}, {2, 0x8140}, {1, 'B'}, {2, 0x9FFC}, {1, 0xFA}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(codeKey{})); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
}

func TestCMap_CIDs(t *testing.T) {
	m, err := ParseCMap([]byte("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"+
		"1 begincidrange\n<0020> <007E> 1\nendcidrange\n1 begincidchar\n<3000> 633\nendcidchar"), 100)
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[uint32]int{0x20: 1, 0x41: 34, 0x3000: 633} {
		if got, ok := m.cid(codeKey{2, code}); !ok || got != want {
			t.Errorf("cid(%#x) = %d, %v; want %d", code, got, ok, want)
		}
	}
}

func TestParseCMap_TooLarge(t *testing.T) {
	var b strings.Builder
	b.WriteString("100 beginbfchar\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "<%04X> <%04X>\n", i, 0x41+i)
	}
	b.WriteString("endbfchar\n")
	_, err := ParseCMap([]byte(b.String()), 50)
	if !errors.Is(err, ErrCMapTooLarge) {
		t.Fatalf("got %v, want ErrCMapTooLarge", err)
	}
}

func FuzzParseCMap(f *testing.F) {
	f.Add([]byte(cmapProgram("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange")))
	f.Add([]byte(cmapProgram("1 beginbfrange\n<0005> <0007> [<0041> <0042> <00660066>]\nendbfrange\n3 beginbfchar\n<0041> <D835DC00>\nendbfchar")))
	f.Add([]byte("2 begincodespacerange\n<00> <80>\n<8140> <9FFC>\nendcodespacerange\n1 begincidrange\n<0020> <007E> 1\nendcidrange"))
	f.Add([]byte("[[[[[[ << /a (b\\) <<>> ] beginbfrange <> <FFFFFFFFFF> [ endbfrange"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _ := ParseCMap(data, 4096)
		for _, s := range [][]byte{{0}, {0x20, 0xAC}, {0xFF, 0xFF, 0xFF, 0xFF}, data} {
			for len(s) > 0 {
				var c codeKey
				c, s = m.nextCode(s)
				m.unicode(c)
				m.cid(c)
			}
		}
	})
}
