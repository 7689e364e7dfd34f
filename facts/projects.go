package facts

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

// atName matches names built around an "@" ("Cybercrime@Octopus").
var atName = regexp.MustCompile(`\b\p{Lu}[\p{L}\d]*@\p{Lu}[\p{L}\d]*\b`)

// atNames returns atName's matches in text, read only in the words that
// hold an "@": a match holds no space, and spaces are no word's letters
// to "\b", so each such word reads as the whole text would, and a long
// text with one e-mail address is not read through for it.
func atNames(hasAt bool, text string) [][]int {
	if !hasAt {
		return nil
	}
	var out [][]int
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '@')
		if i < 0 {
			return out
		}
		i += from
		start := strings.LastIndexFunc(text[:i], unicode.IsSpace) + 1
		if start > 0 {
			_, size := utf8.DecodeRuneInString(text[start-1:])
			start += size - 1
		}
		end := len(text)
		if j := strings.IndexFunc(text[i:], unicode.IsSpace); j >= 0 {
			end = i + j
		}
		for _, m := range atName.FindAllStringIndex(text[start:end], -1) {
			out = append(out, []int{start + m[0], start + m[1]})
		}
		from = end
	}
}

// projectOn matches names of the form "Global Project on Cybercrime".
var projectOn = regexp.MustCompile(`\b(?:\p{Lu}[\p{L}]+\s+)?Project\s+on\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?`)

// projectPrefix matches a heading that names a project after the word
// ("Project Cybercrime@Octopus").
var projectPrefix = regexp.MustCompile(`^(?i:project)\s+(\S.*)$`)

// notProjectWords are capitalised words that precede "project" without
// naming one ("This project", "Council of Europe project", "Global Project
// on Cybercrime" is named only by its full title, which we do not guess).
var notProjectWords = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "our": true, "each": true,
	"every": true, "new": true, "current": true, "present": true, "global": true,
	"europe": true, "council": true, "union": true, "nations": true, "joint": true,
	"a": true, "an": true, "regional": true, "pilot": true, "follow-up": true,
	"research": true, "capacity": true, "building": true, "eu": true, "coe": true,
	"suggest": true, "about": true, "support": true, "previous": true, "predecessor": true,
	"successor": true, "first": true, "second": true, "phase": true, "its": true,
}

// documentStateWords holds the lexicon's project.not_name words, folded:
// "provisional", "provvisorio".
var documentStateWords = foldedSet("project", "not_name")

// projectKey is how names of one project compare: case, accents, spacing
// and punctuation other than "@" and "+" do not count ("Cyber East",
// "CyberEast", "CYBER-EAST"), and a follow-up's number keeps it apart
// ("GLACY+" is not "GLACY"; "iPROCEEDS II" is "iPROCEEDS-2").
func projectKey(name string) string {
	// "Farm Start Ghana – Phase II" is "Farm Start Ghana II".
	if head, n := dashPhase(name); head != "" {
		name = head + " " + n
	}
	words := strings.Fields(lexicon.Fold(name))
	if n := len(words); n > 1 {
		if d, ok := romanNumerals[words[n-1]]; ok {
			words[n-1] = d
		}
		// "PIRCA I" is PIRCA: a first phase's number names the project
		// its follow-ups build on.
		if words[n-1] == "i" && strings.HasSuffix(name, " I") {
			words = words[:n-1]
		}
	}
	return strings.ReplaceAll(strings.Join(words, ""), " ", "")
}

// romanNumerals are follow-up numbers written as a last word.
var romanNumerals = map[string]string{"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}

// mention is a project name found in text.
type mention struct {
	name       string
	start, end int
	// alias is another name the text gives beside it: "Digital Trust
	// (Confiance numérique), the UNODC programme".
	alias string
	// defined is set for a name the text introduces with its title after
	// a dash ("PROFIM – Programa de Fortalecimento …") or in apposition
	// ("SahelLight, a programme that …").
	defined bool
	// bare is set for a name found by its form alone ("PAFIP II"), with no
	// word for project, quotation marks or title around it: it names the
	// project a page is about only when the page names it twice.
	bare bool
	// titleCased is set for a name the store knows in capitals found
	// written with a capital only ("Projufa"), anchored where a word for
	// project stands before it ("al programa Projufa").
	titleCased, anchored bool
	// plain is set for one plain capitalised word a word for project
	// stands in apposition to ("Marqanta, le programme …"): the page
	// must write it twice for it to count. (Not set where an indefinite
	// article opens the apposition, "Pukllasun, un proyecto que …",
	// which introduces the name.)
	plain bool
}

// pageNumbered reports a page word and a number, "COPIL 4" (the fourth
// steering committee), "Annex II": a meeting or a part of a document, no
// project's follow-up.
func pageNumbered(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return notSubjectWords()[lexicon.Fold(first)]
}

// findMentions returns the project names text mentions, in order.
func findMentions(text string) []mention {
	// Most lines name no project: cheap tests first, regexps only where a
	// name can be.
	hasAt := strings.Contains(text, "@")
	hasProject := strings.Contains(text, "roject")
	at, comp := projectWordsAndCompounds(text, true)
	hasWord := hasProject || len(at) > 0 || len(comp) > 0
	// "le PAFIP II a démarré": an acronym and a follow-up's number.
	var out []mention
	for _, m := range followUpNames(text) {
		if name := text[m[0]:m[1]]; plausibleProject(name) && !pageNumbered(name) {
			out = append(out, mention{name: name, start: m[0], end: m[1], bare: true})
		}
	}
	// "WeFin (Women's Economic and Financial Inclusion in Rural
	// Southern Africa)": an acronym its bracket spells out.
	if strings.Contains(text, "(") {
		out = append(out, acronymExpansions(text)...)
	}
	// "het Aqua-Vigie-project", "das SENTILAB-Projekt": a name joined by
	// a hyphen to a word for project.
	if strings.Contains(text, "-") {
		out = append(out, hyphenProjectMentions(text)...)
	}
	if !hasAt && !hasWord {
		return longestMentions(out)
	}
	for _, m := range atNames(hasAt, text) {
		out = append(out, mention{name: text[m[0]:m[1]], start: m[0], end: m[1]})
	}
	if !hasWord {
		sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
		return out
	}
	out = append(out, compoundMentions(text, comp)...)
	// Other readings take a compound as any word for project.
	plainAt := at
	if len(comp) > 0 {
		at = append(append([]int(nil), at...), comp...)
		sort.Ints(at)
	}
	// "to PROMARIS, the Programme for Maritime Security": a name in
	// apposition to a word for project.
	out = append(out, appositives(text)...)
	out = append(out, calledThenProject(text, plainAt)...)
	out = append(out, acronymAfterLongNameComma(text)...)
	out = append(out, dashExpansions(text)...)
	out = append(out, acronymsInApposition(text, at)...)
	for _, m := range namesAfterProjectWords(text, plainAt) {
		name := text[m[0]:m[1]]
		words := strings.Fields(name)
		// "Project Manager", "projet de loi": a word after "project" that
		// is a job or a little word is no name.
		for len(words) > 0 && (notProjectWords[strings.ToLower(words[len(words)-1])] || jobWords[strings.ToLower(words[len(words)-1])]) {
			words = words[:len(words)-1]
		}
		if len(words) == 0 || jobWords[strings.ToLower(words[0])] || notProjectWords[strings.ToLower(words[0])] {
			continue
		}
		// "the Inter-Governmental Action Group against Money Laundering":
		// a word for a body right after the word for project makes both
		// a body's name.
		if startsUpper(words[0]) && orgWords()[lexicon.Fold(words[0])] {
			continue
		}
		name = strings.Join(words, " ")
		nameEnd := m[0] + len(name)
		// "el proyecto Registro Catastral y Tenencia Agraria Inclusiva en
		// Guatemala …": a name in title case that goes on over its little
		// words, up to the places it works in.
		if long, end := titleRunOn(text, m[0], nameEnd); long != "" && len(words) >= 2 && name == text[m[0]:nameEnd] && !slices.ContainsFunc(words, acronymLike) {
			name, nameEnd = long, end
		}
		// "Programme⏎5th Steering Committee meeting": a meeting of the
		// programme, a page word of the lexicon, is no name.
		if notSubject(name) {
			continue
		}
		// "da segunda fase do programa Mwangaza (Mwangaza II)": the
		// bracket names the phase the text speaks of.
		if p, ok := phaseInBracket(text, m[0], name); ok {
			out = append(out, p)
			continue
		}
		// "the regional action Integrated Border and Customs Management in
		// the Sahel (IBCM-Sahel)": a long name with little words, then its
		// acronym in brackets, which is the name.
		if acr, long, end, ok := acronymAfterLongName(text, m[0]); ok {
			out = append(out, mention{name: acr, start: m[0], end: end, alias: long})
			continue
		}
		// "het programma PRAVO-DIGIT 2024-2027": the name, less the range
		// of years after it (withYearRange joins them where the document
		// writes them together as a name).
		if rest := withoutYearRange(name); rest != name && !plausibleProject(name) && plausibleProject(rest) {
			name = rest
		}
		if !plausibleProject(name) && !coinedWordName(text, m[0], name) && !calledName(text[:m[0]], name) {
			continue
		}
		mm := mention{name: name, start: m[0], end: nameEnd}
		// "o Projeto Aceiro – Manejo Integrado do Fogo …": a coined
		// word's long form after a dash.
		if !plausibleProject(name) {
			mm.alias = titleAfterDash(text[mm.end:])
		}
		out = append(out, mm)
	}
	out = append(out, acronymsBeforeProjectWords(text, at)...)
	out = append(out, bracketAcronyms(text)...)
	for _, m := range longNamesBeforeHead(text) {
		if name := text[m[0]:m[1]]; plausibleProjectUpTo(name, maxLongName) && !bodyWithHead(text, m) {
			out = append(out, mention{name: name, start: m[0], end: m[1]})
		}
	}
	out = append(out, quotedMentions(text, at)...)
	if !hasProject {
		return longestMentions(out)
	}
	for _, m := range namesBeforeProject(text) {
		if m.job {
			continue // "… Project Manager": a job title
		}
		// "Cybercrime@Octopus project": the word before "project" belongs
		// to an @-name, already found.
		if m.start > 0 && text[m.start-1] == '@' {
			continue
		}
		words := strings.Fields(text[m.start:m.end])
		for len(words) > 0 && notProjectWords[strings.ToLower(words[0])] {
			words = words[1:]
		}
		if len(words) == 0 || notProjectWords[strings.ToLower(words[len(words)-1])] || nationalityPhrase(words) {
			continue
		}
		// "Third Project Board Meeting": an ordinal (and a word for
		// project) before the word counts, and names nothing.
		if ordinalsOnly(words) {
			continue
		}
		// "of the Council of Europe project": a project of an organisation,
		// not a name.
		before := strings.ToLower(strings.TrimSpace(text[:m.start]))
		if strings.HasSuffix(before, " of") || strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "'s") {
			if len(words) > 1 {
				continue
			}
		}
		// "Integrated School Meals and Nutrition Project": the tail of a
		// longer name in title case is no name of its own.
		if tailOfLongerName(text, m.start) {
			continue
		}
		// "the KOICA project": a body's project, not a name; "United
		// Nations Development Programme": a body.
		if _, known := normalize.KnownOrganisation(strings.Join(words, " ")); known {
			continue
		}
		if _, known := normalize.KnownOrganisation(text[m.start:m.projectEnd]); known {
			continue
		}
		if labelAfterBreak(text, m.end, m.projectEnd) {
			continue
		}
		// "Het project richt zich …", "Van project naar markt": an
		// article or a preposition of a lexicon language is no name.
		if allLittle(words) {
			continue
		}
		name := strings.Join(words, " ") + " Project"
		// "The CLEANPORT project works in Ghana", "the MVULI II project":
		// a coined name (and its phase's number) before the word in small
		// letters is the name; only "Octopus Project", the word written
		// as part of it, keeps it.
		if coinedWithPhase(words) && text[m.projectEnd-len("project")] == 'p' {
			name = strings.Join(words, " ")
		}
		out = append(out, mention{name: name, start: m.start, end: m.projectEnd})
	}
	for _, m := range matchAllIf(strings.Contains(text, "Project on"), projectOn, text) {
		out = append(out, mention{name: text[m[0]:m[1]], start: m[0], end: m[1]})
	}
	return longestMentions(out)
}

// titleRunOn returns text from start on, where a name in title case that
// ends at end goes on over a little word ("y", "and", "de") to more words
// in title case: "Registro Catastral y Tenencia Agraria Inclusiva". It
// stops before a place ("… en Guatemala"), a word in capitals and a word
// in small letters, and returns "" where the name does not go on; end is
// where the longer name ends in text.
func titleRunOn(text string, start, end int) (string, int) {
	last := end
	for n := 0; n < 4; n++ {
		j, ok := skipSpaces(text, last)
		if !ok {
			break
		}
		k := nameCharsEnd(text, j)
		if k == j || !nameLittle()[lexicon.Fold(text[j:k])] || isPlaceWord(lexicon.Fold(text[j:k])) {
			break
		}
		// The little word, then capitalised words that are no place and
		// no acronym.
		at, ok := skipSpaces(text, k)
		if !ok {
			break
		}
		runEnd := -1
		for at < len(text) {
			e := nameCharsEnd(text, at)
			w := text[at:e]
			if e == at || !startsUpper(w) || strings.ToUpper(w) == w || isCountry(w) || isPlace(w) || orgWords()[lexicon.Fold(w)] {
				break
			}
			runEnd = e
			next, ok := skipSpaces(text, e)
			if !ok {
				break
			}
			at = next
		}
		if runEnd < 0 {
			break
		}
		last = runEnd
	}
	if last == end || len(strings.Fields(text[start:last])) > 12 {
		return "", end
	}
	return collapse(text[start:last]), last
}

// coinedWithPhase reports words that are a coined name, a follow-up's
// number after it perhaps: "CLEANPORT", "MVULI II".
func coinedWithPhase(words []string) bool {
	switch {
	case len(words) == 1:
		return acronymLike(words[0])
	case len(words) == 2:
		return acronymLike(words[0]) && followUpNumber(words[1])
	}
	return false
}

