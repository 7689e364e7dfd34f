package store_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/store"
)

// The store reconciles incrementally: each write regroups and reconciles
// only the projects it touches. These tests hold it to the rules applied
// to everything at once (reconcile.Reconcile over every fact, as
// records.Load does in memory) and to a rebuild of every record
// (RebuildRecords), after every write of random histories that merge
// projects late, split them, copy sentences between documents and take
// them back, relate projects and decide fields.

func docID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// clusters are spellings of a few projects: variants that meet by
// themselves, and names that only an alias or an identifier joins.
var clusters = [][]string{
	{"Alpha", "Alpha Project", "Alpha (A-1)"},
	{"The Alpha programme"},
	{"Beta II", "Beta II Project", "Beta 2 (B-2)"},
	{"Gamma", "Gamma Initiative"},
	{"Delta"}, {"Delta-2"}, {"Epsilon"}, {"Zeta Shield"}, {"Eta"}, {"Theta Link"},
}

// codes are the identifiers of the clusters; a few are shared by two.
var codes = []string{"A-1", "A-1", "B-2", "G-3", "D-4", "D-5", "E-6", "Z-7", "E-6", "T-9"}

func pickName(rng *rand.Rand, cluster int) string {
	names := clusters[cluster]
	return names[rng.IntN(len(names))]
}

// sentences are long enough to tell a copy (60 bytes or more): documents
// that share one are one voice.
var sentences = []string{
	"The project strengthens the capacities of criminal justice authorities in the region.",
	"Funding was provided through voluntary contributions of several member states of the organisation.",
	"An assessment carried out in 2015 identified the need for further training of judges and prosecutors.",
	"Regional workshops bring together experts from law enforcement, prosecution services and the judiciary.",
	"A regional conference brought together experts from forty countries, who called for a follow-up.",
	"The action builds on the results of previous activities and responds to requests from the countries.",
	"Legislation on cybercrime and electronic evidence is brought in line with international standards.",
	"Judicial training academies include modules on electronic evidence in their curricula for judges.",
	"Public-private cooperation between service providers and criminal justice authorities is improved.",
	"Financial investigation units are trained to search, seize and confiscate the proceeds of crime online.",
}

type randomDoc struct {
	doc   *dossier.Document
	facts []dossier.Fact
}

