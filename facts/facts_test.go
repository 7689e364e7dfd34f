package facts_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
)

func doc(t testing.TB, html string) *dossier.Document {
	t.Helper()
	d, err := extract.Default().Extract(context.Background(), extract.Source{Name: "t.html", Data: []byte(html)}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func values(fs []dossier.Fact, field string) []string {
	var out []string
	for _, f := range fs {
		if f.Field == field {
			out = append(out, f.Project+": "+f.Value.String())
		}
	}
	return out
}

// TestExtract_SupersededAndEventDatesAreNotProjectDates: a page that tells
// how a project was extended, when a conference met and when a country
// ratified a treaty states none of those as the project's dates.
func TestExtract_SupersededAndEventDatesAreNotProjectDates(t *testing.T) {
	fs := facts.Extract(doc(t, `<html><body><h1>Alpha Project</h1>
<p>The Alpha Project was initially planned to close in December 2016 and was extended by four years.</p>
<p>At the 2019 Alpha Conference, 450 experts met in Strasbourg from 20 to 22 November 2019.</p>
<p>Canada signed the treaty in November 2001 and ratified it in 2015.</p>
<p>Duration: 1 January 2014 – 31 December 2020</p></body></html>`))
	if got := values(fs, dossier.FieldEnd); len(got) != 1 || got[0] != "Alpha Project: 31 December 2020" {
		t.Errorf("end facts %v, want only 31 December 2020", got)
	}
	if got := values(fs, dossier.FieldStart); len(got) != 1 || got[0] != "Alpha Project: 1 January 2014" {
		t.Errorf("start facts %v, want only 1 January 2014", got)
	}
	if got := values(fs, dossier.FieldHistory); len(got) != 1 || !strings.Contains(got[0], "initially planned") {
		t.Errorf("history %v, want the superseded plan kept", got)
	}
}

// TestExtract_ProseSentences: facts stated in running text, not in labels.
func TestExtract_ProseSentences(t *testing.T) {
	fs := facts.Extract(doc(t, `<html><body><h1>Beta Project</h1>
<p>The Beta Project is a European Union project. The Government of Norway made a voluntary contribution of EUR 300,000 to the Beta Project.</p>
<p>The Beta Project runs from March 2018 to February 2022 with a total budget of EUR 2.5 million.</p></body></html>`))
	check := func(field string, want ...string) {
		t.Helper()
		got := values(fs, field)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %v, want %v", field, got, want)
		}
	}
	check(dossier.FieldImplementer, "Beta Project: European Union")
	check(dossier.FieldDonors, "Beta Project: Norway")
	check(dossier.FieldContributions, "Beta Project: Norway: EUR 300,000")
	check(dossier.FieldStart, "Beta Project: March 2018")
	check(dossier.FieldEnd, "Beta Project: February 2022")
	check(dossier.FieldBudget, "Beta Project: EUR 2,500,000")
}

// TestExtract_PDFLineInLowerCaseCarriesOnSentence: a PDF paragraph's line
// that opens in lower case with a word of giving ("messi a disposizione
// da …") carries on the sentence above; read as a line of its own, the
// givers' shares lost the total's currency and Austria was lost.
func TestExtract_PDFLineInLowerCaseCarriesOnSentence(t *testing.T) {
	d := &dossier.Document{ID: "sha256:1", Source: "r.pdf", Kind: dossier.KindPDF, Title: "Relazione annuale", Pages: 1, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Text: "AQUAPONTE – Gestione delle risorse idriche", Page: 1, FontSize: 16},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 10, Text: "AQUAPONTE è terminato il 30 giugno 2022. I fondi, in tutto 3,1 milioni di euro, sono stati\n" +
			"messi a disposizione dall'Agenzia italiana per la cooperazione allo sviluppo (2,2 milioni)\n" +
			"e dall'Agenzia austriaca per lo sviluppo (0,9 milioni)."},
	}}
	got := values(facts.Extract(d), dossier.FieldContributions)
	want := []string{"AQUAPONTE: Italy: EUR 2,200,000", "AQUAPONTE: Austria: EUR 900,000"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("contributions %v, want %v", got, want)
	}
}

// TestExtract_DottedPairsWrappedAfterColon: a PDF report's key data set
// as one row of pairs between middle dots, wrapped over lines right after
// a label's colon ("Partnerländer:⏎Albanien, …", "Auftraggeber:⏎BMZ"):
// every pair of the row is read, the period before the wrap too.
func TestExtract_DottedPairsWrappedAfterColon(t *testing.T) {
	d := &dossier.Document{ID: "sha256:1", Source: "r.pdf", Kind: dossier.KindPDF, Title: "Jahresbericht 2023", Pages: 1, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Page: 1, FontSize: 17, Text: "3. BRÜCKE II: Das erste Jahr"},
		{Role: dossier.RoleHeading, Page: 1, FontSize: 12, Text: "3.1 Eckdaten"},
		{Role: dossier.RolePair, Page: 1, FontSize: 10, Section: "3.1 Eckdaten", Label: "Projektnummer", Text: "2023.1104.5 · Laufzeit: 03/2023–02/2027 (48 Monate) · Partnerländer:\n" +
			"Kosovo, Serbien · Auftraggeber:\nBMZ · Durchführung: GIZ · Status: laufend"},
	}}
	fs := facts.Extract(d)
	for field, want := range map[string][]string{
		dossier.FieldStart:     {"BRÜCKE II: March 2023"},
		dossier.FieldEnd:       {"BRÜCKE II: February 2027"},
		dossier.FieldCountries: {"BRÜCKE II: XK", "BRÜCKE II: RS"},
		dossier.FieldDonors:    {"BRÜCKE II: Germany"},
	} {
		if got := values(fs, field); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s %v, want %v", field, got, want)
		}
	}
}

