package facts

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// Running text gives a project's start, end or length one at a time:
// "started on 20 June 2019", "continuera jusqu'au 31 décembre 2023",
// "pour une durée de 48 mois", "läuft bis Ende 2024". The cue phrases are
// the lexicon's (cue.started, cue.ends, cue.lasts); a date or a length
// must follow the cue at once.

// proseDates records the dates and length a sentence about the project
// states. A superseded sentence ("originally planned for three years")
// still gives the start, which no later change moves, but not its end or
// length.
func (x *extractor) proseDates(b dossier.Block, s, target string, superseded bool) {
	if target == "" {
		return
	}
	// "Contract duration: 12 months": a label the lexicon does not know
	// says nothing of whose length it is.
	if m := lineLabelMatch(s); m != nil && len(strings.Fields(m[1])) <= 4 {
		return
	}
	// "Il s'achèvera désormais le 30 novembre 2025", "will now end on":
	// a word for "now" inside the cue changes nothing of the date.
	cs := withoutNowWords(s)
	// "concluyó el pasado 31 de agosto", "arranca este mês": a date the
	// text gives from the day it was written has that day's year.
	// ("Op 1 oktober gaat Kilimo Seed Futures II van start": a day and
	// month with no year is the date nearest that day, in a sentence
	// that names a project or speaks of one; "La campagne se poursuivra
	// jusqu'au 15 décembre" speaks of something else.)
	if x.doc.AsOf != nil {
		cs = normalize.ResolveRelativeDates(cs, *x.doc.AsOf)
		if r := normalize.ResolveDayMonths(cs, *x.doc.AsOf); r != cs && (mayNameProject(cs) || inflectedProjectWord(cs) || len(x.sentenceMentions(cs)) > 0) {
			cs = r
		}
	}
	// "Seit April 2021 unterstützt das Programm …", "Since July 2019,
	// the project has …": a sentence that opens on "since" and a date,
	// about the project, tells when it began.
	// (A year alone, "Since 2019 …", tells a span of the writer's
	// story more often than a start.)
	if d, ok := sinceOpening(cs); ok && d.Precision != dossier.PrecisionYear && x.aboutProjectSince(cs) {
		x.addFor(target, b, dossier.FieldStart, dossier.DateValue(d), cs, s, "prose:since", x.scope)
	}
	// "implementado pela OIM desde julho de 2021", "implemented by AGEKO
	// since 1 March 2021": "since" after the implementer's words tells
	// when the project began.
	if d, raw, ok := sinceAfterImplementer(cs); ok {
		x.addFor(target, b, dossier.FieldStart, dossier.DateValue(d), raw, s, "prose:since", x.scope)
	} else if d, raw, ok := x.sinceInRelative(cs); ok {
		x.addFor(target, b, dossier.FieldStart, dossier.DateValue(d), raw, s, "prose:since", x.scope)
	} else if d, raw, ok := x.sinceAfterSubject(cs); ok {
		x.addFor(target, b, dossier.FieldStart, dossier.DateValue(d), raw, s, "prose:since", x.scope)
	}
	if start, end, ok := findCue(cs, "started"); ok && (x.startsProject(cs[:start]) || possessiveIn(cs[start:end])) {
		d, ok := dateNear(cs, start, end)
		raw := strings.TrimSpace(cs[end:])
		if !ok {
			d, ok = x.openingDate(cs, start)
			raw = strings.TrimSpace(cs[:end])
		}
		if ok {
			x.addFor(target, b, dossier.FieldStart, dossier.DateValue(d), raw, s, "prose:started", x.scope)
		}
	}
	if superseded {
		// "… was extended by 18 months, bringing the programme to 54
		// months", "five and a half years in total": a length that is
		// the whole is the length now.
		if n, stated, ok := totalLength(s); ok {
			x.addFor(target, b, dossier.FieldDurationMonths, dossier.IntValue(n), stated, s, "prose:total_length", x.scope)
		}
		return
	}
	x.proseEnd(b, s, cs, target)
}

// totalLength reads a length the sentence gives as the whole: after the
// lexicon's cue.total_length ("bringing the programme to 54 months",
// "portant sa durée totale à 54 mois") or before its
// cue.total_length_after ("54 months in total", "a 48 mesi
// complessivi").
func totalLength(s string) (months int, stated string, ok bool) {
	if _, end, found := findCue(s, "total_length"); found {
		// "66 months.", "five and a half years in all": the shortest run
		// of words that reads as a length.
		for k := 2; k <= 6; k++ {
			t := strings.Trim(firstWords(s[end:], k), ".,;:()")
			if n, ok := normalize.ParseDurationMonths(t); ok && durationWord(t) {
				return n, t, true
			}
		}
	}
	if at, end, found := findCue(s, "total_length_after"); found {
		before := strings.Fields(s[:at])
		// ("48 meses de ejecución": a cue that opens on the length's
		// unit, its number before it.)
		if unit := leadingRun(s[at:end]); durationWord(unit) {
			before = append(before, unit)
		}
		for k := len(before) - 1; k >= 0 && k >= len(before)-6; k-- {
			t := strings.Trim(strings.Join(before[k:], " "), ",;")
			if n, ok := normalize.ParseDurationMonths(t); ok && durationWord(t) {
				// ("tras 18 meses de ejecución": time gone by.)
				if k > 0 && elapsedWords()[lexicon.Fold(before[k-1])] || k > 1 && elapsedWords()[lexicon.Fold(before[k-2]+" "+before[k-1])] {
					return 0, "", false
				}
				// ("After nearly four years of work": a length told
				// roughly is time gone by too.)
				if roughBefore(before[:k]) {
					return 0, "", false
				}
				return n, t, true
			}
		}
	}
	return 0, "", false
}

// elapsedWords are the lexicon's length.elapsed words, folded.
var elapsedWords = foldedSet("length", "elapsed")

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[:min(n, len(ws))], " ")
}

// endedPast reports a cue of ending that opens on one of the lexicon's
// ends.past forms: "ended on", "s'est achevé le", "terminó el".
// (In small letters, accents kept: "término previsto" is no "terminó".)
func endedPast(cue string) bool { return opensOnPhrase(strings.ToLower(cue), endedPastForms()) }

// endedPastSeparable reports a verb of cue.ends at the start of rest that
// is a past form of ending with its separable particle later in the
// clause: "lief im März 2023 aus", "liep in maart 2023 af".
func endedPastSeparable(rest string) bool {
	clause := strings.ToLower(rest)
	if i := strings.IndexAny(clause, ";:!?"); i >= 0 {
		clause = clause[:i]
	}
	ws := words(clause)
	if len(ws) < 2 {
		return false
	}
	verb := strings.Fields(clause)[0]
	for _, w := range ws[1:] {
		if separableParticles()[w.fold] && slices.Contains(endedPastForms(), verb+" "+w.fold) {
			return true
		}
	}
	return false
}

// opensOnPhrase reports whether s is one of phrases or opens on one, a
// space after it: "ended on 31 March" opens on "ended on".
func opensOnPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if s == p || strings.HasPrefix(s, p+" ") {
			return true
		}
	}
	return false
}

// auxOfEndedPast returns where, in the clause before a participle of
// ending, a word ends that with the participle makes one of the lexicon's
// ends.past forms: "is" before "afgerond" ("is afgerond"), "ist" before
// "zu Ende gegangen"; -1 where none does.
func auxOfEndedPast(before, participle string) int {
	from := strings.LastIndexAny(before, ",;:") + 1
	p := strings.ToLower(strings.TrimSpace(participle))
	for at := from; at < len(before); {
		w := leadingRun(before[at:])
		if w == "" {
			_, size := utf8.DecodeRuneInString(before[at:])
			at += size
			continue
		}
		at += len(w)
		if slices.Contains(endedPastForms(), strings.ToLower(w)+" "+p) {
			return at
		}
	}
	return -1
}

