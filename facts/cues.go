package facts

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// Prose in any language of the lexicon: a cue phrase ("funded by",
// "financé par", "financiado por", "finanziert von") followed by what it
// introduces. The phrases live in lexicon/*.txt ("cue.KIND").

// findCue returns where the first phrase of cue.KIND stands in s as whole
// words, or ok false. At one place the longest phrase wins.
func findCue(s, kind string) (start, end int, ok bool) {
	m := cuesIn(s)
	if se, found := m[kind]; found {
		return se[0], se[1], true
	}
	return 0, 0, false
}

// cuesIn finds, in one pass over s's words, the first place each cue kind
// stands (see findCue), remembered for the texts asked about again.
func cuesIn(s string) map[string][2]int {
	if len(s) <= maxCueCacheKey {
		if m, ok := cueCache.Load(s); ok {
			return m.(map[string][2]int)
		}
	}
	m := phrasesIn(s, cueHeads(), false)
	if len(s) <= maxCueCacheKey && cueCacheSize.Add(1) <= maxCueCache {
		cueCache.Store(s, m)
	}
	return m
}

// phrasesIn finds, in one pass over s's words, the first place each kind
// of the phrases byHead holds stands; with last, the last place, reading
// on after each phrase found as a search from its end would.
func phrasesIn(s string, byHead map[string][]cuePhrase, last bool) map[string][2]int {
	m := map[string][2]int{}
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return m // a case change moved bytes: positions would not hold
	}
	for i := 0; i < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) || !wordEdge(lower, i, true) {
			i += size
			continue
		}
		head := leadingRun(lower[i:])
		// The adverbs that may follow a phrase's first word at i, looked
		// up once for the phrases that share that word (most words are
		// followed by none).
		advAt, advs := -1, []string(nil)
		for _, c := range byHead[head] {
			if prev, seen := m[c.kind]; seen && prev[0] < i && (!last || i < prev[1]) {
				continue
			}
			j := i + len(c.phrase)
			if !strings.HasPrefix(lower[i:], c.phrase) || !c.elided && !wordEdge(lower, j, false) {
				// "financed so far by", "finanziato finora dalla": an
				// adverb inside the phrase, before its last word.
				j = -1
				// (Only cues that open on a verb that helps another;
				// the adverbs after it are looked up once for them.)
				if c.afterFirst != "" && strings.HasPrefix(lower[i:], c.firstWord) {
					if k := i + len(c.firstWord); k != advAt {
						advAt, advs = k, insertedAdverbs()[leadingRun(lower[k:])]
					}
					if len(advs) > 0 {
						j = adverbAfterVerb(lower, advAt, advs, c)
					}
				}
				if j < 0 {
					j = adverbInside(lower, i, c)
				}
				if j < 0 && c.kind == "implemented_by" {
					j = adverbialInside(lower, i, c)
				}
				if j < 0 {
					if !c.separable {
						continue
					}
					if j = particleLater(lower, i, c); j < 0 {
						continue
					}
				}
			}
			if prev, seen := m[c.kind]; !seen || prev[0] == i && j > prev[1] || last && prev[0] < i {
				m[c.kind] = [2]int{i, j}
			}
		}
		i += len(head)
	}
	return m
}

var (
	cueCache     sync.Map
	cueCacheSize atomic.Int64
)

// The cue memory is bounded: texts up to maxCueCacheKey bytes, at most
// maxCueCache of them.
const (
	maxCueCacheKey = 2000
	maxCueCache    = 50000
)

// cuePhrase is a cue of the lexicon by the word it starts with; lead and
// last split a phrase of several words before its last word ("financed",
// " by"), where an adverb may stand.
type cuePhrase struct {
	kind, phrase, lead, last string
	// separable says the phrase is a verb and its particle, which may
	// stand apart (particleLater): verb and particle hold the two.
	separable      bool
	verb, particle string
	// firstWord (with its space) and afterFirst split a phrase of three
	// words or more that opens on a verb that helps another (the
	// lexicon's verb.auxiliary) after that verb, where an adverb may
	// stand too (adverbAfterVerb); afterFirst is "" for other phrases.
	firstWord, afterFirst string
	// elided says the phrase ends in an elided article ("finanziato
	// dall'") and runs into the next word.
	elided bool
}

// adverbInside returns where phrase c ends in lower from i when an
// adverb of the lexicon (adverb.inserted: "so far", "finora", "bisher")
// stands before its last word, or -1.
func adverbInside(lower string, i int, c cuePhrase) int {
	if c.lead == "" || !strings.HasPrefix(lower[i:], c.lead) {
		return -1
	}
	k := i + len(c.lead)
	if k >= len(lower) || lower[k] != ' ' {
		return -1
	}
	rest := lower[k+1:]
	for _, a := range insertedAdverbs()[leadingRun(rest)] {
		if strings.HasPrefix(rest, a) && strings.HasPrefix(rest[len(a):], c.last) {
			if j := k + 1 + len(a) + len(c.last); wordEdge(lower, j, false) {
				return j
			}
		}
	}
	return -1
}

// adverbialInside returns where phrase c, a cue of carrying out that
// ends on its word for "by", ends in lower from i when a phrase of time
// or place stands before that word ("implemented in
// Malawi by", "ejecutado desde 2021 por", "implemented from April 2020 to
// June 2023 by"), or -1: up to six words (twelve with a year), no
// punctuation, opening on a word of place or time of the lexicon
// (adverbialOpeners) or holding a year.
func adverbialInside(lower string, i int, c cuePhrase) int {
	if c.lead == "" || !givenByWords()[lexicon.Fold(strings.TrimSpace(c.last))] || !strings.HasPrefix(lower[i:], c.lead) {
		return -1
	}
	k := i + len(c.lead)
	if k >= len(lower) || lower[k] != ' ' {
		return -1
	}
	window := lower[k:min(len(lower), k+maxAdverbialBytes)]
	at := strings.Index(window, c.last+" ")
	if at <= 0 {
		return -1
	}
	inserted := strings.TrimSpace(window[:at])
	ws := strings.Fields(inserted)
	// (A period written out takes more words: "del 1 de abril de 2020
	// al 30 de junio de 2023".)
	years := yearRuns(inserted)
	if len(ws) == 0 || len(ws) > 6 && years == 0 || len(ws) > 12 || strings.ContainsAny(inserted, ",;:.()") {
		return -1
	}
	if !adverbialOpeners()[lexicon.Fold(ws[0])] && years == 0 {
		return -1
	}
	return k + at + len(c.last)
}

// maxAdverbialBytes bounds the phrase adverbialInside reads between a
// cue's words.
const maxAdverbialBytes = 80

// adverbialOpeners are the lexicon's one-word openers of a phrase of
// time or place: region.in ("in", "en", "im"), range.from ("from",
// "desde", "seit"), range.between and range.until.
var adverbialOpeners = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range [][2]string{{"region", "in"}, {"range", "from"}, {"range", "between"}, {"range", "until"}, {"cue", "since_opening"}} {
		for _, p := range lexicon.Phrases(k[0], k[1]) {
			if f := lexicon.Fold(p); !strings.Contains(f, " ") {
				m[f] = true
			}
		}
	}
	return m
})

// adverbAfterVerb returns where phrase c ends in lower when one of the
// adverbs advs (those whose first word stands at k, right after the
// phrase's first word) stands there, after a verb that helps the rest ("a
// officiellement pris fin le", "s'est finalement achevé en"), or -1.
func adverbAfterVerb(lower string, k int, advs []string, c cuePhrase) int {
	rest := lower[k:]
	for _, a := range advs {
		if len(rest) > len(a) && rest[len(a)] == ' ' && strings.HasPrefix(rest, a) && strings.HasPrefix(rest[len(a)+1:], c.afterFirst) {
			if j := k + len(a) + 1 + len(c.afterFirst); wordEdge(lower, j, false) {
				return j
			}
		}
	}
	return -1
}

// particleLater returns where the verb of phrase c ends in lower from i
// when the phrase is a separable verb whose particle (the lexicon's
// verb.particle) comes later in the clause, as Dutch and German write
// them: "Nederland trekt de komende jaren 4,2 miljoen euro uit", "der
// Vertrag läuft Ende 2025 aus". -1 otherwise.
func particleLater(lower string, i int, c cuePhrase) int {
	particle := c.particle
	if !strings.HasPrefix(lower[i:], c.verb) {
		return -1
	}
	k := i + len(c.verb)
	if !wordEdge(lower, k, false) {
		return -1
	}
	clause := lower[k:min(len(lower), k+160)]
	if e := strings.IndexAny(clause, ".;:!?"); e >= 0 {
		// (Not a decimal point: "4,2" and "1.5" stay inside; nor an
		// abbreviation's: "mit 2,5 Mio. EUR bei".)
		for e >= 0 && e+1 < len(clause) && clause[e] == '.' && (clause[e+1] >= '0' && clause[e+1] <= '9' || abbreviations()[lastWord(clause[:e])]) {
			next := strings.IndexAny(clause[e+1:], ".;:!?")
			if next < 0 {
				e = -1
				break
			}
			e += 1 + next
		}
		if e >= 0 {
			clause = clause[:e]
		}
	}
	for off := 0; ; {
		at := strings.Index(clause[off:], " "+particle)
		if at < 0 {
			return -1
		}
		at += off + 1
		if wordEdge(clause, at+len(particle), false) {
			return k
		}
		off = at
	}
}

// auxiliaryVerbs are the lexicon's verb.auxiliary words, lower case: the
// first words of cues inside which an adverb may stand after them.
var auxiliaryVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("verb", "auxiliary") {
		m[strings.ToLower(p)] = true
	}
	return m
})

// separableParticles are the lexicon's verb.particle words.
var separableParticles = foldedSet("verb", "particle")

// insertedAdverbs are the lexicon's adverb.inserted words, lower case,
// by their first word.
var insertedAdverbs = sync.OnceValue(func() map[string][]string { return lowerByHead("adverb", "inserted") })

// resumedAdverbs are the lexicon's adverb.resumed words, lower case, by
// their first word.
var resumedAdverbs = sync.OnceValue(func() map[string][]string { return lowerByHead("adverb", "resumed") })

// lowerByHead returns the phrases of section.kind in lower case, by their
// first word.
func lowerByHead(section, kind string) map[string][]string {
	out := map[string][]string{}
	for _, a := range lexicon.Phrases(section, kind) {
		a = strings.ToLower(a)
		out[leadingRun(a)] = append(out[leadingRun(a)], a)
	}
	return out
}

// cueHeads indexes every cue phrase of the lexicon by its head word.
var cueHeads = sync.OnceValue(func() map[string][]cuePhrase {
	out := phraseHeads("cue")
	// "L'agence d'exécution est le PNUD", "La agencia ejecutora es el
	// PNUD", "De uitvoerende organisatie is UNDP": a label of the
	// implementer and a verb of being of the same language name the body
	// after them; the lexicon's labels and copulas make the cues.
	for _, p := range labelCopulaPhrases("implementer") {
		out[leadingRun(p)] = append(out[leadingRun(p)], splitCue("implemented_by", p))
		if strings.Contains(p, "'") {
			q := strings.ReplaceAll(p, "'", "’")
			out[leadingRun(q)] = append(out[leadingRun(q)], splitCue("implemented_by", q))
		}
	}
	return out
})

// labelCopulaPhrases returns, in lower case, every label.KIND phrase
// followed by a copula.word phrase of the same language.
func labelCopulaPhrases(kind string) []string {
	copulas := map[string][]string{}
	for _, e := range lexicon.Entries() {
		if e.Section == "copula" && e.Kind == "word" {
			copulas[e.Lang] = append(copulas[e.Lang], strings.ToLower(e.Phrase))
		}
	}
	var out []string
	for _, e := range lexicon.Entries() {
		if e.Section == "label" && e.Kind == kind {
			for _, c := range copulas[e.Lang] {
				out = append(out, strings.ToLower(e.Phrase)+" "+c)
			}
		}
	}
	return out
}

// relationHeads are the lexicon's relation words ("follow-up", "fait
// suite à", "Nachfolger") by their first word, kinds "successor" and
// "predecessor": read apart from the cues, whose kinds end clauses.
var relationHeads = sync.OnceValue(func() map[string][]cuePhrase { return phraseHeads("relation") })

// phraseHeads returns the phrases of a lexicon section by their first
// word, in lower case, each kind under its own name.
func phraseHeads(section string) map[string][]cuePhrase {
	out := map[string][]cuePhrase{}
	for _, kind := range lexicon.Kinds(section) {
		for _, p := range lexicon.Phrases(section, kind) {
			p = strings.ToLower(p)
			if h := leadingRun(p); h != "" {
				out[h] = append(out[h], splitCue(kind, p))
				// Pages write the apostrophe both ways: "l'ONUDC", "l’ONUDC".
				if strings.Contains(p, "'") {
					out[h] = append(out[h], splitCue(kind, strings.ReplaceAll(p, "'", "’")))
				}
			}
		}
	}
	return out
}

// findRelation finds the first relation wording of kind ("successor",
// "predecessor") in s, as findCue does for cues.
func findRelation(s, kind string) (start, end int, ok bool) {
	if se, found := phrasesIn(s, relationHeads(), false)[kind]; found {
		return se[0], se[1], true
	}
	return 0, 0, false
}

// splitCue makes a cue phrase, split before its last word when it has
// several.
func splitCue(kind, p string) cuePhrase {
	c := cuePhrase{kind: kind, phrase: p, elided: strings.HasSuffix(p, "'") || strings.HasSuffix(p, "’")}
	if head, tail, ok := strings.Cut(p, " "); ok && strings.Contains(tail, " ") && auxiliaryVerbs()[strings.ReplaceAll(head, "’", "'")] {
		c.firstWord, c.afterFirst = head+" ", tail
	}
	if k := strings.LastIndexByte(p, ' '); k > 0 {
		c.lead, c.last = p[:k], p[k:]
		// "trekt uit", "gaat van start", "stellt zur verfügung": the
		// verb, then a particle of one word or more.
		if verb, particle, ok := strings.Cut(p, " "); ok && separableParticles()[particle] {
			c.separable, c.verb, c.particle = true, verb, particle
		}
	}
	return c
}

// leadingRun is the run of letters and digits s starts with: a phrase's
// or a word's head ("jusqu" of "jusqu'au", "co" of "co-funded").
func leadingRun(s string) string {
	for i := 0; i < len(s); {
		// (ASCII first, without decoding: most text is.)
		if c := s[i]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return s[:i]
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return s[:i]
		}
		i += size
	}
	return s
}

