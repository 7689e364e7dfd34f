package facts

import (
	"math"
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

// Prose shares a budget out among its donors: "of which the European
// Union provides EUR 5 million … and the Council of Europe contributes EUR
// 0.56 million", "la Unión Europea aporta 5.400.000 € y la AECID aporta
// 600.000 €", "Die Europäische Union trägt 8 Millionen Euro bei". In a
// sentence with a contribution cue of the lexicon, each amount goes to the
// organisation dossier knows that the sentence names last before the cue,
// after the amount before it.

// orgMention is an organisation named in text, by its canonical name.
type orgMention struct {
	name       string
	start, end int
}

// orgPhrases indexes the lexicon's organisation names (org.NAME) by their
// first folded word.
var orgPhrases = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for _, e := range lexicon.Entries() {
		if e.Section != "org" {
			continue
		}
		ws := strings.Fields(lexicon.Fold(e.Phrase))
		if len(ws) > 0 {
			m[ws[0]] = append(m[ws[0]], append([]string{e.Kind}, ws...))
		}
	}
	return m
})

// countryPrefixFirst holds the first words of the lexicon's
// country.prefix phrases ("reino", "kingdom", "royaume"), folded.
var countryPrefixFirst = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("country", "prefix") {
		// (A title's word, "reino", "kingdom": not the little words
		// "de", "das", "van" that open prefixes and sentences alike.)
		if ws := strings.Fields(lexicon.Fold(p)); len(ws) > 0 && len(ws[0]) >= 5 {
			m[ws[0]] = true
		}
	}
	return m
})

// hyphenJoined reports a word at i that a hyphen joins to a word before
// it ("African" in "Trans-African").
func hyphenJoined(text string, i int) bool {
	if i < 2 || text[i-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i-1])
	return unicode.IsLetter(r)
}

// orgMentions finds the organisations and countries text names, in order:
// names of the lexicon in any of its languages, countries, and acronyms
// dossier knows.
func orgMentions(text string) []orgMention {
	ws := words(text)
	var out []orgMention
	for i := 0; i < len(ws); i++ {
		// "im Golf von Guinea", "Gulf of Guinea": a region the lexicon
		// knows is a place, whatever country its name holds.
		if n := regionAt(ws, i); n > 1 {
			i += n - 1
			continue
		}
		best, name := 0, ""
		for _, p := range orgPhrases()[ws[i].fold] {
			n := len(p) - 1
			if n <= best || i+n > len(ws) {
				continue
			}
			ok := true
			for k := 1; k < len(p); k++ {
				if ws[i+k-1].fold != p[k] {
					ok = false
					break
				}
			}
			// A short one-word name counts in capitals only: "WHO", "US",
			// not the words "who" or "us".
			if ok && n == 1 && len(p[1]) <= 4 {
				t := text[ws[i].start:ws[i].end]
				ok = t == strings.ToUpper(t)
			}
			if ok {
				best, name = n, p[0]
			}
		}
		// (The word's first letter, decoded alone: converting the rest
		// of the text for it made the scan quadratic in its length.)
		r, _ := utf8.DecodeRuneInString(text[ws[i].start:])
		if best == 0 && unicode.IsUpper(r) {
			// A country ("Denmark", "la République de Moldova") or a known
			// acronym ("AECID", "GIZ"), up to four words; six after a
			// state's title ("el Reino de los Países Bajos").
			most := 4
			if countryPrefixFirst()[ws[i].fold] {
				most = 6
			}
			for n := min(most, len(ws)-i); n >= 1; n-- {
				t := text[ws[i].start:ws[i+n-1].end]
				if c, ok := normalize.KnownOrganisation(t); ok {
					// ("Who funds KesiTrack", "Au Sénégal, …": a short word
					// not in capitals is no acronym's body, where the
					// acronym is the body's name or the word a little
					// one of a language; "Sida" is Sweden's agency.)
					if f := ws[i].fold; n == 1 && len(t) <= 4 && t != strings.ToUpper(t) &&
						(c == strings.ToUpper(t) || isPlaceWord(f) || ofWords()[f] || articleWords()[f] || listAnd()[f]) {
						continue
					}
					best, name = n, c
					break
				}
			}
		}
		// "le ministère danois des Affaires étrangères", "l'Office fédéral
		// des Affaires étrangères allemand": a body of a country named by
		// its adjective of nationality, up to that adjective.
		if best == 0 && (orgWords()[ws[i].fold] || cooperationWords()[ws[i].fold]) {
			for n := 2; n <= min(7, len(ws)-i); n++ {
				// (Not past a comma or an "and": "via het agentschap
				// Norad, en door het Deense ministerie …" names two.)
				if listAnd()[ws[i+n-1].fold] || strings.ContainsAny(text[ws[i+n-2].end:ws[i+n-1].start], ",;") {
					break
				}
				if _, ok := nationalities()[ws[i+n-1].fold]; !ok {
					continue
				}
				if c := nationalBody(text[ws[i].start:ws[i+n-1].end]); c != "" {
					best, name = n, c
				}
				break
			}
		}
		// "das niederländische Außenministerium", "the Dutch
		// government", "de Zweedse overheid": an adjective of nationality
		// before a state's ministry or government, as German, Dutch and
		// English set it.
		if best == 0 && i+1 < len(ws) {
			if code, ok := nationalities()[ws[i].fold]; ok && stateBodyWord(ws[i+1].fold) {
				best, name = 2, normalize.CountryName(code)
				// "… ministerie van Buitenlandse Zaken", "… Ministry of
				// Foreign Affairs": the body's name goes on in capitals.
				up := func(k int) bool { return k < len(ws) && startsUpper(text[ws[k].start:ws[k].end]) }
				if up(i+best+1) && ofWords()[ws[i+best].fold] {
					best += 2
					// (A comma or a stop ends it.)
					for !strings.ContainsAny(text[ws[i+best-1].start:ws[i+best-1].end], ",;:.()") && (up(i+best) || listAnd()[ws[min(i+best, len(ws)-1)].fold] && up(i+best+1)) {
						best++
					}
				}
			}
		}
		// "US-Dollar", "US$": a currency's name, not a giver.
		if best > 0 && currencyAfter(text[ws[i+best-1].end:]) {
			best = 0
		}
		// "Trans-African Development Bank": a name joined by a hyphen to
		// the word before it is part of another name.
		if best > 0 && hyphenJoined(text, ws[i].start) {
			best = 0
		}
		// "vom UN-Umweltprogramm (UNEP)": a compound that a known body
		// opens, its own acronym in brackets after it, is that other
		// body.
		if best > 0 && compoundOfOther(text[ws[i+best-1].end:], name) {
			best = 0
		}
		if best > 0 {
			out = append(out, orgMention{name, ws[i].start, ws[i+best-1].end})
			i += best - 1
		}
	}
	return out
}

// compoundOfOther reports a text after a body's name that joins it by a
// hyphen to a word, then names another known body in brackets: "-Umwelt
// programm (UNEP)" after "UN"; or to a word for a body and its field:
// "-Agentur für Flugsicherheit" after "EU".
func compoundOfOther(rest, name string) bool {
	if !strings.HasPrefix(rest, "-") {
		return false
	}
	word := leadingRun(rest[1:])
	if word == "" {
		return false
	}
	after := rest[1+len(word):]
	// "der Kölner EU-Agentur für Flugsicherheit": a word for a body
	// after the hyphen, then a little word of a name and its field in
	// capitals, names that body, not the one before the hyphen.
	if orgWords()[lexicon.Fold(word)] {
		rest := strings.TrimLeft(after, " ")
		// (Not a place after it: "die EU-Delegation in Nairobi" is the
		// Union's.)
		if w := leadingRun(rest); w != "" && (ofWords()[lexicon.Fold(w)] || nameLittle()[lexicon.Fold(w)]) && !isPlaceWord(lexicon.Fold(w)) && startsUpper(strings.TrimLeft(rest[len(w):], " ")) {
			return true
		}
	}
	if !strings.HasPrefix(after, " (") {
		return false
	}
	closing := strings.IndexByte(after, ')')
	if closing < 0 {
		return false
	}
	other, ok := normalize.KnownOrganisation(after[2:closing])
	return ok && other != name
}

// stateBodyWord reports a folded word for a state's ministry, government
// or aid ("außenministerium", "ministerie", "government", "cooperation").
func stateBodyWord(w string) bool {
	w = strings.Trim(w, ",;:.()")
	return strings.HasSuffix(w, "ministerium") || strings.HasSuffix(w, "ministerie") || stateBodyWords()[w]
}

var stateBodyWords = foldedSet("organisation", "state_body")

// moneyIn is normalize.FindMoney for the sentence being read, which
// several rules ask about in turn.
func (x *extractor) moneyIn(s string) []normalize.MoneyMatch {
	if s != x.moneyText || x.money == nil {
		x.moneyText, x.money = s, normalize.FindMoney(s)
		if x.money == nil {
			x.money = []normalize.MoneyMatch{}
		}
		if ks := kroneAmounts(s); len(ks) > 0 {
			x.money = append(x.money, ks...)
			slices.SortFunc(x.money, func(a, b normalize.MoneyMatch) int { return a.Start - b.Start })
		}
		// "… for which Norway has allocated around NOK 1 billion per
		// year": a yearly rate is no project's amount.
		// "hat das BMZ seinen Beitrag um 0,7 Mio. EUR aufgestockt",
		// "increased by EUR 2 million": an increase is no whole amount.
		kept := x.money[:0]
		for _, m := range x.money {
			if !perYearAfter(s[m.End:]) && !perYearBefore(s[:m.Start]) && !incrementAround(s, m) {
				kept = append(kept, m)
			}
		}
		x.money = kept
	}
	return x.money
}

// replacedAmount reports an amount m after a word of "from" whose next
// amount follows right after a word of "to": "from EUR 2 million to EUR
// 3 million", "de 1 M€ à 1,7 M€", "von 9 auf 11,5 Millionen Euro" (the
// lexicon's change.from and change.to, as changedTo reads them).
func replacedAmount(s string, m, next normalize.MoneyMatch) bool {
	return next.Start >= m.End && changedTo(s[max(0, m.Start-24):m.Start], s[m.End:next.Start])
}