// nationalityPhrase reports words before a word for project that are an
// article, maybe, and adjectives of nationality or of a continent only:
// "Een Europees project", "A Dutch programme" say whose the project is,
// no name.
func nationalityPhrase(words []string) bool {
	if len(words) > 1 && articleWords()[lexicon.Fold(words[0])] {
		words = words[1:]
	}
	for _, w := range words {
		if _, ok := nationalities()[lexicon.Fold(w)]; !ok && !supranational()[lexicon.Fold(w)] {
			return false
		}
	}
	return true
}

// supranational holds the lexicon's adjective.supranational words,
// folded.
var supranational = foldedSet("adjective", "supranational")

// compoundMentions returns the names after compound nouns a word for
// project ends (comp, from projectWordsAndCompounds): "das
// Ausbildungsprogramm YAPK II", "het vaccinatieprogramma VetPost". Only a
// name written as a coined one (a capital inside, a digit) counts there:
// German nouns are all capitalised ("Regionalprogramm
// Mini-Netz-Regulierung"). (Quoted names are quotedMentions'.)
func compoundMentions(text string, comp []int) []mention {
	var out []mention
	for _, m := range namesAfterProjectWords(text, comp) {
		if name := text[m[0]:m[1]]; len(strings.Fields(name)) <= 3 && coinedName(name) && plausibleProject(name) {
			out = append(out, mention{name: name, start: m[0], end: m[1]})
		}
	}
	return out
}

// hyphenProjectMentions returns the names a hyphen joins to a word for
// project after them, as Dutch and German write them ("het
// Aqua-Vigie-project", "das SENTILAB-Projekt", "het AgriData-programma").
// The name must be a coined one (see acronymLike) or of capitalised parts
// before a word for project in lower case ("Aqua-Vigie-project"):
// "Pilot-Projekt" is a compound noun, not a name.
func hyphenProjectMentions(text string) []mention {
	var out []mention
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '-')
		if i < 0 {
			return out
		}
		i += from
		from = i + 1
		run := leadingRun(text[i+1:])
		if len(run) < 5 || !projectWordSet()[strings.ToLower(run)] {
			continue
		}
		// ("calls@sahellight-programme.org": an address.)
		if after := text[i+1+len(run):]; strings.HasPrefix(after, ".") && startsWithLetterOrDigit(after[1:]) {
			continue
		}
		start := i
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-+@&", r)) {
				break
			}
			start -= size
		}
		// ("AB--project": a name ends on no hyphen of its own.)
		name := strings.TrimLeft(text[start:i], "-")
		if strings.HasSuffix(name, "-") {
			continue
		}
		// (Where the word for project is capitalised too, as German
		// writes every noun, capitalised parts make a compound noun:
		// "Mini-Netz-Programm".)
		if name == "" || !(acronymLike(name) || hyphenCapitals(name) && !startsUpper(run)) || !plausibleProject(name) {
			continue
		}
		start = i - len(name)
		out = append(out, mention{name: name, start: start, end: i})
	}
}

// quotedMentions returns the names set in quotation marks after a word
// for project (at): "le programme « Confiance numérique »", "das Programm
// „Farm Start Ghana – Phase II“" (the name before the phase is judged;
// the phase makes it the follow-up's, see projectKey).
func quotedMentions(text string, at []int) []mention {
	var out []mention
	for _, m := range quotedNamesAfterProjectWords(text, at) {
		name := text[m[0]:m[1]]
		judged := name
		if head, _ := dashPhase(name); head != "" {
			judged = head
		} else if head, _, ok := strings.Cut(name, " – "); ok && len(strings.Fields(head)) <= 3 && plausibleQuoted(head) {
			// „eTender II – Elektronische öffentliche Beschaffung im
			// Westbalkan, Phase II“: the coined name before the dash
			// is the project's; its long title follows.
			out = append(out, mention{name: head, start: m[0], end: m[0] + len(head)})
			continue
		}
		if !plausibleQuotedTitle(judged) {
			continue
		}
		// „Ländliche Elektrifizierung durch Mini-Netze im Sahel II“
		// (PERMS II): the acronym in brackets after the marks is the
		// name, the quoted title its alias, as for a long name unquoted.
		_, size := utf8.DecodeRuneInString(text[m[1]:])
		after := text[m[1]+size:]
		if acr := bracketAfter(after); acr != "" && acronymLike(strings.Fields(acr)[0]) && plausibleProject(acr) {
			end := m[1] + size + strings.IndexByte(after, ')') + 1
			// («Tejiendo Señas» (TEJESEÑAS II): a bracket that numbers a
			// later phase the quoted name does not names that phase;
			// the name is the first phase's, no alias of it.)
			alias := name
			if aw, nw := strings.Fields(acr), strings.Fields(name); followUpNumber(aw[len(aw)-1]) && !followUpNumber(nw[len(nw)-1]) {
				alias = ""
			}
			out = append(out, mention{name: acr, start: m[0], end: end, alias: alias})
			continue
		}
		out = append(out, mention{name: name, start: m[0], end: m[1]})
	}
	return out
}

// allLittle reports words that are all little words of a lexicon
// language (articles, prepositions, "and", words pointing back) or words
// for project: "Het", "Van", "the Project".
func allLittle(words []string) bool {
	for _, w := range words {
		f := lexicon.Fold(strings.Trim(w, ",.;:"))
		if !(nameLittle()[f] || articleWords()[f] || ofWords()[f] || anaphorWords()[f] || listAnd()[f] || projectWordSet()[f]) {
			return false
		}
	}
	return true
}

// acronymExpansions finds a name followed by its spelling out in brackets
// in title case: "WeFin (Women's Economic and Financial Inclusion in Rural
// Southern Africa)". The name's capitals are, in order, initials of the
// bracket's words, the first its first; a bracket that spells out an
// organisation ("FJI (Forensic Justice Institute)") names none.
func acronymExpansions(text string) []mention {
	var out []mention
	for from := 0; ; {
		i := strings.Index(text[from:], " (")
		if i < 0 {
			break
		}
		open := from + i + 1
		from = open + 1
		end := strings.IndexByte(text[open:], ')')
		if end < 0 {
			break
		}
		k := strings.LastIndexAny(text[:open-1], " \n(") + 1
		acr := text[k : open-1]
		inner := strings.Join(strings.Fields(text[open+1:open+end]), " ")
		ws := strings.Fields(inner)
		// "YAPK II (Youth Apprenticeship Partnership Kenya II)": a
		// follow-up's number after the acronym and after its expansion.
		stem := acr
		// (Not "… in West Africa – Phase II": a phase after a dash.)
		if followUpNumber(acr) && k > 1 && len(ws) > 1 && ws[len(ws)-1] == acr && !phaseWords()[lexicon.Fold(ws[len(ws)-2])] {
			if k0 := strings.LastIndexAny(text[:k-1], " \n(") + 1; k0 < k-1 {
				stem = text[k0 : k-1]
				k, acr = k0, text[k0:open-1]
				ws = ws[:len(ws)-1]
			}
		}
		if len(ws) < 3 || len(ws) > 12 || !acronymLike(stem) || !distinctive(stem) || !plausibleProject(acr) {
			continue
		}
		if _, known := normalize.KnownOrganisation(acr); known {
			continue
		}
		// every holds the initials of the little words too: "SCALA"
		// spells "Strengthening Cadastre and Land Administration".
		var initials, every []rune
		ok := startsUpper(ws[len(ws)-1])
		for _, w := range ws {
			f := lexicon.Fold(strings.Trim(w, ",;:"))
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case orgWords()[f]:
				ok = false
			case startsUpper(w):
				initials = append(initials, unicode.ToUpper(r))
			case !nameLittle()[f] && !articleWords()[f] && !ofWords()[f]:
				ok = false
			}
			every = append(every, unicode.ToUpper(r))
		}
		var caps []rune
		for _, r := range stem {
			if unicode.IsUpper(r) {
				caps = append(caps, r)
			}
		}
		if !ok || len(caps) < 2 || len(initials) == 0 || caps[0] != initials[0] || !runeSubsequence(caps, initials) && !runeSubsequence(caps, every) {
			continue
		}
		out = append(out, mention{name: acr, start: k, end: open + end + 1, alias: inner})
	}
	return out
}

// coinedWordName reports one word in title case right after a word for
// project and before a comma or a bracket ("il progetto Fosca, avviato
// nel 2021", "o projeto Fosca, executado pela …"): a coined name, as
// Romance languages write it after the word. Not a word the lexicon
// knows as a label, a place, a body or a date.
func coinedWordName(text string, at int, name string) bool {
	if strings.Contains(name, " ") || len(name) < 4 || !startsUpper(name) || strings.ToUpper(name) == name {
		return false
	}
	// (Or one that ends the sentence or the headline: "… com apoio do
	// programa caribenho Passaat".)
	// ("programa Mwangaza (Mwangaza II)": a bracket after a space too.)
	rest := text[at+len(name):]
	// "o Projeto Aceiro – Manejo Integrado do Fogo …": a dash after it
	// opens the name's long form.
	dashed := strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " — ")
	if rest != "" && !strings.ContainsAny(rest[:1], ",;(.:!?") && !strings.HasPrefix(rest, " (") && !dashed {
		return false
	}
	// The word for project in lower case before it: not "Programme
	// Office," (a unit's name in title case) nor German's capitalised
	// nouns ("das Vorhaben Studien,"). Capitalised, it is the name's own
	// where a word in lower case stands before it and a dash after the
	// name spells the name out ("lançaram o Projeto Aceiro – …").
	ws := strings.Fields(text[:at])
	if len(ws) == 0 || !startsLower(ws[len(ws)-1]) && !(dashed && len(ws) >= 2 && startsLower(ws[len(ws)-2])) {
		return false
	}
	f := lexicon.Fold(name)
	if lookupLabel(name) != labelNone || isCountry(name) || regionLabel(name) || nameLittle()[f] || articleWords()[f] || ofWords()[f] {
		return false
	}
	if _, known := normalize.KnownOrganisation(name); known {
		return false
	}
	if _, err := normalize.ParseDate(name); err == nil {
		return false
	}
	return true
}