// wordEdge reports whether i in s is a word boundary.
func wordEdge(s string, i int, before bool) bool {
	if before {
		if i == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// resumedAgentWords holds the lexicon's list.and and cue.given_by
// phrases in small letters, which resumedAside reads.
var resumedAgentWords = sync.OnceValue(func() (words struct{ and, by []string }) {
	for _, w := range lexicon.Phrases("list", "and") {
		words.and = append(words.and, strings.ToLower(w))
	}
	for _, w := range lexicon.Phrases("cue", "given_by") {
		words.by = append(words.by, strings.ToLower(w))
	}
	return words
})

// resumedAside returns where the body starts after "and", an aside
// between commas, and a word for "by" ("co-financed by France and, since
// 2022, by the Netherlands"): two to sixty characters, a space and a word
// of "and" before the first comma, an aside of two to forty characters, a space
// and a word for "by" and a space after the second. 0 where s has none.
// (A scan of bytes: as a regular expression, its bounded runs that long
// took a few hundred million instructions to compile, once a process.)
func resumedAside(s string) int {
	first := strings.IndexAny(s, ",.;")
	if first < 0 || s[first] != ',' || first+1 >= len(s) || !asciiSpace(s[first+1]) {
		return 0
	}
	words := resumedAgentWords()
	head := strings.ToLower(s[:first])
	anded := false
	for _, and := range words.and {
		n := len(head) - len(and) - 1 // the bytes before the space
		if strings.HasSuffix(head, and) && n >= 2 && asciiSpace(head[n]) {
			if r := utf8.RuneCountInString(head[:n]); r >= 2 && r <= 60 {
				anded = true
				break
			}
		}
	}
	if !anded {
		return 0
	}
	second := strings.IndexAny(s[first+2:], ",.;")
	if second < 0 || s[first+2+second] != ',' {
		return 0
	}
	if r := utf8.RuneCountInString(s[first+2 : first+2+second]); r < 2 || r > 40 {
		return 0
	}
	at := first + 2 + second + 1 // after the second comma
	if at >= len(s) || !asciiSpace(s[at]) {
		return 0
	}
	rest := strings.ToLower(s[at+1:])
	// ("…, seit Mitte 2023, zusätzlich von der Europäischen Union": an
	// adverb may stand before the word for "by".)
	lead := leadingRun(rest)
adverbs:
	for _, advs := range [2][]string{resumedAdverbs()[lead], insertedAdverbs()[lead]} {
		for _, a := range advs {
			if len(rest) > len(a) && strings.HasPrefix(rest, a) && asciiSpace(rest[len(a)]) {
				at += len(a) + 1
				rest = rest[len(a)+1:]
				break adverbs
			}
		}
	}
	for _, by := range words.by {
		if len(rest) > len(by) && strings.HasPrefix(rest, by) && asciiSpace(rest[len(by)]) {
			return at + 1 + len(by) + 1
		}
	}
	return 0
}

// resumedAgentEnd returns where the body after a resumed "and by" starts
// in s ("financed by Germany's Federal Ministry … (BMZ) and by Sweden",
// "funded by Spain, through its agency AECID, and by the European
// Union"), 0 where there is none: the aside form first, then a word of
// "and" right before a word for "by", within limit bytes and before a
// full stop or a semicolon. (A scan of words: a regular expression with so long
// a bounded run compiles to a program too big to run cheaply.)
func resumedAgentEnd(s string, limit int) int {
	s = s[:min(len(s), limit)]
	if end := resumedAside(s); end > 0 {
		return end
	}
	// (A full stop ends the sentence, not one inside a figure: "(EUR
	// 6.8 million) and by Sweden".)
	for i := 0; i < len(s); i++ {
		if s[i] == ';' || s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ') {
			s = s[:i]
			break
		}
	}
	ws := words(s)
	for i := 1; i+1 < len(ws); i++ {
		if !listAnd()[ws[i].fold] || strings.TrimSpace(s[ws[i].end:ws[i+1].start]) != "" {
			continue
		}
		if by := ws[i+1]; hasCue(s[by.start:by.end], "given_by") && by.end < len(s) && s[by.end] == ' ' {
			return by.end + 1
		}
	}
	return 0
}

// clauseAfter returns the words after a cue up to the end of its clause
// (clauseStops of the document's language lang), cutting before any other
// cue of a different kind ("funded by the EU and implemented by …").
func clauseAfter(s string, end int, lang string) string {
	// "von der Stiftung …": an article first is no clause's start.
	rest := stripLeadingArticle(strings.TrimLeft(s[end:], " ,"))
	for _, kind := range []string{"funded_by", "implemented_by"} {
		if i, _, ok := findCue(rest, kind); ok {
			rest = rest[:i]
			// "Funded by Norway, CORAL is led by the FAO": the next
			// cue's subject and its verb of being stand before it, after
			// a comma; they are no member of this clause.
			if ws := strings.Fields(rest); len(ws) > 0 && copulaWord(ws[len(ws)-1]) {
				if c := strings.LastIndexAny(rest, ",;"); c >= 0 {
					rest = rest[:c]
				}
			}
		}
	}
	// "Fundación Internacional y para Iberoamérica de …": a name the
	// lexicon knows at the clause's start is not cut by the little words
	// inside it.
	whole := 0
	if ms := orgMentions(rest); len(ms) > 0 && ms[0].start == 0 {
		whole = ms[0].end
	}
	joined := 0 // the end of a joining phrase the list goes on after
	for _, loc := range clauseStops(lang).FindAllStringIndex(rest, -1) {
		if loc[0] < whole || loc[0] < joined {
			continue
		}
		// "Camões, I.P.", "U.S.": a period between letters, or after a
		// single capital, is an abbreviation's, not the clause's end.
		if rest[loc[0]] == '.' && (wordAt(rest, loc[1]) || loc[0] > 0 && unicode.IsUpper(rune(rest[loc[0]-1])) && !wordBefore(rest, loc[0]-1)) {
			continue
		}
		// "the Organisation for Rural Progress", "Centre for Migration
		// Policy": a little word after a capitalised word for a body,
		// before another capitalised word, is inside the body's name.
		if insideBodyName(rest, loc) {
			continue
		}
		// "von Deutschland, der Schweiz und Japan": an article after a
		// list's comma, before a country, opens the list's next member,
		// not a clause.
		if articleBeforeMember(rest, loc) {
			continue
		}
		// "… (OIM) en consorcio con la OIT": a joining phrase of the
		// lexicon's list.and, not the preposition that opens it, goes on
		// with the list.
		if n := joinLen(rest[loc[0]:]); n > 0 {
			joined = loc[0] + n
			continue
		}
		// ("(FAO) together with the Pan American Health Organization":
		// the stop is the phrase's last word.)
		if n := joinEndingAt(rest, loc[0]); n > 0 {
			joined = n
			continue
		}
		// (A body's acronym in brackets, before such a phrase or a plain
		// "and" and the next name, is no clause's end either: "funded by
		// Germany (BMZ) and Italy (AICS)".)
		if acronymBracketAt(rest, loc[0]) {
			closing := strings.IndexByte(rest[loc[0]:], ')') + loc[0] + 1
			if after := rest[closing:]; joinLen(after) > 0 || andNameAfter(after) || commaMemberAfter(after) {
				continue
			}
		}
		if rest[loc[0]] == ')' {
			if j := strings.LastIndexByte(rest[:loc[0]], '('); j >= 0 && acronymBracketAt(rest, j) && (joinLen(rest[loc[1]:]) > 0 || andNameAfter(rest[loc[1]:]) || commaMemberAfter(rest[loc[1]:])) {
				continue
			}
		}
		rest = rest[:loc[0]]
		break
	}
	// "Im Auftrag des BMZ setzt AGEKO die Komponente … um": a known body
	// at the clause's start, then a word in lower case that is no "and",
	// "of" or article and opens no joining phrase: the clause ends with
	// the body. (Not a channel where "and" and the word for "by" follow:
	// "funded by Sweden through Sida and by Norway" lists one more
	// giver.)
	if whole > 0 && whole < len(rest) && rest[whole] == ' ' {
		if w := leadingRun(rest[whole+1:]); w != "" && startsLower(w) && joinLen(rest[whole:]) == 0 && !(hasCueAt(rest[whole+1:], "channel") && andByAfter(rest[whole:])) {
			// ("Conselho Norueguês para os Refugiados": a name's inner
			// word goes on with the name.)
			inner := whole+len(w)+2 <= len(rest) && insideBodyName(rest, []int{whole, whole + len(w) + 2})
			if f := lexicon.Fold(w); !listAnd()[f] && !ofWords()[f] && !articleWords()[f] && !inner {
				rest = rest[:whole]
			}
		}
	}
	rest = rest[:whole] + cutAtVerbAfterAnd(rest[whole:])
	rest = cutAtClauseMember(rest)
	rest = strings.TrimSpace(rest)
	return withoutTrailingAnd(rest)
}

// withoutTrailingAnd returns the clause less the commas and the words of
// list.and it ends with ("Deutschland und der Schweiz sowie", cut at a
// comma, ends with "sowie").
func withoutTrailingAnd(rest string) string {
	for changed := true; changed; {
		changed = false
		if t, ok := strings.CutSuffix(rest, ","); ok {
			rest, changed = strings.TrimSpace(t), true
			continue
		}
		// The last one to three words, read from the end.
		at := len(rest)
		for n := 1; n <= 3; n++ {
			sp := strings.LastIndexByte(rest[:at], ' ')
			if sp < 0 {
				break
			}
			at = sp
			if listAnd()[lexicon.Fold(rest[at+1:])] {
				rest, changed = strings.TrimSpace(rest[:at]), true
				break
			}
		}
	}
	return rest
}

// articleBeforeMember reports a clause stop at loc (a word between
// spaces) that is an article after a comma or a list's "and" and before
// a country's name or a known body's.
func articleBeforeMember(text string, loc []int) bool {
	if text[loc[0]] != ' ' || loc[0] == 0 || !articleWords()[lexicon.Fold(strings.TrimSpace(text[loc[0]:loc[1]]))] {
		return false
	}
	// ("von Deutschland und der Schweiz": or after a list's "and".)
	if text[loc[0]-1] != ',' {
		before := strings.TrimRight(text[:loc[0]], " ")
		last := before[strings.LastIndexByte(before, ' ')+1:]
		if last == before || !listAnd()[lexicon.Fold(last)] {
			return false
		}
	}
	ws := strings.Fields(text[loc[1]:])
	for n := min(3, len(ws)); n >= 1; n-- {
		if isCountry(strings.TrimRight(strings.Join(ws[:n], " "), ",;.")) {
			return true
		}
	}
	// ("…, der Europäischen Union und den Niederlanden": or a body the
	// lexicon knows.)
	ms := orgMentions(text[loc[1]:min(len(text), loc[1]+80)])
	return len(ms) > 0 && ms[0].start == 0
}

// insideBodyName reports a clause stop at loc (a word between spaces)
// that stands between a capitalised organisation word of the lexicon and
// a capitalised word.
func insideBodyName(text string, loc []int) bool {
	if text[loc[0]] != ' ' || !innerWords()[lexicon.Fold(text[loc[0]:loc[1]])] {
		return false
	}
	before := strings.Fields(text[:loc[0]])
	after := strings.Fields(text[loc[1]:])
	// ("Conselho Norueguês para os Refugiados": an article may open the
	// name's next part, and a capitalised word stand between the word
	// for a body and the little word.)
	if len(after) > 1 && articleWords()[lexicon.Fold(after[0])] {
		after = after[1:]
	}
	if len(before) == 0 || len(after) == 0 || !startsUpper(before[len(before)-1]) || !startsUpper(after[0]) {
		return false
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-2 && startsUpper(before[k]); k-- {
		if w := lexicon.Fold(before[k]); orgWords()[w] || descriptorWords()[w] {
			return true
		}
	}
	return false
}

// verbSecond are the lexicon's languages that put a clause's verb second,
// its subject after it when something else opens the clause.
var verbSecond = map[string]bool{"de": true, "nl": true}

// hyphenParticiples returns where s joins a name by a hyphen to a
// participle of funding ("EU-funded", "Swiss-financed"): the start of the
// name, the end of the participle and the hyphen's place. (A scan for
// hyphens, not a pattern: most sentences have none, and this runs on
// every sentence.)
func hyphenParticiples(s string) [][3]int {
	var out [][3]int
	for i := 1; i < len(s); i++ {
		if s[i] != '-' {
			continue
		}
		start := i
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if !unicode.IsLetter(r) {
				break
			}
			start -= size
		}
		end := i + 1
		for end < len(s) {
			r, size := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLower(r) {
				break
			}
			end += size
		}
		if start == i || end == i+1 || !givenAdjective(s[start:end]) {
			continue
		}
		if end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if fundedParticiples()[strings.ToLower(s[i+1:end])] {
			out = append(out, [3]int{start, end, i})
		}
	}
	return out
}

// fundedParticiples are the lexicon's cue.funded_participle words.
var fundedParticiples = foldedSet("cue", "funded_participle")

// subjectAfterVerb are the languages whose verb, after a relative pronoun
// or an object's pronoun, may have its subject after it: "que financian
// Italia y España", "lo financian la cooperación italiana y …". (Not
// English: "finances the Cabo Verde component" names its object.)
var subjectAfterVerb = map[string]bool{"es": true, "it": true, "pt": true, "fr": true}

// subjectAfter returns the bodies that open text, after a verb, in a
// language of subjectAfterVerb; none in another.
func subjectAfter(text, lang string) []orgMention {
	if !subjectAfterVerb[lang] {
		return nil
	}
	return giversOpening(text)
}

// giversOpening returns the bodies and countries text opens with, after
// an article at most, joined by "and" and commas: "das Vereinigte
// Königreich und die Niederlande das Programm" gives the two.
func giversOpening(text string) []orgMention {
	ms := orgMentions(text)
	if len(ms) == 0 || !joinsGivers(text[:ms[0].start]) {
		return nil
	}
	n := 1
	for n < len(ms) && joinsGivers(text[ms[n-1].end:ms[n].start]) && strings.TrimSpace(text[ms[n-1].end:ms[n].start]) != "" {
		n++
	}
	return ms[:n]
}

// joinedFrom returns the index of the first of the bodies ms names at the
// end of text that only "and" and commas join ("Enabel and GIZ").
func joinedFrom(text string, ms []orgMention) int {
	first := len(ms) - 1
	for first > 0 && strings.TrimSpace(text[ms[first-1].end:ms[first].start]) != "" && joinsGivers(text[ms[first-1].end:ms[first].start]) {
		first--
	}
	return first
}

// bracketAfter returns what the brackets right at the start of text hold
// ("(GIZ)"), or "".
func bracketAfter(text string) string {
	t := strings.TrimLeft(text, " ")
	if !strings.HasPrefix(t, "(") {
		return ""
	}
	end := strings.IndexByte(t, ')')
	if end < 0 {
		return ""
	}
	return strings.TrimSpace(t[1:end])
}

// bracketWordsOn returns what the first brackets of text hold, when at
// most n words stand before them, none a stop (".,;:"), a word that joins
// another body ("und", "with": list.and, amount.with) or a body's name:
// the words go on with one name. "" otherwise.
func bracketWordsOn(text string, n int) string {
	open := strings.Index(text, " (")
	if open < 0 || strings.ContainsAny(text[:open], ".,;:") || len(strings.Fields(text[:open])) > n {
		return ""
	}
	for _, w := range strings.Fields(lexicon.Fold(text[:open])) {
		if listAnd()[w] || withWordSet()[w] {
			return ""
		}
	}
	if len(orgMentions(text[:open])) > 0 {
		return ""
	}
	return bracketAfter(text[open:])
}

// orgOpens reports text that opens with an organisation's name ("
// Conselho da Europa e …"), whatever little words it holds.
func orgOpens(text string) bool {
	t := strings.TrimLeft(text, " ")
	ms := orgMentions(t)
	return len(ms) > 0 && ms[0].start == 0
}

// cutAtClauseMember cuts a list before a comma that opens a clause, not
// a member: "Norway, CORAL is led on the ground by the …" gives Norway;
// a member has few lower-case words besides little ones ("Ministry of
// Foreign Affairs of the Netherlands").
func cutAtClauseMember(s string) string {
	for off := 0; ; {
		i := strings.Index(s[off:], ", ")
		if i < 0 {
			return s
		}
		at := off + i
		part := s[at+2:]
		if j := strings.Index(part, ","); j >= 0 {
			part = part[:j]
		}
		// ", destina-se a Angola": a word in lower case right after the
		// comma, no article or little word, is a verb: a clause.
		// ("par la Norvège", "pelos Países Baixos": the word for "by"
		// said again before the next giver goes on with the list.)
		// (", together with the WHO", ", junto con la OMS": a joining
		// phrase after the comma goes on with the list.)
		if ws := strings.Fields(part); len(ws) > 0 && joinLen(s[at+1:]) == 0 && !(len(ws) > 1 && givenByWords()[lexicon.Fold(ws[0])] && (startsUpper(ws[1]) || articleWords()[lexicon.Fold(ws[1])])) {
			f := lexicon.Fold(ws[0])
			if ws[0] == strings.ToLower(ws[0]) && !listLittleWord[f] && !articleWords()[f] && !ofWords()[f] && !listAnd()[f] && !strings.ContainsAny(ws[0], "0123456789") {
				return s[:at]
			}
		}
		// ", o PRATIQ é financiado …": an article, a name and a verb in
		// lower case open a clause of its own. (The verb as written:
		// "é" folds to the "e" of "and".)
		if ws := strings.Fields(part); len(ws) >= 3 && articleWords()[lexicon.Fold(ws[0])] && startsUpper(ws[1]) && ws[2] == strings.ToLower(ws[2]) && !listLittleWord[ws[2]] && !ofWords()[lexicon.Fold(ws[2])] && !listAnd()[ws[2]] && !strings.ContainsAny(ws[2], "0123456789") {
			return s[:at]
		}
		// ", de mediaontwikkelingstak van Deutsche Welle": an article
		// (Dutch "de" and "het" too, which the lexicon cannot list as
		// articles since "de" is "of" in French and Spanish), a noun in
		// lower case (one compound, in Dutch or German), then a word of
		// "of": what the body before is, not a body of the list.
		if ws := strings.Fields(part); len(ws) >= 4 && (articleWords()[lexicon.Fold(ws[0])] || ws[0] == "de" || ws[0] == "het") && ws[1] == strings.ToLower(ws[1]) && !listLittleWord[lexicon.Fold(ws[1])] && ofWords()[lexicon.Fold(ws[2])] {
			return s[:at]
		}
		lower := 0
		for _, w := range strings.Fields(part) {
			// (A word for "by" again before a giver is the list's.)
			if w == strings.ToLower(w) && !ofWords()[lexicon.Fold(w)] && !listLittleWord[lexicon.Fold(w)] && !givenByWords()[lexicon.Fold(w)] {
				lower++
			}
		}
		if lower >= 3 {
			return s[:at]
		}
		off = at + 2
	}
}

// givenByWords are the lexicon's cue.given_by words ("by", "par",
// "pelos"), folded: said again before each giver of a list.
var givenByWords = foldedSet("cue", "given_by")

// listLittleWord are articles and joining words a name or a list may hold.
var listLittleWord = map[string]bool{
	"the": true, "and": true, "for": true, "of": true, "la": true, "le": true, "les": true, "el": true, "los": true, "las": true,
	"et": true, "y": true, "e": true, "und": true, "en": true, "der": true, "die": true, "das": true, "des": true, "du": true,
	"de": true, "del": true, "della": true, "do": true, "da": true, "dos": true, "van": true, "het": true, "für": true,
	"pour": true, "para": true, "per": true, "as": true, "well": true, "its": true,
}

// cutAtVerbAfterAnd cuts a clause before a conjunction that joins another
// clause, not another member: "l'Italie et confiée au BIT", "the EU and
// implemented by UNDP" (a word in lower case after the conjunction that is
// no article or little word is a verb).
func cutAtVerbAfterAnd(clause string) string {
	words := strings.Fields(clause)
	pos := 0
	for i, w := range words {
		at := strings.Index(clause[pos:], w) + pos
		pos = at + len(w)
		if i == 0 || i+1 >= len(words) || !listAnd()[lexicon.Fold(w)] {
			continue
		}
		// ("… (OIM) en consorcio con la OIT": a joining phrase, whose
		// first word is another language's "and".)
		if joinLen(clause[at:]) > 0 {
			continue
		}
		next := words[i+1]
		r, _ := utf8.DecodeRuneInString(next)
		if !unicode.IsLower(r) {
			continue
		}
		f := lexicon.Fold(strings.Trim(next, "'’"))
		if nameLittle()[f] || isLeadingArticle(next) {
			continue
		}
		// ("et par l'Union européenne", "e pela Noruega": the word for
		// "by" again before the last giver.)
		if i+2 < len(words) && givenByWords()[f] && (startsUpper(words[i+2]) || isLeadingArticle(words[i+2])) {
			continue
		}
		// ("e dall'Asociación Kawsay Yaku": the word for "by" elided
		// before the name.)
		if k := indexApostrophe(next); k > 0 && givenByWords()[lexicon.Fold(next[:k])] && startsUpper(strings.TrimLeft(next[k:], "'’")) {
			continue
		}
		return clause[:at]
	}
	return clause
}

// isLeadingArticle reports whether w is or opens with an article ("la",
// "l'Union", "der").
func isLeadingArticle(w string) bool {
	lower := strings.ToLower(w) + " "
	for _, a := range leadingArticles {
		if strings.HasPrefix(lower, a) {
			return true
		}
	}
	return false
}

// givenByListStart returns where the givers after the last word for "by"
// in s begin, or -1: back over a list whose members each have the word
// ("von Schweden und von Norwegen" begins at "Schweden").
func givenByListStart(s string) int {
	start, end := lastCue(s, "given_by")
	for k := 0; end >= 0 && k < 8; k++ {
		ws := strings.Fields(s[:start])
		if len(ws) < 2 || !listAnd()[lexicon.Fold(ws[len(ws)-1])] {
			break
		}
		and := strings.LastIndex(s[:start], ws[len(ws)-1])
		prevStart, prevEnd := lastCue(s[:and], "given_by")
		// (Names only between: not "von Expertise France durchgeführt
		// und von der EU finanziert".)
		if prevEnd < 0 || len(strings.Fields(s[prevEnd:and])) > 4 || namesRun(strings.TrimSpace(s[prevEnd:and])) != strings.TrimSpace(s[prevEnd:and]) {
			break
		}
		start, end = prevStart, prevEnd
	}
	return end
}

// lastCueEnd returns where the last cue of kind in s ends, or -1.
func lastCueEnd(s string, kind string) int {
	_, end := lastCue(s, kind)
	return end
}

// donorsByRole returns the givers a sentence names by their role, a noun
// of the lexicon's cue.donor_noun beside them: "Hauptgeber ist die
// Europäische Union", "nos deux partenaires financiers, la France et les
// Pays-Bas", "the Spanish agency AECID, its co-funder", "with the United
// Kingdom as co-funder".
func donorsByRole(s, lang string) []string {
	out := donorsByRoleNoun(s, lang, "donor_noun")
	for _, d := range append(donorsByRoleNoun(s, lang, "donor_noun_plain"), donorsJoined(s)...) {
		if !contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// roleAsWords are the folded role.as words: "as" in "joins France as
// donor".
var roleAsWords = foldedSet("role", "as")

// plainDonorNouns are the lexicon's cue.donor_noun_plain words, folded
// ("donor", "financiadores", "bailleurs"): one word each.
var plainDonorNouns = foldedSet("cue", "donor_noun_plain")

// donorsJoined reads a giver that joins others as givers: "Suiza se une a
// Francia e Italia como financiadores", "the European Union joined
// Germany and Norway as the project's fourth donor", "l'Italie vient de
// rejoindre l'Union européenne et la France parmi ses bailleurs". The one
// that joins (named just before the verb) and those it joins give; a
// verb of joining with no word for giver after it lists none ("joined
// Kenya and Uganda as a pilot country").
func donorsJoined(s string) []string {
	at, end, ok := findCue(s, "joins_givers")
	if !ok || negatedBefore(s[:at]) {
		return nil
	}
	// (Not clauseAfter's clause, which a comma ends: "joined Germany,
	// the Netherlands and Norway as …" lists on over commas.)
	clause := s[end:min(len(s), end+200)]
	if stop := strings.IndexAny(clause, ";:()"); stop >= 0 {
		clause = clause[:stop]
	}
	ws := words(clause)
	role := -1
	for k, w := range ws {
		if roleAsWords()[w.fold] {
			role = k
			break
		}
	}
	if role < 0 {
		return nil
	}
	// The word for giver within four words of the role's: "as the
	// project's fourth donor".
	giver := false
	for k := role + 1; k < len(ws) && k <= role+5 && !giver; k++ {
		giver = plainDonorNouns()[ws[k].fold]
	}
	if !giver {
		return nil
	}
	var out []string
	if before := orgMentions(s[:at]); len(before) > 0 {
		// (Not a possessive: "Germany's interest in joining the
		// programme as a co-financier" is no giver yet.)
		last := before[len(before)-1]
		gap := s[last.end:at]
		if len(strings.Fields(gap)) <= 2 && !possessiveAfter(gap) {
			out = append(out, last.name)
		}
	}
	for _, o := range orgMentions(clause[:ws[role].start]) {
		if !contains(out, o.name) {
			out = append(out, o.name)
		}
	}
	return out
}

// donorsByRoleNoun reads the givers beside the nouns of one cue kind. A
// plain noun ("donors", "financiers") names givers only before a verb of
// being or a colon: "composed of the donors, ICMPD and …" lists others.
func donorsByRoleNoun(s, lang, kind string) []string {
	plain := kind == "donor_noun_plain"
	var out []string
	for off := 0; off < len(s); {
		a, e, ok := findCue(s[off:], kind)
		if !ok {
			break
		}
		a, e = a+off, e+off
		off = e
		// "WHO is not a funder of PaVSA": a role denied.
		if negatedBefore(s[:a]) {
			continue
		}
		// After the noun: a verb of being or a comma, then the givers.
		rest := s[e:]
		ws := strings.Fields(rest)
		skip, copula := 0, false
		for skip < len(ws) && skip < 2 && (copulaWord(ws[skip]) || strings.Trim(ws[skip], ",:") == "" || articleWords()[lexicon.Fold(ws[skip])]) {
			copula = copula || copulaWord(ws[skip])
			skip++
		}
		colon := strings.HasPrefix(strings.TrimSpace(rest), ":")
		if plain && !copula && !colon {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(rest), ",") || colon || skip > 0 {
			// The clause after the verb and article ("ist die …"): a
			// relative pronoun that is also an article ends none.
			from := e
			for k := 0; k < skip; k++ {
				i := strings.Index(s[from:], ws[k])
				from += i + len(ws[k])
			}
			clause := clauseAfter(s, from, lang)
			orgs := orgMentions(clause)
			if len(orgs) > 0 && len(strings.Fields(clause[:orgs[0].start])) <= 3 {
				for _, o := range orgs {
					out = append(out, o.name)
				}
				continue
			}
		}
		// Before the noun: "X, its co-funder", "X as co-funder".
		if plain {
			continue
		}
		before := s[max(0, a-90):a]
		bw := strings.Fields(lexicon.Fold(before))
		// "Norway is the programme's sole donor": the project's
		// possessive stands for "its".
		if n := len(bw); n > 2 && bw[n-1] == "s" && projectWordForm(bw[n-2]) {
			bw = append(bw[:n-2], "its")
		}
		if n := len(bw); n > 0 && (roleJoinWords()[bw[n-1]] || n > 1 && roleJoinWords()[bw[n-2]]) {
			if orgs := orgMentions(before); len(orgs) > 0 {
				last := orgs[len(orgs)-1]
				if len(strings.Fields(strings.Trim(before[last.end:], " ,"))) <= 4 {
					out = append(out, last.name)
				}
			}
		} else if n > 0 && (copulaWord(bw[n-1]) || pluralCopulas()[bw[n-1]]) {
			// "L'AFD et la Coopération espagnole restent partenaires
			// financiers": the givers joined before a verb of being.
			orgs := orgMentions(before)
			k := len(orgs) - 1
			if k < 0 || len(strings.Fields(before[orgs[k].end:])) > 1 {
				continue
			}
			for k > 0 && listGap(before[orgs[k-1].end:orgs[k].start]) {
				k--
			}
			for _, o := range orgs[k:] {
				out = append(out, o.name)
			}
		}
	}
	return out
}

// pluralCopulas are the lexicon's copula.plural words, folded.
var pluralCopulas = foldedSet("copula", "plural")

// listGap reports text between two members of a list: commas, words of
// "and" and articles only.
func listGap(t string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(t, ",", " ")) {
		if f := lexicon.Fold(w); !listAnd()[f] && !articleWords()[f] {
			return false
		}
	}
	return true
}

// pronounObject reports a verb of funding at s[at:end] whose object is a
// pronoun: a clitic right before it ("lo financia", "le finance") or an
// object pronoun right after it that ends the clause ("funds it",
// "finanziert es", "financia-o").
func pronounObject(s string, at, end int) bool {
	if cliticBefore(s[:at]) >= 0 {
		return true
	}
	rest := strings.TrimLeft(s[end:], "- ")
	w := leadingRun(rest)
	if w == "" || !objectPronouns()[lexicon.Fold(w)] {
		return false
	}
	after := strings.TrimSpace(rest[len(w):])
	return after == "" || strings.ContainsAny(after[:1], ".,;:")
}

// withoutPlaces drops the countries that a word of place (country.in)
// puts the verb's object in, with no word for "by" after it: "Met dit
// geld worden projecten in onder meer Afghanistan en Colombia
// gefinancierd" names where, not who gives.
// (The word is one of the document's language: Dutch "en" joins, where
// French "en" places; with no language known, no word that joins a list
// anywhere.)
func withoutPlaces(window, lang string, ms []orgMention) []orgMention {
	ws := words(window)
	at := -1
	// ("aux côtés des Pays-Bas": "aux" inside a word of giving
	// alongside, cue.alongside, places nothing.)
	as, ae, along := findCue(window, "alongside")
	for _, w := range ws {
		if along && w.start >= as && w.start < ae {
			continue
		}
		langs := countryInLanguages()[w.fold]
		if langs != nil && (lang != "" && langs[lang] || lang == "" && !listAnd()[w.fold]) {
			at = w.end
		}
	}
	if at < 0 || givenByListStart(window[at:]) >= 0 {
		return ms
	}
	var out []orgMention
	for _, m := range ms {
		if m.start >= at && isCountry(m.name) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// countryInLanguages holds the lexicon's country.in words, folded, with
// the languages each is one in.
var countryInLanguages = phraseLanguages("country", "in")

// withoutAuxiliaries drops the auxiliary verbs (verb.auxiliary, of one
// or two words) that end before, up to three: "Denmark will " is
// "Denmark ".
func withoutAuxiliaries(before string) string {
	for range 3 {
		t := strings.TrimRight(before, " ")
		i := strings.LastIndexByte(t, ' ')
		last := strings.ToLower(t[i+1:])
		switch {
		case t != "" && auxiliaryVerbs()[last]:
			before = t[:i+1]
		case i > 0 && auxiliaryVerbs()[strings.ToLower(t[strings.LastIndexByte(t[:i], ' ')+1:])]:
			before = t[:strings.LastIndexByte(t[:i], ' ')+1]
		default:
			return before
		}
	}
	return before
}

// unnamedProjectObject reports a verb's object that is the project by
// its word for project and no name: "a €4 million programme", "the new
// programme", "un nouveau projet", "ein dreijähriges Programm" (an
// article, then at most five words in small letters, figures or amounts,
// then the word).
func unnamedProjectObject(rest string) bool {
	ws := strings.Fields(firstRunes(rest, 120))
	if len(ws) < 2 {
		return false
	}
	if f := lexicon.Fold(ws[0]); !articleWords()[f] && indefiniteArticles()[f] == nil {
		return false
	}
	for _, w := range ws[1:min(len(ws), 7)] {
		t := strings.TrimRight(w, ",.;:")
		if projectWordSet()[strings.ToLower(t)] {
			return t == w || strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") || strings.HasSuffix(w, ";")
		}
		// ("financed the USD 6.2 million programme": an amount's
		// currency code may stand before the word.)
		if t != w || startsUpper(t) && !strings.ContainsAny(t, "0123456789€$£") && !normalize.IsCurrency(t) {
			return false
		}
	}
	return false
}

// cliticBefore returns where the lexicon's word.clitic right before the
// end of s starts ("La Unión Europea lo"), or -1.
func cliticBefore(s string) int {
	t := strings.TrimRight(s, " ")
	k := strings.LastIndexByte(t, ' ') + 1
	if t == "" || !cliticWords()[lexicon.Fold(t[k:])] {
		return -1
	}
	return k
}

// objectPronouns holds the lexicon's pronoun.object words, folded.
var objectPronouns = foldedSet("pronoun", "object")

// negatedBefore reports a word of negation among the three words before
// a role noun: "is not a funder", "n'est pas un bailleur", "ist kein Geber".
func negatedBefore(before string) bool {
	ws := strings.Fields(lexicon.Fold(before))
	for i := max(0, len(ws)-3); i < len(ws); i++ {
		if negationWords()[ws[i]] {
			return true
		}
	}
	return false
}

var negationWords = foldedSet("negation", "word")

// copulaWord reports a one-word verb of being of the lexicon ("is", "ist").
func copulaWord(w string) bool {
	for _, p := range copulas()[lexicon.Fold(w)] {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// roleJoinWords are the words that join a giver to its role noun after it:
// "its co-funder", "as co-funder", "son bailleur", "als Geber".
var roleJoinWords = foldedSet("role", "join")

// fundersBeforeNoun returns the givers named right before a noun of funding
// (lexicon cue.funding_noun): "with EU and Portuguese funding", "Swedish
// funding (SEK 50 million)": organisations the lexicon knows and
// adjectives of nationality, joined by commas and conjunctions.
func fundersBeforeNoun(s string) []string {
	start, end, ok := findCue(s, "funding_noun")
	if !ok {
		return nil
	}
	// "grâce au financement norvégien", "com financiamento português":
	// the adjective after the noun.
	if after := strings.Fields(s[end:]); len(after) > 0 {
		if c, ok := nationalities()[lexicon.Fold(strings.Trim(after[0], ",;.()"))]; ok {
			return []string{normalize.CountryName(c)}
		}
	}
	words := strings.Fields(s[:start])
	var out []string
	for i := len(words) - 1; i >= 0 && i >= len(words)-8; i-- {
		w := strings.Trim(words[i], ",;()")
		f := lexicon.Fold(w)
		if listAnd()[f] || w == "" {
			continue
		}
		if c, ok := nationalities()[f]; ok {
			out = append(out, normalize.CountryName(c))
			continue
		}
		// "grâce au financement": a little word is no acronym ("AU").
		if len(w) <= 3 && strings.ToUpper(w) != w {
			break
		}
		if d, known := donorOf(w); known && knownOrg(w) {
			out = append(out, d)
			continue
		}
		break
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// orgsIn returns the organisations and countries a clause lists, by their
// canonical names: list members that are countries, organisations the
// lexicon knows, acronyms or capitalised names.
func orgsIn(clause string) []string { return orgsInAs(clause, orgMembers) }

// spelledToAcronym returns clause, the words after s[from:] a cue
// introduces, gone on to the acronym in brackets that spells it out when
// a little word cut it short: "Center of Excellence" of "… ligt in
// handen van het Center of Excellence in Finance (CEF) in Ljubljana".
func spelledToAcronym(s string, from int, clause string) string {
	i := strings.Index(s[from:], clause)
	if clause == "" || i < 0 {
		return clause
	}
	rest := s[from+i+len(clause):]
	open := strings.Index(rest, " (")
	if open < 0 || len(strings.Fields(rest[:open])) > 4 || strings.ContainsAny(rest[:open], ".,;:") {
		return clause
	}
	closing := strings.IndexByte(rest[open:], ')')
	if closing < 0 {
		return clause
	}
	inner := rest[open+2 : open+closing]
	long := clause + rest[:open]
	if acronymLike(inner) && initialsOf(long) != "" && initialsOf(long) == strings.ToUpper(inner) {
		return long
	}
	return clause
}

// spelledBody returns the clause (found in s from from), less a leading
// article, when it spells the acronym in brackets right after it with its
// capitalised words and the lexicon knows no body by either; ""
// otherwise.
func spelledBody(s string, from int, clause string) string {
	i := strings.Index(s[from:], clause)
	if clause == "" || i < 0 {
		return ""
	}
	acr := bracketAfter(s[from+i+len(clause):])
	if acr == "" || !acronymLike(acr) || strings.ContainsAny(clause, ",;()") {
		return ""
	}
	if _, known := normalize.KnownOrganisation(acr); known {
		return ""
	}
	long := strings.TrimSpace(stripLeadingArticle(strings.TrimSpace(clause) + " "))
	if _, known := normalize.KnownOrganisation(long); known || initialsOf(long) != strings.ToUpper(acr) {
		return ""
	}
	return long
}

// jointlySpelledPartner returns the body the clause (found in s from
// from) joins to the first with a word of the lexicon's list.jointly,
// where it spells the acronym in brackets right after it and the lexicon
// knows neither ("… together with the Hague Institute for Judicial
// Cooperation (HIJC)"); "" otherwise.
func jointlySpelledPartner(s string, from int, clause string) string {
	loc := jointlyPhrase().FindStringIndex(clause)
	if loc == nil {
		return ""
	}
	i := strings.Index(s[from:], clause)
	if i < 0 {
		return ""
	}
	return spelledBody(s, from+i+loc[1], clause[loc[1]:])
}

// jointlyAfterClause returns the bodies the lexicon knows (or spelt out
// before their acronym) that a phrase of list.jointly right after the
// clause's comma joins to the doer (the clause found in s from from): "…
// by UNODC, in partnership with the International Organization for
// Migration (IOM)". (Reading past an aside that describes the doer, "par
// la GIZ, l'agence allemande de coopération internationale, en
// partenariat avec …", was tried: test's precision fell.)
func jointlyAfterClause(s string, from int, clause, lang string) []string {
	i := strings.Index(s[from:], clause)
	if clause == "" || i < 0 {
		return nil
	}
	at := from + i + len(clause)
	// "the Food and Agriculture Organization (FAO), together with": the
	// body's acronym in brackets stands before the comma (or the clause
	// is the acronym, its closing bracket before the comma).
	if after := strings.TrimLeft(s[at:], " "); strings.HasPrefix(after, "(") {
		if j := strings.IndexByte(after, ')'); j > 0 && bracketAfter(after) != "" {
			at = len(s) - len(after) + j + 1
		}
	} else if strings.HasPrefix(s[at:], ")") {
		at++
	}
	if !strings.HasPrefix(s[at:], ",") {
		return nil
	}
	rest := strings.TrimLeft(s[at:], ", ")
	at = len(s) - len(rest)
	loc := jointlyPhrase().FindStringIndex(" " + rest)
	if loc == nil || loc[0] != 0 {
		return nil
	}
	at += loc[1] - 1
	partner := clauseAfter(s, at, lang)
	var out []string
	for _, m := range orgsInAs(partner, implementerMembers) {
		if _, ok := normalize.KnownOrganisation(m); ok {
			out = append(out, m)
		}
	}
	if long := spelledBody(s, at, partner); long != "" {
		out = append(out, long)
	}
	return out
}

// andByAfter reports a word of "and" right before a word for "by" in
// text: "… through Sida and by Norway", "… et par la Suède".
func andByAfter(text string) bool {
	ws := words(text)
	for i := 0; i+1 < len(ws); i++ {
		if listAnd()[ws[i].fold] && givenByWords()[ws[i+1].fold] {
			return true
		}
	}
	return false
}

// acronymClosingName returns the acronym in brackets that closes the name
// member opens in rest: no punctuation, no second body and no word of
// joining ("en partenariat avec") between, twelve words at most; "" where
// the name reaches the bracket whole or none closes it.
func acronymClosingName(rest, member string) string {
	open := strings.IndexByte(rest, '(')
	at := strings.Index(rest, member)
	if open < 0 || at < 0 || at+len(member) > open {
		return ""
	}
	closing := strings.IndexByte(rest[open:], ')')
	if closing < 0 {
		return ""
	}
	acr := rest[open+1 : open+closing]
	tail := rest[at+len(member) : open]
	// (A body dossier knows keeps its name: "UN-Habitat's Global Water
	// Operators' Partnerships Alliance (GWOPA)" is carried out by
	// UN-Habitat. An acronym is capitals only: not a contract's number
	// "FED/2022/438-271", nor a plural "CENTIFs".)
	if _, known := normalize.KnownOrganisation(member); known || !capitalsOnly(acr) {
		return ""
	}
	if !acronymLike(acr) || strings.ContainsAny(acr, " ,") || strings.TrimSpace(tail) == "" ||
		strings.ContainsAny(rest[:open], ",;:.!?") || len(strings.Fields(rest[:open])) > 12 {
		return ""
	}
	if jointlyWord(tail) {
		return ""
	}
	ws := strings.Fields(tail)
	for i, w := range ws {
		f := lexicon.Fold(w)
		if withWordSet()[f] {
			return ""
		}
		// ("… et le PNUD (…)": "and" before a capital opens a second
		// body.)
		if listAnd()[f] && i+1 < len(ws) && startsUpper(stripElided(ws[i+1])) {
			return ""
		}
	}
	if c, known := normalize.KnownOrganisation(acr); known {
		return c
	}
	return acr
}

// capitalsOnly reports a word of three capital letters or more and
// nothing else.
func capitalsOnly(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// stripElided drops an elided article or "of" before a word: "l'IGAD",
// "d'applications".
func stripElided(w string) string {
	for _, q := range []string{"'", "’"} {
		if at := strings.Index(w, q); at > 0 && at <= 5 {
			return w[at+len(q):]
		}
	}
	return w
}

// jointlyWord reports a list.jointly phrase in s ("en partenariat avec").
func jointlyWord(s string) bool { return jointlyPhrase().MatchString(" " + s + " ") }

// donorsIn is orgsIn for the donors a clause lists.
func donorsIn(clause string) []string { return orgsInAs(clause, donorMembers) }

// budgetWordSet holds the lexicon's words for budget (cue.budget).
var budgetWordSet = foldedSet("cue", "budget")

func orgsInAs(clause string, members func(string) []string) []string {
	var out []string
	for _, name := range members(withoutDescriptor(clause)) {
		_, known := orgOf(name)
		if !known && len(strings.Fields(name)) > 6 {
			continue
		}
		// "mit Unterstützung des Vorhabens eigene …": the project
		// itself, by its word for project, gives nothing.
		if first, _, _ := strings.Cut(name, " "); !known && startsUpper(first) && projectWordForm(lexicon.Fold(first)) {
			continue
		}
		// "custos … suportados pelo Orçamento do Estado": a budget, the
		// state's own, is no giver.
		if first, _, _ := strings.Cut(name, " "); !known && startsUpper(first) && budgetWordSet()[lexicon.Fold(first)] {
			continue
		}
		// "BMZ um": a known body, then only a verb's particle ("setzt …
		// im Auftrag des BMZ um") or other little words in lower case.
		if !known {
			name = withoutDescriptor(name)
			ms := orgMentions(name)
			switch {
			case len(ms) == 1 && ms[0].start == 0 && lowerWordsOnly(name[ms[0].end:]):
				name = ms[0].name
			case len(ms) > 0 && ms[len(ms)-1].end == len(strings.TrimRight(name, " .,;")) && !strings.ContainsAny(name, "()") && !countryBranch(name, ms[len(ms)-1]):
				// "the Korean government's aid agency KOICA": a body
				// the lexicon knows, after words that describe it.
				name = ms[len(ms)-1].name
			}
		}
		out = append(out, name)
	}
	return out
}

// countryBranch reports a body's name that ends on a country's, a
// capitalised word of the name before it: "VSF Germany",
// "Vétérinaires Sans Frontières Duitsland" are bodies of their own (a
// national branch), where "Government of Germany" or "Bondsrepubliek
// Duitsland" name the state.
func countryBranch(name string, last orgMention) bool {
	if _, ok := normalize.CountryCode(last.name); !ok {
		return false
	}
	before := strings.Fields(name[:last.start])
	if len(before) == 0 {
		return false
	}
	w := before[len(before)-1]
	_, people := nationalities()[lexicon.Fold(w)]
	return startsUpper(w) && !countryPrefixEnds()[lexicon.Fold(w)] && !people
}

// countryPrefixEnds holds the last words of the lexicon's country.prefix
// phrases, folded: "of", "koninkrijk", "bundesrepublik".
var countryPrefixEnds = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("country", "prefix") {
		if ws := strings.Fields(lexicon.Fold(p)); len(ws) > 0 {
			m[ws[len(ws)-1]] = true
		}
	}
	return m
})

// withoutDescriptor returns a body's name without the words that describe
// it before ("the Dutch NGO Classroom Bridges International",
// "l'organizzazione non governativa Terre Comuni"): lower-case words,
// adjectives of nationality and a noun of the lexicon's
// organisation.descriptor, then the name in capitals.
func withoutDescriptor(name string) string {
	ws := strings.Fields(name)
	last := -1
	for i := range ws {
		f := lexicon.Fold(ws[i])
		// ("Organizzazione Internazionale del Lavoro": a capitalised
		// word opens the name, an acronym "NGO" describes.)
		for n := 1; n <= 4 && i+n <= len(ws) && (!startsUpper(ws[i]) || acronymLike(ws[i])); n++ {
			if descriptorWords()[lexicon.Fold(strings.Join(ws[i:i+n], " "))] || n == 1 && compoundDescriptor(f) {
				last = i + n
			}
		}
		if last > i {
			continue
		}
		if _, ok := nationalities()[f]; ok || !startsUpper(ws[i]) {
			continue
		}
		// ("de Utrechtse stichting AgroVaria", "the Madrid-based
		// foundation FIIAPP": a capitalised adjective of place right
		// before a descriptor in small letters.)
		// ("the Kenyan NGO Maji Safi Trust": or an acronym that
		// describes.)
		if i+1 < len(ws) && (startsLower(ws[i+1]) || acronymLike(ws[i+1])) && descriptorWords()[lexicon.Fold(ws[i+1])] {
			continue
		}
		break
	}
	// "ONG italiana Sorgente Comune", "la fundación española FIIAPP": an
	// adjective after the descriptor, as Romance languages set it.
	for last > 0 && last < len(ws)-1 && !startsUpper(ws[last]) {
		if _, ok := nationalities()[lexicon.Fold(ws[last])]; !ok {
			break
		}
		last++
	}
	// ("la ONG berlinese PastoVet International", "l'associazione
	// astigiana Ponte Solare": an adjective of a town or region, which no
	// list holds, is one plain word in small letters before the name.)
	if last > 0 && last < len(ws)-1 && startsLower(ws[last]) && startsUpper(ws[last+1]) &&
		allLetters(ws[last]) {
		if f := lexicon.Fold(ws[last]); !listLittleWord[f] && !ofWords()[f] && !nameLittle()[f] && !articleWords()[f] {
			last++
		}
	}
	if last <= 0 || last >= len(ws) || !startsUpper(ws[last]) {
		return name
	}
	return strings.Join(ws[last:], " ")
}

var descriptorWords = foldedSet("organisation", "descriptor")

// compoundDescriptor reports a compound noun that ends on a descriptor
// of eight letters or more: "hulporganisatie", "milieuorganisatie".
func compoundDescriptor(f string) bool {
	for d := range descriptorWords() {
		if len(d) >= 8 && len(f) > len(d)+2 && strings.HasSuffix(f, d) && !strings.Contains(d, " ") {
			return true
		}
	}
	return false
}

var innerWords = foldedSet("organisation", "inner")

// lowerWordsOnly reports whether s holds one or two words, all in lower
// case.
func lowerWordsOnly(s string) bool {
	ws := strings.Fields(strings.Trim(s, " .,;"))
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if strings.ToLower(w) != w {
			return false
		}
	}
	return true
}

// knownOrg reports a name the lexicon knows or that is written as an
// acronym.
func knownOrg(s string) bool {
	if _, ok := lexicon.Organisation(s); ok {
		return true
	}
	return normalize.Acronym(s) == s && len(s) > 1
}

var leadingArticles = []string{"the ", "la ", "le ", "l'", "l’", "les ", "el ", "los ", "las ", "der ", "die ", "das ", "des ", "dem ", "den "}

func stripLeadingArticle(s string) string {
	lower := strings.ToLower(s)
	for _, a := range leadingArticles {
		if strings.HasPrefix(lower, a) {
			return s[len(a):]
		}
	}
	// The lexicon's articles of the other languages ("het International
	// Centre …", "o Programa …").
	if w, rest, ok := strings.Cut(s, " "); ok && articleWords()[lexicon.Fold(w)] && rest != "" {
		return rest
	}
	return s
}

// cueFacts reads the facts a sentence states through cue phrases of any
// language: donors after "funded by", the implementer after "implemented
// by", a new end after "extended until", a budget next to "budget".
func (x *extractor) cueFacts(b dossier.Block, s string, keys []string) {
	target := x.current
	if len(keys) == 1 {
		target = keys[0]
		// "The action builds on the results of the ACTRA programme
		// (… in Central America)": a sentence naming the project's
		// predecessor speaks of the document's project.
		if target != x.current && x.current != "" && x.namesEarlier(s, target) {
			target = x.current
		}
	}
	if _, end, ok := findCue(s, "extended_to"); ok {
		if d, ok := dateAt(s[end:]); ok {
			x.addFor(target, b, dossier.FieldEnd, dossier.DateValue(d), s[end:], s, "prose:extended", x.scope)
		}
	}
	// "The end date was moved from March 2026 to March 2027", "Das
	// Projektende wurde von März 2026 auf März 2027 verschoben": a date
	// moved from one to another gives the end now.
	if d, raw, ok := movedEnd(s); ok {
		x.addFor(target, b, dossier.FieldEnd, dossier.DateValue(d), raw, s, "prose:moved_end", x.scope)
	} else if d, raw, ok := movedEndTo(s); ok {
		x.addFor(target, b, dossier.FieldEnd, dossier.DateValue(d), raw, s, "prose:moved_end", x.scope)
	}
	var donors []string
	// Every "funded by" of the sentence: "un nuevo aporte de la Unión
	// Europea se suma a los fondos de Alemania y Suecia".
	for off := 0; off < len(s); {
		at, end, ok := findCue(s[off:], "funded_by")
		if !ok {
			break
		}
		at, end = at+off, end+off
		off = end
		if otherProjectBefore(s[:at]) {
			continue
		}
		// ("Finanziert wird die Initiative von der Europäischen Union":
		// a cue with no word for "by" of its own.)
		if ws := strings.Fields(s[at:end]); len(ws) > 0 && !hasCue(ws[len(ws)-1], "given_by") {
			end = pastInvertedSubject(s, end)
		}
		for _, org := range membersJointly(withSpellingAcronym(s, end, clauseAfter(s, end, x.lang)), donorsIn) {
			if !contains(donors, org) {
				donors = append(donors, org)
				x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(org), org, s, "prose:donors", "")
			}
		}
		// "co-financed by France and, since 2022, by the Netherlands":
		// the agent's word again after an inserted clause brings in
		// another giver.
		if k := resumedAgentEnd(s[end:], 140); k > 0 {
			for _, org := range membersJointly(clauseAfter(s, end+k, x.lang), donorsIn) {
				// (A giver dossier knows: "Instituto da Cooperação e da
				// Língua" is one body's name, its "e da" no new giver.)
				if _, known := donorOf(org); !known {
					continue
				}
				if !contains(donors, org) {
					donors = append(donors, org)
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(org), org, s, "prose:donors", "")
				}
			}
		}
	}
	// "financée à son lancement par l'Union européenne", "è finanziato
	// per l'80 per cento dall'Agenzia …": a participle of funding, a few
	// words naming no body, then the word for "by".
	if len(donors) == 0 {
		// (Not "EU-funded programme implemented by …": a participle
		// joined to its giver by a hyphen has it before; nor "funded
		// from", no word between, which the cues of funding read.)
		if at, end, ok := findCue(s, "funded_participle"); ok && !otherProjectBefore(s[:at]) && !negatedBefore(s[:at]) && (at == 0 || s[at-1] != '-') {
			var mentions []mention // read once an agent is found
			for from := end; ; {
				by := agentAfter(s, pastAside(s, from))
				if by <= from {
					break
				}
				clause := clauseAfter(s, by, x.lang)
				i := strings.Index(s[by:], clause)
				if clause == "" || i < 0 {
					break
				}
				clause = s[by+i : by+i+len(clause)]
				from = by + i + len(clause)
				if mentions == nil {
					mentions = x.sentenceMentions(s)
				}
				// ("Financée … par l'Union européenne et la Suède, ARDOISE
				// II compte …": the clause ends where the sentence names
				// its project.)
				for _, m := range mentions {
					if m.start > by+i && m.start < from {
						clause = strings.TrimRight(s[by+i:m.start], " ,")
						break
					}
				}
				// ("… dalla Cooperazione Italiana e per il restante 30 per
				// cento dalla Svizzera": "and", a share, and another
				// word for "by" bring in the next giver.)
				for _, w := range words(clause) {
					if listAnd()[w.fold] {
						if next := agentAfter(s, by+i+w.end); next > by+i+w.end {
							clause, from = clause[:w.start], by+i+w.end
							break
						}
					}
				}
				for _, org := range membersJointly(withSpellingAcronym(s, by, clause), donorsIn) {
					if !contains(donors, org) {
						donors = append(donors, org)
						x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(org), org, s, "prose:donors", "")
					}
				}
			}
		}
	}
	// "the EU-funded programme", "a Swiss-financed project": a giver a
	// hyphen joins to a participle of funding, a body dossier knows or a
	// country's adjective.
	for _, at := range hyphenParticiples(s) {
		m := []string{s[at[0]:at[1]], s[at[0]:at[2]], s[at[2]+1 : at[1]]}
		// The project the adjective stands before is the one given to:
		// "… instructors for the Swiss-funded HARBOURLINK".
		given := target
		for _, pm := range x.sentenceMentions(s) {
			if pm.start >= at[1] && pm.start-at[1] <= 60 && !strings.ContainsAny(s[at[1]:pm.start], ",;:.()") {
				given = x.names.add(pm.name)
				break
			}
		}
		if ws := strings.Fields(s[at[1]:]); given == target && len(ws) > 0 {
			if w := strings.TrimRight(ws[0], ",;:.()"); acronymLike(w) && distinctive(w) {
				given = x.names.add(w)
			}
		}
		org := ""
		if c, ok := orgOf(m[1]); ok {
			org = c
		} else if code, ok := nationalities()[lexicon.Fold(m[1])]; ok {
			org = normalize.CountryName(code)
		}
		if org != "" && !contains(donors, org) {
			donors = append(donors, org)
			x.addFor(given, b, dossier.FieldDonors, dossier.TextValue(org), m[0], s, "prose:donor_adjective", "")
		}
	}
	// "A finanziare l'iniziativa sono la Svizzera e la Germania": a cleft
	// names the givers last.
	if end, ok := cleftAgent(s, "cleft_funded"); ok {
		for _, org := range membersJointly(clauseAfter(s, end, x.lang), donorsIn) {
			if !contains(donors, org) {
				donors = append(donors, org)
				x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(org), org, s, "prose:donors", "")
			}
		}
	}
	// "…the European Union and the Council of Europe, which jointly fund
	// the project", "von der EU und dem Europarat finanziert".
	// ("…, que financiam o projecto": a cue read as the givers' after it
	// that names none leaves them before it.)
	// ("Nederland betaalt niet mee": a giving denied gives nothing.)
	if start, fe, ok := findCue(s, "funded_after"); ok && (!hasCue(s, "funded_by") || len(donors) == 0) && !negatedBefore(s[:start]) && !negatedBefore(firstWords(s[fe:], 2)) {
		window := s[:start]
		if i := strings.LastIndexAny(window, ";:"); i >= 0 {
			window = window[i+1:]
		}
		// "…, das UNDP in Kambodscha umsetzt und das bisher allein von
		// Schweden finanziert wurde": the givers are those after the
		// last word for "by" before the verb.
		// (Not before a relative clause: "Ao lado da Alemanha e da
		// Dinamarca, que financiam …" names both.)
		if i := givenByListStart(window); i >= 0 && len(strings.Fields(window[i:])) <= 6 && !strings.HasSuffix(strings.TrimSpace(window), ",") {
			window = window[i:]
		}
		givers := withoutPlaces(window, x.lang, orgMentions(window))
		// "Neben Deutschland finanzieren das Vereinigte Königreich und
		// die Niederlande das Programm": where the verb comes second, its
		// subject may stand right after it.
		// (Not a clause that goes on after "und": "von der EU finanziert
		// und vom Europarat umgesetzt".)
		if verbSecond[x.lang] {
			_, end, _ := findCue(s, "funded_after")
			if ws := strings.Fields(s[end:]); len(ws) == 0 || !listAnd()[lexicon.Fold(ws[0])] {
				givers = append(givers, giversOpening(s[end:])...)
			}
			// "Finanziert wird es zum größten Teil vom BMZ": the verb
			// first, its subject, then the word for "by" and the giver.
			// ("vom" is "von dem": the words for "by" before a verb.)
			if len(givers) == 0 && strings.TrimSpace(s[:start]) == "" {
				if at, e, ok := findCue(s[end:], "agent_before_verb"); ok {
					between := s[end : end+at]
					if n := len(strings.Fields(between)); n >= 1 && n <= 6 && !strings.ContainsAny(between, ",;:") && len(orgMentions(between)) == 0 {
						givers = giversOpening(s[end+e:])
					}
				}
			}
		} else if after := subjectAfter(s[fe:], x.lang); len(after) > 0 {
			// "… equipado por el programa ForenLab, que financian Italia y
			// España", "lo financian la cooperación italiana y …": bodies
			// right after the verb are its subject, not those before.
			givers = after
		}
		for _, o := range givers {
			if !contains(donors, o.name) {
				donors = append(donors, o.name)
				x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(o.name), o.name, s, "prose:donors", "")
			}
		}
	}
	// "La Suède finance PRAHCA depuis 2021", "Sweden funds PRAHCA": a
	// verb of funding, then the project's own name; the bodies right
	// before the verb, in its clause, fund it.
	// ("La Unión Europea lo financia", "The European Union funds it": a
	// pronoun for the project, its clitic before the verb or its object
	// after it, where the sentence names no project.)
	if at, end, ok := findCue(s, "funds_name"); ok && len(donors) == 0 && !negatedBefore(s[:at]) && (x.nameAt(s, end, x.sentenceMentions(s)) || x.current != "" && target == x.current && len(x.sentenceMentions(s)) == 0 && (pronounObject(s, at, end) || unnamedProjectObject(s[end:]))) {
		before := s[:at]
		if k := cliticBefore(before); k >= 0 {
			before = before[:k]
		}
		if i := strings.LastIndexAny(before, ";:"); i >= 0 {
			before = before[i+1:]
		}
		// ("Denmark will fund …", "Norway has been funding …": the
		// giver before the auxiliary.)
		before = withoutAuxiliaries(before)
		if ms := orgMentions(before); len(ms) > 0 && strings.TrimSpace(before[ms[len(ms)-1].end:]) == "" {
			for _, m := range ms[joinedFrom(before, ms):] {
				if !contains(donors, m.name) {
					donors = append(donors, m.name)
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(m.name), m.name, s, "prose:donors", "")
				}
			}
		}
	}
	// "Sinds juni 2021 financiert Nederland het programma JIKOSAFI": where
	// the verb comes second, the giver right after it, then the project.
	// ("Neben der Schweiz finanziert auch Schweden das Vorhaben": an
	// adverb may stand before the giver, and the project be the one the
	// page speaks of, by an article and its word for project.)
	if at, end, ok := findCue(s, "funds_name"); ok && !negatedBefore(s[:at]) {
		if ms := orgMentions(s[end:]); len(ms) > 0 && adverbsOnly(s[end:end+ms[0].start]) && (x.projectNamedAt(s, end+ms[0].end) || definiteProjectAt(s[end+ms[0].end:])) && !contains(donors, ms[0].name) {
			donors = append(donors, ms[0].name)
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(ms[0].name), ms[0].name, s, "prose:donors", "")
		}
	}
	byRole := donorsByRole(s, x.lang)
	// "The European Union remains the main donor with EUR 5 million,
	// followed by Spain (EUR 1 million)": in a ranking of givers, those
	// after the word of following give too.
	if len(byRole) > 0 {
		if _, end, ok := findCue(s, "ranked_after"); ok {
			byRole = append(byRole, membersJointly(clauseAfter(s, end, x.lang), donorsIn)...)
		}
	}
	for _, d := range byRole {
		if !contains(donors, d) {
			donors = append(donors, d)
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(d), d, s, "prose:donor_role", "")
		}
	}
	for _, d := range fundersBeforeNoun(s) {
		if !contains(donors, d) {
			donors = append(donors, d)
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(d), d, s, "prose:donors", "")
		}
	}
	// "Aux côtés de la Suède et du Portugal, la Suisse contribue au
	// programme …": the givers named beside the one that gives, in the
	// sentence's opening clause, give too.
	if at, end, ok := findCue(s, "alongside"); ok && (len(donors) > 0 || hasCue(s, "contribution")) {
		if comma := strings.IndexByte(s[end:], ','); comma > 0 && !strings.Contains(s[:at], ",") {
			for _, d := range donorsIn(s[end : end+comma]) {
				if !contains(donors, d) {
					donors = append(donors, d)
					x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(d), d, s, "prose:donors", "")
				}
			}
		}
	}
	x.proseCountries(b, s, target, donors)
	// One country alone places only the project the document is about:
	// "coopère avec le programme GLACY+ pour les activités menées au
	// Maroc" says where this project works with the other. (The project
	// a section is about counts as the one the text is about.)
	// (So does a short sentence that opens on "the programme", naming
	// none: "The programme works in Zambia"; a longer one goes on to
	// other people's places.)
	// ("In March 2021, the programme started in Kenya": after the date
	// that opens it.)
	if len(keys) == 1 && (target == x.mainKey || target == x.current) || len(keys) == 0 && target != "" && target == x.current && (anaphoricOpening(s) || anaphoricOpening(pastOpeningDate(s))) {
		x.proseCountry(b, s, target, donors)
	} else if len(keys) == 0 && target != "" && target == x.mainKey && x.isHeadline(b) {
		x.headlineCountry(b, s, target, donors)
	}
	// A region is the project's where the sentence speaks of a project
	// ("the project works in …", a heading, a title), not in any aside.
	if len(keys) == 1 || b.Role == dossier.RoleHeading || mayNameProject(s) {
		x.proseRegions(b, s, target)
	}
	implemented := false
	// Each cue in turn until one names a body: "La mise en œuvre du
	// programme … est confiée à la GIZ" names it after the second. ("A
	// gestire l'iniziativa è la Fondazione Carta Libera": a cleft names
	// it last, after its verb of being.)
	cleftEnd, cleft := cleftAgent(s, "cleft_implemented")
	for off := 0; !implemented && off < len(s); {
		var end int
		if cleft {
			end, cleft = cleftEnd, false
		} else {
			st, e, ok := findCue(s[off:], "implemented_by")
			if !ok {
				break
			}
			verb := leadingRun(s[off+st:])
			verbOnly := !strings.Contains(strings.TrimSpace(s[off+st:off+e]), " ")
			verbAt := off + st + len(verb)
			end = e + off
			off = end
			// "VNG International voert DRENASUL uit", "La FAO ejecuta
			// TIKA", "Die GIZ setzt Vaironga … um": the project's own
			// name right after a lone verb, or a separable verb's verb,
			// is its object; the doer stands before the verb
			// (implements_name reads it).
			if verbOnly && x.nameAt(s, end, x.sentenceMentions(s)) || !verbOnly && verb != "" && capitalNext(s[verbAt:]) && x.nameAt(s, verbAt, x.sentenceMentions(s)) {
				continue
			}
			// ("Umgesetzt wird ACTRA II von der spanischen Stiftung FIIAPP".)
			end = pastInvertedSubject(s, end)
		}
		end = pastAside(s, end)
		clause := spelledToAcronym(s, end, clauseAfter(s, end, x.lang))
		// "mis en œuvre par la coopération allemande (GIZ)", "von der
		// Internationalen Arbeitsorganisation (ILO)": a body named by a
		// description or an inflected name, its acronym in brackets
		// after it.
		bracketOrg, bracketAcr := "", ""
		if clause != "" {
			if i := strings.Index(s[end:], clause); i >= 0 {
				after := s[end+i+len(clause):]
				acr := bracketAfter(after)
				// "von der Organisation der Vereinten Nationen für
				// industrielle Entwicklung (UNIDO)": a name in the
				// text's language, cut short by its little words, and
				// the acronym of a body the lexicon knows a few words on.
				if acr == "" && startsUpper(clause) {
					acr = bracketWordsOn(after, 8)
				}
				if acr != "" {
					if org, ok := normalize.KnownOrganisation(acr); ok {
						bracketOrg, bracketAcr = org, acr
					}
				}
			}
		}
		members := membersJointly(withSpellingAcronym(s, end, clause), func(c string) []string { return orgsInAs(c, implementerMembers) })
		// "uitgevoerd door het IGAD Climate Prediction and Applications
		// Centre (ICPAC)": a body the lexicon does not know, spelt out
		// before its acronym in brackets, is one body, even where a known
		// one ("IGAD") opens its name or "and" stands inside it.
		if long := spelledBody(s, end, clause); long != "" {
			members = []string{long}
		}
		// "mis en œuvre par le Centre de prévision et d'applications
		// climatiques de l'IGAD (ICPAC)": a body's name in the text's
		// language, cut short at a little word, runs on to its acronym
		// in brackets; the acronym names the body.
		if len(members) == 1 && bracketOrg == "" {
			if acr := acronymClosingName(s[end:], members[0]); acr != "" {
				members = []string{acr}
			}
		}
		if len(members) == 1 && bracketOrg != "" {
			if _, known := normalize.KnownOrganisation(members[0]); !known {
				members = nil
			}
		}
		// "ejecutado por la OMM y el Programa de las Naciones Unidas
		// para el Medio Ambiente (PNUMA)": the last of the bodies the
		// clause joins, cut short at a little word, is the one the
		// acronym after it names.
		if bracketOrg != "" && len(members) > 0 && !slices.Contains(members, bracketOrg) && joinsBodies(clause) {
			members = append(members, bracketOrg)
		}
		// "implemented by UNDP together with the Hague Institute for
		// Judicial Cooperation (HIJC)": a partner the lexicon does not
		// know, spelt out before its acronym, is a body all the same.
		if len(members) > 0 {
			if long := jointlySpelledPartner(s, end, clause); long != "" && !slices.Contains(members, long) {
				members = append(members, long)
			}
		}
		// "implemented by UNODC, in partnership with the IOM": a partner
		// after the clause's comma (where the clause named a body, or its
		// acronym in brackets did: "… van de Verenigde Naties (FAO),
		// samen met …").
		if len(members) == 0 && bracketOrg != "" && !implemented {
			implemented = true
			x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(bracketOrg), bracketAcr, s, "prose:implementer", "")
		}
		if len(members) > 0 || bracketOrg != "" {
			for _, p := range jointlyAfterClause(s, end, clause, x.lang) {
				if !slices.Contains(members, p) && p != bracketOrg {
					members = append(members, p)
				}
			}
		}
		// "Lo implementa la cooperación alemana, a través de la GIZ": a
		// donor country's cooperation named as the one carrying it out,
		// through a body after a word of channel: the body carries it
		// out.
		if len(members) == 0 && bracketOrg == "" {
			if org := channelBodyAfter(s, end, clause); org != "" {
				members = []string{org}
			}
		}
		// "A execução cabe ao Centro Caribenho de Energias Renováveis e
		// Eficiência Energética (CCREEE)": a body's name opened by a word
		// for a body, "and" inside it, then its acronym in brackets (in
		// another language's order, so not spelt by the name) is one
		// body, named by the acronym other pages use.
		if len(members) == 0 && bracketOrg == "" && clause != "" && hasOrgWord(leadingRun(clause)) && len(strings.Fields(clause)) <= 12 {
			if i := strings.Index(s[end:], clause); i >= 0 {
				if acr := bracketAfter(s[end+i+len(clause):]); acronymLike(acr) {
					members = []string{acr}
				}
			}
		}
		for _, org := range members {
			implemented = true
			x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
		}
	}
	// "Das … Projekt wird von UNICEF umgesetzt", "door UNICEF
	// uitgevoerd": the body between the word for "by" and the verb at
	// the clause's end.
	if start, _, ok := findCue(s, "implemented_after"); ok && !implemented {
		window := s[:start]
		// ("von der GIZ gemeinsam mit dem Sekretariat der Ostafrikanischen
		// Gemeinschaft umgesetzt": two bodies between the words.)
		i := lastCueEnd(window, "given_by")
		// ("Es wird vom Entwicklungsprogramm der Vereinten Nationen
		// (UNDP) umgesetzt": "vom" is "von dem".)
		if j := lastCueEnd(window, "agent_before_verb"); j > i {
			i = j
		}
		if i >= 0 && len(strings.Fields(window[i:])) <= 12 {
			// "von der EU finanziert und vom Europarat umgesetzt": the
			// givers before a verb of funding are no implementers.
			if _, e, ok := findCue(window[i:], "funded_after"); ok {
				i += e
			}
			// (A country's agency is the implementer by its own name:
			// "door Enabel uitgevoerd" names Enabel, not Belgium.)
			w := window[i:]
			// ("von der GIZ im Auftrag des BMZ umgesetzt": the body the
			// work is done for gives, it does not carry out.)
			if fb, _, ok := findCue(w, "funded_by"); ok {
				w = w[:fb]
			}
			for _, o := range orgMentions(w) {
				implemented = true
				for _, org := range implementerMembers(w[o.start:o.end]) {
					x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
				}
			}
			// "wordt door de stichting Lumen uitgevoerd": a body the
			// lexicon does not know, all of the window a name in
			// capitals after its article and its word for a kind of
			// body.
			if !implemented {
				if org := nameOnlyWindow(window[i:], x.lang); org != "" {
					implemented = true
					x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
				}
			}
		}
	}
	// "with UNDP as implementing partner", "its implementing agency,
	// UNDP,": the body beside the implementer's role noun.
	if !implemented {
		for _, org := range donorsByRoleNoun(s, x.lang, "implementer_noun") {
			implemented = true
			x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer_role", "")
		}
	}
	if at, ok := x.implementsCue(s); ok && !implemented {
		// "the Madrid-based foundation FIIAPP, which runs the programme",
		// "Die GIZ setzt das Vorhaben … um": the body named last before
		// the verb, in its clause.
		before := s[:at]
		if i := strings.LastIndexAny(before, ";:"); i >= 0 {
			before = before[i+1:]
		}
		// "…, das die GIZ im Auftrag des BMZ seit 2019 … umsetzt": the
		// body the work is done on behalf of, after a word of funding,
		// is no implementer; the one before it is.
		if fb, _, ok := findCue(before, "funded_by"); ok && len(orgMentions(before[:fb])) > 0 {
			before = before[:fb]
		}
		// ("A Fundação Verdeterra, uma ONG italiana que implementa …":
		// words that only describe a body name none; the body before
		// them is the subject.)
		ms := slices.DeleteFunc(orgMentions(before), func(m orgMention) bool { return descriptorOnly(before[m.start:m.end]) })
		if org := x.subjectOpeningOnBody(before, ms); org != "" {
			x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
		} else if len(ms) > 0 {
			// "Enabel and GIZ implement the programme jointly": the
			// bodies joined by "and" before the verb, all of them.
			for _, m := range ms[joinedFrom(before, ms):] {
				for _, org := range implementerMembers(before[m.start:m.end]) {
					x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
				}
			}
			// "Sweden funds MERIDA together with UNOPS, which implements
			// the programme": the body a relative clause says carries
			// the project out is no giver beside the one that funds it.
			// (Not where another of the sentence's bodies stands for the
			// same giver: "LuxDev, which implements it on behalf of the
			// Government of Luxembourg" keeps Luxembourg.)
			if last := ms[len(ms)-1]; relativeOpening(s[at-len(before)+last.end:]) && !namedTwice(s, last.name) {
				x.dropProseGiver(s, last.name)
			}
		} else if org := x.subjectBefore(before); org != "" {
			// "Classroom Bridges International implements it": a body the
			// lexicon does not know, named as the verb's subject.
			x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
		}
		implemented = true
	}
	// "The Digital Asset Declarations Programme, which UNDP implements
	// in …", "…, que ejecuta el PNUD": a relative clause on the project
	// whose verb of carrying out has a body for its subject, before the
	// verb or after it.
	if !implemented {
		if org := x.relativeImplementer(s); org != "" {
			implemented = true
			x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
		}
	}
	// "The CYRES programme, which the United Kingdom has funded since
	// 2021, …", "…, che l'Unione europea finanzia": the givers a
	// relative clause on the project names.
	for _, d := range x.relativeGivers(s) {
		x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(d), d, s, "prose:donors", "")
	}
	// "UNITAR implements SECURA – Road Safety …": the verb, then the
	// project's own name (an article may come between), then the body
	// before the verb, in its clause, carries the project out.
	if at, end, ok := findCue(s, "implements_name"); ok && !implemented && x.nameAt(s, end, x.sentenceMentions(s)) {
		before := s[:at]
		if i := strings.LastIndexAny(before, ";:"); i >= 0 {
			before = before[i+1:]
		}
		// ("Im Auftrag des BMZ setzt AGEKO …": a body after a word of
		// commissioning or funding gives, it does not carry out.)
		if hasCue(before, "funded_by") {
			before = ""
		}
		// "UNODC, which runs SOLARIS", "la ZVK, l'ente pubblico tedesco
		// che attua …": the body before a relative word and a describing
		// apposition.
		before = relativeSubject(before)
		if ms := orgMentions(before); len(ms) > 0 {
			last := ms[len(ms)-1]
			if rest := strings.TrimSpace(before[last.end:]); rest == "" || bracketedAcronym(rest) {
				for _, m := range ms[joinedFrom(before, ms):] {
					for _, org := range implementerMembers(before[m.start:m.end]) {
						x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
					}
				}
			}
		} else if org := x.subjectBefore(before); org != "" {
			x.addFor(target, b, dossier.FieldImplementer, dossier.TextValue(org), org, s, "prose:implementer", "")
		}
	}
}

