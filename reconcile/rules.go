package reconcile

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
)

// scalar reconciles a field that holds one value, applying the rules in
// order: a reviewer's decision; values that differ only in form; a
// project-level value over a narrower one; for facts that change over a
// project's life, the newer dated source; the implementer's own documents
// over third parties'; a strict majority of independent sources; else
// needs_review with the best guess.
func (c *ctx) scalar(field string, facts []dossier.Fact) dossier.Field {
	cands := c.candidates(facts, nil)
	if field == dossier.FieldBudget {
		c.markDonorShares(cands)
	}
	f := c.decideScalar(field, cands)
	if d := c.latestDecision(field); d != nil {
		f = c.applyDecision(d, cands, f)
	}
	f.Candidates = toCandidates(cands)
	return f
}

func (c *ctx) decideScalar(field string, cands []*cand) dossier.Field {
	if len(cands) == 0 {
		return dossier.Field{Status: dossier.StatusAgreed, Rule: "no source states it"}
	}
	choose := func(cd *cand) *dossier.Value {
		cd.Chosen = true
		v := cd.Value
		return &v
	}
	lose := func(cause string, except *cand) {
		for _, cd := range cands {
			if cd != except && !cd.Chosen && cd.Cause == "" {
				cd.Cause = cause
			}
		}
	}

	// Rule 3 first narrows the pool: a value about something narrower than
	// the project never beats a project-level one.
	var pool, narrow []*cand
	for _, cd := range cands {
		if cd.scoped {
			// Whatever decides among the project-level values, a
			// narrower one lost for its scope.
			cd.Cause = dossier.CauseScope
			narrow = append(narrow, cd)
		} else {
			pool = append(pool, cd)
		}
	}
	pool, narrow = c.giverWindows(field, pool, narrow)
	if len(pool) == 0 {
		for _, cd := range narrow {
			cd.Cause = dossier.CauseScope
		}
		return dossier.Field{Status: dossier.StatusNeedsReview, Cause: causePtr(dossier.CauseScope),
			Rule: fmt.Sprintf("only a narrower source states it (%s); not the project's own value", narrow[0].Scope)}
	}
	// chooseRefined chooses a rule's winner, in the most precise form the
	// pool gives of it: the newer source's "February 2021" is the older
	// one's "28 February 2021", and a reader keeps the day. A coarser form
	// of the winner ("December 2027" beside "31 December 2027") agrees
	// with it and is chosen too, not out of date. Forms that disagree
	// among themselves (28 and 15 February) leave it as it is.
	chooseRefined := func(top *cand) *dossier.Value {
		same := []*cand{top}
		for _, cd := range pool {
			if cd != top && compatible(cd.Value, top.Value) {
				same = append(same, cd)
			}
		}
		best := top
		if len(same) > 1 {
			if b := mostPrecise(same); b != nil {
				best = b
				for _, cd := range same {
					cd.Chosen = true
				}
			}
		}
		return choose(best)
	}
	scopeNote := func(f dossier.Field) dossier.Field {
		if len(narrow) == 0 {
			return f
		}
		for _, cd := range narrow {
			cd.Cause = dossier.CauseScope
		}
		f.Status = dossier.StatusResolved
		f.Cause = causePtr(dossier.CauseScope)
		f.Rule = fmt.Sprintf("a project-level value beats one that describes %s (%s)", narrow[0].Scope, c.docLabel(narrow[0]))
		return f
	}

	// Rule 2: one value, or values that differ only in form.
	if len(pool) == 1 {
		return scopeNote(dossier.Field{Value: choose(pool[0]), Status: dossier.StatusAgreed, Rule: "every source states the same value"})
	}
	if best := mostPrecise(pool); best != nil {
		v := choose(best)
		for _, cd := range pool {
			cd.Chosen = true
		}
		return scopeNote(dossier.Field{Value: v, Status: dossier.StatusCompatible,
			Rule: "values differ only in precision or form; the most precise is kept"})
	}

	// Rule 4: the newer dated source, for facts that change over time.
	if timeVarying[field] || strings.HasPrefix(field, "target: ") || strings.HasPrefix(field, "frequency: ") {
		restore := c.soleAsOf(pool)
		sorted := append([]*cand(nil), pool...)
		sort.SliceStable(sorted, func(i, j int) bool { return newer(sorted[i], sorted[j]) })
		top, rival := sorted[0], rivalOf(sorted)
		if top.asOf != nil && newer(top, rival) {
			v := chooseRefined(top)
			lose(dossier.CauseOutOfDate, top)
			f := dossier.Field{Value: v, Status: dossier.StatusResolved, Cause: causePtr(dossier.CauseOutOfDate),
				Rule: fmt.Sprintf("newer dated source wins: %s over %s", top.asOf, c.docLabel(rival))}
			restore()
			return f
		}
		restore()
	}

	// Rule 5: the implementer's own documents over third-party entries.
	var own []*cand
	for _, cd := range pool {
		if cd.own {
			own = append(own, cd)
		}
	}
	if len(own) == 1 {
		v := chooseRefined(own[0])
		lose(dossier.CauseUnexplained, own[0])
		return dossier.Field{Value: v, Status: dossier.StatusResolved, Cause: causePtr(dossier.CauseUnexplained),
			Rule: "the implementer's own document wins over third-party entries"}
	}

	// Rule 6: a strict majority of independent voices.
	total := map[string]bool{}
	for _, cd := range pool {
		for v := range cd.voices {
			total[v] = true
		}
	}
	for _, cd := range pool {
		if 2*len(cd.voices) > len(total) && !sharesVoice(cd, pool) {
			v := chooseRefined(cd)
			lose(dossier.CauseUnexplained, cd)
			return dossier.Field{Value: v, Status: dossier.StatusResolved, Cause: causePtr(dossier.CauseUnexplained),
				Rule: fmt.Sprintf("a majority of independent sources: %d of %d", len(cd.voices), len(total))}
		}
	}
	// "1 July 2019" (three sources), "July 2019" (three) and "2024"
	// (one): the forms of one value count together, the value and its
	// coarser forms, less any voice that backs another value as well.
	for _, cd := range pool {
		voices, forms := map[string]bool{}, []*cand{}
		for _, o := range pool {
			if o == cd || compatible(o.Value, cd.Value) && coarser(o.Value, cd.Value) {
				forms = append(forms, o)
				for v := range o.voices {
					voices[v] = true
				}
			}
		}
		if len(forms) < 2 {
			continue
		}
		// (A voice that backs another value too counts for neither; so
		// does a coarse form that is also another value's: "2019" is a
		// form of "1 July 2019" and of "1 March 2019" alike.)
		for _, o := range pool {
			if !slices.Contains(forms, o) {
				for v := range o.voices {
					delete(voices, v)
				}
				for _, f := range forms {
					if f != cd && compatible(f.Value, o.Value) {
						for v := range f.voices {
							delete(voices, v)
						}
					}
				}
			}
		}
		if 2*len(voices) <= len(total) {
			continue
		}
		v := chooseRefined(cd)
		lose(dossier.CauseUnexplained, cd)
		return dossier.Field{Value: v, Status: dossier.StatusResolved, Cause: causePtr(dossier.CauseUnexplained),
			Rule: fmt.Sprintf("a majority of independent sources, in one form or a coarser one: %d of %d", len(voices), len(total))}
	}

	// Rule 7: a reviewer must decide; the best guess is the newest value.
	sorted := append([]*cand(nil), pool...)
	sort.SliceStable(sorted, func(i, j int) bool { return newer(sorted[i], sorted[j]) })
	for _, cd := range pool {
		cd.Cause = dossier.CauseUnexplained
	}
	var guess *dossier.Value
	if newer(sorted[0], sorted[1]) {
		v := sorted[0].Value
		guess = &v
	}
	return dossier.Field{Value: guess, Status: dossier.StatusNeedsReview, Cause: causePtr(dossier.CauseUnexplained),
		Rule: fmt.Sprintf("%d sources disagree and no rule decides", len(total))}
}

