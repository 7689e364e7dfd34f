package normalize

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dossier-dev/dossier/lexicon"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// otherLanguages are the languages whose country names CountryCode knows
// besides the codelist's English, in order of precedence when two
// countries' names collide.
var otherLanguages = []language.Tag{language.French, language.Spanish, language.German, language.Portuguese, language.Italian, language.Dutch}

// countryAliases are names the codelist cannot yield by rule: other names,
// old names and abbreviations. Everything else CountryCode knows is derived
// from the codelist's names.
var countryAliases = map[string]string{
	"uk": "GB", "great britain": "GB", "britain": "GB",
	"usa": "US", "us": "US", "america": "US",
	"russia": "RU", "syria": "SY", "laos": "LA", "lao pdr": "LA", "brunei": "BN",
	"south korea": "KR", "north korea": "KP", "dprk": "KP",
	"czech republic": "CZ", "turkey": "TR", "ivory coast": "CI", "cape verde": "CV",
	"swaziland": "SZ", "macedonia": "MK", "fyrom": "MK",
	// The Democratic Republic of the Congo as sources in other languages
	// write it (CLDR gives "Congo-Kinshasa").
	"republique democratique du congo": "CD", "rdc": "CD", "r d congo": "CD",
	"republica democratica del congo": "CD", "demokratische republik kongo": "CD",
	"repubblica democratica del congo": "CD", "republica democratica do congo": "CD",
	"democratische republiek congo": "CD", "republique du congo": "CG",
	// German dative plurals: "von den Niederlanden", "den Vereinigten Staaten".
	"niederlanden": "NL", "vereinigten staaten": "US", "vereinigten arabischen emiraten": "AE",
	// ... and the weak forms after an article: "das Vereinigte Königreich",
	// "dem Vereinigten Königreich", "des Vereinigten Königreichs".
	"vereinigte konigreich": "GB", "vereinigten konigreich": "GB", "vereinigten konigreichs": "GB",
	// The name North Macedonia had until 2019, in the languages sources use.
	"the former yugoslav republic of macedonia": "MK",
	"ex republique yougoslave de macedoine":     "MK", "ancienne republique yougoslave de macedoine": "MK",
	"antigua republica yugoslava de macedonia": "MK", "ehemalige jugoslawische republik mazedonien": "MK",
	"ex repubblica jugoslava di macedonia": "MK", "repubblica jugoslava di macedonia": "MK",
	"former yugoslav republic of macedonia": "MK", "holland": "NL", "burma": "MM",
	// Côte d'Ivoire by the names Spanish and German sources use (CLDR
	// writes the French name in both).
	"costa de marfil": "CI", "elfenbeinkuste": "CI",
	// Moldova by the short name German sources use beside CLDR's
	// "Republik Moldau".
	"moldau":     "MD",
	"east timor": "TL", "vatican": "VA", "vatican city": "VA", "drc": "CD", "dr congo": "CD",
	"congo kinshasa": "CD", "congo brazzaville": "CG", "uae": "AE", "kyrgyz republic": "KG",
	"slovak republic": "SK", "macau": "MO", "pitcairn islands": "PN",
	// Official names, as donors' and the UN's documents write them.
	"republique de coree": "KR", "republica de corea": "KR", "republica da coreia": "KR",
	"repubblica di corea": "KR", "republik korea": "KR", "republiek korea": "KR",
	"koninkrijk der nederlanden": "NL", "royaume des pays bas": "NL", "reino de los paises bajos": "NL",
	"reino dos paises baixos": "NL", "regno dei paesi bassi": "NL", "konigreich der niederlande": "NL",
	"kingdom of the netherlands": "NL",
	// States' own names on their letterheads.
	"republique francaise": "FR", "bundesrepublik deutschland": "DE", "repubblica italiana": "IT",
	"republica portuguesa": "PT", "confederation suisse": "CH",
	"republique italienne": "IT", "republica italiana": "IT", "italienische republik": "IT", "italiaanse republiek": "IT",
	"republique portugaise": "PT", "portugiesische republik": "PT", "republica francesa": "FR", "franzosische republik": "FR",
	"franse republiek": "FR", "repubblica francese": "FR", "repubblica portoghese": "PT", "schweizerische eidgenossenschaft": "CH",
	"confederazione svizzera": "CH", "republica federativa do brasil": "BR", "estados unidos mexicanos": "MX",
	// The United States and the United Kingdom by their long names, as
	// news in every language writes them ("Estados Unidos da América").
	"estados unidos da america": "US", "estados unidos de america": "US", "estados unidos de norteamerica": "US",
	"etats unis d amerique": "US", "stati uniti d america": "US", "vereinigte staaten von amerika": "US",
	"verenigde staten van amerika":                   "US",
	"reino unido da gra bretanha e irlanda do norte": "GB", "reino unido de gran bretana e irlanda del norte": "GB",
	"royaume uni de grande bretagne et d irlande du nord": "GB", "regno unito di gran bretagna e irlanda del nord": "GB",
	"vereinigtes konigreich grossbritannien und nordirland": "GB", "verenigd koninkrijk van groot brittannie en noord ierland": "GB",
	"united kingdom of great britain and northern ireland": "GB",
	// Names CLDR in golang.org/x/text does not have yet.
	"nordmazedonien": "MK", "north macedonia": "MK", "paises baixos": "NL", "pays bas": "NL",
	"macedoine du nord": "MK", "macedonia del norte": "MK", "macedonia do norte": "MK",
	"macedonia del nord": "MK", "noord macedonie": "MK",
	// Laos by its official name ("RDP lao" on French slides) and Viet Nam
	// as Portugal writes it.
	"rdp lao": "LA", "r d p lao": "LA", "republique democratique populaire lao": "LA",
	"republica democratica popular lao": "LA", "demokratische volksrepublik laos": "LA",
	"repubblica democratica popolare del laos": "LA", "vietname": "VN",
	// Names in common use beside CLDR's: "Kap Verde", "Republik Kongo".
	"kap verde": "CV", "kapverden": "CV", "cap vert": "CV", "kaapverdie": "CV",
	// Portugal's spellings beside Brazil's (CLDR's "pt"), and Burma in
	// Spanish and Portuguese.
	"benim": "BJ", "irao": "IR", "quirguizistao": "KG", "tajiquistao": "TJ", "usbequistao": "UZ",
	"essuatini": "SZ", "mauricia": "MU", "birmania": "MM", "mianmar": "MM", "bangladexe": "BD",
	"sri lanca": "LK", "palestina": "PS",
	"republik kongo": "CG", "republic of the congo": "CG",
	"republica del congo": "CG", "republica do congo": "CG", "repubblica del congo": "CG",
	"republiek congo": "CG",
}

