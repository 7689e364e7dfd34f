package facts

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// labelKind is what a label announces about its value.
type labelKind int

const (
	labelNone labelKind = iota
	labelTitle
	labelCode
	labelDuration
	labelStart
	labelEnd
	labelBudget
	labelFunding
	labelImplementer
	labelPartners
	labelStatus
	labelCountries
	labelTargetGroups
	labelThematic
	labelObjective
	labelActivities
	labelOutputs
	labelIndicators
	labelContact
	labelKeyFigures
	labelAchievements
	// labelRole and labelOrganisation head columns of a table of
	// participating organisations; they state nothing on their own.
	labelRole
	labelOrganisation
	// labelAlias gives the project's other name ("Short name: WACCA").
	labelAlias
	// labelReporting names who published the record ("Reporting
	// organisation"); it states no fact of its own.
	labelReporting
	// labelGiven is an amount a giver agreed to give ("Agreed amount" on
	// a giver's own record): that giver's contribution where the record
	// names one giver, else the budget.
	labelGiven
	// labelCurrency names the currency of the record's bare amounts
	// ("Moneda: Euro (EUR)"); it states no fact of its own.
	labelCurrency
)

// labelKinds names the label kinds of the lexicon's "label.KIND" and
// "suffix.KIND" entries (lexicon/*.txt), where the labels themselves live,
// one file per language.
var labelKinds = map[string]labelKind{
	"title": labelTitle, "code": labelCode, "duration": labelDuration, "start": labelStart,
	"end": labelEnd, "budget": labelBudget, "funding": labelFunding, "implementer": labelImplementer,
	"partners": labelPartners, "status": labelStatus, "countries": labelCountries,
	"target_groups": labelTargetGroups, "thematic": labelThematic, "objective": labelObjective,
	"activities": labelActivities, "outputs": labelOutputs, "indicators": labelIndicators,
	"contact": labelContact, "key_figures": labelKeyFigures, "achievements": labelAchievements,
	"role": labelRole, "organisation": labelOrganisation, "alias": labelAlias,
	"reporting": labelReporting, "given": labelGiven, "currency": labelCurrency,
}

// recordWords are the lexicon's record.word entries, folded: what a data
// record's labels call the project ("Total activity budget").
var recordWords = foldedSet("record", "word")

// outputLabel matches the numbered rows of a logframe ("Output 1").
var outputLabel = regexp.MustCompile(`(?i)^(?:expected\s+)?(?:output|result|outcome)\s*\d+(?:\.\d+)?$`)

// labelSuffixes announce by their last words what a longer label holds
// ("Results are expected in the following areas"), from the lexicon's
// "suffix.KIND" entries, folded.
var labelSuffixes = sync.OnceValue(func() []labelSuffix {
	var out []labelSuffix
	for _, kind := range lexicon.Kinds("suffix") {
		for _, p := range lexicon.Phrases("suffix", kind) {
			out = append(out, labelSuffix{" " + lexicon.Fold(p), labelKinds[kind]})
		}
	}
	return out
})

type labelSuffix struct {
	suffix string
	kind   labelKind
}

// lookupLabel returns what a label announces. Labels are matched whole by
// the lexicon's normalized form (case, accents, plurals, word order), then
// by their last words ("Octopus Project Highlights" announces highlights).
// An unknown label announces nothing.
func lookupLabel(label string) labelKind {
	if len(label) > 200 {
		return labelNone
	}
	// The same lines are asked about again and again (as a label, as a
	// heading, as a list item): remember the answers, up to a bound.
	if k, ok := labelCache.Load(label); ok {
		return k.(labelKind)
	}
	k := lookupLabelUncached(label)
	if labelCacheSize.Add(1) <= maxLabelCache {
		labelCache.Store(label, k)
	}
	return k
}

var (
	labelCache     sync.Map
	labelCacheSize atomic.Int64
)

// maxLabelCache bounds the remembered answers (a few MB at most).
const maxLabelCache = 50000

