package normalize

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/lexicon"
)

// List member kinds.
const (
	KindCountry      = "country"
	KindRegion       = "region"
	KindOrganisation = "organisation"
)

// ListItem is one member of an enumeration.
type ListItem struct {
	// Text is the member as written, trimmed, without a leading "the",
	// "Government(s) of" and a trailing "(ACRONYM)".
	Text string
	// Country is the member's ISO 3166-1 alpha-2 code if it is a country,
	// else "".
	Country string
	// Kind is "country", "region" or "organisation".
	Kind string
}

// regionNames are folded names of world regions that are not countries.
var regionNames = map[string]bool{
	"africa": true, "asia": true, "asia pacific": true, "europe": true, "latin america": true,
	"latam": true, "latin america and the caribbean": true, "caribbean": true, "the caribbean": true,
	"middle east": true, "north africa": true, "sub saharan africa": true, "west africa": true,
	"western africa": true, "east africa": true, "eastern africa": true, "southern africa": true,
	"central africa": true, "eastern europe": true, "south east asia": true, "southeast asia": true,
	"south asia": true, "central asia": true, "pacific": true, "pacific islands": true,
	"oceania": true, "western balkans": true, "balkans": true, "eastern partnership": true,
	"south caucasus": true, "mena": true, "americas": true, "central america": true,
	"south america": true, "north america": true, "sahel": true, "maghreb": true,
	"worldwide": true, "global": true,
}

// isRegion reports whether a member names a region: a known region or a
// name with "region" or "regional" in it ("ECOWAS region").
func isRegion(s string) bool {
	key := countryKey(s)
	if regionNames[key] || lexiconRegions()[lexicon.Fold(s)] {
		return true
	}
	// A word for region names one only beside a name: "ECOWAS region"
	// is a region, "Regional" alone (a portal's scope) is none.
	fields := strings.Fields(key)
	for _, w := range fields {
		switch w {
		case "region", "regions", "regional":
			return len(fields) > 1
		}
	}
	return false
}

// classify says what kind of member s is and its country code.
func classify(s string) (kind, country string) {
	if code, ok := CountryCode(s); ok {
		return KindCountry, code
	}
	if isRegion(s) {
		return KindRegion, ""
	}
	return KindOrganisation, ""
}

