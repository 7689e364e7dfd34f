package extract

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// The label/value tables of testdata/pdf/tables.html (Chromium) and
// tables.fodt (LibreOffice), rendered by make-tables.sh: each section holds
// one way a row breaks when a table is read line by line. What each section
// should read as is what its source says, cell by cell.

// pair and para are the blocks a reader sees: a row's label and its whole
// value cell, or a paragraph.
func pair(label, value string) dossier.Block {
	return dossier.Block{Role: dossier.RolePair, Label: label, Text: value}
}

func para(text string) dossier.Block {
	return dossier.Block{Role: dossier.RoleParagraph, Text: text}
}

// section returns the blocks after the heading whose text is heading, up
// to the next heading set at least as large, cut to Role, Label and Text,
// the text's line breaks as spaces: where a value wraps is the
// renderer's choice, not the source's.
func section(t *testing.T, blocks []dossier.Block, heading string) []dossier.Block {
	t.Helper()
	start := -1
	for i, b := range blocks {
		if b.Role == dossier.RoleHeading && oneSpaced(b.Text) == heading {
			start = i
			break
		}
	}
	if start < 0 {
		t.Fatalf("no heading %q", heading)
	}
	var out []dossier.Block
	for _, b := range blocks[start+1:] {
		if b.Role == dossier.RoleHeading && b.FontSize >= blocks[start].FontSize {
			break
		}
		out = append(out, dossier.Block{Role: b.Role, Label: b.Label, Text: oneSpaced(b.Text)})
	}
	return out
}

func oneSpaced(s string) string { return strings.Join(strings.Fields(s), " ") }

// cellText writes rows' cells, tab-separated, as "a | b | c", one space
// between words.
func cellText(rows []string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = oneSpaced(strings.ReplaceAll(r, "\t", " | "))
	}
	return out
}

// checkSections compares each section's blocks with what its source says.
func checkSections(t *testing.T, file string, want map[string][]dossier.Block) {
	t.Helper()
	res := readPDFFile(t, file)
	for heading, rows := range want {
		t.Run(heading, func(t *testing.T) {
			got := section(t, res.Blocks, heading)
			if diff := cmp.Diff(rows, got); diff != "" {
				t.Errorf("%s, section %q (-want +got):\n%s", filepath.Base(file), heading, diff)
			}
		})
	}
}

func TestReadPDF_TableRowsChromium(t *testing.T) {
	checkSections(t, "testdata/pdf/chromium-tables.pdf", map[string][]dossier.Block{
		// Labels centred on their values (th's default vertical-align):
		// a label beside no line of a two-line value.
		"1. Phase I": {
			pair("Full title", "Strengthening maritime law enforcement and the prosecution of piracy in the coastal states of the Gulf of Guinea and their regional centres"),
			pair("Duration", "1 March 2018 – 28 February 2021"),
			pair("Budget", "EUR 6.2 million"),
			pair("Beneficiaries", "Benin, Cameroon, Côte d’Ivoire, Equatorial Guinea, Gabon, Ghana, Guinea, Liberia, Nigeria, São Tomé and Príncipe, Senegal, Sierra Leone, The Gambia, Togo, and the regional maritime security centres of zones D, E and F of the Yaoundé architecture"),
			pair("Status", "Closed"),
		},
		// No label is level with any value line.
		"2. Phase II": {
			para("Every value of this table wraps, so no label sits on a value's line."),
			pair("Full title", "Maritime Justice Programme, second phase: from arrest at sea to judgement, with regional cooperation between prosecutors and navies"),
			pair("Funding", "European Union (EUR 4,000,000), Kingdom of Denmark (EUR 1,500,000) and the Kingdom of the Netherlands (EUR 500,000) as co-financiers"),
			pair("Implementation", "Regional Office for Maritime Justice in Abidjan, together with the national prosecution services and the naval academies of the partner states"),
		},
		// Labels over two and three lines, top-aligned and centred; an
		// empty label cell (the row above goes on) and an empty value.
		"3. Partners": {
			pair("Implementing organisation", "Regional Office for Maritime Justice"),
			pair("Lead executing agency", "Interregional Coordination Centre (ICC), Yaoundé, with the support of the maritime operations centres of the member states"),
			pair("Political partner", "Economic Community of Central African States"),
			pair("Donors", "European Union Kingdom of Denmark"),
			para("Website"),
			pair("Contact", "Programme coordinator, Abidjan"),
			pair("Monitoring and evaluation officer", "Vacant until June 2021"),
			pair("Financial management unit", "Abidjan office"),
		},
		// The label column as wide as its longest label, whose value
		// starts a cell padding away: closer than a column gutter.
		"4. Phase III": {
			pair("Title", "Maritime Justice Programme III"),
			pair("Implementing organisation", "Regional Office for Maritime Justice, Abidjan"),
			pair("Period", "2021 – 2024"),
		},
		// Labels set larger than their values, a value pushed down by its
		// padding, a value at the foot of a two-line label.
		"5. Phase IV": {
			pair("Duration", "48 months (1 January 2024 – 31 December 2027)"),
			pair("Budget", "EUR 9.8 million"),
			pair("Countries covered by the regional component", "Ghana, Togo"),
			pair("Status", "Ongoing"),
			para("The fourth phase started on time."),
		},
		// No padding: rows touch, labels centred on their values, then a
		// label over three lines set at the top.
		"7. Phase V": {
			pair("Full title", "Maritime Justice Programme, fifth phase: the prosecution of piracy and armed robbery at sea before the courts of the coastal states"),
			pair("Duration", "1 January 2028 – 31 December 2030"),
			pair("Beneficiaries", "Benin, Cameroon, Côte d’Ivoire, Equatorial Guinea, Gabon, Ghana, Guinea, Liberia, Nigeria, São Tomé and Príncipe, Senegal, Sierra Leone"),
			pair("Implementing organisation of the fifth phase", "Maritime Justice Office, Abidjan"),
			pair("Status", "Planned"),
		},
	})
}