func lookupLabelUncached(label string) labelKind {
	l := normLabel(label)
	if l == "" || len(l) > 200 {
		return labelNone
	}
	words := strings.Fields(l)
	if k, ok := lexicon.Label(l); ok {
		return labelKinds[k]
	}
	// "Durchführung 4", "Finanzierung 1": a portal's code after the label
	// (IATI's role codes) changes nothing of it.
	if i := strings.LastIndexByte(l, ' '); i > 0 && len(l)-i <= 3 && strings.Trim(l[i+1:], "0123456789") == "" {
		if k := lookupLabelUncached(l[:i]); k != labelNone {
			return k
		}
	}
	// "1 - Planned start", "2 – Actual start": an IATI code before the
	// label, as viewers print a date's type, changes nothing of it.
	if i := strings.IndexByte(l, ' '); i > 0 && i <= 2 && strings.Trim(l[:i], "0123456789") == "" {
		if after := strings.TrimLeft(l[i:], " "); strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") {
			rest := strings.TrimLeft(after, " -–—")
			if k := lookupLabelUncached(rest); rest != "" && k != labelNone {
				return k
			}
		}
	}
	// "País(es) de ejecución", "Donor(s)", "Pays partenaire(s)": a
	// plural's ending in brackets on its word; the label is its singular
	// or its plural.
	if m := pluralMarkIn(l); m != nil {
		stem, end, rest := l[:m[2]-1], l[m[2]:m[3]], l[m[1]:]
		plural := stem + end + rest
		if end == "ies" && strings.HasSuffix(stem, "y") {
			plural = stem[:len(stem)-1] + end + rest
		}
		for _, form := range []string{stem + rest, plural} {
			if k := lookupLabelUncached(form); k != labelNone {
				return k
			}
		}
	}
	// "Pays / région", "Land/Region", "Country/ies": alternatives set
	// apart by a slash announce what their first does.
	if first, _, ok := strings.Cut(l, "/"); ok && strings.TrimSpace(first) != "" {
		if k, ok := lexicon.Label(strings.TrimSpace(first)); ok {
			return labelKinds[k]
		}
	}
	// "Fin du programme", "Project period": without its word for project
	// the label is one the lexicon knows (but never a title: "Project
	// name" is one already, and "Name" alone is a person's).
	if len(words) > 1 && len(words) <= 12 {
		var kept []string
		for _, w := range words {
			// ("Budget total de l'activité": the elided article goes
			// with its word.)
			if w := afterElision(w); !projectWordSet()[w] && !projectWordForm(lexicon.Fold(w)) && !recordWords()[lexicon.Fold(w)] {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 && len(kept) < len(words) {
			if k, ok := lexicon.Label(strings.Join(kept, " ")); ok && k != "title" && k != "code" {
				return labelKinds[k]
			}
		}
	}
	if outputLabel.MatchString(l) {
		return labelOutputs
	}
	// "Altri donatori", "Otros socios", "Weitere Geber": a list label after
	// the word for "other" (cue.other) announces more of that list.
	// (The rest after the word must be a label: a sentence is passed
	// over. The lexicon's words for "other" are one word each, as a
	// lexicon test holds: the first word is looked up, not every cue of
	// the text.)
	if len(words) > 1 && len(words) < lexicon.LabelSpaces()+4 && otherWords()[lexicon.Fold(words[0])] {
		if end := wordsEnd(l, 1); end > 0 && end < len(l) {
			if k, ok := lexicon.Label(strings.TrimSpace(l[end:])); ok {
				switch labelKinds[k] {
				case labelFunding, labelPartners, labelCountries, labelImplementer:
					return labelKinds[k]
				}
			}
		}
	}
	// "activity_status_code", "budget[0].value", "recipient_country[1].code":
	// a data store's path, read as its words less the index and the
	// lexicon's key.noise words.
	if k := machineKey(l); k != "" && k != l {
		if kind := lookupLabelUncached(k); kind != labelNone {
			return kind
		}
	}
	// "Total program cost (all countries)", "Budget (EUR)": a qualifier
	// in brackets after a label it knows.
	if i := strings.Index(l, "("); i > 0 && strings.HasSuffix(l, ")") {
		if k := lookupLabelUncached(strings.TrimSpace(l[:i])); k != labelNone {
			return k
		}
		// "Delegatee (implementing agency)": a word the lexicon does not
		// know, glossed in brackets by a label it does.
		// (Not a code in brackets: "Tonga (TO)" is no end date.)
		if inner := strings.TrimSpace(l[i+1 : len(l)-1]); len(strings.Fields(l[:i])) <= 3 && len(inner) >= 5 {
			if k, ok := lexicon.Label(inner); ok && k != "title" && k != "code" {
				return labelKinds[k]
			}
		}
	}
	// "Expected starting date", "Actual completion date": less the words
	// that make a date planned or actual (see actualDates), the label is
	// one the lexicon knows.
	if len(words) > 1 && len(words) <= 5 {
		var kept []string
		for _, w := range words {
			if !hasCue(w, "planned_date") && !hasCue(w, "actual_date") {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 && len(kept) < len(words) {
			if k, ok := lexicon.Label(strings.Join(kept, " ")); ok && (labelKinds[k] == labelStart || labelKinds[k] == labelEnd) {
				return labelKinds[k]
			}
		}
	}
	// "Commitment, national currency": a label qualified after a comma.
	if first, _, ok := strings.Cut(l, ","); ok && len(strings.Fields(first)) <= 4 {
		if k, ok := lexicon.Label(strings.TrimSpace(first)); ok && k != "title" {
			return labelKinds[k]
		}
	}
	// "Priority and hub countries", "Main implementing agency": a label
	// whose head (last) word is a label of its own announces the same,
	// but never a title ("Previous project" names another project). Only
	// a label set as one (with its colon) is read so: a line "representing
	// 120 countries" is a figure, not a label.
	// ("Tipologia di finanziamento", "Type of financing": a kind of the
	// field, not the field.)
	// (Not a qualifier's head after a comma: "Swiss budget, current
	// phase" is no status.)
	if len(words) > 1 && len(words) <= 5 && strings.HasSuffix(strings.TrimRight(label, " \u00a0"), ":") && !kindOfLabel(words) && !giverName(label) && !strings.Contains(l, ",") {
		// "Commitment date" is no period: a lone "date" heads none.
		if k, ok := lexicon.Label(words[len(words)-1]); ok && k != "title" && k != "code" && !(k == "duration" && lexicon.Fold(words[len(words)-1]) == "date") {
			return labelKinds[k]
		}
	}
	// "Début des activités", "Enveloppe globale", "Sigle usuel": French,
	// Spanish, Italian and Portuguese set a label's head first and its
	// qualifiers after; the head alone is a one-word label of a record's
	// field. As above, only a label set as one, with its colon; and not
	// where a qualifier is a label of its own ("Pays donateurs" names
	// givers, not places).
	if strings.HasSuffix(strings.TrimRight(label, " \u00a0"), ":") {
		if k := headFirstLabel(label); k != labelNone {
			return k
		}
	}
	// "Date de lancement", "Fecha de arranque": the lead of a date label
	// the lexicon knows ("date de" of "date de début") before another of
	// its words for a start or an end.
	if k := datedNounLabel(words); k != labelNone {
		return k
	}
	// "Bailleur principal", "Main donor", "Ente capofila": less the
	// words that only rank it, the label is one the lexicon knows.
	if len(words) > 1 && len(words) <= 4 {
		var kept []string
		for _, w := range words {
			if !rankWordSet()[lexicon.Fold(w)] {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 && len(kept) < len(words) {
			if k, ok := lexicon.Label(strings.Join(kept, " ")); ok && k != "title" && k != "code" {
				return labelKinds[k]
			}
		}
	}
	// "Totaal programmabudget", "Projektlaufzeit", "Partnerländer": Dutch
	// and German join a label's word onto others; the compound's tail is
	// the label, for the kinds of a record's fields.
	// (A name in capitals, "HEIDELAND", "AGRIDATA", is no compound.)
	if raw := strings.Fields(label); len(words) <= 3 && len(raw) > 0 && strings.ToUpper(raw[len(raw)-1]) != raw[len(raw)-1] {
		if k := compoundTail(lexicon.Fold(words[len(words)-1])); k != labelNone {
			return k
		}
	}
	// "Results are expected in the following areas", "CYBOX in figures".
	f := " " + lexicon.Fold(l)
	for _, ls := range labelSuffixes() {
		if strings.HasSuffix(f, ls.suffix) {
			return ls.kind
		}
	}
	return labelNone
}

// otherWords are the lexicon's cue.other words, folded ("weitere",
// "otros").
var otherWords = foldedSet("cue", "other")

// agentHeading returns what a heading of a few words announces that is a
// cue of funding or of carrying out and nothing else, its agent left for
// the blocks below: "Avec le soutien financier de" heads the givers, "Mis
// en œuvre par" the implementer. (A heading only: a table's head or a
// line a sentence wraps onto, "KOTERI wordt uitgevoerd door", is none.)
func agentHeading(text string) labelKind {
	t := strings.TrimRight(collapse(text), " :")
	if len(strings.Fields(t)) > 6 {
		return labelNone
	}
	for _, c := range []struct {
		cue  string
		kind labelKind
	}{{"funded_by", labelFunding}, {"implemented_by", labelImplementer}} {
		if start, end, ok := findCue(t, c.cue); ok && start == 0 && end == len(t) {
			return c.kind
		}
	}
	return labelNone
}

// kindOfLabel reports a label whose head is its first word, a word for
// "of" after it, and no body: "Tipologia di finanziamento", "Type of
// funding" name a kind of the field, not the field. (A body's head takes
// its role from the word after: "Agência de implementação", "Organisme
// de financement".)
func kindOfLabel(words []string) bool {
	if len(words) < 3 || !ofWords()[lexicon.Fold(words[1])] {
		return false
	}
	head := lexicon.Fold(words[0])
	return !orgWords()[head] && !descriptorWords()[head]
}

// wordsEnd returns where the first n words of s end, or 0 when s has no
// more than n words.
func wordsEnd(s string, n int) int {
	in := false
	for i, r := range s {
		space := unicode.IsSpace(r)
		if in && space {
			if n--; n == 0 {
				return i
			}
		}
		in = !space
	}
	return 0
}

// compoundLabelWords holds the one-word labels of the languages that
// join words into compounds (German, Dutch), folded, as their keys.
var compoundLabelWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Entries() {
		if e.Section == "label" && (e.Lang == "de" || e.Lang == "nl") && !strings.Contains(strings.TrimSpace(e.Phrase), " ") {
			f := lexicon.Fold(e.Phrase)
			m[f] = true
			m[lexicon.Key(f)] = true
		}
	}
	return m
})

// romanceHeadWords holds the one-word labels of the languages that set a
// label's head first (French, Spanish, Italian, Portuguese), folded.
var romanceHeadWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Entries() {
		switch e.Lang {
		case "fr", "es", "it", "pt":
			if e.Section == "label" && !strings.Contains(strings.TrimSpace(e.Phrase), " ") {
				m[lexicon.Fold(e.Phrase)] = true
			}
		}
	}
	return m
})

// budgetQualifierWords holds the words that qualify a head in the
// lexicon's labels of a budget ("total", "globale", "complessivo"),
// folded.
var budgetQualifierWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("label", "budget") {
		ws := strings.Fields(lexicon.Fold(p))
		if len(ws) < 2 {
			continue
		}
		for _, w := range ws {
			if _, ok := lexicon.Label(w); !ok {
				m[w] = true
			}
		}
	}
	return m
})