// TestExtract_HeadlineUnderPublisherHeading: a PDF press release whose
// first heading is its publisher's name; the headline ("AQUAFLOW verlengd
// tot eind 2025; …") is the heading over the text's first paragraph,
// which gives the same end to the day: the end is the text's, once.
func TestExtract_HeadlineUnderPublisherHeading(t *testing.T) {
	d := &dossier.Document{ID: "sha256:1", Source: "p.pdf", Kind: dossier.KindPDF, Title: "Persbericht", Pages: 1, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Text: "Stichting Waterwerk", Page: 1, FontSize: 14},
		{Role: dossier.RoleParagraph, Text: "P E R S B E R I C H T", Page: 1, FontSize: 9, Section: "Stichting Waterwerk"},
		{Role: dossier.RoleHeading, Text: "AQUAFLOW verlengd tot eind 2025; Denemarken\nsluit aan", Page: 1, FontSize: 20},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 10, Section: "AQUAFLOW verlengd tot eind 2025; Denemarken sluit aan", Text: "Utrecht, 4 maart 2024 – Het programma AQUAFLOW, dat drinkwaterbedrijven in Ghana ondersteunt,\n" +
			"loopt nu door tot en met 31 december 2025."},
	}}
	if got := values(facts.Extract(d), dossier.FieldEnd); strings.Join(got, "|") != "AQUAFLOW: 31 December 2025" {
		t.Errorf("end %v, want [AQUAFLOW: 31 December 2025]", got)
	}
}

// TestExtract_LabelBoxEndsHeadingSection: a fact sheet's side box of
// labels and values ("DURÉE" over "04/2022 – 03/2025") read into the
// section of the heading "Mise en œuvre": the box's first label ends the
// heading's section, and a line the lexicon does not know ("NUMÉRO DE
// PROJET DDC") is no implementer.
func TestExtract_LabelBoxEndsHeadingSection(t *testing.T) {
	d := &dossier.Document{ID: "sha256:1", Source: "f.pdf", Kind: dossier.KindPDF, Title: "Fiche d'information", Pages: 1, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Text: "LEXIJUS", Page: 1, FontSize: 24},
		{Role: dossier.RoleHeading, Text: "Mise en œuvre", Page: 1, FontSize: 14},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 10, Section: "Mise en œuvre", Text: "GIZ"},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 9, Section: "Mise en œuvre", Text: "DURÉE"},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 9, Section: "Mise en œuvre", Text: "04/2022 – 03/2025"},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 9, Section: "Mise en œuvre", Text: "NUMÉRO DE PROJET DDC"},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 9, Section: "Mise en œuvre", Text: "7F-10418.02"},
	}}
	if got := values(facts.Extract(d), dossier.FieldImplementer); strings.Join(got, "|") != "LEXIJUS: GIZ" {
		t.Errorf("implementer %v, want [LEXIJUS: GIZ]", got)
	}
}

// TestExtract_AcronymOverLongSubtitle: tzzzzr's brochure (a Chromium
// PDF) sets "LAUTAN" as its first heading and, as big right under it,
// "Southeast Asia Container and Port Control Initiative": the second is
// the first's subtitle, not a second project's section that left the
// brochure about neither, so the pairs under its figures ("Beneficiary
// countries | Cambodia, Indonesia, Philippines, Viet Nam", "Status |
// Ongoing") are LAUTAN's.
func TestExtract_AcronymOverLongSubtitle(t *testing.T) {
	fs := facts.Extract(devDoc(t, "tzzzzr-brochure-lautan.pdf"))
	got := values(fs, dossier.FieldCountries)
	for _, c := range []string{"KH", "ID", "PH", "VN"} {
		if !slices.Contains(got, "LAUTAN: "+c) {
			t.Errorf("countries %v, want LAUTAN's KH, ID, PH and VN among them", got)
			break
		}
	}
	if got := values(fs, dossier.FieldStatus); strings.Join(got, "|") != "LAUTAN: ongoing" {
		t.Errorf("status %v, want [LAUTAN: ongoing]", got)
	}
}

