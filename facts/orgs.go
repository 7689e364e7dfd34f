package facts

import (
	"slices"
	"strings"
	"sync"

	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// Sources name an organisation with the unit or place that acts for it:
// "Council of Europe – Cybercrime Programme Office", "Europarat (C-PROC,
// Bukarest)", "Bureau du programme sur la cybercriminalité du Conseil de
// l'Europe", "la coopération allemande (GIZ)". For donors and implementers
// the organisation is what counts; orgOf finds the one dossier knows.

// orgHeadEnd returns where the head of a name ends, before the spaces
// that stand before a bracket, a dash set apart by spaces, a comma or a
// slash ("UNODC (Vienna)", "UNDP – Country Office"), or -1 where none
// stands. (A scan, not a regular expression: a pattern opening on spaces
// is tried at every byte.)
func orgHeadEnd(t string) int {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '(' || c == ',' || c == '/':
			return spacesBefore(t, i)
		case asciiSpace(c):
			// " – ", " — ", " - ": a dash between two spaces.
			rest := t[i+1:]
			for _, d := range []string{"–", "—", "-"} {
				if strings.HasPrefix(rest, d) && len(rest) > len(d) && asciiSpace(rest[len(d)]) {
					return spacesBefore(t, i)
				}
			}
		}
	}
	return -1
}

// spacesBefore returns where the run of spaces that ends at i starts.
func spacesBefore(t string, i int) int {
	for i > 0 && asciiSpace(t[i-1]) {
		i--
	}
	return i
}

// asciiSpace reports the spaces regexp's \s matches.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// orgOf returns the organisation text names and whether dossier knows it
// (a country, an organisation of the lexicon or of normalize's acronym
// table). An unknown name comes back as normalize.OrganisationName gives
// it.
func orgOf(text string) (string, bool) {
	t := collapse(text)
	if c, ok := normalize.KnownOrganisation(t); ok {
		// "C-PROC" is known as the Cybercrime Programme Office of the
		// Council of Europe: a unit, whose organisation counts.
		if org, ok := unitOf(c); ok {
			return org, true
		}
		return c, true
	}
	// A known organisation first, its unit or place after it.
	if end := orgHeadEnd(t); end > 0 {
		if c, ok := normalize.KnownOrganisation(t[:end]); ok {
			return c, true
		}
	}
	// "het Zweedse ministerie van Buitenlandse Zaken": a state's body
	// named by its adjective of nationality, the whole text, is that
	// state's, not a unit of the body its last words name elsewhere
	// ("Buitenlandse Zaken" alone is the Dutch ministry).
	// (A state's agency so named, "l'Agence luxembourgeoise" beside
	// LuxDev, describes a body; a ministry or a government is the state.
	// The mentions serve the test of one known body further down too.)
	mentions := orgMentions(t)
	if len(mentions) == 1 && isCountry(mentions[0].name) && strings.TrimSpace(stripLeadingArticle(t[:mentions[0].start])) == "" && strings.Trim(t[mentions[0].end:], " .,;") == "" && slices.ContainsFunc(strings.Fields(lexicon.Fold(t)), stateBodyWord) {
		return mentions[0].name, true
	}
	// A unit of a known organisation: "… Office of the Council of Europe",
	// "… du Conseil de l'Europe".
	if c, ok := unitOf(t); ok {
		return c, true
	}
	// An acronym in brackets that dossier knows: "la coopération allemande
	// (GIZ)".
	for _, m := range parenthetical.FindAllStringSubmatch(t, -1) {
		for _, part := range strings.Split(m[1], ",") {
			if c, ok := normalize.KnownOrganisation(strings.TrimSpace(part)); ok && !isCountry(part) {
				return c, true
			}
		}
	}
	// "the Brussels-based World Customs Organization", "Spain's FIIAPP
	// foundation", "the WCO's Capacity Building Directorate".
	if strings.Contains(t, "-based ") || strings.Contains(t, "'s ") || strings.Contains(t, "’s ") {
		if c := normalize.OrganisationName(t); c != t {
			if k, ok := normalize.KnownOrganisation(c); ok {
				return k, true
			}
		}
	}
	// "Germany's Federal Foreign Office": a country's body.
	if i := indexApostrophe(t); i > 0 && strings.HasPrefix(t[i+len(string([]rune(t[i:])[0])):], "s ") && isCountry(t[:i]) {
		return countryName(t[:i]), true
	}
	// "German development agency GIZ", "UNDP under the direct
	// implementation modality": one organisation dossier knows among
	// words that describe it.
	var known []orgMention
	for _, o := range mentions {
		if !isCountry(o.name) {
			known = append(known, o)
		}
	}
	if len(known) == 1 {
		return known[0].name, true
	}
	// "l'institut hydrologique danois DHIX", "the Dutch weather institute
	// KNMI": a description in small letters around a word for a body,
	// then the body's acronym.
	if acr := acronymAfterDescription(t); acr != "" {
		return acr, false
	}
	// "FIIAPP (Madrid)", "FIIAPP (Spain)": a place in brackets after an
	// unknown name; "Fundación … (FIIAPP)": its acronym, the shorter
	// name sources use.
	if m := nameWithParens.FindStringSubmatch(t); m != nil {
		head, inner := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
		switch {
		case isCountry(inner) || len(strings.Fields(inner)) == 1 && startsUpper(inner) && !acronymLike(inner) && strings.ToUpper(inner) != inner:
			return normalize.OrganisationName(head), false
		case normalize.Acronym(t) == inner && len(strings.Fields(head)) >= 3:
			return inner, false
		case bracketOfNotes(inner):
			return normalize.OrganisationName(head), false
		case strings.Contains(inner, ","):
			// "Centre Régional de Suivi du Littoral (CRSL, Dakar)": the
			// body's acronym, then where it sits.
			// (normalize.Acronym of a word is the word where it is
			// written as an acronym.)
			acr, where, _ := strings.Cut(inner, ",")
			if acr = strings.TrimSpace(acr); acr != "" && normalize.Acronym(acr) == acr && len(strings.Fields(head)) >= 3 && placesOnly(where) {
				return acr, false
			}
		}
	}
	return normalize.OrganisationName(t), false
}

