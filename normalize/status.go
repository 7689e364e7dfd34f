package normalize

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/lexicon"
)

// Project statuses, as the export contract names them.
const (
	StatusPlanned   = "planned"
	StatusOngoing   = "ongoing"
	StatusCompleted = "completed"
)

// statusWords maps folded status words in English, French, German, Spanish,
// Italian, Portuguese and Dutch, and the IATI ActivityStatus names, to the
// contract's statuses.
var statusWords = map[string]string{
	"finished": StatusCompleted, "completed": StatusCompleted, "complete": StatusCompleted,
	"closed": StatusCompleted, "ended": StatusCompleted, "concluded": StatusCompleted,
	"terminated": StatusCompleted, "finalisation": StatusCompleted, "finalization": StatusCompleted,
	"termine": StatusCompleted, "terminee": StatusCompleted, "acheve": StatusCompleted,
	"achevee": StatusCompleted, "clos": StatusCompleted, "cloture": StatusCompleted,
	"cloturee": StatusCompleted, "ferme": StatusCompleted, "abgeschlossen": StatusCompleted,
	"beendet": StatusCompleted, "finalizado": StatusCompleted, "concluido": StatusCompleted,
	"terminado": StatusCompleted, "completato": StatusCompleted, "concluso": StatusCompleted,
	"afgerond": StatusCompleted, "voltooid": StatusCompleted,

	"ongoing": StatusOngoing, "on going": StatusOngoing, "active": StatusOngoing,
	"current": StatusOngoing, "in progress": StatusOngoing, "running": StatusOngoing,
	"implementation": StatusOngoing, "under implementation": StatusOngoing,
	"being implemented": StatusOngoing, "en cours": StatusOngoing, "actif": StatusOngoing,
	"en cours de mise en oeuvre": StatusOngoing, "in corso": StatusOngoing, "laufend": StatusOngoing,
	"en curso": StatusOngoing, "em curso": StatusOngoing, "em andamento": StatusOngoing,
	"lopend": StatusOngoing,

	"planned": StatusPlanned, "pipeline": StatusPlanned, "pipeline identification": StatusPlanned,
	"identification": StatusPlanned, "proposed": StatusPlanned, "upcoming": StatusPlanned,
	"forthcoming": StatusPlanned, "prevu": StatusPlanned, "planifie": StatusPlanned,
	"planification": StatusPlanned, "geplant": StatusPlanned, "previsto": StatusPlanned,
	"planificado": StatusPlanned, "gepland": StatusPlanned,
}

// Status maps a project status as a source writes it to the contract's
// "completed" ("Finished", "Completed", "Closed", "terminé"), "ongoing"
// ("Ongoing", "Active", "Current", "In progress", "en cours") or "planned"
// ("Planned", "Pipeline"). A label ("Status: Finished") and a remark after
// a bracket, a comma or a first sentence ("Completed (2021)", "Ongoing.
// Cofinanced by …") are ignored. ok is false for
// anything else, including "Cancelled" and "Suspended", which the contract
// has no status for.
func Status(s string) (string, bool) {
	// A status is a few words, a remark after them: only a text's start
	// is read ("in corso⏎GUARDAFUOCO II è la seconda fase …"), so that
	// each word for project or dash before a status, which reads the
	// rest again, reads little.
	if len(s) > maxStatusText {
		s = strings.ToValidUTF8(s[:maxStatusText], "")
	}
	key := statusKey(s)
	if rest, ok := strings.CutPrefix(key, "status "); ok {
		key = rest
	}
	if st, ok := statusWords[key]; ok {
		return st, true
	}
	if st, ok := lexiconStatuses()[key]; ok {
		return st, true
	}
	ws := strings.Fields(key)
	// "projet achevé", "Project completed": a word for project before
	// the status; "Statut terminé": the label without its colon.
	// (The rest as written: "programme clôturé le 31 décembre 2021"
	// keeps the date its status came on.)
	if len(ws) > 1 && (projectWords()[ws[0]] || statusLabel(ws[0])) {
		rest := strings.Join(ws[1:], " ")
		if first, after, ok := strings.Cut(strings.TrimSpace(s), " "); ok && lexicon.Fold(first) == ws[0] {
			rest = after
		}
		if st, ok := Status(rest); ok {
			return st, true
		}
	}
	// "Closed on 31 March 2024", "Achevée le 30 juin 2025": a status, then
	// the date it came on.
	if strings.ContainsAny(s, "0123456789") {
		for n := min(3, len(ws)-1); n >= 1; n-- {
			head := strings.Join(ws[:n], " ")
			if st, ok := statusWords[head]; ok {
				return st, true
			}
			if st, ok := lexiconStatuses()[head]; ok {
				return st, true
			}
		}
	}
	if i := strings.IndexAny(s, "(,;[–—"); i > 0 {
		if st, ok := Status(s[:i]); ok {
			return st, true
		}
		// "on track – ongoing": a remark first, the status after the
		// dash.
		if r, size := utf8.DecodeRuneInString(s[i:]); r == '–' || r == '—' {
			return Status(s[i+size:])
		}
		return "", false
	}
	// "Ongoing. Cofinanced by the Netherlands.": a table's status cell
	// with a comment after its first sentence.
	if i := strings.Index(s, ". "); i > 0 {
		return Status(s[:i])
	}
	return "", false
}

// projectWords are the lexicon's words for project, folded as statusKey
// folds.
var projectWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("project", "word") {
		m[statusKey(p)] = true
	}
	return m
})

// statusKey folds s into words of letters.
func statusKey(s string) string {
	return strings.Join(strings.FieldsFunc(fold(s), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}), " ")
}

// lexiconStatuses are the lexicon's "status.KIND" words (lexicon/*.txt),
// folded as statusKey folds: a language's status words are added there.
var lexiconStatuses = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, kind := range lexicon.Kinds("status") {
		for _, p := range lexicon.Phrases("status", kind) {
			m[statusKey(p)] = kind
		}
	}
	return m
})

// maxStatusText is how much of a text Status reads, in bytes.
const maxStatusText = 400

// statusLabel reports a word the lexicon gives as a label for status
// ("statut", "Stand", "estado").
func statusLabel(w string) bool {
	kind, ok := lexicon.Label(w)
	return ok && kind == "status"
}