// trapSectionWords holds the words of the lexicon's headings of job
// adverts and events (trap.section) that are no little words and no word
// of a label ("complessivo" of "costo complessivo" qualifies a budget),
// folded.
var trapSectionWords = sync.OnceValue(func() map[string]bool {
	inLabels := map[string]bool{}
	for _, e := range lexicon.Entries() {
		if e.Section == "label" {
			for _, w := range strings.Fields(lexicon.Fold(e.Phrase)) {
				inLabels[w] = true
			}
		}
	}
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("trap", "section") {
		for _, w := range strings.Fields(lexicon.Fold(p)) {
			if !inLabels[w] && !ofWords()[w] && !articleWords()[w] && utf8.RuneCountInString(w) > 3 {
				m[w] = true
			}
		}
	}
	return m
})

// lineLabel returns what the label of a line's "label: value" announces.
// Set with its colon, a label of a few words is read as one set apart
// (by its head word too: "Sigle usuel", "Main implementing agency"); a
// longer one or one with names in it may be a sentence's lead-in ("Cinq
// pays en sont bénéficiaires :", "Eastern Partnership region: Armenia,
// …") and is read only as the lexicon's whole label. A status, date or
// amount so read must be one ("Partner states: Kenya, …" are no status).
func lineLabel(label, value string) labelKind {
	if k := lookupLabel(label); k != labelNone {
		return k
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 3 {
		return labelNone
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return labelNone
		}
	}
	k := lookupLabel(label + ":")
	switch k {
	case labelStatus, labelStart, labelEnd, labelBudget:
		if !valueFits(k, value) {
			return labelNone
		}
	case labelPartners:
		// (Partners only by the whole label: "Bancos aliados: BCP,
		// Interbank" are a sales page's banks.)
		return labelNone
	}
	return k
}