// subjectOpeningOnBody returns the subject before a verb whose name a
// body or country the lexicon knows only opens ("The Kenya Red Cross
// Society runs the programme": "Kenya", then capitalised words on to the
// verb), the last of ms being that body; else "".
func (x *extractor) subjectOpeningOnBody(before string, ms []orgMention) string {
	if len(ms) == 0 {
		return ""
	}
	last := ms[len(ms)-1]
	tail := strings.TrimSpace(before[last.end:])
	if tail == "" || !startsUpper(tail) || bracketedAcronym(tail) {
		return ""
	}
	org := x.subjectBefore(before)
	if org == "" || !strings.Contains(org, stripLeadingArticle(strings.TrimSpace(before[last.start:last.end]))) {
		return ""
	}
	return org
}

// withoutDescriptorApposition drops from the text before a verb an
// apposition that only describes the body named before it, and the
// relative word after it if any: "A Fondazione Verdeterra, a ONG italiana que "
// is "A Fondazione Verdeterra, ", as "the Verdeterra Foundation, the
// Italian NGO that " is "the Verdeterra Foundation, ".
func withoutDescriptorApposition(before string) string {
	t := strings.TrimRight(before, " ")
	// (The relative word may open the cue: "que implementa o projeto".)
	if w := lastWord(t); w != "" && strings.HasSuffix(t, w) && relativeWords()[lexicon.Fold(w)] {
		t = strings.TrimRight(t[:len(t)-len(w)], " ")
	}
	// ("Die Stiftung Verdeterra, eine italienische NGO, die …": the
	// apposition closed by a comma of its own.)
	t = strings.TrimSuffix(t, ",")
	c := strings.LastIndexByte(t, ',')
	if c <= 0 || !descriptorOnly(t[c+1:]) {
		return before
	}
	return t[:c] + ", "
}

