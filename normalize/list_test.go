package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func country(text, code string) ListItem {
	return ListItem{Text: text, Country: code, Kind: KindCountry}
}
func org(text string) ListItem    { return ListItem{Text: text, Kind: KindOrganisation} }
func region(text string) ListItem { return ListItem{Text: text, Kind: KindRegion} }

func TestSplitList(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ListItem
	}{
		{
			// A known body's name holds commas: "Foreign", "Commonwealth"
			// are not givers; the member after its acronym is.
			name: "known name over commas",
			in:   "the Foreign, Commonwealth and Development Office (FCDO) and Ireland",
			want: []ListItem{org("Foreign, Commonwealth and Development Office"), country("Ireland", "IE")},
		},
		{
			// Each country after its word of "of", as Portuguese and
			// Spanish list givers: no body's name "de Portugal e da Itália".
			name: "countries after of",
			in:   "União Europeia, de Portugal e da Itália",
			want: []ListItem{org("União Europeia"), country("Portugal", "PT"), country("Itália", "IT")},
		},
		{
			// The first country's "of" stood before the list
			// ("contribuições da Suécia e de Portugal"); the "of" said
			// again before the second makes no body's name of the two.
			name: "countries, the first one's of before the list",
			in:   "Suécia e de Portugal",
			want: []ListItem{country("Suécia", "SE"), country("Portugal", "PT")},
		},
		{
			name: "country and of country in Spanish",
			in:   "Suecia y de Portugal",
			want: []ListItem{country("Suecia", "SE"), country("Portugal", "PT")},
		},
		{
			name: "gfce partners",
			in: "European Union (EU), Governments of Estonia, Japan, Mexico, Norway, Romania and Panama, " +
				"the Department of Justice of the Philippines, the Organisation of American States (OAS), " +
				"the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders (UNAFRI), ECOWAS",
			want: []ListItem{
				org("European Union"),
				country("Estonia", "EE"), country("Japan", "JP"), country("Mexico", "MX"),
				country("Norway", "NO"), country("Romania", "RO"), country("Panama", "PA"),
				org("Department of Justice of the Philippines"),
				org("Organisation of American States"),
				org("United Nations African Institute for the Prevention of Crime and the Treatment of Offenders"),
				org("ECOWAS"),
			},
		},
		{
			name: "two countries' cooperation agencies joined by and",
			in:   "Cooperación Española y la Cooperación Suiza",
			want: []ListItem{org("Cooperación Española"), org("Cooperación Suiza")},
		},
		{
			name: "a country and another's government in small letters",
			in:   "Norway and the German government",
			want: []ListItem{country("Norway", "NO"), org("German government")},
		},
		{
			name: "the word for by said again sets unknown bodies apart",
			in:   "Fondazione Onde Chiare e dall'Associazione Pescatori Uniti",
			want: []ListItem{org("Fondazione Onde Chiare"), org("Associazione Pescatori Uniti")},
		},
		{
			name: "an acronym that spells a name with and inside keeps it whole",
			in:   "la FAO y la Comisión Centroamericana de Ambiente y Desarrollo (CCAD)",
			want: []ListItem{org("FAO"), org("Comisión Centroamericana de Ambiente y Desarrollo")},
		},
		{
			name: "an article said again before a word for a body sets unknown bodies apart",
			in:   "la Universidad Agraria del Valle y la Fundación Surco",
			want: []ListItem{org("Universidad Agraria del Valle"), org("Fundación Surco")},
		},
		{
			name: "an article, then capitalised words with a word for a body, sets a body apart after a known one",
			in:   "UNODC and the Trieste Institute for Court Interpreting",
			want: []ListItem{org("UNODC"), org("Trieste Institute for Court Interpreting")},
		},
		{
			name: "an elided article before a word for a body sets it apart",
			in:   "l'ONUDC et l'Institut national de la statistique",
			want: []ListItem{org("ONUDC"), org("Institut national de la statistique")},
		},
		{
			name: "an article after and before no word for a body keeps the name whole",
			in:   "Ministerio de Agricultura y la Pesca Artesanal",
			want: []ListItem{org("Ministerio de Agricultura y la Pesca Artesanal")},
		},
		{
			name: "a word that is by in one language and of in another keeps the name whole",
			in:   "Instituto da Cooperação e da Língua",
			want: []ListItem{org("Instituto da Cooperação e da Língua")},
		},
		{
			name: "one body's name with and inside stays whole",
			in:   "Ministerio de Justicia y Derechos Humanos",
			want: []ListItem{org("Ministerio de Justicia y Derechos Humanos")},
		},
		{
			name: "a word cut short on a hyphen shares the next word's end",
			in:   "de Voedsel- en Landbouworganisatie van de Verenigde Naties (FAO), de Pan-Amerikaanse Gezondheidsorganisatie",
			want: []ListItem{org("de Voedsel- en Landbouworganisatie van de Verenigde Naties"), org("de Pan-Amerikaanse Gezondheidsorganisatie")},
		},
		{
			name: "the word for by said again before the last member",
			in:   "Noruega e pela Suécia",
			want: []ListItem{country("Noruega", "NO"), country("Suécia", "SE")},
		},
		{
			// The same after a comma.
			in:   "Alemanha, pelos Países Baixos e pela Noruega",
			want: []ListItem{country("Alemanha", "DE"), country("Países Baixos", "NL"), country("Noruega", "NO")},
		},
		{
			name: "the word for by elided before the last member",
			in:   "UNODC e dall'OMS",
			want: []ListItem{org("UNODC"), org("OMS")},
		},
		{
			name: "the sentence going on after the list",
			in:   "l'Union européenne et l'Allemagne et mis en œuvre par Expertise France",
			want: []ListItem{org("l'Union européenne"), country("l'Allemagne", "DE")},
		},
		{
			name: "an aside between the last conjunction and the last member",
			in:   "Canada, Spain and, for the first time, the European Union",
			want: []ListItem{country("Canada", "CA"), country("Spain", "ES"), org("the European Union")},
		},
		{
			name: "an aside of a date in Spanish",
			in:   "Suiza, Noruega y, desde 2024, Canadá",
			want: []ListItem{country("Suiza", "CH"), country("Noruega", "NO"), country("Canadá", "CA")},
		},
		{
			name: "an aside between dashes",
			in:   "Peru, Bolivia en – sinds januari 2026 – Ecuador",
			want: []ListItem{country("Peru", "PE"), country("Bolivia", "BO"), country("Ecuador", "EC")},
		},
		{
			name: "a member in capitals after the conjunction's comma is no aside",
			in:   "Canada, Spain and, Norway",
			want: []ListItem{country("Canada", "CA"), country("Spain", "ES"), country("Norway", "NO")},
		},
		{
			name: "countries with their shares, set apart by middle dots",
			in:   "Guatemala (20 %) · Honduras (20%) · Trinité-et-Tobago (15 %)",
			want: []ListItem{country("Guatemala", "GT"), country("Honduras", "HN"), country("Trinité-et-Tobago", "TT")},
		},
		{
			name: "countries with their shares bare, a line each (an IATI page's recipients)",
			in:   "Ghana 25%\nNigeria 25 %\nKaapverdië 15%",
			want: []ListItem{country("Ghana", "GH"), country("Nigeria", "NG"), country("Kaapverdië", "CV")},
		},
		{
			name: "gfce target countries",
			in:   "Argentina, Chile, Colombia, Costa Rica, Dominican Republic, Jordan, Mexico, Panama, Paraguay and Peru, ECOWAS region",
			want: []ListItem{
				country("Argentina", "AR"), country("Chile", "CL"), country("Colombia", "CO"),
				country("Costa Rica", "CR"), country("Dominican Republic", "DO"), country("Jordan", "JO"),
				country("Mexico", "MX"), country("Panama", "PA"), country("Paraguay", "PY"),
				country("Peru", "PE"), region("ECOWAS region"),
			},
		},
		{
			name: "summary funders",
			in:   "Estonia, Hungary, Japan, Monaco, Netherlands, Romania, Slovakia, United Kingdom, USA",
			want: []ListItem{
				country("Estonia", "EE"), country("Hungary", "HU"), country("Japan", "JP"),
				country("Monaco", "MC"), country("Netherlands", "NL"), country("Romania", "RO"),
				country("Slovakia", "SK"), country("United Kingdom", "GB"), country("USA", "US"),
			},
		},
		{
			name: "brochure donors",
			in:   "Canada, France, Iceland, Italy, Hungary, Japan, Malta, Netherlands, United Kingdom, USA.",
			want: []ListItem{
				country("Canada", "CA"), country("France", "FR"), country("Iceland", "IS"),
				country("Italy", "IT"), country("Hungary", "HU"), country("Japan", "JP"),
				country("Malta", "MT"), country("Netherlands", "NL"), country("United Kingdom", "GB"),
				country("USA", "US"),
			},
		},
		{
			name: "brochure caribbean",
			in:   "Barbados, Guyana, Jamaica, Montserrat, Saint Lucia, Trinidad and Tobago, Suriname",
			want: []ListItem{
				country("Barbados", "BB"), country("Guyana", "GY"), country("Jamaica", "JM"),
				country("Montserrat", "MS"), country("Saint Lucia", "LC"),
				country("Trinidad and Tobago", "TT"), country("Suriname", "SR"),
			},
		},
		{
			name: "names with and stay whole",
			in:   "Antigua and Barbuda, Bosnia and Herzegovina and Saint Kitts and Nevis",
			want: []ListItem{
				country("Antigua and Barbuda", "AG"), country("Bosnia and Herzegovina", "BA"),
				country("Saint Kitts and Nevis", "KN"),
			},
		},
		{
			name: "last member joined by and",
			in:   "Canada, France and Microsoft",
			want: []ListItem{country("Canada", "CA"), country("France", "FR"), org("Microsoft")},
		},
		{
			name: "oxford comma and french et",
			in:   "Japan, Mexico, and Panama; Canada et France",
			want: []ListItem{
				country("Japan", "JP"), country("Mexico", "MX"), country("Panama", "PA"),
				country("Canada", "CA"), country("France", "FR"),
			},
		},
		{
			name: "regions",
			in:   "Latin America and the Caribbean, Africa and Asia-Pacific",
			want: []ListItem{region("Latin America and the Caribbean"), region("Africa"), region("Asia-Pacific")},
		},
		{
			name: "commas inside parentheses",
			in:   "Council of Europe (CoE, Strasbourg), Microsoft",
			want: []ListItem{org("Council of Europe (CoE, Strasbourg)"), org("Microsoft")},
		},
		{
			name: "bullets and new lines",
			in:   "• Benin\n• Cameroon\n• Gambia",
			want: []ListItem{country("Benin", "BJ"), country("Cameroon", "CM"), country("Gambia", "GM")},
		},
		{
			name: "empty",
			in:   " , ;",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, SplitList(tt.in)); diff != "" {
				t.Errorf("SplitList(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSplitList_AWordForRegionAloneIsNoRegion: a portal's scope "Regional"
// names no region; "ECOWAS region" and the lexicon's regions do.
func TestSplitList_AWordForRegionAloneIsNoRegion(t *testing.T) {
	for s, want := range map[string]bool{
		"Regional": false, "regions": false, "ECOWAS region": true, "Lower Mekong": true, "Balcani occidentali": true,
	} {
		if got := isRegion(s); got != want {
			t.Errorf("isRegion(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSplitList_CountryWithNote: a country with a note in brackets after
// it is that country ("Perú (Regional Andino)"), unless the brackets are
// part of its name ("Congo (Democratic Republic)").
func TestSplitList_CountryWithNote(t *testing.T) {
	got := SplitList("Bolivia, Perú (Regional Andino), Congo (Democratic Republic)")
	var codes []string
	for _, it := range got {
		codes = append(codes, it.Country)
	}
	if want := []string{"BO", "PE", "CD"}; !slices.Equal(codes, want) {
		t.Errorf("countries %q, want %q (%+v)", codes, want, got)
	}
	// Joined by a conjunction, each with its towns or provinces in
	// brackets: two countries, not one unknown body.
	for s, want := range map[string][]string{
		"Burkina Faso and Niger (Ouagadougou, Niamey)":         {"BF", "NE"},
		"Ethiopië (Afar, Somali) en Kenia (Turkana, Marsabit)": {"ET", "KE"},
	} {
		codes = nil
		for _, it := range SplitList(s) {
			codes = append(codes, it.Country)
		}
		if !slices.Equal(codes, want) {
			t.Errorf("SplitList(%q) countries %q, want %q", s, codes, want)
		}
	}
}

// TestSplitList_ScopeBeforeAColon: a portal's scope, a colon, then its
// countries ("Regional: Bolivia, Colombia, Ecuador, Perú"): the first
// member is Bolivia, no region "Regional: Bolivia".
func TestSplitList_ScopeBeforeAColon(t *testing.T) {
	var got []string
	for _, it := range SplitList("Regional: Bolivia, Colombia, Ecuador, Perú") {
		got = append(got, it.Kind+":"+it.Country)
	}
	want := []string{KindCountry + ":BO", KindCountry + ":CO", KindCountry + ":EC", KindCountry + ":PE"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("SplitList = %v, want %v", got, want)
	}
}

// TestSpelledTail holds names that end on an acronym in brackets, and the
// word where the run it spells begins, as a reader matches the letters.
func TestSpelledTail(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Comisión Centroamericana de Ambiente y Desarrollo (CCAD)", 0},
		{"la Comisión Centroamericana de Ambiente y Desarrollo (CCAD)", 0},
		{"la FAO y la Comisión Centroamericana de Ambiente y Desarrollo (CCAD)", 3},
		{"Caribbean Centre for Renewable Energy and Energy Efficiency (CCREEE)", 0},
		// Letters that spell no run of the name's words.
		{"Comisión Centroamericana de Ambiente (XYZ)", -1},
		{"Germany (BMZ)", -1},
		{"no bracket", -1},
	} {
		if got := SpelledTail(c.in); got != c.want {
			t.Errorf("SpelledTail(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