// TestExtract_CardBodyOverItsCaption: a brochure's card sets its body big
// ("RIJKSWEER", as a heading) over a caption in capitals ("MISE EN
// ŒUVRE"): the body is the implementer, not a project's section; so is a
// length over "DURÉE" the project's length.
func TestExtract_CardBodyOverItsCaption(t *testing.T) {
	d := &dossier.Document{ID: "sha256:1", Source: "f.pdf", Kind: dossier.KindPDF, Title: "Fiche", Pages: 1, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Text: "CRUENET en bref", Page: 1, FontSize: 24},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 10, Text: "Le projet CRUENET aide les services hydrologiques du Tchad."},
		{Role: dossier.RoleHeading, Text: "48 mois", Page: 1, FontSize: 20},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 9, Text: "DURÉE\njanvier 2021 – décembre 2024"},
		{Role: dossier.RoleHeading, Text: "RIJKSWEER", Page: 1, FontSize: 20},
		{Role: dossier.RoleParagraph, Page: 1, FontSize: 9, Text: "MISE EN ŒUVRE\navec la direction de la météorologie"},
	}}
	fs := facts.Extract(d)
	if got := values(fs, dossier.FieldImplementer); strings.Join(got, "|") != "CRUENET: RIJKSWEER" {
		t.Errorf("implementer %v, want [CRUENET: RIJKSWEER]", got)
	}
	// "48 mois" over "DURÉE": the length, set big over its caption.
	if got := values(fs, dossier.FieldDurationMonths); strings.Join(got, "|") != "CRUENET: 48" {
		t.Errorf("duration %v, want [CRUENET: 48]", got)
	}
	for _, f := range fs {
		if f.Project != "CRUENET" {
			t.Errorf("fact on %q: %s %s", f.Project, f.Field, f.Value)
		}
	}
}

// TestExtract_ReportOutlookNamesNoProject: tzzzc's activity report (a
// LibreOffice PDF) numbers a section per programme, then "4.
// Financements" and "5. Perspectives 2025": the outlook names no project,
// and every fact is one of the two programmes'.
func TestExtract_ReportOutlookNamesNoProject(t *testing.T) {
	fs := facts.Extract(devDoc(t, "tzzzc-ef-rapport-2024.pdf"))
	if len(fs) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range fs {
		if !strings.HasPrefix(f.Project, "DÉCLIC-Fiscal") && f.Project != "MTKVARI" {
			t.Errorf("fact on %q: %s %v", f.Project, f.Field, f.Value)
		}
	}
}

// TestExtract_PublisherAcronymIsNoProject: tzzzj's annual report (a
// LibreOffice PDF) is titled "OOAS – Rapport annuel 2022", and its cover
// spells the acronym out as "Organisation ouest-africaine de la Santé
// (OOAS)": the publisher, which implements the programme its sections
// name. Gold (by its writer): NOTIMED-AO works in Burkina Faso, Mali,
// Niger and Senegal, and no project is named "OOAS".
func TestExtract_PublisherAcronymIsNoProject(t *testing.T) {
	fs := facts.Extract(devDoc(t, "tzzzj-ooas-rapport-annuel-2022.pdf"))
	countries := map[string]bool{}
	for _, f := range fs {
		if f.Project == "OOAS" {
			t.Errorf("fact on the publisher: %s %v", f.Field, f.Value)
		}
		if f.Project == "NOTIMED-AO" && f.Field == dossier.FieldCountries {
			countries[f.Value.Text] = true
		}
	}
	for _, c := range []string{"BF", "ML", "NE", "SN"} {
		if !countries[c] {
			t.Errorf("NOTIMED-AO countries %v, want BF, ML, NE and SN", countries)
			break
		}
	}
}

// TestExtract_ProductAndVolunteerPagesAreTraps: tzzzm's maker's page for a
// genetic analyzer (specifications, reference customers, "Request a
// quote") and tzzzn's call for volunteer teachers ("O que vais fazer",
// "Quem procuramos", "O que oferecemos") name projects in passing; their
// writers' gold records no project and no fact.
func TestExtract_ProductAndVolunteerPagesAreTraps(t *testing.T) {
	for _, name := range []string{"tzzzm-kestrel-ga8-product.html", "tzzzn-pontes-saber-voluntariado.html",
		// tzzzs's accessibility statement and a job fair's exhibitors.
		"tzzzs-minbuza-toegankelijkheidsverklaring.html", "tzzzs-careers-expo-2024-exhibitors.html"} {
		for _, f := range facts.Extract(devDoc(t, name)) {
			t.Errorf("%s: fact on %q: %s %v", name, f.Project, f.Field, f.Value)
		}
	}
}

// TestExtract_PublishingUnitIsNoProject: tzzzo's annual report (a
// Chromium PDF) is published by a body's regional unit ("Regionalcluster
// Wasser Nordafrika, Tunis", which "bündelt die Vorhaben der GIZ"); its
// writer's gold gives the report's facts to SAMNOS and SAMNOS II only.
func TestExtract_PublishingUnitIsNoProject(t *testing.T) {
	for _, f := range facts.Extract(devDoc(t, "tzzzo-jahresbericht-2024-wasser-maghreb.pdf")) {
		if !strings.HasPrefix(f.Project, "SAMNOS") {
			t.Errorf("fact on %q: %s %v", f.Project, f.Field, f.Value)
		}
	}
}