// endedPastForms holds the lexicon's ends.past phrases in small letters.
var endedPastForms = sync.OnceValue(func() []string {
	var out []string
	for _, p := range lexicon.Phrases("ends", "past") {
		out = append(out, strings.ToLower(p))
	}
	return out
})

// proseEnd records the end and the length a sentence, or a clause of it
// that tells the project's present state, states. cs is s without its
// words for "now".
func (x *extractor) proseEnd(b dossier.Block, s, cs, target string) {
	ended := false
	// ("Applications close on 30 June 2022": a call's end, not the
	// project's.)
	// ("De bijdrage past in de ambitie van het kabinet om tot 2030 …": a
	// goal's horizon, cue.goal before "until", is no end of the
	// project's.)
	if start, end, ok := findCue(cs, "ends"); ok && (!untilCues()[lexicon.Fold(cs[start:end])] || x.untilAboutProject(cs[:start]) && !hasCue(cs[:start], "goal")) && !otherSubject(cs[:start]) {
		// "2014 bis 2016" is a period, read as one where it is the
		// project's (see projectsPeriod); "El 28 de febrero de 2021
		// concluyó el programa" has its date before the cue only.
		_, after := dateAt(cs[end:])
		if !after || !trailingDate.MatchString(strings.TrimSpace(cs[:start])) {
			d, ok := dateNear(cs, start, end)
			raw := strings.TrimSpace(cs[end:])
			if !ok {
				d, ok = x.openingDate(cs, start)
				raw = strings.TrimSpace(cs[:end])
			}
			if ok {
				ended = true
				x.addFor(target, b, dossier.FieldEnd, dossier.DateValue(d), raw, s, "prose:ends", x.scope)
				// "Het programma loopt nog tot september 2026", "läuft
				// noch bis Ende 2025": still running until then, so
				// running now.
				if stillAt(cs, start, end) {
					x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectOngoing), cs[:end], s, "prose:status", x.scope)
				}
				// "closed on 30 June 2024", "s'est achevé le …": an end
				// told in the past is behind the project.
				// (Not a phase's: "a first TRADEVAL phase that ended in
				// 2022", on the follow-up's page. Nor another thing's: "La campagne de plantation …
				// s'est achevée en mars"; the subject is the project's,
				// as for a start.)
				if (endedPast(cs[start:end]) || endedPastSeparable(cs[start:])) && !phaseWordIn(cs[:start]) && x.startsProject(cs[:start]) {
					x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectCompleted), cs[start:end], s, "prose:status", x.scope)
				}
			}
		}
	}
	// "Het programma YAP-K is eind februari 2022 afgerond": a participle
	// of ending at the clause's end, its date before it, ends the
	// project where the sentence names it, not a works' phase ("der
	// Umbau wurde im Mai 2022 abgeschlossen").
	if start, end, ok := findCue(cs, "ends_named"); ok && !ended && x.namesProject(cs[:start]) {
		d, ok := dateNear(cs, start, end)
		if !ok {
			// "Eind juni 2024 werd FactNet East afgerond": the date
			// opens the clause, the verb second, the project after it.
			clause := cs[:start]
			if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
				clause = clause[i+1:]
			}
			d, ok = dateAt(clause)
		}
		if at := auxOfEndedPast(cs[:start], cs[start:end]); !ok && at >= 0 {
			// "… is in juni 2023 na vier jaar afgerond": the date right
			// after the auxiliary.
			d, ok = dateAt(cs[at:start])
		}
		if at := futureAuxEnd(cs[:start]); !ok && at >= 0 {
			// "… wordt eind 2026 afgesloten": so after an auxiliary of
			// what is ahead.
			d, ok = dateAt(cs[at:start])
		}
		if ok {
			x.addFor(target, b, dossier.FieldEnd, dossier.DateValue(d), strings.TrimSpace(cs[:end]), s, "prose:ends", x.scope)
			// "Het programma MERIDA is in juni 2023 afgerond", "ist im
			// Juni 2023 zu Ende gegangen": the auxiliary of an ends.past
			// form ("is afgerond") before the date, its participle at
			// the clause's end, tells an end behind the project.
			if auxOfEndedPast(cs[:start], cs[start:end]) >= 0 && !phaseWordIn(cs[:start]) && x.startsProject(cs[:start]) {
				x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectCompleted), strings.TrimSpace(cs[:end]), s, "prose:status", x.scope)
			}
		}
	}
	// Each word of length in turn ("for" may open the sentence long
	// before "lasting three years").
	for off := 0; off < len(s); {
		start, end, ok := findCue(s[off:], "lasts")
		if !ok {
			break
		}
		start, end = start+off, end+off
		off = end
		// (The length first: most cues, "for" above all, have none after
		// them, and the tests below read the words around the cue.)
		n, ok := durationAt(s[end:])
		if !ok {
			continue
		}
		// A cue of one word ("for", "durante", "après", "dura"), but a
		// word for a project's term ("Laufzeit", "duration"), tells a
		// project's length only in a sentence about the project: "Over
		// six months the trainers studied …", "après deux années marquées
		// par la pandémie" tell other things' lengths.
		if cue := strings.TrimSpace(s[start:end]); !strings.Contains(cue, " ") && lookupLabel(cue) != labelDuration &&
			!x.untilAboutProject(s[:start]) && !x.untilAboutProject(s[end:]) {
			continue
		}
		// "after almost four years", "tras más de tres años", "après un
		// peu plus de quatre ans": a length told roughly is the time
		// gone by, which a reader records as no term.
		if roughLength(s[end:]) {
			continue
		}
		// "after a nine-month extension", "ampliado por un año", "for an
		// extra 12 months": the length of a change, not of the project.
		if !extensionAfter(s[end:]) && !extensionLength(s[:start], s[end:]) {
			x.addFor(target, b, dossier.FieldDurationMonths, dossier.IntValue(n), strings.TrimSpace(s[end:]), s, "prose:lasts", x.scope)
			return
		}
	}
	if n, stated, ok := projectLength(s); ok {
		x.addFor(target, b, dossier.FieldDurationMonths, dossier.IntValue(n), stated, s, "prose:length", x.scope)
	} else if n, stated, ok := totalLength(s); ok {
		x.addFor(target, b, dossier.FieldDurationMonths, dossier.IntValue(n), stated, s, "prose:total_length", x.scope)
	}
}

// otherSubject reports a clause before a verb that opens on a subject
// whose end or start is no project's (the lexicon's
// cue.not_project_subject): "Applications close on …", "Las inscripciones
// cierran el …".
func otherSubject(before string) bool {
	if i := strings.LastIndexAny(before, ",;:(–—"); i >= 0 {
		before = before[i+1:]
	}
	start, _, ok := findCue(strings.TrimSpace(before), "not_project_subject")
	return ok && start == 0
}

// startsProject reports whether the words before a verb of starting can
// be the project: nothing in the verb's clause, a name or word for the
// project, a pronoun or a word for phase heading the clause, or two words
// at most ("as atividades arrancaram", "Das im September 2020
// gestartete"). "In Suriname the online application went live in June
// 2021", "Talks on a second phase began in early 2020": something else
// started.
func (x *extractor) startsProject(before string) bool {
	tail := before
	if i := strings.LastIndexAny(tail, ",;:(–—"); i >= 0 {
		tail = tail[i+1:]
		// "The network, which has been operating since": the clause
		// a relative pronoun opens has the subject before it.
		if ws := strings.Fields(lexicon.Fold(tail)); len(ws) > 0 && relativeWords()[ws[0]] {
			return x.startsProject(before[:i])
		}
	}
	// The date a verb of starting follows ("im September 2020
	// gestartete") is no word of its subject.
	if loc := trailingDate.FindStringIndex(tail); loc != nil {
		tail = tail[:loc[0]]
	}
	ws := strings.Fields(lexicon.Fold(tail))
	switch {
	case len(ws) <= 2:
		return true
	case x.namesProject(before):
		return true
	case subjectPronouns()[ws[0]] && len(ws) <= 3:
		return true
	case titleCased(tail):
		return true
	}
	// "NuruTanga II …. Das Nachfolgeprogramm ist am 1. April 2023
	// angelaufen": on a follow-up's text, the follow-up.
	if x.followUpSubject(ws) {
		return true
	}
	// "Les activités ont démarré le 1er janvier 2018": the project's
	// activities (the lexicon's word.until_subject) begin when it does.
	for _, w := range ws[:min(3, len(ws))] {
		if phaseWords()[w] || untilSubjects()[w] {
			return true
		}
	}
	return false
}

