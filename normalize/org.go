package normalize

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/lexicon"
)

// organisationAcronyms maps acronyms of organisations that fund, implement
// or partner in capacity-building projects to their names, as the
// organisations write them.
var organisationAcronyms = map[string]string{
	"EU":       "European Union",
	"CoE":      "Council of Europe",
	"OAS":      "Organization of American States",
	"UN":       "United Nations",
	"UNODC":    "United Nations Office on Drugs and Crime",
	"UNDP":     "United Nations Development Programme",
	"OSCE":     "Organization for Security and Co-operation in Europe",
	"OECD":     "Organisation for Economic Co-operation and Development",
	"ECOWAS":   "Economic Community of West African States",
	"AU":       "African Union",
	"ASEAN":    "Association of Southeast Asian Nations",
	"CARICOM":  "Caribbean Community",
	"ITU":      "International Telecommunication Union",
	"GFCE":     "Global Forum on Cyber Expertise",
	"C-PROC":   "Cybercrime Programme Office of the Council of Europe",
	"T-CY":     "Cybercrime Convention Committee",
	"UNAFRI":   "United Nations African Institute for the Prevention of Crime and the Treatment of Offenders",
	"USAID":    "United States Agency for International Development",
	"FCDO":     "Foreign, Commonwealth and Development Office",
	"INTERPOL": "International Criminal Police Organization",
	"EUROPOL":  "European Union Agency for Law Enforcement Cooperation",
}

// acronymFor finds the organisationAcronyms key for a written acronym,
// exactly or in capitals ("COE" is "CoE").
func acronymFor(s string) (string, bool) {
	if _, ok := organisationAcronyms[s]; ok {
		return s, true
	}
	for k := range organisationAcronyms {
		if strings.EqualFold(k, s) && s == strings.ToUpper(s) {
			return k, true
		}
	}
	return "", false
}

// acronymByName maps folded organisation names to their acronyms, and
// spelling variants ("Organisation"/"Organization") to the same.
// OrganisationNames returns the full names of the bodies whose acronyms
// normalize knows ("United Nations Office on Drugs and Crime"), beside
// the lexicon's org entries.
func OrganisationNames() []string {
	out := make([]string, 0, len(organisationAcronyms))
	for _, name := range organisationAcronyms {
		out = append(out, name)
	}
	return out
}

var acronymByName = func() map[string]string {
	m := map[string]string{}
	for acr, name := range organisationAcronyms {
		m[orgKey(name)] = acr
	}
	return m
}()

// orgKey compares organisation names: folded, "s" and "z" spellings alike,
// punctuation ignored.
func orgKey(s string) string {
	return spellingReplacer.Replace(countryKey(s))
}

var spellingReplacer = strings.NewReplacer("organisation", "organization", "programme", "program")

// trimMember trims spaces, list punctuation and bullets around a name, but
// not brackets, which may close an acronym.
func trimMember(s string) string {
	t := strings.TrimFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune(".,;:!?•·▪*\"'“”‘’–—-", r)
	})
	// "Camões, I.P.", "Acme Inc.": an abbreviation keeps its last period.
	if rest := s[strings.Index(s, t)+len(t):]; strings.HasPrefix(rest, ".") {
		last := t[strings.LastIndexAny(t, " ,")+1:]
		if strings.Contains(last, ".") || isLegalForm(last) {
			t += "."
		}
	}
	return CollapseSpace(t)
}

// stripArticle removes a leading "the".
func stripArticle(s string) string {
	for _, a := range articles() {
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) {
			// (The costlier tests only where an article opens s.)
			if _, ok := CountryCode(s); ok {
				return s // "El Salvador"
			}
			if _, ok := lexicon.Organisation(s); ok {
				return s
			}
			return strings.TrimSpace(s[len(a):])
		}
	}
	return s
}

// articles are the lexicon's "article.word" entries, each with what
// follows it: a space, or nothing after an elided "l'".
var articles = sync.OnceValue(func() []string {
	var out []string
	for _, a := range lexicon.Phrases("article", "word") {
		if strings.HasSuffix(a, "'") || strings.HasSuffix(a, "’") {
			out = append(out, a)
			continue
		}
		out = append(out, a+" ")
	}
	return out
})

// stripGovernment removes "Government of", "Governments of" and their
// French and Spanish forms from the start of s.
func stripGovernment(s string) string {
	key, idx := foldMap(s)
	for _, p := range []string{
		"governments of the ", "government of the ", "governments of ", "government of ",
		"gouvernement de la ", "gouvernement du ", "gouvernement de ", "gobierno de ",
	} {
		if strings.HasPrefix(key, p) {
			return stripArticle(strings.TrimLeftFunc(s[idx[len(p)]:], isSpace))
		}
	}
	return s
}

