// Command gen writes test PDFs of package extract. With gofpdf: a page set in
// the Go fonts, embedded as UTF-8 TrueType fonts, whose text has the
// characters ledongthuc/pdf decoded wrongly ("€", "–", "—", curly quotes,
// Greek), with a footer drawn from a form XObject (a gofpdf template) in
// core Helvetica with WinAnsiEncoding, a copy of it that needs a password
// to open and one encrypted with an owner password only. By hand: handmade-encodings.pdf (see handmade) and the
// handmade-*.pdf of cases.go. A LaTeX-like two-column page: latex.go.
//
// Usage: go run ./extract/testdata/pdf/gen OUTDIR
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen OUTDIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := write(filepath.Join(dir, "gofpdf-utf8.pdf"), "-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := write(filepath.Join(dir, "gofpdf-encrypted.pdf"), "secret"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := write(filepath.Join(dir, "gofpdf-owner-encrypted.pdf"), ""); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for name, data := range map[string][]byte{
		"handmade-encodings.pdf": handmade(),
		"handmade-ligatures.pdf": handmadeLigatures(),
		"handmade-symbol.pdf":    handmadeSymbol(),
		"handmade-hyphens.pdf":   handmadeHyphens(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if err := latexLike(filepath.Join(dir, "gofpdf-latex-two-column.pdf"), "extract/testdata/pdf/latex-two-column.txt"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// handmade writes, object by object, a PDF 2.0 file with what the
// producers above do not make: a Type1 font with /Differences by glyph
// name, a composite font whose ToUnicode CMap uses the bfrange array form,
// a surrogate pair and a ligature, a font without /Widths, and a page
// with /Rotate 90.
func handmade() []byte {
	page1 := "BT /F1 14 Tf 72 760 Td (Encodings test) Tj ET\n" +
		"BT /F1 11 Tf 72 730 Td (Caf\\003 \\001 4 000 000 \\002 1 January 2014) Tj ET\n" +
		"BT /F1 11 Tf 72 714 Td [(\\005Octopus\\006) -250 (and) -250 (\\004) -250 (a dash)] TJ ET\n" +
		"BT /F2 11 Tf 72 690 Td <0001000200030004> Tj ET\n" +
		"BT /F3 11 Tf 72 670 Td (Plain Courier text) Tj ET\n"
	// On a page displayed turned a quarter clockwise, text set along the
	// y axis reads upright.
	page2 := "BT /F1 12 Tf 0 1 -1 0 500 72 Tm (Rotated page, read as displayed) Tj ET\n" +
		"BT /F1 12 Tf 0 1 -1 0 520 72 Tm (Second line of the rotated page) Tj ET\n"
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
		"1 beginbfrange\n<0001> <0003> [<0046> <00660069> <D835DC00>]\nendbfrange\n" +
		"1 beginbfchar\n<0004> <00E9>\nendbfchar\n" +
		"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 /MediaBox [0 0 595 842] >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 8 0 R >> >> >>",
		stream(page1),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding " +
			"/Differences [1 /Euro /endash /eacute /emdash /quotedblleft /quotedblright] >> >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /Dossier-Test /Encoding /Identity-H /ToUnicode 7 0 R " +
			"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Dossier-Test " +
			"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 >>] >>",
		stream(cmap),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
		"<< /Type /Page /Parent 2 0 R /Rotate 90 /Contents 10 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream(page2),
		"<< /Title (Hand-made \\205 encodings) /Producer (dossier gen) >>",
	}
	var b []byte
	b = append(b, "%PDF-2.0\n%\xe2\xe3\xcf\xd3\n"...)
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
	b = append(b, fmt.Sprintf("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, len(objs), xref)...)
	return b
}

func stream(data string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(data), data)
}

// write makes one PDF; the fixed dates keep its bytes the same run to run.
// userPassword "-" leaves it unencrypted; "" encrypts it with an owner
// password only, which any reader may open.
func write(path string, userPassword string) error {
	pdf := gofpdf.New("P", "mm", "A4", "")
	stamp := time.Date(2019, time.April, 22, 10, 0, 0, 0, time.UTC)
	pdf.SetCreationDate(stamp)
	pdf.SetModificationDate(stamp)
	pdf.SetTitle("Octopus – Ωμέγα “summary”", true)
	pdf.SetAuthor("Céline Müller", true)
	pdf.SetSubject("UTF-8 TrueType test page", true)
	pdf.SetCreator("dossier gen", true)
	pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
	pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	if userPassword != "-" {
		pdf.SetProtection(gofpdf.CnProtectPrint, userPassword, "owner-secret")
	}
	pdf.SetMargins(20, 20, 20)
	pdf.AddPage()

	pdf.SetFont("go", "B", 18)
	pdf.MultiCell(0, 9, "Octopus Project – donor summary", "", "L", false)
	pdf.Ln(3)

	pdf.SetFont("go", "", 11)
	body := []string{
		"The Octopus Project follows Cybercrime@Octopus (1 January 2014 – 31 December 2020) " +
			"and runs from 2021 to 2027 with a target budget of € 10 000 000.",
		"Contributions — from Parties, Observers and other entities — are welcome; " +
			"the “quoted” figure of € 4 000 000 was the earlier project's ceiling.",
		"Contact: Céline Müller, C-PROC, Bucharest. Greek test word: Ωμέγα.",
	}
	for _, p := range body {
		pdf.MultiCell(0, 5.5, p, "", "L", false)
		pdf.Ln(2.5)
	}

	pdf.SetFont("go", "B", 11)
	pdf.CellFormat(40, 6, "Duration:", "", 0, "L", false, 0, "")
	pdf.SetFont("go", "", 11)
	pdf.MultiCell(0, 6, "2021 – 2027", "", "L", false)
	pdf.SetFont("go", "B", 11)
	pdf.CellFormat(40, 6, "Target budget:", "", 0, "L", false, 0, "")
	pdf.SetFont("go", "", 11)
	pdf.MultiCell(0, 6, "€ 10 million", "", "L", false)
	pdf.Ln(3)

	for _, item := range []string{
		"• Octopus Conferences every 18 months",
		"• Support to the Cybercrime Convention Committee (T-CY)",
		"• Online tools: Octopus platform, CYBOX",
	} {
		pdf.MultiCell(0, 5.5, item, "", "L", false)
	}
	// The footer is a template: a form XObject with its own resources,
	// drawn scaled, set in a core font whose codes are WinAnsi bytes.
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	footer := pdf.CreateTemplate(func(t *gofpdf.Tpl) {
		t.SetFont("Helvetica", "", 9)
		t.Text(20, 280, tr("Council of Europe – C-PROC, Bucarest – € 10 million – Société"))
	})
	pdf.UseTemplateScaled(footer, gofpdf.PointType{X: 0, Y: 0}, gofpdf.SizeType{Wd: 210, Ht: 297})
	if err := pdf.OutputFileAndClose(path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