// markDonorShares scopes a budget that is one donor's contribution where
// several donors give: a portal of one donor lists its own funding as "the
// budget", and a total with several givers is more than any one's share.
// It holds only while some other budget stays the project's, and no such
// budget in the same currency is smaller than the share (a contribution
// misread from the total must not scope the total).
func (c *ctx) markDonorShares(cands []*cand) {
	donors := map[string]bool{}
	for _, f := range c.givings {
		if f.Value.Contribution != nil {
			donors[nameKey(f.Value.Contribution.Donor)] = true
		}
	}
	if len(donors) < 2 {
		return
	}
	shareOf := func(m *dossier.Money) string {
		for _, f := range c.givings {
			if k := f.Value.Contribution; k != nil && m != nil && k.Currency == m.Currency && k.Amount == m.Amount {
				return k.Donor
			}
		}
		return ""
	}
	shares := map[*cand]string{}
	for _, cd := range cands {
		if !cd.scoped && cd.Value.Kind == dossier.ValueMoney {
			if d := shareOf(cd.Value.Money); d != "" {
				shares[cd] = d
			}
		}
	}
	for cd, donor := range shares {
		whole := false
		for _, o := range cands {
			if o.scoped || shares[o] != "" || o.Value.Kind != dossier.ValueMoney {
				continue
			}
			if o.Value.Money.Currency == cd.Value.Money.Currency && o.Value.Money.Amount < cd.Value.Money.Amount {
				whole = false
				break
			}
			if c.notLater(o, cd) {
				whole = true
			}
		}
		if whole {
			cd.scoped = true
			cd.Scope = "funding:" + donor
		}
	}
}