// perYearAfter reports text that opens with the lexicon's rate.per_year
// words ("per year", "par an", "pro Jahr").
func perYearAfter(s string) bool {
	ws := strings.Fields(lexicon.Fold(strings.ToValidUTF8(s[:min(len(s), 24)], "")))
	for n := 1; n <= min(3, len(ws)); n++ {
		if perYearWords()[strings.Trim(strings.Join(ws[:n], " "), ",.;:)")] {
			return true
		}
	}
	return false
}

// perYearBefore reports text that ends with a yearly rate's adjective
// and its noun, a little word or two, before an amount ("ein jährliches
// Volumen von", "an annual budget of", "un budget annuel de").
func perYearBefore(s string) bool {
	ws := strings.Fields(lexicon.Fold(strings.ToValidUTF8(s[max(0, len(s)-48):], "")))
	for i := max(0, len(ws)-4); i < len(ws); i++ {
		if perYearAdjectives()[strings.Trim(ws[i], ",.;:(")] {
			return true
		}
	}
	return false
}

// perYearAdjectives are the lexicon's rate.per_year_adjective words,
// folded.
var perYearAdjectives = foldedSet("rate", "per_year_adjective")

// incrementAround reports an amount the lexicon's cue.increment_before
// words end the text before, or whose next word or two are
// cue.increment_after words.
func incrementAround(s string, m normalize.MoneyMatch) bool {
	before := strings.Fields(lexicon.Fold(strings.ToValidUTF8(s[max(0, m.Start-28):m.Start], "")))
	for n := 1; n <= min(4, len(before)); n++ {
		if incrementBefore()[strings.Join(before[len(before)-n:], " ")] {
			return true
		}
	}
	after := strings.Fields(lexicon.Fold(strings.ToValidUTF8(s[m.End:min(len(s), m.End+24)], "")))
	for n := 1; n <= min(2, len(after)); n++ {
		if incrementAfter()[strings.Join(after[:n], " ")] {
			return true
		}
	}
	return false
}

var (
	incrementBefore = foldedSet("cue", "increment_before")
	incrementAfter  = foldedSet("cue", "increment_after")
)

// perYearWords are the lexicon's rate.per_year phrases, folded.
var perYearWords = foldedSet("rate", "per_year")

// budgetBefore reports whether a word for budget ends the text before an
// amount.
func budgetBefore(before string) bool {
	if !hasCue(before, "budget") {
		return false
	}
	start, end := lastCue(before, "budget")
	return len(strings.TrimSpace(before[end:])) <= 6 && !contributionValue(before, start)
}

// contributionValue reports words of value at start ("no valor de", "worth")
// right after a word for a contribution: "um acordo de contribuição no
// valor de 750.000 euros" gives a giver's share, no budget.
func contributionValue(s string, start int) bool {
	if start <= 0 {
		return false
	}
	_, ce := lastCue(s[:start], "contribution")
	return ce >= 0 && strings.TrimSpace(s[ce:start]) == ""
}

// budgetNear reports a word for budget a few words before an amount,
// with no giver between: "brings the overall budget of LUSOCRIM to EUR
// 4.1 million", "el presupuesto total ascendió a 9,6 millones" give the
// budget, not the giver's share named earlier in the sentence.
// The word must be a label for budget ("budget", "orçamento"), not one
// for any amount ("no valor de", "d'un montant de"), and nothing may be
// set off by a comma between ("the total budget, including the EUR
// 700,000 provided by Spain, …").
func budgetNear(before string) bool {
	if !hasCue(before, "budget") {
		return false
	}
	start, end := lastCue(before, "budget")
	ws := strings.Fields(before[start:end])
	between := before[end:]
	// ("total funding", a label for budget as a whole, though "funding"
	// alone labels givers.)
	return len(ws) > 0 && (lookupLabel(ws[len(ws)-1]) == labelBudget || lookupLabel(before[start:end]) == labelBudget) &&
		wordsButAdverbs(between) <= 5 && !strings.ContainsAny(between, ",;()") && len(orgMentions(between)) == 0
}

// wordsButAdverbs counts text's words less the one-word adverbs the
// lexicon's adverb.inserted holds ("asciende ahora a": two words).
func wordsButAdverbs(text string) int {
	n := 0
	for _, w := range strings.Fields(text) {
		if !oneWordAdverbs()[lexicon.Fold(w)] {
			n++
		}
	}
	return n
}

var oneWordAdverbs = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for w := range foldedSet("adverb", "inserted")() {
		if !strings.Contains(w, " ") {
			out[w] = true
		}
	}
	return out
})

// lastCue returns where the last cue of kind in s starts and ends, -1
// for none: in one pass over s's words, as a search from each cue's end
// would find it.
func lastCue(s, kind string) (int, int) {
	if !hasCue(s, kind) {
		return -1, -1
	}
	if se, ok := phrasesIn(s, kindHeads(kind), true)[kind]; ok {
		return se[0], se[1]
	}
	return -1, -1
}

// kindHeads holds the cue phrases of one kind by their first word (see
// cueHeads), made once a kind.
func kindHeads(kind string) map[string][]cuePhrase {
	if m, ok := kindHeadsByKind.Load(kind); ok {
		return m.(map[string][]cuePhrase)
	}
	m := map[string][]cuePhrase{}
	for head, cs := range cueHeads() {
		for _, c := range cs {
			if c.kind == kind {
				m[head] = append(m[head], c)
			}
		}
	}
	kindHeadsByKind.Store(kind, m)
	return m
}

// kindHeadsByKind remembers kindHeads by kind.
var kindHeadsByKind sync.Map

// currencyAfter reports whether s opens with the rest of a currency's
// name: "-Dollar", "$", " dollars".
func currencyAfter(s string) bool {
	f := strings.ToLower(s)
	return strings.HasPrefix(f, "$") || strings.HasPrefix(f, "-dollar") || strings.HasPrefix(f, " dollar")
}