// titleAfterDash returns the long form a dash opens right after a name
// ("Aceiro – Manejo Integrado do Fogo no Cerrado, …"): words up to the
// clause's end, two to fifteen of them, the first and most others
// capitalised; else "".
func titleAfterDash(rest string) string {
	var ok bool
	if rest, ok = strings.CutPrefix(rest, " – "); !ok {
		if rest, ok = strings.CutPrefix(rest, " — "); !ok {
			return ""
		}
	}
	if i := strings.IndexAny(rest, ".,;:()–—"); i >= 0 {
		rest = rest[:i]
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 || len(ws) > 15 || !startsUpper(ws[0]) {
		return ""
	}
	upper := 0
	for _, w := range ws {
		if startsUpper(w) {
			upper++
		}
	}
	if upper*2 <= len(ws) {
		return ""
	}
	return strings.Join(ws, " ")
}

// phaseInBracket returns the follow-up a bracket names right after the
// name at text[at:] ("programa Mwangaza (Mwangaza II)"): the phase the
// text speaks of.
func phaseInBracket(text string, at int, name string) (mention, bool) {
	rest, ok := strings.CutPrefix(text[at+len(name):], " (")
	if !ok {
		return mention{}, false
	}
	inner, _, ok := strings.Cut(rest, ")")
	if !ok || !strings.HasPrefix(inner, name+" ") || !followUpNumber(strings.TrimSpace(inner[len(name):])) || !plausibleProject(inner) {
		return mention{}, false
	}
	start := at + len(name) + 2
	return mention{name: inner, start: start, end: start + len(inner)}, true
}

// runeSubsequence reports whether sub's runes appear in s in order.
func runeSubsequence(sub, s []rune) bool {
	j := 0
	for _, r := range s {
		if j < len(sub) && r == sub[j] {
			j++
		}
	}
	return j == len(sub)
}

// bodyWithHead reports a long name that, with the word for project after
// it, is a body the lexicon knows: "United Nations Development
// Programme" is UNDP.
func bodyWithHead(text string, m [2]int) bool {
	rest := strings.TrimLeft(text[m[1]:], " \n")
	head := leadingRun(rest)
	if head == "" {
		return false
	}
	_, known := normalize.KnownOrganisation(text[m[0]:m[1]] + " " + head)
	return known
}

// longestMentions sorts mentions by position and keeps, of overlapping
// ones, the longest: a shorter name inside a longer one ("Global Project"
// within "Global Project on Cybercrime", "Lagos Corridor" within "SECURA
// – Road Safety … Abidjan–Lagos Corridor") is the same mention.
func longestMentions(out []mention) []mention {
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// "COCINA, the Clean Cooking and Indoor Air programme": the long name
	// right after a name whose alias it is, is that name.
	kept := out[:0]
	for _, m := range out {
		if n := len(kept); n > 0 {
			p := kept[n-1]
			if p.alias != "" && m.start >= p.end && m.start-p.end <= 8 && strings.Contains(p.alias, m.name) {
				continue
			}
		}
		kept = append(kept, m)
	}
	out = kept
	dedup := out[:0]
	for _, m := range out {
		if n := len(dedup); n > 0 && m.start < dedup[n-1].end {
			// Of two as long, the one found by its wording, not by its
			// form alone ("FORJUST II – Programa …").
			if l, p := m.end-m.start, dedup[n-1].end-dedup[n-1].start; l > p || l == p && dedup[n-1].bare && !m.bare {
				dedup[n-1] = m
			}
			continue
		}
		dedup = append(dedup, m)
	}
	return dedup
}

// tailOfLongerName reports whether the words before start are a little
// word of a name ("and", "of", "de") after a capitalised word: the name at
// start ends a longer one.
func tailOfLongerName(text string, start int) bool {
	ws := strings.Fields(text[:start])
	if len(ws) < 2 {
		return false
	}
	little := lexicon.Fold(ws[len(ws)-1])
	return (ofWords()[little] || listAnd()[little]) && !articleWords()[little] && upperFirst(ws[len(ws)-2]) && !strings.ContainsAny(ws[len(ws)-2], ".,;:")
}

// bracketAcronyms finds an acronym in brackets after a long name in
// title case that holds a word for project: "The Electoral Integrity
// Support Programme for Southern Africa (EISP), implemented by …". The
// acronym is the name, the long name its alias; an organisation dossier
// knows ("United Nations Development Programme (UNDP)") is none.
func bracketAcronyms(text string) []mention {
	var out []mention
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '(')
		if i < 0 {
			break
		}
		open := from + i
		from = open + 1
		end := strings.IndexByte(text[open:], ')')
		if end < 0 {
			break
		}
		acr := strings.TrimSpace(text[open+1 : open+end])
		// "(locally known as SolarCom)", "(conocido como PRITV)": the
		// words that say the name is another one.
		if at, e, ok := findCue(acr, "known_as"); ok && at == 0 {
			acr = strings.TrimSpace(acr[e:])
		}
		// ("(Previ-Social)": a coined name of capitalised parts, no
		// place's.)
		coined := hyphenCapitals(acr) && !isPlace(acr)
		if acr == "" || len(strings.Fields(acr)) > 3 || !(acronymLike(nameStem(acr)) || acronymLed(acr) || coined) {
			continue
		}
		// ("The Nirman Suraksha Programme (NSP)": a three-letter
		// acronym is distinctive enough where the capitalised words right
		// before it spell it.)
		if !distinctive(strings.Fields(acr)[0]) && !spelledBefore(text[max(0, open-200):open], acr) {
			continue
		}
		// Back from the bracket over capitalised words and little words.
		ws := strings.Fields(text[max(0, open-200):open])
		k := len(ws)
		// "The Cyber Resilience … in the Western Balkans programme
		// (CyRes-WB)": a word for project in small letters closes the
		// name, and calls it a project.
		trailingWord := false
		if k > 1 && startsLower(ws[k-1]) && projectWordSet()[ws[k-1]] && startsUpper(ws[k-2]) {
			ws, k, trailingWord = ws[:k-1], k-1, true
		}
		for k > 0 && len(ws)-k < 14 {
			w := ws[k-1]
			// ("Kigali – The Land Registry … Programme (LRMP)": a
			// dateline's dash ends the name, as a stop does.)
			if strings.ContainsAny(w, ".;:,()") || w == "–" || w == "—" || w == "-" {
				break
			}
			if !startsUpper(w) && !elidedCapital(w) && !nameLittle()[lexicon.Fold(w)] && !ofWords()[lexicon.Fold(w)] && !articleWords()[lexicon.Fold(w)] {
				break
			}
			k--
		}
		long := ws[k:]
		for len(long) > 0 && !startsUpper(long[0]) {
			long = long[1:]
		}
		// "The Electoral …": a sentence's capitalised article is no part.
		for len(long) > 0 && articleWords()[lexicon.Fold(long[0])] {
			long = long[1:]
		}
		// ("The Cyber Resilience programme (CYRES)": two words are a
		// name where the acronym is made of their first letters.)
		spelled := trailingWord && len(long) == 2 && prefixesSpell(long, acr)
		hasWord, headFirst := trailingWord && len(long) >= 3 || spelled, false
		for _, w := range long[min(1, len(long)):] {
			if projectWordSet()[strings.ToLower(w)] {
				hasWord = true
			}
		}
		// "le Programme d'appui au Registre social unifié (PARSU)": a
		// name that opens on its word for project, with its capital, and
		// goes on in small letters, as French, Spanish, Italian and
		// Portuguese write names.
		if !hasWord || len(long) < 3 && !spelled || !startsUpper(long[len(long)-1]) && !elidedCapital(long[len(long)-1]) {
			hf := headFirstName(ws)
			if len(hf) < 3 {
				continue
			}
			long, hasWord, headFirst = hf, true, true
		}
		name := strings.Join(long, " ")
		// (A title in quotation marks before the bracket is
		// quotedMentions': „Solare Kleinnetze …“ (KLEINSTROM II).)
		if !hasWord || !plausibleProject(acr) || projectWordBeforeBodyWord(long) || strings.ContainsAny(name, "„“”«»") {
			continue
		}
		if _, known := normalize.KnownOrganisation(acr); known {
			continue
		}
		if _, known := normalize.KnownOrganisation(name); known {
			continue
		}
		start := strings.LastIndex(text[:open], long[0])
		if start < 0 {
			continue
		}
		// Only as a sentence's subject, near its start: "… builds on the
		// experience of the Global Action on Cybercrime Extended (GLACY+)"
		// names another project in passing.
		lead := text[:start]
		if j := strings.LastIndexAny(lead, ".!?\n"); j >= 0 {
			lead = lead[j+1:]
		}
		// ("In the Western Balkans, the Whistleblower Protection …
		// project (TUTELA) entered its final year": a short opening
		// phrase and its comma come before the subject.)
		// (It opens on a little word of names, a preposition: "In",
		// "Au", "Im"; "UNICEF will lead implementation, working
		// alongside …" is a clause.)
		if opening, rest, ok := strings.Cut(lead, ", "); ok && !strings.Contains(rest, ",") && len(strings.Fields(opening)) <= 5 {
			if ws := strings.Fields(opening); len(ws) > 1 && nameLittle()[lexicon.Fold(ws[0])] && !articleWords()[lexicon.Fold(ws[0])] {
				lead = rest
			}
		}
		// ("… goes to the Coast Guard Training Initiative for the Western
		// Indian Ocean (CGTI-WIO), a regional programme implemented by
		// …": an apposition that calls it a project names it wherever
		// it stands.)
		// (A name that opens on its word for project, with its capital,
		// is a project's wherever it stands.)
		if len(strings.Fields(lead)) > 4 && !headFirst && !projectApposition(text[open+end+1:]) {
			continue
		}
		out = append(out, mention{name: acr, start: start, end: open + end + 1, alias: name})
	}
	return out
}

// allLetters reports whether s holds letters only (or nothing).
func allLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// elidedCapital reports a capitalised word after an elided article or
// "of", written as one word: "l'Ouest", "d'Ivoire", "dell'Africa".
func elidedCapital(w string) bool {
	i := indexApostrophe(w)
	if i <= 0 || i > 4 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return startsLower(w) && startsUpper(w[i+size:])
}

// headFirstName returns the words that end ws from its last word for
// project written with its capital and opening a name (the lexicon's
// project.head_first), after an article, up to 14 words back and over no
// punctuation; nil when there is none.
func headFirstName(ws []string) []string { return headFirstNameAfter(ws, articleWords()) }

// headFirstNameAfter is headFirstName with more words that may stand
// before the word for project, besides an article: "relèvent du
// Programme de …" sets a word of "of" there.
func headFirstNameAfter(ws []string, before map[string]bool) []string {
	for k := len(ws) - 1; k >= 1 && len(ws)-k <= 14; k-- {
		w := ws[k]
		if strings.ContainsAny(w, ".;:,()") {
			return nil
		}
		if startsUpper(w) && projectHeadsFirst()[lexicon.Fold(w)] && (before[lexicon.Fold(ws[k-1])] || articleWords()[lexicon.Fold(ws[k-1])]) {
			return ws[k:]
		}
	}
	return nil
}

// projectHeadsFirst holds the lexicon's project.head_first words, folded.
var projectHeadsFirst = foldedSet("project", "head_first")

// acronymAfterLongName reads a long name from start, in capitalised
// words and the lexicon's little words ("of", "and", "in the"), ending
// with a capitalised word right before a bracket holding an acronym:
// "Integrated Border and Customs Management in the Sahel (IBCM-Sahel)".
// It returns the acronym, the long name and the bracket's end.
func acronymAfterLongName(text string, start int) (acr, long string, end int, ok bool) {
	j, lastCap := start, -1
	for n := 0; n < 14 && j < len(text); n++ {
		k := nameCharsEnd(text, j)
		if k == j {
			break
		}
		w := text[j:k]
		switch {
		case startsUpper(w):
			lastCap = k
		case nameLittle()[lexicon.Fold(w)] || ofWords()[lexicon.Fold(w)] || articleWords()[lexicon.Fold(w)]:
		default:
			return "", "", 0, false
		}
		next, sp := skipSpaces(text, k)
		if !sp {
			j = k
			break
		}
		j = next
	}
	if lastCap < 0 || j >= len(text) || text[j] != '(' || strings.TrimSpace(text[lastCap:j]) != "" {
		return "", "", 0, false
	}
	close := strings.IndexByte(text[j:], ')')
	if close < 0 {
		return "", "", 0, false
	}
	acr = strings.TrimSpace(text[j+1 : j+close])
	long = strings.TrimSpace(text[start:lastCap])
	if !(acronymLike(nameStem(acr)) || acronymLed(acr)) || !distinctive(strings.Fields(acr)[0]) || len(strings.Fields(long)) < 3 || !plausibleProject(acr) {
		return "", "", 0, false
	}
	return acr, long, j + close + 1, true
}

// jobWords are words of job titles and roles that follow "project" without
// naming one.
var jobWords = map[string]bool{
	"manager": true, "officer": true, "coordinator": true, "assistant": true, "lead": true, "leader": true,
	"director": true, "team": true, "staff": true, "administrator": true, "advisor": true, "adviser": true,
	"expert": true, "management": true, "cycle": true, "proposal": true, "proposals": true, "document": true,
	"documents": true, "page": true, "pages": true, "list": true, "portfolio": true, "database": true,
}

// mayNameProject is the cheap test before projectWordName: the text holds
// one of the lexicon's words for project.
func mayNameProject(text string) bool {
	return len(projectWordsAt(text)) > 0
}

// plausibleProject tells a project name from other capitalised words: it
// is one to eight words, no label, organisation, country or common word,
// and it has an acronym, a capital inside a word, a digit, "+" or "@", or
// is at least two capitalised words.
func plausibleProject(name string) bool { return plausibleProjectName(name, 8, false) }

// plausibleProjectUpTo is plausibleProject for names of up to maxWords
// words: a long title-case name is allowed where a definite article and a
// word for project frame it.
func plausibleProjectUpTo(name string, maxWords int) bool {
	return plausibleProjectName(name, maxWords, false)
}

// prefixedAcronym reports a word of three small letters or more, a
// hyphen and an acronym: "anti-HPV", "post-COVID", "non-EU".
func prefixedAcronym(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || len(head) < 3 || strings.ToLower(head) != head || strings.Contains(tail, "-") || !acronymLike(tail) {
		return false
	}
	for _, r := range head {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// ordinalsOnly reports words that are ordinals ("Third", "Zweite") and
// words for project and their qualifiers only, one ordinal at least.
func ordinalsOnly(words []string) bool {
	n := 0
	for _, w := range words {
		f := lexicon.Fold(w)
		switch {
		case ordinalWords()[f] != "":
			n++
		case projectWordForm(f), projectQualifiers()[f]:
		default:
			return false
		}
	}
	return n > 0
}

// genericProjectWords reports words that are a word for project and
// qualifiers of one only: "New Project", "Programa regional". (Not
// notSubject's test of words for project and little words: a qualifier
// alone, "Andino" after "Paso Firme", is part of a name; here a word for
// project must stand among them.)
func genericProjectWords(words []string) bool {
	head := false
	for _, w := range words {
		f := lexicon.Fold(w)
		switch {
		case projectWordForm(f):
			head = true
		case projectQualifiers()[f]:
		default:
			return false
		}
	}
	return head
}

// calledName reports a name of one to four capitalised words right after
// a word for project and a word of naming ("Het programma heet Passaat",
// "un programa llamado Quillca"): the naming says it is a name, plain
// word or not, unless it is a country's or a body's.
func calledName(before, name string) bool {
	ws := strings.Fields(lexicon.Fold(lastRunes(before, 40)))
	called := false
	for _, p := range calledPhrases() {
		if len(ws) >= len(p) && slices.Equal(ws[len(ws)-len(p):], p) {
			called = true
			break
		}
	}
	if !called || isCountry(name) || orgName(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// placePair reports two plain capitalised words joined by an en or em
// dash: "Abidjan–Lagos".
func placePair(w string) bool {
	for _, dash := range []string{"–", "—"} {
		if a, b, ok := strings.Cut(w, dash); ok {
			return plainWord(a) && plainWord(b)
		}
	}
	return false
}

// plainWord reports a capital and small letters only: "Lagos".
func plainWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	rest := w[size:]
	return unicode.IsUpper(r) && rest != "" && strings.ToLower(rest) == rest && allLetters(rest)
}

// plausibleQuoted judges a name set in quotation marks after a word for
// project ("le programme « Confiance numérique »"): the marks make it a
// name, so it needs no capitals beyond its first letter, but it is still
// no label, organisation, country, date or code.
func plausibleQuoted(name string) bool {
	// (A capital first, or small letters before one: "eTender".)
	ws := strings.Fields(name)
	return len(ws) > 0 && firstNameWord(ws[0]) && plausibleProjectName(name, 6, true)
}

// plausibleQuotedTitle is plausibleQuoted for a title the marks set
// apart in running text, up to fourteen words: "del programa
// “Fortalecimiento de la gestión de quejas en las instituciones de
// derechos humanos de Centroamérica”".
func plausibleQuotedTitle(name string) bool {
	ws := strings.Fields(name)
	return len(ws) > 0 && firstNameWord(ws[0]) && plausibleProjectName(name, 14, true)
}

// spellingCapitals reports a word of two capitals, then small letters
// only, five or more: "INclusifs", "REgistres". (Coined names run an
// acronym into a word too, "MEDcoop", "AFRIpol": three capitals or more,
// or a short word after them, are left to be names.)
func spellingCapitals(w string) bool {
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r) && lower == 0:
			upper++
		case unicode.IsLower(r):
			lower++
		default:
			return false
		}
	}
	return upper == 2 && lower >= 5
}