// TestReadPDF_KeyFiguresAndJustifiedLinesAreNoTables: a strip of key
// figures above two columns is read before the columns, its figures no
// labels of each other; a justified line stretched wider than a column
// gutter stays a line of its paragraph.
func TestReadPDF_KeyFiguresAndJustifiedLinesAreNoTables(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/chromium-tables.pdf")
	// The section's last blocks: its figures are set larger than its
	// heading.
	var got []dossier.Block
	for _, b := range res.Blocks {
		got = append(got, dossier.Block{Role: b.Role, Label: b.Label, Text: oneSpaced(b.Text)})
		if b.Text == "6. Phase IV at a glance" {
			got = got[:0]
		}
	}
	index := func(text string) int {
		for i, b := range got {
			if strings.Contains(b.Label+" "+b.Text, text) {
				return i
			}
		}
		t.Fatalf("no block has %q: %v", text, got)
		return -1
	}
	columns := index("Why a fourth phase?")
	for _, fig := range []string{"EUR 9.8 m", "48 months", "COUNTRIES", "January 2024 – December", "IMPLEMENTATION PERIOD"} {
		i := index(fig)
		if i > columns {
			t.Errorf("key figure %q read after the columns below it", fig)
		}
		if got[i].Role == dossier.RolePair || got[i].Role == dossier.RoleRow {
			t.Errorf("key figure %q read as a table: %+v", fig, got[i])
		}
	}
	for _, want := range []dossier.Block{
		para("The third phase helped the coastal states to bring their navies, coast guards and prosecutors to work together. Pirates, however, kept moving: kidnappings, armed robbery and the theft of fuel have grown since 2022 in waters further south."),
		pair("Lead partner", "Regional Office for Maritime Justice"),
		pair("Donor", "European Union"),
	} {
		found := false
		for _, b := range got {
			found = found || b == want
		}
		if !found {
			t.Errorf("no block %+v in %+v", want, got)
		}
	}
}

