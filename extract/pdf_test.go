package extract

import (
	"github.com/dossier-dev/dossier/internal/testtool"

	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract/pdftext"
)

func init() {
	// Other test files of the package may define -update too.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// pdfFixtures are the PDFs every text test reads: ours, made by real
// producers with testdata/pdf/make.sh, and the project's fixtures.
func pdfFixtures(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"testdata/pdf/*.pdf", "../fixtures/docs/*.pdf"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if !strings.Contains(f, "encrypted") {
				files = append(files, f)
			}
		}
	}
	if len(files) < 3 {
		t.Fatalf("found %d test PDFs; run testdata/pdf/make.sh", len(files))
	}
	return files
}

func readPDFFile(t testing.TB, path string) PDFResult {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ReadPDF(context.Background(), data, PDFLimits{})
	if err != nil {
		t.Fatalf("ReadPDF(%s): %v", path, err)
	}
	return res
}

// pdftotext runs poppler's pdftotext, the reference our text is held to.
func pdftotext(t *testing.T, path string) string {
	t.Helper()
	bin := testtool.Need(t, "pdftotext")
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// bulletWord reports a word that is only a list bullet: items lose theirs.
func bulletWord(w string) bool {
	b, _ := bulletOf(w + " x")
	return b == w
}

// wordCounts counts whitespace-separated words, a trailing colon dropped
// (pairs lose their label's colon).
//
// On a line with right-to-left text, words are its runs of letters, marks
// and digits, lam-alef pairs in one order: pdftotext places the spaces and
// punctuation between runs by the page's direction, not the line's, and
// writes a lam-alef ligature's two letters backwards ("األخطبوط" for
// "الأخطبوط").
func wordCounts(text string) map[string]int {
	m := map[string]int{}
	var words []string
	for _, line := range strings.Split(text, "\n") {
		if !pdftext.HasRightToLeft(line) {
			words = append(words, strings.Fields(line)...)
			continue
		}
		var b strings.Builder
		digit := false
		for _, r := range lamAlef.Replace(line) {
			switch {
			case unicode.IsDigit(r):
				if !digit {
					b.WriteByte(' ')
				}
				digit = true
			case unicode.In(r, unicode.L, unicode.M):
				if digit {
					b.WriteByte(' ')
				}
				digit = false
			default:
				r, digit = ' ', false
			}
			b.WriteRune(r)
		}
		words = append(words, strings.Fields(b.String())...)
	}
	for _, w := range words {
		if w = strings.TrimSuffix(w, ":"); w != "" {
			m[w]++
		}
	}
	return m
}

var lamAlef = strings.NewReplacer("لا", "ال", "لأ", "أل", "لإ", "إل", "لآ", "آل")

// blocksText is what a reader of the blocks sees: labels and text.
func blocksText(blocks []dossier.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		b.WriteString(bl.Label)
		b.WriteString(" ")
		b.WriteString(bl.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// TestReadPDF_SameWordsAsPdftotext holds our text to pdftotext's by
// content: the same words as many times each, but for the bullets that
// list items drop, and every non-ASCII character (€, dashes, accents,
// quotes, Greek) as many times.
func TestReadPDF_SameWordsAsPdftotext(t *testing.T) {
	testtool.Need(t, "pdftotext")
	for _, path := range pdfFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			res := readPDFFile(t, path)
			ref := asWeRead(pdftotext(t, path))
			ours := blocksText(res.Blocks)

			want, got := wordCounts(ref), wordCounts(ours)
			items := 0
			for _, b := range res.Blocks {
				if b.Role == dossier.RoleItem {
					items++
				}
			}
			var missing, extra []string
			bullets := 0
			for w, n := range want {
				for i := got[w]; i < n; i++ {
					if bulletWord(w) {
						bullets++
						continue
					}
					missing = append(missing, w)
				}
			}
			for w, n := range got {
				for i := want[w]; i < n; i++ {
					extra = append(extra, w)
				}
			}
			missing, extra = joinSplitWords(missing, extra)
			missing, extra = keptHyphens(missing, extra)
			sort.Strings(missing)
			sort.Strings(extra)
			if len(missing) > 0 || len(extra) > 0 {
				t.Errorf("words differ from pdftotext:\nmissing %q\nextra %q", missing, extra)
			}
			if bullets > items {
				t.Errorf("%d bullets missing, but only %d items", bullets, items)
			}

			for r, n := range nonASCII(ref) {
				if b, _ := bulletOf(string(r) + " x"); b != "" {
					if m := nonASCII(ours)[r]; m+items < n {
						t.Errorf("%q: pdftotext has %d, we have %d (with %d items)", r, n, m, items)
					}
					continue
				}
				if m := nonASCII(ours)[r]; m != n {
					t.Errorf("%q: pdftotext has %d, we have %d", r, n, m)
				}
			}
		})
	}
}

