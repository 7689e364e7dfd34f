package main

import (
	"fmt"
	"strings"
)

// The hand-written PDFs below each carry one case of how text is drawn
// that a reader must undo: ligature glyphs, symbol fonts without a
// ToUnicode map, words hyphenated at a line's end.

// pdfOf writes objs as objects 1…n of a PDF whose catalog is object 1.
func pdfOf(objs []string) []byte {
	var b []byte
	b = append(b, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"...)
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = len(b)
		b = append(b, fmt.Sprintf("%d 0 obj\n%s\nendobj\n", i+1, o)...)
	}
	xref := len(b)
	b = append(b, fmt.Sprintf("xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)...)
	for _, off := range offsets {
		b = append(b, fmt.Sprintf("%010d 00000 n \n", off)...)
	}
	b = append(b, fmt.Sprintf("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)...)
	return b
}

// onePage returns the catalog, page tree and page objects (1–3) and the
// content stream (4) of a one-page A4 PDF whose page has fonts F1… as
// objects 5…; fonts and further objects follow.
func onePage(content string, fonts int) []string {
	var res strings.Builder
	for i := 0; i < fonts; i++ {
		fmt.Fprintf(&res, "/F%d %d 0 R ", i+1, 5+i)
	}
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << " + res.String() + ">> >> >>",
		stream(content),
	}
}

// lines draws each line in font F1 at size 12, 16 points apart.
func lines(font string, size, y float64, ls ...string) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "BT /%s %g Tf 72 %g Td (%s) Tj ET\n", font, size, y, l)
		y -= size * 1.35
	}
	return b.String()
}

// handmadeLigatures: ligature glyphs as pdfTeX (glyph names /fi, /ffi, no
// ToUnicode) and as other producers (a ToUnicode CMap mapping a glyph to
// U+FB01) draw them. Codes 1–7: ffi fi fl ff ffl, and s_t / longs_t.
func handmadeLigatures() []byte {
	text := []string{
		"The O\\001ce \\002nanced the \\002rst o\\001cial \\003ight;",
		"e\\004ective \\005uent sta\\004 and a\\003oat.",
	}
	content := "BT /F1 16 Tf 72 780 Td (Ligatures) Tj ET\n" +
		lines("F1", 12, 750, text...) +
		lines("F2", 12, 700, text...) +
		lines("F2", 12, 650, "the ma\\007 and ha\\006e")
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" +
		"1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n" +
		"7 beginbfchar\n<01> <FB03>\n<02> <FB01>\n<03> <FB02>\n<04> <FB00>\n<05> <FB04>\n<06> <FB05>\n<07> <FB06>\nendbfchar\n" +
		"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
	objs := append(onePage(content, 2),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding "+
			"/Differences [1 /ffi /fi /fl /ff /ffl /longs_t /s_t] >> >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /ToUnicode 7 0 R >>",
		stream(cmap))
	return pdfOf(objs)
}

// handmadeSymbol: Greek and symbols from fonts without a ToUnicode map:
// the standard Symbol font (no /Encoding: its built-in one), Symbol with
// /Differences over it, ZapfDingbats, and an embedded Type 1 program whose
// clear text declares a built-in encoding of Greek glyph names at the
// codes TeX's math italic uses and at Latin letters' codes.
func handmadeSymbol() []byte {
	content := "BT /F4 16 Tf 72 780 Td (Symbol fonts) Tj ET\n" +
		lines("F1", 12, 750, "abgdefjlmpqrstwxyz", "GDQLPSFYW \\245 \\264 \\273 \\316 \\245100", "wavelength l = 21 cm, angle q") +
		lines("F2", 12, 690, "a\\001b") +
		lines("F3", 12, 670, "345Hlnu\\254\\255\\256\\336") +
		lines("F5", 12, 650, "\\013\\014\\015\\016 \\036\\047 gfj")
	enc := "%!PS-AdobeFont-1.0: DossierGreek 001.000\n12 dict begin\n/FontName /DossierGreek def\n" +
		"/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 11 /alpha put\ndup 12 /beta put\ndup 13 /gamma put\ndup 14 /delta put\n" +
		"dup 30 /phi put\ndup 39 /phi1 put\ndup 32 /space put\n" +
		"dup 103 /gamma put\ndup 102 /phi put\ndup 106 /phi1 put\n" +
		"readonly def\ncurrentdict end\ncurrentfile eexec\n"
	prog := enc + strings.Repeat("0", 64) + "\ncleartomark\n"
	objs := append(onePage(content, 5),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /Encoding << /Differences [1 /phi1] >> >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+DossierGreek /FirstChar 0 /LastChar 255 "+
			"/Widths ["+strings.Repeat("500 ", 256)+"] /FontDescriptor 10 0 R >>",
		"<< /Type /FontDescriptor /FontName /ABCDEF+DossierGreek /Flags 4 /FontBBox [0 -250 1000 750] "+
			"/ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 /FontFile 11 0 R >>",
		fmt.Sprintf("<< /Length %d /Length1 %d /Length2 %d /Length3 13 >>\nstream\n%sendstream", len(prog), len(enc), 65, prog))
	return pdfOf(objs)
}

// handmadeHyphens: words hyphenated at a line's end ("imple-" "mented"),
// with a soft hyphen, and hyphens a line ends in before a capital, a
// digit or a space, which belong to the text ("X-" "Ray", "2019-" "2020").
func handmadeHyphens() []byte {
	content := "BT /F1 16 Tf 72 780 Td (Hyphenation) Tj ET\n" + lines("F1", 12, 750,
		"The project was imple-",
		"mented by the Office; a follow-",
		"up phase and Cur-",
		"abitur came. The X-",
		"Ray unit ran 2019-",
		"2020 (a-)",
		"and an en dash \\226",
		"that stays, a soft\\255",
		"hyphen that goes.")
	return pdfOf(append(onePage(content, 1),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"))
}
