package facts

import (
	"context"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dossier-dev/dossier/extract"
)

// A podcast episode's page lists its chapters, each item opening on a
// time and a dash: it is a programme, no page about the projects its guests
// tell of. A story with a schedule beside it (a radio station's page) stays
// a story.
func TestTrapLayout_EpisodeChapters(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"testdata/cases/fr-podcast-episode-chapters.txtar", true},
	} {
		html := caseDoc(t, c.name)
		d, err := extract.Default().Extract(context.Background(), extract.Source{Name: "episode.html", Data: []byte(html)}, extract.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if got := newExtractor(d).trapLayout(); got != c.want {
			t.Errorf("%s: trapLayout() = %v, want %v", c.name, got, c.want)
		}
	}
	story := `<html lang="fr"><head><meta charset="utf-8"><title>Radio Tamarin</title></head><body>
<h1>Le programme TAMARIN II s'étend à la Mauritanie</h1>
<p>Le programme TAMARIN II, financé par l'Union européenne et l'Allemagne, étend ses activités à la Mauritanie à partir de janvier 2023, pour quatre ans.</p>
<p>Les stations partenaires diffuseront chaque semaine des émissions sur la cohésion sociale, préparées avec les autorités locales et les associations de femmes.</p>
<p>La GIZ met en œuvre le programme au Burkina Faso, au Niger, au Tchad et désormais en Mauritanie, avec un budget total de 30,5 millions d'euros.</p>
<h2>Au programme ce soir</h2>
<ul><li>18:00 – Journal</li><li>18:30 – Magazine agricole</li><li>19:00 – Musique</li><li>20:00 – Débat</li></ul>
</body></html>`
	d, err := extract.Default().Extract(context.Background(), extract.Source{Name: "radio.html", Data: []byte(story)}, extract.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if newExtractor(d).trapLayout() {
		t.Error("a story with an evening's schedule beside it: trapLayout() = true, want false")
	}
}

// caseDoc returns the doc.html of a txtar case.
func caseDoc(t *testing.T, path string) string {
	t.Helper()
	a, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Files {
		if f.Name == "doc.html" {
			return string(f.Data)
		}
	}
	t.Fatalf("%s: no doc.html", path)
	return ""
}

// A periodical's name that German or Dutch writes as one word, its kind
// last ("Waterbrief", "Archivpost"), is a periodical's masthead, as
// "Nieuwsbrief" or "Boletín" opening a line is; words that only contain
// such an ending elsewhere are not.
func TestPeriodicalTitle_OneWordName(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Waterbrief Internationaal", true},
		{"Archivpost", true},
		{"Handelskoerier", true},
		{"Informativo SSSC", true},
		{"Boletín de la Red", true},
		{"Briefkasten der Zukunft", false},
		{"Projektsteckbrief KINGA II", false},
		{"Kamerbrief over ontwikkelingssamenwerking", false},
		{"Wasserversorgung in Peru", false},
		{"Brief", false},
	} {
		if got := periodicalTitle(c.line); got != c.want {
			t.Errorf("periodicalTitle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