// followUpSubject reports words opening on a compound of the lexicon's
// project.next_prefix and a word for project ("das Nachfolgeprogramm",
// "het vervolgproject") while the text speaks of a later phase: that
// phase is the compound's.
func (x *extractor) followUpSubject(ws []string) bool {
	if x.current == "" || earlierPhaseName(x.names.canonical(x.current)) == "" {
		return false
	}
	for _, w := range ws[:min(2, len(ws))] {
		for _, p := range nextProjectPrefixes() {
			rest, ok := strings.CutPrefix(w, p)
			if ok && slices.Contains(projectCompounds(), rest) {
				return true
			}
		}
	}
	return false
}

// nextProjectPrefixes holds the lexicon's project.next_prefix words,
// folded.
var nextProjectPrefixes = sync.OnceValue(func() []string { return lexicon.FoldedPhrases("project", "next_prefix") })

// titleCased reports a run of words most of which are capitalised, as a
// project's long name is ("Strengthening Access to Justice in the Lower
// Mekong started on 1 April 2021"). A card's caption in capitals over
// its note is no name: "HORIZON DE PRÉVISION modèle hydrologique
// opérationnel depuis 2021".
func titleCased(s string) bool {
	ws := strings.Fields(s)
	upper, shouted := 0, 0
	for _, w := range ws {
		if startsUpper(w) {
			upper++
			if strings.ToUpper(w) == w {
				shouted++
			}
		}
	}
	if shouted >= 2 && shouted == upper && !startsUpper(ws[len(ws)-1]) {
		return false
	}
	return upper >= 3 && 2*upper >= len(ws)
}

// possessiveIn reports a possessive in a cue that points back to the
// project ("since its launch on", "desde su inicio en").
func possessiveIn(cue string) bool { return anyFoldedWord(cue, possessives()) }

// anyFoldedWord reports a word of text, folded, that set holds.
func anyFoldedWord(text string, set map[string]bool) bool {
	for _, w := range strings.Fields(lexicon.Fold(text)) {
		if set[w] {
			return true
		}
	}
	return false
}

var possessives = foldedSet("pronoun", "possessive")

// subjectPronouns holds the lexicon's pronoun.subject entries, folded.
var subjectPronouns = foldedSet("pronoun", "subject")

// namesProject reports a text that names a project or says "project"
// ("das Programm", "het leerwerkprogramma", "YAP-K").
func (x *extractor) namesProject(s string) bool {
	if at, comp := projectWordsAndCompounds(s, true); len(at) > 0 || len(comp) > 0 {
		return true
	}
	return len(x.sentenceMentions(s)) > 0 || x.known != nil && len(x.known.find(s)) > 0
}

// projectLength reads a length that qualifies a word for project: before
// it ("the 42-month project", "a new three-year programme") or after it
// with a word of ("un projet de trois ans", "un programa de cuatro años").
func projectLength(s string) (months int, stated string, ok bool) {
	for _, p := range projectWordsAt(s) {
		before := strings.Fields(s[max(0, p-40):p])
		if n := len(before); n > 0 {
			last := strings.Trim(before[n-1], ",;(")
			if n > 1 && !strings.ContainsAny(last, "-0123456789") {
				last = before[n-2] + " " + last // "three year programme"
			}
			if m, ok := normalize.ParseDurationMonths(last); ok && durationWord(last) {
				return m, last, true
			}
			// "het vierjarige project", "ein dreijähriges Vorhaben".
			if m, ok := normalize.DurationAdjective(before[n-1]); ok {
				return m, strings.Trim(before[n-1], ",;("), true
			}
			// "a four-year regional programme", "a four-year,
			// 5.4-million-euro programme": one more word between.
			if n > 1 && startsLower(before[n-1]) {
				if w := strings.Trim(before[n-2], ",;("); strings.Contains(w, "-") {
					if m, ok := normalize.ParseDurationMonths(w); ok && durationWord(w) {
						return m, w, true
					}
				}
			}
		}
		// "the five-year ZAKUP C5 programme": the length before the
		// name the word for project closes.
		if n := len(before); n > 1 {
			k := n
			for k > 0 && n-k < 3 && startsUpper(before[k-1]) && !strings.ContainsAny(before[k-1], ",;()") {
				k--
			}
			if k < n && k > 0 {
				if w := strings.Trim(before[k-1], ",;("); strings.Contains(w, "-") {
					if m, ok := normalize.ParseDurationMonths(w); ok && durationWord(w) {
						return m, w, true
					}
				}
			}
		}
		// (The next few words only: splitting the rest of the sentence
		// at every word for project was quadratic in a long one.)
		after := strings.Fields(firstRunes(s[p+len(leadingRun(s[p:])):], 160))
		// "un programa regional de cuatro años": an adjective in small
		// letters between; "o projeto KORDA, de três anos": the name
		// and a comma.
		if len(after) >= 4 && startsLower(after[0]) && !ofWord[strings.ToLower(after[0])] && ofWord[strings.ToLower(after[1])] {
			after = after[1:]
		} else {
			k := 0
			for k < len(after) && k < 3 && startsUpper(after[k]) && !strings.HasSuffix(after[k], ",") {
				k++
			}
			if k < len(after) && k < 3 && startsUpper(after[k]) && strings.HasSuffix(after[k], ",") && k+3 < len(after) {
				after = after[k+1:]
			}
		}
		// "un progetto quadriennale", "un programme triennal".
		if len(after) > 0 {
			if m, ok := normalize.DurationAdjective(after[0]); ok {
				return m, strings.Trim(after[0], ",;.)"), true
			}
		}
		if len(after) >= 3 && ofWord[strings.ToLower(after[0])] {
			t := strings.Trim(after[1]+" "+after[2], ",;.)")
			if m, ok := normalize.ParseDurationMonths(t); ok && durationWord(t) {
				// ("ce programme de trois ans et demi": a half after the
				// unit counts.)
				if len(after) >= 5 && !strings.ContainsAny(after[2], ",;.)") {
					if long := strings.Trim(strings.Join(after[1:5], " "), ",;.)"); strings.Count(long, " ") == 3 {
						if m2, ok := normalize.ParseDurationMonths(long); ok && m2 == m+6 {
							return m2, long, true
						}
					}
				}
				return m, t, true
			}
		}
	}
	return 0, "", false
}

// ofWord joins a word for project to its length: "projet de trois ans".
var ofWord = map[string]bool{"de": true, "di": true, "van": true, "von": true, "of": true}

// durationWord reports whether t ends with a unit of time: "42-month",
// "three-year", "trois ans", not "2023" or "three partners".
func durationWord(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if i := strings.LastIndex(w, "-"); i >= 0 {
		w = w[i+1:]
	}
	return lengthUnits[w]
}

var lengthUnits = map[string]bool{
	"month": true, "months": true, "year": true, "years": true, "mois": true, "ans": true, "an": true, "années": true,
	"meses": true, "mes": true, "años": true, "anos": true, "ano": true, "año": true, "mesi": true, "anni": true, "anno": true,
	"monate": true, "monaten": true, "jahre": true, "jahren": true, "maanden": true, "jaar": true,
}

