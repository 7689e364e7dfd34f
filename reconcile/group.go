// Package reconcile turns facts from many documents into one canonical
// record per project: which documents describe which project, and for every
// field the chosen value, the rule that chose it, why the sources differ,
// and every candidate with every source. It is pure: values in, values out.
package reconcile

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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

// NameKey is how names of one project compare (see nameKey); "" for a
// name with no letter or digit, which names no project.
func NameKey(name string) string { return nameKey(name) }

// LooseKey is a name key without a trailing word for project (see
// looseKey).
func LooseKey(key string) string { return looseKey(key) }

// codeSuffix is a code in brackets after a name: "Cyber@Africa5 (G1259)",
// "Octopus [DG1/3021]". A bracket with a space in it ("(Phase 2)",
// "(Confiance numérique)") is not a code.
var codeSuffix = regexp.MustCompile(`[\s\p{Zs}]*[(\[][\s\p{Zs}]*[^()\[\]\s\p{Zs}]*\d[^()\[\]\s\p{Zs}]*[\s\p{Zs}]*[)\]][\s\p{Zs}]*$`)

// variantKey is the key a name's variants share: without a code in
// brackets after it, without a last word for project, and with a last
// Roman numeral as its number, so "CyberSouth II Project", "CyberSouth II"
// and "CyberSouth II (G1234)" meet. Digits stay: "X" and "X-2" never meet.
func variantKey(name string) string {
	if loc := codeSuffix.FindStringIndex(name); loc != nil && loc[0] > 0 {
		name = name[:loc[0]]
	}
	words := strings.Fields(lexicon.Fold(name))
	if n := len(words); n > 1 && slices.Contains(projectWords(), words[n-1]) {
		words = words[:n-1]
	}
	// "Programa Yaxche" is Yaxche: a word for project before a name adds
	// nothing to it.
	if len(words) > 1 && slices.Contains(projectWords(), words[0]) {
		words = words[1:]
	}
	// "ScentLine 2.0" is ScentLine 2.
	if n := len(words); n > 2 && words[n-1] == "0" && isDigits(words[n-2]) {
		words = words[:n-1]
	}
	if n := len(words); n > 1 {
		if d, ok := romanNumerals[words[n-1]]; ok {
			words[n-1] = d
		} else if words[n-1] == "i" && n > 2 && phaseWords()[words[n-2]] {
			words[n-1] = "1"
		} else if words[n-1] == "i" && strings.HasSuffix(strings.TrimSpace(name), " I") {
			// "PIRCA I" is PIRCA, as "Mukanda Phase I" is Mukanda.
			words = words[:n-1]
		}
	}
	// "ReHPI Phase", a phase word with its number cut off ("builds on
	// ReHPI⏎Phase I and …"), is ReHPI.
	if n := len(words); n > 1 && phaseWords()[words[n-1]] {
		words = words[:n-1]
	}
	// "Fiskalni Most Phase 2" is Fiskalni Most 2, and "Mukanda Phase I"
	// is Mukanda: a first phase is the project itself until a second one
	// is named.
	if n := len(words); n > 2 && phaseWords()[words[n-2]] && isDigits(words[n-1]) {
		if words[n-1] == "1" {
			words = words[:n-2]
		} else {
			words = append(words[:n-2], words[n-1])
		}
	}
	return looseKey(strings.Join(words, ""))
}

// headedName is a coined name with its title after a colon or a dash:
// "OCOTE: Brigadas comunitarias …", "FOSCA — Midwifery Education …".
var headedName = regexp.MustCompile(`^(\S{3,}?)[\s\p{Zs}]*(?::|[\s\p{Zs}][–—-])[\s\p{Zs}]+(\S.*)$`)

