package reconcile

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// derivedLines runs derivedFacts on one activity and gives each derived
// field as "field = value".
func derivedLines(text string) []string {
	f := dossier.Fact{Document: "d", Project: "P", Field: dossier.FieldActivities, Value: dossier.TextValue(text), Quote: text}
	var got []string
	for field, fs := range derivedFacts([]dossier.Fact{f}) {
		for _, d := range fs {
			got = append(got, field+" = "+d.Value.String())
		}
	}
	slices.Sort(got)
	return got
}

// TestDerivedFacts_TargetsAndRhythmsInEveryLanguage: a target ("up to 15
// workshops") or a rhythm ("annual conferences") stated in English, French,
// Spanish or German becomes the same derived field, written the same way,
// so a reviewer compares what sources say whatever their language. The
// words come from the lexicon; the wanted values are read from each
// sentence by hand.
func TestDerivedFacts_TargetsAndRhythmsInEveryLanguage(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// English, as the seed fixtures word it.
		{"Help organise up to 15 in-country or regional workshops", []string{"target: in-country or regional workshops = up to 15 in-country or regional workshops"}},
		{"Octopus conferences (1 per year)", []string{"frequency: conferences = annual (every 12 months)"}},
		{"One conference per 18 months (5 in total) held", []string{"frequency: conferences = every 18 months"}},
		{"Legislative advice to at least 25 countries", []string{"target: countries = at least 25 countries"}},
		{"Over 2,000 participants", []string{"target: participants = over 2,000 participants"}},
		{"A biennial meeting of the Committee", []string{"frequency: meetings = every 2 years (24 months)"}},
		// English qualifiers the lexicon knows beyond the first five.
		{"Train approximately 40 experts", []string{"target: experts = about 40 experts"}},
		{"ca. 20 webinars", []string{"target: webinars = about 20 webinars"}},
		{"No more than 12 missions", []string{"target: missions = up to 12 missions"}},

		// French: adjectives follow the noun, so the unit is the noun.
		{"Organiser jusqu'à 15 ateliers nationaux ou régionaux", []string{"target: ateliers = up to 15 ateliers"}},
		{"Organiser jusqu’à 15 ateliers", []string{"target: ateliers = up to 15 ateliers"}},
		{"Conférences Octopus annuelles", []string{"frequency: conferences = annual (every 12 months)"}},
		{"Une conférence tous les 18 mois", []string{"frequency: conferences = every 18 months"}},
		{"Conseils législatifs à au moins 25 pays", []string{"target: pays = at least 25 pays"}},
		{"Plus de 2\u00a0000 participants", []string{"target: participants = over 2,000 participants"}},
		{"Une réunion biennale du Comité", []string{"frequency: meetings = every 2 years (24 months)"}},

		// Spanish.
		{"Organizar hasta 30 talleres nacionales o regionales", []string{"target: talleres = up to 30 talleres"}},
		{"Conferencias Octopus anuales", []string{"frequency: conferences = annual (every 12 months)"}},
		{"Una conferencia cada 18 meses", []string{"frequency: conferences = every 18 months"}},
		{"Asesoramiento legislativo a al menos 25 países", []string{"target: países = at least 25 países"}},
		{"Más de 2.000 participantes", []string{"target: participantes = over 2,000 participantes"}},
		{"Una reunión bienal del Comité", []string{"frequency: meetings = every 2 years (24 months)"}},
		{"Unos 40 expertos formados", []string{"target: expertos = about 40 expertos"}},

		// German: adjectives come first and stay in the unit.
		{"Bis zu 15 Workshops im Land oder in der Region", []string{"target: workshops = up to 15 workshops"}},
		{"Bis zu 15 nationale oder regionale Workshops", []string{"target: nationale oder regionale workshops = up to 15 nationale oder regionale workshops"}},
		{"Jährliche Octopus-Konferenzen", []string{"frequency: conferences = annual (every 12 months)"}},
		{"Eine Konferenz alle 18 Monate", []string{"frequency: conferences = every 18 months"}},
		{"Rechtsberatung für mindestens 25 Länder", []string{"target: länder = at least 25 länder"}},
		{"Über 2.000 Teilnehmende", []string{"target: teilnehmende = over 2,000 teilnehmende"}},
		{"Eine Sitzung des Ausschusses alle 2 Jahre", []string{"frequency: meetings = every 2 years (24 months)"}},

		// Both in one sentence.
		{"Up to 30 workshops and annual conferences", []string{
			"frequency: conferences = annual (every 12 months)",
			"target: workshops = up to 30 workshops",
		}},

		// A qualifier inside a word qualifies nothing.
		{"Turnover 15 workshops", []string{"target: workshops = 15 workshops"}},
		// A sign for "about" is a qualifier too.
		{"≈ 15 workshops", []string{"target: workshops = about 15 workshops"}},

		// Nothing to derive: no count noun, a single event, a rhythm of
		// nothing that recurs.
		{"Research and analysis for T-CY assessments", nil},
		{"Organise 1 workshop", nil},
		{"Annual report published", nil},
		{"Rapport annuel publié", nil},
	} {
		if diff := cmp.Diff(tc.want, derivedLines(tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestDerivedFacts_RawIsTheWordsRead: a target keeps the words it was read
// from, qualifier included, as written.
func TestDerivedFacts_RawIsTheWordsRead(t *testing.T) {
	for text, want := range map[string]string{
		"Help organise up to 15 in-country or regional workshops": "up to 15 in-country or regional workshops",
		"Organiser jusqu’à 15 ateliers nationaux":                 "jusqu’à 15 ateliers",
		"Über 2.000 Teilnehmende erreicht":                        "Über 2.000 Teilnehmende",
		"Organise 12 workshops":                                   "12 workshops",
	} {
		f := dossier.Fact{Field: dossier.FieldOutputs, Value: dossier.TextValue(text)}
		var got []string
		for _, fs := range derivedFacts([]dossier.Fact{f}) {
			for _, d := range fs {
				got = append(got, d.Raw)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: raw %q, want %q", text, got, want)
		}
	}
}