// datedLeads holds the lead of every start or end label of the lexicon
// that is a word for "date" and a word for "of" ("date de", "fecha de",
// "data di"), folded; startNouns and endNouns hold the one-word
// labels and cue nouns of a start (cue.start_moved) and of an end
// (cue.end_noun), folded.
var (
	datedLeads = sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, kind := range []string{"start", "end"} {
			for _, p := range lexicon.Phrases("label", kind) {
				ws := strings.Fields(lexicon.Fold(p))
				if len(ws) == 3 && ofWords()[ws[1]] {
					m[ws[0]+" "+ws[1]] = true
				}
			}
		}
		return m
	})
	startNouns = sync.OnceValue(func() map[string]bool { return dateNouns("start", "start_moved") })
	endNouns   = sync.OnceValue(func() map[string]bool { return dateNouns("end", "end_noun") })
)

// dateNouns returns the one-word label.KIND phrases and the one-word
// cue.CUE phrases, folded.
func dateNouns(kind, cue string) map[string]bool {
	m := map[string]bool{}
	for _, p := range append(lexicon.Phrases("label", kind), lexicon.Phrases("cue", cue)...) {
		if f := lexicon.Fold(p); !strings.Contains(f, " ") {
			m[f] = true
		}
	}
	return m
}

// datedNounLabel returns labelStart or labelEnd for a label of three
// words, a date label's lead and a word for a start or an end ("Date de
// lancement", "Fecha de arranque"), or labelNone.
func datedNounLabel(words []string) labelKind {
	if len(words) != 3 || !datedLeads()[lexicon.Fold(words[0])+" "+lexicon.Fold(words[1])] {
		return labelNone
	}
	switch n := lexicon.Fold(words[2]); {
	case startNouns()[n] && !endNouns()[n]:
		return labelStart
	case endNouns()[n] && !startNouns()[n]:
		return labelEnd
	}
	return labelNone
}