// stateKinds are the words before a country's name in its official form,
// per language ("República de Madagáscar", "Union des Comores"). A
// newcomer adds a language's forms here.
var stateKinds = map[string][]string{
	"en": {"republic of", "republic of the", "union of the", "kingdom of", "kingdom of the", "state of", "federal republic of"},
	"fr": {"république de", "république du", "république d'", "république des", "union des", "royaume du", "royaume de", "royaume d'", "état de", "république fédérale de", "république fédérale du"},
	"es": {"república de", "república del", "república de las", "república de los", "unión de las", "reino de", "reino del", "estado de", "república federal de"},
	"pt": {"república de", "república do", "república da", "república dos", "união das", "união dos", "reino de", "reino do", "reino da", "estado de", "estado do", "república federal da", "república federal do"},
	"it": {"repubblica di", "repubblica del", "repubblica della", "repubblica dello", "repubblica dell'", "unione delle", "regno del", "regno di", "stato di", "repubblica federale di"},
	"de": {"republik", "königreich", "staat", "union der", "bundesrepublik"},
	"nl": {"republiek", "koninkrijk", "staat", "unie der", "bondsrepubliek"},
}

// officialFormExcluded are countries whose official forms name another
// state or are ambiguous: "Republic of China" is Taiwan, the two Congos
// and the two Koreas differ by the words before their names.
var officialFormExcluded = map[string]bool{"CN": true, "TW": true, "CG": true, "CD": true, "KR": true, "KP": true}

// countryNameOverrides are canonical names the rules would not give: the
// short name in common use, or, for the Koreas, the names donors and the
// UN use, since "South Korea" as a donor reads as a newspaper's.
var countryNameOverrides = map[string]string{
	"KR": "Republic of Korea", "KP": "Democratic People's Republic of Korea", "RU": "Russia", "SY": "Syria", "LA": "Laos",
	"BN": "Brunei", "VN": "Vietnam",
}

