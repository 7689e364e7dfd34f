package reconcile

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
)

// Sources state targets and rhythms in running words inside activities,
// outputs and indicators ("Help organise up to 15 in-country or regional
// workshops", "One conference per 18 months", "jusqu'à 15 ateliers",
// "conférences annuelles"). Derived fields put those figures side by side,
// so a reviewer sees "up to 15" against "up to 30" and "annual" against
// "every 18 months".
//
// The words are the lexicon's, in every language it holds (qualifier.*,
// count.noun, event.*, frequency.*): a language or a wording is taught by
// editing lexicon/*.txt, never these patterns.

// derivedWords holds the patterns derived fields are read with, built once
// from the lexicon.
type derivedWords struct {
	// target finds a count: groups 1 qualifier (optional), 2 number,
	// 3 unit (up to four words ending in a count noun; in French and
	// Spanish, where adjectives follow, the noun alone).
	target *regexp.Regexp
	// qualifiers maps a qualifier phrase's Fold to its quantity qualifier.
	qualifiers map[string]string
	// rhythms, tried in order, give an event's rhythm in months.
	rhythms []rhythm
	// event finds an event noun (group 1); events maps its Fold to the
	// event's English name, the derived field's subject.
	event  *regexp.Regexp
	events map[string]string
}

// rhythm is one frequency.KIND: group 1 of pattern is the phrase; months
// is its rhythm, or 0 when the phrase's first non-empty group holds the
// number of months ("every {n} months").
type rhythm struct {
	pattern *regexp.Regexp
	months  int
}

// quantityQualifiers are the lexicon's qualifier kinds a count can carry.
// "target" qualifies money, not counts.
var quantityQualifiers = map[string]string{
	"up_to":    dossier.QuantityUpTo,
	"at_least": dossier.QuantityAtLeast,
	"over":     dossier.QuantityOver,
	"about":    dossier.QuantityAbout,
}

// frequencyMonths gives each frequency kind its rhythm; "months" phrases
// carry their number ("every {n} months").
var frequencyMonths = map[string]int{"annual": 12, "biennial": 24, "months": 0}

// Go's \b and \s know only ASCII: "über", "jusqu'à" and a no-break space
// need Unicode classes. A boundary is consumed, so matches are read
// through their groups.
const (
	wordStart  = `(?:^|[^\p{L}\p{N}])`
	wordEnd    = `(?:$|[^\p{L}\p{N}])`
	spaceClass = `[\s\p{Zs}]`
	// number is a count, its thousands grouped as English ("2,000"),
	// German and Spanish ("2.000") or French ("2 000") write them.
	number = `(\d{1,3}(?:[,.\x{00A0}\x{202F} ]\d{3})+|\d+)`
)

// thousands drops the separators number allows.
var thousands = strings.NewReplacer(",", "", ".", "", "\u00a0", "", "\u202f", "", " ", "")

var derivedPatterns = sync.OnceValue(func() *derivedWords {
	w := &derivedWords{qualifiers: map[string]string{}, events: map[string]string{}}
	var quals []string
	for kind, q := range quantityQualifiers {
		for _, p := range lexicon.Phrases("qualifier", kind) {
			w.qualifiers[qualifierKey(p)] = q
			quals = append(quals, p)
		}
	}
	w.target = regexp.MustCompile(`(?i)` + wordStart + `(?:(` + alternation(quals) + `)\.?` + spaceClass + `*)?` + number + spaceClass +
		`+((?:[\p{L}-]+` + spaceClass + `+){0,4}?(?:` + alternation(lexicon.Phrases("count", "noun")) + `))` + wordEnd)
	for _, kind := range []string{"annual", "biennial", "months"} {
		w.rhythms = append(w.rhythms, rhythm{
			pattern: regexp.MustCompile(`(?i)` + wordStart + `(` + alternation(lexicon.Phrases("frequency", kind)) + `)` + wordEnd),
			months:  frequencyMonths[kind],
		})
	}
	var nouns []string
	for _, kind := range lexicon.Kinds("event") {
		for _, p := range lexicon.Phrases("event", kind) {
			w.events[lexicon.Fold(p)] = kind
			nouns = append(nouns, p)
		}
	}
	w.event = regexp.MustCompile(`(?i)` + wordStart + `(` + alternation(nouns) + `)` + wordEnd)
	return w
})

