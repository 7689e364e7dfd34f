package report

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"

	"github.com/dossier-dev/dossier"
)

// annex is the last part of a report, "Sources and data notes": how each
// value was chosen where the sources differ, in one compact table, then
// the sources the numbers [n] refer to.
func (r *report) annex() {
	w := r.w
	w.check()
	if w.room() < 260 {
		w.newPage()
	}
	w.heading(h1, "Annex: Sources and data notes", true)
	w.paragraph([]span{{text: "Where the sources differ, the table says which value the report uses, what else the sources state, why, and in which words. " +
		"Facts on which the sources agree, or differ only in precision or form (“January 2014” and “1 January 2014”), are not listed.", st: stBody}}, 0)

	var open, chosen []string
	for _, key := range orderedFields(r.fields) {
		f := r.fields[key]
		switch {
		case f.Status == dossier.StatusNeedsReview:
			open = append(open, key)
		case f.Status == dossier.StatusResolved || f.Status == dossier.StatusOverridden,
			len(r.listNotesOf(key)) > 0,
			key == dossier.FieldStatus && r.status().note != "":
			chosen = append(chosen, key)
		}
	}
	if r.draft() && len(open) > 0 {
		w.heading(h2, "Open reviews", true)
		w.paragraph([]span{{text: "No rule may choose between the sources on these facts; a reviewer decides with dossier review. The report shows the best guess, if any.", st: stSmall}}, 0)
		w.gap(4)
		r.notesTable(open)
	}
	w.heading(h2, "How the values were chosen", true)
	if len(chosen) == 0 {
		w.paragraph([]span{{text: "Every source that states a fact gives the same value; nothing needed choosing.", st: stBody}}, 0)
	} else {
		r.notesTable(chosen)
	}
	// The decisions the fields follow are in the table above; the
	// earlier ones, which later decisions or newer sources replaced, here.
	var earlier []dossier.Decision
	for _, d := range r.rec.History {
		if now := r.fields[d.Field].Decision; now == nil || now.ID != d.ID || !now.Time.Equal(d.Time) {
			earlier = append(earlier, d)
		}
	}
	if len(earlier) > 0 {
		w.heading(h2, "Earlier decisions of reviewers", true)
		w.paragraph([]span{{text: "Decisions that a later decision or a newer source has replaced; the history keeps them.", st: stSmall}}, 0)
		w.gap(4)
		t := table{header: true, zebra: true, cols: []column{
			{title: "Date", share: 0.13}, {title: "Fact", share: 0.17}, {title: "Value", share: 0.28},
			{title: "Reviewer", share: 0.14}, {title: "Note", share: 0.28},
		}}
		for _, d := range earlier {
			val := display(d.Field, d.Value)
			if d.IsList {
				var parts []string
				for _, v := range d.List {
					parts = append(parts, display(d.Field, v))
				}
				val = strings.Join(parts, "; ")
			}
			t.rows = append(t.rows, row{cells: [][]span{
				note(shortDay(d.Time)), note(fieldLabel(d.Field)), note(val), note(d.Reviewer), note(d.Note),
			}})
		}
		w.table(t)
	}
	r.sources()
}

// note is an annex table cell.
func note(s string) []span { return []span{{text: s, st: stNote}} }

// listNotesOf are the notes on what the report left out of or merged in a
// list field.
func (r *report) listNotesOf(key string) []listNote {
	if !r.fields[key].IsList {
		return nil
	}
	r.items(key)
	return r.listNotes[key]
}

// notesTable is the table of how the fields were chosen: the fact and the
// value used, the other values stated, why, and the sources' words; a row
// is kept whole on one page.
func (r *report) notesTable(keys []string) {
	t := table{header: true, zebra: true, continued: "How the values were chosen", cols: []column{
		{title: "Fact, and the value used", share: 0.25}, {title: "Other values stated", share: 0.19},
		{title: "Why", share: 0.29}, {title: "Sources, in their words", share: 0.27},
	}}
	for _, key := range keys {
		r.w.check()
		t.rows = append(t.rows, row{cells: r.noteCells(key)})
	}
	r.w.table(t)
}