// sharedContributions records a contribution and a donor for each amount
// of s that an organisation before it gives. It reports whether it found
// one.
func (x *extractor) sharedContributions(b dossier.Block, s, target string) bool {
	// ("… 7,2 Mio. EUR, davon BMZ 4,2 Mio. EUR und EU 3,0 Mio. EUR": a
	// word for "of which" after a total shares it out as well.)
	// ("Mit 2,4 Millionen Euro fördert die ADA …": a verb of funding,
	// looked for where a figure is.)
	if target == "" || !hasCue(s, "contribution") && !hasCue(s, "funded_by") && !hasCue(s, "donor_noun") && !hasCue(s, "shared_among") && !(strings.ContainsAny(s, "0123456789") && hasCue(s, "funds_name")) && !x.sharesAfterTotal(s) {
		return false
	}
	ms := withBareShares(s, x.moneyIn(s))
	if len(ms) == 0 {
		return false
	}
	found, giverAfter := false, false
	lastShare := -1 // index of the last amount read as a giver's share
	from := 0
	for mi, m := range ms {
		window := s[from:m.Start]
		winStart := from
		from = m.End
		// "a porté la contribution … de 1 M€ à 1,7 M€", "raised its
		// contribution from EUR 2 million to EUR 3 million": the amount
		// another replaces is no giver's share any more.
		// (The next amount's giver is this one's, the window stays; not
		// where a word for budget comes first: "the total budget rises
		// from EUR 5.2 million to EUR 5.8 million" tells of the budget.)
		if mi+1 < len(ms) && replacedAmount(s, m, ms[mi+1]) {
			if !hasCue(window, "budget") {
				from = winStart
			}
			continue
		}
		// "… aus dem Haushalt des BMZ; 2 Mio. Euro steuert die EU bei": a
		// semicolon closes the clause whose bodies were the last amount's.
		if i := strings.LastIndex(window, ";"); i >= 0 && mi > 0 {
			window, winStart = window[i:], winStart+i
		}
		orgs := orgMentions(window)
		// "the EUR 4.2 million provided by France", "600.000 euro
		// provengono dall'Agenzia austriaca …", "aportados por el Reino
		// Unido, con 3,2 millones": the giver after the amount, right
		// behind a word of giving.
		next := len(s)
		if mi+1 < len(ms) {
			next = ms[mi+1].Start
		}
		tail := s[m.End:min(next, m.End+80)]
		// "De Europese Unie draagt daarvan 4,6 miljoen euro bij; het
		// ministerie … legt er 1,4 miljoen euro bij": a semicolon closes
		// the clause, the body after it is the next amount's.
		if i := strings.IndexByte(tail, ';'); i >= 0 {
			tail = tail[:i]
		}
		// "… a grant of EUR 4.5 million and implemented by UNICEF": a
		// body that carries the project out gives nothing.
		// "… dont 9,5 millions apportés par l'Office … allemand et 3
		// millions par le ministère danois": once a giver follows its
		// amount, the next amount's "par" names its own.
		parallel := giverAfter
		giverAfter = false
		// "… a Guiné-Bissau é o quinto país do programa, graças a uma
		// contribuição de 750 000 € do Camões": the body right after the
		// amount and a word of origin gave it, not a place before.
		if len(orgs) > 0 && x.lang != "de" && hasCue(window, "contribution") {
			if o, ok := giverRightAfter(tail); ok {
				orgs = []orgMention{o}
				window = tail
			}
		}
		// "4 Millionen Euro steuert die Europäische Union bei": where the
		// verb comes second, a word of giving right after the amount and
		// a body right after that name who gave it, not a body before.
		if o, ok := giverAfterVerb(tail); ok {
			orgs = []orgMention{o}
			window = tail
			giverAfter = true
		} else if o, ok := giverInRelative(s[m.End:]); ok {
			// "hinzu kommen 800.000 Euro, die Spanien bereitstellt",
			// "EUR 800,000, which Spain provides", "800.000 euros, que
			// aporta España": a relative clause on the amount names its
			// giver.
			// (The clause read to its end: the next amount may stand in
			// it, "…, die Europäische Union steuert 3 Millionen bei".)
			orgs = []orgMention{o}
			window = s[m.End:]
			giverAfter = true
		}
		// "co-financed by Spain, through AECID (EUR 0.8 million), and by
		// Germany …": an amount in brackets after a name is that name's.
		inBracket := strings.HasSuffix(strings.TrimRight(s[:m.Start], " "), "(")
		// "un presupuesto total de 6,2 millones de dólares, aportados por
		// el Reino Unido, con 3,2 millones …": a budget the givers after it
		// share, not the first one's.
		isBudget := false
		if win := s[max(0, m.Start-40):m.Start]; hasCue(win, "budget") {
			_, end := lastCue(win, "budget")
			isBudget = len(strings.Fields(win[end:])) <= 3
		}
		// "aportados por el Reino Unido, con 3,2 millones …, y por Canadá":
		// an amount after "con" belongs to the giver before it.
		withBefore := false
		if len(orgs) > 0 && endsWithAmountWith(window) {
			withBefore = true
		}
		// (Not a list of givers going on: "funded by the Netherlands,
		// which is contributing EUR 6 million, and by Norway …".)
		if at, end, ok := findCue(tail, "given_by"); ok && !inBracket && !isBudget && !withBefore && at <= 30 && !andBefore(tail[:at]) && (hasCue(tail[:at], "contribution") || hasCue(s[max(0, m.Start-40):m.Start], "contribution") || parallel && at <= 3) && !hasCue(tail[:end], "implemented_by") {
			// "11,2 millions USD, apportés par le Canada (10 millions CAD) et
			// le Royaume-Uni (3 millions GBP)": the givers' own shares
			// follow them in brackets; the first amount is the total.
			after := orgMentions(tail[end:])
			// "financed by the Italian Government through the Italian
			// Agency for Development Cooperation": one giver named twice.
			for len(after) > 1 && after[1].name == after[0].name {
				after = append(after[:1], after[2:]...)
			}
			// "18.890.000 euros, financiados por la Unión Europea y el
			// Consejo de Europa": givers named together share a total.
			if len(after) > 1 && after[0].start <= 15 && andBefore(tail[end:][:after[len(after)-1].start]) && !amountInBracket(tail[end:][after[0].end:after[1].start]) {
				// "was financed with EUR 11.5 million from the European
				// Union, Spain and Germany": their total is the budget.
				if mi == 0 && len(ms) == 1 {
					x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(m.Money), m.Text, s, "prose:budget", x.scope)
				}
				continue
			}
			// ("… são financiados pelo Ministério Federal da Cooperação
			// Económica e do Desenvolvimento (BMZ)": a long name spelled
			// out before the acronym the lexicon knows, further on than
			// the tail reaches.)
			if len(after) == 0 || after[0].start > 15 {
				long := s[m.End+end : min(next, m.End+end+120)]
				if la := orgMentions(long); len(la) > 0 && la[0].start > 15 && spelledOutBefore(long, la[0].start) {
					orgs = la[:1]
					window = tail[:at] + " " + window
					giverAfter = true
					after = nil
				}
			}
			// (What follows the giver up to the next amount: the tail may
			// cut a long name's bracket.)
			if len(after) > 0 && after[0].start <= 15 && !amountInBracket(s[m.End+end+after[0].end:next]) && !bracketThenAnd(s[m.End+end+after[0].end:next]) {
				orgs = []orgMention{after[0]}
				window = tail[:at] + " " + window
				giverAfter = true
			} else if len(after) > 0 && after[0].start <= 15 {
				continue
			}
		}
		// "funded by three donors: Japan USD 2.4 million, the Netherlands
		// USD 800,000 and Canada USD 500,000": in a list of givers, each
		// one's share right after its name.
		adjacent := len(orgs) > 0 && len(ms) >= 2 && winStart+len(window) == m.Start && s[winStart:m.Start] == window &&
			strings.TrimSpace(window[orgs[len(orgs)-1].end:]) == "" &&
			(hasCue(s[:m.Start], "funded_by") || hasCue(s[:m.Start], "donor_noun"))
		// "Financiado por la Unión Europea (5,4 M€) y por la AECID (0,6
		// M€)": each giver's share in brackets after its name.
		before := strings.TrimRight(s[:m.Start], " ")
		bracketed := strings.HasSuffix(before, "(") && len(orgs) > 0 &&
			len(strings.TrimRight(before[:len(before)-1], " ")) <= m.Start-len(window)+orgs[len(orgs)-1].end+1 &&
			(hasCue(s[:m.Start], "funded_by") || hasCue(s, "contribution") || hasCue(s[:m.Start], "ranked_after") || hasCue(s[:m.Start], "shared_among") || hasCue(s[m.End:], "funded_after") || hasCue(s[m.End:], "funds_name"))
		if adjacent || bracketed {
			donor := orgs[len(orgs)-1].name
			c := contributionOfMoney(donor, m)
			x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:shares", "")
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(donor), donor, s, "prose:shares", "")
			found = true
			// (The next giver may leave the verb out: "die Geldgeber:
			// Schweden stellt … 48 Mio. Kronen bereit, das BMZ 2,1 Mio.".)
			lastShare = mi
			continue
		}
		// "4 Millionen Euro steuert die Europäische Union bei", "die
		// übrigen 4,5 Millionen Euro steuern die Niederlande bei": the
		// amount first, then the verb of giving, then its giver.
		if len(orgs) == 0 {
			if at, end, ok := findCue(tail, "contribution"); ok && cliticsOnly(tail[:at]) {
				rest := tail[end:]
				if after := orgMentions(rest); len(after) > 0 && strings.TrimSpace(stripLeadingArticle(strings.TrimSpace(rest[:after[0].start])+" ")) == "" {
					c := contributionOfMoney(after[0].name, m)
					x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:shares", "")
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(after[0].name), after[0].name, s, "prose:shares", "")
					found = true
					lastShare = mi
					x.shareAt[m.Start] = true
					continue
				}
			}
		}
		// "La contribution suisse de CHF 3 millions": a giver named by
		// its adjective of nationality, right before the amount.
		// "Der Schweizer Beitrag zu KLIMAWEG beläuft sich auf …", "la
		// contribution suisse s'élève à …": the adjective beside the
		// noun of giving.
		if len(orgs) == 0 {
			// "Mit dem deutschen Beitrag steigt das Gesamtvolumen … auf
			// 10 Mio. EUR": an amount a word for budget stands before is
			// the budget.
			if a, e, ok := findCue(window, "contribution"); ok && !hasCue(window[e:], "budget") {
				near := strings.Fields(window[max(0, a-30):a])
				after := strings.Fields(window[e:min(len(window), e+30)])
				var cand []string
				if len(near) > 0 {
					cand = append(cand, near[len(near)-1])
				}
				if len(after) > 0 {
					cand = append(cand, after[0])
				}
				for _, w := range cand {
					if code, ok := nationalities()[lexicon.Fold(strings.Trim(w, ",;()"))]; ok {
						name := normalize.CountryName(code)
						at := strings.Index(window, w)
						orgs = []orgMention{{name: name, start: at, end: at + len(w)}}
						break
					}
				}
			}
		}
		if len(orgs) == 0 {
			ws := strings.Fields(window)
			for i := len(ws) - 1; i >= 0 && i >= len(ws)-4; i-- {
				if code, ok := nationalities()[lexicon.Fold(strings.Trim(ws[i], ",;()"))]; ok {
					name := normalize.CountryName(code)
					at := strings.LastIndex(window, ws[i])
					orgs = []orgMention{{name: name, start: at, end: at + len(ws[i])}}
					break
				}
			}
		}
		// "The European Union and Germany provide a total of EUR 6.4
		// million", "Das BMZ und die EU stellen … insgesamt 6,4 Millionen
		// Euro bereit": givers named together before a word of giving,
		// a word for total before the amount: they share it; it is the
		// budget, and each of them gives.
		// (The amount's text may hold the word: "au total 6,4 millions".)
		if len(orgs) > 1 && mi == 0 && hasCue(s[max(0, m.Start-25):m.End], "total") {
			if at, _, ok := findCue(window, "contribution"); ok && orgs[len(orgs)-1].end <= at && givenList(window, orgs) == len(orgs) {
				x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(m.Money), m.Text, s, "prose:budget", x.scope)
				for _, o := range orgs {
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(o.name), o.name, s, "prose:donors", "")
				}
				continue
			}
		}
		// "SACIR is funded by Germany and the European Union with EUR 7.5
		// million", "financé par l'Allemagne et l'Union européenne à
		// hauteur de 7 500 000 euros": givers listed together after a
		// word of funding, the sentence's one amount a few words after
		// them: they share it as the budget.
		if len(orgs) > 1 && len(ms) == 1 {
			if _, fe, ok := findCue(window, "funded_by"); ok {
				w := window[fe:]
				gs := orgMentions(w)
				if n := len(gs); n > 1 && givenList(w, gs) == n && len(strings.Fields(w[gs[n-1].end:])) <= 5 && !hasCue(w, "contribution") && !hasCue(s, "respectively") {
					x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(m.Money), m.Text, s, "prose:budget", x.scope)
					for _, o := range gs {
						x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(o.name), o.name, s, "prose:donors", "")
					}
					continue
				}
			}
		}
		// "… in Mozambico e Madagascar …, con un contributo italiano di
		// 1.800.000 euro": the adjective by the word of giving names the
		// giver, not the places before it.
		if d := nationalGiver(s[max(0, m.Start-60):m.Start]); d != "" {
			c := contributionOfMoney(d, m)
			x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:shares", "")
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(d), d, s, "prose:shares", "")
			found = true
			lastShare = mi
			x.shareAt[m.Start] = true
			continue
		}
		// "… provides EUR 2.5 million and the Austrian Development Agency
		// EUR 1 million": the next giver and amount, the verb left out.
		// "…; España, a través de la AECID, 800.000 euros; y Alemania …":
		// the same after a semicolon.
		// "EUR 10 million through the Federal Ministry … (BMZ) and the
		// European Union EUR 5 million": the body after "through" carries
		// the amount before; the next giver follows the "and".
		ellWindow, ellOrgs := window, orgs
		if i, e, ok := findCue(window, "channel"); ok && len(strings.Fields(window[:i])) <= 1 && len(orgs) > 1 && orgs[0].start >= e {
			k := 1
			for k < len(orgs) && orgs[k].name == orgs[0].name {
				k++
			}
			if k < len(orgs) {
				ellWindow, ellOrgs = window[orgs[k-1].end:], nil
				for _, o := range orgs[k:] {
					o.start -= orgs[k-1].end
					o.end -= orgs[k-1].end
					ellOrgs = append(ellOrgs, o)
				}
			}
		}
		// "The European Union contributes EUR 15 million, Belgium EUR 3
		// million, Germany …": a comma, too, joins the next giver.
		lead := strings.TrimSpace(ellWindow)
		// "Schweden stellt 48 Mio. Kronen bereit, das BMZ 2,1 Mio. Euro":
		// a separable verb's particle closes the first giver's clause
		// before the comma.
		if w, rest, ok := strings.Cut(lead, ","); ok && separableParticles()[lexicon.Fold(w)] {
			lead = "," + rest
		}
		ellipsis := lastShare == mi-1 && len(ellOrgs) > 0 && len(strings.Fields(window)) <= 16 &&
			(andBefore(ellWindow[:ellOrgs[0].start]) || strings.HasPrefix(lead, ";") ||
				strings.HasPrefix(lead, ",") && len(strings.Fields(withoutGivenBy(ellWindow[:ellOrgs[0].start]))) <= 2)
		if ellipsis {
			orgs = ellOrgs
		}
		if ellipsis {
			if i, _, ok := findCue(window, "channel"); ok {
				if before := orgMentions(window[:i]); len(before) > 0 {
					orgs = before
				}
			}
		}
		// (A separable verb closes round the amount: "Nederland trekt …
		// 4,2 miljoen euro uit".)
		around := s[winStart:min(len(s), m.End+40)]
		// "…, davon BMZ 4,2 Mio. EUR": a body right after a word for
		// "of which" that follows an amount gives the next one.
		ofWhich := mi > 0 && len(orgs) > 0 && len(strings.Fields(window)) <= 8 && shareWordBefore(window, orgs[0].start)
		if len(orgs) == 0 || !ellipsis && !ofWhich && !giverAfter && !hasCue(window, "contribution") && !hasCue(s[m.End:min(len(s), m.End+40)], "contribution") && !fundedWith(window) && !roleWith(window) && !roleAfter(window, s[m.End:]) && !cueBefore(around, "contribution", m.Start-winStart) {
			continue
		}
		// "von Norwegen und der Schweiz mit insgesamt 6,4 Mio.": a total
		// two givers share is the budget, not the first one's share; so
		// is an amount a word for budget introduces ("dispose désormais
		// d'un budget de 8 millions USD").
		// ("Das BMZ und die EU stellen gemeinsam 12 Millionen Euro
		// bereit": so is an amount given together; each body gives.)
		if len(orgs) > 1 && jointlyGiven(lastRunes(s[:m.Start], 30)) {
			for _, o := range orgs {
				if o.end <= len(window) {
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(o.name), o.name, s, "prose:shares", "")
				}
			}
			continue
		}
		if len(orgs) > 1 && hasCue(s[max(0, m.Start-25):m.Start], "total") || budgetBefore(s[max(0, m.Start-30):m.Start]) || budgetNear(s[winStart:m.Start]) {
			continue
		}
		// The giver stands just before the verb or noun of giving:
		// "Implemented by UNDP with an EU contribution of", "Im Auftrag
		// des BMZ stellt die GIZ … bereit".
		// (A country named as a place, "damit die Arbeit in Somalia …,
		// hat das niederländische Außenministerium … finanziert", gives
		// nothing.)
		donor, placed := orgs[0].name, true
		for _, o := range orgs {
			// (Only bodies read in the window: one after the amount has
			// its place in the tail.)
			if giverAfter || o.end > len(window) || !placeBefore(window[:o.end], window[o.start:o.end]) {
				donor, placed = o.name, false
				break
			}
		}
		// ("apoia escolas em Moçambique com uma contribuição de US$ 1,2
		// milhão": a place alone names no giver.)
		if placed && !ellipsis && !fundedAfterWith(window) {
			if _, fe, ok := findCue(window, "funded_by"); !ok || orgs[len(orgs)-1].start < fe {
				continue
			}
		}
		// "…, que la FIIAPP ejecuta …, está financiado por la Unión
		// Europea con 4 millones": the giver after the word of funding.
		if _, fe, ok := findCue(window, "funded_by"); ok && fundedWith(window) {
			for _, o := range orgs {
				if o.start >= fe {
					donor = o.name
					break
				}
			}
		}
		// (The word of giving nearest the amount: "2,8 milioni sono messi a
		// disposizione dall'Unione europea, mentre l'AICS contribuisce con
		// 700.000 euro" gives the second amount to the AICS.)
		if last, _ := lastCue(window, "contribution"); last >= 0 {
			for _, o := range orgs {
				// ("Zwitserland, dat het programma samen met Nederland
				// financiert, verhoogt zijn bijdrage …": a body inside a
				// relative clause closed before the word of giving is
				// not its subject.)
				// ("Die Schweiz finanziert es gemeinsam mit Norwegen und
				// trägt CHF 1,8 Mio. bei", "Norway joined the United
				// Kingdom as a donor, with a grant of NOK 16 million": a
				// body joined to the subject is not the one giving.)
				if o.end <= last && !inClosedRelative(window, o.start, last) && !joinedToSubject(window[:o.start]) {
					donor = o.name
				}
			}
		}
		if ellipsis {
			donor = orgs[len(orgs)-1].name
		} else if o, ok := antecedentGiver(window, orgs); ok {
			donor = o.name
		}
		c := contributionOfMoney(donor, m)
		// ("with an additional EU contribution of EUR 340,000", "Die ADA
		// stellt zusätzlich 500.000 Euro bereit": a top-up, which
		// dropIncrements weighs once the page is read.)
		how := "prose:shares"
		if additionBefore(lastRunes(s[:m.Start], 50)) {
			how = extractorIncrement
		}
		x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, how, "")
		x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(donor), donor, s, "prose:shares", "")
		found = true
		lastShare = mi
		x.shareAt[m.Start] = true
	}
	return found
}