func TestReadPDF_TableRowsLibreOffice(t *testing.T) {
	checkSections(t, "testdata/pdf/libreoffice-tables.pdf", map[string][]dossier.Block{
		// Label cells vertically centred.
		"1. Centred labels": {
			pair("Full title", "Strengthening public health laboratories, their quality systems and the transport of samples in the coastal states of West Africa"),
			pair("Period", "2022 – 2026"),
			pair("Partner countries", "Benin, Côte d’Ivoire, Ghana, Guinea, Guinea-Bissau, Liberia, Senegal, Sierra Leone, The Gambia and Togo, with the regional reference laboratories of Abidjan, Accra and Dakar and their national networks"),
			pair("Total amount", "EUR 14,200,000"),
		},
		// A narrow label column: labels over two and three lines.
		"2. Labels over two lines": {
			pair("Implementing organisation", "Coastal Health Agency"),
			pair("Lead technical partner", "Regional Institute of Public Health, Dakar, with the national reference laboratories of the ten partner countries and their sample transport services"),
			pair("Steering committee chair", "Ministry of Health of Ghana"),
		},
		// An empty label cell and an empty value cell, in a table where
		// no value wraps.
		"3. Empty cells": {
			pair("Donors", "European Union Federal Republic of Germany"),
			para("Website"),
			pair("Status", "Ongoing"),
		},
		// A label as wide as its column, its value a padding away.
		"4. A label as wide as its column": {
			pair("Projektbezeichnung", "Küstenlabore für öffentliche Gesundheit"),
			pair("Durchführungsorganisation", "Agentur für Küstengesundheit, Abidjan"),
			pair("Laufzeit", "01.01.2022 – 31.12.2026"),
		},
		// A value with space above it, one at the foot of its cell, one
		// of three paragraphs spaced apart.
		"5. Values lower than their labels": {
			pair("Budget", "EUR 14.2 million"),
			pair("Co-financing partners", "Kingdom of Belgium"),
			pair("Expected results", "1. Fifteen laboratories accredited to ISO 15189. 2. Sample transport networks running in all partner countries. 3. Six hundred technicians trained."),
			pair("Contact", "Network coordinator, Abidjan"),
		},
		// No padding and no rules: rows as close as a cell's lines.
		"6. A table without padding": {
			pair("Reference", "CHL-2022-014"),
			pair("Scope", "Quality management, biosafety, sample transport, training of laboratory staff and the sharing of laboratory data with surveillance systems"),
			pair("Evaluation", "Mid-term review in 2024"),
			para("The network reports to its steering committee once a year."),
		},
	})
}

