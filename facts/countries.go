package facts

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// Running text names a project's countries as an enumeration: "continues
// its work in Armenia, Azerbaijan, Georgia, the Republic of Moldova and
// Ukraine", "Les pays bénéficiaires sont le Bénin, le Cameroun … et le
// Togo", "Sieben Schwerpunktländer – Mauritius, Marokko, … und Tonga –". A
// run of two countries or more in one enumeration is the project's
// countries, unless the sentence says they ratified, signed or left
// something (cue.not_target) or names them as donors.

// bannerLine reports a paragraph of a web page set before its first
// heading: the site's banner, over the page's own text. (A page with no
// heading has no banner to tell apart: all of it is its text.)
func (x *extractor) bannerLine(b dossier.Block) bool {
	if b.Page > 0 || b.Role != dossier.RoleParagraph || b.Section != "" || b.Path == "" {
		return false
	}
	// (Found once a document: a page of many paragraphs would be read
	// from the top again for each.)
	if x.banner == nil {
		x.banner = map[string]bool{}
		var paths []string
		for _, o := range x.doc.Blocks {
			if o.Role == dossier.RoleHeading {
				for _, p := range paths {
					x.banner[p] = true
				}
				break
			}
			paths = append(paths, o.Path)
		}
	}
	return x.banner[b.Path]
}

// listSeps returns the separators that split a sentence into the
// members of its enumerations: a comma, semicolon, colon or dash, or a
// word of the lexicon's list.and between spaces, with the spaces around
// them. (A scan, not the regular expression that says the same,
// `\s*(?:[,;:–—]|\s(?:and|…)\s)\s*`: that one backtracks at every space,
// and countryRuns asks of every sentence that names two countries;
// TestListSepsAsRegexp holds the two to the same spans.)
func listSeps(s string) [][2]int {
	conj := listConjunctionWords()
	var out [][2]int
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && asciiSpace(s[j]) {
			j++
		}
		end := -1
		switch {
		case j == len(s):
		case s[j] == ',' || s[j] == ';' || s[j] == ':':
			end = j + 1
		case strings.HasPrefix(s[j:], "–") || strings.HasPrefix(s[j:], "—"):
			end = j + len("–")
		case j > i:
			for _, c := range conj {
				if strings.HasPrefix(s[j:], c) && j+len(c) < len(s) && asciiSpace(s[j+len(c)]) {
					end = j + len(c) + 1
					break
				}
			}
		}
		if end < 0 {
			i = max(j, i+1)
			continue
		}
		for end < len(s) && asciiSpace(s[end]) {
			end++
		}
		out = append(out, [2]int{i, end})
		i = end
	}
	return out
}

// listConjunctionWords are the lexicon's list.and words, longest first.
var listConjunctionWords = sync.OnceValue(func() []string {
	words := slices.Clone(lexicon.Phrases("list", "and"))
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	return words
})

// listConjunctions is the lexicon's list.and words, as alternatives of a
// regular expression, longest first.
func listConjunctions() string { return longestFirst(lexicon.Phrases("list", "and")) }