// splitAcronym splits "Council of Europe (CoE)" into the name and the
// acronym in its trailing parentheses; acronym is "" if there is none.
func splitAcronym(s string) (name, acronym string) {
	if !strings.HasSuffix(s, ")") {
		return s, ""
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 {
		return s, ""
	}
	inner := strings.TrimSpace(s[open+1 : len(s)-1])
	if !looksLikeAcronym(inner) {
		return s, ""
	}
	return strings.TrimSpace(s[:open]), inner
}

// initialsOf reports whether acr is drawn from long: its letters are
// initials of long's words, in order, skipping any ("IAEF" of "Instituto
// Andino de Estudios Fiscales", "FIIAPP" of "Fundación Internacional y
// para Iberoamérica de Administración y Políticas Públicas"), or it is a
// contraction set off by a hyphen ("C-PROC" of "Cybercrime Programme
// Office"); not "KVK" of "Netherlands Chamber of Commerce".
func initialsOf(long, acr string) bool {
	if strings.Contains(acr, "-") {
		return true
	}
	var initials []rune
	for _, w := range strings.Fields(long) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) {
			initials = append(initials, unicode.ToUpper(r))
		}
	}
	var want []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			want = append(want, unicode.ToUpper(r))
		}
	}
	i := 0
	for _, r := range initials {
		if i < len(want) && want[i] == r {
			i++
		}
	}
	return i == len(want)
}

// looksLikeAcronym reports whether s is written like an acronym: one word
// of at least two capitals that make up at least half its letters ("EU",
// "CoE", "C-PROC", "UNAFRI"; not "Microsoft").
func looksLikeAcronym(s string) bool {
	if len(s) < 2 || len(s) > 15 {
		return false
	}
	upper, letters := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '&' || r == '@' || r == '.':
		default:
			return false
		}
	}
	return upper >= 2 && upper*2 >= letters
}

// cleanName is the part of OrganisationName and SplitList that keeps the
// name as written: trimmed, without a leading "the", "Government(s) of"
// or trailing "(ACRONYM)".
func cleanName(s string) string {
	s = trimMember(s)
	s = stripArticle(s)
	s = stripGovernment(s)
	name, _ := splitAcronym(s)
	return trimMember(name)
}

// OrganisationName returns the canonical name of an organisation or donor:
// without "the", "Government(s) of" and a trailing "(ACRONYM)" ("Council of
// Europe (CoE)" is "Council of Europe"); a country is its canonical short
// name ("USA" is "United States", "the Government of Canada" "Canada"); an
// acronym in a small table is the organisation's name ("EU" is "European
// Union", "CoE" "Council of Europe"). A full name keeps the spelling it is
// given ("Organisation of American States").
func OrganisationName(s string) string {
	name := cleanName(s)
	if code, ok := CountryCode(name); ok {
		return CountryName(code)
	}
	// Other names and languages from the lexicon: "Union européenne",
	// "Europarat", "AECID".
	if c, ok := lexicon.Organisation(name); ok {
		return c
	}
	if c, ok := lexicon.Organisation(s); ok {
		return c
	}
	if acr, ok := acronymFor(name); ok {
		return organisationAcronyms[acr]
	}
	// "Agencia Española de Cooperación Internacional para el Desarrollo
	// (AECID)": a long name the lexicon lacks, with an acronym it knows.
	// "AGEKO – Agentur für Globale Entwicklungskooperation": a name led
	// by its acronym is known by it, as the writer chose to lead with it.
	if strings.HasSuffix(strings.TrimSpace(s), ")") {
		if long, acr := splitAcronym(stripGovernment(stripArticle(trimMember(s)))); acr != "" {
			if c, ok := lexicon.Organisation(acr); ok {
				return c
			}
			// "Netherlands Chamber of Commerce (KVK)", "Centro de Estudios
			// y Experimentación de Obras Públicas (CEDEX)": a body the
			// lexicon does not know, whose acronym is not its long name's
			// initials (another language's, or a coined one), goes by the
			// acronym, the short name the export contract asks for. (One
			// that is, "Instituto Andino de Estudios Fiscales (IAEF)",
			// keeps its long name.)
			if !initialsOf(long, acr) && strings.ToUpper(acr) == acr {
				return acr
			}
		}
	}
	if head, rest, ok := CutDash(name); ok && looksLikeAcronym(head) && len(strings.Fields(rest)) >= 2 {
		if c, ok := lexicon.Organisation(head); ok {
			return c
		}
		return head
	} else if ok && len(strings.Fields(rest)) >= 2 && !strings.ContainsAny(rest, "0123456789") {
		// "Camões – Instituto da Cooperação e da Língua": a name the
		// lexicon knows, then its long form after a dash.
		if c, ok := lexicon.Organisation(head); ok {
			return c
		}
	}
	// "the Brussels-based World Customs Organization": where it sits is
	// no part of its name.
	// (A body dossier does not know is named without it too: "the
	// Sarajevo-based Balkan Creative Hubs Foundation".)
	if m := basedPrefix.FindStringIndex(name); m != nil && m[1] < len(name) {
		if c, ok := KnownOrganisation(name[m[1]:]); ok {
			return c
		}
		name = name[m[1]:]
	}
	// "the WCO's Capacity Building Directorate", "Spain's FIIAPP
	// foundation": a body the lexicon knows after the possessive, else a
	// unit of the one before it.
	for _, mark := range []string{"'s ", "’s "} {
		if owner, unit, ok := strings.Cut(name, mark); ok {
			if c, ok := KnownOrganisation(strings.TrimSpace(trailingLower.ReplaceAllString(unit, ""))); ok {
				return c
			}
			if c, ok := KnownOrganisation(owner); ok {
				return c
			}
		}
	}
	// "Terre Comuni ETS", "Acme Ltd": a body the lexicon does not know is
	// the same body with its legal form or without. ("Instituto
	// Marítimo, I.P." keeps a form its name sets off by a comma.)
	if t := stripLegalForm(name); !strings.HasSuffix(t, ",") {
		return t
	}
	return name
}