// TestReadPDF_TableValueKeepsItsLines: a pair's value is its whole cell,
// its lines joined by line breaks, a label's lines by spaces.
func TestReadPDF_TableValueKeepsItsLines(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/libreoffice-tables.pdf")
	want := []dossier.Block{
		pair("Expected results", "1. Fifteen laboratories accredited to ISO 15189.\n2. Sample transport networks running in all partner countries.\n3. Six hundred technicians trained."),
		pair("Donors", "European Union\nFederal Republic of Germany"),
	}
	for _, w := range want {
		got := findBlock(res.Blocks, w)
		got.Page = 0
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}

// TestReadPDF_CorpusTableRows holds rows of the dev corpus's PDFs that
// used to break, as their sources (fixtures/corpus/dev/src) state them.
func TestReadPDF_CorpusTableRows(t *testing.T) {
	checkSections(t, "../fixtures/corpus/dev/docs/b-cproc-report-2020.pdf", map[string][]dossier.Block{
		// Chromium, labels centred: "Full title" and "Beneficiaries" sit
		// between the two lines of their values.
		"3. iPROCEEDS-2": {
			pair("Full title", "Targeting crime proceeds on the Internet and securing electronic evidence in South East Europe and Turkey"),
			pair("Duration", "1 January 2020 – 31 December 2022"),
			pair("Budget", "EUR 4.945 million"),
			pair("Funding", "European Union and Council of Europe"),
			pair("Beneficiaries", "Albania, Bosnia and Herzegovina, Montenegro, North Macedonia, Serbia, Turkey and Kosovo*"),
			pair("Status", "Ongoing"),
			para("iPROCEEDS-2 started on 1 January 2020 as the follow-up to iPROCEEDS. Despite the pandemic, the project held 58 activities in its first year, including online trainings on virtual currencies and a regional exercise on cooperation with service providers."),
		},
	})
	for file, want := range map[string][]dossier.Block{
		// Chromium: labels over two lines; a label as wide as its cell.
		"a-promaris-factsheet-2022.pdf": {
			pair("Commissioned by", "German Federal Foreign Office"),
			pair("Implementing organisation", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"),
			pair("Lead executing agency", "Interregional Coordination Centre (ICC), Yaoundé"),
		},
		// LibreOffice: a label as wide as its cell.
		"a-promaris-kurzbeschreibung-de.pdf": {
			pair("Durchführungsorganisation", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"),
		},
		"d-paice-ficha-pt-2023.pdf": {
			pair("Taxa de execução financeira", "96,4 %"),
		},
	} {
		res := readPDFFile(t, "../fixtures/corpus/dev/docs/"+file)
		for _, w := range want {
			var got dossier.Block
			for _, b := range res.Blocks {
				if b.Label == w.Label {
					got = dossier.Block{Role: b.Role, Label: b.Label, Text: oneSpaced(b.Text)}
					break
				}
			}
			if diff := cmp.Diff(w, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", file, diff)
			}
		}
	}
}

// TestReadPDF_TableAcrossPageUnderTwoColumns: an annual report's page
// of two columns of text, then a table across the whole page whose column
// gap falls where the text's gutter does (Chromium): the table is read as
// its head and two rows, not cut down the gutter with the columns, its
// heads strewn among the paragraphs and its rows run together.
func TestReadPDF_TableAcrossPageUnderTwoColumns(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/tzb-jaarverslag-nl-2024.pdf")
	want := []string{
		"Project | Landen | Looptijd | Budget | Rol WRO",
		"PREN-GL | Burundi, Rwanda, DR Congo | apr. 2021 – mrt. 2025 | € 5,4 mln | uitvoerder",
		"SaniVille | Burkina Faso, Niger | mrt. 2020 – jun. 2025 | € 6,9 mln | technisch partner van SNV",
	}
	got := cellText(rowsOnPage(res, 3))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestReadPDF_CellLineSetApartStaysInItsRow: a LibreOffice table whose
// project cells end on a line set apart ("BMZ-Nr. 2016.2140.7") is read
// as rows of seven cells; read as a paragraph after the table, that line
// split the table into pairs of its first two columns and rows of the
// rest, and every row lost its project.
func TestReadPDF_CellLineSetApartStaysInItsRow(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/tzj-bmz-portfolio-de-2023.pdf")
	var rows []string
	for _, b := range res.Blocks {
		if b.Role == dossier.RoleRow {
			rows = append(rows, oneSpaced(strings.ReplaceAll(b.Text, "\t", " | ")))
		}
	}
	want := []string{
		"Nr. | Vorhaben (BMZ-Nr.) | Partnerländer | Durchführung | Laufzeit | BMZ-Mittel | Status",
		"1 | ProEstat – Stärkung der amtlichen Statistik in der Andenregion BMZ-Nr. 2016.2140.7 | Bolivien, Ecuador, Peru | GIZ | 03/2017 – 12/2021 | 4,5 Mio. € ¹ | abgeschlossen",
		"2 | ProEstat II – Stärkung der amtlichen Statistik in der Andenregion, Phase II BMZ-Nr. 2020.2085.4 | Bolivien, Ecuador, Kolumbien, Peru | GIZ | 01/2022 – 12/2025 | 4,0 Mio. € ² | laufend",
		"3 | CASMO – Modernisierung von Haushaltserhebungen in Zentralasien BMZ-Nr. 2018.2261.3 | Kirgisistan, Tadschikistan, Usbekistan | Statistisches Bundesamt (Destatis) | 04/2019 – 03/2023 | 2,3 Mio. € ³ | abgeschlossen",
		"| Summe BMZ-Mittel | | | | 10,8 Mio. € |",
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestReadPDF_ParagraphUnderATableStaysWhole: a justified line whose word
// starts where the table above it starts its values is no table row.
func TestReadPDF_ParagraphUnderATableStaysWhole(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/d-paice-ficha-pt-2023.pdf")
	want := para("A avaliação final independente decorreu entre outubro e dezembro de 2022 e classificou o desempenho do projeto como satisfatório. O saldo não utilizado será devolvido à União Europeia após a verificação das despesas, prevista para setembro de 2023. As comissões eleitorais recomendaram a preparação de uma nova fase a partir de 2024.")
	for _, b := range res.Blocks {
		if strings.HasPrefix(b.Label+b.Text, "A avaliação") {
			got := dossier.Block{Role: b.Role, Label: b.Label, Text: oneSpaced(b.Text)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			return
		}
	}
	t.Errorf("no block starts %q", "A avaliação")
}

// TestExtract_BoxRowsOfPairsStayApart: a box of labels and values two
// pairs to a row (LibreOffice), whose value cells wrap so evenly that the
// rows touch, keeps its rows as its source has them; only cells that
// carry on in the row below (a box of figures over two lines) are joined.
func TestExtract_BoxRowsOfPairsStayApart(t *testing.T) {
	path := "../fixtures/corpus/dev/docs/q-aics-rapporto-2023-it.pdf"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Default().Extract(context.Background(), Source{Name: path, Data: data}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	// From the source, q-aics-rapporto-2023-it.fodt, section 3.1.
	want := []string{
		"Paesi | Senegal, Guinea, Costa d'Avorio, Niger | Stato | In corso",
		"Durata | 1° marzo 2021 – 28 febbraio 2025 | Costo totale | EUR 5.950.000",
	}
	var rows []string
	for _, b := range d.Blocks {
		if b.Role == dossier.RoleRow && b.Page == 4 {
			rows = append(rows, oneSpaced(strings.ReplaceAll(b.Text, "\t", " | ")))
		}
	}
	for _, w := range want {
		if !slices.Contains(rows, w) {
			t.Errorf("no row %q; rows on page 4:\n%s", w, strings.Join(rows, "\n"))
		}
	}
}

// TestReadPDF_FactSheetTableBesideProse: testdata/pdf/fact-sheet.html
// (Chromium) sets a table of facts beside a column of sections, and under
// it tables of givers: one whose amounts stand right under a head set left,
// one of three columns, and one of two columns as wide as each other. Each
// table reads as its source's rows, the sections beside it as paragraphs
// under their headings.
func TestReadPDF_FactSheetTableBesideProse(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/chromium-fact-sheet.pdf")
	got := blockLines(res.Blocks)
	want := []string{
		"heading Coastal Radar Cooperation (CORACO)",
		"pair Reference: CRC-044",
		"pair Start date: 1 March 2021",
		"pair End date: 28 February 2026",
		"pair Duration: 60 months",
		"pair Total budget: EUR 7,400,000",
		"pair Status: Ongoing",
		"heading The problem",
		"paragraph Small navies along this coast watch thousands of kilometres of sea with a handful of patrol boats and radars that do not talk to each other, so vessels that switch off their transponders slip through unseen.",
		"heading Our answer",
		"paragraph The programme links national radar stations into one shared picture, trains watch officers in reading it and helps the coast guards agree on who acts when a suspect vessel crosses a border at sea.",
		"heading Who pays",
		"row Donor | Amount (EUR)",
		"row Norway | 4,000,000",
		"row Ireland | 2,100,000",
		"row Finland | 1,300,000",
		"row Total | 7,400,000",
		"heading Pledges in their own currencies",
		"row Donor | Pledge | Currency",
		"row Norway | NOK 46 million | NOK",
		"row Ireland | EUR 2.1 million | EUR",
		"row Finland | EUR 1.3 million | EUR",
		"heading Partners in kind",
		"row Partner | Value",
		"row Ghana Navy | EUR 300,000",
		"row Togo Navy | EUR 150,000",
		"row Port of Lomé | EUR 90,000",
		"heading Contact",
		"paragraph Programme office, Harbour Road 12, Accra.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks of chromium-fact-sheet.pdf (-want +got):\n%s", diff)
	}
}

// TestReadPDF_TableOfTwoEqualColumnsThenAHeading: testdata/pdf/brief.fodt
// (LibreOffice) sets a label/value table in two columns of one width, then
// a heading wider than its labels: each label keeps its value, and the
// heading stays the heading of what follows it.
func TestReadPDF_TableOfTwoEqualColumnsThenAHeading(t *testing.T) {
	got := section(t, readPDFFile(t, "testdata/pdf/libreoffice-brief.pdf").Blocks, "The programme in brief")
	want := []dossier.Block{
		pair("Item", "Detail"),
		pair("Title", "Coastal Radar Cooperation (CORACO)"),
		pair("Aim", "Give small navies one shared picture of the vessels along their coast"),
		pair("Countries", "Ghana, Togo, Benin, Côte d'Ivoire"),
		pair("Partners", "National navies, port authorities and the regional maritime coordination centre in Abidjan"),
		pair("Period", "March 2021 – February 2026 (60 months)"),
		pair("Total budget", "7 400 000 EUR"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("libreoffice-brief.pdf (-want +got):\n%s", diff)
	}
}

// TestReadPDF_TightTableCellsStayApart: testdata/pdf/tight-table.fodt
// (LibreOffice) sets a portfolio table whose period column is just wide
// enough for its dates, so each row's implementer stands a cell's padding
// from the period's last date ("04/2019 – 09/2022 IMO", a gap of 0.6 of
// the size, under two words' spaces), and its heads wrap over two lines.
// Every row reads as the source's cells. A second table groups its rows
// under bold rows spanning it ("Gulf of Guinea"): those are headings
// between its rows, not its end. The list under the tables, each item a
// bullet and a tab from its text, stays one line per item.
func TestReadPDF_TightTableCellsStayApart(t *testing.T) {
	res := readPDFFile(t, "testdata/pdf/libreoffice-tight-table.pdf")
	got := blockLines(res.Blocks)
	// From the source: its paragraphs, its rows cell by cell, its list.
	want := []string{
		"paragraph Harbour Safety Fund · grants office",
		"heading Port safety grants",
		"heading Grants in force or closed since 2019, West Africa",
		"heading Position at 31 January 2024",
		"row Programme | Grant no. | Countries | Start and end of the grant | Implementing partner | Grant (EUR) | Total cost | State",
		"row BERTHWATCH | HSF/2019/77-204 | Ghana, Togo | 04/2019 – 09/2022 | IMO | 1.8 m | 5.2 m | Closed",
		"row BERTHWATCH 2 | HSF/2022/81-116 | Ghana, Togo, Benin | 10/2022 – 03/2026 | IMO | 3.4 m | 9.0 m | Running",
		"row Quayside Skills West | HSF/2020/79-530 | Senegal, Gambia, Guinea-Bissau | 01/2020 – 12/2023 | ILO | 0.9 m | 2.7 m | Closed",
		"heading Grants by region",
		"row Programme | Countries | Period | Grant (EUR)",
		"heading Gulf of Guinea",
		"row BERTHWATCH 2 | Ghana, Togo, Benin | 10/2022 – 03/2026 | 3.4 m",
		"heading Senegambia",
		"row Quayside Skills West | Senegal, Gambia | 01/2020 – 12/2023 | 0.9 m",
		"heading Remarks",
		"item Amounts are in millions of euros.",
		"item Norway adds funds to BERTHWATCH 2 from 2024.",
		"item The total cost counts every funder of a grant.",
		"item Closed grants may still await their final audit.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks of libreoffice-tight-table.pdf (-want +got):\n%s", diff)
	}
}

// blockLines writes each block as its role and its text on one line, a
// table row's cells set apart by " | " and a pair's label before its
// value: "row Norway | 4,000,000", "pair Status: Ongoing".
func blockLines(blocks []dossier.Block) []string {
	var out []string
	for _, b := range blocks {
		text := strings.Join(strings.Fields(strings.ReplaceAll(b.Text, "\t", " | ")), " ")
		if b.Label != "" {
			text = b.Label + ": " + text
		}
		out = append(out, string(b.Role)+" "+text)
	}
	return out
}

// TestReadPDF_CardBesideArticle: a fact sheet's card at the page's left,
// its labels set bold over their values ("Pays" over "Laos, Cambodge"),
// beside an article in columns, is read as the card's pairs (as a reader
// reads them off the source's <dt>/<dd>), and the article's sentences
// stay whole; read as a table across the page, each card line took an
// article line as its value.
func TestReadPDF_CardBesideArticle(t *testing.T) {
	res := readPDFFile(t, "../fixtures/corpus/dev/docs/tz-ddc-rapport-fr-2023.pdf")
	var pairs []string
	para := false
	for _, b := range res.Blocks {
		if b.Page != 2 {
			continue
		}
		if b.Role == dossier.RolePair {
			pairs = append(pairs, oneSpaced(b.Label+" | "+b.Text))
		}
		if b.Role == dossier.RoleParagraph && strings.HasPrefix(oneSpaced(b.Text), "Achevé fin mars 2023, le programme Tonlé Forge a modernisé huit écoles techniques au Laos et au Cambodge. La Suisse y a contribué à hauteur de CHF 2,3 millions, aux côtés du Luxembourg, principal bailleur.") {
			para = true
		}
	}
	want := []string{
		"Numéro de projet | 7F-09827.02",
		"Pays | Laos, Cambodge",
		"Durée | 2019 – 2023",
		"Contribution DDC | CHF 2,3 millions",
		"Partenaire de mise en œuvre | LuxDev",
		"Statut | terminé",
	}
	if diff := cmp.Diff(want, pairs); diff != "" {
		t.Errorf("page 2's pairs (-want +got):\n%s", diff)
	}
	if !para {
		t.Errorf("page 2's article paragraph is not read whole")
	}
}
