package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// area is a part of a country a project works in, as a label's value
// names it: "Puno" of "Regiones de Puno y Cusco (Perú)", with the
// country the bracket after it names ("PE"), if any.
type area struct {
	name, country string
}

// subnationalAreas reads a label's value that names the parts of
// countries a project works in ("Regiones de Puno y Cusco (Perú);
// departamento de Potosí (Bolivia)", "Kasungu and Mchinji districts,
// Central Region, Malawi"): each part's name, less the word for its kind
// of unit before it (subnational.unit, subnational.units: "Regiones de",
// "provincia di") or, plural, after a list of them ("Manica and Sofala
// provinces"), and the country a bracket after it names. A word for the
// unit or a country in brackets must say the names are such parts.
// Members that are countries or regions are left to the countries'
// reading. Any other member that is not such a name (a word in small
// letters, a figure, a colon, countries run together, a column's head)
// makes the value none: nil.
func subnationalAreas(value string) []area {
	value = countryLedSegments(value)
	if strings.ContainsAny(value, "0123456789%:/") {
		return nil
	}
	var out []area
	afterCountry, structured := false, false
	for _, part := range splitOutsideBrackets(value, ";,\n–—·") {
		if _, ok := normalize.CountryCode(part); ok {
			afterCountry = true
			continue
		}
		if !unitLed(part) && (regionItem(part) || regionBeside(part) != "") {
			afterCountry = false
			continue
		}
		// "Congo, Democratische Republiek": a country's name written
		// the other way round, no part of one.
		if afterCountry && !unitLed(part) && !strings.Contains(part, "(") {
			return nil
		}
		afterCountry = false
		country := ""
		if head, inner, ok := closingBracket(part); ok {
			part = strings.TrimSpace(head)
			inner = strings.TrimSpace(inner)
			if c, ok := normalize.CountryCode(inner); ok {
				country = c
				structured = true
			} else if unitLed(inner) && !strings.Contains(inner, ",") {
				// "Hawassa (regione Sidama)": a town, and the part of
				// the country it is in, which is the area.
				part = inner
			}
		}
		if strings.ContainsAny(part, "()[]") {
			return nil
		}
		ws := strings.Fields(part)
		// "Regiones de …", "provincia di …", "Départements de l'…".
		led := false
		for len(ws) > 1 && (areaUnits()[lexicon.Fold(ws[0])] || areaUnit()[lexicon.Fold(ws[0])]) {
			ws, led = ws[1:], true
		}
		// "Manica and Sofala provinces": a plural unit after the list.
		if n := len(ws); !led && n > 1 && areaUnits()[lexicon.Fold(ws[n-1])] {
			ws, led = ws[:n-1], true
		}
		structured = structured || led
		for _, name := range splitAreaNames(ws) {
			// ("Regional África Occidental", "Europe and Central Asia":
			// a scope, or regions the lexicon knows, are the
			// countries' reading's.)
			if !areaName(name) || projectQualifiers()[lexicon.Fold(name[0])] || regionLabel(strings.Join(name, " ")) {
				return nil
			}
			out = append(out, area{name: strings.Join(name, " "), country: country})
		}
	}
	// "Rotterdam" under "Locatie", "Manica; Sofala; Zambézia": names
	// with no word for a country's part and no country in brackets may
	// be towns, or anything a portal files under a place's label.
	if !structured {
		return nil
	}
	return out
}

// countryLedSegments writes each segment of value that opens on a
// country and a colon ("Cambodia: Battambang, Banteay Meanchey",
// "Bolivia: departamentos de La Paz y Santa Cruz · Paraguay: Departamento
// Central") as its names with the country in brackets after them, as
// subnationalAreas reads a country that says what its parts are. A
// segment runs to the next country and colon, whatever separates them
// (a line break, a semicolon, a dot, or a comma where the lines were
// joined); value comes back as it was where none opens so.
func countryLedSegments(value string) string {
	if !strings.Contains(value, ":") {
		return value
	}
	type head struct{ start, colon int }
	var heads []head
	for i := 0; i < len(value); i++ {
		if value[i] != ':' {
			continue
		}
		from := 0
		if j := strings.LastIndexAny(value[:i], ",;\n·"); j >= 0 {
			_, size := utf8.DecodeRuneInString(value[j:])
			from = j + size
		}
		// ("Chad::": a head opens after the colon before it, if any.)
		if n := len(heads); n > 0 && from <= heads[n-1].colon {
			continue
		}
		if _, ok := normalize.CountryCode(strings.TrimSpace(value[from:i])); ok {
			heads = append(heads, head{from, i})
		}
	}
	if len(heads) == 0 {
		return value
	}
	segs := []string{strings.TrimRight(strings.TrimSpace(value[:heads[0].start]), ",;·")}
	for k, h := range heads {
		end := len(value)
		if k+1 < len(heads) {
			end = heads[k+1].start
		}
		rest := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(value[h.colon+1:end]), ",;·"))
		if rest == "" {
			return value
		}
		segs = append(segs, rest+" ("+strings.TrimSpace(value[h.start:h.colon])+")")
	}
	if segs[0] == "" {
		segs = segs[1:]
	}
	return strings.Join(segs, "; ")
}

