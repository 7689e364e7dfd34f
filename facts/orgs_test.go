package facts

import "testing"

// TestCountryOfBody holds the names a reader takes for a state's body
// named with its country, and those that are not one.
func TestCountryOfBody(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Ministry of Foreign Affairs, Norway", "Norway"},
		{"Ministry of Foreign Affairs and International Cooperation – Italy", "Italy"},
		{"Ministry of Foreign Affairs (Netherlands)", "Netherlands"},
		{"Norway (Ministry of Foreign Affairs)", "Norway"},
		{"United Kingdom (Foreign, Commonwealth & Development Office)", "United Kingdom"},
		{"Ministerio de Asuntos Exteriores, España", "Spain"},
		// Not a state's body: a council keeps its name.
		{"Norwegian Refugee Council, Jordan", ""},
		// A list whose last member sits in a country.
		{"Cooperação Italiana (AICS) e Camões, I.P. (Portugal)", ""},
		// Two countries: which one gives is not said.
		{"Embassy of Japan, Kenya", ""},
		// A bracket after a country that names another country.
		{"Germany (BMZ, Sweden)", ""},
		{"Norway", ""},
		{"", ""},
	} {
		if got := countryOfBody(c.name); got != c.want {
			t.Errorf("countryOfBody(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