// placesOnly reports text that is towns and countries set apart by
// commas: "Dakar", "Accra, Ghana".
func placesOnly(text string) bool {
	for _, p := range strings.Split(text, ",") {
		p = strings.TrimSpace(p)
		if !isCountry(p) && !townLike(p) {
			return false
		}
	}
	return true
}

// bracketOfNotes reports a bracket after a body's name that says what
// kind of body it is and where it sits, parts set apart by commas: "(ONG,
// Senegal)", "(NGO, Nairobi)".
func bracketOfNotes(inner string) bool {
	parts := strings.Split(inner, ",")
	if len(parts) < 2 {
		return nationalDescriptor(inner)
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		f := lexicon.Fold(p)
		switch {
		case isCountry(p), descriptorWords()[f]:
		case len(strings.Fields(p)) == 1 && startsUpper(p) && strings.ToUpper(p) != p:
		default:
			return false
		}
	}
	return true
}

// nationalDescriptor reports a note that says what kind of body a name
// is and of which country, in the lexicon's words: "Italian NGO", "ONG
// italienne", "organizzazione non governativa italiana".
func nationalDescriptor(note string) bool {
	ws := strings.Fields(lexicon.Fold(note))
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	nat, kind := false, false
	for i := 0; i < len(ws); i++ {
		if _, ok := nationalities()[ws[i]]; ok {
			nat = true
			continue
		}
		// (A descriptor of several words: "non-governmental
		// organisation", "organización no gubernamental".)
		found := false
		for n := min(4, len(ws)-i); n >= 1; n-- {
			if descriptorWords()[strings.Join(ws[i:i+n], " ")] {
				kind, found, i = true, true, i+n-1
				break
			}
		}
		if !found {
			return false
		}
	}
	return nat && kind
}

