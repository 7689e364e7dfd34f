// Package facts finds the project facts a document states: label/value
// pairs, table rows, "Label: value" lines, lists under a heading and prose
// sentences, each normalized and kept with its page and quote.
//
// A fact is what the document states as current for a project. Values it
// gives as superseded ("initially planned to close in 2016") are kept as
// history; event dates, signature years and result figures are never taken
// for the project's dates or budget, because dates and amounts are only read
// where a label or a sentence says they are the project's.
package facts

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// Version names this package's rules. Raise it when a change finds facts
// differently: stores re-read what an older version read.
const Version = "41"

// Extract returns the facts doc states, in document order.
func Extract(doc *dossier.Document) []dossier.Fact {
	x := newExtractor(doc)
	x.run()
	return x.facts
}

// Projects returns the names of the projects doc describes: those it states
// a fact about, in order of first fact.
func Projects(facts []dossier.Fact) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range facts {
		if !seen[f.Project] {
			seen[f.Project] = true
			out = append(out, f.Project)
		}
	}
	return out
}

type extractor struct {
	doc *dossier.Document
	// lang is the language the document is written in, "" when unclear
	// (documentLanguage).
	lang  string
	facts []dossier.Fact
	names *projectNames
	// mainKey is the project the document is about; mainFromLabel says
	// a "Project title" label named it.
	mainKey       string
	mainFromLabel bool
	// firstLineCandidate says titleCandidates ended with the page's first
	// line.
	firstLineCandidate bool
	// current is the project the text at hand is about.
	current string
	// scope is set when the whole document describes something narrower
	// than a project (one donor's funding).
	scope string
	seen  map[string]bool
	// plainNameSet holds the document's plain coined names (plainNames).
	plainNameSet map[string]bool
	// implementerAcronym names the scheme of project codes ("coe").
	implementerAcronym string
	// Contact state across lines: the last contact recorded, the unit
	// named above the next one, and a name waiting for its role.
	// labelText is the text of the label whose value is being read.
	labelText   string
	lastContact int
	contactUnit string
	// regionSection is the region a heading alone names, over the
	// sections of the projects that work there.
	regionSection regionSection
	pendingPerson string
	// subjectAlias is the other form of the name the title gives with the
	// project's name ("Programme for Maritime Security" for PROMARIS).
	subjectAlias string
	// mainByPhaseWords is set where the title sends the project it names
	// into a later phase ("segunda fase do projecto Lagoa Viva"): the
	// other names such a page gives are the programme's, which readers
	// file under its first phase, so they are no aliases of the
	// follow-up.
	mainByPhaseWords bool
	// mainFromTitle is set when the document's title or first heading
	// named mainKey.
	mainFromTitle bool
	// lastMention is the project the previous sentence named last, which
	// "it" or "that project" refers back to.
	lastMention string
	// lastMentionSentence is the sentence that named it: a fact that
	// refers back quotes it too, so the quote holds the name.
	lastMentionSentence string
	// lastMentionSole is whether that sentence named that one project
	// only; mentionSeq counts the sentences that named one.
	lastMentionSole bool
	mentionSeq      int
	prevSentence    string
	// pendingRole is the role a data store's record gave last
	// ("participating_org[0].role | 1 (Funding)"), for the organisation
	// under pendingPrefix that follows.
	pendingRole   labelKind
	pendingPrefix string
	// mainNamed is set once the text has named the main project.
	mainNamed bool
	// announces caches titleAnnounces: 0 not asked yet, 1 yes, -1 no.
	announces int8
	// stemApart caches stemSetApart by stem.
	stemApart map[string]bool
	// followUpsWritten caches writtenFollowUp by name and phase.
	followUpsWritten map[[2]string]string
	// describing caches describingText.
	describing string
	// mainByCount is how often the text names the main project when the
	// main project is the one it names most (0 when chosen otherwise).
	mainByCount int
	// theProjectBefore records a paragraph that speaks of "the project"
	// before the text names the one project it names (see prose).
	theProjectBefore bool
	// knownGiversOnly is set while reading a line under a "Funding"
	// heading, where only givers dossier knows count.
	knownGiversOnly bool
	// sectionKeys holds, for each heading block, the project it names.
	sectionKeys []string
	// body is the document's text outside headings, made on first use;
	// allText all of it.
	body, allText string
	// sectionAliases holds the other form of a section project's name
	// its heading gives ("Global Action on Cybercrime (GLACY)").
	sectionAliases map[string]string
	// crumbNames are the main project's other names its page's
	// breadcrumb gives (breadcrumbNames), in the block at crumbAt.
	crumbNames []string
	crumbAt    int
	// namedTables caches tableNamesElsewhere per table path.
	namedTables map[string]bool
	squeezed    string // the describing text squeezed (namedSqueezed)
	// groupHeading is the block of the heading over the table rows being
	// read, set between them ("Grote Meren"), or -1.
	groupHeading int
	// lastCell and lastCellPos remember where the last member of a long
	// cell was quoted from.
	lastCell    string
	lastCellPos int
	// known are the project names a store already knows; docNames the
	// names this document gave its projects, made on first use.
	known, docNames *Known
	// docNamesFor is how many projects docNames was made for.
	docNamesFor int
	// trap says the page is about an event or a job: the projects it
	// names are named in passing, and it states no fact about them.
	trap bool
	// readingOther is set while a sentence on an earlier phase is read
	// for that phase (sentenceOn).
	readingOther bool
	// readingPresent is set while the present part of a sentence that
	// also gives a superseded value is read as a sentence of its own.
	readingPresent bool
	// carryPath and carryName are the table and the project of the last
	// row that named one, for the rows below that leave it empty.
	carryPath, carryName string
	// relSentence and relations cache namesEarlier's relation words of
	// the sentence last asked about.
	relSentence string
	relWords    map[string][2]int
	// portfolio caches portfolioHead: 0 not known yet, 1 yes, 2 no.
	portfolio int
	// report caches reportHead: 0 unknown, 1 yes, 2 no.
	report int
	// speaksFor caches authorOrg.
	speaksFor *authorBody
	// coFunding holds the givers a record's co-funding fields name
	// (coFunders), read once.
	coFunding map[string]bool
	// mentionCache remembers findMentions for the document's texts.
	mentionCache map[string][]mention
	// tableRows counts the rows of each table by its path, once a table
	// asks (cardTable).
	tableRows map[string]int
	// consumed marks blocks already read as part of the block before.
	consumed map[int]bool
	// heads is the first row of the table being read.
	heads []string
	// actual marks the dates the document gives as actual (actualDates).
	actual map[labelKind]bool
	// subjects remembers subjectName for the document's headings.
	subjects map[string][2]string
	// authors are the names the document's bylines give (author), nil
	// until asked.
	authors map[string]bool
	// docCurrency is the currency a label names for the record's bare
	// amounts, "-" for none, "" until asked (withDocCurrency).
	docCurrency string
	// commits is 1 when the document's ledger has a commitment row, -1
	// when it has none, 0 until asked (ledgerCommits).
	commits int
	// factRoles is the role of the block each fact of facts was read
	// from: a label/value layout's or running text's.
	factRoles []dossier.BlockRole
	// shareAt marks where the sentence being read gives a giver's share
	// (the start of its amount): that amount is no budget.
	shareAt map[int]bool
	// banner holds the paths of a web page's paragraphs before its first
	// heading (bannerLine), found once: nil until asked.
	banner map[string]bool
	// giversUntil is the block after the last giver and amount read as
	// blocks of their own (giverAmountBlocks): the next pair may follow.
	giversUntil int
	// figureBlocks marks the short paragraphs and headings with a figure
	// in them (amountBlockNear), nil until asked.
	figureBlocks []bool
	// giverOrder is 1 when such pairs set the giver over its amount, -1
	// when under it, 0 until one is read.
	giverOrder int
	// moneyText and money remember the amounts of the last sentence
	// asked about (moneyIn).
	moneyText string
	money     []normalize.MoneyMatch
}

func newExtractor(doc *dossier.Document) *extractor {
	if blocks, ok := withCapsLabelRows(doc.Blocks); ok {
		d := *doc
		d.Blocks = blocks
		doc = &d
	}
	if blocks, ok := withCardHeadings(doc.Blocks); ok {
		d := *doc
		d.Blocks = blocks
		doc = &d
	}
	if blocks, ok := withHeadedPairRows(doc.Blocks); ok {
		d := *doc
		d.Blocks = blocks
		doc = &d
	}
	return &extractor{doc: doc, lang: documentLanguage(doc), names: newProjectNames(), seen: map[string]bool{}, lastContact: -1, consumed: map[int]bool{}, sectionAliases: map[string]string{}, namedTables: map[string]bool{}, groupHeading: -1, shareAt: map[int]bool{}}
}

// firstHeading reports whether block i is the document's first heading:
// a body's name there is the page's masthead ("UFSIM" over its press
// release), under which the page's own project is told.
func (x *extractor) firstHeading(i int) bool {
	for _, b := range x.doc.Blocks[:i] {
		if b.Role == dossier.RoleHeading {
			return false
		}
	}
	return true
}

func (x *extractor) run() {
	x.findProjects()
	x.findSections()
	x.scope = findScope(x.doc)
	x.current = x.mainKey
	var pending labelKind // a label block whose value follows
	var section labelKind // a heading that announces the blocks below it
	projectLevel := 0     // how big the heading of the project section the text is in is
	asideLevel := 0       // how big the heading over projects named in passing the text is under is
	projectNumber := ""   // and its section number ("3.2")
	sectionLevel := 0     // how big that heading is; smaller headings stay inside it
	sectionHeading := ""  // that heading's text
	var cols tableColumns
	countryItems := countryLedItems(x.doc.Blocks)
	for i, b := range x.doc.Blocks {
		if x.consumed[i] {
			continue
		}
		// "Vanuatu – enumeration November 2020", "Angola – Assembleia
		// Nacional": a list whose every item opens on a country and a
		// dash names the countries the project works in.
		if it, ok := countryItems[i]; ok {
			x.add(b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, collapse(b.Text), "item:countries")
			continue
		}
		// "Burkina Faso · Guiné-Bissau · Mali · Níger · Senegal" under
		// "Onde atuamos": a line of country names alone, set apart by
		// dots, names where the project works.
		if b.Role == dossier.RoleParagraph {
			if names, codes := countryLine(b.Text); len(codes) >= 3 {
				for k, c := range codes {
					x.add(b, dossier.FieldCountries, dossier.TextValue(c), names[k], collapse(b.Text), "line:countries")
				}
				continue
			}
		}
		// A heading set between two rows of one table ("Grote Meren", a
		// PDF table's group of rows) heads the rows after it.
		if b.Role == dossier.RoleHeading && cols.path != "" && i > 0 && i+1 < len(x.doc.Blocks) {
			if p, _ := tablePath(x.doc.Blocks[i-1]); p == cols.path {
				if q, _ := tablePath(x.doc.Blocks[i+1]); q == cols.path {
					x.groupHeading = i
					continue
				}
			}
		}
		tp, first := tablePath(b)
		if first {
			x.groupHeading = -1
		}
		if tp == "" && b.Path == "" && b.Role == dossier.RoleRow {
			// A PDF's table has no markup: its rows follow one another.
			tp, first = "pdf", i == 0 || x.doc.Blocks[i-1].Role != dossier.RoleRow
		}
		if first {
			x.heads = rowCells(b)
		}
		if (b.Role == dossier.RoleRow || b.Role == dossier.RolePair) && x.commitmentRow(b) {
			continue
		}
		// "Benín | Cabo Verde | Costa de Marfil", "Senegal", "Togo |
		// Gambia | Ghana": a grid of the countries worked in.
		if (b.Role == dossier.RoleRow || b.Role == dossier.RolePair || b.Role == dossier.RoleParagraph) && x.countryGrid(i, section) {
			continue
		}
		// "Unión Europea | 4,5 M€" under "Quién financia": a giver and
		// its amount, a row of a table with no head.
		if b.Role == dossier.RoleRow && strings.HasPrefix(tp, "pdf") {
			if cells := rowCells(b); len(cells) == 2 && !totalCell(strings.TrimSpace(cells[0])) && nameOnly(collapse(cells[0])) && lookupLabel(cells[0]) == labelNone && x.donorLine(b, collapse(cells[0]), collapse(cells[1])) {
				continue
			}
		}
		// "7,5 M€ | 48 mois | 3 pays" over their captions: a band of key
		// figures, not a table's head.
		if b.Role == dossier.RoleRow && first && (x.figureRows(i) || x.figureHeadings(i)) {
			continue
		}
		// "Start | 1 April 2019 | End | 31 December 2022": a box of
		// labels and values two pairs to a row, not a table's row.
		if b.Role == dossier.RoleRow && x.pairsRow(b, i) {
			continue
		}
		if tp != "" && (b.Role == dossier.RoleRow || b.Role == dossier.RolePair) {
			if first {
				cols = tableColumns{}
				// (A table of givers is read as one first: its heads
				// may all be known, "Progetto | Finanziatore | Contributo
				// | Valuta", with no word the lexicon keeps for what
				// each gave.)
				// ("Type | Period | Value (EUR)" under "Budget": an
				// activity's budgets.)
				if n := x.budgetTable(i, tp); n > 0 {
					for j := i + 1; j < i+n; j++ {
						x.consumed[j] = true
					}
					cols = tableColumns{}
					continue
				}
				if c, ok := x.projectsHeader(i); ok {
					c.path = tp
					cols = c
					continue
				}
				if kinds, given, ok := x.givingHeader(i, tp); ok {
					cols = tableColumns{path: tp, kinds: kinds, heads: rowCells(b), given: given, unit: x.captionCurrency(i)}
					continue
				}
				if kinds, ok := header(b); ok {
					cols = tableColumns{path: tp, kinds: kinds, heads: rowCells(b)}
					continue
				}

			} else if cols.path == tp && x.tableRow(b, cols) {
				continue
			}
		}
		// "União Europeia" over "4 000 000 €" under "Quem financia": the
		// givers and their amounts as blocks of their own.
		if b.Role == dossier.RoleParagraph || b.Role == dossier.RoleHeading {
			if n := x.giverAmountBlocks(i, section == labelFunding || x.giversUntil > 0 && i <= x.giversUntil+3); n > 0 {
				for j := i + 1; j < i+n; j++ {
					x.consumed[j] = true
				}
				x.giversUntil = i + n
				continue
			}
		}
		switch b.Role {
		case dossier.RoleMargin:
			continue
		case dossier.RoleHeading:
			// ("GEFINANCIERD DOOR", then a card's key figure set as a
			// heading, "9" over "informatiecentra", then the givers: a
			// figure right after a label's line leaves the label
			// awaiting its value; not a label that captions the figure
			// before, "6,4 M€" over "presupuesto total del programa".)
			if !figureHeading(b.Text) || !x.labelLineBefore(i) {
				pending = labelNone
			}
			level := headingLevel(b)
			k := lookupLabel(b.Text)
			if k == labelNone {
				k = agentHeading(b.Text)
			}
			if k == labelNone {
				k = x.labelBeforeName(b.Text)
			}
			if k != labelNone {
				section, sectionLevel, sectionHeading = k, level, collapse(b.Text)
			} else if section != labelNone && !numberedTitle(b.Text) && (level < sectionLevel || quantityLine.MatchString(collapse(b.Text))) {
				// A sub-heading or a big figure inside the section. A
				// numbered title ("2.2 Contrasto alla pesca …" after
				// "Risultati principali") opens a section of the
				// report's own, whatever its size.
			} else {
				section, sectionLevel = labelNone, 0
			}
			// A heading naming a body ("T-CY Secretariat") is the unit of
			// the contacts listed under it.
			x.contactUnit = ""
			if section == labelNone && unitWords.MatchString(b.Text) && len(findMentions(b.Text)) == 0 {
				x.contactUnit = collapse(b.Text)
			}
			x.headingRegions(i, b)
			num := sectionNumberOf(b.Text)
			if asideLevel > 0 && (level >= asideLevel || level == 0) {
				asideLevel = 0
			}
			if k := x.sectionKeys[i]; k != "" {
				x.current = k
				projectLevel, projectNumber = level, num
			} else if otherSection(b.Text) || x.author(collapse(b.Text)) || x.bodyHeading(b.Text) && !x.firstHeading(i) {
				// "Other projects in Rwanda", "Voir aussi": what follows is
				// about projects the page lists in passing, and an author's
				// box under her name is about her; only a block that names
				// a project speaks of it.
				x.current, projectLevel = "", 0
				if otherSection(b.Text) {
					asideLevel = level
				}
			} else if asideLevel > 0 {
				// "EU twinning and peer reviews" under "Other activities
				// in 2022": a smaller heading keeps the aside.
				x.current = ""
			} else if projectLevel > 0 && (subSection(num, projectNumber) || level < projectLevel && acronymLike(nameStem(x.names.canonical(x.current))) || num == "" && projectNumber != "" && level <= projectLevel) {
				// ("Finanzierung" under "2. JUSTAT Horn – …": where the
				// report numbers its sections, a heading without a
				// number, no bigger, is one of the section's own.)
				// "3.1 Overview" under "3. ELECSEC", a smaller heading under
				// a project named by its acronym: still the project's
				// section. (A heading with a long name may be a portfolio's
				// or a site's, whose sub-headings speak of other things.)
			} else if projectLevel > 0 && keyFigureHeading(b.Text) {
				// "US$7.4m", "54" over their captions: a key figure set
				// as big as the section's heading is the section's.
			} else if projectLevel > 0 && x.mainKey != x.current {
				// "6. Funding and partnerships" after "3.2 FINTRACE II": a
				// heading as big as the project's own ends its section,
				// whatever it announces.
				x.current, projectLevel = x.mainKey, 0
			} else if section == labelNone {
				x.current = x.mainKey
			}
			if lookupLabel(b.Text) != labelNone {
				continue
			}
			// A big figure set as a heading ("2021 - 2027") is the value
			// of the label block above it.
			// (Not a section's one-word heading under a label for a
			// body: "Implementation", a record's status badge, over
			// "Description".)
			// "2 000 000 €" over "Grand-Duché de Luxembourg (MAEE –
			// Coopération, depuis 2021)": a card's figure over its giver,
			// under a label for givers or none. (Under "Budget" the
			// figure is the budget.)
			if p, _ := x.labelBefore(i); p != labelBudget && x.giverCard(i) {
				continue
			}
			if x.unitCaptionLength(i) {
				continue
			}
			if p, text := x.labelBefore(i); p != labelNone && !sectionWordUnderBodyLabel(p, b.Text) {
				x.labelText = text
				x.value(p, b, b.Text)
				x.labelText = ""
				continue
			}
			// "3 partenaires financiers" over "Suisse, Suède et Union
			// européenne": a brochure's count of givers or countries
			// set big over the names it counts.
			if k, text := x.countedLabel(i); k != labelNone {
				x.labelText = text
				x.value(k, x.doc.Blocks[i+1], x.doc.Blocks[i+1].Text)
				x.labelText = ""
				x.consumed[i+1] = true
				continue
			}
			// "8,2 M€" over "budget total du projet": a brochure's figure
			// with its label set small below it.
			if k, text, whole := x.labelAfter(i); k != labelNone {
				x.labelText = text
				x.value(k, b, b.Text)
				x.labelText = ""
				// (A note under the caption's first line, or figures
				// in it, are read as themselves: "DURÉE⏎janvier 2020 –
				// décembre 2023", "Laufzeit 03/2021 – 02/2025".)
				x.consumed[i+1] = whole
				continue
			}
			// "KNMI" over "MISE EN ŒUVRE": a card's body set big over
			// its caption.
			if k, text := x.captionBelow(i); k != labelNone {
				x.labelText = text
				x.value(k, b, b.Text)
				x.labelText = ""
				continue
			}
			if section == labelKeyFigures && x.keyFigure(i, b) {
				continue
			}
			x.lines(b, section)
			continue
		case dossier.RolePair:
			pending = labelNone
			k := lookupLabel(b.Label + ":") // a pair's label is set as one
			// "TIDEWATCH II | Budget EUR 8 million": a row of two cells
			// whose first names a project of the document is that
			// project's.
			if rk := x.rowProject(b.Label); k == labelNone && rk != "" && rk != x.current {
				saved := x.current
				x.current = rk
				x.lines(dossier.Block{Role: dossier.RoleParagraph, Text: b.Text, Page: b.Page, Box: b.Box, Path: b.Path}, labelNone)
				x.current = saved
				continue
			}
			// "Recipient countries" over "Guatemala | 25%", "Honduras |
			// 25%": each row names a country with its share.
			if k == labelNone && section == labelCountries {
				if code, ok := countryWithCode(b.Label); ok {
					x.add(b, dossier.FieldCountries, dossier.TextValue(code), b.Label, collapse(b.Label+" "+b.Text), "pair:countries")
					continue
				}
				// "SN | Senegal – 20%": the country's code, then its name.
				if code, ok := codeThenCountry(b.Label, b.Text); ok {
					x.add(b, dossier.FieldCountries, dossier.TextValue(code), b.Text, collapse(b.Label+" "+b.Text), "pair:countries")
					continue
				}
			}
			// "Summe | 1.500.000,00 EUR" under "Budget", after the
			// budget's years: the total is the project's budget.
			if k == labelNone && section == labelBudget && totalCell(b.Label) && len(strings.Fields(b.Label)) <= 2 {
				k = labelBudget
			}
			// "Laufzeit des Schweizer Beitrags | 01.07.2022 – 30.09.2025":
			// one donor's funding window, not the project's period.
			if sc := fundingWindow(b.Label); k == labelNone && sc != "" && x.scope == "" {
				x.scope = sc
				x.dateRange(b, b.Text, collapse(b.Label+" "+b.Text))
				x.scope = ""
				continue
			}
			// A data store's flat record: "participating_org[0].role | 1
			// (Funding)" then "participating_org[0].narrative | "Austrian
			// Development Agency"", "activity_date[type=2].iso_date |
			// 2020-09-01 (Actual start)".
			if x.machinePair(b, k) {
				continue
			}
			if k == labelNone {
				if !x.unlabelled(b, b.Label, b.Text) {
					x.lines(dossier.Block{Role: dossier.RoleParagraph, Text: b.Text, Page: b.Page, Box: b.Box, Path: b.Path}, labelNone)
				}
				continue
			}
			// "Planned end | 31 Dec 2022" beside "Actual end | 30 Jun
			// 2023": the actual date is the project's.
			if (k == labelStart || k == labelEnd) && hasCue(b.Label, "planned_date") && x.actualDates()[k] {
				continue
			}
			// "Countries | Mozambique, Zambia⏎Region: Southern Africa⏎
			// Implementation: TADB": a slide's box of label lines read as
			// one value; the lines from the first labelled one on are
			// their own labels' values.
			// "total budget | countries: Angola, Cabo Verde, …": a
			// slide's grid read into pairs that do not belong, the value
			// opening on a label of its own that the lexicon knows: the
			// value's label is the one it gives.
			if first, _, _ := strings.Cut(b.Text, "\n"); !strings.Contains(b.Label, ":") {
				// (Only labels of what a value shows it is, a short one of
				// words: "3.800.000 € (gasto final ejecutado: …)" is a
				// budget's note, "Foreign state institution: GIZ" a
				// description of the body.)
				if m := lineLabelMatch(first); m != nil && len(strings.Fields(m[1])) <= 3 && !strings.ContainsAny(m[1], "0123456789(") && selfEvidentLabel(lookupLabel(m[1]+":")) && lookupLabel(m[1]+":") != k {
					x.lines(dossier.Block{Role: dossier.RoleParagraph, Text: b.Text, Page: b.Page, Box: b.Box, Path: b.Path}, labelNone)
					continue
				}
			}
			if own, rest := splitAtLabelLine(b.Text); rest != "" {
				ob := b
				ob.Text = own
				x.value(k, ob, own)
				x.lines(dossier.Block{Role: dossier.RoleParagraph, Text: rest, Page: b.Page, Box: b.Box, Path: b.Path}, labelNone)
				continue
			}
			x.value(k, b, b.Text)
			continue
		}
		if b.Role == dossier.RoleRow {
			// A row whose first cell names a project of the document
			// ("Programa ACTRA | Periodo 03/2017 – 02/2021 | …") is that
			// project's, whatever section it stands in.
			cells := strings.Split(b.Text, "\t")
			// "Mozambique | GridWise | TADB | juli 2022 – juni 2026": a
			// table by country whose second cell names a project of the
			// document; the row is that project's, and the country one
			// it works in.
			if len(cells) >= 3 && x.rowProject(cells[0]) == "" {
				if code, ok := normalize.CountryCode(strings.TrimSpace(cells[0])); ok {
					if k := x.rowProject(cells[1]); k != "" {
						saved := x.current
						x.current = k
						x.add(b, dossier.FieldCountries, dossier.TextValue(code), strings.TrimSpace(cells[0]), collapse(strings.Join(cells, " ")), "row:countries")
						for _, cell := range cells[2:] {
							cb := b
							cb.Role, cb.Text = dossier.RoleParagraph, cell
							// A cell that is only a period is the
							// programme's ("januari 2021 – december 2024").
							if _, err := normalize.ParseDateRange(collapse(cell)); err == nil {
								x.dateRange(cb, collapse(cell), collapse(strings.Join(cells, " ")))
								continue
							}
							x.lines(cb, section)
						}
						x.current = saved
						continue
					}
				}
			}
			if k := x.rowProject(cells[0]); k != "" && k != x.current {
				saved := x.current
				x.current = k
				for _, cell := range cells {
					cb := b
					cb.Role, cb.Text = dossier.RoleParagraph, cell
					x.lines(cb, section)
				}
				x.current = saved
				continue
			}
			// Each cell of a wide row is read on its own: a row of key
			// figures holds one figure a cell. Under a heading of givers
			// or partners, a row of three cells or more ("Disbursements |
			// Actual | 02/10/2020 | 380,000 | AUD") is a table of its own,
			// its cells no members of the heading's list.
			rowSection := section
			if len(cells) >= 3 && (section == labelFunding || section == labelPartners) {
				rowSection = labelNone
			}
			for _, cell := range cells {
				cb := b
				cb.Role, cb.Text = dossier.RoleParagraph, cell
				if section == labelKeyFigures {
					c := collapse(cell)
					if !quantityLine.MatchString(c) {
						c = embeddedFigure.FindString(c)
					}
					if c != "" && x.keyFigureText(cb, c, "") {
						continue
					}
				}
				x.lines(cb, rowSection)
			}
			continue
		}
		text := strings.TrimSpace(b.Text)
		// "48 months" over "October 2021 – March 2025, including a
		// six-month extension": a card's length, its period beneath.
		if b.Role == dossier.RoleParagraph && i > 0 && x.periodUnderLength(x.doc.Blocks[i-1], b) {
			continue
		}
		// "Activity status Implementation", "Planned end 2026-12-31": a
		// portal's label and value on one line with no colon between.
		if b.Role == dossier.RoleParagraph && x.inlinePair(b, text) {
			continue
		}
		// "Estado" / "En ejecución": a value that is also a label's words
		// ("ejecución" labels an implementer) is the value the label
		// above awaits when it reads as one.
		// (The same under a heading: "Project status" over
		// "Implementation".)
		if (pending == labelStatus || pending == labelNone && section == labelStatus) && !strings.HasSuffix(text, ":") {
			if _, ok := normalize.Status(text); ok {
				pending = labelNone
				x.value(labelStatus, b, b.Text)
				x.labelText = ""
				continue
			}
		}
		// ("9" over "informatiecentra", "4 jaar" over "looptijd" between a
		// card's label and its value: the key figure's caption, in small
		// letters, leaves the label awaiting its value.)
		if pending != labelNone && i > 0 && x.doc.Blocks[i-1].Role == dossier.RoleHeading && figureHeading(x.doc.Blocks[i-1].Text) && startsLower(text) && len(strings.Fields(text)) <= 3 {
			continue
		}
		if k := lookupLabel(text); k != labelNone && (len(text) < 60 || strings.HasSuffix(text, ":")) && !strings.Contains(text, "\n") {
			pending = k
			x.labelText = text
			if isListLabel(k) {
				section = k
			} else if section != k && collapse(b.Section) == sectionHeading {
				// "DURÉE" over its value right under the heading "Mise
				// en œuvre": a box of labels and values; the heading's
				// section is over, and a line the lexicon does not know
				// ("NUMÉRO DE PROJET DDC") is no implementer. (Not a
				// figure's caption under its own heading, "6,4 M€" over
				// "presupuesto total del programa", inside the section.)
				section = labelNone
			}
			// "CHEMTRACE at a glance" set as a paragraph over its pairs,
			// in a report on several projects: the pairs are the
			// project's it names.
			if k == labelKeyFigures {
				if pk := x.nameOpening(text); pk != "" {
					x.current = pk
				}
			}
			continue
		}
		// "Indicateur" over a table, then the press release going on: a
		// list's label awaits items, and a paragraph of two sentences or
		// more is the text again, read as prose.
		// (The same after a caption's label: "Partnerländer" under a
		// brochure's "4", then the press release's first paragraph.)
		if pending != labelNone && b.Role == dossier.RoleParagraph && len(text) > 160 && len(sentences(text)) > 1 {
			pending, section = labelNone, labelNone
		}
		if pending != labelNone {
			k := pending
			if !isListLabel(k) && !x.siblingItemNext(i, k) {
				pending = labelNone
			}
			x.value(k, b, b.Text)
			x.labelText = ""
			continue
		}
		if section == labelKeyFigures && x.keyFigure(i, b) {
			continue
		}
		// "Aportación de la UE" / "6.000.000 €": a short line no label of
		// the lexicon names, over a value, read as "Label: value" is (one
		// donor's contribution, a share of the total, a region's
		// countries).
		// (A sentence, its full stop at its end, is no label: "Die
		// Europäische Union beteiligt sich mit 2 Mio. Euro.")
		if i+1 < len(x.doc.Blocks) && b.Role == dossier.RoleParagraph && len(text) < 60 && !strings.Contains(text, "\n") && !strings.HasSuffix(strings.TrimSpace(text), ".") {
			if next := x.doc.Blocks[i+1]; next.Role == dossier.RoleParagraph && !x.consumed[i+1] && len(next.Text) < 200 &&
				x.unlabelled(next, strings.TrimSuffix(text, ":"), next.Text) {
				x.consumed[i+1] = true
				continue
			}
		}
		x.lines(b, section)
	}
	x.finish()
}