// alternation joins phrases into a regexp alternation, longest first so
// "a maximum of" wins over "maximum": spaces match any run of spaces, an
// apostrophe either form, "{n}" a number (a group).
func alternation(phrases []string) string {
	if len(phrases) == 0 {
		// An empty alternation would match everywhere; a section missing
		// from the lexicon must match nothing (lexicon's tests catch it).
		return `[^\x00-\x{10FFFF}]`
	}
	ps := slices.Clone(phrases)
	slices.SortFunc(ps, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	ps = slices.Compact(ps)
	quoted := make([]string, len(ps))
	for i, p := range ps {
		parts := strings.Split(p, "{n}")
		for j, part := range parts {
			part = regexp.QuoteMeta(part)
			part = strings.NewReplacer(" ", spaceClass+"+", "'", "['’]", "’", "['’]").Replace(part)
			parts[j] = part
		}
		quoted[i] = strings.Join(parts, `(\d+)`)
	}
	return strings.Join(quoted, "|")
}

// derivedFacts returns the derived comparison fields of a project's facts,
// keyed by field name ("target: in-country or regional workshops",
// "frequency: conferences").
func derivedFacts(facts []dossier.Fact) map[string][]dossier.Fact {
	out := map[string][]dossier.Fact{}
	for _, f := range facts {
		switch f.Field {
		case dossier.FieldActivities, dossier.FieldOutputs, dossier.FieldIndicators:
		default:
			continue
		}
		for _, r := range readDerived(f.Value.String()) {
			d := f
			d.Field, d.Value, d.Raw = r.field, r.value, r.raw
			out[d.Field] = append(out[d.Field], d)
		}
	}
	return out
}

// derived is a figure read from a statement: a derived field's value and
// the words it was read from.
type derived struct {
	field, raw string
	value      dossier.Value
}

// readDerived reads the target and the rhythm a statement gives, if any.
// A project is reconciled again with each new document, and its
// statements each time: what a text gives is worked out once.
func readDerived(text string) []derived {
	derivedMemo.Lock()
	got, ok := derivedMemo.m[text]
	derivedMemo.Unlock()
	if ok {
		return got
	}
	w := derivedPatterns()
	var out []derived
	if m := w.target.FindStringSubmatchIndex(text); m != nil {
		qual, num, unit := submatch(text, m, 1), submatch(text, m, 2), submatch(text, m, 3)
		n, err := strconv.ParseFloat(thousands.Replace(num), 64)
		unit = strings.ToLower(strings.Join(strings.Fields(unit), " "))
		if err == nil && n > 1 {
			q := dossier.Quantity{Amount: n, Qualifier: w.qualifierOf(qual), Unit: unit}
			from := m[4]
			if m[2] >= 0 {
				from = m[2]
			}
			out = append(out, derived{field: "target: " + unit, value: dossier.QuantityValue(quantityText(q), q), raw: text[from:m[7]]})
		}
	}
	if months, at := w.rhythmOf(text); months > 0 {
		if noun := w.eventNear(text, at); noun != "" {
			// The event noun names the subject: "Octopus conferences (1
			// per year)", "One conference per 18 months" and
			// "conférences annuelles" are all about conferences.
			subject := w.events[lexicon.Fold(noun)]
			q := dossier.Quantity{Amount: float64(months), Qualifier: dossier.QuantityExact, Unit: "months between " + subject}
			out = append(out, derived{field: "frequency: " + subject, value: dossier.QuantityValue(frequencyText(months), q), raw: text})
		}
	}
	derivedMemo.Lock()
	if len(derivedMemo.m) >= maxDerivedMemo {
		clear(derivedMemo.m)
	}
	derivedMemo.m[text] = out
	derivedMemo.Unlock()
	return out
}

// derivedMemo keeps what readDerived read, by text; maxDerivedMemo bounds
// it.
var derivedMemo = struct {
	sync.Mutex
	m map[string][]derived
}{m: map[string][]derived{}}

const maxDerivedMemo = 100_000

// submatch returns group i of a FindStringSubmatchIndex result, "" when it
// did not take part.
func submatch(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// rhythmOf returns the rhythm in months the text states, 0 for none, and
// where the words stating it stand.
func (w *derivedWords) rhythmOf(text string) (months int, at [2]int) {
	for _, r := range w.rhythms {
		m := r.pattern.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		at = [2]int{m[2], m[3]}
		if r.months > 0 {
			return r.months, at
		}
		for i := 2; 2*i < len(m); i++ {
			if g := submatch(text, m, i); g != "" {
				n, _ := strconv.Atoi(g)
				return n, at
			}
		}
	}
	return 0, at
}

// eventNear returns the event noun nearest the words at, "" for none: in
// "up to 30 workshops and annual conferences" the rhythm is the
// conferences'. At equal distance the first wins.
func (w *derivedWords) eventNear(text string, at [2]int) string {
	best, bestGap := "", -1
	for _, m := range w.event.FindAllStringSubmatchIndex(text, -1) {
		gap := 0
		switch {
		case m[3] <= at[0]:
			gap = at[0] - m[3]
		case m[2] >= at[1]:
			gap = m[2] - at[1]
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = text[m[2]:m[3]], gap
		}
	}
	return best
}

// qualifierKey is a qualifier phrase's key: its Fold, or the phrase
// itself for a sign Fold drops ("~", "≈").
func qualifierKey(p string) string {
	if k := lexicon.Fold(p); k != "" {
		return k
	}
	return strings.TrimSpace(p)
}

// qualifierOf gives the qualifier of a count: the lexicon's, or exact when
// none was written.
func (w *derivedWords) qualifierOf(phrase string) string {
	if phrase == "" {
		return dossier.QuantityExact
	}
	if q, ok := w.qualifiers[qualifierKey(phrase)]; ok {
		return q
	}
	return dossier.QuantityExact
}

// quantityText writes a target the same way whatever its source's wording,
// so equal targets are one candidate.
func quantityText(q dossier.Quantity) string {
	n := dossier.FormatAmount(q.Amount)
	switch q.Qualifier {
	case dossier.QuantityUpTo:
		n = "up to " + n
	case dossier.QuantityAtLeast:
		n = "at least " + n
	case dossier.QuantityOver:
		n = "over " + n
	case dossier.QuantityAbout:
		n = "about " + n
	}
	return n + " " + q.Unit
}

func frequencyText(months int) string {
	switch months {
	case 12:
		return "annual (every 12 months)"
	case 24:
		return "every 2 years (24 months)"
	}
	return "every " + strconv.Itoa(months) + " months"
}