// longestFirst returns words as alternatives of a regular expression,
// longest first (so "as well as" is tried before "as").
func longestFirst(words []string) string {
	words = slices.Clone(words)
	sort.Slice(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(quoted, "|")
}

// blankDashedRemarks returns s with each short remark set between two
// dashes ("– voor het eerst –", "— for the first time —") blanked out to
// spaces, every other byte where it was. (Not a country between dashes:
// "Benin – Togo – Ghana" lists them.)
func blankDashedRemarks(s string) string {
	b := []byte(s)
	for _, m := range dashedRemark.FindAllStringIndex(s, -1) {
		if countryIn(s[m[0]:m[1]]) {
			continue
		}
		for i := m[0] + 1; i < m[1]-1; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// countryIn reports text with a word of a country's name in capitals.
func countryIn(text string) bool {
	for _, w := range strings.Fields(text) {
		if startsUpper(w) && normalize.CountryWord(strings.Trim(w, ",.;:()")) {
			return true
		}
	}
	return false
}

// dashedRemark is a remark of a few words between dashes, no stop or
// comma inside.
var dashedRemark = regexp.MustCompile(` [–—] [^–—,.;:()]{1,40} [–—] `)

// countryRuns returns the countries of the enumerations in s that list two
// countries or more.
func countryRuns(s string) []normalize.ListItem {
	// "de l'Angola et du Mozambique": an elided article is no part of
	// the name after it.
	if indexApostrophe(s) >= 0 {
		// (The Italian forms only where one may stand: the longer
		// pattern costs every sentence with an apostrophe.)
		re := elidedArticle
		if strings.Contains(s, "ll'") || strings.Contains(s, "ll’") {
			re = elidedArticleItalian
		}
		s = re.ReplaceAllString(s, "$1 $2")
	}
	// Two countries need two capitalised words of countries' names: most
	// sentences stop here.
	caps := 0
	for _, w := range strings.Fields(s) {
		if startsUpper(w) && normalize.CountryWord(strings.Trim(w, ",.;:()\"'«»“”")) {
			caps++
		}
	}
	if caps < 2 {
		return nil
	}
	// "Niger, Burkina Faso en – voor het eerst – Tsjaad": a remark set
	// between dashes inside the list is blanked out, so the member after
	// it reads as one.
	if strings.Contains(s, " – ") || strings.Contains(s, " — ") {
		s = blankDashedRemarks(s)
	}
	// The members, as spans of s: a country whose name holds a separator
	// ("Bosnia and Herzegovina", "Trinidad y Tobago") is two of them.
	var spans [][2]int
	from := 0
	for _, sep := range listSeps(s) {
		spans = append(spans, [2]int{from, sep[0]})
		from = sep[1]
	}
	spans = append(spans, [2]int{from, len(s)})
	var out, run []normalize.ListItem
	flush := func() {
		if len(run) >= 2 {
			out = append(out, run...)
		}
		run = nil
	}
	member := func(p string, first bool) (string, string, []string) {
		words := strings.Fields(strings.Trim(p, " .()\"'«»“”"))
		code, text := "", ""
		switch {
		case len(words) == 0:
		case first:
			// The first member ends its chunk: "… its work in Armenia".
			code, text = countryAtEnd(words)
		default:
			// A later member starts its chunk: "Ukraine only".
			code, text = countryAtStart(words)
			// "… in eastern Nepal and in Rangpur Division in northern
			// Bangladesh": a member that opens on a word of place ends
			// on its country, as the first does.
			if code == "" && (len(run) == 0 || countryInAt(words, 0) > 0) {
				code, text = countryAtEnd(words)
			}
		}
		return code, text, words
	}
	for i := 0; i < len(spans); i++ {
		first := len(run) == 0 && i < len(spans)-1
		code, text, words := member(s[spans[i][0]:spans[i][1]], first)
		// (A comma joins no country's name: "Bosnia and Herzegovina",
		// "Trinidad y Tobago" hold a conjunction.)
		if i+1 < len(spans) && strings.IndexFunc(s[spans[i][1]:spans[i+1][0]], unicode.IsLetter) >= 0 {
			// "… offices of Bosnia and Herzegovina, Montenegro": the
			// member and the next read as one name a country.
			a := strings.Fields(s[spans[i][0]:spans[i][1]])
			b := strings.Fields(s[spans[i+1][0]:spans[i+1][1]])
			joinedFirst := len(run) == 0 && i+1 < len(spans)-1
			c, t, w := member(s[spans[i][0]:spans[i+1][1]], joinedFirst)
			n := len(strings.Fields(t))
			// The country's name must take words of both members.
			if c != "" && (joinedFirst && n > len(b) || !joinedFirst && n > len(a)) {
				code, text, words = c, t, w
				i++
			}
		}
		if code == "" && len(run) > 0 && i < len(spans)-1 {
			// "… e por Portugal, destina-se a Cabo Verde, Moçambique":
			// the run before ends, and a member whose chunk ends on a
			// country opens the next.
			flush()
			code, text, words = member(s[spans[i][0]:spans[i][1]], true)
		}
		if code == "" {
			flush()
			continue
		}
		run = append(run, normalize.ListItem{Text: text, Country: code, Kind: normalize.KindCountry})
		// A member with words after the country closes the run.
		if len(run) > 1 && !strings.HasSuffix(strings.Join(words, " "), text) {
			flush()
		}
	}
	flush()
	return out
}

// countryAtEnd finds a country named by the last one to five words.
func countryAtEnd(words []string) (string, string) {
	for n := min(5, len(words)); n >= 1; n-- {
		t := strings.Join(words[len(words)-n:], " ")
		if code, ok := normalize.CountryCode(t); ok {
			return code, t
		}
	}
	return "", ""
}

// countryAtStart finds a country named by the first one to five words.
// Up to two little words in lower case may come first: "de la République
// démocratique du Congo", "du Rwanda", "en Guinée".
func countryAtStart(words []string) (string, string) {
	for skip := 0; skip <= 2 && skip < len(words); skip++ {
		if skip > 0 {
			w := words[skip-1]
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || len(w) > 3 && !isLeadingArticle(w) {
				break
			}
		}
		ws := words[skip:]
		for n := min(5, len(ws)); n >= 1; n-- {
			t := strings.Join(ws[:n], " ")
			if code, ok := normalize.CountryCode(t); ok {
				return code, t
			}
		}
	}
	return "", ""
}

// proseCountries records the countries a sentence enumerates for the
// project the text is about.
func (x *extractor) proseCountries(b dossier.Block, s string, target string, donors []string) {
	if target == "" || !mayListCountries(s) {
		return
	}
	// "Países Bajos en Costa Rica, Honduras, El Salvador, …", "AICS
	// Dakar – Sede per Senegal, Mali, …" over a page's headline: the
	// site's banner names where its publisher works, not the project.
	if x.bannerLine(b) && !strings.HasSuffix(strings.TrimSpace(s), ".") {
		return
	}

	// "Visited by: Norway, Japan": a label the lexicon does not know says
	// nothing of what the countries are.
	// (A line of its own: in running text, "Hoy lo tienen todos: Senegal,
	// Gambia, …" lists where the project works.)
	if m := lineLabelMatch(s); m != nil && len(strings.Fields(m[1])) <= 4 && len(strings.TrimSpace(b.Text)) <= len(s)+2 {
		return
	}
	runs := countryRuns(s)
	money := len(runs) > 0 && len(x.moneyIn(s)) > 0
	// "Ukraine ratified the Convention in 2006, Georgia in 2012", "España
	// y Alemania se sumaron como cofinanciadores": a word that makes the
	// countries near it other than the project's.
	// Only the countries near such a word: "… the third donor, after
	// Canada and the Netherlands, of WeFin, implemented by UNCDF in
	// Malawi, Mozambique and Zambia" still places the project.
	if len(runs) > 0 && hasCue(s, "not_target") {
		var far []normalize.ListItem
		place, prevEnd := false, 0
		for _, it := range runs {
			// (Up to a word that sets the next countries apart: "en
			// Guatemala, Honduras y Panamá, con la excepción de Belice".)
			if at := strings.Index(s, it.Text); at >= prevEnd {
				if _, _, ok := findCue(s[prevEnd:at], "not_target"); ok {
					place = false
				}
				prevEnd = at + len(it.Text)
			}
			// "… the second donor of RuSave (…) in Lesotho and
			// Eswatini": a list opened by a word of place (country.in)
			// is where the project works, near a word for donor or not.
			place = place || placeBefore(s, it.Text)
			if place || !notTargetNear(s, []normalize.ListItem{it}) {
				far = append(far, it)
			}
		}
		if len(far) == 0 {
			return
		}
		runs = far
	}
	// "L'Allemagne et le Danemark lancent PROMARIS": countries that open
	// the sentence as the subject of a verb of launching, signing or
	// funding act on the project; they are not where it works.
	// "La Unión Europea, España y Alemania lanzan ANCLA, … en Bolivia,
	// Ecuador y Paraguay": the countries right before such a verb are
	// its subject, the others may be where the project works.
	if av, _, ok := findCue(s, "actor_verb"); ok && len(runs) > 0 {
		var before, after []normalize.ListItem
		lastEnd := -1
		for _, it := range runs {
			if j := strings.Index(s, it.Text); j >= 0 && j < av {
				before = append(before, it)
				lastEnd = max(lastEnd, j+len(it.Text))
			} else {
				after = append(after, it)
			}
		}
		// "los servicios meteorológicos de Costa Rica, … y Panamá
		// presentaron": countries of the bodies that act are where the
		// project works.
		ofBodies := false
		if len(before) > 0 {
			// The first member's last place before the verb: "San José
			// (Costa Rica), … de Costa Rica, El Salvador …".
			if j := strings.LastIndex(s[:av], before[0].Text); j > 0 {
				if ws := strings.Fields(s[:j]); len(ws) > 0 && ofWords()[lexicon.Fold(ws[len(ws)-1])] {
					ofBodies = true
				}
			}
		}
		if len(before) > 0 && !ofBodies && lastEnd >= 0 && len(strings.Fields(s[lastEnd:av])) <= 1 {
			runs = after
		}
	}
	// "Cabo Verde and Guinea-Bissau have joined Ghana and Togo", "con
	// l'ingresso del Senegal, che si aggiunge a Marocco, Niger e
	// Tunisia", "to Togo in addition to Senegal and Benin": in a sentence
	// of joining (no word of giving in it), the country that joins is a
	// place of the project too, outside the list.
	if len(runs) > 0 && (hasCue(s, "joined") || hasCue(s, "besides")) && !hasCue(s, "funded_by") && !hasCue(s, "funded_after") &&
		!hasCue(s, "contribution") && !hasCue(s, "donor_noun") && !hasCue(s, "not_target") {
		for _, it := range countriesIn(strings.Fields(s)) {
			if !slices.ContainsFunc(runs, func(r normalize.ListItem) bool { return r.Country == it.Country }) {
				runs = append(runs, it)
			}
		}
	}
	// "Un proyecto financiado por España e Italia instaló …": the
	// countries a word of funding names give, whatever project the
	// sentence tells of; they are no places.
	var givers [2]int
	if len(runs) > 0 {
		givers = giversSpan(s, x.lang)
	}
	// "Bureau de pays pour l'Algérie, la Libye …", "Sede di Nairobi –
	// competente per Kenya, Uganda …", "les ambassades d'Italie et des
	// Pays-Bas": countries a body's seat abroad is of or for are where it
	// sits or what it covers, not where the project works.
	// (The whole list the seat's word opens: "pour l'Algérie, la Libye
	// et la Tunisie".)
	seated, prevEnd := false, -1
	runs = slices.DeleteFunc(runs, func(it normalize.ListItem) bool {
		at, end := itemSpan(s, it.Text, max(0, prevEnd))
		if at < 0 {
			return false
		}
		if !(seated && prevEnd >= 0 && listFiller(s[prevEnd:at])) {
			seated = ofSeat(s, at)
		}
		prevEnd = end
		return seated
	})
	var orgs []orgMention
	// "viene de la cooperación de Suiza, Italia y España": countries
	// listed after a word for (development) cooperation and "of" are the
	// givers, the cooperation theirs.
	coop := len(runs) > 0 && cooperationOf(s, runs[0].Text)
	for _, it := range runs {
		if contains(donors, normalize.CountryName(it.Country)) {
			continue
		}
		if coop {
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(normalize.CountryName(it.Country)), it.Text, s, "prose:donors", "")
			continue
		}
		if j := strings.Index(s, it.Text); givers[1] > 0 && j >= givers[0] && j < givers[1] {
			continue
		}
		// "confió la ejecución a Expertise France": a country's name
		// inside a body's is the body's (one written right after a
		// capitalised word may be).
		if capitalBefore(s, it.Text) {
			if orgs == nil {
				orgs = append(orgMentions(s), orgMention{})
			}
			if insideOrgName(s, it.Text, orgs) {
				continue
			}
		}
		// "EUR 3.5 million over three years from Italy and Austria": the
		// countries a sentence about money names after "from" give it.
		if money && givenBy(s, it.Text, x.lang) {
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(normalize.CountryName(it.Country)), it.Text, s, "prose:given_by", "")
			continue
		}
		x.addFor(target, b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, s, "prose:countries", "")
	}
}

// seatWords holds the lexicon's organisation.seat words, folded.
var seatWords = foldedSet("organisation", "seat")

// itemSpan returns where a list item's text (its last word, since the
// list may have spaced an elided article: "l' Algérie") stands in s from
// from on, or -1.
func itemSpan(s, text string, from int) (int, int) {
	ws := strings.Fields(text)
	if len(ws) == 0 {
		return -1, -1
	}
	last := ws[len(ws)-1]
	i := strings.Index(s[from:], last)
	if i < 0 {
		return -1, -1
	}
	return from + i, from + i + len(last)
}

// listFiller reports text between two members of one list: commas,
// articles, words of "and" and "of" only.
func listFiller(t string) bool {
	for _, w := range words(t) {
		if !articleWords()[w.fold] && !listAnd()[w.fold] && !ofWords()[w.fold] {
			return false
		}
	}
	return !strings.ContainsAny(t, ".;:()")
}

// ofSeat reports a word for a body's seat abroad among the six words
// before s[at:], with no word of place between ("au", "in"): the
// country there is the seat's.
func ofSeat(s string, at int) bool {
	if at <= 0 {
		return false
	}
	ws := words(s[:at])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		f := ws[k].fold
		if isPlaceWord(f) {
			return false
		}
		// (A seat's word may take two words: "bureau de pays".)
		for n, w := 0, f; n < 3 && k+n < len(ws); n++ {
			if n > 0 {
				w += " " + ws[k+n].fold
			}
			if seatWords()[w] {
				return true
			}
		}
	}
	return false
}