// extractorIncrement names a giver's amount a word of addition qualifies.
const extractorIncrement = "prose:increment"

// additionBefore reports a word of the lexicon's word.additional among
// the last words before an amount ("an additional EU contribution of",
// "stellt zusätzlich").
func additionBefore(before string) bool {
	// (Within the amount's clause, back to a comma: "an additional
	// Council of Europe contribution of EUR 10,000".)
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(before)
	for _, w := range ws[max(0, len(ws)-8):] {
		if additionWords()[lexicon.Fold(w)] {
			return true
		}
	}
	return false
}

// dropIncrements drops a giver's top-up (extractorIncrement) where the
// page gives that giver's contribution to the project otherwise too ("…
// adding EUR 450,000 to its contribution. This brings the EU contribution
// to EUR 3.95 million"): the top-up is part of it, no second
// contribution. A top-up the page gives alone stays: it is all a reader
// learns of that giver's share.
func (x *extractor) dropIncrements() {
	type projectGiver struct{ project, giver string }
	whole := map[projectGiver]bool{}
	for _, f := range x.facts {
		if f.Field == dossier.FieldContributions && f.Extractor != extractorIncrement && f.Value.Contribution != nil {
			whole[projectGiver{f.Project, f.Value.Contribution.Donor}] = true
		}
	}
	kept := x.facts[:0]
	for _, f := range x.facts {
		if f.Extractor == extractorIncrement && f.Value.Contribution != nil && whole[projectGiver{f.Project, f.Value.Contribution.Donor}] {
			continue
		}
		kept = append(kept, f)
	}
	x.facts = kept
}

// dropParts drops a giver's contributions to a project that add up to
// another contribution of that giver the page states in the same
// currency: "Compromiso | AECID → ORAS-CONHU | 2.800.000,00" and a later
// "… (ampliación) | 800.000,00" are the parts of "AECID 3.600.000,00 EUR".
// (Two parts at least, of different amounts: one amount stated twice is
// no part of itself.)
func (x *extractor) dropParts() {
	type giverIn struct{ project, giver, currency string }
	amounts := map[giverIn]map[float64]bool{}
	for _, f := range x.facts {
		if c := f.Value.Contribution; f.Field == dossier.FieldContributions && c != nil {
			k := giverIn{f.Project, c.Donor, c.Currency}
			if amounts[k] == nil {
				amounts[k] = map[float64]bool{}
			}
			amounts[k][c.Amount] = true
		}
	}
	whole := map[giverIn]float64{}
	for k, as := range amounts {
		if len(as) < 3 {
			continue
		}
		top, sum := 0.0, 0.0
		for a := range as {
			top = max(top, a)
			sum += a
		}
		if parts := sum - top; math.Abs(parts-top) < 0.5 {
			whole[k] = top
		}
	}
	if len(whole) == 0 {
		return
	}
	kept := x.facts[:0]
	for _, f := range x.facts {
		if c := f.Value.Contribution; f.Field == dossier.FieldContributions && c != nil {
			if top, ok := whole[giverIn{f.Project, c.Donor, c.Currency}]; ok && c.Amount != top {
				continue
			}
		}
		kept = append(kept, f)
	}
	x.facts = kept
}

// jointlyGiven reports a word of the lexicon's amount.jointly among the
// words right before an amount, not opening a phrase of "with"
// ("gemeinsam mit Norwegen" joins a giver; "gemeinsam 12 Millionen"
// sums).
func jointlyGiven(before string) bool {
	ws := strings.Fields(before)
	for i, w := range ws {
		if !jointlyAmountWords()[lexicon.Fold(strings.Trim(w, ",;"))] {
			continue
		}
		if i+1 < len(ws) && (withWordSet()[lexicon.Fold(ws[i+1])] || withPartnerWords()[lexicon.Fold(ws[i+1])]) {
			continue
		}
		return true
	}
	return false
}

var jointlyAmountWords = foldedSet("amount", "jointly")