// randomFacts writes a document's facts about one to three projects.
func randomFacts(rng *rand.Rand, id string) []dossier.Fact {
	var out []dossier.Fact
	add := func(project, field string, v dossier.Value, quote string) {
		out = append(out, dossier.Fact{Document: id, Project: project, Field: field, Value: v, Raw: v.String(), Quote: quote, Extractor: "test"})
	}
	quote := func(v string) string {
		if rng.IntN(2) == 0 {
			return sentences[rng.IntN(len(sentences))]
		}
		return fmt.Sprintf("%s says %s (%d)", id[7:13], v, rng.IntN(1000))
	}
	for range 1 + rng.IntN(2) {
		cluster := rng.IntN(len(clusters))
		name := pickName(rng, cluster)
		add(name, dossier.FieldTitle, dossier.TextValue(name), name)
		for range 1 + rng.IntN(6) {
			switch rng.IntN(14) {
			case 0, 12, 13:
				// Undated sources that disagree: a majority of
				// independent voices decides.
				d := dossier.Date{Year: 2014 + rng.IntN(2), Month: 1, Day: 1, Precision: dossier.PrecisionMonth}
				add(name, dossier.FieldStart, dossier.DateValue(d), quote(d.String()))
			case 1:
				d := dossier.Date{Year: 2019 + rng.IntN(3), Month: 12, Day: 31, Precision: dossier.PrecisionDay}
				add(name, dossier.FieldEnd, dossier.DateValue(d), quote(d.String()))
			case 2:
				m := dossier.Money{Amount: float64(1+rng.IntN(4)) * 1e6, Currency: "EUR", Qualifier: dossier.QualifierTotal}
				add(name, dossier.FieldBudget, dossier.MoneyValue(m), quote("budget"))
			case 3:
				donor := []string{"Canada", "Japan", "Norway", "Estonia"}[rng.IntN(4)]
				add(name, dossier.FieldDonors, dossier.TextValue(donor), quote(donor))
			case 4:
				c := []string{"GH", "SN", "KE", "TN"}[rng.IntN(4)]
				add(name, dossier.FieldCountries, dossier.TextValue(c), quote(c))
			case 5:
				s := []string{dossier.ProjectOngoing, dossier.ProjectCompleted}[rng.IntN(2)]
				add(name, dossier.FieldStatus, dossier.TextValue(s), quote(s))
			case 6:
				if rng.IntN(3) == 0 {
					code := codes[cluster]
					add(name, dossier.FieldIdentifiers, dossier.IdentifierValue(dossier.Identifier{Scheme: "code", Value: code}), quote(code))
				}
			case 7:
				if rng.IntN(4) == 0 {
					alias := pickName(rng, rng.IntN(len(clusters)))
					add(name, dossier.FieldAliases, dossier.TextValue(alias), quote(alias))
				}
			case 8:
				other := pickName(rng, rng.IntN(len(clusters)))
				field := []string{dossier.FieldPredecessor, dossier.FieldSuccessor}[rng.IntN(2)]
				add(name, field, dossier.TextValue(other), quote(other))
			case 9:
				if rng.IntN(3) == 0 {
					impl := []string{"Council of Europe", "UNODC"}[rng.IntN(2)]
					add(name, dossier.FieldImplementer, dossier.TextValue(impl), quote(impl))
				}
			default:
				add(name, dossier.FieldObjectives, dossier.TextValue("objective"), sentences[rng.IntN(len(sentences))])
			}
		}
	}
	if rng.IntN(8) == 0 {
		// A fact about no project still tells who copies whom.
		add("", dossier.FieldObjectives, dossier.TextValue("objective"), sentences[rng.IntN(len(sentences))])
	}
	return out
}

func randomDocs(rng *rand.Rand, n int) []randomDoc {
	var out []randomDoc
	for i := range n {
		id := docID(fmt.Sprintf("document %d", i))
		doc := &dossier.Document{ID: id, Source: fmt.Sprintf("docs/%03d.html", i), Kind: dossier.KindHTML, Title: fmt.Sprintf("Document %d", i),
			Blocks: []dossier.Block{{Role: dossier.RoleHeading, Text: []string{"Council of Europe", "A portal", "UNODC"}[rng.IntN(3)]}}}
		if rng.IntN(3) == 0 {
			doc.AsOf = &dossier.Date{Year: 2015 + rng.IntN(8), Month: 1 + rng.IntN(12), Day: 1, Precision: dossier.PrecisionMonth}
		}
		out = append(out, randomDoc{doc: doc, facts: randomFacts(rng, id)})
	}
	return out
}