// SplitList splits an enumeration into its members and says what each is:
// "European Union (EU), Governments of Estonia, Japan, Mexico, Norway,
// Romania and Panama, the Department of Justice of the Philippines, …,
// ECOWAS" gives the European Union (organisation), seven countries, the
// Department of Justice of the Philippines (an organisation, not the
// Philippines) and ECOWAS (organisation). Commas, semicolons, new lines and
// bullets split, except inside parentheses. "and", "et", "&" split a member
// only when each side is a country, region or known organisation, or when
// the member ends the list and each side is a short capitalised name; a
// name that is whole as it stands stays whole ("Trinidad and Tobago",
// "Bosnia and Herzegovina", "United Nations African Institute for the
// Prevention of Crime and the Treatment of Offenders").
func SplitList(s string) []ListItem {
	// "Foreign, Commonwealth and Development Office", "Fundación … y para
	// Iberoamérica …": a name the lexicon knows whole, commas and
	// conjunctions and all, is one member.
	if whole := cleanName(s); whole != "" && (strings.ContainsAny(s, ",;") || len(strings.Fields(s)) > 3) {
		if _, ok := lexicon.Organisation(whole); ok {
			kind, code := classify(whole)
			return []ListItem{{Text: whole, Country: code, Kind: kind}}
		}
	}
	// "Peru, Bolivia en – sinds januari 2026 – Ecuador": an aside between
	// dashes, in small letters or figures, is no member.
	if strings.ContainsAny(s, "–—") {
		s = dashAside.ReplaceAllString(s, " ")
	}
	parts := dropAsides(joinLegalForms(joinKnownAcrossCommas(splitTopLevel(s))))
	var out []ListItem
	for k, part := range parts {
		part = trimMember(part)
		for _, p := range []string{"and ", "et ", "& ", "y ", "und ", "as well as "} {
			if hasPrefixFold(part, p) {
				part = part[len(p):]
				break
			}
		}
		// "pela Alemanha, pelos Países Baixos e pela Noruega", "par la
		// France, par la Norvège": the word for "by" said again before a
		// member after a comma is no part of its name.
		if k > 0 {
			if w, rest, ok := strings.Cut(part, " "); ok && w == strings.ToLower(w) && byWords()[lexicon.Fold(w)] && rest != "" {
				part = rest
			} else if w, rest, ok := cutElided(part); ok && w == strings.ToLower(w) && byWords()[lexicon.Fold(w)] {
				part = rest
			}
		}
		part = strings.TrimSuffix(strings.TrimSuffix(part, " etc."), " etc")
		// "Spain and, Norway": the conjunction before the last comma.
		if k == len(parts)-2 && endsOnConjunction(part) {
			part = part[:strings.LastIndexByte(part, ' ')]
		}
		if trimMember(part) == "" {
			continue
		}
		last := k == len(parts)-1 && len(parts) > 1
		for _, member := range splitConjunction(part, last) {
			// (The cheap test first: a share has its per cent sign.)
			if strings.Contains(member, "%") {
				member = trailingShare.ReplaceAllString(member, "")
			}
			text := cleanName(member)
			if text == "" {
				continue
			}
			// "Regional: Bolivia, Colombia, …": a word for the scope, a
			// colon, then the first member.
			if head, rest, ok := strings.Cut(text, ": "); ok && len(strings.Fields(head)) == 1 && isCountry(rest) {
				text = rest
			}
			// "Perú (Regional Andino)": a country with a note in brackets
			// after it is that country.
			// (Unless the brackets are part of the country's name:
			// "Congo (Democratic Republic)".)
			if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") && !isCountry(text) {
				if code, ok := countryWithNote(text[:i], text[i+2:len(text)-1]); ok {
					out = append(out, ListItem{Text: text, Country: code, Kind: KindCountry})
					continue
				}
			}
			kind, code := classify(text)
			out = append(out, ListItem{Text: text, Country: code, Kind: kind})
		}
	}
	return out
}

// dashAside matches an aside set between two dashes: " – sinds januari
// 2026 – ".
var dashAside = regexp.MustCompile(`\s[–—]\s+[\p{Ll}\d][^–—,;]{0,40}?\s[–—]\s`)

// dropAsides takes out an aside between a list's last conjunction and its
// last member: "Canada, Spain and, for the first time, the European
// Union" lists Canada, Spain and the European Union. An aside opens on a
// small letter or a digit ("since 2024"). The conjunction goes with it,
// so the member before it stands alone.
func dropAsides(parts []string) []string {
	n := len(parts)
	if n < 3 {
		return parts
	}
	before, aside := strings.TrimSpace(parts[n-3]), strings.TrimSpace(parts[n-2])
	if aside == "" || !endsOnConjunction(before) {
		return parts
	}
	if r, _ := utf8.DecodeRuneInString(aside); !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return parts
	}
	out := make([]string, 0, n-1)
	out = append(out, parts[:n-3]...)
	return append(out, before[:strings.LastIndexByte(before, ' ')], parts[n-1])
}

// endsOnConjunction reports a list member that ends on a word of the
// lexicon's list.and ("Spain and", "Canadá y").
func endsOnConjunction(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	last := " " + strings.ToLower(s[i+1:]) + " "
	return slices.Contains(conjunctions(), last)
}

// countryWithNote returns the country a name and its bracketed note give:
// the note may complete the name ("Congo (Democratic Republic)" is the
// Democratic Republic of the Congo) or only qualify it ("Perú (Regional
// Andino)").
func countryWithNote(name, note string) (string, bool) {
	for _, full := range []string{note + " of the " + name, note + " of " + name, name + ", " + note} {
		if code, ok := CountryCode(full); ok {
			return code, true
		}
	}
	return CountryCode(name)
}