// TestExtract_NewsletterIssueNumberInLastTitlePart: tzzz's newsletter
// page (a Chromium PDF) is titled "Il Ponte – Notiziario della sede AICS
// di Tirana – n. 1/2025": the periodical's name, a trap word on its own
// (an archive or sign-up page), stands beside the issue's number, so the
// page is one issue and its story on ARGINE counts: its writer's gold
// puts the page on ARGINE.
func TestExtract_NewsletterIssueNumberInLastTitlePart(t *testing.T) {
	fs := facts.ExtractWith(devDoc(t, "tzzz-ilponte-notiziario-argine.pdf"), facts.NewKnown([]string{"ARGINE"}))
	if got := facts.Projects(fs); len(got) != 1 || got[0] != "ARGINE" {
		t.Fatalf("projects %v, want [ARGINE]", got)
	}
}

// TestExtract_NewspaperKickerOverHeadline: tzzzs's newspaper page (a
// Chromium PDF) opens on its section's kicker "CORTÉS · EMPLEO" ("empleo",
// a word of job adverts) over the story's headline "Programa ANDAMIO
// amplía fondos …", set bigger; the page is the story's, and its writer's
// gold puts it on ANDAMIO.
func TestExtract_NewspaperKickerOverHeadline(t *testing.T) {
	fs := facts.ExtractWith(devDoc(t, "tzzzs-lavozdelvalle-andamio-cuotas.pdf"), facts.NewKnown([]string{"ANDAMIO"}))
	if got := facts.Projects(fs); len(got) != 1 || got[0] != "ANDAMIO" {
		t.Fatalf("projects %v, want [ANDAMIO]", got)
	}
}

// TestExtract_LaterPhaseSentenceAfterFirstPhase: an article on the
// second phase of a project, named only "WALDWACHT – Phase 2", looks back
// on the first phase in a paragraph that names WALDWACHT; the next
// paragraph opens on "Die zweite Phase" and names no project. Its dates
// and its giver are the second phase's, not the first's.
func TestExtract_LaterPhaseSentenceAfterFirstPhase(t *testing.T) {
	fs := facts.Extract(doc(t, `<html lang="de"><head><meta charset="utf-8"><title>WALDWACHT – Phase 2 gestartet</title></head>
<body><main><article>
<h1>WALDWACHT – Phase 2 gestartet</h1>
<p>Accra, 12. Mai 2021. WALDWACHT – Phase 2 unterstützt die Forstbehörden in Ghana und Togo bei der Überwachung von Schutzgebieten.</p>
<h2>Rückblick</h2>
<p>Die erste Phase von WALDWACHT kostete 1,8 Millionen Euro und bildete 120 Förster aus.</p>
<p>Die zweite Phase begann im April 2021 und läuft bis März 2025. Norwegen finanziert das Vorhaben.</p>
</article></main></body></html>`))
	for _, field := range []string{dossier.FieldStart, dossier.FieldEnd, dossier.FieldDonors} {
		if got := values(fs, field); len(got) != 1 || !strings.HasPrefix(got[0], "WALDWACHT – Phase 2: ") {
			t.Errorf("%s %v, want one, the second phase's (WALDWACHT – Phase 2)", field, got)
		}
	}
	if got := values(fs, dossier.FieldBudget); strings.Join(got, "|") != "WALDWACHT: EUR 1,800,000" {
		t.Errorf("budget %v, want [WALDWACHT: EUR 1,800,000] (the first phase's)", got)
	}
}

// TestExtract_NewsletterPublisherAcronymIsNoProject: a society's
// newsletter named by a word for newsletter and the society's acronym
// ("Informativo SSSC"), the society spelled out below it, is the
// publisher's; its facts are no project's.
func TestExtract_NewsletterPublisherAcronymIsNoProject(t *testing.T) {
	for _, p := range facts.Projects(facts.Extract(devDoc(t, "tzzzzj-informativo-sssc-42.pdf"))) {
		if p == "SSSC" {
			t.Errorf("project %q, the newsletter's publisher", p)
		}
	}
}

// TestExtract_NewsletterMastheadIsNoProject: tzzzzn's newsletter page (a
// Chromium PDF) is titled "Creative Balkans Bulletin – Issue 19 –
// November 2024" and headed "Creative Balkans": the name beside the word
// for a periodical is the newsletter's, no project of its own.
func TestExtract_NewsletterMastheadIsNoProject(t *testing.T) {
	for _, p := range facts.Projects(facts.Extract(devDoc(t, "tzzzzn-creative-balkans-bulletin-19.pdf"))) {
		if strings.Contains(p, "Creative Balkans") {
			t.Errorf("project %q, the newsletter's name", p)
		}
	}
}

// TestExtract_PlainNameBeforeDashTitle: tzzzze's slide deck (an Impress
// PDF) is titled with a plain word, a dash and the event's name
// ("Resguardo – Regional Dialogue, Bridgetown, June 2024"); its text
// writes "Resguardo" again, so the word is the name, as its writer's gold
// has it.
func TestExtract_PlainNameBeforeDashTitle(t *testing.T) {
	fs := facts.Extract(devDoc(t, "tzzzze-resguardo-slides-2024.pdf"))
	if got := facts.Projects(fs); len(got) != 1 || got[0] != "Resguardo" {
		t.Fatalf("projects %v, want [Resguardo]", got)
	}
}

