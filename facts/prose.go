package facts

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// findProjects collects the project names the document uses and decides
// which project it is about: the one its "Project title" names, else the
// one its title or first heading names, else the one it names most.
func (x *extractor) findProjects() {
	counts := map[string]int{}
	knownCounts, knownSpelling, knownFirst := map[string]int{}, map[string]string{}, map[string]int{}
	knownAnchored := map[string]bool{} // names the store knows, introduced by a word for project
	// "al programa Projufa … Projufa, que comenzó": a name the store
	// knows in capitals, written with a capital only, counts where a word
	// for project stands before it once.
	titled, titledName, anchored := map[string]int{}, map[string]string{}, map[string]bool{}
	bareCounts := map[string]int{}
	for _, b := range x.doc.Blocks {
		// ("Le projet | Financement": two headings of a page's columns
		// paired, the value a label itself, names no project.)
		if b.Role == dossier.RolePair && lookupLabel(b.Label) == labelTitle && lookupLabel(collapse(b.Text)) == labelNone {
			name, alias := recordTitle(b.Text)
			if k := x.names.add(name); k != "" && x.mainKey == "" {
				x.mainKey = k
				x.mainFromLabel = true
				x.subjectAlias = alias
			}
		}
		if b.Role == dossier.RolePair && lookupLabel(b.Label) == labelImplementer && x.implementerAcronym == "" {
			x.implementerAcronym = strings.ToLower(normalize.Acronym(implementerName(b.Text)))
		}
		// ("Kilimo Seed Futures II" is the follow-up, not a naming of
		// the first phase.)
		// ("Zie ook: MATRA-programma voor de Westelijke Balkan": a
		// section of links to other pages names projects in passing.)
		aside := b.Role != dossier.RoleHeading && otherSection(b.Section)
		// "…, plus connu sous le sigle NOTIMED-AO", "WABEL, acronimo di
		// Western Balkans …": a coined name in apposition with words of
		// being known as, or spelt out after it.
		// (In prose only: a row, a list item or a heading sets no such
		// apposition.)
		var knownAs []knownAsName
		if b.Role == dossier.RoleParagraph {
			knownAs = knownAsNames(blockText(b))
		}
		for _, m := range withPhaseMarks(blockText(b), x.findMentions(blockText(b))) {
			// (The spelt-out form of a coined name, or the name before
			// the comma of "…, known as X", is the coined name's alias.)
			if len(knownAs) > 0 && x.knownAsAlias(blockText(b), knownAs, m) {
				continue
			}
			k := x.names.add(m.name)
			if aside {
				continue
			}
			if m.bare && b.Role != dossier.RoleHeading {
				bareCounts[k]++
				continue
			}
			counts[k]++
			if m.alias != "" && x.sectionAliases[k] == "" {
				x.sectionAliases[k] = m.alias
			}
		}
		for _, n := range knownAs {
			if !aside {
				counts[x.names.add(n.name)]++
			}
			// "… du Programme de modernisation des greffes en
			// Mauritanie, plus connu sous son acronyme MIRADOR": a long
			// name opened by its word for project, no mention of its
			// own, before the comma.
			if k := x.names.add(n.name); n.comma > 0 && x.sectionAliases[k] == "" {
				if hf := headFirstNameAfter(strings.Fields(blockText(b)[max(0, n.comma-200):n.comma]), ofWords()); len(hf) >= 3 {
					x.sectionAliases[k] = strings.Join(hf, " ")
				}
			}
		}
		// Names the store knows count apart: a page that names one only
		// in passing is not about it.
		var orgs []orgMention // the block's bodies, looked for once a known name is found
		for i, m := range x.known.findAll(blockText(b), true) {
			// "… run by International IDEA": a name the store holds that
			// stands inside a body's name is the body's.
			if i == 0 {
				orgs = orgMentions(blockText(b))
			}
			if insideOrg(orgs, m.start, m.end) {
				continue
			}
			if m.titleCased {
				titled[projectKey(m.name)]++
				titledName[projectKey(m.name)] = m.name
				if m.anchored {
					anchored[projectKey(m.name)] = true
				}
				continue
			}
			knownCounts[projectKey(m.name)]++
			if projectWordJustBefore(blockText(b)[:m.start]) {
				knownAnchored[projectKey(m.name)] = true
			}
			if knownCounts[projectKey(m.name)] == 1 {
				knownSpelling[projectKey(m.name)] = m.name
				knownFirst[projectKey(m.name)] = len(knownFirst)
			}
		}
		if b.Role == dossier.RoleHeading {
			if m := projectPrefix.FindStringSubmatch(collapse(b.Text)); m != nil && len(findMentions(b.Text)) == 0 &&
				plausibleProject(m[1]) && !notSubject(m[1]) {
				counts[x.names.add(m[1])]++
			}
		}
	}
	for k, c := range titled {
		if anchored[k] {
			if knownCounts[k] == 0 {
				knownSpelling[k] = titledName[k]
				knownFirst[k] = len(knownFirst)
			}
			knownCounts[k] += c
			knownAnchored[k] = true
		}
	}
	// "Op 1 oktober gaat Kilimo Seed Futures II van start": a name found
	// above, with a phase mark after it, names the follow-up, which
	// counts as named there.
	if len(x.names.order) > 0 {
		var names []string
		for _, k := range x.names.order {
			if name := x.names.canonical(k); x.markedSomewhere(name) {
				names = append(names, name)
			}
		}
		known := newKnown(names, 8)
		for _, b := range x.doc.Blocks {
			if len(names) == 0 {
				break
			}
			text := blockText(b)
			found := known.find(text)
			for i, m := range withPhaseMarks(text, found) {
				if m.name != found[i].name {
					counts[x.names.add(m.name)]++
				}
			}
		}
	}
	if x.implementerAcronym == "" {
		for _, b := range x.doc.Blocks {
			// (The expression's "is a"/"was a", read only where they stand.)
			t := collapse(b.Text)
			if !strings.Contains(t, " is a") && !strings.Contains(t, " was a") {
				continue
			}
			if m := isAProject.FindStringSubmatch(t); m != nil {
				x.implementerAcronym = strings.ToLower(normalize.Acronym(normalize.OrganisationName(m[2])))
				break
			}
		}
	}
	if x.mainKey == "" {
		if k := x.projectIn(x.doc.Title); k != "" {
			x.mainKey, x.mainFromTitle = k, true
		}
	}
	// The document's own title or first heading is the project's name,
	// when it reads as one ("CyberEast", "Proyecto Agua Segura | Portal",
	// "Programme for Maritime Security (PROMARIS)"), in any language.
	trap := x.trapPage()
	x.trap = trap
	// A project's record page (labels such as "Ente esecutore", "Paesi
	// beneficiari") is headed by the project's full title, written in
	// sentence case in many languages: "Rafforzamento dei sistemi di
	// giustizia minorile in Libano e Giordania".
	if x.mainKey == "" && !trap {
		if name := x.recordHeading(); name != "" && !taglineName(name) {
			// "Water knowledge for Cabo Verde" over a record whose text
			// says "The AQUIFERA project (…) gives …": a heading in
			// sentence case is the page's tagline where the text names
			// a coined project with its word for project.
			if sentenceCaseName(name) {
				if coined := x.coinedProjectInText(); coined != "" && projectKey(coined) != projectKey(name) {
					name = coined
				}
			}
			x.mainKey = x.names.add(name)
			// "SupervisaFin – Supervisión de instituciones …" as the
			// page's title over a record headed "Fortalecimiento de la
			// Supervisión de …": the title's one coined word, written in
			// the body too, is the name; the heading its long form.
			if short := x.titleCoinedWord(name); short != "" {
				x.mainKey = x.names.add(short)
				x.subjectAlias = name
			}
		}
	}
	if x.mainKey == "" && !trap {
		cands := x.titleCandidates()
		for ci, t := range cands {
			name, alias, part := subjectNameAt(t)
			if name == "" || governmentMasthead(t, part) || x.namesNoProjectIn(t, name) || taglineName(name) {
				continue
			}
			// "Resonanca – Regionales Musikexportprogramm Westbalkan": a
			// long name after a dash, and before it one plain word the
			// text writes twice or more: the word is the name, the long
			// one its alias.
			if part > 0 {
				head := strings.TrimSpace(titleSeparators.Split(collapse(t), 2)[0])
				if !strings.Contains(head, " ") && len(head) >= 4 && startsUpper(head) && !acronymLike(head) && x.bodyCount(head) >= 2 &&
					!isCountry(head) && lookupLabel(head) == labelNone && !orgName(head) {
					// (The long one is an alias only where it has a word
					// for project; "Regional Dialogue" is the event's.)
					long := name
					name, alias = head, ""
					if _, comp := projectWordsAndCompounds(long, true); len(comp) > 0 || mayNameProject(long) {
						alias = long
					}
				}
			}
			// "Creative Balkans Bulletin – Issue 19", "Notiziario Ponti di
			// Terra n. 34": a name the title sets beside a word for a
			// periodical is the periodical's.
			if periodicalsName(x.doc.Title, name) {
				continue
			}
			// "PASTORVAC 2019–2022: wat hebben we geleerd?": a title's
			// range of years after a name is its period, unless the
			// text writes the two as a name.
			if rest := withoutYearRange(name); rest != name && x.bodyCount(name) < 2 {
				name = rest
			}
			// "Mitglied werden Pannenhilfe 24h Mein ACDA": a first line
			// whose words are mostly not the name is a menu, and its name
			// the site's.
			if ci == len(cands)-1 && x.firstLineCandidate && 2*len(strings.Fields(name)) < len(strings.Fields(t)) {
				continue
			}
			// "CSIP – Centro Studi per l'Integrità Pubblica": an acronym
			// spelt out as a body's name is the body's.
			if acronymSpeltAsBody(t) {
				continue
			}
			// "Halverwege Biz-Reg", "Arranca SEGURVIAL": a headline's word
			// before a coined name the body names without it is no part
			// of the name.
			if rest := x.nameAfterHeadlineWord(name); rest != "" {
				name = rest
			}
			// "Drie jaar FactNet East: …": capitalised words right after
			// a coined name are the name's when the body writes them
			// with it too.
			if longer := x.longerInBody(t, name); longer != "" {
				name = longer
			}
			// "E-Bashkia closes: …", "SaniVille verlengd: …": a
			// headline's verb after a coined name the text names is no
			// part of it.
			// (Not a plain name in a title on a later phase: "Fiskalni
			// Most groeit: vijf landen in de tweede fase" is about the
			// follow-up.)
			if head := x.nameBeforeHeadlineWords(name); head != "" && (!strings.Contains(head, " ") || titlePhase(collapse(t)) == "") {
				name = head
			}
			// "Mehr Zeit für sichere Grenzen: Vet-Post wird bis Ende 2025
			// verlängert": a tagline beside a name the store knows is no
			// name of its own.
			if !acronymLike(nameStem(name)) && x.knownBesides(t, name) {
				continue
			}
			if x.projectAfterTagline(t, name) != "" {
				continue
			}

			// A page title's later parts name the site ("… | Steppe &
			// River Review"), and a page's first line is often its
			// masthead: such a name counts when the body names it again.
			// "Health Information Systems in the Great Lakes – Progress
			// Report 2022": a report's topic, beside the report's own
			// name, is no project's name unless the body names it.
			// "Recensements dans le Pacifique : le programme régional …":
			// a headline's topic in sentence case is a name only where
			// the body names it too.
			weak := ci == 0 && part > 0 || ci == len(cands)-1 && x.firstLineCandidate || otherPartNamesPage(t, part) || sentenceCaseName(name) || x.lang == "de" && nounPhraseName(name)
			// "MEDIA RELEASE": in a line set all in capitals, a word in
			// capitals is no acronym.
			shouted := shoutedPart(t, name)
			if (weak || shouted) && !(acronymLike(nameStem(name)) && distinctive(nameStem(name)) && !shouted) && !x.namedBelowFirstHeading(name) {
				continue
			}
			// ("WE-Newsletter": a publisher's acronym joined to a word for
			// a periodical.)
			if periodicalHead(name) != name {
				continue
			}
			x.mainKey = x.names.add(name)
			if !strings.Contains(collapse(t), name) {
				x.names.markMade(name)
			}
			x.mainFromTitle = true
			if alias != "" {
				x.subjectAlias = alias
			}
			break
		}
	}
	if x.mainKey == "" {
		for _, b := range x.doc.Blocks {
			if b.Role == dossier.RoleHeading {
				if k := x.projectIn(b.Text); k != "" {
					x.mainKey = k
					break
				}
			}
		}
	}
	// "Conduvia" over a deck whose own title is "Conduvia – COPIL 4": one
	// plain word that both the document's title and its first heading
	// open on, the word no country, body or label, is the name.
	if x.mainKey == "" && !trap {
		if name := x.titleAndHeadingWord(); name != "" && projectKey(name) != projectKey(periodicalName(x.doc.Title)) {
			x.mainKey = x.names.add(name)
		}
	}
	// "Confiance numérique", "Rafforzamento dei sistemi …": a title in
	// sentence case (as French, Spanish, Italian and Portuguese write
	// names), taken when the body names it again after a word for project
	// or twice.
	if x.mainKey == "" && !trap {
		if name := x.sentenceCaseTitle(); name != "" {
			x.mainKey = x.names.add(name)
		}
	}
	// The project the body names most, unless the page is about an event
	// or a job (which names projects only in passing).
	if x.mainKey == "" && !trap {
		n, second, named := 0, 0, 0
		for _, k := range x.names.order {
			c := counts[k]
			if c == 0 && bareCounts[k] >= 2 {
				c = bareCounts[k]
			}
			if c > 0 {
				named++
			}
			if c > n {
				x.mainKey, n, second = k, c, n
			} else if c > second {
				second = c
			}
		}
		// A report on three projects or more, none named far more than
		// the next, under a title that names none: it is about each in
		// turn, not one of them.
		if named >= 3 && n < 2*second {
			x.mainKey = ""
		}
		x.mainByCount = n
	}
	// "The platform was built under WACCA … WACCA started in 2020": a
	// name the store knows, named twice or more, is what the page is
	// about, unless the page is about an event or a job. Of two named
	// as often, the one named first ("to open STATLINK+ … builds on
	// STATLINK").
	if x.mainKey == "" && !trap {
		best, n := "", 1
		for k, c := range knownCounts {
			if c > n || c == n && knownFirst[k] < knownFirst[best] {
				best, n = k, c
			}
		}
		// "… lançou o Programa de Reforço do Registo Civil e das
		// Estatísticas Vitais, uma iniciativa …": a long name the store
		// knows, the only one the page names, is named once and then as
		// "o programa".
		// ("… mündet in ein internationales Vorhaben: ALATAU soll …":
		// nor need one the page introduces with a word for project.)
		if best == "" && len(knownCounts) == 1 {
			for k := range knownCounts {
				if len(strings.Fields(knownSpelling[k])) >= 3 || knownAnchored[k] || x.pointsBackToAProject() {
					best = k
				}
			}
		}
		// "… als Ausbilderin für das Programm Scentline … Ein
		// Nachfolgeprojekt unter dem Namen Scentline 2.0": each named
		// once, the one a word for project introduces is the subject when
		// the others are its follow-ups.
		if best == "" && len(knownCounts) > 1 {
			best = anchoredBeforeFollowUps(knownCounts, knownAnchored)
		}
		if best != "" {
			x.mainKey = x.names.add(knownSpelling[best])
		}
	}
	// "… faz parte do Programa de Reforço da Microbiologia Clínica e da
	// Gestão Prudente de Antibióticos em Timor-Leste …": in a text that
	// names no project otherwise, a long name that opens on its word for
	// project.
	if x.mainKey == "" && !trap && len(x.names.order) == 0 {
		if name := x.headFirstLongName(); name != "" {
			x.mainKey = x.names.add(name)
		}
	}
	// "Tweede fase voor zaadprogramma in Oost-Afrika: Rwanda sluit aan":
	// a title on a later phase, over a text that names the programme and
	// its follow-up, is about the follow-up.
	// "ORBITA geht in die zweite Phase", "SableVert entame sa deuxième
	// phase": a title that names the programme sends it into the later
	// phase only in the clause that names it ("Concluso il progetto
	// COMPET-MED, al via la seconda fase" is about COMPET-MED).
	if x.mainKey != "" {
		name := x.names.canonical(x.mainKey)
		n := ""
		if !x.mainFromTitle {
			n = titlePhase(x.doc.Title)
		} else {
			for _, t := range x.titleCandidates() {
				if k := x.laterPhaseIn(t, x.mainKey); k != "" {
					x.mainKey = k
					x.mainByPhaseWords = true
					break
				}
			}
		}
		if n != "" && n != "1" {
			if k := x.followUpKey(name, n); k != "" {
				x.mainKey = k
			} else if written := x.followUpWritten(name, n); written != "" {
				// "Arranca la segunda fase de Raíces de Papel" over a
				// text that writes "Raíces de Papel II", which no rule
				// has read as a name yet.
				x.mainKey = x.names.add(written)
			}
		}
		// "… no âmbito da segunda fase do PRATIQ …": a text that names
		// its programme only with one later phase before it is about
		// that phase, which it never names otherwise.
		// (Not a name that carries its phase already: "Fase II
		// (PHAROS II)".)
		if x.mainKey == projectKey(name) && !x.mainFromTitle && earlierPhaseName(name) == "" {
			if n := x.onlyPhaseOf(name); n != "" {
				x.mainKey = x.names.add(name + " " + n)
			}
		}
	}
	if x.mainKey != "" && x.subjectAlias == "" {
		x.subjectAlias = x.bracketedAlias()
	}
	if x.mainKey != "" {
		x.crumbAt, x.crumbNames = x.breadcrumbNames()
	}
}

// crumbSeparators set a breadcrumb's steps apart: "Startseite › DEZA ›
// Projekte › Tien Shan Renewable Auctions Facility (TRAF)".
var crumbSeparators = []string{" › ", " » ", " > ", " / "}

// breadcrumbNames returns the names a page's breadcrumb gives its last
// step, the page itself, where that step is a long name with its acronym
// in brackets that the page's project is not already called by: the
// page's other names ("Transparente Auktionen für Solar- und Windstrom
// in Zentralasien" under "… › Tien Shan Renewable Auctions Facility
// (TRAF)"). It returns the breadcrumb's block index, or -1.
func (x *extractor) breadcrumbNames() (int, []string) {
	main := projectKey(x.names.canonical(x.mainKey))
	for i, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading || i >= 8 {
			break
		}
		if b.Role != dossier.RoleParagraph {
			continue
		}
		t := collapse(b.Text)
		for _, sep := range crumbSeparators {
			steps := strings.Split(t, sep)
			if len(steps) < 3 {
				continue
			}
			last := strings.TrimSpace(steps[len(steps)-1])
			ms := findMentions(last)
			if len(ms) != 1 || ms[0].alias == "" || ms[0].start != 0 || ms[0].end != len(last) {
				return -1, nil
			}
			if projectKey(ms[0].name) == main || projectKey(ms[0].alias) == main {
				return -1, nil
			}
			return i, []string{ms[0].name, ms[0].alias}
		}
	}
	return -1, nil
}

// onlyPhaseOf returns the number of the later phase that stands before
// each of the body's mentions of name ("a segunda fase do PRATIQ"), or
// "" where one mention has none, or another phase, or the title names it.
func (x *extractor) onlyPhaseOf(name string) string {
	if strings.Contains(x.doc.Title, name) {
		return ""
	}
	body := x.bodyText()
	n := ""
	for _, i := range indexAll(body, name) {
		if startsWithLetterOrDigit(body[i+len(name):]) {
			continue
		}
		// ("La contribution à IODASAL II …": the follow-up's own name.)
		if rest := body[i+len(name):]; strings.HasPrefix(rest, "+") || strings.HasPrefix(rest, " ") && followUpNumber(leadingRun(rest[1:])) && !startsWithLetterOrDigit(rest[1+len(leadingRun(rest[1:])):]) {
			continue
		}
		p := phaseBefore(body[:i])
		if p == "" {
			p = phaseBefore(withoutLastProjectWord(body[:i]))
		}
		if p == "" || p == "1" || n != "" && p != n {
			return ""
		}
		n = p
	}
	return n
}

// followUpWritten returns the follow-up number n of name as the body
// writes it, the number in roman or arabic figures after the name
// ("Raíces de Papel II", "Raíces de Papel 2"), or "".
func (x *extractor) followUpWritten(name, n string) string {
	body := x.bodyText()
	for _, numeral := range []string{romanFor(n), n} {
		if numeral == "" {
			continue
		}
		written := name + " " + numeral
		for _, i := range indexAll(body, written) {
			if !startsWithLetterOrDigit(body[i+len(written):]) {
				return written
			}
		}
	}
	return ""
}

// romanFor is the roman numeral, in capitals, of a phase's number
// ("2" → "II"), or "".
func romanFor(n string) string {
	for r, d := range romanNumerals {
		if d == n {
			return strings.ToUpper(r)
		}
	}
	return ""
}

// phaseAfterName returns the number of the phase that follows name in
// text, past a space, a comma, a bracket or a dash ("KALDERA phase II",
// "KALDERA (Phase II)"), or "".
func phaseAfterName(text, name string) string {
	i := strings.Index(text, name)
	if i < 0 || name == "" {
		return ""
	}
	rest := text[i+len(name):]
	if rest == "" || !strings.ContainsRune(" ,(", rune(rest[0])) {
		return ""
	}
	ws := strings.Fields(strings.TrimLeft(rest, " ,(–—-"))
	if len(ws) < 2 {
		return ""
	}
	return phaseNumber(ws[0] + " " + strings.TrimRight(ws[1], ",.;:()"))
}

// recordTitle returns the name a record's title row gives, and its alias:
// "Pukllasun – Crianza e gioco nelle comunità altoandine" gives
// Pukllasun.
func recordTitle(text string) (name, alias string) {
	name = text
	if m := codeInParens.FindStringSubmatch(name); m != nil {
		name = m[1]
	}
	// "… – Fase II (SINACAM II), componente Moçambique": the record is of
	// one component; the name is the programme's before the comma.
	if i := strings.LastIndex(name, ", "); i > 0 {
		if ws := strings.Fields(name[i+2:]); len(ws) > 0 && len(ws) <= 4 && componentWords()[lexicon.Fold(ws[0])] {
			name = name[:i]
		}
	}
	if n, a := subjectName(name); n != "" {
		name, alias = n, a
	} else if m := bracketDashAcronym.FindStringSubmatch(collapse(name)); m != nil && acronymLike(nameStem(m[3])) && distinctive(nameStem(m[3])) {
		// "Cooperazione … nel Corno d'Africa (Horn of Africa
		// Border Agency Cooperation – HOBAC)": the acronym last
		// in the bracket is the name.
		name, alias = m[3], strings.TrimSpace(m[1])
	}
	return collapse(name), alias
}

// titlePhase returns the number of the phase a title speaks of ("Tweede
// fase voor …", "Phase II of …", "La deuxième phase de …"), or "".
func titlePhase(title string) string {
	ws := strings.Fields(lexicon.Fold(title))
	for i := 1; i < len(ws); i++ {
		prev, last := strings.Trim(ws[i-1], ",:;"), strings.Trim(ws[i], ",:;")
		if n := phaseNumber(prev + " " + last); n != "" {
			return n
		}
		if phaseWords()[last] && ordinalWords()[prev] != "" {
			return ordinalWords()[prev]
		}
		if phaseWords()[prev] && ordinalWords()[last] != "" {
			return ordinalWords()[last]
		}
	}
	return ""
}

// bracketedAlias returns the line set wholly in brackets right under the
// heading that names the main project: its name in another language or
// its long form ("(Rafforzamento dei sistemi di giustizia minorile in
// Libano e Giordania)" under the French title), or "".
func (x *extractor) bracketedAlias() string {
	name := x.names.canonical(x.mainKey)
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading || !strings.Contains(collapse(b.Text), name) {
			continue
		}
		if alias := x.aliasBelow(i); alias != "" {
			return alias
		}
		break
	}
	// "… the programme Solar Access for Rural Communities (locally known
	// as SolarCom)": the body gives the name another, in brackets.
	body := x.bodyText()
	for from := 0; ; {
		i := strings.Index(body[from:], name+" (")
		if i < 0 {
			break
		}
		from += i + len(name) + 2
		inner, _, ok := strings.Cut(body[from:], ")")
		if !ok || len(inner) > 80 {
			continue
		}
		if at, e, ok := findCue(inner, "known_as"); ok && at == 0 {
			if alias := strings.TrimSpace(inner[e:]); alias != "" && len(strings.Fields(alias)) <= 6 && startsUpper(alias) && plausibleProject(alias) {
				return alias
			}
		}
	}
	return ""
}

// aliasBelow returns the name in brackets that the paragraph right under
// the heading at i is ("(Programme d'appui …)"), or "".
func (x *extractor) aliasBelow(i int) string {
	if i+1 >= len(x.doc.Blocks) {
		return ""
	}
	next := collapse(x.doc.Blocks[i+1].Text)
	if x.doc.Blocks[i+1].Role != dossier.RoleParagraph || len(next) < 3 || next[0] != '(' || next[len(next)-1] != ')' {
		return ""
	}
	alias := strings.TrimSpace(next[1 : len(next)-1])
	if strings.ContainsAny(alias, "()") || len(strings.Fields(alias)) < 2 || len(strings.Fields(alias)) > 25 || !startsUpper(alias) {
		return ""
	}
	if _, err := normalize.ParseDate(alias); err == nil || lookupLabel(alias) != labelNone || hasTrapWord(alias) {
		return ""
	}
	return alias
}

// otherPartNamesPage reports whether a title part other than the one at
// index at names a kind of page ("Progress Report 2022", "Annual report").
func otherPartNamesPage(title string, at int) bool {
	for i, p := range titleSeparators.Split(collapse(title), -1) {
		if i != at && notSubject(p) {
			return true
		}
	}
	return false
}

// knownAsAlias records mention m as the alias of the coined name of
// knownAs it spells out ("WABEL, acronimo di Western Balkans …") or stands
// before the comma of ("The Central American Forensic Quality Initiative,
// known by its English acronym CAFQI"), and reports whether it did.
func (x *extractor) knownAsAlias(text string, knownAs []knownAsName, m mention) bool {
	for _, n := range knownAs {
		alias := ""
		switch {
		// (A region's word the mention leaves off its start maybe.)
		case n.spelled >= 0 && m.start >= n.spelled && m.start <= n.spelled+24:
			alias = text[n.spelled:m.end]
		// (Right before the comma, or before the word for project the
		// mention leaves off: "… Quality Initiative,".)
		case n.comma > 0 && m.end <= n.comma:
			if between := strings.TrimSpace(text[m.end:n.comma]); between == "" || projectWordSet()[lexicon.Fold(between)] {
				alias = text[m.start:n.comma]
			}
		}
		if alias == "" {
			continue
		}
		if k := x.names.add(n.name); x.sectionAliases[k] == "" {
			x.sectionAliases[k] = collapse(alias)
		}
		return true
	}
	return false
}

// knownAsName is a coined name knownAsNames found, and where the words
// that spell it out begin (-1 when none follow it).
type knownAsName struct {
	name    string
	spelled int
	// comma is where the comma before the words of being known as
	// stands (0 when the name is spelt out after it instead).
	comma int
}

// knownAsNames returns the coined names (acronyms, "NOTIMED-AO") that
// follow, in apposition after a comma, the lexicon's words of being known
// as, a few words between at most ("known by its English acronym").
func knownAsNames(text string) []knownAsName {
	var out []knownAsName
	// Comma by comma: the words after one, up to a coined name, must
	// open on the words of being known as. (Cheaper than finding cues in
	// every block: most commas are followed by no coined name.)
	for off := 0; ; {
		i := strings.IndexByte(text[off:], ',')
		if i < 0 {
			break
		}
		off += i + 1
		// "WABEL, acronimo di Western Balkans …": the coined name before
		// the comma, the words that spell it out after it.
		if j := strings.LastIndexAny(text[:off-1], " \n(") + 1; twoCapitals(text[j : off-1]) {
			if w := text[j : off-1]; acronymLike(nameStem(w)) {
				if c, e, ok := findCue(text[off:min(len(text), off+40)], "acronym_of"); ok && c <= 2 &&
					distinctive(nameStem(w)) && plausibleProject(w) && !notSubject(w) {
					if _, known := normalize.KnownOrganisation(w); !known {
						spelled := off + e
						for spelled < len(text) && text[spelled] == ' ' {
							spelled++
						}
						out = append(out, knownAsName{w, spelled, 0})
						continue
					}
				}
			}
		}
		// (Word by word without splitting: most commas are followed by
		// no word in capitals, and this runs on every block.)
		rest := text[off:min(len(text), off+90)]
		for j, at := 0, 0; j < 8 && at < len(rest); j++ {
			for at < len(rest) && (rest[at] == ' ' || rest[at] == '\n' || rest[at] == '\t') {
				at++
			}
			e := at
			for e < len(rest) && rest[e] != ' ' && rest[e] != '\n' && rest[e] != '\t' {
				e++
			}
			// (A word the window cuts is no name.)
			if e == len(rest) && off+len(rest) < len(text) {
				break
			}
			w, before := rest[at:e], rest[:at]
			at = e
			if !twoCapitals(w) {
				continue
			}
			w = strings.TrimRight(w, ",.;:)")
			if !acronymLike(nameStem(w)) {
				continue
			}
			// ("…, plus connu sous le sigle X", "…, known by its English
			// acronym X": the cue within a word of the comma.)
			if c, _, ok := findCue(collapse(before), "known_as"); ok && c <= 12 &&
				distinctive(nameStem(w)) && plausibleProject(w) && !notSubject(w) {
				// ("el Instituto Interamericano de Cooperación para la
				// Agricultura, conocido como IICA": a body's name before
				// the comma makes the short name the body's.)
				if _, known := normalize.KnownOrganisation(w); !known && !bodyNameBefore(text[:off-1]) {
					out = append(out, knownAsName{w, -1, off - 1})
				}
			}
			break
		}
	}
	return out
}

