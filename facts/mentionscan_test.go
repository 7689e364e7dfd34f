package facts

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// TestFindMentions_ScannersFindWhatThePatternsFound: the hand-written
// scanners of findMentions find, in every block and sentence of the seed
// fixtures and the dev corpus, exactly the mentions the regular
// expressions they replace found (kept here as the oracle).
func TestFindMentions_ScannersFindWhatThePatternsFound(t *testing.T) {
	files, _ := filepath.Glob("../fixtures/docs/*")
	more, _ := filepath.Glob("../fixtures/corpus/dev/docs/*")
	files = append(files, more...)
	texts := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extract.Default().Extract(context.Background(), extract.Source{Name: p, Data: data}, extract.DefaultLimits())
		if err != nil {
			continue
		}
		for _, b := range doc.Blocks {
			cands := append([]string{blockText(b)}, sentences(b.Text)...)
			for _, s := range cands {
				texts++
				got, want := findMentions(s), findMentionsPatterns(s)
				if len(got) == 0 && len(want) == 0 {
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %q\n got  %v\n want %v", filepath.Base(p), s, got, want)
				}
			}
		}
	}
	t.Logf("%d texts compared", texts)
}

func findMentionsPatterns(text string) []mention {
	// Most lines name no project: cheap tests first, regexps only where a
	// name can be.
	hasAt := strings.Contains(text, "@")
	hasProject := strings.Contains(text, "roject")
	at, comp := projectWordsAndCompounds(text, true)
	hasWord := hasProject || len(at) > 0 || len(comp) > 0
	// Not one of the replaced patterns: the same in both.
	var out []mention
	for _, m := range followUpNames(text) {
		if name := text[m[0]:m[1]]; plausibleProject(name) && !pageNumbered(name) {
			out = append(out, mention{name: name, start: m[0], end: m[1], bare: true})
		}
	}
	if strings.Contains(text, "(") {
		out = append(out, acronymExpansions(text)...)
	}
	if strings.Contains(text, "-") {
		out = append(out, hyphenProjectMentions(text)...)
	}
	if !hasAt && !hasWord {
		return longestMentions(out)
	}
	for _, m := range atName.FindAllStringIndex(text, -1) {
		out = append(out, mention{name: text[m[0]:m[1]], start: m[0], end: m[1]})
	}
	if !hasWord {
		sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
		return out
	}
	// Not one of the replaced patterns: the same in both.
	out = append(out, compoundMentions(text, comp)...)
	plainAt := at
	if len(comp) > 0 {
		at = append(append([]int(nil), at...), comp...)
		sort.Ints(at)
	}
	// "to PROMARIS, the Programme for Maritime Security": a name in
	// apposition to a word for project.
	out = append(out, appositives(text)...)
	// Not one of the replaced patterns: the same in both.
	out = append(out, calledThenProject(text, plainAt)...)
	out = append(out, acronymAfterLongNameComma(text)...)
	out = append(out, dashExpansions(text)...)
	// Not one of the replaced patterns: the same in both.
	out = append(out, acronymsInApposition(text, at)...)
	for _, m := range aroundWords(projectWordName(), text, plainAt, 0, 160) {
		name := text[m[2]:m[3]]
		// Not one of the replaced patterns: the same in both (a numeral
		// a decimal mark continues, or that opens an amount, is an
		// amount's, no part of a name: the name ends before it).
		cut := -1
		for j := m[2]; j < m[3]; {
			k := nameCharsEnd(text, j)
			if k == j {
				j++
				continue
			}
			if numeralGoesOn(text, j, k) {
				cut = j - m[2]
				break
			}
			j = k
		}
		if cut == 0 {
			continue
		} else if cut > 0 {
			name = strings.TrimRight(name[:cut], " \t\n")
		}
		words := strings.Fields(name)
		// "Project Manager", "projet de loi": a word after "project" that
		// is a job or a little word is no name.
		for len(words) > 0 && (notProjectWords[strings.ToLower(words[len(words)-1])] || jobWords[strings.ToLower(words[len(words)-1])]) {
			words = words[:len(words)-1]
		}
		if len(words) == 0 || jobWords[strings.ToLower(words[0])] || notProjectWords[strings.ToLower(words[0])] {
			continue
		}
		// Not one of the replaced patterns: the same in both.
		if startsUpper(words[0]) && orgWords()[lexicon.Fold(words[0])] {
			continue
		}
		name = strings.Join(words, " ")
		nameEnd := m[2] + len(name)
		// Not one of the replaced patterns: the same in both.
		if long, end := titleRunOn(text, m[2], nameEnd); long != "" && len(words) >= 2 && name == text[m[2]:nameEnd] && !slices.ContainsFunc(words, acronymLike) {
			name, nameEnd = long, end
		}
		// "Programme⏎5th Steering Committee meeting": a meeting of the
		// programme, a page word of the lexicon, is no name.
		if notSubject(name) {
			continue
		}
		// Not one of the replaced patterns: the same in both.
		if p, ok := phaseInBracket(text, m[2], name); ok {
			out = append(out, p)
			continue
		}
		// Not one of the replaced patterns: the same in both.
		if acr, long, end, ok := acronymAfterLongName(text, m[2]); ok {
			out = append(out, mention{name: acr, start: m[2], end: end, alias: long})
			continue
		}
		if !plausibleProject(name) && !coinedWordName(text, m[2], name) {
			continue
		}
		mm := mention{name: name, start: m[2], end: nameEnd}
		// Not one of the replaced patterns: the same in both.
		if !plausibleProject(name) {
			mm.alias = titleAfterDash(text[mm.end:])
		}
		out = append(out, mm)
	}
	// Not one of the replaced patterns: the same in both.
	out = append(out, acronymsBeforeProjectWords(text, at)...)
	out = append(out, bracketAcronyms(text)...)
	for _, m := range longNamesBeforeHead(text) {
		if name := text[m[0]:m[1]]; plausibleProjectUpTo(name, maxLongName) && !bodyWithHead(text, m) {
			out = append(out, mention{name: name, start: m[0], end: m[1]})
		}
	}
	// Not one of the replaced patterns: the same in both.
	out = append(out, quotedMentions(text, at)...)
	if hasProject {
		out = append(out, projectWordMentionsPatterns(text)...)
	}
	// Not one of the replaced patterns: the same ordering and merging of
	// overlapping mentions as findMentions.
	return longestMentions(out)
}