// notLater reports whether some dated source of whole speaks no later than
// share's newest one: a share is only a share once the larger whole
// exists; before, the one donor's money was the whole budget ("doté de 4,2
// millions d'euros" before a second donor joined). An undated share counts
// as no later than anything; an undated source of the whole proves
// nothing.
func (c *ctx) notLater(whole, share *cand) bool {
	if share.asOf == nil {
		return true
	}
	for d := range whole.docs {
		doc := c.docs[d]
		if doc != nil && doc.FactsAsOf() != nil && !share.asOf.Before(*doc.FactsAsOf()) {
			return true
		}
	}
	return false
}

// coarser reports whether a is b or a less precise form of it: "July
// 2019" of "1 July 2019". Only dates have forms of less precision.
func coarser(a, b dossier.Value) bool {
	if a.Kind != dossier.ValueDate || b.Kind != dossier.ValueDate {
		return a.Key() == b.Key()
	}
	return a.Date.Contains(*b.Date)
}

// rivalOf returns the newest candidate that disagrees with the newest one,
// sorted newest first: a form of the same value ("February 2021" beside
// "28 February 2021" in one report) is no rival, and must not stop the
// newer source from winning. Where every other candidate is some form of
// the newest (but not of each other), the runner-up is the rival.
func rivalOf(sorted []*cand) *cand {
	for _, cd := range sorted[1:] {
		if !compatible(cd.Value, sorted[0].Value) {
			return cd
		}
	}
	return sorted[1]
}

// sharesVoice reports whether a voice behind cd also backs another
// candidate: copies of one text are one voice, and cannot outvote it.
func sharesVoice(cd *cand, pool []*cand) bool {
	for _, o := range pool {
		if o == cd {
			continue
		}
		for v := range o.voices {
			if cd.voices[v] {
				return true
			}
		}
	}
	return false
}