// durationAt reads a length stated within the first words of s: "48
// months", "trois ans", "atteint ainsi 78 mois", "von 36 Monaten".
func durationAt(s string) (int, bool) {
	ws := strings.Fields(s)
	if len(ws) > 6 {
		ws = ws[:6]
	}
	if n, ok := normalize.ParseDurationMonths(strings.Join(ws, " ")); ok {
		return n, true
	}
	// "avrà durata triennale".
	if len(ws) > 0 {
		return normalize.DurationAdjective(ws[0])
	}
	return 0, false
}

// trailingDate finds a date at the end of a text: "El 1 de abril de 2021"
// before "comenzó ACTRA II".
var trailingDate = regexp.MustCompile(`((?:\d{1,2}(?:er|\.|º|°)?\s+(?:de\s+)?)?(?:\p{L}+\.?\s+(?:de\s+)?)?\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\s*$`)

// dateNear reads the date a cue gives: right after it ("started on 20
// June 2019"), or right before it in the languages that put it first ("El
// 28 de febrero de 2021 concluyó el programa").
func dateNear(s string, start, end int) (dossier.Date, bool) {
	if d, ok := dateAt(s[end:]); ok {
		return d, true
	}
	// "comenzó formalmente el 1 de febrero", "started officially on 1
	// June": one adverb, then the cue's little word, before the date.
	if rest := strings.TrimLeft(s[end:], " "); rest != "" {
		w := leadingRun(rest)
		if adverbLike(w) || dateFillers()[lexicon.Fold(w)] {
			rest = strings.TrimLeft(rest[len(w):], " ")
			if d, ok := dateAt(" " + rest); ok {
				return d, true
			}
			if lw := leadingRun(rest); lw != "" && len(lw) <= 3 && len(rest) > len(lw) {
				if d, ok := dateAt(rest[len(lw):]); ok {
					return d, true
				}
			}
		}
	}
	// "endet das Vorhaben am 30. September 2025", "s'achève le projet
	// le …": where the verb comes first, the words for the project may
	// stand between it and its date.
	if n := anaphorLength(s[end:]); n > 0 {
		if d, ok := dateNear(s[end+n:], 0, 0); ok {
			return d, true
		}
	}
	// "Gestartet ist das Projekt im Oktober 2021": a participle first,
	// its auxiliary, then the words for the project and the date.
	if start == 0 {
		rest := strings.TrimLeft(s[end:], " ")
		if w := leadingRun(rest); w != "" && auxiliaryVerbs()[strings.ToLower(w)] {
			if n := anaphorLength(rest[len(w):]); n > 0 {
				if d, ok := dateNear(rest[len(w)+n:], 0, 0); ok {
					return d, true
				}
			}
		}
	}
	before := s[:start]
	// Only a date that ends at most a couple of words before the cue.
	if m := trailingDate.FindStringSubmatchIndex(before); m != nil {
		if d, err := normalize.ParseDate(before[m[2]:m[3]]); err == nil {
			return d, true
		}
	}
	// ("In 2021 startte het programma": a year after a word of the
	// lexicon's date.lead opening the clause, the verb right after it.)
	// (A lead word, not any word: "Nel 2023 si è conclusa" is no month.)
	if !mayOpenOnDate(before) {
		return dossier.Date{}, false
	}
	if m := leadingDate().FindStringSubmatchIndex(before); m != nil && strings.TrimSpace(before[m[1]:]) == "" && strings.TrimSpace(before[:m[2]]) != "" {
		return dateAt(before)
	}
	return dossier.Date{}, false
}

// openingDate reads the date a clause opens with when only the project,
// as its subject, stands between it and the cue at start: "In March
// 2021, the programme started", "En mars 2021, le programme a démarré",
// "In 2021 startte het programma".
func (x *extractor) openingDate(s string, start int) (dossier.Date, bool) {
	if !mayOpenOnDate(s[:start]) {
		return dossier.Date{}, false
	}
	m := leadingDate().FindStringSubmatchIndex(s[:start])
	if m == nil {
		return dossier.Date{}, false
	}
	between := strings.Trim(s[m[1]:start], " ,")
	if between == "" || strings.ContainsAny(between, "0123456789;:()") || len(strings.Fields(between)) > 5 {
		return dossier.Date{}, false
	}
	// (The subject the project: "In March 2021, the ministry started a
	// survey" dates the survey.)
	if anaphorLength(" "+between) == 0 && !x.namesProject(between) && !subjectPronouns()[lexicon.Fold(leadingRun(between))] {
		return dossier.Date{}, false
	}
	return dateAt(s[:m[1]])
}

// anaphorLength returns the length of the words pointing back to the
// project that s opens with ("das Vorhaben", "le projet régional"), or 0.
func anaphorLength(s string) int {
	ws := strings.Fields(s)
	for k := 2; k <= 3 && k <= len(ws); k++ {
		if !projectWordSet()[strings.Trim(lexicon.Fold(ws[k-1]), ",;:'’")] {
			continue
		}
		if anaphoricOpening(strings.Join(ws[:k], " ")) {
			at := strings.Index(s, ws[k-1])
			return at + len(ws[k-1])
		}
	}
	return 0
}

// sinceOpening reads the date a sentence opens with after a word for
// "since" (lexicon cue.since_opening): "Seit Februar 2021", "Desde
// julio de 2022,".
func sinceOpening(s string) (dossier.Date, bool) {
	w := leadingRun(s)
	if w == "" || !sinceWords()[lexicon.Fold(w)] {
		return dossier.Date{}, false
	}
	return dateAt(s[len(w):])
}

// sinceAfterImplementer reads a date after a word for "since" within the
// few words that follow an implementer's cue (cue.implemented_by): the
// implementer and "since", then the date. A year alone tells a span of
// the story more often than a start, and is left.
func sinceAfterImplementer(s string) (d dossier.Date, raw string, ok bool) {
	_, end, ok := findCue(s, "implemented_by")
	if !ok {
		return dossier.Date{}, "", false
	}
	rest := s[end:]
	for k := 0; k < 8 && rest != ""; k++ {
		w := leadingRun(strings.TrimLeft(rest, " ,"))
		if w == "" {
			break
		}
		rest = strings.TrimLeft(rest, " ,")[len(w):]
		if sinceWords()[lexicon.Fold(w)] {
			if d, ok := dateAt(rest); ok && d.Precision != dossier.PrecisionYear {
				return d, strings.TrimSpace(w + rest), true
			}
			break
		}
	}
	return dossier.Date{}, "", false
}

// sinceWords holds the lexicon's cue.since_opening words, folded.
var sinceWords = foldedSet("cue", "since_opening")

// aboutProjectSince reports a sentence opening on "since" that speaks of
// a project (names one of the document's, or a word for project) whose
// opening words are no name: "Since July 2019" taken for a project's
// name is no date to read.
func (x *extractor) aboutProjectSince(s string) bool {
	ms := x.sentenceMentions(s)
	for _, m := range ms {
		if m.start == 0 {
			return false
		}
	}
	if len(ms) == 0 && !mayNameProject(s) {
		return false
	}
	// "Seit Juli 2022 beteiligt sich die DEZA mit CHF 3 Mio. am
	// Regionalprojekt JUSTA Mekong": a body named before the project is
	// the subject; the date is when it joined, not when the project began.
	first := len(s)
	if len(ms) > 0 {
		first = ms[0].start
	}
	if at := projectWordsAt(s); len(at) > 0 && at[0] < first {
		first = at[0]
	}
	return len(orgMentions(s[:first])) == 0
}