// headFirstLabel returns what a label of two to four words announces by
// its first word (see romanceHead), or labelNone; not a label with a
// figure, a bracket or a comma in it.
func headFirstLabel(label string) labelKind {
	words := strings.Fields(strings.TrimRight(label, " \u00a0:"))
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(label, ",(0123456789") {
		return labelNone
	}
	return romanceHead(words)
}

// romanceHead returns the kind of a label's first word (words as written)
// where that word is a head-first language's one-word label of a record's
// field and the words after it only qualify it, or labelNone. A word
// after that is a label of a field ("Fecha de finalización revisada" is
// an end, not "fechas"), a name ("Budget Schweiz",
// "Monto estimado para Guatemala") or a word of giving or spending
// ("Importo erogato") makes the label someone's share or another field;
// an amount's label is qualified only by the words the lexicon's own
// budget labels qualify with ("Enveloppe globale", "budget globale").
func romanceHead(words []string) labelKind {
	head := lexicon.Fold(words[0])
	if !romanceHeadWords()[head] {
		return labelNone
	}
	k, ok := lexicon.Label(head)
	if !ok {
		return labelNone
	}
	kind := labelKinds[k]
	switch kind {
	case labelBudget, labelDuration, labelStart, labelEnd, labelFunding, labelImplementer, labelCountries, labelStatus, labelAlias:
	default:
		return labelNone
	}
	for _, w := range words[1:] {
		f := lexicon.Fold(w)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || hasCue(f, "contribution") || hasCue(f, "spending") {
			return labelNone
		}
		// ("Cierre de postulaciones", "Durée du contrat": a job advert's
		// deadline and term, words of its headings.)
		if trapSectionWords()[f] {
			return labelNone
		}
		if kind == labelBudget && !budgetQualifierWords()[f] {
			return labelNone
		}
		if k, ok := lexicon.Label(f); ok {
			switch labelKinds[k] {
			case labelActivities, labelObjective, labelOutputs, labelThematic, labelTargetGroups:
				// ("Début des activités": what the work is, no field.)
			default:
				return labelNone
			}
		}
	}
	return kind
}

// compoundTail returns the kind of the label a compound word ends in
// ("programmabudget" → budget), with at least three letters before it and
// five in it, or labelNone.
func compoundTail(w string) labelKind {
	if len(w) < 8 {
		return labelNone
	}
	// A word of letters only: "activity-status" and "budget[0].value" are
	// no compounds.
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return labelNone
		}
	}
	for i := 3; i+5 <= len(w); i++ {
		// (Only a word German or Dutch joins on: "Mikrofinanz" and
		// "Projektlaufzeit" are compounds, "Microfinance" is no "financé
		// par".)
		if !compoundLabelWords()[w[i:]] {
			continue
		}
		k, ok := lexicon.Label(w[i:])
		if !ok {
			continue
		}
		kind := labelKinds[k]
		switch kind {
		case labelBudget, labelDuration, labelStart, labelEnd, labelFunding, labelImplementer, labelCountries, labelStatus:
		default:
			return labelNone
		}
		// "Netherlands" ends in "lands" but is a country's name.
		if _, ok := normalize.CountryCode(w); ok {
			return labelNone
		}
		if _, ok := normalize.KnownOrganisation(w); ok {
			return labelNone
		}
		return kind
	}
	return labelNone
}