// storedState is every stored record and each document's projects, as
// JSON.
func storedState(t *testing.T, st *store.Store) string {
	t.Helper()
	ctx := context.Background()
	var ps []dossier.Project
	if err := st.EachProjectRecord(ctx, func(p *dossier.Project) error { ps = append(ps, *p); return nil }); err != nil {
		t.Fatal(err)
	}
	byDoc, err := st.DocumentProjects(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return stateJSON(t, ps, byDoc)
}

func stateJSON(t *testing.T, ps []dossier.Project, byDoc map[string][]string) string {
	t.Helper()
	if ps == nil {
		ps = []dossier.Project{}
	}
	b, err := json.MarshalIndent(struct {
		Projects []dossier.Project   `json:"projects"`
		ByDoc    map[string][]string `json:"by_doc"`
	}{ps, byDoc}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// inMemory reconciles the whole store at once, as the rules say.
func inMemory(t *testing.T, st *store.Store) string {
	t.Helper()
	set, err := records.Load(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.NewSlugs) > 0 {
		t.Errorf("keys with no id after the writes: %v", set.NewSlugs)
	}
	return stateJSON(t, set.Projects, set.DocProjects)
}

// TestRecords_IncrementalIsWhatReconcilingEverythingGives: after every
// write of random histories (documents in random orders, some read again
// with other facts, decisions), the stored records are those reconciling
// every fact at once gives, and those a rebuild gives.
func TestRecords_IncrementalIsWhatReconcilingEverythingGives(t *testing.T) {
	for seed := range uint64(12) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			ctx := context.Background()
			rng := rand.New(rand.NewPCG(seed, 99))
			now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
			st, err := store.Open(ctx, store.TestDB(t), store.WithClock(func() time.Time {
				now = now.Add(time.Minute)
				return now
			}))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			docs := randomDocs(rng, 40)
			var stored []randomDoc
			check := func(step string) {
				t.Helper()
				got, want := storedState(t, st), inMemory(t, st)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("after %s, stored records differ from reconciling everything (-want +got):\n%s", step, diff)
				}
			}
			for i := 0; i < len(docs) || i < 60; i++ {
				switch op := rng.IntN(10); {
				case i < len(docs):
					d := docs[i]
					if _, err := st.PutDocument(ctx, d.doc, d.facts); err != nil {
						t.Fatal(err)
					}
					stored = append(stored, d)
					check("storing document " + fmt.Sprint(i))
				case op < 7 && len(stored) > 0:
					// Read again with other facts: names, aliases,
					// identifiers and sentences come and go.
					d := stored[rng.IntN(len(stored))]
					facts := randomFacts(rng, d.doc.ID)
					if rng.IntN(2) == 0 {
						facts = append(facts, d.facts[:rng.IntN(len(d.facts)+1)]...)
					}
					if err := st.ReplaceFacts(ctx, d.doc.ID, facts); err != nil {
						t.Fatal(err)
					}
					check("reading a document again")
				default:
					var ids []string
					if err := st.EachProject(ctx, store.ProjectFilter{}, func(p store.ProjectSummary) error { ids = append(ids, p.ID); return nil }); err != nil {
						t.Fatal(err)
					}
					if len(ids) == 0 {
						continue
					}
					d := dossier.Decision{Project: ids[rng.IntN(len(ids))], Field: dossier.FieldEnd, Reviewer: "Ana", Note: "checked",
						Value: dossier.DateValue(dossier.Date{Year: 2020, Month: 12, Day: 31, Precision: dossier.PrecisionDay})}
					if err := st.PutDecision(ctx, &d); err != nil {
						t.Fatal(err)
					}
					check("a decision on " + d.Project)
				}
			}
			before := storedState(t, st)
			if err := st.RebuildRecords(ctx); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, storedState(t, st)); diff != "" {
				t.Fatalf("a rebuild changes the records (-incremental +rebuilt):\n%s", diff)
			}
			var n int
			if err := st.EachProject(ctx, store.ProjectFilter{}, func(store.ProjectSummary) error { n++; return nil }); err != nil {
				t.Fatal(err)
			}
			t.Logf("%d projects", n)
		})
	}
}