// withoutNowWords drops the lexicon's cue.now words standing alone
// ("désormais", "now"), so that a cue they interrupt reads whole.
func withoutNowWords(s string) string {
	if !hasCue(s, "now") {
		return s
	}
	ws := strings.Fields(s)
	kept := ws[:0:0]
	for _, w := range ws {
		if !nowWords()[lexicon.Fold(w)] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// nowWords holds the lexicon's cue.now words, folded.
var nowWords = foldedSet("cue", "now")

// dateFillers holds the lexicon's date.filler words, folded: "arrancó el
// pasado 1 de septiembre".
var dateFillers = foldedSet("date", "filler")

// adverbLike reports a word formed as an adverb in the lexicon's
// languages: "formally", "formalmente", "officiellement", "offiziell" is
// left out (German adverbs have no mark of their own).
func adverbLike(w string) bool {
	l := strings.ToLower(w)
	return len(l) > 5 && (strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "mente") || strings.HasSuffix(l, "ement") || strings.HasSuffix(l, "ment") && !strings.HasSuffix(l, "nment"))
}

// futureAuxEnd returns where the last copula.future word of the clause
// that ends before ends ("wordt", "wird"), -1 where none stands.
func futureAuxEnd(before string) int {
	from := strings.LastIndexAny(before, ",;:") + 1
	at := -1
	for _, w := range words(before[from:]) {
		if futureCopulas()[w.fold] {
			at = from + w.end
		}
	}
	return at
}

// futureCopulas are the lexicon's copula.future forms, folded.
var futureCopulas = foldedSet("copula", "future")

// proseStatus records the status a sentence puts on the project with a
// verb of being: "the project is completed", "ist abgeschlossen",
// "remained ongoing", "está actualmente en ejecución". The status words
// are the lexicon's and normalize's; the verbs copula.word.
func (x *extractor) proseStatus(b dossier.Block, s, target string) {
	if target == "" {
		return
	}
	ws := words(s)
	// "Programme en cours.", "Projekt abgeschlossen.": a word for project
	// (an article before it, perhaps) and its status, no verb between.
	if len(ws) >= 2 && len(ws) <= 5 {
		k := 0
		if articleWords()[ws[0].fold] {
			k = 1
		}
		if k < len(ws)-1 && (projectWordSet()[ws[k].fold] || projectWordForm(ws[k].fold)) {
			phrase := s[ws[k+1].start:ws[len(ws)-1].end]
			// (In small letters: "Projeto CERRADO" is a name.)
			if st, ok := normalize.Status(phrase); ok && !startsUpper(phrase) && strings.TrimRight(strings.TrimSpace(s[ws[len(ws)-1].end:]), ".!") == "" {
				x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(st), phrase, s, "prose:status", x.scope)
				return
			}
		}
	}
	// "Le programme DEMATIS, toujours en cours, a permis …", "El
	// programa AEROVIGÍA, todavía en ejecución, …": a status between
	// commas right after the project's name, a word for "still" before
	// it perhaps.
	if st, phrase, ok := x.statusInApposition(s); ok {
		x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(st), phrase, s, "prose:status", x.scope)
		return
	}
	for i := range ws {
		n := copulaAt(ws, i)
		if n == 0 {
			continue
		}
		// ("Es läuft vom 1. März …": Spanish "es" is a German pronoun; a
		// one-word copula counts in its own languages where the
		// document's is known.)
		if n == 1 && x.lang != "" && subjectPronouns()[ws[i].fold] && !copulaLanguages()[ws[i].fold][x.lang] {
			continue
		}
		// The verb's subject is the project: its name or a word for
		// project among the words before ("the programme is …", "Il
		// PAFIP è …"), or the sentence opens with it ("It is …"); "la
		// próxima ronda está prevista" speaks of something else.
		if i > 2 && !x.projectSubject(s, ws[max(0, i-5):i], target) && !x.projectSubject(s, clauseOpening(s, ws, i), target) {
			continue
		}
		j := i + n
		// One adverb may stand between: "is now completed", "está
		// actualmente en ejecución".
		for skip := 0; skip <= 1 && j+skip < len(ws); skip++ {
			for k := min(len(ws), j+skip+4); k > j+skip; k-- {
				phrase := s[ws[j+skip].start:ws[k-1].end]
				// "su ejecución está prevista hasta agosto de 2023": a
				// planned date, not a planned project.
				// ("em curso desde julho de 2023" is ongoing all the same.)
				st, ok := normalize.Status(phrase)
				if rest := s[ws[k-1].end:]; ok && st != normalize.StatusOngoing && (hasCueAt(rest, "ends") || hasCueAt(rest, "started") || plannedClause(rest)) {
					continue
				}
				// "Elle est mise en œuvre par l'IMT": a verb of carrying
				// out in the passive, its agent after it, is no status.
				if ok && st == normalize.StatusOngoing && hasCueAt(s[ws[k-1].end:], "given_by") {
					continue
				}
				// "La chiusura del progetto è prevista per dicembre
				// 2021": the subject is the project's end or start,
				// whose date is planned, not the project.
				if st == normalize.StatusPlanned && i > 0 && (hasCue(s[:ws[i].start], "end_noun") || hasCue(s[:ws[i].start], "start_moved")) {
					return
				}
				// "will be completed by December 2026", "wird
				// abgeschlossen": a state ahead is none yet.
				if ok && st == normalize.StatusCompleted && futureCopulas()[lexicon.Fold(s[ws[i].start:ws[i+n-1].end])] {
					return
				}
				if ok {
					// "Si è chiusa ieri a Dakar la conferenza regionale di
					// CROSSROADS": the subject after the verb is an event.
					if i <= 2 && eventNear(ws[k:min(len(ws), k+6)]) {
						return
					}
					x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(st), phrase, s, "prose:status", x.scope)
					return
				}
			}
		}
	}
	// "FAO and the EU today launched VIGIMAR II", "SAFE-GL is deze
	// maand van start gegaan": a launch told as it happens.
	if hasCue(s, "launched_now") {
		x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectOngoing), s, s, "prose:status", x.scope)
		return
	}
	// "El programa RIOVIGIA cerró oficialmente sus operaciones": an end
	// told as done and formal, whatever follows the verb.
	if hasCue(s, "closed_now") {
		x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectCompleted), s, s, "prose:status", x.scope)
		return
	}
	// "SOLARIS, now in its third year, …", "le programme entre dans sa
	// deuxième année": the project within its course now.
	if at, end, ok := findCue(s, "course_year"); ok {
		x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectOngoing), s[at:end], s, "prose:status", x.scope)
		return
	}
	// "Das Vorhaben läuft noch bis März 2025", "ZANAT+ läuft seit Juli
	// 2021", "The new phase runs until December 2025": a verb of running
	// in the present, the project its subject.
	// (Not where the sentence starts it after the text was written:
	// "RegiStat II loopt van 1 juli 2022 …" on 28 June 2022 is ahead;
	// see runningAhead.)
	if at, end, ok := findCue(s, "running_now"); ok && x.runningSubject(s, at, end, target) && runningOpen(s, at, end) {
		x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectOngoing), s[at:end], s, proseRunning, x.scope)
		return
	}
	x.endedWithoutDate(b, s, target)
}

// proseRunning names the status facts a verb of running gives.
const proseRunning = "prose:running"

// runningAhead drops the status a verb of running gives where the same
// sentence starts the project after the document was written: "RegiStat
// II loopt van 1 juli 2022 …" on 28 June 2022 speaks of what is ahead.
func (x *extractor) runningAhead() {
	if x.doc.AsOf == nil {
		return
	}
	ahead := map[[2]string]bool{}
	for _, f := range x.facts {
		if f.Field == dossier.FieldStart && f.Value.Date != nil && x.doc.AsOf.Before(*f.Value.Date) {
			ahead[[2]string{projectKey(f.Project), f.Quote}] = true
		}
	}
	if len(ahead) == 0 {
		return
	}
	x.dropFacts(func(f dossier.Fact) bool {
		return f.Extractor == proseRunning && ahead[[2]string{projectKey(f.Project), f.Quote}]
	})
}