// namesRun is the start of a clause of names up to its first word in
// lower case that is no article, "of" or "and": "Cooperação Italiana"
// of "Cooperação Italiana e abrange Cabo Verde", where the sentence goes
// on; "" for a clause that opens on such a word ("expertos de …").
// ("Sweden and by Norway", "la Suède et par la Norvège": a word for "by"
// said again after "and" goes on with the names.)
func namesRun(c string) string {
	at := 0
	prev := ""
	for i, w := range strings.Fields(c) {
		start := at + strings.Index(c[at:], w)
		f := lexicon.Fold(w)
		again := listAnd()[prev] && (givenByWords()[f] || stripGivenBy(w) != w)
		if startsLower(w) && !articleWords()[f] && (i == 0 || !ofWords()[f] && !listAnd()[f]) && !again {
			return strings.TrimSpace(c[:start])
		}
		at, prev = start+len(w), f
	}
	return c
}

// cooperationOf reports a word for cooperation and a word for "of" (an
// article after it at most) right before the first place of a list:
// "la cooperación de Suiza", "la coopération de la Suisse".
func cooperationOf(s, first string) bool {
	i := strings.Index(s, first)
	if i < 0 {
		return false
	}
	ws := strings.Fields(lexicon.Fold(s[:i]))
	if n := len(ws); n >= 1 && articleWords()[ws[n-1]] {
		ws = ws[:n-1]
	}
	n := len(ws)
	return n >= 2 && ofWords()[ws[n-1]] && cooperationNouns()[ws[n-2]]
}