// splitAreaNames splits words at the lexicon's list.and words and drops
// the little words that open a member ("et du Littoral", "e di Kindia").
func splitAreaNames(ws []string) [][]string {
	var out [][]string
	var cur []string
	for _, w := range ws {
		if f := lexicon.Fold(w); listAnd()[f] && w == strings.ToLower(w) {
			out = append(out, cur)
			cur = nil
			continue
		}
		cur = append(cur, w)
	}
	out = append(out, cur)
	for i, name := range out {
		for len(name) > 1 && (ofWords()[lexicon.Fold(name[0])] || articleWords()[lexicon.Fold(name[0])]) && name[0] == strings.ToLower(name[0]) {
			name = name[1:]
		}
		// ("de l'Atlantique", "dell'Oriental": an elided article.)
		if len(name) > 0 {
			if j := indexApostrophe(name[0]); j > 0 && j <= 4 && strings.ToLower(name[0][:j]) == name[0][:j] {
				rest := name[0][j+len(string([]rune(name[0][j:])[0])):]
				if rest != "" {
					name = append([]string{rest}, name[1:]...)
				}
			}
		}
		out[i] = name
	}
	return out
}

// areaName reports words that read as a place's proper name: one to four
// words, the first capitalised, any other in small letters a little word
// ("Boucle du Mouhoun"), none a country or two countries' names, a body,
// a label, a column's head, nor a line in capitals.
func areaName(ws []string) bool {
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	name := strings.Join(ws, " ")
	if !startsUpper(name) || strings.ToUpper(name) == name {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if unicode.IsLower(r[0]) && !ofWords()[lexicon.Fold(w)] && !articleWords()[lexicon.Fold(w)] && !nameLittle()[lexicon.Fold(w)] {
			return false
		}
	}
	// (One country's name inside is the name's own: "Grande Comore".)
	if len(countriesIn(ws)) > 1 || isCountry(name) || orgName(name) || lookupLabel(name) != labelNone || columnWords()[lexicon.Fold(name)] {
		return false
	}
	return true
}

// areaUnit and areaUnits are the lexicon's words for a country's parts,
// singular and plural, folded: "province", "provinces".
var (
	areaUnit  = foldedSet("subnational", "unit")
	areaUnits = foldedSet("subnational", "units")
)

// labelNamesAreaUnit reports a label whose first word is a word for a
// country's parts ("Regiões de intervenção", "Districts", "Provincias
// beneficiarias").
func labelNamesAreaUnit(label string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(label), " ")
	f := lexicon.Fold(strings.TrimRight(first, ":"))
	return f != "" && (areaUnit()[f] || areaUnits()[f])
}

// areaNamesOnly returns the members of a list that are all names of
// places (capitalised, four words at most, no figure, no country, no
// region the lexicon knows), or nil where any member is none.
func areaNamesOnly(value string) []string {
	if strings.ContainsAny(value, "0123456789():") {
		return nil
	}
	var out []string
	for _, it := range normalize.SplitList(strings.TrimRight(value, ". ")) {
		t := strings.TrimSpace(it.Text)
		if t == "" || it.Country != "" || !startsUpper(t) || len(strings.Fields(t)) > 4 || regionItem(t) || regionBeside(t) != "" {
			return nil
		}
		for _, w := range strings.Fields(t) {
			if f := lexicon.Fold(w); !startsUpper(w) && !nameLittle()[f] && !ofWords()[f] {
				return nil
			}
		}
		out = append(out, t)
	}
	// ("Bafatá, Gabú e Oio": a list of three, its last two joined by
	// "e", which SplitList keeps whole when it stands alone.)
	if len(out) >= 1 {
		last := strings.Fields(out[len(out)-1])
		for i := 1; i+1 < len(last); i++ {
			if listAnd()[lexicon.Fold(last[i])] {
				out = append(out[:len(out)-1], strings.Join(last[:i], " "), strings.Join(last[i+1:], " "))
				break
			}
		}
	}
	return out
}

// unitLed reports a member that opens on a word for a country's part and
// names no region the lexicon knows: "Régions Analamanga et Atsinanana",
// not "Région des Grands Lacs".
func unitLed(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || regionLabel(s) {
		return false
	}
	f := lexicon.Fold(ws[0])
	return areaUnit()[f] || areaUnits()[f]
}
