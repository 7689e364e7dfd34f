package normalize

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
)

// monthNames maps folded month names and abbreviations in English, French,
// German, Spanish, Italian, Portuguese and Dutch to month numbers. No name
// means different months in two languages.
var monthNames = map[string]int{
	// English
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// French
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	"janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7,
	// German
	"januar": 1, "janner": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12, "okt": 10, "dez": 12, "mrz": 3,
	// Spanish
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"ene": 1, "abr": 4, "ago": 8, "dic": 12,
	// Italian
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
	// Portuguese and Italian abbreviations ("out. 2019 – dez. 2024", "ott.
	// 2021")
	"set": 9, "out": 10, "ott": 10, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}

// dateNoise are words that may stand between the parts of a written date
// ("1º de enero de 2014", "the 1st of January 2014"), introduce it ("as of
// 3 April 2025", "Version 22 April 2019") or name the weekday.
var dateNoise = map[string]bool{
	"de": true, "del": true, "of": true, "the": true, "le": true, "el": true,
	"der": true, "den": true, "dem": true, "di": true, "do": true, "da": true, "on": true, "am": true,
	"il": true, // "tra il 1° aprile 2020 e il 31 marzo 2024"
	"as": true, "dated": true, "version": true, "updated": true,
	// the second part of a Portuguese weekday ("segunda-feira"), a word
	// of its own ("feira", a fair) elsewhere, so no weekday.
	"feira": true,
}

// weekdays are the days' names in the languages dossier reads, folded
// (fold): a date may open with one ("Domenica 18 giugno 2023", "Monday,
// 3 April 2023"), and the date is the same without it. Portuguese writes
// "segunda-feira": its first part names the day.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miercoles": true, "jueves": true, "viernes": true,
	"sabado": true, "domingo": true,
	"segunda": true, "terca": true, "quarta": true, "quinta": true, "sexta": true,
	"lunedi": true, "martedi": true, "mercoledi": true, "giovedi": true, "venerdi": true,
	"sabato": true, "domenica": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true,
	"samstag": true, "sonnabend": true, "sonntag": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true,
	"zaterdag": true, "zondag": true,
}

// IsWeekday reports a day's name in one of dossier's languages, in any
// case and with or without its accents: "Domenica", "miércoles".
func IsWeekday(word string) bool { return weekdays[fold(word)] }

// ordinalSuffixes follow a day number: "1st", "1er", "1ère", "1º", "2nd".
var ordinalSuffixes = map[string]bool{
	"st": true, "nd": true, "rd": true, "th": true, "er": true, "ere": true, "re": true,
	"e": true, "eme": true, "o": true, "a": true, "ro": true,
}

// dateParts is a date as far as a text states it; 0 means not stated.
type dateParts struct {
	day, month, year int
}

func (p dateParts) onlyYear() bool { return p.year != 0 && p.month == 0 && p.day == 0 }