// mostPrecise returns the candidate every other one is a less precise form
// of, or nil if some conflict.
func mostPrecise(pool []*cand) *cand {
	for _, a := range pool {
		for _, b := range pool {
			if !compatible(a.Value, b.Value) {
				return nil
			}
		}
	}
	best := pool[0]
	for _, cd := range pool[1:] {
		if precision(cd.Value) > precision(best.Value) || precision(cd.Value) == precision(best.Value) && len(cd.docs) > len(best.docs) {
			best = cd
		}
	}
	return best
}

// soleAsOf dates each candidate of pool, for rule 4, by its documents
// that give no value the candidate disagrees with: a register that lists
// the first end and the extended one (two candidates with one date) says
// nothing of which is newer; the documents that give only one do. A
// candidate with no such document is undated where another has one (a
// release that gives the total and, beside it, a partner's part read as a
// total does not make the part newest); where none has, each keeps its
// date. It returns the function that puts the dates back.
func (c *ctx) soleAsOf(pool []*cand) (restore func()) {
	saved := make([]*dossier.Date, len(pool))
	for i, cd := range pool {
		saved[i] = cd.asOf
	}
	own := make([]*dossier.Date, len(pool))
	for i, cd := range pool {
		for d := range cd.docs {
			doc := c.docs[d]
			if doc == nil || doc.FactsAsOf() == nil {
				continue
			}
			both := false
			for _, o := range pool {
				if o != cd && o.docs[d] && !compatible(o.Value, cd.Value) {
					both = true
					break
				}
			}
			if !both && (own[i] == nil || own[i].Before(*doc.FactsAsOf())) {
				a := *doc.FactsAsOf()
				own[i] = &a
			}
		}
	}
	someOwn := slices.ContainsFunc(own, func(d *dossier.Date) bool { return d != nil })
	for i, cd := range pool {
		if own[i] != nil || someOwn {
			cd.asOf = own[i]
		}
	}
	return func() {
		for i, cd := range pool {
			cd.asOf = saved[i]
		}
	}
}

// newer reports whether a's sources speak from a later date than b's; a
// dated source is newer than an undated one.
func newer(a, b *cand) bool {
	switch {
	case a.asOf == nil:
		return false
	case b.asOf == nil:
		return true
	default:
		return b.asOf.Before(*a.asOf)
	}
}

// applyDecision puts a reviewer's decision over the rules' choice, unless a
// document ingested after it disagrees: then the field needs review again,
// with the decision kept as the best guess.
func (c *ctx) applyDecision(d *dossier.Decision, cands []*cand, f dossier.Field) dossier.Field {
	match := func(cd *cand) bool {
		if d.IsList {
			for _, v := range d.List {
				if v.Key() == cd.key || compatible(v, cd.Value) {
					return true
				}
			}
			return false
		}
		return d.Value.Key() == cd.key
	}
	for _, cd := range cands {
		cd.Chosen = match(cd)
		if cd.Chosen {
			cd.Cause = ""
		} else if cd.Cause == "" {
			cd.Cause = dossier.CauseUnexplained
		}
	}
	out := dossier.Field{Status: dossier.StatusOverridden, Rule: decisionRule(d), Decision: d, Cause: f.Cause, IsList: d.IsList}
	if d.IsList {
		out.List = append([]dossier.Value(nil), d.List...)
	} else {
		v := d.Value
		out.Value = &v
	}
	if out.Cause == nil {
		out.Cause = causePtr(dossier.CauseUnexplained)
	}
	if doc := c.newerDisagreement(d, cands, match); doc != nil {
		out.Status = dossier.StatusNeedsReview
		out.Stale = true
		title := doc.Title
		if title == "" {
			title = doc.Source
		}
		out.Rule = fmt.Sprintf("a newer source disagrees with the decision of %s (%s): %s", d.Reviewer, d.Time.UTC().Format("2006-01-02"), title)
	}
	return out
}