// asWeRead writes pdftotext's text the way we read it on purpose:
//   - ligatures and presentation forms as their letters ("Oﬃce" is
//     "Office"; pdftotext prints what a ToUnicode map says);
//   - the Symbol font's Delta, Omega and mu as the Greek letters, not the
//     increment, ohm and micro signs;
//   - without the embedding marks (U+202A–U+202C) around right-to-left
//     runs, which a reader does not see.
func asWeRead(ref string) string {
	ref = pdftext.FoldCompat(ref)
	return strings.NewReplacer("\u2206", "\u0394", "\u2126", "\u03a9", "\u00b5", "\u03bc",
		"\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "").Replace(ref)
}

// keptHyphens drops the words pdftotext joins where we keep a hyphen: it
// joins every line ending in a hyphen to the next ("X-" "Ray" to "XRay",
// "2019-" "2020" to "20192020"); we drop the hyphen only before a
// lower-case letter, and keep it in the word before a capital ("X-Ray").
func keptHyphens(missing, extra []string) (m, e []string) {
	left := map[string]int{}
	for _, w := range extra {
		left[w]++
	}
	for _, w := range missing {
		joined := false
		// "X-Ray" whole, where pdftotext joins "X-" and "Ray" to "XRay".
		for a := range left {
			if left[a] > 0 && strings.Contains(a, "-") && strings.ReplaceAll(a, "-", "") == w {
				left[a]--
				joined = true
				break
			}
		}
		for a := range left {
			if joined {
				break
			}
			stem, ok := strings.CutSuffix(a, "-")
			if ok && left[a] > 0 && strings.HasPrefix(w, stem) && stem != "" && left[w[len(stem):]] > 0 && w[len(stem):] != a {
				left[a]--
				left[w[len(stem):]]--
				joined = true
				break
			}
		}
		if !joined {
			m = append(m, w)
		}
	}
	for w, n := range left {
		for i := 0; i < n; i++ {
			e = append(e, w)
		}
	}
	return m, e
}

// joinSplitWords drops the pairs of missing words that one extra word
// joins: pdftotext spaces a superscript off its word ("2 nd"), we do not
// ("2nd").
func joinSplitWords(missing, extra []string) (m, e []string) {
	left := map[string]int{}
	for _, w := range missing {
		left[w]++
	}
	for _, w := range extra {
		joined := false
		for k := 1; k < len(w) && !joined; k++ {
			a, b := w[:k], w[k:]
			if left[a] > 0 && left[b] > 0 && (a != b || left[a] > 1) {
				left[a]--
				left[b]--
				joined = true
			}
		}
		if !joined {
			e = append(e, w)
		}
	}
	for w, n := range left {
		for i := 0; i < n; i++ {
			m = append(m, w)
		}
	}
	return m, e
}

func nonASCII(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if r > unicode.MaxASCII && !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}

// TestReadPDF_Golden shows each PDF's blocks, in reading order, for review:
// testdata/golden/NAME.pdf.txt, rewritten by go test -update.
func TestReadPDF_Golden(t *testing.T) {
	for _, path := range pdfFixtures(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			res := readPDFFile(t, path)
			got := renderBlocks(res)
			golden := filepath.Join("testdata", "golden", name+".txt")
			if updating() {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestReadPDF_Golden -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("blocks of %s differ from %s (-want +got):\n%s", name, golden, diff)
			}
		})
	}
}

// renderBlocks writes blocks one per paragraph: page, role, font size,
// then the label and text, continuation lines indented, row cells by " | ".
func renderBlocks(res PDFResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\npages: %d\n", res.Title, res.Pages)
	for _, bl := range res.Blocks {
		text := strings.ReplaceAll(bl.Text, "\t", " | ")
		if bl.Label != "" {
			text = bl.Label + ": " + text
		}
		fmt.Fprintf(&b, "\np%d %s %g\n", bl.Page, bl.Role, bl.FontSize)
		for _, line := range strings.Split(text, "\n") {
			fmt.Fprintf(&b, "    %s\n", line)
		}
	}
	return b.String()
}

func indexOf(t *testing.T, blocks []dossier.Block, text string) int {
	t.Helper()
	for i, b := range blocks {
		if strings.Contains(b.Label+": "+b.Text, text) {
			return i
		}
	}
	t.Fatalf("no block has %q", text)
	return -1
}

// TestReadPDF_TwoColumnsReadLeftThenRight: the Chromium page draws its
// right column first; a reader reads the left one first, all of it.
func TestReadPDF_TwoColumnsReadLeftThenRight(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/chromium-two-column.pdf")
	lastLeft := indexOf(t, res.Blocks, "flagship event of")
	firstRight := indexOf(t, res.Blocks, "Key figures")
	if lastLeft > firstRight {
		t.Errorf("left column's last block (%d) comes after the right column's first (%d)", lastLeft, firstRight)
	}
	for i, b := range res.Blocks {
		if b.Box.Y < 140 {
			continue // the title and lead above the columns
		}
		left := b.Box.X < 297
		if left && i > firstRight || !left && i < lastLeft {
			t.Errorf("block %d %q at x=%g is out of column order", i, b.Text, b.Box.X)
		}
	}
}

// TestReadPDF_BoldLeadIsOneParagraph: a news item's lead set in bold
// across four lines (Chromium) is one paragraph, as a reader sees it;
// its short wrapped lines are not a heading that cuts the sentence.
func TestReadPDF_BoldLeadIsOneParagraph(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/chromium-bold-lead.pdf")
	i := indexOf(t, res.Blocks, "Mombasa, 2 May 2022")
	b := res.Blocks[i]
	if b.Role != dossier.RoleParagraph {
		t.Errorf("the lead is a %s, want a paragraph", b.Role)
	}
	for _, want := range []string{"Coastal Port", "Safety Programme (COPSAP)", "for four years."} {
		if !strings.Contains(b.Text, want) {
			t.Errorf("the lead's block lacks %q: %q", want, b.Text)
		}
	}
}