// acronymHead returns the coined name a headed name opens on ("OCOTE",
// "CyberEast", "Ocote"), so the long form meets the short one.
func acronymHead(name string) string {
	m := headedName.FindStringSubmatch(name)
	if m == nil {
		return ""
	}
	upper := 0
	for _, r := range m[1] {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	// A phase after the dash ("GLACY+ – Phase 2") makes another project.
	rest := strings.Fields(lexicon.Fold(m[2]))
	if len(rest) == 0 || phaseWords()[rest[0]] || isDigits(rest[0]) {
		return ""
	}
	// One capital will do before a title of three words or more ("Ocote
	// – Brigadas comunitarias …"), unless the word is one for project or
	// phase ("Proyecto: …").
	if upper < 2 {
		head := lexicon.Fold(m[1])
		if len(rest) < 3 || slices.Contains(projectWords(), head) || phaseWords()[head] {
			return ""
		}
	}
	return m[1]
}

// initialsKey is what an acronym and the long name it abbreviates share:
// "DSSC" and "Digital Scriptorium South Caucasus" both give "dssc". An
// acronym counts from four letters, a long name from four capitalised
// words (small words skipped), so short initials, which many names share,
// join nothing. "" otherwise.
func initialsKey(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 1 {
		w := ws[0]
		if utf8.RuneCountInString(w) < 4 || strings.ToUpper(w) != w || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return ""
		}
		return strings.ToLower(fold(w))
	}
	var b strings.Builder
	n := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return ""
		}
		if unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
			n++
		}
	}
	if n < 4 {
		return ""
	}
	return fold(b.String())
}

// phaseWords are the lexicon's words for a phase, folded ("phase",
// "fase", "Stufe").
var phaseWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range lexicon.Phrases("phase", "word") {
		out[lexicon.Fold(w)] = true
	}
	return out
})

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// Link says that a project name key carries a token; keys that share a
// token name one project. Every key carries "k:" and itself; a name
// "n:" and its loose and variant keys; an identifier fact "i:" and the
// identifier, when its issuer is known; an alias fact "k:" and the
// alias's key, which joins the two names.
type Link struct {
	Key, Token string
}

// Links returns the links a fact adds to grouping, or nil for a fact that
// names no project. Grouping is the connected parts of the links, so it
// does not depend on the order facts come in, and a store can keep the
// links and group again only the parts a new document touches.
func Links(f dossier.Fact) []Link {
	nk := keysOf(f.Project)
	k := nk.key
	if k == "" {
		return nil
	}
	out := make([]Link, 0, 4)
	out = append(out, Link{k, "k:" + k}, Link{k, "n:" + nk.loose})
	if nk.variant != "" && nk.variant != nk.loose {
		out = append(out, Link{k, "n:" + nk.variant})
	}
	if nk.head != "" {
		out = append(out, Link{k, "n:" + nk.head})
	}
	if nk.initials != "" {
		out = append(out, Link{k, "a:" + nk.initials})
	}
	switch f.Field {
	case dossier.FieldIdentifiers:
		// A code whose issuer is unknown joins nothing: two bodies'
		// numberings collide (dossier.SchemeUnscoped).
		if id := f.Value.Identifier; id != nil && id.Scheme != dossier.SchemeUnscoped {
			out = append(out, Link{k, "i:" + strings.ToLower(id.Scheme+"\x00"+id.Value)})
		}
	case dossier.FieldAliases:
		// ("Pronóstico por Impactos en la Región Centroamericana" beside
		// "PIRCA II" in one record and beside "PIRCA I" in another: a
		// name with no phase's number is the first phase's, and joins
		// no follow-up, so "X" and "X-2" never meet through it.)
		if ak := keysOf(f.Value.Text); ak.key != "" && !(followUpKey(nk.variant) && !followUpKey(ak.variant)) {
			out = append(out, Link{k, "k:" + ak.key}, Link{ak.key, "k:" + ak.key})
			// An alias meets the other forms of its name as a project's
			// name does: "Pacific Vital Statistics Acceleration Program"
			// in one record, "… Acceleration" in another.
			out = append(out, Link{ak.key, "n:" + ak.loose})
			if ak.variant != "" && ak.variant != ak.loose {
				out = append(out, Link{ak.key, "n:" + ak.variant})
			}
		}
	}
	return out
}