// union reconciles a list whose members add up across sources (donors,
// implementers, partners, objectives…): every member is chosen, with the
// sources that name it.
func (c *ctx) union(field string, facts []dossier.Fact) dossier.Field {
	key := memberKey
	if orgFields[field] {
		key = bodyKey
	}
	cands := c.candidates(facts, key)
	f := dossier.Field{IsList: true, List: []dossier.Value{}}
	for _, cd := range cands {
		cd.Chosen = true
	}
	switch {
	case len(cands) == 0:
		f.Status, f.Rule = dossier.StatusAgreed, "no source states it"
	case sameSets(cands):
		f.Status, f.Rule = dossier.StatusAgreed, "every source gives the same list"
	default:
		f.Status = dossier.StatusResolved
		f.Rule = fmt.Sprintf("union of %d sources' lists (lists are snapshots; each member keeps its sources)", len(docsOf(cands)))
		cause := dossier.CauseOutOfDate
		if !contains(dossier.ContractFields, field) {
			cause = dossier.CauseUnexplained
		}
		f.Cause = causePtr(cause)
	}
	if d := c.latestDecision(field); d != nil {
		f = c.applyDecision(d, cands, f)
	}
	if f.Status != dossier.StatusOverridden && f.Status != dossier.StatusNeedsReview {
		f.List = unionOrder(field, cands)
	}
	f.Candidates = toCandidates(cands)
	return f
}

// unionOrder lists a union's members: names (donors, partners) in
// alphabetical order, statements (objectives, indicators) in the order the
// documents give them, a logframe's order being part of what it says.
func unionOrder(field string, cands []*cand) []dossier.Value {
	sorted := append([]*cand(nil), cands...)
	switch field {
	case dossier.FieldObjectives, dossier.FieldOutputs, dossier.FieldIndicators, dossier.FieldActivities, dossier.FieldKeyFigures:
		sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].first < sorted[j].first })
	default:
		sort.SliceStable(sorted, func(i, j int) bool {
			return strings.ToLower(sorted[i].Value.String()) < strings.ToLower(sorted[j].Value.String())
		})
	}
	out := make([]dossier.Value, 0, len(sorted))
	for _, cd := range sorted {
		out = append(out, cd.Value)
	}
	return out
}

// newestList reconciles a list where the newest source's list wins (target
// countries): a member it drops stays a candidate with its sources.
func (c *ctx) newestList(field string, facts []dossier.Fact) dossier.Field {
	cands := c.candidates(facts, memberKey)
	f := dossier.Field{IsList: true, List: []dossier.Value{}}
	if len(cands) == 0 {
		f.Status, f.Rule = dossier.StatusAgreed, "no source states it"
		f.Candidates = []dossier.Candidate{}
		return f
	}
	// sameOf is a member's identity across forms: a region's one English
	// name where the lexicon knows it ("région des Grands Lacs" and "Great
	// Lakes" are one member); each form stays a candidate with its sources.
	sameOf := func(cd *cand) string { return cd.key }
	if field == dossier.FieldRegions {
		sameOf = func(cd *cand) string { return areaKey(cd.Value) }
	}
	// The documents with the newest as-of date give the list.
	var newest *dossier.Date
	dated := false
	for _, d := range docsOf(cands) {
		if doc := c.docs[d]; doc != nil && doc.FactsAsOf() != nil {
			dated = true
			if newest == nil || newest.Before(*doc.FactsAsOf()) {
				a := *doc.FactsAsOf()
				newest = &a
			}
		}
	}
	winner := func(doc string) bool {
		if !dated {
			return true
		}
		d := c.docs[doc]
		return d != nil && d.FactsAsOf() != nil && *d.FactsAsOf() == *newest
	}
	listed := map[string]bool{}
	for _, cd := range cands {
		for d := range cd.docs {
			if winner(d) {
				cd.Chosen = true
			}
		}
		if cd.Chosen && !listed[sameOf(cd)] {
			listed[sameOf(cd)] = true
			f.List = append(f.List, cd.Value)
		}
	}
	dropped := 0
	for _, cd := range cands {
		switch {
		case cd.Chosen:
		case listed[sameOf(cd)]:
			cd.Chosen = true // another form of a listed member
		default:
			cd.Cause = dossier.CauseOutOfDate
			dropped++
		}
	}
	same, formsDiffer := sameSetsBy(cands, sameOf)
	switch {
	case same && formsDiffer:
		f.Status, f.Rule = dossier.StatusCompatible, "every source gives the same list, some in other words or languages"
	case same:
		f.Status, f.Rule = dossier.StatusAgreed, "every source gives the same list"
	case dropped == 0 && newestAgree(cands, sameOf, winner):
		// The newest list holds every member; older lists lack some:
		// members were added since ("Uganda joined in 2024").
		f.Status = dossier.StatusResolved
		f.Cause = causePtr(dossier.CauseOutOfDate)
		f.Rule = fmt.Sprintf("the newest list (%s) adds members older lists leave out", newest)
	case dropped == 0:
		f.Status, f.Rule = dossier.StatusResolved, "union of the lists of equally recent sources"
		f.Cause = causePtr(dossier.CauseUnexplained)
	default:
		f.Status = dossier.StatusResolved
		f.Cause = causePtr(dossier.CauseOutOfDate)
		f.Rule = fmt.Sprintf("the newest list wins (%s); %d members it leaves out stay candidates", newest, dropped)
	}
	if d := c.latestDecision(field); d != nil {
		f = c.applyDecision(d, cands, f)
	}
	f.Candidates = toCandidates(cands)
	sortValues(f.List)
	return f
}

