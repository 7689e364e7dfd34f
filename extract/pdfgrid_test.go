package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// TestReadPDF_DataTableRowsStayRows: tables of projects in two reports
// printed by Chromium (one a row, several columns, cells wrapped over two
// lines, heads centred or in two lines, cells whose text runs together)
// come out a row a block, cells in their columns, the heads first, as
// pdftotext -layout shows them to a reader; the sentence under a table is
// no row of it. The same of two reports printed by LibreOffice whose
// figures are set right under heads set left.
func TestReadPDF_DataTableRowsStayRows(t *testing.T) {
	for _, tt := range []struct {
		file  string
		rows  []string
		after string
	}{
		{"../fixtures/corpus/dev/docs/g-capdev-review-2024.pdf", []string{
			"Programme\tImplementer\tDonors\tPeriod\tBudget\tStatus (Nov 2024)",
			"JUSTA Mekong\tUNDP\tSweden, Switzerland\t04/2021 – 09/2025\tUSD 9.1 million\tOngoing",
			"ALFA\tCamões, I.P.\tEU, Portugal\t03/2020 – 07/2024\tEUR 7.2 million\tCompleted",
			"HIDROMET-CA\tWMO\tNorway, Switzerland, Netherlands\t01/2022 – 12/2026\tUSD 8.0 million\tOngoing",
		}, "The Institute's own research budget for 2024 was CHF 1.4 million."},
		{"../fixtures/corpus/dev/docs/e-aics-relazione-2022.pdf", []string{
			"Iniziativa\tAID\tPaesi\tEnte esecutore\tContributo AICS (€)\tPeriodo\tStato al 31/12/2022",
			"Giustizia minorile in Libano e Giordania\t011962\tLibano, Giordania\tUNICEF\t4.500.000\t04/2020 – 09/2024\tIn corso",
			"PAFIP\t011204\tTunisia\tOIL\t3.200.000\t01/2017 – 06/2021\tConcluso",
			"PAFIP – Fase 2\t012418\tTunisia\tOIL\t5.000.000\t07/2021 – 06/2025\tIn corso",
			"Totale\t\t\t\t12.700.000\t\t",
		}, ""},
		// Figures set right under heads set left (LibreOffice): each
		// figure under the head it ends beneath, not the next one.
		{"../fixtures/corpus/dev/docs/tzzzzs-ef-rapport-annuel-2021-transfusion.pdf", []string{
			"Bailleur\tVITASANG\tRESATS",
			"Agence française de développement (AFD)\t4 500 000\t7 000 000",
			"Union européenne\t1 500 000\t2 500 000",
			"Total\t6 000 000\t9 500 000",
		}, ""},
		{"../fixtures/corpus/dev/docs/tp-relatorio-progresso-2024.pdf", []string{
			"Financiador\tMontante (EUR)\tPercentagem",
			"União Europeia\t2 600 000\t71,2%",
			"Portugal\t600 000\t16,4%",
			"Alemanha\t450 000\t12,3%",
			"Total\t3 650 000\t100%",
			"Indicador\tMeta 2025\tValor 2024",
			"Laboratórios acreditados ISO/IEC 17025\t3\t1",
			"Amostras analisadas por ano\t1 500\t1 391",
			"Formadores nacionais certificados\t12\t5",
		}, ""},
		// Figures of several widths set right: the widest run left of
		// the next head's start, and stay in their column.
		{"../fixtures/corpus/dev/docs/tzzzr-woonkracht-jaarverslag-2025.pdf", []string{
			"Financier\tToegezegde bijdrage\tIn euro",
			"Ministerie van Buitenlandse Zaken (Nederland)\t€ 3.500.000\t€ 3.500.000",
			"Sida (Zweden)\tSEK 32.000.000\tca. € 2.800.000",
			"Totaal herziene begroting\t\t€ 6.300.000",
			"Baten 2025\tBedrag",
			"Subsidies overheden (Isiseko)\t€ 1.214.000",
			"Bijdragen consortiumpartners (ALERO 2030)\t€ 420.000",
			"Particuliere donateurs en fondsen\t€ 186.500",
			"Totaal baten\t€ 1.820.500",
		}, ""},
		// Heads set apart by a wider gap than the rows under them, one
		// line apart, the last cell wrapped (LibreOffice): a row a line
		// of cells, the wrapped line the row's.
		{"../fixtures/corpus/dev/docs/tzzzu-jahresbericht-tamga-2023.pdf", []string{
			"Vorhaben\tGeber\tBeitrag\tBemerkung",
			"TAMGA (Phase I)\tDeutschland (BMZ)\t4.500.000 EUR\tvollständig verausgabt",
			"TAMGA II\tDeutschland (BMZ)\t6.000.000 EUR\tAuftrag",
			"TAMGA II\tSchweiz (SECO)\t3.500.000 CHF\tdelegierte Kooperation",
			"TAMGA II\tEuropäische Union\t2.000.000 EUR\tzugesagt im Dezember 2023",
		}, "Zum 31. Dezember 2023 waren von den Mitteln für TAMGA II rund 1,9 Mio. EUR verausgabt. Das Gesamtvolumen des Vorhabens von 11,6 Mio. EUR ergibt sich aus den drei Beiträgen zum Umrechnungskurs bei Vertragsabschluss."},
		// Figures set right under the second word of a head of two
		// ("Total commitment"), every one starting at one edge: one
		// column, its head whole. (The report's key figures above come
		// out as pdftotext -layout lines them up.)
		{"../fixtures/corpus/dev/docs/tzm-trafficwise-annual-report-2022.pdf", []string{
			"Programme\tDonor\tTotal commitment\tReceived by TrafficWise in 2022",
			"SafeCorridor\tNetherlands\t2,400,000\t288,000",
			"SafeCorridor II\tNetherlands\t4,800,000\t600,000",
			"ALCORSI\tEuropean Union\t6,000,000\t410,500",
			"ALCORSI\tNetherlands\t2,100,000\t152,300",
		}, ""},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			res, err := ReadPDF(context.Background(), data, PDFLimits{})
			if err != nil {
				t.Fatal(err)
			}
			var rows []string
			var table string
			for i, b := range res.Blocks {
				if b.Role != dossier.RoleRow || b.Path == "" {
					continue
				}
				if table == "" {
					table = b.Path[:strings.LastIndex(b.Path, ">tr[")]
				}
				rows = append(rows, b.Text)
				if i+1 < len(res.Blocks) && tt.after != "" && res.Blocks[i+1].Role != dossier.RoleRow {
					if got := strings.Join(strings.Fields(res.Blocks[i+1].Text), " "); got != tt.after {
						t.Errorf("after the table: %q, want %q", got, tt.after)
					}
				}
			}
			if diff := cmp.Diff(tt.rows, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if !strings.HasSuffix(table, ">table[1]") {
				t.Errorf("rows placed in %q, want a table's path", table)
			}
		})
	}
}

