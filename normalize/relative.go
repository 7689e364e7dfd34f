package normalize

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
)

// Dates a text gives from the day it was written: "el pasado 31 de
// agosto", "le 30 juin prochain", "julio del año pasado", "arranca este
// mês". The words that make them relative are the lexicon's date.past,
// date.next, date.this_month, date.last_year and date.next_year, per
// language.

// relativeWords are those phrases as folded words, by kind.
var relativeWords = sync.OnceValue(func() map[string][][]string {
	out := map[string][][]string{}
	for _, k := range []string{"past", "next", "this_month", "last_year", "next_year"} {
		for _, p := range lexicon.Phrases("date", k) {
			if ws := strings.Fields(lexicon.Fold(p)); len(ws) > 0 {
				out[k] = append(out[k], ws)
			}
		}
	}
	return out
})

// relativeFirstRaw holds the longest word of every relative phrase as
// the lexicon writes it ("próximo", "dernière", "pasado"), in small
// letters, and with a capital too: a text without one has none of the
// phrases.
var relativeFirstRaw = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, k := range []string{"past", "next", "this_month", "last_year", "next_year"} {
		for _, p := range lexicon.Phrases("date", k) {
			// The phrase's longest word: "pasado" of "del año pasado".
			w := ""
			for _, f := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
				if len(f) > len(w) {
					w = f
				}
			}
			r, size := utf8.DecodeRuneInString(w)
			if w != "" {
				out[w] = true
				out[string(unicode.ToUpper(r))+w[size:]] = true
			}
		}
	}
	return out
})

// hasRelativeWord reports a word of s that is one of relativeFirstRaw,
// in one pass without copying.
func hasRelativeWord(s string) bool {
	words := relativeFirstRaw()
	for i := 0; i < len(s); {
		start, end := nextWord(s, i, unicode.IsLetter)
		if start == end {
			return false
		}
		if words[s[start:end]] {
			return true
		}
		i = end
	}
	return false
}

// relToken is a word of the text: where it stands and its folded form.
type relToken struct {
	start, end int
	fold       string
}

// relTokens splits s into words of letters and digits ("1er" is one,
// "mois-ci" two), each folded.
func relTokens(s string) []relToken {
	var out []relToken
	letterOrDigit := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i < len(s); {
		start, end := nextWord(s, i, letterOrDigit)
		if start == end {
			break
		}
		out = append(out, relToken{start: start, end: end, fold: fold(s[start:end])})
		i = end
	}
	return out
}

// nextWord returns where the next run of runes in s from i that inWord
// holds starts and ends; both are len(s) where none is left.
func nextWord(s string, i int, inWord func(rune) bool) (start, end int) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if inWord(r) {
			break
		}
		i += size
	}
	start = i
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inWord(r) {
			break
		}
		i += size
	}
	return start, i
}

// ResolveRelativeDates returns s with the dates it gives relative to the
// day asOf it was written set down with their year: "concluyó el pasado
// 31 de agosto" read on 15 October 2022 is "concluyó el 31 agosto 2022",
// "le 30 juin prochain" read on 3 March 2024 "le 30 juin 2024", "julio
// del año pasado" read in 2023 "julio 2022", "arranca este mês" read in
// March 2019 "arranca March 2019" (ParseDate reads an English month's
// name in any text). A month that already has its year is left alone, as
// are months' abbreviations. The rest of s is kept as it stands.
func ResolveRelativeDates(s string, asOf dossier.Date) string {
	if asOf.Year < 1000 || asOf.Month < 1 || asOf.Month > 12 {
		return s
	}
	// (The cheap test first: one of the phrases' longest words.)
	if !hasRelativeWord(s) {
		return s
	}
	toks := relTokens(s)
	return rewrite(s, toks, func(i int) (int, int, string, bool) { return relativeAt(s, toks, i, asOf) })
}

