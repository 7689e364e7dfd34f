package normalize

import (
	"errors"
	"fmt"
	"github.com/dossier-dev/dossier/lexicon"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
)

// DateRange is a period as a text states it. Start or End is nil when the
// text gives only the other end ("from Oct 2020").
type DateRange struct {
	Start, End *dossier.Date
	// Months is the duration the text states in months ("84 months (…)"),
	// 0 if it states none. It is not computed from the dates.
	Months int
}

const (
	monthUnits = `months?|mois|monate?|monaten|monats|meses|mes|mesi|mese|maanden|maand|mos?`
	yearUnits  = `years?|yrs?|ans|an|annees?|jahren?|jahre|jahr|anos?|anni|anno|jaar|jaren`
	numWords   = `dieciocho|achttien|achtzehn|diciotto|eighteen|dezoito|quattro|cinque|cuatro|dodici|eleven|quatre|quatro|sieben|twaalf|twelve|cinco|dieci|douze|eight|einem|einen|sechs|sette|seven|siete|three|trois|zeven|zwolf|acht|cinq|deux|diez|doce|dois|doze|drei|drie|duas|eine|five|four|funf|huit|nine|ocho|oito|otto|seis|sept|sete|tien|tres|twee|vier|vijf|zehn|zwei|dez|dix|dos|due|een|ein|one|sei|six|ten|tre|two|uma|une|uno|zes|um|un`
)

var (
	durationRe = regexp.MustCompile(`(?:^|[^\pL\pN.,])(\d{1,4}(?:[.,]\d{1,2})?|` + numWords + `) ?-? ?(` +
		monthUnits + `|` + yearUnits + `)(?:$|[^\pL\pN])`)
	// durationMoreRe reads the months after years: "2 years and 6 months".
	durationMoreRe = regexp.MustCompile(`^ ?(?:,|and|et|und|y|e|en)? ?(\d{1,2}) ?-? ?(` + monthUnits + `)(?:$|[^\pL\pN])`)
	yearUnitRe     = regexp.MustCompile(`^(?:` + yearUnits + `)$`)
	// halfAfterRe reads the half year after the years: "quatre ans et
	// demi", "cinco años y medio", "cinque anni e mezzo".
	halfAfterRe = regexp.MustCompile(`^ ?(?:et demie?|y medio|e mezzo|e meio|and a half)(?:$|[^\pL\pN])`)
	// halfBeforeRe reads it between number and unit: "four and a half
	// years", "vier en een half jaar", "viereinhalb Jahre".
	halfBeforeRe = regexp.MustCompile(`(?:^|[^\pL\pN.,])(\d{1,2}|` + numWords + `)(?: and a half| en een half| ?enhalf|einhalb) ?-? ?(` + yearUnits + `)(?:$|[^\pL\pN])`)

	numberWords = map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
		"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
		// Spanish, Portuguese, Italian, German (folded: "funf", "zwolf"),
		// Dutch, more French.
		"uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "diez": 10, "doce": 12, "dieciocho": 18, "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "dez": 10, "doze": 12, "dezoito": 18, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "dieci": 10, "dodici": 12, "diciotto": 18, "ein": 1, "eine": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "zehn": 10, "zwolf": 12, "achtzehn": 18, "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "tien": 10, "twaalf": 12, "achttien": 18, "huit": 8, "dix": 10, "douze": 12,
	}
)

// ParseDurationMonths reads a stated duration in months from s: "84
// months", "7 years" (84), "18 mois", "36-month", "2 years and 6 months"
// (30), "1.5 years" (18). It reads the first duration in s; ok is false if
// s states none, or one that is not a whole number of months.
func ParseDurationMonths(s string) (int, bool) {
	n, _, _, ok := parseDuration(CollapseSpace(fold(s)))
	return n, ok
}

// DurationAdjective reads a word that gives a length as an adjective
// ("vierjarige", "quadriennale", "triennal"): the lexicon's length.MONTHS
// words, in any language.
func DurationAdjective(w string) (int, bool) {
	// (The cheap test first: every such word has seven letters or more.)
	if len(w) < 7 || len(w) > 24 {
		return 0, false
	}
	n, ok := durationAdjectives()[fold(strings.Trim(w, ",;.:()"))]
	return n, ok
}

var durationAdjectives = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, k := range lexicon.Kinds("length") {
		n, err := strconv.Atoi(k)
		if err != nil || n <= 0 {
			continue
		}
		for _, p := range lexicon.Phrases("length", k) {
			m[fold(p)] = n
		}
	}
	return m
})