// twoCapitals reports a word with two capital letters or more, the cheap
// test before acronymLike.
func twoCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' || r > 0x7f && unicode.IsUpper(r) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// activityCode matches the shape of an IATI activity identifier: a
// publisher's prefix (a country's or "XM"/"XI" code, then its own), then
// the activity's code: "XM-TZR-SUELOFIRME-ALR30", "GB-GOV-1-300123". (Its
// caller also asks for a digit, which every such code has and a hyphenated
// name seldom does.)
var activityCode = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]+(?:-[A-Za-z0-9_./]+)+$`)

// bracketDashAcronym matches a title with a bracket that ends on a dash
// and an acronym: "Long name (Other language's name – ACR)".
var bracketDashAcronym = regexp.MustCompile(`^(.+?)\s*\((.+)\s[–—-]\s(\S+)\)$`)

// titleAndHeadingWord returns the one plain word ("Conduvia") that is the
// first part of the document's own title, beside a part of its own, and
// the whole of its first heading, or "".
func (x *extractor) titleAndHeadingWord() string {
	// (Not a web page's own <title>: "Karriere – GIZ" over a heading
	// "Karriere" names the site's section.)
	parts := titleSeparators.Split(collapse(x.doc.Title), -1)
	if len(parts) < 2 {
		return ""
	}
	word := strings.TrimSpace(parts[0])
	if !plainWord(word) || len([]rune(word)) < 4 || notSubject(word) || lookupLabel(word) != labelNone || isPlace(word) || hasOrgWord(word) {
		return ""
	}
	if _, ok := lexicon.Organisation(word); ok {
		return ""
	}
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading {
			if collapse(b.Text) == word {
				return word
			}
			return ""
		}
	}
	return ""
}

// titleCandidates are the texts that name a document's subject: its title,
// its first two headings, and its first short line (a slide's or a
// sheet's title set as plain text).
func (x *extractor) titleCandidates() []string {
	out := []string{x.doc.Title}
	n := 0
	for _, b := range x.doc.Blocks {
		// A heading after the body's prose has begun heads a section or
		// a box of links ("More from Business"), not the page.
		if b.Role == dossier.RoleParagraph && len(strings.Fields(b.Text)) >= 25 {
			break
		}
		if b.Role == dossier.RoleHeading && n < 2 {
			out = append(out, b.Text)
			n++
		}
	}
	// "Construir juntos, pagar juntos" over "Programa de Financiamento da
	// Habitação Cooperativa em Moçambique": a line right under the first
	// heading that opens on a word for project, with its capital, names
	// the programme under a slogan.
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading {
			continue
		}
		if i+1 < len(x.doc.Blocks) {
			// ("CEDRO – Digital Case Management for Lebanon's Civil
			// Courts" under a headline: an acronym and its long name.)
			if sub := x.doc.Blocks[i+1]; sub.Role == dossier.RoleParagraph && (projectWordLine(sub.Text) || acronymTitleLine(sub.Text)) {
				out = append(out, collapse(sub.Text))
			}
		}
		break
	}
	x.firstLineCandidate = false
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleMargin {
			continue
		}
		if first, _, _ := strings.Cut(strings.TrimSpace(b.Text), "\n"); len(strings.Fields(first)) <= 8 {
			out = append(out, first)
			x.firstLineCandidate = true
		}
		break
	}
	return out
}

// acronymTitleLine reports a line of an acronym, a dash and a long name
// whose words of content are capitalised: "CEDRO – Digital Case
// Management for Lebanon's Civil Courts".
func acronymTitleLine(t string) bool {
	t = strings.TrimSpace(t)
	head, rest, ok := normalize.CutDash(t)
	if !ok || strings.Contains(t, "\n") || !acronymLike(head) || !distinctive(head) || strings.HasSuffix(rest, ".") {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) < 3 || len(ws) > 14 {
		return false
	}
	for _, w := range ws {
		if f := lexicon.Fold(w); !startsUpper(w) && !nameLittle()[f] && !articleWords()[f] {
			return false
		}
	}
	return true
}

// projectWordLine reports a line of three to fourteen words, no stop at
// its end, that opens on a capitalised word for project: "Programa de
// Financiamento da Habitação Cooperativa em Moçambique".
func projectWordLine(t string) bool {
	t = strings.TrimSpace(t)
	ws := strings.Fields(t)
	if strings.Contains(t, "\n") || len(ws) < 3 || len(ws) > 14 || strings.HasSuffix(t, ".") || !startsUpper(ws[0]) {
		return false
	}
	return projectWordSet()[lexicon.Fold(ws[0])]
}

// subjectName returns the project name a title or heading gives, or "":
// the first part that, less a leading word for project ("Projet",
// "Proyecto", "Project:"), is a plausible project name and names no event
// or page kind.
func subjectName(title string) (name, alias string) {
	name, alias, _ = subjectNameAt(title)
	return name, alias
}

// subjectName is subjectName remembered for the document: a heading is
// read for its section's project and again for a body's.
func (x *extractor) subjectName(title string) (name, alias string) {
	if r, ok := x.subjects[title]; ok {
		return r[0], r[1]
	}
	name, alias = subjectName(title)
	// ("Weltblick" over a page titled "Weltblick – Ausgabe 4/2023 –
	// Seite 7": the periodical's name, never a project's.)
	// ("EU Twinning project GE 21 NDICI AG 01 23": nor an acronym that
	// stands in a reference's code.)
	// ("From paper to portal: Lebanon's civil courts go digital": nor a
	// headline's tagline before its colon.)
	if name != "" && (projectKey(name) == projectKey(periodicalName(x.doc.Title)) || inCodeRun(title, name) || taglineName(name)) {
		name, alias = "", ""
	}
	if longer := x.longerInBody(title, name); longer != "" {
		name = longer
	}
	// "TERRAMAP endet", "CLEANPORT grows", "SEEDLINK van start": a coined
	// name and a headline's verb in small letters, where the text writes
	// the coined name alone and never the words together.
	if ws := strings.Fields(name); len(ws) >= 2 && len(ws) <= 4 && acronymLike(ws[0]) && distinctive(ws[0]) && !slices.ContainsFunc(ws[1:], func(w string) bool { return !lowerWord(w) }) && !x.bodyMentions(name) && x.bodyMentions(ws[0]) {
		name = ws[0]
	} else if k := slices.IndexFunc(ws, lowerWord); k >= 2 && len(ws) <= 5 && !slices.ContainsFunc(ws[:k], func(w string) bool { return !startsUpper(w) }) && !slices.ContainsFunc(ws[k:], func(w string) bool { return !lowerWord(w) }) {
		// ("Fiskalni Most groeit": a name of capitalised words, then
		// the headline's verb, where the text writes the name alone.)
		if head := strings.Join(ws[:k], " "); !x.bodyMentions(name) && x.bodyMentions(head) {
			name = head
		}
	}
	// ("deuxième phase du programme CORVINA" gives "CORVINA 2", a
	// spelling no text writes, so no alias.)
	if name != "" && !strings.Contains(collapse(title), name) {
		x.names.markMade(name)
	}
	if x.subjects == nil {
		x.subjects = map[string][2]string{}
	}
	x.subjects[title] = [2]string{name, alias}
	return name, alias
}

// taglineName reports words in sentence case that open on a little word
// of names other than an article ("From paper to portal", "Con el agua
// hasta la cintura"): a headline's tagline, where a name's words would
// be capitalised after it ("For Women in Science" is a name).
func taglineName(name string) bool {
	// (Most names have a capital after their first word: they are told
	// apart before any folding.)
	sp := strings.IndexByte(name, ' ')
	if sp <= 0 || sp+1 >= len(name) || !unicode.IsLower(rune(name[sp+1])) {
		return false
	}
	ws := strings.Fields(name)
	if len(ws) < 3 || !startsUpper(ws[0]) {
		return false
	}
	first := lexicon.Fold(ws[0])
	if !nameLittle()[first] || articleWords()[first] || isLeadingArticle(ws[0]) {
		return false
	}
	lower, content := 0, 0
	for _, w := range ws[1:] {
		f := lexicon.Fold(w)
		if nameLittle()[f] || articleWords()[f] {
			continue
		}
		content++
		if startsLower(w) {
			lower++
		}
	}
	return content > 0 && lower == content
}

// inCodeRun reports a one-word name that stands among the parts of a
// reference code, a number on each side of it within two words ("GE 21
// NDICI AG 01 23": country, year, instrument, sector, numbers).
func inCodeRun(text, name string) bool {
	if strings.Contains(name, " ") || !strings.ContainsAny(text, "0123456789") {
		return false
	}
	ws := strings.Fields(text)
	number := func(w string) bool { return w != "" && strings.Trim(w, "0123456789") == "" }
	for i, w := range ws {
		if w != name {
			continue
		}
		before := i >= 1 && number(ws[i-1]) || i >= 2 && number(ws[i-2]) && upperOrDigit(ws[i-1])
		after := i+1 < len(ws) && number(ws[i+1]) || i+2 < len(ws) && number(ws[i+2]) && upperOrDigit(ws[i+1])
		if before && after {
			return true
		}
	}
	return false
}

// periodicalName returns the name a printed periodical's page is titled
// by ("Weltblick" of "Weltblick – Ausgabe 4/2023 – Seite 7"), or "" for
// any other title.
func periodicalName(title string) string {
	parts := titleSeparators.Split(collapse(title), -1)
	for _, p := range parts[1:] {
		if pageNumberPart(p) || periodicalIssue(p) {
			return strings.TrimSpace(parts[0])
		}
	}
	return ""
}

// placeListWords reports words that are one place or a list of places
// ("Fiji", "Bolivia y Perú", "Kenya, Uganda and Rwanda").
func placeListWords(ws []string) bool {
	var piece []string
	for k, w := range ws {
		bare := strings.TrimRight(w, ",")
		if !listAnd()[lexicon.Fold(bare)] {
			piece = append(piece, bare)
		}
		if listAnd()[lexicon.Fold(bare)] || bare != w || k == len(ws)-1 {
			if len(piece) == 0 || !isPlace(strings.Join(piece, " ")) {
				return false
			}
			piece = piece[:0]
		}
	}
	return len(ws) > 0
}

// lowerWord reports a word of letters in small letters only.
func lowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// subjectNameAt is subjectName with the index of the title part that
// gave the name.
func subjectNameAt(title string) (name, alias string, at int) {
	// "¿Quién financia ANDAMIO?": a question is a section's heading, no
	// name.
	// ("Why join EASLIA?": nor is any question, all of the line; in
	// "PASTORVAC 2019–2022: wat hebben we geleerd?" the name stands
	// apart from it.)
	if t := strings.TrimSpace(title); strings.HasPrefix(t, "¿") || strings.HasPrefix(t, "¡") || strings.HasSuffix(t, "?") && titleSeparators.FindStringIndex(t) == nil {
		return "", "", 0
	}
	parts := titleSeparators.Split(withoutComponent(collapse(title)), -1)
	// "Allertal-Anzeiger – Region – Seite 9 – 18. Oktober 2023": a
	// printed page of a periodical, titled by its name, its section and
	// its page's number; its stories name their projects.
	// ("Mekong Netwerk Nederland – Nieuwsbrief nr. 23, oktober 2024":
	// so is an issue of a newsletter, titled by its name and number.)
	for _, p := range parts[1:] {
		if pageNumberPart(p) || periodicalIssue(p) {
			return "", "", 0
		}
	}
	// ("Waterbrief Internationaal nr. 3 – maart 2024": a name, then its
	// issue's number, is a periodical's.)
	if ws := strings.Fields(parts[0]); len(ws) > 2 && issueLine(strings.Join(ws[1:], " ")) {
		return "", "", 0
	}
	// "Lower Shire Flood Forecasting and Early Warning (LSFF), Malawi":
	// the country after the bracket is where the project works, no part
	// of its names.
	for i, p := range parts {
		if j := strings.LastIndex(p, "), "); j > 0 && isPlace(p[j+3:]) {
			parts[i] = p[:j+1]
		}
	}
	// "Food and Nutrition Security – Results Report 2023": a title whose
	// later part names a report is a report on a theme; only an acronym
	// before it names a project ("CyberEast – Annual Report 2021").
	report := false
	for _, p := range parts[1:] {
		report = report || reportPart(p)
	}
	for i, part := range parts {
		// "Digital Evidence for … Region – Phase II (DIGEVID II)": a
		// phase after a long name makes the follow-up, named by the
		// acronym in brackets when there is one, else by the long name
		// and the phase.
		if i+1 < len(parts) {
			next, acr := parts[i+1], ""
			if m := nameWithParens.FindStringSubmatch(next); m != nil {
				next, acr = m[1], strings.TrimSpace(m[2])
			}
			if n := phaseNumber(next); n != "" && len(strings.Fields(part)) >= 3 {
				long := strings.TrimSpace(part) + " – " + strings.TrimSpace(next)
				if acr != "" && acronymLike(nameStem(acr)) && plausibleProject(acr) {
					return acr, long, i
				}
				if plausibleProjectUpTo(part, maxLongName) && !notSubject(part) {
					return long, "", i
				}
			}
		}
		part = trimBalanced(sectionNumber.ReplaceAllString(part, ""))
		part = trimPageWords(trimProjectWord(part))
		// "Sava–Drina Integrity Facility, Phase I (SDIF I)": a long
		// name, its phase after a comma, then its acronym in brackets.
		if m := nameWithParens.FindStringSubmatch(part); m != nil {
			long, acr := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
			// (A first phase's "I" is no part of the acronym's stem.)
			stem := nameStem(strings.TrimSuffix(acr, " I"))
			if j := strings.LastIndex(long, ", "); j > 0 && phaseMark(long[j+2:]) && acronymLike(stem) && plausibleProject(stem) && !notSubject(stem) {
				return acr, long, i
			}
		}
		// "Mbuzi Salama (“capre sane” in kiswahili)": a gloss in brackets,
		// quoted or in small letters, is no name. (Not a phase: "PORTREC
		// (phase II)".)
		if m := nameWithParens.FindStringSubmatch(part); m != nil {
			long, g := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
			if r, _ := utf8.DecodeRuneInString(g); g != "" && (strings.ContainsRune("\"“«„'‘", r) || startsLower(g)) && phaseNumber(g) == "" && !strings.ContainsAny(g, "0123456789") && plausibleProject(long) && !notSubject(long) {
				part = long
			}
		}
		// "LSFF Mid-Term Review", "ELECSEC Steering Committee": a coined
		// name, then the words of the page's kind.
		if first, rest, ok := strings.Cut(part, " "); ok && acronymLike(first) && distinctive(first) && !hasOrgWord(first) && len(strings.Fields(rest)) <= 4 && startsUpper(rest) && notSubject(rest) && plausibleProject(first) {
			return first, "", i
		}
		// "GLACY+ Global Action on Cybercrime Extended": an acronym
		// followed by its expansion, with no mark between them. "ACTRA II
		// toma el relevo": a follow-up's number belongs to the name, and
		// what follows it is no expansion.
		// ("EMBASSY OF JAPAN IN": a word for a body is no acronym, and
		// no expansion starts with a little word.)
		if first, rest, ok := strings.Cut(part, " "); ok && acronymLike(first) && distinctive(first) && len(strings.Fields(rest)) >= 3 && startsUpper(rest) && !hasOrgWord(first) && !nameLittle()[lexicon.Fold(leadingRun(rest))] {
			if n, after, _ := strings.Cut(rest, " "); followUpNumber(n) {
				return first + " " + n, "", i
			} else if acronymLike(n) && len(n) > 2 && n == strings.ToUpper(n) && startsLower(after) && plausibleProject(first+" "+n) {
				// "ADUANA LIMPIA arranca en Honduras": a name of two
				// words in capitals, then the headline's verb in small
				// letters; no expansion goes on so. (A heading in
				// capitals throughout, "CYBEREAST ACTION ON CYBERCRIME",
				// is read as before.)
				return first + " " + n, "", i
			} else if place := placeAtStart(strings.Fields(rest)); place != "" && (hasYear(rest) || !sameInitial(first, rest)) {
				// "LUMINA Sahel wird bis 2026 verlängert", "LUMINA
				// Sahel auf einen Blick": a headline, not an expansion
				// (which would not hold a year, and would start as the
				// acronym does); the place after the acronym is part of
				// the name.
				return first + " " + place, "", i
			} else if hasYear(rest) {
				// A headline whose name is found below.
			} else if after != "" || n != "" {
				return first, rest, i
			}
		}
		// "Arranca o Lab-Aduana II", "Comienza el PROSAN": a headline's
		// verb and an article before a coined name; the name is what
		// follows the article.
		if ws := strings.Fields(part); len(ws) > 2 && !startsUpper(ws[1]) && articleWords()[lexicon.Fold(ws[1])] {
			rest := strings.Join(ws[2:], " ")
			if (acronymLike(nameStem(rest)) || coinedHyphenName(nameStem(rest))) && distinctive(nameStem(rest)) && plausibleProject(rest) && !notSubject(rest) {
				return rest, "", i
			}
		}
		// "Vet-Post wird verlängert", "AgroData is uitgebreid": a part
		// with a verb of being is a sentence; the name is what stands
		// before the verb, when it reads as a coined name.
		if ws := strings.Fields(part); len(ws) > 1 {
			if k := slices.IndexFunc(ws[1:], copulaWord); k >= 0 {
				head := strings.Join(ws[:k+1], " ")
				if (acronymLike(nameStem(head)) || coinedHyphenName(head)) && distinctive(nameStem(head)) && plausibleProject(head) {
					return head, "", i
				}
				continue
			}
		}
		// "Programme for Maritime Security (PROMARIS)", "CyberEast
		// (Action on Cybercrime …)": the acronym is the name, the other
		// the alias.
		if m := nameWithParens.FindStringSubmatch(part); m != nil {
			long, short := m[1], m[2]
			if acronymLike(nameStem(long)) && !acronymLike(nameStem(short)) {
				long, short = short, long
			}
			// "… (JUSTA Mekong)": a short name led by an acronym counts
			// as one.
			if (acronymLike(nameStem(short)) || acronymLed(short)) && plausibleProject(short) && !notSubject(short) {
				return short, long, i
			}
			// "Stärkung der städtischen … in Beira (Beira Resiliente
			// 2030)": a description with the name in brackets.
			if !plausibleProject(long) && plausibleProject(short) && !notSubject(short) {
				return short, long, i
			}
			// "Shared Rivers (Ríos Compartidos)": a name, then the same
			// name in another language.
			if plausibleProject(long) && plausibleProject(short) && !notSubject(long) && !notSubject(short) &&
				startsUpper(short) && len(strings.Fields(short)) <= 5 && len(strings.Fields(long)) <= 5 {
				return long, short, i
			}
		}
		// "Mirela Dushku – Project Manager, …": a person, by the role
		// after the name.
		if i+1 < len(parts) && looksLikePerson(part) && rolePart(parts[i+1]) {
			continue
		}
		// "RÉPUBLIQUE FRANÇAISE", "EMBASSY OF JAPAN IN": a country's or a
		// body's name. (A report's title is weighed by the callers: a
		// page titled so may still be about one project.)
		// ("Die Agentur der Österreichischen Entwicklungszusammenarbeit":
		// an article before the word for a body.)
		if _, country := normalize.CountryCode(part); country || hasOrgWord(leadingRun(part)) || hasOrgWord(leadingRun(stripLeadingArticle(part))) {
			continue
		}
		// "… Kilimo Seed Futures – Phase 2 : des semences …": a phase
		// alone names nothing.
		// ("Consumer Safety Bulletin": a periodical's name.)
		if part == "" || notSubject(part) || !plausibleProject(part) || report && !acronymLike(nameStem(part)) || phaseNumber(part) != "" || periodicalNamed(part) {
			continue
		}
		// "XM-TZR-SUELOFIRME-ALR30 — ALERO 2030 — Activity": an IATI
		// activity's identifier before its title is a code, no name.
		if activityCode.MatchString(part) && strings.ContainsAny(part, "0123456789") {
			continue
		}
		// "PAFIP – Fase 2", "Safe Harbours – Phase II": the phase makes
		// the follow-up project.
		if i+1 < len(parts) {
			if n := phaseNumber(parts[i+1]); n != "" && !numberedAs(part, n) {
				return part + " " + n, "", i
			}
		}
		// "Statistical Office of Montenegro – MONSTAT": an acronym beside
		// a body's name is the body's.
		if acronymLike(part) && len(parts) > 1 && (i > 0 && hasOrgWord(parts[i-1]) || i+1 < len(parts) && hasOrgWord(parts[i+1])) {
			continue
		}
		// "CYBEREAST – Action on Cybercrime …": the long form after a
		// short name is its expansion.
		if i+1 < len(parts) && acronymLike(nameStem(part)) && len(strings.Fields(parts[i+1])) >= 3 && !notSubject(parts[i+1]) {
			return part, strings.TrimSpace(parts[i+1]), i
		}
		// "Mehr Geld für NORDLICHT": a headline whose nouns a language
		// writes with capitals, a coined name last after a little word;
		// the coined name is the name. (Not a quoted one: "Suchergebnisse
		// für »SAFE-TRACK«" are a search's results.)
		if ws := strings.Fields(part); len(ws) >= 3 && !strings.ContainsAny(part, "»«\"“”„'‘’") {
			last, before := ws[len(ws)-1], lexicon.Fold(ws[len(ws)-2])
			if acronymLike(last) && distinctive(last) && !hasOrgWord(last) && plausibleProject(last) && (nameLittle()[before] || ofWords()[before]) {
				return last, "", i
			}
		}
		// "ORCA in Fiji", "ORCA aux Fidji": a coined name, then a word of
		// place and a country or region, is the name and where it works.
		if ws := strings.Fields(part); len(ws) >= 3 && acronymLike(ws[0]) && distinctive(ws[0]) && atPlaceWords()[lexicon.Fold(ws[1])] && placeListWords(ws[2:]) {
			return ws[0], "", i
		}
		return part, "", i
	}
	// A headline naming the project by a distinctive word: "EU and
	// Council of Europe launch iPROCEEDS to target crime proceeds".
	// "Statistical Office of Montenegro – MONSTAT": a body's name with its
	// acronym names no project.
	if len(parts) > 1 && hasOrgWord(parts[0]) {
		return "", "", 0
	}
	if _, country := normalize.CountryCode(collapse(title)); country {
		return "", "", 0
	}
	fields := strings.Fields(collapse(title))
	for i, w := range fields {
		w = strings.Trim(w, ",.;:!?\"'«»“”()")
		// "Lancement d'ALAMA": an elided article or "de" before the name.
		if i := indexApostrophe(w); i > 0 && i <= 4 {
			if f := lexicon.Fold(w[:i]); articleWords()[f] || ofWords()[f] || articleWords()[f+"'"] || ofWords()[f+"'"] {
				_, size := utf8.DecodeRuneInString(w[i:])
				w = w[i+size:]
			}
		}
		// "LandWijzer International to digitise …": a coined word and a
		// word for a body after it name the body.
		if i+1 < len(fields) && bodyWordAt(fields[i+1]) {
			continue
		}
		if acronymLike(w) && distinctive(w) && plausibleProject(w) && !notSubject(w) {
			// "la Fase 2 del PAFIP", "Phase II of STATLINK": a phase
			// before the name makes the follow-up.
			if i >= 3 {
				if n := phaseNumber(strings.Trim(fields[i-3], ",.;:") + " " + strings.Trim(fields[i-2], ",.;:")); n != "" && nameLittle()[lexicon.Fold(fields[i-1])] {
					return w + " " + n, "", len(parts)
				}
			}
			// "al via la seconda fase di PRATIQ", "Zweite Phase des
			// Strahlenschutzvorhabens QORGAN": an ordinal and a word
			// for phase.
			if n := ordinalPhaseBefore(fields[:i]); n != "" {
				return w + " " + n, "", len(parts)
			}
			// "ACTRA II", "Cyber Programme 2": a follow-up's number
			// after the name is part of it.
			if i+1 < len(fields) {
				next := strings.Trim(fields[i+1], ",.;:!?\"'«»“”()")
				if _, roman := romanNumerals[strings.ToLower(next)]; roman || next == "I" || len(next) <= 2 && next != "" && strings.Trim(next, "0123456789") == "" {
					w += " " + next
				}
			}
			// "… launch VIA BALKANICA II to …": words in capitals right
			// before it, in a headline not set in capitals, are the
			// name's too.
			for j := i - 1; j >= 0 && !shoutedLine(fields); j-- {
				prev := fields[j]
				if prev != strings.Trim(prev, ",.;:!?\"'«»“”()") || len(prev) < 2 || strings.ToUpper(prev) != prev || !startsUpper(prev) || knownBody(prev) {
					break
				}
				w = prev + " " + w
			}
			return w, "", len(parts)
		}
	}
	return "", "", 0
}

// longerInBody returns name with the capitalised words that follow it in
// the title t (up to three) when the body, below the first heading,
// writes name only so ("FactNet East" each time, never "FactNet"
// alone), or "". (A body that also writes the name alone makes the words
// the title's: "CyberEast Annual Report".)
func (x *extractor) longerInBody(t, name string) string {
	at := strings.Index(t, name)
	if at < 0 || !acronymLike(nameStem(name)) {
		return ""
	}
	ws := strings.Fields(t[at+len(name):])
	var ext []string
	for _, w := range ws[:min(3, len(ws))] {
		trimmed := strings.TrimRight(w, ",.;:!?")
		// (Not a word for a body: "LandWijzer International" is one.)
		if !startsUpper(trimmed) || nameLittle()[lexicon.Fold(trimmed)] || knownBody(trimmed) || orgWords()[lexicon.Fold(trimmed)] {
			break
		}
		ext = append(ext, trimmed)
		if trimmed != w {
			break
		}
	}
	if len(ext) == 0 {
		return ""
	}
	// How far the body's every writing of name goes on with the title's
	// words.
	n, found := len(ext), false
	for _, b := range x.belowFirstHeading() {
		text := blockText(b)
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			i += off
			off = i + len(name)
			if r, _ := utf8.DecodeRuneInString(text[off:]); off < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue // part of a longer word
			}
			found = true
			after := strings.Fields(text[off:])
			k := 0
			for k < n && k < len(after) && strings.TrimRight(after[k], ",.;:!?)") == ext[k] {
				k++
			}
			n = k
			if n == 0 {
				return ""
			}
		}
	}
	if !found {
		return ""
	}
	return name + " " + strings.Join(ext[:n], " ")
}

// bodyWordAt reports a capitalised word for a body ("International",
// "Foundation") as a title writes it, its punctuation aside.
func bodyWordAt(field string) bool {
	w := strings.Trim(field, ",.;:!?")
	return startsUpper(w) && orgWords()[lexicon.Fold(w)]
}

// coinedBeforeBodyWord returns the first coined word of a title that a
// word for a body follows ("SeedWorks" of "About SeedWorks Foundation"),
// or "".
func coinedBeforeBodyWord(title string) string {
	fields := strings.Fields(title)
	for i := 0; i+1 < len(fields); i++ {
		w := strings.Trim(fields[i], ",.;:!?\"'«»“”()")
		if acronymLike(w) && distinctive(w) && bodyWordAt(fields[i+1]) {
			return w
		}
	}
	return ""
}

// namedBeyondDatelines reports whether text names name other than as a
// line's opening dateline or in a short line set in capitals.
func namedBeyondDatelines(text, name string) bool {
	// ("TERAMO E PROVINCIA" again at the page's foot: a running header
	// set in capitals.)
	if fs := strings.Fields(text); len(fs) <= 6 && shoutedLine(fs) {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		if !((i == 0 || text[i-1] == '\n') && datelineOpening(text[i:], name)) {
			return true
		}
		from = i + len(name)
	}
}

// datelineOpening reports a text that opens on name in capitals, then a
// full stop, a comma or a dash: a dateline's place ("TERAMO. Le …",
// "PRAIA, 9 de junho –").
func datelineOpening(text, name string) bool {
	rest, ok := strings.CutPrefix(text, name)
	if !ok || strings.ToUpper(name) != name {
		return false
	}
	// (After a comma, a dateline's date: "AQUALINK, which was due to
	// end …" opens a sentence on the name.)
	if after, ok := strings.CutPrefix(rest, ", "); ok {
		_, dated := dateAt(after)
		return dated || startsWithDigit(after)
	}
	return strings.HasPrefix(rest, ". ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " — ")
}

// pageNumberPart reports a title part that numbers a printed page: the
// lexicon's page.number word and a number ("Seite 9", "página 7").
func pageNumberPart(p string) bool {
	if !strings.ContainsAny(p, "0123456789") {
		return false
	}
	ws := strings.Fields(lexicon.Fold(p))
	return len(ws) == 2 && pageNumberWords()[ws[0]] && strings.Trim(ws[1], "0123456789") == ""
}

// pageNumberWords are the lexicon's page.number words, folded.
var pageNumberWords = foldedSet("page", "number")

// withoutComponent returns title less a part of the project named after a
// dash ("… (TESSERA – Componente Moldávia)", "TESSERA – Moldova
// component"): the component is the project's, no name of its own.
func withoutComponent(title string) string {
	for _, dash := range []string{" – ", " — ", " - "} {
		i := strings.Index(title, dash)
		if i < 0 {
			continue
		}
		after := title[i+len(dash):]
		seg := after
		if c := strings.IndexByte(after, ')'); c >= 0 && strings.LastIndexByte(title[:i], '(') >= 0 {
			seg = after[:c]
		}
		ws := strings.Fields(seg)
		if len(ws) == 0 || len(ws) > 4 {
			continue
		}
		if componentWords()[lexicon.Fold(ws[0])] || componentWords()[lexicon.Fold(ws[len(ws)-1])] {
			return title[:i] + after[len(seg):]
		}
	}
	return title
}

// componentWords are the lexicon's project.component words, folded.
var componentWords = foldedSet("project", "component")

// shoutedLine reports a line whose words are mostly in capitals.
func shoutedLine(fields []string) bool {
	caps := 0
	for _, f := range fields {
		if startsUpper(f) && strings.ToUpper(f) == f {
			caps++
		}
	}
	return 2*caps > len(fields)
}

// countryJoin splits countries joined by a dash, a slash or a word for
// "and" (of English, French, Spanish, Portuguese, Italian, German, Dutch).
var countryJoin = regexp.MustCompile(`\s*[–—/-]\s*|\s+(?:and|et|y|e|und|en)\s+`)

// namesNoProject reports a heading that names something else than a
// project, whatever its form: a country ("RÉPUBLIQUE FRANÇAISE" over a
// release), a report ("Resultatenrapportage 2023"), a body ("EMBASSY OF
// JAPAN IN", "Ministry of Health").
func namesNoProject(name string) bool {
	if _, country := normalize.CountryCode(name); country {
		return true
	}
	// "… (GIZ) GmbH" in a logo's line: a legal form is no name.
	if normalize.IsLegalForm(name) {
		return true
	}
	// "Uganda–Kenya clean cooking drive …": countries joined by a dash or
	// "and" are places, no name.
	if first := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '–' || r == '—' || r == '/' || r == '-' }); len(first) > 1 && normalize.CountryWord(first[0]) {
		parts := countryJoin.Split(name, -1)
		all := true
		for _, p := range parts {
			if _, ok := normalize.CountryCode(strings.TrimSpace(p)); !ok {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	// "BMEL–FAO", "EU–Niger": bodies and countries joined by a dash or
	// a slash name a partnership or a fund, no project.
	if strings.ContainsAny(name, "–—/-") {
		parts := strings.FieldsFunc(name, func(r rune) bool { return r == '–' || r == '—' || r == '/' || r == '-' })
		all := len(parts) > 1
		for _, p := range parts {
			if p = strings.TrimSpace(p); strings.Contains(p, " ") || !orgName(p) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	// "EUR 6 million": a key figure's amount heading a brochure.
	if ms := normalize.FindMoney(name); len(ms) > 0 && len(strings.Fields(name)) <= len(strings.Fields(ms[0].Text))+1 {
		return true
	}
	// "Representação da FAO em Moçambique", "Embassy of Sweden in
	// Kenya": a body's seat, its word (organisation.seat) and a word
	// for "of" first.
	if ws := strings.Fields(lexicon.Fold(name)); len(ws) > 2 && seatWords()[ws[0]] && ofWords()[ws[1]] {
		return true
	}
	return reportPart(name) && !acronymLike(nameStem(name)) || hasOrgWord(leadingRun(name))
}

// knownBesides reports a title that names a project the store knows
// other than name.
func (x *extractor) knownBesides(title, name string) bool {
	for _, m := range x.known.find(title) {
		if projectKey(m.name) != projectKey(name) && !strings.Contains(lexicon.Fold(name), lexicon.Fold(m.name)) {
			return true
		}
	}
	return false
}

// personPage reports a name that the page's title or <title> gives as a
// person's, with a role after it (personWithRole).
func (x *extractor) personPage(name string) bool {
	return personWithRole(x.doc.Title, name) || personWithRole(x.doc.Meta[dossier.MetaPageTitle], name)
}

// rolePart reports a title part that opens on a person's role ("Project
// Manager, Public Procurement Division", "Senior Adviser").
func rolePart(part string) bool {
	ws := strings.Fields(part)
	return len(ws) > 0 && roleWords.MatchString(strings.Join(ws[:min(3, len(ws))], " "))
}

// personWithRole reports a name that the page's title gives as a
// person's, with a role after it ("Mirela Dushku – Project Manager") or
// the heading of an event's speakers ("Dr. Katrin Vollmer – Referentinnen
// und Referenten"): its heading over the page is that person's too.
func personWithRole(title, name string) bool {
	parts := titleSeparators.Split(collapse(title), -1)
	for i := 0; i+1 < len(parts); i++ {
		if parts[i] == name && looksLikePerson(name) && (rolePart(parts[i+1]) || trapSections()[lexicon.Fold(parts[i+1])] || peopleWords()[lexicon.Fold(parts[i+1])]) {
			return true
		}
	}
	return false
}

// trapTitlePart reports a title one of whose later parts (after a colon, a
// dash, a bar or a question) says what the page is: "Kleinprojektefonds
// Küste: Häufig gestellte Fragen", "2. Aktualisierung – Beschaffungsplan
// 2025", "Sei uno studente …? Tirocinio curriculare", "… | Careers".
func trapTitlePart(title string) bool {
	t := collapse(title)
	if t == "" {
		return false
	}
	parts := titleParts.Split(strings.ReplaceAll(t, "? ", " – "), -1)
	// "Il Ponte – Notiziario della sede AICS di Tirana – n. 1/2025": a
	// periodical's name in a title that gives its issue's number is one
	// issue, not its archive.
	issue := false
	for _, p := range parts {
		issue = issue || periodicalTitle(strings.TrimSpace(p))
	}
	issue = issue && issueLine(numberOfYear.ReplaceAllString(t, "$1"))
	for _, p := range parts[1:] {
		if issue && periodicalTitle(strings.TrimSpace(p)) {
			continue
		}
		// ("… · Têtes bien faites – le podcast de la santé mondiale":
		// the part's article first.)
		if p = strings.TrimSpace(p); hasTrapWord(p) || hasTrapWord(stripLeadingArticle(p)) {
			return true
		}
	}
	return false
}

// recordLabels counts the kinds of a project's record the page's labels
// give (start, end, duration, budget, givers, implementer, status,
// countries).
func (x *extractor) recordLabels() int {
	seen := map[labelKind]bool{}
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RolePair {
			continue
		}
		switch k := lookupLabel(b.Label); k {
		case labelStart, labelEnd, labelDuration, labelBudget, labelFunding, labelImplementer, labelStatus, labelCountries:
			seen[k] = true
		}
	}
	return len(seen)
}

// listingTitle reports a title whose first part is a listing of a
// site's items (lexicon trap.listing: "Communiqués de presse", "Press
// releases | Embassy of …"). (A later part names the site's section an
// item is filed under: "IAEF - Sala de prensa - Se prorroga …".)
func listingTitle(title string) bool {
	t := collapse(title)
	if t == "" {
		return false
	}
	first := titleParts.Split(t, 2)[0]
	return listingWords()[lexicon.Fold(strings.TrimSpace(first))]
}

// datedItems counts the list items that open on a date ("2 février
// 2023 Remise de …"): a listing's entries, each an item's date and
// headline.
func (x *extractor) datedItems() int {
	n := 0
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RoleItem && b.Role != dossier.RoleParagraph || len(b.Text) > 300 {
			continue
		}
		if _, ok := dateAt(b.Text); ok {
			n++
		}
	}
	return n
}

// listingWords are the lexicon's trap.listing phrases, folded.
var listingWords = foldedSet("trap", "listing")

// peopleWords are the lexicon's page.people words, folded: a site's
// section of people ("People", "Ons team").
var peopleWords = foldedSet("page", "people")

// sameInitial reports whether two names start with the same letter,
// accents and case aside.
func sameInitial(a, b string) bool {
	fa, fb := lexicon.Fold(a), lexicon.Fold(b)
	return fa != "" && fb != "" && fa[0] == fb[0]
}

// isPlace reports a text that names a country or an area the lexicon
// knows ("Malawi", "West Africa").
func isPlace(t string) bool {
	t = strings.TrimSpace(t)
	if _, ok := normalize.CountryCode(t); ok {
		return true
	}
	_, ok := lexicon.Area(t)
	return ok
}

// placeAtStart returns the country or region the first one to three words
// name ("Sahel", "Southern Africa"), or "".
func placeAtStart(words []string) string {
	for n := min(3, len(words)); n >= 1; n-- {
		t := strings.Join(words[:n], " ")
		if !startsUpper(t) {
			continue
		}
		if _, ok := normalize.CountryCode(t); ok {
			return t
		}
		if _, ok := lexicon.Area(t); ok {
			return t
		}
	}
	return ""
}

// reportPart reports a title's part that names a report, its year aside:
// "Results Report 2023", "Jahresbericht 2022" (lexicon page.report).
func reportPart(part string) bool {
	var kept []string
	for _, w := range strings.Fields(lexicon.Fold(part)) {
		if strings.Trim(w, "0123456789/–-") != "" {
			kept = append(kept, w)
		}
	}
	for n := 1; n <= min(3, len(kept)); n++ {
		if reportWords()[strings.Join(kept[len(kept)-n:], " ")] {
			return true
		}
	}
	// "Länderbericht 2023", "Fortschrittsbericht": a compound whose last
	// part is a word for report (of six letters or more).
	return len(kept) > 0 && compoundEndsIn(kept[len(kept)-1], reportWords())
}

// compoundEndsIn reports a folded word of nine letters or more whose last
// part, of six letters or more, is a word of set: "rijksinstituut" ends
// in "instituut", "landerbericht" in "bericht".
func compoundEndsIn(w string, set map[string]bool) bool {
	for i := 3; len(w) >= 9 && i+6 <= len(w); i++ {
		if set[w[i:]] {
			return true
		}
	}
	return false
}

// reportTitle reports a title of two parts or more whose last part names
// a report (reportPart).
func reportTitle(title string) bool {
	parts := titleParts.Split(collapse(title), -1)
	return len(parts) > 1 && reportPart(parts[len(parts)-1])
}

// reportWords holds the lexicon's page.report phrases, folded.
var reportWords = foldedSet("page", "report")

// acronymLike reports a one-word name written as a project acronym:
// capitals inside it, or "+", "@", or a number joined by a hyphen
// ("GLACY+", "iPROCEEDS-2", "CyberEast", "PROMARIS").
func acronymLike(s string) bool {
	if len(s) < 3 || len(s) > 30 || strings.ContainsAny(s, " ()[]") {
		return false
	}
	// "EU-funded", "UN-led": an acronym joined to a word in lower case is
	// an adjective.
	if i := strings.LastIndexByte(s, '-'); i > 0 && i+3 < len(s) && strings.ToLower(s[i+1:]) == s[i+1:] && strings.Trim(s[i+1:], "0123456789") == s[i+1:] {
		return false
	}
	// A capital inside the word counts, but not one that starts a word
	// joined by a hyphen ("Cyber-Kapazitätsaufbau" is a compound noun;
	// "C-PROC", "iPROCEEDS-2" still count by their other capitals), nor
	// one after an apostrophe ("N'Djamena", a town).
	caps := 0
	prev := ' '
	for i, r := range s {
		if unicode.IsUpper(r) && i > 0 && prev != '-' && prev != '\'' && prev != '’' {
			caps++
		}
		prev = r
	}
	return caps >= 1 || strings.ContainsAny(s, "+@")
}

// distinctive tells a name word from an organisation's acronym or a
// country: "iPROCEEDS" but not "EU", "UNODC" or "USA".
func distinctive(w string) bool {
	if _, ok := lexicon.Organisation(w); ok {
		return false
	}
	if _, ok := normalize.CountryCode(w); ok {
		return false
	}
	if normalize.OrganisationName(w) != w {
		return false
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

// trimPageWords drops leading words naming the page's kind:
// "Projektkurzbeschreibung PROMARIS", "Factsheet CyberEast".
func trimPageWords(s string) string {
	trimmed := false
	for {
		first, rest, ok := strings.Cut(s, " ")
		if !ok || !notSubjectWords()[lexicon.Fold(first)] {
			// "Message from the Executive Director" less its page word
			// opens on a word in lower case: what is left names nothing.
			if trimmed && startsLower(s) {
				return ""
			}
			return s
		}
		s, trimmed = strings.TrimSpace(rest), true
	}
}

// trimProjectWord drops a leading word for project: "Projet LabNet Sahel".
func trimProjectWord(s string) string {
	// "Il progetto MARLUCE", "Le projet X": an article first.
	if first, rest, ok := strings.Cut(s, " "); ok && articleWords()[lexicon.Fold(first)] {
		if t := trimProjectWord(rest); t != rest {
			return t
		}
	}
	lower := strings.ToLower(s)
	for _, w := range lexicon.Phrases("project", "word") {
		if rest, ok := strings.CutPrefix(lower, w); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ":")) {
			// "Programme for Maritime Security": the word begins the
			// name when a little word follows it.
			name := strings.TrimSpace(strings.TrimLeft(s[len(w):], ": "))
			if !startsUpper(name) && !strings.HasPrefix(rest, ":") {
				return s
			}
			return name
		}
	}
	return s
}

// notSubject reports a title part that names an event, a page kind or a
// job rather than a project: "Octopus Conference 2025", "Vacancy".
func notSubject(s string) bool {
	// "Mio. €" of a card's "14 Mio.⏎€": a currency's sign is in no name.
	// (Searched for one by one: a set of signs beyond ASCII is read a
	// rune at a time.)
	if strings.Contains(s, "€") || strings.IndexByte(s, '$') >= 0 || strings.Contains(s, "£") || strings.Contains(s, "¥") {
		return true
	}
	folded := lexicon.Fold(s)
	// "SOCIEDADE", "Wirtschaft": a newspaper's section, the whole name.
	if sectionWords()[folded] {
		return true
	}
	// "NOTA À IMPRENSA Nº 147": a page word of several words.
	for _, p := range notSubjectPhrases() {
		if strings.Contains(folded, p) {
			return true
		}
	}
	words := strings.Fields(folded)
	onlyGeneric := len(words) > 0
	// ("E-Tender II": a word joined to another by a hyphen is part of a
	// coined name, no page word of its own; "NL-bijdrage", a country's
	// or a body's contribution, is one.)
	var joined map[string]bool
	if strings.Contains(s, "-") {
		joined = map[string]bool{}
		for _, f := range strings.Fields(s) {
			head, _, _ := strings.Cut(strings.Trim(f, "-"), "-")
			_, country := normalize.CountryCode(head)
			country = country || len(head) == 2 && strings.ToUpper(head) == head && normalize.CountryName(head) != ""
			_, body := normalize.KnownOrganisation(head)
			if strings.Contains(strings.Trim(f, "-"), "-") && !country && !body {
				for _, w := range strings.Fields(lexicon.Fold(f)) {
					joined[w] = true
				}
			}
		}
	}
	// ("Programa de Reforço dos Cuidados Obstétricos … e da Formação de
	// Parteiras": a long name that opens on a word for project holds the
	// words of its field, "formação" of midwives among them, deep in it.)
	deep := len(words) >= 6 && projectWordSet()[words[0]]
	for i, w := range words {
		if notSubjectWords()[w] && !joined[w] && !(deep && i >= 4) {
			return true
		}
		// "EU-funded Actions on Security and Governance": a plural word
		// for project names a portfolio, not one project.
		if projectWordForm(w) && !projectWordSet()[w] && len(words) > 1 {
			return true
		}
		if !projectWordForm(w) && !nameLittle()[w] && !listAnd()[w] {
			onlyGeneric = false
		}
	}
	// "Projekte und Programme", "Our projects": words for project and
	// little words name no project.
	return onlyGeneric
}

// notSubjectPhraseIn reports a page word of several words in s ("nota à
// imprensa").
func notSubjectPhraseIn(s string) bool {
	folded := lexicon.Fold(s)
	for _, p := range notSubjectPhrases() {
		if strings.Contains(folded, p) {
			return true
		}
	}
	return sectionWords()[folded]
}

// isSite reports the name of the site the page belongs to (its masthead):
// the publisher's, never a project's.
func (x *extractor) isSite(name string) bool {
	site := x.doc.Meta[dossier.MetaSite]
	if site != "" && lexicon.Fold(site) == lexicon.Fold(name) {
		return true
	}
	// "COSTA NORTE" on the site of "Costa Norte 98.7 FM": the site's
	// name less a station's frequency or a number after it.
	if rest, ok := strings.CutPrefix(lexicon.Fold(site), lexicon.Fold(name)+" "); ok && name != "" && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	// "GQIP portfolio overview" on the site of the Global Quality
	// Infrastructure Partnership: the site's initials name it too.
	if site != "" && initialsOf(site) == name {
		return true
	}
	// "RIVM helpt Indonesië … | RIVM": the last part of the page's own
	// <title>, after a bar, names the site.
	if t := x.doc.Meta[dossier.MetaPageTitle]; strings.Contains(t, "|") {
		parts := strings.Split(t, "|")
		return lexicon.Fold(parts[len(parts)-1]) == lexicon.Fold(name)
	}
	return false
}

// projectWordJustBefore reports text that ends on a word for project
// ("the programme", "das Vorhaben,"), or on a colon after one of its
// last three words ("… in ein internationales Vorhaben mündet:").
func projectWordJustBefore(text string) bool {
	tail := strings.TrimRight(text[max(0, len(text)-60):], " ")
	colon := strings.HasSuffix(tail, ":")
	t := strings.TrimRight(tail, " :,")
	ws := words(t)
	if len(ws) == 0 || ws[len(ws)-1].end != len(t) {
		return false
	}
	n := 1
	if colon {
		n = 3
	}
	for _, w := range ws[max(0, len(ws)-n):] {
		if projectWordForm(w.fold) {
			return true
		}
	}
	return false
}

// periodicalName reports a name the document's opening sets over a line
// that opens on a word for a periodical (the lexicon's page.periodical),
// an article before it maybe: "SP-Connect" over "The newsletter of the
// Social Protection Practitioners' Exchange · Issue 17".
func (x *extractor) periodicalName(name string) bool {
	bs := x.doc.Blocks
	for i := 0; i+1 < len(bs) && i < 4; i++ {
		// "Informativo SSSC" over "Sociedade Sul-Americana de Sismologia
		// Cidadã": a periodical named by a word for one and its
		// publisher's acronym, the body it stands for spelled out below.
		if ws := strings.Fields(bs[i].Text); len(ws) >= 2 && len(ws) <= 4 && periodicalWords()[lexicon.Fold(ws[0])] && strings.Join(ws[1:], " ") == name {
			for j := i + 1; j < len(bs) && j <= i+2; j++ {
				if t, _, _ := strings.Cut(bs[j].Text, "\n"); initialsOf(t) == name && hasOrgWord(t) {
					return true
				}
			}
		}
		// (Folded: the masthead in capitals, "BALKAN DIGITAL REVIEW", is
		// the name the file's title gives in small letters.)
		// ("The Chisinau Courier" names "Chisinau Courier".)
		if t := bs[i].Text; len(t) > 2*len(name)+8 || lexicon.Fold(stripLeadingArticle(t)) != lexicon.Fold(stripLeadingArticle(name)) {
			continue
		}
		if periodicalTitle(bs[i+1].Text) {
			return true
		}
		// (The issue's line may stand a line or two lower, after the
		// date and the section: "Año XXXI · N.º 10.942".)
		for j := i + 1; j < len(bs) && j <= i+3; j++ {
			if issueLine(bs[j].Text) {
				return true
			}
		}
		return false
	}
	return false
}

// issueLine reports a line that numbers a periodical's issue ("Issue 47 ·
// November 2023", "Jaargang 79 · nr. 276"): the lexicon's trap.issue
// word before a number.
func issueLine(line string) bool {
	// Field by field as written: "NO-1", an identifier, is no "No. 1".
	ws := strings.Fields(line)
	for i := 0; i+1 < len(ws) && i < 12; i++ {
		w := lexicon.Fold(ws[i])
		if !issueWords()[w] && !issueWords()[lexicon.Fold(strings.TrimRight(ws[i], ".º°"))] {
			continue
		}
		// ("Año XXXI · N.º 10.942": a volume in roman numerals.)
		next := strings.Trim(ws[i+1], ".,;:·")
		// ("Boletim n.º 31" folded: "n º 31".)
		if (next == "º" || next == "°") && i+2 < len(ws) {
			next = strings.Trim(ws[i+2], ".,;:·")
		}
		// ("Projeto UNCDF n.º 00124578": a word for project before it
		// makes the number the project's, and a leading zero or more
		// than five figures make it an identifier, no issue's.)
		if i > 0 && slices.ContainsFunc(ws[:i], func(w string) bool { return projectWordForm(lexicon.Fold(w)) }) {
			continue
		}
		if digits := strings.Trim(next, ".,"); strings.HasPrefix(digits, "0") || len(strings.NewReplacer(".", "", ",", "").Replace(digits)) > 5 {
			continue
		}
		if next != "" && (strings.Trim(next, "0123456789.,") == "" || strings.Trim(next, "IVXLC") == "") {
			return true
		}
	}
	return false
}

// governmentMasthead reports a line whose part at, a name, stands beside a
// country's name: a government's masthead ("República Portuguesa ·
// Negócios Estrangeiros") names a ministry, no project.
func governmentMasthead(line string, at int) bool {
	parts := titleSeparators.Split(collapse(line), -1)
	for i, p := range parts {
		// (The state's formal name, not the country's: "Ghana –
		// WASHSCHOOL" is a project's page.)
		if code, ok := normalize.CountryCode(strings.TrimSpace(p)); ok && i != at && lexicon.Fold(normalize.CountryName(code)) != lexicon.Fold(p) {
			return len(parts) <= 3
		}
	}
	return false
}

// periodicalTitle reports a line that opens on a word for a periodical,
// an article before it maybe: a newspaper's masthead ("Diario El
// Centinela"), a newsletter's line ("The newsletter of …").
func periodicalTitle(line string) bool {
	ws := strings.Fields(lexicon.Fold(periodicalHead(line)))
	if len(ws) > 0 && articleWords()[ws[0]] {
		ws = ws[1:]
	}
	for n := 1; n <= min(3, len(ws)); n++ {
		if periodicalWords()[strings.Join(ws[:n], " ")] {
			return true
		}
	}
	// "Waterbrief Internationaal", "Archivpost": German and Dutch make a
	// periodical's name one word, its kind last (page.periodical_end).
	// (Not a word in capitals: "PROFIPOST" is a coined name.)
	if len(ws) > 0 && !notPeriodicalEnds()[ws[0]] && !shoutedWord(periodicalHead(line)) {
		for end := range periodicalEnds() {
			if len(ws[0]) > len(end)+2 && strings.HasSuffix(ws[0], end) {
				return true
			}
		}
	}
	return false
}

// shoutedWord reports a line whose first word is written in capitals
// ("PROFIPOST – 5.ª Reunião").
func shoutedWord(line string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(line), " ")
	return len(first) >= 4 && strings.ToUpper(first) == first && strings.ToLower(first) != first
}

// periodicalHead returns line less the body's acronym a hyphen joins to
// its first word, a word for a periodical ("WE-Newsletter 2/2022",
// "EU-Rundbrief").
func periodicalHead(line string) string {
	line = strings.TrimSpace(line)
	first, rest, _ := strings.Cut(line, " ")
	if i := strings.LastIndexByte(first, '-'); i > 0 && periodicalWords()[lexicon.Fold(first[i+1:])] {
		return strings.TrimSpace(first[i+1:] + " " + rest)
	}
	return line
}

// periodicalEnds are the lexicon's page.periodical_end words, folded;
// notPeriodicalEnds the words that end so and name none
// (page.periodical_end_not: "Projektsteckbrief", "Kamerbrief").
var (
	periodicalEnds    = foldedSet("page", "periodical_end")
	notPeriodicalEnds = foldedSet("page", "periodical_end_not")
)

// orgName reports a name the lexicon knows as a body.
func orgName(name string) bool {
	_, known := normalize.KnownOrganisation(name)
	return known
}

// periodicalsName reports a title that sets name right before or right
// after a word for a periodical: "Creative Balkans Bulletin",
// "Notiziario Ponti di Terra".
func periodicalsName(title, name string) bool {
	tw, nw := words(title), words(name)
	if len(nw) == 0 || len(tw) <= len(nw) {
		return false
	}
	for i := 0; i+len(nw) <= len(tw); i++ {
		same := true
		for k := range nw {
			if tw[i+k].fold != nw[k].fold {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if i > 0 && periodicalWords()[tw[i-1].fold] || i+len(nw) < len(tw) && periodicalWords()[tw[i+len(nw)].fold] {
			return true
		}
	}
	return false
}

// periodicalNamed reports a name of two words or more whose last is a
// word for a periodical: "Consumer Safety Bulletin" is a bulletin's name;
// so is one whose first word joins a body's acronym to such a word
// ("WE-Newsletter 2").
func periodicalNamed(name string) bool {
	ws := words(name)
	return len(ws) >= 2 && periodicalWords()[ws[len(ws)-1].fold] || periodicalHead(name) != strings.TrimSpace(name)
}

// periodicalIssue reports a line that opens on a word for a periodical
// and goes on with its issue's number: "Newsletter 2/2022", "Boletín
// n.º 14 – marzo de 2023".
func periodicalIssue(line string) bool {
	// (The cheap test first: an issue has a number.)
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	ws := strings.Fields(lexicon.Fold(periodicalHead(line)))
	for n := 1; n <= min(3, len(ws)-1); n++ {
		if !periodicalWords()[strings.Join(ws[:n], " ")] {
			continue
		}
		next := ws[n]
		if next[0] >= '0' && next[0] <= '9' {
			return true
		}
		// "Rundbrief Herbst 2024", "Newsletter October 2024": an issue
		// named by its season or month and year.
		if n+1 < len(ws) && len(ws[n+1]) == 4 && strings.Trim(ws[n+1], "0123456789") == "" {
			if seasonWords()[next] {
				return true
			}
			if d, err := normalize.ParseDate(next + " " + ws[n+1]); err == nil && d.Precision == dossier.PrecisionMonth {
				return true
			}
		}
		return issueLine(strings.Join(ws[n:], " "))
	}
	return false
}

// seasonWords holds the lexicon's page.season words, folded.
var seasonWords = foldedSet("page", "season")

// periodicalWords holds the lexicon's page.periodical phrases, folded.
var periodicalWords = foldedSet("page", "periodical")

// projectWordForm reports whether a folded word is a word for project or
// its plural ("projekte", "programmes", "proyectos").
func projectWordForm(w string) bool {
	set := projectWordSet()
	if set[w] {
		return true
	}
	for _, end := range []string{"s", "e", "en", "es", "i"} {
		if t, ok := strings.CutSuffix(w, end); ok && (set[t] || set[t+"e"] || set[t+"o"] || set[t+"a"]) {
			return true
		}
	}
	return false
}

// listAnd holds the lexicon's list.and words, folded.
var listAnd = foldedSet("list", "and")

// notSubjectPhrases are the page.word entries of several words, folded
// ("nota a imprensa"), each as whole words.
var notSubjectPhrases = sync.OnceValue(func() []string {
	var out []string
	for _, p := range lexicon.Phrases("page", "word") {
		if f := lexicon.Fold(p); strings.Contains(f, " ") {
			out = append(out, f)
		}
	}
	return out
})

// sectionWords are the lexicon's page.section words, folded.
var sectionWords = foldedSet("page", "section")

var notSubjectWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases("page", "word") {
		m[lexicon.Fold(p)] = true
	}
	return m
})

// projectIn returns the key of the project text names, if it names exactly
// one ("About the Octopus Project", "Project Cybercrime@Octopus").
func (x *extractor) projectIn(text string) string {
	// ("… – deuxième phase du programme ARKANE": the follow-up.)
	ms := x.laterPhases(text, x.findMentions(text))
	keys := map[string]bool{}
	var k string
	for _, m := range ms {
		k = projectKey(m.name)
		keys[k] = true
	}
	if len(keys) == 1 {
		return x.names.add(ms[0].name)
	}
	if len(keys) == 0 {
		if m := projectPrefix.FindStringSubmatch(collapse(text)); m != nil {
			if _, ok := x.names.spelling[projectKey(m[1])]; ok {
				return projectKey(m[1])
			}
		}
	}
	return ""
}

// scopeFunding matches a document that describes one donor's funding of a
// project ("Canada’s funding will go towards …"), as donor portals do.
// Only verbs of what the funding pays for: "Japan's contribution is part
// of its budget" describes the donor's books, not the project's period.
var scopeFunding = regexp.MustCompile(`(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)['’]s\s+(?:funding|contribution|grant)\s+(?:will\s+go|goes|went|will\s+support|supports|funds)`)

// possessiveFunding is every way scopeFunding's possessive and noun meet.
var possessiveFunding = []string{"'s funding", "'s contribution", "'s grant", "’s funding", "’s contribution", "’s grant"}

// findScope returns "funding:<donor>" when the document's dates and status
// describe one donor's funding window rather than the whole project.
func findScope(doc *dossier.Document) string {
	for _, b := range doc.Blocks {
		if !strings.Contains(b.Text, "'s") && !strings.Contains(b.Text, "’s") {
			continue // cheap tests before the regular expression
		}
		// (The expression's possessive and noun as they stand in the
		// collapsed text, one space between.)
		t := collapse(b.Text)
		if !containsAny(t, possessiveFunding) {
			continue
		}
		if m := scopeFunding.FindStringSubmatch(t); m != nil {
			return "funding:" + normalize.OrganisationName(m[1])
		}
	}
	return ""
}

// earlierPhaseKey reports a project key that is key less its phase mark:
// "fintrace" of "fintraceii", "pafip" of "pafip2", "glacy" of "glacy+"
// (or "glacyplus").
func earlierPhaseKey(k, key string) bool {
	rest, ok := strings.CutPrefix(key, k)
	if !ok || rest == "" {
		return false
	}
	_, roman := romanNumerals[rest]
	return roman || strings.Trim(rest, "0123456789") == "" || rest == "plus" || rest == "+"
}

// otherProjectClause returns where a relative clause about another
// project starts in s, or 0: a name that is not the project being read and
// not the sentence's subject, or an earlier phase ("the first phase"),
// then a comma (after a bracket, maybe) and a relative pronoun.
func (x *extractor) otherProjectClause(s string, ms []mention) int {
	for from := 0; ; {
		i := strings.Index(s[from:], ", ")
		if i < 0 {
			return 0
		}
		i += from
		from = i + 2
		rel := strings.Fields(s[i+2:])
		if len(rel) == 0 || !relativeWords()[lexicon.Fold(rel[0])] {
			continue
		}
		before := strings.TrimRight(s[:i], " ")
		inner := ""
		if strings.HasSuffix(before, ")") {
			if open := strings.LastIndex(before, "("); open > 0 {
				inner = strings.TrimSpace(before[open+1 : len(before)-1])
				before = strings.TrimRight(before[:open], " ")
			}
		}
		// "… the Election Cybersecurity Support Programme (ELECSEC),
		// which …" in a text on ELECSEC II: the bracket names the earlier
		// phase.
		if k := projectKey(inner); inner != "" && k != "" && k != x.current && x.current != "" && acronymLike(nameStem(inner)) {
			if earlierPhaseKey(k, x.current) {
				return i
			}
			// "… builds on the Global Action on Cybercrime Extended
			// (GLACY+), which started in 2016": a project the document
			// names in its own right, not a body.
			// (Not a body's name spelt out before its acronym, in a
			// clause that says it carries the project out: "El Instituto
			// de Justicia Forense (IJF), que ejecuta …".)
			carries := false
			if bodyNameBefore(before) {
				clause := s[i+2:]
				if j := strings.IndexAny(clause, ",;"); j >= 0 {
					clause = clause[:j]
				}
				carries = hasCue(clause, "implements_name")
			}
			if _, body := normalize.KnownOrganisation(inner); !body && !strings.Contains(x.current, k) && namedBefore(before) && !carries {
				return i
			}
		}
		// Only where the sentence names two projects: "ha preso avvio
		// AGRIDATA+, che proseguirà fino al 2025" speaks of the one it
		// names.
		distinct := map[string]bool{}
		for _, m := range ms {
			distinct[projectKey(m.name)] = true
		}
		for _, m := range ms {
			if m.end != len(before) || len(strings.Fields(s[:m.start])) <= 1 || len(distinct) < 2 {
				continue
			}
			if k := projectKey(m.name); k != x.current && x.current != "" {
				return i
			}
		}
		// A name the document gives elsewhere, or the project's own name
		// without its phase mark ("TIDEMARK" in a page on TIDEMARK II).
		if bw := strings.Fields(before); len(bw) > 2 && x.current != "" {
			// ("… follows the GLACY project, which ended …": the name
			// without its word for project.)
			if n := len(bw); n > 3 && projectWordSet()[lexicon.Fold(bw[n-1])] {
				bw = bw[:n-1]
			}
			for n := 1; n <= 3 && n < len(bw); n++ {
				k := projectKey(strings.Join(bw[len(bw)-n:], " "))
				if k == "" || k == x.current {
					continue
				}
				_, known := x.names.spelling[k]
				known = known && len(ms) >= 2
				if known || earlierPhaseKey(k, x.current) {
					return i
				}
			}
		}
		// "the first phase, which ran from 2017 to 2021" (unless the
		// sentence is read for that phase).
		if x.readingOther {
			continue
		}
		ws := strings.Fields(lexicon.Fold(before))
		if n := len(ws); n >= 2 && phaseWords()[ws[n-1]] && earlierWords()[ws[n-2]] {
			return i
		}
		// "MARLIN, the first phase of the programme, which ran …": an
		// apposition that makes the name before it an earlier phase.
		if j := strings.LastIndex(before, ", "); j > 0 && earlierPhaseWords(before[j+2:]) {
			return i
		}
	}
}

// buildsOnClause returns where to cut a sentence whose subject, the
// project or a word for it, builds on an earlier one (lexicon
// cue.builds_on: "iPROCEEDS-2 follows iPROCEEDS, the first joint project
// …, implemented between 2016 and 2019", "Le programme s'appuie sur les
// diagnostics PEFA réalisés entre 2016 et 2018"): after the first name
// the cue brings in, or right after the cue; what follows describes the
// earlier work. 0 where the sentence is no such one.
func (x *extractor) buildsOnClause(s string, ms []mention) int {
	start, end, ok := findCue(s, "builds_on")
	if !ok {
		return 0
	}
	subject := s[:start]
	if len(strings.Fields(subject)) > 5 || strings.ContainsAny(subject, ",;") || !x.namesProject(subject) {
		return 0
	}
	for _, m := range ms {
		if m.start >= end {
			if projectKey(m.name) == x.current {
				return 0
			}
			return m.end
		}
	}
	return end
}

// andVerbGoesOn reports a sentence that, after the earlier project its
// subject builds on (named up to c), goes on with another verb of that
// subject: "RegiSource II dà seguito al progetto RegiSource e porta il
// registro in Albania, …" states RegiSource II's countries. The earlier
// project is named bare (no figure, no bracket) and a list.and word and
// a word in small letters follow it, a word for project between.
func andVerbGoesOn(s string, c int) bool {
	rest := strings.TrimLeft(s[c:], " ")
	if w := leadingRun(rest); w != "" && projectWordSet()[lexicon.Fold(w)] {
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	and := leadingRun(rest)
	if and == "" || !listAnd()[lexicon.Fold(and)] {
		return false
	}
	next := leadingRun(strings.TrimLeft(rest[len(and):], " "))
	start, _, ok := findCue(s, "builds_on")
	return ok && next != "" && startsLower(next) && !strings.ContainsAny(s[start:c], "0123456789()")
}

// earlierPhaseIn returns the name of the earlier phase of the project
// being read that ms or the text before named ("TIDEMARK" in a text on
// TIDEMARK II), or "".
func (x *extractor) earlierPhaseIn(ms []mention) string {
	for _, m := range ms {
		if earlierPhaseKey(projectKey(m.name), x.current) {
			return m.name
		}
	}
	for _, k := range x.names.order {
		if earlierPhaseKey(k, x.current) {
			return x.names.canonical(k)
		}
	}
	return ""
}

// earlierPhaseInApposition reports an earlier phase named in apposition
// to the words that make it one, near the sentence's start ("Pour
// mémoire, la première phase, SABIC, avait été financée …").
func (x *extractor) earlierPhaseInApposition(s string, ms []mention) bool {
	for _, m := range ms {
		if !earlierPhaseKey(projectKey(m.name), x.current) {
			continue
		}
		before := strings.TrimRight(s[:m.start], " ")
		// ("Essa fase, o LAB-ADUANA, …": an article before the name.)
		if w := lastWord(before); w != "" && articleWords()[lexicon.Fold(w)] {
			before = strings.TrimRight(strings.TrimSuffix(before, w), " ")
		}
		ws := strings.Fields(before)
		if !strings.HasSuffix(before, ",") || len(ws) > 8 || !strings.HasPrefix(strings.TrimSpace(s[m.end:]), ",") {
			return false
		}
		// ("Essa fase, o LAB-ADUANA, …": a word for phase in
		// apposition to the earlier phase's name points to it, whatever
		// word stands before it.)
		for i := range ws {
			if earlierPhaseWords(strings.Join(ws[i:], " ")) || phaseWords()[strings.TrimRight(lexicon.Fold(ws[i]), ",;:")] {
				return true
			}
		}
		return false
	}
	return false
}

// openingPhase returns the number of the phase a sentence's first words
// speak of ("De tweede fase ging …", "The second phase began …"),
// "later" for the latest one ("In de nieuwe fase …", phase.later), or
// "".
func openingPhase(s string) string {
	ws := strings.Fields(s[:min(len(s), 40)])
	ws = ws[:min(len(ws), 4)]
	for i := 1; i < len(ws); i++ {
		if phaseWords()[lexicon.Fold(strings.Trim(ws[i], ",;:"))] && laterPhaseWords()[lexicon.Fold(ws[i-1])] {
			return "later"
		}
	}
	return titlePhase(strings.Join(ws, " "))
}

// laterPhaseWords holds the lexicon's phase.later words, folded ("new",
// "nieuwe", "laufende").
var laterPhaseWords = foldedSet("phase", "later")

// laterPhaseOf returns the key of the document's project that is phase n
// of the one k names ("KALDERA 2", the second phase of KALDERA), or "";
// for n "later", its one follow-up the document names; for "any", the
// first.
func (x *extractor) laterPhaseOf(k, n string) string {
	// (A phase's key is its project's and its number: "kaldera2" for
	// "KALDERA – fase 2", "KALDERA II".)
	// (The names' keys are the document's project keys already.)
	found := ""
	for _, o := range x.names.order {
		if o == k || !strings.HasPrefix(o, k) {
			continue
		}
		switch num := o[len(k):]; {
		case n != "later" && num == n:
			return o
		case n == "any" && len(num) == 1 && num >= "2" && num <= "9":
			return o
		case n == "later" && len(num) == 1 && num >= "2" && num <= "9":
			if found != "" {
				return ""
			}
			found = o
		}
	}
	return found
}

// sentenceOn reads s as a sentence about the project of key, an earlier
// phase, and leaves the state of the text being read as it was.
func (x *extractor) sentenceOn(b dossier.Block, s, key string) {
	current, scope, prev := x.current, x.scope, x.prevSentence
	last, lastSentence, lastSole, seq := x.lastMention, x.lastMentionSentence, x.lastMentionSole, x.mentionSeq
	x.readingOther = true
	x.current = key
	x.sentence(b, s)
	x.readingOther = false
	x.current, x.scope, x.prevSentence = current, scope, prev
	x.lastMention, x.lastMentionSentence, x.lastMentionSole, x.mentionSeq = last, lastSentence, lastSole, seq
}

// earlierPhaseName is a follow-up's name less its phase mark: "REEFWATCH"
// of "REEFWATCH+", "PAFIP" of "PAFIP II"; "" for a name without one.
func earlierPhaseName(name string) string {
	if n := strings.TrimSuffix(name, "+"); n != name && n != "" {
		return n
	}
	if st := nameStem(name); st != name {
		return st
	}
	// "Zaadnet Oost II": a name of more words, its number last.
	if ws := strings.Fields(name); len(ws) > 2 && followUpNumber(ws[len(ws)-1]) {
		return strings.Join(ws[:len(ws)-1], " ")
	}
	return ""
}

// namedBefore reports a text that ends on a name of three capitalised
// words or more ("the Global Action on Cybercrime Extended"), not a
// body's dossier knows: what a bracket acronym after it spells out.
func namedBefore(before string) bool {
	ws := strings.Fields(before)
	caps := 0
	for i := len(ws) - 1; i >= 0 && caps < 3; i-- {
		w := strings.Trim(ws[i], ",;:")
		switch {
		case startsUpper(w):
			caps++
		case nameLittle()[lexicon.Fold(w)] || ofWords()[lexicon.Fold(w)]:
		default:
			return false
		}
	}
	if caps < 3 {
		return false
	}
	for _, o := range orgMentions(before) {
		if o.end == len(before) {
			return false
		}
	}
	return true
}

// earlierPhaseWords reports an earlier word right before a word for phase
// in s ("the first phase of the programme", "la première phase").
func earlierPhaseWords(s string) bool {
	ws := strings.Fields(lexicon.Fold(s))
	for n := 1; n < len(ws) && n < 4; n++ {
		if phaseWords()[strings.TrimRight(ws[n], ",;:")] && earlierWords()[ws[n-1]] {
			return true
		}
	}
	return false
}

// earlierWords are the lexicon's phase.earlier words, folded.
var earlierWords = foldedSet("phase", "earlier")

// sentenceSubject returns the key of the one project a sentence names
// near its start (after four words at most: "The regional action X"),
// as its subject, or "".
func (x *extractor) sentenceSubject(s string) string {
	ms := x.sentenceMentions(s)
	if len(ms) == 0 || len(strings.Fields(s[:ms[0].start])) > 4 {
		return ""
	}
	k := projectKey(ms[0].name)
	for _, m := range ms[1:] {
		if projectKey(m.name) != k {
			return ""
		}
	}
	if _, ok := x.names.spelling[k]; !ok {
		return ""
	}
	return k
}

// sentenceEnd finds in text the first sentence end: a full stop, "!" or
// "?", then white space, then a capital, a digit or an opening quotation
// mark. It returns where the mark stands and where the next sentence
// starts. (As the pattern `([.!?])\s+(\p{Lu}|\d|“|")` would, by hand: it
// runs over every paragraph.)
func sentenceEnd(text string) (mark, next int, ok bool) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && isRegexpSpace(text[j]) {
			j++
		}
		if j == i+1 || j >= len(text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[j:])
		if unicode.IsUpper(r) || r >= '0' && r <= '9' || r == '“' || r == '"' {
			return i, j, true
		}
	}
	return 0, 0, false
}