// newestAgree reports whether the documents winner picks give one list
// among themselves, and some other document is older: a shorter, older
// list was out of date, not another voice to join.
func newestAgree(cands []*cand, sameOf func(*cand) string, winner func(string) bool) bool {
	sets := map[string]map[string]bool{}
	older := false
	for _, cd := range cands {
		for d := range cd.docs {
			if !winner(d) {
				older = true
				continue
			}
			if sets[d] == nil {
				sets[d] = map[string]bool{}
			}
			sets[d][sameOf(cd)] = true
		}
	}
	if !older {
		return false
	}
	var first map[string]bool
	for _, s := range sets {
		if first == nil {
			first = s
			continue
		}
		if len(s) != len(first) {
			return false
		}
		for k := range s {
			if !first[k] {
				return false
			}
		}
	}
	return first != nil
}

// sameSetsBy reports whether every document gives the same set of members,
// a member being what sameOf makes of a candidate, and whether some member
// comes in more than one form.
func sameSetsBy(cands []*cand, sameOf func(*cand) string) (same, formsDiffer bool) {
	all := map[string]int{}
	sets := map[string]map[string]bool{}
	for _, cd := range cands {
		k := sameOf(cd)
		all[k]++
		for d := range cd.docs {
			if sets[d] == nil {
				sets[d] = map[string]bool{}
			}
			sets[d][k] = true
		}
	}
	for _, n := range all {
		formsDiffer = formsDiffer || n > 1
	}
	for _, s := range sets {
		if len(s) != len(all) {
			return false, formsDiffer
		}
	}
	return true, formsDiffer
}

// areaKey is a region's identity: its one English name where the lexicon
// knows the region (lexicon.Area), so the sources' languages and forms of
// it meet; else its name, as memberKey.
func areaKey(v dossier.Value) string {
	if v.Kind == dossier.ValueText {
		if a, ok := lexicon.Area(v.Text); ok {
			return "area:" + a
		}
	}
	return memberKey(v)
}