// TestReadPDF_JustifiedHeadingIsOneLine: a heading justified across a
// column (Chromium, text-align: justify) spreads its few words far apart;
// it is still one heading, read in order, not a row of cells.
func TestReadPDF_JustifiedHeadingIsOneLine(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/chromium-justified-heading.pdf")
	i := indexOf(t, res.Blocks, "Closed")
	b := res.Blocks[i]
	if got := strings.Join(strings.Fields(b.Text), " "); got != "4. Closed action: HARBOURNET (phase I)" || b.Role != dossier.RoleHeading {
		t.Errorf("heading block = %s %q, want heading %q", b.Role, got, "4. Closed action: HARBOURNET (phase I)")
	}
}

// TestReadPDF_TightTableRowsKeepEveryCell: a report's portfolio table
// (Chromium, seven columns, cells 8 pt apart, names wrapped over two
// lines; fixtures/corpus/dev/src/m-ar-eu-facility-2024.html) is read a
// row at a time with every cell in order, not cut into column groups.
func TestReadPDF_TightTableRowsKeepEveryCell(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/m-ar-eu-facility-2024.pdf")
	for _, want := range []string{
		"Action\tImplementing partner\tStart\tEnd\tTotal budget (all donors)\tEU contribution\tStatus 31/12/2024",
		"Climate-Resilient Agriculture in the Sahel (RESILAGRI)\tFAO\t01/10/2019\t30/09/2024\tEUR 14,500,000\tEUR 9,000,000\tClosed",
		"Community Policing in Northern Mozambique\tGIZ\t01/09/2023\t31/08/2026\tEUR 4,500,000\tEUR 4,500,000\tOngoing",
	} {
		found := false
		for _, b := range res.Blocks {
			if b.Role == dossier.RoleRow && strings.Join(strings.Fields(strings.ReplaceAll(b.Text, "\t", " \x00 ")), " ") == strings.Join(strings.Fields(strings.ReplaceAll(want, "\t", " \x00 ")), " ") {
				found = true
			}
		}
		if !found {
			t.Errorf("no row %q", want)
		}
	}
}

// rowsOnPage returns the text of the table rows a document has on a page.
func rowsOnPage(doc PDFResult, page int) []string {
	var rows []string
	for _, b := range doc.Blocks {
		if b.Role == dossier.RoleRow && b.Page == page {
			rows = append(rows, b.Text)
		}
	}
	return rows
}

