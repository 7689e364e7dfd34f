package extract

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

// dateText matches a written date in the languages dossier reads: "22
// April 2019", "3rd April 2025", "April 22, 2019", "24 de octubre de 2018",
// "1er avril 2020", "4. September 2023", "Juni 2020", "marzo de 2024",
// "2019-04-22", "22/04/2019", "15.02.2022". normalize.ParseDate decides
// whether a match is a date.
const dateText = `(?:\d{1,2}(?:st|nd|rd|th|er|º|o)?\.?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}[./]\d{4}|\p{L}{3,}\s+(?:de\s+)?\d{4})`

var (
	// labelledDate is an as-of label of the lexicon followed by a date:
	// "Last updated: 14/03/2017", "Stand: Juni 2020", "Mise à jour : 9
	// novembre 2021", "Pubblicato il 12 dicembre 2023".
	labelledDate = sync.OnceValue(func() *regexp.Regexp {
		var labels, phrases []string
		for _, p := range allAsOfLabels() {
			labels = append(labels, regexp.QuoteMeta(p))
			if strings.Contains(p, " ") {
				phrases = append(phrases, regexp.QuoteMeta(p))
			}
		}
		longFirst := func(ls []string) string {
			sort.Slice(ls, func(i, j int) bool { return len(ls[i]) > len(ls[j]) })
			return strings.Join(ls, "|")
		}
		// A label, maybe a colon and a preposition, then the date; or a
		// label of several words, a few words that open with a
		// preposition, and a colon ("Data last updated by publisher:",
		// "Última actualización de la ficha:"). (Not a one-word label:
		// "Datum van ondertekening:" is another date.)
		return regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:` + longFirst(labels) + `)\s*:?\s*(?:(?:on|le|el|am|il|em|the|del|du|au|al|a|à|a la|à la|de|of)\s+)?|(?:` + longFirst(phrases) + `)\s+(?:de|of|du|des|del|della|di|van|der|do|da|dieser|this|by|in|par|por|von|door|dal|dalla|nel|en|no|na|im)(?:\s+\p{L}+){0,2}\s*:\s*)(` + dateText + `)`)
	})
	// dateline is a place and a date opening a text: "Strasbourg, 19
	// October 2020", "Cotonou, le 15 octobre 2020", "Bonn/Eschborn,
	// 15.02.2022.", "Maputo, 27 January 2022 – The Netherlands …".
	// The place may carry its country in brackets ("San José (Costa
	// Rica), 27 de enero de 2022 –") or after a comma and a dash ("SUVA,
	// Fiji — 9 November 2022").
	dateline = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]+(?:[ /-]+\p{Lu}?[\p{L}'’.-]+){0,3})(?:\s*\([\p{L} .'’-]+\))?(?:,\s*\p{Lu}[\p{L} -]+?\s+(?:[–—]\s+)?|,\s*)(?:(?:le|el|den|am|im|il|em)\s+)?(` + dateText + `)\s*(?:\([^)]*\)\s*)?(?:[.–—-]|$)`)
	// onlyDate is a line that says nothing but a date.
	onlyDate = regexp.MustCompile(`^(?:(?:le|el|den|am|il|em|on)\s+)?(` + dateText + `)\.?$`)
	// asOfWords are the older English patterns a label does not cover.
	asOfWords = regexp.MustCompile(`(?i)\b(?:état|situation)\s+(?:au|le)\s+(` + dateText + `)`)
	// partSep splits a short line into its parts: "Factsheet · July 2022".
	partSep = regexp.MustCompile(`\s+[·|•]\s+`)
	dashSep = regexp.MustCompile(`\s+[–—-]\s+`)
	// clockTail is a time after a date: "5 Mar 2020, 10:42", "2022-03-15
	// às 16h40", "12.05.2023 um 14:30 Uhr".
	clockTail = regexp.MustCompile(`(?i)[,\s]+(?:(?:at|às|à|a las|um|alle|om|ore)\s+)?\d{1,2}[:h.]\d{2}(?:\s*(?:h|uhr|am|pm))?$`)
	// refTail is a press release's number after its date: "September 16,
	// 2025 E-187/25", "15 mars 2023 · CP/2023/41".
	refTail = regexp.MustCompile(`\s+\p{Lu}{1,4}[-/]?\d{1,4}/\d{2,4}$`)
	// placeAfter is a place after a date and a dash: "16 de marzo de 2022
	// – Washington, D.C.".
	placeAfter = regexp.MustCompile(`^\p{Lu}[\p{L}'’. ]*(?:,\s*\p{Lu}[\p{L}'’. ]*)?$`)
	// dayRange is "10–11 October": the days of a meeting.
	// (Not the month and day of "2022-03-15 às 16h40".)
	dayRange = regexp.MustCompile(`(^|[^\d\-–/.])(\d{1,2})[–-]\d{1,2}(\s+\p{L})`)
)