// projectWordMentionsPatterns finds, as the patterns did, names before
// and around the word "project".
func projectWordMentionsPatterns(text string) []mention {
	var out []mention
	for _, m := range aroundWords(wordProject, text, indexAll(text, "roject"), 90, 40) {
		if m[4] >= 0 {
			continue // "… Project Manager": a job title
		}
		// "Cybercrime@Octopus project": the word before "project" belongs
		// to an @-name, already found.
		if m[2] > 0 && text[m[2]-1] == '@' {
			continue
		}
		words := strings.Fields(text[m[2]:m[3]])
		for len(words) > 0 && notProjectWords[strings.ToLower(words[0])] {
			words = words[1:]
		}
		if len(words) == 0 || notProjectWords[strings.ToLower(words[len(words)-1])] || nationalityPhrase(words) {
			continue
		}
		// Not one of the replaced patterns: the same in both.
		if ordinalsOnly(words) {
			continue
		}
		// "of the Council of Europe project": a project of an organisation,
		// not a name.
		before := strings.ToLower(strings.TrimSpace(text[:m[2]]))
		if strings.HasSuffix(before, " of") || strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "'s") {
			if len(words) > 1 {
				continue
			}
		}
		if _, known := normalize.KnownOrganisation(strings.Join(words, " ")); known {
			continue
		}
		if tailOfLongerName(text, m[2]) {
			continue
		}
		if labelAfterBreak(text, m[3], m[1]) {
			continue
		}
		if allLittle(words) {
			continue
		}
		name := strings.Join(words, " ") + " Project"
		if coinedWithPhase(words) && text[m[1]-len("project")] == 'p' {
			name = strings.Join(words, " ")
		}
		out = append(out, mention{name: name, start: m[2], end: m[1]})
	}
	for _, m := range matchAllIf(strings.Contains(text, "Project on"), projectOn, text) {
		out = append(out, mention{name: text[m[0]:m[1]], start: m[0], end: m[1]})
	}
	return out
}