// cooperationNouns holds the lexicon's word.cooperation entries, folded:
// "cooperación", "coopération", "Zusammenarbeit".
var cooperationNouns = foldedSet("word", "cooperation")

// notTargetNear reports a not_target cue within a few words of the
// countries a sentence lists: in a block of lines read as one, a cue three
// lines below speaks of other names.
func notTargetNear(s string, runs []normalize.ListItem) bool {
	first := strings.Index(s, runs[0].Text)
	last := strings.LastIndex(s, runs[len(runs)-1].Text)
	if first < 0 || last < 0 {
		return true
	}
	last += len(runs[len(runs)-1].Text)
	for off := 0; off < len(s); {
		a, e, ok := findCue(s[off:], "not_target")
		if !ok {
			return false
		}
		a, e = a+off, e+off
		if a < last+notTargetReach && e > first-notTargetReach && !insideFundedBy(s, a, e) {
			return true
		}
		off = e
	}
	return false
}

// insideFundedBy reports a span of s that lies within a cue.funded_by
// phrase: "financier" of "avec le soutien financier de" is an adjective
// there, no word for a giver that sets countries apart.
func insideFundedBy(s string, a, e int) bool {
	from := max(0, a-60)
	fa, fe, ok := findCue(s[from:min(len(s), e+40)], "funded_by")
	return ok && from+fa <= a && from+fe >= e
}

// placeBefore reports a country.in phrase right before text's first
// occurrence in s ("in Lesotho", "en Bolivia").
func placeBefore(s, text string) bool {
	i := strings.Index(s, text)
	if i <= 0 {
		return false
	}
	ws := strings.Fields(s[:i])
	for n := 1; n <= min(3, len(ws)); n++ {
		if countryInAt(ws, len(ws)-n) == n {
			return true
		}
	}
	return false
}

// notTargetReach is how far (bytes) a not_target cue reaches from the
// countries it speaks of.
const notTargetReach = 60

// capitalBefore reports whether text stands somewhere in s right after a
// capitalised word.
func capitalBefore(s, text string) bool {
	for _, i := range indexAll(s, text) {
		if ws := strings.Fields(s[:i]); len(ws) > 0 && !strings.ContainsAny(s[max(0, i-2):i], ",;") && startsUpper(ws[len(ws)-1]) {
			return true
		}
	}
	return false
}