// TestRecords_ALinkingDocumentMergesKeepingTheSmallerID: two projects a
// store knows, then a document that gives one's code to the other: they
// are one project, with the smaller id; the other id still resolves to
// it, and the documents of both are its.
func TestRecords_ALinkingDocumentMergesKeepingTheSmallerID(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.TestDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	put := func(name string, facts ...dossier.Fact) string {
		t.Helper()
		id := docID(name)
		for i := range facts {
			facts[i].Document = id
		}
		if _, err := st.PutDocument(ctx, &dossier.Document{ID: id, Source: name, Kind: dossier.KindHTML, Title: name}, facts); err != nil {
			t.Fatal(err)
		}
		return id
	}
	code := dossier.IdentifierValue(dossier.Identifier{Scheme: "coe", Value: "G0677"})
	a := put("zeta.html", dossier.Fact{Project: "Zeta Shield", Field: dossier.FieldTitle, Value: dossier.TextValue("Zeta Shield"), Quote: "Zeta Shield"},
		dossier.Fact{Project: "Zeta Shield", Field: dossier.FieldIdentifiers, Value: code, Quote: "G0677"})
	b := put("octopus.html", dossier.Fact{Project: "Octopus", Field: dossier.FieldTitle, Value: dossier.TextValue("Octopus"), Quote: "Octopus"})
	ids := func() []string {
		var out []string
		if err := st.EachProject(ctx, store.ProjectFilter{}, func(p store.ProjectSummary) error { out = append(out, p.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if got := ids(); fmt.Sprint(got) != "[octopus zeta-shield]" {
		t.Fatalf("projects %v before the link", got)
	}
	c := put("link.html", dossier.Fact{Project: "Octopus", Field: dossier.FieldIdentifiers, Value: code, Quote: "Octopus (G0677)"})
	if got := ids(); fmt.Sprint(got) != "[octopus]" {
		t.Fatalf("projects %v after the link, want the smaller id only", got)
	}
	cur, merged, err := st.ResolveProject(ctx, "zeta-shield")
	if err != nil || cur != "octopus" || !merged {
		t.Errorf("zeta-shield resolves to %q (merged %v, %v), want octopus", cur, merged, err)
	}
	p, err := st.Project(ctx, "octopus")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{a, b, c}
	sort.Strings(want)
	if diff := cmp.Diff(want, p.Documents); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if !strings.Contains(strings.Join(p.Aliases, ","), "Zeta Shield") {
		t.Errorf("aliases %v lack Zeta Shield", p.Aliases)
	}
	if _, _, err := st.ResolveProject(ctx, "nothing"); err == nil {
		t.Error("an unknown id resolves")
	}
}

// histories are small stores written step by step; after each step the
// stored records must be what reconciling everything gives.
type history struct {
	t   *testing.T
	st  *store.Store
	ctx context.Context
}

func newHistory(t *testing.T) *history {
	t.Helper()
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, store.TestDB(t), store.WithClock(func() time.Time {
		now = now.Add(time.Minute)
		return now
	}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &history{t: t, st: st, ctx: ctx}
}

// put stores (or reads again) document name with facts.
func (h *history) put(name string, facts ...dossier.Fact) {
	h.t.Helper()
	id := docID(name)
	for i := range facts {
		facts[i].Document = id
		if facts[i].Raw == "" {
			facts[i].Raw = facts[i].Value.String()
		}
	}
	if state, ok, _ := h.st.Lookup(h.ctx, id); ok && state == store.StateIngested {
		if err := h.st.ReplaceFacts(h.ctx, id, facts); err != nil {
			h.t.Fatal(err)
		}
	} else if _, err := h.st.PutDocument(h.ctx, &dossier.Document{ID: id, Source: name, Kind: dossier.KindHTML, Title: name}, facts); err != nil {
		h.t.Fatal(err)
	}
	if diff := cmp.Diff(inMemory(h.t, h.st), storedState(h.t, h.st)); diff != "" {
		h.t.Fatalf("after %s, stored records differ from reconciling everything (-want +got):\n%s", name, diff)
	}
}

func (h *history) ids() string {
	h.t.Helper()
	var out []string
	if err := h.st.EachProject(h.ctx, store.ProjectFilter{}, func(p store.ProjectSummary) error { out = append(out, p.ID); return nil }); err != nil {
		h.t.Fatal(err)
	}
	return fmt.Sprint(out)
}

func (h *history) field(project, field string) dossier.Field {
	h.t.Helper()
	p, err := h.st.Project(h.ctx, project)
	if err != nil {
		h.t.Fatal(err)
	}
	return p.Fields[field]
}

func title(name string) dossier.Fact {
	return dossier.Fact{Project: name, Field: dossier.FieldTitle, Value: dossier.TextValue(name), Quote: name}
}

func started(name string, year int, quote string) dossier.Fact {
	return dossier.Fact{Project: name, Field: dossier.FieldStart, Quote: quote,
		Value: dossier.DateValue(dossier.Date{Year: year, Month: 1, Day: 1, Precision: dossier.PrecisionMonth})}
}

// TestRecords_AVoiceSplitReconcilesTheProjectsItJoined: two documents of
// a project copy each other only through a third document, about another
// project; when that one is read again without the copied sentences, the
// first project's majority changes, though none of its documents did.
func TestRecords_AVoiceSplitReconcilesTheProjectsItJoined(t *testing.T) {
	h := newHistory(t)
	s1, s2 := sentences[0], sentences[1]
	h.put("x.html", title("Alpha"), started("Alpha", 2014, s1))
	h.put("y.html", title("Alpha"), started("Alpha", 2014, s2))
	h.put("z.html", title("Alpha"), started("Alpha", 2015, "z says 2015"))
	if f := h.field("alpha", dossier.FieldStart); f.Status != dossier.StatusResolved {
		t.Fatalf("two independent voices against one: %s (%s)", f.Status, f.Rule)
	}
	h.put("copy.html", title("Omega"), dossier.Fact{Project: "Omega", Field: dossier.FieldObjectives, Value: dossier.TextValue("o"), Quote: s1},
		dossier.Fact{Project: "Omega", Field: dossier.FieldOutputs, Value: dossier.TextValue("o"), Quote: s2})
	if f := h.field("alpha", dossier.FieldStart); f.Status != dossier.StatusNeedsReview {
		t.Fatalf("x and y copy each other through Omega's page: %s (%s), want needs_review", f.Status, f.Rule)
	}
	h.put("copy.html", title("Omega"))
	if f := h.field("alpha", dossier.FieldStart); f.Status != dossier.StatusResolved {
		t.Fatalf("Omega's page read again without the sentences: %s (%s), want resolved again", f.Status, f.Rule)
	}
}

// TestRecords_ASplitProjectKeepsItsIDWithTheFirstName: a page that called
// Bar an alias of Foo joined them; read again without it, Foo keeps its
// id and Bar takes its own. The same when Bar's page is gone and a later
// page names Bar alone: the name once given Foo's id does not take it.
func TestRecords_ASplitProjectKeepsItsIDWithTheFirstName(t *testing.T) {
	alias := dossier.Fact{Project: "Bar", Field: dossier.FieldAliases, Value: dossier.TextValue("Foo"), Quote: "Bar, also Foo"}
	h := newHistory(t)
	h.put("foo.html", title("Foo"))
	h.put("bar.html", title("Bar"), alias)
	if got := h.ids(); got != "[foo]" {
		t.Fatalf("projects %s, want Bar one with Foo", got)
	}
	h.put("bar.html", title("Bar"))
	if got := h.ids(); got != "[bar foo]" {
		t.Fatalf("after the split: %s, want foo kept and bar", got)
	}

	h = newHistory(t)
	h.put("foo.html", title("Foo"))
	h.put("bar.html", title("Bar"), alias)
	h.put("bar.html", title("Baz"))
	h.put("bar2.html", title("Bar"))
	if got := h.ids(); got != "[bar baz foo]" {
		t.Fatalf("Bar named again alone: %s, want foo kept and bar", got)
	}
}

// TestRecords_RelationsFollowTheProjectsTheyName: a successor named before
// its project exists is linked once it does, both ways, and follows a
// merge.
func TestRecords_RelationsFollowTheProjectsTheyName(t *testing.T) {
	h := newHistory(t)
	h.put("a.html", title("Alpha"), dossier.Fact{Project: "Alpha", Field: dossier.FieldSuccessor, Value: dossier.TextValue("Beta"), Quote: "followed by Beta"})
	h.put("b.html", title("Beta"))
	p, err := h.st.Project(h.ctx, "beta")
	if err != nil {
		t.Fatal(err)
	}
	if p.Predecessor == nil || *p.Predecessor != "alpha" {
		t.Fatalf("beta's predecessor %v, want alpha", p.Predecessor)
	}
	h.put("c.html", title("Aardvark"))
	h.put("d.html", dossier.Fact{Project: "Aardvark", Field: dossier.FieldAliases, Value: dossier.TextValue("Beta"), Quote: "Aardvark, or Beta"})
	if got := h.ids(); got != "[aardvark alpha]" {
		t.Fatalf("projects %s", got)
	}
	a, err := h.st.Project(h.ctx, "alpha")
	if err != nil {
		t.Fatal(err)
	}
	if a.Successor == nil || *a.Successor != "aardvark" {
		t.Fatalf("alpha's successor %v, want aardvark, which Beta is now one with", a.Successor)
	}
}
