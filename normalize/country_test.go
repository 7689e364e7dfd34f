package normalize

import (
	"testing"
)

func TestCountryCode(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		// Portugal's spellings: "Benim", "Quirguizistão", "Maurícia".
		{"Benim", "BJ"},
		{"Quirguizistão", "KG"},
		{"Maurícia", "MU"},
		{"Birmania", "MM"},
		// The United States and the United Kingdom by their long names.
		{"Estados Unidos da América", "US"},
		{"États-Unis d'Amérique", "US"},
		{"Vereinigte Staaten von Amerika", "US"},
		{"Verenigde Staten van Amerika", "US"},
		{"Stati Uniti d'America", "US"},
		{"Reino Unido da Grã-Bretanha e Irlanda do Norte", "GB"},
		{"Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "GB"},
		// German genitives: "die Rechnungshöfe Albaniens, Serbiens".
		{"Albaniens", "AL"},
		{"Serbiens", "RS"},
		{"Bosnien und Herzegowinas", "BA"},
		{"Montenegros", "ME"},
		// Côte d'Ivoire in Spanish and German (CLDR has the French name).
		{"Costa de Marfil", "CI"},
		{"Elfenbeinküste", "CI"},
		// Laos by its official name's French short form; Viet Nam in
		// Portugal's spelling.
		{"RDP lao", "LA"},
		{"République démocratique populaire lao", "LA"},
		{"Vietname", "VN"},
		// A state's own name with its adjective, as a French
		// communiqué thanks its givers.
		{"la République italienne", "IT"},
		{"República Italiana", "IT"},
		{"der Elfenbeinküste", "CI"},
		{"United Kingdom", "GB"},
		{"UK", "GB"},
		{"U.K.", "GB"},
		{"Great Britain", "GB"},
		{"United Kingdom of Great Britain and Northern Ireland", "GB"},
		{"USA", "US"},
		{"U.S.A.", "US"},
		{"US", "US"},
		{"United States", "US"},
		{"United States of America", "US"},
		{"the United States of America", "US"},
		{"Russia", "RU"},
		{"Russian Federation", "RU"},
		{"Iran", "IR"},
		{"Islamic Republic of Iran", "IR"},
		{"Bolivia", "BO"},
		{"Plurinational State of Bolivia", "BO"},
		{"Venezuela", "VE"},
		{"Tanzania", "TZ"},
		{"United Republic of Tanzania", "TZ"},
		{"Vietnam", "VN"},
		{"Viet Nam", "VN"},
		{"Korea", "KR"},
		{"South Korea", "KR"},
		{"Republic of Korea", "KR"},
		{"République de Corée", "KR"},
		{"República da Coreia", "KR"},
		{"Koninkrijk der Nederlanden", "NL"},
		{"Kingdom of the Netherlands", "NL"},
		{"North Korea", "KP"},
		{"Czechia", "CZ"},
		{"Czech Republic", "CZ"},
		{"Türkiye", "TR"},
		{"Turkiye", "TR"},
		{"Turkey", "TR"},
		{"Moldova", "MD"},
		{"Republic of Moldova", "MD"},
		{"Moldau", "MD"},
		{"Côte d'Ivoire", "CI"},
		{"Cote d’Ivoire", "CI"},
		{"Ivory Coast", "CI"},
		{"Cabo Verde", "CV"},
		{"Cape Verde", "CV"},
		{"Gambia", "GM"},
		{"The Gambia", "GM"},
		{"Saint Lucia", "LC"},
		{"St Lucia", "LC"},
		{"St. Lucia", "LC"},
		{"Trinidad and Tobago", "TT"},
		{"Trinidad & Tobago", "TT"},
		{"Montserrat", "MS"},
		{"Philippines", "PH"},
		{"the Philippines", "PH"},
		{"Dominican Republic", "DO"},
		{"Macedonia", "MK"},
		{"ex Repubblica jugoslava di Macedonia", "MK"},
		{"République démocratique du Congo", "CD"},
		{"RDC", "CD"},
		{"l'ex-République yougoslave de Macédoine", "MK"},
		{"North Macedonia", "MK"},
		{"Macédoine du Nord", "MK"},
		{"Macedonia del Norte", "MK"},
		{"Noord-Macedonië", "MK"},
		{"Kap Verde", "CV"},
		{"Republik Kongo", "CG"},
		{"Eswatini", "SZ"},
		{"Swaziland", "SZ"},
		{"Laos", "LA"},
		{"Holland", "NL"},
		{"Netherlands", "NL"},
		{"The Netherlands", "NL"},
		{"Kingdom of the Netherlands", "NL"},
		{"Burma", "MM"},
		{"Palestine", "PS"},
		{"State of Palestine", "PS"},
		{"Micronesia", "FM"},
		{"Congo", "CG"},
		{"Democratic Republic of the Congo", "CD"},
		{"Bahamas", "BS"},
		{"British Virgin Islands", "VG"},
		{"U.S. Virgin Islands", "VI"},
		{"Antigua and Barbuda", "AG"},
		{"Bosnia and Herzegovina", "BA"},
		{"Saint Kitts and Nevis", "KN"},
		{"St Kitts and Nevis", "KN"},
		{"Falkland Islands", "FK"},
		{"Malvinas", "FK"},
		{"Federal Republic of Germany", "DE"},
		{"People's Republic of China", "CN"},
		{"Curacao", "CW"},
		{"CANADA", "CA"},
		{"  Japan  ", "JP"},
		// Governments stand for their countries.
		{"the Government of Canada", "CA"},
		{"Government of Japan", "JP"},
		{"Governments of Estonia", "EE"},
		{"Government of the Philippines", "PH"},
		{"Gouvernement du Canada", "CA"},
	}
	for _, tt := range tests {
		got, ok := CountryCode(tt.name)
		if !ok || got != tt.want {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestCountryCode_NotCountries(t *testing.T) {
	for _, name := range []string{
		"",
		"Department of Justice of the Philippines",
		"the Department of Justice of the Philippines",
		"Council of Europe",
		"European Union",
		"ECOWAS region",
		"Virgin Islands", // British or U.S.: the name alone does not say
		"Microsoft",
		"Government of",
		"Republic of",
		"GB", // codes are not names
	} {
		if got, ok := CountryCode(name); ok {
			t.Errorf("CountryCode(%q) = %q, want no country", name, got)
		}
	}
}

// TestCountryCode_OfficialForms: a state by the words of its kind of
// state before its name, in the lexicon's languages, as governments'
// pages and press releases write it (and as the text scanner of facts/
// finds it, from the same index).
func TestCountryCode_OfficialForms(t *testing.T) {
	for name, want := range map[string]string{
		"República de Madagáscar":          "MG",
		"União das Comores":                "KM",
		"Union of the Comoros":             "KM",
		"Republic of Kenya":                "KE",
		"République du Sénégal":            "SN",
		"République de Guinée":             "GN",
		"Royaume du Maroc":                 "MA",
		"Republik Mosambik":                "MZ",
		"Repubblica del Mozambico":         "MZ",
		"Republiek Kenia":                  "KE",
		"República del Ecuador":            "EC",
		"République démocratique du Congo": "CD",
	} {
		if got, ok := CountryCode(name); !ok || got != want {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct {
		code string
		want string
	}{
		{"GB", "United Kingdom"},
		{"US", "United States"},
		{"BO", "Bolivia"},
		{"KR", "Republic of Korea"},
		{"KP", "Democratic People's Republic of Korea"},
		{"RU", "Russia"},
		{"NL", "Netherlands"},
		{"CA", "Canada"},
		{"TZ", "Tanzania"},
		{"PS", "Palestine"},
		{"FK", "Falkland Islands"},
		{"CD", "Democratic Republic of the Congo"},
		{"CG", "Congo"},
		{"VG", "British Virgin Islands"},
		{"VI", "U.S. Virgin Islands"},
		{"CI", "Côte d'Ivoire"},
		{"TR", "Türkiye"},
		{"VN", "Vietnam"},
		{"SH", "Saint Helena, Ascension and Tristan da Cunha"},
		{"gb", "United Kingdom"},
		{"AN", ""}, // withdrawn from the codelist
		{"ZZ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CountryName(tt.code); got != tt.want {
			t.Errorf("CountryName(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestCountryCodes_RoundTrip checks every code of the codelist: its
// canonical name leads back to it.
func TestCountryCodes_RoundTrip(t *testing.T) {
	codes := CountryCodes()
	// xmllint --xpath 'count(//codelist-item[not(@status="withdrawn")])' codelists/Country.xml
	if len(codes) != 250 {
		t.Errorf("the Country codelist has %d active codes, want 250", len(codes))
	}
	for _, code := range codes {
		name := CountryName(code)
		if name == "" {
			t.Errorf("CountryName(%q) is empty", code)
			continue
		}
		if got, ok := CountryCode(name); !ok || got != code {
			t.Errorf("CountryCode(CountryName(%q) = %q) = %q, %v", code, name, got, ok)
		}
	}
}

// TestCountryCode_CodeAndName: IATI portals list recipients as a code and
// a name; both must name one country.
func TestCountryCode_CodeAndName(t *testing.T) {
	for in, want := range map[string]string{"BJ - Benin": "BJ", "KE – Kenya": "KE", "CI - Côte d'Ivoire": "CI", "FR - Benin": "", "XX - Atlantis": ""} {
		got, ok := CountryCode(in)
		if ok != (want != "") || got != want {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// A country's word is how a sentence is first tried for countries: a
// hyphenated name written as one word ("Timor-Leste", "Guiné-Bissau") is
// one, or a sentence that names only it gives no country at all.
func TestCountryWord(t *testing.T) {
	for _, w := range []string{"Moldova", "Côte", "Dänemark", "Timor-Leste", "Guiné-Bissau", "Guinea-Bissau", "Guinée-Bissau"} {
		if !CountryWord(w) {
			t.Errorf("CountryWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"Programme", "budget", "Scentline", "Jalal-Abad", ""} {
		if CountryWord(w) {
			t.Errorf("CountryWord(%q) = true, want false", w)
		}
	}
}
