package facts

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
)

// TestSubjectName_ReportOnATheme: a title whose later part names a report
// ("Results Report 2023", "Jahresbericht 2022") is a report on its first
// part, a theme, which names no project; an acronym there still does.
func TestSubjectName_ReportOnATheme(t *testing.T) {
	for title, want := range map[string]string{
		"Food and Nutrition Security – Results Report 2023": "",
		"Ländliche Wasserversorgung – Jahresbericht 2022":   "",
		"Sécurité alimentaire – Rapport annuel 2021":        "",
		"CyberEast – Annual Report 2021":                    "CyberEast",
	} {
		if got, _ := subjectName(title); got != want {
			t.Errorf("subjectName(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestSubjectName_NotAProject: a letterhead's body or state, a headline
// that opens on a word of launching, an acronym and a place read as a
// sentence: what each names, as a reader sees it.
func TestSubjectName_NotAProject(t *testing.T) {
	for title, want := range map[string]string{
		"EMBASSY OF JAPAN IN":                         "",
		"RÉPUBLIQUE FRANÇAISE":                        "",
		"Ministry of Health – Annual Plan":            "",
		"Startschuss für SENTILAB+":                   "SENTILAB+",
		"LUMINA Sahel wird bis 2026 verlängert":       "LUMINA Sahel",
		"LUMINA Sahel auf einen Blick":                "LUMINA Sahel",
		"GLACY+ Global Action on Cybercrime Extended": "GLACY+",
		"Il progetto MARLUCE":                         "MARLUCE",
		// A printed page of a periodical, by its name and page number.
		"Heidekurier – Region – Seite 9 – 18. Oktober 2023": "",
		"Diário do Litoral – 3 de maio de 2022 – página 12": "",
		// An issue of a newsletter, by its name and number.
		"Delta Netwerk – Nieuwsbrief nr. 12, maart 2023": "",
		// An IATI activity's identifier before its title.
		"XM-TZR-SUELOFIRME-ALR30 — ALERO 2030 — Activity — IATI Activity Viewer": "ALERO 2030",
		// A name, then its issue's number: a periodical.
		"Waterbrief Internationaal nr. 3 – maart 2024": "",
		// An elided "de" before the name in a headline.
		"Lancement d'ALAMA : un programme régional pour la police": "ALAMA",
	} {
		if got, _ := subjectName(title); got != want {
			t.Errorf("subjectName(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestCollapse_SameAsFields: collapse's shortcut for text already
// collapsed gives what splitting on Unicode spaces and joining gives.
func TestCollapse_SameAsFields(t *testing.T) {
	for _, s := range []string{"", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb", "a\u00a0b", "a\u2009b", "Côte d’Ivoire", "a\u3000b", "x\u0085y", "é è", "a \u00a0b"} {
		if got, want := collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPlausibleProject_BodyFirst: a name a known body opens ("UNODC
// Global Maritime Crime", the body's standing programme; "UNICEF Jordan",
// its office) names no project; a long name a country opens may.
func TestPlausibleProject_BodyFirst(t *testing.T) {
	for name, want := range map[string]bool{
		"UNODC Global Maritime Crime":            false,
		"UNICEF Jordan":                          false,
		"Ghana Cyber Security Capacity Building": true,
		"HARBOURLINK":                            true,
	} {
		if got := plausibleProject(name); got != want {
			t.Errorf("plausibleProject(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAcronymWithoutPlace: an acronym and a place name the project the
// acronym names alone; the follow-up's number stays.
func TestAcronymWithoutPlace(t *testing.T) {
	for name, want := range map[string]string{
		"GRIDWISE Southern Africa": "GRIDWISE",
		"E-PROOF Andes II":         "E-PROOF II",
		"LUMINA Sahel":             "LUMINA",
		"LUMINA Solar Power":       "",
		"Cyber East":               "",
	} {
		if got := acronymWithoutPlace(name); got != want {
			t.Errorf("acronymWithoutPlace(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSplitAtLabelLine: a value of several lines is cut before its first
// later line that is a known label's ("Region: Southern Africa"); a value
// without one stays whole.
func TestSplitAtLabelLine(t *testing.T) {
	for _, tc := range []struct{ text, own, rest string }{
		{"Mozambique, Zambia\nRegion: Southern Africa\nStatus: ongoing", "Mozambique, Zambia", "Region: Southern Africa\nStatus: ongoing"},
		{"Mozambique, Zambia\nand Malawi", "Mozambique, Zambia\nand Malawi", ""},
		{"Mozambique\nNote: figures of 2023", "Mozambique\nNote: figures of 2023", ""},
	} {
		if own, rest := splitAtLabelLine(tc.text); own != tc.own || rest != tc.rest {
			t.Errorf("splitAtLabelLine(%q) = %q, %q; want %q, %q", tc.text, own, rest, tc.own, tc.rest)
		}
	}
}

// TestProjectKey_DashPhase: a follow-up named with a dash and its phase
// ("Farm Start Ghana – Phase II") is the one other pages call "Farm Start
// Ghana II" or "… 2", and not its first phase.
func TestProjectKey_DashPhase(t *testing.T) {
	follow := projectKey("Farm Start Ghana II")
	for _, name := range []string{"Farm Start Ghana – Phase II", "Farm Start Ghana - Phase 2", "farm start ghana — phase II", "Farm Start Ghana 2"} {
		if got := projectKey(name); got != follow {
			t.Errorf("projectKey(%q) = %q, want %q (the follow-up's)", name, got, follow)
		}
	}
	if projectKey("Farm Start Ghana – Phase II") == projectKey("Farm Start Ghana") {
		t.Error("the follow-up and its first phase have one key")
	}
	// A dash without a phase after it is part of the name.
	if projectKey("Kazi Link – Jobvermittlung") == projectKey("Kazi Link") {
		t.Error("a name's subtitle after a dash was dropped")
	}
}

// TestEarlierPhaseKey: a follow-up's key less its phase mark is its
// earlier phase's, "+" included ("GLACY" of "GLACY+"); a longer or other
// name is not.
func TestEarlierPhaseKey(t *testing.T) {
	for _, tc := range []struct {
		earlier, later string
		want           bool
	}{
		{"GLACY", "GLACY+", true},
		{"PAFIP", "PAFIP II", true},
		{"TeachHost", "TeachHost 2", true},
		{"GLACY", "GLACY Africa", false},
		{"GLACY+", "GLACY", false},
	} {
		if got := earlierPhaseKey(projectKey(tc.earlier), projectKey(tc.later)); got != tc.want {
			t.Errorf("earlierPhaseKey(%q, %q) = %v, want %v", tc.earlier, tc.later, got, tc.want)
		}
	}
}

// TestTooSmall: a budget or a contribution under a thousand is a figure
// cut from its scale ("EUR 9.5" before "million" on the next line) and is
// never recorded; a thousand or more is.
func TestTooSmall(t *testing.T) {
	for _, tc := range []struct {
		field string
		v     dossier.Value
		want  bool
	}{
		{dossier.FieldBudget, dossier.MoneyValue(dossier.Money{Amount: 9.5, Currency: "EUR", Qualifier: dossier.QualifierTotal}), true},
		{dossier.FieldBudget, dossier.MoneyValue(dossier.Money{Amount: 250000, Currency: "EUR", Qualifier: dossier.QualifierTotal}), false},
		{dossier.FieldContributions, dossier.ContributionValue(dossier.Contribution{Donor: "Norway", Amount: 3.8, Currency: "USD"}), true},
		{dossier.FieldContributions, dossier.ContributionValue(dossier.Contribution{Donor: "Norway", Amount: 1000, Currency: "USD"}), false},
		{dossier.FieldDurationMonths, dossier.IntValue(36), false},
	} {
		if got := tooSmall(tc.field, tc.v); got != tc.want {
			t.Errorf("tooSmall(%s, %s) = %v, want %v", tc.field, tc.v.String(), got, tc.want)
		}
	}
}

// TestPlausibleProject_DateAfterAWord: "das Vorhaben Ende März 2024" names
// a date after a word for project, no project; a name that ends with a
// year ("Beira 2030") is one.
func TestPlausibleProject_DateAfterAWord(t *testing.T) {
	for name, want := range map[string]bool{
		"Ende Jänner 2024":     false,
		"Anfang März 2021":     false,
		"Resilient Beira 2030": true,
		// A year after "of" dates an event, a report's subject.
		"Eleições Presidenciais de 2022 em Timor-Leste": false,
		"Elections of 2023 in Nepal":                    false,
		"Agenda Digital 2025":                           true,
	} {
		if got := plausibleProject(name); got != want {
			t.Errorf("plausibleProject(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestOtherProjectClause_NameWithProjectWord: in a section on GLACY+, a
// relative clause after "the GLACY project" is about the earlier phase,
// even where the sentence's own mention of GLACY+ was not found (a
// store's names can make the mentions differ).
func TestOtherProjectClause_NameWithProjectWord(t *testing.T) {
	x := &extractor{names: newProjectNames(), doc: &dossier.Document{}}
	x.current = x.names.add("GLACY+")
	s := "GLACY+ follows the GLACY project, which ended in October 2016."
	at := strings.Index(s, "GLACY project")
	ms := []mention{{name: "GLACY Project", start: at, end: at + len("GLACY project")}}
	if got, want := x.otherProjectClause(s, ms), strings.Index(s, ", which"); got != want {
		t.Errorf("otherProjectClause = %d, want %d (the clause on GLACY)", got, want)
	}
}

// TestPlausibleProject_PhaseNumber: "Phase II" on a follow-up's slides
// ("WESTERN INDIAN OCEAN · PHASE II 2023–2026") is the phase of the
// project the slides are about, not a project of its own.
func TestPlausibleProject_PhaseNumber(t *testing.T) {
	for name, want := range map[string]bool{
		"Phase II":   false,
		"PHASE II":   false,
		"Fase 2":     false,
		"PAFIP II":   true,
		"Beira 2030": true,
	} {
		if got := plausibleProjectName(name, 8, false); got != want {
			t.Errorf("plausibleProjectName(%q) = %v, want %v", name, got, want)
		}
	}
}

// assertLogicalLines holds a block's logical lines to a reader's reading.
func assertLogicalLines(t *testing.T, b dossier.Block, want []string) {
	t.Helper()
	if got := logicalLines(b); !slices.Equal(got, want) {
		t.Errorf("logicalLines =\n%q\nwant\n%q", got, want)
	}
}

// TestLogicalLines_SlideItemsAfterAWholeLine: on a slide whose bullets are
// drawn, not written, a line that says all it has to say (a period after
// its label, a list of countries) ends its item; the next line in
// capitals is another. A line broken off in mid-sentence still joins.
func TestLogicalLines_SlideItemsAfterAWholeLine(t *testing.T) {
	b := dossier.Block{Page: 6, Text: "Albanie, Monténégro, Serbie\n" +
		"Budget total 7,4 M€ : UE 5,5 M€ ; Espagne 1,0 M€\n" +
		"Période : janvier 2023 – décembre 2026\n" +
		"Le consortium a demandé une prolongation sans coût ; décision attendue au premier\n" +
		"semestre 2026"}
	want := []string{
		"Albanie, Monténégro, Serbie",
		"Budget total 7,4 M€ : UE 5,5 M€ ; Espagne 1,0 M€",
		"Période : janvier 2023 – décembre 2026",
		"Le consortium a demandé une prolongation sans coût ; décision attendue au premier semestre 2026",
	}
	assertLogicalLines(t, b, want)
}

// TestLogicalLines_CountryLedLinesStayApart: in a PDF column under "Où
// nous intervenons", lines each led by a country and a dash ("Niger –
// région de Zinder", "Tchad – depuis mars 2024, …") are one country's
// each, though the first is no whole line; the second line's wrap joins.
// What a reader records: the two countries, and Zinder as a region.
func TestLogicalLines_CountryLedLinesStayApart(t *testing.T) {
	b := dossier.Block{Page: 2, Text: "Niger – région de Zinder\n" +
		"Tchad – depuis mars 2024, la région du Ouaddaï a\n" +
		"rejoint le programme"}
	want := []string{
		"Niger – région de Zinder",
		"Tchad – depuis mars 2024, la région du Ouaddaï a rejoint le programme",
	}
	assertLogicalLines(t, b, want)
	d := &dossier.Document{ID: "sha256:1", Source: "b.pdf", Kind: dossier.KindPDF, Pages: 2, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Text: "SAHELEAU", Page: 1, FontSize: 20},
		{Role: dossier.RoleHeading, Text: "Où nous intervenons", Page: 2, FontSize: 14},
		b,
	}}
	var got []string
	for _, f := range Extract(d) {
		if f.Field == dossier.FieldCountries || f.Field == dossier.FieldRegions {
			got = append(got, string(f.Field)+" "+f.Value.String())
		}
	}
	if wantF := []string{"countries NE", "regions Zinder", "countries TD"}; !slices.Equal(got, wantF) {
		t.Errorf("facts %q, want %q", got, wantF)
	}
}

// TestLogicalLines_GiverLabelWithItsBody: in a PDF box of label lines, a
// giver's contribution whose label names the giving body in brackets
// ("Contribution de la France (ministère …) :") opens a line of its own,
// though the label is long and its amount wraps; the wrap joins.
func TestLogicalLines_GiverLabelWithItsBody(t *testing.T) {
	b := dossier.Block{Page: 2, Text: "Budget total : 5 700 000 EUR\n" +
		"Contribution de la France (ministère de l’Europe et des Affaires étrangères) : 4 200\n" +
		"000 EUR\n" +
		"Contribution des Pays-Bas (ministère des Affaires étrangères) : 1 500 000 EUR"}
	want := []string{
		"Budget total : 5 700 000 EUR",
		"Contribution de la France (ministère de l’Europe et des Affaires étrangères) : 4 200 000 EUR",
		"Contribution des Pays-Bas (ministère des Affaires étrangères) : 1 500 000 EUR",
	}
	assertLogicalLines(t, b, want)
	// What a reader records from the box: each giver's contribution.
	d := &dossier.Document{ID: "sha256:1", Source: "r.pdf", Kind: dossier.KindPDF, Pages: 2, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Text: "CONFIANCE-NUM – Rapport d'activité", Page: 2, FontSize: 16},
		b,
	}}
	var got []string
	for _, f := range Extract(d) {
		if f.Field == dossier.FieldContributions {
			got = append(got, f.Value.String())
		}
	}
	if wantC := []string{"France: EUR 4,200,000", "Netherlands: EUR 1,500,000"}; !slices.Equal(got, wantC) {
		t.Errorf("contributions %q, want %q", got, wantC)
	}
}

// TestLogicalLines_GiversLineIsWhole: in a PDF box, a line of givers
// that names only givers dossier knows ("Bailleurs : Espagne, …, France")
// ends its item, so the next line (a figure) is not taken for a giver;
// a givers' line that ends on a comma, or holds an amount that may wrap,
// goes on.
func TestLogicalLines_GiversLineIsWhole(t *testing.T) {
	b := dossier.Block{Page: 5, Text: "Programme clôturé le 30 juin 2024 (Bénin, Togo)\n" +
		"Bailleurs : Suède, Union européenne, Pays-Bas, Belgique\n" +
		"3 laboratoires accrédités ; 41 inspecteurs formés\n" +
		"Bailleurs : Allemagne (BMZ) 10 M€ · Suisse 2\n" +
		"M€ (depuis 2023)\n" +
		"Bailleurs : Norvège,\n" +
		"Danemark"}
	want := []string{
		"Programme clôturé le 30 juin 2024 (Bénin, Togo)",
		"Bailleurs : Suède, Union européenne, Pays-Bas, Belgique",
		"3 laboratoires accrédités ; 41 inspecteurs formés",
		"Bailleurs : Allemagne (BMZ) 10 M€ · Suisse 2 M€ (depuis 2023)",
		"Bailleurs : Norvège, Danemark",
	}
	assertLogicalLines(t, b, want)
}

// TestLogicalLines_LabelColonAtAWrap: in a PDF paragraph of running text,
// a label whose colon ends a wrapped line ("… zuidelijk Afrika.
// Uitvoerder:") is followed by its value on the next line; the paragraph
// goes on, not a box of label lines.
func TestLogicalLines_LabelColonAtAWrap(t *testing.T) {
	b := dossier.Block{Page: 3, Text: "GRIDWISE. Capaciteitsprogramma voor beheerders van elektriciteitsnetten in zuidelijk Afrika. Uitvoerder:\n" +
		"TADB. Medefinanciers: Zweden en Duitsland. Nederlandse bijdrage: EUR 8,0 mln."}
	want := []string{
		"GRIDWISE. Capaciteitsprogramma voor beheerders van elektriciteitsnetten in zuidelijk Afrika. Uitvoerder: TADB. Medefinanciers: Zweden en Duitsland. Nederlandse bijdrage: EUR 8,0 mln.",
	}
	assertLogicalLines(t, b, want)
}

// TestDonorAmounts_PhraseIsNoGiver: "Total cost of the regional programme
// (all three countries): USD 11,400,000" under a funding table is a
// total, not a giver's amount; a body's name written in capitals still
// gives ("Fonds pour la Paix et la Stabilisation: EUR 2,500,000").
func TestDonorAmounts_PhraseIsNoGiver(t *testing.T) {
	x := &extractor{names: newProjectNames(), doc: &dossier.Document{}, seen: map[string]bool{}}
	x.current = x.names.add("ELECTSAFE")
	if x.donorAmounts(dossier.Block{}, "Total cost of the regional programme (all three countries): USD 11,400,000", "q") {
		t.Errorf("a total's line gave a giver: %+v", x.facts)
	}
	if !x.donorAmounts(dossier.Block{}, "Fonds pour la Paix et la Stabilisation: EUR 2,500,000", "q") {
		t.Errorf("a body's name in capitals gave no giver")
	}
}

// TestHasOrgWord_Compounds: a Dutch or German compound whose last part is
// a word for a body names a body ("Rijksinstituut voor Volksgezondheid en
// Milieu", "Bundesministerium …"), so no page takes it for a project.
func TestHasOrgWord_Compounds(t *testing.T) {
	for _, s := range []string{"Rijksinstituut voor Volksgezondheid en Milieu", "Bundesministerium für Bildung"} {
		if !hasOrgWord(s) {
			t.Errorf("hasOrgWord(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Kilimo Seed Futures", "Waterstraat Programma"} {
		if hasOrgWord(s) {
			t.Errorf("hasOrgWord(%q) = true, want false", s)
		}
	}
}

// TestReportPart_Compounds: a German compound ending in a word for report
// ("Länderbericht 2023") names a report, as "Jahresbericht 2022" does.
func TestReportPart_Compounds(t *testing.T) {
	for _, s := range []string{"Länderbericht 2023", "Jahresbericht 2022", "Results Report 2023"} {
		if !reportPart(s) {
			t.Errorf("reportPart(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Waldgovernance und Landrechte", "XyloTrak II"} {
		if reportPart(s) {
			t.Errorf("reportPart(%q) = true, want false", s)
		}
	}
}

// TestAcronymSpeltAsBody: a masthead of an acronym and a body's name
// after a dash or a bar is a body's, in any language; an acronym and a
// project's long name is not.
func TestAcronymSpeltAsBody(t *testing.T) {
	for line, want := range map[string]bool{
		"CSIP – Centro Studi per l'Integrità Pubblica":            true,
		"WRO | Waterbedrijf Rijnland-Oost":                        true,
		"IDLO – International Development Law Organization":       true, // "International" opens a body's name
		"SEGUMAR – Seguridad portuaria y control de contenedores": false,
		"CGTI-WIO – Coast Guard Training Initiative":              false,
		"FIIAPP – Fundación Internacional y para Iberoamérica":    true,
		"Audit Maghreb compie un anno: 180 revisori formati":      false,
		// A headline after a name: its word for a body spells no
		// acronym, in small letters or in capitals.
		"JURILINK: court records go digital": false,
		"JURILINK: Court Records Go Digital": false,
		"CODEX: Court records go digital":    false, // one initial shared is no spelling
	} {
		if got := acronymSpeltAsBody(line); got != want {
			t.Errorf("acronymSpeltAsBody(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestProjectNames_SeparatorsAreTheLines: a name read next to a dash or a
// colon ("O APRECIA – Programa …" cut after the dash, "Balcanes
// Occidentales — VÍA BALCÁNICA") is stored without it, as one name.
func TestProjectNames_SeparatorsAreTheLines(t *testing.T) {
	p := newProjectNames()
	for _, n := range []string{"APRECIA –", "APRECIA", "— VÍA BALCÁNICA", "VÍA BALCÁNICA:"} {
		p.add(n)
	}
	if len(p.order) != 2 {
		t.Fatalf("names %v, want APRECIA and VÍA BALCÁNICA", p.order)
	}
	for _, k := range p.order {
		if c := p.canonical(k); c != "APRECIA" && c != "VÍA BALCÁNICA" || len(p.variants(k)) != 0 {
			t.Errorf("%q spelt %q, other spellings %v", k, c, p.variants(k))
		}
	}
}

// TestNamedBeyondDatelines: a town in capitals that opens an article
// ("TERAMO. Le fotografie …") or a running header in capitals ("TERAMO E
// PROVINCIA") does not count as the body naming it; a sentence does.
func TestNamedBeyondDatelines(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"TERAMO. Le fotografie appese nel corridoio", false},
		{"Una riga\nTERAMO, 3 marzo – Il consiglio comunale", false},
		{"TERAMO E PROVINCIA", false},
		{"Il progetto TERAMO è finanziato dall'Italia.", true},
		{"TERAMO. Il progetto TERAMO è finanziato dall'Italia.", true},
	} {
		if got := namedBeyondDatelines(c.text, "TERAMO"); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNotSubject_NewspaperSections: a newspaper's section alone
// ("SOCIEDADE", "Wirtschaft", "Cronaca") names no project; a name that
// holds such a word among others may.
func TestNotSubject_NewspaperSections(t *testing.T) {
	for _, s := range []string{"SOCIEDADE", "Wirtschaft", "Cronaca", "SAMENLEVING"} {
		if !notSubject(s) {
			t.Errorf("%q read as a possible project", s)
		}
	}
	if notSubject("Sociedade Civil Forte") {
		t.Error(`"Sociedade Civil Forte" ruled out as a name`)
	}
}

// TestNotSubject_NaturalHazards: a storm or an earthquake named in a
// report's box ("Cyclone Freddy", "Ciclón Idai", "Erdbeben in Al Haouz")
// is an event the text tells of, no project.
func TestNotSubject_NaturalHazards(t *testing.T) {
	for _, s := range []string{"Cyclone Freddy", "Ciclón Idai", "Furacão Matthew", "Erdbeben in Al Haouz", "Typhon Haiyan", "Orkaan Maria"} {
		if !notSubject(s) {
			t.Errorf("%q read as a possible project", s)
		}
	}
}

// TestFindProjects_LabelOfAHeading: two column headings of a fact sheet
// read as a label and its value ("Le projet | Financement"): the value,
// a label itself, names no project; the sheet's heading does.
func TestFindProjects_LabelOfAHeading(t *testing.T) {
	doc := &dossier.Document{
		Title: "Fiche projet MAREX – mars 2024",
		Blocks: []dossier.Block{
			{Role: dossier.RoleHeading, Text: "MAREX"},
			{Role: dossier.RolePair, Label: "Le projet", Text: "Financement"},
			{Role: dossier.RoleParagraph, Text: "Le projet MAREX forme les inspecteurs portuaires au Sénégal. Il est financé par l'Union européenne."},
		},
	}
	x := newExtractor(doc)
	x.run()
	if x.mainKey != projectKey("MAREX") {
		t.Errorf("main project %q, want MAREX", x.mainKey)
	}
	// What a user sees: the sheet's facts are MAREX's, none Financement's.
	got := Extract(doc)
	if len(got) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range got {
		if f.Project != "MAREX" {
			t.Errorf("fact %s %q on project %q, want MAREX", f.Field, f.Value.String(), f.Project)
		}
	}
}

// TestFindMentions_PersonWithRole: a byline's name followed by a role
// whose first word is a word for project ("Aminata Ouédraogo, Programme
// Director") names a person, no project; and that name is the page's
// author, after the post's date.
func TestFindMentions_PersonWithRole(t *testing.T) {
	line := "Posted on 27 March 2025 by Aminata Ouédraogo, Programme Director"
	if ms := findMentions(line); len(ms) != 0 {
		t.Errorf("findMentions(%q) = %v, want none", line, ms)
	}
	x := newExtractor(&dossier.Document{Blocks: []dossier.Block{{Role: dossier.RoleParagraph, Text: line}, {Role: dossier.RoleParagraph, Text: "Folgephase von PORTREC, Beginn 2023"}}})
	if !x.author("Aminata Ouédraogo") {
		t.Errorf("Aminata Ouédraogo is no author of %q", line)
	}
	if x.author("PORTREC") {
		t.Errorf("PORTREC read as an author")
	}
}

// TestFindMentions_WhoseProject: an article and an adjective of a
// continent or a country before a word for project ("Een Europees
// project", "A Dutch programme") say whose the project is; they name
// none.
func TestFindMentions_WhoseProject(t *testing.T) {
	for _, s := range []string{"Een Europees project wil daar verandering in brengen.", "A Dutch programme trains the inspectors."} {
		if ms := findMentions(s); len(ms) != 0 {
			t.Errorf("findMentions(%q) = %v, want none", s, ms)
		}
	}
	if ms := findMentions("Het Baltic Harbour project begint in mei."); len(ms) != 1 {
		t.Errorf("a name before the word for project: %v", ms)
	}
}

// TestFindMentions_MeetingNumberIsNoFollowUp: "COPIL 4", the fourth
// steering committee, and "Annex II" are a meeting and a part of a
// document, not follow-ups named by an acronym and a number; "PAFIP II"
// is one.
func TestFindMentions_MeetingNumberIsNoFollowUp(t *testing.T) {
	for text, want := range map[string]string{
		"Conduvia – COPIL 4":           "",
		"Voir l'annexe : ANNEX II":     "",
		"le PAFIP II a démarré en mai": "PAFIP II",
	} {
		got := ""
		for _, m := range findMentions(text) {
			got = m.name
		}
		if got != want {
			t.Errorf("findMentions(%q) names %q, want %q", text, got, want)
		}
	}
}

// TestKnownAsNames: a coined name in apposition after words of being
// known as is a name of the project the sentence speaks of; a place or a
// plain word after them is not, nor is a name without the comma of an
// apposition.
func TestKnownAsNames(t *testing.T) {
	for text, want := range map[string]string{
		"Ce changement doit beaucoup au Programme régional de renforcement de la notification, plus connu sous le sigle NOTIMED-AO.": "NOTIMED-AO",
		"The Andean Ballistics Quality Initiative, known by its English acronym ABQI, began in May 2022.":                            "ABQI",
		"La iniciativa, conocida como RAÍCES, empezó en 2021.":                                                                       "RAÍCES",
		"The city, known as the capital of the north, hosts the office.":                                                             "",
		"The programme known as ABQI began in 2022.":                                                                                 "",
		"Qualcosa cambia grazie a WABEL, acronimo di Western Balkans Air Emissions Ledger, un progetto regionale.":                   "WABEL",
	} {
		var names []string
		for _, n := range knownAsNames(text) {
			names = append(names, n.name)
		}
		if got := strings.Join(names, "|"); got != want {
			t.Errorf("knownAsNames(%q) = %q, want %q", text, got, want)
		}
	}
}

// FuzzKnownAsNames: on any text, every name knownAsNames returns is
// written in the text, and where it says the name is spelt out, or where
// its comma stands, those offsets lie inside the text (seed corpus in
// testdata/fuzz/FuzzKnownAsNames).
func FuzzKnownAsNames(f *testing.F) {
	for _, s := range []string{
		"The Andean Ballistics Quality Initiative, known by its English acronym ABQI, began.",
		"grazie a WABEL, acronimo di Western Balkans Air Emissions Ledger, un progetto",
		", known as", "X,, acronimo di", "ÉÉ, plus connu sous le sigle ÉÉÉÉ\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range knownAsNames(s) {
			if n.name == "" || !strings.Contains(s, n.name) {
				t.Fatalf("knownAsNames(%q) gave %q, not in the text", s, n.name)
			}
			if n.spelled > len(s) || n.comma >= len(s) || n.comma < 0 {
				t.Fatalf("knownAsNames(%q) gave offsets %d, %d outside it", s, n.spelled, n.comma)
			}
		}
	})
}

// TestPlausibleProject_PlansForAYear: a heading of plans, a little word
// and a year at its end ("Priorities for 2025", a report's last section),
// names no project; a coined name with a year in it may ("Agenda 2030",
// "Beira Resiliente 2030").
func TestPlausibleProject_PlansForAYear(t *testing.T) {
	for name, want := range map[string]bool{
		"Priorities for 2025":    false,
		"Perspectives pour 2026": false,
		"Agenda 2030":            true,
		"Beira Resiliente 2030":  true,
	} {
		if got := plausibleProject(name); got != want {
			t.Errorf("plausibleProject(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestBracketWordsOn: the acronym in brackets a few words on names the
// body a cut name began, unless the words join another body.
func TestBracketWordsOn(t *testing.T) {
	tests := []struct{ text, want string }{
		{" der Vereinten Nationen für industrielle Entwicklung (UNIDO) mit Sitz in Wien", "UNIDO"},
		{" das Nações Unidas para o Desenvolvimento Industrial (ONUDI), em articulação", "ONUDI"},
		{" Nordlicht gemeinsam mit dem Entwicklungsprogramm (UNDP)", ""},
		{" Nordlicht and the Development Programme (UNDP)", ""},
		{" Nordlicht, the Development Programme (UNDP)", ""},
		{" Nordlicht beside the GIZ (Germany)", ""},
		{" of one two three four five six seven eight nine (UNDP)", ""},
	}
	for _, tt := range tests {
		if got := bracketWordsOn(tt.text, 8); got != tt.want {
			t.Errorf("bracketWordsOn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSubject_CardFigureWithCurrencyIsNoName: a German project sheet
// (Chromium, a blind writer's) sets its key figures large over their
// captions ("14 Mio.⏎€" over "Gesamtvolumen"), which the PDF reading
// gives as headings, card by card. A figure with a currency's sign names
// no project: the sheet is LEAP EA's, the figure its total volume (its
// gold: budget EUR 14 million, 36 months, Kenya, Tanzania, Uganda).
func TestSubject_CardFigureWithCurrencyIsNoName(t *testing.T) {
	data, err := os.ReadFile("../fixtures/corpus/dev/docs/tze-leap-factsheet-de-2022.pdf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.Default().Extract(context.Background(), extract.Source{Name: "tze-leap-factsheet-de-2022.pdf", Data: data}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range Extract(d) {
		if f.Project != "LEAP EA" {
			t.Errorf("a fact of %q: %s %s", f.Project, f.Field, f.Value)
		}
		got[string(f.Field)+" "+f.Value.String()] = true
	}
	for _, want := range []string{"budget EUR 14,000,000", "duration_months 36", "countries KE", "countries TZ", "countries UG"} {
		if !got[want] {
			t.Errorf("no %s; got %v", want, got)
		}
	}
	if !notSubject("Mio. €") {
		t.Error(`notSubject("Mio. €") = false, want true`)
	}
}