func sentences(text string) []string {
	text = collapse(text)
	var out []string
	from := 0 // where to look for the next boundary: past abbreviations
	for {
		mark, next, ok := sentenceEnd(text[from:])
		if !ok {
			break
		}
		mark, next = from+mark, from+next
		// "ca. EUR", "1,5 Mio. Euro", "e.g. The": not a sentence end
		// after an abbreviation; look past it.
		if abbreviations()[strings.ToLower(lastWord(text[:mark]))] || dayBeforeMonth(text[:mark], text[next:]) {
			from = mark + 1
			continue
		}
		out = append(out, strings.TrimSpace(text[:mark+1]))
		text = strings.TrimSpace(text[next:])
		from = 0
	}
	if t := strings.TrimSpace(text); t != "" {
		out = append(out, t)
	}
	return out
}

// passiveGiving finds, in rest's clause (up to a stop or a semicolon), a
// verb of giving in the passive (the lexicon's cue.passive_giving:
// "provided by", "apportés par"), and returns where it ends.
func passiveGiving(rest string) (end int, ok bool) {
	_, end, ok = passiveGivingAt(rest)
	return end, ok
}

// passiveGivingAt is passiveGiving with where the verb starts.
func passiveGivingAt(rest string) (start, end int, ok bool) {
	if i := strings.IndexAny(rest, ".;"); i >= 0 {
		rest = rest[:i]
	}
	return findCue(rest, "passive_giving")
}