// TestReadPDF_KeyFiguresAreCards: a report's strip of key figures
// (Chromium), figures set large side by side over captions of two lines
// ("3" over "programmes under way⏎in 2022"), is read card by card, each
// figure before its own caption whole, as a reader takes them: not as
// rows of a table whose heads are the figures. So are a project brief's
// cards whose captions, centred, wrap unevenly ("2 March 2020 to 31⏎
// August 2023" beside "courthouses connected⏎to the e-registry").
func TestReadPDF_KeyFiguresAreCards(t *testing.T) {
	for _, tt := range []struct {
		file  string
		cards [][2]string
	}{
		{"../fixtures/corpus/dev/docs/tzm-trafficwise-annual-report-2022.pdf", [][2]string{
			{"3", "programmes under way in 2022"},
			{"8", "countries on two corridors"},
			{"2,140", "police officers and inspectors trained"},
			{"31", "safe crossings built since 2019"},
		}},
		{"../fixtures/corpus/dev/docs/tzzzzzw-idlo-lebanon-courts-factsheet-2023.pdf", [][2]string{
			{"42 months", "2 March 2020 to 31 August 2023"},
			{"14", "courthouses connected to the e-registry"},
			{"1,150", "judges, clerks and bailiffs trained*"},
		}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			res := readPDFFile(t, tt.file)
			var texts []string
			for _, b := range res.Blocks {
				texts = append(texts, strings.Join(strings.Fields(b.Text), " "))
			}
			for _, c := range tt.cards {
				found := false
				for i := 0; i+1 < len(texts); i++ {
					if texts[i] == c[0] && texts[i+1] == c[1] {
						found = true
					}
				}
				if !found {
					t.Errorf("no card %q over %q; blocks:\n%s", c[0], c[1], strings.Join(texts, "\n"))
				}
			}
		})
	}
}