var (
	bracketRe   = regexp.MustCompile(`\s*\[([^\]]*)\]`)
	parenNameRe = regexp.MustCompile(`^(.*?)\s*\(([^)]*)\)$`)
	unitedRe    = regexp.MustCompile(`^(United \S+) of .+$`)
)

// countryIndex is what CountryCode and CountryName look up, built once from
// the embedded codelist.
type countryIndex struct {
	byKey map[string]string
	names map[string]string
	codes []string
}

// nameVariant is one way of writing a country's name, with its rank: lower
// ranks win when two countries share a name, and a tie leaves the name to
// neither ("Virgin Islands").
type nameVariant struct {
	name string
	rank int
	// tie breaks a tie in rank: the shorter official qualifier wins, so
	// "Korea" is the Republic of Korea.
	tie int
}

var countries = sync.OnceValue(func() *countryIndex {
	items := mustCodelist(countryXML, "Country")
	ix := &countryIndex{byKey: map[string]string{}, names: map[string]string{}}
	variants := map[string][]nameVariant{}
	bases := map[string][]string{} // short name → codes that shorten to it
	for _, it := range items {
		ix.codes = append(ix.codes, it.Code)
		vs := codelistVariants(it.Name)
		variants[it.Code] = vs
		base := countryKey(shortName(it.Name))
		bases[base] = append(bases[base], it.Code)
	}
	// Canonical names: the short name, unless another country shares it.
	for _, it := range items {
		name := shortName(it.Name)
		if len(bases[countryKey(name)]) > 1 {
			name = qualifiedName(it.Name)
		}
		if o, ok := countryNameOverrides[it.Code]; ok {
			name = o
		}
		ix.names[it.Code] = name
	}

	type entry struct {
		code      string
		rank, tie int
		ambiguous bool
	}
	best := map[string]entry{}
	add := func(key, code string, rank, tie int) {
		if key == "" {
			return
		}
		e, ok := best[key]
		switch {
		case !ok || rank < e.rank || (rank == e.rank && tie < e.tie):
			best[key] = entry{code: code, rank: rank, tie: tie}
		case e.code != code && rank == e.rank && tie == e.tie:
			e.ambiguous = true
			best[key] = e
		}
	}
	for _, code := range ix.codes {
		add(countryKey(ix.names[code]), code, -2, 0)
	}
	for alias, code := range countryAliases {
		add(countryKey(alias), code, -1, 0)
	}
	for _, code := range ix.codes {
		for _, v := range variants[code] {
			key := countryKey(v.name)
			add(key, code, v.rank, v.tie)
			add(strings.ReplaceAll(key, " ", ""), code, v.rank+5, v.tie)
		}
	}
	// Names in the other languages sources are written in, from CLDR
	// through golang.org/x/text: "Allemagne", "Marruecos", "Aserbaidschan".
	for i, tag := range otherLanguages {
		names := display.Regions(tag)
		for _, code := range ix.codes {
			r, err := language.ParseRegion(code)
			if err != nil {
				continue
			}
			if n := names.Name(r); n != "" {
				add(countryKey(n), code, 10+i, 0)
				add(strings.ReplaceAll(countryKey(n), " ", ""), code, 15+i, 0)
			}
		}
	}
	// A state by its official form, the name after the words of its
	// kind of state: "República de Madagáscar", "União das Comores",
	// "Republic of Kenya". Only after every plain name, so never over
	// one.
	for i, lang := range append([]language.Tag{language.English}, otherLanguages...) {
		names := display.Regions(lang)
		for _, code := range ix.codes {
			if officialFormExcluded[code] {
				continue
			}
			var forms []string
			if lang == language.English {
				forms = append(forms, ix.names[code])
			} else if r, err := language.ParseRegion(code); err == nil {
				forms = append(forms, names.Name(r))
			}
			for _, n := range forms {
				if n == "" {
					continue
				}
				for _, kind := range stateKinds[lang.String()] {
					add(countryKey(kind+" "+n), code, 30+i, 0)
				}
			}
		}
	}
	for key, e := range best {
		if !e.ambiguous {
			ix.byKey[key] = e.code
		}
	}
	return ix
})