func plausibleProjectName(name string, maxWords int, quoted bool) bool {
	name = strings.TrimSpace(name)
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxWords || utf8.RuneCountInString(name) > 120 {
		return false
	}
	if lookupLabel(name) != labelNone {
		return false
	}
	// "UNODC’s Programme Office": a possessive names an owner, no project.
	if last := words[len(words)-1]; strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'s") {
		return false
	}
	// "Registres INclusifs (TAMARIN)": a word whose first letters are
	// capitals to spell an acronym is a word of its expansion.
	if len(words) == 1 && spellingCapitals(name) {
		return false
	}
	// "anti-HPV", "post-COVID", "non-EU": a prefix in small letters
	// joined to an acronym makes an adjective, no coined name.
	if len(words) == 1 && prefixedAcronym(name) {
		return false
	}
	// "Abidjan–Lagos", "Dakar—Bamako": two places joined by a dash (not
	// a hyphen) are a route, no coined name.
	if len(words) == 1 && placePair(name) {
		return false
	}
	// "Da Bari a Podgorica", "Dall'Astigiano al Niassa": from one place
	// to another, a headline's route, no coined name.
	if fromToPlaces(name) {
		return false
	}
	// "Neues Vorhaben", "Regional Programme": a word for project and the
	// words that qualify one (project.qualifier) name none.
	if len(words) <= 3 && genericProjectWords(words) {
		return false
	}
	// "Programme 2024" (a festival's), "Projekt 2023": a word for project
	// and a year is a page's schedule or report, no name.
	if len(words) == 2 && projectWordSet()[lexicon.Fold(words[0])] && yearAlone(words[1]) {
		return false
	}
	// "Kirundo et Muyinga": two plain words joined by "and" are two
	// places or things a headline names, no coined name.
	if len(words) == 3 && listAnd()[lexicon.Fold(words[1])] && strings.ToLower(words[1]) == words[1] && placeWord(words[0]) && placeWord(words[2]) {
		return false
	}
	// "Budget & expenses (USD)": a currency's code names no project, nor
	// does an amount ("das Vorhaben 7 Millionen Euro bereit").
	if normalize.IsCurrency(name) || startsWithDigit(name) && len(normalize.FindMoney(name)) > 0 {
		return false
	}
	// "de Atividades 2023" (a report's title less its first word): a name
	// does not open with a little word in lower case.
	if f := words[0]; strings.ToLower(f) == f && (ofWords()[lexicon.Fold(f)] || articleWords()[lexicon.Fold(f)]) {
		return false
	}
	// "l’esperienza VEDRINA": nor with an elided article and a word in
	// lower case ("l'Agenda 2030" may).
	if f := words[0]; strings.ToLower(f) == f {
		if i := indexApostrophe(f); i > 0 && i <= 2 && articleWords()[lexicon.Fold(f[:i+len(string([]rune(f[i:])[0]))])] {
			return false
		}
	}
	// "Climate-Resilient Agriculture in the" (a table cell cut at its
	// line's end): a name does not end with a little word. ("SDIF I":
	// a first phase's numeral after a name is none; "Phase I" is no
	// name.)
	if l := lexicon.Fold(words[len(words)-1]); len(words) > 1 && (nameLittle()[l] || articleWords()[l] || ofWords()[l]) && (words[len(words)-1] != "I" || phaseWords()[lexicon.Fold(words[len(words)-2])]) {
		return false
	}
	// "Priorities for 2025", "Ausblick auf 2025": a year after a little
	// word ends a heading of plans, no name.
	if n := len(words); n > 2 && yearAlone(words[n-1]) {
		if l := words[n-2]; strings.ToLower(l) == l && (nameLittle()[lexicon.Fold(l)] || ofWords()[lexicon.Fold(l)]) {
			return false
		}
	}
	// "Het project richt zich …", "Van project naar markt": a little
	// word of a lexicon language before a word for project names none.
	if allLittle(words) {
		return false
	}
	// "Partner Period": a table's column heads, every word a label.
	if len(words) > 1 {
		all := true
		for _, w := range words {
			if lookupLabel(w) == labelNone {
				all = false
				break
			}
		}
		if all {
			return false
		}
	}
	if _, ok := normalize.KnownOrganisation(name); ok {
		return false // an organisation ("C-PROC", "Europarat") is no project
	}
	// "UNICEF Jordan", "GIZ Büro Kabul": an organisation's office;
	// "UNODC Global Maritime Crime (Programme)": its standing programme.
	if ws := strings.Fields(name); len(ws) > 1 && len(ws) <= 6 {
		if _, ok := normalize.KnownOrganisation(ws[0]); ok && (len(ws) <= 3 || !isCountry(ws[0])) {
			return false
		}
	}
	if _, ok := normalize.CountryCode(name); ok {
		return false
	}
	if len(words) == 1 && (notProjectWords[strings.ToLower(name)] || documentStateWords()[lexicon.Fold(name)]) {
		return false
	}
	if strings.Trim(name, "0123456789–-/. ") == "" {
		return false // a year or a number
	}
	if len(words) == 1 && followUpNumber(name) {
		return false // "II": a follow-up's number alone
	}
	// "Phase II", "Fase 2": a phase's number names no project of its own.
	if len(words) == 2 && phaseWords()[lexicon.Fold(words[0])] && followUpNumber(words[1]) {
		return false
	}
	if _, err := normalize.ParseDate(name); err == nil {
		return false // "July 2022"
	}
	// "Ende Jänner 2024", "Anfang März 2021": a word before a month and
	// its year is a date's, not a name's ("Beira 2030" is a name).
	if len(words) >= 3 {
		if d, err := normalize.ParseDate(strings.Join(words[1:], " ")); err == nil && d.Precision != dossier.PrecisionYear {
			return false
		}
	}
	// "d'Italia", "l'Union": an elided article before a name; the name
	// alone is judged.
	if i := indexApostrophe(name); i > 0 && i <= 4 && !strings.Contains(name[:i], " ") {
		if rest := name[i+len(string([]rune(name[i:])[0])):]; rest != "" && startsUpper(rest) && lexicon.Fold(name[:i]) != "" && !startsUpper(name) {
			return plausibleProject(rest)
		}
	}
	// "Eleições Presidenciais de 2022 em Timor-Leste", "Elections of
	// 2023": a year after "of" dates an event; a name carries its year
	// bare ("Beira 2030").
	for i := 1; i < len(words); i++ {
		if y := words[i]; len(y) == 4 && (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && strings.Trim(y, "0123456789") == "" && ofWords()[lexicon.Fold(words[i-1])] {
			return false
		}
	}
	// "GOV.UK", "giz.de": a web site's name.
	if webName.MatchString(name) {
		return false
	}
	// "XI-IATI-EC_NEAR-2019/412-036", "2019.2211.7": a code, not a name.
	// ("PRAVO-DIGIT 2024-2027": a follow-up named by its years carries
	// their range after its name; only a coined name does so, and
	// "Finanzielle Beiträge 2021–2025" is a heading over a period's
	// figures.)
	if rest := withoutYearRange(name); rest != name && !coinedWordIn(rest) {
		return false
	}
	if strings.ContainsAny(name, "_/") || countDigits(withoutYearRange(name)) >= 5 {
		return false
	}
	if regionLabel(name) || regionLabel(strings.TrimSuffix(strings.TrimSuffix(name, " Project"), " project")) {
		return false
	}
	for _, w := range words {
		if orgWords()[lexicon.Fold(w)] {
			return false
		}
	}
	for _, w := range words {
		if runTogether(w) {
			return false // "económicaDocumentosAgenda": menu items set without spaces
		}
	}
	// "Keeping watch over the Western Indian Ocean": a long phrase with
	// words in lower case other than a name's little words is prose.
	if len(words) >= 4 && !quoted {
		for _, w := range words[1:] {
			t := strings.Trim(w, "()[]\"'«»“”,.;:")
			// ("EnReg Afrique de l'Est": a capital after an elided
			// article.)
			if i := indexApostrophe(t); i > 0 && i <= 2 {
				t = strings.TrimLeft(t[i:], "'’")
			}
			if t != "" && !startsUpper(t) && !unicode.IsDigit([]rune(t)[0]) && !nameLittle()[lexicon.Fold(t)] {
				return false
			}
		}
	}
	// "REEFWATCH+ adds Mozambique", "ACTRA gets six more months": a
	// headline led by an acronym and a word in lower case is a sentence
	// about the acronym's project, not a name.
	if len(words) >= 3 && !quoted && acronymLike(strings.Trim(words[0], "\"'«»“”")) {
		if t := words[1]; !startsUpper(t) && !unicode.IsDigit([]rune(t)[0]) && !nameLittle()[lexicon.Fold(t)] && !ofWords()[lexicon.Fold(t)] {
			return false
		}
	}
	if quoted {
		return true
	}
	// A number or "+" makes a name only beside a capital: "iPROCEEDS-2",
	// "GLACY+", "Beira 2030", not "annuale 2022".
	anyCapital := false
	for _, w := range words {
		if startsUpper(strings.Trim(w, "()[]\"'«»“”,.;:")) {
			anyCapital = true
		}
	}
	for _, w := range words {
		w = strings.Trim(w, "()[]\"'«»“”,.;:")
		if w == "" {
			continue
		}
		caps, lower := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				caps++
			case unicode.IsLower(r):
				lower++
			case unicode.IsDigit(r) || r == '+' || r == '@':
				if anyCapital || r == '@' {
					return true
				}
			}
		}
		if caps >= 2 || caps == 1 && lower > 0 && !unicode.IsUpper([]rune(w)[0]) {
			return true
		}
	}
	capital := 0
	for _, w := range words {
		if startsUpper(w) {
			capital++
		}
	}
	return capital >= 2
}

// projectNames collects the projects a document names, keyed by
// projectKey, with the spelling it uses most (ties: first seen).
type projectNames struct {
	order    []string
	spelling map[string]map[string]int
	first    map[string]string
	// stored holds the store's spelling by key (Known): a name the store
	// knows is written as it does ("MARELAB" for a page's "Marelab").
	stored map[string]string
	// made holds spellings no text writes, made from a title's words
	// ("HARVESTNET 2" of "Second phase for HARVESTNET"): a written one
	// names the project where there is one.
	made map[string]bool
}

func newProjectNames() *projectNames {
	return &projectNames{spelling: map[string]map[string]int{}, first: map[string]string{}}
}

func (p *projectNames) add(name string) string {
	// ("APRECIA –", "— VÍA BALCÁNICA": a separator next to a name is
	// the line's, not the name's.)
	// ("„Reform des öffentlichen Busverkehrs in ghanaischen⏎
	// Sekundärstädten“": a name a line break splits is one line.)
	name = strings.Trim(name, " \t\n–—-:;,")
	if strings.ContainsAny(name, "\n\t\r") || strings.Contains(name, "  ") {
		name = collapse(name)
	}
	k := projectKey(name)
	if k == "" {
		return ""
	}
	if _, ok := p.spelling[k]; !ok {
		p.spelling[k] = map[string]int{}
		p.first[k] = name
		p.order = append(p.order, k)
	}
	p.spelling[k][name]++
	return k
}

// markMade records name as a spelling no text writes (see made).
func (p *projectNames) markMade(name string) {
	if p.made == nil {
		p.made = map[string]bool{}
	}
	p.made[strings.Trim(name, " \t\n–—-:;,")] = true
}

// canonical returns the spelling most used for key: in running text a
// project is written as its team writes it, while titles play with case.
func (p *projectNames) canonical(k string) string {
	if s := p.stored[k]; s != "" && p.spelling[k] != nil {
		return s
	}
	best, n := p.first[k], 0
	written := false
	for s := range p.spelling[k] {
		written = written || !p.made[s]
	}
	for s, c := range p.spelling[k] {
		if written && p.made[s] {
			continue
		}
		if c > n || (c == n && s < best) || written && p.made[best] {
			best, n = s, c
		}
	}
	return best
}