// opensOnCountry reports text whose first line's first item is a
// country.
func opensOnCountry(text string) bool {
	line, _, _ := strings.Cut(text, "\n")
	items := normalize.SplitList(strings.ReplaceAll(line, " · ", ", "))
	return len(items) > 0 && items[0].Country != ""
}

// siblingItemNext reports that the block after i is another item of the
// enumeration whose label (k: givers, countries, partners) stood over
// block i: a short line in the same box, "Switzerland (EUR 500,000)"
// after "Kingdom of the Netherlands (EUR 5,900,000)" under "Funding
// partners", each in a box of its own.
func (x *extractor) siblingItemNext(i int, k labelKind) bool {
	if k != labelFunding && k != labelCountries && k != labelPartners || i+1 >= len(x.doc.Blocks) {
		return false
	}
	b, n := x.doc.Blocks[i], x.doc.Blocks[i+1]
	if b.Path == "" || n.Role != dossier.RoleParagraph || len(n.Text) > 100 || strings.Contains(n.Text, "\n") {
		return false
	}
	cut := strings.LastIndexByte(b.Path, '>')
	if cut < 0 || !strings.HasPrefix(n.Path, b.Path[:cut+1]) || strings.Contains(n.Path[cut+1:], ">") {
		return false
	}
	if lookupLabel(n.Text) != labelNone || strings.HasSuffix(strings.TrimSpace(n.Text), ".") {
		return false
	}
	// (A body or a country opens it: a line of a grid of labels the
	// lexicon does not know, "Aid type", is no item.)
	if _, ok := normalize.CountryCode(strings.TrimSpace(n.Text)); ok {
		return true
	}
	orgs := orgMentions(n.Text)
	return len(orgs) > 0 && onlyArticle(n.Text[:orgs[0].start])
}

// machinePair reads the pairs of a data store's flat record whose key
// alone says too little: a role, then the organisation it is given to
// under the same path; a date whose kind stands in brackets after it.
func (x *extractor) machinePair(b dossier.Block, k labelKind) bool {
	key := machineKey(normLabel(b.Label))
	if key == "" {
		x.pendingRole = labelNone
		return false
	}
	value := strings.Trim(collapse(b.Text), "\" ")
	ws := strings.Fields(key)
	prefix := strings.Join(ws[:len(ws)-1], " ")
	switch {
	case ws[len(ws)-1] == "role":
		inner := value
		if m := bracketTail.FindStringSubmatch(value); m != nil {
			inner = m[2]
		}
		x.pendingRole, x.pendingPrefix = lookupLabel(withoutCode(inner)), prefix
		return true
	case x.pendingRole != labelNone && key == x.pendingPrefix && machineCode.MatchString(value):
		return true // "participating_org[1].ref | XM-DAC-41122": its code
	case x.pendingRole != labelNone && key == x.pendingPrefix:
		role := x.pendingRole
		x.pendingRole = labelNone
		if role == labelFunding || role == labelImplementer {
			x.valueLine(role, b, value, collapse(b.Label+" "+b.Text))
		}
		return true
	case k == labelCountries:
		// '"ML" (Mali) · percentage 60': a code, its name, a share.
		if m := codeNamed.FindStringSubmatch(value); m != nil {
			if code, ok := normalize.CountryCode(m[2]); ok && code == m[1] {
				x.add(b, dossier.FieldCountries, dossier.TextValue(code), m[0], collapse(b.Label+" "+b.Text), "pair:countries")
				return true
			}
		}
	case k == labelNone || k == labelDuration:
		// "2020-09-01 (Actual start)": the bracket is the date's label.
		if m := bracketTail.FindStringSubmatch(value); m != nil {
			if dk := lookupLabel(m[2]); dk == labelStart || dk == labelEnd {
				if hasCue(m[2], "planned_date") && x.actualDates()[dk] {
					return true // the actual date, where given, is the project's
				}
				x.valueLine(dk, b, m[1], collapse(b.Label+" "+b.Text))
				return true
			}
		}
	}
	return false
}

// codeNamed is a code with its name in brackets: '"ML" (Mali)'.
var codeNamed = regexp.MustCompile(`^"?([A-Z]{2})"?\s*\(([^()]+)\)`)

// machineCode is a value that is an identifier: "XM-DAC-41122", "DE-1".
var machineCode = regexp.MustCompile(`^[A-Z0-9][A-Z0-9._/-]*$`)

// bracketTail is a value with a note in brackets after it: "2020-09-01
// (Actual start)", "1 (Funding)".
var bracketTail = regexp.MustCompile(`^(.*?)\s*\(([^()]+)\)$`)

// headingLevel ranks a heading: a PDF heading by its font size, an HTML
// heading by its tag (h1 highest).
func headingLevel(b dossier.Block) int {
	if b.FontSize > 0 {
		return int(b.FontSize * 10)
	}
	if i := strings.LastIndex(b.Path, ">h"); i >= 0 && i+2 < len(b.Path) {
		if n := b.Path[i+2]; n >= '1' && n <= '6' {
			return 1000 - int(n-'0')
		}
	}
	return 0
}

// figureLine reports a short line that states a figure ("2,000
// participants", "54 mois"), not a numbered heading ("3.1 FINTRACE: a
// programme completed", "4. Results").
func figureLine(s string) bool {
	t := collapse(s)
	if m := numberedHeading.FindString(t); m != "" && startsUpper(t[len(m):]) {
		return false
	}
	return quantityLine.MatchString(t)
}

// sectionNumberOf returns a heading's section number without its dot:
// "3.2" of "3.2 FINTRACE II", "" when it has none.
func sectionNumberOf(heading string) string {
	return strings.TrimRight(strings.TrimSpace(numberedHeading.FindString(collapse(heading))), ".")
}

// numberedTitle reports a heading that is a section number and a title
// in capitals ("2.2 Contrasto alla pesca …"), not a figure ("2.2
// million people").
func numberedTitle(heading string) bool {
	num := sectionNumberOf(heading)
	if num == "" {
		return false
	}
	rest := strings.TrimLeft(strings.TrimSpace(collapse(heading))[len(num):], ". ")
	return startsUpper(rest)
}

// subSection reports a section number under another: "1.2" under "1".
func subSection(n, parent string) bool {
	return n != "" && parent != "" && strings.HasPrefix(n, parent+".")
}