// codelistVariants derives the ways of writing a country from its codelist
// name: "Bolivia (Plurinational State of)" gives "Bolivia" and
// "Plurinational State of Bolivia"; "Gambia (the)" gives "Gambia"; "United
// States of America (the)" gives "United States"; "Tanzania, the United
// Republic of" gives "Tanzania" and "United Republic of Tanzania".
func codelistVariants(name string) []nameVariant {
	var out []nameVariant
	if m := bracketRe.FindStringSubmatch(name); m != nil {
		out = append(out, nameVariant{name: m[1], rank: 1})
		name = bracketRe.ReplaceAllString(name, "")
	}
	out = append(out, nameVariant{name: name, rank: 0})
	base, qual := splitQualifier(name)
	switch {
	case qual == "":
	case strings.EqualFold(qual, "the"):
		out = append(out, nameVariant{name: base, rank: 0})
	case officialQualifier(qual):
		out = append(out,
			nameVariant{name: qual + " " + base, rank: 0},
			nameVariant{name: base, rank: 2, tie: len(qual)})
	default:
		// "Virgin Islands (British)": the bare base is left to neither
		// when two countries share it.
		out = append(out,
			nameVariant{name: qual + " " + base, rank: 1},
			nameVariant{name: base, rank: 2})
	}
	if m := unitedRe.FindStringSubmatch(base); m != nil {
		out = append(out, nameVariant{name: m[1], rank: 1})
	}
	if before, _, ok := strings.Cut(base, ","); ok {
		out = append(out, nameVariant{name: before, rank: 3})
	}
	return out
}

// splitQualifier splits "Congo (the Democratic Republic of the)" into
// "Congo" and "the Democratic Republic of the", and "Palestine, State of"
// into "Palestine" and "State of".
func splitQualifier(name string) (base, qual string) {
	if m := parenNameRe.FindStringSubmatch(name); m != nil {
		return m[1], m[2]
	}
	if before, after, ok := strings.Cut(name, ", "); ok && officialQualifier(after) {
		return before, after
	}
	return name, ""
}

// officialQualifier reports whether q is the official part of a name that
// goes before the short name: "Plurinational State of", "the Republic of".
func officialQualifier(q string) bool {
	return strings.HasSuffix(q, " of") || strings.HasSuffix(q, " of the")
}

// shortName is the codelist name without "(the)", official qualifiers and
// the long part of "United … of …".
func shortName(name string) string {
	name = bracketRe.ReplaceAllString(name, "")
	base, _ := splitQualifier(name)
	if m := unitedRe.FindStringSubmatch(base); m != nil {
		base = m[1]
	}
	return base
}

// qualifiedName is the name with its qualifier in front, for a short name
// two countries share: "Democratic Republic of the Congo", "British Virgin
// Islands".
func qualifiedName(name string) string {
	name = bracketRe.ReplaceAllString(name, "")
	base, qual := splitQualifier(name)
	if qual == "" || strings.EqualFold(qual, "the") {
		return base
	}
	qual = strings.TrimPrefix(qual, "the ")
	return qual + " " + base
}

// countryKey is the form country names are compared in: folded, words of
// letters and digits only, "St" read as "Saint", spelled-out initials
// joined ("U.S.A." is "usa"), without a leading "the".
func countryKey(s string) string {
	f := strings.ReplaceAll(fold(s), "&", " and ")
	words := strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := make([]string, 0, len(words))
	for k := 0; k < len(words); k++ {
		w := words[k]
		if len(w) == 1 && k+1 < len(words) && len(words[k+1]) == 1 {
			var initials strings.Builder
			initials.WriteString(w)
			for k+1 < len(words) && len(words[k+1]) == 1 {
				initials.WriteString(words[k+1])
				k++
			}
			w = initials.String()
		}
		switch w {
		case "st":
			w = "saint"
		case "ste":
			w = "sainte"
		}
		out = append(out, w)
	}
	for len(out) > 0 && out[0] == "the" {
		out = out[1:]
	}
	return strings.Join(out, " ")
}