// isCountry reports a name that is a country's as it stands.
func isCountry(s string) bool {
	_, ok := CountryCode(s)
	return ok
}

// trailingShare matches a member's share after it, in brackets or not: "Guatemala
// (20 %)", "Honduras (15%)", "Ghana 25%" (an IATI page's recipient countries).
var trailingShare = regexp.MustCompile(`\s*(?:\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)|[-–:]?\s*\d{1,3}(?:[.,]\d+)?\s*%)\s*$`)

// joinLegalForms puts a legal form split off by its comma back on the name
// before it: "Camões, I.P.", "Acme, Inc.".
func joinLegalForms(parts []string) []string {
	out := parts[:0:0]
	for _, p := range parts {
		if n := len(out); n > 0 && isLegalForm(strings.TrimSpace(p)) {
			out[n-1] = strings.TrimRight(out[n-1], " ") + ", " + strings.TrimSpace(p)
			continue
		}
		out = append(out, p)
	}
	return out
}

// joinKnownAcrossCommas joins parts back where, with the commas between
// them, they open on a name the lexicon knows: "Foreign", "Commonwealth
// and Development Office (FCDO) and Ireland" is the FCDO, then "and
// Ireland". The last part joined is cut at a conjunction, where the
// known name ends.
func joinKnownAcrossCommas(parts []string) []string {
	if len(parts) < 2 {
		return parts
	}
	var out []string
	for i := 0; i < len(parts); i++ {
		joined := false
		// (A one-word part opens such a name: "Foreign", "Ministry".)
		if p := strings.TrimSpace(parts[i]); p != "" && !strings.Contains(stripArticle(p), " ") && startsUpperName(stripArticle(p)) {
			head := p
			for j := i + 1; j < len(parts) && j <= i+3 && !joined; j++ {
				next := strings.TrimSpace(parts[j])
				pieces := splitOutsideBrackets(next)
				for n := len(pieces); n >= 1; n-- {
					name := head + ", " + joinPieces(pieces[:n])
					if _, ok := lexicon.Organisation(cleanName(name)); !ok {
						continue
					}
					out = append(out, name)
					if n < len(pieces) {
						// The rest keeps its conjunction, which the
						// members' loop drops.
						out = append(out, strings.TrimSpace(pieces[n].sep)+" "+joinPieces(pieces[n:]))
					}
					i, joined = j, true
					break
				}
				head += ", " + next
			}
		}
		if !joined {
			out = append(out, parts[i])
		}
	}
	return out
}

// isLegalForm reports whether s is one of the lexicon's legal forms.
func isLegalForm(s string) bool {
	f := strings.ToLower(strings.TrimRight(s, " "))
	for _, lf := range lexicon.Phrases("legal", "form") {
		if f == lf || strings.TrimSuffix(f, ".") == strings.TrimSuffix(lf, ".") {
			return true
		}
	}
	return false
}

// splitTopLevel splits s at commas, semicolons, new lines and bullets that
// are not inside brackets.
func splitTopLevel(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case ',', ';', '\n', '•', '·', '▪':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + utf8.RuneLen(r)
			}
		}
	}
	return append(parts, s[start:])
}

// conjunctions join the last members of a list.
// They are the lexicon's list.and words of every language, and "&".
var conjunctions = sync.OnceValue(func() []string {
	out := []string{" & "}
	for _, w := range lexicon.Phrases("list", "and") {
		out = append(out, " "+w+" ")
	}
	return out
})