// followUpKey reports a variant key that ends on a follow-up's number
// ("pirca2"): a phase after the first. ("GLACY+" is no such number: its
// long name, "Global Action on Cybercrime Extended", says the "+".)
func followUpKey(variant string) bool {
	r, size := utf8.DecodeLastRuneInString(variant)
	before, _ := utf8.DecodeLastRuneInString(variant[:len(variant)-size])
	// (One digit: "geocens2025" ends on a year.)
	return r >= '2' && r <= '9' && !unicode.IsDigit(before)
}

// nameKeys are a project name's keys: grouping reads them for every fact,
// so they are worked out once per name.
type nameKeys struct{ key, loose, variant, head, initials string }

var names = struct {
	sync.Mutex
	m map[string]nameKeys
}{m: map[string]nameKeys{}}

// maxNames bounds the names whose keys are kept.
const maxNames = 100_000

func keysOf(name string) nameKeys {
	names.Lock()
	nk, ok := names.m[name]
	names.Unlock()
	if ok {
		return nk
	}
	nk.key = nameKey(name)
	if nk.key != "" {
		nk.loose, nk.variant = looseKey(nk.key), variantKey(name)
		if h := acronymHead(name); h != "" {
			nk.head = variantKey(h)
		}
		nk.initials = initialsKey(name)
	}
	names.Lock()
	if len(names.m) >= maxNames {
		clear(names.m)
	}
	names.m[name] = nk
	names.Unlock()
	return nk
}

// Partition puts together the name keys that share a token: a union-find
// over keys, with one map from each token to the first key that carried
// it, so it stays linear in the number of links (no names are compared
// pairwise).
type Partition struct {
	u       unionFind
	byToken map[string]string
}

// NewPartition returns an empty partition.
func NewPartition() *Partition {
	return &Partition{u: unionFind{}, byToken: map[string]string{}}
}

// Add records a link.
func (p *Partition) Add(l Link) {
	p.u.find(l.Key)
	if other, ok := p.byToken[l.Token]; ok {
		p.u.union(l.Key, other)
	} else {
		p.byToken[l.Token] = l.Key
	}
}

// Root names the part a key is in: its smallest key.
func (p *Partition) Root(key string) string { return p.u.find(key) }

// Parts returns every part's keys, sorted, by root.
func (p *Partition) Parts() map[string][]string {
	out := map[string][]string{}
	for k := range p.u {
		r := p.u.find(k)
		out[r] = append(out[r], k)
	}
	for _, ks := range out {
		sort.Strings(ks)
	}
	return out
}

// Group is one project before it is reconciled: its name keys, its facts
// and its title, and the id AssignIDs gives it.
type Group struct {
	// Keys are every name key of the project, sorted; Keys[0] orders
	// groups.
	Keys []string
	// Facts are the facts about the project, in the order given.
	Facts []dossier.Fact
	Title string
	ID    string
}

// GroupFacts decides which facts are about which project. Names block by
// exact key, by loose and variant key, by shared identifiers and by
// aliases (Links); blocking uses maps, so it stays linear in the number of
// facts. Groups come sorted by their first key.
func GroupFacts(facts []dossier.Fact) []*Group {
	p := NewPartition()
	keys := make([]string, len(facts))
	for i, f := range facts {
		for j, l := range Links(f) {
			if j == 0 {
				keys[i] = l.Key
			}
			p.Add(l)
		}
	}
	groups := map[string]*Group{}
	for i, f := range facts {
		if keys[i] == "" {
			continue
		}
		r := p.Root(keys[i])
		g := groups[r]
		if g == nil {
			g = &Group{}
			groups[r] = g
		}
		g.Facts = append(g.Facts, f)
	}
	for r, ks := range p.Parts() {
		if g := groups[r]; g != nil {
			g.Keys = ks
		}
	}
	out := make([]*Group, 0, len(groups))
	for _, g := range groups {
		g.Title = chooseTitle(g.Facts)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Keys[0] < out[j].Keys[0] })
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

