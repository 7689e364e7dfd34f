package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
)

// quantityPhrases are what may stand before a count, as folded words, with
// the qualifier each gives; longer phrases first.
var quantityPhrases = []struct {
	words     []string
	qualifier string
}{
	{[]string{"no", "more", "than"}, dossier.QuantityUpTo},
	{[]string{"not", "more", "than"}, dossier.QuantityUpTo},
	{[]string{"no", "fewer", "than"}, dossier.QuantityAtLeast},
	{[]string{"not", "less", "than"}, dossier.QuantityAtLeast},
	{[]string{"no", "less", "than"}, dossier.QuantityAtLeast},
	{[]string{"up", "to"}, dossier.QuantityUpTo},
	{[]string{"at", "most"}, dossier.QuantityUpTo},
	{[]string{"at", "least"}, dossier.QuantityAtLeast},
	{[]string{"au", "moins"}, dossier.QuantityAtLeast},
	{[]string{"al", "menos"}, dossier.QuantityAtLeast},
	{[]string{"more", "than"}, dossier.QuantityOver},
	{[]string{"in", "excess"}, dossier.QuantityOver},
	{[]string{"plus", "de"}, dossier.QuantityOver},
	{[]string{"mehr", "als"}, dossier.QuantityOver},
	{[]string{"pres", "de"}, dossier.QuantityAbout},
	{[]string{"maximum"}, dossier.QuantityUpTo},
	{[]string{"max."}, dossier.QuantityUpTo},
	{[]string{"jusqu'a"}, dossier.QuantityUpTo},
	{[]string{"minimum"}, dossier.QuantityAtLeast},
	{[]string{"min."}, dossier.QuantityAtLeast},
	{[]string{"mindestens"}, dossier.QuantityAtLeast},
	{[]string{"over"}, dossier.QuantityOver},
	{[]string{"above"}, dossier.QuantityOver},
	{[]string{"exceeding"}, dossier.QuantityOver},
	{[]string{"some"}, dossier.QuantityAbout},
	{[]string{"about"}, dossier.QuantityAbout},
	{[]string{"around"}, dossier.QuantityAbout},
	{[]string{"approximately"}, dossier.QuantityAbout},
	{[]string{"approx."}, dossier.QuantityAbout},
	{[]string{"approx"}, dossier.QuantityAbout},
	{[]string{"ca."}, dossier.QuantityAbout},
	{[]string{"circa"}, dossier.QuantityAbout},
	{[]string{"nearly"}, dossier.QuantityAbout},
	{[]string{"almost"}, dossier.QuantityAbout},
	{[]string{"roughly"}, dossier.QuantityAbout},
	{[]string{"estimated"}, dossier.QuantityAbout},
	{[]string{"environ"}, dossier.QuantityAbout},
	{[]string{"~"}, dossier.QuantityAbout},
}

// quantityFillers may stand between a qualifier and its number: "a maximum
// of", "in excess of".
var quantityFillers = map[string]bool{"a": true, "an": true, "of": true, "de": true}

// countWords are numbers written as words that may open a statement ("One
// conference per 18 months").
var countWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}

// yearContext are words after which a four-digit number is a year ("in
// 2019", "the 2019 Octopus Conference").
var yearContext = map[string]bool{
	"in": true, "since": true, "of": true, "from": true, "until": true, "by": true, "to": true,
	"the": true, "at": true, "year": true, "between": true, "and": true, "before": true,
	"after": true, "during": true, "en": true, "depuis": true, "du": true, "au": true,
}

// unitStops end a unit when they stand at its end: words that join it to
// what follows ("experts from more than 115 countries").
var unitStops = map[string]bool{
	"and": true, "or": true, "from": true, "of": true, "in": true, "to": true, "with": true,
	"over": true, "more": true, "than": true, "at": true, "least": true, "up": true, "some": true,
	"about": true, "by": true, "for": true, "across": true, "representing": true,
	"including": true, "per": true, "each": true, "every": true, "et": true, "de": true,
}