// splitConjunction splits "Romania and Panama" into its members, and leaves
// a name that contains "and" whole.
func splitConjunction(part string, last bool) []string {
	whole := cleanName(part)
	if kind, _ := classify(whole); kind != KindOrganisation || known(whole) {
		return []string{part}
	}
	pieces := mergeKnown(splitOutsideBrackets(part))
	if len(pieces) < 2 {
		return []string{part}
	}
	// "(financiamento da União Europeia,) de Portugal e da Itália": each
	// member a country after a word of "of".
	if countries, ok := ofCountries(pieces); ok {
		return countries
	}
	// "Comisión Centroamericana de Ambiente y Desarrollo (CCAD)", "la
	// Direction du développement et de la coopération suisse (DDC)": an
	// acronym in brackets that spells the whole name, its "and" and all,
	// makes it one body.
	if k := SpelledTail(part); k == 0 {
		return []string{part}
	} else if ws := strings.Fields(part); k > 1 && listAndWords()[lexicon.Fold(ws[k-1])] {
		// "la FAO y la Comisión … y Desarrollo (CCAD)": the bodies
		// before "and", then the one the acronym spells.
		return append(splitConjunction(strings.Join(ws[:k-1], " "), false), strings.Join(ws[k:], " "))
	}
	// "Noruega e pela Suécia", "by Norway and by Sweden": the word for
	// "by" said again before a member is no part of its name. Said again
	// before a name, one that is "of" in no language, it sets the members
	// apart whether dossier knows them or not: "Sorgente Comune e
	// dall'Asociación Kawsay Yaku" are two, where "Instituto da Cooperação
	// e da Língua" is one (Italian "da" is Portuguese "of").
	agentAgain := true
	for i := 1; i < len(pieces); i++ {
		again := false
		if w, rest, ok := strings.Cut(strings.TrimSpace(pieces[i]), " "); ok && byWords()[lexicon.Fold(w)] {
			pieces[i], again = rest, !ofSet()[lexicon.Fold(w)]
		} else if w, rest, ok := cutElided(strings.TrimSpace(pieces[i])); ok && byWords()[lexicon.Fold(w)] {
			// ("UNODC e dall'OMS": the word for "by" elided before it.)
			pieces[i], again = rest, !ofSet()[lexicon.Fold(w)]
		}
		// ("… e dall'associazione peruviana Kawsay Yaku": a word for a
		// body, then its name.)
		lead, _ := kindThenName(strings.Fields(pieces[i]))
		agentAgain = agentAgain && again && (startsUpperName(pieces[i]) || lead)
		// "Noruega e termina em dezembro de 2024": a piece that opens on
		// a word in lower case, no article, is the sentence going on
		// after the list, not a member.
		// (Not a word for a kind of body before its name: "et la
		// fondation néerlandaise Stichting KustVerbond".)
		if openWord(pieces[i]) && !articleThenBody(pieces[i]) && !lead {
			pieces = pieces[:i]
			if i == 1 {
				return pieces
			}
			break
		}
	}
	// "la Universidad Agraria del Valle y la Fundación Surco": an
	// article said again before a word for a body opens another body,
	// known or not.
	articleAgain := true
	for _, p := range pieces[1:] {
		articleAgain = articleAgain && articleThenBody(p)
	}
	allKnown, allShort := true, true
	for _, p := range pieces {
		name := cleanName(p)
		// "Niger (Ouagadougou, Niamey)": a country with a note in brackets.
		if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
			if _, ok := countryWithNote(name[:i], name[i+2:len(name)-1]); ok {
				continue
			}
		}
		if kind, _ := classify(name); kind == KindOrganisation && !known(name) && !ownedByKnown(name) {
			allKnown = false
		}
		if !shortProperName(name) {
			allShort = false
		}
	}
	if allKnown || (last && allShort) || (agentAgain || articleAgain) && startsUpperName(pieces[0]) {
		return pieces
	}
	return []string{part}
}