// variants returns the other spellings of key a text writes, sorted.
func (p *projectNames) variants(k string) []string {
	c := p.canonical(k)
	var out []string
	for s := range p.spelling[k] {
		if s != c && !p.made[s] {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func blockText(b dossier.Block) string {
	if b.Label != "" {
		return b.Label + ": " + b.Text
	}
	return b.Text
}

// orgWords are the lexicon's "organisation.word" entries: a name with
// one of them ("Ministry of Foreign Affairs of Denmark") is an
// organisation, not a project.
var orgWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("organisation", "word") {
		m[lexicon.Fold(p)] = true
	}
	return m
})

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// bodyWordBefore reports a text that ends on a body described by a
// noun phrase: an article, a word for a body (the lexicon's
// organisation.word), and words in small letters after it ("par
// l'institut météorologique néerlandais", "by the Dutch weather
// institute"). "to fund", "trained police officers for" end on none.
func bodyWordBefore(text string) bool {
	ws := strings.Fields(text)
	k := len(ws) - 1
	afterOf := false
	for n := 0; k >= 0 && n < 3; n++ {
		f := lexicon.Fold(ws[k])
		if orgWords()[lastFoldedWord(f)] {
			break
		}
		_, nat := nationalities()[f]
		// ("die Agentur der Österreichischen …": a word of "of" between
		// the body and its name, right after the body's word: "La unidad
		// forma parte de AEROVIGÍA" names no body.)
		if ofWords()[f] {
			k--
			afterOf = true
			continue
		}
		if afterOf && !nat {
			return false
		}
		if !nat && (strings.ToLower(ws[k]) != ws[k] || nameLittle()[f] || articleWords()[f]) {
			return false
		}
		k--
	}
	if k < 0 {
		return false
	}
	f := lexicon.Fold(ws[k])
	if !orgWords()[lastFoldedWord(f)] {
		return false
	}
	// ("l'institut", folded "l institut": the article elided before it.)
	if i := strings.LastIndexByte(f, ' '); i >= 0 && articleWords()[f[:i]] {
		return true
	}
	if k == 0 {
		return false
	}
	prev := lexicon.Fold(ws[k-1])
	if _, nat := nationalities()[prev]; nat && k >= 2 {
		prev = lexicon.Fold(ws[k-2])
	}
	return articleWords()[prev]
}

// lastFoldedWord is the last word of a folded text.
func lastFoldedWord(f string) string {
	if i := strings.LastIndexByte(f, ' '); i >= 0 {
		return f[i+1:]
	}
	return f
}

// namedAfterProjectWord reports a text that opens on a word for project,
// an article before it maybe, followed by a coined name: "el programa
// HIDROALERTA cierra …".
func namedAfterProjectWord(rest string) bool {
	ws := strings.Fields(rest)
	for k := 0; k < min(2, len(ws)-1); k++ {
		if projectWordSet()[strings.ToLower(ws[k])] {
			next := strings.TrimRight(ws[k+1], ",.;:")
			return acronymLike(next) && distinctive(next)
		}
	}
	return false
}

// appositives finds a one-word name followed by ", the <word for
// project>" in the lexicon's languages: "PROMARIS, the Programme for …",
// "CyberSouth, le projet …".
func appositives(text string) []mention {
	var out []mention
	for i := 0; i < len(text); i++ {
		j := strings.IndexByte(text[i:], ',')
		if j < 0 {
			break
		}
		i += j
		longName := longNameAppositive(text[i+1 : min(len(text), i+160)])
		if longName == "" && !projectAfter(strings.ToLower(text[i+1:min(len(text), i+40)])) && !titledAppositive(text[i+1:min(len(text), i+160)]) && !asNamedAfter(text[i+1:min(len(text), i+80)]) {
			continue
		}
		// "… en Puerto Villarroel, el programa HIDROALERTA cierra …": the
		// word for project has its own name after it; what stands before
		// the comma is no name of it.
		if namedAfterProjectWord(text[i+1 : min(len(text), i+80)]) {
			continue
		}
		// The name before the comma: one word written as a name
		// ("PROMARIS"), or up to four capitalised words or numbers
		// ("Resilient Beira 2030").
		// "Digital Trust (Confiance numérique), the UNODC programme": the
		// name before the bracket.
		nameEnd, alias := i, ""
		if strings.HasSuffix(text[:i], ")") {
			if open := strings.LastIndex(text[:i], "("); open > 0 {
				nameEnd = len(strings.TrimRight(text[:open], " "))
				alias = strings.TrimSpace(text[open+1 : i-1])
			}
		}
		// "Ejecutado por la Fundación … y Políticas Públicas (FIIAPP), el
		// proyecto …": a body's acronym in the brackets makes what stands
		// before them the body's name.
		if alias != "" {
			if _, known := normalize.KnownOrganisation(alias); known {
				continue
			}
		}
		start := nameEnd
		var words []string
		// ("the Cervical Screening Quality Improvement Programme, a
		// four-year initiative": a name that ends on its word for project
		// may run longer.)
		for limit := 4; len(words) < limit; {
			j := start
			for j > 0 {
				r, size := utf8.DecodeLastRuneInString(text[:j])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("@+-", r) {
					break
				}
				j -= size
			}
			w := text[j:start]
			if w == "" || !startsUpper(w) && strings.Trim(w, "0123456789") != "" {
				break
			}
			words = append(words, w)
			if len(words) == 1 && projectHeads()[lexicon.Fold(w)] {
				limit = 6
			}
			start = j
			if start == 0 || text[start-1] != ' ' {
				break
			}
			start--
		}
		if len(words) == 0 {
			continue
		}
		// "Au Sud-Kivu, le programme prévoit …", "In Karnali, the
		// project …": a name after a word of place that opens the
		// sentence is a place, unless it is written as coined names are,
		// in capitals or with a capital inside a word ("In SaniVille, het
		// programma …").
		if n := len(words); n > 1 && sentenceStart(text[:start]) && placeIn()[lexicon.Fold(words[n-1])] && !acronymLike(words[0]) && !(camelCase(words[0]) && !hyphenCapitals(words[0])) {
			continue
		}
		// "In Malawi, the HYDROLINK programme …": a sentence's opening
		// preposition is no part of a name, and a country is no project.
		// ("È partito il 1° luglio 2022 HALCYON II, il nuovo progetto":
		// nor is a date's year; a name sets its number after it, "Beira
		// 2030".)
		for len(words) > 1 && (nameLittle()[lexicon.Fold(words[len(words)-1])] || articleWords()[lexicon.Fold(words[len(words)-1])] || strings.Trim(words[len(words)-1], "0123456789") == "") {
			start += len(words[len(words)-1]) + 1
			words = words[:len(words)-1]
		}
		// "… ha presentado en Asunción FacturaNexo, el Programa …": a
		// place in title case before a coined name, the run inside the
		// sentence, is where the name was named, no part of it.
		if len(words) > 1 && (acronymLike(words[0]) || coinedHyphenName(words[0])) && distinctive(words[0]) && !upperFirst(lastWord(text[:start])) && lastWord(text[:start]) != "" {
			plain := true
			for _, w := range words[1:] {
				_, size := utf8.DecodeRuneInString(w)
				plain = plain && !acronymLike(w) && strings.ToLower(w[size:]) == w[size:]
			}
			if plain {
				start = nameEnd - len(words[0])
				words = words[:1]
			}
		}
		// "Baptisé PACEP II, ce nouveau programme …": a sentence's
		// opening word, capitalised as the sentence's first, before a
		// name written as one is no part of it.
		if n := len(words); n > 1 && sentenceStart(text[:start]) && !acronymLike(words[n-1]) && acronymLike(words[n-2]) {
			start += len(words[n-1]) + 1
			words = words[:n-1]
		}
		name := strings.TrimSpace(text[start:nameEnd])
		// "… al Sistema Trinacional de Alerta Temprana de Incendios del
		// Gran Chaco, la iniciativa que …": capitalised words after a
		// name's little word end a longer name, which the apposition is
		// about (a body's name aside).
		longRun := false
		// (Inside a sentence, in plain words: "Além de Cabo Verde, o
		// programa …" opens a sentence, "Im Rahmen von SACIR II, …" ends
		// on a coined name, "Costa Rica, El Salvador …" is a list.)
		if tailOfLongerName(text, start) && !slices.ContainsFunc(words, acronymLike) {
			ws := strings.Fields(text[max(0, start-200):nameEnd])
			run := nameRunAtEnd(ws)
			capitals := 0
			for _, w := range run {
				if startsUpper(w) {
					capitals++
				}
			}
			inside := len(run) < len(ws) && startsLower(ws[len(ws)-len(run)-1]) && !strings.ContainsAny(ws[len(ws)-len(run)-1], ".;:")
			// (A long name opened by a word for project is read below.)
			if long := strings.Join(run, " "); inside && capitals >= 4 && len(headFirstName(ws)) == 0 && len(run) > len(words) && len(run) <= 14 && !strings.ContainsAny(long, ",;:.()") &&
				len(countriesIn(run)) == 0 && !bodyWords(long, true) && !orgName(long) && plausibleProjectUpTo(long, 14) {
				if at := strings.LastIndex(text[:start], run[0]); at >= 0 {
					name, start, words, longRun = strings.TrimSpace(text[at:nameEnd]), at, run, true
				}
			}
		}
		if _, country := normalize.CountryCode(name); country {
			continue
		}
		// "Outre Djibouti, le programme couvre …": a word opening the
		// sentence before a country or a region is a preposition ("In",
		// "Outre", "Além de"), and the place no project.
		if len(words) > 1 && sentenceStart(text[:start]) {
			_, rest, _ := strings.Cut(name, " ")
			if _, country := normalize.CountryCode(rest); country || regionLabel(rest) {
				continue
			}
		}
		// "o Programa de Reforço do Registo Civil e das Estatísticas
		// Vitais, uma iniciativa …": capitalised words that end a longer
		// name, opened by a capitalised word for project, are none of
		// their own.
		if hf := headFirstName(strings.Fields(text[max(0, start-200):nameEnd])); len(hf) > len(words) {
			continue
		}
		n1 := len(words)
		// ("Supervisa-Fin, un programa …": a coined name of capitalised
		// parts is written as a name, as an acronym is.)
		plain := false
		if n1 == 1 && !((acronymLike(name) || hyphenCapitals(name) && !isPlace(name)) && distinctive(name)) {
			// "… premier résultat visible de Marqanta, un programme
			// régional …": one plain capitalised word inside a
			// sentence, in apposition to a word for project, is a
			// coined name too; the page must name it again (plain).
			if !plainCoinedName(text[:start], name) {
				continue
			}
			plain = true
		}
		// "… mis en œuvre par l'institut météorologique néerlandais
		// KNMI, le projet …": an acronym after a word for a body is the
		// body's name; the apposition is the sentence's subject.
		if bodyWordBefore(text[:start]) {
			continue
		}
		// (A plain word passes as a quoted name does: the apposition
		// says it is one.)
		if plausibleProject(name) || longRun || plain && plausibleProjectName(name, 1, true) {
			if alias != "" && (len(strings.Fields(alias)) > 8 || !startsUpper(alias)) {
				alias = ""
			}
			if alias == "" && n1 == 1 {
				alias = longName
			}
			// ("Estas casitas forman parte de Pukllasun, un proyecto que
			// …": an apposition opened by an indefinite article
			// introduces the name; the page may name it once. Not "a",
			// Portuguese's definite article too.)
			introduced := plainIndefinites()[lexicon.Fold(leadingRun(strings.TrimLeft(text[i+1:], " ")))]
			out = append(out, mention{name: name, start: nameEnd - len(name), end: nameEnd, alias: alias, defined: true, plain: plain && !introduced})
		}
	}
	return out
}

// plainCoinedName reports one word in title case, with a word in small
// letters before it inside the sentence ("de Marqanta", "of Pukllasun"),
// that is no place, body, label or word of the lexicon's lists: a name
// coined for a project, as the apposition after it says.
func plainCoinedName(before, name string) bool {
	if utf8.RuneCountInString(name) < 4 || !allLetters(name) {
		return false
	}
	// (The words before first: plainNameForm asks the lexicon, the
	// organisations and the date parser.)
	prev := lastWord(before)
	if prev == "" || !startsLower(prev) || strings.ContainsAny(prev, ".!?:;") {
		return false
	}
	// "em Maputo, o projeto …": a town; "Fondazione Terra e Seme, il
	// progetto …": the end of a body's name.
	if p := lexicon.Fold(prev); atPlaceWords()[p] || listAnd()[p] || isPlaceWord(p) && !ofWords()[p] {
		return false
	}
	// "Centro de Operaciones de Emergencias, the programme …", "Além de
	// Baucau, o projeto …": after "of" and a capitalised word, the end
	// of a longer name, or a place after a sentence's opening.
	if ws := strings.Fields(before); len(ws) >= 2 && ofWords()[lexicon.Fold(prev)] && upperFirst(ws[len(ws)-2]) {
		return false
	}
	f := lexicon.Fold(name)
	return plainNameForm(name) && distinctive(name) && !isPlace(name) && !placeIn()[f] && !notSubjectWords()[f] && !orgWords()[f]
}

// sentenceStart reports whether what comes after before opens a
// sentence: nothing, or a sentence's end and spaces.
func sentenceStart(before string) bool {
	t := strings.TrimRight(before, " ")
	return t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "\n")
}

// projectAfter reports whether s starts with an article and a word for

// insideKnownOrg reports a name that ends an organisation's name the
// lexicon knows, which its word for project begins: "Entwicklungsprogramm
// der Vereinten Nationen" is UNDP, not a project "Vereinten Nationen".
func insideKnownOrg(text string, start, end int) bool {
	// Only a name whose last word ends a body's name the lexicon knows
	// can be that name's end (a cheap test first).
	if ws := strings.Fields(lexicon.Fold(text[start:end])); len(ws) == 0 || !orgLastWords()[ws[len(ws)-1]] {
		return false
	}
	// Only a name after a word of joining or an article ("… der
	// Vereinten Nationen", "… of the …") can end a longer name.
	ws := strings.Fields(text[max(0, start-16):start])
	n := len(ws)
	if n == 0 {
		return false
	}
	last := lexicon.Fold(ws[n-1])
	// ("… Gesellschaft für Internationale Zusammenarbeit": a name's
	// little word, too.)
	if !ofWords()[last] && !nameLittle()[last] && !(articleWords()[last] && n > 1 && ofWords()[lexicon.Fold(ws[n-2])]) {
		return false
	}
	from := max(0, start-40)
	for i := from; i < start; i++ {
		if i > 0 && text[i-1] != ' ' {
			continue
		}
		if _, ok := normalize.KnownOrganisation(text[i:end]); ok {
			return true
		}
	}
	return false
}

// orgLastWords holds the last words of the bodies' names dossier knows
// (the lexicon's org entries and normalize's own), folded.
var orgLastWords = sync.OnceValue(func() map[string]bool {
	names := normalize.OrganisationNames()
	for _, e := range lexicon.Entries() {
		if e.Section == "org" {
			names = append(names, e.Phrase)
		}
	}
	m := map[string]bool{}
	for _, n := range names {
		if ws := strings.Fields(lexicon.Fold(n)); len(ws) > 0 {
			m[ws[len(ws)-1]] = true
		}
	}
	return m
})

// dashExpansions finds an acronym followed by a dash and its long name,
// which opens with a word for project: "O PROFIM – Programa de
// Fortalecimento das Finanças Municipais", "ALFA - Programme d'appui …".
func dashExpansions(text string) []mention {
	var out []mention
	for _, dash := range []string{" – ", " - ", " — "} {
		for from := 0; ; {
			i := strings.Index(text[from:], dash)
			if i < 0 {
				break
			}
			i += from
			from = i + len(dash)
			rest := text[from:]
			w := strings.Trim(leadingRun(rest), " ")
			if w == "" || !startsUpper(w) {
				continue
			}
			if !projectWordSet()[strings.ToLower(w)] {
				// "SECURA – Road Safety Capacity Building on the
				// Abidjan–Lagos Corridor, a regional programme …": an
				// acronym, its title in title case, then in apposition a
				// word for project.
				if m, ok := acronymDashTitle(text, i, from); ok {
					out = append(out, m)
				}
				continue
			}
			// The name: words in capitals back from the dash ("RÍOS
			// COMPARTIDOS – Programa …"), up to four.
			j := i
			for n := 0; n < 4; n++ {
				k := strings.LastIndexAny(text[:j], " \n(") + 1
				w := text[k:j]
				if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w || articleWords()[lexicon.Fold(w)] {
					break
				}
				j = k
				if k == 0 || text[k-1] != ' ' {
					break
				}
				j = k - 1
			}
			name := strings.TrimSpace(text[j:i])
			j = i - len(name)
			if name == "" || !distinctive(name) || !plausibleProject(name) || !strings.Contains(name, " ") && !acronymLike(name) {
				continue
			}
			if _, known := normalize.KnownOrganisation(name); known {
				continue
			}
			out = append(out, mention{name: name, start: j, end: i, defined: true})
		}
	}
	return out
}