// date validates p and returns it as a Date with the precision it states.
func (p dateParts) date() (dossier.Date, error) {
	switch {
	case p.year == 0:
		return dossier.Date{}, errors.New("no year")
	case p.year < 1000 || p.year > 9999:
		return dossier.Date{}, fmt.Errorf("year %d out of range", p.year)
	case p.day != 0 && p.month == 0:
		return dossier.Date{}, errors.New("day without a month")
	case p.month == 0:
		return dossier.Date{Year: p.year, Month: 1, Day: 1, Precision: dossier.PrecisionYear}, nil
	case p.month < 1 || p.month > 12:
		return dossier.Date{}, fmt.Errorf("month %d out of range", p.month)
	case p.day == 0:
		return dossier.Date{Year: p.year, Month: p.month, Day: 1, Precision: dossier.PrecisionMonth}, nil
	case p.day < 1 || p.day > daysIn(p.year, p.month):
		return dossier.Date{}, fmt.Errorf("%s %d has no day %d", time.Month(p.month), p.year, p.day)
	}
	return dossier.Date{Year: p.year, Month: p.month, Day: p.day, Precision: dossier.PrecisionDay}, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ParseDate reads one date and the precision it is stated with: "2014",
// "January 2014", "Sept. 2020", "1 January 2014", "January 1st, 2014",
// "2014-01-31", "2014-01", "31/12/2020", "31.12.2020", "31-12-2020",
// "1er janvier 2014", "31 décembre 2020", "Dezember 2021", "1º de enero de
// 2014". Numeric dates are day first. Case, diacritics and surrounding
// spaces and punctuation do not matter. A month-precision date is the first
// of its month, a year-precision date 1 January. The error names the input
// and why it is not a date.
func ParseDate(s string) (dossier.Date, error) {
	p, err := parseDateParts(fold(s))
	if err == nil {
		var d dossier.Date
		if d, err = p.date(); err == nil {
			return d, nil
		}
	}
	return dossier.Date{}, fmt.Errorf("parse date %s: %w", quoteInput(s), err)
}

// parseDateParts reads what a folded text states of a date, possibly
// without a year ("1 January", "March") or a month ("15"), as the first half
// of a range may be. It does not validate the values.
func parseDateParts(f string) (dateParts, error) {
	t := trimPunct(f)
	if t == "" {
		return dateParts{}, errors.New("empty")
	}
	if p, ok, err := parseNumericDate(t); ok {
		return p, err
	}
	var p dateParts
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case '0' <= r && r <= '9':
			j := i
			for j < len(t) && '0' <= t[j] && t[j] <= '9' {
				j++
			}
			num := t[i:j]
			k := j
			for k < len(t) && 'a' <= t[k] && t[k] <= 'z' {
				k++
			}
			if k > j && ordinalSuffixes[t[j:k]] && !isWordRune(runeAt(t, k)) {
				j = k
			}
			if err := p.addNumber(num); err != nil {
				return dateParts{}, err
			}
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(t) {
				r, n := utf8.DecodeRuneInString(t[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			w := t[i:j]
			if m, ok := monthNames[w]; ok {
				if p.month != 0 {
					return dateParts{}, errors.New("two months")
				}
				p.month = m
			} else if !dateNoise[w] && !weekdays[w] {
				return dateParts{}, fmt.Errorf("unexpected word %q", w)
			}
			i = j
		default:
			i += size
		}
	}
	if p == (dateParts{}) {
		return dateParts{}, errors.New("no date")
	}
	return p, nil
}

// addNumber places a number of a written date: four digits are the year,
// one or two the day.
func (p *dateParts) addNumber(num string) error {
	n, err := strconv.Atoi(num)
	if err != nil || len(num) > 4 {
		return fmt.Errorf("number %q is not part of a date", num)
	}
	switch {
	case len(num) == 4:
		if p.year != 0 {
			return errors.New("two years")
		}
		if n < 1000 {
			return fmt.Errorf("year %s out of range", num)
		}
		p.year = n
	case len(num) <= 2:
		if p.day != 0 {
			return errors.New("two day numbers")
		}
		if n == 0 {
			return errors.New("day 0")
		}
		p.day = n
	default:
		return fmt.Errorf("number %q is not part of a date", num)
	}
	return nil
}

// parseNumericDate reads dates written in digits and one kind of separator:
// "2014", "2014-01-31", "2014/01/31", "2014-01", "31/12/2020", "31.12.2020",
// "31-12-2020", "12/2020", and a lone day "15". ok is false if t is not
// digits and separators.
func parseNumericDate(t string) (p dateParts, ok bool, err error) {
	var sep byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case '0' <= c && c <= '9':
		case c == '.' || c == '/' || c == '-':
			if sep != 0 && c != sep {
				return dateParts{}, true, errors.New("mixed separators")
			}
			sep = c
		default:
			return dateParts{}, false, nil
		}
	}
	fields := strings.Split(t, string([]byte{sep}))
	if sep == 0 {
		fields = []string{t}
	}
	nums := make([]int, len(fields))
	for i, f := range fields {
		if f == "" || len(f) > 4 {
			return dateParts{}, true, fmt.Errorf("%q is not a numeric date", t)
		}
		nums[i], _ = strconv.Atoi(f)
	}
	zero := func(n int, what string) error {
		if n == 0 {
			return fmt.Errorf("%s 0", what)
		}
		return nil
	}
	switch {
	case len(fields) == 1 && len(fields[0]) == 4:
		p = dateParts{year: nums[0]}
	case len(fields) == 1 && len(fields[0]) <= 2:
		p = dateParts{day: nums[0]}
		err = zero(p.day, "day")
	case len(fields) == 2 && len(fields[0]) == 4 && len(fields[1]) <= 2 && sep != '.':
		p = dateParts{year: nums[0], month: nums[1]}
		err = zero(p.month, "month")
	case len(fields) == 2 && len(fields[0]) <= 2 && len(fields[1]) == 4:
		p = dateParts{month: nums[0], year: nums[1]}
		err = zero(p.month, "month")
	case len(fields) == 3 && len(fields[0]) == 4 && len(fields[1]) <= 2 && len(fields[2]) <= 2:
		p = dateParts{year: nums[0], month: nums[1], day: nums[2]}
		err = firstErr(zero(p.month, "month"), zero(p.day, "day"))
	case len(fields) == 3 && len(fields[0]) <= 2 && len(fields[1]) <= 2 && len(fields[2]) == 4:
		p = dateParts{day: nums[0], month: nums[1], year: nums[2]}
		err = firstErr(zero(p.month, "month"), zero(p.day, "day"))
	default:
		return dateParts{}, true, fmt.Errorf("%q is not a numeric date", t)
	}
	if p.year != 0 && p.year < 1000 {
		err = fmt.Errorf("year %d out of range", p.year)
	}
	return p, true, err
}

// firstErr returns the first error that is not nil.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
