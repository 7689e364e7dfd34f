package extract

import (
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
)

// TestAsOf_Languages: the date a document speaks from, as pages and
// PDFs in six languages state it; an event's dates, a period's end and a
// copyright year are none. Expected dates are read off each line.
func TestAsOf_Languages(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Menu", "Last updated: 14/03/2017"}, "2017-03-14"},
		{[]string{"Stand: Juni 2020"}, "2020-06-01"},
		{[]string{"Stand: 06/2023"}, "2023-06-01"},
		{[]string{"Mise à jour : 9 novembre 2021"}, "2021-11-09"},
		{[]string{"Última actualización: 14/05/2019"}, "2019-05-14"},
		{[]string{"Pubblicato il 12 dicembre 2023"}, "2023-12-12"},
		{[]string{"Cotonou, le 15 octobre 2020"}, "2020-10-15"},
		{[]string{"Madrid, 24 de octubre de 2018."}, "2018-10-24"},
		{[]string{"Bonn/Eschborn, 15.02.2022."}, "2022-02-15"},
		{[]string{"Ouagadougou, 7 mars 2023 (L’Écho du Faso) – Le laboratoire national a reçu …"}, "2023-03-07"},
		{[]string{"2e comité de pilotage – Niamey, 22 novembre 2022"}, "2022-11-22"},
		{[]string{"Regional Closing Conference · Tbilisi, 10–11 October 2023"}, "2023-10-10"},
		{[]string{"Factsheet · July 2022"}, "2022-07-01"},
		{[]string{"22 de abril de 2021"}, "2021-04-22"},
		{[]string{"San José (Costa Rica), 27 de enero de 2022 – La Organización Meteorológica Mundial presentó hoy el programa."}, "2022-01-27"},
		{[]string{"SUVA, Fiji — 9 November 2022 · Health · 5 min read"}, "2022-11-09"},
		{[]string{"Por Redacção | 5 Mar 2020, 10:42"}, "2020-03-05"},
		{[]string{"2022-03-15 às 16h40"}, "2022-03-15"},
		{[]string{"16 de marzo de 2022 – Washington, D.C."}, "2022-03-16"},
		{[]string{"September 16, 2025   E-187/25"}, "2025-09-16"},
		// A newspaper's masthead and a bulletin's head name the weekday.
		{[]string{"Il Gazzettino del Po", "Domenica 18 giugno 2023 · Anno LXXVII · N. 166"}, "2023-06-18"},
		{[]string{"Mitteilungen", "Montag, 4. September 2023"}, "2023-09-04"},
		{[]string{"Diário do Litoral · Sexta-feira, 19 de maio de 2023"}, "2023-05-19"},
		// A site's banner gives today's date by its weekday, above the
		// article's own date: the article's wins.
		{[]string{"Quinta-feira, 9 de março de 2023", "Por Ana Lima | 7 de março de 2023, 10:15"}, "2023-03-07"},
		// A label's other forms, with words between it and its colon.
		{[]string{"Oficina de cooperación · Actualizado a febrero de 2024"}, "2024-02-01"},
		{[]string{"Última actualización de la ficha: 12/03/2024"}, "2024-03-12"},
		{[]string{"Ficha de projeto · Atualizada em setembro de 2023"}, "2023-09-01"},
		{[]string{"Data last updated by publisher: 2 May 2023 · Source file: activities.xml"}, "2023-05-02"},
		{[]string{"Last updated in the registry: 2024-03-18"}, "2024-03-18"},
		{[]string{"Peildatum: 1 maart 2025"}, "2025-03-01"},
		{[]string{"Edição de março de 2022"}, "2022-03-01"},
		{[]string{"Mis à jour : 14 septembre 2021"}, "2021-09-14"},
		{[]string{"Fecha de elaboración: 15 de marzo de 2024"}, "2024-03-15"},
		{[]string{"Page last reviewed: 3 March 2024"}, "2024-03-03"},
		// A date of another kind after a label's word is none.
		{[]string{"Datum toezegging: 12-05-2017"}, ""},
		{[]string{"Datum van ondertekening: 12-05-2017"}, ""},
		{[]string{"Stand der Angaben: 31.03.2021"}, "2021-03-31"},
		// The date a report's figures stand at yields to its dateline,
		// when that is not earlier: the report speaks from March.
		{[]string{"Jahresbericht 2022", "Bonn, im März 2023", "Tabelle 1: Kofinanzierungen (Stand: 31.12.2022)"}, "2023-03-01"},
		{[]string{"Annual report 2021", "Vienna, 31 March 2022", "Budgets are given as at 31 December 2021."}, "2022-03-31"},
		{[]string{"Rapport annuel", "Paris, 3 mai 2019", "Données au 31 décembre 2019"}, "2019-12-31"},
		// A label in brackets dates its table, as a data label does.
		{[]string{"Steering Committee · Niamey, 23 November 2022", "Results to date (revised 31 October 2022)"}, "2022-11-23"},
		// Not to a date alone or a day's name: an event's programme
		// "as of" a day gives the event's days after it, a brochure its
		// project's end.
		{[]string{"Programme as of 2 November 2022 – subject to change", "Tuesday, 8 November 2022"}, "2022-11-02"},
		{[]string{"Situation as of 31 March 2025", "September 2027"}, "2025-03-31"},
		// A publication label after the figures' date wins; an earlier
		// one names a former edition.
		{[]string{"Key figures as of 31 March 2025", "Edition April 2025"}, "2025-04-01"},
		{[]string{"Peildatum: 1 oktober 2023", "Dit overzicht vervangt de versie van maart 2023."}, "2023-10-01"},
		// A periodical's issue number and year name no month.
		{[]string{"Perspektive Hilfe", "AUSGABE 4/2023 · OKTOBER 2023"}, "2023-10-01"},
		{[]string{"Rundbrief · Ausgabe 2/2024"}, ""},
		{[]string{"Ausgabe März 2024"}, "2024-03-01"},
		// "de 2024" alone, its month on the line before, is no date.
		{[]string{"de 2024"}, ""},
		{[]string{"January 2014 – 31 December 2016"}, ""},
		{[]string{"Duration: January 2014 – 31 December 2016"}, ""},
		{[]string{"© 2022 River Review"}, ""},
		{[]string{"The final report was accepted by the European Commission in June 2020."}, ""},
		{[]string{"Started 20 June 2019"}, ""},
	}
	for _, tt := range tests {
		var blocks []dossier.Block
		for _, l := range tt.lines {
			blocks = append(blocks, dossier.Block{Role: dossier.RoleParagraph, Text: l})
		}
		got := ""
		if d, _ := AsOf(blocks, nil); d != nil {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("%q: as-of %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// TestAsOf_LetterheadPair: a press release's letterhead, read as a label
// (the body's name) beside a value (place and date), is dated by the
// value; a field's bare date ("Start | 1 March 2021") dates no document.
func TestAsOf_LetterheadPair(t *testing.T) {
	tests := []struct {
		label, text, want string
	}{
		{"CONSEIL DE L’EUROPE", "Strasbourg, 5 March 2024", "2024-03-05"},
		{"Start", "1 March 2021", ""},
		{"Duration", "January 2014 – 31 December 2016", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, _ := AsOf([]dossier.Block{{Role: dossier.RolePair, Label: tt.label, Text: tt.text}}, nil); d != nil {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("%q | %q: as-of %q, want %q", tt.label, tt.text, got, tt.want)
		}
	}
}

// TestAsOf_FooterSaysWhenUpdated: a page's footer is furniture, but its
// "Last updated" date is the page's as-of date.
func TestAsOf_FooterSaysWhenUpdated(t *testing.T) {
	page := `<html><body><h1>Harbour Watch</h1><p>A programme.</p>
<footer class="node__meta"><span class="updated">Last updated: 14/03/2017</span> · Source: partners</footer></body></html>`
	doc, err := Default().Extract(t.Context(), Source{Name: "p.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if doc.AsOf == nil || doc.AsOf.String() != "2017-03-14" {
		t.Errorf("as-of %v (%q), want 2017-03-14", doc.AsOf, doc.AsOfQuote)
	}
	for _, b := range doc.Blocks {
		if b.Text == "Source: partners" {
			t.Errorf("footer text became a block")
		}
	}
}

// TestTitleDate: a report whose title gives one year beside a word for
// report speaks from that year, in any lexicon language (from its last
// year, where it gives a period), and a title whose last part is a date
// alone from that date; a year with no word for report, or a word with
// no year dates nothing.
func TestTitleDate(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Rapport annuel 2024", "2024"},
		{"Bilancio sociale 2022 – Fondazione Ponti di Cura ETS", "2022"},
		{"Jaarverslag 2023", "2023"},
		{"Annual Implementation Report 2023 – EU-funded Actions", "2023"},
		{"Memoria anual 2021", "2021"},
		{"Bilan du projet 2020-2023", "2023"},
		{"Programme 2020-2023", ""},
		{"Final report 2023-2020", ""},
		{"Programme 2024", ""},
		{"Annual report", ""},
		{"Report on the 2019 elections and the 2021 census", ""},
		{"WAFSI Fact Sheet – February 2024", "February 2024"},
		{"Factsheet | 3 July 2022", "3 July 2022"},
		{"Phase 2019 – February 2024", ""},
		{"Fact Sheet – 2024", ""},
	} {
		d, _ := TitleDate(tc.title)
		got := ""
		if d != nil {
			got = d.Human()
		}
		if got != tc.want {
			t.Errorf("%q: as-of %q, want %q", tc.title, got, tc.want)
		}
	}
	// A page that states no date of its own takes its report's year.
	page := `<html><head><title>Informe anual 2022 – Fundación Agua Clara</title></head><body><h1>Informe anual 2022</h1><p>Nuestro trabajo en el año.</p></body></html>`
	doc, err := Default().Extract(t.Context(), Source{Name: "r.html", Data: []byte(page)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if doc.AsOf == nil || doc.AsOf.Human() != "2022" {
		t.Errorf("as-of %v (%q), want 2022", doc.AsOf, doc.AsOfQuote)
	}
}

// FuzzTitleDate: any title gives no panic, and a year found comes with
// its title.
func FuzzTitleDate(f *testing.F) {
	for _, s := range []string{"Rapport annuel 2024", "Bilan du projet 2020-2023", "Jaarverslag 2023 – Stichting", "report 1999 2000", "2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		if d, quote := TitleDate(title); d != nil && quote == "" {
			t.Errorf("%q: year %v without its title", title, d)
		}
	})
}

// FuzzAsOf: any lines, however damaged, give no panic, and a date found
// comes with the words it was read from, taken from the lines.
func FuzzAsOf(f *testing.F) {
	for _, s := range []string{
		"Last updated: 14/03/2017", "Cotonou, le 15 octobre 2020", "San José (Costa Rica), 27 de enero de 2022 – La OMM",
		"SUVA, Fiji — 9 November 2022 · Health", "Por Redacção | 5 Mar 2020, 10:42", "2022-03-15 às 16h40",
		"16 de marzo de 2022 – Washington, D.C.", "September 16, 2025 E-187/25", "March 2016 – February", "Tbilisi, 10–11 October 2023",
		"Domenica 18 giugno 2023 · Anno LXXVII · N. 166", "Sexta-feira, 19 de Maio de 2023", "Data last updated by publisher: 2 May 2023",
		"Última actualización de la ficha: 12/03/2024",
		"Bonn, im März 2023\nTabelle 1 (Stand: 31.12.2022)", "Key figures as of 31 March 2025\nEdition April 2025",
		"AUSGABE 4/2023 · OKTOBER 2023", "Programme as of 2 November 2022\nTuesday, 8 November 2022",
	} {
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, footer string) {
		var blocks []dossier.Block
		for _, l := range strings.Split(text, "\n") {
			blocks = append(blocks, dossier.Block{Role: dossier.RoleParagraph, Text: l})
		}
		d, quote, figures := AsOfAndFigures(blocks, map[string]string{MetaFooter: footer})
		if d != nil && quote == "" {
			t.Errorf("%q: date %v without its words", text, d)
		}
		// A figures' date stands beside another document date, never alone.
		if figures != nil && (d == nil || *figures == *d) {
			t.Errorf("%q: figures as of %v beside as of %v", text, figures, d)
		}
	})
}

// TestAsOfAndFigures: a report signed "Bonn, im März 2023" whose table
// stands "Stand: 31.12.2022" speaks from March 2023, and its figures
// from the end of 2022; a document with one date has no figures' date
// beside it.
func TestAsOfAndFigures(t *testing.T) {
	tests := []struct {
		lines         []string
		footer        string
		asOf, figures string
	}{
		{[]string{"Jahresbericht 2022", "Bonn, im März 2023", "Tabelle 1: Kofinanzierungen (Stand: 31.12.2022)"}, "", "2023-03-01", "2022-12-31"},
		{[]string{"Key figures as of 31 March 2025", "Edition April 2025"}, "", "2025-04-01", "2025-03-31"},
		{[]string{"Programme as of 2 November 2022", "Tuesday, 8 November 2022"}, "", "2022-11-02", ""},
		{[]string{"Stand: Juni 2020"}, "", "2020-06-01", ""},
		{[]string{"Last updated: 14/03/2017"}, "", "2017-03-14", ""},
		// The footer's publication date as the body's would be: a later
		// one dates the page, an earlier one names a former edition.
		{[]string{"Key figures as of 31 March 2025"}, "Published April 2025", "2025-04-01", "2025-03-31"},
		{[]string{"Peildatum: 1 oktober 2023"}, "Gepubliceerd op 3 maart 2023", "2023-10-01", ""},
	}
	for _, tt := range tests {
		var blocks []dossier.Block
		for _, l := range tt.lines {
			blocks = append(blocks, dossier.Block{Role: dossier.RoleParagraph, Text: l})
		}
		d, _, f := AsOfAndFigures(blocks, map[string]string{MetaFooter: tt.footer})
		got, gotF := "", ""
		if d != nil {
			got = d.String()
		}
		if f != nil {
			gotF = f.String()
		}
		if got != tt.asOf || gotF != tt.figures {
			t.Errorf("%q: as of %q, figures %q; want %q, %q", tt.lines, got, gotF, tt.asOf, tt.figures)
		}
	}
}

// TestAsOfLexicon_EditionAndDataLabels: a label of a periodical's issue
// (asof.edition) is read only where it is an as-of label too, so each
// must be one; and no label dates both the document and its figures.
func TestAsOfLexicon_EditionAndDataLabels(t *testing.T) {
	stated := map[string]bool{}
	for _, l := range lexicon.Phrases("asof", "label") {
		stated[foldLabel(l)] = true
	}
	for _, l := range lexicon.Phrases("asof", "edition") {
		if !stated[foldLabel(l)] {
			t.Errorf("asof.edition %q is no asof.label: no date after it is ever read", l)
		}
	}
	for _, l := range lexicon.Phrases("asof", "data") {
		if stated[foldLabel(l)] {
			t.Errorf("%q is both asof.label and asof.data", l)
		}
	}
}