// dayBeforeMonth reports a day's number whose ordinal point is no
// sentence's end: "am 30. September 2025", "1. Jänner".
func dayBeforeMonth(before, after string) bool {
	day := lastWord(before)
	if len(day) == 0 || len(day) > 2 || strings.Trim(day, "0123456789") != "" {
		return false
	}
	month, _, _ := strings.Cut(after, " ")
	_, err := normalize.ParseDate("1. " + strings.TrimRight(month, ".,;") + " 2000")
	return err == nil
}

var abbreviations = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Phrases("abbreviation", "word") {
		m[strings.ToLower(w)] = true
	}
	return m
})

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimLeft(f[len(f)-1], "(")
}

var (
	// superseded marks a sentence that tells a past state of the project.
	superseded = regexp.MustCompile(`(?i)\b(initially|originally|previously|formerly|at first|was extended|been extended|extended by|extended until|extended to|had been planned|was planned|was due to|(?:was|were|been|is) postponed|postponed (?:to|until)|prolong)`)
	// isAProject names the project's implementer: "X is a Council of Europe
	// project".
	isAProject = regexp.MustCompile(`^(.{2,80}?)\s+(?:is|was)\s+an?\s+(?:joint\s+)?(.+?)\s+(?:project|programme|initiative)\b`)
	// contributionOf finds a contribution stated in prose.
	contributionOf = regexp.MustCompile(`(?i)\b(?:contribution|grant|donation|funding)\s+of\b|\bcontributed\b|\bprovided\b|\bpledged\b`)
	// governmentOf finds a government named as a donor.
	governmentOf = regexp.MustCompile(`(?:Government|Ministry[\p{L} ]*?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*)`)
	// pronoun refers back to the project named in the sentence before.
	pronoun = regexp.MustCompile(`(?i)\b(?:it|that project|this project|the latter)\b`)
	// orgProject names the organisation a project belongs to.
	orgProject = regexp.MustCompile(`(?i)\b(an?|both|these|the two|all)\s+((?-i:\p{Lu}[\p{L}]+(?:\s+(?:of|for|on|the|\p{Lu}[\p{L}]+))*?))\s+projects?\b`)
	// unitOfOrg names a unit of an organisation: "Programme Office of the
	// Council of Europe".
	unitOfOrg = regexp.MustCompile(`\b(?:Office|Division|Department|Directorate|Unit|Secretariat)(?:\s+\([^)]*\))?\s+of\s+the\s+(\p{Lu}[\p{L}]+(?:\s+(?:of|for|the|\p{Lu}[\p{L}]+))*)`)
	// runsFrom is a sentence giving the project's period.
	runsFrom = regexp.MustCompile(`(?i)\b(?:runs|ran|will run|running|lasts|lasted|will last|is implemented|was implemented|will be implemented|duration)\b`)
	// budgetWord is a sentence giving the project's budget.
	budgetWord = regexp.MustCompile(`(?i)\bbudget\b`)
	// quantityLine is a short line that states a figure: "Over 2,000
	// participants", "120 countries", "46 workshops".
	quantityLine = regexp.MustCompile(`(?i)^(?:over|more than|some|about|around|up to|at least|nearly|almost)?\s*\d[\d,.\s]*\+?\s*%?\s*\p{L}`)
)

// titleAnnounces reports a document whose title announces its project by
// the word for project and names none ("UK launches £2.6 million
// programme to protect …", "Nouveau projet pour …"): a news item's
// headline, not a report's. (A headline is a sentence: "Programme 2024"
// over a festival's days is none.)
func (x *extractor) titleAnnounces() bool {
	if x.announces == 0 {
		x.announces = -1
		if titleAnnouncesProject(x.doc.Title) && len(x.sentenceMentions(x.doc.Title)) == 0 {
			x.announces = 1
		}
	}
	return x.announces > 0
}

// titleAnnouncesProject reports a headline of four words or more with a
// word for project in it.
func titleAnnouncesProject(title string) bool {
	ws := strings.Fields(title)
	if len(title) > 300 || len(ws) < 4 {
		return false
	}
	for _, w := range ws {
		if projectWordSet()[strings.ToLower(strings.Trim(w, ",.;:!?\"'«»“”()"))] {
			return true
		}
	}
	return false
}

// theProjectIn reports text that speaks of a project by an article and
// its word for project, no name after it: "het project", "the
// programme", "le projet".
func theProjectIn(text string) bool {
	ws := words(text)
	for i := 0; i+1 < len(ws); i++ {
		// ("el programa Mesoamérica sin Hambre": a name after the word
		// makes it that programme's, no pointing back.)
		if articleWords()[ws[i].fold] && projectWordSet()[strings.ToLower(text[ws[i+1].start:ws[i+1].end])] && (i+2 >= len(ws) || !startsUpper(text[ws[i+2].start:ws[i+2].end])) {
			return true
		}
	}
	return false
}

// prose reads the facts a sentence states.
func (x *extractor) prose(b dossier.Block, text string) {
	// A paragraph that opens on a project as its subject ("The regional
	// action … (IBCM-Sahel) closed …. Implemented by …, it had …") speaks
	// of it to its end, whatever project the section is about.
	saved := x.current
	defer func() { x.current = saved }()
	// A report whose title names no project, about the one it names most:
	// its text before it first names that project (an executive summary,
	// "In 2023 the EU committed EUR 1.46 billion to new actions …") is
	// about the whole report, not that project.
	// (Not a page whose headline announces a project by its word for
	// project and no name: "UK launches £2.6 million programme to
	// protect …" is followed by that programme's lead.)
	// (Nor a paragraph that speaks of "the project" on a page that
	// names one project only: "… een verlenging van het project tot 31
	// augustus 2025. … Sinds de start van KUDUSCAN, zoals het project
	// intern heet, …".)
	if x.mainByCount > 0 && x.current == x.mainKey && !x.mainNamed && len(x.names.order) == 1 && b.Role == dossier.RoleParagraph && theProjectIn(text) {
		x.theProjectBefore = true
	}
	if x.mainByCount > 0 && x.current == x.mainKey && !x.mainNamed && !x.hasProjectSections() && b.Role == dossier.RoleParagraph && !x.titleAnnounces() && !x.theProjectBefore {
		for _, m := range withPhaseMarks(text, x.sentenceMentions(text)) {
			if projectKey(m.name) == x.mainKey {
				x.mainNamed = true
			}
		}
		if !x.mainNamed {
			x.current = ""
		}
	}
	seq, topic := x.mentionSeq, false
	for i, s := range sentences(text) {
		// "… the completion of SahelLight, the off-grid solar programme
		// …. The programme closed on 31 December 2020": a sentence that
		// opens on "the programme" and names none speaks of the one
		// project the paragraph's last naming sentence named.
		// A paragraph that opened on its project as subject speaks of
		// that one throughout ("FINTRACE II continued …, builds on the
		// earlier FINTRACE action …. The programme runs until …").
		if i > 0 && !topic && x.mentionSeq > seq && x.lastMentionSole && anaphoricOpening(s) && len(x.sentenceMentions(s)) == 0 {
			if _, ok := x.names.spelling[x.lastMention]; ok {
				was := x.current
				x.current = x.lastMention
				x.sentence(b, s)
				x.current = was
				continue
			}
		}
		// "… is a Team Europe initiative. Duration: 48 months. Target
		// countries: Senegal, …": a label and its value set as a
		// sentence of a paragraph (a box of notes) read as a label's.
		if i > 0 {
			if m := lineLabelMatch(s); m != nil && len(strings.Fields(m[1])) <= 4 {
				if k := lookupLabel(m[1]); k != labelNone && k != labelTitle && k != labelCode {
					// "Duration: … · Beneficiary countries: … · Status:
					// ongoing": pairs set in a row, a dot between.
					if pairs := dottedPairs(s); len(pairs) > 1 {
						for _, p := range pairs {
							x.valueLine(p.kind, b, p.value, p.text)
						}
						continue
					}
					x.valueLine(k, b, strings.TrimSuffix(strings.TrimSpace(m[2]), "."), s)
					continue
				}
			}
		}
		x.sentence(b, s)
		if i == 0 {
			// ("Follow-up to VESTA (2020–2024).": not the earlier
			// project the paragraph opens by naming.)
			k := x.sentenceSubject(s)
			// "Lancé en juillet 2019, le Programme régional … (SeaWarden)
			// est mis en œuvre …. Doté de 7,4 M€, il est cofinancé …":
			// where no project is being read, the one project the
			// paragraph's first sentence names is its topic, however far
			// into the sentence.
			if k == "" && x.current == "" {
				k = x.soleProject(s)
			}
			if k != "" && (k == x.current || !x.namesEarlier(s, k)) {
				x.current, topic = k, true
			}
		}
	}
}

// soleProject returns the key of the one project a sentence names, or ""
// where it names none or several.
func (x *extractor) soleProject(s string) string {
	k := ""
	for _, m := range x.sentenceMentions(s) {
		mk := projectKey(m.name)
		if k != "" && mk != k {
			return ""
		}
		k = mk
	}
	return k
}

// presentClauses returns the clauses of s, cut at semicolons, colons and
// commas a word of list.and follows, after the first that tell no past
// state of the project (see
// superseded): those after "initially planned to end in 2024;" or "was
// extended by two years:".
func presentClauses(s string) []string {
	var out []string
	var parts []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ':' }) {
		parts = append(parts, commaAndClauses(p)...)
	}
	for i, c := range parts {
		lower := strings.ToLower(c)
		if i == 0 || containsAny(lower, supersededWords) && superseded.MatchString(c) || hasCue(c, "superseded") {
			continue
		}
		out = append(out, strings.TrimSpace(c))
	}
	return out
}

// commaAndClauses cuts s before each comma that a word of list.and
// follows ("…, the Board granted a six-month extension, | and the project
// closed on 30 September 2021").
func commaAndClauses(s string) []string {
	var out []string
	for {
		cut := -1
		for i := strings.Index(s, ", "); i >= 0; {
			w, _, _ := strings.Cut(s[i+2:], " ")
			if listAnd()[lexicon.Fold(w)] {
				cut = i
				break
			}
			j := strings.Index(s[i+2:], ", ")
			if j < 0 {
				break
			}
			i += 2 + j
		}
		if cut < 0 {
			return append(out, s)
		}
		out = append(out, s[:cut])
		s = s[cut+2:]
	}
}

