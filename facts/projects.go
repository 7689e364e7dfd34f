package facts

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/dossier-dev/dossier"
)

// atName matches names built around an "@" ("Cybercrime@Octopus").
var atName = regexp.MustCompile(`\b\p{Lu}[\p{L}\d]*@\p{Lu}[\p{L}\d]*\b`)

// wordProject matches "<Name> Project" / "<Name> project": one or two
// capitalised words before "project" ("Octopus Project", "GLACY Project").
var wordProject = regexp.MustCompile(`(\p{Lu}[\p{L}\d+\-]*(?:\s+\p{Lu}[\p{L}\d+\-]*)?)\s+[Pp]roject\b`)

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

// projectKey is how names of one project compare: case, spacing and
// punctuation other than "@" do not count.
func projectKey(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mention is a project name found in text.
type mention struct {
	name       string
	start, end int
}

// findMentions returns the project names text mentions, in order.
func findMentions(text string) []mention {
	// Most lines name no project: cheap tests first, regexps only where a
	// name can be.
	hasAt := strings.Contains(text, "@")
	hasProject := strings.Contains(text, "roject")
	if !hasAt && !hasProject {
		return nil
	}
	var out []mention
	for _, m := range atName.FindAllStringIndex(text, -1) {
		out = append(out, mention{text[m[0]:m[1]], m[0], m[1]})
	}
	if !hasProject {
		return out
	}
	for _, m := range wordProject.FindAllStringSubmatchIndex(text, -1) {
		// "Cybercrime@Octopus project": the word before "project" belongs
		// to an @-name, already found.
		if m[2] > 0 && text[m[2]-1] == '@' {
			continue
		}
		words := strings.Fields(text[m[2]:m[3]])
		for len(words) > 0 && notProjectWords[strings.ToLower(words[0])] {
			words = words[1:]
		}
		if len(words) == 0 || notProjectWords[strings.ToLower(words[len(words)-1])] {
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
		name := strings.Join(words, " ") + " Project"
		out = append(out, mention{name, m[2], m[1]})
	}
	for _, m := range projectOn.FindAllStringIndex(text, -1) {
		out = append(out, mention{text[m[0]:m[1]], m[0], m[1]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// A shorter name inside a longer one ("Global Project" within "Global
	// Project on Cybercrime") is the same mention.
	dedup := out[:0]
	for _, m := range out {
		if n := len(dedup); n > 0 && m.start < dedup[n-1].end {
			if m.end-m.start > dedup[n-1].end-dedup[n-1].start {
				dedup[n-1] = m
			}
			continue
		}
		dedup = append(dedup, m)
	}
	out = dedup
	return out
}

// projectNames collects the projects a document names, keyed by
// projectKey, with the spelling it uses most (ties: first seen).
type projectNames struct {
	order    []string
	spelling map[string]map[string]int
	first    map[string]string
}

func newProjectNames() *projectNames {
	return &projectNames{spelling: map[string]map[string]int{}, first: map[string]string{}}
}

func (p *projectNames) add(name string) string {
	name = strings.TrimSpace(name)
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

// canonical returns the spelling most used for key: in running text a
// project is written as its team writes it, while titles play with case.
func (p *projectNames) canonical(k string) string {
	best, n := p.first[k], 0
	for s, c := range p.spelling[k] {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

// variants returns the other spellings of key, sorted.
func (p *projectNames) variants(k string) []string {
	c := p.canonical(k)
	var out []string
	for s := range p.spelling[k] {
		if s != c {
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