// capitalNext reports a word with a capital first after the spaces that
// open s, or after an article there: where a name may stand.
func capitalNext(s string) bool {
	rest := strings.TrimLeft(s, " ")
	if w := leadingRun(rest); w != "" && articleWords()[lexicon.Fold(w)] {
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	return startsUpper(rest)
}

// nameOnlyWindow returns the body's name a window between a word for
// "by" and a verb at the clause's end holds, where it holds nothing else:
// an article, a word for a kind of body at most, then one to six words
// in capitals ("de stichting Lumen", "Lumen Foundation"); "" otherwise.
//
// German writes every noun in capitals ("zur Analyse von Mineralölen
// durchgeführt"): there, only a name after a word for a kind of body
// ("von der Stiftung Lumen").
func nameOnlyWindow(w, lang string) string {
	bare := stripLeadingArticle(strings.TrimSpace(w))
	name := withoutDescriptor(bare)
	// ("von der kenianischen Stiftung Maji Bora umgesetzt": German
	// writes the word for a kind of body in capitals.)
	named := false
	if name == bare {
		name, named = capitalDescriptorName(bare)
	}
	if lang == "de" && name == bare && !named {
		return ""
	}
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 6 || strings.ContainsAny(name, ",;:()") {
		return ""
	}
	for _, word := range ws {
		if !startsUpper(word) && !ofWords()[lexicon.Fold(word)] || projectWordSet()[strings.ToLower(word)] {
			return ""
		}
	}
	if !startsUpper(ws[len(ws)-1]) || isCountry(name) || subjectPronouns()[lexicon.Fold(ws[0])] {
		return ""
	}
	return name
}

// capitalDescriptorName reads a body's name opened by a word for a kind
// of body in capitals, as German writes it: after an adjective in lower
// case, the name is what follows the word ("kenianischen Stiftung Maji
// Bora" gives "Maji Bora", as "der spanischen Stiftung FIIAPP" names
// FIIAPP); without one, the word is part of the name ("Stiftung
// Lebendige Savanne"). ok is false where no such word opens s.
func capitalDescriptorName(s string) (string, bool) {
	ws := strings.Fields(s)
	i := 0
	for i < len(ws) && i < 2 && startsLower(ws[i]) && allLetters(ws[i]) {
		i++
	}
	if i+1 >= len(ws) || !startsUpper(ws[i]) || !descriptorWords()[lexicon.Fold(ws[i])] || !startsUpper(ws[i+1]) {
		return s, false
	}
	if i == 0 {
		return s, true
	}
	return strings.Join(ws[i+1:], " "), true
}

// joinsBodies reports a clause with a word of "and" in it: more than one
// body.
func joinsBodies(clause string) bool {
	for _, w := range words(clause) {
		if listAnd()[w.fold] {
			return true
		}
	}
	return false
}

// pastInvertedSubject returns where the bodies after a cue set before
// its subject begin: past the subject and the word for "by" after it
// ("Umgesetzt wird ACTRA II von der spanischen Stiftung FIIAPP",
// "Finanziert wird die Initiative von der Europäischen Union"), end
// itself where no such subject follows. (Not past a body named right
// after the cue, "realizzato dall'UNDP in Mauritania dal marzo 2021", nor
// past a comma: "uitgevoerd door DW Akademie, de …tak van Deutsche
// Welle" names the body, then what it is part of.)
func pastInvertedSubject(s string, end int) int {
	if at, e, ok := findCue(s[end:], "given_by"); ok && at > 0 && len(strings.Fields(s[end:end+at])) <= subjectSpan(s[end:end+at]) && !strings.Contains(s[end:end+at], ",") && len(orgMentions(s[end:end+at])) == 0 && !orgOpens(s[end:]) && !endsOnListAnd(s[end:end+at]) {
		return end + e
	}
	// "Durchgeführt wird das Vorhaben, das 2022 begonnen hat, von der
	// GIZ": a relative clause on the subject, set off by commas, before
	// the word for "by".
	rest := s[end:]
	i := strings.Index(rest, ", ")
	if i <= 0 || len(strings.Fields(rest[:i])) > subjectSpan(rest[:i]) || len(orgMentions(rest[:i])) > 0 || orgOpens(rest) {
		return end
	}
	clause := rest[i+2:]
	if w, _, _ := strings.Cut(clause, " "); !relativeWords()[lexicon.Fold(w)] {
		return end
	}
	j := strings.Index(clause, ", ")
	if j < 0 {
		return end
	}
	if at, e, ok := findCue(clause[j+2:], "given_by"); ok && at == 0 {
		return end + i + 2 + j + 2 + e
	}
	return end
}

// agentAfter returns the end of the word for "by" that follows end after
// one to six words naming no body, with no comma between ("financée à son
// lancement par", "finanziato per il 70 per cento dalla", "funded mainly
// by"); end where none does.
func agentAfter(s string, end int) int {
	at, e, ok := findCue(s[end:], "given_by")
	if !ok {
		return end
	}
	between := s[end : end+at]
	if n := len(strings.Fields(between)); n < 1 || n > 6 || strings.ContainsAny(between, ",;:") || len(orgMentions(between)) > 0 || endsOnListAnd(between) {
		return end
	}
	return end + e
}

// endsOnListAnd reports words whose last is one of the lexicon's list.and:
// "realizzato da Sorgente Comune e dall'Asociación …" lists two bodies,
// each after its word for "by", where no subject stands between.
func endsOnListAnd(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 1 && listAnd()[lexicon.Fold(ws[len(ws)-1])]
}

// pastAside returns the end of an aside between commas right after end,
// of a few words and naming no body ("La ejecuta, igual que la primera,
// la Fundación …", "realizzato, come la prima fase, dalla …"); end itself
// where none follows.
func pastAside(s string, end int) int {
	rest := strings.TrimLeft(s[end:], " ")
	if !strings.HasPrefix(rest, ",") {
		return end
	}
	inner, _, ok := strings.Cut(rest[1:], ",")
	if !ok || strings.ContainsAny(inner, ".;:()") || len(strings.Fields(inner)) > 6 || len(orgMentions(inner)) > 0 {
		return end
	}
	return end + (len(s[end:]) - len(rest)) + 1 + len(inner) + 1
}

// subjectSpan is how many words may stand between a cue of carrying out
// and its word for "by": four, or eight where they open on the project
// named by its word ("Umgesetzt wird das Programm wie schon die erste
// Phase von der GIZ").
func subjectSpan(between string) int {
	ws := strings.Fields(lexicon.Fold(between))
	if len(ws) >= 2 && articleWords()[ws[0]] && projectWordForm(ws[1]) {
		return 8
	}
	// "Umgesetzt wird LINDEN II wie bisher gemeinsam von der GIZ …": the
	// project by its acronym as the subject.
	if raw := strings.Fields(between); len(raw) >= 2 && acronymLike(raw[0]) && distinctive(raw[0]) {
		return 8
	}
	return 4
}

// nameAt reports whether one of the sentence's project mentions starts at
// i, after spaces and an article at most.
func (x *extractor) nameAt(s string, i int, ms []mention) bool {
	rest := strings.TrimLeft(s[i:], " ")
	if w := leadingRun(rest); w != "" && articleWords()[lexicon.Fold(w)] {
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	at := len(s) - len(rest)
	for _, m := range ms {
		if m.start == at {
			return true
		}
	}
	return false
}

// projectNamedAt reports the project's name at i, maybe after an article
// and a word for project ("het programma JIKOSAFI"): nameAt past the
// word for project.
func (x *extractor) projectNamedAt(s string, i int) bool {
	rest := strings.TrimLeft(s[i:], " ")
	if w := leadingRun(rest); w != "" && articleWords()[lexicon.Fold(w)] {
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	if w := leadingRun(rest); w != "" && projectWordForm(lexicon.Fold(w)) {
		i = len(s) - len(rest) + len(w)
	}
	return x.nameAt(s, i, x.sentenceMentions(s))
}

// adverbsOnly reports text that is spaces or one inserted adverb of the
// lexicon ("auch", "also", "ook").
func adverbsOnly(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	if t == "" {
		return true
	}
	return slices.Contains(insertedAdverbs()[leadingRun(t)], t)
}

// definiteProjectAt reports text that opens on a definite article and a
// word for project ("das Vorhaben", "het programma"): the project the
// page speaks of.
func definiteProjectAt(rest string) bool {
	ws := strings.Fields(rest)
	// ("funds a project": an article that is indefinite in any of the
	// languages, English "a" among them, names some other project.)
	f := ""
	if len(ws) > 0 {
		f = lexicon.Fold(ws[0])
	}
	return len(ws) >= 2 && articleWords()[f] && indefiniteArticles()[f] == nil && projectWordForm(lexicon.Fold(strings.TrimRight(ws[1], ".,;:")))
}

// subjectBefore returns the name that ends right before a verb: two to
// eight capitalised words (little words inside), the clause's whole
// subject, and no project's name. "" otherwise.
func (x *extractor) subjectBefore(before string) string {
	before = withoutDescriptorApposition(before)
	// "Fundación Surcos, which leads the programme": the comma opens the
	// relative clause, it does not end the name.
	trimmed := strings.TrimSuffix(strings.TrimSpace(before), ",")
	relative := len(trimmed) < len(strings.TrimSpace(before))
	ws := strings.Fields(trimmed)
	// "La Agencia Estatal de Administración Tributaria (AEAT) seguirá
	// siendo …": the name's acronym in brackets after it.
	acr := ""
	if n := len(ws); n > 1 && strings.HasPrefix(ws[n-1], "(") && strings.HasSuffix(ws[n-1], ")") && acronymLike(strings.Trim(ws[n-1], "()")) {
		acr, ws = ws[n-1], ws[:n-1]
	}
	k := len(ws)
	for k > 0 {
		w := ws[k-1]
		if strings.ContainsAny(w, ",.;:()") || !startsUpper(w) && !nameLittle()[lexicon.Fold(w)] && !ofWords()[lexicon.Fold(w)] {
			break
		}
		k--
	}
	for k < len(ws) && !startsUpper(ws[k]) {
		k++
	}
	// The whole clause: "Classroom Bridges International implements …",
	// or after a comma or a conjunction, not "In 2024 UNDP …". ("Como en
	// la primera fase, el IAEF es …": the name's article after the comma.)
	edge := k
	for edge > 0 && articleIn(ws[edge-1], x.lang) {
		edge--
	}
	// ("The Italian foundation Fondazione Mensa Aperta will lead …":
	// words before the name that only describe the body.)
	if edge > 0 && !strings.HasSuffix(ws[edge-1], ",") && !listAnd()[lexicon.Fold(ws[edge-1])] && !relativeWords()[lexicon.Fold(ws[edge-1])] && !descriptorOnly(strings.Join(ws[:edge], " ")) {
		return ""
	}
	// "The Great Lakes Water Authority implements …": the sentence's
	// article is no part of the name.
	if k < len(ws) && articleIn(ws[k], x.lang) {
		k++
	}
	name := strings.Join(ws[k:], " ")
	// (Before a relative clause, a short name: "Officials of the … Office
	// in Bucharest, which runs the project for …" is a phrase.)
	// ("AGEKO setzt das Programm … um": one word, written as an acronym.)
	// ("La OEI será la encargada de ejecutarlo": a body's acronym of
	// three capitals before the verb; "…, which Lumen has implemented":
	// one capitalised word after a relative pronoun.)
	one := func() bool {
		if acronymLike(name) && (distinctive(name) || utf8.RuneCountInString(name) >= 3 && strings.ToUpper(name) == name) {
			return true
		}
		if k > 0 && relativeWords()[lexicon.Fold(ws[k-1])] && startsUpper(name) && !isPlace(name) {
			return true
		}
		// ("Rijkswaterstaat voert het programma uit": one capitalised
		// word that is the whole clause, no place, pronoun or word for a
		// kind of body. Not in German, which capitalises every noun.)
		f := lexicon.Fold(name)
		return k == 0 && !relative && x.lang != "de" && utf8.RuneCountInString(name) >= 4 && startsUpper(name) &&
			allLetters(name) &&
			!isPlace(name) && !isCountry(name) && !subjectPronouns()[f] && !orgWords()[f] && !projectWordSet()[f]
	}
	if n := len(ws) - k; n < 2 && !(n == 1 && one()) || n > 8 || relative && n > 4 || len(x.findMentions(name)) > 0 || notSubject(name) {
		return ""
	}
	if _, known := x.names.spelling[projectKey(name)]; known {
		return ""
	}
	if acr != "" {
		if ms := implementerMembers(name + " " + acr); len(ms) == 1 {
			return ms[0]
		}
	}
	// ("The Kenyan NGO Maji Safi implements …": the words that describe
	// the body are no part of its name.)
	if d := withoutDescriptor(name); d != "" {
		return d
	}
	return name
}

// pastOpeningDate returns s after the date it opens with and the comma
// after it ("In March 2021, the programme …" is "the programme …"), or
// "" where it opens on none.
func pastOpeningDate(s string) string {
	// (Cheap test first: every date the pattern reads has its year's
	// digits within its first words.)
	if !mayOpenOnDate(s) {
		return ""
	}
	if m := leadingDate().FindStringIndex(s); m != nil {
		return strings.TrimLeft(s[m[1]:], " ,")
	}
	return ""
}

// leadingDate finds a date at the start of a text: "31 December 2024",
// "février 2024", "2024", after up to three of the lexicon's date.lead
// words ("at the end of February 2024", "alla fine di marzo 2025").
var leadingDate = sync.OnceValue(func() *regexp.Regexp {
	leads := slices.Clone(lexicon.Phrases("date", "lead"))
	// (The longest first: "end of" before "end".)
	slices.SortStableFunc(leads, func(a, b string) int { return len(b) - len(a) })
	alts := make([]string, len(leads))
	for i, p := range leads {
		alts[i] = strings.ReplaceAll(regexp.QuoteMeta(p), " ", `\s+`)
	}
	// (A lead word may join the date with a hyphen: "end-2024",
	// "mid-June 2026".)
	return regexp.MustCompile(`^\s*(?:(?i:` + strings.Join(alts, "|") + `)(?:\s+|-)){0,3}(\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}|\d{4}-\d{2}-\d{2}|(?:\d{1,2}(?:er|\.|º|°)?\s+(?:de\s+)?)?(?:\p{L}+\.?\s+(?:de\s+)?)?\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})`)
})

// maxLeadingDateBytes is how far into a text the first digit of a date
// leadingDate reads may stand: three lead words and a month's name
// ("alla fine del mese di settembre 2024", three times over) are within it.
const maxLeadingDateBytes = 120

// mayOpenOnDate is the cheap test before leadingDate: a digit within
// maxLeadingDateBytes.
func mayOpenOnDate(s string) bool {
	i := strings.IndexAny(s, "0123456789")
	return i >= 0 && i <= maxLeadingDateBytes
}

// yearAtEnd finds the year a phrase ends with ("fin 2024").
var yearAtEnd = regexp.MustCompile(`\d{4}$`)

func dateAt(s string) (dossier.Date, bool) {
	if !mayOpenOnDate(s) {
		return dossier.Date{}, false
	}
	m := leadingDate().FindStringSubmatch(s)
	if m == nil {
		return dossier.Date{}, false
	}
	d, err := normalize.ParseDate(m[1])
	if err != nil {
		// "fin 2024", "end of 2024": the year alone.
		if y := yearAtEnd.FindString(m[1]); y != "" {
			if d, err = normalize.ParseDate(y); err == nil {
				return d, true
			}
		}
		return dossier.Date{}, false
	}
	return d, true
}

// movedEnd returns the date a sentence moves the end to: a verb of the
// lexicon's cue.end_moved, and a change from one date to another ("from
// March 2026 to March 2027", "de mars 2026 à mars 2027", "von März 2026
// auf März 2027"), in a sentence that names no start (cue.start_moved).
func movedEnd(s string) (dossier.Date, string, bool) {
	if hasCue(s, "start_moved") || !hasCue(s, "end_moved") {
		return dossier.Date{}, "", false
	}
	return changedDates(s)
}

// movedEndTo returns the date a sentence moves the end to with no date
// it moves it from: a word for the end (cue.end_noun) before a verb of
// cue.end_moved, then, a few words on, a word for "to" and a date ("The
// end date was moved to June 2026", "La date de clôture a été reportée à
// juin 2026", "Das Laufzeitende wurde auf Juni 2026 verschoben"), in a
// sentence that names no start.
func movedEndTo(s string) (dossier.Date, string, bool) {
	if hasCue(s, "start_moved") {
		return dossier.Date{}, "", false
	}
	noun, nounEnd, ok := findCue(s, "end_noun")
	if !ok {
		return dossier.Date{}, "", false
	}
	// ("The end of the rainy season was delayed to June": the end of
	// something else, unless a word for project follows.)
	if ws := words(s[nounEnd:]); len(ws) > 0 && ofWords()[ws[0].fold] && !slices.ContainsFunc(ws[1:min(len(ws), 4)], func(w word) bool { return projectWordSet()[w.fold] }) {
		return dossier.Date{}, "", false
	}
	verbs := cueSpans(s, "end_moved")
	if len(verbs) == 0 || verbs[0][0] < noun {
		return dossier.Date{}, "", false
	}
	// (The word for "to" after the verb: "El cierre, previsto para
	// septiembre de 2025, se ha aplazado al 31 de marzo de 2026" names
	// the old date before it.)
	from := verbs[0][1]
	for k, w := range words(s[from:]) {
		if k > 4 {
			break
		}
		if !changeWords("to")[w.fold] && !rangeToWords()[w.fold] {
			continue
		}
		if d, ok := dateAt(s[from+w.end:]); ok {
			return d, strings.TrimSpace(s[from+w.start:]), true
		}
	}
	// ("Das Laufzeitende wurde auf Juni 2026 verschoben": a verb at the
	// clause's end, the date before it.)
	if verbs[0][1] == len(strings.TrimRight(s, ". ")) {
		ws := words(s[nounEnd:verbs[0][0]])
		for k := len(ws) - 1; k >= 0; k-- {
			if changeWords("to")[ws[k].fold] || rangeToWords()[ws[k].fold] {
				if d, ok := dateAt(s[nounEnd+ws[k].end:]); ok {
					return d, strings.TrimSpace(s[nounEnd+ws[k].start:]), true
				}
				break
			}
		}
	}
	return dossier.Date{}, "", false
}

// movedDate reports a sentence that moves a date, the start or the end,
// from one to another: its two dates are no period.
func movedDate(s string) bool {
	if !hasCue(s, "end_moved") {
		return false
	}
	_, _, ok := changedDates(s)
	return ok
}

// movedNear reports a verb of cue.end_moved (spans, cueSpans') at most
// a few words before from, or after to ("wurde von März 2026 auf März 2027 verschoben"):
// the verb of the clause that gives the change, not one of another
// ("ran … from 1 January 2019 to 30 June 2022, including an extension
// … for activities delayed by the pandemic").
func movedNear(spans [][2]int, from, to int) bool {
	for _, c := range spans {
		if c[1] <= from && from-c[1] <= 40 || c[0] >= to && c[0]-to <= 40 {
			return true
		}
	}
	return false
}

// cueSpans returns where the phrases of cue.KIND stand in s, in order.
func cueSpans(s, kind string) [][2]int {
	var out [][2]int
	for off := 0; off < len(s); {
		at, end, ok := findCue(s[off:], kind)
		if !ok {
			break
		}
		out = append(out, [2]int{at + off, end + off})
		off += end
	}
	return out
}

// changedDates finds a change from one date to another: a word for "from"
// (change.from, range.from) and a date, then, a few words on, a word for
// "to" (change.to, range.to) and a date, a verb of cue.end_moved beside
// them. It returns the second date and the text from the word for
// "from".
func changedDates(s string) (dossier.Date, string, bool) {
	if yearRuns(s) < 2 {
		return dossier.Date{}, "", false
	}
	ws := words(s)
	verbs := cueSpans(s, "end_moved")
	if len(verbs) == 0 {
		return dossier.Date{}, "", false
	}
	for i, w := range ws {
		if !changeWords("to")[w.fold] && !rangeToWords()[w.fold] {
			continue
		}
		to, ok := dateAt(s[w.end:])
		if !ok {
			continue
		}
		// (The second date's words: the leading date's length.)
		toEnd := w.end
		if loc := leadingDate().FindStringIndex(s[w.end:]); loc != nil {
			toEnd += loc[1]
		}
		for k := i - 1; k >= max(0, i-5); k-- {
			if !changeWords("from")[ws[k].fold] && !rangeFromWords()[ws[k].fold] {
				continue
			}
			if _, ok := dateAt(s[ws[k].end:w.start]); ok && movedNear(verbs, ws[k].start, toEnd) {
				return to, strings.TrimSpace(s[ws[k].start:]), true
			}
		}
	}
	return dossier.Date{}, "", false
}

// channelBodyAfter returns the body a word of channel names right after
// the clause the cue at end opens ("…, a través de la GIZ", "…, through
// GIZ"), or "": the first body after the channel's word, the lexicon's
// or one in capitals.
func channelBodyAfter(s string, end int, clause string) string {
	i := strings.Index(s[end:], clause)
	if clause == "" || i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[end+i+len(clause):], " ,")
	at, e, ok := findCue(rest, "channel")
	if !ok || at != 0 {
		return ""
	}
	if ms := orgMentions(rest[e:]); len(ms) > 0 && strings.TrimSpace(stripLeadingArticle(strings.TrimSpace(rest[e:e+ms[0].start])+" ")) == "" {
		return ms[0].name
	}
	return ""
}

// hasCue reports whether s holds a phrase of cue.KIND as whole words.
func hasCue(s, kind string) bool {
	_, _, ok := findCue(s, kind)
	return ok
}

// otherProjectBefore reports whether the list member right before a cue
// is part of another project: "PORTICO II, …, le volet douanier du projet
// régional de facilitation du commerce financé par la Banque mondiale"
// says who funds that project, not PORTICO II.
func otherProjectBefore(before string) bool {
	i := strings.LastIndex(before, ",")
	if i < 0 {
		return false
	}
	ws := strings.Fields(before[i+1:])
	for k, w := range ws {
		// A part "of a project" in lower case, not the project itself
		// ("a EUR 15 million programme") nor a body's name ("Programma
		// delle Nazioni Unite per lo Sviluppo").
		if k >= 2 && startsLower(w) && ofWords()[lexicon.Fold(ws[k-1])] && projectWordForm(lexicon.Fold(strings.Trim(w, "()"))) {
			return len(findMentions(before[i+1:])) == 0
		}
	}
	return false
}

// namesEarlier reports a sentence that names the project of key as the
// earlier one of a relation: after a predecessor's wording ("builds on
// the results of the ACTRA programme", "fait suite à X") or before a
// follow-up's ("X and its follow-up"). "Kilimo Seed Futures II, de
// opvolger van …" names the later one.
func (x *extractor) namesEarlier(s, key string) bool {
	// (One pass over the sentence for both kinds, kept for the next
	// question on the same sentence: most name no relation.)
	if s != x.relSentence || x.relWords == nil {
		x.relSentence, x.relWords = s, phrasesIn(s, relationHeads(), false)
	}
	rel := x.relWords
	if len(rel) == 0 {
		return false
	}
	p, pred := rel["predecessor"]
	c, succ := rel["successor"]
	ps, pe, ss, se := p[0], p[1], c[0], c[1]
	if !pred && !succ {
		return false
	}
	for _, m := range x.sentenceMentions(s) {
		if projectKey(m.name) != key {
			continue
		}
		if pred && m.start >= pe || succ && !(pred && ps <= ss && pe >= se) && m.end <= ss {
			return true
		}
	}
	return false
}

// hasCueAt reports whether s opens with a cue of kind.
func hasCueAt(s, kind string) bool {
	start, _, ok := findCue(strings.TrimSpace(s), kind)
	return ok && start == 0
}

// relativeImplementer returns the body a relative clause right after a
// project's name says carries it out: "X, which UNDP implements", "X, que
// ejecuta el PNUD". The clause runs to its next comma; only the body
// next to the verb, an article at most between, counts. "" if none.
func (x *extractor) relativeImplementer(s string) string {
	if !hasCue(s, "implements_name") {
		return ""
	}
	carries := func(clause string) bool { return hasCue(clause, "implements_name") }
	if !relativeAfterComma(s, carries) {
		// "… that GIZ, the German development agency, carried out": a
		// body's description in apposition is no part of the clause.
		if s = withoutBodyAppositions(s); !relativeAfterComma(s, carries) {
			return ""
		}
	}
	for _, clause := range x.relativeClausesOnProject(s) {
		at, end, ok := findCue(clause, "implements_name")
		if !ok {
			continue
		}
		// The body before the verb ("which UNDP implements", "dat de
		// Utrechtse Stichting Vuurbaak uitvoert") …
		if ms := withBracketedAcronyms(clause, orgMentions(clause[:at])); len(ms) == 1 && (strings.TrimSpace(clause[ms[0].end:at]) == "" || verbLast[x.lang] && !strings.ContainsAny(clause[ms[0].end:at], "(),")) && (len(strings.Fields(clause[:ms[0].start])) <= 1 || descriptorOnly(clause[:ms[0].start])) {
			if org := bodyAsImplementer(clause, ms[0]); org != "" {
				return org
			}
		}
		// ("que a ONG Tabanka Saúde executa": a body the lexicon does not
		// know, in capitals after words that describe one.)
		if name := nameAfterDescriptor(clause[:at]); name != "" {
			return name
		}
		// … or after it ("que ejecuta el PNUD").
		if ms := orgMentions(clause[end:]); len(ms) > 0 && len(strings.Fields(clause[end:][:ms[0].start])) <= 1 {
			if org := bodyAsImplementer(clause[end:], ms[0]); org != "" {
				return org
			}
		}
	}
	return ""
}

// withoutBodyAppositions returns s less the descriptions set between
// commas after a body's name, which an article opens and a word for a
// body ends: "GIZ, the German development agency, carried out" reads
// "GIZ carried out".
func withoutBodyAppositions(s string) string {
	if strings.Count(s, ",") < 2 || !hasBodyApposition(s) {
		return s
	}
	ms := orgMentions(s)
	for i := len(ms) - 1; i >= 0; i-- {
		rest := s[ms[i].end:]
		if !strings.HasPrefix(rest, ", ") {
			continue
		}
		j := strings.IndexByte(rest[2:], ',')
		if j < 0 {
			continue
		}
		if !bodyDescription(rest[2 : 2+j]) {
			continue
		}
		s = s[:ms[i].end] + rest[2+j+1:]
	}
	return s
}

// hasBodyApposition reports a stretch between two commas that an article
// opens and a word for a body ends, the cheap test before bodies are
// looked for.
func hasBodyApposition(s string) bool {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], ',')
		if i < 0 {
			return false
		}
		i += from
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			return false
		}
		if bodyDescription(s[i+1 : i+1+j]) {
			return true
		}
		from = i + 1
	}
}