// numberedHeading is a heading's section number: "3.1 ", "4. ", "2.1.3 ".
var numberedHeading = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})*\.?\s+`)

// keyFigure reads a big figure ("2,000 participants") with the small lead-in
// above it ("Over"), as brochures set key figures.
func (x *extractor) keyFigure(i int, b dossier.Block) bool {
	text := collapse(b.Text)
	if !figureLine(text) || len(text) > 80 {
		return false
	}
	lead := ""
	if i > 0 {
		prev := x.doc.Blocks[i-1]
		p := collapse(prev.Text)
		smaller := prev.Role == dossier.RoleParagraph ||
			prev.Role == dossier.RoleHeading && prev.FontSize > 0 && prev.FontSize < b.FontSize
		if smaller && len(p) < 40 && !strings.ContainsAny(p, "0123456789:") {
			lead = p
		}
	}
	// "160 learning resources" / "available": a short line in lower case
	// under the figure ends its phrase, unless it leads into the next
	// figure ("representing" / "120 countries").
	if i+1 < len(x.doc.Blocks) {
		next := collapse(x.doc.Blocks[i+1].Text)
		leadsOn := i+2 < len(x.doc.Blocks) && quantityLine.MatchString(collapse(x.doc.Blocks[i+2].Text))
		if next != "" && !leadsOn && len(strings.Fields(next)) <= 3 && unicode.IsLower([]rune(next)[0]) && !strings.ContainsAny(next, "0123456789:") {
			text += " " + next
			x.consumed[i+1] = true
		}
	}
	return x.keyFigureText(b, text, lead)
}

// keyFigureText records a key figure: text is the figure as set, lead the
// small words set above it. The figure keeps the lead's qualifier: "over
// 210 speakers" from "with contributions from over" / "210 speakers".
func (x *extractor) keyFigureText(b dossier.Block, text, lead string) bool {
	stated := text
	if lead != "" {
		words := strings.Fields(lead)
		for n := 2; n >= 1; n-- {
			if n > len(words) {
				continue
			}
			w := strings.Join(words[len(words)-n:], " ")
			if qualifierWords()[lexicon.Fold(w)] {
				stated = w + " " + text
				break
			}
		}
		if stated == text && len(words) == 1 {
			stated = lead + " " + text
		}
	}
	q, ok := normalize.ParseQuantity(stated)
	if !ok {
		if q, ok = normalize.ParseQuantity(text); !ok {
			return false
		}
	}
	x.add(b, dossier.FieldKeyFigures, dossier.QuantityValue(stated, q), stated, stated, "figure:key")
	// A key figure that is a length ("48 months") is the project's.
	if n, ok := normalize.ParseDurationMonths(text); ok && len(strings.Fields(text)) <= 3 {
		x.add(b, dossier.FieldDurationMonths, dossier.IntValue(n), text, stated, "figure:duration")
	}
	return true
}

// embeddedFigure finds a figure inside a caption: "Multi-tenant platform
// serving over 800 users".
var embeddedFigure = regexp.MustCompile(`(?i)(?:over|more than|some|about|around|up to|at least|nearly|almost)?\s*\d[\d,.]*\+?\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?$`)

// qualifierWords holds the lexicon's qualifier.about, over, up_to and
// at_least phrases, folded: the words that qualify a key figure ("over
// 210 speakers", "jusqu'à 40 stations").
var qualifierWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range foldedQualifiers("about", "over", "up_to", "at_least") {
		m[p] = true
	}
	return m
})

// foldedQualifiers returns the lexicon's qualifier phrases of kinds,
// folded.
func foldedQualifiers(kinds ...string) []string {
	var out []string
	for _, kind := range kinds {
		for _, p := range lexicon.Phrases("qualifier", kind) {
			if f := lexicon.Fold(p); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// labelBefore returns the label announced by the block just before i, if
// that block is a bare label.
func (x *extractor) labelBefore(i int) (labelKind, string) {
	if i == 0 {
		return labelNone, ""
	}
	p := x.doc.Blocks[i-1]
	if p.Role == dossier.RolePair || strings.Contains(p.Text, "\n") || len(p.Text) > 60 {
		return labelNone, ""
	}
	k := lookupLabel(p.Text)
	if isListLabel(k) {
		return labelNone, ""
	}
	// ("3" over "bailleurs de fonds", then the heading "Un projet
	// achevé, …": the caption of a key figure above it labels that
	// figure, not the heading after it.)
	if k != labelNone && i >= 2 && startsLower(p.Text) && x.doc.Blocks[i-2].Role == dossier.RoleHeading && figureHeading(x.doc.Blocks[i-2].Text) && !figureHeading(x.doc.Blocks[i].Text) {
		return labelNone, ""
	}
	// ("48 Monate" over "Projektlaufzeit", then "1,8 Mio. €" over
	// "Gesamtbudget": cards whose captions stand under their figures;
	// the caption above belongs to the figure above it, which has no
	// label of its own above.)
	if k != labelNone && i >= 2 && x.doc.Blocks[i-2].Role == dossier.RoleHeading && figureHeading(x.doc.Blocks[i-2].Text) && figureHeading(x.doc.Blocks[i].Text) && !x.labelLineBefore(i-2) {
		return labelNone, ""
	}
	return k, p.Text
}

// labelLineBefore reports a paragraph right before block i that is a
// label and no caption of a figure set as a heading before it.
func (x *extractor) labelLineBefore(i int) bool {
	if i == 0 || x.doc.Blocks[i-1].Role != dossier.RoleParagraph || lookupLabel(collapse(x.doc.Blocks[i-1].Text)) == labelNone {
		return false
	}
	return i < 2 || x.doc.Blocks[i-2].Role != dossier.RoleHeading || !figureHeading(x.doc.Blocks[i-2].Text)
}

// labelAfter returns the label set as a caption under the figure heading
// at i ("8.2 M€" / "total budget of the project"): a short paragraph that
// is a label for a single value (captionLabel). The figure must be money,
// a date or a length; other figures are key figures. whole reports a
// caption that is the label and nothing else, which no other rule needs
// to read again.
func (x *extractor) labelAfter(i int) (k labelKind, caption string, whole bool) {
	b := x.doc.Blocks[i]
	if i+1 >= len(x.doc.Blocks) {
		return labelNone, "", false
	}
	n := x.doc.Blocks[i+1]
	if n.Role != dossier.RoleParagraph || len(n.Text) > 80 {
		return labelNone, "", false
	}
	if !figureLine(b.Text) && len(normalize.FindMoney(b.Text)) == 0 {
		if _, ok := lengthMonths(collapse(b.Text)); !ok {
			return labelNone, "", false
		}
	}
	k, caption = captionLabel(n.Text)
	switch k {
	case labelBudget:
		if len(normalize.FindMoney(b.Text)) != 1 {
			return labelNone, "", false
		}
	case labelDuration, labelStart, labelEnd:
	default:
		return labelNone, "", false
	}
	// (A caption with figures, "Laufzeit 03/2021 – 02/2025", is read
	// again for them.)
	return k, caption, caption == collapse(n.Text) && !strings.ContainsAny(caption, "0123456789")
}

// captionLabel reads the label of a figure's caption: the words of a
// label of length after its noun, the caption whole ("budget
// complessivo (rivisto⏎nel 2023)"), its first line where set
// in capitals over a note ("BUDGET TOTAL⏎trois bailleurs de fonds"), or
// the label of two words or more it opens on, after a word of "of" ("de
// budget total sur quatre ans"), or of one word where a period follows
// it ("Laufzeit 01/2022 – 12/2025"). (One word opening a caption,
// "budget exécuté en 2023", says what the figure is only with the rest.)
func captionLabel(text string) (labelKind, string) {
	whole := collapse(text)
	// "de mise en œuvre" under "51 mois": the words a label of length
	// has after its noun ("durée de mise en œuvre"). (Before the caption
	// as a label: "attuazione" alone names the implementer.)
	if durationLabelTails()[lexicon.Fold(whole)] {
		return labelDuration, whole
	}
	if k := lookupLabel(whole); k != labelNone {
		return k, whole
	}
	if first := capsFirstLine(text); first != "" && strings.Contains(text, "\n") {
		if k := lookupLabel(first); k != labelNone {
			return k, first
		}
	}
	words := strings.Fields(whole)
	if len(words) > 0 && ofWords()[lexicon.Fold(words[0])] {
		words = words[1:]
	}
	for n := min(len(words), lexicon.LabelSpaces()+1); n >= 1; n-- {
		k := lookupLabel(strings.Join(words[:n], " "))
		if k == labelNone {
			continue
		}
		// "Laufzeit 01/2022 – 12/2025": a label of one word with its
		// period after it.
		if n >= 2 || (k == labelDuration || k == labelStart || k == labelEnd) && isPeriod(strings.Join(words[n:], " ")) {
			return k, whole
		}
	}
	return labelNone, ""
}

// nameOpening returns the key of the project whose name a label of key
// figures opens on ("CHEMTRACE at a glance"): a name the document gave
// already, the longest, or an acronym; "" when there is none.
func (x *extractor) nameOpening(text string) string {
	folded := lexicon.Fold(text) + " "
	best, n := "", 0
	for _, k := range x.names.order {
		name := lexicon.Fold(x.names.canonical(k))
		if name != "" && len(name) > n && strings.HasPrefix(folded, name+" ") {
			best, n = k, len(name)
		}
	}
	if best != "" {
		return best
	}
	first, rest, ok := strings.Cut(strings.TrimSpace(text), " ")
	if ok && acronymLike(first) && distinctive(first) && plausibleProject(first) && lookupLabel(rest) == labelKeyFigures {
		return x.names.add(first)
	}
	return ""
}

// lengthMonths reads a short line, collapsed, that is a length: "48
// Monate".
func lengthMonths(s string) (int, bool) {
	if len(s) > 20 || !durationWord(s) {
		return 0, false
	}
	return normalize.ParseDurationMonths(s)
}

// capsFirstLine returns a caption's first line where it is set apart as
// cards set their captions, in capitals and short ("MISE EN ŒUVRE",
// "BUDGET TOTAL"), or "".
func capsFirstLine(text string) string {
	first, _, _ := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if first == "" || strings.ToUpper(first) != first || len(first) > 40 {
		return ""
	}
	return first
}

// isPeriod reports a text that is a period from a start to an end.
func isPeriod(s string) bool {
	r, err := normalize.ParseDateRange(s)
	return err == nil && r.Start != nil && r.End != nil
}

// durationLabelTails are the words after the noun of the lexicon's labels
// of length that open on a word of "of" ("de mise en œuvre" of "durée de
// mise en œuvre", "di attuazione" of "periodo di attuazione"), folded: a
// card's caption under a length that says what the length is of.
var durationLabelTails = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.FoldedPhrases("label", "duration") {
		ws := strings.Fields(p)
		if len(ws) >= 3 && ofWords()[ws[1]] {
			m[strings.Join(ws[1:], " ")] = true
		}
	}
	return m
})

// giverCard reads a card whose figure, one amount alone, is set big over
// the name of a giver dossier knows ("2 000 000 €" over "Grand-Duché de
// Luxembourg⏎(MAEE – Coopération, depuis 2021)"): the giver's
// contribution. A note in brackets after the name is the giver's channel
// or period, no part of it.
func (x *extractor) giverCard(i int) bool {
	b := x.doc.Blocks[i]
	if i+1 >= len(x.doc.Blocks) || len(b.Text) > 40 {
		return false
	}
	t := collapse(b.Text)
	ms := normalize.FindMoney(t)
	if len(ms) != 1 || strings.TrimSpace(t[:ms[0].Start]) != "" || strings.TrimSpace(t[ms[0].End:]) != "" {
		return false
	}
	n := x.doc.Blocks[i+1]
	if n.Role != dossier.RoleParagraph || n.Page != b.Page || strings.Count(n.Text, "\n") > 3 {
		return false
	}
	name := collapse(n.Text)
	if head, _, ok := strings.Cut(name, " ("); ok {
		name = head
	}
	donor, known := orgOf(strings.TrimRight(name, ",;. "))
	if !known {
		// "3,5 Mio. €" over "Förderung aus dem Bilateralen
		// Kooperationsprogramm des Bundesministeriums für Gesundheit": a
		// caption that opens on a word for funding and names one giver.
		if at, _, ok := findCue(name, "funding_noun"); !ok || at != 0 {
			return false
		}
		orgs := orgMentions(name)
		if len(orgs) != 1 {
			return false
		}
		if donor, known = orgOf(orgs[0].name); !known {
			return false
		}
	}
	quote := collapse(b.Text + " " + n.Text)
	x.add(n, dossier.FieldContributions, dossier.ContributionValue(contributionOfMoney(donor, ms[0])), ms[0].Text, quote, "card:contribution")
	x.add(n, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "card:donors")
	x.consumed[i+1] = true
	return true
}

// unitCaptionLength reads a card whose bare number stands over a
// caption that opens on its unit of time: "48" over "Monate Laufzeit, von
// März 2021 bis Februar 2025" is a length of 48 months. (The caption's
// period is read with the caption.)
func (x *extractor) unitCaptionLength(i int) bool {
	b := x.doc.Blocks[i]
	t := strings.TrimSpace(collapse(b.Text))
	if i+1 >= len(x.doc.Blocks) || t == "" || strings.Trim(t, "0123456789") != "" || len(t) > 3 {
		return false
	}
	n := x.doc.Blocks[i+1]
	if n.Role != dossier.RoleParagraph || n.Page != b.Page {
		return false
	}
	caption := strings.TrimSpace(collapse(n.Text))
	unit := leadingRun(caption)
	months, ok := normalize.ParseDurationMonths(t + " " + unit)
	if !ok || !durationWord(t+" "+unit) {
		return false
	}
	// The caption says it is the project's length: the unit alone, or a
	// label of length after it ("Laufzeit", "de mise en œuvre"), not "3
	// ans d'expérience".
	rest := strings.TrimSpace(caption[len(unit):])
	head, _, _ := strings.Cut(rest, ",")
	first, _, _ := strings.Cut(head, " ")
	if rest != "" && lookupLabel(first) != labelDuration && lookupLabel(head) != labelDuration && !durationLabelTails()[lexicon.Fold(head)] {
		return false
	}
	quote := collapse(t + " " + n.Text)
	x.add(b, dossier.FieldDurationMonths, dossier.IntValue(months), t+" "+unit, quote, "card:duration")
	return true
}

// labelBeforeName returns the kind of a heading that is a label for
// givers or implementers followed by a project's name the document
// gives: "Ils financent PRAOS", "¿Quién financia ANDAMIO?".
func (x *extractor) labelBeforeName(text string) labelKind {
	ws := strings.Fields(collapse(strings.TrimRight(text, " ?!:")))
	n := len(ws)
	if n < 2 || n > 6 {
		return labelNone
	}
	if x.names.spelling[projectKey(strings.Trim(ws[n-1], "¿¡?!«»\"“”"))] == nil {
		return labelNone
	}
	switch k := lookupLabel(strings.TrimLeft(strings.Join(ws[:n-1], " "), "¿¡")); k {
	case labelFunding, labelImplementer:
		return k
	}
	return labelNone
}

// captionBelow returns the label of a card's caption under a short
// heading that is no figure: "KNMI" over "MISE EN ŒUVRE⏎avec Mali-Météo
// …", "Mali · Niger" over "PAYS". The caption is the paragraph's first
// line, a label of a body or of places; the heading is its value.
func (x *extractor) captionBelow(i int) (labelKind, string) {
	b := x.doc.Blocks[i]
	if i+1 >= len(x.doc.Blocks) || b.Page == 0 || len(strings.Fields(b.Text)) > 4 || strings.Contains(b.Text, "\n") {
		return labelNone, ""
	}
	n := x.doc.Blocks[i+1]
	if n.Role != dossier.RoleParagraph || n.Page != b.Page {
		return labelNone, ""
	}
	first := capsFirstLine(n.Text)
	if first == "" {
		return labelNone, ""
	}
	switch k := lookupLabel(first); k {
	case labelImplementer, labelFunding, labelCountries:
		return k, first
	case labelDuration:
		// "48 mois" over "DURÉE⏎janvier 2020 – décembre 2023": a length
		// set big over its caption.
		if _, ok := normalize.ParseDurationMonths(b.Text); ok && durationWord(b.Text) {
			return k, first
		}
	}
	return labelNone, ""
}

// countedLabel reports a heading that counts what a label names ("3
// pays", "2 Paesi", "3 partenaires financiers") over a paragraph: the
// paragraph names them. It returns the label's kind and its words.
func (x *extractor) countedLabel(i int) (labelKind, string) {
	if i+1 >= len(x.doc.Blocks) {
		return labelNone, ""
	}
	b, n := x.doc.Blocks[i], x.doc.Blocks[i+1]
	if n.Role != dossier.RoleParagraph || n.Page != b.Page || x.consumed[i+1] {
		return labelNone, ""
	}
	// (The heading first, the cheap test: most are no count.)
	head := strings.TrimSpace(b.Text)
	if head == "" || head[0] < '0' || head[0] > '9' {
		return labelNone, ""
	}
	count, words, ok := strings.Cut(collapse(head), " ")
	if !ok || strings.Trim(count, "0123456789") != "" || len(count) > 3 {
		return labelNone, ""
	}
	k := lookupLabel(words)
	switch k {
	case labelFunding, labelCountries, labelImplementer, labelPartners:
	default:
		return labelNone, ""
	}
	// The names are a caption, no sentences ("3 Finanzierung" over a
	// report's chapter is a section's number), and no label of their
	// own ("4 pays" over "PAYS BÉNÉFICIAIRES" over the names).
	// (Names open on a capital: "120 countries" over "with
	// contributions from over" is a figure in running words.)
	caption := collapse(n.Text)
	if !startsUpper(caption) || strings.HasSuffix(caption, ".") || strings.Contains(caption, ". ") || len(strings.Fields(caption)) > 15 || lookupLabel(caption) != labelNone || lookupLabel(capsFirstLine(n.Text)) != labelNone {
		return labelNone, ""
	}
	return k, words
}

func isListLabel(k labelKind) bool {
	switch k {
	case labelActivities, labelOutputs, labelIndicators, labelObjective, labelKeyFigures,
		labelContact, labelTargetGroups, labelThematic, labelAchievements:
		return true
	}
	return false
}

func isKeyFigureHeading(s string) bool {
	return figureLine(s)
}

// fromTo matches a "From: Oct 2020 To: Dec 2021" line.
var fromTo = regexp.MustCompile(`(?i)^from\s*:?\s*(.+?)\s+to\s*:?\s*(.+)$`)

// lines handles a paragraph, list item or row line by line: "Label: value"
// lines, lines under a labelled heading, and prose.
func (x *extractor) lines(b dossier.Block, section labelKind) {
	// Under "Seven beneficiaries" or "Countries", a block that is only
	// countries, one a line, lists the project's countries.
	// A block of three countries or more, one a line, under a heading
	// the lexicon does not know ("Seven beneficiaries") lists them too.
	// ("Comoros · Kenya · Madagascar · … · United Republic of⏎Tanzania":
	// the same list set on a line, a dot between the members.)
	if section != labelFunding && section != labelPartners && dottedCountries(b.Text) {
		if cs := countriesOnly(strings.ReplaceAll(collapse(b.Text), " · ", ", ")); cs != nil {
			for _, it := range cs {
				x.add(b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, collapse(b.Text), "list:countries")
			}
			return
		}
	}
	if section == labelTargetGroups || section == labelCountries || section != labelFunding && section != labelPartners && shortCountryLines(b.Text) {
		if cs := countriesOnly(strings.Join(strings.Split(b.Text, "\n"), "\n")); cs != nil {
			for _, it := range cs {
				x.add(b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, b.Text, "list:countries")
			}
			return
		}
	}
	// "Summary / Transactions / Partners / Documents": a page's tabs or
	// menu, every line a word or two, names no values.
	if menuLines(b.Text) {
		return
	}
	// "SCENTLINE was designed and⏎implemented by the Veldwacht⏎
	// Foundation …" under "Implementation": a paragraph of running text
	// under a heading for bodies is read as sentences, not as a list of
	// bodies a line each.
	// (Not a body's name on the first line, whatever follows it:
	// "Fondazione Carta Libera, Trieste, in⏎partenariato con …".)
	// (So is one under a heading for givers: "Our donors" over "LAUTAN is
	// made possible by voluntary contributions from two governments.
	// Together they finance … USD 4.8 million.")
	if (section == labelImplementer || section == labelFunding) && b.Role == dossier.RoleParagraph && runningText(b.Text) && !nameOnly(firstPart(b.Text)) {
		x.prose(b, collapse(b.Text))
		return
	}
	sub := section
	for _, line := range splitPairRows(logicalLines(b)) {
		if m := fromTo.FindStringSubmatch(line); m != nil {
			x.dateRange(b, line, "From: "+m[1]+" To: "+m[2])
			continue
		}
		if m := lineLabelMatch(line); m != nil {
			// "Laufzeit des deutschen Beitrags: 01.01.2022 - 31.12.2024":
			// one donor's funding window, not the project's period.
			if sc := fundingWindow(m[1]); sc != "" {
				saved := x.scope
				x.scope = sc
				x.dateRange(b, m[2], line)
				x.scope = saved
				continue
			}
			k := lineLabel(m[1], m[2])
			if k != labelNone {
				if isListLabel(k) {
					sub = k
				}
				x.valueLine(k, b, m[2], line)
				continue
			}
			if x.unlabelled(b, m[1], m[2]) {
				continue
			}
		}
		// "European Union – EUR 9 million" under "Who funds it?": a
		// giver dossier knows, a dash, one amount.
		if head, rest, ok := normalize.CutDash(line); ok && len(strings.Fields(rest)) <= 4 && strings.ContainsAny(rest, "0123456789") && x.donorLine(b, head, rest) {
			continue
		}
		// "Project status" over "Implementation": a value of what the
		// label above announces, though it reads as a label too.
		if k := lookupLabel(line); k != labelNone && len(line) < 60 && !(sub == labelStatus && valueFits(sub, line)) {
			sub = k
			continue
		}
		if sub != labelNone {
			// Under a "Funding" heading every line is read as givers;
			// a line that names none dossier knows ("Total", a caption,
			// a place) is no giver.
			if sub == labelFunding && sub == section {
				if giver := withoutGluedNoteMark(line); namesKnownGiver(giver) {
					x.knownGiversOnly = true
					x.valueLine(sub, b, giver, line)
					x.knownGiversOnly = false
				}
				continue
			}
			x.valueLine(sub, b, line, line)
			continue
		}
		if x.personRole(b, line) {
			continue
		}
		x.prose(b, line)
	}
}

// firstPart returns text's first line up to its first comma.
func firstPart(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	part, _, _ := strings.Cut(line, ",")
	return part
}

// runningText reports text of twelve words or more that ends on a full
// stop: sentences, not a list's items.
func runningText(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 12
}

// logicalLines gives a block's lines with PDF line wraps joined back: a
// line continues the one above unless it starts with a bullet or a label.
func logicalLines(b dossier.Block) []string {
	if b.Page == 0 {
		// A page's line breaks are its own (<br>, a cell per line), but a
		// line in lower case after one that ends on no mark carries on a
		// hard-wrapped sentence: "…sono state<br>messe a disposizione…".
		var out []string
		for _, l := range strings.Split(b.Text, "\n") {
			bullet := bulletPrefix.MatchString(strings.TrimSpace(l))
			l = strings.TrimSpace(bulletPrefix.ReplaceAllString(strings.TrimSpace(l), ""))
			if l == "" {
				continue
			}
			if n := len(out); n > 0 && !bullet && startsLower(l) && !strings.ContainsAny(out[n-1][len(out[n-1])-1:], ".:;!?") {
				out[n-1] += " " + l
				continue
			}
			out = append(out, l)
		}
		return out
	}
	var out []string
	// The width of the block's longest line: a line of running text
	// that fills it was wrapped, whatever the next line opens with.
	width := 0
	for _, l := range strings.Split(b.Text, "\n") {
		width = max(width, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	wrapped := false
	for _, l := range strings.Split(b.Text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		// "… in zuidelijk Afrika. Uitvoerder:⏎TADB. Medefinanciers: …":
		// a paragraph's sentences wrap at a label's colon too.
		if wrapped && !bulletPrefix.MatchString(l) {
			wrapped = runningWrap(l, width)
			out[len(out)-1] += " " + l
			continue
		}
		wrapped = runningWrap(l, width)
		bullet := bulletPrefix.MatchString(l)
		l = strings.TrimSpace(bulletPrefix.ReplaceAllString(l, ""))
		// "Funded by the European Union" opens a card's line; "messe a
		// disposizione dall'Agenzia …" in lower case carries on the
		// sentence the line above broke off.
		labelled := startsWithCue(l) && !startsLower(l)
		// ("Contribution de la France (ministère de l’Europe …) : 4 200
		// 000 EUR": a giver's contribution, its body in brackets.)
		if m := lineLabelMatch(l); m != nil && lookupLabel(m[1]) != labelNone {
			labelled = true
		} else if m := lineLabelMatch(stripNotes(l)); m != nil && givingLabel(m[1]) {
			labelled = true
		}
		// "Financiadores" over "Países Baixos; Portugal": a card's label
		// on a line of its own, its value below.
		labelAbove := len(out) == 1 && len(strings.Fields(out[0])) <= 4 && lookupLabel(out[0]) != labelNone
		// A slide's items, their bullets drawn: after a line that is
		// whole ("Période : janvier 2023 – décembre 2026", a list of
		// countries), a line in capitals opens another.
		// ("Niger – région de Tillabéri⏎Tchad – depuis septembre 2024, …":
		// lines each led by a country and a dash are one country's each.)
		if len(out) > 0 && !bullet && !labelled && !labelAbove && !strings.HasSuffix(out[len(out)-1], ":") &&
			(startsLower(l) || !wholeLine(out[len(out)-1]) && !(countryLed(l) && countryLed(out[len(out)-1]))) {
			out[len(out)-1] += " " + l
			continue
		}
		out = append(out, l)
	}
	return out
}

// joinLowerWraps joins to the line above each line of s that opens in
// small letters: a wrap inside a value, not a new member.
func joinLowerWraps(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	out := lines[:1]
	for _, l := range lines[1:] {
		if t := strings.TrimSpace(l); t != "" && startsLower(t) {
			out[len(out)-1] += " " + t
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// runningWrap reports a line of running text (a sentence ends inside it)
// that fills most of its block's width and ends on a label's colon
// ("… in zuidelijk Afrika. Uitvoerder:"): the line after it carries on
// the paragraph, the label's value first.
func runningWrap(l string, width int) bool {
	n := utf8.RuneCountInString(l)
	return n >= 60 && n*5 >= width*4 && strings.Contains(l[:len(l)-1], ". ") && strings.HasSuffix(l, ":")
}

// countryLed reports a line that opens on a country's name and a dash
// ("Mali – régions de Ségou et de Mopti").
func countryLed(l string) bool {
	head, _, ok := normalize.CutDash(l)
	if !ok || len(head) > 40 || !startsUpper(head) {
		return false
	}
	_, isC := normalize.CountryCode(head)
	return isC
}

// wholeLine reports a line that says all it has to say: a period, a date
// or a status after its label, or only countries ("Albanie, …, Serbie").
func wholeLine(l string) bool {
	// (A long line is running text: it is no item's whole.)
	if len(l) > 160 {
		return false
	}
	value := l
	if m := lineLabelMatch(l); m != nil {
		switch lookupLabel(m[1]) {
		case labelDuration:
			_, err := normalize.ParseDateRange(strings.TrimSpace(m[2]))
			return err == nil
		case labelStart, labelEnd, labelStatus:
			return valueFits(lookupLabel(m[1]), strings.TrimSpace(m[2]))
		case labelCountries:
			value = m[2]
		case labelFunding:
			// "Bailleurs : Espagne, Union européenne, Pays-Bas, France":
			// givers dossier knows, each of them, the last not followed
			// by a comma that carries the list on.
			// (An amount may go on to the next line: "Pays-Bas 2⏎M€".)
			v := strings.TrimSpace(m[2])
			return !strings.HasSuffix(v, ",") && !strings.HasSuffix(v, ";") && !strings.ContainsAny(v, "0123456789") && knownGiversOnly(v)
		default:
			return false
		}
	}
	// (Two words of countries' names first: most lines have none.)
	caps := 0
	for _, w := range strings.Fields(value) {
		if startsUpper(w) && normalize.CountryWord(strings.Trim(w, ",.;:()")) {
			caps++
		}
	}
	return caps >= 2 && mayListCountries(value) && countriesOnly(strings.TrimSpace(value)) != nil
}

// knownGiversOnly reports a list whose every member is a giver dossier
// knows: a country, or a body of the lexicon.
func knownGiversOnly(value string) bool {
	ms := donorMembers(strings.TrimSpace(value))
	for _, m := range ms {
		if _, known := donorOf(m); !known {
			return false
		}
	}
	return len(ms) > 0
}

// sectionWordUnderBodyLabel reports a heading of one plain word, no body
// dossier knows nor an acronym, under a label whose value is a body:
// the next section's heading ("Description"), not the label's value.
func sectionWordUnderBodyLabel(k labelKind, heading string) bool {
	if k != labelImplementer && k != labelFunding && k != labelPartners {
		return false
	}
	w := strings.TrimSpace(heading)
	if strings.ContainsAny(w, " \n0123456789") || acronymLike(w) {
		return false
	}
	_, known := orgOf(w)
	return !known
}

// unlabelled handles a "Label: value" whose label is not a known one: a
// list of countries under a region name ("Africa: Benin, Cameroon") is a
// list of countries. It reports whether it took the value.
func (x *extractor) unlabelled(b dossier.Block, label, value string) bool {
	// "Budget total 7,4 M€ : UE 5,5 M€ ; Espagne 1,0 M€": a budget's
	// label with its figure, the givers' shares after the colon.
	if ms := normalize.FindMoney(label); len(ms) == 1 && strings.TrimSpace(label[ms[0].End:]) == "" && ms[0].Start > 0 {
		if lookupLabel(label[:ms[0].Start]) == labelBudget {
			quote := collapse(label + ": " + value)
			x.valueLine(labelBudget, b, label[ms[0].Start:], quote)
			x.knownDonorAmounts(b, value, quote)
			return true
		}
	}
	if x.shareOfTotal(b, label, value) || x.contributionLabel(b, label, value) || x.donorLine(b, label, value) {
		return true
	}
	// "Swiss budget, current phase": a giver's amount, qualified after a
	// comma.
	if head, _, ok := strings.Cut(label, ","); ok && (givenLabelGiver(head) != "" || givingLabel(head)) && x.contributionLabel(b, head, value) {
		return true
	}
	// ("3,6 milhões de⏎euros⏎Portugal (Camões, I.P.): 0,4 milhões de
	// euros": a line in small letters carries on the one above.)
	if x.knownDonorAmounts(b, label+": "+joinLowerWraps(value), collapse(label+": "+value)) {
		return true
	}
	if x.giverAmountList(b, label, value) {
		return true
	}
	// Only a region's name may head a list of countries: any other
	// unknown label ("Visited by", "Financed by" in a language the lexicon
	// lacks) yields no fact rather than a guess.
	if !regionLabel(label) {
		return false
	}
	// (In a PDF the value's line breaks are wraps: "República del Congo y
	// República⏎Centroafricana".)
	if b.Page > 0 {
		value = strings.ReplaceAll(value, "\n", " ")
	}
	items := normalize.SplitList(value)
	n := 0
	for _, it := range items {
		if it.Country != "" {
			n++
		}
	}
	if n == 0 || n < len(items) && (n < 2 || n*2 < len(items)) {
		return false
	}
	quote := collapse(label + ": " + value)
	for _, it := range items {
		if it.Country != "" {
			x.add(b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, quote, "list:countries")
		}
	}
	return true
}

// value handles the value of a known label, which may hold several lines
// (list items of a pair, a logframe cell with its indicators).
func (x *extractor) value(k labelKind, b dossier.Block, text string) {
	switch {
	case k == labelFunding || k == labelCountries || k == labelPartners:
		// "Kenya · Mauritius · Mozambique · Tanzania⏎Waste audits in 8
		// pilot ports": a slide's countries whole on their first line,
		// its notes below in capitals; the notes are no wrap of the list.
		// (Not a list wrapped on: "Albania, Bosnia and Herzegovina⏎Serbia"
		// goes on with a country, "…, Seychelles,⏎United Republic of
		// Tanzania (…" after a comma.)
		if first, rest, ok := strings.Cut(strings.TrimSpace(text), "\n"); ok && k == labelCountries && b.Page > 0 && !startsLower(rest) &&
			!strings.HasSuffix(strings.TrimSpace(first), ",") && countriesOnly(strings.ReplaceAll(first, " · ", ", ")) != nil && !opensOnCountry(rest) {
			text = first
		}
		// One enumeration: in a PDF its line breaks are wraps, on a web
		// page they separate list items.
		var parts []string
		for _, it := range groupItems(text, b.Page > 0) {
			if it.label == labelNone {
				parts = append(parts, it.text)
			}
		}
		// The quote is the items as the page shows them, one after
		// another; the value joins them as a list.
		joined := strings.Join(parts, ", ")
		x.valueLine(k, b, joined, strings.Join(parts, " "))
		return
	case !isListLabel(k):
		if k == labelBudget {
			if text = x.givenLines(b, text); text == "" {
				return
			}
		}
		// A single value may wrap over several lines, but a later line
		// that starts with a label of its own ("Budget: EUR 4.9 million"
		// under "Duration: …") begins other facts: a slide's bullets read
		// as one cell.
		lines := strings.Split(text, "\n")
		for j := 1; j < len(lines); j++ {
			// A slide's bullets read as one cell: "Co-funded by the
			// European Union …" under "Budget: EUR 4.9 million" begins
			// other facts.
			if startsWithCue(strings.TrimSpace(lines[j])) {
				head := collapse(strings.Join(lines[:j], " "))
				x.valueLine(k, b, head, head)
				rest := b
				rest.Role, rest.Label, rest.Text = dossier.RoleParagraph, "", strings.Join(lines[j:], "\n")
				x.lines(rest, labelNone)
				return
			}
			// "9 M€ / dont 6 M€ de l'UE …": the givers' shares under a
			// total are a line of their own.
			if k == labelBudget && opensWithShareWord(lines[j]) {
				head, rest := collapse(strings.Join(lines[:j], " ")), collapse(strings.Join(lines[j:], " "))
				x.valueLine(k, b, head, head)
				x.valueLine(k, b, rest, rest)
				return
			}
			m := lineLabelMatch(strings.TrimSpace(lines[j]))
			if m != nil && lookupLabel(m[1]) != labelNone {
				head := strings.Join(lines[:j], " ")
				x.valueLine(k, b, collapse(head), collapse(head))
				rest := b
				rest.Role, rest.Label, rest.Text = dossier.RoleParagraph, "", strings.Join(lines[j:], "\n")
				x.lines(rest, labelNone)
				return
			}
		}
		x.valueLine(k, b, collapse(text), collapse(text))
		return
	}
	if k == labelTargetGroups {
		// "Beneficiaries" whose items are all countries lists countries.
		var all []string
		for _, it := range groupItems(text, b.Page > 0) {
			all = append(all, it.text)
		}
		if cs := countriesOnly(strings.Join(all, "\n")); cs != nil {
			for _, it := range cs {
				x.add(b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, strings.Join(all, " "), "pair:countries")
			}
			return
		}
	}
	cur := k
	for _, it := range groupItems(text, b.Page > 0) {
		if it.isLabel {
			cur = it.label
			if it.text == "" {
				continue
			}
		}
		if cur == labelNone {
			continue
		}
		x.valueLine(cur, b, it.text, it.text)
	}
}

// item is a logical line of a block: a list item or a wrapped line joined
// back, or a sub-label ("Indicators:") that announces the items after it.
type item struct {
	text    string
	isLabel bool
	label   labelKind
}

var bulletPrefix = regexp.MustCompile(`^[•▪◦●‣→*–-]\s*`)

// groupItems splits a block's text into logical items. On a web page every
// line is its own item; in a PDF a line continues the item above it unless
// it starts with a bullet or a label.
func groupItems(text string, wrapped bool) []item {
	var out []item
	open := false // whether the last item may take a wrapped line
	for _, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		bullet := bulletPrefix.MatchString(line)
		line = strings.TrimSpace(bulletPrefix.ReplaceAllString(line, ""))
		if line == "" {
			continue
		}
		ll := strings.ToLower(strings.TrimRight(line, ": "))
		if strings.HasPrefix(ll, "assumption") && len(ll) < 15 {
			out = append(out, item{isLabel: true, label: labelNone})
			open = false
			continue
		}
		// (The cheap tests first: most lines are long or bulleted.)
		if len(line) < 40 && !bullet {
			if k := lookupLabel(line); k != labelNone {
				out = append(out, item{isLabel: true, label: k})
				open = false
				continue
			}
		}
		if m := lineLabelMatch(line); m != nil && !bullet {
			k := lineLabel(m[1], m[2])
			if k != labelNone {
				out = append(out, item{isLabel: true, label: k, text: m[2]})
				open = wrapped
				continue
			}
		}
		if wrapped && open && !bullet && len(out) > 0 {
			out[len(out)-1].text += " " + line
			continue
		}
		out = append(out, item{text: line})
		open = wrapped
	}
	return out
}

// valueLine records the facts one labelled value states.
func (x *extractor) valueLine(k labelKind, b dossier.Block, value, quote string) {
	value = strings.TrimSpace(value)
	quote = collapse(quote)
	// ("4 | partenaires financiers", then "Qui met en œuvre le programme
	// ?": a question is a heading, no label's value.)
	if value == "" || strings.HasSuffix(value, "?") {
		return
	}
	// "Ministry of Foreign Affairs of the Netherlands XM-DAC-7", "KIT
	// Royal Tropical Institute NL-KVK-41150117": an IATI record follows
	// a body with its organisation identifier, no part of its name.
	if k == labelFunding || k == labelImplementer || k == labelPartners {
		if i := strings.LastIndexByte(value, ' '); i > 0 && orgIdentifier.MatchString(value[i+1:]) {
			value = strings.TrimSpace(value[:i])
		}
	}
	switch k {
	case labelTitle:
		x.title(b, value, quote)
	case labelAlias:
		// "Projektkurzname: WACCA": the project's other name, which joins
		// it with the documents that use that one.
		// ("Customs Integrity Partnership for Central America (CIPCA)":
		// a long name and its acronym, two names.)
		names := []string{collapse(value)}
		if m := nameWithParens.FindStringSubmatch(names[0]); m != nil && acronymLike(m[2]) {
			names = []string{m[1], m[2]}
		}
		for _, name := range names {
			if plausibleProject(name) && x.current != "" && projectKey(name) != x.current {
				x.add(b, dossier.FieldAliases, dossier.TextValue(name), name, quote, "pair:alias")
			}
		}
	case labelCode:
		scheme := dossier.SchemeUnscoped
		if l := normLabel(b.Label); strings.Contains(l, "cybil") {
			scheme = "cybil-code"
		} else if x.implementerAcronym != "" {
			scheme = x.implementerAcronym + "-project-code"
		}
		code := codeOf(value)
		x.addScoped(b, dossier.FieldIdentifiers, dossier.IdentifierValue(dossier.Identifier{Scheme: scheme, Value: code}), value, quote, "pair:code", "")
	case labelDuration:
		if sc := fundingWindow(b.Label + " " + x.labelText); sc != "" && x.scope == "" {
			saved := x.scope
			x.scope = sc
			x.dateRange(b, value, quote)
			x.scope = saved
			return
		}
		x.dateRange(b, withLabelUnit(withoutPhaseLead(value), b.Label+" "+x.labelText), quote)
	case labelStart, labelEnd:
		d, err := normalize.ParseDate(value)
		if err != nil {
			// "30 June 2023 (extended by addendum no. 2)": the date
			// before a note in brackets.
			i := strings.Index(value, "(")
			if i <= 0 {
				return
			}
			if d, err = normalize.ParseDate(strings.TrimSpace(value[:i])); err != nil {
				return
			}
		}
		field := dossier.FieldStart
		if k == labelEnd {
			field = dossier.FieldEnd
		}
		x.addScoped(b, field, dossier.DateValue(d), value, quote, "pair:date", x.scope)
	case labelGiven:
		if ms := normalize.FindMoney(value); len(ms) == 1 {
			// "Norwegian commitment": the giver the label names, else
			// the record's publisher.
			// (Any other giver is settled once the page is read:
			// settleGiven.)
			giver := openingGiver(b.Label)
			// "European Union ⏎ Commitment: €4,500,000 (2021)": under a
			// heading that is a giver dossier knows, that giver's.
			if d, known := donorOf(b.Section); giver == "" && known && lookupLabel(b.Section) == labelNone {
				giver = d
			}
			if giver != "" {
				c := contributionOfMoney(giver, ms[0])
				x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, quote, "pair:given")
				x.add(b, dossier.FieldDonors, dossier.TextValue(giver), giver, quote, "pair:given")
				return
			}
		}
		// (The budget until the page is read: settleGiven makes it the
		// contribution of a giver the fields below name.)
		from := len(x.facts)
		x.valueLine(labelBudget, b, value, quote)
		for i := from; i < len(x.facts); i++ {
			if x.facts[i].Field == dossier.FieldBudget {
				x.facts[i].Extractor = givenBudget
			}
		}
	case labelBudget:
		if x.sharesOfTotal(b, value, quote) {
			return
		}
		// "12,5 M€ (Union européenne : 8 M€ ; Allemagne : 4,5 M€)": the
		// total, then the givers' shares in brackets.
		if open := strings.Index(value, "("); open > 0 && strings.HasSuffix(value, ")") && len(normalize.FindMoney(value[:open])) == 1 {
			if inner := value[open+1 : len(value)-1]; len(normalize.FindMoney(inner)) >= 2 && (x.knownDonorAmounts(b, inner, quote) || x.giverAmounts(b, inner, quote)) {
				value = strings.TrimSpace(value[:open])
			}
		}
		// "USD 3.2 million – Japan USD 2.4 million, the Netherlands USD
		// 800,000": the total, a dash, then the givers' shares.
		for _, dash := range []string{" – ", " — ", " - "} {
			if i := strings.Index(value, dash); i > 0 {
				if len(normalize.FindMoney(value[:i])) == 1 && x.giverAmounts(b, value[i+len(dash):], quote) {
					value = strings.TrimSpace(value[:i])
				}
				break
			}
		}
		// "EUR 8 500 000, of which EU contribution EUR 8 000 000 and …":
		// the total, then the givers' shares.
		if i := shareWordAt(value); i > 0 {
			x.valueLine(k, b, strings.TrimRight(strings.TrimSpace(value[:i]), ",;("), quote)
			x.sharesOfTotal(b, value[i:], quote)
			return
		}
		m, _, err := normalize.ParseMoney(x.withDocCurrency(value))
		if err != nil {
			return
		}
		if strings.Contains(strings.ToLower(b.Label+" "+x.labelText+" "+quote), "target") && m.Qualifier == dossier.QualifierTotal {
			m.Qualifier = dossier.QualifierTarget
		}
		// A giver's record of its funding ("Agreed amount" on Sida's page,
		// "Contribution maximale" on Global Affairs Canada's): the amount
		// its fields give is the giver's contribution, not the budget.
		if giver, ok := strings.CutPrefix(x.scope, "funding:"); ok && giver != "" && m.Qualifier != dossier.QualifierTarget {
			c := contributionOfMoney(giver, normalize.MoneyMatch{Money: m, Text: value})
			x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), value, quote, "pair:contribution")
			x.add(b, dossier.FieldDonors, dossier.TextValue(giver), giver, quote, "pair:contribution")
			return
		}
		// "Budget (AICS contribution)", "Budget (EU funding)": a budget
		// label that names one giver's funding gives that giver's share,
		// and the budget only of its funding.
		if giver := labelGiver(b.Label + " " + x.labelText); giver != "" && m.Qualifier != dossier.QualifierTarget {
			c := contributionOfMoney(giver, normalize.MoneyMatch{Money: m, Text: value})
			x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), value, quote, "pair:contribution")
			x.add(b, dossier.FieldDonors, dossier.TextValue(giver), giver, quote, "pair:contribution")
			x.addScoped(b, dossier.FieldBudget, dossier.MoneyValue(m), value, quote, "pair:budget", "funding:"+giver)
			return
		}
		x.add(b, dossier.FieldBudget, dossier.MoneyValue(m), value, quote, "pair:budget")
	case labelFunding:
		// "Finland's funding: EUR 2,400,000", "ADA funding": an amount
		// alone under a label that opens on its giver is the giver's.
		// (Not "Co-financing: EUR 1.6 million", whose giver is named
		// elsewhere or not at all.)
		if v := strings.TrimSpace(strings.TrimRight(value, noteMarks)); v != "" && b.Role == dossier.RolePair {
			if ms := normalize.FindMoney(v); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(v) {
				if giver := openingGiver(b.Label); giver != "" {
					if d, ok := donorOf(giver); ok {
						giver = d
					}
					c := contributionOfMoney(giver, ms[0])
					x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, quote, "pair:given")
					x.add(b, dossier.FieldDonors, dossier.TextValue(giver), giver, quote, "pair:given")
					return
				}
			}
		}
		x.donors(b, value, quote)
	case labelImplementer:
		// "Implementation | March 2017 – December 2020": the label names
		// the period the project was carried out in.
		if r, err := normalize.ParseDateRange(value); err == nil && (r.Start != nil || r.End != nil) {
			x.dateRange(b, value, quote)
			return
		}
		for _, org := range implementerMembers(value) {
			x.add(b, dossier.FieldImplementer, dossier.TextValue(org), org, quote, "pair:implementer")
		}
	case labelPartners:
		for _, it := range normalize.SplitList(value) {
			// Partners keep the name the document gives, less a bracketed
			// acronym; countries take their short English name.
			name := it.Text
			if it.Country != "" {
				name = normalize.CountryName(it.Country)
			}
			if name != "" {
				x.add(b, dossier.FieldPartners, dossier.TextValue(name), it.Text, quote, "pair:partners")
			}
		}
	case labelStatus:
		if s, ok := normalize.Status(value); ok {
			x.addScoped(b, dossier.FieldStatus, dossier.TextValue(s), value, quote, "pair:status", x.scope)
		} else if s, ok := normalize.Status(withoutCode(codeAttr.ReplaceAllString(value, ""))); ok {
			// 'code="4" Closed', "2 – Implementation": a codelist's code
			// before its name.
			x.addScoped(b, dossier.FieldStatus, dossier.TextValue(s), value, quote, "pair:status", x.scope)
		}
	case labelCountries:
		value = codeAttr.ReplaceAllString(value, "")
		// "Eastern Partnership region: Armenia, Azerbaijan, …": a region
		// heading the value's list of countries.
		if m := lineLabelMatch(value); m != nil && regionItem(m[1]) {
			r := regionName(m[1])
			x.add(b, dossier.FieldRegions, dossier.TextValue(r), r, quote, "pair:countries")
			value = m[2]
		} else if m != nil && countriesOnly(strings.TrimRight(m[2], ". ")) != nil {
			// "Le programme couvre quatre pays : le Sénégal, la Guinée
			// …" under "Les pays concernés": a lead-in before the colon,
			// the countries after it (the first one was lost in the
			// lead-in's words).
			value = m[2]
		}
		// "Mauritanië, Niger en Tsjaad (Sahel)", "Regional
		// (Centroamérica)": a region in brackets closing the value names
		// the region its countries make.
		// ("Maghreb (Nord Africa)": a region's wider one in brackets only
		// glosses it.)
		if head, inner, ok := closingBracket(value); ok && namedRegion(inner) && !regionItem(head) && regionBeside(head) == "" {
			r := regionName(inner)
			x.add(b, dossier.FieldRegions, dossier.TextValue(r), r, quote, "pair:countries")
			value = head
		}
		// "Benin [BJ]": a country's code in brackets after its name.
		value = bracketCodeAfter.ReplaceAllString(value, "")
		// "Brasil – Tocantins e Maranhão": one country, then its parts
		// the project works in.
		if country, parts, ok := countryThenParts(value); ok {
			x.add(b, dossier.FieldCountries, dossier.TextValue(country.Country), country.Text, quote, "pair:countries")
			for _, p := range parts {
				x.add(b, dossier.FieldRegions, dossier.TextValue(p), p, quote, "pair:countries")
			}
			return
		}
		// "Mali – régions de Ségou et de Mopti", "Tchad – depuis
		// septembre 2024, l'école …" under "Où nous intervenons": a line
		// led by one country and a dash is that country; the parts of it
		// after the dash, named with their unit's word, are its regions.
		if head, tail, ok := normalize.CutDash(value); ok && !x.trap {
			if code, isC := normalize.CountryCode(strings.TrimSpace(head)); isC && len(countriesIn(strings.Fields(tail))) == 0 {
				x.add(b, dossier.FieldCountries, dossier.TextValue(code), strings.TrimSpace(head), quote, "pair:countries")
				if unitLed(strings.TrimSpace(tail)) {
					for _, a := range subnationalAreas(tail) {
						x.add(b, dossier.FieldRegions, dossier.TextValue(a.name), a.name, quote, "pair:areas")
					}
				}
				return
			}
		}
		found := false
		for _, it := range normalize.SplitList(value) {
			switch {
			case it.Country != "":
				found = true
				x.add(b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, quote, "pair:countries")
			case regionBeside(it.Text) != "":
				found = true
				r := regionBeside(it.Text)
				x.add(b, dossier.FieldRegions, dossier.TextValue(r), r, quote, "pair:countries")
				// "Centroamérica (Guatemala, Honduras, El Salvador)": the
				// region's countries in brackets after it.
				if _, inner, ok := closingBracket(it.Text); ok {
					for _, c := range countriesOnly(inner) {
						x.add(b, dossier.FieldCountries, dossier.TextValue(c.Country), c.Text, quote, "pair:countries")
					}
				}
			case it.Kind == "region" && regionItem(it.Text) && !unitLed(it.Text):
				found = true
				x.add(b, dossier.FieldRegions, dossier.TextValue(it.Text), it.Text, quote, "pair:countries")
			}
		}
		// "Regiones de Puno y Cusco (Perú); departamento de Potosí
		// (Bolivia)": the parts of countries the project works in are
		// its regions, the countries in brackets its countries.
		if !x.trap && b.Role == dossier.RolePair {
			for _, a := range subnationalAreas(value) {
				found = true
				x.add(b, dossier.FieldRegions, dossier.TextValue(a.name), a.name, quote, "pair:areas")
				if a.country != "" {
					x.add(b, dossier.FieldCountries, dossier.TextValue(a.country), a.country, quote, "pair:areas")
				}
			}
		}
		// "Regiões de intervenção | Bafatá, Gabú e Oio": a label that
		// names the kind of a country's parts gives its names, each a
		// region, though the value does not repeat the kind.
		if !found && !x.trap && b.Role == dossier.RolePair && labelNamesAreaUnit(b.Label) {
			if names := areaNamesOnly(value); names != nil {
				found = true
				for _, n := range names {
					x.add(b, dossier.FieldRegions, dossier.TextValue(n), n, quote, "pair:areas")
				}
			}
		}
		// "Niger Tsjaad Mauritanië": a table's cell of one country a
		// line, its lines run together; every word is part of a
		// country's name.
		if ws := strings.Fields(value); !found && len(ws) >= 2 {
			cs, n := countriesIn(ws), 0
			for _, c := range cs {
				n += len(strings.Fields(c.Text))
			}
			if n == len(ws) {
				for _, c := range cs {
					x.add(b, dossier.FieldCountries, dossier.TextValue(c.Country), c.Text, quote, "pair:countries")
				}
			}
		}
	case labelTargetGroups:
		if cs := countriesOnly(value); cs != nil {
			for _, it := range cs {
				x.add(b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, quote, "pair:countries")
			}
			return
		}
		// "Recipient | Senegal": one country is a recipient country too.
		if code, ok := normalize.CountryCode(value); ok {
			x.add(b, dossier.FieldCountries, dossier.TextValue(code), value, quote, "pair:countries")
			return
		}
		for _, item := range splitGroups(value) {
			x.add(b, dossier.FieldTargetGroups, dossier.TextValue(item), item, quote, "pair:target_groups")
		}
	case labelThematic:
		// "Ámbito | Centroamérica (Guatemala, Honduras, El Salvador)": a
		// label that may name a field of work or a scope is a place where
		// its value is one.
		if placeValue(value) {
			x.valueLine(labelCountries, b, value, quote)
			return
		}
		for _, item := range splitPlain(value) {
			x.add(b, dossier.FieldThematicFocus, dossier.TextValue(item), item, quote, "pair:thematic_focus")
		}
	case labelObjective:
		x.add(b, dossier.FieldObjectives, dossier.TextValue(trimItem(value)), value, quote, "list:objectives")
	case labelActivities:
		x.add(b, dossier.FieldActivities, dossier.TextValue(trimItem(value)), value, quote, "list:activities")
	case labelOutputs:
		x.add(b, dossier.FieldOutputs, dossier.TextValue(trimItem(value)), value, quote, "list:outputs")
	case labelIndicators:
		x.statement(b, dossier.FieldIndicators, value, quote, "list:indicators")
	case labelContact:
		x.contactLine(b, value, quote)
	case labelKeyFigures, labelAchievements:
		if q, ok := normalize.ParseQuantity(value); ok && quantityLine.MatchString(value) {
			x.add(b, dossier.FieldKeyFigures, dossier.QuantityValue(trimItem(value), q), value, quote, "list:key_figures")
		} else {
			x.prose(b, value)
		}
	}
}

// statement records an objective, output, activity or indicator, as a
// quantity where it states a number ("up to 30 … workshops").
func (x *extractor) statement(b dossier.Block, field, value, quote, extractor string) {
	value = trimItem(value)
	// "One conference per 18 months (5 in total)": the total is the target.
	if m := inTotal.FindStringSubmatch(value); m != nil {
		if q, ok := normalize.ParseQuantity(m[1] + " " + strings.TrimSpace(inTotal.ReplaceAllString(value, ""))); ok {
			x.add(b, field, dossier.QuantityValue(value, q), value, quote, extractor)
			return
		}
	}
	if q, ok := normalize.ParseQuantity(value); ok {
		x.add(b, field, dossier.QuantityValue(value, q), value, quote, extractor)
		return
	}
	x.add(b, field, dossier.TextValue(value), value, quote, extractor)
}

// inTotal matches the total of a rate: "(5 in total)".
var inTotal = regexp.MustCompile(`\((\d[\d,.]*) in total\)`)

// codeInParens matches a project code given after a title:
// "CyberCrime@Octopus (DG1/3021)".
var codeInParens = regexp.MustCompile(`^(.*?)\s*\(([A-Z][A-Z0-9]*[/\-.][A-Z0-9/\-.]+)\)\s*$`)

// title reads a "Project title" value: the name is already among the
// document's project names (findProjects), and the title and aliases are
// settled in finish; a code in brackets is an identifier.
func (x *extractor) title(b dossier.Block, value, quote string) {
	if m := codeInParens.FindStringSubmatch(value); m != nil {
		scheme := dossier.SchemeUnscoped
		if x.implementerAcronym != "" {
			scheme = x.implementerAcronym + "-project-code"
		}
		x.addScoped(b, dossier.FieldIdentifiers, dossier.IdentifierValue(dossier.Identifier{Scheme: scheme, Value: m[2]}), m[2], quote, "pair:title", "")
	}
}

// pairsRow reads a row whose cells are labels and their values in
// turn, each label one the lexicon knows ("Start | 1 April 2019 | End |
// 31 December 2022"). It reports whether the row was such a one.
func (x *extractor) pairsRow(b dossier.Block, at int) bool {
	kinds := pairKinds(rowCells(b))
	spread := false
	if kinds == nil {
		// "Donors | European Union (EUR 6,000,000); | Kingdom of the
		// Netherlands | (EUR 1,250,000)" in such a box: one label whose
		// value runs on over the row's other cells.
		cells := rowCells(b)
		if len(cells) < 3 || lookupLabel(cells[0]) == labelNone {
			return false
		}
		// (An empty cell keeps the box's columns: "organisation | Drugs
		// and Crime (UNODC) | | Zimbabwe, Malawi" carries on the row above.)
		for _, c := range cells[1:] {
			if lookupLabel(c) != labelNone || strings.TrimSpace(c) == "" {
				return false
			}
		}
		kinds, spread = []labelKind{lookupLabel(cells[0])}, true
	}
	// A box has several such rows; one alone is a table's heads ("@role
	// | name | @ref | @type").
	near := false
	for _, j := range []int{at - 1, at + 1} {
		if j >= 0 && j < len(x.doc.Blocks) && x.doc.Blocks[j].Role == dossier.RoleRow && pairKinds(rowCells(x.doc.Blocks[j])) != nil {
			near = true
		}
	}
	if !near {
		return false
	}
	cells := rowCells(b)
	if spread {
		cells = []string{cells[0], strings.Join(cells[1:], " ")}
	}
	for i, k := range kinds {
		label, value := cells[2*i], cells[2*i+1]
		pb := b
		pb.Role, pb.Label, pb.Text = dossier.RolePair, label, value
		if k == labelNone {
			x.unlabelled(pb, label, value)
			continue
		}
		x.valueLine(k, pb, value, label+": "+value)
	}
	return true
}

// pairKinds returns the label kinds of a row of labels and values in
// turn, or nil when the row is not one.
func pairKinds(cells []string) []labelKind {
	if len(cells) < 4 || len(cells)%2 != 0 {
		return nil
	}
	kinds := make([]labelKind, 0, len(cells)/2)
	known := 0
	for i := 0; i < len(cells); i += 2 {
		k := lookupLabel(cells[i])
		if lookupLabel(cells[i+1]) != labelNone || strings.TrimSpace(cells[i+1]) == "" {
			return nil
		}
		// "Contributo italiano | EUR 750.000": a giver's contribution,
		// under a label the lexicon builds from a giver and a word of
		// giving rather than lists.
		if k == labelNone && !(givingLabel(cells[i]) && len(normalize.FindMoney(cells[i+1])) > 0) {
			return nil
		}
		if k != labelNone {
			known++
		}
		kinds = append(kinds, k)
	}
	if known == 0 {
		return nil
	}
	return kinds
}

// givingLabel reports a label made of a word of giving and a giver, by
// name or adjective: "Contributo italiano", "EU contribution",
// "Aportación de la UE".
func givingLabel(label string) bool {
	// ("Engagement de la France", "Commitment of Sweden": a giver's
	// commitment is its contribution.)
	giving := hasCue(label, "contribution") || hasCue(label, "commitment")
	// ("Budget de la phase suisse", "Schweizer Budget": a budget an
	// adjective of nationality makes one giver's is its contribution; a
	// body's name beside a budget may be the project's own, "EU action".)
	if len(strings.Fields(label)) > 6 || !giving && !hasCue(label, "budget") {
		return false
	}
	if giving && len(orgMentions(label)) > 0 {
		return true
	}
	for _, w := range strings.Fields(label) {
		if _, ok := nationalities()[lexicon.Fold(w)]; ok {
			return true
		}
	}
	return false
}

func (x *extractor) dateRange(b dossier.Block, value, quote string) {
	r, err := normalize.ParseDateRange(value)
	if err != nil {
		// "March 2016 – December 2021 (extended in 2019)": a note after
		// the period.
		if t := trailingNote.ReplaceAllString(value, ""); t != value {
			r, err = normalize.ParseDateRange(t)
		}
		if err != nil {
			return
		}
	}
	// "Cartografia de Moçambique, 1890–1975": an exhibition's or a
	// history's span, no project's period.
	// ("XI-IATI-EC_NEAR-2019-412775": an identifier's digits, no period
	// that ends in the year 4127.)
	if r.Start != nil && (r.Start.Year < earliestProjectYear || r.Start.Year > latestProjectYear) || r.End != nil && (r.End.Year < earliestProjectYear || r.End.Year > latestProjectYear) {
		return
	}
	if r.Start != nil {
		x.addScoped(b, dossier.FieldStart, dossier.DateValue(*r.Start), value, quote, "range:start", x.scope)
	}
	if r.End != nil {
		x.addScoped(b, dossier.FieldEnd, dossier.DateValue(*r.End), value, quote, "range:end", x.scope)
	}
	// "maart 2019 – juni 2022 (40 maanden, incl. verlenging van zes
	// maanden)": the length that opens the note after the period.
	if r.Months == 0 {
		if i := strings.LastIndex(value, "("); i > 0 {
			inner, _, _ := strings.Cut(value[i+1:], ",")
			inner = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(inner), ")"))
			if n, ok := normalize.ParseDurationMonths(inner); ok && durationWord(inner) {
				r.Months = n
			}
		}
	}
	if r.Months > 0 {
		x.addScoped(b, dossier.FieldDurationMonths, dossier.IntValue(r.Months), value, quote, "range:duration", x.scope)
	}
}

// withLabelUnit is a bare number of a length with the unit its label
// gives in brackets: "48" under "Duración (meses)" is "48 meses".
func withLabelUnit(value, label string) string {
	v := strings.TrimSpace(value)
	if v == "" || strings.Trim(v, "0123456789") != "" {
		return value
	}
	open := strings.LastIndex(label, "(")
	if open < 0 {
		return value
	}
	unit, _, ok := strings.Cut(label[open+1:], ")")
	if !ok {
		return value
	}
	if t := v + " " + strings.TrimSpace(unit); durationWord(t) {
		if _, ok := normalize.ParseDurationMonths(t); ok {
			return t
		}
	}
	return value
}

// parenthetical matches the lists sources give in brackets after a kind of
// donor: "State Parties (Estonia, Hungary, …) and organisations (Microsoft)".
var parenthetical = regexp.MustCompile(`\(([^()]+)\)`)

// donors records each donor a funding value names. Where the value names
// kinds of donors with their members in brackets, the members are the
// donors.
func (x *extractor) donors(b dossier.Block, value, quote string) {
	value = withoutGluedNoteMark(withoutOrgRefs(value))
	// ("Funder | Committed": a table's head row, its value a column's
	// head, names no giver.)
	if amountHeads()[lexicon.Fold(value)] {
		return
	}
	// "Luxembourg | 2,800,000" under "CODIPOST II funding (EUR)": the
	// heading gives the currency of the figures below it.
	value = withSectionCurrency(value, b.Section)
	// ("Summe", "Total" in a table's column of givers: its row sums the
	// others.)
	if totalCell(strings.TrimSpace(value)) {
		return
	}
	if x.donorAmounts(b, value, quote) {
		return
	}
	// "Luxembourg, Ministry of Foreign and European Affairs": a country,
	// then its body that gives.
	if head, rest, ok := strings.Cut(value, ","); ok && isCountry(head) && !strings.ContainsAny(rest, ",;") {
		if ws := strings.Fields(lexicon.Fold(rest)); len(ws) > 0 && orgWords()[ws[0]] {
			value = head
		}
	}
	// "Ministry of Foreign Affairs, Norway", "Ministère des Affaires
	// étrangères et européennes – Luxembourg": one state's body with its
	// country, not a list.
	if c := countryOfBody(collapse(value)); c != "" {
		value = c
	} else if c := ministryCountry(collapse(value)); c != "" {
		value = c
	} else if c := seatedStateBody(collapse(value)); c != "" {
		value = c
	} else if g := giverThenItsUnits(collapse(value)); g != "" {
		value = g
	}
	x.orgAmounts(b, value, quote)
	// "Germany (… BMZ)\nSweden (… Sida)": a bracket that a country
	// follows, on the next line or the same, ends a member.
	value = countryAfterBracket(value)
	var parts, seated []string
	for _, m := range parenthetical.FindAllStringSubmatchIndex(value, -1) {
		inner := value[m[2]:m[3]]
		// "Auswärtiges Amt (AA)": a lone acronym is the name's, not a
		// member. "Netherlands – Ministry of Foreign Affairs (DGIS, …)":
		// units of a giver already named are not givers. "United Kingdom
		// (GBP 400,000, since 2023)": an amount is a note on the giver.
		if items := normalize.SplitList(inner); len(items) > 0 && startsUpper(inner) && (len(items) > 1 || normalize.Acronym(inner) != strings.TrimSpace(inner)) &&
			!namesGiverBefore(value[:m[0]]) && len(normalize.FindMoney(inner)) == 0 {
			if body, ok := foundationSeat(value[:m[0]], inner); ok {
				seated = append(seated, body)
				continue
			}
			parts = append(parts, inner)
		}
	}
	if len(parts) > 0 {
		parts = append(parts, seated...)
	}
	if len(parts) == 0 {
		parts = []string{value}
	} else if stripped := strings.TrimSpace(parenthetical.ReplaceAllString(value, "")); stripped != "" && bracketsHoldOne(value) {
		// "Schweden (Sida), Europäische Union": besides the brackets'
		// givers, the known givers named outside them.
		for _, name := range donorMembers(strings.TrimRight(stripped, "*.")) {
			if _, known := donorOf(name); known {
				x.add(b, dossier.FieldDonors, dossier.TextValue(name), name, quote, "pair:donors")
			}
		}
	}
	// (Beside a note with an amount, only givers dossier knows: the
	// note's words are no giver.)
	noted := len(normalize.FindMoney(value)) > 0 && strings.Contains(value, "(")
	for _, p := range parts {
		for _, name := range donorMembers(strings.TrimRight(p, "*.")) {
			if _, known := donorOf(name); (x.knownGiversOnly || noted) && !known {
				continue
			}
			x.add(b, dossier.FieldDonors, dossier.TextValue(name), name, quote, "pair:donors")
		}
	}
}

// foundationSeat finds a bracket that holds the one country a foundation
// named right before it sits in, and returns the foundation: "Anholt
// Foundation (Países Bajos)" is the foundation's gift, not the
// Netherlands' (a state's body, "Ministry of Foreign Affairs (Norway)",
// stays its country's).
func foundationSeat(before, inner string) (string, bool) {
	if !isCountry(strings.TrimSpace(inner)) {
		return "", false
	}
	if i := strings.LastIndexAny(before, ";,"); i >= 0 {
		before = before[i+1:]
	}
	before = strings.TrimSpace(before)
	return before, lexicon.WithoutKind(before) != before
}

// countryAfterBracket sets a semicolon between a closing bracket and the
// country that follows it with nothing between: "Germany (BMZ) Sweden
// (Sida)" lists two givers, as a page's lines did before they were joined.
func countryAfterBracket(value string) string {
	var b strings.Builder
	rest := value
	for {
		i := strings.IndexByte(rest, ')')
		if i < 0 {
			break
		}
		b.WriteString(rest[:i+1])
		rest = rest[i+1:]
		after := strings.TrimLeft(rest, " \t\n")
		if len(after) == len(rest) || after == "" {
			continue
		}
		name := after
		if j := strings.IndexAny(name, "(,;"); j >= 0 {
			name = name[:j]
		}
		if isCountry(name) {
			b.WriteString(";")
		}
	}
	b.WriteString(rest)
	return b.String()
}

// bracketsHoldOne reports a value whose brackets each hold one name (a
// giver's agency: "Schweden (Sida)"), not a list of members ("EU Member
// States (Germany, Sweden)").
func bracketsHoldOne(value string) bool {
	for _, m := range parenthetical.FindAllStringSubmatch(value, -1) {
		if len(normalize.SplitList(m[1])) > 1 {
			return false
		}
	}
	return true
}

// namesGiverBefore reports whether the list member that a bracket follows
// opens with a country ("Netherlands – Ministry of Foreign Affairs"): the
// bracket then holds its units, not givers.
func namesGiverBefore(before string) bool {
	// (A bracket closes a member before it too, where a line's break
	// was the only mark between them: "Germany (BMZ) Sweden (Sida)".)
	if i := strings.LastIndexAny(before, ",;)"); i >= 0 {
		before = before[i+1:]
	}
	head := strings.TrimSpace(before)
	// "Netherlands (Ministry of Foreign Affairs)": the member is a
	// country, its bracket the country's body.
	if isCountry(head) {
		return true
	}
	for _, sep := range []string{" – ", " — ", " - "} {
		if i := strings.Index(head, sep); i > 0 {
			head = strings.TrimSpace(head[:i])
			_, ok := normalize.CountryCode(head)
			return ok
		}
	}
	return false
}

// plausibleName rejects list members that are not names: "100% voluntary
// contributions", "other entities".
func plausibleName(s string) bool {
	if s == "" || len(strings.Fields(s)) > 10 || !startsUpper(s) {
		return false
	}
	for _, r := range s {
		if r == '%' || (r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// initialsOf returns the initials of a name of three capitalised words or
// more ("Landscape Fire Partnership Facility" is "LFPF"), or "".
func initialsOf(name string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
			n++
		}
	}
	if n < 3 {
		return ""
	}
	return b.String()
}

// bodyCased reports a name whose words are all capitalised, the little
// words of names aside ("Ministry of Foreign Affairs", "Fonds pour la
// Paix"): no phrase of running text.
func bodyCased(s string) bool {
	for _, w := range strings.Fields(parenthetical.ReplaceAllString(s, "")) {
		f := lexicon.Fold(strings.Trim(w, ",;:()"))
		if f == "" || startsUpper(w) || nameLittle()[f] || ofWords()[f] || articleWords()[f] || strings.ContainsAny(w[:1], "0123456789(&-") {
			continue
		}
		return false
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range strings.TrimSpace(s) {
		return r >= 'A' && r <= 'Z' || r > 0x7f && strings.ToUpper(string(r)) == string(r)
	}
	return false
}

// implementerName reduces an implementing unit to its organisation:
// "Cybercrime Programme Office (C-PROC) of the Council of Europe" is
// implemented by the Council of Europe (see orgOf).
func implementerName(value string) string {
	name, _ := orgOf(value)
	return name
}

// orgMembers returns the organisations a list value names. Where one of
// them is an organisation dossier knows, a lone unknown word beside it is
// its place or unit ("Council of Europe – C-PROC, Bucharest"), and a
// bare unit word ("Außenministerium") belongs to the member before it:
// neither is an organisation of its own.
func orgMembers(value string) []string { return orgMembersAs(value, orgOf) }

// startsLower reports whether l opens with a lower-case letter.
func startsLower(l string) bool {
	for _, r := range l {
		return unicode.IsLower(r)
	}
	return false
}

// startsWithCue reports whether a line opens with a cue of funding,
// implementation, start or end ("Co-funded by …", "Implemented by …"):
// in a PDF it begins a statement of its own, not a wrap of the line above.
func startsWithCue(l string) bool {
	for _, kind := range []string{"funded_by", "implemented_by", "started", "ends"} {
		if at, _, ok := findCue(l, kind); ok && at == 0 {
			return true
		}
	}
	return false
}

// shortCountryLines is the cheap test before countriesOnly for a block
// under any heading: three lines or more, each a few words whose first is
// a word of some country's name.
func shortCountryLines(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) < 3 {
		return false
	}
	for _, l := range lines {
		ws := strings.Fields(l)
		if len(ws) == 0 || len(ws) > 5 || !normalize.CountryWord(strings.Trim(ws[0], "*,.;")) {
			return false
		}
	}
	return true
}

// dottedCountries reports a block that is three countries or more set
// apart by middle dots, each opening on a word of a country's name.
func dottedCountries(text string) bool {
	parts := strings.Split(collapse(text), " · ")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > 5 || !normalize.CountryWord(strings.Trim(ws[0], "*,.;")) {
			return false
		}
	}
	return true
}

// menuLines reports a block of three lines or more, each a word or two
// with no digit or colon and no country, one at least a label: tabs or a
// menu.
func menuLines(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) < 3 {
		return false
	}
	labels := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		// ("Transparenzportal Entwicklung & Humanitäre Hilfe" over
		// "Startseite / Vorhaben / Länder / Geber": the site's name may
		// head its menu.)
		if i == 0 && len(lines) >= 5 && len(strings.Fields(l)) <= 6 && !strings.ContainsAny(l, ":0123456789") {
			continue
		}
		if l == "" || len(strings.Fields(l)) > 2 || strings.ContainsAny(l, ":0123456789") {
			return false
		}
		if _, ok := normalize.CountryCode(l); ok {
			return false // countries, one a line
		}
		if lookupLabel(l) != labelNone {
			labels++
		}
	}
	return labels >= 1
}

// inlinePair reads a short line that is a label and its value with no
// colon between, when the value parses as what the label announces: a
// status, a date, an amount. It reports whether it did.
func (x *extractor) inlinePair(b dossier.Block, text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 7 || strings.ContainsAny(text, ":\n") {
		return false
	}
	for n := min(3, len(words)-1); n >= 1; n-- {
		label, value := strings.Join(words[:n], " "), strings.Join(words[n:], " ")
		k := lookupLabel(label)
		ok := false
		switch k {
		case labelStatus:
			_, ok = normalize.Status(value)
		case labelStart, labelEnd:
			_, err := normalize.ParseDate(value)
			ok = err == nil
		case labelBudget:
			_, _, err := normalize.ParseMoney(value)
			ok = err == nil
		}
		if ok {
			pb := b
			pb.Role, pb.Label, pb.Text = dossier.RolePair, label, value
			x.value(k, pb, value)
			return true
		}
	}
	return false
}

// trimMemberEnd drops a note mark and a full stop after a list member,
// but not an abbreviation's last period ("Camões, I.P.").
func trimMemberEnd(s string) string {
	s = strings.TrimRight(s, "*")
	if t, ok := strings.CutSuffix(s, "."); ok {
		last := t[strings.LastIndexAny(t, " ,")+1:]
		if !strings.Contains(last, ".") {
			return strings.TrimRight(t, "*.")
		}
	}
	return s
}

// implementerMembers is orgMembers for implementers: an agency that carries
// a project out keeps its own name ("Camões, I.P."), where as a donor the
// lexicon gives its country (Portugal).
func implementerMembers(value string) []string {
	return orgMembersAs(beforeWithPartners(joinAfterNotes(value, true)), implementerOf)
}

// joinAfterNotes ends a list's member at a bracketed note that the
// lexicon's list.and or a "+" follows: "Asociación Wiñay (capofila) e
// Fondazione Girotondo", "Expertise France (capofila) + CSIP" list two
// bodies, as a comma would. With lead set, a note of the lexicon's
// implementer.lead before implementer.with words ends it too: "GIZ (lead)
// with Expertise France" names the consortium's two members, where
// "LandWijzer, con IP" names one and its partners.
func joinAfterNotes(s string, lead bool) string {
	if !strings.Contains(s, ") ") && !strings.Contains(s, "), ") {
		return s
	}
	var sb strings.Builder
	from := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ')' {
			continue
		}
		open := strings.LastIndexByte(s[:i], '(')
		if open <= 0 {
			continue
		}
		k := i + 1
		k += len(s[k:]) - len(strings.TrimLeft(s[k:], " "))
		if strings.HasPrefix(s[k:], ",") {
			k++
			k += len(s[k:]) - len(strings.TrimLeft(s[k:], " "))
		}
		n := 0
		if strings.HasPrefix(s[k:], "+ ") {
			n = 1
		} else if n = joinerAt(s[k:], listAndWords()); n == 0 && lead && leadNotes()[lexicon.Fold(s[open+1:i])] {
			n = joinerAt(s[k:], withPartnerWords())
		}
		if n == 0 || k+n >= len(s) {
			continue
		}
		sb.WriteString(s[from : i+1])
		sb.WriteString(", ")
		from = k + n + len(s[k+n:]) - len(strings.TrimLeft(s[k+n:], " "))
		i = from - 1
	}
	if from == 0 {
		return s
	}
	sb.WriteString(s[from:])
	return sb.String()
}

// joinerAt returns the length of the phrase of set (folded, three words at
// most) that opens s before a space, the longest, or 0.
func joinerAt(s string, set map[string]bool) int {
	ends := []int{}
	for i := 0; i < len(s) && len(ends) < 3; i++ {
		if s[i] == ' ' {
			ends = append(ends, i)
		}
	}
	for j := len(ends) - 1; j >= 0; j-- {
		if set[lexicon.Fold(s[:ends[j]])] {
			return ends[j]
		}
	}
	return 0
}

var (
	listAndWords = foldedSet("list", "and")
	leadNotes    = foldedSet("implementer", "lead")
)

// beforeWithPartners cuts a list of implementers where a comma and the
// lexicon's implementer.with bring in the bodies it works with, or a word
// of the way it works through: "LandWijzer International, con IP, CNR y
// RIC" is LandWijzer's.
func beforeWithPartners(value string) string {
	// "GIZ gemeinsam mit dem WFP", "GIZ together with the World Food
	// Programme": with no comma, where what stands before the words is a
	// body dossier knows, or an acronym, the same.
	// ("Centre for Cooperation with Africa": not inside a name.)
	if i, n := withAfterBody(value); i > 0 && n > 0 {
		return value[:i]
	}
	for off := 0; ; {
		i := strings.Index(value[off:], ", ")
		if i < 0 {
			return value
		}
		i += off
		rest := lexicon.Fold(value[i+2:]) + " "
		for w := range withPartnerWords() {
			if strings.HasPrefix(rest, w+" ") {
				return value[:i]
			}
		}
		// ("OEI, a través de sus oficinas nacionales en Lima, La Paz y
		// Quito": the way it works, its offices' towns, no other body.)
		if hasCueAt(value[i+2:], "channel") {
			return value[:i]
		}
		off = i + 2
	}
}

var withPartnerWords = foldedSet("implementer", "with")

// withAfterBody finds the lexicon's implementer.with words after a first
// name that is a body dossier knows or an acronym ("GIZ gemeinsam mit
// …"): it returns where the space before the words starts and their
// length, or 0, 0.
func withAfterBody(value string) (int, int) {
	for off := 0; off < len(value); {
		sp := strings.IndexByte(value[off:], ' ')
		if sp < 0 {
			return 0, 0
		}
		i := off + sp
		off = i + 1
		head := strings.TrimSpace(value[:i])
		if head == "" || strings.ContainsAny(head, ",;") {
			return 0, 0
		}
		n := joinerAt(value[i+1:], withPartnerWords())
		if n == 0 {
			continue
		}
		// (The first name whole: "IOM in consortium with the ILO" names
		// two bodies that carry it out.)
		_, known := normalize.KnownOrganisation(head)
		if known || len(strings.Fields(head)) == 1 && acronymLike(head) && distinctive(head) {
			return i, n
		}
		// "Woonkracht International met lokale spaargroepen": a name
		// that ends on a capital, then partners described in small
		// letters, no body's name ("Asociación para la cooperación con
		// los pueblos …" ends on a small word: one name).
		if hw := strings.Fields(head); startsUpper(hw[len(hw)-1]) && describedAfter(value[i+1+n:]) {
			return i, n
		}
		return 0, 0
	}
	return 0, 0
}

// describedAfter reports text that opens, past articles, on a word in
// small letters: bodies described ("lokale spaargroepen", "local
// savings groups"), not named.
func describedAfter(text string) bool {
	for _, w := range strings.Fields(text) {
		if articleWords()[lexicon.Fold(w)] {
			continue
		}
		return startsLower(w)
	}
	return false
}

// implementerOf is orgOf less the step from an agency to its country.
func implementerOf(s string) (string, bool) {
	name, known := orgOf(s)
	if !known {
		// "PastoVet International (ONG internacional con sede en
		// Berlín)", "Rijkswaterstaat (Ministerie van Infrastructuur en
		// Waterstaat)": a body the lexicon does not know, with a note or
		// its other name in brackets, is named by what stands before
		// them. (An acronym in brackets is read as the body's name
		// elsewhere.)
		if m := bracketTail.FindStringSubmatch(name); m != nil && m[1] != "" && !acronymLike(strings.TrimSpace(m[2])) {
			return strings.TrimSpace(m[1]), false
		}
		return name, known
	}
	if code, ok := normalize.CountryCode(name); ok && normalize.CountryName(code) == name {
		if _, own := normalize.CountryCode(s); !own {
			// "Oficina Técnica de Cooperación de la AECID en Perú": the
			// agency's acronym is its name.
			for _, w := range strings.Fields(s) {
				w = strings.Trim(w, ",.;:()")
				if len(w) >= 3 && strings.ToUpper(w) == w && w != name {
					if c, ok := lexicon.Organisation(w); ok && c == name {
						return w, true
					}
				}
			}
			// "LuxDev – Agência Luxemburguesa para a Cooperação ao
			// Desenvolvimento": the agency's name before its long form.
			if head, _, ok := normalize.CutDash(s); ok {
				if c, ok := lexicon.Organisation(strings.TrimSpace(head)); ok && c == name {
					return strings.TrimSpace(head), true
				}
			}
			return strings.TrimSpace(trailingNote.ReplaceAllString(s, "")), true
		}
	}
	return name, known
}

// donorMembers is orgMembers for a list of donors (see donorOf).
func donorMembers(value string) []string { return orgMembersAs(sharedGovernments(value), donorOf) }

// pluralGovernments are the words for governments in the plural, folded,
// after two nationalities ("the British and Dutch governments").
var pluralGovernments = map[string]bool{
	"governments": true, "gouvernements": true, "gobiernos": true, "governi": true,
	"regierungen": true, "regeringen": true, "governos": true,
}

// sharedGovernments writes "the British and Dutch governments" as "the
// British government, Dutch government": two nationalities sharing a word
// for government in the plural are two givers. So are two sharing a
// state's body in the singular, with an article before the second ("de
// Nederlandse en de Zweedse overheid").
func sharedGovernments(value string) string {
	ws := strings.Fields(value)
	for i := 0; i+3 < len(ws); i++ {
		a, and := lexicon.Fold(ws[i]), lexicon.Fold(ws[i+1])
		if _, ok := nationalities()[a]; !ok || !listAnd()[and] {
			continue
		}
		j := i + 2 // the second nationality
		// (An article of one language only, Dutch "de", is one here:
		// it stands between two adjectives of nationality.)
		if f := lexicon.Fold(ws[j]); (articleWords()[f] || len(ownArticles()[f]) > 0) && j+2 < len(ws) {
			j++
		}
		gov := strings.TrimRight(lexicon.Fold(ws[j+1]), ".,;:")
		if !pluralGovernments[gov] && !(j > i+2 && stateBodyWords()[gov]) {
			continue
		}
		if _, ok := nationalities()[lexicon.Fold(ws[j])]; !ok {
			continue
		}
		// (Punctuation after the plural stays: "governments, and by
		// Norway". A comma between the two: a list splits "… government
		// and … government" as one body's name.)
		tail := strings.TrimLeftFunc(ws[j+1], unicode.IsLetter)
		out := append(slices.Clone(ws[:i]), ws[i], "government,", ws[j], "government"+tail)
		return strings.Join(append(out, ws[j+2:]...), " ")
	}
	return value
}

// codeAttr is an XML attribute written out before a code's name, as pages
// that render IATI XML show it: 'code="4" Closed', "code 2 Implementation",
// "code ET Ethiopia".
var codeAttr = regexp.MustCompile(`^\s*(?:[a-z-]+="[^"]*"\s*|(?i:code)\s+[0-9A-Z][0-9A-Z-]{0,9}\s+)`)