// parseDuration finds the first duration in folded, space-collapsed t and
// returns it in months with the span it covers.
func parseDuration(t string) (months, start, end int, ok bool) {
	if !mayHoldCount(t) {
		return 0, 0, 0, false
	}
	m := durationRe.FindStringSubmatchIndex(t)
	// (Every half halfBeforeRe reads has "half" or "halb" in it.)
	if strings.Contains(t, "hal") {
		if h := halfBeforeRe.FindStringSubmatchIndex(t); h != nil && (m == nil || h[2] <= m[2]) {
			if months, ok := durationAmount(t[h[2]:h[3]], t[h[4]:h[5]]); ok {
				return months + 6, h[2], h[5], true
			}
		}
	}
	if m == nil {
		return 0, 0, 0, false
	}
	num, unit := t[m[2]:m[3]], t[m[4]:m[5]]
	start, end = m[2], m[5]
	months, ok = durationAmount(num, unit)
	if !ok {
		return 0, 0, 0, false
	}
	if yearUnitRe.MatchString(unit) {
		if h := halfAfterRe.FindStringIndex(t[end:]); h != nil {
			return months + 6, start, end + h[1], true
		}
		if m2 := durationMoreRe.FindStringSubmatchIndex(t[end:]); m2 != nil {
			extra, ok := durationAmount(t[end+m2[2]:end+m2[3]], t[end+m2[4]:end+m2[5]])
			if ok {
				months += extra
				end += m2[5]
			}
		}
	}
	return months, start, end, true
}

// durationCounts are numWords as a set, and durationCountMax the longest's bytes.
var durationCounts, durationCountMax = func() (map[string]bool, int) {
	set, longest := map[string]bool{}, 0
	for _, w := range strings.Split(numWords, "|") {
		set[w] = true
		longest = max(longest, len(w))
	}
	return set, longest
}()