// noteCells are the cells of one field's row in the notes table.
func (r *report) noteCells(key string) [][]span {
	f := r.fields[key]
	first := []span{{text: fieldLabel(key), st: style{bold, 8.5, colNavy}}}
	first = append(first, r.openTag(f)...)
	first = append(first, span{br: true, st: stNote})

	var others []span
	addOther := func(sp ...span) {
		if len(others) > 0 {
			others = append(others, span{br: true, st: stNote})
		}
		others = append(others, sp...)
	}
	switch {
	case key == dossier.FieldStatus:
		st := r.status()
		first = append(first, span{text: st.text, st: stNote}, citeSpan(cited{refs: st.refs, reviewer: st.reviewer}))
		if c, ok := r.src.citedSingle(key, f); ok && st.note != "" {
			addOther(span{text: c.text, st: stNote}, citeSpan(c), span{text: " (" + r.dateOf(f, c) + ")", st: stNote})
		}
	case f.IsList:
		its := r.items(key)
		entries := 0
		for _, it := range its {
			entries += 1 + len(it.sub)
		}
		stated := 0
		for _, c := range f.Candidates {
			if c.Chosen || f.Status != dossier.StatusNeedsReview && listHas(f, c.Value) {
				stated++
			}
		}
		switch {
		case len(its) == 0:
			first = append(first, span{text: "none", st: stNote})
		case entries > 4 || listChars(its) > 160:
			text := fmt.Sprintf("%d entries, as the report lists them", entries)
			if stated > entries {
				text = fmt.Sprintf("%d entries, as the report lists them, of %d stated", entries, stated)
			}
			first = append(first, span{text: text, st: stNote})
		default:
			for i, it := range its {
				if i > 0 {
					first = append(first, span{text: "; ", st: stNote, glue: true})
				}
				first = append(first, span{text: it.text, st: stNote}, citeSpan(it.cited()))
			}
		}
	default:
		if c, ok := r.src.citedSingle(key, f); ok {
			first = append(first, span{text: c.text, st: stNote}, citeSpan(c))
			if f.Status == dossier.StatusNeedsReview {
				first = append(first, span{text: " (best guess)", st: style{italic, 8.5, colMuted}})
			}
		} else {
			first = append(first, span{text: "none", st: style{italic, 8.5, colMuted}})
		}
	}
	for _, c := range f.Candidates {
		if c.Chosen || f.IsList && f.Status != dossier.StatusNeedsReview && listHas(f, c.Value) || !f.IsList && f.Value != nil && c.Value.Key() == f.Value.Key() {
			continue
		}
		sp := []span{{text: display(key, c.Value), st: stNote}, refSpan(r.src.refs(c.Sources))}
		if c.Scope != "" {
			sp = append(sp, span{text: " (about " + scopeText(c.Scope) + ")", st: style{italic, 8.5, colMuted}})
		}
		addOther(sp...)
	}
	if len(others) == 0 {
		others = []span{{text: "\u2014", st: stNote}}
	}
	return [][]span{first, others, r.whyText(key, f), r.quoteSpans(key, f)}
}

// listChars counts the characters of a list's entries.
func listChars(its []listItem) int {
	n := 0
	for _, it := range its {
		n += len([]rune(it.text))
		for _, s := range it.sub {
			n += len([]rune(s.text))
		}
	}
	return n
}

// listHas reports whether a list field's value holds v.
func listHas(f dossier.Field, v dossier.Value) bool {
	k := v.Key()
	for _, m := range f.List {
		if m.Key() == k {
			return true
		}
	}
	return false
}