// contributions reconciles each donor's contribution: where sources give a
// donor different amounts, the newer dated source wins.
func (c *ctx) contributions(facts []dossier.Fact) dossier.Field {
	byDonor := map[string][]dossier.Fact{}
	for _, f := range facts {
		if f.Value.Contribution != nil {
			k := nameKey(f.Value.Contribution.Donor)
			byDonor[k] = append(byDonor[k], f)
		}
	}
	field := dossier.Field{IsList: true, List: []dossier.Value{}, Status: dossier.StatusAgreed, Rule: "every source gives the same contributions"}
	if len(facts) == 0 {
		field.Rule = "no source states it"
	}
	var all []*cand
	donors := make([]string, 0, len(byDonor))
	for k := range byDonor {
		donors = append(donors, k)
	}
	sort.Strings(donors)
	for _, k := range donors {
		cands := c.candidates(byDonor[k], nil)
		sub := c.decideScalar(dossier.FieldContributions, cands)
		all = append(all, cands...)
		if sub.Value != nil {
			field.List = append(field.List, *sub.Value)
		}
		if sub.Status != dossier.StatusAgreed && field.Status != dossier.StatusNeedsReview {
			field.Status, field.Rule, field.Cause = sub.Status, sub.Rule, sub.Cause
		}
	}
	if field.Status == dossier.StatusAgreed && len(donors) > 1 {
		if newest, ok := c.giversAdded(facts); ok {
			field.Status = dossier.StatusResolved
			field.Cause = causePtr(dossier.CauseOutOfDate)
			field.Rule = fmt.Sprintf("the newest source (%s) adds givers older sources leave out", newest)
		}
	}
	if d := c.latestDecision(dossier.FieldContributions); d != nil {
		field = c.applyDecision(d, all, field)
	}
	field.Candidates = toCandidates(all)
	return field
}

// giversAdded reports whether the newest dated document that gives
// contributions names a giver an older dated one, giving contributions
// too, leaves out: "a German contribution was added in 2023 to the EU's
// and Spain's". Every giver's amount may agree; the older list is out of
// date all the same.
func (c *ctx) giversAdded(facts []dossier.Fact) (*dossier.Date, bool) {
	byDoc := map[string]map[string]bool{}
	var newest *dossier.Date
	for _, f := range facts {
		doc := c.docs[f.Document]
		if f.Value.Contribution == nil || doc == nil || doc.FactsAsOf() == nil {
			continue
		}
		if byDoc[f.Document] == nil {
			byDoc[f.Document] = map[string]bool{}
		}
		byDoc[f.Document][nameKey(f.Value.Contribution.Donor)] = true
		if newest == nil || newest.Before(*doc.FactsAsOf()) {
			a := *doc.FactsAsOf()
			newest = &a
		}
	}
	if newest == nil {
		return nil, false
	}
	latest := map[string]bool{}
	for d, givers := range byDoc {
		if *c.docs[d].FactsAsOf() == *newest {
			for g := range givers {
				latest[g] = true
			}
		}
	}
	for d, givers := range byDoc {
		if *c.docs[d].FactsAsOf() == *newest {
			continue
		}
		for g := range latest {
			if !givers[g] {
				return newest, true
			}
		}
	}
	return nil, false
}

// memberKey compares list members by what they name: "United States" and
// "united states" are one donor.
func memberKey(v dossier.Value) string {
	if v.Kind == dossier.ValueText {
		return "text:" + nameKey(v.Text)
	}
	return v.Key()
}

// orgFields are the fields whose members are bodies.
var orgFields = map[string]bool{dossier.FieldDonors: true, dossier.FieldImplementer: true, dossier.FieldPartners: true}

// bodyKey is memberKey for a body: its name less its kind of body, which
// a translation changes ("Fondazione Veldwacht" is "Veldwacht
// Foundation").
func bodyKey(v dossier.Value) string {
	if v.Kind == dossier.ValueText {
		return "text:" + nameKey(lexicon.WithoutKind(v.Text))
	}
	return v.Key()
}