// namesKnownGiver reports a line naming a giver dossier knows: a country,
// an organisation of the lexicon, a country's body ("Danemark (Fonds pour
// la paix …)"), or an amount with its giver.
func namesKnownGiver(line string) bool {
	if len(orgMentions(line)) > 0 {
		return true
	}
	for _, it := range normalize.SplitList(line) {
		if _, known := donorOf(it.Text); known {
			return true
		}
	}
	return false
}

// iatiOrgRef is an organisation's IATI identifier in brackets after its
// name: "(XI-IATI-EC_INTPA)", "(XM-DAC-41302)", "(GB-GOV-1)", "(SE-0)",
// or square ones as some viewers print it: "[FR-6]", "[FR-EF]".
var iatiOrgRef = regexp.MustCompile(`\s*(?:\(\s*[A-Z]{2}-(?:[A-Z0-9_]+-[A-Za-z0-9_.-]+|\d+)\s*\)|\[\s*[A-Z]{2}-(?:[A-Z0-9_]+-[A-Za-z0-9_.-]+|[A-Z0-9]+)\s*\])`)

// withoutOrgRefs drops the IATI identifiers after bodies' names; each
// ends its body ("Fundación Suelo Firme [XM-…] Woonkracht International
// [NL-KVK-…]" lists two).
func withoutOrgRefs(value string) string {
	if !strings.ContainsAny(value, "([") {
		return value
	}
	return strings.TrimRight(iatiOrgRef.ReplaceAllString(value, ";"), "; ")
}