// whyText says in words why the value used was chosen: the reason the
// sources differ, the rule or the reviewer's decision, the report's own
// reading (the status on its date, a list's merged or left-out members).
func (r *report) whyText(key string, f dossier.Field) []span {
	var parts []string
	if f.Cause != nil && *f.Cause != "" {
		parts = append(parts, capitalize(causeText(*f.Cause))+".")
	}
	switch d := f.Decision; {
	case d != nil && f.Status == dossier.StatusOverridden:
		who := d.Reviewer
		if who == "" {
			who = "A reviewer"
		}
		text := who + " decided on " + shortDay(d.Time)
		if d.Note != "" {
			text += ": " + d.Note
		}
		parts = append(parts, strings.TrimSuffix(text, ".")+".")
	case f.Status == dossier.StatusNeedsReview:
		if f.Rule != "" {
			parts = append(parts, capitalize(f.Rule)+".")
		}
	case f.Rule != "" && f.Status != dossier.StatusAgreed:
		parts = append(parts, "Rule: "+f.Rule+".")
	}
	if key == dossier.FieldStatus {
		if n := r.status().note; n != "" {
			parts = append(parts, n)
		}
	}
	var out []span
	line := func(sp ...span) {
		if len(out) > 0 {
			out = append(out, span{br: true, st: stNote})
		}
		out = append(out, sp...)
	}
	if len(parts) > 0 {
		line(span{text: strings.Join(parts, " "), st: stNote})
	}
	if r.draft() && f.Stale {
		line(span{text: "A source added after the decision states another value; the decision should be reviewed again.", st: style{bold, 8.5, colAmber}})
	}
	merged, mergedRefs := 0, []int(nil)
	for _, n := range r.listNotesOf(key) {
		if n.merged {
			merged++
			mergedRefs = mergeRefs(mergedRefs, n.refs)
			continue
		}
		line(span{text: n.text, st: stNote}, refSpan(n.refs))
	}
	if merged > 0 {
		line(span{text: fmt.Sprintf("%s that say the same in other words %s shown once, with the sources of each.",
			plural(merged, "pair of entries", "pairs of entries"), map[bool]string{true: "is", false: "are"}[merged == 1]), st: stNote},
			refSpan(mergedRefs))
	}
	if len(out) == 0 {
		out = []span{{text: "\u2014", st: stNote}}
	}
	return out
}

// maxQuote caps a quote in the notes table, in characters.
const maxQuote = 160

// quoteSpans are the sources of a field's values in their own words, each
// quote once: "[3] p. 1 “Voluntary contributions by …”", with the list
// members it states when it states several.
func (r *report) quoteSpans(key string, f dossier.Field) (out []span) {
	type quote struct {
		doc     string
		page    *int
		text    string
		members []string
	}
	var quotes []*quote
	index := map[string]*quote{}
	for _, c := range f.Candidates {
		for _, s := range c.Sources {
			q := strings.Join(strings.Fields(s.Quote), " ")
			k := fmt.Sprintf("%s|%v|%s", s.Document, s.Page != nil && *s.Page > 0, q)
			if s.Page != nil {
				k += fmt.Sprint(*s.Page)
			}
			e, ok := index[k]
			if !ok {
				e = &quote{doc: s.Document, page: s.Page, text: q}
				index[k] = e
				quotes = append(quotes, e)
			}
			e.members = append(e.members, display(key, c.Value))
		}
	}
	if f.IsList {
		// A list's entries are mostly their sources' own words: only a
		// quote that states several entries, or says more than its entry,
		// is worth reading here; the rest are references.
		var rest []dossier.Source
		kept := quotes[:0]
		for _, q := range quotes {
			words := len(q.members) > 1
			for _, m := range q.members {
				words = words || !strings.Contains(strings.ToLower(q.text), strings.ToLower(m)) && !strings.Contains(strings.ToLower(m), strings.ToLower(q.text))
			}
			if words && q.text != "" {
				kept = append(kept, q)
			} else {
				rest = append(rest, dossier.Source{Document: q.doc})
			}
		}
		quotes = kept
		if len(rest) > 0 {
			defer func() {
				if len(out) > 0 && out[0].text != "\u2014" {
					out = append(out, span{br: true, st: stNote})
				} else {
					out = nil
				}
				label := "The entries in their own words"
				if len(quotes) > 0 {
					label = "The other entries in their own words"
				}
				out = append(out, span{text: label, st: stNote}, refSpan(r.src.refs(rest)))
			}()
		}
	}
	for i, q := range quotes {
		if i > 0 {
			out = append(out, span{br: true, st: stNote})
		}
		ref := refSpan(r.src.refs([]dossier.Source{{Document: q.doc}}))
		ref.glue = false
		ref.text = strings.TrimSpace(ref.text)
		ref.st = style{bold, 8, colRef}
		out = append(out, ref)
		if q.page != nil {
			out = append(out, span{text: fmt.Sprintf(" p.\u00a0%d", *q.page), st: stSmall})
		}
		text := q.text
		if rs := []rune(text); len(rs) > maxQuote {
			// Cut between words, and say so.
			cut := string(rs[:maxQuote])
			if i := strings.LastIndexByte(cut, ' '); i > maxQuote/2 {
				cut = cut[:i]
			}
			text = strings.TrimRight(cut, " ,;:") + " \u2026"
		}
		if text != "" {
			out = append(out, span{text: " \u201c" + text + "\u201d", st: stQuote})
		}
		if len(q.members) > 1 && f.IsList {
			out = append(out, span{text: ": " + strings.Join(q.members, ", "), st: style{regular, 8, colMuted}})
		}
	}
	if len(out) == 0 {
		out = []span{{text: "\u2014", st: stNote}}
	}
	return out
}

