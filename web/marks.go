package web

import (
	"context"
	"regexp"
	"sort"
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/store"
)

// segment is a run of a quote, marked when it holds the words a value was
// read from.
type segment struct {
	Text string
	Mark bool
}

// quoteMarks knows, for one project's documents, the raw text each fact's
// value was read from, by the quote it stands in.
type quoteMarks struct {
	byField map[string][]store.QuotedRaw // document, field, quote
	byQuote map[string][]store.QuotedRaw // document, quote
}

// marksFor reads the raw texts of the facts of p's sources: one query by
// the facts' primary key.
func (s *Server) marksFor(ctx context.Context, p *dossier.Project) (*quoteMarks, error) {
	ids := citedDocuments(p)
	raws, err := s.st.QuotedRaws(ctx, ids)
	if err != nil {
		return nil, err
	}
	m := &quoteMarks{byField: map[string][]store.QuotedRaw{}, byQuote: map[string][]store.QuotedRaw{}}
	for _, q := range raws {
		k := q.Document + "\x00" + q.Quote
		m.byQuote[k] = append(m.byQuote[k], q)
		k = q.Document + "\x00" + q.Field + "\x00" + q.Quote
		m.byField[k] = append(m.byField[k], q)
	}
	return m, nil
}

// segments splits quote into runs, marking the words value v was read
// from: the raw text of the fact of this document, field and quote with
// the same value; else of any field; else the field's only fact in this
// quote; else the value as written, if the quote holds it.
func (m *quoteMarks) segments(doc, field, quote string, v dossier.Value) []segment {
	key := v.Key()
	var raws []string
	pick := func(qs []store.QuotedRaw, match bool) {
		for _, q := range qs {
			if !match || q.Value.Key() == key {
				raws = append(raws, q.Raw)
			}
		}
	}
	pick(m.byField[doc+"\x00"+field+"\x00"+quote], true)
	if len(raws) == 0 {
		pick(m.byQuote[doc+"\x00"+quote], true)
	}
	if qs := m.byField[doc+"\x00"+field+"\x00"+quote]; len(raws) == 0 && len(qs) == 1 {
		pick(qs, false)
	}
	if len(raws) == 0 {
		raws = append(raws, v.String())
	}
	return markAll(quote, raws)
}

// maxMarked bounds the texts searched for in one quote.
const maxMarked = 8

// markAll marks the first place each of raws occurs in text, ignoring
// case; overlapping marks are joined.
func markAll(text string, raws []string) []segment {
	type span struct{ from, to int }
	var spans []span
	for i, raw := range raws {
		raw = strings.TrimSpace(raw)
		if i >= maxMarked || raw == "" || len(raw) > len(text) {
			continue
		}
		if at := strings.Index(text, raw); at >= 0 {
			spans = append(spans, span{at, at + len(raw)})
			continue
		}
		re, err := regexp.Compile(`(?i)` + regexp.QuoteMeta(raw))
		if err != nil {
			continue
		}
		if loc := re.FindStringIndex(text); loc != nil {
			spans = append(spans, span{loc[0], loc[1]})
		}
	}
	if len(spans) == 0 {
		return []segment{{Text: text}}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].from < spans[j].from })
	var out []segment
	at := 0
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		for i+1 < len(spans) && spans[i+1].from <= sp.to {
			sp.to = max(sp.to, spans[i+1].to)
			i++
		}
		if sp.from > at {
			out = append(out, segment{Text: text[at:sp.from]})
		}
		out = append(out, segment{Text: text[sp.from:sp.to], Mark: true})
		at = sp.to
	}
	if at < len(text) {
		out = append(out, segment{Text: text[at:]})
	}
	return out
}
