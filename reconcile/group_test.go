package reconcile

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// TestGroupFacts_NameVariantsMeet: a code in brackets after a name, a word
// for project after a Roman numeral, and the name alone are one project;
// a phase in brackets, a number and a follow-up stay apart.
func TestGroupFacts_NameVariantsMeet(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  int
	}{
		{[]string{"Cyber@Africa5 (G1259)", "Cyber@Africa5", "Cyber@Africa5 Project"}, 1},
		{[]string{"JusticeSouth II Project", "JusticeSouth II", "JusticeSouth 2"}, 1},
		{[]string{"DigitalHorizon VII (G1888)", "DigitalHorizon VII Project"}, 1},
		{[]string{"Octopus [DG1/3021]", "Octopus"}, 1},
		{[]string{"Octopus (Phase 2)", "Octopus"}, 2},
		{[]string{"GLACY", "GLACY-2", "GLACY+"}, 3},
		{[]string{"JusticeSouth II", "JusticeSouth III Project", "JusticeSouth"}, 3},
		{[]string{"(G1259)", "G1259"}, 1},
		// A word for project before the name, "2.0", and a phase word
		// before the number change nothing; a first phase is the project.
		{[]string{"Programa Yaxche", "Yaxche"}, 1},
		{[]string{"ScentLine 2.0", "ScentLine-2"}, 1},
		{[]string{"Fiskalni Most Phase 2", "Fiskalni Most 2", "Fiskalni Most – Fase II"}, 1},
		{[]string{"Mukanda Phase I", "Mukanda"}, 1},
		{[]string{"Mukanda Phase II", "Mukanda"}, 2},
		{[]string{"PIRCA I", "PIRCA"}, 1},
		{[]string{"PIRCA I", "PIRCA II"}, 2},
		{[]string{"GEOCENS 2025", "GEOCENS 2026"}, 2},
		{[]string{"ReHPI Phase", "ReHPI Phase I", "ReHPI"}, 1},
		// A coined name before a colon or a dash and a title is that name.
		{[]string{"OCOTE: Brigadas comunitarias y alerta temprana", "Proyecto Ocote"}, 1},
		{[]string{"FOSCA — Midwifery Education and Community Health", "FOSCA"}, 1},
		{[]string{"Ocote – Brigadas comunitarias y alerta temprana", "Ocote"}, 1},
		// … but not before a phase, nor a plain word before a short rest.
		{[]string{"GLACY+ – Phase 2", "GLACY+"}, 2},
		{[]string{"Octopus – Phase 2", "Octopus"}, 2},
		{[]string{"Proyecto: Brigadas comunitarias de alerta", "Proyecto: Agua potable para todos"}, 2},
		{[]string{"Kenya – Water", "Kenya"}, 2},
		// An acronym of four letters or more and the long name whose
		// initials it is meet; shorter initials, and a follow-up, do not.
		{[]string{"DSSC", "Digital Scriptorium South Caucasus"}, 1},
		{[]string{"DSSC", "Digital Scriptorium South Caucasus II"}, 2},
		{[]string{"WSP", "Water Safety Plans"}, 2},
	} {
		var facts []dossier.Fact
		for i, n := range tc.names {
			facts = append(facts, fact(fmt.Sprintf("d%d", i), n, "title", dossier.TextValue(n)))
		}
		if got := GroupFacts(facts); len(got) != tc.want {
			var keys [][]string
			for _, g := range got {
				keys = append(keys, g.Keys)
			}
			t.Errorf("%q: %d projects %v, want %d", tc.names, len(got), keys, tc.want)
		}
	}
}