// IDs is what AssignIDs decided, for the store to remember.
type IDs struct {
	// Fresh are name keys seen for the first time, with their ids.
	Fresh map[string]string
	// Repoint are name keys whose id must change: their project could not
	// keep the id they had, which another project holds.
	Repoint map[string]string
	// Merged maps the ids of projects that turned out to be one with
	// another to the id kept, the smaller.
	Merged map[string]string
}

// Known is the id a name key was given, and when: of two projects that
// claim one id (a project split in two), the one with the name that was
// given it first keeps it.
type Known struct {
	ID string
	// Given orders the ids given (an RFC 3339 time); "" when unknown.
	Given string
}

// AssignIDs gives each group its id: the smallest id one of its names
// already has (known), so two projects that turn out to be one keep the
// smaller id; else a new one from its title, unique among all ids taken.
// When two groups claim the same id (a project split in two), the group
// whose name was given it first (then the smaller name) keeps it, and
// the other takes its next id, or a new one.
func AssignIDs(groups []*Group, known func(key string) (Known, bool), taken func(id string) bool) IDs {
	out := IDs{Fresh: map[string]string{}, Repoint: map[string]string{}, Merged: map[string]string{}}
	ordered := append([]*Group(nil), groups...)
	sort.Slice(ordered, func(i, j int) bool { return ordered[i].Keys[0] < ordered[j].Keys[0] })
	// Every claim a group has on an id, with its rank: when the id was
	// given to the group's name, and the name.
	type claim struct {
		g            *Group
		id, at, name string
	}
	var claims []claim
	have := map[*Group][]string{}
	for _, g := range ordered {
		g.ID = ""
		best := map[string]claim{}
		for _, k := range g.Keys {
			kn, ok := known(k)
			if !ok {
				continue
			}
			c := claim{g, kn.ID, kn.Given, k}
			if b, seen := best[kn.ID]; !seen || c.at < b.at || c.at == b.at && c.name < b.name {
				best[kn.ID] = c
			}
		}
		for id, c := range best {
			claims = append(claims, c)
			have[g] = append(have[g], id)
		}
		sort.Strings(have[g])
	}
	sort.Slice(claims, func(i, j int) bool {
		a, b := claims[i], claims[j]
		if a.id != b.id {
			return a.id < b.id
		}
		if a.at != b.at {
			return a.at < b.at
		}
		return a.name < b.name
	})
	// Ids in order, each to its first claimant still without one: a group
	// gets the smallest id it has the first claim on.
	claimed := map[string]bool{}
	for _, c := range claims {
		if claimed[c.id] || c.g.ID != "" {
			continue
		}
		c.g.ID = c.id
		claimed[c.id] = true
	}
	var unnamed []*Group
	for _, g := range ordered {
		if g.ID == "" {
			unnamed = append(unnamed, g)
		}
	}
	sort.SliceStable(unnamed, func(i, j int) bool {
		a, b := Slugify(unnamed[i].Title), Slugify(unnamed[j].Title)
		if a != b {
			return a < b
		}
		return unnamed[i].Keys[0] < unnamed[j].Keys[0]
	})
	used := func(s string) bool { return claimed[s] || taken(s) }
	for _, g := range unnamed {
		base := Slugify(g.Title)
		s := base
		for n := 2; used(s); n++ {
			s = base + "-" + itoa(n)
		}
		claimed[s] = true
		g.ID = s
		if len(have[g]) > 0 {
			// Every id it had is another project's now: its names follow
			// it to the new one.
			for _, k := range g.Keys {
				if _, ok := known(k); ok {
					out.Repoint[k] = s
				}
			}
		}
	}
	for _, g := range ordered {
		for _, k := range g.Keys {
			if _, ok := known(k); !ok {
				out.Fresh[k] = g.ID
			}
		}
		for _, s := range have[g] {
			if s != g.ID && !claimed[s] {
				out.Merged[s] = g.ID
			}
		}
	}
	return out
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
