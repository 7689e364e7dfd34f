package facts

import (
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// Running text gives a project's start, end or length one at a time:
// "started on 20 June 2019", "continuera jusqu'au 31 décembre 2023",
// "pour une durée de 48 mois", "läuft bis Ende 2024". The cue phrases are
// the lexicon's (cue.started, cue.ends, cue.lasts); a date or a length
// must follow the cue at once.

// proseDates records the dates and length a sentence about the project
// states. A superseded sentence ("originally planned for three years")
// still gives the start, which no later change moves, but not its end or
// length.
func (x *extractor) proseDates(b dossier.Block, s, target string, superseded bool) {
	if target == "" {
		return
	}
	// "Contract duration: 12 months": a label the lexicon does not know
	// says nothing of whose length it is.
	if m := lineLabel.FindStringSubmatch(s); m != nil && len(strings.Fields(m[1])) <= 4 {
		return
	}
	if _, end, ok := findCue(s, "started"); ok {
		if d, ok := dateAt(s[end:]); ok {
			x.addFor(target, b, dossier.FieldStart, dossier.DateValue(d), strings.TrimSpace(s[end:]), s, "prose:started", x.scope)
		}
	}
	if superseded {
		return
	}
	if _, end, ok := findCue(s, "ends"); ok {
		if d, ok := dateAt(s[end:]); ok {
			x.addFor(target, b, dossier.FieldEnd, dossier.DateValue(d), strings.TrimSpace(s[end:]), s, "prose:ends", x.scope)
		}
	}
	if _, end, ok := findCue(s, "lasts"); ok {
		if n, ok := durationAt(s[end:]); ok {
			x.addFor(target, b, dossier.FieldDurationMonths, dossier.IntValue(n), strings.TrimSpace(s[end:]), s, "prose:lasts", x.scope)
		}
	}
}

// durationAt reads a length stated within the first words of s: "48
// months", "trois ans", "atteint ainsi 78 mois", "von 36 Monaten".
func durationAt(s string) (int, bool) {
	ws := strings.Fields(s)
	if len(ws) > 6 {
		ws = ws[:6]
	}
	return normalize.ParseDurationMonths(strings.Join(ws, " "))
}