// maxAsOfLines bounds where a bare date or a dateline is looked for: a
// document says when it speaks near its start, and a date deep inside is
// an event's.
const maxAsOfLines = 40

// AsOf finds the date a document speaks from: its metadata's date, then a
// labelled date ("Last updated", "Mise à jour", in the lexicon's
// languages) anywhere, then a dateline or a line that is only a date near
// the start. A date its figures stand at ("Stand: 31.12.2022", "as at",
// asof.data) counts where no dateline gives a later one (dataOrLater). A
// copyright line never counts. It returns nil when the document states
// none.
//
// It runs once per document, in the worker beside the parsing, and looks
// at every line: cheap guards come before each pattern. Every pattern
// needs a digit (each form of dateText has one), so a line without one is
// passed over; the labelled-date pattern needs one of the labels, so a
// line that contains none, case folded, is passed over too. The guards
// only skip lines the patterns could not match: the result is what the
// patterns alone give (TestAsOf_SameAsPatterns).
func AsOf(blocks []dossier.Block, meta map[string]string) (*dossier.Date, string) {
	d, q, _ := AsOfAndFigures(blocks, meta)
	return d, q
}

// AsOfAndFigures is AsOf, and the date the document's figures stand at
// where it is another than the one AsOf gives (a report's "Stand:
// 31.12.2022" beside its dateline "Bonn, im März 2023"), else nil.
func AsOfAndFigures(blocks []dossier.Block, meta map[string]string) (asOf *dossier.Date, quote string, figures *dossier.Date) {
	if d, q := asOfFromMeta(meta); d != nil {
		return d, q, nil
	}
	var lines []string
	// A pair's value alone, for datelines only: a letterhead's
	// "CONSEIL DE L'EUROPE | Strasbourg, 5 March 2024" read as a label
	// and its value. (Not for a bare date: "Start | 1 March 2021" is no
	// document's date.)
	var pairValues []string
	for _, b := range blocks {
		if b.Label != "" && len(pairValues) < maxAsOfLines {
			pairValues = append(pairValues, collapse(b.Text))
		}
		text := blockLine(b)
		for len(text) > 0 {
			line, rest, _ := strings.Cut(text, "\n")
			text = rest
			line = collapse(line)
			if line == "" || isCopyright(line) {
				continue
			}
			lines = append(lines, line)
		}
	}
	stated, statedQ, data, dataQ := findLabelled(lines, mayHaveLabel)
	if stated != nil {
		return stated, statedQ, figuresBeside(data, stated)
	}
	// The footer's stated date as the body's would be: after the body's
	// figures' date, an earlier one is a former edition's.
	footer := strings.Split(meta[MetaFooter], "\n")
	if d, q, fd, fq := findLabelled(footer, mayHaveLabel); d != nil && (data == nil || !d.Before(*data)) {
		return d, q, figuresBeside(data, d)
	} else if data == nil {
		data, dataQ = fd, fq
	}
	d, q, isDateline := unlabelledAsOf(lines, pairValues)
	d, q = dataOrLater(data, dataQ, d, q, isDateline)
	return d, q, figuresBeside(data, d)
}