// presentBesideInsteadOf returns the parts of a sentence that tell no
// past state beside a clause the lexicon's cue.instead_of opens ("instead
// of", "en lugar de", "statt"). That clause runs to its first year, or to
// a comma or semicolon before it: "Statt wie ursprünglich geplant im März
// 2024 | endet das Vorhaben nun am 30. September 2025". A part that still
// tells a past state (cue.superseded) is left out, as is one of fewer
// than three words.
func presentBesideInsteadOf(s string) []string {
	a, e, ok := findCue(s, "instead_of")
	if !ok {
		return nil
	}
	end := len(s)
	if i := strings.IndexAny(s[e:], ",;"); i >= 0 {
		end = e + i
	}
	if loc := yearWord.FindStringIndex(s[e:end]); loc != nil {
		end = e + loc[1]
	}
	var out []string
	for _, p := range []string{s[:a], s[end:]} {
		p = strings.Trim(p, " ,;.:")
		lower := strings.ToLower(p)
		if len(strings.Fields(p)) < 3 || containsAny(lower, supersededWords) && superseded.MatchString(p) || hasCue(p, "superseded") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// yearWord is a year standing as a word.
var yearWord = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// pronounOpening reports a sentence that opens on a subject pronoun of
// the lexicon ("It is …", "Il est …", "Es läuft …") or, its subject left
// out, on a verb of being ("Sigue en marcha", "È in corso"), and names no
// other subject after it: "Está igualmente em preparação uma nova linha
// de apoio" speaks of the new line (an article follows the verb).
func pronounOpening(s string) bool {
	t := strings.TrimLeft(s, " \"'«“")
	ws := words(t[:min(len(t), 60)])
	if len(ws) == 0 {
		return false
	}
	n := copulaAt(ws, 0)
	if subjectPronouns()[ws[0].fold] {
		n = 1
	}
	if n == 0 {
		return false
	}
	for _, w := range ws[n:min(len(ws), n+6)] {
		if articleWords()[w.fold] || len(indefiniteArticles()[w.fold]) > 0 {
			return false
		}
	}
	return true
}

// anaphoricOpening reports a sentence that opens on a word pointing back
// and a word for project ("The programme", "Ce projet", "Das Vorhaben",
// "Il progetto regionale"): lexicon anaphor.word, project.qualifier and
// project.word.
func anaphoricOpening(s string) bool {
	// Three words are enough: fold no more.
	head := s
	if n := strings.IndexByte(s, ' '); n >= 0 {
		if m := strings.IndexByte(s[n+1:], ' '); m >= 0 {
			if k := strings.IndexByte(s[n+1+m+1:], ' '); k >= 0 {
				head = s[:n+1+m+1+k]
			}
		}
	}
	ws := strings.Fields(lexicon.Fold(head))
	if len(ws) < 2 {
		return false
	}
	first, rest := ws[0], ws[1:]
	// "L'initiative": the article joined to its word.
	for _, a := range []string{"l'", "l’"} {
		if w, ok := strings.CutPrefix(first, a); ok && w != "" {
			first, rest = a, append([]string{w}, rest...)
		}
	}
	if !anaphorWords()[first] {
		return false
	}
	if len(rest) > 1 && projectQualifiers()[rest[0]] {
		rest = rest[1:]
	}
	// Singular only: "The projects" point back to several.
	return projectWordSet()[strings.Trim(rest[0], ",;:'’")]
}

// anaphorWords holds the lexicon's anaphor.word entries, folded.
var anaphorWords = foldedSet("anaphor", "word")

// dottedPair is one "Label: value" of a row of pairs.
type dottedPair struct {
	kind        labelKind
	value, text string
}

// pairSeparators set a row of "Label: value" pairs apart.
var pairSeparators = []string{" · ", " | ", " • "}

// dottedPairs splits "Duration: 1 July 2023 – 30 June 2027 · Beneficiary
// countries: Côte d'Ivoire, … · Status: ongoing" into its pairs, when
// every part is a pair whose label the lexicon knows; nil otherwise.
func dottedPairs(s string) []dottedPair {
	for _, sep := range pairSeparators {
		if !strings.Contains(s, sep) {
			continue
		}
		var out []dottedPair
		for _, part := range strings.Split(s, sep) {
			part = strings.TrimSuffix(strings.TrimSpace(part), ".")
			m := lineLabelMatch(part)
			if m == nil || len(strings.Fields(m[1])) > 4 {
				return nil
			}
			k := lookupLabel(m[1])
			if k == labelNone || k == labelTitle || k == labelCode {
				return nil
			}
			out = append(out, dottedPair{kind: k, value: strings.TrimSpace(m[2]), text: part})
		}
		return out
	}
	return nil
}

func (x *extractor) sentence(b dossier.Block, s string) {
	clear(x.shareAt)
	firstFact := len(x.facts)
	ms := x.sentenceMentions(s)
	// A giver's record ("Sweden's contribution supports …") scopes its
	// fields to the giver's funding; its running text describes the
	// project ("… the programme, which runs from 2020 to 2024"). A sentence
	// scopes only what it frames as one giver's funding itself.
	docScope := x.scope
	x.scope = ""
	// "… succeeds TIDEMARK (2017-2021), which had a budget of EUR 4
	// million": a relative clause about another project, or an earlier
	// phase, states that one's facts; the sentence is read up to it.
	// "The first phase ran from 2017 to 2021 with a budget of EUR 4
	// million", in a text on RIVAGE II: a sentence whose subject is an
	// earlier phase states that phase's facts, not the follow-up's: those
	// of the earlier phase the sentence or the text before names ("The
	// first phase of the programme, SECURA, began in 2020"); where none
	// is named, the project the follow-up's name less its number names
	// (RIVAGE's).
	if st := earlierPhaseName(x.names.canonical(x.current)); x.current != "" && st != "" && !x.readingOther {
		// "Die erste Phase, PORTREC, …" on PORTREC II: an acronym's first
		// phase is the acronym alone, here where words make it one.
		// (Elsewhere a page on a follow-up may call it by the bare
		// acronym.)
		phases := ms
		if acronymLike(st) {
			phases = append(slices.Clone(ms), stemMentions(s, st, ms)...)
		}
		// "HARVESTNET had a budget of EUR 3 million", on a page that
		// calls HARVESTNET II "the follow-up to HARVESTNET (2019–2022)":
		// the bare stem as the sentence's subject, where the text sets
		// it apart as the earlier project, is that project.
		if earlierPhaseWords(s) || x.earlierPhaseInApposition(s, phases) || acronymLike(st) && stemSubject(s, st) && x.stemSetApart(st) {
			name := x.earlierPhaseIn(phases)
			if name == "" {
				name = st
			}
			if name != "" {
				k := x.names.add(name)
				x.sentenceOn(b, s, k)
				// "Sie hatte Kenia, … unterstützt": what the next
				// sentence points back to.
				x.lastMention, x.lastMentionSentence, x.lastMentionSole = k, s, true
				x.mentionSeq++
			}
			x.prevSentence = s
			return
		}
	}
	// "De tweede fase ging in maart 2022 van start", after a paragraph
	// on the first phase of KALDERA: a sentence that opens on a later
	// phase and names no project speaks, from here on, of that phase,
	// where the document names it ("KALDERA – fase 2").
	if len(ms) == 0 && x.current != "" && !x.readingOther && len(x.names.order) > 1 && x.laterPhaseOf(x.current, "any") != "" {
		if n := openingPhase(s); n != "" {
			if k := x.laterPhaseOf(x.current, n); k != "" {
				x.current = k
			}
		}
	}
	cut := x.otherProjectClause(s, ms)
	if c := x.buildsOnClause(s, ms); c > 0 && (cut == 0 || c < cut) && !andVerbGoesOn(s, c) {
		cut = c
		// "VIGIMAR II builds on VIGIMAR, the EU-funded programme that
		// closed in December 2021": what follows the earlier project's
		// name describes it; it is read as a sentence on that project.
		for _, m := range ms {
			if m.end == c && !x.readingOther && strings.HasPrefix(s[c:], ", ") && len(strings.Fields(s[c:])) >= 3 {
				if k := x.names.add(m.name); k != "" && k != x.current {
					x.sentenceOn(b, s[m.start:], k)
				}
				break
			}
		}
	}
	if cut > 0 {
		s = strings.TrimRight(s[:cut], " ,")
		kept := ms[:0:0]
		for _, m := range ms {
			if m.end <= len(s) {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	earlierOnly := false
	defer func() {
		x.scope = docScope
		x.prevSentence = s
		if len(ms) > 0 && !earlierOnly {
			x.lastMention = projectKey(ms[len(ms)-1].name)
			x.lastMentionSentence = s
			x.lastMentionSole = true
			for _, m := range ms {
				x.lastMentionSole = x.lastMentionSole && projectKey(m.name) == x.lastMention
			}
			x.mentionSeq++
		}
	}()
	var keys []string
	for _, m := range ms {
		k := x.names.add(m.name)
		if !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	// "El programa se inició en julio de 2021 como continuación de
	// FINTRACE": a project the sentence names as the earlier one is not
	// what it speaks of; the project being read is.
	// ("Follow-up to VESTA (2020–2024). The action improves …": nor is
	// the earlier one what "the action" points back to.)
	if x.current != "" {
		kept := keys[:0:0]
		for _, k := range keys {
			if k == x.current || !x.namesEarlier(s, k) {
				kept = append(kept, k)
			}
		}
		earlierOnly = len(kept) == 0 && len(keys) > 0
		keys = kept
	}
	// "… with World Bank support, through a separate project": the
	// sentence is about a project the document does not name.
	if len(keys) == 0 && hasCue(s, "other_project") {
		return
	}
	// "Oltre a FORJUST II, l'Italia sostiene l'IDLO in Somalia …":
	// besides the project, the sentence speaks of other work.
	if len(ms) > 0 {
		if _, end, ok := findCue(s, "besides"); ok && end <= ms[0].start && ms[0].start-end <= 5 && strings.TrimSpace(s[:end]) != "" && len(strings.Fields(s[:ms[0].start])) <= 4 {
			return
		}
	}
	// "X is a Council of Europe project …": the text below is about X,
	// and its implementer is named.
	if m := matchIf(len(keys) > 0 && (strings.Contains(s, " is a") || strings.Contains(s, " was a")), isAProject, s); m != nil && projectKey(m[1]) == keys[0] {
		x.current = keys[0]
		// (Only a body dossier knows: "a EUR 15 million programme", "a
		// Swiss-funded programme" name none.)
		if org, ok := normalize.KnownOrganisation(m[2]); ok {
			x.add(b, dossier.FieldImplementer, dossier.TextValue(org), m[2], s, "prose:implementer")
		}
	}
	lower := strings.ToLower(s)
	x.statusBeforeNames(b, s, ms)
	// "The ongoing programme, which also works …", "Het lopende
	// programma …": a sentence that opens on a status and a word for
	// project, no name, speaks of the project at hand.
	if len(ms) == 0 && x.current != "" {
		if st, adj, ok := statusOpening(s); ok {
			x.add(b, dossier.FieldStatus, dossier.TextValue(st), adj, s, "prose:status_before")
		}
	}
	// "A Council of Europe project …", "Both Council of Europe projects …".
	if m := matchIf(strings.Contains(lower, "project") && orgBeforeProject(s), orgProject, s); m != nil {
		if org := normalize.OrganisationName(m[2]); org != "" && normalize.Acronym(org) != "" {
			targets := []string{x.current}
			if q := strings.ToLower(m[1]); q == "both" || q == "these" || q == "the two" || q == "all" {
				targets = x.names.order
			} else if len(keys) > 0 {
				targets = keys[:1]
			}
			for _, k := range targets {
				x.addFor(k, b, dossier.FieldImplementer, dossier.TextValue(org), m[2], s, "prose:implementer", "")
			}
		}
	}
	// "capacity building projects by the Cybercrime Programme Office of the
	// Council of Europe (C-PROC)": the organisation runs the projects.
	if m := matchIf(strings.Contains(lower, " of the ") && strings.Contains(lower, "project"), unitOfOrg, s); m != nil {
		if org := normalize.OrganisationName(m[1]); org != "" && normalize.Acronym(org) != "" {
			x.add(b, dossier.FieldImplementer, dossier.TextValue(org), m[0], s, "prose:implementer")
		}
	}
	x.cueFacts(b, s, keys)
	// (The English words of the regular expression only in a text that
	// may be English: "vai prolongar-se até dezembro de 2026" runs on to
	// its end, nothing is superseded.)
	isSuperseded := (x.lang == "en" || x.lang == "") && containsAny(lower, supersededWords) && superseded.MatchString(s) || hasCue(s, "superseded")
	// "il a été prolongé jusqu'au 31 décembre 2026 … et dispose désormais
	// d'un budget de 8 millions": an extension told with the values it
	// gives now, not a superseded plan.
	if isSuperseded && !hasCue(s, "superseded") && hasCue(s, "now") && !containsAny(lower, []string{"initially", "originally", "previously", "formerly", "at first"}) {
		isSuperseded = false
	}
	// The project's own dates: where the sentence names it or speaks of
	// a project, or, in a document about one project, names no other.
	// "TIDEWATCH II, the follow-up of TIDEWATCH, started on …": the
	// project the sentence opens with is its subject; the other stands in
	// apposition.
	subject := ""
	if len(keys) > 1 && ms[0].start <= 20 && strings.HasPrefix(strings.TrimSpace(s[ms[0].end:]), ",") {
		subject = keys[0]
	}
	// "The project ends on 31 December 2020; a follow-up phase,
	// EnerSchool II, is to start …": a first clause that points back to
	// the project and names none gives the project's own dates.
	if i := strings.Index(s, "; "); i > 0 && len(ms) > 0 && x.current != "" && ms[0].start > i && anaphoricOpening(s[:i]) {
		x.proseDates(b, s[:i+1], x.current, isSuperseded)
	}
	if len(keys) == 1 || subject != "" || mayNameProject(s) || len(keys) == 0 && x.current != "" {
		target := x.current
		if len(keys) == 1 {
			target = keys[0]
		} else if subject != "" {
			target = subject
		}
		x.proseDates(b, s, target, isSuperseded)
		// "Ursprünglich hätte das Programm Ende Jänner 2024 auslaufen
		// sollen; mit der Verlängerung läuft es insgesamt 54 Monate": a
		// clause after a semicolon or a colon that tells no past state
		// gives the end and length now.
		if isSuperseded && (strings.ContainsAny(s, ";:") || strings.Contains(s, ", ")) {
			for _, c := range presentClauses(s) {
				x.proseEnd(b, c, withoutNowWords(c), target)
			}
		}
		// ("Il est toujours en cours.", "It is under implementation.":
		// a pronoun that opens the sentence points back to the project.)
		if !isSuperseded && (len(keys) == 1 || mayNameProject(s) || len(keys) == 0 && pronounOpening(s)) {
			x.proseStatus(b, s, target)
		}
	}
	if isSuperseded {
		x.add(b, dossier.FieldHistory, dossier.TextValue(s), s, s, "prose:history")
		// "… wurde das Budget … von ursprünglich 4,5 Mio. Euro auf 5,2
		// Mio. Euro aufgestockt": the amount the budget changed to is
		// the budget now.
		if ms := x.moneyIn(s); len(ms) >= 2 && hasCue(s, "budget") {
			if mm, ok := budgetChangedTo(s, ms); ok {
				x.add(b, dossier.FieldBudget, dossier.MoneyValue(mm.Money), mm.Text, s, "prose:budget")
			}
		} else if len(ms) == 1 && hasCue(s[:ms[0].Start], "budget") && changedFromBare(s[:ms[0].Start]) {
			// "… das Gesamtvolumen von ursprünglich 6,4 auf nunmehr 8,4
			// Mio. Euro": the old figure bare, its currency the new one's.
			x.add(b, dossier.FieldBudget, dossier.MoneyValue(ms[0].Money), ms[0].Text, s, "prose:budget")
		}
		// "… el programa continuará hasta el 31 de diciembre de 2026, en
		// lugar de concluir en junio de 2025": beside the clause that
		// gives the superseded value, the words tell the present, and
		// are read as a sentence of their own.
		if !x.readingPresent {
			x.readingPresent = true
			for _, p := range presentBesideInsteadOf(s) {
				x.sentence(b, p)
			}
			x.readingPresent = false
		}
		return
	}
	// "… the Netherlands and the EU, which have contributed EUR 3.0
	// million and EUR 2.4 million respectively": givers and amounts in
	// order, before any other reading of shares.
	respective := false
	if len(keys) <= 1 {
		target := x.current
		if len(keys) == 1 {
			target = keys[0]
		}
		if target != "" {
			if ms := x.moneyIn(s); len(ms) >= 2 {
				respective = x.respectiveShares(b, s, target, ms)
			}
		}
	}
	// ("9,2 millions d'euros, apportés par l'AFD, …": the words of
	// giving after a figure are the lexicon's, in every language.)
	if !respective && (containsAny(lower, contributionWords) && contributionOf.MatchString(s) || hasCue(s, "passive_giving")) {
		if x.contribution(b, s, keys) {
			return
		}
	}
	if len(keys) <= 1 && !respective {
		target := x.current
		if len(keys) == 1 {
			target = keys[0]
		}
		if !x.sharedContributions(b, s, target) {
			x.amountsFromGivers(b, s, target)
			x.joinedWith(b, s, target)
			x.giversWithAmounts(b, s, target)
		}
	}
	x.relations(b, s, ms)
	// A giver's window is read wherever the sentence opens on it, with
	// or without a verb of running ("El aporte español financia, de marzo
	// de 2023 a julio de 2025, …").
	runs := containsAny(lower, runsWords) && runsFrom.MatchString(s) || hasCue(s, "runs") || len(keys) > 0
	if runs || fundingSubject(s) {
		if m := lineLabelMatch(s); runs && m != nil && lookupLabel(m[1]) == labelDuration {
			x.dateRange(b, m[2], s)
		} else if r := rangeIn(s); r != "" && !otherNamesRange(s, r, x.current, ms) && !movedDate(s) {
			// "Il contributo italiano copre il periodo dal 1° gennaio
			// 2023 …": one giver's funding window. Where only the
			// giver's funding opens the sentence, only its window is
			// read: "… since 2009, including the current programme on
			// public finances (2019–2023)" is another period.
			sc := proseFundingWindow(s[:max(0, strings.Index(s, r))])
			switch {
			case sc != "" && x.scope == "" && (runs || fundingSubject(s)):
				x.scope = sc
				x.dateRange(b, r, s)
				x.scope = ""
			case runs && projectsPeriod(s, r, keys):
				// ("ORBITA lief von März 2019 bis Dezember 2022", on a
				// page about ORBITA II: the period of the earlier phase
				// the sentence opens on.)
				if len(keys) == 1 && keys[0] != x.current && earlierPhaseKey(keys[0], x.current) && len(ms) > 0 && len(strings.Fields(s[:ms[0].start])) <= 1 {
					current := x.current
					x.current = keys[0]
					x.dateRange(b, r, s)
					x.current = current
				} else {
					x.dateRange(b, r, s)
				}
			}
		}
	}
	// ("It is funded with EUR 6.35 million": no giver named, the whole.)
	if strings.Contains(lower, "budget") && budgetWord.MatchString(s) || hasCue(s, "budget") || hasCue(s, "total") && hasCue(s, "funded_after") || fundedWithAmount(s) && x.fundedProject(s) {
		if ms := x.moneyIn(s); len(ms) > 0 && !yearBudget().MatchString(s) && !(x.shareAt[budgetAmount(s, ms).Start] && !budgetBefore(s[:budgetAmount(s, ms).Start])) {
			mm := budgetAmount(s, ms)
			m := mm.Money
			// "El programa cuenta con un aporte de 3 millones de euros de
			// la Unión Europea": a word for a contribution between the
			// word for budget and the amount makes it a giver's share.
			a, e := lastCue(s[:mm.Start], "budget")
			share := e >= 0 && hasCue(s[e:mm.Start], "contribution")
			// ("um acordo de contribuição no valor de 750.000 euros": the
			// word for a contribution right before the words of value.)
			if contributionValue(s, a) {
				share = true
			}
			if strings.Contains(strings.ToLower(s), "target") && m.Qualifier == dossier.QualifierTotal {
				m.Qualifier = dossier.QualifierTarget
			}
			// The budget of the follow-up a sentence names ("Le PAFIP II a
			// démarré …, avec une enveloppe de 5 millions d'euros"), else
			// of the project the text is about: a body named beside a
			// figure ("la cartera de la FIIAPP sumaba 98,3 M€") is none.
			target := x.current
			if len(keys) == 1 && x.phaseOfMain(x.names.canonical(keys[0])) {
				target = keys[0]
			}
			if !share {
				x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(m), mm.Text, s, "prose:budget", x.scope)
			}
		}
	}
	// "Entièrement financé par le Luxembourg pour un budget total de
	// 2,75 millions d'euros": a sole giver gives the whole budget.
	if _, end, ok := findCue(s, "sole_funder"); ok {
		// ("the Italian Government through the Italian Agency for
		// Development Cooperation (AICS)": one giver, named thrice.)
		if orgs := orgMentions(clauseAfter(s, end, x.lang)); len(orgs) >= 1 && !slices.ContainsFunc(orgs, func(o orgMention) bool { return o.name != orgs[0].name }) {
			if ms := x.moneyIn(s); len(ms) == 1 {
				target := x.current
				if len(keys) == 1 {
					target = keys[0]
				}
				c := contributionOfMoney(orgs[0].name, ms[0])
				x.addFor(target, b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, s, "prose:sole", "")
				// ("financiado íntegramente por la AECID con 2 millones de
				// euros": the sole giver's amount is the whole budget,
				// where no word for budget names another.)
				if !hasCue(s, "budget") && ms[0].Start >= end && ms[0].Money.Qualifier == dossier.QualifierTotal {
					x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(ms[0].Money), ms[0].Text, s, "prose:sole", x.scope)
				}
			}
		}
	}
	x.soleGiverByAdverb(b, s, firstFact)
	// "an $8.9 million programme", "un projet de 4 millions d'euros": an
	// amount that qualifies the word for project is its budget.
	if !(strings.Contains(lower, "budget") && budgetWord.MatchString(s) || hasCue(s, "budget")) {
		for _, m := range x.moneyIn(s) {
			if (projectWordAfterAmount(s[m.End:]) || projectWordBeforeAmount(s[:m.Start], x.lang)) && !yearBudget().MatchString(s) && !x.shareAt[m.Start] {
				target := x.current
				if len(keys) == 1 {
					target = keys[0]
				}
				x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(m.Money), m.Text, s, "prose:budget", x.scope)
				break
			}
		}
	}
	// "Il progetto, del valore di 1,85 milioni di euro", "uma iniciativa
	// da Cooperação Italiana no valor de 2,4 milhões": a word of value
	// sizes what stands before it, the project only where its name or a
	// word for project is among the few words before ("equipment worth
	// EUR 380,000" is not).
	// (Amounts first: most sentences have none, and they are found once
	// per sentence already.)
	if ms := x.moneyIn(s); len(ms) > 0 {
		if at, end, ok := findCue(s, "value_of"); ok && !hasCue(s, "budget") {
			target := x.current
			if len(keys) == 1 {
				target = keys[0]
			}
			// "Worth EUR 4 million, it is funded by …", "Del valore di 4
			// milioni di euro, è finanziato …": a sentence that opens on
			// the value, its subject left to the text before, sizes the
			// project being read.
			opening := len(strings.Fields(s[:at])) <= 1 && len(keys) == 0
			for _, m := range ms {
				if m.Start >= end && m.Start-end <= 16 && !x.shareAt[m.Start] && (opening || x.projectBeforeValue(s[:at], x.names.canonical(target))) {
					x.addFor(target, b, dossier.FieldBudget, dossier.MoneyValue(m.Money), m.Text, s, "prose:budget", x.scope)
					break
				}
			}
		}
	}
	if person, ok := contactPattern(s); ok {
		x.add(b, dossier.FieldContacts, dossier.ContactValue(person), s, s, "prose:contact")
	}
}

// projectBeforeValue reports a word for project, or the project's name,
// among the last five words of before, within its clause (a comma right
// before the word of value aside).
func (x *extractor) projectBeforeValue(before, name string) bool {
	t := strings.TrimRight(before, " ,")
	if i := strings.LastIndexAny(t, ".;:(),"); i >= 0 {
		t = t[i+1:]
	}
	if name != "" && strings.Contains(t, name) {
		return true
	}
	ws := strings.Fields(lexicon.Fold(t))
	for _, w := range ws[max(0, len(ws)-5):] {
		if projectWordSet()[w] {
			return true
		}
	}
	return false
}

// soleGiverByAdverb reads a sole giver that no phrase of cue.sole_funder
// names, its word of wholeness set apart from the verb: "Het totale
// budget blijft 2,4 miljoen euro, dat volledig door Nederland wordt
// gefinancierd", "1,95 milioni di euro, interamente finanziati
// dall'AICS". Where the sentence gave one giver and no contribution, and
// names one amount and a word of cue.sole_adverb before a word of "by"
// or of funding, the giver gives that amount. firstFact is where the
// sentence's facts begin in x.facts (a giver's fact names its project
// by its canonical name, whose key is the project's).
func (x *extractor) soleGiverByAdverb(b dossier.Block, s string, firstFact int) {
	var giver *dossier.Fact
	for i := firstFact; i < len(x.facts); i++ {
		f := &x.facts[i]
		switch {
		case f.Field == dossier.FieldContributions:
			return
		case f.Field != dossier.FieldDonors:
		case giver != nil && (giver.Value.Text != f.Value.Text || giver.Project != f.Project):
			return
		default:
			giver = f
		}
	}
	if giver == nil {
		return
	}
	// (The word of wholeness right before a word of "by" or of funding:
	// "het programma als geheel loopt …" and "het budget is volledig
	// gedekt" name no giver's whole share.)
	_, end, ok := findCue(s, "sole_adverb")
	if !ok || !hasCueAt(s[end:], "given_by") && !hasCueAt(s[end:], "funded_by") {
		return
	}
	ms := x.moneyIn(s)
	if len(ms) != 1 {
		return
	}
	c := contributionOfMoney(giver.Value.Text, ms[0])
	x.addFor(projectKey(giver.Project), b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, s, "prose:sole", "")
}

// proseFundingWindow returns the scope of a sentence that opens with one
// giver's contribution ("Il contributo italiano copre il periodo …",
// "O financiamento português cobre …", "Norway's grant covers …"):
// "funding:GIVER", or "".
func proseFundingWindow(before string) string {
	ws := strings.Fields(before)
	if len(ws) > 16 || len(ws) < 2 {
		return ""
	}
	head := strings.Join(ws[:min(len(ws), 5)], " ")
	if !hasCue(head, "contribution") && !hasCue(head, "funding_noun") {
		return ""
	}
	for _, o := range orgMentions(head) {
		return "funding:" + o.name
	}
	for _, w := range strings.Fields(head) {
		if code, ok := nationalities()[lexicon.Fold(strings.Trim(w, ",;:"))]; ok {
			return "funding:" + normalize.CountryName(code)
		}
	}
	return ""
}

// fundingSubject reports a sentence whose first words are one giver's
// funding ("The Danish funds …", "Der deutsche Beitrag …").
func fundingSubject(s string) bool {
	// The sentence's own cues first (found once for every rule): most
	// sentences have no word of funding among their first words.
	head := s
	if ws := strings.Fields(s); len(ws) > 5 {
		head = strings.Join(ws[:5], " ")
	}
	c, _, okC := findCue(s, "contribution")
	f, _, okF := findCue(s, "funding_noun")
	if !(okC && c < len(head)) && !(okF && f < len(head)) {
		return false
	}
	return proseFundingWindow(head) != ""
}

// projectWordAfterAmount reports a word for project right after an
// amount, one word at most between ("$6 million regional programme").
func projectWordAfterAmount(rest string) bool {
	ws := strings.Fields(rest)
	for i := 0; i < len(ws) && i < 2; i++ {
		w := strings.ToLower(strings.Trim(ws[i], ",.;:()"))
		if projectWordSet()[w] || sizedNouns()[w] {
			return true
		}
		if strings.ContainsAny(ws[i], ",.;:") {
			return false
		}
		// "aporta 6 millones al proyecto", "EUR 2 million to the
		// programme": an amount given to the project, not its size.
		if amountToSet()[lexicon.Fold(ws[i])] {
			return false
		}
	}
	return false
}

// sizedNouns holds the lexicon's amount.sized_noun words, folded: "the
// $6.2 million effort" sizes the project.
var sizedNouns = foldedSet("amount", "sized_noun")

// fundedWithAmount reports a sentence whose amount follows a verb of
// funding with (the lexicon's cue.funded_with) and that names no body:
// "It is funded with EUR 6.35 million in total".
func fundedWithAmount(s string) bool {
	_, end, ok := findCue(s, "funded_with")
	if !ok {
		return false
	}
	ms := normalize.FindMoney(s[end:])
	return len(ms) > 0 && strings.TrimSpace(s[end:end+ms[0].Start]) == "" && len(orgMentions(s)) == 0
}

// fundedProject reports a sentence whose cue.funded_with has the project
// for its subject and no phase: "Le chantier, financé à hauteur de …"
// funds a building, "la prima fase, finanziata con …" an earlier phase.
// (A verb and a pronoun at most before it, "It is funded with", "Está
// financiado con", no noun set apart by a comma, or a naming of the
// project.)
func (x *extractor) fundedProject(s string) bool {
	start, _, ok := findCue(s, "funded_with")
	return ok && (len(strings.Fields(s[:start])) <= 2 && !strings.Contains(s[:start], ",") || x.namesProject(s[:start])) && !phaseWordIn(s[:start])
}

// projectWordBeforeAmount reports an amount that sizes a word for project
// set before it with an indefinite article: "una iniciativa de 3,2
// millones de euros", "un programme régional de 5 millions d'euros",
// "ein Vorhaben im Umfang von 4 Mio. Euro". The words between the word
// for project and the amount are the lexicon's amount.sized.
func projectWordBeforeAmount(before, lang string) bool {
	ws := strings.Fields(lexicon.Fold(before))
	for _, p := range sizedPhrases() {
		n := len(p)
		if len(ws) < n+2 || !slices.Equal(ws[len(ws)-n:], p) {
			continue
		}
		rest := ws[:len(ws)-n]
		// The word for project, an adjective after it perhaps ("un
		// programme régional de …"); an indefinite article right before.
		for k := 1; k <= 2 && k < len(rest); k++ {
			// ("El programa, de 4,2 millones de euros, fue …": the amount
			// in apposition, a comma before it.)
			if !projectWordSet()[strings.TrimSuffix(rest[len(rest)-k], ",")] {
				if strings.ContainsAny(rest[len(rest)-k], ",.;:()") {
					break
				}
				continue
			}
			// (The document's own articles: "a iniciativa dispunha de
			// 8,5 milhões" has the Portuguese definite one.)
			a := indefiniteArticles()[rest[len(rest)-k-1]]
			// ("Le programme de 4,2 millions d'euros a été financé …":
			// a definite one too, where it opens the sentence, the
			// project its subject.)
			return a[lang] || lang == "" && len(a) > 0 || len(rest)-k-1 == 0 && articleWords()[rest[0]]
		}
	}
	return false
}

// sizedPhrases are the lexicon's amount.sized phrases as folded words.
var sizedPhrases = sync.OnceValue(func() [][]string {
	var out [][]string
	for _, p := range lexicon.Phrases("amount", "sized") {
		out = append(out, strings.Fields(lexicon.Fold(p)))
	}
	return out
})

// phraseLanguages returns the set, built once, of the lexicon's
// section.kind phrases, folded, each with the languages it is one in.
func phraseLanguages(section, kind string) func() map[string]map[string]bool {
	return sync.OnceValue(func() map[string]map[string]bool {
		m := map[string]map[string]bool{}
		for _, e := range lexicon.Entries() {
			if e.Section == section && e.Kind == kind {
				f := lexicon.Fold(e.Phrase)
				if m[f] == nil {
					m[f] = map[string]bool{}
				}
				m[f][e.Lang] = true
			}
		}
		return m
	})
}

// indefiniteArticles holds the lexicon's article.indefinite, folded,
// with the languages each is one in.
var indefiniteArticles = phraseLanguages("article", "indefinite")

// plainIndefinites holds the indefinite articles that are no other
// language's definite article, for text whose language is not asked:
// English "a" is Portuguese "the" ("Marqanta, a iniciativa …"); Dutch
// "een", a plain article there too, stays.
var plainIndefinites = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	definite := phraseLanguages("article", "word")()
	for w, langs := range indefiniteArticles() {
		ok := true
		for l := range definite[w] {
			ok = ok && langs[l]
		}
		m[w] = ok
	}
	return m
})

// amountToSet holds the lexicon's amount.to words, folded: "to" before
// the word for project makes the amount one given to it.
var amountToSet = foldedSet("amount", "to")

// yearBudget matches a year's budget ("budget 2024 : 1,9 M€", "Budget
// 2021/22"): one year's share, not the project's total.
var yearBudget = sync.OnceValue(func() *regexp.Regexp {
	var words []string
	for _, w := range lexicon.Phrases("label", "budget") {
		if !strings.Contains(w, " ") {
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(words, "|") + `)\s+(?:(?:de|del|for|für|per|di)\s+)?(?:19|20)\d\d\b`)
})

// budgetAmount picks, of the amounts a sentence about a budget gives, the
// one its word for budget introduces ("Financiado por la UE (5,4 M€) y por
// la AECID (0,6 M€), con un presupuesto total de 6 M€": 6 M€), else the
// first.
func budgetAmount(s string, ms []normalize.MoneyMatch) normalize.MoneyMatch {
	if len(ms) == 1 {
		return ms[0]
	}
	at, from := -1, -1
	if start, end, ok := findCue(s, "budget"); ok {
		at, from = end, start
	} else if loc := budgetWord.FindStringIndex(s); loc != nil {
		at, from = loc[1], loc[0]
	}
	// "Of the EUR 5 million budget, Norway covers EUR 2 million": the
	// amount right before the word for budget is the budget.
	// (Not an amount a word of giving introduces: "a contribution of
	// EUR 750,000" is a giver's share, whatever follows it.)
	for _, m := range ms {
		if from >= 0 && m.End <= from && amountBeforeWord(s[m.End:from]) && !hasCue(s[max(0, m.Start-30):m.Start], "contribution") {
			return m
		}
	}
	if at >= 0 {
		for j, m := range ms {
			if m.Start >= at && m.Start-at <= 40 {
				// "das Gesamtbudget stieg von USD 5,8 Mio. auf USD 9,1
				// Mio.", "from EUR 6 million to EUR 8 million": the
				// amount it changed to.
				if j+1 < len(ms) && changedTo(s[at:m.Start], s[m.End:ms[j+1].Start]) {
					return ms[j+1]
				}
				return m
			}
		}
	}
	return ms[0]
}

// amountBeforeWord reports the text between an amount and the word for
// budget after it as joining the two: nothing, a hyphen, or one word for
// the total or for project ("EUR 5 million total budget", "a USD
// 3 million programme budget").
func amountBeforeWord(gap string) bool {
	ws := strings.Fields(strings.Trim(gap, " -–"))
	switch {
	case len(ws) == 0:
		return true
	case len(ws) == 1:
		f := lexicon.Fold(ws[0])
		return totalQualifiers()[f] || projectWordSet()[f]
	}
	return false
}

// totalQualifiers holds the lexicon's qualifier.total phrases, folded.
var totalQualifiers = foldedSet("qualifier", "total")

// budgetChangedTo returns the amount a budget changed to, where the
// first amount after the word for budget is the start of a change ("das
// Budget … von ursprünglich 4,5 Mio. Euro auf 5,2 Mio. Euro").
func budgetChangedTo(s string, ms []normalize.MoneyMatch) (normalize.MoneyMatch, bool) {
	_, at, ok := findCue(s, "budget")
	if !ok {
		return normalize.MoneyMatch{}, false
	}
	for j, m := range ms {
		if m.Start >= at && m.Start-at <= 40 {
			if j+1 < len(ms) && changedTo(s[at:m.Start], s[m.End:ms[j+1].Start]) {
				return ms[j+1], true
			}
			return normalize.MoneyMatch{}, false
		}
	}
	return normalize.MoneyMatch{}, false
}

// changedFromBare reports text that ends on a change from a bare figure,
// before the amount it changed to: "von ursprünglich 6,4 auf nunmehr",
// "de 5,2 à".
func changedFromBare(before string) bool {
	ws := strings.Fields(before)
	for i := len(ws) - 1; i >= max(0, len(ws)-3); i-- {
		w := strings.TrimRight(ws[i], ",")
		if w == "" || strings.Trim(w, "0123456789.,") != "" || w[0] < '0' || w[0] > '9' {
			continue
		}
		at := strings.LastIndex(before, ws[i])
		return changedTo(before[max(0, at-24):at], before[at+len(ws[i]):])
	}
	return false
}

// changedTo reports an amount given as the start of a change, "from" it
// (before) "to" the next (between).
func changedTo(before, between string) bool {
	bw := strings.Fields(lexicon.Fold(before))
	tw := strings.Fields(lexicon.Fold(between))
	// ("pasa de los 5,7 millones de euros inicialmente previstos a 6,5
	// millones": an article after "from", and two words that tell what
	// the first amount was before "to".)
	if len(bw) >= 2 && articleWords()[bw[len(bw)-1]] {
		bw = bw[:len(bw)-1]
	}
	// ("… auf nunmehr 8,4 Mio. Euro", "… to EUR 8.4 million now": a
	// word for the present state may stand after "to".)
	if len(tw) >= 2 && changeWords("now")[tw[len(tw)-1]] {
		tw = tw[:len(tw)-1]
	}
	if len(bw) == 0 || len(tw) == 0 || len(tw) > 3 || strings.ContainsAny(between, ",;()") {
		return false
	}
	if !changeWords("to")[tw[len(tw)-1]] {
		return false
	}
	// ("von ursprünglich 4,5 Mio. Euro auf 5,2 Mio.", "from an initial
	// EUR 4.5 million": a word for the past state may stand between
	// "from" and the amount.)
	if at, end := lastCue(before, "superseded"); at > 0 && strings.TrimSpace(before[end:]) == "" {
		if pw := strings.Fields(lexicon.Fold(before[:at])); len(pw) > 0 {
			return changeWords("from")[pw[len(pw)-1]]
		}
	}
	if ws := strings.Fields(before); len(ws) >= 2 && len(bw) >= 2 && adverbLike(ws[len(ws)-1]) {
		return changeWords("from")[bw[len(bw)-2]]
	}
	return changeWords("from")[bw[len(bw)-1]]
}

var changeWordSets = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, k := range []string{"from", "to", "now"} {
		out[k] = map[string]bool{}
		for _, w := range lexicon.Phrases("change", k) {
			out[k][lexicon.Fold(w)] = true
		}
	}
	return out
})