// mayHoldCount is the cheap test before durationRe and halfBeforeRe: a
// duration's count is digits or a word of numWords opening a word, joined
// to its unit perhaps ("vierjahre", "viereinhalb"). Most lines have
// neither.
func mayHoldCount(t string) bool {
	if strings.ContainsAny(t, "0123456789") {
		return true
	}
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		for n := 2; n <= durationCountMax && i+n <= len(t); n++ {
			if durationCounts[t[i:i+n]] {
				return true
			}
		}
		// On to the next word.
		for i < len(t) {
			r, size := utf8.DecodeRuneInString(t[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			i += size
		}
	}
	return false
}

// durationAmount converts a number and its unit into whole months.
func durationAmount(num, unit string) (int, bool) {
	var v float64
	if n, ok := numberWords[num]; ok {
		v = float64(n)
	} else {
		f, err := strconv.ParseFloat(strings.Replace(num, ",", ".", 1), 64)
		if err != nil {
			return 0, false
		}
		v = f
	}
	if yearUnitRe.MatchString(unit) {
		v *= 12
	}
	months := int(v)
	if float64(months) != v || months <= 0 {
		return 0, false
	}
	return months, true
}

// wholeDuration reports whether t says nothing but a duration.
func wholeDuration(t string) (int, bool) {
	n, start, end, ok := parseDuration(t)
	if !ok || trimPunct(t[:start]) != "" || trimPunct(t[end:]) != "" {
		return 0, false
	}
	return n, true
}

// maxRangeBytes bounds the text ParseDateRange reads: the longest range
// written out in words is well under it, and every place a range may divide
// is tried, so the work grows with the square of the length.
const maxRangeBytes = 300

// The words of a period are the lexicon's, in every language
// (lexicon/*.txt): range.from opens a start ("from", "du", "vom"),
// range.until an end alone ("until", "jusqu'au"), range.to joins the two
// ("to", "au", "bis", "tot en met"), range.between and range.and frame
// one ("between … and …", "entre … et …").
var (
	// keywordColonRe drops the colon of "From: Oct 2020 To: Dec 2021".
	keywordColonRe = regexp.MustCompile(`\b(` + rangeWords("from", "until", "to") + `) ?:`)
	labelRe        = regexp.MustCompile(`^\pL[\pL ]*: ?`)
	startOnlyRe    = regexp.MustCompile(`^(?:` + rangeWords("from") + `) `)
	betweenRe      = regexp.MustCompile(`^(?:` + rangeWords("between") + `) `)
	endOnlyRe      = regexp.MustCompile(`^(?:` + rangeWords("until") + `) `)
	wordSepRe      = regexp.MustCompile(` (?:` + rangeWords("to") + `) `)
	andSepRe       = regexp.MustCompile(` (?:` + rangeWords("and") + `) `)
)

// rangeWords is the lexicon's range.KIND phrases of the kinds given,
// folded as ParseDateRange folds its text, longest first, as a regexp
// alternation.
func rangeWords(kinds ...string) string {
	seen := map[string]bool{}
	var ws []string
	for _, k := range kinds {
		for _, p := range lexicon.Phrases("range", k) {
			if f := CollapseSpace(fold(p)); f != "" && !seen[f] {
				seen[f] = true
				ws = append(ws, f)
			}
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// ParseDateRange reads a period: "January 2014 – 31 December 2016",
// "From: Oct 2020 To: Dec 2021", "from Oct 2020 to Dec 2021", "2021 - 2027",
// "84 months (1 January 2014 – 31 December 2020)", "Oct 2020 until Dec
// 2021", "01/01/2014 - 31/12/2020", "2014/2020", "2020/21", "du 1er janvier
// 2014 au 31 décembre 2020", "January–March 2014", "1–15 March 2020",
// "between January 2014 and December 2020". Each end keeps the precision it
// is stated with; a start that omits the year or month takes them from the
// end. "from X" alone gives only Start and "until X" only End; a text that
// is only a duration ("84 months") gives only Months. A single date is not
// a range and is an error, as is a range that ends before it starts and a
// text longer than 300 bytes.
func ParseDateRange(s string) (DateRange, error) {
	r, err := parseDateRange(CollapseSpace(fold(s)))
	if err != nil {
		return DateRange{}, fmt.Errorf("parse date range %s: %w", quoteInput(s), err)
	}
	return r, nil
}

func parseDateRange(t string) (DateRange, error) {
	var r DateRange
	t = strings.TrimSpace(t)
	if t == "" {
		return r, errors.New("empty")
	}
	if len(t) > maxRangeBytes {
		return r, fmt.Errorf("%d bytes is too long for a date range", len(t))
	}
	// "d'avril 2023 à mars 2027": the elided "de" that opens a period
	// before a vowel.
	if strings.HasPrefix(t, "d'") {
		t = "de " + t[2:]
	}
	if n, ok := wholeDuration(t); ok {
		r.Months = n
		return r, nil
	}
	// A duration before or after the dates, in or around parentheses.
	if strings.HasSuffix(t, ")") {
		if open := strings.LastIndexByte(t, '('); open >= 0 {
			inner, outer := t[open+1:len(t)-1], t[:open]
			if n, ok := wholeDuration(outer); ok {
				r.Months, t = n, inner
			} else if n, ok := wholeDuration(inner); ok {
				r.Months, t = n, outer
			}
		}
	}
	if r.Months == 0 && durationLeads(t) {
		n, _, end, _ := parseDuration(t)
		r.Months, t = n, t[end:]
	}
	t = keywordColonRe.ReplaceAllString(t, "$1")
	t = labelRe.ReplaceAllString(t, "")
	t = trimPunct(t)
	if t == "" {
		if r.Months != 0 {
			return r, nil
		}
		return r, errors.New("no dates")
	}

	startOnly := false
	between := false
	if m := betweenRe.FindStringIndex(t); m != nil {
		between, t = true, t[m[1]:]
	} else if m := startOnlyRe.FindStringIndex(t); m != nil {
		startOnly, t = true, t[m[1]:]
	} else if m := endOnlyRe.FindStringIndex(t); m != nil {
		d, err := ParseDate(t[m[1]:])
		if err != nil {
			return DateRange{}, errors.New("no date after " + strings.TrimSpace(t[:m[1]]))
		}
		r.End = &d
		return r, nil
	}

	for _, sp := range rangeSplits(t, between) {
		start, end, ok := combineRange(t[:sp.i], t[sp.j:], sp.shortYear)
		if !ok {
			continue
		}
		if end.Before(start) {
			return DateRange{}, fmt.Errorf("ends (%s) before it starts (%s)", end, start)
		}
		r.Start, r.End = &start, &end
		return r, nil
	}
	if startOnly {
		d, err := ParseDate(t)
		if err != nil {
			return DateRange{}, err
		}
		r.Start = &d
		return r, nil
	}
	return DateRange{}, errors.New("no two dates joined by a range separator")
}

// durationLeads reports whether t starts with a duration followed by more
// text: "84 months, 1 January 2014 – 31 December 2020".
func durationLeads(t string) bool {
	_, start, end, ok := parseDuration(t)
	return ok && start == 0 && end < len(t) && trimPunct(t[end:]) != ""
}

// rangeSplit is a place where a range may divide: the start is t[:i], the
// end t[j:].
type rangeSplit struct {
	i, j int
	// shortYear allows a two-digit end year ("2020/21").
	shortYear bool
}

// rangeSplits lists the places t may divide into start and end, most
// telling separators first: words, then dashes, then slashes.
func rangeSplits(t string, between bool) []rangeSplit {
	var word, dash, hyphen, slash []rangeSplit
	for _, m := range wordSepRe.FindAllStringIndex(t, -1) {
		word = append(word, rangeSplit{i: m[0], j: m[1]})
	}
	if between {
		for _, m := range andSepRe.FindAllStringIndex(t, -1) {
			word = append(word, rangeSplit{i: m[0], j: m[1]})
		}
	}
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '–', '—', '‒', '―', '−', '-', '/':
			a, b := i, i+n
			for a > 0 && t[a-1] == ' ' {
				a--
			}
			for b < len(t) && t[b] == ' ' {
				b++
			}
			sp := rangeSplit{i: a, j: b, shortYear: true}
			switch {
			case r == '/':
				slash = append(slash, sp)
			case r == '-' && a == i:
				hyphen = append(hyphen, sp)
			default:
				dash = append(dash, sp)
			}
		}
		i += n
	}
	out := append(word, dash...)
	out = append(out, hyphen...)
	return append(out, slash...)
}

// combineRange reads left and right as the two ends of a range; a start
// without a year or month takes them from the end.
func combineRange(left, right string, shortYear bool) (start, end dossier.Date, ok bool) {
	left, right = withoutHyphenLead(left), withoutHyphenLead(right)
	lp, err := parseDateParts(left)
	if err != nil {
		return start, end, false
	}
	var rp dateParts
	if yy := trimPunct(right); shortYear && lp.onlyYear() && len(yy) == 2 && isDigit(yy[0]) && isDigit(yy[1]) {
		// "2020/21": a two-digit end year in the start's century.
		y := lp.year/100*100 + int(yy[0]-'0')*10 + int(yy[1]-'0')
		if y < lp.year {
			y += 100
		}
		// A two-digit year far from the start is not one ("2014-01").
		if y == lp.year || y-lp.year > 20 {
			return start, end, false
		}
		rp = dateParts{year: y}
	} else if rp, err = datePartsAfterLeads(right); err != nil {
		return start, end, false
	}
	if rp.year == 0 {
		return start, end, false
	}
	yearInherited := false
	if lp.year == 0 {
		lp.year, yearInherited = rp.year, true
		if lp.month == 0 {
			// "1–15 March 2020": a bare day needs a full date after it.
			if rp.month == 0 || rp.day == 0 {
				return start, end, false
			}
			lp.month = rp.month
		}
	}
	if start, err = lp.date(); err != nil {
		return start, end, false
	}
	if end, err = rp.date(); err != nil {
		return start, end, false
	}
	// "November – February 2015" starts in the year before.
	if yearInherited && end.Before(start) && lp.month != rp.month {
		lp.year--
		if start, err = lp.date(); err != nil {
			return start, end, false
		}
	}
	return start, end, true
}

// datePartsAfterLeads is parseDateParts, and where t does not read as a
// date, t less up to three of the lexicon's date.lead words before it:
// "from April 2022 to the end of March 2025", "von April 2022 bis Ende
// März 2025", "de abril de 2022 a finales de marzo de 2025" (the month
// the period ends in, as a single date after such words reads). Only a
// range's end: before its start such words are as often a sentence's
// ("In 2006–2013 this process was backed by …").
func datePartsAfterLeads(t string) (dateParts, error) {
	p, err := parseDateParts(t)
	if err == nil {
		return p, nil
	}
	rest, n := strings.TrimSpace(t), 0
	for ; n < 3; n++ {
		lead := ""
		for _, l := range dateLeads() {
			if strings.HasPrefix(rest, l+" ") {
				lead = l
				break
			}
		}
		if lead == "" {
			break
		}
		rest = strings.TrimSpace(rest[len(lead):])
	}
	if n == 0 {
		return p, err
	}
	return parseDateParts(rest)
}

// dateLeads are the lexicon's date.lead words in every language, folded
// as range text is, the longest first ("end of" before "end").
var dateLeads = sync.OnceValue(func() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range lexicon.Phrases("date", "lead") {
		if f := CollapseSpace(fold(p)); f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
})

// withoutHyphenLead drops a word of a period's part joined to a date by
// a hyphen (the lexicon's date.joined_lead): "mid-2022", "end-June 2026"
// (the year or month it falls in).
func withoutHyphenLead(t string) string {
	t = strings.TrimSpace(t)
	for _, l := range joinedLeads() {
		if len(t) > len(l)+1 && strings.EqualFold(t[:len(l)], l) && t[len(l)] == '-' {
			return t[len(l)+1:]
		}
	}
	return t
}

// joinedLeads are the lexicon's date.joined_lead words, folded.
var joinedLeads = sync.OnceValue(func() []string {
	var out []string
	for _, p := range lexicon.Phrases("date", "joined_lead") {
		out = append(out, fold(p))
	}
	return out
})
