package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "fixtures", "docs", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func extractFixture(t *testing.T, name string) *dossier.Document {
	t.Helper()
	doc, err := Default().Extract(context.Background(), Source{Name: name, Data: readFixture(t, name)}, DefaultLimits())
	if err != nil {
		t.Fatalf("extract %s: %v", name, err)
	}
	return doc
}

func pairs(doc *dossier.Document) map[string]string {
	m := map[string]string{}
	for _, b := range doc.Blocks {
		if b.Role == dossier.RolePair {
			m[b.Label] = b.Text
		}
	}
	return m
}

// TestHTML_Windows1252PageDecodes: the news page's bytes are windows-1252,
// declared in a meta tag; its en dash, accents and curly quotes must read
// as the characters a browser shows.
func TestHTML_Windows1252PageDecodes(t *testing.T) {
	doc := extractFixture(t, "coe-news-canada-contribution-2020.html")
	text := doc.Text()
	for _, want := range []string{
		"1 January 2014 – 31 December 2020",
		"Céline DEWAELE",
		"Canada’s first voluntary contribution",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.ContainsRune(text, '\uFFFD') {
		t.Error("text holds replacement characters: charset not honoured")
	}
}

// TestHTML_LabelValuePairsInEachPortalsMarkup: each portal writes its
// label/value pairs in its own structure (divs with classes, dl/dt/dd, a
// table with th/td); all three come out as pairs. Values from reading the
// pages.
func TestHTML_LabelValuePairsInEachPortalsMarkup(t *testing.T) {
	tests := []struct {
		doc  string
		want map[string]string
	}{
		{"gfce-inventory-cybercrime-octopus.html", map[string]string{
			"Implementing organisation": "Council of Europe (CoE)",
			"Duration":                  "January 2014 – 31 December 2016",
			"Thematic focus":            "Cybercrime legislation, electronic evidence, child protection, data protection",
		}},
		{"cybil-portal-octopus-project.html", map[string]string{
			"Cybil code": "G0677",
			"Status":     "Finished",
			"From":       "Oct 2020",
			"To":         "Dec 2021",
		}},
		{"coe-news-canada-contribution-2020.html", map[string]string{
			"Duration of the project": "1 January 2014 – 31 December 2020",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			got := pairs(extractFixture(t, tt.doc))
			for label, want := range tt.want {
				if diff := cmp.Diff(want, got[label]); diff != "" {
					t.Errorf("pair %q (-want +got):\n%s", label, diff)
				}
			}
		})
	}
}

// TestHTML_BoilerplateKeptOut: menus, "related projects", "more news",
// cookie banners, scripts and footers name other projects and years; none
// of their text reaches the blocks.
func TestHTML_BoilerplateKeptOut(t *testing.T) {
	tests := []struct {
		doc    string
		absent []string
	}{
		{"gfce-inventory-cybercrime-octopus.html", []string{"GLACY+", "CyberSouth", "cookies", "© 2026", "GoogleAnalyticsObject", "Main menu"}},
		{"cybil-portal-octopus-project.html", []string{"GLACY+", "CyberSouth", "analytics cookies", "© 2026", "Related projects"}},
		{"coe-news-canada-contribution-2020.html", []string{"GLACY+", "CyberEast", "cookie policy", "Diminuer la taille", "themeDisplay"}},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			text := extractFixture(t, tt.doc).Text()
			for _, a := range tt.absent {
				if strings.Contains(text, a) {
					t.Errorf("boilerplate %q in the extracted text", a)
				}
			}
		})
	}
}

