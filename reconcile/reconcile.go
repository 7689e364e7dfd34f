package reconcile

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
)

// Version names these rules. Raise it when a change reconciles the same
// facts differently: a store's records made by another version are made
// again (dossier reconcile --all, or the next write).
const Version = "10"

// Doc is a document as reconciliation sees it: its metadata and the first
// lines it shows a reader, which tell whose document it is.
type Doc struct {
	dossier.Document
	// Head is the document's title and first lines; a document whose head
	// names the project's implementer is the implementer's own.
	Head string
}

// Input is everything reconciliation reads.
type Input struct {
	Documents []Doc
	Facts     []dossier.Fact
	// Slugs maps name keys to the ids already given to projects; Given,
	// when set, says when each was given (see Known).
	Slugs map[string]string
	Given map[string]string
	// Decisions are the reviewers' decisions, oldest first.
	Decisions []dossier.Decision
}

// Result is the reconciled projects and what the store must remember.
type Result struct {
	// Projects, sorted by id.
	Projects []dossier.Project
	// NewSlugs are name keys seen for the first time, with their ids.
	NewSlugs map[string]string
	// DocProjects maps a document id to the ids of the projects it describes.
	DocProjects map[string][]string
}

// Field kinds: how a field's candidates combine.
var (
	// scalarFields hold one value.
	scalarFields = []string{dossier.FieldStart, dossier.FieldEnd, dossier.FieldDurationMonths, dossier.FieldBudget, dossier.FieldStatus}
	// unionFields are lists whose members add up across sources: donor
	// lists are snapshots that grow.
	unionFields = []string{dossier.FieldDonors, dossier.FieldImplementer, dossier.FieldPartners,
		dossier.FieldObjectives, dossier.FieldOutputs, dossier.FieldIndicators, dossier.FieldActivities,
		dossier.FieldKeyFigures, dossier.FieldContacts, dossier.FieldTargetGroups, dossier.FieldThematicFocus}
	// newestListFields are lists where the newest source's list wins: a
	// country can leave a project.
	newestListFields = []string{dossier.FieldCountries, dossier.FieldRegions}
	// timeVarying fields change over a project's life, so a newer source
	// beats an older one.
	timeVarying = map[string]bool{dossier.FieldEnd: true, dossier.FieldDurationMonths: true, dossier.FieldBudget: true,
		dossier.FieldStatus: true, dossier.FieldCountries: true, dossier.FieldRegions: true, dossier.FieldContributions: true}
)

// IsListField reports whether a field's value is a list.
func IsListField(field string) bool {
	return contains(unionFields, field) || contains(newestListFields, field) || field == dossier.FieldContributions
}

// Reconcile builds the canonical records. The result depends only on the
// input's content, never on its order.
func Reconcile(in Input) Result {
	facts := append([]dossier.Fact(nil), in.Facts...)
	sort.SliceStable(facts, func(i, j int) bool { return facts[i].Document < facts[j].Document })
	docs := map[string]*Doc{}
	for i := range in.Documents {
		docs[in.Documents[i].ID] = &in.Documents[i]
	}
	voices := IndependentVoices(facts)
	groups := GroupFacts(facts)
	// Every id a name has is taken, so one is never given twice.
	taken := slugsTaken(in.Slugs)
	ids := AssignIDs(groups, func(k string) (Known, bool) {
		s, ok := in.Slugs[k]
		return Known{ID: s, Given: in.Given[k]}, ok
	}, func(id string) bool { return taken[id] })
	res := Result{NewSlugs: ids.Fresh, DocProjects: map[string][]string{}}

	keyToSlug := map[string]string{}
	for k, s := range in.Slugs {
		keyToSlug[k] = s
	}
	for _, g := range groups {
		for _, k := range g.Keys {
			keyToSlug[k] = g.ID
			keyToSlug[looseKey(k)] = g.ID
		}
	}
	decisions := map[string][]dossier.Decision{}
	for _, d := range in.Decisions {
		decisions[d.Project] = append(decisions[d.Project], d)
	}
	for _, g := range groups {
		p := Build(g, Env{Docs: docs, Voices: voices, Decisions: decisions[g.ID], Resolve: func(key string) (string, bool) {
			s, ok := keyToSlug[key]
			return s, ok
		}})
		res.Projects = append(res.Projects, p)
		for _, d := range p.Documents {
			res.DocProjects[d] = append(res.DocProjects[d], p.ID)
		}
	}
	sort.Slice(res.Projects, func(i, j int) bool { return res.Projects[i].ID < res.Projects[j].ID })
	InferRelations(res.Projects)
	for d := range res.DocProjects {
		sort.Strings(res.DocProjects[d])
	}
	return res
}