// runningOpen reports a verb of running at s[at:end] that tells the
// project under way, not only its period: no date follows in its clause
// ("Noch läuft das Projekt", "läuft planmäßig"), or a word for "still"
// stands next to it ("loopt nog tot februari 2026"), or a word for
// "since" follows it ("läuft seit Oktober 2021"). "runs from March 2021
// to February 2025" gives the period, which the dates read.
func runningOpen(s string, at, end int) bool {
	rest := s[end:]
	if i := strings.IndexAny(rest, ";.,"); i >= 0 {
		rest = rest[:i]
	}
	// ("SOLARDORF II läuft an", "… läuft Ende Juni aus": a separable
	// verb of starting or ending; "loopt drie jaar": a length.)
	if ws := words(rest); len(ws) > 0 && separableParticles()[ws[len(ws)-1].fold] {
		return false
	}
	if _, ok := normalize.ParseDurationMonths(firstRunes(strings.TrimSpace(rest), 30)); ok {
		return false
	}
	if !strings.ContainsAny(rest, "0123456789") {
		return true
	}
	near := words(firstRunes(rest, 40))
	if prev := words(lastRunes(s[:at], 30)); len(prev) > 0 && stillWords()[prev[len(prev)-1].fold] {
		return true
	}
	for k, w := range near {
		if k > 1 {
			break
		}
		if stillWords()[w.fold] || k == 0 && sinceWords()[w.fold] {
			return true
		}
	}
	return false
}

// runningSubject reports a verb of running at s[at:end] whose subject is
// the project: its name or a word for project in the clause before the
// verb, a pronoun opening the sentence right before it ("Es läuft …"),
// or, where the verb comes second ("Noch läuft das Projekt", "Seit
// Oktober 2022 läuft NUMERIS"), one of those right after it.
func (x *extractor) runningSubject(s string, at, end int, target string) bool {
	from := strings.LastIndexAny(s[:at], ",;:") + 1
	before := words(s[from:at])
	before = before[max(0, len(before)-5):]
	// ("… dat er een project voor waterkwaliteit loopt": another project.)
	for _, w := range before {
		if indefiniteArticles()[w.fold] != nil {
			return false
		}
	}
	if len(before) > 0 && x.projectSubject(s[from:], before, target) {
		return true
	}
	if len(before) == 1 && subjectPronouns()[before[0].fold] {
		return true
	}
	after := words(firstRunes(s[end:], 80))
	if len(after) == 0 || strings.ContainsAny(s[end:end+after[0].start], ",;:") {
		return false
	}
	after = after[:min(3, len(after))]
	// ("… decorre desde 2020 um projeto de formação": another project.)
	for _, w := range after {
		if indefiniteArticles()[w.fold] != nil {
			return false
		}
	}
	return x.projectSubject(s[end:], after, target)
}

// plannedClause reports a clause after a word of planning that opens on
// a word for "that" and tells an end or a start: "está previsto que el
// proyecto concluya en agosto de 2025" plans the end, not the project.
func plannedClause(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	w := leadingRun(t)
	if w == "" || !relativeWords()[lexicon.Fold(w)] {
		return false
	}
	t = t[len(w):]
	if i := strings.IndexAny(t, ",;."); i >= 0 {
		t = t[:i]
	}
	return hasCue(t, "ends") || hasCue(t, "started")
}

// endedWithoutDate records a project's end told in the past with no
// date, the clause closing on the verb or on a length after it: "The
// MERIDA programme ended after four years", "El programa terminó tras
// cuatro años", "Het programma is na vier jaar afgerond" (auxiliary and
// participle apart). The project is completed. Its subject is the
// project (its name or a word for project among the five words before
// the verb, no phase's), and no object follows ("completed 40
// trainings" is no end).
func (x *extractor) endedWithoutDate(b dossier.Block, s, target string) {
	if target == "" {
		return
	}
	at, end := endedPastAt(s)
	if at < 0 {
		// "… ist nach vier Jahren beendet", "… is na vier jaar
		// afgerond": a participle of ending, its auxiliary before.
		if st, e, ok := findCue(s, "ends_named"); ok && auxOfEndedPast(s[:st], s[st:e]) >= 0 {
			at, end = st, e
		}
	}
	// (A date after the verb is the end's, read with it: proseEnd.)
	if at < 0 || phaseWordIn(s[:at]) || hasYear(s[end:]) {
		return
	}
	// ("The MERIDA programme, which began in March 2019, has ended …":
	// or the clause's first words, a relative clause between.)
	ws := words(s[:at])
	relative := false
	if c := strings.Index(s[:at], ", "); c >= 0 {
		relative = relativeWords()[lexicon.Fold(leadingRun(s[c+2:]))]
	}
	if len(ws) == 0 || !x.projectSubject(s, ws[max(0, len(ws)-5):], target) && !(relative && x.projectSubject(s, ws[:min(3, len(ws))], target)) {
		return
	}
	rest := s[end:]
	if i := strings.IndexAny(rest, ",;.:"); i >= 0 {
		rest = rest[:i]
	}
	if f := strings.Fields(rest); len(f) > 0 {
		if _, ok := durationAt(strings.Join(f[1:], " ")); !ok {
			return
		}
	}
	x.addFor(target, b, dossier.FieldStatus, dossier.TextValue(dossier.ProjectCompleted), strings.TrimSpace(s[at:end]), s, "prose:status", x.scope)
}

// endedPastAt returns where the first of the lexicon's ends.past forms
// stands in s as whole words, and where it ends; -1, -1 where none does.
// (Word by word, by the forms' first words: most sentences hold none.)
func endedPastAt(s string) (int, int) {
	first := endedPastFirst()
	for i := 0; i < len(s); {
		w := leadingRun(s[i:])
		if w == "" {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if ps, ok := first[strings.ToLower(w)]; ok && !wordBefore(s, i) {
			for _, p := range ps {
				if e := i + len(p); e <= len(s) && strings.EqualFold(s[i:e], p) && !wordAt(s, e) {
					return i, e
				}
			}
		}
		i += len(w)
	}
	return -1, -1
}

// endedPastFirst holds the lexicon's ends.past forms by their first
// word, in small letters, longest first.
var endedPastFirst = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, p := range endedPastForms() {
		if w := leadingRun(p); w != "" {
			out[w] = append(out[w], p)
		}
	}
	for _, ps := range out {
		slices.SortFunc(ps, func(a, b string) int { return len(b) - len(a) })
	}
	return out
})

// statusInApposition returns the status s sets between commas right
// after the first project it names (or a word for project opening it):
// "Le projet, en cours, est mis en œuvre …".
func (x *extractor) statusInApposition(s string) (string, string, bool) {
	if !strings.Contains(s, ", ") {
		return "", "", false
	}
	end := anaphorLength(s)
	ms := x.sentenceMentions(s)
	if len(ms) > 0 && len(strings.Fields(s[:ms[0].start])) <= 3 {
		end = ms[0].end
		// ("The KESTREL programme, ongoing since …": its word for
		// project after the name.)
		if w := leadingRun(strings.TrimLeft(s[end:], " ")); w != "" && projectWordSet()[lexicon.Fold(w)] {
			end += strings.Index(s[end:], w) + len(w)
		}
	} else if len(ms) > 0 {
		// ("O programa, em curso, sucedeu ao programa VITASANG": the
		// word for project is the page's project, the name another's;
		// whose the status is, the sentence's target does not tell.)
		return "", "", false
	}
	// (anaphorLength counts a comma after the word for project in.)
	if end > 0 && s[end-1] == ',' {
		end--
	}
	if end == 0 || !strings.HasPrefix(s[end:], ", ") {
		return "", "", false
	}
	rest := s[end+2:]
	closing := strings.Index(rest, ",")
	if closing < 0 {
		return "", "", false
	}
	phrase := strings.TrimSpace(rest[:closing])
	if w, after, ok := strings.Cut(phrase, " "); ok && (stillWords()[lexicon.Fold(w)] || nowWords()[lexicon.Fold(w)]) {
		phrase = after
	}
	// ("O RECIVIS, em curso desde outubro de 2020, …": the status before
	// its word of "since".)
	if ws := words(phrase); len(ws) > 2 {
		for _, w := range ws[1:] {
			if hasCueAt(phrase[w.start:], "since_opening") {
				phrase = strings.TrimSpace(phrase[:w.start])
				break
			}
		}
	}
	if len(strings.Fields(phrase)) > 5 || startsUpper(phrase) {
		return "", "", false
	}
	st, ok := normalize.Status(phrase)
	return st, phrase, ok
}