// figuresBeside is the figures' date data, where the document's date is
// another.
func figuresBeside(data, asOf *dossier.Date) *dossier.Date {
	if data == nil || asOf == nil || *data == *asOf {
		return nil
	}
	return data
}

// find returns the first date re captures in lines that guard passes.
func find(re *regexp.Regexp, guard func(string) bool, lines []string) (*dossier.Date, string) {
	for _, line := range lines {
		if !hasDigit(line) || guard != nil && !guard(line) {
			continue
		}
		m := re.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		d, err := normalize.ParseDate(line[m[2]:m[3]])
		if err != nil {
			continue
		}
		return &d, strings.TrimSpace(strings.TrimRight(line[m[0]:m[1]], ".–—- "))
	}
	return nil, ""
}

// maxLabelsPerLine bounds the labelled dates findLabelled reads in one
// line.
const maxLabelsPerLine = 20

// findLabelled returns the first date in lines under a label of when the
// document was published or updated (stated), and the first under a label
// of when its figures stand (data: asof.data, or any label in brackets,
// "Tabelle 1 (Stand: 31.12.2022)", "(revised May 2023)", which dates the
// table or figure it is attached to). It stops at the first stated one.
func findLabelled(lines []string, guard func(string) bool) (stated *dossier.Date, statedQ string, data *dossier.Date, dataQ string) {
	for _, line := range lines {
		if !hasDigit(line) || guard != nil && !guard(line) {
			continue
		}
		// (With a guard, once the figures' date is found, a line without
		// a stated label is passed over: it could only give another.)
		if guard != nil && data != nil && !mayHaveStatedLabel(line) {
			continue
		}
		// One match at a time, not FindAll: a stated date ends the search
		// without matching the rest of a long line. (Each match ends on
		// a date's digit, so the next one's non-letter before its label
		// holds where the slice starts.)
		// At most maxLabelsPerLine: a line of more labelled dates is a
		// table's or a list's, and each match costs a call of the
		// pattern.
		for pos, n := 0, 0; pos < len(line) && n < maxLabelsPerLine; n++ {
			m := labelledDate().FindStringSubmatchIndex(line[pos:])
			if m == nil {
				break
			}
			for i := range m {
				if m[i] >= 0 {
					m[i] += pos
				}
			}
			pos = max(m[1], pos+1)
			q := strings.TrimSpace(strings.TrimRight(line[m[0]:m[1]], ".–—- "))
			isData := dataLabelled(q)
			// (Only the first figures' date counts: the others are not
			// parsed, so a line of them costs what its matching does.)
			if isData && data != nil || issueNumber(q, line[m[2]:m[3]]) {
				continue
			}
			d, err := normalize.ParseDate(line[m[2]:m[3]])
			if err != nil {
				continue
			}
			if !isData {
				// (After the figures' date, an earlier one is a former
				// edition's: "vervangt de versie van maart 2023".)
				if data != nil && d.Before(*data) {
					continue
				}
				return &d, q, data, dataQ
			}
			if data == nil {
				data, dataQ = &d, q
			}
		}
	}
	return nil, "", data, dataQ
}

// dataLabelled says a labelled date's quote dates figures, not the
// document: its label is one of asof.data ("Stand:", "as at"), or it
// opens in a bracket.
func dataLabelled(q string) bool {
	if strings.HasPrefix(q, "(") || strings.HasPrefix(q, "[") {
		return true
	}
	return opensOnLabel(q, dataLabels())
}