// CutDash splits a text at its first spaced dash ("AGEKO – Agentur für
// …", "European Union – EUR 9 million"), head and rest trimmed.
func CutDash(s string) (head, rest string, ok bool) {
	// (Three searches for bytes: a set beyond ASCII is read a rune at a
	// time, and every line of a text is asked.)
	if strings.IndexByte(s, '-') < 0 && !strings.Contains(s, "–") && !strings.Contains(s, "—") {
		return "", "", false
	}
	for _, d := range []string{" – ", " — ", " - "} {
		if h, r, found := strings.Cut(s, d); found {
			return strings.TrimSpace(h), strings.TrimSpace(r), true
		}
	}
	return "", "", false
}

// basedPrefix is a place an organisation is based in, before its name.
var basedPrefix = regexp.MustCompile(`^[\p{L}.]+(?:-\p{L}+)*-based\s+`)

// trailingLower is the lower-case words a name ends with ("FIIAPP
// foundation").
var trailingLower = regexp.MustCompile(`(?:\s+\p{Ll}[\p{L}-]*)+$`)

// Acronym returns the acronym of an organisation: the one in trailing
// parentheses ("Council of Europe (CoE)" is "CoE"), the name itself if it
// is written as an acronym ("ECOWAS"), or the acronym of a name in
// OrganisationName's table ("Council of Europe" is "CoE"); "" if none.
func Acronym(s string) string {
	t := stripArticle(trimMember(s))
	if _, acr := splitAcronym(t); acr != "" {
		return acr
	}
	if looksLikeAcronym(t) {
		return t
	}
	return acronymByName[orgKey(stripGovernment(t))]
}

// KnownOrganisation returns the canonical name of s when dossier knows it
// as a country, an organisation of the lexicon (in any of its languages)
// or an acronym of its table, less an article, "Government of", a
// trailing "(ACRONYM)" and a legal form ("GmbH"); ok is false otherwise.
func KnownOrganisation(s string) (string, bool) {
	r := orgMemo.get(s, func(s string) found {
		name, ok := knownOrganisation(s)
		return found{name, ok}
	})
	return r.value, r.ok
}

func knownOrganisation(s string) (string, bool) {
	name := stripLegalForm(cleanName(s))
	if name == "" {
		return "", false
	}
	if code, ok := CountryCode(name); ok {
		return CountryName(code), true
	}
	for _, n := range []string{name, s} {
		if c, ok := lexicon.Organisation(n); ok {
			return c, true
		}
	}
	if acr, ok := acronymFor(name); ok {
		return organisationAcronyms[acr], true
	}
	if _, ok := acronymByName[orgKey(name)]; ok {
		return name, true
	}
	// "Deutsche Gesellschaft für … (GIZ) GmbH": the acronym names it.
	if _, acr := splitAcronym(stripLegalForm(trimMember(s))); acr != "" {
		if c, ok := lexicon.Organisation(acr); ok {
			return c, true
		}
		if a, ok := acronymFor(acr); ok {
			return organisationAcronyms[a], true
		}
	}
	return "", false
}

// IsLegalForm reports a text that is a legal form alone ("GmbH", "Ltd"),
// as the lexicon's "legal.form" entries give them.
func IsLegalForm(s string) bool {
	return legalForms()[lexicon.Fold(strings.TrimSpace(s))]
}

// legalForms holds the lexicon's legal.form entries, folded.
var legalForms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("legal", "form") {
		m[lexicon.Fold(p)] = true
	}
	return m
})

// stripLegalForm removes a trailing legal form of the lexicon's
// "legal.form" entries: "GIZ GmbH" is GIZ.
func stripLegalForm(s string) string {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	// (The last word alone is looked up; most names end on none.)
	if i < 0 || strings.TrimSpace(t[:i]) == "" {
		return s
	}
	// (The space may be a wide one: a no-break space is two bytes.)
	_, size := utf8.DecodeRuneInString(t[i:])
	if !legalForms()[lexicon.Fold(t[i+size:])] {
		return s
	}
	return strings.Join(strings.Fields(t[:i]), " ")
}