// stillAt reports a word for "still" inside the cue at cs[start:end] or
// right before it: "läuft noch bis", "loopt nog tot", "still runs until".
func stillAt(cs string, start, end int) bool {
	for _, w := range words(cs[start:end]) {
		if stillWords()[w.fold] {
			return true
		}
	}
	before := words(cs[max(0, start-30):start])
	return len(before) > 0 && stillWords()[before[len(before)-1].fold]
}

// stillWords holds the lexicon's word.still words, folded: "toujours",
// "todavía", "noch".
var stillWords = foldedSet("word", "still")

// eventNear reports a word of the lexicon's trap.word (an event, a post)
// among ws: "la conferenza", "el taller".
func eventNear(ws []word) bool {
	for _, w := range ws {
		if eventWords()[w.fold] {
			return true
		}
	}
	return false
}

var eventWords = foldedSet("trap", "word")

// clauseOpening returns the first three words of the clause word i stands
// in: "Il progetto AGRIDATA, finanziato …, si è concluso" opens with its
// subject; a clause after a semicolon has its own.
func clauseOpening(s string, ws []word, i int) []word {
	start := 0
	if k := strings.LastIndexByte(s[:ws[i].start], ';'); k >= 0 {
		start = k
	}
	var out []word
	for _, w := range ws[:i] {
		if w.start >= start && len(out) < 3 {
			out = append(out, w)
		}
	}
	return out
}

// projectSubject reports whether the words before a verb name the
// project or speak of one.
func (x *extractor) projectSubject(s string, before []word, target string) bool {
	name := lexicon.Fold(x.names.canonical(target))
	for k, w := range before {
		if projectWordSet()[w.fold] || projectWordForm(w.fold) {
			// "Identification of such an action is under way": another
			// project than this one.
			if otherDeterminerBefore(s, before, k) {
				return false
			}
			return true
		}
		if name != "" && strings.HasPrefix(lexicon.Fold(s[w.start:before[len(before)-1].end]), name) {
			return true
		}
	}
	return false
}

// otherDeterminerBefore reports a word of the lexicon's other.determiner
// right before word k ("such an action", "une nouvelle phase").
func otherDeterminerBefore(s string, ws []word, k int) bool {
	start := 0
	if k >= 3 {
		start = ws[k-3].start
	} else if k > 0 {
		start = ws[0].start
	} else {
		return false
	}
	lead := " " + lexicon.Fold(s[start:ws[k].start]) + " "
	for _, d := range lexicon.Phrases("other", "determiner") {
		if f := " " + lexicon.Fold(d) + " "; strings.HasSuffix(lead, f) || strings.HasSuffix(lead, f+"an ") || strings.HasSuffix(lead, f+"a ") {
			return true
		}
	}
	return false
}

// copulaAt returns how many words of ws from i are a verb of being of the
// lexicon (copula.word), or 0.
func copulaAt(ws []word, i int) int { return phraseAt(ws, i, copulas()) }

// copulaLanguages holds the lexicon's copula.word phrases, folded, with
// the languages each is one in.
var copulaLanguages = phraseLanguages("copula", "word")

var copulas = sync.OnceValue(func() phraseIndex {
	var out [][]string
	for _, p := range lexicon.Phrases("copula", "word") {
		out = append(out, strings.Fields(lexicon.Fold(p)))
	}
	return indexPhrases(out)
})

// extensionAfter reports a word for extension (the lexicon's
// extension.noun) among the first words of s.
func extensionAfter(s string) bool {
	ws := strings.Fields(lexicon.Fold(s))
	for i, w := range ws {
		if i > 5 {
			break
		}
		if extensionNouns()[w] {
			return true
		}
	}
	return false
}

// extensionNouns are the lexicon's extension.noun words, folded.
var extensionNouns = foldedSet("extension", "noun")

// extensionLength reports a length that is an extension's, by the words
// around its cue: a word of extension (cue.extension) just before it
// ("prorrogado por …", "ampliado por un año") or a word of addition
// (word.additional) among the first after it ("for an extra 12 months",
// "por mais 21 meses"; not "por mais de três anos", more than).
func extensionLength(before, after string) bool {
	// (Only the words near the cue count: a window of bytes each side.)
	if len(before) > 48 {
		before = before[len(before)-48:]
	}
	if len(after) > 80 {
		after = after[:80]
	}
	bw := strings.Fields(lexicon.Fold(before))
	for i := max(0, len(bw)-2); i < len(bw); i++ {
		if extensionCues()[strings.Trim(bw[i], ",;:")] {
			return true
		}
	}
	aw := strings.Fields(lexicon.Fold(after))
	for i := 0; i < len(aw) && i < 4; i++ {
		if additionWords()[aw[i]] && (i+1 == len(aw) || !thanWords()[aw[i+1]]) {
			return true
		}
	}
	// "die Laufzeit um sechs Monate bis zum 30. Juni 2022 verlängert",
	// "met achttien maanden verlengd": the verb of extending after the
	// length, in its clause.
	if i := strings.IndexAny(after, ",;"); i >= 0 {
		after = after[:i]
	}
	aw = strings.Fields(lexicon.Fold(after))
	for i := 0; i < len(aw) && i < 10; i++ {
		if extensionCues()[aw[i]] {
			return true
		}
	}
	return false
}

// extensionCues, additionWords and thanWords hold the lexicon's
// cue.extension, word.additional and word.than entries, folded.
var (
	extensionCues = foldedSet("cue", "extension")
	additionWords = foldedSet("word", "additional")
	thanWords     = foldedSet("word", "than")
)

// untilCues holds the lexicon's cue.until entries, folded: the end cues
// that are a bare preposition.
var untilCues = foldedSet("cue", "until")

// untilAboutProject reports a clause before a bare "until" that is about
// the project: it names it, or a word for project, a phase or a pronoun
// stands for it ("it runs until", "das Programm läuft nun bis"). "Results
// until May 2024", "Bolivia participated until June 2020", "bis Ende 2023
// wurden 2.150 Hektar freigegeben" end no project.
func (x *extractor) untilAboutProject(before string) bool {
	if x.namesProject(before) {
		return true
	}
	for _, w := range strings.Fields(lexicon.Fold(before)) {
		w = strings.Trim(w, ",;:()")
		if projectWordForm(w) || phaseWords()[w] || subjectPronouns()[w] || untilSubjects()[w] {
			return true
		}
	}
	// "die Laufzeit wird bis … verlängert", "een verlenging tot en met":
	// the words of a change of end.
	_, _, ext := findCue(before, "extension")
	return ext
}

// untilSubjects holds the lexicon's word.until_subject entries, folded:
// what a project's end, or its start, is told of besides the project
// ("its activities will continue until", "die Laufzeit … bis", "les
// activités ont démarré le").
var untilSubjects = foldedSet("word", "until_subject")