// opensOnLabel says quote, past what opens it before a letter, opens on
// one of labels (folded) as a whole word.
func opensOnLabel(quote string, labels []string) bool {
	f := foldLabel(strings.TrimLeftFunc(quote, func(r rune) bool { return !unicode.IsLetter(r) }))
	for _, l := range labels {
		if rest, ok := strings.CutPrefix(f, l); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// issueNumber says a labelled date is a periodical's issue and year
// ("Ausgabe 4/2023", "Edition 2/2024"): a number and a year after a label
// of asof.edition.
func issueNumber(quote, date string) bool {
	return issueDate.MatchString(date) && opensOnLabel(quote, editionLabels())
}

// issueDate is a number and a year: "4/2023".
var issueDate = regexp.MustCompile(`^\d{1,2}/\d{4}$`)

// editionLabels are the lexicon's asof.edition labels, folded.
var editionLabels = sync.OnceValue(func() []string {
	var out []string
	for _, p := range lexicon.Phrases("asof", "edition") {
		out = append(out, foldLabel(p))
	}
	return out
})

// dataOrLater picks a document's date between the date its figures stand
// at (data) and one it states unlabelled near its start (d). A dateline
// not earlier than the data's is when the document speaks: a report "as
// at 31 December 2021" signed "Vienna, 31 March 2022". A date alone or
// after a day's name is not: an event's programme "as of 2 November 2022"
// gives the event's days ("Tuesday, 8 November 2022") and a brochure its
// project's end ("September 2027"). Without a data date, any d is the
// document's.
func dataOrLater(data *dossier.Date, dataQ string, d *dossier.Date, q string, isDateline bool) (*dossier.Date, string) {
	if data == nil || d != nil && isDateline && !d.Before(*data) {
		return d, q
	}
	return data, dataQ
}

// unlabelledAsOf finds a dateline, a line that is only a date, or a date
// after a day's name near the start of lines (pairValues: the values of
// label/value pairs, for datelines).
func unlabelledAsOf(lines, pairValues []string) (d *dossier.Date, q string, isDateline bool) {
	head := lines[:min(len(lines), maxAsOfLines)]
	// The parts of short lines too: "Final conference · Belgrade, 14
	// June 2023", "2e comité de pilotage – Niamey, 22 novembre 2022",
	// "Factsheet · July 2022". A dash splits only for a dateline (place,
	// comma, date): a period's end is no bare date.
	var parts, datelines []string
	for _, l := range head {
		if !hasDigit(l) {
			continue // nor any part of it: no pattern below matches
		}
		// "Tbilisi, 10–11 October 2023": a meeting's first day.
		if strings.ContainsAny(l, "-–") {
			l = dayRange.ReplaceAllString(l, "$1$2$3")
		}
		parts = append(parts, l)
		datelines = append(datelines, l)
		if len(strings.Fields(l)) <= 20 {
			ps := partSep.Split(l, -1)
			if len(ps) > 1 {
				parts = append(parts, ps...)
			}
			// A date with its time or its number after it is a date.
			for _, p := range ps {
				if t := refTail.ReplaceAllString(clockTail.ReplaceAllString(p, ""), ""); t != p {
					parts = append(parts, t)
				}
			}
			if ds := dashSep.Split(l, -1); len(ds) > 1 {
				datelines = append(datelines, ds...)

				// "16 de marzo de 2022 – Washington, D.C.": a date and
				// then its place.
				if len(ds) == 2 && placeAfter.MatchString(ds[1]) && !monthWord(ds[1]) {
					parts = append(parts, ds[0])
				}
			}
			datelines = append(datelines, ps...)
		}
	}
	if d, q := find(dateline, notWeekdayFirst, datelines); d != nil {
		return d, q, true
	}
	if d, q := find(dateline, notWeekdayFirst, pairValues); d != nil {
		return d, q, true
	}
	for _, re := range []*regexp.Regexp{onlyDate, asOfWords} {
		if d, q := find(re, nil, parts); d != nil {
			return d, q, false
		}
	}
	// Last, a date after a day's name: a site's banner gives today's
	// date so, above the article's own ("Sexta-feira, 19 de Maio de
	// 2023" over "18 de Maio de 2023, 09:12").
	d, q = findWeekdayDate(parts)
	return d, q, false
}

// weekdayDate is a word, then a date: the word must be a day's name
// (normalize.IsWeekday) for the date to be the document's, as in a
// newspaper's masthead ("Il Corriere – Domenica 18 giugno 2023 · N.
// 166") or a bulletin's head ("Montag, 4. September 2023").
var weekdayDate = regexp.MustCompile(`(?:^|[^\p{L}])(\p{L}+)(?:-feira)?,?\s+(?:(?:le|el|den|der|am|il|em|on|the)\s+)?(` + dateText + `)`)

// notWeekdayFirst reports a line whose first word is no day's name: a
// dateline opens with a place, and "Quinta-feira, 9 de março de 2023" is
// a site's banner (findWeekdayDate reads it, last).
func notWeekdayFirst(line string) bool {
	w, _, _ := strings.Cut(line, " ")
	w = strings.TrimSuffix(strings.TrimRight(w, ","), "-feira")
	return !normalize.IsWeekday(w)
}

// findWeekdayDate returns the first date after a day's name in lines.
func findWeekdayDate(lines []string) (*dossier.Date, string) {
	for _, line := range lines {
		if !hasDigit(line) {
			continue
		}
		for _, m := range weekdayDate.FindAllStringSubmatchIndex(line, -1) {
			if !normalize.IsWeekday(line[m[2]:m[3]]) {
				continue
			}
			if d, err := normalize.ParseDate(line[m[4]:m[5]]); err == nil {
				return &d, strings.TrimSpace(line[m[2]:m[5]])
			}
		}
	}
	return nil, ""
}

// titleParts splits a title at its dashes and bars.
var titleParts = regexp.MustCompile(`\s+[–—|·•-]\s+`)

// reportYear is a year of this or the last century, alone: "2024" in
// "Rapport annuel 2024", not "2020" in "2020-2023".
var reportYear = regexp.MustCompile(`(?:^|[^\d–/-])((?:19|20)\d\d)(?:$|[^\d–/-])`)

// reportPeriod is a period of two years: "2020-2023", "2019–2022".
var reportPeriod = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)(?:$|[^\d])`)

// TitleDate dates a document by its title, when it states no date of its
// own: a date alone as the title's last part ("WAFSI Fact Sheet –
// February 2024"), or the one year a report's title gives beside a word
// for report of the lexicon (page.report): "Rapport annuel 2024",
// "Bilancio sociale 2022", "Jaarverslag 2023 – Stichting …" speak from
// that year. nil when no title says when.
func TitleDate(titles ...string) (*dossier.Date, string) {
	for _, t := range titles {
		t = collapse(t)
		// "WAFSI Fact Sheet – February 2024", "Factsheet | July 2022": a
		// title whose last part is a date alone, after words with no
		// number, is dated by it.
		if ps := titleParts.Split(t, -1); len(ps) >= 2 && !hasDigit(strings.Join(ps[:len(ps)-1], " ")) {
			if m := onlyDate.FindStringSubmatch(ps[len(ps)-1]); m != nil {
				if d, err := normalize.ParseDate(m[1]); err == nil && d.Precision != dossier.PrecisionYear {
					return &d, t
				}
			}
		}
		if !hasReportWord(t) {
			continue
		}
		ms := reportYear.FindAllStringSubmatch(t, -1)
		// "Bilan du projet 2020-2023": a report on a period speaks from
		// its end.
		if rs := reportPeriod.FindAllStringSubmatch(t, -1); len(ms) == 0 && len(rs) == 1 && rs[0][1] < rs[0][2] {
			ms = [][]string{{rs[0][2], rs[0][2]}}
		}
		if len(ms) != 1 {
			continue
		}
		d, err := normalize.ParseDate(ms[0][1])
		if err != nil {
			continue
		}
		return &d, t
	}
	return nil, ""
}

// hasReportWord reports a title with a word for report of the lexicon
// (page.report) among its words: "report", "Jahresbericht", "memoria".
func hasReportWord(t string) bool {
	f := " " + strings.Join(strings.FieldsFunc(lexicon.Fold(t), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }), " ") + " "
	for _, w := range reportWords() {
		if strings.Contains(f, " "+w+" ") {
			return true
		}
	}
	return false
}

// reportWords are the lexicon's page.report phrases, folded.
var reportWords = sync.OnceValue(func() []string { return lexicon.FoldedPhrases("page", "report") })

// monthWord reports a month's name ("February" in "March 2016 –
// February", a period cut at its line's end), which is no place.
func monthWord(s string) bool {
	_, err := normalize.ParseDate(strings.TrimSpace(s) + " 2000")
	return err == nil
}

// isCopyright says a line is a copyright notice, whose year is never an
// as-of date: "copyright" in any case, or "©".
func isCopyright(line string) bool {
	if strings.Contains(line, "©") {
		return true
	}
	// Lower-casing every line only to look for one word costs more than
	// looking for its first letter first.
	return strings.ContainsAny(line, "cC") && strings.Contains(strings.ToLower(line), "copyright")
}

// hasDigit says s has an ASCII digit, which every date pattern needs (\d
// is ASCII in Go's regexp).
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// allAsOfLabels are the lexicon's labels of a document's date and of its
// figures' (asof.label, asof.data).
func allAsOfLabels() []string {
	// (A copy: Phrases gives the lexicon's own slice.)
	return slices.Concat(lexicon.Phrases("asof", "label"), lexicon.Phrases("asof", "data"))
}

// dataLabels are the lexicon's asof.data labels, folded.
var dataLabels = sync.OnceValue(func() []string {
	var out []string
	for _, p := range lexicon.Phrases("asof", "data") {
		out = append(out, foldLabel(p))
	}
	return out
})

// asOfLabels are the lexicon's as-of labels, folded (foldLabel), without
// those that contain a shorter one ("last updated on" holds "updated"): a
// line that contains none of these contains no label.
var asOfLabels = sync.OnceValue(func() []string { return shortestCovering(allAsOfLabels()) })

// statedLabels are asOfLabels for the labels of a document's own date
// (asof.label) alone: once a figures' date is found, only a line that
// holds one of these may change the result.
var statedLabels = sync.OnceValue(func() []string { return shortestCovering(lexicon.Phrases("asof", "label")) })

// mayHaveStatedLabel is mayHaveLabel for statedLabels.
func mayHaveStatedLabel(line string) bool { return holdsAny(line, statedLabels()) }

// shortestCovering folds labels (foldLabel) and keeps those that contain
// no shorter one: a text that contains none of these contains none of
// labels.
func shortestCovering(labels []string) []string {
	var all []string
	for _, p := range labels {
		all = append(all, foldLabel(p))
	}
	sort.Slice(all, func(i, j int) bool { return len(all[i]) < len(all[j]) })
	var out []string
	for _, l := range all {
		covered := l == ""
		for _, o := range out {
			if strings.Contains(l, o) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, l)
		}
	}
	return out
}

// mayHaveLabel says whether line may hold an as-of label as labelledDate
// matches it, case-insensitively: false only when it holds none.
func mayHaveLabel(line string) bool { return holdsAny(line, asOfLabels()) }

// holdsAny says whether line, folded (foldLabel), contains one of labels.
func holdsAny(line string, labels []string) bool {
	f := foldLabel(line)
	for _, l := range labels {
		if strings.Contains(f, l) {
			return true
		}
	}
	return false
}

// foldLabel lower-cases s, and maps the letters that (?i) matches to a
// label's lower-case letter though lower-casing leaves them apart (the long
// s, 'ſ', matches 's'), so that a label the pattern finds, this finds.
func foldLabel(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 'ſ' {
			return 's'
		}
		return unicode.ToLower(r)
	}, s)
}

// asOfFromMeta reads the publication or modification date a page declares in
// its metadata.
func asOfFromMeta(meta map[string]string) (*dossier.Date, string) {
	for _, key := range []string{"article:modified_time", "article:published_time", "dc.date", "dcterms.modified", "dcterms.date", "date", "datepublished", "datemodified"} {
		v, ok := meta[key]
		if !ok {
			continue
		}
		s := v
		if len(s) >= 10 {
			s = s[:10]
		}
		if d, err := normalize.ParseDate(s); err == nil {
			return &d, v
		}
	}
	return nil, ""
}

func blockLine(b dossier.Block) string {
	if b.Label != "" {
		return b.Label + ": " + b.Text
	}
	return b.Text
}
