package normalize

import (
	"errors"
	"fmt"
	"github.com/dossier-dev/dossier/lexicon"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/dossier-dev/dossier"
)

// MoneyMatch is an amount of money found in running text.
type MoneyMatch struct {
	Money dossier.Money
	// Equivalent is the amount in another currency the text gives beside
	// it ("CAN$ 250,000 (ca. EUR 161,000)"), or nil.
	Equivalent *dossier.Money
	// Start and End are the byte offsets of Text in the searched text.
	Start, End int
	// Text is the amount as written, with a qualifier right before it ("up
	// to EUR 4 million") and the equivalent in parentheses after it.
	Text string
}

// currencySymbols are written before or after an amount; "$" alone is USD.
var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
	"₽": "RUB", "₺": "TRY", "₴": "UAH",
}

// dollarPrefixes are the letters written before "$": "US$", "CAN$".
var dollarPrefixes = map[string]string{
	"us": "USD", "usd": "USD", "can": "CAD", "cad": "CAD", "ca": "CAD", "cdn": "CAD", "c": "CAD",
	"au": "AUD", "aud": "AUD", "a": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD", "sg": "SGD",
	"r": "BRL", "mx": "MXN",
}

// currencyWords are folded codes matched in any case, and, from the
// lexicon, currencies' names (currencyPhrases). Other ISO codes are matched
// only in capitals ("NOK 5 million").
var currencyWords = map[string]string{
	"eur": "EUR", "usd": "USD", "gbp": "GBP", "chf": "CHF", "jpy": "JPY",
}

// currencyPhrases are the keys of currencyWords by their first byte,
// longest first, so "us dollars" is tried before "dollars", and a word is
// compared with the names it can start only. The lexicon's currency.CODE
// entries name currencies in its languages ("couronnes norvégiennes",
// "libras esterlinas") and join them here, folded as the scanner folds
// text.
var currencyPhrases = func() map[byte][]string {
	for _, code := range lexicon.Kinds("currency") {
		for _, p := range lexicon.Phrases("currency", code) {
			f, _ := foldMap(strings.ToLower(p))
			if _, ok := currencyWords[f]; !ok {
				currencyWords[f] = code
			}
		}
	}
	out := make([]string, 0, len(currencyWords))
	for k := range currencyWords {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	byFirst := map[byte][]string{}
	for _, p := range out {
		byFirst[p[0]] = append(byFirst[p[0]], p)
	}
	return byFirst
}()

// wordlikeCodes are ISO codes that are also English words in capitals
// ("ALL 30 countries"); FindMoney does not take them for currencies in
// running text. ParseMoney does.
var wordlikeCodes = map[string]bool{
	"ALL": true, "TOP": true, "CUP": true, "PEN": true, "SOS": true, "TRY": true,
	"MOP": true, "BOB": true,
}

// scale is a multiplier word after a number, as a power of ten.
type scale struct {
	word string
	exp  int
	// attached words count only written against the number ("€4m").
	attached bool
}

// scales are the lexicon's scale.EXP words ("million", "Mio.", "mil
// millones", "tausend"), folded, longest first, and the letters that
// count only written against the number ("€4m", "2.5bn").
var scales = func() []scale {
	var out []scale
	for _, kind := range lexicon.Kinds("scale") {
		exp, err := strconv.Atoi(kind)
		if err != nil {
			continue
		}
		for _, p := range lexicon.Phrases("scale", kind) {
			f, _ := foldMap(strings.ToLower(p))
			out = append(out, scale{CollapseSpace(f), exp, false})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].word) > len(out[j].word) })
	return append(out, scale{"m", 6, true}, scale{"b", 9, true}, scale{"k", 3, true})
}()

// gluedScales are scale letters written against a currency's sign ("M€",
// "k€", "Md€"), folded; longest first.
var gluedScales = []scale{{"mrd", 9, true}, {"md", 9, true}, {"m", 6, true}, {"k", 3, true}}

// maxDigits bounds the digits of an amount; longer runs are not money.
const maxDigits = 30

// moneyScanner finds amounts in folded text and maps them back to the
// original.
type moneyScanner struct {
	orig string
	f    string
	idx  []int
	// prose is set for FindMoney: capitalised words that are also ISO codes
	// are not taken for currencies.
	prose bool
}