// joinedToSubject reports text that ends, but for an article, on a word
// joining a body to the clause's subject: list.jointly ("gemeinsam mit",
// "together with") or a verb of joining givers ("joined").
func joinedToSubject(before string) bool {
	ws := strings.Fields(lastRunes(before, 40))
	if n := len(ws); n > 0 && articleWords()[lexicon.Fold(ws[n-1])] {
		ws = ws[:n-1]
	}
	if len(ws) == 0 {
		return false
	}
	tail := strings.Join(ws, " ")
	if loc := jointlyPhrase().FindAllStringIndex(" "+tail+" ", -1); len(loc) > 0 && loc[len(loc)-1][1] == len(tail)+2 {
		return true
	}
	_, end, ok := findCue(tail, "joins_givers")
	return ok && end == len(tail)
}

// spelledOutBefore reports text whose first at bytes are a body's name
// spelled out before its acronym in brackets: capitalised words and the
// little words of names, "(" last. (Unlike spelledBefore and spelledBody,
// the initials need not spell the acronym: a German ministry's "BMZ"
// follows its name in Portuguese.)
func spelledOutBefore(text string, at int) bool {
	head := strings.TrimRight(text[:at], " ")
	if !strings.HasSuffix(head, "(") {
		return false
	}
	ws := strings.Fields(strings.TrimSuffix(head, "("))
	if len(ws) < 2 || len(ws) > 12 {
		return false
	}
	for _, w := range ws {
		f := lexicon.Fold(w)
		if !startsUpper(w) && !nameLittle()[f] && !ofWords()[f] && !articleWords()[f] {
			return false
		}
	}
	return true
}

// inClosedRelative reports a name at start inside a relative clause that a
// comma opens and another closes before limit: ", dat het programma samen
// met Nederland financiert,", ", which Norway also funds,".
func inClosedRelative(s string, start, limit int) bool {
	open := strings.LastIndex(s[:start], ", ")
	if open < 0 {
		return false
	}
	ws := strings.Fields(lexicon.Fold(s[open+2 : start]))
	if len(ws) == 0 || !relativeWords()[ws[0]] {
		return false
	}
	return strings.Contains(s[start:limit], ",")
}

// sharesAfterTotal reports a sentence with two amounts or more and a
// word for "of which" after a comma past the first: "5,6 Mio. EUR bereit,
// davon BMZ 3,6 Mio. EUR …". (The amounts are the ones moneyIn keeps for
// the sentence; the words are looked for only where they are.)
func (x *extractor) sharesAfterTotal(s string) bool {
	if !strings.Contains(s, ",") {
		return false
	}
	// ("…13,2 millions d'euros, dont 6 millions proviennent de la
	// Suède": a share may leave its currency to the total.)
	ms := withBareShares(s, x.moneyIn(s))
	if len(ms) < 2 {
		return false
	}
	for from := ms[0].End; ; {
		c := strings.IndexByte(s[from:], ',')
		if c < 0 {
			return false
		}
		from += c + 1
		if opensWithShareWord(s[from:min(len(s), from+24)]) {
			return true
		}
	}
}

// shareWordBefore reports a word for "of which" (lexicon share.word) in
// window before at, after a comma: ", davon BMZ", "bereit, davon BMZ".
// (at is where a body the window names starts; one read from the text
// after the amount stands outside the window and gives false.)
func shareWordBefore(window string, at int) bool {
	if at < 0 || at > len(window) {
		return false
	}
	c := strings.LastIndexByte(window[:at], ',')
	return c >= 0 && opensWithShareWord(window[c+1:])
}

// withoutGivenBy is a list's lead less a word for "by" after its comma
// (", par l'Agence française …" after "financé par les Pays-Bas à
// hauteur de 3,4 millions d'euros"): the list repeats it before each giver.
func withoutGivenBy(lead string) string {
	t := strings.TrimSpace(lead)
	rest, ok := strings.CutPrefix(t, ",")
	if !ok {
		return lead
	}
	rest = strings.TrimLeft(rest, " ")
	if a, e, found := findCue(rest, "given_by"); found && a == 0 {
		return ", " + rest[e:]
	}
	return lead
}

// giverRightAfter returns the body a word of origin brings in right after
// an amount ("… 750 000 € do Camões", "… EUR 2 million from the EU"), its
// place in tail: the lexicon's cue.amount_from, an article at most, the
// body.
func giverRightAfter(tail string) (orgMention, bool) {
	rest := strings.TrimLeft(tail, " ")
	n := amountFromAt(rest)
	if n == 0 {
		return orgMention{}, false
	}
	return bodyOpening(tail, strings.TrimLeft(rest[n:], " "))
}

// bodyOpening returns the body after (the end of tail) opens on, an
// article at most before it, its place in tail.
func bodyOpening(tail, after string) (orgMention, bool) {
	orgs := orgMentions(after)
	if len(orgs) == 0 || !onlyArticle(after[:orgs[0].start]) {
		return orgMention{}, false
	}
	o := orgs[0]
	off := len(tail) - len(after)
	o.start, o.end = o.start+off, o.end+off
	return o, true
}

// giverAfterVerb returns the body a word of giving (cue.contribution)
// or a verb of funding (cue.funds_name) right after an amount names right
// after it, an article at most between ("… 4 Millionen Euro steuert die
// Europäische Union bei", "Mit 2,4 Millionen Euro fördert die ADA …"),
// its place in tail.
func giverAfterVerb(tail string) (orgMention, bool) {
	rest := strings.TrimLeft(tail, " ")
	at, end, ok := findCue(rest, "contribution")
	if !ok || at != 0 {
		if at, end, ok = findCue(rest, "funds_name"); !ok || at != 0 {
			return orgMention{}, false
		}
	}
	return bodyOpening(tail, strings.TrimLeft(rest[end:], " "))
}

// giverInRelative returns the body a relative clause right after an
// amount names as its giver: the body first and a word of giving later in
// the clause ("…, die Spanien bereitstellt", "…, which Spain provides",
// "…, dat Nederland bijdraagt"), or the word of giving first and the body
// right after it ("…, que aporta España", "…, che mette a disposizione la
// Spagna"). The clause ends at the next comma, semicolon or period.
func giverInRelative(tail string) (orgMention, bool) {
	rest, ok := strings.CutPrefix(strings.TrimLeft(tail, " "), ", ")
	if !ok {
		return orgMention{}, false
	}
	rel := leadingRun(rest)
	if rel == "" || !relativeWords()[lexicon.Fold(rel)] {
		return orgMention{}, false
	}
	clause := rest[len(rel):]
	if i := strings.IndexAny(clause, ",;."); i >= 0 {
		clause = clause[:i]
	}
	t := tail[:len(tail)-len(rest)+len(rel)+len(clause)] // up to the clause's end
	after := strings.TrimLeft(clause, " ")
	// (The body first, the verb of giving ends the clause: "die
	// Europäische Union beteiligt sich mit 3 Millionen Euro" after a
	// comma is a main clause on its own amount.)
	if o, ok := bodyOpening(t, after); ok {
		_, e := lastCue(t[o.end:], "contribution")
		return o, e >= 0 && strings.TrimSpace(t[o.end+e:]) == "" && !strings.ContainsAny(t[o.end:], "0123456789")
	}
	// (Or the verb first: "…, que aporta España".)
	o, ok := giverAfterVerb(after)
	off := len(t) - len(after)
	o.start, o.end = o.start+off, o.end+off
	return o, ok
}

// bracketThenAnd reports text that opens on a closed bracket and a word
// of a list's "and" after it: "(AFD) et la Direction …" goes on to
// another giver, who shares the amount.
func bracketThenAnd(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") {
		return false
	}
	c := strings.IndexByte(s, ')')
	return c > 0 && listAnd()[lexicon.Fold(leadingRun(strings.TrimLeft(s[c+1:], " ")))]
}

// antecedentGiver returns the body a relative clause that holds the
// amount is about: the window before the amount ends on a body, a comma
// and a relative word ("…, en door het Nederlandse ministerie van
// Buitenlandse Zaken, dat 2,8 miljoen euro bijdraagt"), the body's
// acronym in brackets or a verb in small letters perhaps before the
// comma.
func antecedentGiver(window string, orgs []orgMention) (orgMention, bool) {
	w := strings.TrimRight(window, " ")
	rel := lastWord(w)
	if rel == "" || !relativeWords()[lexicon.Fold(rel)] {
		return orgMention{}, false
	}
	before := strings.TrimRight(w[:len(w)-len(rel)], " ")
	before, ok := strings.CutSuffix(before, ",")
	if !ok {
		return orgMention{}, false
	}
	if o, ok := bodyEndingAt(before, orgs); ok {
		return o, true
	}
	// ("… im Auftrag des Bundesministeriums … (BMZ) umgesetzt, das 10
	// Mio. Euro beisteuert": a verb may end the clause before, in small
	// letters.)
	if w := lastWord(before); w != "" && startsLower(w) {
		return bodyEndingAt(strings.TrimRight(strings.TrimSuffix(before, w), " "), orgs)
	}
	return orgMention{}, false
}

// bodyEndingAt returns the one of orgs that ends text, its acronym in
// brackets perhaps after it.
func bodyEndingAt(text string, orgs []orgMention) (orgMention, bool) {
	if strings.HasSuffix(text, ")") {
		if open := strings.LastIndexByte(text, '('); open > 0 {
			text = strings.TrimRight(text[:open], " ")
		}
	}
	for i := len(orgs) - 1; i >= 0; i-- {
		if orgs[i].end == len(text) {
			return orgs[i], true
		}
	}
	return orgMention{}, false
}

// amountInBracket reports text that opens on a bracket holding a figure:
// "(10 millions CAD)" after a giver is its share; "(AECID)" is its
// acronym.
func amountInBracket(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") {
		return false
	}
	// (A bracket that does not close before the next amount holds it:
	// "por la AECID (" before "3,0 millones)".)
	c := strings.IndexByte(s, ')')
	return c < 0 || strings.ContainsAny(s[:c], "0123456789")
}