// ofCountries returns the countries pieces name where every piece is a
// word of "of" and a country ("de Portugal", "da Itália"), the first
// maybe a country alone, its "of" before the list.
func ofCountries(pieces []string) ([]string, bool) {
	out := make([]string, len(pieces))
	bare := false // the first piece has no "of" of its own
	for i, p := range pieces {
		w, rest, ok := strings.Cut(strings.TrimSpace(p), " ")
		if !ok || !ofSet()[lexicon.Fold(w)] {
			if i > 0 {
				return nil, false
			}
			bare = true
			out[0] = p
			continue
		}
		if kind, _ := classify(cleanName(rest)); kind != KindCountry {
			return nil, false
		}
		out[i] = rest
	}
	// "(contribuições da) Suécia e de Portugal": the first member's "of"
	// stood before the list. (Asked last: the others fail most lists.)
	// ("de la Unión Europea y de Suiza": or a body the lexicon knows.)
	if bare {
		if kind, _ := classify(cleanName(pieces[0])); kind != KindCountry && !known(cleanName(pieces[0])) {
			return nil, false
		}
	}
	return out, true
}

// SpelledWhole reports a name that ends on an acronym in brackets whose
// letters are the initials of the name's words but its little ones
// (articles, "of", "and"), three letters or more: "Comisión
// Centroamericana de Ambiente y Desarrollo (CCAD)".
func SpelledWhole(s string) bool {
	return SpelledTail(s) == 0
}

// SpelledTail returns how many of s's words before its closing acronym in
// brackets stand before the run of words the acronym spells ("la FAO y
// la Comisión … y Desarrollo (CCAD)": the run opens on "Comisión"; an
// article before the run counts in it), or -1 where it spells no run.
func SpelledTail(s string) int {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".,;"))
	if !strings.HasSuffix(s, ")") {
		return -1
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 {
		return -1
	}
	acr := lexicon.Fold(strings.TrimSpace(s[open+1 : len(s)-1]))
	if utf8.RuneCountInString(acr) < 3 || strings.ContainsAny(acr, " ,") {
		return -1
	}
	ws := strings.Fields(s[:open])
	var initials []rune // of the words from k on, read backwards
	for k := len(ws) - 1; k >= 0; k-- {
		f := lexicon.Fold(ws[k])
		if f == "" || littleWords()[f] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		initials = append([]rune{r}, initials...)
		if string(initials) == acr {
			// (Little words before the run, "la", are the run's.)
			for k > 0 && littleWords()[lexicon.Fold(ws[k-1])] && !listAndWords()[lexicon.Fold(ws[k-1])] {
				k--
			}
			return k
		}
		if len(initials) >= utf8.RuneCountInString(acr) {
			return -1
		}
	}
	return -1
}

// foldedPhrases returns the set, built once, of the lexicon's phrases of
// the given section.kind pairs, folded.
func foldedPhrases(kinds ...[2]string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, k := range kinds {
			for _, p := range lexicon.Phrases(k[0], k[1]) {
				m[lexicon.Fold(p)] = true
			}
		}
		return m
	})
}

// listAndWords are the lexicon's list.and words, folded.
var listAndWords = foldedPhrases([2]string{"list", "and"})

// littleWords are the words a name's acronym skips, folded: the
// lexicon's articles, its organisation.of and list.and words, and its
// name.little words.
var littleWords = foldedPhrases([2]string{"article", "word"}, [2]string{"organisation", "of"}, [2]string{"list", "and"}, [2]string{"name", "little"})

// startsUpperName reports a member that opens on a capital, after an
// article maybe: "la Fundación Surcos", "Sorgente Comune".
func startsUpperName(s string) bool {
	r, _ := utf8.DecodeRuneInString(stripArticle(strings.TrimSpace(s)))
	return unicode.IsUpper(r)
}

