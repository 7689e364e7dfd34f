// Package reconcile turns facts from many documents into one canonical
// record per project: which documents describe which project, and for every
// field the chosen value, the rule that chose it, why the sources differ,
// and every candidate with every source. It is pure: values in, values out.
package reconcile

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
)

// nameKey is how names of one project compare: case, accents, spacing and
// punctuation other than "@" and "+" do not count, and a last word that is
// a Roman numeral counts as its number: "GLACY+" is not "GLACY", and
// "iPROCEEDS II" is "iPROCEEDS-2".
func nameKey(name string) string {
	// The lexicon's fold turns every mark but "@" and "+" into a space, so
	// "ACTRA-II", "ACTRA II" and "Actra ii" all end in the word "ii".
	words := strings.Fields(lexicon.Fold(name))
	if n := len(words); n > 1 {
		if d, ok := romanNumerals[words[n-1]]; ok {
			words[n-1] = d
		}
	}
	return strings.Join(words, "")
}

var romanNumerals = map[string]string{"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}

// looseKey also drops a trailing word for project in any language of the
// lexicon ("project", "programme", "projet", "Vorhaben"), so "the Octopus
// project" and "Octopus" block together. Digits stay: "X" and "X-2" never
// meet.
func looseKey(key string) string {
	for _, suffix := range projectWords() {
		if k := strings.TrimSuffix(key, suffix); k != key && k != "" {
			return k
		}
	}
	return key
}

// projectWords are the lexicon's words for project, folded, longest first.
var projectWords = sync.OnceValue(func() []string {
	var out []string
	for _, w := range lexicon.Phrases("project", "word") {
		out = append(out, strings.ReplaceAll(lexicon.Fold(w), " ", ""))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
})

// fold strips accents: "Céline" → "Celine".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// MaxSlugLen caps a slug, in bytes: a project id names report files and
// goes into URLs, and a 5,000-character page title once made a 2,001-byte
// slug that no file system would take as a file name.
const MaxSlugLen = 80

// Slugify makes a project id from a title: "Cybercrime@Octopus" →
// "cybercrime-octopus". A slug is ASCII letters, digits and hyphens, at
// most MaxSlugLen bytes, cut at a hyphen when the title is longer.
func Slugify(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(fold(title)) {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			if b.Len() > MaxSlugLen {
				break // one byte past the cap tells whether the cut splits a word
			}
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "project"
	}
	s := b.String()
	if len(s) > MaxSlugLen {
		cut := s[:MaxSlugLen]
		// Cut at the last hyphen unless that drops more than half; the
		// slug is ASCII, so a byte cut never splits a character.
		if s[MaxSlugLen] != '-' {
			if i := strings.LastIndexByte(cut, '-'); i > MaxSlugLen/2 {
				cut = cut[:i]
			}
		}
		s = strings.TrimRight(cut, "-")
	}
	return s
}

// unionFind groups name keys that name one project.
type unionFind map[string]string

func (u unionFind) find(k string) string {
	if _, ok := u[k]; !ok {
		u[k] = k
	}
	for u[k] != k {
		u[k] = u[u[k]]
		k = u[k]
	}
	return k
}

func (u unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	// The smaller key is the root, so grouping does not depend on the
	// order facts come in.
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
}

// group is the name keys, facts and names of one project.
type group struct {
	keys  []string
	facts []dossier.Fact
	slug  string
	title string
}

// groupFacts decides which facts are about which project. Names block by
// exact key, by loose key, and by shared identifiers; blocking uses maps,
// so it stays linear in the number of facts.
func groupFacts(facts []dossier.Fact) []*group {
	u := unionFind{}
	byLoose := map[string]string{}
	byIdent := map[string]string{}
	for _, f := range facts {
		k := nameKey(f.Project)
		if k == "" {
			continue
		}
		u.find(k)
		lk := looseKey(k)
		if other, ok := byLoose[lk]; ok {
			u.union(k, other)
		} else {
			byLoose[lk] = k
		}
		switch f.Field {
		case dossier.FieldIdentifiers:
			if id := f.Value.Identifier; id != nil {
				ik := strings.ToLower(id.Scheme + "\x00" + id.Value)
				if other, ok := byIdent[ik]; ok {
					u.union(k, other)
				} else {
					byIdent[ik] = k
				}
			}
		case dossier.FieldAliases:
			ak := nameKey(f.Value.Text)
			if ak != "" {
				u.union(k, ak)
			}
		}
	}
	groups := map[string]*group{}
	for _, f := range facts {
		k := nameKey(f.Project)
		if k == "" {
			continue
		}
		r := u.find(k)
		g := groups[r]
		if g == nil {
			g = &group{}
			groups[r] = g
		}
		g.facts = append(g.facts, f)
	}
	for k := range u {
		if g := groups[u.find(k)]; g != nil {
			g.keys = append(g.keys, k)
		}
	}
	out := make([]*group, 0, len(groups))
	for _, g := range groups {
		sort.Strings(g.keys)
		g.title = chooseTitle(g.facts)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].keys[0] < out[j].keys[0] })
	return out
}

// chooseTitle picks the spelling most documents use as the project's title,
// ties broken by the spelling itself, so the choice never depends on order.
func chooseTitle(facts []dossier.Fact) string {
	votes := map[string]map[string]bool{}
	add := func(name, doc string) {
		if votes[name] == nil {
			votes[name] = map[string]bool{}
		}
		votes[name][doc] = true
	}
	for _, f := range facts {
		if f.Field == dossier.FieldTitle {
			add(f.Value.Text, f.Document)
		}
	}
	if len(votes) == 0 {
		for _, f := range facts {
			add(f.Project, f.Document)
		}
	}
	best, n := "", -1
	for name, docs := range votes {
		if len(docs) > n || len(docs) == n && name < best {
			best, n = name, len(docs)
		}
	}
	return best
}

// assignSlugs gives each group its id: the slug one of its names already
// has, else a new one from its title, unique among all.
func assignSlugs(groups []*group, known map[string]string) map[string]string {
	used := map[string]bool{}
	for _, s := range known {
		used[s] = true
	}
	fresh := map[string]string{}
	var unnamed []*group
	for _, g := range groups {
		var have []string
		for _, k := range g.keys {
			if s, ok := known[k]; ok {
				have = append(have, s)
			}
		}
		if len(have) == 0 {
			unnamed = append(unnamed, g)
			continue
		}
		// Two projects that turn out to be one keep the smaller id.
		sort.Strings(have)
		g.slug = have[0]
	}
	sort.Slice(unnamed, func(i, j int) bool {
		a, b := Slugify(unnamed[i].title), Slugify(unnamed[j].title)
		if a != b {
			return a < b
		}
		return unnamed[i].keys[0] < unnamed[j].keys[0]
	})
	for _, g := range unnamed {
		base := Slugify(g.title)
		s := base
		for n := 2; used[s]; n++ {
			s = base + "-" + itoa(n)
		}
		used[s] = true
		g.slug = s
	}
	for _, g := range groups {
		for _, k := range g.keys {
			if _, ok := known[k]; !ok {
				fresh[k] = g.slug
			}
		}
	}
	return fresh
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