// amountFromAt returns the length of the lexicon's cue.amount_from
// phrase that s opens on ("do", "provided by", "de l'"), or 0.
func amountFromAt(s string) int {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return 0 // a case change moved bytes: positions would not hold
	}
	for _, p := range amountFromPhrases() {
		elided := strings.HasSuffix(p, "'") || strings.HasSuffix(p, "’")
		if strings.HasPrefix(lower, p) && (elided || strings.HasPrefix(lower[len(p):], " ")) {
			return len(p)
		}
	}
	return 0
}

// amountFromPhrases are the lexicon's cue.amount_from phrases, longest
// first, so "de la" is tried before "de".
var amountFromPhrases = sync.OnceValue(func() []string {
	ps := append([]string(nil), lexicon.Phrases("cue", "amount_from")...)
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	return ps
})

// fundedWith reports a giver named after a word of funding and an amount
// after "with": "financed by the European Union with EUR 6 million".
func fundedWith(window string) bool {
	if _, end, ok := findCue(window, "funded_by"); ok && len(strings.Fields(window[end:])) >= 2 && endsWithAmountWith(window[end:]) {
		return true
	}
	return fundedAfterWith(window)
}

// fundedAfterWith reports a window that ends on a verb of funding after
// its giver and the word for "by", then "with": "wordt door Zweden
// gefinancierd met" (before the amount).
func fundedAfterWith(window string) bool {
	st, e, ok := findCue(window, "funded_after")
	return ok && lastCueEnd(window[:st], "given_by") >= 0 && len(strings.Fields(window[e:])) <= 2 && endsWithAmountWith(window[e:])
}

// cueBefore reports a cue of kind in s that starts before at.
func cueBefore(s, kind string, at int) bool {
	start, _, ok := findCue(s, kind)
	return ok && start < at
}

// roleWith reports a giver named by its role and an amount after "with":
// "the European Union remains the main donor with EUR 5 million".
func roleWith(window string) bool {
	_, end, ok := findCue(window, "donor_noun")
	return ok && endsWithAmountWith(window[end:])
}

// roleAfter reports an amount after "with" and the giver's role right
// after it, as Dutch and German put them: "Nederland blijft met 4
// miljoen euro de grootste geldschieter", "Die Niederlande bleiben mit
// 5,4 Millionen Euro größter Geber".
func roleAfter(window, tail string) bool {
	if !endsWithAmountWith(window) {
		return false
	}
	start, _, ok := findCue(tail, "donor_noun")
	return ok && len(strings.Fields(tail[:start])) <= 1
}

// endsWithAmountWith reports text ending in a word or phrase of the
// lexicon's amount.with ("with", "avec", "à hauteur de").
func endsWithAmountWith(text string) bool {
	ws := strings.Fields(lexicon.Fold(text))
	for n := 1; n <= min(3, len(ws)); n++ {
		if withWordSet()[strings.Join(ws[len(ws)-n:], " ")] {
			return true
		}
	}
	return false
}

// andBefore reports a word joining list members among the last words of
// s: "… to MARLIN and the".
func andBefore(s string) bool {
	ws := strings.Fields(lexicon.Fold(s))
	for i := max(0, len(ws)-3); i < len(ws); i++ {
		if listAnd()[ws[i]] {
			return true
		}
	}
	return false
}

var withWordSet = foldedSet("amount", "with")

// bareAmount is a number with a scale word and no currency: "1,2
// milhões", "0,6 milioni".
var bareAmount = regexp.MustCompile(`(?i)\d+(?:[.,]\d+)?\s+(?:` + lexiconAlternation("scale", "6") + `)\b`)

// withBareShares adds to the amounts of a sentence those it gives with no
// currency after one that has one: "6 milhões de euros pela União
// Europeia e 1,2 milhões pela Cooperação Portuguesa" is EUR both times.
func withBareShares(s string, ms []normalize.MoneyMatch) []normalize.MoneyMatch {
	if len(ms) == 0 || !bareAmount.MatchString(s) {
		return ms
	}
	var out []normalize.MoneyMatch
	i := 0
	// (An amount with its currency that moneyIn left out, a rate, an
	// increase or one another replaces, stays out as a bare figure too;
	// so does one moneyIn read, a krone's.)
	read := slices.Concat(normalize.FindMoney(s), ms)
	for _, loc := range bareAmount.FindAllStringIndex(s, -1) {
		inside := false
		for _, m := range read {
			if loc[0] < m.End && loc[1] > m.Start {
				inside = true
			}
		}
		if inside {
			continue
		}
		for i < len(ms) && ms[i].End <= loc[0] {
			out = append(out, ms[i])
			i++
		}
		// The currency of the amount before, or, for the first, of the
		// one after ("aporta 5 millones; España … 800.000 euros").
		cur := ms[0].Money.Currency
		if len(out) > 0 {
			cur = out[len(out)-1].Money.Currency
		}
		// "Schweden stellt … 48 Mio. Kronen bereit, das BMZ 2,1 Mio.
		// Euro": a krone is never the euro after (kroneAmounts reads it
		// where the giver's country says which krone).
		if _, ok := kroneAfter(s, loc); ok {
			continue
		}
		money, _, err := normalize.ParseMoney(s[loc[0]:loc[1]] + " " + cur)
		if err != nil {
			continue
		}
		end := loc[1]
		// ("6 Mio. aus Deutschland": a scale's abbreviation keeps its
		// dot, the lexicon's "mio.".)
		if f := strings.Fields(s[loc[0]:end]); end < len(s) && s[end] == '.' && dottedScales()[lexicon.Fold(f[len(f)-1])+"."] {
			end++
		}
		out = append(out, normalize.MoneyMatch{Money: money, Start: loc[0], End: end, Text: s[loc[0]:end]})
	}
	return append(out, ms[i:]...)
}

// dottedScales holds the lexicon's scale words that end in a dot
// ("mio.", "mrd."), folded.
var dottedScales = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range []string{"3", "6", "9"} {
		for _, p := range lexicon.Phrases("scale", k) {
			if f := lexicon.Fold(p); strings.HasSuffix(f, ".") {
				m[f] = true
			}
		}
	}
	return m
})

// kroneAfter returns where a bare krone word (the lexicon's krone.word:
// "Kronen", "couronnes") right after the amount at loc ends.
func kroneAfter(s string, loc []int) (int, bool) {
	rest := s[loc[1]:]
	// (After a scale's abbreviation, its dot: "48 Mio. Kronen".)
	w := leadingRun(strings.TrimLeft(rest, " ."))
	if w == "" || !kroneWords()[lexicon.Fold(w)] {
		return 0, false
	}
	return loc[1] + strings.Index(rest, w) + len(w), true
}

// kroneAmounts reads the amounts s gives in a krone named with no
// country ("Schweden stellt 48 Mio. Kronen bereit"), each in the krone
// of the giving country named before it; the others are left unread.
func kroneAmounts(s string) []normalize.MoneyMatch {
	// (Every krone word holds "ron", "roo" or "roa" in small letters: the
	// cheap test before the expression.)
	if !strings.Contains(s, "ron") && !strings.Contains(s, "roo") && !strings.Contains(s, "roa") || !bareAmount.MatchString(s) {
		return nil
	}
	var out []normalize.MoneyMatch
	for _, loc := range bareAmount.FindAllStringIndex(s, -1) {
		end, ok := kroneAfter(s, loc)
		if !ok {
			continue
		}
		cur := kroneCurrency(s[:loc[0]])
		if cur == "" {
			continue
		}
		if money, _, err := normalize.ParseMoney(s[loc[0]:loc[1]] + " " + cur); err == nil {
			out = append(out, normalize.MoneyMatch{Money: money, Start: loc[0], End: end, Text: s[loc[0]:end]})
		}
	}
	return out
}

// kroneCurrency returns the currency of the last giving country named in
// before (lexicon krone_of), or "" where it names none with a krone.
func kroneCurrency(before string) string {
	orgs := orgMentions(before)
	for i := len(orgs) - 1; i >= 0; i-- {
		if d, known := donorOf(orgs[i].name); known {
			return kroneOf()[lexicon.Fold(d)]
		}
	}
	return ""
}

// kroneWords holds the lexicon's krone.word words, folded.
var kroneWords = foldedSet("krone", "word")

// kroneOf maps a giving country's English name, folded, to its krone.
var kroneOf = foldedKinds("krone_of")

// amountsFromGivers reads amounts each followed by its giver: "EUR 6
// million from the European Union and EUR 2 million from Spain", "dont 10
// M€ de l'Union européenne et 2,5 M€ de la Suède". The words between are
// the lexicon's cue.amount_from; the giver must be a body or country
// dossier knows, named right after them.
func (x *extractor) amountsFromGivers(b dossier.Block, s, target string) {
	if target == "" {
		return
	}
	// ("… 13,2 millions d'euros, dont 6 millions proviennent de la
	// Suède": a share may leave its currency to the amount before.)
	for _, m := range withBareShares(s, x.moneyIn(s)) {
		// "a budget of USD 6.2 million provided by …": a budget, not one
		// giver's part.
		// (A budget is no giver's part, but one giver that provides it
		// all gave that much: "Doté de 3,2 millions d'euros apportés par
		// la Coopération italienne".)
		// "un aporte de 4 millones de euros de la Unión Europea": a word
		// for one giver's contribution before the amount makes it that
		// giver's part all the same.
		if before := s[max(0, m.Start-30):m.Start]; hasCue(before, "funded_by") && !hasCue(before, "contribution") {
			continue
		}
		rest := strings.TrimLeft(s[m.End:], " ")
		n := amountFromAt(rest)
		if n == 0 {
			continue
		}
		after := strings.TrimLeft(rest[n:], " ")
		orgs := orgMentions(after)
		// "… du gouvernement du Canada": a country's government is the
		// country (lexicon country.prefix).
		// ("van het Nederlandse ministerie …", "van het Zweedse
		// ontwikkelingsagentschap Sida": an adjective of nationality and
		// a word for a body may stand before the body's name.)
		if len(orgs) == 0 || !onlyArticle(after[:orgs[0].start]) && !describedBody(stripLeadingArticle(after[:orgs[0].start])) && !wholeCountry(after[:orgs[0].end]) {
			continue
		}
		// "EUR 11.5 million from the European Union, Spain and Germany":
		// several givers share it; it is the project's funding, and each
		// of them a giver.
		if n := givenList(after, orgs); n > 1 {
			// Only where the sentence speaks of the project itself, not
			// of a phase of it ("Une phase pilote avait reçu 0,4 M€ de
			// l'AFD, de la GIZ et de l'UNICEF").
			if !phaseWordIn(s[:m.Start]) {
				if !budgetBefore(s[:m.Start]) && m.Money.Qualifier == dossier.QualifierTotal {
					x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(m.Money), m.Text, s, "prose:amount_from", "")
				}
				for _, o := range orgs[:n] {
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(o.name), o.name, s, "prose:amount_from", "")
				}
			}
			continue
		}
		giver := orgs[0].name
		c := contributionOfMoney(giver, m)
		x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:amount_from", "")
		x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(giver), giver, s, "prose:amount_from", "")
	}
}