// sources lists every document the report cites, as a donor can find it
// again: title, publisher, kind, date, and the address or file name. Each
// entry is where its references [n] lead.
func (r *report) sources() {
	w := r.w
	w.heading(h2, "Sources", true)
	if len(r.src.entries) == 0 {
		w.paragraph([]span{{text: "The record cites no documents.", st: stItalic}}, 0)
		return
	}
	t := table{cols: []column{{share: 0.07}, {share: 0.93}}}
	for i, e := range r.src.entries {
		d := e.doc
		num := []span{{text: fmt.Sprintf("[%d]", i+1), st: style{bold, 10, colRef}}}
		title := strings.TrimSpace(d.Title)
		if title == "" {
			title = "Untitled document"
		}
		if !e.known {
			title = "Document not in this record (" + shortID(d.ID) + ")"
		}
		sp := []span{{text: title, st: stBold}}
		var facts []string
		if p := publisher(d); p != "" {
			facts = append(facts, p)
		}
		switch {
		case d.Kind == dossier.KindPDF && d.Pages > 0:
			facts = append(facts, "PDF, "+plural(d.Pages, "page", "pages"))
		case d.Kind == dossier.KindPDF:
			facts = append(facts, "PDF")
		case d.Kind == dossier.KindHTML:
			facts = append(facts, "web page")
		}
		if e.known {
			if d.AsOf != nil {
				facts = append(facts, d.AsOf.Human())
			} else {
				facts = append(facts, "undated")
			}
		}
		if len(facts) > 0 {
			sp = append(sp, span{br: true, st: stSmall}, span{text: strings.Join(facts, " \u00b7 "), st: style{regular, 9, colMuted}})
		}
		if d.Source != "" {
			sp = append(sp, span{br: true, st: stSmall})
			if isURL(d.Source) {
				sp = append(sp, span{text: d.Source, st: style{regular, 9, colRef}, url: d.Source})
			} else {
				sp = append(sp, span{text: "File " + path.Base(strings.ReplaceAll(d.Source, "\\", "/")), st: style{regular, 9, colMuted}})
			}
		}
		if d.Error != "" {
			sp = append(sp, span{br: true, st: stSmall}, span{text: "Could not be read: " + d.Error, st: style{italic, 8, colRed}})
		}
		t.rows = append(t.rows, row{cells: [][]span{num, sp}, anchor: w.sourceLink(i + 1)})
	}
	w.table(t)
	if scripts := r.scriptsLacking(); len(scripts) > 0 {
		var names []string
		for _, s := range scripts {
			names = append(names, "["+s+"]")
		}
		w.gap(6)
		w.paragraph([]span{{text: "Text in scripts this report cannot set is marked " + strings.Join(names, ", ") +
			": its fonts cover the Latin, Greek and Cyrillic scripts. The export of the record (dossier export) keeps every name as its source writes it.",
			st: stItalic}}, 0)
	}
}

// isURL reports whether a source is a web address.
func isURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// publisher names who published a document, from its metadata: a PDF's
// author, a web page's site name.
func publisher(d dossier.Document) string {
	if a := strings.TrimSpace(d.Meta["Author"]); a != "" {
		return "By " + a
	}
	for _, k := range []string{"og:site_name", "application-name"} {
		if s := strings.TrimSpace(d.Meta[k]); s != "" {
			return "Website “" + s + "”"
		}
	}
	return ""
}

// scriptsLacking lists the scripts of the record's text that the report
// shows as placeholders. It reads the record's JSON: every value, quote,
// title and source the report can print is in it.
func (r *report) scriptsLacking() []string {
	var b strings.Builder
	for _, v := range []any{r.rec.Project, r.rec.History} {
		if j, err := json.Marshal(v); err == nil {
			b.Write(j)
		}
	}
	for _, e := range r.src.entries {
		d := e.doc
		b.WriteString(d.Title + " " + d.Source + " " + d.Error + " " + publisher(d) + " ")
	}
	b.WriteString(r.donor)
	return scriptsLacking(b.String())
}