func orgMembersAs(value string, orgOf func(string) (string, bool)) []string {
	type member struct {
		name  string
		known bool
		words int
	}
	var ms []member
	anyKnown := false
	prevUnit := false
	// ("European Union (XI-IATI-EC_INTPA)": a body's IATI identifier in
	// brackets is no second body.)
	value = withoutOrgRefs(value)
	for _, it := range normalize.SplitList(stripNotes(joinAfterNotes(knownAcronymsForNames(value, orgOf), false))) {
		// "Eastern Africa" is no giver, "UNODC Regional Office for
		// Eastern Africa" is.
		if it.Kind == "region" && !hasOrgWord(it.Text) {
			continue
		}
		// "…, via la GIZ": the body the money goes through.
		if hasCueAt(it.Text, "channel") {
			continue
		}
		name, known := orgOf(trimMemberEnd(it.Text))
		// "… et la fondation néerlandaise Stichting KustVerbond": the
		// words that describe a body before its name are none of it.
		if d := withoutDescriptor(name); !known && d != name {
			name, known = orgOf(d)
		}
		// "European Union, EUR Netherlands 7,250,000": a table's currency
		// column read into the giver's cell; a currency's code before a
		// body dossier knows is no part of its name.
		if code, rest, ok := strings.Cut(name, " "); !known && ok && normalize.IsCurrency(code) {
			if n, k := orgOf(rest); k {
				name, known = n, k
			}
		}
		if !known && isUnitWord(name) {
			continue
		}
		// "Classroom Bridges International (CBI), ONG": a word for a
		// kind of body alone says what the body before it is.
		if !known && descriptorWords()[lexicon.Fold(name)] {
			continue
		}
		// "Expertise France, the French public agency for …": a
		// description in apposition (an adjective of nationality, then
		// words in lower case) names no body of its own.
		if !known && describedByNationality(name) {
			continue
		}
		// "United Nations Office on Drugs and Crime (UNODC), Global
		// Maritime Crime Programme, Regional Office for West and Central
		// Africa": a body's parts after it are the body.
		if !known && anyKnown && unitOfBody(name) {
			continue
		}
		// "UNODC Regional Office for Eastern Africa, Nairobi",
		// "Fundación Litoral Vivo, San Salvador": a word or two in
		// capitals after a body is the town it sits in.
		// (A body's name given with its acronym is one too: "Humanitarian
		// Demining Alliance (HDA), Genf".)
		// (A semicolon ends a member: "Anholt Foundation; Bertil Trust"
		// are two bodies.)
		unit := hasOrgWord(it.Text) || acronymAfter(value, it.Text)
		if prevUnit && !known && !unit && townLike(name) && !afterSemicolon(value, it.Text) {
			prevUnit = false
			continue
		}
		prevUnit = unit
		ms = append(ms, member{name, known, len(strings.Fields(name))})
		anyKnown = anyKnown || known
	}
	var out []string
	seen := map[string]bool{}
	var valueBodies []orgMention // the known bodies value names, looked for once
	for _, m := range ms {
		// (An acronym in capitals is a body's name by its form: "dal
		// CSIP in consorzio con Expertise France".)
		if anyKnown && !m.known && m.words == 1 && !(capsWord(m.name) && len(m.name) >= 3 && distinctive(m.name)) {
			continue
		}
		// ("Direzione dello sviluppo e della cooperazione svizzera": a
		// piece the list's "and" cut from a known body's name is none.)
		if anyKnown && !m.known {
			if valueBodies == nil {
				valueBodies = orgMentions(value)
			}
			if insideLongerBody(value, m.name, valueBodies) {
				continue
			}
		}
		if plausibleName(m.name) && !seen[m.name] {
			seen[m.name] = true
			out = append(out, m.name)
		}
	}
	return out
}

// insideLongerBody reports a name that value writes inside a longer name
// of a body the lexicon knows (bodies, value's known bodies).
func insideLongerBody(value, name string, bodies []orgMention) bool {
	i := strings.Index(value, name)
	if i < 0 || name == "" {
		return false
	}
	for _, m := range bodies {
		if m.start <= i && m.end >= i+len(name) && m.end-m.start > len(name) {
			return true
		}
	}
	return false
}

// describedByNationality reports a phrase that opens on an adjective of
// nationality followed by a word in lower case: "French public agency".
func describedByNationality(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	_, nat := nationalities()[lexicon.Fold(ws[0])]
	return nat && !startsUpper(ws[1])
}

// acronymAfter reports whether name stands in value with an acronym in
// brackets after it: "Humanitarian Demining Alliance (HDA)".
func acronymAfter(value, name string) bool {
	i := strings.Index(value, name)
	if i < 0 || name == "" {
		return false
	}
	rest := strings.TrimLeft(value[i+len(name):], " ")
	inner, _, ok := strings.Cut(strings.TrimPrefix(rest, "("), ")")
	return ok && strings.HasPrefix(rest, "(") && acronymLike(inner)
}

// afterSemicolon reports whether member's first spelling in value follows a
// semicolon.
func afterSemicolon(value, member string) bool {
	i := strings.Index(value, member)
	return i > 0 && strings.HasSuffix(strings.TrimRight(value[:i], " "), ";")
}

// townLike reports a name of one or two words, each in capitals and
// none an acronym: "Nairobi", "San Salvador".
func townLike(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) || acronymLike(w) {
			return false
		}
	}
	return true
}

// isUnitWord reports a name that is one word ending in an organisation
// word of the lexicon: "Außenministerium", "Ministry".
func isUnitWord(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	f := lexicon.Fold(name)
	for w := range orgWords() {
		if strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}

// bracketWord is a word alone in brackets: "(AFD)".
var bracketWord = regexp.MustCompile(`\(([^()\s]{2,12})\)`)

// knownAcronymsForNames writes a list member whose name the lexicon does
// not know (by of, the list's way of naming a body) as its acronym in
// brackets where the lexicon knows that: "der Französischen
// Entwicklungsagentur (AFD)", an inflected name, is AFD. (A list drops a
// member's bracket before naming it.)
func knownAcronymsForNames(value string, of func(string) (string, bool)) string {
	if !strings.Contains(value, "(") {
		return value
	}
	var sb strings.Builder
	done := 0 // value up to here is written
	for _, l := range bracketWord.FindAllStringSubmatchIndex(value, -1) {
		acr := value[l[2]:l[3]]
		if !acronymLike(acr) {
			continue
		}
		if _, ok := normalize.KnownOrganisation(acr); !ok || !memberEndsAt(value[l[1]:]) {
			continue
		}
		// The member's name, back to the list's comma or the bracket
		// before; after a bracket, the next member opens on "and" and a
		// word for "by" ("(BMZ) e dalla Direzione dello sviluppo e della
		// cooperazione svizzera (DSC)").
		head := value[:l[0]]
		from := strings.LastIndexAny(head, ",;()") + 1
		name := strings.TrimSpace(head[from:])
		if w, rest, ok := strings.Cut(name, " "); ok && listAnd()[lexicon.Fold(w)] {
			name = rest
		}
		name = stripLeadingArticle(stripGivenBy(name))
		at := strings.LastIndex(head[from:], name) + from
		if name == "" || at < max(done, from) || len(strings.Fields(name)) > 8 {
			continue
		}
		// (A known name is kept, unless an "and" inside it would split
		// it and its acronym names the same body: "Direzione dello
		// sviluppo e della cooperazione svizzera (DSC)".)
		if body, known := of(name); known {
			if acrBody, _ := of(acr); acrBody != body || !hasListAnd(name) {
				continue
			}
		}
		// Not a member that opens on a known body ("der Europäischen
		// Union und der …"), nor one a known name runs into from before
		// the comma ("United Nations Educational, Scientific and
		// Cultural Organization (UNESCO)"). (Names are looked for in the
		// words just before the member: a long list is read once.)
		window := max(done, at-200)
		other := false
		for _, m := range orgMentions(head[window:]) {
			ms, me := m.start+window, m.end+window
			if ms < at && me > at || ms == at && me < at+len(name) && hasListAnd(name[me-at:]) {
				other = true
			}
		}
		if other {
			continue
		}
		sb.WriteString(value[done:at])
		sb.WriteString(acr)
		done = l[1]
	}
	if done == 0 {
		return value
	}
	sb.WriteString(value[done:])
	return sb.String()
}

// memberEndsAt reports the text after a list member: nothing, the list's
// punctuation or its "and" ("(BMEL) im Rahmen des BKP" goes on).
func memberEndsAt(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || strings.ContainsRune(",;.[", rune(rest[0])) {
		return true
	}
	return listAnd()[lexicon.Fold(leadingRun(rest))]
}

// hasListAnd reports a text with a word of the lexicon's list.and.
func hasListAnd(s string) bool {
	for _, w := range strings.Fields(s) {
		if listAnd()[lexicon.Fold(w)] {
			return true
		}
	}
	return false
}

// stripNotes removes bracketed notes that are not names: "European Union
// and Council of Europe (joint project)".
func stripNotes(s string) string {
	return parenthetical.ReplaceAllStringFunc(s, func(m string) string {
		if startsUpper(strings.Trim(m, "()")) && !strings.ContainsAny(m, "0123456789") {
			return m
		}
		return ""
	})
}

// splitPlain splits a plain list on commas and semicolons outside brackets.
func splitPlain(s string) []string { return splitOutsideBrackets(s, ",;\n") }

// splitOutsideBrackets splits s at any of seps that stands outside
// brackets, each item trimmed of spaces and a closing period; empty items
// are dropped.
func splitOutsideBrackets(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	flush := func(end int) {
		item := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[start:end]), "."))
		if item != "" {
			out = append(out, item)
		}
	}
	for i, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
		case depth == 0 && strings.ContainsRune(seps, r):
			flush(i)
			start = i + utf8.RuneLen(r)
		}
	}
	flush(len(s))
	return out
}

// splitGroups splits a list of groups of people: on commas, and on the last
// "and" of the list ("… executive powers and private sector
// representatives"); a lone adjective joins the group after it
// ("legislative, judicial and executive powers").
func splitGroups(s string) []string {
	items := splitPlain(s)
	if n := len(items); n > 1 {
		last := items[n-1]
		if i := strings.LastIndex(last, " and "); i > 0 && strings.Contains(last[:i], " and ") {
			items = append(items[:n-1], last[:i], last[i+len(" and "):])
		}
	}
	var out []string
	for i := 0; i < len(items); i++ {
		it := items[i]
		if !strings.Contains(it, " ") && i+1 < len(items) && strings.ToLower(it) == it && strings.HasSuffix(it, "ive") {
			items[i+1] = it + ", " + items[i+1]
			continue
		}
		out = append(out, it)
	}
	return out
}

func trimItem(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "•▪◦●‣→*–-"))
	return strings.TrimSpace(strings.TrimRight(s, ";.:"))
}

// collapse is normalize.CollapseSpace, by a short name for its many uses
// here.
func collapse(s string) string {
	return normalize.CollapseSpace(s)
}

// add records a fact about the project the text at hand is about.
func (x *extractor) add(b dossier.Block, field string, v dossier.Value, raw, quote, extractor string) {
	x.addScoped(b, field, v, raw, quote, extractor, "")
}

// nameLeads reports a name that opens a project's longer name before a
// dash or colon: "Vaironga" in "Vaironga – Impaktbasierte Wetter- und
// Klimadienste" is the project's short name ("Die GIZ setzt Vaironga …
// um"), no body.
func nameLeads(project, name string) bool {
	name = strings.TrimSpace(name)
	rest, ok := strings.CutPrefix(project, name)
	if name == "" || !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")
}

func (x *extractor) addScoped(b dossier.Block, field string, v dossier.Value, raw, quote, extractor, scope string) {
	x.addFor(x.current, b, field, v, raw, quote, extractor, scope)
}

func (x *extractor) addFor(pk string, b dossier.Block, field string, v dossier.Value, raw, quote, extractor, scope string) {
	if pk == "" && field == dossier.FieldContacts {
		pk = pageKey
	}
	if x.mainByPhaseWords && pk == x.mainKey && field == dossier.FieldAliases {
		return
	}
	if pk == "" {
		return
	}
	// "GBP 8.5 million¹": a note's mark left beside an amount, no letter
	// in it, names no giver nor body.
	if (field == dossier.FieldDonors || field == dossier.FieldImplementer) && lexicon.Fold(v.Text) == "" ||
		field == dossier.FieldContributions && v.Contribution != nil && lexicon.Fold(v.Contribution.Donor) == "" {
		return
	}
	// A project never gives to or carries out itself, nor another of the
	// document's projects ("le financement du PAFIP").
	// (A body dossier knows by that name is never a project, though a
	// page's banner may have made it one: "UNODC · Justice and Integrity
	// Programmes".)
	if (field == dossier.FieldDonors || field == dossier.FieldImplementer) && (x.names.spelling[projectKey(v.Text)] != nil || nameLeads(x.names.canonical(pk), v.Text)) && !knownBody(v.Text) {
		return
	}
	// "Grâce au soutien financier de la Suède, AQUAPOLE forme des
	// garde-côtes": the project's name and a verb after a list's comma
	// are the sentence going on, not a body.
	if field == dossier.FieldDonors || field == dossier.FieldImplementer {
		if name, rest, ok := strings.Cut(strings.TrimSpace(v.Text), " "); ok && x.names.spelling[projectKey(name)] != nil && startsLower(rest) && !knownBody(v.Text) {
			return
		}
	}
	// A person carries nothing out and gives nothing as a body does: "It
	// is coordinated by Dr Jane Smith", "sotto la guida del professor …"
	// (a title of the lexicon's person.title before the name).
	if field == dossier.FieldDonors || field == dossier.FieldImplementer {
		if first, _, ok := strings.Cut(strings.TrimSpace(v.Text), " "); ok && personTitles()[lexicon.Fold(strings.TrimSuffix(first, "."))] {
			return
		}
	}
	// "a ONG italiana que implementa o projecto": words that only
	// describe a body (its kind, its nation) name none.
	if (field == dossier.FieldDonors || field == dossier.FieldImplementer) && descriptorOnly(v.Text) {
		return
	}
	// A country alone carries out nothing ("… helps Kenya, Rwanda and
	// Uganda", "a programme office in Accra, Ghana"); its government or
	// a ministry may ("Government of Mozambique").
	if field == dossier.FieldImplementer && !hasOrgWord(raw) {
		if _, ok := normalize.CountryCode(v.Text); ok {
			return
		}
	}
	// "Its budget amounts to EUR 9.5" (the scale on the next column's
	// first line), "USD 3.8" in a cell cut before "million": no project
	// costs less than a thousand, so such a figure is a cut one.
	if tooSmall(field, v) {
		return
	}
	// "Gesamtvolumen", "Kofinanzierung", "Contribution": a label's words
	// taken for a giver name none.
	if giver := giverOfValue(field, v); giver != "" && lookupLabel(giver+":") != labelNone && !isCountry(giver) && !knownBody(giver) {
		return
	}
	// "Gasto acumulado: 2,7 millones de euros (45 % del presupuesto)",
	// "9,4 M€, soit 52 % du budget": a figure that is a share of the
	// budget is no budget.
	if field == dossier.FieldBudget && (shareOfBudgetAfter(quote, raw) || spentBefore(quote, raw)) {
		return
	}
	key := pk + "\x00" + field + "\x00" + v.Key() + "\x00" + scope
	if x.seen[key] {
		return
	}
	x.seen[key] = true
	// A sentence is quoted whole; a long list cell around its member,
	// cut before it is collapsed, so 10,000 members of one cell cost
	// 10,000 short quotes, not 10,000 copies of the cell.
	if !strings.HasPrefix(extractor, "prose:") && len(quote) > maxListQuote {
		// Members come in order: look for this one after the last.
		from := 0
		if quote == x.lastCell {
			from = x.lastCellPos
		}
		x.lastCell = quote
		quote, x.lastCellPos = memberQuote(quote, strings.TrimSpace(raw), from)
	}
	quote = collapse(quote)
	x.factRoles = append(x.factRoles, b.Role)
	x.facts = append(x.facts, dossier.Fact{
		Document:  x.doc.ID,
		Project:   x.names.canonical(pk),
		Field:     field,
		Value:     v,
		Raw:       collapse(raw),
		Page:      b.Page,
		Quote:     quote,
		Extractor: extractor,
		Scope:     scope,
	})
}

// withoutGluedNoteMark drops a footnote's number a PDF's text glues to
// a giver's name ("União Europeia1", "Norway2"), where the name without
// it is a body or country dossier knows: a small letter, then one or two
// digits ("G20" keeps its own).
func withoutGluedNoteMark(value string) string {
	t := strings.TrimSpace(value)
	i := len(t)
	for i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
		i--
	}
	if i == len(t) || len(t)-i > 2 || i == 0 {
		return value
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:i]); !unicode.IsLower(r) {
		return value
	}
	if name := t[:i]; knownBody(name) || isCountry(name) {
		return name
	}
	return value
}

// lawWords holds the lexicon's organisation.law words, folded.
var lawWords = foldedSet("organisation", "law")

// descriptorOnly reports a name made only of words that describe a body
// (organisation.descriptor), nationalities and articles: "ONG italiana",
// "the German agency".
func descriptorOnly(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	described := false
	for _, w := range ws {
		f := lexicon.Fold(strings.Trim(w, ",.;:"))
		// ("una ONG italiana": an indefinite article too.)
		// ("ONG de droit français": the law it is constituted under.)
		if _, ok := nationalities()[f]; ok || articleWords()[f] || len(indefiniteArticles()[f]) > 0 || lawWords()[f] || ofWords()[f] && described {
			continue
		}
		if !descriptorWords()[f] {
			return false
		}
		described = true
	}
	return described
}

// dropContinents drops a project's continent among its regions where the
// document gives it a narrower region too: "Africa" beside "Sahel" is
// the frame of a donor's report, not where the project works.
func (x *extractor) dropContinents() {
	// (A continent listed with other regions in one sentence is one of
	// several alike: "África, Asia-Pacífico y América Latina".)
	type projectQuote struct{ project, quote string }
	narrower, listed := map[string]bool{}, map[projectQuote]bool{}
	for _, f := range x.facts {
		if f.Field == dossier.FieldRegions && !continents()[lexicon.Fold(f.Value.String())] {
			narrower[f.Project] = true
			listed[projectQuote{f.Project, f.Quote}] = true
		}
	}
	if len(narrower) == 0 {
		return
	}
	kept := x.facts[:0]
	for _, f := range x.facts {
		if f.Field == dossier.FieldRegions && narrower[f.Project] && !listed[projectQuote{f.Project, f.Quote}] && continents()[lexicon.Fold(f.Value.String())] {
			continue
		}
		kept = append(kept, f)
	}
	x.facts = kept
}

// dropCoarseDates drops a project's start or end the headline (the
// title, the first heading) gives that the document's text gives again
// more precisely: "CLEAR-Path wird bis
// Ende 2025 verlängert" over "bis zum 31. Dezember 2025" in the text are
// one end, the text's, as a reader records it.
func (x *extractor) dropCoarseDates() {
	type key struct{ project, field, scope string }
	// (The headline only: a section's heading, "2.1 Fiskalni Most
	// (2019–2022)", heads the section's own period.)
	headlines := map[string]bool{}
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading {
			headlines[collapse(b.Text)] = true
			break
		}
	}
	// "ValorMun II verlengd tot eind 2025" under a publisher's name and
	// "PERSBERICHT": the heading over the text's first paragraph of
	// some length is the headline too.
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleParagraph && len(strings.Fields(b.Text)) >= 12 {
			headlines[collapse(b.Section)] = true
			break
		}
	}
	// (No title, no headline: an empty quote is none.)
	headlines[collapse(x.doc.Title)] = true
	delete(headlines, "")
	dated := func(f dossier.Fact) bool {
		return (f.Field == dossier.FieldStart || f.Field == dossier.FieldEnd) && f.Value.Date != nil
	}
	dates := map[key][]dossier.Date{}
	for _, f := range x.facts {
		if dated(f) {
			k := key{f.Project, f.Field, f.Scope}
			dates[k] = append(dates[k], *f.Value.Date)
		}
	}
	kept := x.facts[:0]
	for _, f := range x.facts {
		if dated(f) && headlines[collapse(f.Quote)] && slices.ContainsFunc(dates[key{f.Project, f.Field, f.Scope}], func(e dossier.Date) bool {
			return precisionRank(e.Precision) > precisionRank(f.Value.Date.Precision) && f.Value.Date.Contains(e)
		}) {
			continue
		}
		kept = append(kept, f)
	}
	x.facts = kept
}

// precisionRank orders a date's precisions, coarsest first.
func precisionRank(p dossier.Precision) int {
	switch p {
	case dossier.PrecisionDay:
		return 2
	case dossier.PrecisionMonth:
		return 1
	}
	return 0
}

// continents are the lexicon's region.continent names, folded.
var continents = foldedSet("region", "continent")

// numberedTitleStart is a section's number and its point opening a line:
// "1. ", "2.3. ".
var numberedTitleStart = regexp.MustCompile(`^\d+(?:\.\d+)*\.\s`)

// statusBadges reads a card's badge: a paragraph that is a status alone
// ("COMPLETED", "ONGOING", "En cours"), next to the heading of a
// project's card, is that project's status. Right before the heading it
// tops the card; right after it, it follows the name. (One between two
// projects' headings tells neither.)
func (x *extractor) statusBadges() {
	blocks := x.doc.Blocks
	keyAt := func(i int) string {
		if i < 0 || i >= len(blocks) || i >= len(x.sectionKeys) || blocks[i].Role != dossier.RoleHeading {
			return ""
		}
		return x.sectionKeys[i]
	}
	for i, b := range blocks {
		// ("1. Identificación": a numbered section's title; "2 ·
		// Implementation" is a status's code and name.)
		if b.Role != dossier.RoleParagraph || len(strings.Fields(b.Text)) > 3 || numberedTitleStart.MatchString(collapse(b.Text)) {
			continue
		}
		st, ok := normalize.Status(collapse(b.Text))
		if !ok {
			continue
		}
		// ("Uitvoering", "Implementation" label a body too: as a line
		// of its own with its value after it, it is a label.)
		if k := lookupLabel(b.Text); k != labelNone && k != labelStatus && (i+1 >= len(blocks) || blocks[i+1].Role != dossier.RoleHeading) {
			continue
		}
		before, after := keyAt(i-1), keyAt(i+1)
		switch {
		case after != "" && before == "":
			x.addFor(after, b, dossier.FieldStatus, dossier.TextValue(st), collapse(b.Text), collapse(b.Text), "card:status", "")
		case before != "" && after == "":
			x.addFor(before, b, dossier.FieldStatus, dossier.TextValue(st), collapse(b.Text), collapse(b.Text), "card:status", "")
		}
	}
}

// finish settles the document's facts: project names take the spelling
// the document uses most, projects named only in passing (a predecessor
// mentioned once) lose their facts, every project described gets its title
// and the other spellings as aliases, and page-level contacts go to each
// project the document describes.
func (x *extractor) finish() {
	if x.trap {
		x.facts = nil
		return
	}
	x.statusBadges()
	for i := range x.facts {
		x.facts[i].Project = x.names.canonical(projectKey(x.facts[i].Project))
	}
	x.localDollars()
	x.settleGiven()
	x.donorRecord()
	x.publisherBudget()
	x.runningAhead()
	x.giverRecord()
	x.dropGiverCountries()
	x.dropContinents()
	x.dropCoarseDates()
	x.dropIncrements()
	x.dropParts()
	described := map[string]bool{}
	site := lexicon.Fold(x.doc.Meta[dossier.MetaSite])
	siteInitials := initialsOf(x.doc.Meta[dossier.MetaSite])
	for _, f := range x.facts {
		switch f.Field {
		case dossier.FieldPredecessor, dossier.FieldSuccessor, dossier.FieldContacts, dossier.FieldHistory, dossier.FieldAliases, dossier.FieldTitle:
		default:
			// The site's own name ("Pacific Island Post" over a news
			// item, and after the headline in the page's title) is the
			// publisher's, never a project's.
			// ("LFPF" on the site of the Landscape Fire Partnership
			// Facility: the site's name by its initials.)
			if site != "" && (lexicon.Fold(x.names.canonical(projectKey(f.Project))) == site || siteInitials != "" && x.names.canonical(projectKey(f.Project)) == siteInitials) {
				continue
			}
			// "… the Global Maritime Crime Programme continued off the
			// Somali coast": where a project named in passing works
			// does not make the document describe it.
			// (Nor a giver's adjective before it: "like the
			// Dutch-funded VALORMUN II".)
			// (Nor a status before its name: "het afgeronde SafeCorridor".)
			if (f.Extractor == "prose:regions" || f.Extractor == "prose:donor_adjective" || f.Extractor == "prose:status_before") && projectKey(f.Project) != x.mainKey {
				continue
			}
			// (Nor does a heading's region over a section that says
			// nothing else of a project: "2. Caucaso meridionale" over
			// "Risultati 2023".)
			if f.Extractor == "heading:regions" {
				continue
			}
			described[projectKey(f.Project)] = true
		}
	}
	x.dropAnnouncedFollowUp(described)
	// Contacts are the page's: those read outside any project's text
	// (pageKey) go to every project the document describes, like the
	// others.
	var contacts []dossier.Fact
	for _, f := range x.facts {
		if f.Field == dossier.FieldContacts {
			contacts = append(contacts, f)
		}
	}
	kept := x.facts[:0]
	for _, f := range x.facts {
		if described[projectKey(f.Project)] {
			kept = append(kept, f)
		}
	}
	x.facts = kept
	for _, k := range x.names.order {
		if !described[k] {
			continue
		}
		for _, c := range contacts {
			x.addFor(k, x.blockAt(c), c.Field, c.Value, c.Raw, c.Quote, c.Extractor, c.Scope)
		}
		name := x.names.canonical(k)
		if b, quote, ok := x.firstNaming(k, name, true); ok {
			x.addFor(k, b, dossier.FieldTitle, dossier.TextValue(name), name, quote, "names:title", "")
			x.nameCountries(k, b, name, quote)
		}
		x.statusFromDates(k)
		x.authorImplements(k)
		alias := x.sectionAliases[k]
		if k == x.mainKey && x.subjectAlias == "" {
			x.subjectAlias = x.titleAlias(k)
		}
		if k == x.mainKey && x.subjectAlias != "" {
			alias = x.subjectAlias
		}
		// "BRIDGEWATER: clean water for border towns": a tagline in lower
		// case is no other name, nor is a phase ("PORTREC (Phase I)",
		// "PORTREC-II – Phase II at a glance").
		if alias != "" && startsUpper(alias) && !phaseWords()[lexicon.Fold(strings.Fields(alias)[0])] {
			if b, quote, ok := x.firstNaming(k, alias, true); ok {
				x.addFor(k, b, dossier.FieldAliases, dossier.TextValue(alias), alias, quote, "names:alias", "")
			}
		}
		if k == x.mainKey && x.crumbAt >= 0 && len(x.crumbNames) > 0 {
			b := x.doc.Blocks[x.crumbAt]
			for _, n := range x.crumbNames {
				x.addFor(k, b, dossier.FieldAliases, dossier.TextValue(n), n, collapse(b.Text), "names:crumb", "")
			}
		}
		for _, v := range x.names.variants(k) {
			if b, quote, ok := x.firstNaming(k, v, false); ok {
				x.addFor(k, b, dossier.FieldAliases, dossier.TextValue(v), v, quote, "names:alias", "")
			}
		}
		// "GRIDWISE Southern Africa" is GRIDWISE too, as other pages
		// call it: the acronym names the project without its place.
		if short := acronymWithoutPlace(name); short != "" {
			if b, quote, ok := x.firstNaming(k, name, true); ok {
				x.addFor(k, b, dossier.FieldAliases, dossier.TextValue(short), name, quote, "names:short", "")
			}
		}
	}
}

// dropAnnouncedFollowUp leaves out of described the follow-up of the
// document's project that one sentence only speaks of, with two facts at
// most ("A second phase, MobiReg II, is in preparation", "… a follow-up
// phase to start in January 2022"): a page on the first phase names the
// next in passing, it does not describe it. (A sentence that gives the
// follow-up's budget, givers, implementer and dates describes it.)
func (x *extractor) dropAnnouncedFollowUp(described map[string]bool) {
	if x.mainKey == "" {
		return
	}
	for k := range described {
		if k == x.mainKey || projectKey(earlierPhaseName(x.names.canonical(k))) != x.mainKey || x.headingNames(k) {
			continue
		}
		quote, n, one := "", 0, true
		for _, f := range x.facts {
			if projectKey(f.Project) != k || !slices.Contains(dossier.ContractFields, f.Field) {
				continue
			}
			if quote != "" && f.Quote != quote {
				one = false
				break
			}
			quote = f.Quote
			n++
		}
		if one && n <= 2 {
			described[k] = false
		}
	}
}

// headingNames reports whether the document's title or a heading writes
// a spelling of project k ("Sahel: da AGRIDATA ad AGRIDATA+").
func (x *extractor) headingNames(k string) bool {
	for sp := range x.names.spelling[k] {
		if strings.Contains(x.doc.Title, sp) {
			return true
		}
		for _, b := range x.doc.Blocks {
			if b.Role == dossier.RoleHeading && strings.Contains(b.Text, sp) {
				return true
			}
		}
	}
	return false
}

// dropGiverCountries drops the countries a sentence seemed to place a
// project in that the document gives as the project's givers elsewhere
// ("We are proud to work with UNICEF, the Netherlands and Norway" after
// "… the Netherlands and Norway, which have funded VAXTRAIL"): a giver is
// not where its aid goes. A label's or a table's countries stay.
func (x *extractor) dropGiverCountries() {
	givers := map[string]map[string]bool{}
	for _, f := range x.facts {
		name := ""
		switch {
		case f.Field == dossier.FieldDonors:
			name = f.Value.Text
		case f.Field == dossier.FieldContributions && f.Value.Contribution != nil:
			name = f.Value.Contribution.Donor
		}
		if name == "" {
			continue
		}
		if code, ok := normalize.CountryCode(name); ok {
			if givers[f.Project] == nil {
				givers[f.Project] = map[string]bool{}
			}
			givers[f.Project][code] = true
		}
	}
	if len(givers) == 0 {
		return
	}
	x.dropFacts(func(f dossier.Fact) bool {
		return f.Field == dossier.FieldCountries && strings.HasPrefix(f.Extractor, "prose:") && givers[f.Project][f.Value.Text]
	})
}

// titleAlias returns the other name the document's title or first
// heading gives beside the project's ("PATRIMONIA – Programa Regional de
// Lucha contra el Tráfico Ilícito de Bienes Culturales"), when the main
// project was found another way (the page's title naming it).
func (x *extractor) titleAlias(k string) string {
	for _, t := range x.titleCandidates() {
		// Only a title in parts gives another name (a cheap test first).
		if !strings.ContainsAny(t, "|–—·»/:(-") {
			continue
		}
		if name, alias, _ := subjectNameAt(t); alias != "" && projectKey(name) == k {
			return alias
		}
	}
	return ""
}