// slugsTaken is the set of ids a key map gives.
func slugsTaken(slugs map[string]string) map[string]bool {
	out := make(map[string]bool, len(slugs))
	for _, s := range slugs {
		out[s] = true
	}
	return out
}

// Env is what reconciling one project reads besides its facts.
type Env struct {
	// Docs holds at least the documents of the project's facts.
	Docs map[string]*Doc
	// Voices maps each of those documents to its voice
	// (IndependentVoices): documents that copy each other share one.
	Voices map[string]string
	// Decisions are the reviewers' decisions on the project, oldest
	// first.
	Decisions []dossier.Decision
	// Resolve gives the id of the project a name key names, for the
	// predecessor and successor: the last group, in the order of their
	// first keys, that has the key or a key whose loose key it is; else
	// the id the key was given.
	Resolve func(key string) (string, bool)
}

// Build reconciles one group into its record. Its predecessor and
// successor are those its own facts name (RelationKeys); InferRelations
// adds those that other projects' facts imply.
func Build(g *Group, env Env) dossier.Project {
	decisions := map[string][]dossier.Decision{}
	for _, d := range env.Decisions {
		if d.Project == g.ID {
			decisions[d.Project+"\x00"+d.Field] = append(decisions[d.Project+"\x00"+d.Field], d)
		}
	}
	return buildProject(g, env.Docs, env.Voices, env.Resolve, decisions)
}