// TestGroupFacts_AliasMeetsShorterName: a register gives "PaVSA" with the
// alias "Pacific Vital Statistics Acceleration Program"; a news item calls
// it "Pacific Vital Statistics Acceleration": one project. The alias of a
// follow-up ("TIDEWAY II Programme") does not meet the first phase.
func TestGroupFacts_AliasMeetsShorterName(t *testing.T) {
	for _, tc := range []struct {
		facts []dossier.Fact
		want  int
	}{
		{[]dossier.Fact{
			fact("register", "PaVSA", "title", dossier.TextValue("PaVSA")),
			fact("register", "PaVSA", "aliases", dossier.TextValue("Pacific Vital Statistics Acceleration Program")),
			fact("news", "Pacific Vital Statistics Acceleration", "title", dossier.TextValue("Pacific Vital Statistics Acceleration")),
		}, 1},
		// "GLACY+" meets its long name, which says the "+".
		{[]dossier.Fact{
			fact("brochure", "GLACY+", "title", dossier.TextValue("GLACY+")),
			fact("brochure", "GLACY+", "aliases", dossier.TextValue("Global Action on Cybercrime Extended")),
			fact("news", "Global Action on Cybercrime Extended", "title", dossier.TextValue("Global Action on Cybercrime Extended")),
		}, 1},
		{[]dossier.Fact{
			fact("register", "TWII", "title", dossier.TextValue("TWII")),
			fact("register", "TWII", "aliases", dossier.TextValue("TIDEWAY II Programme")),
			fact("news", "TIDEWAY", "title", dossier.TextValue("TIDEWAY")),
		}, 2},
	} {
		if got := GroupFacts(tc.facts); len(got) != tc.want {
			var keys [][]string
			for _, g := range got {
				keys = append(keys, g.Keys)
			}
			t.Errorf("%d projects %v, want %d", len(got), keys, tc.want)
		}
	}
}

// TestGroupFacts_FollowUpMeetsNoFirstPhaseThroughLongName: a report
// gives "PIRCA I" the long name "Pronóstico por Impactos en la Región
// Centroamericana", a news item gives it to "PIRCA II", a portal names
// "PIRCA": the long name, with no phase's number, is the first phase's,
// and the follow-up stays apart.
func TestGroupFacts_FollowUpMeetsNoFirstPhaseThroughLongName(t *testing.T) {
	long := "Pronóstico por Impactos en la Región Centroamericana"
	got := GroupFacts([]dossier.Fact{
		fact("report", "PIRCA I", "title", dossier.TextValue("PIRCA I")),
		fact("report", "PIRCA I", "aliases", dossier.TextValue(long)),
		fact("news", "PIRCA II", "title", dossier.TextValue("PIRCA II")),
		fact("news", "PIRCA II", "aliases", dossier.TextValue(long)),
		fact("portal", "PIRCA", "title", dossier.TextValue("PIRCA")),
	})
	var keys [][]string
	for _, g := range got {
		keys = append(keys, g.Keys)
	}
	want := [][]string{{"pirca", "pircai", "pronosticoporimpactosenlaregioncentroamericana"}, {"pirca2"}}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("groups' keys (-want +got):\n%s", diff)
	}
}

// TestGroupFacts_OrderDoesNotMatter: the groups of shuffled facts are the
// same: the same keys, the same facts in document order, the same titles.
func TestGroupFacts_OrderDoesNotMatter(t *testing.T) {
	facts := []dossier.Fact{
		fact("a", "CyberCrime@Octopus", "title", dossier.TextValue("CyberCrime@Octopus")),
		fact("b", "Octopus Project", "identifiers", dossier.IdentifierValue(dossier.Identifier{Scheme: "coe", Value: "G0677"})),
		fact("c", "The Octopus programme", "identifiers", dossier.IdentifierValue(dossier.Identifier{Scheme: "coe", Value: "G0677"})),
		fact("c", "Digital Trust", "aliases", dossier.TextValue("Confiance numérique")),
		fact("d", "Confiance numérique", "title", dossier.TextValue("Confiance numérique")),
		fact("e", "iPROCEEDS II", "title", dossier.TextValue("iPROCEEDS II")),
		fact("f", "iPROCEEDS-2 (G1234)", "title", dossier.TextValue("iPROCEEDS-2")),
	}
	want := GroupFacts(facts)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := append([]dossier.Fact(nil), facts...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := GroupFacts(shuffled)
		if len(got) != len(want) {
			t.Fatalf("%d groups, want %d", len(got), len(want))
		}
		for i := range got {
			if diff := cmp.Diff(want[i].Keys, got[i].Keys); diff != "" || got[i].Title != want[i].Title {
				t.Errorf("group %d: title %q, want %q; keys (-want +got):\n%s", i, got[i].Title, want[i].Title, diff)
			}
		}
	}
	if len(want) != 4 {
		t.Errorf("%d groups, want 4 (Cybercrime@Octopus, the Octopus Project, Digital Trust, iPROCEEDS-2)", len(want))
	}
}