// rewrite returns s with the spans at finds, token by token, written
// anew: at(i) gives the first and last tokens of a span that starts at
// token i or after it, and its new text. Spans are taken left to right
// and never overlap.
func rewrite(s string, toks []relToken, at func(i int) (from, to int, text string, ok bool)) string {
	var b strings.Builder
	last := 0 // how far s is written out
	for i := 0; i < len(toks); i++ {
		from, to, text, ok := at(i)
		if !ok || toks[from].start < last {
			continue
		}
		b.WriteString(s[last:toks[from].start])
		b.WriteString(text)
		last = toks[to].end
		i = to
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// relativeAt reads a relative date whose word of relation is toks[i]: the
// first and last tokens it covers and the date written out.
func relativeAt(s string, toks []relToken, i int, asOf dossier.Date) (from, to int, text string, ok bool) {
	for _, kind := range []string{"last_year", "next_year", "this_month", "past", "next"} {
		for _, p := range relativeWords()[kind] {
			n := phraseAt(toks, i, p)
			if n == 0 {
				continue
			}
			end := i + n - 1
			switch kind {
			case "last_year":
				// "julio del año pasado", "March last year": the month
				// (and its day) before the phrase, in the year before.
				if day, month, at, ok := monthBefore(s, toks, i); ok {
					return at, end, written(s, toks, day, month, asOf.Year-1), true
				}
				// ("during the last year of the project": the project's
				// year, not the calendar's.)
				if i > 0 && yearOwners[toks[i-1].fold] {
					continue
				}
				return i, end, strconv.Itoa(asOf.Year - 1), true
			case "next_year":
				// "in December next year", "en juin de l'année prochaine":
				// the month before the phrase, in the year after.
				if day, month, at, ok := monthBefore(s, toks, i); ok {
					return at, end, written(s, toks, day, month, asOf.Year+1), true
				}
				if i > 0 && yearOwners[toks[i-1].fold] {
					continue
				}
				return i, end, strconv.Itoa(asOf.Year + 1), true
			case "this_month":
				// "este mes de julio": the month named after it.
				if _, at, ok := monthAfter(s, toks, end); ok && !yearAfter(toks, at) {
					return i, at, s[toks[at].start:toks[at].end] + " " + strconv.Itoa(asOf.Year), true
				}
				return i, end, monthWord(asOf.Month) + " " + strconv.Itoa(asOf.Year), true
			case "past", "next":
				// "el pasado 31 de agosto", "el pasado mes de enero", "last
				// January": the relation first.
				if day, month, at, ok := dayMonthAfter(s, toks, end); ok && !yearAfter(toks, at) {
					return i, at, written(s, toks, day, month, yearOf(toks, day, toks[month].fold, kind, asOf)), true
				}
				// "le 30 juin dernier", "il 1° febbraio scorso", "janvier
				// dernier": the relation after the date.
				if day, month, at, ok := monthBefore(s, toks, i); ok {
					return at, end, written(s, toks, day, month, yearOf(toks, day, toks[month].fold, kind, asOf)), true
				}
			}
		}
	}
	return 0, 0, "", false
}

// relMonthAbbrevs are monthNames' abbreviations: beside a word of
// relation they are more often words ("carried out last year", "el mar",
// "set", "ago") than months, so only full names count here.
var relMonthAbbrevs = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"janv": true, "fevr": true, "fev": true, "avr": true, "juil": true, "okt": true, "dez": true,
	"mrz": true, "ene": true, "abr": true, "ago": true, "dic": true, "set": true, "out": true,
	"ott": true, "gen": true, "mag": true, "giu": true, "lug": true}

// relMonth is the month token k names in full, or 0. English "may" is
// the month only with its capital: "the project may last".
func relMonth(s string, toks []relToken, k int) int {
	t := toks[k]
	if relMonthAbbrevs[t.fold] || t.fold == "may" && s[t.start] != 'M' {
		return 0
	}
	return monthNames[t.fold]
}

// phraseAt returns how many tokens from i the folded words p cover, or 0.
func phraseAt(toks []relToken, i int, p []string) int {
	if i+len(p) > len(toks) {
		return 0
	}
	for k, w := range p {
		if toks[i+k].fold != w {
			return 0
		}
	}
	return len(p)
}

// yearOwners are words before "last year" that make it a project's year
// ("the last year", "its last year"), not the one before the text's.
var yearOwners = map[string]bool{"the": true, "its": true, "their": true, "this": true, "that": true, "his": true, "her": true}

// relFillers stand between a day, a month and a word of relation: "31
// de agosto", "del mes de enero", "du mois de mars", "fin".
var relFillers = map[string]bool{"de": true, "del": true, "do": true, "da": true, "di": true, "du": true,
	"of": true, "mes": true, "mois": true, "month": true, "mese": true, "monat": true, "maand": true,
	"dello": true, "della": true, "dell": true, "d": true}

// dayMonthAfter reads "[day] [de] [mes de] month" right after token end:
// the day's token (-1 for none), the month's, and the last token.
func dayMonthAfter(s string, toks []relToken, end int) (day, month, at int, ok bool) {
	day = -1
	for k := end + 1; k < len(toks) && k <= end+5; k++ {
		switch {
		case relMonth(s, toks, k) != 0:
			return day, k, k, true
		case day < 0 && dayNumber(toks[k].fold) > 0:
			day = k
		case relFillers[toks[k].fold]:
		default:
			return 0, 0, 0, false
		}
	}
	return 0, 0, 0, false
}

// monthBefore reads "[day] [de] month [de]" right before token i.
func monthBefore(s string, toks []relToken, i int) (day, month, at int, ok bool) {
	k := i - 1
	for k >= 0 && relFillers[toks[k].fold] && k >= i-2 {
		k--
	}
	if k < 0 || relMonth(s, toks, k) == 0 {
		return 0, 0, 0, false
	}
	month, at, day = k, k, -1
	j := k - 1
	for j >= 0 && relFillers[toks[j].fold] && j >= k-2 {
		j--
	}
	if j >= 0 && dayNumber(toks[j].fold) > 0 {
		day, at = j, j
	}
	return day, month, at, true
}

// monthAfter reads "[de] month" right after token end.
func monthAfter(s string, toks []relToken, end int) (int, int, bool) {
	for k := end + 1; k < len(toks) && k <= end+2; k++ {
		if m := relMonth(s, toks, k); m != 0 {
			return m, k, true
		}
		if !relFillers[toks[k].fold] {
			break
		}
	}
	return 0, 0, false
}

// yearAfter reports a year right after token at ("de 2020"): the date is
// whole already.
func yearAfter(toks []relToken, at int) bool {
	for k := at + 1; k < len(toks) && k <= at+2; k++ {
		if len(toks[k].fold) == 4 && strings.Trim(toks[k].fold, "0123456789") == "" {
			return true
		}
		if !relFillers[toks[k].fold] {
			return false
		}
	}
	return false
}

// dayNumber reads a day's number with its ordinal mark ("31", "1er",
// "1st"), or 0.
func dayNumber(w string) int {
	d := strings.TrimRight(w, "abcdefghijklmnopqrstuvwxyz")
	if d == "" || len(d) > 2 || !ordinalSuffixes[w[len(d):]] && len(d) != len(w) {
		return 0
	}
	n, err := strconv.Atoi(d)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearOf is the year of a day and month a text gives as past or next
// from asOf: the last such day before asOf, or the first after it. A
// month without a day (day < 0) is past or next only as a whole: the
// month asOf falls in is neither.
func yearOf(toks []relToken, day int, monthFold, kind string, asOf dossier.Date) int {
	m := monthNames[monthFold]
	d := 0
	if day >= 0 {
		d = dayNumber(toks[day].fold)
	}
	after := m > asOf.Month || m == asOf.Month && (d == 0 || d > asOf.Day)
	before := m < asOf.Month || m == asOf.Month && (d == 0 || d < asOf.Day)
	switch {
	case kind == "past" && after:
		return asOf.Year - 1
	case kind == "next" && before:
		return asOf.Year + 1
	}
	return asOf.Year
}

// written sets down a day and month of s with their year: "31 de agosto"
// is "31 agosto 2022".
func written(s string, toks []relToken, day, month, year int) string {
	out := s[toks[month].start:toks[month].end] + " " + strconv.Itoa(year)
	if day >= 0 {
		out = strconv.Itoa(dayNumber(toks[day].fold)) + " " + out
	}
	return out
}

// monthWord is an English month's name, which ParseDate reads in any
// text.
func monthWord(m int) string {
	return [...]string{"", "January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}[m]
}

// ResolveDayMonths returns s with each day and month it gives without a
// year ("op 1 oktober", "formally began on 1 February", "le 1er juillet")
// set down with the year that puts the date nearest the day asOf the
// text was written, as a reader of a news item takes it: "1 October"
// read on 12 September 2022 is 1 October 2022, "28 December" read on 3
// January 2023 is 28 December 2022. A day and month with a year within
// the next eight words ("du 1er avril au 30 septembre 2024", whose year
// is the range's) is left alone, as is the rest of s.
func ResolveDayMonths(s string, asOf dossier.Date) string {
	if asOf.Year < 1000 || asOf.Month < 1 || asOf.Month > 12 || !mayHoldDayMonth(s) {
		return s
	}
	toks := relTokens(s)
	return rewrite(s, toks, func(i int) (int, int, string, bool) {
		if dayNumber(toks[i].fold) == 0 {
			return 0, 0, "", false
		}
		_, month, at, ok := dayMonthAfter(s, toks, i-1)
		if !ok || month == i || yearWithin(toks, at, 8) {
			return 0, 0, "", false
		}
		return i, at, written(s, toks, i, month, nearestYear(dayNumber(toks[i].fold), monthNames[toks[month].fold], asOf)), true
	})
}

// mayHoldDayMonth is ResolveDayMonths' cheap test: a number of one or
// two digits, its ordinal mark perhaps, then a space and, one little word
// on at most, a month's name.
func mayHoldDayMonth(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		j := i
		for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i > 2 {
			continue
		}
		rest := s[j:]
		for k := 0; k < 3 && rest != ""; k++ {
			start, end := nextWord(rest, 0, unicode.IsLetter)
			if start == end || start > 4 {
				break
			}
			if monthNames[fold(rest[start:end])] != 0 {
				return true
			}
			rest = rest[end:]
		}
	}
	return false
}

// yearWithin reports a four-digit year among the n tokens after at.
func yearWithin(toks []relToken, at, n int) bool {
	for k := at + 1; k < len(toks) && k <= at+n; k++ {
		if f := toks[k].fold; len(f) == 4 && strings.Trim(f, "0123456789") == "" && (f[0] == '1' || f[0] == '2') {
			return true
		}
	}
	return false
}

// nearestYear is the year of day and month nearest asOf: the year
// before, its own or the year after.
func nearestYear(day, month int, asOf dossier.Date) int {
	at := asOf.Year*372 + asOf.Month*31 + max(asOf.Day, 1)
	best, dist := asOf.Year, -1
	for _, y := range []int{asOf.Year - 1, asOf.Year, asOf.Year + 1} {
		d := y*372 + month*31 + day - at
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = y, d
		}
	}
	return best
}