// TestExtract_AirportIsNoProject: tzzzzr's newspaper page (iso-8859-1)
// opens a cargo unit "en el AILA", the "Aeropuerto Internacional de Las
// Américas (AILA)": an airport is a place and a body, no project.
func TestExtract_AirportIsNoProject(t *testing.T) {
	for _, p := range facts.Projects(facts.Extract(devDoc(t, "tzzzzr-diario-aerovigia.html"))) {
		if p == "AILA" {
			t.Errorf("project %q, an airport", p)
		}
	}
}

// TestExtract_BrochureCountryGridAndGiverRows: tzzzzb's brochure (a
// Chromium PDF) sets the countries as a grid ("Benín | Cabo Verde | Costa
// de Marfil | Guinea-Bisáu", "Senegal", "Togo | Gambia | Ghana") and its
// givers as a table with no head ("Unión Europea | 4,5 M€" … "Total | 6
// M€"); its writer's gold has all eight countries and four contributions.
func TestExtract_BrochureCountryGridAndGiverRows(t *testing.T) {
	countries, contributions := map[string]bool{}, map[string]bool{}
	for _, f := range facts.Extract(devDoc(t, "tzzzzb-cooperacion-espanola-afripreuve-cifras-2024.pdf")) {
		switch f.Field {
		case dossier.FieldCountries:
			countries[f.Value.Text] = true
		case dossier.FieldContributions:
			contributions[f.Value.String()] = true
		}
	}
	for _, c := range []string{"BJ", "CV", "CI", "GW", "SN", "TG", "GM", "GH"} {
		if !countries[c] {
			t.Errorf("country %s missing: %v", c, countries)
		}
	}
	for _, c := range []string{"European Union: EUR 4,500,000", "France: EUR 1,000,000", "Spain: EUR 300,000", "Portugal: EUR 200,000"} {
		if !contributions[c] {
			t.Errorf("contribution %q missing: %v", c, contributions)
		}
	}
}

// TestExtract_ReportSectionUnderLongName: tzzzr's annual report (a
// Chromium PDF) heads a section "Isiseko Incremental Housing Finance
// Facility" and then calls it "de Isiseko-faciliteit"; its writer's gold
// gives the section's countries, South Africa and Mozambique, to Isiseko.
func TestExtract_ReportSectionUnderLongName(t *testing.T) {
	countries := map[string]bool{}
	for _, f := range facts.Extract(devDoc(t, "tzzzr-woonkracht-jaarverslag-2025.pdf")) {
		if strings.HasPrefix(f.Project, "Isiseko") && f.Field == dossier.FieldCountries {
			countries[f.Value.Text] = true
		}
	}
	if !countries["ZA"] || !countries["MZ"] {
		t.Errorf("Isiseko countries %v, want ZA and MZ", countries)
	}
}

// TestExtract_TitleBracketEndsOnAcronym: tzzzu's Italian donor portal
// titles the entry "Cooperazione tra agenzie di frontiera nel Corno
// d'Africa (Horn of Africa Border Agency Cooperation – HOBAC)"; its
// writer's gold gives every fact to HOBAC.
func TestExtract_TitleBracketEndsOnAcronym(t *testing.T) {
	fs := facts.Extract(devDoc(t, "tzzzu-openaid-hobac.html"))
	if len(fs) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range fs {
		if f.Project != "HOBAC" {
			t.Errorf("fact on %q: %s %v", f.Project, f.Field, f.Value)
		}
	}
}

// TestExtract_SteeringCommitteeDeckIsTheProjects: tzzzk's slides (a
// LibreOffice PDF) are titled "Conduvia – COPIL 4", the fourth steering
// committee, under a first heading "Conduvia". Gold (by its writer): the
// facts are Conduvia's, among them a revised budget of EUR 4,100,000 and
// Expertise France as implementer; "COPIL 4" names no project.
func TestExtract_SteeringCommitteeDeckIsTheProjects(t *testing.T) {
	fs := facts.Extract(devDoc(t, "tzzzk-conduvia-copil4-2024.pdf"))
	var budget, implementer bool
	for _, f := range fs {
		if f.Project != "Conduvia" {
			t.Errorf("fact on %q: %s %v", f.Project, f.Field, f.Value)
		}
		budget = budget || f.Field == dossier.FieldBudget && f.Value.String() == "EUR 4,100,000"
		implementer = implementer || f.Field == dossier.FieldImplementer && f.Value.Text == "Expertise France"
	}
	if !budget || !implementer {
		t.Errorf("budget EUR 4,100,000 found %v, implementer Expertise France found %v", budget, implementer)
	}
}