func newMoneyScanner(s string, prose bool) *moneyScanner {
	f, idx := foldMap(s)
	return &moneyScanner{orig: s, f: f, idx: idx, prose: prose}
}

// rawMoney is one amount found, in folded offsets.
type rawMoney struct {
	amount   float64
	currency string
	start    int
	end      int
	// err is set, with ok false, when the text states money whose amount
	// dossier.CheckAmount refuses ("EUR 99999999999999999999999"): such a
	// figure is a misread or a hostile document, never a fact. end is then
	// where that amount ends, so no smaller number inside it is read.
	err error
}

// ParseMoney reads an amount of money and, if the text gives one, its
// equivalent in another currency: "CAN$ 250,000 (ca. EUR 161,000)" is CAD
// 250000 total and EUR 161000 about. It reads "EUR 5.56 million", "EUR
// 5,560,000", "10 million EUR", "€4m", "€ 4 000 000", "4.000.000 €",
// "4 000 000,50 EUR", "USD 1.2bn", "$1.2 billion", "US$", "CAN$", "C$", "£",
// "¥", "CHF", "4 millions d'euros", "1,5 million d'euros". A qualifier before
// the amount sets Qualifier: "up to", "maximum", "jusqu'à" (up_to),
// "target" (target), "ca.", "approx.", "about", "around", "environ"
// (about); otherwise it is total. A single separator followed by exactly
// three digits groups thousands ("1,500" is 1500); otherwise it is the
// decimal mark ("1,5"). The first amount in s is read; the error says why
// there is none. An amount above dossier.MaxAmount is an error wrapping
// dossier.ErrAmountOutOfRange; an equivalent above it is left out.
func ParseMoney(s string) (dossier.Money, *dossier.Money, error) {
	sc := newMoneyScanner(s, false)
	for i := 0; i < len(sc.f); {
		m, eq, _, ok := sc.matchWithEquivalent(i)
		if m.err != nil {
			return dossier.Money{}, nil, fmt.Errorf("parse money %s: %w", quoteInput(s), m.err)
		}
		if ok {
			qual, _ := prefixQualifier(sc.f, 0, m.start)
			main := dossier.Money{Amount: m.amount, Currency: m.currency, Qualifier: qual}
			if eq != nil {
				return main, sc.equivalent(eq, qual), nil
			}
			return main, nil, nil
		}
		_, n := utf8.DecodeRuneInString(sc.f[i:])
		i += n
	}
	return dossier.Money{}, nil, fmt.Errorf("parse money %s: %w", quoteInput(s), errors.New("no amount with a currency"))
}

// FindMoney returns every amount of money in running text, in order, with
// byte offsets into text (see ParseMoney for the forms read). Amounts
// without a currency ("2,000 participants", "100%") are not money, and
// neither are amounts above dossier.MaxAmount: they are skipped whole.
func FindMoney(text string) []MoneyMatch {
	sc := newMoneyScanner(text, true)
	var out []MoneyMatch
	lo := 0
	for i := 0; i < len(sc.f); {
		m, eq, end, ok := sc.matchWithEquivalent(i)
		if m.err != nil {
			// Skip the absurd amount whole: read from inside, "EUR 9 999
			// 999 999 999 999 999" would give a smaller, invented figure.
			lo, i = m.end, m.end
			continue
		}
		if !ok {
			_, n := utf8.DecodeRuneInString(sc.f[i:])
			i += n
			continue
		}
		qual, qstart := prefixQualifier(sc.f, lo, m.start)
		start := m.start
		if qstart >= 0 {
			start = qstart
		}
		mm := MoneyMatch{
			Money: dossier.Money{Amount: m.amount, Currency: m.currency, Qualifier: qual},
			Start: sc.idx[start],
			End:   sc.idx[end],
		}
		if eq != nil {
			mm.Equivalent = sc.equivalent(eq, qual)
		}
		mm.Text = text[mm.Start:mm.End]
		out = append(out, mm)
		lo, i = end, end
	}
	return out
}

// equivalentMatch is a converted amount in parentheses after another.
type equivalentMatch struct {
	rawMoney
	qualifier string
}

func (sc *moneyScanner) equivalent(eq *equivalentMatch, mainQual string) *dossier.Money {
	q := eq.qualifier
	if q == "" {
		q = mainQual
	}
	return &dossier.Money{Amount: eq.amount, Currency: eq.currency, Qualifier: q}
}

