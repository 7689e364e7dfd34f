package normalize

import (
	"testing"

	"github.com/dossier-dev/dossier"
)

// TestResolveRelativeDates: the dates a text gives from the day it was
// written, in each language, get the year a reader gives them.
func TestResolveRelativeDates(t *testing.T) {
	oct2022 := dossier.Date{Year: 2022, Month: 10, Day: 15, Precision: dossier.PrecisionDay}
	mar2024 := dossier.Date{Year: 2024, Month: 3, Day: 3, Precision: dossier.PrecisionDay}
	checkResolved(t, "ResolveRelativeDates", ResolveRelativeDates, []resolveCase{
		{"cerró sus operaciones el pasado 31 de agosto", oct2022, "cerró sus operaciones el 31 agosto 2022"},
		{"que arrancó el pasado mes de enero", oct2022, "que arrancó el enero 2022"},
		{"el pasado 1 de diciembre", oct2022, "el 1 diciembre 2021"},
		{"Il prendra fin le 30 juin prochain.", mar2024, "Il prendra fin le 30 juin 2024."},
		{"Lancé en janvier dernier", mar2024, "Lancé en janvier 2024"},
		{"avviato il 1° febbraio scorso", mar2024, "avviato il 1 febbraio 2024"},
		{"El proyecto comenzó en julio del año pasado", mar2024, "El proyecto comenzó en julio 2023"},
		{"desde o seu arranque, em janeiro do ano passado", mar2024, "desde o seu arranque, em janeiro 2023"},
		{"It has been running since January last year", mar2024, "It has been running since January 2023"},
		{"um projecto que desde o ano passado apoia", mar2024, "um projecto que desde 2023 apoia"},
		// The year after the text's: "December next year" is not the
		// coming December.
		{"The programme wraps up in December next year.", mar2024, "The programme wraps up in December 2025."},
		{"Le programme prendra fin en juin de l'année prochaine.", mar2024, "Le programme prendra fin en juin 2025."},
		{"El programa cerrará el próximo año", mar2024, "El programa cerrará 2025"},
		{"arranca este mês", mar2024, "arranca March 2024"},
		{"se inició este mes de julio", dossier.Date{Year: 2021, Month: 7, Day: 20}, "se inició julio 2021"},
		{"dat deze maand van start is gegaan", mar2024, "dat March 2024 van start is gegaan"},
		{"ist Ende vergangenen Jahres ausgelaufen", mar2024, "ist Ende 2023 ausgelaufen"},
		// A date with its year is whole already; a relative word beside
		// no month changes nothing.
		{"arrancó el pasado 1 de septiembre de 2020", oct2022, "arrancó el pasado 1 de septiembre de 2020"},
		{"the last phase ended", oct2022, "the last phase ended"},
		{"la semana pasada", oct2022, "la semana pasada"},
		// Abbreviations and a modal verb beside a word of relation are
		// no months; "the last year" is the project's.
		{"the project may last until", oct2022, "the project may last until"},
		{"the work was carried out last year", oct2022, "the work was carried out 2021"},
		{"during the last year of the project", oct2022, "during the last year of the project"},
		{"It ended last May", oct2022, "It ended May 2022"},
		// Two in one sentence.
		{"VIVERAL, que comenzó en julio del año pasado, concluyó el pasado 31 de agosto", oct2022, "VIVERAL, que comenzó en julio 2021, concluyó el 31 agosto 2022"},
	})
}

// resolveCase is a text, the day it was written, and the text a reader
// gives its dates in.
type resolveCase struct {
	in   string
	asOf dossier.Date
	want string
}

// checkResolved runs resolve, named name, on each case.
func checkResolved(t *testing.T, name string, resolve func(string, dossier.Date) string, cases []resolveCase) {
	t.Helper()
	for _, c := range cases {
		if got := resolve(c.in, c.asOf); got != c.want {
			t.Errorf("%s(%q, %v) = %q, want %q", name, c.in, c.asOf, got, c.want)
		}
	}
}

// FuzzResolveRelativeDates: any text, any day: no panic.
func FuzzResolveRelativeDates(f *testing.F) {
	for _, s := range []string{"el pasado 31 de agosto", "le 30 juin prochain", "julio del año pasado", "este mes de", "pasado", "31 pasado", "1er janvier dernier", "", "de de de pasado", "December next year", "l'année prochaine", "next year next year"} {
		f.Add(s, 2022, 10, 15)
	}
	f.Fuzz(func(t *testing.T, s string, y, m, d int) {
		_ = ResolveRelativeDates(s, dossier.Date{Year: y, Month: m, Day: d, Precision: dossier.PrecisionDay})
	})
}

// TestResolveDayMonths: a day and month with no year, read as the date
// nearest the day the text was written.
func TestResolveDayMonths(t *testing.T) {
	sep12 := dossier.Date{Year: 2022, Month: 9, Day: 12, Precision: dossier.PrecisionDay}
	jan3 := dossier.Date{Year: 2023, Month: 1, Day: 3, Precision: dossier.PrecisionDay}
	checkResolved(t, "ResolveDayMonths", ResolveDayMonths, []resolveCase{
		{"Op 1 oktober gaat het programma van start", sep12, "Op 1 oktober 2022 gaat het programma van start"},
		{"formally began on 1 February", jan3, "formally began on 1 February 2023"},
		{"a démarré le 1er juillet pour quatre ans", sep12, "a démarré le 1 juillet 2022 pour quatre ans"},
		{"cerró sus actividades el 28 de diciembre", jan3, "cerró sus actividades el 28 diciembre 2022"},
		{"ends on 31 March 2025", sep12, "ends on 31 March 2025"},
		{"du 1er avril au 30 septembre 2024", sep12, "du 1er avril au 30 septembre 2024"},
		{"in 12 countries", sep12, "in 12 countries"},
		{"5 may be late", sep12, "5 may be late"},
		{"", sep12, ""},
	})
}

// FuzzResolveDayMonths: any text, any day: no panic.
func FuzzResolveDayMonths(f *testing.F) {
	for _, s := range []string{"op 1 oktober", "le 1er juillet", "31 de de de agosto", "1", "1 1 1 enero", "", "28 December 2022", "1er"} {
		f.Add(s, 2022, 10, 15)
	}
	f.Fuzz(func(t *testing.T, s string, y, m, d int) {
		_ = ResolveDayMonths(s, dossier.Date{Year: y, Month: m, Day: d, Precision: dossier.PrecisionDay})
	})
}