// articleThenBody reports a piece that opens on an article, elided or
// not, then capitalised words with a word for a body among the first
// three: "la Fundación Surco", "the Trieste Institute for …",
// "l'Institut national de la statistique".
func articleThenBody(p string) bool {
	p = strings.TrimSpace(p)
	var ws []string
	if a, rest, ok := cutElided(p); ok && articleSet()[lexicon.Fold(a)] {
		ws = strings.Fields(rest)
	} else if f := strings.Fields(p); len(f) >= 2 && articleSet()[lexicon.Fold(f[0])] {
		ws = f[1:]
	}
	if len(ws) == 0 {
		return false
	}
	if lead, ok := kindThenName(ws); ok {
		return lead
	}
	// ("der kenianischen Stiftung Maji Bora": adjectives in lower case
	// before a word for a body in capitals.)
	adjectives := 0
	for _, w := range ws[:min(3, len(ws))] {
		if !startsUpperName(w) {
			f := lexicon.Fold(w)
			if articleSet()[f] || ofSet()[f] || byWords()[f] || listAndWords()[f] || !lettersOnly(w) {
				return false
			}
			adjectives++
			continue
		}
		if orgWordSet()[lexicon.Fold(w)] {
			return true
		}
		if adjectives > 0 {
			return false
		}
	}
	return false
}

// kindThenName reports, where ws open on a word for a kind of body in
// lower case (an adjective maybe before it), whether the body's name in
// capitals follows: "fondation néerlandaise Stichting KustVerbond", "Dutch
// foundation Stichting KustVerbond". ok is false where no such word
// stands in the first three.
func kindThenName(ws []string) (lead, ok bool) {
	for i, w := range ws[:min(3, len(ws))] {
		if orgWordSet()[lexicon.Fold(w)] && !startsUpperName(w) {
			for _, n := range ws[i+1 : min(i+3, len(ws))] {
				if startsUpperName(n) && !nationalityWords()[lexicon.Fold(n)] {
					return true, true
				}
			}
			return false, true
		}
	}
	return false, false
}

// lettersOnly reports a word of letters alone.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// cutElided cuts a word elided before the next one ("dall'OMS") after
// its apostrophe, which it keeps: "dall'", "OMS".
func cutElided(s string) (string, string, bool) {
	for _, a := range []string{"'", "’"} {
		if i := strings.Index(s, a); i > 0 && !strings.Contains(s[:i], " ") && i+len(a) < len(s) {
			return s[:i] + "'", s[i+len(a):], true
		}
	}
	return "", "", false
}

func startsLowerCase(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// openWord reports a piece whose first word past little words ("de la",
// "the", "by") is in lower case: a verb or a phrase, no member's name.
func openWord(piece string) bool {
	for _, w := range strings.Fields(piece) {
		f := lexicon.Fold(w)
		if articleSet()[f] || byWords()[f] || ofSet()[f] {
			continue
		}
		// "l'Allemagne", "dell’Unione": an elided article or "of" is
		// part of the word.
		if i := strings.IndexAny(w, "'’"); i > 0 && i <= 5 && startsLowerCase(w) {
			w = w[i+len(string([]rune(w[i:])[0])):]
		}
		return startsLowerCase(w)
	}
	return false
}

// ofSet holds the lexicon's words for "of" ("de", "von", "of"), folded:
// "da" is Portuguese "of" as well as Italian "by".
var ofSet = foldedPhrases([2]string{"organisation", "of"})

// orgWordSet holds the lexicon's organisation.word entries, folded:
// "fundación", "university".
var orgWordSet = foldedPhrases([2]string{"organisation", "word"})

// articleSet holds the lexicon's articles ("the", "la", "die"), folded.
var articleSet = foldedPhrases([2]string{"article", "word"})

// byWords are the lexicon's one-word cue.given_by phrases ("by", "par",
// "pela"), folded.
var byWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Phrases("cue", "given_by") {
		if !strings.Contains(w, " ") {
			m[lexicon.Fold(w)] = true
		}
	}
	return m
})