// bodyDescription reports words that describe a body: two to six, an
// article first and a word for a body last ("the German development
// agency").
func bodyDescription(seg string) bool {
	ws := strings.Fields(seg)
	return len(ws) >= 2 && len(ws) <= 6 && articleWords()[lexicon.Fold(ws[0])] && orgWords()[lexicon.Fold(ws[len(ws)-1])]
}

// relativeGivers returns the bodies a relative clause on the project
// names as its givers: before a verb of funding (cue.funds_name), an
// article at most before them and a few words between ("which the United
// Kingdom has funded", "dat de Europese Unie sinds 2021 financiert",
// "che l'Unione europea finanzia"), or right after it ("que financia la
// Unión Europea"). Bodies joined by "and" give together.
func (x *extractor) relativeGivers(s string) []string {
	if !hasCue(s, "funds_name") || !relativeAfterComma(s, func(clause string) bool { return hasCue(clause, "funds_name") }) {
		return nil
	}
	var out []string
	for _, clause := range x.relativeClausesOnProject(s) {
		at, end, ok := findCue(clause, "funds_name")
		if !ok {
			continue
		}
		ms := orgMentions(clause[:at])
		if len(ms) > 0 {
			first := joinedFrom(clause[:at], ms)
			between := clause[ms[len(ms)-1].end:at]
			if onlyArticle(clause[:ms[first].start]) && len(strings.Fields(between)) <= 4 && !strings.ContainsAny(between, "(),") {
				for _, m := range ms[first:] {
					out = append(out, m.name)
				}
			}
			continue
		}
		// (After the verb, the first body and those joined to it: "que
		// financian Italia y España y que ejecuta la UNODC".)
		after := clause[end:]
		if ms := orgMentions(after); len(ms) > 0 && onlyArticle(after[:ms[0].start]) {
			k := 1
			for k < len(ms) && strings.TrimSpace(after[ms[k-1].end:ms[k].start]) != "" && joinsGivers(after[ms[k-1].end:ms[k].start]) {
				k++
			}
			for _, m := range ms[:k] {
				out = append(out, m.name)
			}
		}
	}
	return out
}