// acronymAfterDescription returns the acronym that ends t after words in
// small letters (an article, adjectives) among which is a word for a
// body, or "".
func acronymAfterDescription(t string) string {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 6 {
		return ""
	}
	last := strings.Trim(ws[len(ws)-1], ",;:.")
	if !acronymLike(last) || strings.ToUpper(last) != last || !distinctive(last) {
		return ""
	}
	body := false
	for _, w := range ws[:len(ws)-1] {
		f := lexicon.Fold(w)
		if orgWords()[lastFoldedWord(f)] { // ("l'institut")
			body = true
			continue
		}
		// (An adjective of nationality may be capitalised: "the Dutch
		// weather institute".)
		if _, nat := nationalities()[f]; !nat && strings.ToLower(w) != w {
			return ""
		}
	}
	if !body {
		return ""
	}
	return last
}

func isCountry(s string) bool {
	_, ok := normalize.CountryCode(strings.TrimSpace(s))
	return ok
}

// unitOf finds "UNIT of ORG" where UNIT has an organisation word of the
// lexicon ("office", "bureau", "Büro") and ORG is known, in the
// prepositions of the lexicon's languages.
func unitOf(t string) (string, bool) {
	words := strings.Fields(t)
	hasUnit := false
	for i, w := range words {
		f := lexicon.Fold(strings.Trim(w, "(),"))
		if orgWords()[f] {
			hasUnit = true
			continue
		}
		if !hasUnit || !ofWords()[f] || i+1 >= len(words) {
			continue
		}
		tail := strings.Join(words[i+1:], " ")
		// "Conseil de l'Europe (C-PROC)": the bracket is the unit's.
		if j := strings.Index(tail, " ("); j > 0 {
			tail = tail[:j]
		}
		if c, ok := normalize.KnownOrganisation(tail); ok {
			return c, true
		}
	}
	return "", false
}

// ofWords are the prepositions that join a unit to its organisation.
var ofWords = foldedSet("organisation", "of")

// nationalities maps the lexicon's adjectives of nationality, folded, to
// their country's code: "danois" DK, "deutsche" DE.
var nationalities = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, e := range lexicon.Entries() {
		if e.Section != "nationality" {
			continue
		}
		f := lexicon.Fold(e.Phrase)
		m[f] = e.Kind
		// German declines its adjectives: "österreichisch" is also
		// "vom österreichischen Außenministerium", "dem britischen
		// Ministerium", "des norwegischen Staates".
		if stem, ok := strings.CutSuffix(strings.TrimSuffix(f, "e"), "isch"); ok {
			for _, end := range []string{"isch", "ische", "ischen", "ischem", "ischer", "isches"} {
				if _, taken := m[stem+end]; !taken {
					m[stem+end] = e.Kind
				}
			}
		}
	}
	return m
})

// nationalBody returns the country a name's nationality adjective names
// when the name is a body of that country ("le ministère danois des
// Affaires étrangères", "la coopération allemande", "o Governo alemão",
// "Office fédéral des Affaires étrangères allemand"), or "".
func nationalBody(t string) string {
	words := strings.Fields(lexicon.Fold(t))
	if len(words) == 0 || len(words) > 10 {
		return ""
	}
	code, body := "", false
	for _, w := range words {
		if c, ok := nationalities()[w]; ok && code == "" {
			code = c
		}
		if orgWords()[w] || cooperationWords()[w] {
			body = true
		}
	}
	if code == "" || !body {
		return ""
	}
	return normalize.CountryName(code)
}

// cooperationWords holds the lexicon's organisation.cooperation words,
// folded: they name a country's aid as a body ("la coopération
// allemande", "la Cooperación Española").
var cooperationWords = foldedSet("organisation", "cooperation")

