package facts

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
)

func readHTML(t *testing.T, name, page string) *dossier.Document {
	t.Helper()
	doc, err := extract.Default().Extract(context.Background(), extract.Source{Name: name, Data: []byte(page)}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestExtractWith_NamesTheStoreKnows: a news item that names its project
// only by its acronym, with no word for project around it, is about that
// project once the store knows the name; a page that names a known
// project once in passing, or an event page that names it twice, is not.
func TestExtractWith_NamesTheStoreKnows(t *testing.T) {
	news := readHTML(t, "news.html", `<html><head><title>Gauges go online | River Review</title></head><body>
<p>River Review</p>
<h1>Five states switch on a shared flood warning platform</h1>
<p>The platform was built under HAWA, short for Harbour Watch, with EUR 3 million.</p>
<p>HAWA started in March 2019 and will end in December 2024.</p>
<p>© 2022 River Review</p></body></html>`)
	passing := readHTML(t, "passing.html", `<html><head><title>Weather news</title></head><body>
<h1>Rain expected on Monday</h1>
<p>Heavy rain is expected from 3 March 2024; gauges installed under HAWA will be watched.</p></body></html>`)
	event := readHTML(t, "event.html", `<html><head><title>Workshop on gauges</title></head><body>
<h1>Workshop on flood gauges</h1>
<p>HAWA experts present results. The workshop started on 4 May 2023. HAWA pays travel.</p></body></html>`)

	if fs := Extract(news); len(Projects(fs)) != 0 {
		t.Fatalf("without known names the news item names projects %v", Projects(fs))
	}
	known := NewKnown([]string{"HAWA", "Harbour Watch", "2019", "Council of Europe"})
	fs := ExtractWith(news, known)
	if got := Projects(fs); len(got) != 1 || got[0] != "HAWA" {
		t.Fatalf("projects %v, want [HAWA]", got)
	}
	if start := lastValue(fs, dossier.FieldStart); start != "March 2019" {
		t.Errorf("start %q, want March 2019", start)
	}
	for _, doc := range []*dossier.Document{passing, event} {
		if got := Projects(ExtractWith(doc, known)); len(got) != 0 {
			t.Errorf("%s: projects %v, want none", doc.Source, got)
		}
	}
}

// TestExtractWith_QuotedNameKnown: a name first met in quotation marks
// and in sentence case ("« Eau pour tous »") is known as written, so a
// speech that names it twice later without the marks is about that
// project.
func TestExtractWith_QuotedNameKnown(t *testing.T) {
	launch := readHTML(t, "launch.html", `<html lang="fr"><head><title>Communiqué</title></head><body>
<h1>Le Mali et l'UNICEF lancent le programme « Eau pour tous »</h1>
<p>Le programme a démarré le 1er avril 2021 pour une durée de deux ans.</p></body></html>`)
	fs := Extract(launch)
	if got := Projects(fs); len(got) != 1 || got[0] != "Eau pour tous" {
		t.Fatalf("launch names %v, want [Eau pour tous]", got)
	}
	speech := readHTML(t, "speech.html", `<html lang="fr"><head><title>Allocution</title></head><body>
<h1>Allocution du représentant</h1>
<p>Troisième réunion du comité de pilotage du programme Eau
pour tous, Bamako, le 4 mai 2022.</p>
<p>Depuis son lancement, Eau pour tous a équipé quarante villages. Le programme s'achèvera le 31 mars 2023.</p></body></html>`)
	got := Projects(ExtractWith(speech, NewKnown([]string{"Eau pour tous"})))
	if len(got) != 1 || got[0] != "Eau pour tous" {
		t.Fatalf("speech names %v, want [Eau pour tous]", got)
	}
}

// TestExtractWith_FollowUpKnownApart: "TIDELINK+" in the text is the
// follow-up the store knows, not "TIDELINK"; of two known names named as
// often, the page is about the one it names first.
func TestExtractWith_FollowUpKnownApart(t *testing.T) {
	news := readHTML(t, "news.html", `<html><head><title>News</title></head><body>
<h1>Harbour offices open the second phase of their cooperation</h1>
<p>Five harbour offices met yesterday to open TIDELINK+, the second phase of their cooperation.</p>
<p>TIDELINK+ started on 1 February 2021. The new phase builds on TIDELINK, which ended in December 2020.</p>
<p>TIDELINK trained 300 officers.</p></body></html>`)
	fs := ExtractWith(news, NewKnown([]string{"TIDELINK", "TIDELINK+"}))
	var start string
	for _, f := range fs {
		if f.Field == dossier.FieldStart {
			start = f.Project + " " + f.Value.String()
		}
	}
	if start != "TIDELINK+ 1 February 2021" {
		t.Fatalf("start %q, want TIDELINK+ 1 February 2021", start)
	}
}

// TestExtractWith_LongTitleTheStoreKnows: a project's long title, eleven
// words, that one page gave beside its acronym, names the project on a
// later page that never writes the acronym.
func TestExtractWith_LongTitleTheStoreKnows(t *testing.T) {
	release := readHTML(t, "release.html", `<html lang="es"><head><meta charset="utf-8"><title>Nota de prensa</title></head><body>
<h1>La UE amplía hasta junio de 2024 la lucha contra el tráfico de bienes culturales</h1>
<p>El Programa Regional de Lucha contra el Tráfico Ilícito de Bienes Culturales en la Región Andina contará con seis meses adicionales.</p>
<p>La ampliación del Programa Regional de Lucha contra el Tráfico Ilícito de Bienes Culturales no supone coste adicional; finalizará el 30 de junio de 2024.</p>
</body></html>`)
	known := NewKnown([]string{"PATRIMONIA", "Programa Regional de Lucha contra el Tráfico Ilícito de Bienes Culturales"})
	fs := ExtractWith(release, known)
	if got := Projects(fs); len(got) != 1 || got[0] != "Programa Regional de Lucha contra el Tráfico Ilícito de Bienes Culturales" {
		t.Fatalf("projects %q, want the long title the store knows", got)
	}
	found := false
	for _, f := range fs {
		if f.Field == dossier.FieldEnd && f.Value.Date != nil && f.Value.Date.String() == "2024-06-30" {
			found = true
		}
	}
	if !found {
		t.Errorf("the end the page gives (30 June 2024) is not the project's: %+v", fs)
	}
}

// TestExtractWith_LongKnownNameOnce: a news item names its project once,
// by the long name a brochure gave, and then only as "el programa"; that
// long name, the only one the store knows on the page, is its subject. A
// short known name named once in passing is not.
func TestExtractWith_LongKnownNameOnce(t *testing.T) {
	news := readHTML(t, "noticia.html", `<html lang="es"><head><title>Catastro: Suecia apoya un programa de 2 millones</title></head><body>
<h1>Catastro: Suecia apoya un programa de 2 millones</h1>
<p>El Ministerio de Agricultura presentó ayer en Tegucigalpa el Programa de Modernización del Catastro Rural, financiado por Suecia con 2 millones de euros.</p>
<p>El programa comenzó en marzo de 2022 y durará tres años.</p></body></html>`)
	passing := readHTML(t, "lluvias.html", `<html lang="es"><head><title>Lluvias</title></head><body>
<h1>Se esperan lluvias el lunes</h1>
<p>Las estaciones instaladas por CATAR serán vigiladas desde el 3 de marzo de 2024.</p></body></html>`)
	known := NewKnown([]string{"CATAR", "Programa de Modernización del Catastro Rural"})
	fs := ExtractWith(news, known)
	if got := Projects(fs); len(got) != 1 || got[0] != "Programa de Modernización del Catastro Rural" {
		t.Fatalf("projects %v, want the programme", got)
	}
	if donor := lastValue(fs, dossier.FieldDonors); donor != "Sweden" {
		t.Errorf("donor %q, want Sweden", donor)
	}
	if got := Projects(ExtractWith(passing, known)); len(got) != 0 {
		t.Errorf("passing mention: projects %v, want none", got)
	}
}

// TestExtractWith_CamelCaseNameSpelledApart: a name the store knows in
// camel case ("BlueHarbour II") is the same name written "Blue Harbour
// II" or "Blue-Harbour II", and one known as "TIDE-NET" is "TideNet";
// the same words in small letters ("a blue harbour") or a tag are none.
func TestExtractWith_CamelCaseNameSpelledApart(t *testing.T) {
	known := NewKnown([]string{"BlueHarbour II"})
	for _, spelling := range []string{"Blue Harbour II", "Blue-Harbour II"} {
		news := readHTML(t, "news.html", `<html><head><title>Port news</title></head><body>
<h1>A second donor for the harbour programme</h1>
<p>Belgium will give EUR 2 million to `+spelling+`, which trains port inspectors in Ghana.</p>
<p>`+spelling+` started in May 2023.</p></body></html>`)
		if got := Projects(ExtractWith(news, known)); len(got) != 1 || projectKey(got[0]) != projectKey("BlueHarbour II") {
			t.Errorf("%s: projects %v, want BlueHarbour II", spelling, got)
		}
	}
	// The other way round: the store knows "TIDE-NET", the text writes
	// "TideNet"; a tag ("#TideNet") names nothing.
	tide := NewKnown([]string{"TIDE-NET"})
	joined := readHTML(t, "joined.html", `<html><head><title>Lab news</title></head><body>
<h1>New money for the laboratories</h1>
<p>Norway will provide NOK 20 million to TideNet, the regional laboratory network.</p>
<p>TideNet started in June 2021.</p></body></html>`)
	if got := Projects(ExtractWith(joined, tide)); len(got) != 1 || projectKey(got[0]) != "tidenet" {
		t.Errorf("TideNet: projects %v, want TIDE-NET", got)
	}
	tagged := readHTML(t, "tagged.html", `<html><head><title>Workshop</title></head><body>
<h1>Save the date: workshop in Lima, 8 October 2024</h1>
<p>Regulators meet in Lima. #TideNet #Labs</p>
<p>Places are free. #TideNet</p></body></html>`)
	if got := Projects(ExtractWith(tagged, tide)); len(got) != 0 {
		t.Errorf("tags: projects %v, want none", got)
	}
	plain := readHTML(t, "plain.html", `<html><head><title>Port news</title></head><body>
<h1>Storms ahead</h1>
<p>Boats seek a blue harbour ii times a year, from May 2023.</p>
<p>A blue harbour ii is rare.</p></body></html>`)
	if got := Projects(ExtractWith(plain, known)); len(got) != 0 {
		t.Errorf("small letters: projects %v, want none", got)
	}
}

// TestExtractWith_CapitalsNameWrittenTitleCase: a name the store knows in
// capitals ("MARELAB") is the page's subject written with a capital only
// ("Marelab") where a word for project stands before it once; without
// that anchor, "Marelab" at the head of sentences is no name.
func TestExtractWith_CapitalsNameWrittenTitleCase(t *testing.T) {
	known := NewKnown([]string{"MARELAB"})
	news := readHTML(t, "noticia.html", `<html lang="es"><head><title>Noruega se suma al programa Marelab</title></head><body>
<h1>Noruega se suma al programa Marelab</h1>
<p>Noruega aportará 2 millones de euros a Marelab, que comenzó en enero de 2021 en Chile y Perú.</p></body></html>`)
	fs := ExtractWith(news, known)
	if got := Projects(fs); len(got) != 1 || got[0] != "MARELAB" {
		t.Fatalf("projects %v, want [MARELAB]", got)
	}
	unanchored := readHTML(t, "mar.html", `<html lang="es"><head><title>El mar</title></head><body>
<h1>El mar se calienta</h1>
<p>Marelab, dijo el ministro, no existe todavía. Marelab sería un laboratorio desde 2025.</p></body></html>`)
	if got := Projects(ExtractWith(unanchored, known)); len(got) != 0 {
		t.Errorf("no word for project: projects %v, want none", got)
	}
}

// TestExtractWith_CapitalsNameWithProjectApposition: a name the store
// knows in capitals ("VELARIA"), written with a capital only and followed
// by a word for project in apposition ("Velaria, il programma …"), is
// the page's subject, as one after a word for project is.
func TestExtractWith_CapitalsNameWithProjectApposition(t *testing.T) {
	known := NewKnown([]string{"VELARIA"})
	news := readHTML(t, "comunicato.html", `<html lang="it"><head><title>Sahel, la Cooperazione Italiana rafforza Velaria</title></head><body>
<h1>Sahel, la Cooperazione Italiana rafforza Velaria</h1>
<p>Approvato un finanziamento aggiuntivo di 400.000 euro per Velaria, il programma sulla pesca artigianale in corso dal maggio 2021.</p>
<p>Velaria viene esteso al Senegal e prorogato fino al 30 giugno 2025.</p></body></html>`)
	fs := ExtractWith(news, known)
	if got := Projects(fs); len(got) != 1 || got[0] != "VELARIA" {
		t.Fatalf("projects %v, want [VELARIA]", got)
	}
	if got := lastValue(fs, dossier.FieldEnd); got != "30 June 2025" {
		t.Errorf("end %q, want 30 June 2025", got)
	}
}

// lastValue returns the value of the last fact of field in fs, or "".
func lastValue(fs []dossier.Fact, field string) string {
	v := ""
	for _, f := range fs {
		if f.Field == field {
			v = f.Value.String()
		}
	}
	return v
}

// TestExtractWith_VeryLongKnownName: a name the store knows of fifteen
// words ("Programa de Apoio ao Reforço das Capacidades Institucionais das
// Assembleias Nacionais dos PALOP e Timor-Leste") makes a news item that
// gives it whole, and no other name, about that project.
func TestExtractWith_VeryLongKnownName(t *testing.T) {
	news := readHTML(t, "noticia.html", `<html lang="pt"><head><title>Quadros parlamentares concluem formação</title></head><body>
<h1>Quadros parlamentares concluem formação</h1>
<p>A formação insere-se no Programa de Apoio ao Reforço das Capacidades Institucionais das Assembleias Nacionais dos PALOP e Timor-Leste, financiado pela União Europeia.</p>
<p>Em curso desde 2019, o programa deverá terminar em Setembro de 2023.</p></body></html>`)
	long := "Programa de Apoio ao Reforço das Capacidades Institucionais das Assembleias Nacionais dos PALOP e Timor-Leste"
	fs := ExtractWith(news, NewKnown([]string{"PARLAMENTA", long}))
	if got := Projects(fs); len(got) != 1 || got[0] != long {
		t.Fatalf("projects %v, want the programme", got)
	}
	if donor := lastValue(fs, dossier.FieldDonors); donor != "European Union" {
		t.Errorf("donor %q, want European Union", donor)
	}
}

// TestExtractWith_KnownNameIntroducedByProjectWord: a page that names a
// project the store knows once, right after a word for project and a
// colon ("… in ein internationales Vorhaben mündet: KORVAN soll …"), is
// about it: its facts are that project's.
func TestExtractWith_KnownNameIntroducedByProjectWord(t *testing.T) {
	page := readHTML(t, "news.html", `<html lang="de"><head><meta charset="utf-8"><title>Zentralasien: Untersuchungsstellen sollen unabhängiger werden</title></head><body>
<h1>Zentralasien: Untersuchungsstellen sollen unabhängiger werden</h1>
<p>Der Absturz von 2019 hat eine Debatte angestoßen, die nun in ein internationales Vorhaben mündet: KORVAN soll Kasachstan und Kirgisistan beim Aufbau unabhängiger Untersuchungsstellen helfen.</p>
<p>Umgesetzt wird es von der ICAO.</p></body></html>`)
	fs := ExtractWith(page, NewKnown([]string{"KORVAN"}))
	var countries []string
	for _, f := range fs {
		if f.Project != "KORVAN" {
			t.Errorf("fact on %q: %s %v", f.Project, f.Field, f.Value)
		}
		if f.Field == dossier.FieldCountries {
			countries = append(countries, f.Value.Text)
		}
	}
	if strings.Join(countries, " ") != "KZ KG" {
		t.Errorf("KORVAN countries %v, want KZ KG", countries)
	}
}

// TestExtractWith_KnownNameOnceThenTheProgramme: a newspaper page that
// names a project the store knows once, in passing ("the observatory
// TALUD runs"), and later speaks of it as "the programme" is about it; a
// page that names it once and never speaks of a programme is not.
func TestExtractWith_KnownNameOnceThenTheProgramme(t *testing.T) {
	about := readHTML(t, "river.html", `<html lang="pt"><head><meta charset="utf-8"><title>Sob o rio seco há água para três países | Diário do Vale</title></head><body>
<p>Diário do Vale</p>
<h1>Sob o rio seco há água para três países</h1>
<p>Engenheiros do instituto regional instalam piezómetros ao longo do vale, onde o observatório TALUD recolhe as medições desde 2021.</p>
<p>Angola, Namíbia e Botsuana partilham os dados numa plataforma comum.</p>
<p>O programa decorre até dezembro de 2026, com 3,1 milhões de euros da Suécia.</p>
<p>© 2025 Diário do Vale</p></body></html>`)
	passing := readHTML(t, "passing.html", `<html lang="en"><head><title>Dry season ahead | Valley Times</title></head><body>
<h1>Dry season ahead</h1>
<p>Gauges read by TALUD show the water table falling in Namibia.</p>
<p>Farmers expect a short harvest from March 2026.</p></body></html>`)
	known := NewKnown([]string{"TALUD", "Transboundary Aquifer Listening Unit"})
	fs := ExtractWith(about, known)
	if got := Projects(fs); len(got) != 1 || got[0] != "TALUD" {
		t.Fatalf("projects %v, want [TALUD]", got)
	}
	if end := lastValue(fs, dossier.FieldEnd); end != "December 2026" {
		t.Errorf("end %q, want December 2026", end)
	}
	if got := Projects(ExtractWith(passing, known)); len(got) != 0 {
		t.Errorf("passing mention: projects %v, want none", got)
	}
}

// TestExtractWith_KnownNameInsideBodyName: a name the store holds that
// stands inside a body's name ("IDEA" in "International IDEA") is the
// body's, and does not make the page name two known projects.
func TestExtractWith_KnownNameInsideBodyName(t *testing.T) {
	page := readHTML(t, "wire.html", `<html lang="en"><head><title>Poll workers trained in Kupang | Archipelago Wire</title></head><body>
<h1>Poll workers trained in Kupang</h1>
<p>The course is part of Suara Adil, a regional scheme delivered by International IDEA with money from Japan.</p>
<p>The programme, which opened in May 2022, also covers Timor-Leste.</p></body></html>`)
	fs := ExtractWith(page, NewKnown([]string{"Suara Adil", "IDEA"}))
	if got := Projects(fs); len(got) != 1 || got[0] != "Suara Adil" {
		t.Fatalf("projects %v, want [Suara Adil]", got)
	}
	if start := lastValue(fs, dossier.FieldStart); start != "May 2022" {
		t.Errorf("start %q, want May 2022", start)
	}
}