// sameSets reports whether every document names the same members.
func sameSets(cands []*cand) bool {
	sets := map[string]map[string]bool{}
	for _, cd := range cands {
		for d := range cd.docs {
			if sets[d] == nil {
				sets[d] = map[string]bool{}
			}
			sets[d][cd.key] = true
		}
	}
	for _, s := range sets {
		if len(s) != len(cands) {
			return false
		}
	}
	return true
}

func docsOf(cands []*cand) []string {
	seen := map[string]bool{}
	var out []string
	for _, cd := range cands {
		for d := range cd.docs {
			if !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	sort.Strings(out)
	return out
}

func sortValues(vs []dossier.Value) {
	sort.SliceStable(vs, func(i, j int) bool { return strings.ToLower(vs[i].String()) < strings.ToLower(vs[j].String()) })
}

// IndependentVoices maps each document to its voice: documents that share
// a long quote (VoiceQuote) copy each other, and count once in a majority.
// Only which documents share a voice counts, not what it is called.
func IndependentVoices(facts []dossier.Fact) map[string]string {
	u := unionFind{}
	byQuote := map[string]string{}
	for _, f := range facts {
		u.find(f.Document)
		q, ok := VoiceQuote(f.Quote)
		if !ok {
			continue
		}
		if other, ok := byQuote[q]; ok {
			u.union(f.Document, other)
		} else {
			byQuote[q] = f.Document
		}
	}
	out := map[string]string{}
	for d := range u {
		out[d] = u.find(d)
	}
	return out
}

// VoiceQuote is a quote as voices compare it (case and spacing do not
// count), and whether it is long enough to tell a copy: two documents that
// share a sentence of 60 bytes or more copy each other.
func VoiceQuote(quote string) (string, bool) {
	q := strings.ToLower(strings.Join(strings.Fields(quote), " "))
	return q, len(q) >= 60
}

// giverWindows moves out of the pool the values only a giver's own pages
// state, where the project's other sources give a value they do not
// agree with: a donor's portal or press office gives its grant's window
// as if it were the project's. A start is never revised, so a giver's
// start the others do not share is its window's; an end is revised (an
// extension), so only a page whose start was its window's gives its
// window's end. A sum is left to markDonorShares: a giver's page that
// gives an older total is out of date, not narrower. Where nothing else
// states the field, the giver's value stands.
func (c *ctx) giverWindows(field string, pool, narrow []*cand) ([]*cand, []*cand) {
	if field != dossier.FieldStart && field != dossier.FieldEnd {
		return pool, narrow
	}
	var others []*cand
	for _, cd := range pool {
		if cd.giver == "" {
			others = append(others, cd)
		}
	}
	if len(others) == 0 || len(others) == len(pool) {
		return pool, narrow
	}
	kept := others[:0:0]
	for _, cd := range pool {
		window := cd.giver != "" && c.donors[cd.giver] && !slices.ContainsFunc(others, func(o *cand) bool { return compatible(o.Value, cd.Value) })
		if window && field != dossier.FieldStart {
			for d := range cd.docs {
				window = window && c.windowDocs[d]
			}
		}
		if !window {
			kept = append(kept, cd)
			continue
		}
		cd.scoped = true
		cd.Scope = "funding:" + cd.giver
		cd.Cause = dossier.CauseScope
		narrow = append(narrow, cd)
	}
	return kept, narrow
}

// findWindowDocs records the documents whose start is a giver's window:
// giverWindows moves their start out of the pool.
func (c *ctx) findWindowDocs(starts []dossier.Fact) {
	c.windowDocs = map[string]bool{}
	cands := c.candidates(starts, nil)
	var pool []*cand
	for _, cd := range cands {
		if !cd.scoped {
			pool = append(pool, cd)
		}
	}
	kept, _ := c.giverWindows(dossier.FieldStart, pool, nil)
	for _, cd := range pool {
		if !slices.Contains(kept, cd) {
			for d := range cd.docs {
				c.windowDocs[d] = true
			}
		}
	}
}