// acronymWithoutPlace returns the name an acronym and a place make
// without the place ("GRIDWISE Southern Africa" → "GRIDWISE", "E-PROOF
// Andes II" → "E-PROOF II"), or "".
func acronymWithoutPlace(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || !acronymLike(ws[0]) || !distinctive(ws[0]) {
		return ""
	}
	rest, num := ws[1:], ""
	if n := len(rest); n > 1 && followUpNumber(rest[n-1]) {
		rest, num = rest[:n-1], " "+rest[n-1]
	}
	if p := placeAtStart(rest); p == "" || len(strings.Fields(p)) != len(rest) {
		return ""
	}
	return ws[0] + num
}

// donorRecord reads a giver's own record of its contribution to a
// programme (an aid-transparency page: "Reporting organisation: Ministry
// of Foreign Affairs", "Beitrag zum Programm …"), whose running text gives
// the programme's period and whose fields give the giver's: where the
// fields' start differs from the text's, the fields' dates are the
// giver's funding window and their budget the giver's contribution.
func (x *extractor) donorRecord() {
	if x.mainKey == "" || len(x.factRoles) != len(x.facts) {
		return
	}
	giver := x.publisher()
	if giver == "" {
		return
	}
	main := x.names.canonical(x.mainKey)
	field := func(i int) bool { return x.factRoles[i] == dossier.RolePair || x.factRoles[i] == dossier.RoleRow }
	// The programme's period as its running text gives it, and the
	// window the fields give.
	var text, fields [2][]dossier.Date
	for i, f := range x.facts {
		end := f.Field == dossier.FieldEnd
		if f.Project != main || f.Field != dossier.FieldStart && !end || f.Scope != "" || f.Value.Date == nil {
			continue
		}
		at := 0
		if end {
			at = 1
		}
		if field(i) {
			fields[at] = append(fields[at], *f.Value.Date)
		} else if strings.HasPrefix(f.Extractor, "prose:") || strings.HasPrefix(f.Extractor, "range:") {
			text[at] = append(text[at], *f.Value.Date)
		}
	}
	// The fields give the giver's window only where it is not the
	// programme's period in another form ("1 July 2019" of "July 2019",
	// with no end that disagrees) and opens after the programme does or
	// with it: a giver joins a programme that has begun.
	sameForm := func(as, bs []dossier.Date) bool {
		for _, a := range as {
			for _, b := range bs {
				if dossier.SameDate(a, b) {
					return true
				}
			}
		}
		return false
	}
	differs := false
	for _, fd := range fields[0] {
		for _, td := range text[0] {
			if fd == td {
				return
			}
			differs = differs || td.Before(fd) || dossier.SameDate(fd, td)
		}
	}
	endsAgree := len(text[1]) == 0 || len(fields[1]) == 0 || sameForm(text[1], fields[1])
	if !differs || sameForm(text[0], fields[0]) && endsAgree {
		return
	}
	scope := "funding:" + giver
	var added []dossier.Fact
	for i := range x.facts {
		f := &x.facts[i]
		if f.Project != main || !field(i) || f.Scope != "" {
			continue
		}
		switch f.Field {
		case dossier.FieldStart, dossier.FieldEnd, dossier.FieldDurationMonths:
			f.Scope = scope
		case dossier.FieldBudget:
			// The giver's budget for its part is its contribution.
			m := f.Value.Money
			if m == nil {
				continue
			}
			c := dossier.Contribution{Donor: giver, Amount: m.Amount, Currency: m.Currency}
			if m.Currency == "EUR" {
				a := m.Amount
				c.EUREquivalent = &a
			}
			f.Field, f.Value = dossier.FieldContributions, dossier.ContributionValue(c)
			donor := *f
			donor.Field, donor.Value, donor.Raw = dossier.FieldDonors, dossier.TextValue(giver), giver
			added = append(added, donor)
		}
	}
	for _, f := range added {
		key := x.mainKey + "\x00" + f.Field + "\x00" + f.Value.Key() + "\x00"
		if !x.seen[key] {
			x.seen[key] = true
			x.facts = append(x.facts, f)
			x.factRoles = append(x.factRoles, dossier.RolePair)
		}
	}
}

// givenBudget marks a budget read from an amount a giver agreed to give
// ("Toegezegd bedrag") before the page named the giver.
const givenBudget = "pair:given-budget"

// settleGiven makes the amounts a giver agreed to give, read as budgets
// where the fields above them named no giver ("Toegezegd bedrag" over
// "Financier"), that giver's contributions once the page is read.
func (x *extractor) settleGiven() {
	if len(x.factRoles) != len(x.facts) {
		return
	}
	giver := ""
	for i := range x.facts {
		f := &x.facts[i]
		if f.Extractor != givenBudget || f.Value.Money == nil {
			continue
		}
		if giver == "" {
			if giver = x.givingPublisher(); giver == "" {
				return
			}
		}
		// (Read again from the figure as written: "12 000 000,00 $"
		// of a Canadian giver is its dollars, "(≈ 1.300.000 €)" its
		// equivalent.)
		m := f.Value.Money
		c := dossier.Contribution{Donor: giver, Amount: m.Amount, Currency: m.Currency}
		if m.Currency == "EUR" {
			a := m.Amount
			c.EUREquivalent = &a
		}
		if ms := normalize.FindMoney(f.Raw); len(ms) == 1 && ms[0].Money.Amount == m.Amount {
			c = contributionOfMoney(giver, ms[0])
		}
		donor, given := *f, *f
		given.Field, given.Value, given.Extractor = dossier.FieldContributions, dossier.ContributionValue(c), "pair:given"
		donor.Field, donor.Value, donor.Raw, donor.Extractor = dossier.FieldDonors, dossier.TextValue(giver), giver, "pair:given"
		// A sole giver's amount is the budget too ("Total commitment"
		// of the one funder an activity names); beside other givers it
		// is its share only.
		if x.otherGiver(f.Project, giver) {
			*f = given
		} else {
			// (In the giver's currency: its bare dollars are its own.)
			m := *f.Value.Money
			m.Currency = c.Currency
			f.Value, f.Extractor = dossier.MoneyValue(m), "pair:given"
			x.appendFact(given)
		}
		x.appendFact(donor)
	}
}

// otherGiver reports whether the page names a giver of the project other
// than giver.
func (x *extractor) otherGiver(project, giver string) bool {
	for _, f := range x.facts {
		if f.Project == project && f.Field == dossier.FieldDonors && f.Value.Text != giver {
			return true
		}
	}
	return slices.ContainsFunc(slices.Collect(maps.Keys(x.coFunders())), func(d string) bool { return d != giver })
}

// appendFact adds a fact settled once the page is read, as a field's,
// unless the project has it already.
func (x *extractor) appendFact(f dossier.Fact) {
	key := projectKey(f.Project) + "\x00" + f.Field + "\x00" + f.Value.Key() + "\x00"
	if !x.seen[key] {
		x.seen[key] = true
		x.facts = append(x.facts, f)
		x.factRoles = append(x.factRoles, dossier.RolePair)
	}
}

// publisher is the giver a page is the record of: the one its
// "Reporting organisation" field names, when that is a giver (a country's
// ministry or agency, a funding body), else the one giver its fields name.
func (x *extractor) publisher() string {
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RolePair && lookupLabel(b.Label+":") == labelReporting {
			if d, known := donorOf(b.Text); known && !x.isImplementer(d) {
				return d
			}
			return ""
		}
	}
	// ("Medefinanciers | Europese Unie", "Co-financing | BMZ": the
	// record's other givers are not its publisher.)
	co := x.coFunders()
	giver := ""
	for i, f := range x.facts {
		if f.Field != dossier.FieldDonors || x.factRoles[i] != dossier.RolePair || co[f.Value.Text] {
			continue
		}
		if giver != "" && giver != f.Value.Text {
			return ""
		}
		giver = f.Value.Text
	}
	return giver
}

// givingPublisher is publisher for an amount a giver agreed to give
// ("Agreed amount"): where the record's fields name no giver of its own,
// the one its site's name gives ("Swedish Development Cooperation
// Data").
func (x *extractor) givingPublisher() string {
	if p := x.publisher(); p != "" {
		return p
	}
	if site := x.doc.Meta[dossier.MetaSite]; site != "" {
		if d, known := donorOf(site); known && !x.coFunders()[d] {
			return d
		}
	}
	return ""
}

// coFunders returns the givers a record's fields of other givers name
// (funding.co: "Medefinanciers", "Co-financing").
func (x *extractor) coFunders() map[string]bool {
	if x.coFunding != nil {
		return x.coFunding
	}
	out := map[string]bool{}
	x.coFunding = out
	for _, b := range x.doc.Blocks {
		if b.Role != dossier.RolePair || !coFundingKind(lookupLabel(b.Label)) || !coFundingLabel(b.Label) {
			continue
		}
		for _, o := range orgMentions(b.Text) {
			if d, known := donorOf(o.name); known {
				out[d] = true
			}
		}
	}
	return out
}

// coFundingKind reports the kinds a label of co-funders may read as: a
// label of funding ("Co-financing") or none the lexicon knows ("Outros
// financiadores do programa").
func coFundingKind(k labelKind) bool { return k == labelFunding || k == labelNone }

// coFundingLabel reports a label that names a record's other givers
// (funding.co: "Medefinanciers", "Outros financiadores do programa").
func coFundingLabel(label string) bool {
	ws := words(label)
	for i := range ws {
		if phraseAt(ws, i, coFundingIndex()) > 0 {
			return true
		}
	}
	return false
}

// coFundingIndex holds the funding.co phrases as folded words.
var coFundingIndex = sync.OnceValue(func() phraseIndex {
	var ps [][]string
	for _, p := range lexicon.FoldedPhrases("funding", "co") {
		ps = append(ps, strings.Fields(p))
	}
	return indexPhrases(ps)
})

// authorImplements records, for a project the document names no
// implementer of, the body the document speaks for: "World Health
// Organization, Regional Office for Africa" under a progress report's
// title runs the programmes the report is on. Only a body that runs
// projects: not a country, its agency or the European Union, which give.
func (x *extractor) authorImplements(k string) {
	for _, f := range x.facts {
		if f.Field == dossier.FieldImplementer && projectKey(f.Project) == k {
			return
		}
	}
	// (A report only: a job advert or an event page names its
	// publisher's projects in passing.)
	org, b, quote := x.authorOrg()
	if org != "" && x.reportHead() {
		x.addFor(k, b, dossier.FieldImplementer, dossier.TextValue(org), org, quote, "author:implementer", "")
	}
}

// authorOrg returns the one body that runs projects named in the
// document's head (its title, its site's name, its blocks before the
// first that names a project), with where it is named; "" when none or
// several are.
func (x *extractor) authorOrg() (string, dossier.Block, string) {
	if x.speaksFor != nil {
		return x.speaksFor.org, x.speaksFor.block, x.speaksFor.quote
	}
	x.speaksFor = &authorBody{}
	var found []authorBody
	look := func(b dossier.Block, text string) {
		for _, o := range orgMentions(text) {
			d, known := donorOf(o.name)
			if !known || d != o.name || d == "European Union" || isCountry(d) {
				continue
			}
			// The body heads its line, or a unit's name of a few words
			// does ("Cybercrime Programme Office of the Council of
			// Europe"): "BREAKING: Cedi steadies ahead of IMF review" is
			// a ticker's news.
			if before := text[:o.start]; len(strings.Fields(before)) > 6 || strings.ContainsAny(before, ":;.!?") {
				continue
			}
			if !slices.ContainsFunc(found, func(a authorBody) bool { return a.org == d }) {
				found = append(found, authorBody{org: d, block: b, quote: collapse(text)})
			}
		}
	}
	look(dossier.Block{}, x.doc.Meta[dossier.MetaSite])
	for i, b := range x.doc.Blocks {
		if i >= 8 || len(x.findMentions(b.Text)) > 0 {
			break
		}
		if b.Role == dossier.RoleHeading || b.Role == dossier.RoleMargin || b.Role == dossier.RoleParagraph && len(b.Text) < 200 {
			look(b, b.Text)
		}
	}
	if len(found) == 1 {
		*x.speaksFor = found[0]
	}
	return x.speaksFor.org, x.speaksFor.block, x.speaksFor.quote
}

// reportHead reports a document whose title or a heading among its first
// blocks calls it a report (lexicon page.report: "Progress Report 2022",
// "Memoria de actividades 2021", "Jahresbericht").
func (x *extractor) reportHead() bool {
	return onceBool(&x.report, x.reportHeadUncached)
}

// onceBool answers f once per document: state is 0 while unknown, then 1
// for yes and 2 for no.
func onceBool(state *int, f func() bool) bool {
	if *state == 0 {
		*state = 2
		if f() {
			*state = 1
		}
	}
	return *state == 1
}

func (x *extractor) reportHeadUncached() bool {
	heads := []string{x.doc.Title}
	for i, b := range x.doc.Blocks {
		if i >= 8 {
			break
		}
		if b.Role == dossier.RoleHeading || b.Role == dossier.RoleMargin {
			heads = append(heads, b.Text)
		}
	}
	for _, h := range heads {
		for _, part := range titleParts.Split(collapse(h), -1) {
			if reportPart(part) {
				return true
			}
		}
	}
	return false
}

// portfolioHead reports a document whose title or first headings call it
// a report or a list of projects (lexicon page.portfolio: "…
// portfolio – selected programmes", "Projektübersicht").
func (x *extractor) portfolioHead() bool {
	return onceBool(&x.portfolio, x.portfolioHeadUncached)
}

func (x *extractor) portfolioHeadUncached() bool {
	if x.reportHead() {
		return true
	}
	heads := []string{x.doc.Title}
	for i, b := range x.doc.Blocks {
		if i >= 8 {
			break
		}
		if b.Role == dossier.RoleHeading {
			heads = append(heads, b.Text)
		}
	}
	for _, h := range heads {
		for _, part := range titleParts.Split(collapse(h), -1) {
			ws := strings.Fields(lexicon.Fold(part))
			for n := 1; n <= min(3, len(ws)); n++ {
				if portfolioWords()[strings.Join(ws[len(ws)-n:], " ")] || portfolioWords()[strings.Join(ws[:n], " ")] {
					return true
				}
			}
			// "Nos résultats : les programmes que nous suivons", "Unsere
			// Projekte": a word for project in the plural heads a list.
			for _, w := range ws {
				if projectWordForm(w) && !projectWordSet()[w] {
					return true
				}
			}
		}
	}
	return false
}

// portfolioWords are the lexicon's page.portfolio phrases, folded.
var portfolioWords = foldedSet("page", "portfolio")

// titleParts splits a heading at the marks that set its parts apart.
var titleParts = regexp.MustCompile(`\s+[–—|·:-]\s+|:\s+`)

// authorBody is what authorOrg found.
type authorBody struct {
	org   string
	block dossier.Block
	quote string
}

// statusFromDates records where the document stands in a project's
// period when its running text gives the period but no status: "runs
// until September 2025", read in 2023, says the project is ongoing;
// "closed on 31 January 2023", read later, that it is completed; a start
// after the document's date, that it is planned. A period in a label/value
// layout is left alone: a sheet states its status when it has one. A
// start given with a word of running since ("läuft seit Juli 2021") and
// no end says the project is ongoing, with or without the document's date.
func (x *extractor) statusFromDates(k string) {
	var start, end, since *dossier.Fact
	var ends []dossier.Date
	planned := -1 // a prose "planned", which a start the text says has passed contradicts
	for i := range x.facts {
		f := &x.facts[i]
		if projectKey(f.Project) != k || f.Scope != "" && !strings.HasPrefix(f.Scope, dossier.ScopeGiverPrefix) {
			continue
		}
		if f.Field == dossier.FieldEnd && f.Value.Date != nil {
			ends = append(ends, *f.Value.Date)
		}
		switch f.Field {
		case dossier.FieldStatus:
			if f.Extractor != "prose:status" || f.Value.Text != dossier.ProjectPlanned || planned >= 0 {
				return
			}
			planned = i
		case dossier.FieldStart:
			if start == nil && strings.HasPrefix(f.Extractor, "prose:") && f.Value.Date != nil {
				start = f
			}
			if since == nil && strings.HasPrefix(f.Extractor, "prose:") && f.Value.Date != nil && hasCue(f.Quote, "running_since") {
				since = f
			}
		case dossier.FieldEnd:
			if end == nil && strings.HasPrefix(f.Extractor, "prose:") && f.Value.Date != nil {
				end = f
			}
		}
	}
	// "ZANAT+ läuft seit Juli 2021", "en ejecución desde marzo de 2021":
	// a project the text says has run since a date, and no end, is
	// running as the text is written.
	runningSince := since != nil && (x.doc.AsOf == nil || firstDayKey(*since.Value.Date) <= lastDayKey(*x.doc.AsOf))
	// "O projeto KALLPA, que desde março de 2022 trabalha …; a avaliação
	// final está prevista para …": a "planned" read in a document whose
	// text gives a start before the document's date is another thing's
	// plan; the dates say the status.
	if planned >= 0 {
		begun := runningSince || start != nil && x.doc.AsOf != nil && lastDayKey(*start.Value.Date) <= firstDayKey(*x.doc.AsOf)
		if !begun {
			return
		}
		// (Copies: the facts move when one is deleted.)
		start, end, since = copyFact(start), copyFact(end), copyFact(since)
		// (factRoles runs beside facts only where it is as long.)
		if len(x.factRoles) == len(x.facts) {
			x.factRoles = slices.Delete(x.factRoles, planned, planned+1)
		}
		x.facts = slices.Delete(x.facts, planned, planned+1)
	}
	if runningSince && end == nil && len(ends) == 0 {
		x.addFor(k, x.blockAt(*since), dossier.FieldStatus, dossier.TextValue(dossier.ProjectOngoing), since.Raw, since.Quote, "dates:status", "")
		return
	}
	if x.doc.AsOf == nil {
		return
	}
	asOf := *x.doc.AsOf
	var status string
	var from *dossier.Fact
	switch {
	case start != nil && lastDayKey(asOf) < firstDayKey(*start.Value.Date):
		status, from = dossier.ProjectPlanned, start
	case end != nil && lastDayKey(*end.Value.Date) < firstDayKey(asOf):
		status, from = dossier.ProjectCompleted, end
	case end != nil && lastDayKey(asOf) < firstDayKey(*end.Value.Date):
		status, from = dossier.ProjectOngoing, end
	default:
		return
	}
	// Ends on both sides of the document's date (a period and its
	// extension, or two projects' ends taken for one): no status.
	for _, e := range ends {
		past := lastDayKey(e) < firstDayKey(asOf)
		if past != (status == dossier.ProjectCompleted) {
			return
		}
	}
	x.addFor(k, x.blockAt(*from), dossier.FieldStatus, dossier.TextValue(status), from.Raw, from.Quote, "dates:status", "")
}

// copyFact returns a copy of *f, or nil.
func copyFact(f *dossier.Fact) *dossier.Fact {
	if f == nil {
		return nil
	}
	c := *f
	return &c
}

// firstDayKey and lastDayKey give the first and last day a date at its
// precision may mean, as sortable text ("2025" runs from 2025-01-01 to
// 2025-12-31).
func firstDayKey(d dossier.Date) string {
	switch d.Precision {
	case dossier.PrecisionYear:
		d.Month, d.Day = 1, 1
	case dossier.PrecisionMonth:
		d.Day = 1
	}
	return d.String()
}

func lastDayKey(d dossier.Date) string {
	switch d.Precision {
	case dossier.PrecisionYear:
		d.Month, d.Day = 12, 31
	case dossier.PrecisionMonth:
		d.Day = 31
	}
	return d.String()
}

// nameCountries records the countries a project's own name ends with
// ("Strengthening Juvenile Justice Systems in Lebanon and Jordan",
// "Sustainable Coastal Fisheries Management in Ghana"): a name says where
// the project works. Countries the document gives already are not repeated.
func (x *extractor) nameCountries(k string, b dossier.Block, name, quote string) {
	words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(name, " Project"), " project"))
	if len(words) < 3 {
		return // "Cyber Ghana": a short name is a brand, not a place
	}
	items := countryRuns(strings.Join(words, " "))
	if len(items) == 0 {
		// ("HARBOURNET Gulf of Guinea": a region's name that ends in a
		// country's is the region's.)
		if code, text := countryAtEnd(words); code != "" && len(strings.Fields(text)) < len(words) && !areaAtEnd(words, len(strings.Fields(text))) {
			items = []normalize.ListItem{{Text: text, Country: code}}
		}
	}
	for _, it := range items {
		known := false
		for _, f := range x.facts {
			if projectKey(f.Project) == k && f.Field == dossier.FieldCountries && f.Value.Text == it.Country {
				known = true
				break
			}
		}
		if !known {
			x.addFor(k, b, dossier.FieldCountries, dossier.TextValue(it.Country), it.Text, quote, "names:countries", "")
		}
	}
}

// areaAtEnd reports a region's name (lexicon area, or a region.label after
// an elided article) longer than n words at the end of words.
func areaAtEnd(words []string, n int) bool {
	for m := n + 1; m <= min(5, len(words)); m++ {
		a := strings.Join(words[len(words)-m:], " ")
		if _, ok := lexicon.Area(a); ok {
			return true
		}
		// ("… de l'océan Indien": a region after an elided article.)
		if i := indexApostrophe(a); i > 0 && i <= 2 {
			_, size := utf8.DecodeRuneInString(a[i:])
			a = a[i+size:]
			if _, ok := lexicon.Area(a); ok || regionLabel(a) {
				return true
			}
		}
	}
	return false
}

// selfEvidentLabel reports the kinds of label whose values show what they
// are (countries, a status, dates, a length), which a value may carry
// under another label when a slide's grid was read into the wrong pairs.
func selfEvidentLabel(k labelKind) bool {
	switch k {
	case labelCountries, labelStatus, labelStart, labelEnd, labelDuration:
		return true
	}
	return false
}

// periodUnderLength reads a card's caption that opens on a period right
// under the card's figure of a length ("48⏎months" over "July 2021 – June
// 2025"): the period is the project's. It reports whether it read one.
func (x *extractor) periodUnderLength(above, b dossier.Block) bool {
	if above.Page != b.Page {
		return false
	}
	length := collapse(above.Text)
	months, ok := lengthMonths(length)
	if !ok {
		return false
	}
	// The caption's first clause: "October 2021 – March 2025," then a
	// note.
	period, _, _ := strings.Cut(collapse(b.Text), ",")
	if len(period) > 40 {
		return false
	}
	r, err := normalize.ParseDateRange(period)
	if err != nil || r.Start == nil || r.End == nil {
		return false
	}
	// (The card is the project's, whatever giver the text read before
	// it was about.)
	saved := x.scope
	x.scope = ""
	x.dateRange(b, period, collapse(b.Text))
	// The length over the period is the project's too.
	x.add(above, dossier.FieldDurationMonths, dossier.IntValue(months), length, length, "figure:duration")
	x.scope = saved
	return true
}

// dottedRowWraps joins the lines of a row of middle-dotted pairs where
// a line ends on a label's colon or on the dot.
var dottedRowWraps = strings.NewReplacer(":\n", ": ", " ·\n", " · ")

// earliestProjectYear is the first year a project's period may start
// in: the projects dossier records are funded today, and a span before
// it is history.
const earliestProjectYear = 1980

// latestProjectYear is the last year a project's period may end in.
const latestProjectYear = 2100

// withoutPhaseLead returns a period less the phase it opens on ("Phase 1
// 01.01.2022 - 31.12.2024 (Laufende Phase)"), where the value is one
// line.
func withoutPhaseLead(value string) string {
	ws := strings.Fields(value)
	if len(ws) < 3 || strings.Contains(value, "\n") || !phaseWords()[lexicon.Fold(ws[0])] {
		return value
	}
	if n := strings.Trim(ws[1], ":"); n != "1" && n != "I" && !followUpNumber(n) {
		return value
	}
	return strings.Join(ws[2:], " ")
}

// splitAtLabelLine splits a value of several lines before its first line
// after the first that reads "Label: value" with a label the lexicon
// knows; rest is "" when there is none.
func splitAtLabelLine(text string) (own, rest string) {
	// "Zentralstelle … (ZVK) · finanziatori: BMZ (Germania), …": a middle
	// dot before a known label's pair sets the pair apart on the line.
	if i := strings.Index(text, " · "); i > 0 {
		// ("… · Partnerländer:⏎Albanien, … · Auftraggeber:⏎BMZ": a row of
		// such pairs wrapped after a label's colon or a dot goes on.)
		text = dottedRowWraps.Replace(text)
		if m := lineLabelMatch(collapse(text[i+len(" · "):])); m != nil && lookupLabel(m[1]+":") != labelNone {
			own, rest := splitAtLabelLine(text[:i])
			return own, strings.TrimSpace(rest + "\n" + text[i+len(" · "):])
		}
	}
	if !strings.Contains(text, "\n") {
		return text, ""
	}
	lines := strings.Split(text, "\n")
	for i := 1; i < len(lines); i++ {
		if m := lineLabelMatch(lines[i]); m != nil && lookupLabel(m[1]+":") != labelNone {
			return strings.Join(lines[:i], "\n"), strings.Join(lines[i:], "\n")
		}
	}
	return text, ""
}

// pageKey holds the contacts a document gives outside any project's
// text, until finish gives them to the projects it describes.
const pageKey = "\x00page"

// blockAt returns a block with the fact's page, for copies of a fact.
func (x *extractor) blockAt(f dossier.Fact) dossier.Block {
	return dossier.Block{Page: f.Page}
}

// firstNaming finds where the document names a project with this spelling:
// preferably a heading or its title, else the first line that does.
func (x *extractor) firstNaming(k, spelling string, headingFirst bool) (dossier.Block, string, bool) {
	if headingFirst {
		for _, b := range x.doc.Blocks {
			if b.Role == dossier.RoleHeading && strings.Contains(collapse(b.Text), spelling) {
				return b, collapse(b.Text), true
			}
		}
	}
	for _, b := range x.doc.Blocks {
		for _, line := range strings.Split(blockText(b), "\n") {
			if strings.Contains(line, spelling) {
				for _, s := range sentences(line) {
					if strings.Contains(s, spelling) {
						return b, s, true
					}
				}
			}
		}
	}
	// "Kilimo Seed Futures – Phase 2" for the name "Kilimo Seed Futures
	// 2": the text writes the phase out after a dash.
	if ws := strings.Fields(spelling); len(ws) > 1 && strings.Trim(ws[len(ws)-1], "0123456789") == "" {
		stem := strings.Join(ws[:len(ws)-1], " ")
		for _, b := range x.doc.Blocks {
			text := collapse(blockText(b))
			for _, i := range indexAll(text, stem) {
				ms := withDashPhase(text, []mention{{name: stem, start: i, end: i + len(stem)}})
				// ("al via la seconda fase di FONTELAB": a heading that
				// gives the phase in words before the name.)
				if b.Role == dossier.RoleHeading && titlePhase(text) == ws[len(ws)-1] {
					return b, text, true
				}
				if projectKey(ms[0].name) == projectKey(spelling) {
					if b.Role == dossier.RoleHeading {
						return b, text, true
					}
					for _, sn := range sentences(text) {
						if strings.Contains(sn, text[i:ms[0].end]) {
							return b, sn, true
						}
					}
				}
			}
		}
	}
	// "the HARBOURNET project" for the name "HARBOURNET Project": the
	// text writes the word for project in lower case.
	lower := strings.ToLower(spelling)
	for _, b := range x.doc.Blocks {
		for _, s := range sentences(blockText(b)) {
			if strings.Contains(strings.ToLower(s), lower) {
				return b, s, true
			}
		}
	}
	return dossier.Block{}, "", false
}

// regionLabel reports whether a label is a region's name from the
// lexicon's "region.label" entries: "Africa", "Afrique de l'Ouest".
// (A name the lexicon writes in capitals, an acronym, is one only in
// capitals: "LAC" is Latin America and the Caribbean, "provinces du Lac"
// a province of Chad.)
func regionLabel(label string) bool {
	f := lexicon.Fold(label)
	if !regionLabels()[f] {
		return false
	}
	return !capsRegions()[f] || strings.TrimSpace(label) == strings.ToUpper(strings.TrimSpace(label))
}

var regionLabels = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.RegionNames() {
		m[lexicon.Fold(p)] = true
	}
	return m
})

// capsRegions holds, folded, the region names the lexicon writes in
// capitals: acronyms ("LAC", "MENA").
var capsRegions = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.RegionNames() {
		if strings.ToUpper(p) == p && strings.ToLower(p) != p {
			m[lexicon.Fold(p)] = true
		}
	}
	return m
})

// donorSplit separates the donors of a funding value that gives each one's
// amount: "European Union: EUR 16,950,000 / Council of Europe: EUR 1,940,000".
var donorSplit = regexp.MustCompile(`\s*[/;\n·•]\s*`)

// knownDonorAmounts is donorAmounts for a line no label announces: every
// part must name a giver the lexicon knows ("Unión Europea: 8.000.000 € ·
// AECID: 500.000 €"), so "Total: 5 M€; spent: 3 M€" gives nothing.
func (x *extractor) knownDonorAmounts(b dossier.Block, value, quote string) bool {
	if !strings.ContainsAny(value, "0123456789") || !strings.ContainsAny(value, "/;\n·•") {
		return false
	}
	parts, ok := amountParts(value)
	if !ok || len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, known := donorOf(p.name); !known {
			return false
		}
	}
	return x.donorAmounts(b, value, quote)
}

// giverAmountList reads "Les contributions se répartissent ainsi :
// Union européenne 12 millions d'euros, Belgique 2,5 millions d'euros et
// Luxembourg 1,7 million d'euros": after words of contribution or
// funding and a colon, a list whose every part is a giver dossier knows
// and one amount.
func (x *extractor) giverAmountList(b dossier.Block, label, value string) bool {
	if !hasCue(label, "contribution") && !hasCue(label, "funding_noun") {
		return false
	}
	return x.giverAmounts(b, value, collapse(label+": "+value))
}

