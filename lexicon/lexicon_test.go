package lexicon

import (
	"strings"
	"testing"
)

// TestLabels_OneKindEachKey: no two entries give one label key two kinds,
// in any language, so adding a label can never silently change another's.
func TestLabels_OneKindEachKey(t *testing.T) {
	kinds := map[string]map[string][]string{}
	for _, e := range Entries() {
		if e.Section != "label" {
			continue
		}
		k := Key(e.Phrase)
		if kinds[k] == nil {
			kinds[k] = map[string][]string{}
		}
		kinds[k][e.Kind] = append(kinds[k][e.Kind], e.Lang+": "+e.Phrase)
	}
	for k, byKind := range kinds {
		if len(byKind) > 1 {
			t.Errorf("label key %q has several kinds: %v", k, byKind)
		}
	}
}

// TestLabel_NormalizedForms: labels as portals print them match by case,
// accents, colon, plural and word order.
func TestLabel_NormalizedForms(t *testing.T) {
	for _, tc := range []struct{ label, want string }{
		{"Implementing Organisation:", "implementer"},
		{"Mis en œuvre par :", "implementer"},
		{"MISE EN OEUVRE", "implementer"},
		{"Pays bénéficiaires", "countries"},
		{"Bénéficiaire pays", "countries"},
		{"Países beneficiarios:", "countries"},
		{"Zielländer", "countries"},
		{"Bailleur(s) :", "funding"},
		{"Financiado por", "funding"},
		{"Geber", "funding"},
		{"Laufzeit:", "duration"},
		{"Durée du projet", "duration"},
		{"Presupuesto total", "budget"},
		{"Fördervolumen", "budget"},
		{"Date de début", "start"},
		{"Start date", "start"},
		{"Date of start", "start"},
		{"Project Title", "title"},
		{"Projet", "title"},
		{"Statut", "status"},
		{"Partners financing", "funding"},
	} {
		got, ok := Label(tc.label)
		if !ok || got != tc.want {
			t.Errorf("Label(%q) = %q, %v; want %q", tc.label, got, ok, tc.want)
		}
	}
	for _, unknown := range []string{"Financed by Norway", "Posted by", "Tags", "Share", "Name", "Description"} {
		if got, ok := Label(unknown); ok {
			t.Errorf("Label(%q) = %q; want unknown", unknown, got)
		}
	}
}

func TestOrganisation_OtherLanguages(t *testing.T) {
	for in, want := range map[string]string{
		"Union européenne": "European Union", "Unión Europea": "European Union", "Europäische Union": "European Union",
		"Conseil de l'Europe": "Council of Europe", "Consejo de Europa": "Council of Europe", "Europarat": "Council of Europe",
	} {
		if got, ok := Organisation(in); !ok || got != want {
			t.Errorf("Organisation(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestFold_ASCIIFastPathAgrees: the fast path for plain ASCII folds as the
// general one does.
func TestFold_ASCIIFastPathAgrees(t *testing.T) {
	for _, s := range []string{"", "Funded by:", "  GLACY+  (Phase 2) ", "Co-funded BY the E.U.", "100% @home", "a--b__c", "Donor(s)"} {
		want := foldGeneral(s)
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, general path %q", s, got, want)
		}
	}
}

// TestFold_ASCIIFastPathsAgree checks that the ASCII paths (a text
// already folded returned as it is, else folded byte by byte) give what
// the general fold gives.
func TestFold_ASCIIFastPathsAgree(t *testing.T) {
	for _, s := range []string{"", "budget", "total budget", "total  budget", " budget", "budget ", "Budget", "GLACY+", "a@b", "100%", "co-funded by", "eur 3,5 m", "x\ty", "2024"} {
		if got, want := Fold(s), foldGeneral(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzFold: for any text, the fold's fast paths give what the general
// fold gives.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"budget", "Total Budget", "  x  ", "Éxito", "GLACY+", "a@b 100%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldGeneral(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestWithoutKind: a body's name less its kind of body, which a
// translation changes, and the little words the kind led.
func TestWithoutKind(t *testing.T) {
	for in, want := range map[string]string{
		"Fondazione Veldwacht":    "Veldwacht",
		"Veldwacht Foundation":    "Veldwacht",
		"Stichting Kiemkracht":    "Kiemkracht",
		"Fondation de la Mer":     "Mer",
		"Fondazione Terra e Seme": "Terra e Seme",
		"Foundation":              "Foundation",
		"Lake Basin Institute":    "Lake Basin Institute",
	} {
		if got := WithoutKind(in); got != want {
			t.Errorf("WithoutKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFold_LigatureOpeningAWord: "mise en œuvre" and "mise en oeuvre"
// are one phrase, the ligature's word kept apart from the one before.
func TestFold_LigatureOpeningAWord(t *testing.T) {
	for s, want := range map[string]string{
		"mise en œuvre":     "mise en oeuvre",
		"Mise en Œuvre":     "mise en oeuvre",
		"mise en oeuvre":    "mise en oeuvre",
		"Straße ßig":        "strasse ssig",
		"l’œuvre commune":   "l oeuvre commune",
		"cœur de programme": "coeur de programme",
	} {
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestOther_OneWordEach: facts reads a label's word for "other" ("Otros
// socios", "Weitere Geber") as its first word alone, so each cue.other
// entry must be one word.
func TestOther_OneWordEach(t *testing.T) {
	for _, e := range Entries() {
		if e.Section == "cue" && e.Kind == "other" && len(strings.Fields(e.Phrase)) != 1 {
			t.Errorf("%s.txt: cue.other %q is more than one word", e.Lang, e.Phrase)
		}
	}
}

// TestArea_AcronymsInCapitalsOnly: an area's names in any language give
// its English name, and one the lexicon writes in capitals, an acronym,
// only where the text writes it so: "Lac" is a province of Chad.
func TestArea_AcronymsInCapitalsOnly(t *testing.T) {
	for _, c := range []struct {
		name, want string
		ok         bool
	}{
		{"LAC", "Latin America and the Caribbean", true},
		{"Latin America and the Caribbean", "Latin America and the Caribbean", true},
		{"Lac", "", false},
		{"lac", "", false},
		{"Balkans occidentaux", "Western Balkans", true},
	} {
		if got, ok := Area(c.name); got != c.want || ok != c.ok {
			t.Errorf("Area(%q) = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