// sinceInRelative reads "since" and a date in a relative clause right
// after the project's name: "KSF II, dat sinds 1 januari 2023 loopt",
// "SaniVille, dat SNV sinds maart 2020 uitvoert", "…, which has run since
// July 2021". The clause runs to its next comma; a year alone is left, as
// sinceAfterImplementer leaves it.
func (x *extractor) sinceInRelative(s string) (dossier.Date, string, bool) {
	// (Cheap tests first: "since", then a comma, a relative word and
	// "since" in its clause.)
	if !hasCue(s, "since_opening") || !relativeAfterComma(s, func(clause string) bool {
		for _, w := range strings.Fields(clause) {
			if sinceWords()[lexicon.Fold(w)] {
				return true
			}
		}
		return false
	}) {
		return dossier.Date{}, "", false
	}
	for _, clause := range x.relativeClausesOnProject(s) {
		words := strings.Fields(clause)
		for k, w := range words {
			if k >= 6 {
				break
			}
			if !sinceWords()[lexicon.Fold(w)] {
				continue
			}
			at := strings.Index(clause, " "+w+" ")
			if at < 0 {
				break
			}
			if d, ok := dateAt(clause[at+len(w)+1:]); ok && d.Precision != dossier.PrecisionYear {
				return d, strings.TrimSpace(clause[at:]), true
			}
			break
		}
	}
	return dossier.Date{}, "", false
}

// sinceAfterSubject reads "since" and a date in a clause whose subject,
// opening the sentence, is the project: "The MANGAL project has worked in
// Kenya since March 2023", "Het project werkt sinds maart 2023 in Kenia",
// "Le programme intervient au Niger depuis mars 2023". Nothing but the
// clause's own words stands between (no comma, no body: "Kenya joined
// MANGAL in 2021 and has chaired it since March 2023" has another
// subject); a year alone is left, as sinceAfterImplementer leaves it.
func (x *extractor) sinceAfterSubject(s string) (dossier.Date, string, bool) {
	if !hasCue(s, "since_opening") {
		return dossier.Date{}, "", false
	}
	subjectEnd := anaphorLength(s)
	if subjectEnd == 0 {
		ms := x.sentenceMentions(s)
		if len(ms) != 1 || len(strings.Fields(s[:ms[0].start])) > 2 {
			return dossier.Date{}, "", false
		}
		subjectEnd = ms[0].end
	}
	ws := strings.Fields(s[subjectEnd:])
	for k, w := range ws {
		if k >= 10 || strings.ContainsAny(w, ",;:()") {
			break
		}
		if !sinceWords()[lexicon.Fold(w)] {
			continue
		}
		at := strings.Index(s[subjectEnd:], " "+w+" ")
		if at < 0 {
			break
		}
		at += subjectEnd
		// (A country where it works is no other subject: "in Kenya".)
		other := false
		for _, o := range orgMentions(s[subjectEnd:at]) {
			if _, country := normalize.CountryCode(o.name); !country {
				other = true
			}
		}
		if other {
			break
		}
		if d, ok := dateAt(s[at+len(w)+1:]); ok && d.Precision != dossier.PrecisionYear {
			return d, strings.TrimSpace(s[at:]), true
		}
		break
	}
	return dossier.Date{}, "", false
}

// relativeAfterComma reports a comma, then a relative word whose clause
// (to the next comma) holds what ok looks for: the cheap test before
// reading a sentence's mentions for a relative clause on a project.
func relativeAfterComma(s string, ok func(clause string) bool) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], ", ")
		if i < 0 {
			return false
		}
		i += from + 2
		from = i
		rel := leadingRun(s[i:])
		if rel == "" || !relativeWords()[lexicon.Fold(rel)] {
			n := appositionBefore(s[i:])
			if n == 0 {
				continue
			}
			i += n
			rel = leadingRun(s[i:])
		}
		clause := s[i+len(rel):]
		if j := strings.IndexAny(clause, ",;:"); j >= 0 {
			clause = clause[:j]
		}
		if ok(clause) {
			return true
		}
	}
}

// appositionBefore returns where the relative word starts after an
// apposition that rest, right after a comma, opens on: an article, a word
// for project within its next three words, words in lower case after it
// ("una iniciativa regional que …", "a project that …", "ein Projekt,
// das …"); 0 when rest opens on no such apposition.
func appositionBefore(rest string) int {
	// (The cheap test first: an article opens it.)
	if first := lexicon.Fold(leadingRun(rest)); !articleWords()[first] && len(indefiniteArticles()[first]) == 0 {
		return 0
	}
	ws := words(rest[:min(len(rest), 80)])
	if len(ws) < 3 {
		return 0
	}
	head := -1
	for k := 1; k < min(4, len(ws)); k++ {
		if projectWordForm(ws[k].fold) {
			head = k
			break
		}
	}
	if head < 0 {
		return 0
	}
	for k := head + 1; k < min(head+4, len(ws)); k++ {
		if relativeWords()[ws[k].fold] && strings.Trim(rest[ws[k-1].end:ws[k].start], " ,") == "" {
			return ws[k].start
		}
		if !startsLower(rest[ws[k].start:ws[k].end]) || strings.Trim(rest[ws[k-1].end:ws[k].start], " ") != "" {
			return 0
		}
	}
	return 0
}

// relativeClausesOnProject returns the relative clauses that follow a
// project's name in s (a bracket after the name aside), or the word for
// project the sentence opens on: ", which UNDP implements", ", dat sinds
// 1 januari 2023 loopt", each without its relative word and up to its
// next comma or stop.
func (x *extractor) relativeClausesOnProject(s string) []string {
	var out []string
	ends := []int{}
	for _, m := range x.sentenceMentions(s) {
		ends = append(ends, m.end)
	}
	// "Het initiatief, dat de FAO uitvoert": a sentence that opens on
	// a word pointing back and a word for project, then a comma, points
	// back to the project (see anaphoricOpening).
	if i := strings.Index(s, ","); i > 0 && len(strings.Fields(s[:i])) <= 3 && anaphoricOpening(s[:i]) {
		ends = append([]int{i}, ends...)
	}
	for _, end := range ends {
		rest := s[end:]
		// ("The KALDERA programme, which …": the word for project after
		// the name.)
		if w := leadingRun(strings.TrimLeft(rest, " ")); w != "" && projectWordSet()[lexicon.Fold(w)] {
			rest = strings.TrimLeft(rest, " ")[len(w):]
		}
		if strings.HasPrefix(strings.TrimLeft(rest, " "), "(") {
			if i := strings.Index(rest, ")"); i >= 0 {
				rest = rest[i+1:]
			}
		}
		rest, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), ",")
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		rel := leadingRun(rest)
		if rel == "" || !relativeWords()[lexicon.Fold(rel)] {
			// ("RAMSIC, un proyecto que el PNUD lleva adelante": the
			// relative clause after an apposition that says what the
			// project is.)
			n := appositionBefore(rest)
			if n == 0 {
				continue
			}
			rest = rest[n:]
			rel = leadingRun(rest)
		}
		clause := rest[len(rel):]
		if i := strings.IndexAny(clause, ",;.:"); i >= 0 {
			clause = clause[:i]
		}
		out = append(out, clause)
	}
	return out
}

// roughLength reports a length after a cue that opens on a word of
// nearness or of "more than" (the lexicon's qualifier.about and
// qualifier.over), at most two words in: "almost four years", "un peu
// plus de quatre ans".
func roughLength(after string) bool {
	ws := strings.Fields(lexicon.Fold(firstRunes(after, 40)))
	for k := 0; k <= 2 && k < len(ws); k++ {
		if k > 0 && strings.ContainsAny(ws[k-1], "0123456789") {
			return false
		}
		if opensOnPhrase(strings.Join(ws[k:], " "), roughPhrases()) {
			return true
		}
	}
	return false
}

// roughBefore reports words that end on a word of nearness or of "more
// than" (qualifier.about, qualifier.over): "After nearly", "tras más de".
func roughBefore(words []string) bool {
	t := " " + lexicon.Fold(strings.Join(words[max(0, len(words)-4):], " "))
	for _, p := range roughPhrases() {
		if strings.HasSuffix(t, " "+p) {
			return true
		}
	}
	return false
}

// roughPhrases are the lexicon's qualifier.about and qualifier.over
// phrases, folded.
var roughPhrases = sync.OnceValue(func() []string { return foldedQualifiers("about", "over") })