// giverAmounts reads a running list whose every part is a giver dossier
// knows and one amount ("Japan USD 2.4 million, the Netherlands USD
// 800,000") as the givers' shares; it reports whether value was one.
func (x *extractor) giverAmounts(b dossier.Block, value, quote string) bool {
	var parts []amountPart
	for _, p := range listParts(strings.TrimRight(strings.TrimSpace(value), ".")) {
		ms := normalize.FindMoney(p)
		if len(ms) != 1 {
			return false
		}
		donor, known := donorOf(strings.Trim(strings.TrimSpace(p[:ms[0].Start]), ":–-—( "))
		if !known || strings.Trim(p[ms[0].End:], " )") != "" {
			return false
		}
		parts = append(parts, amountPart{donor, ms[0]})
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		c := contributionOfMoney(p.name, p.money)
		x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), p.money.Text, quote, "pair:contribution")
		x.add(b, dossier.FieldDonors, dossier.TextValue(p.name), p.name, quote, "pair:donors")
	}
	return true
}

// listParts splits a running list at its commas and its last "and"
// (the lexicon's list.and): a comma inside a figure ("2,5") has no space
// after it.
func listParts(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ", ") {
		ws := strings.Fields(p)
		cut := false
		for i, w := range ws {
			if i > 0 && listAnd()[lexicon.Fold(w)] {
				out = append(out, strings.Join(ws[:i], " "), strings.Join(ws[i+1:], " "))
				cut = true
				break
			}
		}
		if !cut {
			out = append(out, p)
		}
	}
	return out
}

// amountPart is one "giver: amount" part of a funding value.
type amountPart struct {
	name  string
	money normalize.MoneyMatch
}

// amountParts splits a funding value into its "giver: amount" parts; ok
// is false unless every part holds one amount.
func amountParts(value string) ([]amountPart, bool) {
	var out []amountPart
	for _, p := range donorSplit.Split(value, -1) {
		ms := normalize.FindMoney(p)
		if len(ms) != 1 {
			return nil, false
		}
		name := strings.Trim(strings.TrimSpace(p[:ms[0].Start]), ":–-—( ")
		if name == "" {
			name = strings.Trim(strings.TrimSpace(p[ms[0].End:]), ":–-—() ")
		}
		out = append(out, amountPart{name, ms[0]})
	}
	return out, true
}

// donorAmounts records a contribution and a donor for each "Donor: amount"
// part of a funding value, and reports whether every part was one.
func (x *extractor) donorAmounts(b dossier.Block, value, quote string) bool {
	parts, ok := amountParts(value)
	if !ok {
		return false
	}
	for i, p := range parts {
		// "União Europeia e Noruega (15 milhões de coroas norueguesas)":
		// one amount beside several givers is no part of this kind.
		if len(donorMembers(p.name)) > 1 {
			return false
		}
		// "AICS – Agenzia italiana …": a body the lexicon knows is its
		// country or organisation's name.
		donor, known := donorOf(p.name)
		if !known {
			donor = normalize.OrganisationName(p.name)
		}
		// ("Total cost of the regional programme (all three countries):
		// USD 11,400,000": words in lower case make no giver's name.)
		if !plausibleName(donor) || !known && !bodyCased(donor) {
			return false
		}
		parts[i].name = donor
	}
	for _, p := range parts {
		c := contributionOfMoney(p.name, p.money)
		x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), p.money.Text, quote, "pair:contribution")
		x.add(b, dossier.FieldDonors, dossier.TextValue(p.name), p.name, quote, "pair:donors")
	}
	return len(parts) > 0
}

// contributionOfMoney is a donor's contribution of an amount found in
// text, with its EUR equivalent where the amount is in EUR or the text
// gives one.
func contributionOfMoney(donor string, m normalize.MoneyMatch) dossier.Contribution {
	// "12 000 000,00 $" from Canada: a bare dollar sign is the giver's own
	// dollar, not the US one.
	if m.Money.Currency == "USD" && bareDollar(m.Text) {
		if code, ok := normalize.DollarOf(donor); ok {
			m.Money.Currency = code
		}
	}
	var eur *float64
	if m.Money.Currency == "EUR" {
		a := m.Money.Amount
		eur = &a
	} else if m.Equivalent != nil && m.Equivalent.Currency == "EUR" {
		a := m.Equivalent.Amount
		eur = &a
	}
	return dossier.Contribution{Donor: donor, Amount: m.Money.Amount, Currency: m.Money.Currency, EUREquivalent: eur}
}

// sharesOfTotal reads a budget's line that opens with a word for "of
// which" as the givers' shares: "dont 10 M€ de l'Union européenne et 2,5
// M€ de la Suède", "of which EUR 2 million from Norway". Each amount's
// giver is the organisation named right after it, or, where a giver
// stands before the first amount ("davon BMZ 6,5 Mio. EUR und EU …"),
// the one named right before it. It reports whether the line was such a
// one.
func (x *extractor) sharesOfTotal(b dossier.Block, value, quote string) bool {
	if !opensWithShareWord(value) {
		return false
	}
	ms := normalize.FindMoney(value)
	// "of which BMZ EUR 9.8m and the Netherlands EUR 1.4m": where a giver
	// stands before the first amount, each giver stands before its own.
	giverFirst := len(ms) > 0 && len(orgMentions(value[:ms[0].Start])) > 0
	for i, m := range ms {
		start, end := 0, len(value)
		if i > 0 {
			start = ms[i-1].End
		}
		if i+1 < len(ms) {
			end = ms[i+1].Start
		}
		// The giver right after its amount ("10 M€ de l'Union
		// européenne"), else the last named before it ("EU contribution
		// EUR 8 000 000", "co-financing by AECID EUR 500 000").
		donor := ""
		if orgs := orgMentions(value[m.End:end]); len(orgs) > 0 && orgs[0].start <= 15 && !giverFirst {
			donor = orgs[0].name
		} else if orgs := orgMentions(value[start:m.Start]); len(orgs) > 0 {
			donor = orgs[len(orgs)-1].name
		}
		if donor == "" {
			continue
		}
		c := contributionOfMoney(donor, m)
		x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, quote, "pair:shares")
		x.add(b, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "pair:shares")
	}
	return true
}

// trailingCode is an identifier in brackets after a name, one token with
// a digit: "SahelLight (51030123)", "WeFin (RAF-23/0011)".
var trailingCode = regexp.MustCompile(`\s*\([^()\s]*\d[^()\s]*\)$`)

// rowProject returns the key of the project a table row's first cell
// names on its own ("Programa ACTRA", "ACTRA II"), when the document
// names that project elsewhere too; "" otherwise.
func (x *extractor) rowProject(cell string) string {
	name := trimProjectWord(trailingCode.ReplaceAllString(collapse(cell), ""))
	// "SahelLight – Off-Grid Solar Access … (51030123)": the name
	// before its title and code.
	if len(strings.Fields(name)) > 6 {
		if n, _ := subjectName(name); n != "" {
			name = n
		}
	}
	if name == "" || len(strings.Fields(name)) > 6 {
		return ""
	}
	k := projectKey(name)
	if _, ok := x.names.spelling[k]; ok {
		return k
	}
	return ""
}

// giverOfValue is the giver a donors or contributions value names, or "".
func giverOfValue(field string, v dossier.Value) string {
	switch {
	case field == dossier.FieldDonors:
		return v.Text
	case field == dossier.FieldContributions && v.Contribution != nil:
		return v.Contribution.Donor
	}
	return ""
}

// shareOfBudgetAfter reports an amount (raw, as quote writes it) that a
// percentage and a word for budget follow within a few words: "(45 % del
// presupuesto)", ", soit 52 % du budget", "correspondendo a 68 % do
// orçamento".
func shareOfBudgetAfter(quote, raw string) bool {
	i := strings.Index(quote, raw)
	if raw == "" || i < 0 {
		return false
	}
	after := quote[i+len(raw):]
	pct := strings.IndexByte(after, '%')
	// (A few words between the amount and its share: "(60% do
	// orçamento)", "correspondendo a 68 %".)
	if pct < 0 || len(strings.Fields(after[:pct])) > 4 || strings.ContainsAny(after[:pct], ".;") && !decimalBefore(after[:pct]) {
		return false
	}
	rest := after[pct+1:]
	if len(strings.Fields(rest)) > 0 {
		ws := strings.Fields(rest)
		rest = strings.Join(ws[:min(4, len(ws))], " ")
	}
	return hasCue(rest, "budget")
}

// spentBefore reports an amount (raw, as quote writes it) that a word of
// spending labels, within a few words before it on its line: "Budget
// consommé : 1,46 M EUR", "Total disbursed: SEK 38,000,000".
func spentBefore(quote, raw string) bool {
	i := strings.Index(quote, raw)
	if raw == "" || i <= 0 {
		return false
	}
	before := quote[:i]
	// (Up to the clause's start; a label's colon stays in.)
	if j := strings.LastIndexAny(before, ".;·\n|("); j >= 0 {
		_, size := utf8.DecodeRuneInString(before[j:])
		before = before[j+size:]
	}
	ws := strings.Fields(before)
	if len(ws) > 5 {
		ws = ws[len(ws)-5:]
	}
	return hasCue(strings.Join(ws, " "), "spending")
}

// decimalBefore reports text whose stops are a figure's, between digits:
// "45.5".
func decimalBefore(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] == ';' {
			if s[i] == ';' || i == 0 || i+1 >= len(s) || s[i-1] < '0' || s[i-1] > '9' || s[i+1] < '0' || s[i+1] > '9' {
				return false
			}
		}
	}
	return true
}

// commitmentRow reads a row of a ledger of transactions whose type is a
// commitment ("2020-09-14 | Incoming Commitment | Federal Foreign Office |
// EUR 9,500,000", as IATI portals show them): the amount is the giver's
// contribution, the giver the first organisation the lexicon knows in the
// row. Disbursements and expenditure are payments, not contributions. It
// reports whether the row was such a one.
func (x *extractor) commitmentRow(b dossier.Block) bool {
	cells := rowCells(b)
	if len(cells) < 3 {
		return false
	}
	commitment := false
	for _, c := range cells {
		if c = withoutCode(c); len(strings.Fields(c)) <= 3 && (hasCue(c, "commitment") || hasCue(c, "funds_received") && !x.ledgerCommits()) {
			commitment = true
		}
	}
	if !commitment {
		return false
	}
	var money []normalize.MoneyMatch
	donor := ""
	receiver := false
	incoming := false
	for _, c := range cells {
		if c = withoutCode(c); len(strings.Fields(c)) <= 3 && hasCue(c, "incoming") {
			incoming = true
		}
	}
	for i, c := range cells {
		if ms := normalize.FindMoney(c); len(ms) == 1 && strings.TrimSpace(c) == strings.TrimSpace(ms[0].Text) {
			money = append(money, ms[0])
			continue
		}
		// "Sida → UNODC" under "Provider → Receiver": the giver is the
		// one before the arrow.
		arrowed := false
		for _, arrow := range []string{"→", "->", "⇒"} {
			if giver, _, ok := strings.Cut(c, arrow); ok {
				c, arrowed = strings.TrimSpace(giver), true
				break
			}
		}
		head := ""
		if len(x.heads) == len(cells) {
			head = x.heads[i]
		}
		fundingHead := head != "" && lookupLabel(head) == labelFunding
		provides := fundingHead || head != "" && hasCue(head, "provider")
		// A cell under "Receiver" names who is paid, not who gives.
		// (Under "Provider / Receiver", on a row of money coming in, it
		// names who gave: "Compromiso entrante (11) | AECID".)
		// (Only a giver dossier knows: "BMZ-DE-1", "MAEE Coopération"
		// are a publisher's references and desks.)
		if !arrowed && head != "" && hasCue(head, "receiver") && len(strings.Fields(head)) <= 3 {
			if _, known := donorOf(c); !(provides && incoming && known) {
				receiver = true
				continue
			}
		}
		// The body that carries the project out receives, it does not
		// give ("Outgoing Commitment | £3,000,000 | World Health
		// Organization").
		if d, known := donorOf(c); known && donor == "" && !x.isImplementer(d) {
			donor = d
		}
		// A cell under "Provider" names the giver, known to the lexicon
		// or not ("Global Accountability Trust Fund (GATF)").
		if fundingHead && donor == "" {
			if d := normalize.OrganisationName(c); d != "" && !x.isImplementer(d) {
				donor = d
			}
		}
	}
	// "USD | 2,600,000", "2,600,000" under "Value (USD)": a ledger that
	// gives the currency a column of its own, or in the column's head.
	if len(money) == 0 {
		if m, ok := x.ledgerAmount(cells); ok {
			money = append(money, m)
		}
	}
	// A donor's own ledger names whom it pays: the giver is the one
	// funder the page names.
	// (Or, where the page names several, the one that publishes it:
	// "Organisme déclarant | Ministère de l'Europe et des Affaires
	// étrangères".)
	if donor == "" && receiver {
		donor = x.onlyDonor()
		// (Not where the page gives the publisher's contribution
		// already: "Outgoing commitment | Enabel | 9,000,000" is a
		// tranche of it.)
		if donor == "" {
			if p := x.publisher(); p != "" && !x.hasContribution(p) {
				donor = p
			}
		}
	}
	// "Incoming commitment | 2021-12-01 | DKK 45,000,000" on the record
	// of a page that names one funder: that funder's.
	if donor == "" && len(money) == 1 {
		donor = x.onlyDonor()
	}
	if len(money) != 1 || donor == "" {
		return false
	}
	quote := collapse(strings.Join(cells, " "))
	c := contributionOfMoney(donor, money[0])
	x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), money[0].Text, quote, "row:commitment")
	x.add(b, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "row:commitment")
	return true
}

// hasContribution reports whether the facts so far give donor's
// contribution.
func (x *extractor) hasContribution(donor string) bool {
	for _, f := range x.facts {
		if f.Field == dossier.FieldContributions && f.Value.Contribution != nil && f.Value.Contribution.Donor == donor {
			return true
		}
	}
	return false
}

// ledgerCommits reports whether the document's ledger has a commitment
// row: then money received ("Incoming Funds") pays out a commitment and
// is no contribution of its own.
func (x *extractor) ledgerCommits() bool {
	if x.commits == 0 {
		x.commits = -1
		for _, b := range x.doc.Blocks {
			if b.Role != dossier.RoleRow {
				continue
			}
			for _, c := range rowCells(b) {
				if c = withoutCode(c); len(strings.Fields(c)) <= 3 && hasCue(c, "commitment") {
					x.commits = 1
				}
			}
		}
	}
	return x.commits > 0
}

// withDocCurrency gives a bare amount ("6.500.000,00") the currency the
// record names under a currency label ("Moneda: Euro (EUR)"); any other
// value is returned as it is.
func (x *extractor) withDocCurrency(value string) string {
	v := strings.TrimSpace(value)
	if !bareNumber.MatchString(v) {
		return value
	}
	if x.docCurrency == "" {
		x.docCurrency = "-"
		for _, b := range x.doc.Blocks {
			if b.Role == dossier.RolePair && lookupLabel(b.Label) == labelCurrency {
				if m := bracketCode.FindStringSubmatch(b.Text); m != nil && normalize.IsCurrency(m[1]) {
					x.docCurrency = m[1]
				} else if t := strings.TrimSpace(b.Text); len(t) == 3 && normalize.IsCurrency(t) {
					x.docCurrency = t
				}
				break
			}
		}
	}
	if x.docCurrency == "-" {
		return value
	}
	return x.docCurrency + " " + v
}

// withSectionCurrency writes before a value's bare figures ("Luxembourg:
// 2,800,000") the currency its section's heading gives in brackets
// ("Table 1 – CODIPOST II funding (EUR)"); the value as it is where the
// heading gives none or the value has a currency of its own.
func withSectionCurrency(value, section string) string {
	if !strings.HasSuffix(strings.TrimSpace(section), ")") || !strings.ContainsAny(value, "0123456789") {
		return value
	}
	m := bracketCode.FindStringSubmatch(section)
	if m == nil || !normalize.IsCurrency(m[1]) || len(normalize.FindMoney(value)) > 0 {
		return value
	}
	return sectionFigure.ReplaceAllString(value, "${1}"+m[1]+" ${2}")
}

// sectionFigure is a bare figure after a label's colon or at a value's
// start: "2,800,000" in "Luxembourg: 2,800,000". (Four figures alone are
// a year's: "2019: Sweden joins" is no amount.)
var sectionFigure = regexp.MustCompile(`(^|:\s*)(\d{1,3}(?:[,.\s\x{00a0}\x{202f}'’]\d{3})+(?:[.,]\d{1,2})?|\d{5,})\b`)

// bareNumber is a cell that is only an amount's figures: "2,600,000",
// "5'000'000" (Swiss), "1 200 000" (French, a narrow space).
var bareNumber = regexp.MustCompile(`^\d{1,3}(?:[,.\s\x{00a0}\x{202f}'’]\d{3})+(?:[.,]\d{1,2})?$|^\d{4,}$`)

// ledgerAmount reads a ledger row's amount whose currency stands apart:
// in a cell of its own ("USD") or in the head of the amount's column
// ("Value (USD)").
func (x *extractor) ledgerAmount(cells []string) (normalize.MoneyMatch, bool) {
	num, cur := -1, ""
	for i, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case bareNumber.MatchString(c):
			if num >= 0 {
				return normalize.MoneyMatch{}, false // two figures: which is the amount?
			}
			num = i
		case len(c) == 3 && strings.ToUpper(c) == c && normalize.IsCurrency(c):
			cur = c
		}
	}
	if num < 0 {
		return normalize.MoneyMatch{}, false
	}
	if cur == "" && len(x.heads) == len(cells) {
		if m := bracketCode.FindStringSubmatch(x.heads[num]); m != nil && normalize.IsCurrency(m[1]) {
			cur = m[1]
		}
	}
	if cur == "" {
		return normalize.MoneyMatch{}, false
	}
	text := strings.TrimSpace(cells[num])
	money, _, err := normalize.ParseMoney(cur + " " + text)
	if err != nil {
		return normalize.MoneyMatch{}, false
	}
	return normalize.MoneyMatch{Money: money, Text: text}, true
}

// bracketCode is a currency code in brackets: "Value (USD)".
var bracketCode = regexp.MustCompile(`\(([A-Z]{3})\)`)

// actualDates reports, for start and end, whether the document gives an
// actual date in a pair labelled so ("Actual start", "Fin réelle").
func (x *extractor) actualDates() map[labelKind]bool {
	if x.actual == nil {
		x.actual = map[labelKind]bool{}
		for _, b := range x.doc.Blocks {
			// "activity_date[type=2].iso_date | 2020-09-01 (Actual
			// start)": a data store puts the kind after the date.
			if m := bracketTail.FindStringSubmatch(collapse(b.Text)); b.Role == dossier.RolePair && m != nil && hasCue(m[2], "actual_date") {
				if k := lookupLabel(m[2]); k == labelStart || k == labelEnd {
					if _, err := normalize.ParseDate(m[1]); err == nil {
						x.actual[k] = true
					}
				}
			}
			if b.Role != dossier.RolePair || !hasCue(b.Label, "actual_date") {
				continue
			}
			// "Actual end date | –": no actual date yet.
			if _, err := normalize.ParseDate(b.Text); err != nil {
				continue
			}
			if k := lookupLabel(b.Label + ":"); k == labelStart || k == labelEnd {
				x.actual[k] = true
			}
		}
	}
	return x.actual
}

// onlyDonor is the one donor the current project has from the document's
// facts so far, or "".
func (x *extractor) onlyDonor() string {
	donor := ""
	for _, f := range x.facts {
		if f.Field != dossier.FieldDonors || projectKey(f.Project) != x.current {
			continue
		}
		if donor != "" && donor != f.Value.Text {
			return ""
		}
		donor = f.Value.Text
	}
	return donor
}

// dollarCurrencies are the dollars a document may mean by a bare "$", by
// the words that name them ("Canadian dollars", "dollars canadiens").
var dollarCurrencies = []struct{ code, words string }{
	{"CAD", "canadian dollar"}, {"CAD", "dollars canadiens"}, {"CAD", "dólares canadienses"},
	{"AUD", "australian dollar"}, {"NZD", "new zealand dollar"},
}

// localDollars gives a bare "$" the dollar the document names as its own
// ("Health information projects (Canadian dollars)", "Canada's
// $12-million contribution"), when it names one kind of dollar and never
// the US dollar; elsewhere "$" stays USD.
func (x *extractor) localDollars() {
	bare := func(raw string) bool {
		return strings.Contains(raw, "$") && !strings.Contains(strings.ToUpper(raw), "US")
	}
	// (Most documents give no bare dollar: their text is not read.)
	bareFound := false
	for _, f := range x.facts {
		if f.Value.Money != nil && f.Value.Money.Currency == "USD" && bare(f.Raw) || f.Value.Contribution != nil && f.Value.Contribution.Currency == "USD" && bare(f.Raw) {
			bareFound = true
			break
		}
	}
	if !bareFound {
		return
	}
	text := strings.ToLower(x.docText())
	code := ""
	for _, d := range dollarCurrencies {
		if strings.Contains(text, d.words) {
			if code != "" && code != d.code {
				return
			}
			code = d.code
		}
	}
	if code == "" || strings.Contains(text, "us$") || strings.Contains(text, "usd") || strings.Contains(text, "us dollar") {
		return
	}
	for i := range x.facts {
		f := &x.facts[i]
		switch {
		case f.Value.Money != nil && f.Value.Money.Currency == "USD" && bare(f.Raw):
			m := *f.Value.Money
			m.Currency = code
			f.Value = dossier.MoneyValue(m)
		case f.Value.Contribution != nil && f.Value.Contribution.Currency == "USD" && bare(f.Raw):
			c := *f.Value.Contribution
			c.Currency = code
			f.Value = dossier.ContributionValue(c)
		}
	}
}

// isImplementer reports whether the document already gave name as the
// current project's implementer.
func (x *extractor) isImplementer(name string) bool {
	for _, f := range x.facts {
		if f.Field == dossier.FieldImplementer && projectKey(f.Project) == x.current && f.Value.Text == name {
			return true
		}
	}
	return false
}

// shareWordAt returns where a word for "of which" begins after the first
// amount of value, or -1.
func shareWordAt(value string) int {
	ms := normalize.FindMoney(value)
	if len(ms) < 2 {
		return -1
	}
	f := strings.ToLower(value)
	if len(f) != len(value) {
		return -1 // offsets would not carry over
	}
	best := -1
	for _, w := range lexicon.Phrases("share", "word") {
		if i := strings.Index(f[ms[0].End:], w+" "); i >= 0 && (best < 0 || ms[0].End+i < best) {
			best = ms[0].End + i
		}
	}
	return best
}

// opensWithShareWord reports whether s opens with a word for "of which"
// (lexicon share.word: "dont", "davon", "of which").
func opensWithShareWord(s string) bool {
	f := lexicon.Fold(strings.TrimSpace(s))
	for _, w := range lexicon.Phrases("share", "word") {
		if strings.HasPrefix(f, lexicon.Fold(w)+" ") {
			return true
		}
	}
	return false
}

// shareOfTotal reads a row giving one donor's part of a total: "davon
// Auswärtiges Amt | 9,5 Mio. €", "of which European Union: EUR 5 million".
// The label is a share word of the lexicon and an organisation dossier
// knows; the value is one amount.
func (x *extractor) shareOfTotal(b dossier.Block, label, value string) bool {
	f := lexicon.Fold(label)
	rest := ""
	for _, w := range lexicon.Phrases("share", "word") {
		if r, ok := strings.CutPrefix(f, lexicon.Fold(w)+" "); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	// The organisation as written: the label's last words, as many as the
	// fold kept.
	words := strings.Fields(collapse(label))
	n := len(strings.Fields(rest))
	if n > len(words) {
		return false
	}
	donor, known := orgOf(strings.Join(words[len(words)-n:], " "))
	ms := normalize.FindMoney(value)
	if !known || len(ms) != 1 {
		return false
	}
	quote := collapse(label + " " + value)
	c := contributionOfMoney(donor, ms[0])
	x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, quote, "pair:share")
	x.add(b, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "pair:share")
	return true
}

// maxListQuote is the longest quote kept whole for a list member; a longer
// cell (a table cell naming 10,000 funders) is quoted around the member.
const maxListQuote = 300

// memberQuote returns the words of quote that state raw: the whole quote
// when short, else raw with the words around it, up to maxListQuote bytes,
// cut at spaces. The quote stays a substring of the document's text.
func memberQuote(quote, raw string, from int) (string, int) {
	if len(quote) <= maxListQuote || raw == "" || len(raw) >= maxListQuote {
		return quote, 0
	}
	i := -1
	if from < len(quote) {
		if j := strings.Index(quote[from:], raw); j >= 0 {
			i = from + j
		}
	}
	if i < 0 {
		i = strings.Index(quote, raw)
	}
	if i < 0 {
		return quote, 0
	}
	room := (maxListQuote - len(raw)) / 2
	start, end := max(0, i-room), min(len(quote), i+len(raw)+room)
	if start > 0 {
		if j := strings.IndexByte(quote[start:i], ' '); j >= 0 {
			start += j + 1
		} else {
			start = i
		}
	}
	if end < len(quote) {
		if j := strings.LastIndexByte(quote[i+len(raw):end], ' '); j >= 0 {
			end = i + len(raw) + j
		} else {
			end = i + len(raw)
		}
	}
	return strings.TrimSpace(quote[start:end]), i + len(raw)
}

// closingBracket splits "head (inner)" at the bracket that closes s.
func closingBracket(s string) (head, inner string, ok bool) {
	s = strings.TrimSpace(s)
	open := strings.LastIndexByte(s, '(')
	if open <= 0 || !strings.HasSuffix(s, ")") || strings.Contains(s[open:len(s)-1], ")") {
		return "", "", false
	}
	return strings.TrimSpace(s[:open]), strings.TrimSpace(s[open+1 : len(s)-1]), true
}

// placeValue reports a value that names only places: a region, with or
// without its countries in brackets ("Centroamérica (Guatemala, …)"), or
// a list of countries.
func placeValue(v string) bool {
	if head, _, ok := closingBracket(v); ok {
		v = head
	}
	// (Not any words with "regional" in them: "Regional Trade
	// Agreements" is a field of work.)
	return namedRegion(v) || countriesOnly(v) != nil
}

// regionItem reports a list member that names a region: a region of the
// lexicon, or a short name with "region" in it ("ECOWAS region"), not a
// sentence that happens to say "region".
func regionItem(s string) bool {
	s = strings.TrimSpace(s)
	if regionLabel(s) {
		return true
	}
	f := strings.Fields(lexicon.Fold(s))
	if len(f) < 2 || len(f) > 4 || strings.ContainsAny(s, ".;") {
		// One word for region alone ("Regional", a portal's scope) names
		// no region.
		return len(f) == 1 && regionLabel(f[0])
	}
	for _, w := range f {
		switch w {
		case "region", "regions", "regional", "regiones", "regionen":
			return true
		}
	}
	return regionLabel(strings.Join(f[:len(f)-1], " "))
}

// ownShareLabel reports a label with a word of the lexicon's share.own:
// "Own contribution", "Aporte local", "Eigen bijdrage", "Eigenanteil".
func ownShareLabel(label string) bool { return anyFoldedWord(label, ownShareWords()) }

// ownShareWords holds the lexicon's share.own words, folded.
var ownShareWords = foldedSet("share", "own")

// contributionLabel reads a row naming one donor's contribution in its
// label: "EU contribution | EUR 8 000 000", "Aporte de la AECID | 600.000
// €", "Beitrag Deutschlands | 4,5 Mio. €". The label has a contribution
// word of the lexicon and one organisation dossier knows; the value is one
// amount.
func (x *extractor) contributionLabel(b dossier.Block, label, value string) bool {
	if !hasCue(label, "contribution") && givenLabelGiver(label) == "" && !(hasCue(label, "budget") && givingLabel(label) && !hasCue(label, "spending")) {
		return false
	}
	// "Erogato nel 2019", "Disbursed 2021": a tranche paid in a year is
	// no giver's contribution.
	if hasCue(label, "spending") && hasYear(label) {
		return false
	}
	orgs := orgMentions(label)
	ms := normalize.FindMoney(x.withDocCurrency(value))
	// "Contribution de la France (ministère de l'Europe …)": the first
	// organisation is the donor, the bracket its ministry. "Budget
	// Schweizer Beitrag": an adjective of nationality names it.
	donor := ""
	if len(orgs) > 0 {
		donor = orgs[0].name
	} else {
		for _, w := range strings.Fields(label) {
			if code, ok := nationalities()[lexicon.Fold(w)]; ok {
				donor = normalize.CountryName(code)
				break
			}
		}
	}
	// "Cofinanciación | Unión Europea (800.000,00 €)": the giver in the
	// value, before its amount.
	if vo := orgMentions(value); donor == "" && len(ms) == 1 && len(vo) > 0 && vo[0].end <= ms[0].Start &&
		len(strings.Fields(label)) <= 3 && onlyArticle(value[:vo[0].start]) {
		donor = vo[0].name
	}
	// "Contribution maximale d'AMC": a giver dossier does not know by
	// that name, on the giver's own record: the one giver its fields name.
	// ("Eigen bijdrage", "Aporte local": the partners' own share, no
	// giver's: nothing.)
	if donor == "" && len(ms) == 1 && !ownShareLabel(label) {
		donor = x.publisher()
	}
	if donor == "" || len(ms) != 1 {
		return false
	}
	quote := collapse(label + " " + value)
	c := contributionOfMoney(donor, ms[0])
	x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, quote, "pair:contribution")
	x.add(b, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "pair:contribution")
	return true
}

// givenLines reads a budget's value whose lines each give an amount
// under a label of their own, one of them a giver's ("Phase en cours
// Budget de la Suisse CHF 2'400'000⏎Budget suisse déjà attribué CHF
// 760'000", "Laufende Phase Schweizer Beitrag: CHF 2'500'000"): the
// giver's line is its contribution, whatever qualifier opens it, and a
// line of money spent states nothing. It returns the lines left to read
// as the budget's value: text itself when no line names a giver.
func (x *extractor) givenLines(b dossier.Block, text string) string {
	lines := strings.Split(text, "\n")
	var rest []string
	given := false
	for _, line := range lines {
		line = strings.TrimSpace(line)
		ms := normalize.FindMoney(line)
		if len(ms) == 0 || ms[0].Start == 0 {
			rest = append(rest, line)
			continue
		}
		label := strings.TrimRight(strings.TrimSpace(line[:ms[0].Start]), ": ")
		// (A label of its own has no stops: "del aporte de la AECID;
		// presupuesto inicial: 3.100.000 EUR" goes on with a note.)
		if strings.ContainsAny(label, ".;,()") {
			rest = append(rest, line)
			continue
		}
		if hasCue(label, "spending") {
			continue
		}
		// The shortest tail of the label that names a giver's amount:
		// "Budget de la Suisse" after "Phase en cours".
		ws := strings.Fields(label)
		took := false
		for i := len(ws) - 1; i >= 0 && !took; i-- {
			sub := strings.Join(ws[i:], " ")
			if givenLabelGiver(sub) != "" || givingLabel(sub) {
				took = x.contributionLabel(b, sub, line[ms[0].Start:])
			}
		}
		if took {
			given = true
			continue
		}
		rest = append(rest, line)
	}
	if !given {
		return text
	}
	return strings.Join(rest, "\n")
}