func changeWords(kind string) map[string]bool { return changeWordSets()[kind] }

// Words one of which each pattern needs, lower case: testing for them
// first spares the regular expressions most sentences.
var (
	supersededWords   = []string{"initially", "originally", "previously", "formerly", "at first", "extended", "planned", "was due", "postpone", "prolong"}
	contributionWords = []string{"contribut", "grant", "donation", "funding of", "provided", "pledged"}
	runsWords         = []string{"run", "last", "implemented", "duration"}
)

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// orgBeforeProject is orgProject's cheap test: a word for project
// ("project", "Projects") right after a capitalised word or one of the
// little words the name may end on.
func orgBeforeProject(s string) bool {
	ws := strings.Fields(s)
	for i := 1; i < len(ws); i++ {
		if len(ws[i]) < 7 || !strings.EqualFold(ws[i][:7], "project") {
			continue
		}
		switch prev := ws[i-1]; prev {
		case "of", "for", "on", "the":
			return true
		default:
			if startsUpper(prev) {
				return true
			}
		}
	}
	return false
}

// matchIf runs re on s only when a cheap test says it can match.
func matchIf(may bool, re *regexp.Regexp, s string) []string {
	if !may {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// statusBeforeNames reads a status written as an adjective right before
// a project's name, a word for project between perhaps ("the current
// ORBITA project", "the ongoing ZARYA programme", "das laufende Vorhaben
// KOMFIN", "het lopende programma KODILINK"): the lexicon's
// status_before words, by the status they give.
func (x *extractor) statusBeforeNames(b dossier.Block, s string, ms []mention) {
	for _, m := range ms {
		ws := words(s[max(0, m.start-60):m.start])
		n := len(ws)
		if n > 1 && (projectWordSet()[ws[n-1].fold] || projectWordForm(ws[n-1].fold)) {
			n--
		}
		if n == 0 {
			continue
		}
		st, ok := statusBefore()[ws[n-1].fold]
		if !ok {
			continue
		}
		// (In small letters: "Completed Projects ZARYA" heads a list;
		// and next to the name: "Completed: AQUASAHEL" heads a section,
		// "the present project, Cybercrime@Octopus" is this one.)
		at := max(0, m.start-60)
		adj := s[at+ws[n-1].start : at+ws[n-1].end]
		if startsUpper(adj) && n > 1 || strings.ContainsFunc(s[at+ws[n-1].end:m.start], func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) {
			continue
		}
		x.addFor(x.names.add(m.name), b, dossier.FieldStatus, dossier.TextValue(st), adj, s, "prose:status_before", "")
	}
}

// statusOpening returns the status a sentence opens on before a word for
// project, an article first: "The ongoing programme …" gives ongoing.
func statusOpening(s string) (st, adj string, ok bool) {
	ws := words(s)
	if len(ws) < 3 || !articleWords()[ws[0].fold] || !(projectWordSet()[ws[2].fold] || projectWordForm(ws[2].fold)) {
		return "", "", false
	}
	st, ok = statusBefore()[ws[1].fold]
	return st, s[ws[1].start:ws[1].end], ok
}

// statusBefore maps the lexicon's status_before words, folded, to the
// status they give.
var statusBefore = foldedKinds("status_before")

// rangePattern finds a date range inside a sentence, in the languages of
// the lexicon: "from March 2019 to February 2022", "du 1er mars 2019 au 28
// février 2022", "de marzo de 2019 a febrero de 2022", "vom 1. März 2019 bis
// 28. Februar 2022", "01.03.2019 – 28.02.2022".
// An article may follow the opening word ("entre el 1 de abril de 2020 y
// el 31 de marzo de 2024", "zwischen dem 1. April 2020 und dem …").
// The end may follow words of the lexicon's date.lead ("to the end of
// March 2025", "bis Ende März 2025", "a finales de marzo de 2025").
// (The last year ends a word: "NEAR-2019-412775" is an identifier, no
// period up to the year 4127.)
var rangePattern = regexp.MustCompile(`(?i)(?:(?:` + lexiconAlternation("range", "from", "between") + `)\s+(?:(?:` + lexiconAlternation("article", "word") + `)\s+)?)?` + rangeDate +
	`\s*(?:–|—|-|` + lexiconAlternation("range", "to", "and") + `|zum)\s*(?:(?:` + lexiconAlternation("article", "word") + `|` + lexiconAlternation("date", "lead") + `|zum)\s+){0,3}` + rangeDate + `\b`)

// lexiconAlternation is the lexicon's SECTION.KIND phrases of the kinds
// given, as written, longest first, as a regexp alternation.
func lexiconAlternation(section string, kinds ...string) string {
	seen := map[string]bool{}
	var ws []string
	for _, k := range kinds {
		for _, p := range lexicon.Phrases(section, k) {
			if !seen[p] {
				seen[p] = true
				ws = append(ws, p)
			}
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// rangeDate is one end of a range; a word of the lexicon's
// date.joined_lead may join it by a hyphen ("mid-2022", "end-June 2026").
var rangeDate = `(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}/\d{4}|(?:(?i:` + lexiconAlternation("date", "joined_lead") + `)-)?(?:\d{1,2}(?:er|\.|º|°)?\s+(?:de\s+)?)?(?:\p{L}+\.?\s+(?:de\s+)?)?\d{4})`

func rangeIn(s string) string {
	if yearRuns(s) < 2 {
		return "" // both ends of every range the pattern reads end in a year
	}
	r := strings.TrimSpace(rangePattern.FindString(s))
	// "è scesa da 480 a 390 giorni tra il 2019 e il 2021": years with
	// articles are a statistic's span; a period is told by its days.
	if articleYears.MatchString(r) {
		return ""
	}
	return r
}

// articleYears is a range that opens on an article and a bare year.
var articleYears = regexp.MustCompile(`(?i)^(?:` + lexiconAlternation("range", "from", "between") + `)\s+(?:` + lexiconAlternation("article", "word") + `)\s+\d{4}\b`)

// yearRuns counts the runs of four digits or more, up to two: a cheap
// test before rangePattern.
func yearRuns(s string) int {
	n, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				if n++; n == 2 {
					return n
				}
			}
		} else {
			run = 0
		}
	}
	return n
}

// hasYear reports four digits in a row: a cheap test before rangePattern.
func hasYear(s string) bool { return yearRuns(s) > 0 }

// contribution records "The Government of Canada made a voluntary
// contribution of CAN$ 250,000 (ca. EUR 161,000) to the current X project
// and the follow-up Y project": a contribution and a donor for each project
// the sentence names after the amount.
func (x *extractor) contribution(b dossier.Block, s string, keys []string) bool {
	found := x.moneyIn(s)
	if len(found) == 0 {
		return false
	}
	m := found[0]
	// "… in Côte d'Ivoire, Ghana, Togo and Benin, with a budget of USD 6.2
	// million provided by …": the figure is the budget, and a giver is
	// named after "by", not among the places before it.
	// ("2.400.000 euros, aportados en su totalidad por la AECID": an
	// adverb inside the verb's phrase is no word between.)
	if at, end, ok := passiveGivingAt(s[m.End:]); ok && len(strings.Fields(s[m.End:m.End+at])) <= 1 {
		// "USD 6.2 million provided by the Republic of Korea and Spain":
		// the givers of the figure, after "by".
		target := x.current
		if len(keys) == 1 {
			target = keys[0]
		}
		for _, org := range donorsIn(clauseAfter(s, m.End+end, x.lang)) {
			x.addFor(target, b, dossier.FieldDonors, dossier.TextValue(org), org, s, "prose:donors", "")
		}
		return false
	}
	if _, passive := passiveGiving(s[m.End:]); budgetBefore(s[:m.Start]) || passive {
		return false
	}
	donor := ""
	if g := governmentOf.FindStringSubmatch(s[:m.Start]); g != nil {
		donor = normalize.OrganisationName(g[1])
	} else {
		for _, it := range normalize.SplitList(firstClause(s[:m.Start])) {
			if it.Country != "" {
				donor = normalize.CountryName(it.Country)
				break
			}
		}
	}
	if donor == "" {
		return false
	}
	c := contributionOfMoney(donor, m)
	targets := []string{}
	for _, mm := range findMentions(s[m.End:]) {
		k := x.names.add(mm.name)
		if !contains(targets, k) {
			targets = append(targets, k)
		}
	}
	if len(targets) == 0 {
		targets = []string{x.current}
	}
	for _, k := range targets {
		x.addFor(k, b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, s, "prose:contribution", "")
		x.addFor(k, b, dossier.FieldDonors, dossier.TextValue(donor), donor, s, "prose:contribution", "")
	}
	x.relations(b, s, x.findMentions(s))
	return true
}

// firstClause is the subject part of a sentence, before its verb.
func firstClause(s string) string {
	for _, verb := range []string{" made ", " has made ", " provided ", " contributed ", " pledged ", " gave "} {
		if i := strings.Index(s, verb); i >= 0 {
			return s[:i]
		}
	}
	return s
}

// relations reads predecessor and successor wording: "the current X
// project and the follow-up Y project" makes Y X's successor; "Y and its
// predecessor X" makes X Y's predecessor.
func (x *extractor) relations(b dossier.Block, s string, ms []mention) {
	if len(ms) == 0 {
		return
	}
	// "X … follow-up Y": the named project after the wording is the later
	// one. "Y … its predecessor X", "X, the follow-up of Y", "fait suite
	// à Y": the one after it is the earlier one. The words are the
	// lexicon's relation.successor and relation.predecessor.
	ps, pe, pred := findRelation(s, "predecessor")
	if ss, se, ok := findRelation(s, "successor"); ok && !(pred && ps <= ss && pe >= se) {
		if before, after := splitAround(ms, []int{ss, se}); len(after) > 0 {
			x.relate(b, s, before, after[0].name, true, "prose:successor")
		}
	}
	if pred {
		before, after := splitAround(ms, []int{ps, pe})
		// "HARVESTNET II, the follow-up to HARVESTNET, …": the follow-up's
		// stem, bare, right after the wording is the earlier project.
		if st := earlierPhaseName(x.names.canonical(x.current)); len(after) == 0 && x.current != "" && acronymLike(st) {
			for _, m := range stemMentions(s, st, ms) {
				if m.start >= pe && onlyArticle(s[pe:m.start]) {
					after = []mention{m}
					break
				}
			}
		}
		if len(after) == 0 && x.lastMention != "" && pronoun.MatchString(s[pe:]) {
			after = []mention{{name: x.names.canonical(x.lastMention)}}
			// "… the Global Project on Cybercrime. The present project
			// took over from it": the quote names what "it" is.
			if x.lastMentionSentence == x.prevSentence {
				s = x.lastMentionSentence + " " + s
			}
		}
		// "launched the second phase of Fiskalni Most", read as the
		// follow-up the page names ("Fiskalni Most Phase 2"): the
		// follow-up comes after the project as written.
		if len(after) > 0 && after[0].start < after[0].end && after[0].end <= len(s) {
			if written := collapse(s[after[0].start:after[0].end]); written != "" && written != after[0].name && x.followUpKey(written, strings.TrimPrefix(projectKey(after[0].name), projectKey(written))) == projectKey(after[0].name) {
				x.relate(b, s, []mention{after[0]}, written, false, "prose:predecessor")
				return
			}
		}
		if len(after) > 0 {
			x.relate(b, s, before, after[0].name, false, "prose:predecessor")
		}
	}
}

// splitAround splits mentions into those before and after loc.
func splitAround(ms []mention, loc []int) (before, after []mention) {
	for _, m := range ms {
		if m.end <= loc[0] {
			before = append(before, m)
		} else if m.start >= loc[1] {
			after = append(after, m)
		}
	}
	return before, after
}

// relate records a succession between the project named before the wording
// (or the one the text is about) and other, in both directions: later says
// whether other is the later project.
func (x *extractor) relate(b dossier.Block, s string, before []mention, other string, later bool, extractor string) {
	this := x.current
	if len(before) > 0 {
		this = x.names.add(before[len(before)-1].name)
	}
	that := x.names.add(other)
	if this == that || this == "" {
		return
	}
	// "Hilos de Plata II … la segunda fase del proyecto Hilos de Plata":
	// a follow-up's own earlier phase comes before it, whatever the
	// wording's order.
	if later && earlierPhaseName(x.names.canonical(this)) != "" && projectKey(earlierPhaseName(x.names.canonical(this))) == that {
		later = false
	}
	pred, succ := this, that
	if !later {
		pred, succ = that, this
	}
	x.addFor(pred, b, dossier.FieldSuccessor, dossier.TextValue(x.names.canonical(succ)), other, s, extractor, "")
	x.addFor(succ, b, dossier.FieldPredecessor, dossier.TextValue(x.names.canonical(pred)), other, s, extractor, "")
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// trimBalanced trims quotes and brackets around a title part, but keeps a
// bracket that closes one inside it ("Global Action on Cybercrime
// (GLACY)").
func trimBalanced(part string) string {
	t := strings.Trim(part, " \"'«»“”()[]")
	if strings.Count(t, "(") != strings.Count(t, ")") || strings.Count(t, "[") != strings.Count(t, "]") {
		t = strings.Trim(part, " \"'«»“”")
	}
	return t
}

// trapPage reports a page about an event, a job or a person: its title or
// first heading has a word of the lexicon's trap.word and its first
// heading names no project by a name of its own, or its title is a
// person's name with a role.
func (x *extractor) trapPage() bool {
	// A person's page ("Mirela Dushku – Project Manager, …") tells of
	// projects through a career.
	if x.personPage(collapse(x.doc.Title)) {
		return true
	}
	var heads []string
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading {
			if heads = append(heads, b.Text); len(heads) == 2 {
				break
			}
		}
	}
	first := ""
	if len(heads) > 0 {
		first = heads[0]
	}
	// ("Elira Hoxha" over a page titled "Elira Hoxha | People | …".)
	if first != "" && collapse(first) != collapse(x.doc.Title) && x.personPage(collapse(first)) {
		return true
	}
	// "Dr. Henrike Wollgast": a page headed by a person's name with a
	// title before it is that person's profile.
	if first != "" && titledPerson(collapse(first)) {
		return true
	}
	// A page's title is its biggest heading: a sidebar's "Vacante
	// abierta" above a project's record headed by its name is a box of
	// the page, not what the page is.
	// (So is a newspaper page's kicker, "CORTÉS · EMPLEO", its section's
	// name in small capitals over the story's headline.)
	if top := x.topHeading(); top != "" && top != first && !hasTrapWord(top) && !trapTitlePart(top) && (hasTrapWord(first) || trapTitlePart(first)) && !hasTrapWord(x.doc.Title) {
		first, heads = top, []string{top}
	}
	// "ANDINET" over "TERMS OF REFERENCE": under an issuer's logo, the
	// next heading is the page's title.
	// ("Vacature Projectadviseur … | Werken bij SKS": the page's own
	// <title> says so where its headline is the job's name.)
	titled := hasTrapWord(x.doc.Title) || hasTrapWord(first) || len(heads) == 2 && acronymLike(strings.TrimSpace(first)) && hasTrapWord(heads[1]) ||
		hasTrapWord(x.doc.Meta[dossier.MetaPageTitle]) || listingTitle(x.doc.Title) && x.datedItems() >= 3
	// "CONECTA-PREDIO II – Foro Centroamericano …": a title's later part
	// may name the event a project was presented at; a page that gives
	// the project's record (its period, budget, countries, implementer,
	// status) is about the project.
	if !titled && (trapTitlePart(x.doc.Title) || trapTitlePart(first)) {
		titled = x.recordLabels() < 3
	}
	// "Forum Internationale Verkehrssicherheit – Jahresbericht 2022": a
	// title whose last part names a report is a body's report, the trap
	// word part of the body's name.
	// (Where the headline is the body's name, the page's own <title> or
	// the next heading names the report.)
	meta := x.doc.Meta[dossier.MetaPageTitle]
	if titled && (reportTitle(x.doc.Title) || reportTitle(meta) || len(heads) == 2 && reportPart(heads[1])) &&
		!trapTitlePart(x.doc.Title) && !trapTitlePart(first) && !trapTitlePart(meta) {
		titled = false
	}
	layout := x.trapLayout()
	if !titled && !layout {
		return false
	}
	// Titled and laid out as one ("Terms of Reference …" with "Type of
	// contract" and "Qualifications"), a page is a trap under its
	// issuer's acronym ("RedART") too.
	if titled && layout {
		return true
	}
	// "Rundbrief Arzneimittel & Entwicklung – Nr. 4/2023": an issue of a
	// newsletter, numbered, carries its stories; only its sign-up page
	// or its archive is a page about the newsletter.
	if titled && x.numberedIssue() {
		return false
	}
	// ("AVIS D'APPEL D'OFFRES OUVERT INTERNATIONAL": in a heading set
	// in capitals, a word in capitals is no acronym.)
	name, _ := subjectName(first)
	// (A heading of the acronym alone, "PRITV" over "Taller regional de
	// cierre", is the project's name, capitals and all.)
	fs := strings.Fields(first)
	return !(name != "" && acronymLike(name) && distinctive(name) && !(len(fs) > 1 && shoutedLine(fs)))
}

// numberedIssue reports a document whose title has a part that numbers
// a periodical's issue ("… – Nr. 4/2023", "Newsletter 2/2022"), or whose
// first blocks hold such a line set apart.
func (x *extractor) numberedIssue() bool {
	periodical := periodicalTitle(x.doc.Title)
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading {
			periodical = periodical || periodicalTitle(b.Text)
			break
		}
	}
	issue := func(line string) bool {
		// ("Nr. 4/2023": the issue's number and its year, under a
		// periodical's name; "Avviso n. 3/2022" numbers a notice.)
		if periodical {
			line = numberOfYear.ReplaceAllString(line, "$1")
		}
		return issueLine(line) || periodicalIssue(line)
	}
	for _, p := range titleSeparators.Split(collapse(x.doc.Title), -1) {
		if issue(p) {
			return true
		}
	}
	for i, b := range x.doc.Blocks {
		if i >= 6 {
			break
		}
		if b.Role != dossier.RoleItem {
			if first, _, _ := strings.Cut(strings.TrimSpace(b.Text), "\n"); len(strings.Fields(first)) <= 6 && issue(first) {
				return true
			}
		}
	}
	return false
}

// numberOfYear matches an issue's number and its year: "4/2023".
var numberOfYear = regexp.MustCompile(`\b(\d{1,3})/(?:19|20)\d\d\b`)

// titledPerson reports a line that is a person's name after a title of
// the lexicon's person.title ("Dr. Henrike Wollgast", "Prof. Ana Lima").
func titledPerson(s string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	return ok && personTitles()[lexicon.Fold(strings.TrimSuffix(first, "."))] && looksLikePerson(rest)
}

// topHeading returns the text of the document's biggest heading (the
// first of them), or "".
func (x *extractor) topHeading() string {
	top, level := "", -1
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading && headingLevel(b) > level {
			top, level = b.Text, headingLevel(b)
		}
	}
	return top
}