// acronymDashTitle reads "ACRONYM – Title In Title Case, a … programme"
// around the dash at text[i:from]: the acronym is the name, the title its
// alias. The title's words are capitalised but for little words ("on",
// "the"), at least three of them, ending at a comma that an article and a
// word for project follow.
func acronymDashTitle(text string, i, from int) (mention, bool) {
	k := strings.LastIndexAny(text[:i], " \n(") + 1
	acr := text[k:i]
	if !acronymLike(acr) || !distinctive(acr) || !plausibleProject(acr) {
		return mention{}, false
	}
	if _, known := normalize.KnownOrganisation(acr); known {
		return mention{}, false
	}
	comma := strings.IndexAny(text[from:], ",.;:()")
	if comma < 0 || text[from+comma] != ',' {
		return mention{}, false
	}
	title := text[from : from+comma]
	ws := strings.Fields(title)
	if len(ws) < 3 || len(ws) > 12 {
		return mention{}, false
	}
	caps := 0
	for _, w := range ws {
		switch {
		case startsUpper(w):
			caps++
		case !nameLittle()[lexicon.Fold(w)] && !articleWords()[lexicon.Fold(w)]:
			return mention{}, false
		}
	}
	if caps < 3 || !startsUpper(ws[len(ws)-1]) || !projectAfter(strings.ToLower(text[from+comma+1:min(len(text), from+comma+60)])) {
		return mention{}, false
	}
	return mention{name: acr, start: k, end: from + comma, alias: strings.Join(ws, " ")}, true
}

// asNamedWords holds the lexicon's word.as_named words, folded.
var asNamedWords = foldedSet("word", "as_named")

// projectCalled holds the lexicon's project.called phrases, folded.
var projectCalled = foldedSet("project", "called")

// asNamedAfter reports text after a comma that says the name before it
// is what the project is called: "KUDUSCAN, zoals het project intern
// heet", "…, as the programme is known", "…, wie das Vorhaben intern
// heißt". A word of "as" opens it; a word for project and a word of
// naming follow within seven words, in either order ("comme s'appelle le
// projet").
func asNamedAfter(s string) bool {
	// (The first word alone first: it runs after most commas.)
	first := strings.TrimLeft(s, " \n\t")
	if i := strings.IndexAny(first, " \n\t"); i > 0 && i <= 6 {
		first = first[:i]
	} else {
		return false
	}
	if !asNamedWords()[strings.ToLower(first)] {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) < 3 {
		return false
	}
	project := false
	folded := []string{""}
	for _, w := range ws[1:min(len(ws), 8)] {
		t := strings.TrimRight(w, ",.;:!?)")
		f := lexicon.Fold(t)
		folded = append(folded, f)
		project = project || projectWordSet()[strings.ToLower(t)]
		if t != w {
			break
		}
	}
	if !project {
		return false
	}
	joined := strings.Join(append(folded, ""), " ")
	for p := range projectCalled() {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	return false
}

// project: " the Programme", " le projet".
func projectAfter(s string) bool {
	s = strings.TrimLeft(s, " \n\t")
	// "FINTRACE II, programa de formación judicial …": Spanish and French
	// set the word for project in apposition without an article.
	// ("Aminata Ouédraogo, Programme Director": a person's role.)
	if w := strings.Trim(leadingRun(s), " "); w != "" && projectWordSet()[w] && strings.HasPrefix(s[len(w):], " ") {
		return !rolePart(s)
	}
	for _, a := range appositionArticles() {
		rest, ok := strings.CutPrefix(s, a)
		if !ok {
			continue
		}
		// "the UNODC programme", "the regional programme": up to two
		// words before the word for project.
		ws := strings.Fields(rest)
		// ("Qyzyl Tamshy, a regional blood safety programme …": up to
		// four words of a noun phrase, none a little word, a relative
		// word or set apart by a comma.)
		for k := 0; k < len(ws) && k <= 4; k++ {
			w := strings.Trim(ws[k], ",.;:")
			if projectWordSet()[w] || len(w) >= 9 && compoundProjectWord(w) {
				return true
			}
			if k >= 2 {
				if f := lexicon.Fold(w); w != ws[k] || nameLittle()[f] || relativeWords()[f] || !startsLower(w) {
					break
				}
			}
			// ("Lucía Marcos, el presupuesto del programa …": a word
			// of "of" makes the project the complement of another
			// noun, no apposition.)
			if ofWords()[lexicon.Fold(w)] {
				break
			}
		}
	}
	return false
}

// closedApposition reports text after a comma that calls what came
// before it a project and then closes, on a comma or a relative word
// right after the word for project: "the regional programme that is
// building …", "un programme, …". ("Em Maputo, o programa apoiou …": a
// sentence's subject after its opening place, no apposition.) (An
// adjective after the word, "un programme régional, …", is not read:
// allowing one cost dev 9 hits.)
// (The word for project in small letters: "O Governo, o Programa das
// Nações Unidas …" lists bodies.)
func closedApposition(s string) bool {
	s = s[:min(len(s), 80)]
	if !projectAfter(strings.ToLower(s)) {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	for k, w := range ws[:min(len(ws)-1, 6)] {
		t := strings.TrimRight(w, ",")
		if !projectWordSet()[t] && !(len(t) >= 9 && compoundProjectWord(t)) {
			continue
		}
		return t != w || relativeWords()[lexicon.Fold(ws[k+1])]
	}
	return false
}

// longNameAppositive returns the long name of an appositive that spells
// a name out in title case up to its word for project: ", the Municipal
// Finance Strengthening Programme (…)" gives "Municipal Finance
// Strengthening Programme". "" when s is no such appositive.
func longNameAppositive(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 3 || !articleWord(ws[0]) {
		return ""
	}
	for k := 1; k < len(ws) && k <= 10; k++ {
		w := strings.TrimRight(ws[k], ",.;:")
		if projectWordSet()[strings.ToLower(w)] {
			if k < 3 {
				return "" // "the UNODC programme": no long name
			}
			return strings.Join(append(ws[1:k:k], w), " ")
		}
		// "the Women's Economic and Financial Inclusion programme": little
		// words inside the name.
		if !startsUpper(w) && !(k > 1 && (nameLittle()[lexicon.Fold(w)] || ofWords()[lexicon.Fold(w)])) {
			return ""
		}
		if w != ws[k] {
			return ""
		}
	}
	return ""
}

// titledAppositive reports an appositive that is a name in title case,
// itself followed by a word for project: "KUREJESHA, the Eastern Africa
// Asset Recovery Partnership, an $8.9 million programme run by …".
func titledAppositive(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 4 || !articleWord(ws[0]) {
		return false
	}
	k := 1
	for k < len(ws) && k <= 8 && startsUpper(ws[k]) && !strings.HasSuffix(ws[k], ",") {
		k++
	}
	if k >= len(ws) || k < 2 || k > 8 || !startsUpper(ws[k]) || !strings.HasSuffix(ws[k], ",") {
		return false
	}
	// The name's last word ends with the comma; then "a"/"an"/"the" and,
	// within four words, a word for project.
	rest := ws[k+1:]
	if len(rest) == 0 || !articleWord(rest[0]) {
		return false
	}
	for _, w := range rest[1:min(len(rest), 6)] {
		if projectWordSet()[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return true
		}
	}
	return false
}

// articleWord reports an article of the lexicon ("the", "an", "la").
func articleWord(w string) bool {
	w = strings.ToLower(w)
	for _, a := range lexicon.Phrases("article", "word") {
		if strings.TrimSpace(a) == w {
			return true
		}
	}
	return w == "a" || w == "an"
}

// matchAllIf runs re on s only when a cheap test says it can match.
func matchAllIf(may bool, re *regexp.Regexp, s string) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringIndex(s, -1)
}

// indexAll returns every position of sub in text, apart (none for an
// empty sub).
func indexAll(text, sub string) []int {
	if sub == "" {
		return nil
	}
	var out []int
	for i := 0; ; {
		j := strings.Index(text[i:], sub)
		if j < 0 {
			return out
		}
		out = append(out, i+j)
		i += j + len(sub)
	}
}

// projectWordsAt returns where the lexicon's words for project stand in
// text as whole words (any case): one pass over text's words.
func projectWordsAt(text string) []int {
	at, _ := projectWordsAndCompounds(text, false)
	return at
}

// projectWordsAndCompounds is projectWordsAt, and with compounds set
// also where the compound nouns a word for project ends stand ("das
// Ausbildungsprogramm YAPK II", "het leerwerkprogramma YAP-K"), in one
// pass.
func projectWordsAndCompounds(text string, compounds bool) (at, comp []int) {
	set := projectWordSet()
	longest := projectWordLongest()
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		run := leadingRun(text[i:])
		if len(run) >= 5 && len(run) <= longest && projectWordFirst()[lowerByte(run[0])] && set[strings.ToLower(run)] {
			at = append(at, i)
		} else if compounds && len(run) >= 9 && compoundProjectWord(run) {
			comp = append(comp, i)
		}
		i += len(run)
	}
	return at, comp
}

// projectWordFirst marks the first bytes, in small letters, of the
// lexicon's words for project: most words start with none, and need no
// lookup.
var projectWordFirst = sync.OnceValue(func() *[256]bool {
	var first [256]bool
	for w := range projectWordSet() {
		if w != "" {
			first[lowerByte(w[0])] = true
		}
	}
	return &first
})

// lowerByte is an ASCII byte in small letters; other bytes as they are.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// projectWordLongest is the length in bytes of the lexicon's longest word
// for project ("unterstützungsfazilität"): longer runs need no lookup.
var projectWordLongest = sync.OnceValue(func() int {
	n := 0
	for w := range projectWordSet() {
		n = max(n, len(w))
	}
	return n
})

// coinedName reports a name with a word written as a coined name: a
// capital inside it, a "+" or "@" ("YAPK II", "VetPost"), not a run of
// capitalised nouns ("Mini-Netz-Regulierung").
func coinedName(name string) bool {
	for _, w := range strings.Fields(name) {
		if acronymLike(nameStem(w)) {
			return true
		}
	}
	return false
}

// compoundProjectWord reports a compound noun a word for project ends
// ("Ausbildungsprogramm", "leerwerkprogramma"), with a part of three
// letters or more before it.
func compoundProjectWord(run string) bool {
	for _, head := range projectCompounds() {
		if len(run) >= len(head)+3 && strings.EqualFold(run[len(run)-len(head):], head) {
			// "Vorgängerprogramm SahelLight", "het vervolgprogramma":
			// another project than the one the text speaks of.
			first := lexicon.Fold(run[:len(run)-len(head)])
			for _, p := range otherProjectPrefixes() {
				if strings.HasPrefix(first, p) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// otherProjectPrefixes holds the lexicon's project.other_prefix words,
// folded.
var otherProjectPrefixes = sync.OnceValue(func() []string { return lexicon.FoldedPhrases("project", "other_prefix") })

// projectCompounds holds the lexicon's project.compound words.
var projectCompounds = sync.OnceValue(func() []string {
	return lexicon.Phrases("project", "compound")
})

// projectWordSet holds the lexicon's words for project, lower case.
var projectWordSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Phrases("project", "word") {
		m[strings.ToLower(w)] = true
	}
	return m
})

// runTogether reports a word that is several words set without spaces:
// two places where a lower-case letter is followed by a capital and then
// a lower-case letter again ("InicioIntegraciónDocumentos"), which names
// like "CyberEast" or "iPROCEEDS" do not have.
func runTogether(w string) bool {
	rs := []rune(w)
	n, lower := 0, 0
	for i := 1; i+1 < len(rs); i++ {
		if unicode.IsLower(rs[i-1]) {
			lower++
		} else {
			lower = 0
		}
		// Words run together end a word of some length before the next
		// capital; a coined name's syllables are short ("RePlaMed").
		if lower >= 4 && unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i+1]) {
			n++
		}
	}
	return n >= 2
}

// nameLittle holds the lexicon's name.little words, folded.
var nameLittle = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Phrases("name", "little") {
		m[lexicon.Fold(w)] = true
	}
	return m
})

// findMentions is findMentions remembered for the document: a block's
// text, a heading, a sentence are asked about more than once.
func (x *extractor) findMentions(text string) []mention {
	if ms, ok := x.mentionCache[text]; ok {
		return ms
	}
	ms := findMentions(text)
	// "Entwicklungsprogramm der Vereinten Nationen (UNDP)": the end of a
	// body's name the lexicon knows names no project.
	kept := ms[:0:0]
	for _, m := range ms {
		// ("WE-Newsletter 2/2022": a periodical's issue, not a phase.)
		if !insideKnownOrg(text, m.start, m.end) && !bodyNamed(text, m) && !(m.plain && x.bodyCount(m.name) < 2) && periodicalHead(m.name) == m.name {
			kept = append(kept, m)
		}
	}
	ms = x.withYearRange(text, withDashPhase(text, x.periodsCut(text, kept)))
	ms = x.withPlainNames(text, ms)
	// "Lanzan Yaxche, programa de becas …": a headline's verb before a
	// plain coined name the body writes alone is no part of it.
	for i, m := range ms {
		if f := strings.Fields(m.name); len(f) == 2 && sentenceStart(text[:m.start]) && plainNameForm(f[1]) {
			if rest := x.nameAfterHeadlineWord(m.name); rest == f[1] {
				ms[i].name, ms[i].start = rest, m.end-len(rest)
			}
		}
	}
	if x.mentionCache == nil {
		x.mentionCache = map[string][]mention{}
	}
	x.mentionCache[text] = ms
	return ms
}