// donorOf is orgOf for a donor: a country's ministry or aid body gives as
// its country ("le ministère danois des Affaires étrangères", "la
// coopération allemande" are Denmark and Germany), where an implementer
// keeps its own name.
func donorOf(text string) (string, bool) {
	// "Allemagne – BMZ, via la GIZ": the giver stands before the body
	// its money goes through.
	if i, _, ok := findCue(text, "channel"); ok && strings.TrimSpace(strings.Trim(text[:i], " ,;–-")) != "" {
		text = strings.TrimSpace(strings.Trim(text[:i], " ,;–-"))
	}
	name, known := orgOf(text)
	if known {
		return name, true
	}
	if c := nationalBody(collapse(text)); c != "" {
		return c, true
	}
	if c := countryOfBody(collapse(text)); c != "" {
		return c, true
	}
	return name, false
}

// countryOfBody returns the country a giver's name names beside its body,
// where the body is that country's: "Norway (Ministry of Foreign
// Affairs)", "United Kingdom (Foreign, Commonwealth & Development
// Office)", "Ministry of Foreign Affairs, Norway", "Ministero degli Affari
// Esteri – Italia", "Ministry of Foreign Affairs (Netherlands)". A body
// named first must be a state's (the lexicon's organisation.state_body
// words: a ministry, a government), so that "Norwegian Refugee Council,
// Jordan" stays a council; a body in brackets after its country may be any.
// "" otherwise.
func countryOfBody(t string) string {
	// The country first, its body in brackets.
	if head, inner, ok := strings.Cut(t, " ("); ok && strings.HasSuffix(inner, ")") && isCountry(head) {
		if body := strings.TrimSuffix(inner, ")"); len(countriesIn(strings.Fields(body))) == 0 && bodyWords(body, true) {
			return countryName(head)
		}
	}
	// The body first, its country after a comma, a dash or in brackets.
	body, country := "", ""
	switch {
	case strings.HasSuffix(t, ")"):
		if i := strings.LastIndex(t, " ("); i > 0 {
			body, country = t[:i], strings.TrimSuffix(t[i+2:], ")")
		}
	default:
		for _, sep := range []string{", ", " – ", " — ", " - "} {
			if i := strings.LastIndex(t, sep); i > 0 {
				body, country = t[:i], t[i+len(sep):]
				break
			}
		}
	}
	if body == "" || !isCountry(country) || len(countriesIn(strings.Fields(body))) > 0 || !bodyWords(body, false) {
		return ""
	}
	// ("Cooperação Italiana (AICS) e Camões, I.P. (Portugal)": a list
	// whose last member sits in Portugal, not one body.)
	if strings.ContainsAny(body, "();") || nationalBody(body) != "" || len(orgMentions(body)) > 0 {
		return ""
	}
	return countryName(country)
}

// bodyWords reports a name that holds a word for a state's body (a
// ministry, a government) or, where any body will do, any word for one
// ("office", "agency").
func bodyWords(name string, anyBody bool) bool {
	for _, w := range strings.Fields(lexicon.Fold(name)) {
		w = strings.Trim(w, ",;:.()")
		if stateBodyWord(w) || anyBody && orgWords()[w] {
			return true
		}
	}
	return false
}

// countryName is the name dossier gives the country s names.
func countryName(s string) string {
	c, _ := normalize.CountryCode(strings.TrimSpace(s))
	return normalize.CountryName(c)
}