// TestHTML_HiddenTabPanelsRead: a portal's record shows one tab at a time;
// the panels of the others carry the hidden attribute until clicked, and
// are read like the one shown. Other hidden elements stay out.
func TestHTML_HiddenTabPanelsRead(t *testing.T) {
	page := `<html><body><main><h1>Record</h1>
<button role="tab" aria-controls="p1">Overview</button><button role="tab" aria-controls="p2">Organisations</button>
<section role="tabpanel" id="p1"><p>Status: ongoing</p></section>
<section role="tabpanel" id="p2" hidden><p>Implementing: Example Agency</p></section>
<section role="tabpanel" id="p3" aria-hidden="true"><p>Funding: Example Fund</p></section>
<div hidden><p>Template text</p></div>
<p aria-hidden="true">Decoration</p>
</main></body></html>`
	doc, err := Default().Extract(context.Background(), Source{Name: "tabs.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Text()
	for _, want := range []string{"Status: ongoing", "Implementing: Example Agency", "Funding: Example Fund"} {
		if !strings.Contains(text, want) {
			t.Errorf("panel text %q missing from %q", want, text)
		}
	}
	for _, absent := range []string{"Template text", "Decoration"} {
		if strings.Contains(text, absent) {
			t.Errorf("hidden %q read", absent)
		}
	}
}

// TestAsOf_EachDocumentsOwnDate: the as-of date is the document's own
// dateline, version line or "as of" date; a footer's copyright year never
// is, and an undated page has none.
func TestAsOf_EachDocumentsOwnDate(t *testing.T) {
	tests := []struct {
		doc  string
		want string // "" for none
	}{
		{"gfce-inventory-cybercrime-octopus.html", ""},
		{"cybil-portal-octopus-project.html", ""},
		{"coe-news-canada-contribution-2020.html", "2020-10-19"},
		{"project-summary-cybercrime-octopus-2019.pdf", "2019-04-22"},
		{"coe-brochure-octopus-project-2025.pdf", "2025-04-03"},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			doc := extractFixture(t, tt.doc)
			got := ""
			if doc.AsOf != nil {
				got = doc.AsOf.String()
			}
			if got != tt.want {
				t.Errorf("as-of %q (from %q), want %q", got, doc.AsOfQuote, tt.want)
			}
		})
	}
}

// TestExtract_BadInputsGiveReasons: what cannot be read gives a one-line
// reason naming the document, never a panic.
func TestExtract_BadInputsGiveReasons(t *testing.T) {
	pdf := readFixture(t, "project-summary-cybercrime-octopus-2019.pdf")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty.pdf", nil, "empty file"},
		{"blank.html", []byte("   \n "), "empty file"},
		{"binary.html", []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 8, 7}, "binary content"},
		{"named.pdf", []byte("<html><body>not a pdf</body></html>"), "not a PDF"},
		{"truncated.pdf", pdf[:len(pdf)/4], "truncated.pdf"},
		{"page.html", make([]byte, 100), "page.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Default().Extract(context.Background(), Source{Name: tt.name, Data: tt.data}, DefaultLimits())
			if err == nil {
				t.Fatalf("no error")
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.name) || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming %s and saying %q", msg, tt.name, tt.want)
			}
			if doc == nil || doc.Error == "" || doc.ID == "" {
				t.Errorf("failed document not described: %+v", doc)
			}
		})
	}
}

func TestHTML_TooLargeRefused(t *testing.T) {
	lim := DefaultLimits()
	lim.MaxHTMLBytes = 1000
	page := "<html><body><p>" + strings.Repeat("word ", 400) + "</p></body></html>"
	_, err := Default().Extract(context.Background(), Source{Name: "big.html", Data: []byte(page)}, lim)
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("error %v, want too large", err)
	}
}