// insideOrgName reports a country's name that stands only inside the
// names of organisations other than the country ("Expertise France").
func insideOrgName(s, text string, orgs []orgMention) bool {
	at := indexAll(s, text)
	for _, i := range at {
		inside := false
		for _, o := range orgs {
			if o.end > o.start && i >= o.start && i+len(text) <= o.end && s[o.start:o.end] != text {
				if _, isCountry := normalize.CountryCode(o.name); !isCountry {
					inside = true
				}
			}
		}
		if !inside {
			return false
		}
	}
	return len(at) > 0
}

// proseCountry records the one country a sentence that speaks of the
// project places it in: "se ejecutará … en Honduras", "équipe des écoles
// au Niger". The sentence must name no other country; one after a word of
// giving ("from", "de"), at an event ("a workshop in Kenya") or owning a
// body ("in Kenya's Assets Recovery Agency") is no target.
func (x *extractor) proseCountry(b dossier.Block, s, target string, donors []string) {
	if target == "" {
		return
	}
	// A country needs a capitalised word of a country's name: most
	// sentences stop here.
	caps := false
	for _, w := range strings.Fields(s) {
		// ("(Mali)": a country's name in brackets.)
		if w = strings.Trim(w, ",.;:()\"'«»“”"); startsUpper(w) && normalize.CountryWord(w) {
			caps = true
			break
		}
	}
	if !caps {
		return
	}
	// "Colombia se convirtió en el cuarto país beneficiario", "kommt
	// Senegal als fünftes Partnerland hinzu": the country right before a
	// noun of the lexicon's cue.country_role is one the project works in,
	// whatever other places the sentence lists.
	if at, _, ok := findCue(s, "country_role"); ok && !negatedBefore(s[:at]) && !hasCue(s, "funded_by") && !hasCue(s, "funded_after") && !hasCue(s, "contribution") {
		ws := strings.Fields(s[:at])
		if code, text := lastCountry(ws[max(0, len(ws)-8):]); code != "" && !contains(donors, normalize.CountryName(code)) {
			x.addFor(target, b, dossier.FieldCountries, dossier.TextValue(code), text, s, "prose:country", "")
		}
	}
	// (Not a list of givers only: "… trabalha em Moçambique com
	// financiamento do Reino Unido e dos Estados Unidos".)
	// (The givers' span is read only where a run or a place asks for it:
	// most sentences have neither.)
	var givers [2]int
	giversRead := false
	giversAt := func() [2]int {
		if !giversRead {
			givers, giversRead = giversSpan(s, x.lang), true
		}
		return givers
	}
	if runs := countryRuns(s); runs != nil && !runsIn(s, runs, giversAt()) {
		return
	}
	// (A line of its own: in running text, "Hoy lo tienen todos: Senegal,
	// Gambia, …" lists where the project works.)
	if m := lineLabelMatch(s); m != nil && len(strings.Fields(m[1])) <= 4 && len(strings.TrimSpace(b.Text)) <= len(s)+2 {
		return
	}
	ws := strings.Fields(s)
	found, text := "", ""
	for i := range ws {
		n := countryInAt(ws, i)
		if n == 0 && pluralOfPlace(ws, i, x.lang) {
			n = 1
		}
		if n == 0 {
			continue
		}
		// The country right after the word ("en Honduras", "in the
		// Gambia"), not a word later ("dans l'océan Indien").
		after := trimWords(ws[i+n:])
		if len(after) > 0 && isLeadingArticle(after[0]) {
			after = after[1:]
		}
		code, t := "", ""
		for k := min(5, len(after)); k >= 1 && code == ""; k-- {
			// ("en América Latina": a region's name that opens on a
			// country's is the region's.)
			if k > 1 && regionLabel(strings.Join(after[:k], " ")) {
				break
			}
			if c, ok := normalize.CountryCode(strings.Join(after[:k], " ")); ok {
				code, t = c, strings.Join(after[:k], " ")
			}
		}
		// "à Koudougou (Burkina Faso)", "dans la région de Ségou
		// (Mali)": a town or a province, its country in brackets after
		// it.
		if code == "" {
			code, t = placeThenCountry(ws[i+n:])
		}
		// ("helps the island states …": a country's name in another
		// language, "Island", written in small letters is a word.)
		if code == "" || !startsUpper(t) {
			continue
		}
		if g := giversAt(); g[1] > 0 {
			if j := strings.Index(s, t); j+len(t) > g[0] && j < g[1] {
				continue // a giver
			}
		}
		if found != "" && found != code {
			return // two places: an enumeration's business, or an aside
		}
		rest := ws[i+n:]
		if k := len(strings.Fields(t)); k <= len(rest) {
			last := rest[k-1]
			if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
				continue
			}
		}
		if eventBefore(ws[max(0, i-3):i]) || seatedBefore(ws[max(0, i-2):i]) {
			continue
		}
		found, text = code, t
	}
	// "Ukraine ratified … in 2006": a word that sets countries apart
	// near the place; one further off ("the second donor, after Canada,
	// of WoSave (…) in Lesotho") leaves it the project's.
	if found == "" || contains(donors, normalize.CountryName(found)) || notTargetNear(s, []normalize.ListItem{{Text: text}}) {
		return
	}
	x.addFor(target, b, dossier.FieldCountries, dossier.TextValue(found), text, s, "prose:country", "")
}