// wordProject matches "<Name> Project" / "<Name> project": one or two
// capitalised words before "project" ("Octopus Project", "GLACY Project",
// "iPROCEEDS project"), unless "project" starts a job title ("Ioana
// Petrescu, Project Manager" names a person; a whole word: "Project
// directory" is none).
var wordProject = regexp.MustCompile(`((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d+\-]*(?:\s+\p{Lu}[\p{L}\d+\-]*)?)\s+[Pp]roject\b(\s+(?i:manager|officer|coordinator|assistant|lead|leader|director|team|staff|administrator|advisor|adviser|expert)\b)?`)

// projectWordName matches a name after the word for project in any
// language of the lexicon: "le projet CyberSouth", "el proyecto
// iPROCEEDS-2", "das Projekt Cyber East", "the programme GLACY+". The name
// is one to four words, each with a capital or a digit.
var projectWordName = sync.OnceValue(func() *regexp.Regexp {
	var words []string
	for _, w := range lexicon.Phrases("project", "word") {
		words = append(words, regexp.QuoteMeta(w))
	}
	// A version's point between digits ("CariDigital 2.0") stays in a
	// name's word.
	ver := `(?:[\p{L}\d@+\-]*\d\.)+\d[\p{L}\d@+\-]*`
	// An acronym's points after single capitals ("S.E.N.T.R.A.-PORT",
	// "I.D.E.A") stay in it.
	dotted := `\p{Lu}(?:\.\p{Lu})+(?:\.-)?[\p{L}\d@+\-]*`
	name := `(?:` + ver + `|` + dotted + `|[\p{L}\d@+\-]*[\p{Lu}\d][\p{L}\d@+\-]*)`
	// "il progetto regionale Wild Guard": an adjective of the lexicon in
	// lower case, as written or without its accents.
	var quals []string
	for _, w := range lexicon.Phrases("project", "qualifier") {
		quals = append(quals, regexp.QuoteMeta(w), regexp.QuoteMeta(lexicon.Fold(w)))
	}
	qual := `(?:(?:` + strings.Join(quals, "|") + `)\s+)?`
	// "einem Programm namens Tusi Fanau": a word of naming in lower case
	// (the lexicon's project.called), as written or without its accents.
	var called []string
	for _, w := range lexicon.Phrases("project", "called") {
		for _, v := range []string{w, lexicon.Fold(w)} {
			called = append(called, strings.ReplaceAll(regexp.QuoteMeta(v), " ", `\s+`))
		}
	}
	call := `(?:(?:` + strings.Join(called, "|") + `)\s+)?`
	return regexp.MustCompile(`(?i:\b(?:` + strings.Join(words, "|") + `))\s+` + qual + call + `[«“"]?\s*(` + name + `(?:\s+` + name + `){0,3})`)
})