// nationalGiver returns the country whose adjective stands by a word of
// giving right before an amount ("a Norwegian grant of", "contributo
// italiano di", "une contribution française de"), or "".
func nationalGiver(before string) string {
	ws := strings.Fields(before)
	ws = ws[max(0, len(ws)-4):]
	tail := strings.Join(ws, " ")
	if !hasCue(tail, "contribution") {
		return ""
	}
	for _, w := range ws {
		if code, ok := nationalities()[lexicon.Fold(strings.Trim(w, ",;:()"))]; ok {
			return normalize.CountryName(code)
		}
	}
	return ""
}

// wholeCountry reports text that names one country, its words before
// the name ("gouvernement du Canada") included, as normalize reads them.
func wholeCountry(s string) bool {
	_, ok := normalize.CountryCode(strings.TrimSpace(s))
	return ok
}

// joinsGivers reports text between two givers that only lists them: a
// comma, "and", and the words that bring a giver in ("… de la Belgique,
// des Pays-Bas et du Danemark").
func joinsGivers(between string) bool {
	for _, w := range strings.Fields(lexicon.Fold(between)) {
		if !listAnd()[w] && !articleWords()[w] && !amountFromWords()[w] {
			return false
		}
	}
	return true
}

// givenList is how many of orgs a list of givers holds: "the European
// Union, Spain and Germany" three, "la France (ministère de l'Europe …)"
// one, the body and its agency in brackets.
func givenList(after string, orgs []orgMention) int {
	n := 1
	for n < len(orgs) && listsGivers(after[orgs[n-1].end:orgs[n].start]) {
		n++
	}
	return n
}

// phaseWordIn reports a word for phase in s ("une phase pilote").
func phaseWordIn(s string) bool {
	for _, w := range strings.Fields(lexicon.Fold(s)) {
		if phaseWords()[w] {
			return true
		}
	}
	return false
}

// listsGivers reports text between two givers that separates members of
// a list (a comma or "and"), not a bracket that names the first one's
// agency.
func listsGivers(between string) bool {
	if strings.ContainsAny(between, "()") {
		return false
	}
	sep := strings.Contains(between, ",")
	for _, w := range strings.Fields(lexicon.Fold(between)) {
		sep = sep || listAnd()[w]
	}
	return sep && joinsGivers(between)
}

// onlyArticle reports text that is empty or one article ("het ", "the "):
// a body whose name takes in its own adjective of nationality ("het
// Nederlandse ministerie van Buitenlandse Zaken") follows it.
func onlyArticle(s string) bool {
	ws := strings.Fields(s)
	return len(ws) == 0 || len(ws) == 1 && articleWords()[lexicon.Fold(ws[0])]
}

// describedBody reports the words before a body's name that describe it
// only: none, or an adjective of nationality, then maybe a word for a body
// ("Zweedse ontwikkelingsagentschap").
func describedBody(s string) bool {
	ws := strings.Fields(lexicon.Fold(s))
	if len(ws) == 0 {
		return true
	}
	if len(ws) > 2 {
		return false
	}
	if _, nat := nationalities()[ws[0]]; !nat {
		return false
	}
	return len(ws) == 1 || orgWords()[ws[1]] || compoundEndsIn(ws[1], orgWords()) || descriptorWords()[ws[1]]
}

// amountFromWords are the one-word phrases of the lexicon's
// cue.amount_from, folded.
var amountFromWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("cue", "amount_from") {
		for _, w := range strings.Fields(lexicon.Fold(p)) {
			m[w] = true
		}
	}
	return m
})

// joinedWith reads a giver that joins the project with an amount:
// "Switzerland joined in July 2022 with CHF 3 million". The giver is the
// body or country named right before the lexicon's cue.joined, the amount
// the first after it that a cue.with_amount word brings in.
func (x *extractor) joinedWith(b dossier.Block, s, target string) {
	at, end, ok := findCue(s, "joined")
	if !ok || target == "" {
		return
	}
	orgs := orgMentions(s[:at])
	// "a Suécia, que se junta à iniciativa com 800 mil euros": a
	// relative clause after the giver opens on the verb.
	if len(orgs) == 0 || strings.TrimSpace(s[orgs[len(orgs)-1].end:at]) != "" && !relativeOnly(s[orgs[len(orgs)-1].end:at]) {
		return
	}
	giver := orgs[len(orgs)-1].name
	from := end
	ms := x.moneyIn(s[end:])
	// "Deutschland trat dem Programm im November 2021 mit 2,5 Mio. EUR
	// bei": a separable verb's particle closes the clause, the amount
	// stands between.
	if len(ms) == 0 {
		if first := at + len(leadingRun(s[at:])); first < end {
			from, ms = first, x.moneyIn(s[first:end])
		}
	}
	// "With a contribution of EUR 1.6 million, Italy joins the funders":
	// the amount set before the giver, in a clause of its own.
	if len(ms) == 0 {
		before := s[:orgs[len(orgs)-1].start]
		if mb := x.moneyIn(before); len(mb) == 1 {
			gap := before[mb[0].End:]
			// (The word of giving close before the amount: "Com esta
			// contribuição, o orçamento do programa passou a 13,5
			// milhões" gives a budget.)
			lead := strings.Fields(before[:mb[0].Start])
			if strings.Contains(gap, ",") && len(strings.Fields(gap)) <= 4 && hasCue(strings.Join(lead[max(0, len(lead)-4):], " "), "contribution") {
				c := contributionOfMoney(giver, mb[0])
				x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), mb[0].Text, s, "prose:joined", "")
				x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(giver), giver, s, "prose:joined", "")
				return
			}
		}
	}
	for _, m := range ms {
		ws := strings.Fields(lexicon.Fold(s[from : from+m.Start]))
		if len(ws) == 0 || !withAmountWords()[ws[len(ws)-1]] {
			return
		}
		c := contributionOfMoney(giver, m)
		x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:joined", "")
		x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(giver), giver, s, "prose:joined", "")
		return
	}
	// "The European Union joined the programme in October 2023", "Norway
	// joined as a co-funder": with no amount, a body that gives joins as
	// a giver; a country, which may join as a place the project works
	// in, only where a word for a giver says so.
	if len(ms) > 0 {
		return
	}
	d, known := donorOf(giver)
	// (Not a bare "donors" after it: "Uzbekistan joins Central Asian push
	// to end reliance on 'replacement' blood donors".)
	// ("l’Italia entra a far parte dei finanziatori": a plain word for
	// the givers right after the cue is the group the country joins.)
	if !known || isCountry(giver) && !hasCue(s[end:], "donor_noun") && !plainDonorsNext(s[end:]) {
		return
	}
	x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(d), giver, s, "prose:joined", "")
}

// relativeOnly reports the words between a giver and its verb that open
// a relative clause on it and say nothing else: a comma, a relative word
// of the lexicon (relative.word), at most a reflexive pronoun (", que
// se", ", which").
func relativeOnly(between string) bool {
	if !relativeOpening(between) {
		return false
	}
	ws := strings.Fields(lexicon.Fold(strings.TrimPrefix(between, ", ")))
	return len(ws) == 1 || len(ws) == 2 && cliticWords()[ws[1]]
}

// giversWithAmounts reads givers each followed by "with" and its amount
// in a sentence about the givers: "Weitere Geber sind die Niederlande mit
// 3,0 Mio. EUR und Norwegen mit 2,4 Mio. EUR", "other donors are Norway
// with EUR 2.4 million". The sentence must have a word for givers
// (cue.donor_noun, cue.donor_noun_plain), the giver a body or country
// dossier knows, and only a cue.with_amount word stand between it and the
// amount.
func (x *extractor) giversWithAmounts(b dossier.Block, s, target string) {
	if target == "" || !hasCue(s, "donor_noun") && !hasCue(s, "donor_noun_plain") {
		return
	}
	ms := x.moneyIn(s)
	if len(ms) == 0 {
		return
	}
	orgs := orgMentions(s)
	// "With EUR 2 million, Denmark is the largest donor", "Con 2 millones
	// de euros, Dinamarca es el principal donante": the amount in an
	// opening clause, the giver the subject right after its comma.
	if ws := words(s); len(ws) > 1 && withAmountWords()[ws[0].fold] && ms[0].Start <= ws[1].start {
		if rest := strings.TrimLeft(s[ms[0].End:], " "); strings.HasPrefix(rest, ",") {
			after := strings.TrimLeft(rest[1:], " ")
			off := len(s) - len(after)
			for _, o := range orgs {
				if o.start >= off && onlyArticle(s[off:o.start]) {
					c := contributionOfMoney(o.name, ms[0])
					x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, s, "prose:with_amount", "")
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(o.name), o.name, s, "prose:with_amount", "")
					return
				}
			}
		}
	}
	for _, m := range ms {
		var giver *orgMention
		for i := range orgs {
			if orgs[i].end <= m.Start {
				giver = &orgs[i]
			}
		}
		if giver == nil {
			continue
		}
		ws := strings.Fields(lexicon.Fold(s[giver.end:m.Start]))
		if len(ws) != 1 || !withAmountWords()[ws[0]] {
			continue
		}
		c := contributionOfMoney(giver.name, m)
		x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:with_amount", "")
		x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(giver.name), giver.name, s, "prose:with_amount", "")
	}
}