// matchWithEquivalent reads an amount at i and an equivalent in another
// currency in parentheses right after it; end is where the whole ends. An
// amount out of range comes back with its err set and ok false; an
// equivalent out of range is no equivalent.
func (sc *moneyScanner) matchWithEquivalent(i int) (m rawMoney, eq *equivalentMatch, end int, ok bool) {
	m, ok = sc.matchAt(i)
	if !ok {
		return m, nil, 0, false
	}
	end = m.end
	j := skipSpaces(sc.f, end)
	if j < len(sc.f) && sc.f[j] == ',' {
		if eq, eqEnd, ok := sc.commaEquivalent(m, j); ok {
			return m, eq, eqEnd, true
		}
	}
	if j >= len(sc.f) || sc.f[j] != '(' {
		return m, nil, end, true
	}
	j, qual := sc.afterEquivalentLeads(skipSpaces(sc.f, j+1), 4)
	e, ok := sc.matchAt(j)
	if !ok || e.currency == m.currency {
		return m, nil, end, true
	}
	k := skipSpaces(sc.f, e.end)
	if k >= len(sc.f) || sc.f[k] != ')' {
		return m, nil, end, true
	}
	return m, &equivalentMatch{rawMoney: e, qualifier: qual}, k + 1, true
}

// commaEquivalent reads an equivalent in another currency after a comma
// at j and a word that says the amounts are the same (commaEquivalentLeads):
// "8 millions d'euros, soit environ 5,2 milliards de francs CFA", up to
// the clause's end. Without such a word, an amount after a comma is
// another's ("EUR 3 million, CHF 1 million").
func (sc *moneyScanner) commaEquivalent(m rawMoney, j int) (*equivalentMatch, int, bool) {
	j = skipSpaces(sc.f, j+1)
	w, k := leadWord(sc.f, j)
	if !commaEquivalentLeads()[w] {
		return nil, 0, false
	}
	j, qual := sc.afterEquivalentLeads(skipSpaces(sc.f, k), 3)
	e, ok := sc.matchAt(j)
	if !ok || e.currency == m.currency {
		return nil, 0, false
	}
	if k := skipSpaces(sc.f, e.end); k < len(sc.f) && !strings.ContainsRune(",.;)", rune(sc.f[k])) {
		return nil, 0, false
	}
	return &equivalentMatch{rawMoney: e, qualifier: qual}, e.end, true
}

// afterEquivalentLeads skips up to n words at j that may open an
// equivalent (equivalentLeads: "ca.", "environ", "soit"); it returns
// where the amount may start and the qualifier the words give.
func (sc *moneyScanner) afterEquivalentLeads(j, n int) (int, string) {
	qual := ""
	for range n {
		w, k := leadWord(sc.f, j)
		q, known := equivalentLeads()[w]
		// "(cerca de 7 milhões de dólares)", "(por volta de …)": a
		// qualifier of several words, the longest first.
		for more, at := w, k; w != "" && strings.Count(more, " ") < 2; {
			next, end := leadWord(sc.f, skipSpaces(sc.f, at))
			if next == "" {
				break
			}
			more, at = more+" "+next, end
			if _, ok := equivalentPhrases()[more]; ok {
				q, known, k = dossier.QualifierAbout, true, end
			}
		}
		if w == "" || !known {
			break
		}
		if q != "" {
			qual = q
		}
		j = skipSpaces(sc.f, k)
	}
	return j, qual
}

// commaEquivalentLeads are the lexicon's amount.same words, folded: an
// amount after a comma and one of them is the same sum in another
// currency.
var commaEquivalentLeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("amount", "same") {
		if f, _ := foldMap(p); f != "" {
			m[f] = true
		}
	}
	return m
})

// equivalentLeads are words that may open a parenthesised equivalent, with
// the qualifier they give ("" for none): the lexicon's one-word
// qualifier.about in every language ("ca.", "rd.", "environ", "circa"),
// and words that say the amounts are the same.
var equivalentLeads = sync.OnceValue(func() map[string]string {
	m := map[string]string{
		"~": dossier.QualifierAbout, "≈": dossier.QualifierAbout,
		"i.e.": "", "i.e.,": "", "ie": "", "or": "", "equivalent": "",
		"equal": "", "to": "", "soit": "", "eq.": "", "equiv.": "",
	}
	for _, p := range lexicon.Phrases("qualifier", "about") {
		if f, _ := foldMap(p); !strings.Contains(f, " ") {
			m[f] = dossier.QualifierAbout
		}
	}
	return m
})