// FuzzExtractHTML feeds arbitrary bytes named .html through the whole
// extraction entry point: an error is fine, a panic is not, and a document
// always comes back with its id.
func FuzzExtractHTML(f *testing.F) {
	for _, n := range []string{"gfce-inventory-cybercrime-octopus.html", "cybil-portal-octopus-project.html", "coe-news-canada-contribution-2020.html"} {
		f.Add(readFixture(f, n))
	}
	f.Add([]byte("<dl><dt>From:</dt><dd>Oct 2020</dd></dl>"))
	f.Add([]byte("<table><tr><th>Duration</th><td>2021 - 2027</td></tr></table>"))
	f.Add([]byte(`<meta charset="windows-1252"><p>` + "\x96\x93x\x94" + `</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _ := Default().Extract(context.Background(), Source{Name: "fuzz.html", Data: data}, DefaultLimits())
		if doc == nil || doc.ID == "" {
			t.Fatal("no document returned")
		}
		for _, b := range doc.Blocks {
			if b.Role == "" {
				t.Fatal("block without role")
			}
		}
	})
}

// TestHTML_SiteNameIsNotTheHeadline: a page title's last part is the
// site's name ("… | Development Tracker"), unless it is the page's own
// headline ("Répertoire des projets – BLUE SENTINEL" over "BLUE
// SENTINEL"), which names the page's subject.
func TestHTML_SiteNameIsNotTheHeadline(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{`<html><head><title>Grain scheme extended | Delta Courier</title></head><body><h1>Grain scheme extended</h1></body></html>`, "Delta Courier"},
		{`<html><head><title>Répertoire des projets – BLUE SENTINEL</title></head><body><h1>BLUE SENTINEL</h1></body></html>`, ""},
		{`<html><head><title>Répertoire – Fiche n° 2018-DEU-031 – PAEFC</title></head><body><h1>Programme d'appui au cadastre (PAEFC)</h1></body></html>`, ""},
	} {
		doc, err := Default().Extract(context.Background(), Source{Name: "p.html", Data: []byte(tc.page)}, DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.Meta[dossier.MetaSite]; got != tc.want {
			t.Errorf("site of %q = %q, want %q", tc.page, got, tc.want)
		}
	}
}

// TestHTML_SourceLineBreaksAreSpaces: a page written by hand wraps its
// paragraph's text over several source lines; a browser shows one line,
// and so does the block (a sentence "… financed by the Republic of" /
// "Korea and Spain" was read as two). Preformatted text keeps its lines.
func TestHTML_SourceLineBreaksAreSpaces(t *testing.T) {
	page := "<html><body><h1>News</h1>\n<p>The programme is financed by the Republic of\nKorea and Spain,\r\nwith a budget of USD 6.2 million.</p>\n<pre>Line one\nLine two</pre></body></html>"
	doc, err := Default().Extract(context.Background(), Source{Name: "wrapped.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var para, pre string
	for _, b := range doc.Blocks {
		switch {
		case strings.HasPrefix(b.Text, "The programme"):
			para = b.Text
		case strings.HasPrefix(b.Text, "Line one"):
			pre = b.Text
		}
	}
	if want := "The programme is financed by the Republic of Korea and Spain, with a budget of USD 6.2 million."; para != want {
		t.Errorf("paragraph = %q, want %q", para, want)
	}
	if pre != "Line one\nLine two" {
		t.Errorf("preformatted text = %q, want its two lines", pre)
	}
}

// TestHTML_RowKeepsItsEmptyEdgeCells: an IATI page's participating
// organisations with no reference for one of them ("4 - Implementing |
// Terre Comuni ETS | 22 - National NGO | "), and a totals row with an
// empty last cell: each row keeps as many cells as its table has columns,
// so every cell stands under its own head. An all-empty row is none.
func TestHTML_RowKeepsItsEmptyEdgeCells(t *testing.T) {
	page := `<html><body><table>
<tr><th>Role</th><th>Organisation</th><th>Type</th><th>Ref</th></tr>
<tr><td>4 - Implementing</td><td>Terre Comuni ETS</td><td>22 - National NGO</td><td></td></tr>
<tr><td></td><td>Ponte Solare</td><td>22 - National NGO</td><td>IT-1</td></tr>
<tr><td> </td><td></td><td></td><td></td></tr>
</table></body></html>`
	doc, err := Default().Extract(context.Background(), Source{Name: "orgs.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for _, b := range doc.Blocks {
		if b.Role == dossier.RoleRow {
			rows = append(rows, strings.Split(b.Text, "\t"))
		}
	}
	want := [][]string{
		{"Role", "Organisation", "Type", "Ref"},
		{"4 - Implementing", "Terre Comuni ETS", "22 - National NGO", ""},
		{"", "Ponte Solare", "22 - National NGO", "IT-1"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestHTML_LabelsAndValuesTakingTurns: a box of fields set side by side,
// labels and values taking turns in elements styled apart ("<span
// class=k>Planned start</span><span class=v>2018-03-01</span>…"), reads
// as one pair a field; a row of tabs or tags (one class or none) stays
// text.
func TestHTML_LabelsAndValuesTakingTurns(t *testing.T) {
	page := `<html><head><title>AGUA CLARA – activity</title></head><body><h1>AGUA CLARA</h1>
<div class="tags"><span>Water</span><span>Honduras</span><span>Climate</span><span>Cities</span></div>
<h2>Activity dates</h2>
<div class="kv"><span class="k">Planned start</span><span class="v">2019-04-01</span>
<span class="k">Actual start</span><span class="v">2019-05-15</span>
<span class="k">Planned end</span><span class="v">2024-03-31</span></div>
</body></html>`
	doc, err := Default().Extract(context.Background(), Source{Name: "activity.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Planned start": "2019-04-01", "Actual start": "2019-05-15", "Planned end": "2024-03-31"}
	if diff := cmp.Diff(want, pairs(doc)); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
	for _, b := range doc.Blocks {
		if b.Role == dossier.RolePair && (b.Label == "Water" || b.Label == "Climate") {
			t.Errorf("a tag read as a label: %+v", b)
		}
	}
}