// aroundWords runs re only on the text around each position in at (from
// before bytes before it to after bytes after), where a match must lie:
// scanning a long paragraph with a pattern that may start at any letter
// costs more than the few windows where it can match. Windows start at a
// space; matches are in text's offsets, each once, in order.
func aroundWords(re *regexp.Regexp, text string, at []int, before, after int) [][]int {
	var out [][]int
	seen := map[int]int{} // a match's start: its index in out, plus one
	for _, p := range at {
		ws, we := max(0, p-before), min(len(text), p+after)
		if ws > 0 {
			if k := strings.IndexAny(text[ws:p], " \n\t"); k >= 0 {
				ws += k + 1
			} else {
				ws = p
			}
		}
		for _, m := range re.FindAllStringSubmatchIndex(text[ws:we], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += ws
				}
			}
			// (A window that ends inside a name cuts it: the match the
			// next word's own window finds whole is the one.)
			if i := seen[m[0]]; i == 0 {
				out = append(out, m)
				seen[m[0]] = len(out)
			} else if m[1] > out[i-1][1] {
				out[i-1] = m
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// TestLineLabelMatch_AsThePattern: lineLabelMatch splits every block,
// line and sentence of the seed fixtures and the dev corpus, and a few
// thousand random strings of the characters that matter, exactly as the
// pattern it replaces does.
func TestLineLabelMatch_AsThePattern(t *testing.T) {
	pattern := regexp.MustCompile(`^([^:]{1,60}?)\s*:\s*(.+)$`)
	var texts []string
	files, _ := filepath.Glob("../fixtures/docs/*")
	more, _ := filepath.Glob("../fixtures/corpus/dev/docs/*")
	for _, p := range append(files, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extract.Default().Extract(context.Background(), extract.Source{Name: p, Data: data}, extract.DefaultLimits())
		if err != nil {
			continue
		}
		for _, b := range doc.Blocks {
			texts = append(texts, b.Text, b.Label+": "+b.Text)
			texts = append(texts, strings.Split(b.Text, "\n")...)
			texts = append(texts, sentences(b.Text)...)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "B", " ", "\t", "\n", "\r", ":", "é", "€", "\xff", "1"}
	for range 20000 {
		var sb strings.Builder
		for range r.IntN(70) {
			sb.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		if got, want := lineLabelMatch(s), pattern.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %q, want %q", s, got, want)
		}
	}
	t.Logf("%d texts compared", len(texts))
}

// TestClosedApposition: what follows a comma calls the word before it a
// project only where a word for project in small letters closes on a
// comma or a relative word; a sentence's subject after an opening place
// and a body's capitalised name are none, and short or empty text is no
// apposition (no panic either).
func TestClosedApposition(t *testing.T) {
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{" the regional programme that trains port pilots", true},
		{" un programme, financé par la Suède", true},
		{" un programme régional, financé par la Suède", false},
		{" o programa apoiou quarenta escolas", false},
		{" o Programa das Nações Unidas para o Desenvolvimento", false},
		{" the programme", false},
		{"", false},
		{",", false},
		{"   ", false},
	} {
		if got := closedApposition(tc.after); got != tc.want {
			t.Errorf("closedApposition(%q) = %v, want %v", tc.after, got, tc.want)
		}
	}
}

// TestPeriodicalNamed: a title that ends on a word for a periodical names
// the periodical ("Consumer Safety Bulletin", "Waterbeheer Nieuwsbrief"),
// which is no project; the word alone or inside a name is not such a
// title.
func TestPeriodicalNamed(t *testing.T) {
	for name, want := range map[string]bool{
		"Consumer Safety Bulletin":  true,
		"Waterbeheer Nieuwsbrief":   true,
		"Bulletin":                  false,
		"Bulletin Board Initiative": false,
		"Consumer Safety Programme": false,
	} {
		if got := periodicalNamed(name); got != want {
			t.Errorf("periodicalNamed(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAtNames_AsThePatternOnTheWholeText: reading atName only in the
// words that hold an "@" finds what it finds in the whole text, around
// spaces of any width and at the text's ends.
func TestAtNames_AsThePatternOnTheWholeText(t *testing.T) {
	for _, text := range []string{
		"Cybercrime@Octopus",
		"The Cybercrime@Octopus project and GLACY@Africa run",
		"write to alexander.seger@coe.int or Info@CoE.int today",
		"Octopus@Cybercrime\u00a0Cyber@East\u2003Ébc@Def x@Y A@b",
		"@ @@ A@ @B A@@B ,A@B, (Cyber@East)",
		"Kontakt:\u3000Daten@Schutz2 und Daten@Schutz3@Plus",
		"\xffA@B\xfe C@D",
	} {
		got := atNames(true, text)
		want := atName.FindAllStringIndex(text, -1)
		if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}