// givenLabelGiver returns the giver a label for an amount names beside a
// label of the lexicon's label.given or label.budget: "Dutch commitment",
// "EU committed amount", "Budget Schweiz", "Budget suisse" (the giver by
// its name or adjective, first or last); "" for any other label.
func givenLabelGiver(label string) string {
	label = strings.TrimSpace(label)
	first, rest, ok := strings.Cut(label, " ")
	if !ok {
		return ""
	}
	// (The cheap test first: a word for an amount at either end.)
	amountLabel := func(k labelKind) bool { return k == labelGiven || k == labelBudget }
	ws := strings.Fields(label)
	if !amountLabel(lookupLabel(ws[0])) && !amountLabel(lookupLabel(ws[len(ws)-1])) && !amountLabel(lookupLabel(strings.Join(ws[max(0, len(ws)-2):], " "))) {
		return ""
	}
	giver := ""
	orgs := orgMentions(label)
	lastSpace := strings.LastIndexByte(label, ' ')
	switch {
	case len(orgs) > 0 && orgs[0].start == 0:
		giver, rest = orgs[0].name, label[orgs[0].end:]
	case len(orgs) == 1 && orgs[0].end == len(label):
		giver, rest = orgs[0].name, label[:orgs[0].start]
	default:
		if code, nat := nationalities()[lexicon.Fold(first)]; nat {
			giver = normalize.CountryName(code)
		} else if code, nat := nationalities()[lexicon.Fold(label[lastSpace+1:])]; nat {
			giver, rest = normalize.CountryName(code), label[:lastSpace]
		}
	}
	if giver == "" {
		return ""
	}
	if k := lookupLabel(strings.TrimSpace(rest)); k != labelGiven && k != labelBudget {
		return ""
	}
	return giver
}

// openingGiver returns the giver a label for an agreed amount opens with,
// by its name or its adjective of nationality ("Dutch commitment", "EU
// committed amount"), or "".
func openingGiver(label string) string {
	label = strings.TrimSpace(label)
	// ("Total Australian funding": a word for all of it first.)
	if first, rest, ok := strings.Cut(label, " "); ok && slices.Contains(totalWords(), lexicon.Fold(first)) {
		label = strings.TrimSpace(rest)
	}
	if orgs := orgMentions(label); len(orgs) > 0 && orgs[0].start == 0 {
		return orgs[0].name
	}
	if first, _, ok := strings.Cut(label, " "); ok {
		if code, nat := nationalities()[lexicon.Fold(first)]; nat {
			return normalize.CountryName(code)
		}
	}
	return ""
}

// orgAmounts reads a funding value that gives each donor's amount beside
// its name: "European Union (EUR 5,000,000) and Council of Europe (EUR
// 330,000)", "Germany (BMZ / GIZ) – EUR 4 500 000": each amount goes to
// the last organisation named before it, after the amount before.
func (x *extractor) orgAmounts(b dossier.Block, value, quote string) {
	from := 0
	for _, m := range normalize.FindMoney(value) {
		window := value[from:m.Start]
		from = m.End
		orgs := orgMentions(window)
		if len(orgs) == 0 {
			continue
		}
		// "Allemagne – BMZ, via la GIZ (4 500 000 €)": the body after
		// "via" carries the money, the giver is named before it.
		if i, _, ok := findCue(window, "channel"); ok {
			if before := orgMentions(window[:i]); len(before) > 0 {
				orgs = before
			}
		}
		// The donor is the last one named before the amount, unless the
		// ones after the first are in brackets, its agencies: "Germany
		// (BMZ / GIZ) – EUR …", or the amount itself is in brackets after
		// a name: "European Union (EUR 5,000,000)".
		donor := orgs[len(orgs)-1].name
		if len(orgs) > 1 && strings.Contains(window[orgs[0].end:], "(") && !strings.HasSuffix(strings.TrimSpace(window), "(") {
			donor = orgs[0].name
		}
		c := contributionOfMoney(donor, m)
		x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), m.Text, quote, "pair:contribution")
		x.add(b, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "pair:donors")
	}
}

// tooSmall reports a budget or a contribution under a thousand.
func tooSmall(field string, v dossier.Value) bool {
	switch {
	case field == dossier.FieldBudget && v.Money != nil:
		return v.Money.Amount < 1000
	case field == dossier.FieldContributions && v.Contribution != nil:
		return v.Contribution.Amount < 1000
	}
	return false
}

// splitPairRows splits a line of several "Label: value" pairs set apart by
// a middle dot ("IATI identifier: … · Activity status: 3 – Finalisation ·
// Data last updated …") into one line each, where two of the parts at
// least are pairs whose labels the lexicon knows.
// (dottedPairs reads such a row inside a paragraph, where every label
// must be known.)
func splitPairRows(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !strings.Contains(l, " · ") {
			out = append(out, l)
			continue
		}
		parts := strings.Split(l, " · ")
		known := 0
		for _, p := range parts {
			if m := lineLabelMatch(p); m != nil && lookupLabel(m[1]) != labelNone {
				known++
			}
		}
		if len(parts) < 2 || known < 2 {
			out = append(out, l)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// labelGiver returns the giver a label's bracket names with a word of
// contribution or funding ("Budget (AICS contribution)", "Budget (EU
// funding)"), or "".
func labelGiver(label string) string {
	open := strings.Index(label, "(")
	if open < 0 {
		// "Total Australian funding": a giver's nationality inside a
		// label of funding.
		if hasCue(label, "funding_noun") || hasCue(label, "contribution") {
			for _, w := range strings.Fields(label) {
				if code, ok := nationalities()[lexicon.Fold(w)]; ok {
					return normalize.CountryName(code)
				}
			}
		}
		return ""
	}
	inner, _, ok := strings.Cut(label[open+1:], ")")
	if !ok {
		return ""
	}
	// "Total budget (UK)", "Zugesagter Betrag (BMZ)": a bracket that is
	// one giver's name alone says whose funding the figure is.
	if t := strings.TrimSpace(inner); len(strings.Fields(t)) <= 4 && !normalize.IsCurrency(t) {
		if d, known := donorOf(t); known {
			return d
		}
	}
	if !hasCue(inner, "contribution") && !hasCue(inner, "funding_noun") {
		return ""
	}
	for _, o := range orgMentions(inner) {
		return o.name
	}
	for _, w := range strings.Fields(inner) {
		if code, ok := nationalities()[lexicon.Fold(w)]; ok {
			return normalize.CountryName(code)
		}
	}
	return ""
}

// donorLine reads "Union européenne : 8 M€", "Allemagne : 4,5 M€": a line
// whose label is an organisation dossier knows and whose value is one
// amount states that organisation's contribution.
func (x *extractor) donorLine(b dossier.Block, label, value string) bool {
	donor, known := orgOf(label)
	if !known {
		return false
	}
	value = withSectionCurrency(value, b.Section)
	ms := normalize.FindMoney(value)
	if len(ms) != 1 || strings.TrimSpace(value[:ms[0].Start]) != "" {
		return false
	}
	quote := collapse(label + ": " + value)
	c := contributionOfMoney(donor, ms[0])
	x.add(b, dossier.FieldContributions, dossier.ContributionValue(c), ms[0].Text, quote, "pair:contribution")
	x.add(b, dossier.FieldDonors, dossier.TextValue(donor), donor, quote, "pair:donors")
	return true
}

// regionBeside returns the region a value names beside a note of its
// own, after a dash or in brackets: "Southern Africa – Southern African
// Power Pool members", "Regional – Centroamérica", "Sahel central (espace
// CEDEAO)"; "" when the value is no such pair.
func regionBeside(s string) string {
	var parts []string
	if head, _, ok := strings.Cut(s, " ("); ok && strings.HasSuffix(s, ")") {
		parts = []string{head}
	} else {
		for _, dash := range []string{" – ", " — ", " - "} {
			if a, b, ok := strings.Cut(s, dash); ok {
				parts = []string{a, b}
				break
			}
		}
	}
	for _, p := range parts {
		if namedRegion(p) {
			return regionName(strings.TrimSpace(p))
		}
	}
	return ""
}

// namedRegion reports a region of the lexicon, or one with a word after it
// ("Sahel central"); not a district's name with "regions" in it ("Bafatá
// and Gabú regions").
func namedRegion(p string) bool {
	p = strings.TrimSpace(p)
	ws := strings.Fields(p)
	return len(ws) > 0 && (regionLabel(p) || len(ws) > 1 && regionLabel(strings.Join(ws[:len(ws)-1], " ")))
}

// regionName is a region as a list gives it, less a trailing word for
// region when the rest is a region of the lexicon: "Eastern Partnership
// region" is the Eastern Partnership; "ECOWAS region" stays whole.
func regionName(s string) string {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if n := len(words); n > 1 {
		switch lexicon.Fold(words[n-1]) {
		case "region", "regions", "regione":
			if head := strings.Join(words[:n-1], " "); regionLabel(head) {
				return head
			}
		}
	}
	if n := len(words); n > 1 {
		switch lexicon.Fold(words[0]) {
		case "region", "regione", "regiao":
			// "région des Grands Lacs", "región andina"
			return s
		}
	}
	return s
}

// countryLine returns the names and codes of a line that is only
// country names set apart by middle dots or bullets ("Burkina Faso ·
// Mali · Níger"); none where any part is no country's name (a code such
// as "DE" in a language switcher is none).
func countryLine(text string) (names, codes []string) {
	if !strings.ContainsAny(text, "·•") {
		return nil, nil
	}
	for _, p := range strings.FieldsFunc(collapse(text), func(r rune) bool { return r == '·' || r == '•' }) {
		p = strings.TrimSpace(p)
		code, ok := normalize.CountryCode(p)
		if !ok || len([]rune(p)) <= 3 {
			return nil, nil
		}
		names, codes = append(names, p), append(codes, code)
	}
	return names, codes
}

// countryLedItems finds the lists of three items or more that each open
// on a country's name and a dash or a colon ("Vanuatu – enumeration
// November 2020"), and returns each such item's country by its block's
// index. An item that gives an amount after the country is a giver's
// share, not a place: it ends the list.
func countryLedItems(blocks []dossier.Block) map[int]normalize.ListItem {
	out := map[int]normalize.ListItem{}
	run := map[int]normalize.ListItem{}
	flush := func() {
		if len(run) >= 3 {
			maps.Copy(out, run)
		}
		clear(run)
	}
	for i, b := range blocks {
		if b.Role == dossier.RoleMargin {
			continue
		}
		if b.Role != dossier.RoleItem {
			flush()
			continue
		}
		head, rest := "", ""
		if loc := countryLeadSep.FindStringIndex(b.Text); loc != nil {
			head, rest = strings.TrimSpace(b.Text[:loc[0]]), b.Text[loc[1]:]
		}
		code, ok := normalize.CountryCode(head)
		// ("Germany – EUR 4 million": a giver with its share, no place
		// the project works in.)
		if head == "" || !ok || len(normalize.FindMoney(rest)) > 0 {
			flush()
			continue
		}
		run[i] = normalize.ListItem{Text: head, Country: code}
	}
	flush()
	return out
}

// bracketCodeAfter is a code in brackets after a name: "Benin [BJ]",
// "Ghana (GH)".
var bracketCodeAfter = regexp.MustCompile(`\s*[\[(][A-Z]{2,3}[\])]\s*$`)

// fundingWindow returns "funding:<donor>" for a label that gives one
// donor's funding period ("Laufzeit des deutschen Beitrags", "Duration of
// the Danish contribution", "Période de la contribution suédoise"): it
// opens with a label for a period and names a contribution and its donor
// (an organisation dossier knows or a nationality). "" otherwise.
func fundingWindow(label string) string {
	label = collapse(label)
	words := strings.Fields(label)
	if len(words) < 3 || len(words) > 10 || !hasCue(label, "contribution") {
		return ""
	}
	if lookupLabel(words[0]) != labelDuration && lookupLabel(words[0]) != labelStart && lookupLabel(words[0]) != labelEnd {
		return ""
	}
	for _, o := range orgMentions(label) {
		return "funding:" + o.name
	}
	for _, w := range words {
		if code, ok := nationalities()[lexicon.Fold(w)]; ok {
			return "funding:" + normalize.CountryName(code)
		}
	}
	return ""
}

// bareDollar reports an amount written with "$" and no letters of a
// country before it ("$ 2 million", "12 000,00 $"; not "US$", "CA$").
func bareDollar(text string) bool {
	i := strings.IndexByte(text, '$')
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i == 0 || !unicode.IsLetter(r)
}

// withCapsLabelRows reads a row of key-figure cards whose every cell opens
// on its label in capitals ("DURAÇÃO 54 meses | PAÍSES Angola, Cabo Verde
// | ESTADO Em execução") as that many pairs of label and value, when two
// of the labels or more are ones the lexicon knows. ok is false when the
// document has no such row (blocks is then the document's own).
func withCapsLabelRows(blocks []dossier.Block) ([]dossier.Block, bool) {
	var out []dossier.Block
	for i, b := range blocks {
		pairs := capsLabelCells(b)
		if pairs == nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append([]dossier.Block(nil), blocks[:i]...)
		}
		for _, p := range pairs {
			pb := b
			pb.Role, pb.Label, pb.Text, pb.Path = dossier.RolePair, p[0], p[1], ""
			out = append(out, pb)
		}
	}
	return out, out != nil
}

// withHeadedPairRows reads a two-column table headed by givers and their
// amounts in a currency ("Donor | Contribution (EUR)"), whose rows a page
// reader took for label/value pairs, as the table's rows: each row one
// giver and its figure, the head's currency (givingHeader).
func withHeadedPairRows(blocks []dossier.Block) ([]dossier.Block, bool) {
	var out []dossier.Block
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		tp, first := tablePath(b)
		if b.Role != dossier.RolePair || !first || lookupLabel(headText(b.Label)) != labelFunding {
			continue
		}
		if _, unit := splitHeadUnit(b.Text); unit == "" {
			continue
		}
		// (A row whose giver's name is long stays a row: "Spanish Agency
		// for International Development Cooperation (AECID) | 1,800,000".)
		end, figures := i+1, 0
		for end < len(blocks) && (blocks[end].Role == dossier.RolePair || blocks[end].Role == dossier.RoleRow) {
			cells := rowCells(blocks[end])
			if p, _ := tablePath(blocks[end]); p != tp || len(cells) != 2 {
				break
			}
			if bareNumber.MatchString(strings.TrimSpace(cells[1])) {
				figures++
			}
			end++
		}
		if figures < 2 {
			continue
		}
		if out == nil {
			out = append([]dossier.Block(nil), blocks...)
		}
		for k := i; k < end; k++ {
			if blocks[k].Role == dossier.RolePair {
				out[k].Role, out[k].Label, out[k].Text = dossier.RoleRow, "", blocks[k].Label+"\t"+blocks[k].Text
			}
		}
		i = end - 1
	}
	return out, out != nil
}

// capsLabelCells splits a row's cells into their labels in capitals and
// values, or returns nil when the row is no row of such cards.
func capsLabelCells(b dossier.Block) [][2]string {
	if b.Role != dossier.RoleRow {
		return nil
	}
	cells := rowCells(b)
	if len(cells) < 2 {
		return nil
	}
	var out [][2]string
	known := 0
	for _, c := range cells {
		ws := strings.Fields(c)
		n := 0
		for n < len(ws) && capsWord(ws[n]) {
			n++
		}
		if n == 0 || n == len(ws) {
			return nil
		}
		label, value := strings.Join(ws[:n], " "), strings.Join(ws[n:], " ")
		if lookupLabel(label) != labelNone {
			known++
		}
		out = append(out, [2]string{label, value})
	}
	if known < 2 {
		return nil
	}
	return out
}

// capsWord reports a word in capitals with two letters or more
// ("DURAÇÃO", "CAMÕES,"), or a little word in capitals ("DE", "E").
func capsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 1 && (letters >= 2 || len(w) == 1)
}

// unitOfBody reports a name that is a part of a body: one of the lexicon's
// organisation.unit words, at its start or end ("Regional Office for …",
// "Global Maritime Crime Programme").
func unitOfBody(name string) bool {
	ws := strings.Fields(lexicon.Fold(name))
	if len(ws) < 2 {
		return false
	}
	for n := 1; n <= 2 && n <= len(ws); n++ {
		if bodyUnitWords()[strings.Join(ws[:n], " ")] || bodyUnitWords()[strings.Join(ws[len(ws)-n:], " ")] {
			return true
		}
	}
	// "Regional Office …": a unit word after one adjective.
	return bodyUnitWords()[ws[1]]
}

// bodyUnitWords are the lexicon's organisation.unit words, folded.
var bodyUnitWords = foldedSet("organisation", "unit")

// headGiver returns the giver a document speaks for: a country's
// government or aid body, or the European Union, named in the page's
// banner (its site's name, its blocks before the first that names a
// project): a donor's own portal, registry or press office, whose dates
// may be its own grant's window. "" when none or several are.
func (x *extractor) headGiver() string {
	found := ""
	several := false
	look := func(text string) {
		for _, o := range orgMentions(text) {
			d, known := donorOf(o.name)
			if !known || d != "European Union" && !isCountry(d) {
				continue
			}
			// The body's name is the line, or a part of it set off by a
			// bar or a dot ("GOV.UK | Development Tracker",
			// "Schweizerische Eidgenossenschaft · Confédération suisse"):
			// a banner, not a headline ("Finland backs …") or a sentence.
			if !bannerPart(text[:o.start], true) || !bannerPart(text[o.end:], false) {
				continue
			}
			if found != "" && found != d {
				several = true
			}
			found = d
		}
	}
	look(x.doc.Meta[dossier.MetaSite])
	for i, b := range x.doc.Blocks {
		if i >= 8 || len(x.findMentions(b.Text)) > 0 {
			break
		}
		// ("Quem financia" over "Cooperação Portuguesa – Camões, I.P.":
		// a section of givers, not a banner.)
		if b.Role == dossier.RoleHeading && lookupLabel(b.Text) == labelFunding {
			break
		}
		if b.Role == dossier.RoleHeading || b.Role == dossier.RoleMargin || b.Role == dossier.RoleParagraph && len(b.Text) < 200 {
			// ("Schweizerische Eidgenossenschaft" over "Direktion für
			// Entwicklung und Zusammenarbeit DEZA": each line of a
			// banner is one; not a sentence's wrapped end, "en Perú y
			// Bolivia".)
			for line := range strings.SplitSeq(b.Text, "\n") {
				if r, _ := utf8.DecodeRuneInString(line); !unicode.IsLower(r) {
					look(line)
				}
			}
		}
	}
	// A registry names its publisher ("Reported by Sweden (Sida)",
	// "Herausgeber: BMZ"), and an IATI activity's identifier opens on its
	// publisher's ("GB-GOV-1-301847").
	give := func(d string) {
		if found != "" && found != d {
			several = true
		}
		found = d
	}
	for i, b := range x.doc.Blocks {
		switch {
		case b.Role == dossier.RolePair && lookupLabel(b.Label) == labelReporting:
			if d := giverNamed(b.Text); d != "" {
				give(d)
			}
		case b.Role == dossier.RolePair && lookupLabel(b.Label) == labelCode:
			if d := activityIDGiver(b.Text); d != "" {
				give(d)
			}
		case i < 8 && b.Role != dossier.RolePair:
			for line := range strings.SplitSeq(b.Text, "\n") {
				if d := activityIDGiver(line); d != "" {
					give(d)
				}
				if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
					continue
				}
				if rest, ok := publisherLead(line); ok {
					if d := giverNamed(rest); d != "" {
						give(d)
					}
				}
			}
		}
	}
	if _, site, ok := strings.Cut(x.doc.Title, "|"); ok {
		look(strings.TrimSpace(site))
	}
	if several {
		return ""
	}
	return found
}

// publisherLead returns the rest of a line that opens on a phrase naming
// the page's publisher ("Reported by Sweden (Sida) Implementation").
func publisherLead(line string) (string, bool) {
	f := lexicon.Fold(line)
	for _, p := range reportingPhrases() {
		if rest, ok := strings.CutPrefix(f, p+" "); ok {
			// (The rest as written: the folded form keeps the words
			// and spaces of the line; the end of it is the same length
			// only for ASCII, so the words are taken again.)
			words := strings.Fields(line)
			n := len(strings.Fields(p))
			if len(words) > n {
				return strings.Join(words[n:], " "), true
			}
			return rest, true
		}
	}
	return "", false
}

// reportingPhrases are the lexicon's label.reporting phrases, folded.
var reportingPhrases = sync.OnceValue(func() []string { return lexicon.FoldedPhrases("label", "reporting") })

// giverNamed returns the first giver (a state or the European Union) a
// text names, or "".
func giverNamed(text string) string {
	for _, o := range orgMentions(text) {
		if d, known := donorOf(o.name); known && (d == "European Union" || isCountry(d)) {
			return d
		}
	}
	return ""
}

// activityID is an IATI activity identifier: its publisher's
// organisation identifier, then the publisher's own code
// ("GB-GOV-1-301847", "XM-DAC-5-7-2022-HMA-0348").
var activityID = regexp.MustCompile(`\b[A-Z]{2}-[A-Z0-9_]+(?:-[A-Za-z0-9_.]+)+`)

// orgIdentifier is an IATI organisation identifier standing alone: a
// registry's country or "XM"/"XI" prefix, the registry's code, then the
// body's number ("XM-DAC-7", "NL-KVK-41150117", "GB-COH-2877503",
// "XI-IATI-EC_INTPA").
var orgIdentifier = regexp.MustCompile(`^(?:[A-Z]{2}-[A-Z0-9]{2,}(?:-[A-Za-z0-9_]+)+|XI-IATI-[A-Z0-9_]+)$`)

// orgIDs are the lexicon's orgid.GIVER entries, the organisation
// identifiers a giver publishes under, longest first.
var orgIDs = sync.OnceValue(func() [][2]string {
	var out [][2]string
	for _, k := range lexicon.Kinds("orgid") {
		for _, p := range lexicon.Phrases("orgid", k) {
			out = append(out, [2]string{strings.ToUpper(p), k})
		}
	}
	slices.SortStableFunc(out, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
	return out
})

// activityIDGiver returns the giver whose organisation identifier opens
// an activity identifier in s, or "".
func activityIDGiver(s string) string {
	if !strings.Contains(s, "-") {
		return ""
	}
	for _, id := range activityID.FindAllString(s, 4) {
		for _, o := range orgIDs() {
			if strings.HasPrefix(id, o[0]+"-") {
				return o[1]
			}
		}
	}
	return ""
}

// giverRecord marks the dates of a giver's own page (its portal, registry
// or press office) as that giver's: such a page often gives the window of
// the giver's grant as if it were the project's.
// The mark is soft (dossier.ScopeGiverPrefix): reconciliation reads the
// value as the project's unless other sources disagree.
func (x *extractor) giverRecord() {
	// (Cheap tests first: dates to mark, and a giver named.)
	if !slices.ContainsFunc(x.facts, func(f dossier.Fact) bool {
		return f.Scope == "" && (f.Field == dossier.FieldStart || f.Field == dossier.FieldEnd)
	}) || !slices.ContainsFunc(x.facts, func(f dossier.Fact) bool { return f.Field == dossier.FieldDonors }) {
		return
	}
	// A record whose fields are already its giver's window
	// (donorRecord: "Begindatum activiteit" against the text's period)
	// gives the project's own period in its text: "Het programma loopt
	// van 2022 tot en met 2026".
	if len(x.factRoles) == len(x.facts) {
		for i, f := range x.facts {
			if strings.HasPrefix(f.Scope, "funding:") && (f.Field == dossier.FieldStart || f.Field == dossier.FieldEnd) && (x.factRoles[i] == dossier.RolePair || x.factRoles[i] == dossier.RoleRow) {
				return
			}
		}
	}
	g := x.headGiver()
	// A record that sets its other givers apart ("Medefinanciers |
	// België; Europese Unie") is the one giver's its fields name.
	if g == "" && len(x.coFunders()) > 0 {
		g = x.publisher()
	}
	if g == "" {
		return
	}
	// A giver's agency that carries the project out heads its own
	// reports ("LuxDev – Rapport annuel"): an implementer's page.
	if slices.ContainsFunc(x.facts, func(f dossier.Fact) bool {
		d, known := donorOf(f.Value.Text)
		return f.Field == dossier.FieldImplementer && known && d == g
	}) {
		return
	}
	// A recipient's government heads its own pages too: only a page whose
	// giver the page names as a giver.
	if !slices.ContainsFunc(x.facts, func(f dossier.Fact) bool {
		return f.Field == dossier.FieldDonors && f.Value.Text == g || f.Field == dossier.FieldContributions && f.Value.Contribution != nil && f.Value.Contribution.Donor == g
	}) {
		return
	}
	for i := range x.facts {
		f := &x.facts[i]
		if f.Scope != "" {
			continue
		}
		switch f.Field {
		case dossier.FieldStart, dossier.FieldEnd:
			f.Scope = dossier.ScopeGiverPrefix + g
		}
	}
}

// bannerPart reports whether the text beside a body's name in a line
// leaves the name a banner: nothing, a few words ("Development Tracker"),
// or a separator before anything longer.
func bannerPart(t string, before bool) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return true
	}
	if before {
		if strings.ContainsAny(t, "|·•–—") {
			return true
		}
		return len(strings.Fields(t)) <= 1
	}
	if i := strings.IndexAny(t, "|·•–—"); i >= 0 {
		t = t[:i]
	}
	return len(strings.Fields(t)) <= 3 && !strings.ContainsAny(t, ".,;:!?")
}

// withCardHeadings reads a project card's header, an acronym and the
// project's long name set side by side ("SEGUMAR | Seguridad portuaria y
// control de contenedores en Centroamérica", which a page's markup gives
// as a label and its value), over the card's label/value lines, as the
// heading of the card's section: "SEGUMAR – Seguridad portuaria …". ok is
// false when the document has no such card (blocks is its own then).
func withCardHeadings(blocks []dossier.Block) ([]dossier.Block, bool) {
	var out []dossier.Block
	for i, b := range blocks {
		if !cardHeader(blocks, i) {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append([]dossier.Block(nil), blocks[:i]...)
		}
		h := b
		h.Role, h.Label, h.Text = dossier.RoleHeading, "", collapse(b.Label)+" – "+collapse(b.Text)
		out = append(out, h)
	}
	return out, out != nil
}

// cardHeader reports a pair whose label is a distinctive acronym no
// label of the lexicon and no body's, and whose value is a long name (two
// capitalised words or more, no figures), followed by two label/value
// lines the lexicon knows among the next three blocks.
func cardHeader(blocks []dossier.Block, i int) bool {
	b := blocks[i]
	if b.Role != dossier.RolePair {
		return false
	}
	acr := collapse(b.Label)
	if !acronymLike(acr) || !distinctive(acr) || lookupLabel(acr+":") != labelNone {
		return false
	}
	if _, body := normalize.KnownOrganisation(acr); body {
		return false
	}
	name := collapse(b.Text)
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 16 || !startsUpper(name) || strings.ContainsAny(name, "0123456789") {
		return false
	}
	known := 0
	for _, n := range blocks[i+1 : min(len(blocks), i+4)] {
		label := n.Label
		if n.Role != dossier.RolePair {
			if m := lineLabelMatch(collapse(n.Text)); m != nil {
				label = m[1]
			}
		}
		if label != "" && lookupLabel(label+":") != labelNone {
			known++
		}
	}
	return known >= 2
}

// keyFigureHeading reports a heading that is a figure alone, or an
// amount: a brochure's key figure ("US$7.4m", "1,130", "54").
func keyFigureHeading(t string) bool {
	t = collapse(t)
	if figureLine(t) || strings.Trim(t, "0123456789 ,.%+") == "" {
		return true
	}
	ms := normalize.FindMoney(t)
	return len(ms) == 1 && len(strings.Fields(t)) <= 3
}

// codeOf returns the code a value opens with: its first field, and the
// fields after it that carry digits and no small letters ("AID 010934",
// "CRIS 2019/041-772"), up to a word or a note ("… (sibling)"). Two
// projects' codes that share a prefix ("AID 010934", "AID 011756") are two
// codes.
func codeOf(value string) string {
	fs := strings.Fields(value)
	n := 1
	for n < len(fs) && strings.ContainsAny(fs[n], "0123456789") && strings.ToUpper(fs[n]) == fs[n] && !strings.ContainsAny(fs[n], "()[]") {
		n++
	}
	return strings.Join(fs[:n], " ")
}

// codeThenCountry returns the country of a row whose label is a
// country's ISO code and whose value opens on that country's name ("SN |
// Senegal – 20%", as IATI viewers list recipients).
func codeThenCountry(label, value string) (string, bool) {
	label = strings.TrimSpace(label)
	if len(label) != 2 || strings.ToUpper(label) != label {
		return "", false
	}
	name := value
	for _, sep := range []string{" – ", " — ", " - ", " (", ":", ","} {
		name, _, _ = strings.Cut(name, sep)
	}
	if c, ok := normalize.CountryCode(strings.TrimSpace(name)); ok && c == label {
		return c, true
	}
	return "", false
}

// countryWithCode returns the country a label names, alone or with its
// ISO code after it ("Guatemala GT", as IATI viewers list recipients).
func countryWithCode(label string) (string, bool) {
	label = strings.TrimSpace(label)
	if code, ok := normalize.CountryCode(label); ok {
		return code, true
	}
	ws := strings.Fields(label)
	if len(ws) < 2 {
		return "", false
	}
	name, code := strings.Join(ws[:len(ws)-1], " "), ws[len(ws)-1]
	if len(code) != 2 || strings.ToUpper(code) != code {
		return "", false
	}
	if c, ok := normalize.CountryCode(name); ok && c == code {
		return c, true
	}
	return "", false
}