// trailingVerbs are dropped from the end of a unit: "30 workshops held" counts
// workshops.
var trailingVerbs = map[string]bool{
	"held": true, "available": true, "organised": true, "organized": true, "produced": true,
	"adopted": true, "supported": true, "participated": true, "participating": true,
	"delivered": true, "trained": true, "conducted": true, "reached": true, "completed": true,
	"achieved": true, "implemented": true, "provided": true, "developed": true, "created": true,
	"established": true, "launched": true, "published": true, "attended": true,
	"involved": true, "assisted": true, "benefited": true, "benefiting": true, "served": true,
	"planned": true, "expected": true,
}

// qWord is a word of a quantity statement, in folded text.
type qWord struct {
	text       string
	start, end int
}

// ParseQuantity reads a counted figure: "Up to 30 in-country or regional
// workshops held" is 30, up_to, "in-country or regional workshops"; "Over
// 2,000 participants" is over; "at least 25 countries" at_least; "some 450
// experts" and "about" about; "46 workshops" exact. The first count in s is
// read, so "Legislative advice to at least 25 countries" gives 25 countries.
// Years ("in 2019"), days of dates, ordinals ("2nd") and "24/7" are not
// counts. The unit is the words after the number up to punctuation or the
// next number, without joining words at its end and without a trailing
// verb such as "held" or "available" (the list is trailingVerbs); its case
// is as written. In "One conference per 18 months (5 in total)" the count is
// 1 "conference per 18 months": a parenthesis ends the unit. ok is false
// for a percentage ("100%") and for a number with no unit.
func ParseQuantity(s string) (dossier.Quantity, bool) {
	clean := strings.NewReplacer("*", " ", "_", " ").Replace(s)
	f, idx := foldMap(clean)
	words := quantityWords(f)
	for k, w := range words {
		amount, end, ok := 0.0, 0, false
		switch {
		case isDigit(w.text[0]):
			if unicode.IsLetter(runeBefore(f, w.start)) {
				continue
			}
			amount, end, ok = numberAt(f, w.start)
			if !ok {
				continue
			}
			next := runeAt(f, end)
			if next == '%' || isPercent(f, end) {
				return dossier.Quantity{}, false
			}
			if unicode.IsLetter(next) || next == '/' || (next == '-' && isDigit(byteAt(f, end+1))) {
				continue
			}
			if isYear(f[w.start:end], words, k) || isDateDay(words, k, end) {
				continue
			}
		case countWords[w.text] != 0:
			qual, _ := quantityQualifier(words[:k])
			if k != 0 && qual == dossier.QuantityExact {
				continue
			}
			amount, end, ok = countWords[w.text], w.end, true
		default:
			continue
		}
		unit := quantityUnit(f, end)
		if unit.start >= unit.end {
			continue
		}
		qual, _ := quantityQualifier(words[:k])
		return dossier.Quantity{
			Amount:    amount,
			Qualifier: qual,
			Unit:      CollapseSpace(clean[idx[unit.start]:idx[unit.end]]),
		}, true
	}
	return dossier.Quantity{}, false
}

func byteAt(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// isWordBreak reports whether r separates the words of a statement.
func isWordBreak(r rune) bool {
	return isSpace(r) || r == '(' || r == ')' || r == '[' || r == ']' || r == '"'
}

// quantityWords splits folded text into words at spaces and brackets.
func quantityWords(f string) []qWord { return quantityWordsFrom(f, 0) }

// quantityWordsFrom splits f[from:] into words, with offsets into f.
func quantityWordsFrom(f string, from int) []qWord {
	var words []qWord
	for i := from; i < len(f); {
		r, n := utf8.DecodeRuneInString(f[i:])
		if isWordBreak(r) {
			i += n
			continue
		}
		j := i
		for j < len(f) {
			r, n := utf8.DecodeRuneInString(f[j:])
			if isWordBreak(r) {
				break
			}
			j += n
		}
		words = append(words, qWord{text: f[i:j], start: i, end: j})
		i = j
	}
	return words
}

// isPercent reports whether a number ending at end is followed by "%",
// "per cent" or "percent".
func isPercent(f string, end int) bool {
	rest := strings.TrimLeftFunc(f[end:], isSpace)
	return strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "per cent") ||
		strings.HasPrefix(rest, "percent") || strings.HasPrefix(rest, "pour cent") ||
		strings.HasPrefix(rest, "prozent")
}