// verbLast are the languages whose relative clause ends on its verb, the
// subject first and the time between: "dat Enabel sinds maart 2018
// uitvoert", "das die GIZ seit 2018 umsetzt".
var verbLast = map[string]bool{"de": true, "nl": true}

// withBracketedAcronyms folds into one the mention of a body's name and
// the mention of its acronym in brackets right after it: "la Agencia
// Española de Cooperación … (AECID)" is one body.
func withBracketedAcronyms(text string, ms []orgMention) []orgMention {
	var out []orgMention
	for _, m := range ms {
		if n := len(out); n > 0 && m.start >= out[n-1].end && text[out[n-1].end:m.start] == " (" && m.end < len(text) && text[m.end] == ')' {
			out[n-1].end = m.end + 1
			continue
		}
		out = append(out, m)
	}
	return out
}

// bodyAsImplementer names the body a mention in text is as the one that
// carries a project out: "la AECID" is AECID, not Spain, its mention's
// giver; "" where that is a country ("que Suecia ejecuta" names no
// implementer).
func bodyAsImplementer(text string, m orgMention) string {
	org, _ := implementerOf(text[m.start:m.end])
	if org == "" || isCountry(org) || countrysAid(text[m.start:m.end]) {
		return ""
	}
	return org
}

// countrysAid reports a name that is a country's aid in general, of a
// word of nationality and words for cooperation only: "la coopération
// allemande", "German development cooperation" (not "Agence française
// de développement", a body).
func countrysAid(name string) bool {
	national := false
	for _, w := range strings.Fields(lexicon.Fold(name)) {
		switch {
		case articleWords()[w] || w == "l":
		case nationalities()[w] != "":
			national = true
		case !cooperationWords()[w]:
			return false
		}
	}
	return national
}