// mergeKnown joins pieces back where together they name a country, region
// or known organisation: "Bosnia", "Herzegovina" is Bosnia and Herzegovina.
func mergeKnown(pieces []conjPiece) []string {
	var out []string
	for i := 0; i < len(pieces); {
		// No name we know has more than three "and"s in it.
		j := min(len(pieces), i+maxNamePieces)
		for ; j > i+1; j-- {
			name := cleanName(joinPieces(pieces[i:j]))
			if kind, _ := classify(name); kind != KindOrganisation || known(name) {
				break
			}
		}
		out = append(out, joinPieces(pieces[i:j]))
		i = j
	}
	return out
}

// maxNamePieces bounds how many pieces mergeKnown tries to join, which keeps
// a list of thousands of "and"s linear.
const maxNamePieces = 4

// conjPiece is a piece of a member between conjunctions; sep is the
// conjunction before it as written.
type conjPiece struct{ sep, text string }

func joinPieces(ps []conjPiece) string {
	var b strings.Builder
	for k, p := range ps {
		if k > 0 {
			b.WriteString(p.sep)
		}
		b.WriteString(p.text)
	}
	return b.String()
}

// splitOutsideBrackets splits at conjunctions that are not in brackets.
func splitOutsideBrackets(s string) []conjPiece {
	var pieces []conjPiece
	sep := ""
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ' ':
			if depth != 0 {
				continue
			}
			for _, c := range conjunctions() {
				if hasPrefixFold(s[i:], c) {
					pieces = append(pieces, conjPiece{sep, s[start:i]})
					sep = s[i : i+len(c)]
					start = i + len(c)
					i = start - 1
					break
				}
			}
		}
	}
	return append(pieces, conjPiece{sep, s[start:]})
}

// known reports whether s is an organisation we know by name or acronym.
func known(s string) bool {
	if _, ok := lexicon.Organisation(s); ok {
		return true
	}
	if _, ok := acronymFor(s); ok {
		return true
	}
	if _, ok := acronymByName[orgKey(s)]; ok {
		return true
	}
	_, acr := splitAcronym(s)
	return acr != "" || looksLikeAcronym(s) || nationalCooperation(s)
}

// nationalCooperation reports a country's aid or government named by a
// word of the lexicon's organisation.state_body (cooperation, government,
// ministry) and an adjective of nationality, in either order: "la
// Cooperación Española", "Schweizer Zusammenarbeit", "Italian
// Cooperation", "the German government". Two such, joined by "and", are
// two members.
func nationalCooperation(s string) bool {
	ws := strings.Fields(lexicon.Fold(stripArticle(s)))
	if len(ws) != 2 {
		return false
	}
	nat := nationalityWords()
	body := stateBodyNouns()
	return body[ws[0]] && nat[ws[1]] || nat[ws[0]] && body[ws[1]]
}

// stateBodyNouns are the lexicon's words for a state's body (its
// cooperation, government, ministry), folded.
var stateBodyNouns = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("organisation", "state_body") {
		m[lexicon.Fold(p)] = true
	}
	return m
})

// nationalityWords are the lexicon's adjectives of nationality, folded.
var nationalityWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Entries() {
		if e.Section == "nationality" {
			m[lexicon.Fold(e.Phrase)] = true
		}
	}
	return m
})

// ownedByKnown reports a unit of a country or a known body, named with
// its owner's possessive: "Germany's Federal Foreign Office", "the WCO's
// Capacity Building Directorate".
func ownedByKnown(s string) bool {
	for _, mark := range []string{"'s ", "’s "} {
		if owner, _, ok := strings.Cut(s, mark); ok {
			owner = stripArticle(strings.TrimSpace(owner))
			if isCountry(owner) || known(owner) {
				return true
			}
		}
	}
	return false
}

// shortProperName reports whether s reads as a short name: at most four
// words, the first capitalised.
func shortProperName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r)
}

// hasPrefixFold reports whether s starts with the ASCII prefix p, ignoring
// case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// lexiconRegions are the lexicon's region names (region.label) in every
// language, folded: "Océan Indien occidental", "Zentralasien".
var lexiconRegions = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.RegionNames() {
		m[lexicon.Fold(p)] = true
	}
	return m
})