// withYearRange extends a name that a range of years follows where the
// document writes the name with that range twice or more: "GÉOCENS Sahel
// 2025–2028", "PRAVO-DIGIT 2024-2027" name a follow-up by its years. (A
// range written once after a name, in a table's row, is its period.)
func (x *extractor) withYearRange(text string, ms []mention) []mention {
	for i, m := range ms {
		end := yearRangeAfter(text, m)
		if end < 0 {
			continue
		}
		name := collapse(text[m.start:end])
		if x.bodyCount(name) < 2 {
			continue
		}
		ms[i].name, ms[i].end = name, end
	}
	return ms
}

// withPlainNames adds the document's plain coined names (plainNames)
// that text writes right after a word for project and that no mention
// covers: "das Programm Resonanca vorgestellt", "Mit dem Regionalprogramm
// Resonanca wollen …".
func (x *extractor) withPlainNames(text string, ms []mention) []mention {
	names := x.plainNames()
	if len(names) == 0 {
		return ms
	}
	at, comp := projectWordsAndCompounds(text, true)
	for _, p := range append(at, comp...) {
		j := p + len(leadingRun(text[p:]))
		k, ok := skipSpaces(text, j)
		if !ok {
			continue
		}
		w := leadingRun(text[k:])
		if names[w] && !coveredAt(ms, k) {
			ms = append(ms, mention{name: w, start: k, end: k + len(w)})
		}
	}
	// ("Resonanca, the regional programme …": in apposition too; and,
	// the name once settled by its uses, wherever the text writes it:
	// "le Tchad rejoint Conduvia".)
	for w := range names {
		for _, k := range wordsAt(text, w) {
			if !coveredAt(ms, k) {
				ms = append(ms, mention{name: w, start: k, end: k + len(w)})
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// coveredAt reports whether one of ms covers the byte at k.
func coveredAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.start <= k && k < m.end {
			return true
		}
	}
	return false
}

// plainNames returns the document's coined names written as plain words
// in title case ("Resonanca", "Protego"): a word that stands right after
// a word for project somewhere, that the running text writes three times
// or more, always with its capital and never beside another capitalised
// word (as "Tais de Letras", "Portfolio Board" are), and that the lexicon
// knows as nothing else (no label, place, body, date or little word).
// Such a name cannot be told by its form (plausibleProject wants
// capitals inside it or two words); its use in the document tells it.
func (x *extractor) plainNames() map[string]bool {
	if x.plainNameSet != nil {
		return x.plainNameSet
	}
	x.plainNameSet = map[string]bool{}
	// The words after a word for project first, cheap tests next: most
	// documents have no candidate, and their text is not read again.
	cands := map[string]bool{}
	for _, b := range x.doc.Blocks {
		t := blockText(b)
		at, comp := projectWordsAndCompounds(t, true)
		for _, p := range append(at, comp...) {
			// ("Project Board": a word for project in title case opens a
			// heading's name, save in German, which capitalises nouns.)
			if x.lang != "de" && startsUpper(t[p:]) {
				continue
			}
			j := p + len(leadingRun(t[p:]))
			if k, ok := skipSpaces(t, j); ok {
				if w := leadingRun(t[k:]); plainNameForm(w) {
					cands[w] = true
				}
			}
		}
	}
	// "Resonanca, the regional programme that …": a plain word that an
	// apposition calls a project needs only two uses, the apposition's
	// one among them.
	apposed, loose := map[string]bool{}, map[string]bool{}
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RoleParagraph {
			continue
		}
		t := blockText(b)
		for from := 0; ; {
			c := strings.IndexByte(t[from:], ',')
			if c < 0 {
				break
			}
			c += from
			from = c + 1
			w := t[wordStart(t, c):c]
			if len(w) < 4 || !startsUpper(w) || cands[w] || apposed[w] {
				continue
			}
			switch {
			case closedApposition(t[c+1:]) && plainNameForm(w):
				apposed[w] = true
			case x.looseApposition(t, c, w):
				// "Conduvia, un programme régional lancé en 2021 …": an
				// apposition that goes on past its word for project
				// needs a third use.
				loose[w] = true
			}
		}
	}
	// ("Daar moet het programma Qochamar …" under the heading "Delftse
	// kennis voor Qochamar": a heading's use counts too.)
	// ("Kelvora – Frühwarnung für Küstenstädte" over "Das Projekt
	// Kelvora startet …": a heading that opens on the word before a dash
	// or colon defines it; two uses do.)
	for w := range cands {
		if x.plainNameUse(w, 3, true) || x.headingDefines(w) && x.plainNameUse(w, 2, true) {
			x.plainNameSet[w] = true
		}
	}
	for w := range apposed {
		if x.plainNameUse(w, 2, false) {
			x.plainNameSet[w] = true
		}
	}
	for w := range loose {
		if !apposed[w] && x.plainNameUse(w, 3, true) {
			x.plainNameSet[w] = true
		}
	}
	return x.plainNameSet
}

// headingDefines reports a heading that opens on w and a dash or colon
// after it: "Kelvora – Frühwarnung für Küstenstädte", "Kelvora: early
// warning".
func (x *extractor) headingDefines(w string) bool {
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading {
			continue
		}
		if rest, ok := strings.CutPrefix(blockText(b), w); ok && nameLeads(w+rest, w) {
			return true
		}
	}
	return false
}

// plainNameForm reports a word that may be a plain coined name: four
// letters or more, a capital and then small letters, nothing the lexicon
// knows.
func plainNameForm(w string) bool {
	if len(w) < 4 || !startsUpper(w) || strings.ToUpper(w) == w || acronymLike(w) {
		return false
	}
	f := lexicon.Fold(w)
	if lookupLabel(w) != labelNone || isCountry(w) || regionLabel(w) || nameLittle()[f] || articleWords()[f] || ofWords()[f] ||
		projectWordSet()[f] || phaseWords()[f] || notProjectWords[f] || jobWords[f] || nationalities()[f] != "" {
		return false
	}
	if _, known := normalize.KnownOrganisation(w); known {
		return false
	}
	_, err := normalize.ParseDate(w)
	return err != nil
}

// looseApposition reports the plain word w before the comma at c set in
// an apposition that calls it a project without closing: "réalisations
// de Conduvia, un programme régional lancé en mars 2021 …". The word for
// project comes after an indefinite article of the document's language
// or none ("Alerta Isla, dem binationalen Programm" is read by the
// closed form; "Além de Baucau, o projeto abrange …" opens a sentence on
// its place, the project its subject); the word before w is in small
// letters and no word of place ("Em Maputo, o programa …").
func (x *extractor) looseApposition(t string, c int, w string) bool {
	rest := strings.TrimLeft(t[c+1:min(len(t), c+81)], " \n\t")
	// (The cheap test first: the article or the word for project is
	// written in small letters.)
	if !startsLower(rest) {
		return false
	}
	first := lexicon.Fold(leadingRun(rest))
	if !indefiniteArticles()[first][x.lang] && !projectWordSet()[first] {
		return false
	}
	if !projectAfter(strings.ToLower(rest)) || !plainNameForm(w) {
		return false
	}
	ws := strings.Fields(t[:c-len(w)])
	if len(ws) == 0 {
		return true
	}
	before := ws[len(ws)-1]
	return startsLower(before) && !isPlaceWord(lexicon.Fold(before)) && !atPlaceWords()[lexicon.Fold(before)]
}

// atPlaceWords holds the lexicon's word.at_place entries, folded: "em",
// "à", "nach".
var atPlaceWords = foldedSet("word", "at_place")

// plainNameUse reports whether the document uses w as a name: least
// times or more in its running text (and its headings, with headings),
// never in small letters, never beside another capitalised word.
func (x *extractor) plainNameUse(w string, least int, headings bool) bool {
	r, size := utf8.DecodeRuneInString(w)
	lower := string(unicode.ToLower(r)) + w[size:]
	n := 0
	for _, b := range x.doc.Blocks {
		t := blockText(b)
		if strings.Contains(t, lower) && len(wordsAt(t, lower)) > 0 {
			return false
		}
		for _, i := range wordsAt(t, w) {
			if b.Role == dossier.RoleParagraph || headings && b.Role == dossier.RoleHeading {
				n++
			}
			if x.besideCapital(t, i, i+len(w)) {
				return false
			}
		}
	}
	return n >= least
}

// wordsAt returns where w stands in t as a whole word.
func wordsAt(t, w string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(t[from:], w)
		if i < 0 {
			return out
		}
		i += from
		from = i + len(w)
		if !wordBefore(t, i) && !wordAt(t, i+len(w)) {
			out = append(out, i)
		}
	}
}

// besideCapital reports a word at t[start:end] that a capitalised word
// follows (a little word between at most: "Tais de Letras") or, outside
// German, precedes mid-sentence ("Portfolio Board"): part of a longer
// name.
func (x *extractor) besideCapital(t string, start, end int) bool {
	rest := t[end:]
	if k, ok := skipSpaces(rest, 0); ok || strings.HasPrefix(rest, "-") {
		if !ok {
			k = 1
		}
		next := leadingRun(rest[k:])
		if next != "" && (nameLittle()[lexicon.Fold(next)] || ofWords()[lexicon.Fold(next)]) && startsLower(next) {
			if k2, ok2 := skipSpaces(rest, k+len(next)); ok2 {
				next = leadingRun(rest[k2:])
			}
		}
		if next != "" && startsUpper(next) {
			return true
		}
	}
	// (German capitalises every noun and opens quotations on a
	// capital: "„Mit Resonanca investieren …".)
	if x.lang == "de" {
		return false
	}
	before := strings.TrimRight(t[:start], " ")
	if len(before) == len(t[:start]) {
		return false
	}
	prev := wordStart(before, len(before))
	pw := before[prev:]
	return pw != "" && startsUpper(pw) && !projectWordForm(lexicon.Fold(pw)) && !sentenceStart(strings.TrimRight(before[:prev], "„“\"«‘'"))
}

// periodsCut cuts from a name the range of years that ends it unless the
// document's running text writes the two together twice or more:
// "PASTORVAC 2019–2022" over a retrospective is PASTORVAC and its period.
func (x *extractor) periodsCut(text string, ms []mention) []mention {
	for i, m := range ms {
		rest := withoutYearRange(m.name)
		if rest == m.name || x.bodyCount(m.name) >= 2 || m.end > len(text) {
			continue
		}
		orig := text[m.start:m.end]
		if j := strings.LastIndexAny(orig, " \n\t"); j > 0 {
			ms[i].name = rest
			ms[i].end = m.start + len(strings.TrimRight(orig[:j], " \n\t"))
		}
	}
	return ms
}

// bodyCount returns how many times the document's running text (no
// heading, no title) holds s.
func (x *extractor) bodyCount(s string) int {
	n := 0
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading {
			n += strings.Count(collapse(blockText(b)), s)
		}
	}
	return n
}

// yearRangeAfter returns where the range of years that follows m ends
// ("… 2025–2028", " 2024-2027"), or -1.
func yearRangeAfter(text string, m mention) int {
	rest := text[m.end:]
	first := ""
	// The name's own last word is the range's first year ("GÉOCENS Sahel
	// 2025" before "–2028"), or the year follows after a space.
	if ws := strings.Fields(m.name); len(ws) > 1 && isYear(ws[len(ws)-1]) {
		first = ws[len(ws)-1]
	} else if len(rest) > 5 && rest[0] == ' ' && isYear(rest[1:5]) {
		first, rest = rest[1:5], rest[5:]
	} else {
		return -1
	}
	dash := ""
	for _, d := range []string{"–", "—", "-"} {
		if strings.HasPrefix(rest, d) {
			dash = d
		}
	}
	if dash == "" || len(rest) < len(dash)+4 || !isYear(rest[len(dash):len(dash)+4]) {
		return -1
	}
	second := rest[len(dash) : len(dash)+4]
	if second <= first || wordAt(rest, len(dash)+4) {
		return -1
	}
	return len(text) - len(rest) + len(dash) + 4
}

// withoutYearRange returns name less a last word that is a range of
// years ("2024-2027", "2025–2028").
func withoutYearRange(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return name
	}
	last := name[i+1:]
	for _, d := range []string{"–", "—", "-"} {
		if a, b, ok := strings.Cut(last, d); ok && isYear(a) && isYear(b) && a < b {
			return name[:i]
		}
	}
	return name
}

// coinedWordIn reports a word written as a coined name: an acronym
// ("GÉOCENS"), capitals inside a word ("eBashkia"), capitalised parts
// joined by a hyphen ("Supervisa-Fin").
func coinedWordIn(name string) bool {
	for _, w := range strings.Fields(name) {
		if acronymLike(w) || camelCase(w) || hyphenCapitals(w) {
			return true
		}
	}
	return false
}

// fromToPlaces reports a name that opens on a word for "from" and has,
// further on, a word for "to" in small letters before a capitalised
// word: "Da Nuoro a Burao", "From Dakar to Bamako".
func fromToPlaces(name string) bool {
	ws := words(name)
	if len(ws) < 3 || len(ws) > 8 || !rangeFromWords()[ws[0].fold] || !startsUpper(name) {
		return false
	}
	for k := 2; k+1 < len(ws); k++ {
		w := name[ws[k].start:ws[k].end]
		if rangeToWords()[ws[k].fold] && strings.ToLower(w) == w && startsUpper(name[ws[k+1].start:]) {
			return true
		}
	}
	return false
}

// placeIn holds the lexicon's one-word region.in words, folded: "in",
// "au", "nel".
var placeIn = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("region", "in") {
		if f := lexicon.Fold(p); !strings.Contains(f, " ") {
			m[f] = true
		}
	}
	return m
})

var (
	rangeFromWords = foldedSet("range", "from")
	rangeToWords   = foldedSet("range", "to")
)

// isYear reports four digits that make a year of this or the last
// century.
func isYear(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == "" && (s[:2] == "19" || s[:2] == "20")
}