// countryPrefixes are the folded words that may stand before a country's
// name without being part of it, longest first: the lexicon's
// "country.prefix" ("Government of", "Royaume du", "Königreich") and
// "article.word" entries ("le Bénin", "la Côte d'Ivoire") of every language.
//
// They are held by their first word, longest first: a key is compared
// only with the prefixes its first word opens.
var countryPrefixes = sync.OnceValue(func() map[string][]string {
	var all []string
	for _, section := range [][2]string{{"country", "prefix"}, {"article", "word"}} {
		for _, p := range lexicon.Phrases(section[0], section[1]) {
			if k := countryKey(p); k != "" {
				all = append(all, k+" ")
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
	out := map[string][]string{}
	for _, p := range all {
		first, _, _ := strings.Cut(p, " ")
		out[first] = append(out[first], p)
	}
	return out
})

// CountryCode returns the ISO 3166-1 alpha-2 code of a country name: the
// IATI codelist's names and the short forms derived from them by rule
// ("Bolivia", "Tanzania", "Netherlands", "Korea", "Viet Nam"/"Vietnam",
// "United Kingdom", "United States", "St Lucia"), plus a small alias table
// for names the codelist cannot yield ("UK", "USA", "Russia", "Ivory Coast",
// "Swaziland", "Turkey", "Czech Republic", "Holland", "Burma"). Case,
// diacritics and punctuation do not matter, and "the Government(s) of" is
// ignored. ok is false for anything that is not a country, such as "the
// Department of Justice of the Philippines".
func CountryCode(name string) (string, bool) {
	r := countryMemo.get(name, func(n string) found {
		code, ok := countryCode(n)
		return found{code, ok}
	})
	return r.value, r.ok
}

func countryCode(name string) (string, bool) {
	ix := countries()
	key := countryKey(name)
	if code, ok := ix.byKey[key]; ok {
		return code, true
	}
	whole := key
	// "the Government of the Republic of X": up to three prefixes.
	for range 3 {
		stripped := false
		first, _, _ := strings.Cut(key, " ")
		for _, p := range countryPrefixes()[first] {
			if rest, ok := strings.CutPrefix(key, p); ok {
				key, stripped = rest, true
				break
			}
		}
		if !stripped {
			break
		}
		if code, ok := ix.byKey[key]; ok {
			return code, true
		}
	}
	// "Albaniens", "Bosnien und Herzegowinas", "Serbiens": a German
	// genitive is the name and an "s".
	if k := whole; len(k) > 5 && strings.HasSuffix(k, "s") {
		if code, ok := ix.byKey[k[:len(k)-1]]; ok {
			return code, true
		}
	}
	// "BJ - Benin", "KE – Kenya": a code and its country's name, as IATI
	// portals list recipients; both must agree.
	// (The cheap test first: two capitals open the name.)
	if t := strings.TrimSpace(name); len(t) > 3 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' && t[1] <= 'Z' {
		if m := codeAndName.FindStringSubmatch(t); m != nil {
			if code, ok := ix.byKey[countryKey(m[2])]; ok && code == m[1] {
				return code, true
			}
		}
	}
	return "", false
}

// codeAndName is an alpha-2 code, a dash and a name.
var codeAndName = regexp.MustCompile(`^([A-Z]{2})\s*[-–—]\s*(\S.*)$`)

// CountryName returns the canonical English short name of an ISO 3166-1
// alpha-2 code: the codelist name without "(the)" and the official long
// parts ("GB" is "United Kingdom", "US" "United States", "BO" "Bolivia", "NL"
// "Netherlands"), with a few common names from a small table ("KR" is "South
// Korea", "RU" "Russia"). It returns "" for a code not in the codelist.
func CountryName(code string) string {
	return countries().names[strings.ToUpper(strings.TrimSpace(code))]
}

// CountryCodes returns the active codes of the embedded IATI Country
// codelist, in its order.
func CountryCodes() []string {
	return append([]string(nil), countries().codes...)
}

// CountryWord reports whether w is a word of some country's name in any
// language CountryCode knows ("Moldova", "Côte", "Dänemark"): a cheap test
// before trying a text's words as country names.
// A hyphenated name ("Timor-Leste", "Guiné-Bissau") is one word of text
// whose parts are the name's words.
func CountryWord(w string) bool {
	for _, k := range strings.Fields(countryKey(w)) {
		if countryWords()[k] || len(k) > 5 && strings.HasSuffix(k, "s") && countryWords()[k[:len(k)-1]] {
			return true
		}
	}
	return false
}

var countryWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for key := range countries().byKey {
		for _, w := range strings.Fields(key) {
			m[w] = true
		}
	}
	return m
})