// giversSpan returns where the names a word of funding opens stand in s
// ("financiado por España e Italia", "von Schweden finanziert"), {0, 0}
// where there are none.
func giversSpan(s, lang string) [2]int {
	if _, end, ok := findCue(s, "funded_by"); ok {
		if c := namesRun(clauseAfter(s, end, lang)); c != "" {
			if i := strings.Index(s[end:], c); i >= 0 {
				return [2]int{end + i, end + i + len(c)}
			}
		}
	}
	// "von Schweden und von Norwegen finanziert": the givers before a
	// verb of funding, after the word for "by".
	if start, _, ok := findCue(s, "funded_after"); ok {
		if i := givenByListStart(s[:start]); i >= 0 && len(strings.Fields(s[i:start])) <= 8 {
			return [2]int{i, start}
		}
	}
	return [2]int{}
}

// runsIn reports whether every run of countries stands inside span.
func runsIn(s string, runs []normalize.ListItem, span [2]int) bool {
	if span[1] == 0 {
		return false
	}
	for _, it := range runs {
		// ("do Reino Unido": the run's article stands before the span.)
		if j := strings.Index(s, it.Text); j < 0 || j+len(it.Text) <= span[0] || j >= span[1] {
			return false
		}
	}
	return true
}

// isHeadline reports the document's first heading: a news item's
// headline.
func (x *extractor) isHeadline(b dossier.Block) bool {
	if b.Role != dossier.RoleHeading {
		return false
	}
	for _, h := range x.doc.Blocks {
		if h.Role == dossier.RoleHeading {
			return h.Text == b.Text && h.Path == b.Path && h.Page == b.Page
		}
	}
	return false
}

// headlineCountry reads the one country a headline about the page's
// project places it in, the project named by a word for project alone:
// "Leerwerkprogramma in Kenia ligt halverwege op koers", "Kenia:
// Ausbildungsprogramm für junge Menschen wird verlängert".
func (x *extractor) headlineCountry(b dossier.Block, s, target string, donors []string) {
	if at, comp := projectWordsAndCompounds(s, true); len(at) == 0 && len(comp) == 0 {
		return
	}
	if place, rest, ok := strings.Cut(s, ":"); ok && rest != "" {
		if code, ok := normalize.CountryCode(strings.TrimSpace(place)); ok {
			if !contains(donors, normalize.CountryName(code)) {
				x.addFor(target, b, dossier.FieldCountries, dossier.TextValue(code), strings.TrimSpace(place), s, "prose:headline_country", "")
			}
			return
		}
	}
	x.proseCountry(b, s, target, donors)
}

// countriesIn returns the countries the words name, in order.
func countriesIn(ws []string) []normalize.ListItem {
	ws = append([]string(nil), ws...)
	for i, w := range ws {
		ws[i] = strings.Trim(w, ",.;:()\"'«»“”")
	}
	var out []normalize.ListItem
	for i := 0; i < len(ws); i++ {
		if !startsUpper(ws[i]) {
			continue
		}
		for k := min(5, len(ws)-i); k >= 1; k-- {
			t := strings.Join(ws[i:i+k], " ")
			if c, ok := normalize.CountryCode(t); ok {
				out = append(out, normalize.ListItem{Text: t, Country: c})
				i += k - 1
				break
			}
		}
	}
	return out
}

// possessiveAfter reports a gap after a name that opens on a possessive
// ("'s interest in"): the name is no subject of the verb after it.
func possessiveAfter(gap string) bool {
	return strings.HasPrefix(gap, "'s ") || strings.HasPrefix(gap, "’s ")
}

// lastCountry returns the last country the words name.
func lastCountry(ws []string) (code, text string) {
	cs := countriesIn(ws)
	if len(cs) == 0 {
		return "", ""
	}
	return cs[len(cs)-1].Country, cs[len(cs)-1].Text
}