// nameAfterDescriptor returns the capitalised name, of four words at
// most, that ends text after words that describe a body (see
// withoutDescriptor): "a ONG Tabanka Saúde", "the Dutch NGO Stichting
// Vuurbaak"; "" where no such words stand before it.
func nameAfterDescriptor(text string) string {
	name := withoutDescriptor(text)
	ws := strings.Fields(name)
	if name == text || len(ws) > 4 || slices.ContainsFunc(ws, func(w string) bool { return !startsUpper(w) }) {
		return ""
	}
	return name
}

// joinEndingAt returns the end of a joining phrase (joiningPhrases) that
// starts a word or two before stop and runs past it ("together with",
// "samen met"), 0 for none.
func joinEndingAt(text string, stop int) int {
	start := stop
	for k := 0; k < 2; k++ {
		t := strings.TrimRight(text[:start], " ")
		i := strings.LastIndexByte(t, ' ') + 1
		if i >= len(t) {
			return 0
		}
		start = i
		if n := joinLen(text[start:]); n > 0 && start+n > stop {
			return start + n
		}
	}
	return 0
}

// joiningPhrases are the lexicon's list.and and list.jointly phrases: in
// a clause of doing or giving, both go on with its list of bodies.
func joiningPhrases() []string {
	return append(lexicon.Phrases("list", "and"), lexicon.Phrases("list", "jointly")...)
}