// RelationKeys returns the name keys a record's predecessor and successor
// fields name: its relations change when the projects they name do.
func RelationKeys(p dossier.Project) []string {
	var out []string
	for _, f := range []string{dossier.FieldPredecessor, dossier.FieldSuccessor} {
		if fld, ok := p.Fields[f]; ok && fld.Value != nil {
			if k := nameKey(fld.Value.Text); k != "" && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// ctx is what rules need to know about one project.
type ctx struct {
	docs        map[string]*Doc
	voices      map[string]string
	implementer []string
	decisions   map[string][]dossier.Decision
	slug        string
	// givings are the project's contribution facts: a budget that is one
	// of several donors' share is narrower than the project's.
	givings []dossier.Fact
	// donors are the givers any source names for the project.
	donors map[string]bool
	// windowDocs are the documents whose start is a giver's funding
	// window (findWindowDocs).
	windowDocs map[string]bool
}

func buildProject(g *Group, docs map[string]*Doc, voices map[string]string, resolve func(string) (string, bool), decisions map[string][]dossier.Decision) dossier.Project {
	p := dossier.Project{ID: g.ID, Title: g.Title, Aliases: []string{}, Identifiers: []dossier.Identifier{}, Fields: map[string]dossier.Field{}}
	byField := map[string][]dossier.Fact{}
	docSet := map[string]bool{}
	aliasSet := map[string]bool{}
	identSet := map[string]bool{}
	for _, f := range g.Facts {
		byField[f.Field] = append(byField[f.Field], f)
		docSet[f.Document] = true
		if f.Project != g.Title {
			aliasSet[f.Project] = true
		}
		switch f.Field {
		case dossier.FieldAliases, dossier.FieldTitle:
			if f.Value.Text != g.Title {
				aliasSet[f.Value.Text] = true
			}
		case dossier.FieldIdentifiers:
			if id := f.Value.Identifier; id != nil && !identSet[id.Scheme+"\x00"+id.Value] {
				identSet[id.Scheme+"\x00"+id.Value] = true
				p.Identifiers = append(p.Identifiers, *id)
			}
		}
	}
	for a := range aliasSet {
		if a != "" {
			p.Aliases = append(p.Aliases, a)
		}
	}
	sort.Strings(p.Aliases)
	sort.Slice(p.Identifiers, func(i, j int) bool {
		return p.Identifiers[i].Scheme+p.Identifiers[i].Value < p.Identifiers[j].Scheme+p.Identifiers[j].Value
	})
	for d := range docSet {
		p.Documents = append(p.Documents, d)
	}
	sort.Strings(p.Documents)

	c := &ctx{docs: docs, voices: voices, decisions: decisions, slug: g.ID, givings: byField[dossier.FieldContributions], donors: map[string]bool{}}
	for _, f := range byField[dossier.FieldDonors] {
		c.donors[f.Value.Text] = true
	}
	// The implementer is settled first: it tells which documents are the
	// implementer's own.
	impl := c.union(dossier.FieldImplementer, byField[dossier.FieldImplementer])
	for _, v := range impl.List {
		c.implementer = append(c.implementer, strings.ToLower(v.Text))
	}
	p.Fields[dossier.FieldImplementer] = impl
	c.findWindowDocs(byField[dossier.FieldStart])
	for _, f := range scalarFields {
		p.Fields[f] = c.scalar(f, byField[f])
	}
	for _, f := range unionFields {
		if f == dossier.FieldImplementer {
			continue
		}
		if f == dossier.FieldDonors || len(byField[f]) > 0 {
			p.Fields[f] = c.union(f, byField[f])
		}
	}
	for _, f := range newestListFields {
		p.Fields[f] = c.newestList(f, byField[f])
	}
	// Names and codes keep their sources too, so a report can cite them.
	for _, f := range []string{dossier.FieldTitle, dossier.FieldAliases, dossier.FieldIdentifiers} {
		if len(byField[f]) > 0 {
			p.Fields[f] = c.union(f, byField[f])
		}
	}
	p.Fields[dossier.FieldContributions] = c.contributions(byField[dossier.FieldContributions])
	for _, f := range []string{dossier.FieldPredecessor, dossier.FieldSuccessor} {
		if len(byField[f]) == 0 {
			continue
		}
		fld := c.scalar(f, byField[f])
		p.Fields[f] = fld
		if fld.Value != nil {
			if s, ok := resolve(nameKey(fld.Value.Text)); ok && s != g.ID {
				s := s
				if f == dossier.FieldPredecessor {
					p.Predecessor = &s
				} else {
					p.Successor = &s
				}
			}
		}
	}
	for name, fs := range derivedFacts(g.Facts) {
		p.Fields[name] = c.scalar(name, fs)
	}
	return p
}

// InferRelations fills a project's successor from its successor's
// predecessor, and the other way round: one document saying "Y follows X"
// relates both.
func InferRelations(ps []dossier.Project) {
	byID := map[string]*dossier.Project{}
	for i := range ps {
		byID[ps[i].ID] = &ps[i]
	}
	for i := range ps {
		p := &ps[i]
		if p.Predecessor != nil {
			if q := byID[*p.Predecessor]; q != nil && q.Successor == nil {
				id := p.ID
				q.Successor = &id
			}
		}
		if p.Successor != nil {
			if q := byID[*p.Successor]; q != nil && q.Predecessor == nil {
				id := p.ID
				q.Predecessor = &id
			}
		}
	}
}

// cand is a candidate with what the rules need to know about it.
type cand struct {
	dossier.Candidate
	key    string
	asOf   *dossier.Date // the newest as-of date among its sources
	scoped bool          // every source describes something narrower
	own    bool          // some source is the implementer's own document
	// giver is the giver whose own pages are every source of the value
	// (facts scoped dossier.ScopeGiverPrefix), or "".
	giver    string
	notGiver bool
	voices   map[string]bool
	docs     map[string]bool
	// first is where the value first appears, in document order.
	first int
}

// candidates groups facts by value, each with every source.
func (c *ctx) candidates(facts []dossier.Fact, keyOf func(dossier.Value) string) []*cand {
	if keyOf == nil {
		keyOf = dossier.Value.Key
	}
	byKey := map[string]*cand{}
	var order []string
	for _, f := range facts {
		k := keyOf(f.Value)
		cd := byKey[k]
		if cd == nil {
			cd = &cand{Candidate: dossier.Candidate{Value: f.Value}, key: k, scoped: true, voices: map[string]bool{}, docs: map[string]bool{}, first: len(order)}
			byKey[k] = cd
			order = append(order, k)
		}
		src := dossier.Source{Document: f.Document, Quote: f.Quote}
		if f.Page > 0 {
			pg := f.Page
			src.Page = &pg
		}
		if !hasSource(cd.Sources, src) {
			cd.Sources = append(cd.Sources, src)
		}
		g, soft := strings.CutPrefix(f.Scope, dossier.ScopeGiverPrefix)
		switch {
		case f.Scope == "" || soft:
			cd.scoped = false
		case cd.Scope == "":
			cd.Scope = f.Scope
		}
		if !soft || cd.giver != "" && cd.giver != g {
			cd.notGiver = true
		}
		cd.giver = g
		cd.docs[f.Document] = true
		cd.voices[c.voices[f.Document]] = true
		if d := c.docs[f.Document]; d != nil {
			if d.FactsAsOf() != nil && (cd.asOf == nil || cd.asOf.Before(*d.FactsAsOf())) {
				a := *d.FactsAsOf()
				cd.asOf = &a
			}
			if c.isOwn(d) {
				cd.own = true
			}
		}
	}
	out := make([]*cand, 0, len(order))
	for _, k := range order {
		cd := byKey[k]
		if !cd.scoped {
			cd.Scope = ""
		}
		if cd.notGiver {
			cd.giver = ""
		}
		sort.Slice(cd.Sources, func(i, j int) bool {
			a, b := cd.Sources[i], cd.Sources[j]
			if a.Document != b.Document {
				return a.Document < b.Document
			}
			return pageOf(a) < pageOf(b) || pageOf(a) == pageOf(b) && a.Quote < b.Quote
		})
		out = append(out, cd)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

func hasSource(ss []dossier.Source, s dossier.Source) bool {
	for _, x := range ss {
		if x.Document == s.Document && pageOf(x) == pageOf(s) && x.Quote == s.Quote {
			return true
		}
	}
	return false
}

func pageOf(s dossier.Source) int {
	if s.Page == nil {
		return 0
	}
	return *s.Page
}

// isOwn tells the implementer's own documents from third parties' entries:
// the implementer's name heads the document.
func (c *ctx) isOwn(d *Doc) bool {
	head := strings.ToLower(d.Head)
	for _, impl := range c.implementer {
		if impl != "" && strings.Contains(head, impl) {
			return true
		}
	}
	return false
}

// docLabel names a document in a rule: its as-of date, or "undated" and
// its title.
func (c *ctx) docLabel(cd *cand) string {
	if cd.asOf != nil {
		return cd.asOf.String()
	}
	var titles []string
	for d := range cd.docs {
		if doc := c.docs[d]; doc != nil {
			// The title and where it was read from: portals title entries
			// with the project's name alone.
			name := doc.Source
			if i := strings.LastIndexAny(name, "/\\"); i >= 0 {
				name = name[i+1:]
			}
			if doc.Title != "" {
				name = doc.Title + " (" + name + ")"
			}
			titles = append(titles, name)
		}
	}
	sort.Strings(titles)
	if len(titles) == 0 {
		return "undated source"
	}
	return "undated " + strings.Join(titles, ", ")
}

func causePtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// compatible reports whether two values differ only in precision or form.
func compatible(a, b dossier.Value) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case dossier.ValueDate:
		return dossier.SameDate(*a.Date, *b.Date)
	case dossier.ValueMoney:
		return a.Money.Currency == b.Money.Currency && math.Abs(a.Money.Amount-b.Money.Amount) <= 1e-6*math.Max(1, a.Money.Amount)
	case dossier.ValueText:
		return strings.EqualFold(strings.Join(strings.Fields(a.Text), " "), strings.Join(strings.Fields(b.Text), " "))
	case dossier.ValueQuantity:
		return a.Quantity.Amount == b.Quantity.Amount && a.Quantity.Qualifier == b.Quantity.Qualifier
	default:
		return a.Key() == b.Key()
	}
}

// precision ranks how much a value says: a day says more than a month.
func precision(v dossier.Value) int {
	switch v.Kind {
	case dossier.ValueDate:
		switch v.Date.Precision {
		case dossier.PrecisionDay:
			return 3
		case dossier.PrecisionMonth:
			return 2
		}
		return 1
	case dossier.ValueMoney:
		if v.Money.Qualifier != dossier.QualifierTotal {
			return 2
		}
	}
	return 1
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// latestDecision returns the reviewer's current decision on a field.
func (c *ctx) latestDecision(field string) *dossier.Decision {
	ds := c.decisions[c.slug+"\x00"+field]
	if len(ds) == 0 {
		return nil
	}
	d := ds[len(ds)-1]
	return &d
}

// newerDisagreement returns a document ingested after the decision that
// states a value the decision did not choose.
func (c *ctx) newerDisagreement(d *dossier.Decision, cands []*cand, chosen func(*cand) bool) *Doc {
	var found *Doc
	for _, cd := range cands {
		if chosen(cd) {
			continue
		}
		for id := range cd.docs {
			doc := c.docs[id]
			if doc == nil || !doc.IngestedAt.After(d.Time) {
				continue
			}
			if found == nil || doc.ID < found.ID {
				found = doc
			}
		}
	}
	return found
}

func decisionRule(d *dossier.Decision) string {
	r := fmt.Sprintf("decided by %s on %s", d.Reviewer, d.Time.UTC().Format(time.DateOnly))
	if d.Note != "" {
		r += ": " + d.Note
	}
	return r
}

func toCandidates(cs []*cand) []dossier.Candidate {
	out := make([]dossier.Candidate, 0, len(cs))
	// Chosen first, then the most sourced, then by value: the order a
	// reviewer reads them in, the same on every run.
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Chosen != cs[j].Chosen {
			return cs[i].Chosen
		}
		if len(cs[i].docs) != len(cs[j].docs) {
			return len(cs[i].docs) > len(cs[j].docs)
		}
		return cs[i].key < cs[j].key
	})
	for _, cd := range cs {
		out = append(out, cd.Candidate)
	}
	return out
}
