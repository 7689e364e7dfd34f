package facts

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// Reports about several projects (annual reports, portfolio pages) give
// each project a section under a heading that is just its name: "3.
// iPROCEEDS-2", "CyberSouth (closed)". The facts below such a heading are
// that project's, whether or not the heading says "project".

// sectionNumber is a heading's leading number: "3.", "2.1", "IV.", "A.1".
var sectionNumber = regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z](?:\.\d+)+\.?)\s+`)

// trailingNote is a bracketed note after a name: "(closed)", "(2016-2020)".
var trailingNote = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// sectionProject returns the key of the project a heading names on its
// own, or "". A heading qualifies when its name is written as a project
// acronym ("iPROCEEDS-2", "CyberSouth"), is already known as a project of
// this document, or recurs in the document's text outside headings — which
// sets "Cyber East" apart from "Key Results" or "Outlook for 2021".
func (x *extractor) sectionProject(heading string) string {
	t := collapse(heading)
	t = sectionNumber.ReplaceAllString(t, "")
	t = trailingNote.ReplaceAllString(t, "")
	if t == "" || lookupLabel(t) != labelNone {
		return ""
	}
	// "8,2 M€", "54 mois", "1 240": a brochure's key figure set as a
	// heading names no project.
	if figureLine(t) || len(normalize.FindMoney(t)) > 0 || strings.Trim(t, "0123456789 ,.") == "" || acronymSpeltAsBody(t) {
		return ""
	}
	whole := collapse(sectionNumber.ReplaceAllString(collapse(heading), ""))
	// "Gulf of Guinea (West Africa): TIDEMARK": a region named as one
	// part of the heading, the name the other.
	if r, rest := headingRegion(whole); r != "" && rest != "" {
		whole, t = rest, rest
	}
	name, alias := x.subjectName(whole)
	if name == "" && t != whole {
		name, alias = x.subjectName(t)
	}
	if name == "" || notSubject(name) || x.namesNoProjectIn(t, name) || quotedFragment(whole, name) {
		return ""
	}
	if other := x.projectAfterTagline(whole, name); other != "" {
		return x.names.add(other)
	}
	_, known := x.names.spelling[projectKey(name)]
	stem := nameStem(name) // "PAFIP 2" is named by "PAFIP"
	// "MEDIA RELEASE": in a heading set all in capitals, a word in
	// capitals is no acronym.
	shouted := shoutedPart(t, name)
	if !known && !(acronymLike(stem) && distinctive(stem) && !shouted) && !x.bodyMentions(name) && !x.headWordNamed(name) {
		return ""
	}
	k := x.names.add(name)
	if alias != "" && x.sectionAliases[k] == "" {
		x.sectionAliases[k] = alias
	}
	return k
}

// dashedHeading reports a heading with a dash set apart by spaces, where
// a name and its long form may stand: "2. TASMIR – Programa de …".
func dashedHeading(t string) bool {
	return strings.Contains(t, " – ") || strings.Contains(t, " — ") || strings.Contains(t, " - ")
}

// sectionLongAlias records, for a section headed by project k's name and
// its long form, the long form as k's other name.
func (x *extractor) sectionLongAlias(heading, k string) bool {
	name, alias := subjectName(heading)
	if alias == "" || projectKey(name) != k || !sectionLongName(alias) {
		return false
	}
	x.sectionAliases[k] = alias
	return true
}

// sectionLongName reports a heading's part after a project's name that
// reads as its long form: not a sentence's words ("MOST-J II: Das erste
// Umsetzungsjahr", an article first) nor a year's account.
func sectionLongName(alias string) bool {
	ws := strings.Fields(alias)
	return len(ws) >= 3 && !articleWords()[lexicon.Fold(ws[0])] && !hasYear(alias) && plausibleProjectUpTo(alias, 20) && !notSubject(alias)
}

// quotedFragment reports a name that opens on a quotation mark the
// heading closes only after more words: "„Energieeffizienz", the first
// word of a long name quoted in a lead paragraph set in bold, is no name
// of its own, where "„Aragvi“" is one (the marks of quoteCloser).
func quotedFragment(heading, name string) bool {
	r, size := utf8.DecodeRuneInString(name)
	closer, ok := quoteCloser[r]
	if !ok || strings.ContainsRune(name[size:], closer) {
		return false
	}
	i := strings.Index(heading, name)
	if i < 0 {
		return false
	}
	next, _ := utf8.DecodeRuneInString(heading[i+len(name):])
	return next != closer
}

// headWordNamed reports a long title-case name ending on a word for
// project whose first word, a plain one no place's, the body names alone:
// "Isiseko Incremental Housing Finance Facility" over a text that speaks
// of "de Isiseko-faciliteit".
func (x *extractor) headWordNamed(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 3 || !projectWordSet()[lexicon.Fold(ws[len(ws)-1])] || !plainWord(ws[0]) || isPlace(ws[0]) || notSubject(ws[0]) {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) && !nameLittle()[lexicon.Fold(w)] {
			return false
		}
	}
	return x.bodyMentions(ws[0])
}

// bodyHeading reports a heading over a body's own section ("About
// SeedWorks Foundation", "À propos de la GIZ"): what follows speaks of the
// body, not of a project.
func (x *extractor) bodyHeading(heading string) bool {
	t := collapse(sectionNumber.ReplaceAllString(collapse(heading), ""))
	name, _ := x.subjectName(t)
	if name == "" {
		// "About SeedWorks Foundation": a coined word before a word for
		// a body, which no subject's name is.
		name = coinedBeforeBodyWord(t)
	}
	if name == "" || !(knownBody(name) || acronymLike(name) && x.organisationAcronym(name)) || len(x.findMentions(t)) > 0 {
		return false
	}
	// The heading is the body's name with a word or three around it
	// ("About …", "Über die …"), not a headline of which it is the
	// subject ("Embassy backs district revenue reform").
	rest := strings.Fields(strings.Replace(t, name, " ", 1))
	n := 0
	for _, w := range rest {
		if !orgWords()[lexicon.Fold(strings.Trim(w, ",.;:()—–-"))] {
			n++
		}
	}
	return n <= 3
}

// author reports a name the document gives in a byline: a block or
// line that is the lexicon's byline word and the name ("Por Marta Gil
// Arranz", "By Jane Doe"); the name's heading over a biography is an
// author box, not a project's section.
func (x *extractor) author(name string) bool {
	if x.authors == nil {
		x.authors = map[string]bool{}
		for _, b := range x.doc.Blocks {
			for _, line := range strings.Split(b.Text, "\n") {
				word, rest, ok := strings.Cut(collapse(line), " ")
				if !ok || len(rest) > 80 {
					continue
				}
				// "Escrito por …", "a cura di …": a byline of two words.
				if !bylineWords()[lexicon.Fold(word)] {
					w2, r2, ok := strings.Cut(rest, " ")
					if !ok || !bylineWords()[lexicon.Fold(word+" "+w2)] {
						continue
					}
					rest = r2
				}
				x.authors[rest] = true
			}
			x.addBylineNames(b.Text)
		}
	}
	return x.authors[name]
}

// addBylineNames records the names that a short line gives after a date
// and a byline word: "Posted on 27 March 2025 by Aminata Ouédraogo,
// Programme Director" names its author up to the comma.
func (x *extractor) addBylineNames(text string) {
	for _, line := range strings.Split(text, "\n") {
		// (The cheap tests first: a short line with a year in it.)
		if len(line) > 160 || !strings.ContainsAny(line, "0123456789") {
			continue
		}
		line = collapse(line)
		if len(line) > 120 {
			continue
		}
		ws := strings.Fields(line)
		for i := 1; i+1 < len(ws); i++ {
			// (After the post's date only: "Folgephase von PORTREC" has
			// a byline word, "von", and no author.)
			if prev := strings.TrimRight(ws[i-1], ","); len(prev) < 4 || !yearAtEnd.MatchString(prev) || !bylineWords()[lexicon.Fold(ws[i])] {
				continue
			}
			var name []string
			for _, w := range ws[i+1:] {
				t := strings.TrimRight(w, ",;·|")
				if t == "" || t == "–" || t == "-" {
					break
				}
				name = append(name, t)
				if t != w {
					break
				}
			}
			if len(name) > 0 {
				x.authors[strings.Join(name, " ")] = true
			}
		}
	}
}

// bylineWords are the lexicon's byline words, folded.
var bylineWords = foldedSet("byline", "word")

// contentsList reports a block of lines two or more of which are the
// document's headings ("1. Le mot de la présidente⏎2. Le réseau en 2023
// : membres et gouvernance⏎…"): a table of contents, which names the
// headings again without being text.
func contentsList(text string, headings map[string]bool) bool {
	if !strings.Contains(text, "\n") {
		return false
	}
	n := 0
	for _, l := range strings.Split(text, "\n") {
		// (A section's number, "2.", "IV.", "A.1", is looked for only on
		// a line that opens on a digit or has a point near its start:
		// most lines are running text.)
		t := strings.TrimSpace(l)
		if t != "" && (t[0] >= '0' && t[0] <= '9' || strings.IndexByte(t[:min(len(t), 8)], '.') > 0) {
			t = strings.TrimSpace(sectionNumber.ReplaceAllString(t, ""))
		}
		if headings[t] {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// bodyMentions reports whether the document's text outside headings
// names name as written.
func (x *extractor) bodyMentions(name string) bool {
	if x.body == "" {
		var sb strings.Builder
		headings := map[string]bool{}
		for _, b := range x.doc.Blocks {
			if b.Role == dossier.RoleHeading {
				headings[collapse(sectionNumber.ReplaceAllString(collapse(b.Text), ""))] = true
			}
		}
		for _, b := range x.doc.Blocks {
			if b.Role == dossier.RoleHeading || b.Role == dossier.RoleMargin || contentsList(b.Text, headings) {
				continue
			}
			// (Spaces collapsed: a PDF's paragraph breaks a name over
			// its lines.)
			sb.WriteString(collapse(blockText(b)))
			sb.WriteString("\n")
		}
		x.body = sb.String()
	}
	for from := 0; ; {
		i := strings.Index(x.body[from:], name)
		if i < 0 {
			return false
		}
		i += from
		// "MedShield – Protecting Health Data in South-East Europe": a
		// name after a title's separator is the second part of a longer
		// title, no name of its own.
		before := strings.TrimRight(x.body[:i], " ")
		subtitle := strings.HasSuffix(before, ":") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, " -")
		// ("Startseite › Aktuell › Verkehrssicherheit im Westbalkan": a
		// breadcrumb's last step is the page's own title again.)
		// ("Home / Nieuws / Persberichten / SaniVille verlengd": so is
		// one whose steps a slash sets apart.)
		subtitle = subtitle || strings.HasSuffix(before, "›") || strings.HasSuffix(before, "»") || strings.HasSuffix(before, " >") || strings.HasSuffix(before, " /")
		// ("TERAMO. Le fotografie …": a dateline's town, a paragraph's
		// first word; "TERAMO E PROVINCIA": a running header.)
		ls := strings.LastIndexByte(x.body[:i], '\n') + 1
		le := len(x.body)
		if e := strings.IndexByte(x.body[i:], '\n'); e >= 0 {
			le = i + e
		}
		dateline := !namedBeyondDatelines(x.body[ls:le], name)
		if wordEdge(x.body, i, true) && wordEdge(x.body, i+len(name), false) && !subtitle && !dateline {
			return true
		}
		from = i + 1
	}
}

// findSections records the project each heading names. A heading that
// is only a name ("3. Cyber East") counts where a sibling heading of the
// same level names a project for sure. Where the document gives sections
// to two projects or more, it is a report about several: its opening and
// closing text is about all of them or about the publisher, so it has no
// main project unless a "Project title" label names one.
func (x *extractor) findSections() {
	x.sectionKeys = make([]string, len(x.doc.Blocks))
	distinct := map[string]bool{}
	sure := map[int]bool{} // heading levels with a project section
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading {
			continue
		}
		// A heading set as the value of the label above it ("IATI
		// Identifier" / "XI-IATI-EC_NEAR-2019/412-036") names no section.
		if p, _ := x.labelBefore(i); p != labelNone {
			continue
		}
		// Nor one set over its caption ("KNMI" over "MISE EN ŒUVRE").
		if p, _ := x.captionBelow(i); p != labelNone {
			continue
		}
		k := x.projectIn(b.Text)
		if k == "" {
			k = x.sectionProject(b.Text)
		} else if x.sectionAliases[k] == "" && dashedHeading(b.Text) && x.sectionLongAlias(b.Text, k) {
			// "2. TASMIR – Programa de Reforço da Microbiologia …": a
			// section named by its acronym, then the long form, gives
			// the project's other name, as the page's title would.
		} else if strings.HasSuffix(strings.TrimSpace(b.Text), ")") {
			// "1. Projeto Trânsito Seguro (TRANSEG)": the name in
			// brackets is the section's, the long one its alias, as
			// the heading's subject reads.
			if k2 := x.sectionProject(b.Text); k2 != "" && k2 != k && projectKey(x.sectionAliases[k2]) == k {
				k = k2
			}
		}
		// "Perù e Bolivia: Pukllasun" over "Titolo | Pukllasun – Crianza
		// e gioco …": the record's title row under a heading names the
		// heading's project.
		// (The name is the row's, not the heading's form: such a
		// heading makes its level's other headings no candidates for
		// projects' sections, as a heading named by its own form does.)
		fromRow := false
		if k == "" {
			k = x.titleRowBelow(i)
			fromRow = k != ""
		}
		// "Érosion côtière : SableVert entame sa deuxième phase": the
		// follow-up the page names.
		if k != "" {
			if k2 := x.laterPhaseIn(b.Text, k); k2 != "" {
				k = k2
			}
		}
		// "Concluso HELIOSPED: …" over a page about HELIOSPED: the
		// headline's word is no part of the section's name.
		if k != "" && k != x.mainKey && x.mainKey != "" {
			if rest := x.nameAfterHeadlineWord(x.names.canonical(k)); rest != "" && projectKey(rest) == x.mainKey {
				k = x.mainKey
			}
		}
		// "KALDERA phase II – …": a phase right after the name makes the
		// section the follow-up's.
		if k != "" {
			if n := phaseAfterName(collapse(b.Text), x.names.canonical(k)); n != "" && !numberedAs(x.names.canonical(k), n) {
				k = x.names.add(x.names.canonical(k) + " " + n)
			}
		}
		x.sectionKeys[i] = k
		if k != "" {
			distinct[k] = true
			sure[headingLevel(b)] = sure[headingLevel(b)] || !fromRow
		}
	}
	// Headings over records, by level: a set of cards has two or more.
	records := map[int]int{}
	overRecord := make([]bool, len(x.doc.Blocks))
	for i, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading && x.recordBelow(i) {
			overRecord[i] = true
			records[headingLevel(b)]++
		}
	}
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading || x.sectionKeys[i] != "" || !sure[headingLevel(b)] {
			continue
		}
		if k := x.siblingProject(b.Text, records[headingLevel(b)] >= 2 && overRecord[i]); k != "" {
			x.sectionKeys[i] = k
			distinct[k] = true
		}
	}
	// "3. África Ocidental: formação contínua de magistrados" over
	// "Portugal juntou-se em 2023 ao FORJUST II – …": a numbered heading
	// that names no project is the section of the one project its first
	// paragraphs name, where its siblings are other projects' sections.
	// Siblings by their numbers' depth ("4.2", "4.3"), which a heading's
	// size may belie.
	rank := func(b dossier.Block) int {
		if n := sectionNumberOf(b.Text); n != "" {
			return -1 - strings.Count(n, ".")
		}
		return headingLevel(b)
	}
	cand := map[int]string{}
	byRank := map[int]map[string]bool{}
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading || x.sectionKeys[i] != "" || !sectionNumber.MatchString(collapse(b.Text)) || otherSection(b.Text) {
			continue
		}
		if k := x.openingProject(i); k != "" {
			cand[i] = k
			if byRank[rank(b)] == nil {
				byRank[rank(b)] = map[string]bool{}
			}
			byRank[rank(b)][k] = true
		}
	}
	for i, k := range cand {
		if b := x.doc.Blocks[i]; len(byRank[rank(b)]) >= 2 || sure[headingLevel(b)] {
			x.sectionKeys[i] = k
			distinct[k] = true
		}
	}
	// "LAUTAN" over "Southeast Asia Container and Port Control
	// Initiative": a long name set as the heading right under the
	// document's first, an acronym, is its subtitle, not a second
	// project's section.
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading {
			continue
		}
		if k := x.sectionKeys[i]; k != "" && i+1 < len(x.doc.Blocks) && x.doc.Blocks[i+1].Role == dossier.RoleHeading && acronymLike(nameStem(x.names.canonical(k))) {
			if k2 := x.sectionKeys[i+1]; k2 != "" && k2 != k && len(strings.Fields(x.names.canonical(k2))) >= 3 && !slices.Contains(x.sectionKeys[i+2:], k2) {
				x.sectionKeys[i+1] = k
				delete(distinct, k2)
			}
		}
		break
	}
	// A document about several projects is about none of them above its
	// sections, unless its title names one and the others are its phases:
	// a deck about iPROCEEDS-2 with a slide on its predecessor stays about
	// iPROCEEDS-2.
	if len(distinct) >= 2 && !x.mainFromLabel && !(x.mainFromTitle && distinct[x.mainKey] && x.phasesOfMain(distinct)) {
		x.mainKey = ""
	}
	// A report with a section of its own for a project, whose text names
	// another once ("our maritime work under the Global Maritime Crime
	// Programme"): the one named in passing is not what it is about.
	if len(distinct) >= 1 && x.mainByCount == 1 && !distinct[x.mainKey] {
		x.mainKey = ""
	}
}

// phasesOfMain reports whether every project of keys is the main project
// or a phase of it (iPROCEEDS beside iPROCEEDS-2).
func (x *extractor) phasesOfMain(keys map[string]bool) bool {
	for k := range keys {
		if k != x.mainKey && !x.phaseOfMain(x.names.canonical(k)) {
			return false
		}
	}
	return true
}

// siblingProject reads a heading beside project sections: a name of
// capitalised words ("Cyber East"), with its section number.
func (x *extractor) siblingProject(heading string, record bool) string {
	numbered := sectionNumber.MatchString(collapse(heading))
	if !record && !numbered {
		return ""
	}
	// Over a record, a heading with no number must read as a name: no
	// place before a colon ("Gulf of Guinea: TIDEMARK"), no section's
	// words in capitals ("COSA FACCIAMO").
	if !numbered {
		t := collapse(heading)
		if strings.Contains(t, ":") || len(strings.Fields(t)) > 1 && strings.ToUpper(t) == t {
			return ""
		}
		// Nor a place or a body the record's rows belong to ("Kenya",
		// "UNICEF" over "Budget | …").
		if it := normalize.SplitList(t); len(it) == 1 && (it[0].Kind == normalize.KindCountry || it[0].Kind == normalize.KindRegion) {
			return ""
		}
		if orgs := orgMentions(t); len(orgs) == 1 && orgs[0].start == 0 && orgs[0].end == len(t) {
			return ""
		}
	}
	t := trailingNote.ReplaceAllString(sectionNumber.ReplaceAllString(collapse(heading), ""), "")
	if t == "" || lookupLabel(t) != labelNone || notSubject(t) || hasTrapWord(t) {
		return ""
	}
	words := strings.Fields(t)
	// A project's full title in sentence case, as Romance languages write
	// titles: "2.1 Rafforzamento dei sistemi di giustizia minorile in
	// Libano e Giordania" beside "2.2 PAFIP". Short headings must be
	// names ("3. Cyber East"), not "3. Prospettive".
	// ("5. Contributi dei finanziatori per progetto": a heading that
	// ends on the word for project sorts by project, names none.)
	if len(words) >= 5 && len(words) <= 20 && startsUpper(t) && !projectWordForm(lexicon.Fold(words[len(words)-1])) {
		if _, err := normalize.ParseDate(t); err != nil {
			return x.names.add(t)
		}
	}
	if !plausibleProject(t) {
		return ""
	}
	for _, w := range words {
		if !startsUpper(w) && !littleWord(w) {
			return ""
		}
	}
	return x.names.add(t)
}

// titleRowBelow returns the project the title row of a record right under
// heading i names, before any other heading, where the heading writes
// that name; else "".
func (x *extractor) titleRowBelow(i int) string {
	for _, b := range x.doc.Blocks[i+1 : min(len(x.doc.Blocks), i+4)] {
		if b.Role == dossier.RoleHeading {
			break
		}
		if b.Role == dossier.RolePair && lookupLabel(b.Label) == labelTitle && lookupLabel(collapse(b.Text)) == labelNone {
			// Only where the heading writes the title's name, whole or
			// its part before a dash ("Pukllasun"): a heading such as
			// "Datos generales" names the page's own project.
			name, alias := recordTitle(b.Text)
			if parts := titleSeparators.Split(name, 2); len(parts) == 2 {
				name, alias = strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
			}
			if name == "" || len(wordsAt(x.doc.Blocks[i].Text, name)) == 0 {
				return ""
			}
			k := x.names.add(name)
			if alias != "" && x.sectionAliases[k] == "" {
				x.sectionAliases[k] = alias
			}
			return k
		}
	}
	return ""
}

// recordBelow reports a heading over a project's record: two labelled
// values of the lexicon's fields among the few blocks under it, before
// the next heading ("E-Bashkia" over its subtitle, then "Paese |
// Albania", "Ente esecutore | UNDP", as a card sets them out).
func (x *extractor) recordBelow(i int) bool {
	n := 0
	for k, b := range x.doc.Blocks[i+1 : min(len(x.doc.Blocks), i+13)] {
		// ("€ 4,6 mln" over "totaal budget": a card's key figure set
		// as a heading goes on with the card.)
		if b.Role == dossier.RoleHeading && !figureHeading(b.Text) {
			break
		}
		if b.Role == dossier.RolePair && lookupLabel(b.Label) != labelNone && k < 4 {
			n++
		}
		// ("LOOPTIJD" over "sept. 2020 – aug. 2023": a card's label on a
		// line of its own, its value below.)
		// (A short line only: most paragraphs are none.)
		if b.Role != dossier.RoleParagraph || len(b.Text) > 40 {
			continue
		}
		if t := collapse(b.Text); len(strings.Fields(t)) <= 3 && !strings.Contains(t, ":") && selfEvidentLabel(lookupLabel(t)) || agentHeading(t) != labelNone {
			n++
		}
	}
	return n >= 2
}

// figureHeading reports a heading that is a figure, a few words opened by
// a digit or a currency's sign: a card's key figure ("€ 4,6 mln", "9",
// "38.000+").
func figureHeading(text string) bool {
	t := collapse(text)
	if len(strings.Fields(t)) > 3 || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r) || unicode.Is(unicode.Sc, r)
}

func littleWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "on", "for", "and", "the", "in", "de", "du", "des", "la", "le", "del", "y", "et", "und", "für", "zur", "der":
		return true
	}
	return false
}

// openingProject returns the key of the one project the first paragraphs
// under heading i name and spell out (the first two that name any), or "".
func (x *extractor) openingProject(i int) string {
	seen := 0
	for _, b := range x.doc.Blocks[i+1:] {
		switch b.Role {
		case dossier.RoleHeading:
			return ""
		case dossier.RoleParagraph, dossier.RoleItem:
		default:
			continue
		}
		keys := map[string]string{} // key → name as written
		introduced := false
		for _, m := range x.findMentions(blockText(b)) {
			if !m.bare {
				keys[projectKey(m.name)] = m.name
			}
			// Spelt out there ("FORJUST II – Programa Regional …", "Long
			// Name (ACR)"): the section introduces it, not a name in
			// passing.
			introduced = introduced || m.defined || m.alias != ""
		}
		if len(keys) == 1 && !introduced {
			return ""
		}
		switch len(keys) {
		case 0:
			if seen++; seen >= 2 {
				return ""
			}
			continue
		case 1:
			for _, name := range keys {
				return x.names.add(name)
			}
		}
		return ""
	}
	return ""
}