// TestExtract_BrochureCountryLineAndPartnersTable: tzzzd's fact sheet (a
// Chromium PDF) names where the programme works in a line of country
// names set apart by middle dots under "Onde atuamos", and who pays in a
// table "Parceiro | Contribuição" under "Quem financia". From the
// source, tzzzd-supervif2-ficha-pt.html.
func TestExtract_BrochureCountryLineAndPartnersTable(t *testing.T) {
	got := map[string]bool{}
	for _, f := range facts.Extract(devDoc(t, "tzzzd-supervif2-ficha-pt.pdf")) {
		if f.Project == "SUPERVIF-Sahel II" {
			got[f.Field+": "+f.Value.String()] = true
		}
	}
	for _, want := range []string{
		"countries: BF", "countries: GW", "countries: ML", "countries: NE", "countries: SN",
		"contributions: Switzerland: CHF 4,500,000", "contributions: France: EUR 4,100,000", "contributions: Portugal: EUR 750,000",
	} {
		if !got[want] {
			t.Errorf("no %q; got %v", want, got)
		}
	}
}

// TestExtract_TableGroupHeadingIsItsRowsRegion: extract's tight-table
// fixture (LibreOffice) groups a table's rows under bold rows spanning it
// ("Gulf of Guinea" over BERTHWATCH 2): a group's heading that is a
// region is the region of the projects in its rows.
func TestExtract_TableGroupHeadingIsItsRowsRegion(t *testing.T) {
	p := "../extract/testdata/pdf/libreoffice-tight-table.pdf"
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.Default().Extract(context.Background(), extract.Source{Name: p, Data: data}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range facts.Extract(d) {
		if f.Field == dossier.FieldRegions {
			if f.Project != "BERTHWATCH 2" || f.Value.String() != "Gulf of Guinea" {
				t.Errorf("region %q on %q", f.Value.String(), f.Project)
			}
			found = true
		}
	}
	if !found {
		t.Error("no region for BERTHWATCH 2")
	}
}

// devDoc reads a document of the dev corpus (fixtures/corpus/dev/docs).
func devDoc(t *testing.T, name string) *dossier.Document {
	t.Helper()
	p := "../fixtures/corpus/dev/docs/" + name
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.Default().Extract(context.Background(), extract.Source{Name: p, Data: data}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// FuzzExtractFacts runs arbitrary pages through extraction and fact
// finding: no panic, and every fact names its document and a quote.
func FuzzExtractFacts(f *testing.F) {
	files, _ := filepath.Glob("../fixtures/docs/*.html")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	// The txtar cases' pages: every structure the rules read (ledgers,
	// boxes of pairs, bylines, currency labels …) starts the corpus.
	cases, _ := filepath.Glob("testdata/cases/*.txtar")
	for _, p := range cases {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range ar.Files {
			if file.Name == "doc.html" {
				f.Add(file.Data)
			}
		}
	}
	f.Add([]byte("<p>Duration: 84 months (1 January 2014 – 31 December 2020)</p>"))
	f.Add([]byte("<p>The current X@Y project and the follow-up Z project. Its predecessor X@Y.</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := extract.Default().Extract(context.Background(), extract.Source{Name: "f.html", Data: data}, extract.DefaultLimits())
		if err != nil {
			return
		}
		for _, fact := range facts.Extract(d) {
			if fact.Document != d.ID || fact.Field == "" || fact.Project == "" {
				t.Fatalf("incomplete fact %+v", fact)
			}
		}
	})
}

// BenchmarkExtract measures fact finding alone on the five fixture
// documents, read once.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../fixtures/docs/*")
	var docs []*dossier.Document
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := extract.Default().Extract(context.Background(), extract.Source{Name: p, Data: data}, extract.DefaultLimits())
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			// Each document as if new: no label answers from the last
			// round (ingest never reads the same text twice).
			facts.ResetLabelCache()
			facts.Extract(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs)), "µs/doc")
	// CPU time holds on a loaded machine, where wall time does not.
	b.ReportMetric(float64(cpuTime()-cpu)/1e3/float64(b.N*len(docs)), "cpu-µs/doc")
}

// cpuTime is the process's user and system CPU time so far, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// TestExtract_DonorTableWithTotalsRow: a German ministry's table of the
// projects it funds (LibreOffice), read as a person reads it (its
// writer's gold): each row's project with its countries, implementer,
// period and status; the totals row ("Summe BMZ-Mittel", its status
// cell empty) names no project. The empty cell once stopped the
// document with a panic.
func TestExtract_DonorTableWithTotalsRow(t *testing.T) {
	d := devDoc(t, "tzj-bmz-portfolio-de-2023.pdf")
	fs := facts.Extract(d)
	for _, f := range fs {
		if strings.Contains(f.Project, "Summe") {
			t.Errorf("the totals row is a project: %s %s", f.Field, f.Value)
		}
	}
	for field, want := range map[string][]string{
		dossier.FieldStatus: {"ProEstat: completed", "ProEstat II: ongoing", "CASMO: completed"},
		dossier.FieldStart:  {"ProEstat: March 2017", "ProEstat II: January 2022", "CASMO: April 2019"},
	} {
		if got := values(fs, field); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s %v, want %v", field, got, want)
		}
	}
	// (CASMO's implementer, "Statistisches Bundesamt (Destatis)", is
	// read by its long name where the gold gives the short one.)
	impl := values(fs, dossier.FieldImplementer)
	for _, w := range []string{"ProEstat: GIZ", "ProEstat II: GIZ"} {
		if !slices.Contains(impl, w) {
			t.Errorf("implementer %v, want %s among them", impl, w)
		}
	}
}

