package facts

import "testing"

func TestZZDbg(t *testing.T) {
	for _, s := range []string{"El equipo forma parte del programa Sistemas de Alerta Temprana ante Riesgos de Origen Glaciar en los Andes, que se implementa desde 2020 en Bolivia.", "Tablettes et cartographie : le Programme d'accélération des recensements dans les îles du Pacifique a déjà permis à trois pays de publier."} {
		at, _ := projectWordsAndCompounds(s, true)
		for _, m := range namesAfterProjectWords(s, at) {
			n := s[m[0]:m[1]]
			t.Logf("%q plausible=%v upto12=%v", n, plausibleProject(n), plausibleProjectUpTo(n, 12))
		}
		t.Logf("mentions %+v", findMentions(s))
	}
}