// foldedSet returns, made once, the set of the lexicon's SECTION.KIND
// phrases, folded: the little word lists the rules look words up in.
func foldedSet(section, kind string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, p := range lexicon.Phrases(section, kind) {
			m[lexicon.Fold(p)] = true
		}
		return m
	})
}

// foldedKinds returns, loaded once, the phrases of every kind of a
// lexicon section, folded, each mapped to its kind ("ordinal.2: zweite"
// gives "zweite" → "2").
func foldedKinds(section string) func() map[string]string {
	return sync.OnceValue(func() map[string]string {
		m := map[string]string{}
		for _, kind := range lexicon.Kinds(section) {
			for _, p := range lexicon.Phrases(section, kind) {
				m[lexicon.Fold(p)] = kind
			}
		}
		return m
	})
}

// rankWordSet holds the lexicon's rank.word entries, folded: words that
// rank a label without changing what it announces.
var rankWordSet = foldedSet("rank", "word")

// giverName reports a label that is a country's or a known body's whole
// name: "United States: USD 2 million" gives the giver's amount, whatever
// its last word ("States") would announce as a label's head.
func giverName(label string) bool {
	t := strings.TrimRight(strings.TrimSpace(label), ": \u00a0")
	if _, ok := normalize.CountryCode(t); ok {
		return true
	}
	_, ok := normalize.KnownOrganisation(t)
	return ok
}

// machineKey turns a data store's path into words: "budget[0].value"
// gives "budget", "activity_status_code" "activity status". "" for a label
// that is no path (it has no "_", "[" or "." between letters).
func machineKey(l string) string {
	if !strings.ContainsAny(l, "_[") && (!strings.Contains(l, ".") || !machineDot.MatchString(l)) {
		return ""
	}
	l = machineIndex.ReplaceAllString(l, " ")
	l = strings.NewReplacer("_", " ", ".", " ").Replace(l)
	var kept []string
	for _, w := range strings.Fields(l) {
		if !keyNoise()[lexicon.Fold(w)] && (len(kept) == 0 || kept[len(kept)-1] != w) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

var (
	machineIndex = regexp.MustCompile(`\[[^\]]*\]`)
	machineDot   = regexp.MustCompile(`\p{L}\.\p{L}`)
	keyNoise     = foldedSet("key", "noise")
)

// afterElision is w without an elided article or preposition before it
// ("activité" of "l'activité", "iniziativa" of "dell'iniziativa"), or w.
func afterElision(w string) string {
	if i := indexApostrophe(w); i > 0 && i <= 5 {
		_, size := utf8.DecodeRuneInString(w[i:])
		if f := lexicon.Fold(w[:i]); (articleWords()[f+"'"] || ofWords()[f+"'"] || articleWords()[f] || ofWords()[f]) && i+size < len(w) {
			return w[i+size:]
		}
	}
	return w
}

// pluralMark matches a plural's ending in brackets right after its word:
// "país(es)", "donor(s)", "countr(ies)", "partenaire(s)".
func pluralMarkIn(l string) []int {
	// (A bracket right after a letter, closed within four bytes: most
	// labels have none, and the expression is asked only where one is.)
	i := strings.IndexByte(l, '(')
	if i <= 0 || l[i-1] == ' ' {
		return nil
	}
	if j := strings.IndexByte(l[i:], ')'); j < 0 || j > 5 {
		return nil
	}
	return pluralMark.FindStringSubmatchIndex(l)
}

var pluralMark = regexp.MustCompile(`\pL\((s|es|ies|x|n|en|e|i)\)`)

func normLabel(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimRight(s, ":：.\u00a0 ")
	s = strings.TrimLeft(s, "*•▪–-→ ")
	return strings.Join(strings.Fields(s), " ")
}

// indexApostrophe returns the index of the first apostrophe in s, straight
// or typographic, or -1. (IndexAny over a set beyond ASCII reads a rune at
// a time; two searches for bytes are faster on the texts read over and
// over.)
func indexApostrophe(s string) int {
	i := strings.IndexByte(s, '\'')
	j := strings.Index(s, "’")
	if i < 0 || j >= 0 && j < i {
		return j
	}
	return i
}