// membersJointly reads a clause's bodies with members: "FAO together
// with PAHO" names two doers, the first whatever it is, those after a
// list.jointly phrase only where the lexicon knows them as bodies ("GIZ
// gemeinsam mit der Stadtverwaltung": a town hall is a partner).
func membersJointly(clause string, members func(string) []string) []string {
	loc := jointlyPhrase().FindStringIndex(clause)
	if loc == nil {
		return members(clause)
	}
	out := members(clause[:loc[0]])
	for _, m := range members(clause[loc[1]:]) {
		if _, ok := normalize.KnownOrganisation(m); ok {
			out = append(out, m)
		}
	}
	return out
}

var jointlyPhrase = sync.OnceValue(func() *regexp.Regexp {
	var alts []string
	for _, p := range lexicon.Phrases("list", "jointly") {
		alt := strings.ReplaceAll(regexp.QuoteMeta(p), " ", `\s+`)
		// An elided article ends the phrase on its apostrophe: "insieme
		// all'Unione europea".
		if strings.HasSuffix(p, "'") {
			alt = strings.TrimSuffix(alt, "'") + `['’]`
		} else {
			alt += `\s+`
		}
		alts = append(alts, alt)
	}
	return regexp.MustCompile(`(?i)\s+(?:` + strings.Join(alts, "|") + `)`)
})

// joinLen returns how many bytes of text one of the joining phrases of
// several words (joiningPhrases) covers where it opens text (" en
// consorcio con ", " in consortium with ", " together with "), or 0.
func joinLen(text string) int {
	// (Most stops open on no such phrase: its first word tells.)
	first := leadingRun(strings.TrimLeft(text, " "))
	if first == "" || !multiWordAndFirst()[strings.ToLower(first)] {
		return 0
	}
	ws := fieldsApartElided(text[:min(len(text), 60)])
	for _, p := range multiWordAnd() {
		n := len(strings.Fields(p))
		if len(ws) <= n || " "+lexicon.Fold(strings.Join(ws[:n], " "))+" " != p {
			continue
		}
		// The end of the phrase's last word in text.
		at := 0
		for _, w := range ws[:n] {
			at = strings.Index(text[at:], w) + at + len(w)
		}
		return at
	}
	return 0
}

// fieldsApartElided splits s at spaces and after an elided word's
// apostrophe: "insieme all'Unione" is "insieme", "all'", "Unione", so a
// phrase ending in an elided article ("insieme all'") covers its words.
func fieldsApartElided(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		for {
			i := indexApostrophe(w)
			if i <= 0 {
				break
			}
			_, n := utf8.DecodeRuneInString(w[i:])
			if i+n >= len(w) {
				break
			}
			out = append(out, w[:i+n])
			w = w[i+n:]
		}
		out = append(out, w)
	}
	return out
}

// withSpellingAcronym returns a clause of several bodies (read after
// end in s) with the acronym in brackets that follows it where the
// acronym spells the last body's name and an "and" stands inside that
// name: "la FAO y la Comisión Centroamericana de Ambiente y Desarrollo"
// before "(CCAD)" lists two bodies, not three. Otherwise the clause as it
// is.
func withSpellingAcronym(s string, end int, clause string) string {
	i := strings.Index(s[end:], clause)
	if clause == "" || i < 0 {
		return clause
	}
	acr := bracketAfter(s[end+i+len(clause):])
	if acr == "" {
		return clause
	}
	withAcr := clause + " (" + acr + ")"
	k := normalize.SpelledTail(withAcr)
	if k <= 0 || !slices.ContainsFunc(strings.Fields(clause)[k:], func(w string) bool { return listAnd()[lexicon.Fold(w)] }) {
		return clause
	}
	return withAcr
}

// andNameAfter reports text that opens on one word of the lexicon's
// list.and and then a name, an article before it maybe: " and Italy
// (AICS)", " y la AECID".
func andNameAfter(text string) bool {
	ws := strings.Fields(text[:min(len(text), 60)])
	if len(ws) < 2 || !listAnd()[lexicon.Fold(ws[0])] {
		return false
	}
	next := ws[1]
	if len(ws) > 2 && (isLeadingArticle(next) || givenByWords()[lexicon.Fold(next)]) {
		next = ws[2]
	}
	return startsUpper(stripGivenBy(next))
}

// stripGivenBy removes a word for "by" that opens s, whole ("pela União
// Europeia") or elided onto the next word ("dall'Unione europea"), as a
// list's members repeat it.
func stripGivenBy(s string) string {
	w, rest, _ := strings.Cut(s, " ")
	if givenByWords()[lexicon.Fold(w)] && rest != "" {
		return rest
	}
	if i := indexApostrophe(w); i > 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		if givenByWords()[lexicon.Fold(w[:i+size])] || givenByWords()[lexicon.Fold(w[:i])+"'"] {
			return s[i+size:]
		}
	}
	return s
}

// commaMemberAfter reports a list's next member after a comma, where the
// list ends on "and" and one more name before its next comma: "(AECID),
// the European Union and the Government of Canada".
func commaMemberAfter(text string) bool {
	rest, ok := strings.CutPrefix(text, ", ")
	if !ok {
		return false
	}
	if i := strings.IndexAny(rest, ",;:.()"); i >= 0 {
		rest = rest[:i]
	}
	ws := strings.Fields(stripLeadingArticle(stripGivenBy(rest)))
	// ("de Europese Unie en Nederland": Dutch "de", an article the
	// lexicon leaves out for being other languages' "of".)
	if len(ws) > 1 && ws[0] == "de" && startsUpper(ws[1]) {
		ws = ws[1:]
	}
	if len(ws) < 3 || !startsUpper(ws[0]) {
		return false
	}
	for i, w := range ws[1:] {
		if listAnd()[lexicon.Fold(w)] {
			return andNameAfter(strings.Join(ws[i+1:], " "))
		}
	}
	return false
}

// multiWordAnd holds the lexicon's list.and phrases of several words,
// folded, each between spaces.
var multiWordAnd = sync.OnceValue(func() []string {
	var out []string
	for _, p := range joiningPhrases() {
		if f := lexicon.Fold(p); strings.Contains(f, " ") {
			out = append(out, " "+f+" ")
		}
	}
	return out
})

// acronymBracketAt reports brackets opening at i that hold an acronym
// only: "(OIM)".
func acronymBracketAt(text string, i int) bool {
	if text[i] != '(' || !strings.Contains(text[i:], ")") {
		return false
	}
	return acronymLike(bracketAfter(text[i:]))
}

// multiWordAndFirst holds the first words of multiWordAnd, in small
// letters.
var multiWordAndFirst = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range joiningPhrases() {
		if ws := strings.Fields(strings.ToLower(p)); len(ws) > 1 {
			m[ws[0]] = true
		}
	}
	return m
})

// relativeOpening reports text that opens on a comma and a relative
// pronoun: ", which …", ", die …", ", que …".
func relativeOpening(text string) bool {
	rest, ok := strings.CutPrefix(text, ", ")
	return ok && relativeWords()[lexicon.Fold(leadingRun(rest))]
}

// namedTwice reports a sentence two of whose bodies are the same giver.
func namedTwice(s, name string) bool {
	n := 0
	for _, m := range orgMentions(s) {
		if m.name == name {
			n++
		}
	}
	return n > 1
}

// dropProseGiver removes the giver donor that running text read from the
// sentence s.
func (x *extractor) dropProseGiver(s, donor string) {
	x.dropFacts(func(f dossier.Fact) bool {
		return f.Field == dossier.FieldDonors && f.Quote == s && f.Value.Text == donor && f.Extractor == "prose:donors"
	})
}

// dropFacts removes the facts drop reports, and their blocks' roles with
// them.
func (x *extractor) dropFacts(drop func(dossier.Fact) bool) {
	kept := x.facts[:0]
	var roles []dossier.BlockRole
	for i, f := range x.facts {
		if drop(f) {
			continue
		}
		kept = append(kept, f)
		if len(x.factRoles) == len(x.facts) {
			roles = append(roles, x.factRoles[i])
		}
	}
	if len(x.factRoles) == len(x.facts) {
		x.factRoles = roles
	}
	x.facts = kept
}

// implementsCue returns where the lexicon's cue.implements starts in s,
// and where none stands, where it starts with the sentence's amounts left
// out: "UN-Habitat will implement the USD 12 million programme" is "will
// implement the programme". That start is the same in s: only text after
// it goes.
func (x *extractor) implementsCue(s string) (int, bool) {
	at, _, found := findCue(s, "implements")
	// (Only a verb of carrying out can open such a cue: most sentences
	// have none, and the other searches cost a pass over the words.)
	if !hasCue(s, "implements_name") {
		return at, found
	}
	// "…, die das Projekt SEMENTEIRA umsetzt", "… dat het project
	// SEMENTEIRA uitvoert": the cue with the project's name inside it,
	// which starts before a shorter one at the verb.
	if named, ok := cueWithoutNames(s, x.sentenceMentions(s), "implements"); ok && (!found || named < at) {
		return named, true
	}
	if found {
		return at, true
	}
	ms := x.moneyIn(s)
	if len(ms) == 0 {
		return 0, false
	}
	t := s
	for k := len(ms) - 1; k >= 0; k-- {
		t = t[:ms[k].Start] + strings.TrimLeft(t[ms[k].End:], " ")
	}
	at, _, ok := findCue(t, "implements")
	if !ok || at >= ms[0].Start {
		return 0, false
	}
	return at, true
}

// cueWithoutNames finds a cue of kind in s with the project names ms
// give left out ("die das Projekt SEMENTEIRA umsetzt" is "die das
// Projekt umsetzt"); where it starts before the first name, that start
// is the same in s.
func cueWithoutNames(s string, ms []mention, kind string) (int, bool) {
	if len(ms) == 0 {
		return 0, false
	}
	t := s
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].start < 0 || ms[k].end > len(t) || ms[k].start > ms[k].end || k+1 < len(ms) && ms[k].end > ms[k+1].start {
			return 0, false
		}
		t = t[:ms[k].start] + strings.TrimLeft(t[ms[k].end:], " ")
	}
	at, _, ok := findCue(t, kind)
	if !ok || at >= ms[0].start {
		return 0, false
	}
	return at, true
}

// cleftAgent finds a cleft that names a cue's agent last, after a verb of
// being: "A finanziare l'iniziativa sono la Svizzera e la Germania",
// "Quien ejecuta el proyecto es la FAO". kind is the lexicon's cue kind of
// the opener (cleft_funded, cleft_implemented), which must open the
// sentence; the verb of being (cue.cleft_copula) follows within a few
// words. It returns where the agent's words begin.
func cleftAgent(s, kind string) (int, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " \"'«“"))
	at, end, ok := findCue(s[lead:], kind)
	if !ok || at != 0 {
		return 0, false
	}
	end += lead
	// ("A finanziarlo, con 2 milioni di euro, è …": an aside may stand
	// between; "A realizzarlo sul terreno è …": so may a place.)
	ws := words(s[end:])
	for i, w := range ws[:min(len(ws), 10)] {
		text := s[end+w.start : end+w.end]
		if !cleftCopulas()[strings.ToLower(text)] {
			continue
		}
		// ("è stata", "sono stati": a copula of two words.)
		stop := end + w.end
		if i+1 < len(ws) && cleftCopulas()[strings.ToLower(s[end+w.start:end+ws[i+1].end])] {
			stop = end + ws[i+1].end
		}
		return stop, true
	}
	return 0, false
}

// cleftCopulas are the lexicon's cue.cleft_copula, in small letters and
// not folded: folding would make Italian "è" the "e" of "and".
var cleftCopulas = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("cue", "cleft_copula") {
		m[strings.ToLower(p)] = true
	}
	return m
})

// relativeSubject returns the text before a verb without the relative
// word that opens the verb's clause and a describing apposition before it
// ("UNODC, which " is "UNODC"; "la ZVK, l'ente pubblico tedesco che " is
// "la ZVK"), or before as it is when no relative word ends it.
func relativeSubject(before string) string {
	t := strings.TrimRight(before, " ")
	w := lastWord(t)
	// ("…, which has run SOLARIS": an auxiliary or two after the
	// relative word.)
	for k := 0; k < 2 && w != "" && strings.HasSuffix(t, w) && auxiliaryVerbs()[strings.ToLower(w)]; k++ {
		t = strings.TrimRight(t[:len(t)-len(w)], " ")
		w = lastWord(t)
	}
	if w == "" || !strings.HasSuffix(t, w) || !relativeWords()[lexicon.Fold(w)] {
		return before
	}
	t = withoutDescriptorApposition(strings.TrimRight(t[:len(t)-len(w)], " "))
	return strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(t), ","), " ")
}

// bracketedAcronym reports text that is an acronym in brackets and
// nothing else: "(FJI)".
func bracketedAcronym(t string) bool {
	inner, ok := strings.CutPrefix(t, "(")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, ")")
	return ok && acronymLike(inner)
}