// TestGroupFacts_OnlyIssuedCodesJoin: two names that share a code of a
// known issuer are one project; two that share a code whose issuer no
// document says stay two, since bodies' numberings collide ("2019.0456"
// at one donor and at another).
func TestGroupFacts_OnlyIssuedCodesJoin(t *testing.T) {
	code := func(doc, name, scheme string) dossier.Fact {
		return fact(doc, name, "identifiers", dossier.IdentifierValue(dossier.Identifier{Scheme: scheme, Value: "2019.0456"}))
	}
	for _, tc := range []struct {
		scheme string
		want   int
	}{{"giz-project-code", 1}, {"cybil-code", 1}, {dossier.SchemeUnscoped, 2}} {
		got := GroupFacts([]dossier.Fact{code("a", "Harbour Watch", tc.scheme), code("b", "Coastal Safety Initiative", tc.scheme)})
		if len(got) != tc.want {
			t.Errorf("two names sharing a %s code: %d projects, want %d", tc.scheme, len(got), tc.want)
		}
	}
}

// TestAssignIDs_KnownIDsKeptMergesKeepTheSmaller: a group keeps the id
// one of its names has; two projects that turn out to be one keep the
// smaller id and the other is recorded as merged; a new group's id comes
// from its title, never one already given; of two groups that claim one
// id, the one whose name was given it first keeps it, and the other takes
// a new one, its names following it.
func TestAssignIDs_KnownIDsKeptMergesKeepTheSmaller(t *testing.T) {
	known := map[string]string{"alpha": "alpha", "alphaproject": "alpha-project", "beta": "beta", "gamma1": "gamma", "gamma2": "gamma"}
	taken := map[string]bool{"alpha": true, "alpha-project": true, "beta": true, "gamma": true, "delta": true}
	groups := []*Group{
		{Keys: []string{"alpha", "alphaproject"}, Title: "Alpha Project"},
		{Keys: []string{"beta", "betanew"}, Title: "Beta"},
		{Keys: []string{"delta"}, Title: "Delta"},
		{Keys: []string{"gamma1"}, Title: "Gamma"},
		{Keys: []string{"gamma2"}, Title: "Gamma Two"},
	}
	given := map[string]string{"gamma2": "2026-01-01T00:00:00Z", "gamma1": "2026-02-01T00:00:00Z"}
	ids := AssignIDs(groups, func(k string) (Known, bool) { s, ok := known[k]; return Known{s, given[k]}, ok }, func(s string) bool { return taken[s] })
	got := map[string]string{}
	for _, g := range groups {
		got[g.Keys[0]] = g.ID
	}
	want := map[string]string{"alpha": "alpha", "beta": "beta", "delta": "delta-2", "gamma1": "gamma-2", "gamma2": "gamma"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"alpha-project": "alpha"}, ids.Merged); diff != "" {
		t.Errorf("merged (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"betanew": "beta", "delta": "delta-2"}, ids.Fresh); diff != "" {
		t.Errorf("fresh (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"gamma1": "gamma-2"}, ids.Repoint); diff != "" {
		t.Errorf("repoint (-want +got):\n%s", diff)
	}
}
