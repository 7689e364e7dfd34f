package report

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/cases"

	"github.com/dossier-dev/dossier"
)

// Lists as the record keeps them are every member every source states:
// an activity that restates a target a newer source replaced, the same
// output in two sources' words, an indicator that only introduces the
// lines under it ("Level of implementation … as regards:"). The report
// shows them consistent with the record and says in the data notes what it
// left out or merged.

// listItem is a member of a list as the report shows it.
type listItem struct {
	text     string
	value    dossier.Value
	refs     []int
	srcs     []dossier.Source
	reviewer bool
	// sub are the members a lead-in introduces; the lead-in's text ends
	// with a colon.
	sub []listItem
}

// listNote is what the report did to a list, for the data notes: left
// out a member (text says which and why) or merged two that say the same
// in other words.
type listNote struct {
	text   string
	merged bool
	refs   []int
}

// items returns a list field's members as the report shows them, and
// notes what it left out or merged. Built once per field.
func (r *report) items(key string) []listItem {
	if got, ok := r.lists[key]; ok {
		return got
	}
	f := r.fields[key]
	var all []listItem
	for _, c := range r.src.citedList(key, f) {
		all = append(all, listItem{text: c.text, value: c.value, refs: c.refs, srcs: c.srcs, reviewer: c.reviewer})
	}
	// Lead-ins first, on the list as its sources give it: a member left
	// out below still ends the run of lines a lead-in introduces.
	all, notes := nestLeadIns(all, nil)
	var out []listItem
	keep := func(it listItem) bool {
		if !mergeable(key) && key != dossier.FieldKeyFigures {
			return true // names are no statements of a value
		}
		by, ok := r.supersededBy(key, it.cited())
		if ok {
			notes = append(notes, listNote{text: fmt.Sprintf("Left out: “%s”, which states %s; the report uses %s (%s).",
				it.text, by.old, by.now, strings.ToLower(fieldLabel(by.field))), refs: it.refs})
		}
		return !ok
	}
	for _, it := range all {
		if !keep(it) {
			continue
		}
		it.sub = slices.DeleteFunc(it.sub, func(s listItem) bool { return !keep(s) })
		out = append(out, it)
	}
	if mergeable(key) {
		out, notes = mergeParaphrases(out, notes)
	}
	if key == dossier.FieldContacts {
		out = mergeContacts(out)
	}
	r.lists[key] = out
	r.listNotes[key] = notes
	return out
}

// mergeable are the fields whose members are statements, which sources
// paraphrase, rather than names.
func mergeable(key string) bool {
	switch key {
	case dossier.FieldObjectives, dossier.FieldOutputs, dossier.FieldActivities, dossier.FieldIndicators:
		return true
	}
	return false
}

// superseded says which chosen value replaced the value a member restates.
type superseded struct {
	field    string
	old, now string
}

// supersededBy reports whether list member c of field key restates a
// value that lost in another field: the same words in the same source as
// the losing candidate, or the losing value's words. "Help organise up to
// 15 in-country or regional workshops" restates the target of up to 15
// workshops that a newer source replaced by up to 30.
func (r *report) supersededBy(key string, c cited) (superseded, bool) {
	fold := cases.Fold()
	text := fold.String(c.text)
	for _, other := range sortedKeys(r.fields) {
		f := r.fields[other]
		if other == key || f.IsList || f.Value == nil || (f.Status != dossier.StatusResolved && f.Status != dossier.StatusOverridden) {
			continue
		}
		now := display(other, *f.Value)
		for _, cand := range f.Candidates {
			if cand.Chosen || cand.Scope != "" || cand.Value.Key() == f.Value.Key() {
				continue
			}
			old := display(other, cand.Value)
			// The same words in the same source restate the value only
			// when they hold its figures: one sentence may state several
			// things.
			sameWords := false
			if figs := figures(old); len(figs) > 0 && containsAll(figures(c.text), figs) {
				for _, s := range cand.Sources {
					for _, cs := range c.srcs {
						q := strings.TrimSpace(s.Quote)
						if q != "" && s.Document == cs.Document && strings.TrimSpace(cs.Quote) == q {
							sameWords = true
						}
					}
				}
			}
			if sameWords || len([]rune(old)) >= 12 && strings.Contains(text, fold.String(old)) {
				return superseded{field: other, old: old, now: now}, true
			}
		}
	}
	return superseded{}, false
}

// containsAll reports whether have holds every one of want.
func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// leadInEnds are the words a line ends with when it only introduces the
// lines under it.
var leadInEnds = []string{"as regards", "including", "such as", "namely", "notably", "as follows", "in particular",
	"of", "to", "for", "and", "or", "the", "with", "by", "in", "on", "at", "from", "e.g.", "i.e."}

// isLeadIn reports whether a member ends mid-phrase: with a colon in its
// source, or with a word that wants more after it.
func isLeadIn(it listItem) bool {
	for _, s := range it.srcs {
		if strings.HasSuffix(strings.TrimSpace(s.Quote), ":") {
			return true
		}
	}
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(it.text), " ,;"))
	if strings.HasSuffix(t, ":") {
		return true
	}
	for _, w := range leadInEnds {
		if t == w || strings.HasSuffix(t, " "+w) {
			return true
		}
	}
	return false
}

// maxSub bounds the members one lead-in takes under it.
const maxSub = 12