// withDashPhase extends a name that a dash and a phase follow, or a
// phase alone: "Kilimo Seed Futures – Phase 2", "PRATIQ fase II" are the
// follow-ups, named as subjectName names them ("Kilimo Seed Futures 2").
func withDashPhase(text string, ms []mention) []mention {
	var out []mention
	for i, m := range ms {
		rest := strings.TrimLeft(text[m.end:], " ")
		dash := ""
		for _, d := range []string{"–", "—", "-"} {
			if strings.HasPrefix(rest, d) {
				dash = d
			}
		}
		// ("PRATIQ fase II", "PAFIP Phase 2": the phase right after the
		// name, no dash between.)
		if dash == "" && !strings.HasPrefix(text[m.end:], " ") {
			continue
		}
		after := strings.TrimLeft(rest[len(dash):], " ")
		// (Two words are read, from the text's next few: splitting all
		// of the rest at every mention was quadratic in a long text.)
		ws := strings.Fields(firstRunes(after, 48))
		if len(ws) < 2 {
			continue
		}
		num := strings.TrimRight(ws[1], ",.;:()")
		n := phaseNumber(ws[0] + " " + num)
		if n == "" || numberedAs(m.name, n) {
			continue
		}
		if out == nil {
			out = append([]mention(nil), ms...)
		}
		out[i].name = m.name + " " + n
		out[i].end = len(text) - len(after) + strings.Index(after, num) + len(num)
		// "PRATIQ – Fase 2" as written is the follow-up's name too (its
		// key is "PRATIQ 2"'s): the spelling the document uses.
		if dash != "" && projectKey(collapse(text[m.start:out[i].end])) == projectKey(out[i].name) {
			out[i].name = collapse(text[m.start:out[i].end])
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// dashPhase splits a name that ends with a dash and a phase into the
// name before it and the phase's number ("2" of "Phase II"); head is ""
// for other names.
func dashPhase(name string) (head, number string) {
	if !strings.Contains(name, " ") {
		return "", ""
	}
	for _, d := range []string{" – ", " — ", " - "} {
		if i := strings.LastIndex(name, d); i > 0 {
			if n := phaseNumber(name[i+len(d):]); n != "" {
				return strings.TrimSpace(name[:i]), n
			}
		}
	}
	return "", ""
}

// bodyNamed reports a bare name that a word for a body stands right
// beside: "AgroVaria Foundation", "la fondation AgroVaria" name a body,
// not a project.
func bodyNamed(text string, m mention) bool {
	if !m.bare && !acronymLike(m.name) {
		return false
	}
	// The word for a body is part of the name after it ("AgroVaria
	// Foundation"), or has an article before it ("la fondation
	// AgroVaria"): "to fund TAXDIS" is a verb.
	// Only the words next to the name are read: a long block's words
	// are not split again for each of its names.
	after := strings.Fields(text[m.end:min(len(text), m.end+40)])
	if len(after) > 0 && startsUpper(after[0]) && orgWords()[lexicon.Fold(strings.Trim(after[0], ",.;:()"))] {
		return true
	}
	before := strings.Fields(text[max(0, m.start-60):m.start])
	n := len(before)
	if n >= 2 && orgWords()[lexicon.Fold(strings.Trim(before[n-1], ",.;:()"))] && articleWords()[lexicon.Fold(before[n-2])] {
		return true
	}
	// "Stichting KustVerbond · Westvest 41": a capitalised word for a
	// body opens the name, as Dutch and German write foundations'.
	if n >= 1 && before[n-1] != strings.ToUpper(before[n-1]) && startsUpper(before[n-1]) && orgWords()[lexicon.Fold(before[n-1])] && (n == 1 || !startsUpper(before[n-2])) {
		return true
	}
	return spelledBodyBefore(text, m)
}

// spelledBodyBefore reports an acronym in brackets that a body's name
// right before it spells, the name opening or closing on a word for a
// body: "GRIDWISE der Trans-African Development Bank (TADB)",
// "l'Instituto Nacional de Estadística (INE)".
func spelledBodyBefore(text string, m mention) bool {
	var ws []string
	switch {
	case m.start >= 1 && text[m.start-1] == '(' && m.end < len(text) && text[m.end] == ')':
		ws = strings.Fields(text[max(0, m.start-120) : m.start-1])
	case m.alias != "" && strings.HasSuffix(text[m.start:m.end], "("+m.name+")"):
		// (The long name and its bracket found as one mention.)
		ws = strings.Fields(m.alias)
	default:
		return false
	}
	run := nameRunAtEnd(ws)
	if len(run) < 2 || m.name == "" {
		return false
	}
	lastIsBody := bodyWord(run[len(run)-1])
	// The name from the word whose initial is the acronym's first letter
	// ("GRIDWISE der Trans-…" starts at "Trans-"), spelling the acronym,
	// a word for a body at its start or its end.
	for i := range run {
		if (lastIsBody || bodyWord(run[i])) && strings.HasPrefix(strings.ToUpper(run[i]), m.name[:1]) && spellsInOrder(m.name, strings.Join(run[i:], " ")) {
			return true
		}
	}
	return false
}

// webName is a name with a dot between letters: a site's address.
var webName = regexp.MustCompile(`\p{L}\.\p{L}{2,}`)

// acronymsBeforeProjectWords finds names like "The GRAINSAFE programme":
// an acronym no organisation or country has, right before a word for
// project written in lower or title case (a line in capitals, "CYBERCRIME
// PROGRAMME OFFICE", names a unit). Such a name counts only where the page
// names it twice (bare).
func acronymsBeforeProjectWords(text string, at []int) []mention {
	var out []mention
	for _, p := range at {
		word := leadingRun(text[p:])
		if strings.ToUpper(word) == word {
			continue
		}
		before := strings.TrimRight(text[:p], " ")
		i := strings.LastIndexAny(before, " (\n") + 1
		w := before[i:]
		// ("The Vaka-Roll programme": a coined name of parts joined by a
		// hyphen stands there as an acronym does.)
		if w == "" || !acronymLike(w) && !coinedHyphenName(w) || !distinctive(w) || !plausibleProject(w) {
			continue
		}
		// "The SAFE PORTS programme": words in capitals before it are
		// the name's too.
		for n := 0; n < 3 && i > 1 && before[i-1] == ' '; n++ {
			k := strings.LastIndexAny(before[:i-1], " (\n") + 1
			prev := before[k : i-1]
			if len(prev) < 2 || strings.ToUpper(prev) != prev || strings.ToLower(prev) == prev || articleWords()[lexicon.Fold(prev)] {
				break
			}
			i = k
		}
		w = before[i:]
		if _, known := normalize.KnownOrganisation(w); known {
			continue
		}
		// ("The ASWEEG programme works in Kyrgyzstan": the sentence
		// opens on the name, its article and its word for project, as
		// "The ASWEEG project …" does: it names a project.)
		pre := strings.TrimRight(before[:i], " ")
		art := lastWord(pre)
		bare := !(art != "" && strings.HasSuffix(pre, art) && articleWords()[lexicon.Fold(art)] && startsUpper(art) && sentenceStart(pre[:len(pre)-len(art)]))
		out = append(out, mention{name: w, start: i, end: i + len(w), bare: bare})
	}
	return out
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// labelAfterBreak reports a word for project that opens a new line as a
// label ("… International Assistance Policy" over "Project profile: …"):
// the name before the line's break is no project's.
func labelAfterBreak(text string, nameEnd, projectEnd int) bool {
	if !strings.Contains(text[nameEnd:projectEnd], "\n") {
		return false
	}
	line, _, _ := strings.Cut(text[projectEnd:], "\n")
	i := strings.IndexByte(line, ':')
	return i >= 0 && len(strings.Fields(line[:i])) <= 2
}

// projectApposition reports text that opens on an apposition calling
// what came before a project: a comma, then a word for project within
// its first four words (", a regional programme implemented by …", ",
// un projet régional").
func projectApposition(after string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), ",")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	for _, w := range ws[:min(4, len(ws))] {
		if projectWordSet()[lexicon.Fold(strings.Trim(w, ",;."))] {
			return true
		}
	}
	return false
}

// appositionArticles are the lexicon's articles, definite and indefinite,
// each with the space after it: what opens an apposition that calls a
// name a project ("the programme", "einem Regionalprogramm").
var appositionArticles = sync.OnceValue(func() []string {
	var out []string
	// ("PEEH, ce programme …": a demonstrative as an article.)
	articles := append(lexicon.Phrases("article", "word"), lexicon.Phrases("article", "indefinite")...)
	for _, a := range append(articles, lexicon.Phrases("article", "demonstrative")...) {
		if !strings.HasSuffix(a, "'") && !strings.HasSuffix(a, "’") {
			a += " "
		}
		out = append(out, a)
	}
	return out
})

// projectWordBeforeBodyWord reports a name in which a capitalised word for
// project stands right before a capitalised word for a body: "Action
// Group against Money Laundering in West Africa" names a body.
func projectWordBeforeBodyWord(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if startsUpper(words[i]) && startsUpper(words[i+1]) && projectWordSet()[strings.ToLower(words[i])] && orgWords()[lexicon.Fold(words[i+1])] {
			return true
		}
	}
	return false
}

// yearAlone reports a year written alone: "2025".
func yearAlone(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// spelledBefore reports an acronym of three capitals, no body's or
// country's, whose letters are the initials of the capitalised words
// right before it, over a name's little words: "Nirman Suraksha Programme"
// before "(NSP)".
func spelledBefore(before, acr string) bool {
	if len(acr) != 3 || strings.ToUpper(acr) != acr || strings.Trim(acr, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	if _, ok := lexicon.Organisation(acr); ok {
		return false
	}
	if _, ok := normalize.CountryCode(acr); ok {
		return false
	}
	ws := strings.Fields(before)
	var initials []byte
	for k := len(ws) - 1; k >= 0 && len(initials) < len(acr); k-- {
		w := ws[k]
		if strings.ContainsAny(w, ".;:,()") {
			return false
		}
		if startsUpper(w) {
			initials = append([]byte{strings.ToUpper(w)[0]}, initials...)
			continue
		}
		if !nameLittle()[lexicon.Fold(w)] && !ofWords()[lexicon.Fold(w)] {
			return false
		}
	}
	return string(initials) == acr
}

// prefixesSpell reports an acronym made of the words' first letters, one
// or more of each, in order: "CYRES" of "Cyber Resilience", "CR" too.
func prefixesSpell(ws []string, acr string) bool {
	a := []rune(strings.ToLower(strings.ReplaceAll(acr, "-", "")))
	if len(a) < 2 || len(a) > 12 || len(ws) > 6 {
		return false
	}
	var spell func(ai, wi int) bool
	spell = func(ai, wi int) bool {
		if wi == len(ws) {
			return ai == len(a)
		}
		w := []rune(strings.ToLower(ws[wi]))
		for n := 1; n <= len(w) && ai+n <= len(a); n++ {
			if w[n-1] != a[ai+n-1] {
				break
			}
			if spell(ai+n, wi+1) {
				return true
			}
		}
		return false
	}
	return spell(0, 0)
}

// calledThenProject finds a name given by a word of naming near a
// sentence's start and called a project after it: "Se llama Quillca y es
// un proyecto de cooperación", "Elle s'appelle Kalamou et c'est un projet",
// "It is called Quillca, a cooperation project". The name is one to three
// capitalised words right after the naming words (project.called), at
// most two words (a pronoun) before them in the sentence; a word for
// project (at) follows within ten words, in the same sentence.
func calledThenProject(text string, at []int) []mention {
	if len(at) == 0 {
		return nil
	}
	var out []mention
	nth := 0 // words seen in the current sentence before j
	for j := 0; j < len(text); j++ {
		if c := text[j]; c == '.' || c == '!' || c == '?' || c == ';' {
			nth = 0
			continue
		}
		if j > 0 && text[j-1] != ' ' || text[j] == ' ' {
			continue
		}
		// (Only the first three words of a sentence: most are none.)
		if nth++; nth > 3 || !unicode.IsLetter(rune(text[j])) && text[j] < utf8.RuneSelf {
			continue
		}
		// (At a sentence's start the words of naming take a capital:
		// "Se llama", "Chama-se". The words are read in a window of
		// their own, the capital lowered there.)
		// (No window where invalid bytes leave no whole rune.)
		win := firstRunes(text[j:], 48)
		if win == "" {
			continue
		}
		if c := win[0]; 'A' <= c && c <= 'Z' {
			win = string(c+'a'-'A') + win[1:]
		}
		k := pastCalledWords(win, 0)
		if k == 0 {
			continue
		}
		k += j
		e, words := k, 0
		for words < 3 {
			w := nameCharsEnd(text, e)
			if w == e || !startsUpper(text[e:w]) {
				break
			}
			words++
			e = w
			if n, ok := skipSpaces(text, e); ok && n < len(text) && startsUpper(text[n:nameCharsEnd(text, n)]) {
				e = n
				continue
			}
			break
		}
		name := strings.TrimSpace(text[k:e])
		// (The naming says it is a name, plain word or not: "Quillca".)
		if words == 0 || isCountry(name) || orgName(name) || knownBody(name) || lookupLabel(name) != labelNone || notProjectWords[strings.ToLower(name)] {
			continue
		}
		for _, p := range at {
			if p < e {
				continue
			}
			between := text[e:p]
			// ("is called" and its "called" name it once.)
			if !strings.ContainsAny(between, ".!?;") && len(strings.Fields(between)) <= 10 && (len(out) == 0 || out[len(out)-1].start != k) {
				out = append(out, mention{name: name, start: k, end: k + len(name)})
			}
			break
		}
	}
	return out
}

// nameRunAtEnd returns the words that end ws as a name does: capitalised
// words and the little words, articles and words of "of" between them,
// from the first capitalised one.
func nameRunAtEnd(ws []string) []string {
	k := len(ws)
	for k > 0 {
		w := strings.Trim(ws[k-1], "'’")
		if f := lexicon.Fold(w); !startsUpper(w) && !nameLittle()[f] && !ofWords()[f] && !articleWords()[f] {
			break
		}
		k--
	}
	// (The name opens on its first capitalised word.)
	for k < len(ws) && !startsUpper(ws[k]) {
		k++
	}
	return ws[k:]
}

// bodyWord reports a word for a body, or a compound that ends on one
// ("Institute", "Rijksinstituut").
func bodyWord(w string) bool {
	f := lexicon.Fold(strings.Trim(w, ",.;:()"))
	return orgWords()[f] || compoundEndsIn(f, orgWords())
}