// TestExtract_TwoHeadlineWordsBeforeTheName: an Italian news page titled
// "Al via PROTEGO: …" (its title, og:title, breadcrumb and heading) is
// about PROTEGO, as its writer's gold says; "Al via" ("kicks off") is the
// headline's, no part of a project's name.
func TestExtract_TwoHeadlineWordsBeforeTheName(t *testing.T) {
	d := devDoc(t, "tzl-protego-notizia-it-2020.html")
	projects := map[string]bool{}
	for _, f := range facts.Extract(d) {
		projects[f.Project] = true
	}
	if !projects["PROTEGO"] || len(projects) != 1 {
		t.Errorf("projects %v, want PROTEGO alone", projects)
	}
}

// TestExtract_NoBodyOrPersonAsProject: dev documents whose writers' gold
// names their projects; a body or a person they name is none:
//   - an annual report of "TrafficWise International" (a foundation)
//     tells of three projects it carries out ("TrafficWise implemented it
//     …");
//   - "…, la española Lucía Marcos, el presupuesto del programa fue
//     ampliado …": a word of "of" makes the programme the complement of
//     another noun, no apposition to the person before the comma;
//   - a body's name after its word for a body and a word of "of", before
//     a comma and "the programme", is no name of the programme;
//   - a route ("Abidjan–Lagos") in a headline is no project's name;
//   - nor a ministry's portfolio beside the state's formal name;
//   - nor a giver's adjective ("EU-backed") before a name;
//   - nor a newspaper's masthead ("Diario El Centinela").
func TestExtract_NoBodyOrPersonAsProject(t *testing.T) {
	for doc, not := range map[string]string{
		"tzm-trafficwise-annual-report-2022.pdf": "TrafficWise",
		"tzm-pritv-heraldo-2022.html":            "Lucía Marcos",
		// "… fördert die Austrian Development Agency (ADA), die Agentur
		// der Österreichischen Entwicklungszusammenarbeit, das neue
		// Programm …": the words after the agency are its own name's.
		"tzn-enreg-press-de-2019.html": "Entwicklungszusammenarbeit",
		// "… op de corridor Abidjan–Lagos": two places joined by a dash
		// are a route.
		"tzm-alcorsi-ambassade-accra-2021.html": "Abidjan",
		// "República Portuguesa · Negócios Estrangeiros": a
		// government's masthead names a ministry.
		"tzj-recivis-comunicado-pt-2023.html": "Negócios",
		// "… the EU-backed VALPECHE II programme": a giver's adjective
		// frames the name, no part of it.
		"tzp-valpeche2-press-en-2023.html": "EU-backed",
		// "Diario El Centinela" over a newspaper page: a daily's name.
		"tzo-forsep-news-es-2021.pdf": "Centinela",
		// "Fotoserie: Orange the World 2023": a photo gallery is no
		// project's page.
		"tzx-safegl-fotos-trap.html": "Orange",
		// "Rapportage 2023: Nederlandse steun …": a report's word.
		"tzw-stralingsveiligheid-rapportage-nl-2024.html": "Rapportage",
		// "Dara Sokhom – Project Manager, …" under "Meet the team": a
		// staff profile.
		"tzz-staff-profile-erase-en.pdf": "Dara",
		// "La Prensa del Istmo" over its date, its section and "Año XXXI
		// · N.º 10.942": a daily's masthead.
		"tzza-proconsumidor-noticia-es-2024.pdf": "Prensa",
		// "GOBIERNO DE ESPAÑA · Cooperación Española": a country's aid,
		// named by its nationality, is a body.
		"tzzb-sicla-aecid-es-2023.pdf":         "Cooperación",
		"th-patrimonia-ampliacion-es-2023.pdf": "Cooperación",
		// "Titolo | Mbuzi Salama (“capre sane” in kiswahili)": a gloss in
		// brackets is no part of the name.
		"tzze-aics-scheda-mbuzi-salama-2024.pdf": "kiswahili",
	} {
		d := devDoc(t, doc)
		for _, f := range facts.Extract(d) {
			if strings.Contains(f.Project, not) {
				t.Errorf("%s: a fact on %q as a project: %s %s", doc, f.Project, f.Field, f.Value)
				break
			}
		}
	}
}

// TestExtract_AcronymHeadedWorkshopSlides: slides for a project's closing
// workshop, titled "PRITV – Taller regional de cierre" and headed by the
// acronym alone, are the project's, as their writer's gold says: a
// heading of one word in capitals is an acronym, not a line set in
// capitals.
func TestExtract_AcronymHeadedWorkshopSlides(t *testing.T) {
	d := devDoc(t, "tzm-pritv-taller-cierre-2023.pdf")
	if got := values(facts.Extract(d), dossier.FieldImplementer); !slices.Contains(got, "PRITV: FIIAPP") {
		t.Errorf("implementer %v, want PRITV: FIIAPP among them", got)
	}
}