// equivalentPhrases are the lexicon's qualifier.about phrases of several
// words, folded ("cerca de", "around about").
var equivalentPhrases = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("qualifier", "about") {
		if f, _ := foldMap(p); strings.Contains(f, " ") {
			m[f] = true
		}
	}
	return m
})

// leadWord reads the word at i up to a space: letters, digits' absence, and
// the dots and signs of abbreviations.
func leadWord(f string, i int) (string, int) {
	j := i
	for j < len(f) {
		r, n := utf8.DecodeRuneInString(f[j:])
		if isSpace(r) || unicode.IsDigit(r) || r == '(' || r == ')' {
			break
		}
		if _, sym := currencySymbols[string(r)]; sym {
			break
		}
		j += n
	}
	return f[i:j], j
}

func skipSpaces(f string, i int) int {
	for i < len(f) {
		r, n := utf8.DecodeRuneInString(f[i:])
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// matchAt reads an amount that starts at i: a currency then a number
// ("EUR 4 million", "€4m") or a number then a currency ("10 million EUR",
// "4 millions d'euros"). Money whose amount is out of range comes back not
// ok, with err set and end where it ends.
func (sc *moneyScanner) matchAt(i int) (rawMoney, bool) {
	f := sc.f
	if i >= len(f) {
		return rawMoney{}, false
	}
	if cur, j, ok := sc.currencyAt(i); ok {
		k := skipSpaces(f, j)
		if k-j > 3 || k >= len(f) || !isDigit(f[k]) {
			return rawMoney{}, false
		}
		amount, end, ok := numberAt(f, k)
		if !ok || !amountEnds(f, end) {
			return rawMoney{}, false
		}
		return checked(rawMoney{amount: amount, currency: cur, start: i, end: end})
	}
	var amount float64
	var end int
	if isDigit(f[i]) {
		if b := runeBefore(f, i); isWordRune(b) || b == '.' || b == ',' {
			return rawMoney{}, false
		}
		var ok bool
		if amount, end, ok = numberAt(f, i); !ok {
			return rawMoney{}, false
		}
	} else {
		// "vijf miljoen euro", "cuatro millones de euros": a number
		// written as a word, then a scale of a million or more. (Only
		// at a word's first small letter after a space: this runs at
		// every byte.)
		if f[i] < 'a' || f[i] > 'z' || i > 0 && f[i-1] != ' ' {
			return rawMoney{}, false
		}
		var ok bool
		if amount, end, ok = spelledMillions(f, i); !ok {
			return rawMoney{}, false
		}
	}
	j := skipSpaces(f, end)
	if j-end > 3 {
		return rawMoney{}, false
	}
	// "6 M€", "5,4 M€", "250 k€", "1,2 Md€": a scale letter written
	// against the currency's sign.
	for _, g := range gluedScales {
		if strings.HasPrefix(f[j:], g.word) {
			r, n := utf8.DecodeRuneInString(f[j+len(g.word):])
			if cur, ok := currencySymbols[string(r)]; ok {
				return checked(rawMoney{amount: scaled(amount, g.exp), currency: cur, start: i, end: j + len(g.word) + n})
			}
			// "12 M CAD", "3,2 M EUR": the scale letter on its own, then
			// a currency's code.
			if k := j + len(g.word); k < len(f) && f[k] == ' ' {
				if cur, e, ok := sc.currencyAt(k + 1); ok && e-(k+1) == 3 {
					return checked(rawMoney{amount: scaled(amount, g.exp), currency: cur, start: i, end: e})
				}
			}
		}
	}
	// "d'euros", "de dollars", "of euros"
	for _, link := range []string{"d'", "de ", "di ", "of ", "van "} {
		if strings.HasPrefix(f[j:], link) {
			j += len(link)
			break
		}
	}
	cur, k, ok := sc.currencyAt(j)
	if !ok {
		return rawMoney{}, false
	}
	// In "2014 EUR 5 million" the currency belongs to the number after it.
	if n := skipSpaces(f, k); n < len(f) && isDigit(f[n]) {
		return rawMoney{}, false
	}
	return checked(rawMoney{amount: amount, currency: cur, start: i, end: k})
}

// checked holds m to dossier.CheckAmount once it is known to be money: a
// long number with no currency ("99999999999999999999 views") is no error,
// only not money.
func checked(m rawMoney) (rawMoney, bool) {
	if err := dossier.CheckAmount(m.amount); err != nil {
		return rawMoney{start: m.start, end: m.end, err: err}, false
	}
	return m, true
}

// amountEnds reports whether an amount may end at i: not inside a word or
// a longer number.
func amountEnds(f string, i int) bool {
	return !isWordRune(runeAt(f, i))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// currencyAt reads a currency symbol, code or name at i and returns its
// ISO code and where it ends.
func (sc *moneyScanner) currencyAt(i int) (string, int, bool) {
	f := sc.f
	if i >= len(f) {
		return "", 0, false
	}
	r, n := utf8.DecodeRuneInString(f[i:])
	before := runeBefore(f, i)
	if unicode.IsLetter(r) {
		if unicode.IsLetter(before) || unicode.IsDigit(before) {
			return "", 0, false
		}
		j := i
		for j < len(f) && 'a' <= f[j] && f[j] <= 'z' {
			j++
		}
		if j < len(f) && f[j] == '$' {
			if code, ok := dollarPrefixes[f[i:j]]; ok {
				return code, j + 1, true
			}
		}
		for _, p := range currencyPhrases[f[i]] {
			if strings.HasPrefix(f[i:], p) && !unicode.IsLetter(runeAt(f, i+len(p))) {
				return currencyWords[p], i + len(p), true
			}
		}
		if j-i == 3 && !unicode.IsLetter(runeAt(f, j)) {
			code := sc.orig[sc.idx[i]:sc.idx[j]]
			if code == strings.ToUpper(f[i:j]) && IsCurrency(code) && !(sc.prose && wordlikeCodes[code]) {
				return code, j, true
			}
		}
		return "", 0, false
	}
	if code, ok := currencySymbols[string(r)]; ok {
		// "ABC$" is no currency we know.
		if unicode.IsLetter(before) {
			return "", 0, false
		}
		return code, i + n, true
	}
	return "", 0, false
}

// numberAt reads a number at i, with its thousands separators, decimal mark
// and a scale word after it ("5.56 million", "€4m"), and returns its value
// in units and where it ends.
func numberAt(f string, i int) (float64, int, bool) {
	type group struct {
		sep    byte // 0 before the first group; ' ' for any space
		digits string
	}
	j := i
	for j < len(f) && isDigit(f[j]) {
		j++
	}
	if j-i > maxDigits {
		return 0, 0, false
	}
	groups := []group{{0, f[i:j]}}
	for j < len(f) {
		r, n := utf8.DecodeRuneInString(f[j:])
		var sep byte
		switch {
		case r == ',' || r == '.' || r == '\'':
			sep = byte(r)
		case isSpace(r) && r != '\n' && r != '\t':
			sep = ' '
		default:
		}
		if sep == 0 || j+n >= len(f) || !isDigit(f[j+n]) {
			break
		}
		k := j + n
		for k < len(f) && isDigit(f[k]) {
			k++
		}
		run := f[j+n : k]
		prev := groups[len(groups)-1].digits
		// Spaces and apostrophes only group thousands, after a short group.
		if (sep == ' ' || sep == '\'') && (len(run) != 3 || len(prev) > 3) {
			break
		}
		groups = append(groups, group{sep, run})
		j = k
		if k-i > 2*maxDigits {
			return 0, 0, false
		}
	}
	end := j

	// Work out the decimal mark: the last separator, if it is a comma or a
	// dot used once and is not grouping thousands.
	count := map[byte]int{}
	for _, g := range groups[1:] {
		count[g.sep]++
	}
	last := groups[len(groups)-1]
	decimal := false
	if len(groups) > 1 && (last.sep == ',' || last.sep == '.') && count[last.sep] == 1 {
		if len(groups) > 2 {
			decimal = true
		} else {
			first := groups[0].digits
			decimal = len(last.digits) != 3 || len(first) > 3 || first == "0"
			// "EUR 4.945 million", "1,250 milliards": before a scale
			// word one mark with three digits after it is the decimal
			// mark (nobody writes 4,945,000,000 as "4,945 million").
			if _, _, ok := scaleAt(f, j); ok && !decimal {
				decimal = true
			}
		}
	}
	thousands := groups[1:]
	if decimal {
		thousands = groups[1 : len(groups)-1]
	}
	if len(thousands) > 0 && len(groups[0].digits) > 3 {
		return 0, 0, false
	}
	var whole strings.Builder
	whole.WriteString(groups[0].digits)
	for _, g := range thousands {
		if len(g.digits) != 3 {
			return 0, 0, false
		}
		whole.WriteString(g.digits)
	}
	frac := ""
	if decimal {
		frac = last.digits
	}
	if whole.Len()+len(frac) > maxDigits {
		return 0, 0, false
	}

	exp := 0
	if sc, k, ok := scaleAt(f, end); ok {
		exp, end = sc.exp, k
	}
	// Move the decimal point by the scale in the digits, so "5.56 million"
	// is exactly 5560000.
	intPart, fracPart := whole.String(), frac
	for range exp {
		if fracPart != "" {
			intPart += fracPart[:1]
			fracPart = fracPart[1:]
		} else {
			intPart += "0"
		}
	}
	num := intPart
	if fracPart != "" {
		num += "." + fracPart
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v < 0 {
		return 0, 0, false
	}
	return v, end, true
}

// maxNumberWord is the longest of numberWords, in bytes ("dieciocho").
const maxNumberWord = 9

// spelledMillions reads, at i in folded text, a number written as a word
// (numberWords, the words durations are read with) and a scale word of a
// million or more after it ("vijf miljoen", "tres milhoes"): the amount
// and where the scale ends. Smaller scales are not
// read ("dos mil" is two thousand, no project's amount), nor a number word
// alone ("one euro").
func spelledMillions(f string, i int) (float64, int, bool) {
	// (Cheap tests first, as this runs at every word: a number word is
	// short, and every scale of a million or more opens on "m" or "b".)
	j := i
	for j < len(f) && j-i <= maxNumberWord {
		r, n := utf8.DecodeRuneInString(f[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	if j == i || j-i > maxNumberWord || j+1 >= len(f) || f[j] != ' ' || f[j+1] != 'm' && f[j+1] != 'b' {
		return 0, 0, false
	}
	v, ok := numberWords[f[i:j]]
	if !ok {
		return 0, 0, false
	}
	sc, end, ok := scaleAt(f, j)
	if !ok || sc.attached || sc.exp < 6 {
		return 0, 0, false
	}
	return scaled(float64(v), sc.exp), end, true
}

// scaled is amount times ten to the exp, as the decimal it is written
// as: 8.2 × 10⁶ in binary floating point is 8199999.999999999, which is
// no amount anyone wrote ("8,2 M€").
func scaled(amount float64, exp int) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(amount, 'f', -1, 64)+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return amount * math.Pow10(exp)
	}
	return v
}

// scaleAt reads a scale word after a number at i: " million", "m", " bn".
func scaleAt(f string, i int) (scale, int, bool) {
	j := skipSpaces(f, i)
	if j-i > 3 {
		return scale{}, 0, false
	}
	// "$12-million", "EUR 5-million grant": a scale word joined by a hyphen.
	hyphen := j == i && j < len(f) && f[j] == '-'
	if hyphen {
		j++
	}
	for _, s := range scales {
		// "€4m", and in tables "EUR 10.4 m": a scale letter against the
		// number or one space after it.
		if s.attached && (j-i > 1 || hyphen || j > i && unicode.Is(unicode.Sc, runeAt(f, j+len(s.word)))) {
			continue // "5,4 M€" is the glued scale of the sign after it
		}
		end := j + len(s.word)
		if !strings.HasPrefix(f[j:], s.word) || unicode.IsLetter(runeAt(f, end)) {
			continue
		}
		if !unicode.IsDigit(runeAt(f, end)) {
			return s, end, true
		}
		// "USD 3.8 m2", "EUR 4 million1": one digit against the scale
		// is a footnote's mark.
		if r := runeAt(f, end+1); !unicode.IsDigit(r) && !unicode.IsLetter(r) {
			return s, end + 1, true
		}
	}
	return scale{}, 0, false
}

// qualifierPhrases are what may stand before an amount, as folded words,
// with the qualifier each gives, longest first: the lexicon's
// qualifier.up_to, qualifier.about, qualifier.target and qualifier.total
// entries in every language ("up to", "jusqu'à", "bis zu", "environ").
var qualifierPhrases = func() []qualifierPhrase {
	kinds := map[string]string{"up_to": dossier.QualifierUpTo, "about": dossier.QualifierAbout,
		"target": dossier.QualifierTarget, "total": dossier.QualifierTotal}
	var out []qualifierPhrase
	seen := map[string]bool{}
	for _, kind := range []string{"up_to", "about", "target", "total"} {
		for _, p := range lexicon.Phrases("qualifier", kind) {
			f, _ := foldMap(strings.ToLower(p))
			ws := strings.Fields(f)
			if len(ws) == 0 || seen[strings.Join(ws, " ")] {
				continue
			}
			seen[strings.Join(ws, " ")] = true
			out = append(out, qualifierPhrase{ws, kinds[kind]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].words) > len(out[j].words) })
	return out
}()

// qualifierPhrase is a qualifier's words, folded.
type qualifierPhrase struct {
	words     []string
	qualifier string
}

// qualifierFillers may stand between a qualifier and its amount: "target
// budget of", "up to a total amount of" (the lexicon's qualifier.filler).
var qualifierFillers = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("qualifier", "filler") {
		f, _ := foldMap(strings.ToLower(p))
		m[f] = true
	}
	return m
}()

// prefixQualifier reads the qualifier stated in f[lo:start], right before an
// amount. phraseStart is where the qualifier phrase starts if nothing but
// spaces separates it from the amount, else -1.
func prefixQualifier(f string, lo, start int) (qualifier string, phraseStart int) {
	type word struct {
		text string
		pos  int
	}
	var words []word
	for i := lo; i < start; {
		r, n := utf8.DecodeRuneInString(f[i:])
		if isSpace(r) || strings.ContainsRune(":,;()\"*[]", r) {
			if r == '\n' || r == ';' {
				words = words[:0]
			}
			i += n
			continue
		}
		j := i
		for j < start {
			r, n := utf8.DecodeRuneInString(f[j:])
			if isSpace(r) || strings.ContainsRune(":,;()\"*[]", r) {
				break
			}
			j += n
		}
		words = append(words, word{f[i:j], i})
		i = j
	}
	// A word that ends a sentence cuts off what comes before it.
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k].text
		if strings.HasSuffix(w, ".") && !isAbbreviation(w) {
			words = words[k+1:]
			break
		}
	}
	if len(words) > 6 {
		words = words[len(words)-6:]
	}
	stripped := 0
	for len(words) > 0 && stripped < 4 && qualifierFillers[words[len(words)-1].text] {
		words = words[:len(words)-1]
		stripped++
	}
	for _, p := range qualifierPhrases {
		if len(p.words) > len(words) {
			continue
		}
		tail := words[len(words)-len(p.words):]
		match := true
		for k, w := range p.words {
			if tail[k].text != w {
				match = false
				break
			}
		}
		if match {
			phraseStart = -1
			if stripped == 0 && strings.TrimFunc(f[tail[len(tail)-1].pos+len(tail[len(tail)-1].text):start], isSpace) == "" {
				phraseStart = tail[0].pos
			}
			return p.qualifier, phraseStart
		}
	}
	return dossier.QualifierTotal, -1
}

func isAbbreviation(w string) bool {
	switch w {
	case "ca.", "c.", "approx.", "env.", "max.", "i.e.", "e.g.", "appr.", "est.":
		return true
	}
	return false
}

// DollarOf returns the currency a bare "$" means in a giver's own
// record: its country's currency when CLDR writes that with "$" ("12 000
// 000,00 $" on Global Affairs Canada's page is CAD, "$" in Mexico's is
// MXN). ok is false when the giver is no country or its currency has
// another sign.
func DollarOf(giver string) (code string, ok bool) {
	cc, found := CountryCode(giver)
	if !found {
		return "", false
	}
	region, err := language.ParseRegion(cc)
	if err != nil {
		return "", false
	}
	unit, found := currency.FromRegion(region)
	if !found || fmt.Sprint(currency.NarrowSymbol(unit)) != "$" {
		return "", false
	}
	return unit.String(), true
}