// trapLayout reports a page laid out as a job advert or an event's
// agenda, whatever its title: two headings or labels of the lexicon's
// trap.section ("Qualifications", "How to apply", "Closing date",
// "Speakers"), or an agenda's times of day as the labels of three rows
// or more ("08:30 | Registration and coffee").
func (x *extractor) trapLayout() bool {
	sections, times, issues, days := 0, 0, 0, 0
	seen := map[string]bool{}
	story := 0 // paragraphs of running text so far
	for _, b := range x.doc.Blocks {
		var head string
		if b.Role == dossier.RoleParagraph && strings.Count(b.Text, " ") >= 19 {
			story++
		}
		switch {
		case b.Role == dossier.RoleHeading:
			// "6. Qualifications": a terms of reference's sections are
			// numbered.
			head = b.Text
			if c := strings.TrimSpace(head); c != "" && c[0] >= '0' && c[0] <= '9' {
				head = sectionNumber.ReplaceAllString(collapse(head), "")
			}
			if issueHeading(head) {
				issues++
			}
			if dayHeading(head) {
				days++
			}
		case b.Role == dossier.RolePair:
			head = b.Label
			// (A schedule after a story of three paragraphs or more is a
			// box beside it: a radio station's programmes of the day.)
			if clockTime.MatchString(strings.TrimSpace(b.Label)) && story < 3 {
				times++
			}
		case b.Role == dossier.RoleItem || b.Role == dossier.RoleParagraph:
			// "Closing date: 24 February 2025" set as a list.
			if l, _, ok := strings.Cut(b.Text, ":"); ok && len(l) < 40 {
				head = l
			}
			// "03:40 – Pourquoi les soins primaires ?": a list of items
			// that open on a time and a dash is an episode's chapters or
			// a day's programme (not a schedule beside a story, as above).
			if t, _, ok := strings.Cut(strings.TrimSpace(b.Text), " – "); ok && b.Role == dossier.RoleItem && clockTime.MatchString(t) && story < 3 {
				times++
			}
		}
		// ("Voor wie?": a question as a heading.)
		if k := lexicon.Fold(strings.TrimRight(strings.TrimSpace(head), ":?")); k != "" && trapSections()[k] && !seen[k] {
			seen[k] = true
			sections++
		}
	}
	if sections >= 2 || times >= 3 || issues >= 3 || days >= 2 {
		return true
	}
	more, register := x.linkLines()
	return more >= 3 || register >= 3
}

// registerWords are the lexicon's trap.register phrases, folded.
var registerWords = foldedSet("trap", "register")

// linkLines counts the short lines that are only a link an index repeats
// under each of its items: to read more (trap.more), and to register
// (trap.register).
func (x *extractor) linkLines() (more, register int) {
	for _, b := range x.doc.Blocks {
		for _, line := range strings.Split(b.Text, "\n") {
			if len(line) > 60 {
				continue
			}
			l := strings.Trim(collapse(line), " ›»→>.…")
			if l == "" || len(l) >= 40 {
				continue
			}
			f := lexicon.Fold(l)
			if moreWords()[f] {
				more++
			}
			if registerWords()[f] {
				register++
			}
		}
	}
	return more, register
}

// markedSomewhere reports a name the document writes, somewhere, with a
// follow-up's mark after it ("Kilimo Seed Futures II", "GLACY+"): cheap
// before looking for each such naming.
func (x *extractor) markedSomewhere(name string) bool {
	// (As written: a follow-up's name is spelt as the name it extends.)
	text := x.docText()
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		rest := text[from+i+len(name):]
		if strings.HasPrefix(rest, "+") || len(rest) > 1 && (rest[0] == ' ' || rest[0] == '-') && followUpNumber(leadingRun(rest[1:])) {
			return true
		}
		from += i + len(name)
	}
}

// moreWords are the lexicon's trap.more phrases, folded.
var moreWords = foldedSet("trap", "more")

// dayHeading reports an agenda's heading for one of its days: "Day 1 –
// Tuesday 12 March 2024", "Jour 2", "Día 3".
func dayHeading(h string) bool {
	// (Folding drops the comma of "Dienstag, 17. September".)
	ws := strings.Fields(lexicon.Fold(h))
	return len(ws) >= 2 && dayWords()[ws[0]] && ws[1][0] >= '0' && ws[1][0] <= '9'
}

// dayWords are the lexicon's trap.day words, folded.
var dayWords = foldedSet("trap", "day")

// issueHeading reports a heading that names a newsletter's issue by its
// number: "Issue 19 – September 2023", "Ausgabe 3/2022", "N° 12".
func issueHeading(h string) bool {
	ws := strings.Fields(lexicon.Fold(h))
	return len(ws) >= 2 && issueWords()[ws[0]] && ws[1][0] >= '0' && ws[1][0] <= '9'
}

// issueWords are the lexicon's trap.issue words, folded.
var issueWords = foldedSet("trap", "issue")

// clockTime is an agenda's time of day: "08:30", "9.00", "14h30".
var clockTime = regexp.MustCompile(`^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[–-]\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d)?$`)

// trapSections are the lexicon's headings and labels of job adverts and
// event pages, folded.
var trapSections = foldedSet("trap", "section")

// hasTrapWord reports a title that starts with a trap word ("Seminario
// regional …", "Vacancy: …"): a project's page may name an event or a
// post further on ("… launched at a regional workshop").
func hasTrapWord(s string) bool {
	// "Newsletter 2/2022", "Nieuwsbrief nr. 14": one numbered issue of a
	// periodical tells its stories; its archive or sign-up page has no
	// number.
	if periodicalIssue(s) {
		return false
	}
	f := lexicon.Fold(s) + " "
	// "III Foro Andino …", "2nd Regional Workshop", "2024 Conference":
	// an edition's number comes first.
	for {
		first, rest, ok := strings.Cut(f, " ")
		if !ok || !editionNumber(first) {
			break
		}
		f = rest
	}
	first, _, _ := strings.Cut(f, " ")
	for _, w := range trapWordsByFirst()[first] {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	// "Jornadas Iberoamericanas …", "Workshops 2024": a trap word in the
	// plural.
	if first, _, ok := strings.Cut(f, " "); ok && len(first) > 4 && strings.HasSuffix(first, "s") {
		for _, stem := range []string{first[:len(first)-1] + " ", strings.TrimSuffix(first, "es") + " "} {
			if trapWordOnes()[stem] {
				return true
			}
		}
	}
	return false
}

// trapWordOnes holds the one-word trap.word phrases, folded, each with
// the space that ends it.
var trapWordOnes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range trapWordPrefixes() {
		if strings.Count(w, " ") == 1 {
			m[w] = true
		}
	}
	return m
})

// trapWordsByFirst holds trapWordPrefixes by their first word: a title
// is held only to the phrases that open on its own first word.
var trapWordsByFirst = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, w := range trapWordPrefixes() {
		first, _, _ := strings.Cut(w, " ")
		m[first] = append(m[first], w)
	}
	return m
})

// trapWordPrefixes are the lexicon's trap.word phrases, folded, each with
// the space that ends it.
var trapWordPrefixes = sync.OnceValue(func() []string {
	var out []string
	for _, w := range lexicon.Phrases("trap", "word") {
		out = append(out, lexicon.Fold(w)+" ")
	}
	return out
})

// namedBelowFirstHeading reports whether a paragraph, list or pair after
// the document's first heading names name.
func (x *extractor) namedBelowFirstHeading(name string) bool {
	seen := false
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading {
			seen = true
			continue
		}
		// A footer's "© 2022 Steppe & River Review" names the site.
		if seen && b.Role != dossier.RoleMargin && !strings.Contains(b.Text, "©") && strings.Contains(blockText(b), name) {
			// ("TERAMO. Le fotografie …": a dateline's town opens the
			// article; it names no project.)
			if !namedBeyondDatelines(blockText(b), name) {
				continue
			}
			return true
		}
	}
	return false
}

// belowFirstHeading returns the blocks of running text below the
// document's first heading: no heading, no page margin.
func (x *extractor) belowFirstHeading() []dossier.Block {
	var out []dossier.Block
	seen := false
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading {
			seen = true
			continue
		}
		if seen && b.Role != dossier.RoleMargin {
			out = append(out, b)
		}
	}
	return out
}

// foldedBelowFirstHeading reports whether a block below the first
// heading writes name as a name, accents aside: its words in turn, each
// with its capital and small letters after ("Yaxché" for "Yaxche"; not
// "CARIB-SIGNAL" for "Signal").
func (x *extractor) foldedBelowFirstHeading(name string) bool {
	want := strings.Fields(lexicon.Fold(name))
	for _, b := range x.belowFirstHeading() {
		ws := strings.FieldsFunc(blockText(b), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
		for i := 0; i+len(want) <= len(ws); i++ {
			ok := true
			for k, w := range want {
				v := ws[i+k]
				_, size := utf8.DecodeRuneInString(v)
				if !startsUpper(v) || strings.ToLower(v[size:]) != v[size:] || lexicon.Fold(v) != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// nameAfterHeadlineWord returns the coined name a title's first word
// stands before ("Halverwege Biz-Reg" → "Biz-Reg", "Arranca SEGURVIAL en
// Centroamérica" → "SEGURVIAL"), as long as the body names it but never
// with that word: the first word is a headline's, no part of the name.
// "" otherwise.
func (x *extractor) nameAfterHeadlineWord(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || !startsUpper(ws[0]) || acronymLike(ws[0]) {
		return ""
	}
	// (A plain word: a capital, then small letters; "Éxito" too.)
	if _, size := utf8.DecodeRuneInString(ws[0]); strings.ToLower(ws[0][size:]) != ws[0][size:] {
		return ""
	}
	// ("Al via PROTEGO": the headline's words may be two, the second in
	// small letters.)
	at := 1
	if len(ws) > 2 && strings.ToLower(ws[1]) == ws[1] && !acronymLike(strings.Trim(ws[1], ",;:")) {
		at = 2
	}
	stem := strings.Trim(ws[at], ",;:")
	// ("Lanzan Yaxche, programa de becas …", "Arranca Pukllasun, el
	// proyecto …": a plain coined word too, where the body writes it,
	// accents aside, and never the headline's word with it.)
	// (Not in German, which capitalises every noun: "Sichere Grenzen".)
	plain := len(ws) == at+1 && x.lang != "de" && plainNameForm(stem)
	if !(acronymLike(stem) || coinedHyphenName(stem) || plain) || !distinctive(stem) || x.namedBelowFirstHeading(name) {
		return ""
	}
	if plain {
		if x.foldedBelowFirstHeading(name) || !x.foldedBelowFirstHeading(stem) {
			return ""
		}
		return stem
	}
	for k := len(ws); k >= at+1; k-- {
		rest := strings.Trim(strings.Join(ws[at:k], " "), ",;:")
		if x.namedBelowFirstHeading(rest) {
			return rest
		}
	}
	return ""
}

// otherNamesRange reports a range set in brackets right after a name that
// is not the project the text is about: "a follow-up to the iPROCEEDS
// project (2016-2019)", "Continuación de ACTRA (2017–2021)",
// "Cybercrime@EAP III (2015–2017)" give another project's period.
func otherNamesRange(s, r, current string, ms []mention) bool {
	i := strings.Index(s, r)
	if i <= 0 {
		return false
	}
	// "… complementa o programa governamental Terra Segura, que entre
	// 2015 e 2019 …": a range in a relative clause after another name is
	// that name's.
	// "FINTRACE, which helped … units of the Andean region between 2017
	// and 2021": the relative clause may run on before its range.
	clauseStart := strings.LastIndex(s[:i], ", ")
	if clauseStart >= 0 && i-clauseStart > 160 {
		clauseStart = -1
	}
	var ws []string
	if clauseStart > 0 {
		if rel := strings.Fields(s[clauseStart+2 : i]); len(rel) > 0 && relativeWords()[lexicon.Fold(rel[0])] {
			ws = append(strings.Fields(s[max(0, clauseStart-60):clauseStart+1]), rel[0])
		}
	}
	if len(ws) == 0 {
		ws = strings.Fields(s[max(0, i-60):i])
	}
	if len(ws) >= 2 && relativeWords()[lexicon.Fold(ws[len(ws)-1])] && strings.HasSuffix(ws[len(ws)-2], ",") {
		name := strings.TrimSuffix(ws[len(ws)-2], ",")
		k := projectKey(name)
		// "FINTRACE II … the follow-up to FINTRACE, which ran from 2017 to
		// 2021": a phase of the project is another project.
		if startsUpper(name) && k != current && (!strings.Contains(current, k) || earlierPhaseKey(k, current)) && current != "" {
			return true
		}
	}
	// The range stands in a bracket ("(2018-2021)", "(Support to …,
	// 2017-2021)"): what the bracket follows is whose range it is.
	open := strings.LastIndex(s[:i], "(")
	if open < 0 || strings.LastIndex(s[:i], ")") > open {
		return false
	}
	// "… net als de eerste fase (YAP-K, 2019-2022)": a name inside the
	// bracket, before the range, is whose range it is.
	if inner := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[open+1:i]), ",;:–-")); inner != "" && current != "" {
		for _, m := range ms {
			if m.start > open && m.end <= i && projectKey(m.name) != current {
				return true
			}
		}
		if k := projectKey(inner); startsUpper(inner) && len(strings.Fields(inner)) <= 3 && k != current && !strings.Contains(k, current) && plausibleProject(inner) {
			return true
		}
	}
	before := strings.TrimRight(s[:open], " ")
	// "the ACTRA programme (Support to Customs Transit …) (2017-2021)":
	// less the name's long form in brackets.
	if strings.HasSuffix(before, ")") {
		if open := strings.LastIndex(before, "("); open > 0 {
			before = strings.TrimRight(before[:open], " ")
		}
	}
	// "the PORTICO programme (2018-2021)": less its word for project.
	if ws := strings.Fields(before); len(ws) > 1 && projectWordSet()[strings.ToLower(ws[len(ws)-1])] {
		before = strings.TrimRight(before[:strings.LastIndex(before, ws[len(ws)-1])], " ")
	}
	for _, m := range ms {
		if m.end >= len(before)-len(" project") && projectKey(m.name) != current {
			return true
		}
	}
	// A capitalised name just before the bracket that is not the
	// project's own: "… of the ACTRA programme (Support to …) (2017–2021)".
	words := strings.Fields(before)
	if len(words) == 0 {
		return false
	}
	last := strings.Trim(words[len(words)-1], ",;:)")
	// "… läuft vier Jahre (April 2022 bis März 2026)": a length, which
	// German writes with a capital, names nothing.
	if len(words) >= 2 {
		if _, ok := normalize.ParseDurationMonths(words[len(words)-2] + " " + last); ok {
			return false
		}
	}
	return startsUpper(last) && projectKey(last) != current && !strings.Contains(projectKey(last), current) && current != ""
}

// acronymLed reports a name of two or three words whose first is written
// as a project's acronym ("JUSTA Mekong", "PRELAS Sahel").
func acronymLed(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && len(ws) <= 3 && acronymLike(ws[0]) && distinctive(ws[0])
}

// nameStem is a name without the follow-up number after it: "PAFIP" of
// "PAFIP II", "Cyber 2" of "Cyber 2"'s last word.
func nameStem(name string) string {
	ws := strings.Fields(name)
	if n := len(ws); n == 2 {
		last := strings.ToLower(ws[1])
		if _, roman := romanNumerals[last]; roman || strings.Trim(last, "0123456789") == "" {
			return ws[0]
		}
	}
	return name
}

// coinedProjectInText returns the first acronym-like name the page's
// paragraphs set right after or right before a word for project ("The
// AQUIFERA project", "le projet AQUIFERA"), or "".
func (x *extractor) coinedProjectInText() string {
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RoleParagraph || !mayNameProject(b.Text) {
			continue
		}
		t := blockText(b)
		for _, m := range x.findMentions(t) {
			st := nameStem(m.name)
			if !acronymLike(st) || !distinctive(st) || knownBody(m.name) || x.organisationAcronym(m.name) {
				continue
			}
			// (The mention may hold its word for project: "The AQUIFERA
			// project".)
			ws := strings.Fields(t[m.start:m.end])
			if before := strings.Fields(t[:m.start]); len(before) > 0 {
				ws = append(ws, before[len(before)-1])
			}
			if after := strings.Fields(t[m.end:]); len(after) > 0 {
				ws = append(ws, strings.Trim(after[0], ",.;:"))
			}
			if slices.ContainsFunc(ws, func(w string) bool { return projectWordSet()[lexicon.Fold(w)] }) {
				return m.name
			}
		}
	}
	return ""
}

// recordHeading returns the title heading of a project's record page, or
// "": the page has three label/value pairs of project facts or more, and
// the heading just above the first of them names no event, page, label,
// organisation, country or date.
func (x *extractor) recordHeading() string {
	pairs, first, last := 0, -1, -1
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RolePair {
			continue
		}
		switch lookupLabel(b.Label + ":") {
		case labelDuration, labelStart, labelEnd, labelBudget, labelFunding, labelImplementer, labelCountries, labelStatus, labelCode:
			pairs++
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if pairs < 3 {
		return ""
	}
	// The page's title is its biggest heading before the facts ("Project
	// details" or "Datos básicos" right above them only head a section).
	top, level := -1, -1
	for i := 0; i < first; i++ {
		if b := x.doc.Blocks[i]; b.Role == dossier.RoleHeading && headingLevel(b) > level {
			top, level = i, headingLevel(b)
		}
	}
	// "NURUTANGA auf einen Blick" over a news item's box of facts: the
	// heading right above the facts names the project by its acronym,
	// where the biggest is the item's headline. (One box, and not in a
	// report: a report's sections, each with a box of its own, are read
	// section by section.)
	oneBox := !x.reportHead() && !slices.ContainsFunc(x.doc.Blocks[first:last+1], func(b dossier.Block) bool { return b.Role == dossier.RoleHeading })
	for i := first - 1; i > top && oneBox; i-- {
		b := x.doc.Blocks[i]
		if b.Role != dossier.RoleHeading {
			continue
		}
		if name, _, _ := subjectNameAt(b.Text); name != "" && acronymLike(nameStem(name)) && distinctive(nameStem(name)) && !namesNoProject(name) && !x.organisationAcronym(name) && !knownBody(name) {
			return name
		}
		break
	}
	for i := top; i >= 0; i = -1 {
		b := x.doc.Blocks[i]
		if name, _, part := subjectNameAt(b.Text); name != "" {
			if otherPartNamesPage(b.Text, part) && !(acronymLike(nameStem(name)) && distinctive(nameStem(name))) {
				return "" // a report's topic, not a project's name
			}
			if namesNoProject(name) || x.personPage(name) {
				return ""
			}
			// "Resonanca – Regionales Musikexportprogramm Westbalkan" over
			// a record's facts: one plain word before the long name is
			// the project's own name.
			if part > 0 {
				head := strings.TrimSpace(titleSeparators.Split(collapse(b.Text), 2)[0])
				if !strings.Contains(head, " ") && plainNameForm(head) && distinctive(head) && !orgName(head) {
					return head
				}
			}
			return name
		}
		parts := titleSeparators.Split(collapse(b.Text), -1)
		t := trimBalanced(collapse(parts[0]))
		words := strings.Fields(t)
		// "Quillca: archivos para la seguridad jurídica de la tierra …":
		// a record page's title may be one word in title case, the
		// name, before its subtitle.
		oneWordName := len(words) == 1 && len(parts) > 1 && startsUpper(t) && len([]rune(t)) >= 4 && !notProjectWords[strings.ToLower(t)] && !isCountry(t)
		// "Community Snakebite Surveillance and Health Worker Training in
		// East Africa": over a record, a long title's page word inside it
		// describes the work; the page's kind stands at a title's edge.
		pageWord := notSubject(t)
		if pageWord && len(words) >= 6 && !notSubject(strings.Join(words[:2], " ")) && !notSubject(strings.Join(words[len(words)-2:], " ")) && !notSubjectPhraseIn(t) {
			pageWord = false
		}
		if len(words) < 2 && !oneWordName || len(words) > 25 || pageWord || lookupLabel(t) != labelNone || hasTrapWord(t) || actorHeadline(words) || namesNoProject(t) || x.personPage(t) {
			return ""
		}
		// "Mehr Zeit für sichere Grenzen: Vet-Post wird bis Ende 2025
		// verlängert": a tagline before the name of a project the body
		// names ("Das Vorhaben Vet-Post …").
		if len(parts) > 1 && x.bodyNameIn(strings.Join(parts[1:], " ")) != "" {
			return ""
		}
		if _, err := normalize.ParseDate(t); err == nil {
			return ""
		}
		if _, ok := normalize.KnownOrganisation(t); ok {
			return ""
		}
		return t
	}
	return ""
}

// titleCoinedWord returns the one word before the separator of the
// document's title (its headline, or else the page's <title>) when it is a
// coined name ("SupervisaFin", "PACEP"), not the record heading long nor
// a word of it, and the body writes it; else "".
func (x *extractor) titleCoinedWord(long string) string {
	for _, t := range []string{x.doc.Title, x.doc.Meta[dossier.MetaPageTitle]} {
		parts := titleSeparators.Split(collapse(t), 2)
		if len(parts) < 2 {
			continue
		}
		head := strings.TrimSpace(parts[0])
		if strings.Contains(head, " ") || strings.Contains(long, head) || !(acronymLike(head) || plainNameForm(head)) || !distinctive(head) {
			continue
		}
		// ("SI-TZF-CEF-FM-2019 | Fiskalni Most – …": an activity's
		// identifier is no name.)
		if orgName(head) || knownBody(head) || !plausibleProject(head) || activityCode.MatchString(head) && strings.ContainsAny(head, "0123456789") || x.bodyCount(head) == 0 {
			continue
		}
		return head
	}
	return ""
}

// projectAfterTagline returns the project a headline names after the
// tagline that opens it: "Zou-Collines : le PACAGRI lancé …" over a body
// that names "Le Programme … (PACAGRI)". A name before the headline's
// colon, no acronym, gives way to it. It returns "" when there is none.
func (x *extractor) projectAfterTagline(headline, name string) string {
	// (A headline with no separator has no tagline: most have none.)
	if !strings.ContainsAny(headline, ":|–—·»/-") {
		return ""
	}
	parts := titleSeparators.Split(collapse(headline), 2)
	if len(parts) < 2 || acronymLike(nameStem(name)) || !strings.Contains(parts[0], name) {
		return ""
	}
	if other := x.bodyNameIn(parts[1]); other != "" && projectKey(other) != projectKey(name) {
		return other
	}
	// "Mini-Netze am Tanganjikasee: Mehr Zeit für NuruTanga": a coined
	// word after the tagline that the body writes twice or more, where the
	// tagline holds none, names the project. (Not beside a word for phase:
	// "Zweite Phase von ARBITRA" is ARBITRA II's start.)
	// (A headline's few words: each coined one is counted in the whole
	// body, so a heading of thousands is no headline.)
	ws := strings.Fields(parts[1])
	if len(ws) > 12 || slices.ContainsFunc(strings.Fields(parts[0]), coinedWord) || slices.ContainsFunc(ws, func(w string) bool { return phaseWords()[lexicon.Fold(w)] }) {
		return ""
	}
	for _, w := range ws {
		w = strings.Trim(w, ",.;:!?«»\"“”'‘’()")
		if coinedWord(w) && x.bodyCount(w) >= 2 {
			return w
		}
	}
	return ""
}

// coinedWord reports a word that reads as a project's coined name: an
// acronym or a word with capitals inside ("NuruTanga"), distinctive (no
// body's acronym, no country), and no body the lexicon knows.
func coinedWord(w string) bool {
	return acronymLike(w) && distinctive(w) && plausibleProject(w) && !knownBody(w) && !orgName(w)
}

// bodyNameIn returns the name of a project the body names (a mention
// outside the headings) that the text holds, or "".
func (x *extractor) bodyNameIn(text string) string {
	for _, ob := range x.doc.Blocks {
		if ob.Role == dossier.RoleHeading {
			continue
		}
		// (The blocks' mentions, remembered from findProjects.)
		for _, m := range x.findMentions(blockText(ob)) {
			if strings.Contains(text, m.name) {
				return m.name
			}
		}
	}
	return ""
}

// actorHeadline reports a news headline: a country or an organisation
// dossier knows, then a word in lower case that is no little word of a
// name, its verb ("Deutschland stockt Unterstützung … auf", "Norway renews
// support for …"). A project's title goes on in capitals ("Ghana Coastal
// Fisheries Programme") or with a little word ("Mali de demain").
func actorHeadline(words []string) bool {
	for n := min(4, len(words)-1); n >= 1; n-- {
		actor := strings.Join(words[:n], " ")
		_, country := normalize.CountryCode(actor)
		_, org := normalize.KnownOrganisation(actor)
		if !country && !org {
			continue
		}
		next := words[n]
		return !startsUpper(next) && !nameLittle()[lexicon.Fold(next)] && !ofWords()[lexicon.Fold(next)] && !articleWords()[lexicon.Fold(next)]
	}
	return false
}

// organisationAcronym reports an acronym the document spells out as an
// organisation's: "La Academia de la Magistratura (AMAG)" makes AMAG in the
// title a body, not a project.
func (x *extractor) organisationAcronym(name string) bool {
	if !acronymLike(name) {
		return false
	}
	needle := "(" + name + ")"
	if spelledOrganisation(collapse(x.doc.Title), name) {
		return true
	}
	for i, b := range x.doc.Blocks {
		text := collapse(b.Text)
		// "GATF · GLOBAL ACCOUNTABILITY TRUST FUND", "APPIF ▲
		// Asia-Pacific Peace & Inclusion Fund": a publisher's banner, the
		// acronym beside the name whose initials it is; "FLV" over
		// "Fundación Litoral Vivo", a letterhead's logo and name.
		if spelledOrganisation(text, name) {
			return true
		}
		if text == name && i+1 < len(x.doc.Blocks) && spelledOrganisation(name+" · "+collapse(x.doc.Blocks[i+1].Text), name) {
			return true
		}
		// "AgroVaria Foundation", "la fondation AgroVaria": the name with
		// a word for a body right beside it.
		for _, at := range indexAll(text, name) {
			if bodyNamed(text, mention{name: name, start: at, end: at + len(name), bare: true}) {
				return true
			}
		}
		i := strings.Index(text, needle)
		if i < 0 {
			continue
		}
		ws := strings.Fields(text[:i])
		ws = ws[max(0, len(ws)-8):]
		org := false
		for _, w := range ws {
			f := lexicon.Fold(strings.Trim(w, ",;:"))
			if projectWordSet()[f] {
				return false
			}
			if orgWords()[f] {
				org = true
			}
		}
		return org
	}
	return false
}

// knownBody reports a name that is wholly a country or a body the
// lexicon knows: "+ Confederazione Svizzera" (a government's logo) is no
// project.
func knownBody(name string) bool {
	t := strings.Trim(name, "+*·|-– ")
	if _, known := normalize.KnownOrganisation(t); known {
		return true
	}
	// "Cooperación Española", "Schweizer Zusammenarbeit": a country's
	// aid, named by its nationality, is a body.
	return len(strings.Fields(t)) <= 3 && nationalBody(t) != ""
}

// spelledOrganisation reports whether text names name and spells it out
// as an organisation: capitalised words whose initials it is, among them a
// word for an organisation ("Fund", "Institute"): "GATF · Global
// Accountability Trust Fund", "GATF Annual Report 2021 — Global
// Accountability Trust Fund", "APPIF ▲ Asia-Pacific Peace & Inclusion
// Fund". An acronym with short runs of small letters counts by its
// capitals: "DiSA" spells "Dipartimento di Scienze Agrarie".
func spelledOrganisation(text, name string) bool {
	i := strings.Index(text, name)
	if i < 0 || !wordEdge(text, i, true) || !wordEdge(text, i+len(name), false) {
		return false
	}
	ws := strings.Fields(text)
	// ("Union des fédérations syndicales de l’industrie du Maghreb" is
	// UFSIM: a body's name in sentence case, read when one in capitals
	// is not found, has initials in small letters, and an elided
	// article, "l’", gives none.)
	initialOf := func(w string, sentenceCase bool) string {
		var out string
		w = strings.Trim(w, ",;:()")
		if i := indexApostrophe(w); sentenceCase && i > 0 && i <= 2 {
			w = w[i+len(string([]rune(w[i:])[0])):]
		}
		for _, part := range strings.Split(w, "-") {
			if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) || sentenceCase && unicode.IsLetter(r) {
				out += string(unicode.ToUpper(r))
			}
		}
		return out
	}
	upper := strings.ToUpper(name)
	if caps := capitalsOfMixedAcronym(name); caps != "" {
		upper = caps
	}
	first, _ := utf8.DecodeRuneInString(upper)
	for try := 0; try < 2*len(ws); try++ {
		k, sentenceCase := try%len(ws), try >= len(ws)
		if sentenceCase && !startsUpper(ws[k]) {
			continue
		}
		// (The cheap test first: the name's first initial opens the
		// word.)
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(ws[k], ",;:()")); unicode.ToUpper(r) != first {
			continue
		}
		initials, org := "", false
		for _, w := range ws[k:] {
			f := lexicon.Fold(strings.Trim(w, ",;:()"))
			if w == "&" || (listLittleWord[f] || ofWords()[f]) && initials != "" {
				continue
			}
			in := initialOf(w, sentenceCase)
			if in == "" || !strings.HasPrefix(upper, initials+in) {
				break
			}
			initials += in
			org = org || orgWords()[f] || orgWords()[strings.TrimSuffix(f, "s")]
			if len(initials) == len(upper) {
				break
			}
		}
		if org && initials == upper {
			return true
		}
	}
	return false
}