// TestExtract_SlideCountriesOverNotes: a slide's "Countries" box holds the
// list whole on its first line, then notes in capitals ("Waste audits in
// 8 pilot ports"): every country is read, the last one too; a list that
// wraps on ("…, Seychelles,⏎Tanzania", "Montenegro and⏎Serbia") stays one.
func TestExtract_SlideCountriesOverNotes(t *testing.T) {
	d := &dossier.Document{ID: "sha256:1", Source: "s.pdf", Kind: dossier.KindPDF, Title: "HARBORCLEAN results", Pages: 1, Blocks: []dossier.Block{
		{Role: dossier.RoleHeading, Text: "HARBORCLEAN – final results", Page: 1, FontSize: 24},
		{Role: dossier.RolePair, Page: 1, FontSize: 14, Label: "Countries", Text: "Kenya · Mauritius · Tanzania\nWaste audits in 8 pilot ports\nFinal evaluation: May 2023"},
		{Role: dossier.RoleHeading, Text: "HARBORCLEAN-II at a glance", Page: 2, FontSize: 24},
		{Role: dossier.RolePair, Page: 2, FontSize: 14, Label: "Countries", Text: "Comoros, Seychelles,\nTanzania"},
		{Role: dossier.RoleHeading, Text: "HARBORCLEAN-III at a glance", Page: 3, FontSize: 24},
		{Role: dossier.RolePair, Page: 3, FontSize: 14, Label: "Countries", Text: "Albania, Montenegro and\nSerbia"},
	}}
	fs := facts.Extract(d)
	want := "HARBORCLEAN: KE|HARBORCLEAN: MU|HARBORCLEAN: TZ|HARBORCLEAN-II: KM|HARBORCLEAN-II: SC|HARBORCLEAN-II: TZ|HARBORCLEAN-III: AL|HARBORCLEAN-III: ME|HARBORCLEAN-III: RS"
	if got := values(fs, dossier.FieldCountries); strings.Join(got, "|") != want {
		t.Errorf("countries %v, want %s", got, want)
	}
}

// TestExtract_CardsWithKeyFigureHeadings: a brochure's cards, each headed
// by a project's name, its key figures set as headings of their own ("€
// 4,6 mln", "12") and its labels on lines of their own ("LOOPTIJD" over
// the period): a plain name beside acronyms ("Info Migra" after "KORALIS")
// heads its card as theirs do, and the card's facts are its project's; a
// key figure and its caption between a label and its value ("GEFINANCIERD
// DOOR", "12", "werkplaatsen", the givers) leave the label to the value.
func TestExtract_CardsWithKeyFigureHeadings(t *testing.T) {
	card := func(status, name, budget, period, givers, countries string) []dossier.Block {
		return []dossier.Block{
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 8.5, Text: status},
			{Role: dossier.RoleHeading, Page: 1, FontSize: 17, Text: name},
			{Role: dossier.RoleHeading, Page: 1, FontSize: 18, Text: budget},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 8.5, Text: "totaal budget"},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 8.5, Text: "LOOPTIJD"},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 10, Text: period},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 8.5, Text: "GEFINANCIERD DOOR"},
			{Role: dossier.RoleHeading, Page: 1, FontSize: 18, Text: "12"},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 8.5, Text: "werkplaatsen"},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 10, Text: givers},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 8.5, Text: "LANDEN"},
			{Role: dossier.RoleParagraph, Page: 1, FontSize: 10, Text: countries},
		}
	}
	blocks := []dossier.Block{{Role: dossier.RoleHeading, Page: 1, FontSize: 24, Text: "Programma's in beeld"}}
	blocks = append(blocks, card("Afgerond", "KORALIS", "€ 3,2 mln", "maart 2018 – juni 2021", "Nederland", "Kenia, Tanzania")...)
	blocks = append(blocks, card("Lopend", "Info Migra", "€ 4,6 mln", "sept. 2020 – aug. 2023", "Spanje en Zwitserland", "Peru, Ecuador")...)
	d := &dossier.Document{ID: "sha256:1", Source: "b.pdf", Kind: dossier.KindPDF, Title: "Programma's in beeld", Pages: 1, Blocks: blocks}
	fs := facts.Extract(d)
	for field, want := range map[string][]string{
		dossier.FieldBudget:    {"KORALIS: EUR 3,200,000", "Info Migra: EUR 4,600,000"},
		dossier.FieldCountries: {"KORALIS: KE", "KORALIS: TZ", "Info Migra: PE", "Info Migra: EC"},
		dossier.FieldEnd:       {"KORALIS: June 2021", "Info Migra: August 2023"},
		dossier.FieldDonors:    {"KORALIS: Netherlands", "Info Migra: Spain", "Info Migra: Switzerland"},
	} {
		if got := values(fs, field); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s %v, want %v", field, got, want)
		}
	}
}