// isYear reports whether the number num, word k, reads as a year.
func isYear(num string, words []qWord, k int) bool {
	if len(num) != 4 || num < "1900" || num > "2099" {
		return false
	}
	if k > 0 {
		prev := strings.TrimRight(words[k-1].text, ",")
		if yearContext[prev] || monthNames[strings.TrimRight(prev, ".")] != 0 {
			return true
		}
	}
	// "in 2019," or a year that ends the text.
	w := words[k].text
	return len(w) > len(num) && strings.HasPrefix(w, num) || k == len(words)-1
}

// isDateDay reports whether the number of word k is the day of a date ("3
// April 2025").
func isDateDay(words []qWord, k, end int) bool {
	if k+1 < len(words) && words[k].end == end {
		return monthNames[strings.Trim(words[k+1].text, ".,")] != 0
	}
	return false
}

// quantityQualifier reads the qualifier the words before a count end with.
func quantityQualifier(before []qWord) (string, int) {
	if q, start := matchQuantityPhrase(before); start >= 0 {
		return q, start
	}
	ws := before
	for n := 0; n < 2 && len(ws) > 0 && quantityFillers[ws[len(ws)-1].text]; n++ {
		ws = ws[:len(ws)-1]
	}
	return matchQuantityPhrase(ws)
}

// matchQuantityPhrase reads the qualifier phrase that ws ends with.
func matchQuantityPhrase(ws []qWord) (string, int) {
	for _, p := range quantityPhrases {
		if len(p.words) > len(ws) {
			continue
		}
		tail := ws[len(ws)-len(p.words):]
		match := true
		for k, w := range p.words {
			if strings.TrimRight(tail[k].text, ",:") != w {
				match = false
				break
			}
		}
		if match {
			return p.qualifier, tail[0].start
		}
	}
	return dossier.QuantityExact, -1
}

// maxUnitBytes bounds how far after a count its unit is looked for.
const maxUnitBytes = 200

// span is a part of the folded text.
type span struct{ start, end int }

// quantityUnit finds the unit after a count that ends at i.
func quantityUnit(f string, i int) span {
	// A unit is a few words; looking further only costs time.
	f = f[:min(len(f), i+maxUnitBytes)]
	end := len(f)
	for j := i; j < len(f); {
		r, n := utf8.DecodeRuneInString(f[j:])
		switch r {
		case '(', ')', ',', ';', ':', '–', '—', '\n', '[', '"', '|':
			end = j
		case '.':
			if j+n >= len(f) || isSpace(runeAt(f, j+n)) {
				end = j
			}
		case '-':
			if isSpace(runeBefore(f, j)) {
				end = j
			}
		}
		if end != len(f) {
			break
		}
		j += n
	}
	var unit []qWord
	for _, w := range quantityWordsFrom(f[:end], i) {
		if w.text == "as" || strings.ContainsFunc(w.text, unicode.IsDigit) {
			// "conference per 18 months" keeps its period; other numbers
			// start another statement.
			if len(unit) > 0 && (unit[len(unit)-1].text == "per" || unit[len(unit)-1].text == "every") &&
				w.text != "as" {
				unit = append(unit, w)
				continue
			}
			break
		}
		unit = append(unit, w)
	}
	for len(unit) > 0 {
		last := unit[len(unit)-1].text
		if !unitStops[last] && !trailingVerbs[last] {
			break
		}
		unit = unit[:len(unit)-1]
	}
	if len(unit) == 0 {
		return span{i, i}
	}
	return span{unit[0].start, unit[len(unit)-1].end}
}