// countryInAt returns how many words of a country.in phrase start at ws[i]
// (0 if none).
func countryInAt(ws []string, i int) int {
	ps := countryInWords()[lexicon.Fold(ws[i])]
	// (The words after are folded once: "in" opens many phrases.)
	var folded [6]string
	fold := func(k int) string {
		if k >= len(folded) {
			return lexicon.Fold(ws[i+k])
		}
		if folded[k] == "" {
			folded[k] = lexicon.Fold(ws[i+k])
		}
		return folded[k]
	}
	for _, p := range ps {
		if i+len(p) > len(ws) {
			continue
		}
		ok := true
		for k := 1; k < len(p); k++ {
			if fold(k) != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// trimWords drops the punctuation around words.
func trimWords(ws []string) []string {
	out := make([]string, 0, min(len(ws), 6))
	for _, w := range ws[:min(len(ws), 6)] {
		out = append(out, strings.Trim(w, ",.;:()\"'«»“”"))
	}
	return out
}

// eventBefore reports an event or a job word among the words before a
// place: "a regional workshop in Kenya".
func eventBefore(ws []string) bool {
	for _, w := range ws {
		if trapWordSet()[lexicon.Fold(strings.Trim(w, ",.;:()"))] {
			return true
		}
	}
	return false
}

var countryInWords = sync.OnceValue(func() phraseIndex {
	var out [][]string
	for _, p := range lexicon.Phrases("country", "in") {
		out = append(out, strings.Fields(lexicon.Fold(p)))
	}
	return indexPhrases(out)
})

var trapWordSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Phrases("trap", "word") {
		m[lexicon.Fold(w)] = true
	}
	for _, w := range lexicon.Phrases("event", "workshops") {
		m[lexicon.Fold(w)] = true
	}
	return m
})

// mayListCountries is the cheap test before countryRuns: an enumeration
// needs a comma or a conjunction.
func mayListCountries(s string) bool {
	if strings.Contains(s, ",") {
		return true
	}
	for _, w := range lexicon.Phrases("list", "and") {
		if strings.Contains(s, " "+w+" ") {
			return true
		}
	}
	return false
}

// countriesOnly returns the members of a list value when every one is a
// country (two or more), else nil: "Beneficiaries: Mauritius, Morocco, …"
// lists countries though its label announces groups of people.
func countriesOnly(value string) []normalize.ListItem {
	items := normalize.SplitList(value)
	if len(items) < 2 {
		return nil
	}
	for _, it := range items {
		if it.Country == "" {
			return nil
		}
	}
	return items
}

// elidedArticle is "l'" or "d'" against a capitalised name ("l'Angola",
// "d'Haïti"); elidedArticleItalian also Italian's elided "of the", "in
// the", "to the" ("dell'Albania", "nell'Uganda").
var (
	elidedArticle        = regexp.MustCompile(`\b([lLdD]['’])(\p{Lu})`)
	elidedArticleItalian = regexp.MustCompile(`\b((?:[lLdD]|[dD]ell|[nN]ell|[aA]ll|[dD]all|[sS]ull|[cC]oll)['’])(\p{Lu})`)
)

// givenBy reports whether the enumeration holding country in s follows a
// word for "from" or "by" (cue.given_by): "from Italy and Austria".
func givenBy(s, country, lang string) bool {
	i := strings.Index(s, country)
	if i < 0 {
		return false
	}
	// Back to the start of the enumeration: over the other members and
	// their commas and conjunctions.
	before := s[:i]
	for {
		loc := trailingSepIn(lang).FindStringIndex(before)
		if loc == nil {
			break
		}
		rest := before[:loc[0]]
		words := strings.Fields(rest)
		code, text := countryAtEnd(words)
		if code == "" {
			// "from the European Union, Spain and Germany": a body
			// dossier knows is a member of the enumeration too.
			trimmed := strings.TrimRight(rest, " ")
			if os := orgMentions(trimmed); len(os) > 0 && os[len(os)-1].end == len(trimmed) {
				before = trimmed[:os[len(os)-1].start]
				continue
			}
			break
		}
		before = strings.TrimSuffix(strings.TrimRight(rest, " "), text)
	}
	ws := strings.Fields(before)
	// "from the European Union": the article before the first member.
	for len(ws) > 1 && articleWords()[lexicon.Fold(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	return hasCue(ws[len(ws)-1], "given_by")
}

// trailingSep matches an enumeration's separator at the end of a text.
var trailingSep = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:[,;]|\s(?:` + listConjunctions() + `))\s*$`)
})

// trailingSepIn is trailingSep with the conjunctions of the text's
// language only, where it is known: Spanish "en" is "in", Dutch "en"
// "and" ("ejecutado por UNOPS en Kenia y Uganda" lists no UNOPS).
func trailingSepIn(lang string) *regexp.Regexp {
	if re := trailingSeps()[lang]; re != nil {
		return re
	}
	return trailingSep()
}

// trailingSeps holds trailingSep for each language of the lexicon, with
// that language's conjunctions only.
var trailingSeps = sync.OnceValue(func() map[string]*regexp.Regexp {
	words := map[string][]string{}
	for _, e := range lexicon.Entries() {
		if e.Section == "list" && e.Kind == "and" {
			words[e.Lang] = append(words[e.Lang], e.Phrase)
		}
	}
	out := map[string]*regexp.Regexp{}
	for lang, ws := range words {
		out[lang] = regexp.MustCompile(`(?:[,;]|\s(?:` + longestFirst(ws) + `))\s*$`)
	}
	return out
})

// countryGrid reads a map's legend or a grid of the countries a project
// works in, set as rows or pairs of cells that are each one country
// ("Benín | Cabo Verde | Costa de Marfil", "Fiji" beside "Solomon
// Islands"), with a lone country between two such rows. It reports
// whether block i is one.
func (x *extractor) countryGrid(i int, section labelKind) bool {
	if section == labelFunding || section == labelPartners {
		return false
	}
	codes := func(j int) ([]string, []string) {
		if j < 0 || j >= len(x.doc.Blocks) {
			return nil, nil
		}
		b := x.doc.Blocks[j]
		var cells []string
		switch b.Role {
		case dossier.RoleRow:
			cells = rowCells(b)
		case dossier.RolePair:
			cells = []string{b.Label, b.Text}
		case dossier.RoleParagraph:
			cells = []string{b.Text}
		default:
			return nil, nil
		}
		var cs, names []string
		for _, c := range cells {
			c = collapse(c)
			if c == "" {
				continue
			}
			code, ok := normalize.CountryCode(c)
			if !ok {
				return nil, nil
			}
			cs, names = append(cs, code), append(names, c)
		}
		return cs, names
	}
	b := x.doc.Blocks[i]
	// (A paragraph counts only between rows or pairs: the cheap test
	// first.)
	if b.Role == dossier.RoleParagraph {
		if i == 0 || i+1 >= len(x.doc.Blocks) {
			return false
		}
		prev, next := x.doc.Blocks[i-1].Role, x.doc.Blocks[i+1].Role
		if prev != dossier.RoleRow && prev != dossier.RolePair || next != dossier.RoleRow && next != dossier.RolePair {
			return false
		}
	}
	cs, names := codes(i)
	switch {
	case len(cs) >= 2 && b.Role != dossier.RoleParagraph:
		// A row, or a pair, of countries only: another such block
		// beside it makes it a grid, not a table's row.
		before, _ := codes(i - 1)
		after, _ := codes(i + 1)
		beforeRow := len(before) >= 2 || len(before) == 1 && i >= 2 && len(codesOnly(codes(i-2))) >= 2
		afterRow := len(after) >= 2 || len(after) == 1 && len(codesOnly(codes(i+2))) >= 2
		if !beforeRow && !afterRow {
			return false
		}
	case len(cs) == 1 && b.Role == dossier.RoleParagraph:
		// "Senegal" alone between two rows of countries.
		if len(codesOnly(codes(i-1))) < 2 || len(codesOnly(codes(i+1))) < 2 {
			return false
		}
	default:
		return false
	}
	for k, c := range cs {
		x.add(b, dossier.FieldCountries, dossier.TextValue(c), names[k], collapse(strings.Join(names, " ")), "grid:countries")
	}
	return true
}

// codesOnly keeps the codes of a grid cell's codes and names.
func codesOnly(codes, _ []string) []string { return codes }

// pluralOfPlace reports a word of "of" at i after a noun in the plural
// and in lower case, no word of a giver or of a giving, before a name in
// capitals: "les coopératives du Burkina Faso", "escuelas rurales de
// Honduras", "berggebieden van Nepal" say where the project works, as
// "in" does. The plural is told by its ending, the lexicon's
// plural.ending of the page's language lang ("s" where it is unknown);
// German plurals have none to tell them by.
// ("le ministère du Plan du Niger": one body; "les bailleurs du Japon":
// a giver.)
func pluralOfPlace(ws []string, i int, lang string) bool {
	// (The cheap tests on the word before first: most words are not
	// after a plural.)
	if i == 0 || len(ws[i-1]) < 5 || !pluralEnding(ws[i-1], lang) || startsUpper(ws[i-1]) || !ofWords()[lexicon.Fold(ws[i])] {
		return false
	}
	prev := ws[i-1]
	if strings.ContainsAny(prev, ",.;:()") {
		return false
	}
	f := lexicon.Fold(prev)
	if hasCue(f, "funding_noun") || hasCue(f, "donor_noun_plain") || hasCue(f, "contribution") {
		return false
	}
	// The country's name in capitals after it, an article maybe
	// between ("centres of the island States": no Iceland).
	k := i + 1
	if k < len(ws) && isLeadingArticle(ws[k]) {
		k++
	}
	return k < len(ws) && startsUpper(ws[k])
}

// pluralEnding reports a word that ends as nouns in the plural do in
// language lang (plural.ending; "s" where lang has none or is unknown).
func pluralEnding(w, lang string) bool {
	ends := pluralEndings()[lang]
	if len(ends) == 0 {
		ends = []string{"s"}
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// pluralEndings are the lexicon's plural.ending entries by language.
var pluralEndings = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, e := range lexicon.Entries() {
		if e.Section == "plural" && e.Kind == "ending" {
			out[e.Lang] = append(out[e.Lang], e.Phrase)
		}
	}
	return out
})

// placeThenCountry reads the words after a word of place as a town or a
// province and its country in brackets ("Koudougou (Burkina Faso)", "la
// région de Ségou (Mali)"): names and the little words between them,
// five words at most, then the bracket. It returns the country's code and
// its name as written, or "" where the words are no such place.
func placeThenCountry(ws []string) (code, text string) {
	named := false
	for j := 0; j < len(ws) && j <= 5; j++ {
		w := ws[j]
		if open, ok := strings.CutPrefix(w, "("); ok && j > 0 && named {
			inner := open
			for k := j + 1; !strings.Contains(inner, ")") && k < len(ws) && k <= j+4; k++ {
				inner += " " + ws[k]
			}
			inner, _, closed := strings.Cut(inner, ")")
			if c, ok := normalize.CountryCode(inner); closed && ok {
				return c, inner
			}
			return "", ""
		}
		// "en Potosí y Chuquisaca, Bolivia": the country after a comma,
		// closing the clause.
		if named && strings.HasSuffix(w, ",") && startsUpper(w) && !strings.ContainsAny(strings.TrimSuffix(w, ","), ",.;:()") {
			for k := j + 1; k < len(ws) && k <= j+4; k++ {
				last := ws[k]
				closes := k+1 == len(ws) || strings.ContainsAny(last[len(last)-1:], ".;")
				name := strings.TrimRight(strings.Join(ws[j+1:k+1], " "), ".;")
				if c, ok := normalize.CountryCode(name); ok && closes {
					return c, name
				}
				if strings.ContainsAny(last, ",.;:()") {
					break
				}
			}
			return "", ""
		}
		if strings.ContainsAny(w, ",.;:()") {
			return "", ""
		}
		f := lexicon.Fold(w)
		switch {
		case startsUpper(w):
			named = true
		case named && listAnd()[f]:
			// "Potosí y Chuquisaca": two places.
		case isLeadingArticle(w) || ofWords()[f] || nameLittle()[f]:
		case j == 0 || j == 1:
			// "région", "province": the kind of place before its name.
		default:
			return "", ""
		}
	}
	return "", ""
}

// seatedBefore reports a word of where a body sits among the words before
// a place ("gevestigd in Khon Kaen", "based in Nairobi"): the place is
// the body's, not the project's.
func seatedBefore(ws []string) bool {
	for k := range ws {
		for n := 1; k+n <= len(ws) && n <= 2; n++ {
			if seatedWords()[lexicon.Fold(strings.Join(ws[k:k+n], " "))] {
				return true
			}
		}
	}
	return false
}

// seatedWords holds the lexicon's organisation.seated words, folded.
var seatedWords = foldedSet("organisation", "seated")