// TestReadPDF_EvenRowsAboveANoteStayRows: a Chromium table whose rows are
// evenly spaced, one line each, with a note under it. The note's wider gap
// made the table look as if its rows were set apart by gaps, so all its
// lines were one row and the table fell apart into columns; each row is a
// row, with every cell (as in the report's source, src/o-ar-eucdf-2021.html).
func TestReadPDF_EvenRowsAboveANoteStayRows(t *testing.T) {
	rows := rowsOnPage(readPDFFile(t, "../fixtures/corpus/dev/docs/o-ar-eucdf-2021.pdf"), 5)
	want := []string{
		"Programme\tPeriod\tTotal budget\tDonors\tImplementer\tStatus",
		"VESTA\t03/2020 – 02/2023\tEUR 14.5 m\tEU, Belgium\tEnabel\tOngoing",
		"CAERS\t10/2020 – 09/2023\tEUR 9.5 m\tGermany, EU\tGIZ\tOngoing",
		"Pacific Public Finance Initiative\t01/2018 – 12/2022\tEUR 18.0 m\tEU\tUNDP\tOngoing",
		"Andean Justice Sector Dialogue\t06/2019 – 05/2022\tEUR 6.2 m\tEU, Spain\tFIIAPP\tOngoing",
		"Horn of Africa Statistics Partnership\t09/2017 – 08/2021\tEUR 13.1 m\tEU\tStatistics Sweden\tCompleted",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows on page 5:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadPDF_BoldParagraphIsNoHeading: a press release's lead paragraph
// set all in bold at the body's size (src/o-pr-eu-vesta2-2024.html, class
// "lead"). Its first line, short enough for a heading, went on in lower
// case on the next ("… and Luxembourg" / "today launched …") and was read
// as a heading over the rest; it is the paragraph's first line.
func TestReadPDF_BoldParagraphIsNoHeading(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/o-pr-eu-vesta2-2024.pdf")
	for _, b := range res.Blocks {
		if strings.HasPrefix(b.Text, "Dakar, 3 September 2024") {
			if b.Role != dossier.RoleParagraph || !strings.Contains(oneSpaced(b.Text), "and Luxembourg today launched the second phase") {
				t.Errorf("lead read as %s %q, want one paragraph", b.Role, b.Text)
			}
			return
		}
	}
	t.Error("no block starts with the dateline")
}

// TestReadPDF_HeadsRunTogetherKeepTheirColumns: a LibreOffice portfolio
// table whose last two column heads start on one line ("Total budget,
// Status and" over "all donors | comment") and whose cells wrap (as in the
// report's source, src/r-sida-portfolio-2021.fodt). The heads' fragment
// hid the last column; the column every row's cells start at parts them.
func TestReadPDF_HeadsRunTogetherKeepTheirColumns(t *testing.T) {
	rows := rowsOnPage(readPDFFile(t, "../fixtures/corpus/dev/docs/r-sida-portfolio-2021.pdf"), 2)
	want := []string{
		"Contribution\tCountries\tPartner\tPeriod\tSida amount (SEK)\tTotal budget, all donors\tStatus and comment",
		"SahelLight – Off-Grid Solar Access for Rural Communities in the Sahel (51030123)\tBurkina Faso, Mali, Niger\tUNDP\t04/2017 – 12/2020\t92 000 000\tEUR 11.6 m\tCompleted. Final evaluation published in August 2021.",
	}
	if len(rows) < len(want) || rows[0] != want[0] || rows[1] != want[1] {
		t.Errorf("rows on page 2:\n%s\nwant first:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadPDF_LaTeXColumnsDoNotInterleave: columns one em apart, lines on
// one baseline across them, are read left column first, as pdftotext does.
func TestReadPDF_LaTeXColumnsDoNotInterleave(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/gofpdf-latex-two-column.pdf")
	text := blocksText(res.Blocks)
	for _, pair := range [][2]string{
		{"consectetur adipiscing elit. Maecenas", "hymenaeos. Donec ullamcorper"},
		{"torquent per conubia nostra, per inceptos", "hymenaeos."},
		{"3 Results", "accumsan lacus"},
	} {
		a, b := strings.Index(text, pair[0]), strings.Index(text, pair[1])
		if a < 0 || b < 0 || a > b {
			t.Errorf("%q (at %d) should come before %q (at %d)", pair[0], a, pair[1], b)
		}
	}
	for _, b := range res.Blocks {
		if x0, x1 := b.Box.X, b.Box.X+b.Box.W; x0 < 305 && x1 > 315 && b.Role != dossier.RoleHeading {
			t.Errorf("block %q spans the gutter (x %g to %g)", b.Text, x0, x1)
		}
	}
}

// TestReadPDF_Text checks what a person reading each PDF sees, block by
// block, where our decoding used to fail or layout matters.
func TestReadPDF_Text(t *testing.T) {
	tests := []struct {
		file string
		want []dossier.Block // Role, Label, Text compared; Page too if set
	}{
		{"testdata/pdf/chromium-two-column.pdf", []dossier.Block{
			{Role: dossier.RoleHeading, Text: "Cybercrime@Octopus at a glance", Page: 1},
			{Role: dossier.RolePair, Label: "Budget", Text: "up to € 4 000 000, funded by voluntary\ncontributions."},
			{Role: dossier.RolePair, Label: "Duration", Text: "1 January 2014 – 31 December 2020,\nthat is 84 months."},
			{Role: dossier.RoleParagraph, Text: "Workshops held — more than expected — in\nAfrica, Asia-Pacific, Latin America and the\nCaribbean."},
			{Role: dossier.RoleItem, Text: "Support to the T-CY and its Protocol Drafting\nGroup"},
			{Role: dossier.RolePair, Label: "Contact", Text: "Céline Müller, project officer, whose\nteam answers “quickly” and with ‘care’."},
		}},
		{"testdata/pdf/gofpdf-utf8.pdf", []dossier.Block{
			{Role: dossier.RoleHeading, Text: "Octopus Project – donor summary"},
			{Role: dossier.RoleParagraph, Text: "Contributions — from Parties, Observers and other entities — are welcome; the “quoted” figure\nof € 4 000 000 was the earlier project's ceiling."},
			{Role: dossier.RolePair, Label: "Contact", Text: "Céline Müller, C-PROC, Bucharest. Greek test word: Ωμέγα."},
			{Role: dossier.RolePair, Label: "Duration", Text: "2021 – 2027"},
			{Role: dossier.RolePair, Label: "Target budget", Text: "€ 10 million"},
			{Role: dossier.RoleItem, Text: "Octopus Conferences every 18 months"},
			// Drawn by a form XObject in core Helvetica, WinAnsiEncoding.
			{Role: dossier.RoleParagraph, Text: "Council of Europe – C-PROC, Bucarest – € 10 million – Société"},
		}},
		{"testdata/pdf/handmade-encodings.pdf", []dossier.Block{
			{Role: dossier.RoleHeading, Text: "Encodings test", Page: 1},
			// /Differences by glyph name: Euro, endash, eacute, emdash, quotes.
			{Role: dossier.RoleParagraph, Text: "Café € 4 000 000 – 1 January 2014\n“Octopus” and — a dash"},
			// bfrange array form: F, the fi ligature, a surrogate pair; bfchar é.
			{Role: dossier.RoleParagraph, Text: "Ffi𝐀é"},
			// Courier without /Widths or /Encoding: StandardEncoding.
			{Role: dossier.RoleParagraph, Text: "Plain Courier text"},
			// /Rotate 90: read as the page is displayed.
			{Role: dossier.RoleParagraph, Text: "Rotated page, read as displayed\nSecond line of the rotated page", Page: 2},
		}},
		{"testdata/pdf/handmade-ligatures.pdf", []dossier.Block{
			// Glyph names /ffi /fi /fl (no ToUnicode), then a ToUnicode map
			// to U+FB03, U+FB01…: both read as letters.
			{Role: dossier.RoleParagraph, Text: "The Office financed the first official flight;\neffective ffluent staff and afloat."},
			{Role: dossier.RoleParagraph, Text: "the mast and haste"}, // U+FB06 and U+FB05
		}},
		{"testdata/pdf/handmade-symbol.pdf", []dossier.Block{
			// Symbol and a Type 1 program's built-in encoding, no ToUnicode.
			{Role: dossier.RoleParagraph, Text: "αβγδεφϕλμπθρστωξψζ\nΓΔΘΛΠΣΦΨΩ ∞ × ≈ ∈ ∞100\nωαϖελενγτη λ = 21 χμ, ανγλε θ"},
			{Role: dossier.RoleParagraph, Text: "αϕβ"},         // /Differences over Symbol's encoding
			{Role: dossier.RoleParagraph, Text: "✓✔✕★●■◆①②③➞"}, // ZapfDingbats
			{Role: dossier.RoleParagraph, Text: "αβγδ φϕ γφϕ"}, // an embedded Type 1 program's encoding
		}},
		{"testdata/pdf/handmade-hyphens.pdf", []dossier.Block{
			{Role: dossier.RoleParagraph, Text: "The project was implemented by the Office; a followup phase and Curabitur came. The X-Ray unit ran 2019-\n2020 (a-)\nand an en dash –\nthat stays, a softhyphen that goes."},
		}},
		{"testdata/pdf/libreoffice-rtl.pdf", []dossier.Block{
			{Role: dossier.RoleParagraph, Text: "Octopus Project summary in three languages.\n" +
				"مشروع الأخطبوط لمكافحة الجرائم الإلكترونية، من 2021 إلى 2027، بميزانية قدرها 10 ملايين يورو.\n" +
				"يموّل المشروع مجلس أوروبا والدول المانحة.\n" +
				"פרויקט התמנון נגד פשיעה מקוונת, בתקציב של 10 מיליון אירו.\n" +
				"Funded by: the Council of Europe (مجلس أوروبا) and Japan."},
		}},
		{"testdata/pdf/libreoffice-table.pdf", []dossier.Block{
			{Role: dossier.RolePair, Label: "Project area", Text: "Parties and observers to the Budapest Convention on Cybercrime; other\nStates prepared to implement the Budapest Convention and its related\nstandards on data protection and the protection of children online", Page: 1},
			{Role: dossier.RolePair, Label: "Duration", Text: "84 months (1 January 2014 – 31 December 2020)"},
			{Role: dossier.RolePair, Label: "Budget", Text: "Up to EURO 4 million (€ 4 000 000)"},
			// The row breaks across the page: its value goes on on page 2.
			{Role: dossier.RolePair, Label: "Output 2", Page: 1, Text: "Cybercrime Convention Committee (T-CY) supported\nIndicators:\n" +
				"▪ T-CY has sufficient resources as reflected in the number of participants in\nand meetings of the T-CY and the Protocol Drafting Group and Plenary\nmeetings\n" +
				"▪ Outcome of T-CY meetings, including:\n– Guidance Notes produced\n– Assessment reports adopted\n" +
				"– Draft 2nd Additional Protocol to the Budapest Convention available\nAssumptions:\n" +
				"▪ A fully functioning T-CY is necessary to ensure implementation of the\nBudapest Convention\n" +
				"▪ Adoption of a 2nd Additional Protocol will ensure the continued relevance of\nthis treaty"},
			{Role: dossier.RoleRow, Text: "Year\tConference\tParticipants", Page: 2},
			{Role: dossier.RoleRow, Text: "2016\tOctopus 2016, Strasbourg\tabout 350"},
			{Role: dossier.RolePair, Label: "Contact", Text: "Céline Müller, Cybercrime Programme Office of the Council of Europe — “C-PROC”."},
		}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			res := readPDFFile(t, tt.file)
			for _, want := range tt.want {
				got := findBlock(res.Blocks, want)
				if want.Page == 0 {
					got.Page = 0
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("block (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// findBlock returns the block that best matches want: the same label and
// first line, cut to the fields the test compares.
func findBlock(blocks []dossier.Block, want dossier.Block) dossier.Block {
	first, _, _ := strings.Cut(want.Text, "\n")
	for _, b := range blocks {
		if b.Label == want.Label && strings.HasPrefix(b.Text, first) {
			return dossier.Block{Role: b.Role, Label: b.Label, Text: b.Text, Page: b.Page}
		}
	}
	return dossier.Block{}
}

// TestReadPDF_Info reads the Info dictionary: UTF-16BE (gofpdf) and
// PDFDocEncoding titles, and the other entries.
func TestReadPDF_Info(t *testing.T) {
	tests := []struct {
		file  string
		title string
		meta  map[string]string
		pages int
	}{
		{"testdata/pdf/gofpdf-utf8.pdf", "Octopus – Ωμέγα “summary”", map[string]string{
			"Title": "Octopus – Ωμέγα “summary”", "Author": "Céline Müller", "Subject": "UTF-8 TrueType test page",
			"Creator": "dossier gen", "Producer": "FPDF 1.7", "CreationDate": "D:20190422100000", "ModDate": "D:20190422100000",
		}, 1},
		{"testdata/pdf/libreoffice-table.pdf", "Project summary – Cybercrime@Octopus", nil, 2},
		// Encrypted (128-bit RC4, owner password only): strings decrypted.
		{"testdata/pdf/libreoffice-protected.pdf", "Project summary – Cybercrime@Octopus", nil, 2},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			res := readPDFFile(t, tt.file)
			if res.Title != tt.title || res.Pages != tt.pages {
				t.Errorf("title %q, %d pages; want %q, %d", res.Title, res.Pages, tt.title, tt.pages)
			}
			if tt.meta != nil {
				if diff := cmp.Diff(tt.meta, res.Meta); diff != "" {
					t.Errorf("meta (-want +got):\n%s", diff)
				}
			}
			if res.Meta["Producer"] == "" {
				t.Errorf("no Producer in %v", res.Meta)
			}
		})
	}
}

func TestReadPDF_EncryptedGivesErrEncrypted(t *testing.T) {
	for _, name := range []string{"gofpdf-encrypted.pdf", "gofpdf-owner-encrypted.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata/pdf", name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = ReadPDF(context.Background(), data, PDFLimits{})
		if !errors.Is(err, ErrEncrypted) {
			t.Errorf("%s: got %v, want ErrEncrypted", name, err)
		}
	}
}

func TestReadPDF_NotAPDFIsAnError(t *testing.T) {
	tests := map[string][]byte{
		"empty":       nil,
		"blank":       []byte(" \n\t"),
		"text":        []byte("Octopus Project\nDuration: 2021 - 2027\n"),
		"html":        []byte("<!DOCTYPE html><html><body><p>%PDF-1.4</p></body></html>"),
		"header only": []byte("%PDF-1.4\n"),
		"no xref":     []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			res, err := ReadPDF(context.Background(), data, PDFLimits{})
			if err == nil {
				t.Fatalf("no error; got %d blocks", len(res.Blocks))
			}
			if !strings.Contains(err.Error(), "PDF") {
				t.Errorf("error %q does not say PDF", err)
			}
		})
	}
}

// TestReadPDF_XrefCycleIsAnError: a /Prev chain that points back at its
// own section makes the PDF library loop forever; ReadPDF refuses it.
func TestReadPDF_XrefCycleIsAnError(t *testing.T) {
	_, err := ReadPDF(context.Background(), xrefCycle(), PDFLimits{})
	if err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Fatalf("got %v, want an error about the cycle", err)
	}
}

// xrefCycle is a PDF whose cross-reference section names itself as /Prev.
func xrefCycle() []byte {
	head := "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
	x := len(head)
	return []byte(head + fmt.Sprintf("xref\n0 2\n0000000000 65535 f \n%010d 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", 9, x, x))
}

func TestReadPDF_Limits(t *testing.T) {
	data, err := os.ReadFile("testdata/pdf/libreoffice-table.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for _, lim := range []PDFLimits{{MaxPages: 1}, {MaxStreamBytes: 1000}} {
		_, err := ReadPDF(context.Background(), data, lim)
		if !errors.Is(err, ErrPDFTooLarge) {
			t.Errorf("limits %+v: got %v, want ErrPDFTooLarge", lim, err)
		}
	}
	if _, err := ReadPDF(context.Background(), data, PDFLimits{MaxPages: 2}); err != nil {
		t.Errorf("2 pages within MaxPages 2: %v", err)
	}
}

func TestReadPDF_CanceledContext(t *testing.T) {
	data, err := os.ReadFile("testdata/pdf/libreoffice-table.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadPDF(ctx, data, PDFLimits{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

// TestReadPDF_DamagedFilesNeverPanic truncates and corrupts the test PDFs
// in a few hundred ways; each must give a result or an error.
func TestReadPDF_DamagedFilesNeverPanic(t *testing.T) {
	rng := rand.New(rand.NewPCG(2019, 4))
	for _, path := range pdfFixtures(t) {
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 60; i++ {
			data := bytes.Clone(orig)
			var how string
			switch i % 4 {
			case 0:
				n := rng.IntN(len(data))
				data = data[:n]
				how = fmt.Sprintf("truncated at %d", n)
			case 1:
				for k := 0; k < 1+rng.IntN(8); k++ {
					data[rng.IntN(len(data))] ^= byte(1 + rng.IntN(255))
				}
				how = "bytes flipped"
			case 2:
				// Damage near the end, where the xref and trailer are.
				for k := 0; k < 1+rng.IntN(4); k++ {
					data[len(data)-1-rng.IntN(min(len(data), 2000))] = byte(rng.IntN(256))
				}
				how = "tail damaged"
			case 3:
				// Overwrite a stretch: a stream's compressed bytes, a dictionary.
				at := rng.IntN(len(data))
				for k := at; k < min(len(data), at+1+rng.IntN(64)); k++ {
					data[k] = byte(rng.IntN(256))
				}
				how = fmt.Sprintf("stretch at %d overwritten", at)
			}
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("%s, %s: panic: %v", path, how, p)
					}
				}()
				res, err := ReadPDF(context.Background(), data, PDFLimits{})
				if err == nil && res.Pages == 0 {
					t.Errorf("%s, %s: no error and no pages", path, how)
				}
			}()
		}
	}
}

func FuzzReadPDF(f *testing.F) {
	for _, path := range pdfFixtures(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Add(xrefCycle())
	f.Fuzz(func(t *testing.T, data []byte) {
		// Small limits keep each input cheap; what matters is no panic
		// and no hang.
		_, _ = ReadPDF(context.Background(), data, PDFLimits{MaxPages: 20, MaxStreamBytes: 4 << 20})
	})
}

// BenchmarkReadPDF reads each test and fixture PDF; ns/op is per document.
func BenchmarkReadPDF(b *testing.B) {
	for _, path := range pdfFixtures(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := ReadPDF(context.Background(), data, PDFLimits{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestExtract_BoldLeadAndBreaksKeepParagraphsWhole: a LibreOffice report
// in two columns (fixtures/corpus/dev/src/s-unct-benin-results-2021.fodt)
// whose paragraphs open on a bold lead that wraps ("Integrated School
// Meals and Nutrition" over "Project (NUTRISCOL). Under NUTRISCOL, …") and
// run on across a column's break ("… Atacora, Alibori and" | "Couffo,
// reaching …") and a page's ("… in the Savanes and" | "Kara regions of
// northern Togo."). In the source each is one paragraph: it comes out as
// one, with no heading made of the lead's first line.
func TestExtract_BoldLeadAndBreaksKeepParagraphsWhole(t *testing.T) {
	path := "../fixtures/corpus/dev/docs/s-unct-benin-results-2021.pdf"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Default().Extract(context.Background(), Source{Name: path, Data: data}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		if b.Role == dossier.RoleHeading && strings.Contains(b.Text, "Nutrition") {
			t.Errorf("heading %q: the bold lead of a paragraph", b.Text)
		}
	}
	i := indexOf(t, doc.Blocks, "Integrated School Meals")
	got := strings.Join(strings.Fields(doc.Blocks[i].Text), " ")
	for _, want := range []string{
		"Integrated School Meals and Nutrition Project (NUTRISCOL). Under NUTRISCOL, WFP served",
		"of Atacora, Alibori and Couffo, reaching 96,400 pupils",
		"component in the Savanes and Kara regions of northern Togo.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("paragraph %q\nlacks %q", got, want)
		}
	}
	if doc.Blocks[i].Role != dossier.RoleParagraph || doc.Blocks[i].Page != 2 {
		t.Errorf("block is %s on page %d, want a paragraph on page 2", doc.Blocks[i].Role, doc.Blocks[i].Page)
	}
}

// TestReadPDF_FootnoteMarksLeaveValues: the same table's cells carry
// footnotes whose marks LibreOffice sets small and raised right after a
// value ("EUR 15.0 m" with note 3, "12/2023" with note 4 in
// src/r-sida-portfolio-2021.fodt). They are no part of the value: the
// cells read "EUR 15.0 m" and "04/2018 – 12/2023"; the notes under the
// table keep their numbers at the start of a line.
func TestReadPDF_FootnoteMarksLeaveValues(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/r-sida-portfolio-2021.pdf")
	rows := strings.Join(rowsOnPage(res, 2), "\n")
	for _, want := range []string{"\tEUR 15.0 m\t", "\t04/2018 – 12/2023\t"} {
		if !strings.Contains(rows, want) {
			t.Errorf("rows lack %q:\n%s", want, rows)
		}
	}
	if !strings.Contains(blocksText(res.Blocks), "1Sida’s agreed amount") {
		t.Error("the first note lost its number")
	}
}

// TestReadPDF_MastheadBridgesNoLines: a newspaper page's masthead in 30
// points stands beside two small lines on its right, the date above the
// issue's number (fixtures/corpus/dev/src/tzzd-enerschool2-newspaper-en-2023.html);
// each line is read as written, not the two letter by letter in one, as
// pdftotext reads them.
func TestReadPDF_MastheadBridgesNoLines(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/tzzd-enerschool2-newspaper-en-2023.pdf")
	var texts []string
	for _, b := range res.Blocks[:min(6, len(res.Blocks))] {
		texts = append(texts, strings.Join(strings.Fields(b.Text), " "))
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Thursday, 16 November 2023", "No. 1,482 · 15 lei"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q among the first blocks:\n%s", want, all)
		}
	}
}

// TestReadPDF_NewspaperColumnsReadInTurn: a newspaper page (Chromium)
// sets an article in three justified columns a narrow gutter apart, their
// lines level from column to column, under a headline that spans them and
// beside a column of short items. Each column is read down before the
// next, so every sentence of the article stays whole in one block, as a
// reader reads it (and as pdftotext prints it).
func TestReadPDF_NewspaperColumnsReadInTurn(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/chromium-newspaper.pdf")
	var texts []string
	for _, b := range res.Blocks {
		texts = append(texts, strings.Join(strings.Fields(b.Text), " "))
	}
	for _, want := range []string{
		"The second phase of the lake ferry safety scheme, known as LAKESAFE II, began on 1 February 2023 and will run for three years, until the end of January 2026, the transport ministry said on Monday.",
		"After the first phase covered the ports of Kisumu and Mwanza, the scheme now adds Bukoba, Musoma and Jinja.",
		"The budget of the new phase, EUR 6.4 million, comes mostly from the Netherlands, which provides EUR 5 million.",
		"The remaining EUR 1.4 million is covered by Sweden through its development agency.",
		"Among the novelties is a training vessel that will call at every port twice a year,",
		"Asked about the cost of keeping the radio network running, a ministry official said the ports would take over its maintenance",
		// (A justified line of two long words, spread across the
		// column, is one line of the paragraph.)
		"The radio network is looked after by the Interdepartmental Directorate for telecommunications, whose engineers visit each mast twice a year.",
	} {
		wantBlockReading(t, texts, want)
	}
}

// TestReadPDF_GermanRaggedColumnsAreNoTable: a newsletter (Chromium)
// sets its stories in three ragged columns whose lines stand level; its
// German capitalises every noun, so few lines open in small letters.
// Each column is read down before the next, every sentence whole, as
// pdftotext -layout shows a reader; the level lines are no table's rows.
func TestReadPDF_GermanRaggedColumnsAreNoTable(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/tzzy-seco-newsletter-2022-2.pdf")
	var texts []string
	for _, b := range res.Blocks {
		if b.Role == dossier.RoleRow {
			t.Errorf("block %q is a table's row", b.Text)
		}
		texts = append(texts, strings.Join(strings.Fields(b.Text), " "))
	}
	for _, want := range []string{
		"Sie gehören zu MERIDIA, einem regionalen Programm, das in Kambodscha, Laos und Vietnam die Professionalisierung des öffentlichen Einkaufs vorantreibt.",
		"Die Schweiz beteiligt sich über das SECO mit 2,5 Millionen Franken;",
		"Wie lassen sich ökologische und soziale Kriterien in Ausschreibungen von Partnerländern verankern, ohne kleine Anbieter auszuschliessen?",
	} {
		wantBlockReading(t, texts, want)
	}
}

// wantBlockReading fails t unless one of the blocks' texts holds want,
// a sentence a reader reads whole.
func wantBlockReading(t *testing.T, texts []string, want string) {
	t.Helper()
	for _, s := range texts {
		if strings.Contains(s, want) {
			return
		}
	}
	t.Errorf("no block reads %q; blocks:\n%s", want, strings.Join(texts, "\n"))
}

// TestReadPDF_ProseBesideATableIsNoLabels: a project sheet (Chromium) sets
// a column of running text at the left ("The project", ragged, with a
// list of who does what) beside a funding table and a list of results.
// The left column holds no labels of the table's rows: each is read in
// turn, the text's sentences whole and the table's rows as rows.
func TestReadPDF_ProseBesideATableIsNoLabels(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/chromium-prose-beside-table.pdf")
	text := func(b dossier.Block) string { return strings.Join(strings.Fields(b.Label+" "+b.Text), " ") }
	found := false
	for _, b := range res.Blocks {
		s := text(b)
		if b.Role == dossier.RoleParagraph && strings.Contains(s, "HARBOURLINK helps the port authorities of the southern coast to inspect the ships that call at their quays, and it trains the inspectors who will carry out those checks in the years to come.") {
			found = true
		}
		if (b.Role == dossier.RoleRow || b.Role == dossier.RolePair) && (strings.Contains(s, "HARBOURLINK helps") || strings.Contains(s, "The project")) {
			t.Errorf("the text beside the table is read as a row: %s %q", b.Role, s)
		}
	}
	if !found {
		t.Errorf("no paragraph reads the project's first sentence whole")
	}
	var rows []string
	for _, b := range res.Blocks {
		if b.Role == dossier.RoleRow {
			rows = append(rows, text(b))
		}
	}
	for _, want := range []string{"European Union Coordination – Harbour Training Trust 2 100 000 €", "Netherlands Training 900 000 €", "Norway Equipment 400 000 €"} {
		if !slices.Contains(rows, want) {
			t.Errorf("no row %q; rows: %q", want, rows)
		}
	}
}

// TestReadPDF_HeadingEndsALabelTable: a project sheet (LibreOffice) sets a
// label table of two wide columns, then, after a gap, a heading
// ("Finanzierung"), a caption and a table of figures in three columns.
// The label table's gutter runs on through the figures; read as one
// region, the labels and their values fell into two column blocks and the
// figures' rows into pairs of numbers. Each table keeps its rows.
func TestReadPDF_HeadingEndsALabelTable(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/libreoffice-label-table-then-figures.pdf")
	var pairs, rows []string
	for _, b := range res.Blocks {
		text := strings.Join(strings.Fields(b.Text), " ")
		switch b.Role {
		case dossier.RolePair:
			pairs = append(pairs, b.Label+" | "+text)
		case dossier.RoleRow:
			rows = append(rows, strings.Join(strings.Fields(strings.ReplaceAll(b.Text, "\t", " | ")), " "))
		}
	}
	for _, want := range []string{
		"Projekttitel | Aufbau eines akkreditierten Kalibrierdienstes für Wasserzähler in Georgien und Armenien",
		"Kurzname | KALIBRA",
		"Partnerländer | Georgien; Armenien",
		"Durchführung | Institut für Messwesen (IfM)",
		"Laufzeit | 1. März 2023 – 28. Februar 2026",
		"Dauer | 36 Monate",
		"Stand | laufend",
	} {
		if !slices.Contains(pairs, want) {
			t.Errorf("no pair %q; pairs: %q", want, pairs)
		}
	}
	for _, want := range []string{
		"Geber | Betrag | Anteil",
		"Europäische Union | 900.000 | 75 %",
		"Land Niedersachsen | 300.000 | 25 %",
		"Gesamtkosten | 1.200.000 | 100 %",
	} {
		if !slices.Contains(rows, want) {
			t.Errorf("no row %q; rows: %q", want, rows)
		}
	}
}