// seatedStateBody returns the country of a state's body named with its
// country and the town it sits in: "Embassy of the Kingdom of the
// Netherlands in Maputo", "Ambassade van het Koninkrijk der Nederlanden
// te Maputo", "Embaixada do Reino dos Países Baixos em Maputo". The
// country runs from after the body's word and its "of" to the longest
// words that name one; a small word and at most three capitalised ones
// (the town) may follow. "" otherwise.
func seatedStateBody(t string) string {
	ws := strings.Fields(t)
	if len(ws) < 3 || !stateBodyWord(lexicon.Fold(ws[0])) {
		return ""
	}
	n := 1
	for n < len(ws) && n < 3 && (ofWords()[lexicon.Fold(ws[n])] || articleWords()[lexicon.Fold(ws[n])]) {
		n++
	}
	if n == 1 {
		return ""
	}
	for end := len(ws); end > n; end-- {
		if !isCountry(strings.Join(ws[n:end], " ")) {
			continue
		}
		rest := ws[end:]
		if len(rest) == 0 {
			return countryName(strings.Join(ws[n:end], " "))
		}
		if len(rest) < 2 || len(rest) > 4 || !startsLower(rest[0]) {
			return ""
		}
		for _, w := range rest[1:] {
			if !startsUpper(w) {
				return ""
			}
		}
		return countryName(strings.Join(ws[n:end], " "))
	}
	return ""
}

// ministryCountry returns the country of a state's ministry whose name
// runs over commas up to its acronym, which its country follows
// ("Ministério Federal do Meio Ambiente, Proteção da Natureza, Segurança
// Nuclear e Proteção do Consumidor (BMUV) da Alemanha", "Ministry of
// Foreign Affairs, Trade and Development (DFATD) of Canada"): the commas
// are the ministry's portfolios, not a list of givers. "" otherwise.
func ministryCountry(t string) string {
	ws := strings.Fields(t)
	if len(ws) < 2 || !stateBodyWord(lexicon.Fold(ws[0])) {
		return ""
	}
	open := strings.Index(t, " (")
	if open < 0 || !strings.Contains(t[:open], ",") {
		return ""
	}
	closing := strings.Index(t[open:], ")")
	if closing < 0 {
		return ""
	}
	inner := t[open+2 : open+closing]
	if normalize.Acronym(inner) != inner {
		return ""
	}
	// Its portfolios name no other body and no country.
	name := strings.Fields(t[:open])
	if len(countriesIn(name)) > 0 || strings.ContainsAny(t[:open], ";") {
		return ""
	}
	for _, w := range name[1:] {
		if f := lexicon.Fold(strings.Trim(w, ",.")); orgWords()[f] || stateBodyWord(f) {
			return ""
		}
	}
	// Then "da Alemanha", "of Canada", "de la France", up to a comma.
	after := t[open+closing+1:]
	if i := strings.IndexAny(after, ",;"); i >= 0 {
		after = after[:i]
	}
	rest := strings.Fields(after)
	n := 0
	for n < len(rest) && n < 2 && (ofWords()[lexicon.Fold(rest[n])] || articleWords()[lexicon.Fold(rest[n])]) {
		n++
	}
	if n == 0 || n == len(rest) || !isCountry(strings.Join(rest[n:], " ")) {
		return ""
	}
	return countryName(strings.Join(rest[n:], " "))
}

// giverThenItsUnits returns the giver a funding value names before a
// dash, where what follows the dash is that giver's units: "European
// Union – European Commission, Directorate-General for International
// Partnerships" is the Union alone. Each unit is the same giver or holds
// a word for a body. "" otherwise.
func giverThenItsUnits(t string) string {
	head, tail, ok := strings.Cut(t, " – ")
	if !ok {
		return ""
	}
	giver, known := donorOf(head)
	if !known || strings.ContainsAny(head, ",;(") {
		return ""
	}
	for _, unit := range strings.Split(tail, ",") {
		unit = strings.TrimSpace(unit)
		if unit == "" {
			return ""
		}
		if same, ok := donorOf(unit); ok && same == giver {
			continue
		}
		if isCountry(unit) || !bodyWords(strings.ReplaceAll(unit, "-", " "), true) {
			return ""
		}
		if other, ok := donorOf(unit); ok && other != giver {
			return ""
		}
	}
	return head
}