// place is where a member was stated: its first source's document and
// page.
func place(it listItem) string {
	if len(it.srcs) == 0 {
		return ""
	}
	s := it.srcs[0]
	p := 0
	if s.Page != nil {
		p = *s.Page
	}
	return fmt.Sprintf("%s#%d", s.Document, p)
}

// nestLeadIns puts under a lead-in the members that follow it from the
// same place (document and page), up to the next lead-in, the next member
// with a figure of its own, or maxSub: sources list them so ("Results of
// T-CY meetings, including: – Guidance Notes produced – …"). A lead-in
// nothing follows is left out.
func nestLeadIns(in []listItem, notes []listNote) ([]listItem, []listNote) {
	var out []listItem
	for i := 0; i < len(in); i++ {
		it := in[i]
		if !isLeadIn(it) {
			out = append(out, it)
			continue
		}
		j := i + 1
		for j < len(in) && j-i <= maxSub && place(in[j]) == place(it) && !isLeadIn(in[j]) &&
			in[j].value.Kind != dossier.ValueQuantity {
			it.sub = append(it.sub, in[j])
			j++
		}
		if len(it.sub) == 0 {
			notes = append(notes, listNote{text: fmt.Sprintf("Left out: “%s”, which ends mid-phrase with no entry after it in its source.", it.text), refs: it.refs})
			continue
		}
		it.text = strings.TrimRight(strings.TrimSpace(it.text), " ,;:") + ":"
		out = append(out, it)
		i = j - 1
	}
	return out, notes
}

// stopWords are left out when comparing statements.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "in": true, "on": true,
	"for": true, "by": true, "with": true, "its": true, "their": true, "is": true, "are": true, "be": true, "as": true,
	"at": true, "from": true, "that": true, "this": true, "now": true, "it": true, "which": true, "so": true, "can": true,
}

// stems are a statement's words, lower-cased, without stop words, each cut
// to its first six letters so that "organise", "organised" and
// "organisation" meet; figures are kept whole.
func stems(s string) []string {
	fold := cases.Fold()
	var out []string
	for _, w := range strings.FieldsFunc(fold.String(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 0x7f)
	}) {
		w = strings.Trim(w, "-")
		if w == "" || stopWords[w] {
			continue
		}
		if rs := []rune(w); len(rs) > 6 {
			w = string(rs[:6])
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// figures are the numbers a statement holds.
func figures(s string) []string {
	var out []string
	for _, run := range digitRuns(strings.ReplaceAll(s, ",", "")) {
		out = append(out, strings.ReplaceAll(s, ",", "")[run[0]:run[1]])
	}
	slices.Sort(out)
	return out
}

// paraphrases reports whether two statements say the same thing in other
// words: most of their words are shared (Dice's coefficient over stems at
// least 0.6) and they hold the same figures.
func paraphrases(a, b string) bool {
	if !slices.Equal(figures(a), figures(b)) {
		return false
	}
	sa, sb := stems(a), stems(b)
	if len(sa) < 2 || len(sb) < 2 {
		return false
	}
	common := 0
	for _, w := range sa {
		if slices.Contains(sb, w) {
			common++
		}
	}
	return float64(2*common)/float64(len(sa)+len(sb)) >= 0.6
}

// mergeParaphrases shows statements that say the same thing in other
// words once, with every source of each: the wording of the one more
// sources state, else the first.
func mergeParaphrases(in []listItem, notes []listNote) ([]listItem, []listNote) {
	var out []listItem
	for _, it := range in {
		merged := false
		for k := range out {
			if len(it.sub) > 0 || len(out[k].sub) > 0 || !paraphrases(out[k].text, it.text) {
				continue
			}
			keep, drop := out[k], it
			if len(it.refs) > len(out[k].refs) {
				keep, drop = it, out[k]
			}
			notes = append(notes, listNote{merged: true, refs: mergeRefs(keep.refs, drop.refs)})
			keep.refs = mergeRefs(keep.refs, drop.refs)
			keep.srcs = append(append([]dossier.Source(nil), keep.srcs...), drop.srcs...)
			keep.reviewer = keep.reviewer && drop.reviewer
			out[k] = keep
			merged = true
			break
		}
		if !merged {
			out = append(out, it)
		}
	}
	return out, notes
}

// mergeContacts shows one person once: contacts of the same name are one
// entry with every role, unit and address the sources give.
func mergeContacts(in []listItem) []listItem {
	fold := cases.Fold()
	var out []listItem
	byName := map[string]int{}
	for _, it := range in {
		c := it.value.Contact
		if c == nil || strings.TrimSpace(c.Name) == "" {
			out = append(out, it)
			continue
		}
		key := fold.String(strings.Join(strings.Fields(c.Name), " "))
		k, ok := byName[key]
		if !ok {
			byName[key] = len(out)
			out = append(out, it)
			continue
		}
		m := *out[k].value.Contact
		for _, part := range [][2]*string{{&m.Role, &c.Role}, {&m.Organisation, &c.Organisation}, {&m.Email, &c.Email}} {
			have, add := part[0], *part[1]
			if add != "" && !strings.Contains(fold.String(*have), fold.String(add)) {
				if *have == "" {
					*have = add
				} else {
					*have += ", " + add
				}
			}
		}
		out[k].value = dossier.ContactValue(m)
		out[k].text = display(dossier.FieldContacts, out[k].value)
		out[k].refs = mergeRefs(out[k].refs, it.refs)
		out[k].srcs = append(out[k].srcs, it.srcs...)
	}
	return out
}