// capitalsOfMixedAcronym returns the capitals of an acronym that holds
// runs of at most two small letters ("DiSA", "CeSPI": the small letters
// are a little word's, "di", or a word's second letter), or "" for any
// other name ("SemeSano" is a coined word).
func capitalsOfMixedAcronym(name string) string {
	var caps []rune
	run, small := 0, false
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			caps, run = append(caps, r), 0
		case unicode.IsLower(r):
			run++
			small = true
			if run > 2 {
				return ""
			}
		default:
			return ""
		}
	}
	if !small || len(caps) < 2 {
		return ""
	}
	return string(caps)
}

// shoutedPart reports a line set all in capitals of which name is a part
// only ("MEDIA" of "MEDIA RELEASE"): there a word in capitals is no
// acronym. A name that is the whole line ("RÍOS LIMPIOS") still counts.
func shoutedPart(line, name string) bool {
	line = collapse(line)
	return len(strings.Fields(line)) >= 2 && strings.ToUpper(line) == line && line != name
}

// editionNumber reports a folded word that numbers an edition: a Roman
// numeral, a year, an ordinal ("2nd", "10e", "3rd", "1er", "xv").
func editionNumber(w string) bool {
	if w == "" {
		return false
	}
	// (A word of Roman letters is no numeral unless it is well formed:
	// "Civil Registration …" is no edition of "Registration".)
	if strings.Trim(w, "ivxlc") == "" && romanNumeral.MatchString(w) {
		return true
	}
	d := strings.TrimLeft(w, "0123456789")
	if d == w {
		return false
	}
	switch d {
	case "", "st", "nd", "rd", "th", "e", "er", "eme", "o", "a", "º", "ª":
		return true
	}
	return false
}

// romanNumeral is a well-formed Roman numeral below 400, folded.
var romanNumeral = regexp.MustCompile(`^(?:c{1,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|(?:xc|xl|l?x{1,3})(?:ix|iv|v?i{0,3})|l(?:ix|iv|v?i{0,3})|(?:ix|iv|v?i{1,3}|v))$`)

// phaseNumber returns the number a phase part gives ("Fase 2" → "2",
// "Phase II" → "2"), or "" when the part is no phase; the first phase is
// the project itself, so it gives "".
func phaseNumber(part string) string {
	ws := strings.Fields(lexicon.Fold(part))
	if len(ws) != 2 || !phaseWords()[ws[0]] {
		return ""
	}
	n := ws[1]
	if d, ok := romanNumerals[n]; ok {
		n = d
	}
	if strings.Trim(n, "0123456789") != "" || n == "1" || n == "" {
		return ""
	}
	return n
}

// phaseMark reports a word for phase and its number, the first phase's
// too ("Phase I", "fase 1", "Phase II").
func phaseMark(part string) bool {
	ws := strings.Fields(lexicon.Fold(part))
	return len(ws) == 2 && phaseWords()[ws[0]] && (ws[1] == "i" || ws[1] == "1" || phaseNumber(part) != "")
}

// coinedHyphenName reports a word of short capitalised parts joined by
// hyphens, as coined names are written ("Vet-Post", "Agro-Vet"); a
// compound noun has a longer part ("Cyber-Kapazitätsaufbau").
func coinedHyphenName(w string) bool {
	if strings.Contains(w, " ") || !hyphenCapitals(w) {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if utf8.RuneCountInString(p) > 6 {
			return false
		}
	}
	return true
}

// numberedAs reports a name that already ends with follow-up number n
// ("PORTREC-II – Phase II" is PORTREC II, not its follow-up).
func numberedAs(name, n string) bool {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(ws) < 2 {
		return false
	}
	last := lexicon.Fold(ws[len(ws)-1])
	if d, ok := romanNumerals[last]; ok {
		last = d
	}
	return last == n
}

// followUpNumber reports a word that numbers a follow-up after a name: a
// Roman numeral from II or a number from 2 ("ACTRA II", "PAFIP 2").
func followUpNumber(w string) bool {
	if _, ok := romanNumerals[lexicon.Fold(w)]; ok && strings.ToUpper(w) == w {
		return true
	}
	// "CariDigital 2.0": a version number names a follow-up too.
	if v, ok := strings.CutSuffix(w, ".0"); ok {
		w = v
	}
	return len(w) == 1 && w >= "2" && w <= "9"
}

var phaseWords = foldedSet("phase", "word")

// relativeWords are the lexicon's relative pronouns ("which", "que").
var relativeWords = foldedSet("relative", "word")

// sentenceCaseTitle returns the page's title or first heading as a
// project name when it is written in sentence case and the body names it
// again: twice, or once right after a word for project ("le programme
// Confiance numérique"). "" otherwise.
func (x *extractor) sentenceCaseTitle() string {
	var cands []string
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading {
			cands = append(cands, b.Text)
			break
		}
	}
	cands = append(cands, x.doc.Title)
	for _, c := range cands {
		t := trimBalanced(collapse(titleSeparators.Split(collapse(c), -1)[0]))
		t = trimPageWords(trimProjectWord(t))
		words := strings.Fields(t)
		if len(words) < 2 || len(words) > 8 || !startsUpper(t) || notSubject(t) || hasTrapWord(t) || lookupLabel(t) != labelNone || hasOrgWord(t) || namesNoProject(t) || x.personPage(t) || periodicalNamed(t) {
			continue
		}
		if _, err := normalize.ParseDate(t); err == nil {
			continue
		}
		if _, ok := normalize.KnownOrganisation(t); ok {
			continue
		}
		n, afterWord := 0, false
		body := x.bodyText()
		for from := 0; ; {
			i := strings.Index(body[from:], t)
			if i < 0 {
				break
			}
			i += from
			n++
			if ws := strings.Fields(body[max(0, i-20):i]); len(ws) > 0 && projectWordSet()[strings.ToLower(ws[len(ws)-1])] {
				afterWord = true
			}
			from = i + len(t)
		}
		if n >= 2 || afterWord {
			return t
		}
	}
	return ""
}

// nounPhraseName reports a German name of three words or more with none
// written as a coined name or an acronym ("Strom für Dörfer am
// Tanganjikasee"): German writes every noun with a capital, so a
// headline's topic reads as a name; it counts where the body names it.
func nounPhraseName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return false
	}
	for _, w := range ws {
		if acronymLike(strings.Trim(w, ",;:")) || coinedHyphenName(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// sentenceCaseName reports a name of words whose first alone is
// capitalised, bar the names of countries and regions ("Recensements dans
// le Pacifique", "Vaccination du bétail au Sahel"): how a headline's topic
// is written, and how some names are ("Confiance numérique").
func sentenceCaseName(name string) bool {
	ws := words(name)
	if len(ws) < 2 {
		return false
	}
	first := name[ws[0].start:ws[0].end]
	if !startsUpper(first) || acronymLike(first) {
		return false
	}
	lower := 0
	for i := 1; i < len(ws); i++ {
		w := name[ws[i].start:ws[i].end]
		if strings.ContainsAny(w, "0123456789") || acronymLike(w) {
			return false
		}
		if !startsUpper(w) {
			lower++
			continue
		}
		if n := regionAt(ws, i); n > 0 {
			i += n - 1
			continue
		}
		if !normalize.CountryWord(w) {
			return false
		}
	}
	return lower > 0
}

// bodyText is the document's text outside headings (see bodyMentions).
func (x *extractor) bodyText() string {
	x.bodyMentions("\x00") // builds x.body
	return x.body
}

// hasOrgWord reports a name with an organisation word of the lexicon in
// it ("Ambasciata d'Italia"): a body, not a project.
func hasOrgWord(t string) bool {
	for _, w := range strings.Fields(lexicon.Fold(t)) {
		if orgWords()[w] {
			return true
		}
		// "Rijksinstituut", "Bundesministerium": a compound whose last
		// part is a word for a body.
		if compoundEndsIn(w, orgWords()) {
			return true
		}
	}
	return false
}

// sentenceMentions is findMentions with the names this document already
// gave its projects (in its title, headings, labels, or with a word for
// project): "Le PAFIP II a démarré le 1er juillet 2021" names PAFIP II
// though no word for project stands beside it.
func (x *extractor) sentenceMentions(s string) []mention {
	ms := x.findMentions(s)
	// A project named since the names were gathered ("… of WeFin
	// (Women's …)" in the paragraph before) is named bare from then on.
	if x.docNames == nil || x.docNamesFor != len(x.names.order) {
		x.docNamesFor = len(x.names.order)
		var names []string
		for _, k := range x.names.order {
			for sp := range x.names.spelling[k] {
				names = append(names, sp)
				// "E-PROOF Andes II" names its first phase "E-PROOF
				// Andes" (a single acronym is found on its own).
				if ws := strings.Fields(sp); len(ws) >= 3 && followUpNumber(ws[len(ws)-1]) {
					names = append(names, strings.Join(ws[:len(ws)-1], " "))
				}
			}
		}
		x.docNames = newKnown(names, 8)
	}
	ks := x.docNames.find(s)
	if len(ks) == 0 {
		return x.laterPhases(s, withPhaseMarks(s, ms))
	}
	// ("… l'avvio di PRATIQ – Fase 2": a name found bare, then its
	// phase.)
	ks = withDashPhase(s, ks)
	all := append(append([]mention(nil), ms...), ks...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].start < all[j].start })
	// Overlapping mentions are one: the longer stays.
	out := all[:0]
	for _, m := range all {
		if n := len(out); n > 0 && m.start < out[n-1].end {
			if m.end-m.start > out[n-1].end-out[n-1].start {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return x.laterPhases(s, withPhaseMarks(s, out))
}

// withPhaseMarks extends a mention followed by a follow-up's mark
// ("STATLINK+", "PAFIP II", "PAFIP 2") to the follow-up's name: the page
// that names the project names its follow-up the same way.
func withPhaseMarks(s string, ms []mention) []mention {
	var out []mention
	for i, m := range ms {
		rest := s[m.end:]
		n := 0
		switch {
		case strings.HasPrefix(rest, "+") && !strings.HasSuffix(m.name, "+"):
			n = 1
		case strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "-"):
			w := leadingRun(rest[1:])
			if w != "" && followUpNumber(w) && !startsWithLetterOrDigit(rest[1+len(w):]) && !numeralGoesOn(rest, 1, 1+len(w)) {
				n = 1 + len(w)
			}
		}
		if n == 0 || startsWithLetterOrDigit(rest[n:]) && rest[0] == '+' {
			continue
		}
		if out == nil {
			out = append([]mention(nil), ms...)
		}
		out[i].name = m.name + rest[:n]
		out[i].end = m.end + n
	}
	if out == nil {
		return ms
	}
	return out
}

// stemMentions finds the acronym st in s where it stands as a word of its
// own, in the same case ("Forêts" is no "FORETS"), outside the mentions
// ms ("PORTREC II").
func stemMentions(s, st string, ms []mention) []mention {
	var out []mention
	for _, i := range indexAll(s, st) {
		end := i + len(st)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		if i > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) || startsWithLetterOrDigit(s[end:]) {
			continue
		}
		if slices.ContainsFunc(ms, func(m mention) bool { return i < m.end && end > m.start }) {
			continue
		}
		out = append(out, mention{name: st, start: i, end: end})
	}
	return out
}

// stemSubject reports a sentence that opens on st (an article first
// perhaps) and a word in small letters: "HARVESTNET had a budget …".
func stemSubject(s, st string) bool {
	rest := strings.TrimSpace(stripLeadingArticle(strings.TrimSpace(s)))
	after, ok := strings.CutPrefix(rest, st+" ")
	return ok && startsLower(after)
}

// stemSetApart reports a text that names st, a follow-up's stem, as a
// project of its own, the earlier one: after a word of the relation
// ("the follow-up to HARVESTNET", "fait suite à HARVESTNET"), with a
// period in brackets ("HARVESTNET (2019–2022)"), or beside the follow-up
// in one heading or short line ("SemeSano hands over to SemeSano II").
func (x *extractor) stemSetApart(st string) bool {
	if v, ok := x.stemApart[st]; ok {
		return v
	}
	apart := false
	for _, b := range x.doc.Blocks {
		text := blockText(b)
		bare, phased := false, false
		for _, i := range indexAll(text, st) {
			end := i + len(st)
			if startsWithLetterOrDigit(text[end:]) || i > 0 && startsWithLetterOrDigit(text[i-1:i]) {
				continue
			}
			// "SemeSano hands over to SemeSano II": one line that names
			// the stem alone and its follow-up sets them apart.
			m := []mention{{name: st, start: i, end: end}}
			if withPhaseMarks(text, m)[0].name != st || withDashPhase(text, m)[0].name != st {
				phased = true
			} else {
				bare = true
			}
			if bare && phased && (b.Role == dossier.RoleHeading || len(text) <= 120) {
				apart = true
			}
			if r := strings.TrimLeft(text[end:], " "); strings.HasPrefix(r, "(") {
				if c := strings.IndexByte(r, ')'); c > 0 {
					if _, err := normalize.ParseDateRange(r[1:c]); err == nil {
						apart = true
					}
				}
			}
			if ps, pe, ok := findRelation(text[max(0, i-40):i], "predecessor"); ok && ps < pe && strings.TrimSpace(text[max(0, i-40):i][pe:]) == "" {
				apart = true
			}
		}
	}
	if x.stemApart == nil {
		x.stemApart = map[string]bool{}
	}
	x.stemApart[st] = apart
	return apart
}

func startsWithLetterOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// laterPhases renames a mention that follows "the second phase of" to the
// follow-up the document names ("the second phase of the DATASANTÉ
// programme" is DATASANTÉ II when the page names DATASANTÉ II).
func (x *extractor) laterPhases(s string, ms []mention) []mention {
	var out []mention
	for i, m := range ms {
		n := phaseBefore(s[:m.start])
		if n == "" && x.mainKey != "" {
			// "deuxième phase du programme ARKANE" on a page about
			// ARKANE II: with a word for project between, only the
			// page's own follow-up is read so.
			if n = phaseBefore(withoutLastProjectWord(s[:m.start])); n != "" && x.followUpKey(m.name, n) != x.mainKey {
				n = ""
			}
		}
		if n == "" {
			continue
		}
		k := x.followUpKey(m.name, n)
		if k == "" {
			k = x.writtenFollowUp(m.name, n)
		}
		if k != "" {
			if out == nil {
				out = append([]mention(nil), ms...)
			}
			out[i].name = x.names.first[k]
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// writtenFollowUp finds name followed by the mark of its phase n
// anywhere in the document ("Fiskalni Most Phase 2" in a paragraph after
// "the second phase of Fiskalni Most"), adds it to the document's names
// and returns its key; "" when the document never writes it so. (The
// names grow as the text is read: a follow-up written further down is
// not known yet where the phase is first spoken of.)
func (x *extractor) writtenFollowUp(name, n string) string {
	if x.followUpsWritten == nil {
		x.followUpsWritten = map[[2]string]string{}
	}
	if k, ok := x.followUpsWritten[[2]string{name, n}]; ok {
		return k
	}
	want := projectKey(name) + n
	found := ""
	for _, b := range x.doc.Blocks {
		t := collapse(blockText(b))
		for _, i := range indexAll(t, name) {
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			m := []mention{{name: name, start: i, end: i + len(name)}}
			for _, f := range [][]mention{withPhaseMarks(t, m), withDashPhase(t, m)} {
				if f[0].name != name && projectKey(f[0].name) == want {
					found = f[0].name
				}
			}
			if found != "" {
				break
			}
		}
		if found != "" {
			break
		}
	}
	k := ""
	if found != "" {
		k = x.names.add(found)
	}
	x.followUpsWritten[[2]string{name, n}] = k
	return k
}

// withoutLastProjectWord drops the word for project that ends before
// ("la deuxième phase du programme " → "la deuxième phase du"), or returns
// it as it is.
func withoutLastProjectWord(before string) string {
	t := strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	if i < 0 || !projectWordSet()[lexicon.Fold(t[i+1:])] {
		return before
	}
	return t[:i]
}

// followUpKey is the key of the document's project that is name's
// follow-up number n ("DATASANTÉ", "2" → "datasante2"), or "".
func (x *extractor) followUpKey(name, n string) string {
	base := projectKey(name)
	for _, k := range x.names.order {
		if k == base+n || n == "2" && k == base+"+" {
			return k
		}
	}
	return ""
}

// phaseBefore returns the number of the phase the words before a name
// give ("the second phase of the", "la phase 2 du", "die zweite Phase
// des"), or "".
func phaseBefore(before string) string {
	ws := strings.Fields(lexicon.Fold(lastRunes(before, 60)))
	// Drop the article and the word of joining, back to the phase word.
	for len(ws) > 0 && (articleWords()[ws[len(ws)-1]] || ofWords()[ws[len(ws)-1]]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 {
		return ""
	}
	last, prev := ws[len(ws)-1], ws[len(ws)-2]
	// "Phase II of", "phase 2 du".
	if n := phaseNumber(prev + " " + last); n != "" {
		return n
	}
	// "second phase", "zweite Phase", "segunda fase", "phase deuxième".
	if phaseWords()[last] {
		return ordinalWords()[prev]
	}
	if phaseWords()[prev] {
		return ordinalWords()[last]
	}
	return ""
}

// laterPhaseIn returns the key of the follow-up that text sends the
// project of key into ("ORBITA geht in die zweite Phase", "SableVert
// entame sa deuxième phase", "segunda fase do projecto Garoupa Azul"),
// where the document names it; else "".
func (x *extractor) laterPhaseIn(text, key string) string {
	text = collapse(text)
	name := x.names.canonical(key)
	i := strings.Index(text, name)
	if i < 0 || name == "" {
		return ""
	}
	if n := phaseAfter(text[i+len(name):]); n != "" {
		return x.followUpKey(name, n)
	}
	// "lançam segunda fase do projecto Garoupa Azul": the phase before
	// the name, where the text names the follow-up too.
	if n := phaseBefore(withoutLastProjectWord(text[:i])); n != "" && n != "1" {
		return x.followUpKey(name, n)
	}
	return ""
}

// ordinalPhaseBefore returns the number of the later phase that the
// words right before a name give: an ordinal and a word for phase, then
// a word of "of" or a little word, then at most one word for project, a
// German or Dutch compound of one among them ("la seconda fase di",
// "the second phase of the", "zweite Phase des Strahlenschutzvorhabens",
// "la deuxième phase du projet"); else "".
func ordinalPhaseBefore(ws []string) string {
	j := len(ws) - 1
	if j >= 0 && projectWordOrCompound(lexicon.Fold(strings.Trim(ws[j], ",.;:"))) {
		j--
	}
	for k := 0; k < 2 && j >= 0; k++ {
		f := lexicon.Fold(ws[j])
		if !nameLittle()[f] && !ofWords()[f] && !articleWords()[f] {
			break
		}
		j--
	}
	if j < len(ws)-1 && j >= 1 && phaseWords()[lexicon.Fold(ws[j])] {
		if n := ordinalWords()[lexicon.Fold(ws[j-1])]; n != "1" {
			return n
		}
	}
	return ""
}

// projectWordOrCompound reports a folded word for project in any of its
// forms, or a compound ending on one, the genitive's "s" after it too
// ("strahlenschutzvorhabens"), no predecessor's ("vorgängerprogramms").
func projectWordOrCompound(w string) bool {
	return projectWordForm(w) || compoundProjectWord(w) || compoundProjectWord(strings.TrimSuffix(w, "s"))
}

// phaseAfter returns the number of the later phase that the words right
// after a name give, within one clause ("geht in die zweite Phase",
// "entame sa deuxième phase", "enters its second phase"), or "".
func phaseAfter(after string) string {
	ws := strings.Fields(firstRunes(after, 60))
	for i := 0; i+1 < len(ws) && i <= 3; i++ {
		if strings.ContainsAny(ws[i], ",;:.!?–—") {
			return ""
		}
		w := lexicon.Fold(strings.TrimRight(ws[i+1], ",;:.!?"))
		if n := ordinalWords()[lexicon.Fold(ws[i])]; n != "" && n != "1" && phaseWords()[w] {
			return n
		}
	}
	return ""
}

// firstRunes is s cut to n bytes at most, on a rune's boundary.
func firstRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

func lastRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// ordinalWords maps the lexicon's ordinal.N words, folded, to N.
var ordinalWords = foldedKinds("ordinal")

// projectsPeriod reports whether a period in running text is the
// project's: the sentence names the project or speaks of one, or a verb
// of running gives it ("runs from", "läuft"), or the line is the period
// and little else ("2021 – 2025", "Duration: …"). "Die Ebola-Epidemie in
// Westafrika 2014 bis 2016" and "l'évaluation réalisée entre 2016 et
// 2018" are other things' periods.
func projectsPeriod(s, r string, keys []string) bool {
	if len(keys) == 1 || mayNameProject(s) || hasCue(s, "runs_verb") || inflectedProjectWord(s) {
		return true
	}
	return len(strings.Fields(s))-len(strings.Fields(r)) <= 4
}

// inflectedProjectWord reports a word for project in an inflected form
// in s: "Die zweite Phase des Programms ist … angelegt (April 2022 bis
// März 2026)" speaks of the project by its genitive.
func inflectedProjectWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if w = strings.ToLower(strings.Trim(w, ".,;:()«»\"„“”'’")); len(w) >= 5 && projectWordForm(w) {
			return true
		}
	}
	return false
}

// acronymSpeltAsBody reports a line of an acronym and, after a dash or a
// bar, a name a word for a body opens ("CSIP – Centro Studi per
// l'Integrità Pubblica", "WRO | Waterbedrijf Rijnland-Oost"): a body's
// masthead, no project's.
func acronymSpeltAsBody(line string) bool {
	// (The cheap test first: the line opens on an acronym.)
	if first := leadingRun(strings.TrimSpace(line)); first == "" || !acronymLike(first) {
		return false
	}
	parts := titleSeparators.Split(collapse(line), -1)
	if len(parts) != 2 {
		return false
	}
	acr, body := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	if !acronymLike(acr) || !startsUpper(body) || !hasOrgWord(leadingRun(body)) {
		return false
	}
	// (The name spells the acronym, its capitals' initials holding the
	// acronym's letters in order, or the acronym is a body dossier knows
	// by another language's name: "JURILINK: Court Records Go Digital"
	// is a headline, its "Court" no body's.)
	_, known := normalize.KnownOrganisation(acr)
	return known || spellsInOrder(acr, body)
}

// spellsInOrder reports whether the capitals of acr stand, in order,
// among the initials of name's capitalised words (parts of a hyphenated
// one too): "CSIP" in "Centro Studi per l'Integrità Pubblica", "WRO" in
// "Waterbedrijf Rijnland-Oost".
func spellsInOrder(acr, name string) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		// ("l'Integrità": the word after an elided article.)
		if i := strings.LastIndexAny(w, "'’"); i >= 0 {
			w = w[i+len(string([]rune(w[i:])[0])):]
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	k := 0
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			continue
		}
		for k < len(initials) && initials[k] != r {
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
	}
	return true
}

// nameBeforeHeadlineWords returns the coined name ("E-Bashkia",
// "SaniVille", "AQUATWIN") that a title's name opens on, before words in
// small letters only ("closes", "verlengd", "wird verlängert"), where the
// document names the coined name elsewhere (in any case): the words are a
// headline's, no part of the name. So too two to four capitalised words
// ("Mbegu Kweli halverwege") that two other blocks name without the
// headline's words. "" otherwise ("Confiance numérique" is a name in
// sentence case, no coined name and a tail).
func (x *extractor) nameBeforeHeadlineWords(name string) string {
	ws := strings.Fields(name)
	k := len(ws)
	for k > 1 && strings.ToLower(ws[k-1]) == ws[k-1] && strings.IndexFunc(ws[k-1], unicode.IsLetter) >= 0 {
		k--
	}
	if k == len(ws) {
		return ""
	}
	// "Mbegu Kweli halverwege": a name of capitalised words the text
	// names without the headline's words after it.
	if k >= 2 && k <= 4 {
		for _, w := range ws[:k] {
			if !startsUpper(w) {
				return ""
			}
		}
		head := strings.Join(ws[:k], " ")
		if !plausibleProject(head) {
			return ""
		}
		// (In two blocks at least, headings and running heads too, and
		// never with the headline's words.)
		n := 0
		for _, b := range x.doc.Blocks {
			if t := blockText(b); strings.Contains(t, head) && !strings.Contains(t, name) {
				n++
			}
		}
		if n >= 2 && !x.namedBelowFirstHeading(name) {
			return head
		}
		return ""
	}
	head := strings.Trim(ws[0], ",;:")
	if !(acronymLike(head) || coinedHyphenName(head) || camelCase(head) || hyphenCapitals(head)) || !distinctive(head) {
		return ""
	}
	if _, named := x.names.spelling[projectKey(head)]; !named {
		return ""
	}
	return head
}

// camelCase reports a word with a capital after small letters inside it
// ("SaniVille", "eRegisto", "AquaTwin").
func camelCase(w string) bool {
	lower := false
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && i > 0 && lower:
			return true
		}
	}
	return false
}

// hyphenCapitals reports a word of parts joined by hyphens, each opening
// on a capital ("E-Bashkia", "Aqua-Twin"), of any length (see
// coinedHyphenName).
func hyphenCapitals(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !startsUpper(p) {
			return false
		}
	}
	return true
}

// quotedAfterPageWord reports a name set in quotation marks right after a
// word for a kind of page or event: "Cyberübung „Harmattan 2024“" names
// an exercise, "Conference “Blue Ports”" a conference.
func quotedAfterPageWord(t, name string) bool {
	name = strings.TrimLeft(name, "\"„“”«‘’' ")
	i := strings.Index(t, name)
	if i <= 0 {
		return false
	}
	before := strings.TrimRight(t[:i], " ")
	r, size := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("\"„“”«‘’'", r) {
		return false
	}
	ws := strings.Fields(strings.TrimRight(before[:len(before)-size], " "))
	return len(ws) > 0 && notSubjectWords()[lexicon.Fold(ws[len(ws)-1])]
}

// namesNoProjectIn reports a name that a title or heading t gives, which
// names something else than a project: the site, a periodical, a body, an
// author, a person, a page's or an event's name.
func (x *extractor) namesNoProjectIn(t, name string) bool {
	return x.isSite(name) || x.periodicalName(name) || periodicalTitle(t) || x.organisationAcronym(name) || knownBody(name) || x.author(name) || x.personPage(name) || namesNoProject(name) || quotedAfterPageWord(t, name)
}

// ownArticles holds the lexicon's article.own, folded, with the
// languages each is an article in: words that are articles in one
// language only and something else in others (Dutch "de", French,
// Spanish and Portuguese "of").
var ownArticles = phraseLanguages("article", "own")

// articleIn reports a word that is an article in lang: one of
// article.word in any language, or of article.own in lang.
func articleIn(w, lang string) bool {
	f := lexicon.Fold(w)
	return articleWords()[f] || ownArticles()[f][lang]
}

// pointsBackToAProject reports a page whose running text opens a sentence
// on "the programme", "het programma", "le projet": a page that speaks of
// one project as of its subject.
func (x *extractor) pointsBackToAProject() bool {
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RoleParagraph || otherSection(b.Section) {
			continue
		}
		for _, s := range sentences(blockText(b)) {
			if anaphoricOpening(s) {
				return true
			}
		}
	}
	return false
}

// insideOrg reports whether text[start:end] lies within one of orgs and
// is not the whole of it.
func insideOrg(orgs []orgMention, start, end int) bool {
	for _, o := range orgs {
		if o.start <= start && end <= o.end && end-start < o.end-o.start {
			return true
		}
	}
	return false
}

// bodyNameBefore reports text that ends on a body's name: a run of
// capitalised words (and the little words of names) that opens or ends on
// a word for a body ("Instituto Interamericano de Cooperación para la
// Agricultura", "Forensic Science Institute").
func bodyNameBefore(text string) bool {
	run := nameRunAtEnd(strings.Fields(lastRunes(text, 160)))
	// (The sentence's article is no part of the name: "El Instituto …".)
	for len(run) > 0 && articleWords()[lexicon.Fold(run[0])] {
		run = run[1:]
	}
	return len(run) >= 2 && (bodyWord(run[0]) || bodyWord(run[len(run)-1]))
}

// anchoredBeforeFollowUps returns the one key of counts a word for
// project introduces (anchored) when every other key is a follow-up's,
// its own key and more ("scentline" before "scentline20"); "" otherwise.
func anchoredBeforeFollowUps(counts map[string]int, anchored map[string]bool) string {
	first := ""
	for k := range counts {
		if anchored[k] {
			if first != "" {
				return ""
			}
			first = k
		}
	}
	if first == "" {
		return ""
	}
	for k := range counts {
		if k != first && !strings.HasPrefix(k, first) {
			return ""
		}
	}
	return first
}