// plainDonorsNext reports text that opens on a plain word for givers, an
// article perhaps before it: " i finanziatori della seconda fase".
func plainDonorsNext(s string) bool {
	at, _, ok := findCue(s, "donor_noun_plain")
	return ok && onlyArticle(s[:at])
}

// withAmountWords are the lexicon's cue.with_amount words, folded.
var withAmountWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("cue", "with_amount") {
		m[lexicon.Fold(p)] = true
	}
	return m
})

// respectiveShares reads givers and their amounts paired in order by a
// word for "respectively" ("co-funded by the Netherlands and the European
// Union, which have contributed EUR 3.0 million and EUR 2.4 million
// respectively towards a total budget of EUR 5.4 million"): as many
// givers as amounts before the word, the first giver the first amount's;
// an amount after a word for budget is the budget. It reports whether it
// read them.
func (x *extractor) respectiveShares(b dossier.Block, s, target string, ms []normalize.MoneyMatch) bool {
	at, _, ok := findCue(s, "respectively")
	if !ok {
		return false
	}
	var givers []string
	for _, o := range orgMentions(s[:at]) {
		d, known := donorOf(o.name)
		if !known || slices.Contains(givers, d) {
			continue
		}
		givers = append(givers, d)
	}
	var shares []normalize.MoneyMatch
	var budget *normalize.MoneyMatch
	for i, m := range ms {
		if m.Start < at {
			shares = append(shares, m)
		} else if win := s[max(0, m.Start-40):m.Start]; hasCue(win, "budget") && budget == nil {
			budget = &ms[i]
		}
	}
	// "finanziato da Paesi Bassi e Svezia, rispettivamente con 4,5
	// milioni di euro e 40 milioni di corone svedesi": the word before
	// the amounts, as Romance languages write it.
	// ("L'Italia si affianca ai Paesi Bassi e alla Svezia, che
	// contribuiscono rispettivamente con …": the givers the amounts pair
	// with are the last ones named before the word.)
	if len(shares) == 0 {
		shares = amountsAfterRespectively(s, at, ms)
		if len(shares) >= 2 && len(givers) > len(shares) {
			givers = givers[len(givers)-len(shares):]
		}
	}
	if len(shares) < 2 || len(givers) != len(shares) {
		return false
	}
	for i, m := range shares {
		c := contributionOfMoney(givers[i], m)
		x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:respectively", "")
		x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(givers[i]), givers[i], s, "prose:respectively", "")
	}
	if budget != nil {
		x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(budget.Money), budget.Text, s, "prose:budget", x.scope)
	}
	return true
}

// amountsAfterRespectively returns the amounts that follow the word for
// "respectively" at at, one after the other with at most a few words
// ("and", "of") between them.
func amountsAfterRespectively(s string, at int, ms []normalize.MoneyMatch) []normalize.MoneyMatch {
	var out []normalize.MoneyMatch
	from := at
	for _, m := range ms {
		if m.Start < at {
			continue
		}
		if len(strings.Fields(s[from:m.Start])) > 3 || strings.ContainsAny(s[from:m.Start], ".;:") {
			break
		}
		out = append(out, m)
		from = m.End
	}
	return out
}

// giverAmountBlocks reads the givers and their amounts a funding section
// sets as blocks of their own: each giver over its amount ("União
// Europeia" / "4 000 000 €"), or a column of givers beside a column of
// amounts, which a PDF gives one column after the other ("New Zealand
// (MFAT)", "Australia (DFAT)", then "NZD 4.2 million", "AUD 3.0 million"),
// perhaps with a column head between ("Contribution"). gated says the
// block stands where givers are listed (a funding section, after another
// pair). It reports how many blocks from i it read, 0 for none.
func (x *extractor) giverAmountBlocks(i int, gated bool) int {
	blocks := x.doc.Blocks
	// (Most documents set no amount as a block of its own, and a giver's
	// amount stands within a few blocks of it: the cheap test first.)
	if !x.amountBlockNear(i) {
		return 0
	}
	giverAt := func(j int) (string, bool) {
		if j < 0 || j >= len(blocks) || blocks[j].Role != dossier.RoleParagraph && blocks[j].Role != dossier.RoleHeading {
			return "", false
		}
		t := collapse(blocks[j].Text)
		if len(t) > 80 || len(strings.Fields(t)) > 10 || strings.ContainsAny(t, "0123456789") {
			return "", false
		}
		// ("Commitment (BMZ)" over "EUR 10,000,000": a label, whose
		// value is read as one.)
		if lookupLabel(t) != labelNone || !nameOnly(t) {
			return "", false
		}
		return orgOf(t)
	}
	amountAt := func(j int) (normalize.MoneyMatch, bool) {
		if j < 0 || j >= len(blocks) || blocks[j].Role != dossier.RoleParagraph && blocks[j].Role != dossier.RoleHeading {
			return normalize.MoneyMatch{}, false
		}
		t := collapse(blocks[j].Text)
		if len(t) > 60 {
			return normalize.MoneyMatch{}, false
		}
		ms := normalize.FindMoney(t)
		// ("450 000 CHF (env. 480 000 €)", "¥ 80 000 000": an amount
		// alone, perhaps with its equivalent in brackets.)
		if len(ms) == 0 || strings.TrimSpace(t[:ms[0].Start]) != "" {
			return normalize.MoneyMatch{}, false
		}
		if rest := strings.TrimSpace(t[ms[0].End:]); rest != "" && !strings.HasPrefix(rest, "(") {
			return normalize.MoneyMatch{}, false
		}
		return ms[0], true
	}
	var givers []string
	for j := i; ; j++ {
		g, ok := giverAt(j)
		if !ok {
			break
		}
		givers = append(givers, g)
	}
	if len(givers) == 0 {
		return 0
	}
	add := func(donor string, at int, m normalize.MoneyMatch, quote string) {
		c := contributionOfMoney(donor, m)
		b := blocks[at]
		x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, quote, "blocks:contribution")
		x.add(b, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "blocks:donors")
	}
	// Each giver with its amount, the pair repeated: the amount set big
	// over its giver ("4,2 M€" / "Alemanha – Ministério …"), or the giver
	// over its amount. A lone pair counts in a funding section, after
	// another, or set as a card: one of the two as big as a heading.
	if len(givers) == 1 {
		before, beforeOK := amountAt(i - 1)
		after, afterOK := amountAt(i + 1)
		// Between two amounts, the pairs read so far tell the order;
		// else an amount with no giver above it is the first pair's.
		_, giverAbove := giverAt(i - 2)
		useBefore := beforeOK && (!afterOK || x.giverOrder < 0 || x.giverOrder == 0 && !giverAbove)
		at, m := i+1, after
		switch {
		case useBefore:
			at, m = i-1, before
		case !afterOK:
			return 0
		}
		card := blocks[i].Role == dossier.RoleHeading || blocks[at].Role == dossier.RoleHeading
		if !gated && !card {
			return 0
		}
		first, second := min(i, at), max(i, at)
		add(givers[0], at, m, collapse(blocks[first].Text)+" "+collapse(blocks[second].Text))
		if at < i {
			x.giverOrder = -1
			return 1
		}
		x.giverOrder = 1
		return 2
	}
	// A column of givers, then one of as many amounts.
	start := i + len(givers)
	if _, ok := amountAt(start); !ok {
		start++ // a column head between
	}
	var amounts []normalize.MoneyMatch
	for j := start; j < start+len(givers); j++ {
		m, ok := amountAt(j)
		if !ok {
			return 0
		}
		amounts = append(amounts, m)
	}
	for k, g := range givers {
		add(g, start+k, amounts[k], collapse(blocks[i+k].Text)+" "+collapse(blocks[start+k].Text))
	}
	return start + len(givers) - i
}

// nameOnly reports a line that is a name and nothing else, outside its
// brackets: "Norvège (ministère des Affaires étrangères)", "Agenzia
// Italiana per la Cooperazione allo Sviluppo", "Unione europea", not "EU
// contribution to the two actions".
func nameOnly(t string) bool {
	depth := 0
	var outside strings.Builder
	for _, r := range t {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		default:
			if depth == 0 {
				outside.WriteRune(r)
			}
		}
	}
	// ("Unione europea": a name dossier knows, whatever its case.)
	if _, ok := normalize.KnownOrganisation(strings.TrimSpace(outside.String())); ok {
		return true
	}
	for _, w := range strings.Fields(outside.String()) {
		w = strings.Trim(w, ",.;:–—-·/")
		if w == "" || startsUpper(w) {
			continue
		}
		if f := lexicon.Fold(w); !nameLittle()[f] && !articleWords()[f] && !ofWords()[f] {
			return false
		}
	}
	return true
}

// amountBlockNear reports a short block with a figure in it within the
// blocks around i where a giver's amount may stand (one before, a column
// of them after).
func (x *extractor) amountBlockNear(i int) bool {
	if x.figureBlocks == nil {
		x.figureBlocks = make([]bool, len(x.doc.Blocks))
		for j, b := range x.doc.Blocks {
			x.figureBlocks[j] = (b.Role == dossier.RoleParagraph || b.Role == dossier.RoleHeading) && len(b.Text) <= 80 && strings.ContainsAny(b.Text, "0123456789")
		}
	}
	for j := max(0, i-1); j < min(len(x.figureBlocks), i+14); j++ {
		if x.figureBlocks[j] {
			return true
		}
	}
	return false
}

// cliticWords holds the lexicon's word.clitic pronouns, folded.
var cliticWords = foldedSet("word", "clitic")

// cliticsOnly reports text that is empty or holds, at most after one
// word in small letters, a pronoun of the lexicon's word.clitic: "5,5
// millones de euros los aporta la Unión Europea", "… restantes los
// aporta …".
func cliticsOnly(text string) bool {
	ws := strings.Fields(text)
	switch {
	case len(ws) == 0:
		return true
	case len(ws) > 2 || !cliticWords()[lexicon.Fold(ws[len(ws)-1])]:
		return false
	}
	return len(ws) == 1 || startsLower(ws[0])
}
