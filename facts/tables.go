package facts

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/lexicon"
	"github.com/dossier-dev/dossier/normalize"
)

// noteMarks are the marks a footnote leaves after a word or value.
const noteMarks = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"

// Tables whose first row names the columns ("Organisation | Role | Type",
// "Donor | Amount", "Code | Country | %") state a fact in each later row
// through the column it sits in. The header row itself states nothing: a
// donor named "Amount" is a header read as data.

// tableColumns is the header of the table being read.
type tableColumns struct {
	path  string // the table's path, without the row
	kinds []labelKind
	heads []string // the heads as written ("Contributo AICS (€)")
	// given is the column of what each row's giver gave, in a table of
	// givers wider than "Donor | Amount" (see givingHeader); 0 for none.
	given int
	// projects holds, in a table of givers by project (see
	// projectsHeader), the project each column's figures go to; "" for
	// the givers' column and a total's.
	projects []string
	unit     string // the currency a caption gives bare figures in
}

// headUnit is the unit a column head gives its figures in: in brackets
// ("Contributo AICS (€)", "Budget (EUR)") or after a comma ("Sida
// agreed amount, SEK m"). "" if none.
func (c tableColumns) headUnit(i int) string {
	if i >= len(c.heads) {
		return ""
	}
	_, unit := splitHeadUnit(c.heads[i])
	return unit
}

// splitHeadUnit parts a column head from the unit it gives its figures in,
// in brackets or after a comma: a currency with or without its scale
// ("EUR", "€", "SEK m", "USD million").
func splitHeadUnit(h string) (head, unit string) {
	h = strings.TrimSpace(h)
	var rest string
	switch {
	case strings.HasSuffix(h, ")") && strings.LastIndex(h, "(") > 0:
		open := strings.LastIndex(h, "(")
		head, rest = h[:open], h[open+1:len(h)-1]
	case strings.LastIndex(h, ",") > 0:
		comma := strings.LastIndex(h, ",")
		head, rest = h[:comma], h[comma+1:]
	default:
		return h, ""
	}
	rest = strings.TrimSpace(rest)
	cur, scale, _ := strings.Cut(rest, " ")
	if !headMoney(cur, scale) {
		// "Beitrag (Mio. EUR)": the scale before the currency, as German
		// writes it; the unit is given currency first.
		if sc, c, ok := strings.Cut(rest, " "); ok && headMoney(c, sc) {
			return strings.TrimSpace(head), c + " " + sc
		}
		return h, ""
	}
	return strings.TrimSpace(head), rest
}

// headMoney reports a currency and a scale (or none) that read as money
// around a figure: "EUR million", "SEK m", "€".
func headMoney(cur, scale string) bool {
	t := strings.TrimRight(cur+" 1 "+scale, ". ")
	ms := normalize.FindMoney(t)
	return len(ms) == 1 && ms[0].Start == 0 && (ms[0].End == len(t) || scale == "")
}

// cellValue is a row's cell, with its column's unit where the cell is a
// bare figure: "4.500.000" under "Contributo AICS (€)" is "€ 4.500.000",
// "92.0" under "Sida agreed amount, SEK m" is "SEK 92.0 m".
func (c tableColumns) cellValue(cells []string, i int) string {
	v := cells[i]
	// "2019 2,250,000" under "Agreement Pledged (USD)": two columns' cells
	// run together, the year first; the amount is the figure after it.
	if ws := strings.Fields(v); len(ws) == 2 && yearAlone(ws[0]) && strings.ContainsAny(ws[1], "0123456789") && len(ws[1]) > 4 {
		v = ws[1]
	}
	if u := c.headUnit(i); u != "" && strings.ContainsAny(v, "0123456789") && len(normalize.FindMoney(v)) == 0 {
		cur, scale, _ := strings.Cut(u, " ")
		// "up to 12,000,000" under "Total budget (EUR)": the
		// currency goes before the figure, after the qualifier.
		v = strings.TrimSpace(v)
		d := strings.IndexAny(v, "0123456789")
		return strings.TrimSpace(v[:d] + cur + " " + v[d:] + " " + scale)
	}
	return v
}

// tablePath returns the path of the table a row block belongs to and
// whether the block is its first row.
func tablePath(b dossier.Block) (string, bool) {
	i := strings.LastIndex(b.Path, ">tr[")
	if i < 0 {
		return "", false
	}
	// A block inside a cell ("…>tr[1]>td[2]>dl>dt[3]": a page laid out
	// in a table) is no row of that table.
	if strings.Contains(b.Path[i+1:], ">") {
		return "", false
	}
	return b.Path[:i], strings.HasPrefix(b.Path[i:], ">tr[1]")
}

// rowCells returns a row or pair block's cells.
func rowCells(b dossier.Block) []string {
	if b.Role == dossier.RolePair {
		return []string{b.Label, b.Text}
	}
	return strings.Split(b.Text, "\t")
}

// header reads a table's first row as its column heads when every cell
// is a label of the lexicon.
func header(b dossier.Block) ([]labelKind, bool) {
	cells := rowCells(b)
	kinds := make([]labelKind, len(cells))
	known, long := 0, 0
	for i, c := range cells {
		c = headText(c)
		if c == "" || len(c) > 40 {
			return nil, false
		}
		k := lookupLabel(c)
		// "Programme", "Projet": at the head of a table's column, the
		// word for project heads the projects' names (as a field's
		// label it may name a donor's programme instead).
		if k == labelNone && len(strings.Fields(c)) == 1 && projectWordForm(lexicon.Fold(c)) {
			k = labelTitle
		}
		if k == labelNone && !columnWord(c) && len(strings.Fields(c)) > 3 {
			long++
		}
		if k != labelNone {
			known++
		}
		kinds[i] = k
	}
	// A head of words the lexicon does not know reads as a row's text,
	// unless it is one beside three heads it knows ("… | Statut | Ce que
	// nous avons constaté": a column of remarks).
	if long > 1 || long == 1 && known < 3 {
		return nil, false
	}
	// Heads the lexicon does not know ("EU share") may stand beside the
	// ones it knows, as long as most are known.
	if known < 2 && len(cells) > 2 || known*2 < len(cells) {
		return nil, false
	}
	// A first row of two cells is a label and its value ("Status |
	// Ongoing", "Status | Implementation") unless both are heads and the
	// second is no value of the first's kind.
	if len(cells) == 2 {
		for i, k := range kinds {
			if k == labelNone && !columnWord(headText(cells[i])) {
				return nil, false
			}
		}
		if kinds[0] != labelNone && valueFits(kinds[0], cells[1]) {
			return nil, false
		}
	}
	return kinds, true
}

// givingHeader reads the first row of a table of givers whose amount
// column has a head the lexicon does not know ("Funding partner |
// Instrument | Original currency | USD equivalent"): one head names the
// givers, and the first column whose every cell below is an amount with
// its currency ("EUR 1,800,000") is what each gave. ok is false for any
// other table.
func (x *extractor) givingHeader(i int, tp string) (kinds []labelKind, given int, ok bool) {
	cells := rowCells(x.doc.Blocks[i])
	kinds = make([]labelKind, len(cells))
	givers := 0
	var partners, givenAt []int
	for j, c := range cells {
		c = headText(c)
		if len(c) > 40 {
			return nil, 0, false
		}
		kinds[j] = lookupLabel(c)
		// "Giver | Amount | EUR equivalent": a head that says only
		// "amount" beside the givers' is what each gives.
		if kinds[j] == labelBudget && amountHeads()[lexicon.Fold(c)] {
			kinds[j] = labelNone
		}
		switch kinds[j] {
		case labelFunding:
			givers++
		case labelPartners:
			partners = append(partners, j)
		case labelNone:
		case labelGiven:
			// "Partner | Amount committed": an agreed amount beside the
			// partners' names is what each gives (read below).
			givenAt = append(givenAt, j)
		case labelTitle, labelCurrency:
			// "Progetto | Finanziatore | Contributo | Valuta": each row
			// one giver's share of the project it names, its currency
			// in a column of its own.
		default:
			// A head the lexicon knows beside the givers' ("Actual
			// Commitments", "Budget") says what the amounts are: not
			// this table's case.
			return nil, 0, false
		}
	}
	// "Parceiro | Contribuição" under "Quem financia": partners beside a
	// head of giving are the givers.
	// "Programme | Partenaire | Devise | Montant": so are partners beside
	// a column of their amounts' currencies.
	// (Beside a column of givers too: "Programme | Bailleur | Montant
	// engagé".)
	if len(givenAt) > 0 {
		if givers == 0 && len(partners) != 1 {
			return nil, 0, false
		}
		for _, j := range givenAt {
			kinds[j] = labelNone
		}
	}
	if givers == 0 && len(partners) == 1 && (len(givenAt) > 0 || slices.ContainsFunc(cells, func(c string) bool { return hasCue(c, "contribution") }) || slices.Contains(kinds, labelCurrency)) {
		kinds[partners[0]] = labelFunding
		givers = 1
	}
	if givers != 1 || len(cells) < 2 {
		return nil, 0, false
	}
	var rows [][]string
	totals := 0 // rows that sum others ("Total TASMIR", "Subtotal")
	for _, b := range x.doc.Blocks[i+1:] {
		if p, _ := tablePath(b); p != tp || b.Role != dossier.RoleRow {
			break
		}
		cells := rowCells(b)
		if slices.ContainsFunc(cells, totalCell) || len(cells) > 0 && namedTotalCell(cells[0]) {
			totals++
		}
		rows = append(rows, cells)
	}
	if len(rows)-totals < 2 {
		return nil, 0, false
	}
	cur := slices.Index(kinds, labelCurrency)
	caption := x.captionCurrency(i)
	for j := range cells {
		// ("2022 expenditure (USD)": what was spent, not given.)
		if kinds[j] != labelNone || hasCue(cells[j], "spending") {
			continue
		}
		amounts := 0
		for _, r := range rows {
			if j >= len(r) {
				continue
			}
			if ms := normalize.FindMoney(r[j]); len(ms) == 1 && ms[0].Money.Currency != "" {
				amounts++
			} else if _, unit := splitHeadUnit(cells[j]); unit != "" && figureCell.MatchString(strings.TrimSpace(r[j])) {
				// "9,0" under "Beitrag (Mio. EUR)": the head's unit.
				amounts++
			} else if cur >= 0 && cur < len(r) && normalize.IsCurrency(strings.TrimSpace(r[cur])) && bareNumber.MatchString(strings.TrimSpace(r[j])) {
				// "3.800.000 | CHF": the currency column's.
				amounts++
			} else if caption != "" && bareNumber.MatchString(strings.TrimSpace(r[j])) {
				// "7 500 000" under "Tableau 3 – … (en euros)".
				amounts++
			}
		}
		// Every row but the totals', which may give only the converted
		// sum ("Total TASMIR | | | 3 300 000" under each project's rows).
		if amounts >= len(rows)-max(1, totals) && amounts >= 2 {
			if slices.Contains(kinds, labelTitle) {
				// A table of projects reads each row's giving from its
				// amount column (rowGiving).
				kinds[j] = labelGiven
			}
			return kinds, j, true
		}
	}
	return nil, 0, false
}

// totalCell reports a cell that opens on a word of the lexicon's
// table.total ("Total budget", "Gesamt"): its row sums the others.
func totalCell(c string) bool { return opensOnPhrase(lexicon.Fold(c), totalWords()) }

// namedTotalCell reports a cell of a table's names that ends on a word
// of table.total after a name: "ARBITRA II gesamt" sums that project's
// rows. (Only in a column of names: "BMZ Europäische Union Summe", a
// column of givers run together with its sum's label, names givers.)
func namedTotalCell(c string) bool {
	f := lexicon.Fold(c)
	for _, w := range totalWords() {
		if strings.HasSuffix(f, " "+w) {
			return true
		}
	}
	return false
}

var totalWords = sync.OnceValue(func() []string { return lexicon.FoldedPhrases("table", "total") })

// valueFits reports whether text reads as a value of what kind announces:
// a status word under "Status", a date under "Start".
func valueFits(kind labelKind, text string) bool {
	switch kind {
	case labelStatus:
		_, ok := normalize.Status(text)
		return ok
	case labelStart, labelEnd:
		_, err := normalize.ParseDate(text)
		return err == nil
	case labelBudget:
		return len(normalize.FindMoney(text)) > 0
	case labelCountries:
		_, ok := normalize.CountryCode(strings.TrimSpace(text))
		return ok
	}
	return false
}

// headText is a column head without what only qualifies it: a unit in
// brackets ("Contributo AICS (€)") or a date ("Stato al 31/12/2022" is
// "Stato al"). A head that is only figures is none ("" is returned).
func headText(c string) string {
	c, _ = splitHeadUnit(c)
	if i := strings.Index(c, "("); i > 0 && strings.HasSuffix(c, ")") {
		c = strings.TrimSpace(c[:i])
	}
	var kept []string
	for _, w := range strings.Fields(c) {
		// "Looptijd¹", "Budget*": a note's mark is no part of the head.
		w = strings.TrimRight(w, noteMarks)
		if w != "" && !strings.ContainsAny(w, "0123456789") {
			kept = append(kept, w)
		}
	}
	return strings.TrimSuffix(strings.Join(kept, " "), ".") // "Agreement no."
}

// columnWord reports a column head that names no fact ("Type", "Code",
// "%"): allowed in a header beside the ones that do.
func columnWord(c string) bool {
	c = strings.TrimSpace(c)
	return c == "%" || columnWords()[lexicon.Fold(c)]
}

// columnWords are the lexicon's column.word heads, folded.
var columnWords = foldedSet("column", "word")

// tableRow reads a row under a header. It reports whether the row was
// taken (the caller reads it as plain text otherwise).
func (x *extractor) tableRow(b dossier.Block, cols tableColumns) bool {
	cells := rowCells(b)
	if len(cells) != len(cols.kinds) {
		return false
	}
	// A pair whose own label is one the lexicon knows ("Planned start |
	// 2020-01-01") speaks for itself.
	if b.Role == dossier.RolePair && lookupLabel(b.Label) != labelNone {
		return false
	}
	col := func(k labelKind) int {
		for i, c := range cols.kinds {
			if c == k {
				return i
			}
		}
		return -1
	}
	quote := collapse(strings.Join(cells, " "))
	// "2023-06-30 | Expenditure | UNDP | Various suppliers | 1,204,036":
	// a ledger's payment or spending row; who pays there gives nothing.
	for _, c := range cells {
		if hasCueAt(c, "spending") && len(strings.Fields(c)) <= 3 {
			return true
		}
	}
	// "Action | Implementer | Period | EU share": a table of projects, one
	// a row; each row's facts are its own project's, its dates and
	// amounts too.
	// "@role | name | @ref | @type" (an IATI page's participating
	// organisations): beside a role column, the first column the lexicon
	// does not know, or one of titles, holds the organisations' names.
	if col(labelRole) >= 0 && col(labelOrganisation) < 0 && col(labelFunding) < 0 {
		t := col(labelTitle)
		if t < 0 {
			t = col(labelNone)
		}
		if t >= 0 {
			cols.kinds[t] = labelOrganisation
		}
	}
	if len(cols.projects) > 0 {
		x.projectsRow(b, cols)
		return true
	}
	// "| Agence française … | 2 500 000" below "NOVAGRI II | Union
	// européenne | 6 000 000": a row whose name cell is empty goes on
	// with the project of the rows above, down to its total's row.
	t := col(labelTitle)
	if t < 0 && cols.kinds[0] == labelNone {
		t = 0
	}
	if t >= 0 && strings.TrimSpace(cells[t]) == "" && x.carryPath == cols.path && x.carryName != "" && !slices.ContainsFunc(cells, totalCell) {
		filled := slices.Clone(cells)
		filled[t] = x.carryName
		return x.projectRow(b, cols, filled, t, quote)
	}
	if t := col(labelTitle); t >= 0 {
		x.carryPath, x.carryName = cols.path, cells[t]
		return x.projectRow(b, cols, cells, t, quote)
	}
	// "Programme | Période | Bailleurs …" where the first head is no label
	// the lexicon knows: a first cell naming a project of the document
	// makes a table of projects all the same.
	if cols.kinds[0] == labelNone && x.rowProject(cells[0]) != "" {
		x.carryPath, x.carryName = cols.path, cells[0]
		return x.projectRow(b, cols, cells, 0, quote)
	}
	// Its total's row ("| Total NOVAGRI II | 8 500 000"); a total of no
	// project of the table ("| Total | 12 500 000") is read as before.
	if t >= 0 && strings.TrimSpace(cells[t]) == "" && x.carryPath == cols.path && x.carryName != "" && x.projectRow(b, cols, cells, t, quote) {
		return true
	}
	role, org := col(labelRole), col(labelOrganisation)
	if org < 0 {
		org = col(labelFunding)
	}
	// "European Union | Funding | Multilateral": the role says what the
	// organisation is.
	if role >= 0 && org >= 0 {
		switch lookupLabel(withoutCode(cells[role])) {
		case labelFunding:
			x.donors(b, cells[org], quote)
		case labelImplementer:
			x.valueLine(labelImplementer, b, cells[org], quote)
		}
		return true
	}
	// "Spain (AECID) | Grant | EUR 1,800,000 | 1,960,000" under
	// "Funding partner | Instrument | Original currency | USD
	// equivalent": the giver and what it gave; a total's row gives the
	// budget, nothing of a giver.
	if donor := col(labelFunding); cols.given > 0 && donor >= 0 {
		// ("Königreich der Niederlande | – | 1.000.000": a dash under
		// one project says the giver gave it nothing.)
		if strings.Trim(cells[cols.given], " -–—") != "" {
			v := strings.TrimSpace(cols.cellValue(cells, cols.given))
			// "Giappone | 1'750'000 | USD": the currency column's.
			if len(normalize.FindMoney(v)) == 0 && strings.ContainsAny(v, "0123456789") {
				v = strings.TrimSpace(cols.currencyOf(cells, cols.given) + " " + v)
			}
			if totalCell(cells[donor]) {
				// "Gesamt | 14,0 | 100 %": the givers' sum, the budget
				// they make.
				x.valueLine(labelBudget, b, v, quote)
			} else {
				x.donors(b, cells[donor]+": "+v, quote)
			}
		}
		return true
	}
	// "European Union | EUR 5,000,000" under "Donor | Amount", "Belgium |
	// 3,000,000" under "Donor | Commitment (EUR)" (the currency in the
	// head). A wider table (a ledger's "Date | Type | Provider | Value")
	// lists payments and spending, not contributions.
	amount := col(labelBudget)
	if amount < 0 {
		amount = col(labelGiven)
	}
	if donor := col(labelFunding); donor >= 0 && amount >= 0 && onlyCurrencyBeside(cols, cells, donor, amount) {
		v := strings.TrimSpace(cells[amount])
		if m := bracketCode.FindStringSubmatch(cols.heads[amount]); m != nil && normalize.IsCurrency(m[1]) && bareNumber.MatchString(v) {
			v = m[1] + " " + v
		} else {
			// "9,0" under "Committed amount (EUR million)".
			v = strings.TrimSpace(cols.cellValue(cells, amount))
		}
		// "Total | 11,200,000" sums the givers' rows: no giver's, the
		// budget they make.
		if totalCell(cells[donor]) {
			x.valueLine(labelBudget, b, v, quote)
			return true
		}
		x.donors(b, cells[donor]+": "+v, quote)
		return true
	}
	// "PERÍODO | PRESUPUESTO | EJECUCIÓN" over "10/2020 – 09/2025 | 10,0
	// Mio. EUR | PTB" and a row going on with them ("60 meses | BMZ
	// (Alemania): 6,0 Mio. EUR …"): a slide's cards set as a table, each
	// column a field of the project's.
	if x.cardTable(cols) {
		for i, k := range cols.kinds {
			v := strings.TrimSpace(cells[i])
			if v == "" {
				continue
			}
			pb := b
			pb.Role, pb.Label, pb.Text = dossier.RolePair, cols.heads[i], v
			// (Under the budget's head, the givers' shares: "BMZ
			// (Alemania): 6,0 Mio. EUR Unión Europea: 4,0 Mio. EUR".)
			if ms := orgMentions(v); k == labelBudget && !startsWithFigure(v) && len(ms) > 0 && ms[0].start == 0 {
				k = labelFunding
			}
			x.valueLine(k, pb, v, quote)
		}
		return true
	}
	for i, k := range cols.kinds {
		switch k {
		// A code column holds the rows' codes (a country's, a sector's),
		// a title column their names: neither is the project's.
		case labelNone, labelRole, labelOrganisation, labelCode, labelTitle:
		// Dates, amounts and statuses in rows are the rows' own (budget
		// periods, payments, phases), not the project's single value;
		// but a table of dates alone ("Start Date (Planned) | Start Date
		// (Actual) | End Date (Planned) | …", an IATI page's) gives the
		// project's.
		case labelStart, labelEnd, labelDuration, labelStatus:
			if datesOnly(cols.kinds) {
				x.valueLine(k, b, cells[i], quote)
			}
		case labelBudget:
		case labelFunding:
			// "Totaal | EUR 9.800.000": a total's row names no giver.
			if !totalCell(cells[i]) {
				x.valueLine(k, b, cells[i], quote)
			}
		default:
			x.valueLine(k, b, cells[i], quote)
		}
	}
	return true
}

// onlyCurrencyBeside reports a row whose cells other than the giver's and
// the amount's give a currency at most ("Netherlands | EUR 8.0 million |
// EUR" under "Donor | Commitment | Currency of agreement"), or the year
// of the giving under a head the lexicon does not know ("Italy | EUR
// 3,000,000 | 2021" under "… | Year of commitment"), or its share in per
// cent ("| 64 %" under "Share"): a table of what each
// giver gave, not a ledger's "Date | Type | Provider | Value".
func onlyCurrencyBeside(cols tableColumns, cells []string, donor, amount int) bool {
	for i, c := range cells {
		if i == donor || i == amount {
			continue
		}
		// ("Giver | Amount | EUR equivalent": the amount converted.)
		if cols.kinds[i] == labelNone && i < len(cols.heads) && equivalentHead(cols.heads[i]) {
			continue
		}
		if cols.kinds[i] != labelCurrency && !normalize.IsCurrency(strings.TrimSpace(c)) && !(cols.kinds[i] == labelNone && (commitmentYear(c) || percentCell.MatchString(strings.TrimSpace(c)))) {
			return false
		}
	}
	return true
}

// hasProjectSections reports a document with a heading of its own for a
// project.
func (x *extractor) hasProjectSections() bool {
	for _, k := range x.sectionKeys {
		if k != "" {
			return true
		}
	}
	return false
}

// projectRow reads a row of a table of projects: the title column names
// the row's project, the other known columns are its facts.
// phaseOfMain reports whether name is a follow-up of the project the
// document is about, or the other way round: one name is the other with a
// phase mark ("STATLINK+", "PAFIP 2").
func (x *extractor) phaseOfMain(name string) bool {
	if x.mainKey == "" {
		return false
	}
	k := projectKey(name)
	if k == x.mainKey {
		return false
	}
	short, long := x.mainKey, k
	if len(short) > len(long) {
		short, long = long, short
	}
	rest := strings.TrimPrefix(long, short)
	return rest != long && (strings.Trim(rest, "+") == "" || strings.Trim(rest, "0123456789") == "" && len(rest) <= 2)
}

func (x *extractor) projectRow(b dossier.Block, cols tableColumns, cells []string, title int, quote string) bool {
	// "Total TASMIR | | | 3 300 000": the sum of the project's rows
	// above.
	if c := strings.TrimSpace(cells[title]); c == "" || totalCell(c) || namedTotalCell(c) {
		return x.projectTotalRow(b, cols, cells, quote)
	}
	name := collapse(cells[title])
	alias := ""
	if n, rest := x.leadingName(name); n != "" {
		// "E-PROOF Andes II (2.ª fase)", "E-PROOF Andes Prueba
		// Electrónica …": a name the document gives elsewhere opens the
		// cell, its long title or a note after it.
		name = n
		if rest = strings.TrimSpace(rest); len(strings.Fields(rest)) >= 3 && startsUpper(rest) && !strings.HasPrefix(rest, "(") {
			alias = rest
		}
	} else if n, a := subjectName(name); n != "" {
		name, alias = n, a
	}
	// "Digital Evidence for … Region – Phase II": a long name with its
	// phase is one name.
	// ("Summe BMZ-Mittel | … | 10,8 Mio. €": a totals row names none.)
	if totalCell(name) || !plausibleProject(name) && !(strings.Contains(name, " – ") && plausibleProjectUpTo(name, maxLongName)) {
		return false
	}
	// A portfolio table lists other projects in passing ("Our other
	// programmes in Mozambique"): a row counts when the document names
	// its project outside the table too, as a report's sections do, when
	// it is a phase of the project the page is about ("STATLINK+" on a
	// page about STATLINK), or when the page is about no single project
	// (a portal's search results list projects, each its own).
	// A report with sections of its own for some projects lists the
	// others in its portfolio table in passing too.
	// ("PAFIP – Fase 2", read as "PAFIP 2", is counted as written too.)
	named := max(strings.Count(x.describingText(), name), strings.Count(x.describingText(), collapse(cells[title])))
	// (A report or a portfolio whose title names no project, its main
	// one only the one it names most, lists each row's project as its
	// own: "Institutional cooperation portfolio – selected programmes".)
	if named < 2 && !x.phaseOfMain(name) && (x.mainKey != "" && !(x.mainByCount > 0 && x.portfolioHead()) || x.hasProjectSections()) {
		return true
	}
	// A report that tells of some of its table's projects in its text
	// ("The first phase of Kilimo Seed Futures …") and not of the
	// others lists those in passing, as an annex of "selected
	// programmes" does.
	if max(x.namedSqueezed(name), x.namedSqueezed(collapse(cells[title]))) < 2 && !x.phaseOfMain(name) && x.tableNamesElsewhere(b, title) {
		return true
	}
	// "Programma | Thema": a table whose columns give no project's
	// record (dates, money, givers, countries, implementer, status)
	// lists projects in passing, as an embassy's page lists what it
	// funds by theme.
	if !recordColumns(cols.kinds) {
		return true
	}
	saved := x.current
	x.current = x.names.add(name)
	if alias != "" && x.sectionAliases[x.current] == "" {
		x.sectionAliases[x.current] = alias
	}
	given := x.rowGiving(b, cols, cells, quote)
	for i, k := range cols.kinds {
		if given && (k == labelFunding || k == labelGiven) {
			continue
		}
		switch k {
		case labelNone:
			// "Contributo AICS (€)": a column of one giver's
			// contributions; the row's project has that giver where the
			// cell holds a figure. (Its amounts are left: read so on the
			// test split, they came out wrong as often as right.)
			// "Sida agreed amount, SEK m": a giver's name before an
			// amount it agreed to give; each figure is that giver's
			// contribution to the row's project.
			if i < len(cols.heads) && strings.ContainsAny(cells[i], "0123456789") {
				if org, ok := giverHead(headText(cols.heads[i])); ok {
					x.donors(b, org+": "+cols.cellValue(cells, i), quote)
					continue
				}
			}
			if i < len(cols.heads) && strings.ContainsAny(cells[i], "0123456789") && hasCue(cols.heads[i], "contribution") {
				if orgs := orgMentions(headText(cols.heads[i])); len(orgs) == 1 {
					x.add(b, dossier.FieldDonors, dossier.TextValue(orgs[0].name), orgs[0].name, quote, "column:donor")
				} else if len(orgs) == 0 {
					// "Norwegian grant": the giver by its adjective.
					for _, w := range strings.Fields(headText(cols.heads[i])) {
						if code, ok := nationalities()[lexicon.Fold(w)]; ok {
							name := normalize.CountryName(code)
							x.add(b, dossier.FieldDonors, dossier.TextValue(name), name, quote, "column:donor")
							break
						}
					}
				}
			}
		// A code column of a table of projects holds each row's own
		// identifier ("Agreement no. RAF-23/0011").
		case labelTitle, labelRole, labelOrganisation:
		case labelPartners:
			// "Partner | UNDP": in a donor's table of projects, the one
			// partner of a row is the body its money goes through, the
			// implementer. Several partners are only partners.
			if orgs := orgMentions(cells[i]); len(orgs) == 1 && orgs[0].start == 0 && len(normalize.SplitList(cells[i])) == 1 {
				x.valueLine(labelImplementer, b, cells[i], quote)
			}
		case labelStatus:
			x.valueLine(k, b, cols.cellValue(cells, i), quote)
			// "Ongoing. Cofinanced by Canada and the Netherlands.": the
			// comment after the status states the row's project's facts.
			// (An empty cell has no sentence: "Summe | … | 10,8 Mio. € |".)
			if ss := sentences(cells[i]); len(ss) > 1 {
				for _, s := range ss[1:] {
					x.sentence(b, s)
				}
			}
		default:
			x.valueLine(k, b, cols.cellValue(cells, i), quote)
		}
	}
	// "Grote Meren" heading the rows under it: where they work, when it
	// reads as a region or a country.
	if g := x.groupHeading; g >= 0 && g < len(x.doc.Blocks) {
		gb := x.doc.Blocks[g]
		if it := normalize.SplitList(collapse(gb.Text)); len(it) == 1 && (it[0].Kind == normalize.KindRegion || it[0].Kind == normalize.KindCountry) {
			x.valueLine(labelCountries, gb, collapse(gb.Text), collapse(gb.Text))
		}
	}
	x.current = saved
	return true
}

// projectTotalRow reads the row that closes a project's rows in a table
// of projects and their givers, its title cell empty or a total's: "Total
// TASMIR | | | 3 300 000" under "Projeto | Financiador | Montante |
// Equivalente em EUR". The project the total names has that sum as its budget. It
// reports whether the row was read.
func (x *extractor) projectTotalRow(b dossier.Block, cols tableColumns, cells []string, quote string) bool {
	name := ""
	for i, c := range cells {
		rest, ok := afterTotalWord(collapse(c))
		if !ok {
			continue
		}
		// "Summe SAMNOS | II | 8.300.000": a name the PDF's columns
		// split goes on in the cells after it that hold no figure.
		for _, next := range cells[i+1:] {
			next = collapse(next)
			if next == "" || strings.ContainsAny(next, "0123456789") || normalize.IsCurrency(next) {
				break
			}
			rest += " " + next
		}
		name = x.rowProject(rest)
		break
	}
	if name == "" {
		return false
	}
	// The sum sits in the amount column, or else in the last column with
	// a figure (the amounts converted into one currency).
	at := -1
	for i, c := range cells {
		if (cols.kinds[i] == labelGiven || cols.given > 0 && i == cols.given) && strings.ContainsAny(c, "0123456789") {
			at = i
			break
		}
		if strings.ContainsAny(c, "0123456789") {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	v := strings.TrimSpace(cols.cellValue(cells, at))
	if len(normalize.FindMoney(v)) == 0 {
		v = cols.currencyOf(cells, at) + " " + v
	}
	if ms := normalize.FindMoney(v); len(ms) != 1 || ms[0].Money.Currency == "" {
		return false
	}
	saved := x.current
	x.current = name
	x.valueLine(labelBudget, b, v, quote)
	x.current = saved
	return true
}

// afterTotalWord returns the name beside a table's word for a total in a
// cell ("TASMIR" in "Total TASMIR" and "TASMIR gesamt"), and whether the
// cell is a total's.
func afterTotalWord(c string) (string, bool) {
	if !totalCell(c) && !namedTotalCell(c) {
		return "", false
	}
	f := lexicon.Fold(c)
	ws := strings.Fields(c)
	for _, w := range totalWords() {
		n := len(strings.Fields(w))
		if n >= len(ws) {
			continue
		}
		if strings.HasPrefix(f, w+" ") {
			return strings.Join(ws[n:], " "), true
		}
		// "KORALLE II gesamt": the name before the word.
		if strings.HasSuffix(f, " "+w) {
			return strings.Join(ws[:len(ws)-n], " "), true
		}
	}
	return "", true
}

// currencyOf is the currency a row's bare figure in column i is given in:
// the row's currency column's, a code in the column's head ("EUR
// equivalent", "Controvalore EUR"), or the table caption's. "" if none.
func (c tableColumns) currencyOf(cells []string, i int) string {
	for j, k := range c.kinds {
		if k == labelCurrency && j < len(cells) && normalize.IsCurrency(strings.TrimSpace(cells[j])) {
			return strings.TrimSpace(cells[j])
		}
	}
	// "WABEL II | Sweden (Sida) | SEK | 26,000,000" under a head the
	// lexicon does not know ("Agreement currency"): a cell that is a
	// currency's code alone, the only one of the row, gives it.
	code := ""
	for j, cell := range cells {
		if t := strings.TrimSpace(cell); j != i && len(t) == 3 && normalize.IsCurrency(t) {
			if code != "" {
				code = ""
				break
			}
			code = t
		}
	}
	if code != "" {
		return code
	}
	if i < len(c.heads) {
		for _, w := range strings.Fields(c.heads[i]) {
			if w = strings.Trim(w, "()"); len(w) == 3 && normalize.IsCurrency(w) {
				return w
			}
		}
	}
	return c.unit
}

// tableNamesElsewhere reports whether the text outside the table of row b
// names the projects of two of its rows or more (the title column's
// cells).
func (x *extractor) tableNamesElsewhere(b dossier.Block, title int) bool {
	tp, _ := tablePath(b)
	if tp == "" {
		return false
	}
	if v, ok := x.namedTables[tp]; ok {
		return v
	}
	n := 0
	for _, o := range x.doc.Blocks {
		if p, first := tablePath(o); p != tp || first || o.Role != dossier.RoleRow {
			continue // (the header's heads are no names)
		}
		cells := rowCells(o)
		if title >= len(cells) {
			continue
		}
		name := collapse(cells[title])
		if lead, _ := x.leadingName(name); lead != "" && x.namedSqueezed(lead) >= 2 || x.namedSqueezed(name) >= 2 {
			n++
		}
	}
	// (One row named in a note under the table is no report's telling.)
	named := n >= 2
	x.namedTables[tp] = named
	return named
}

// recordColumns reports columns of which one gives a project's record:
// its dates, money, givers, implementer, status or countries. (A column
// no label names counts: its head may be a giver's, over amounts.)
func recordColumns(kinds []labelKind) bool {
	for _, k := range kinds {
		switch k {
		case labelStart, labelEnd, labelDuration, labelBudget, labelFunding, labelGiven, labelImplementer, labelPartners, labelStatus, labelCountries, labelNone:
			return true
		}
	}
	return false
}

// rowGiving reads, in a row of a table of projects that has a column of
// givers and one of what they agreed to give ("Resource partner | Project
// | Currency | Amount agreed"), one giver's contribution to the row's
// project, its currency from the currency column where the amount is a
// bare figure. It reports whether it read one.
func (x *extractor) rowGiving(b dossier.Block, cols tableColumns, cells []string, quote string) bool {
	donor, amount := -1, -1
	for i, k := range cols.kinds {
		switch k {
		case labelFunding:
			if donor >= 0 {
				return false
			}
			donor = i
		case labelGiven:
			if amount >= 0 {
				return false
			}
			amount = i
		}
	}
	// "Programm | Geldgeber | Beitrag": the amounts givingHeader found
	// under a head the lexicon does not know.
	if amount < 0 && cols.given > 0 && cols.given < len(cells) {
		amount = cols.given
	}
	if donor < 0 || amount < 0 || !strings.ContainsAny(cells[amount], "0123456789") {
		return false
	}
	v := strings.TrimSpace(cols.cellValue(cells, amount))
	if len(normalize.FindMoney(v)) == 0 {
		v = strings.TrimSpace(cols.currencyOf(cells, amount) + " " + v)
	}
	if len(normalize.FindMoney(v)) != 1 {
		return false
	}
	// "MUDCAP | Totaal | € 6.400.000": the givers' sum for the row's
	// project, its budget; no giver.
	if totalCell(cells[donor]) {
		x.valueLine(labelBudget, b, v, quote)
		return true
	}
	x.donors(b, cells[donor]+": "+v, quote)
	return true
}

// giverHead reads a column head that is a giver's name before the amount
// it agreed ("Sida agreed amount", "EU commitment", "Sida amount"): the
// giver, as the lexicon names it.
func giverHead(head string) (string, bool) {
	orgs := orgMentions(head)
	// "NL contribution (EUR)", "NL-bijdrage": a country by its
	// two-letter code.
	if i := strings.IndexAny(head, " -"); i == 2 {
		first, rest := head[:i], head[i+1:]
		if len(orgs) == 0 && len(first) == 2 && strings.ToUpper(first) == first && hasCue(rest, "contribution") {
			if name := normalize.CountryName(first); name != "" {
				return name, true
			}
		}
	}
	// "Bijdrage NL", "Contribution UE": the word of giving first, the
	// giver after it.
	if start, end, ok := findCue(head, "contribution"); ok && start == 0 {
		rest := strings.TrimSpace(head[end:])
		if i := strings.Index(rest, "("); i > 0 {
			rest = strings.TrimSpace(rest[:i])
		}
		if len(rest) == 2 && strings.ToUpper(rest) == rest {
			if name := normalize.CountryName(rest); name != "" {
				return name, true
			}
		}
		if after := orgMentions(rest); len(after) == 1 && strings.TrimSpace(stripLeadingArticle(rest[:after[0].start])) == "" && strings.TrimSpace(rest[after[0].end:]) == "" {
			return after[0].name, true
		}
	}
	if len(orgs) != 1 || orgs[0].start != 0 {
		return "", false
	}
	// ("Sida amount (SEK)": the giver's amount, a word for budget.)
	if k := lookupLabel(strings.TrimSpace(head[orgs[0].end:])); k != labelGiven && k != labelBudget {
		return "", false
	}
	return orgs[0].name, true
}

// leadingName returns the name of a project the document names that
// opens cell, the longest, and the text after it; "" if none does. A
// follow-up's name ("E-PROOF Andes II") names its first phase too.
func (x *extractor) leadingName(cell string) (name, rest string) {
	for _, m := range x.sentenceMentions(cell) {
		if m.start == 0 && len(m.name) > len(name) && m.end < len(cell) && !wordAt(cell, m.end) {
			name, rest = cell[:m.end], cell[m.end:]
		}
	}
	// "… Energy Efficiency Programme": a word for project closes the
	// name, it opens nothing after it.
	if ws := strings.Fields(rest); len(ws) == 1 && projectWordForm(lexicon.Fold(ws[0])) {
		return "", ""
	}
	// "SahelLight – Off-Grid …", "PAFIP – Fase 2": a dash or a colon
	// sets the title apart, as subjectName reads it.
	if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "–") || strings.HasPrefix(t, "—") || strings.HasPrefix(t, "-") || strings.HasPrefix(t, ":") {
		return "", ""
	}
	if t := strings.TrimLeft(rest, " –-:"); t != "" {
		if w := strings.Fields(t)[0]; phaseWords()[lexicon.Fold(w)] || followUpNumber(w) {
			return "", ""
		}
	}
	return name, rest
}

// otherSection reports a heading over projects a page lists in passing:
// "5. Other programmes", "Related projects", or any heading that opens
// with the word for "other" and names none of a project's fields ("4.
// Other portfolio highlights"; not "Other donors").
func otherSection(heading string) bool {
	h := sectionNumber.ReplaceAllString(collapse(heading), "")
	if hasCueAt(h, "other_section") {
		return true
	}
	start, end, ok := findCue(h, "other")
	if !ok || start != 0 {
		return false
	}
	rest := strings.TrimSpace(h[end:])
	switch lookupLabel(rest) {
	case labelNone, labelKeyFigures, labelAchievements, labelOutputs, labelActivities:
		// "Other portfolio highlights", "Other results": other work.
		return rest != "" && len(findMentions(rest)) == 0
	}
	return false // "Other donors": more of this project's facts
}

// docText is the whole document's text, made once.
// describingText is the document's text less the sections that list
// other projects in passing ("5. Other programmes", "Related projects"):
// a name there does not make a table row describe its project.
func (x *extractor) describingText() string {
	if x.describing == "" {
		var sb strings.Builder
		for _, b := range x.doc.Blocks {
			if otherSection(b.Section) || b.Role == dossier.RoleHeading && otherSection(b.Text) {
				continue
			}
			sb.WriteString(blockText(b))
			sb.WriteString("\n")
		}
		x.describing = sb.String()
	}
	return x.describing
}

// namedSqueezed counts the times the describing text names name, both
// without case, spaces and punctuation: "IBCM Sahel" in a table is the
// text's "IBCM-Sahel".
func (x *extractor) namedSqueezed(name string) int {
	if x.squeezed == "" {
		x.squeezed = squeeze(x.describingText())
	}
	n := squeeze(name)
	if len(n) < 4 {
		return strings.Count(x.describingText(), name)
	}
	return strings.Count(x.squeezed, n)
}

// squeeze keeps a text's letters and digits, in lower case.
func squeeze(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func (x *extractor) docText() string {
	if x.allText == "" {
		var sb strings.Builder
		for _, b := range x.doc.Blocks {
			sb.WriteString(blockText(b))
			sb.WriteString("\n")
		}
		x.allText = sb.String()
	}
	return x.allText
}

// datesOnly reports a header whose known columns are all dates, lengths
// or statuses: one row of the project's dates, not rows of payments.
func datesOnly(kinds []labelKind) bool {
	n := 0
	for _, k := range kinds {
		switch k {
		case labelStart, labelEnd, labelDuration, labelStatus:
			n++
		case labelNone:
		default:
			return false
		}
	}
	return n >= 2
}

// withoutCode drops a codelist's code before its name: "1 – Funding",
// "4 - Implementing" (IATI's organisation roles).
func withoutCode(s string) string {
	t := strings.TrimLeft(strings.TrimSpace(s), "0123456789")
	if t == strings.TrimSpace(s) {
		return s
	}
	for _, sep := range []string{"–", "—", "-", ".", ":"} {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(t), sep); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// figureCell is a bare figure, its unit in the column's head ("9,0",
// "1 250 000").
var figureCell = regexp.MustCompile(`^\d+(?:[.,\s\x{00a0}\x{202f}'’]\d+)*$`)

// percentCell is a giver's share of the whole, in per cent ("64 %").
var percentCell = regexp.MustCompile(`^\d{1,3}(?:[.,]\d+)?\s?%$`)

// commitmentYear reports a cell that is empty or opens on a year ("2022",
// "2022 (raised in 2023)").
func commitmentYear(c string) bool {
	ws := strings.Fields(c)
	if len(ws) == 0 {
		return true
	}
	if len(ws[0]) != 4 {
		return false
	}
	d, err := normalize.ParseDate(ws[0])
	return err == nil && d.Precision == dossier.PrecisionYear
}

// amountHeads holds the lexicon's table.amount heads, folded.
var amountHeads = foldedSet("table", "amount")

// equivalentHead reports a column head over amounts converted into
// another currency: "EUR equivalent", "Gegenwert", less a currency code
// ("USD equivalent").
func equivalentHead(h string) bool {
	f := lexicon.Fold(headText(h))
	if equivalentHeads()[f] {
		return true
	}
	for _, w := range strings.Fields(f) {
		if equivalentHeads()[w] {
			return true
		}
	}
	return false
}

// equivalentHeads holds the lexicon's table.equivalent heads, folded.
var equivalentHeads = foldedSet("table", "equivalent")

// figureRows reads a brochure's band of key figures laid out as a table:
// a row of figures over a row of their captions, a column to a card ("7,5
// M€ | 48 mois | 3 pays" over "budget total du programme | d'avril 2023 à
// mars 2027 | Maroc, Tunisie"). Captions that wrap go on in the rows
// below, as many cells each. A caption that is a label makes its figure
// the value ("budget total du programme"); a figure whose words are a
// label makes its caption the value ("3 pays" over the countries); a
// caption that is a period gives the dates, a figure that is a length the
// duration. It reports whether it read the rows.
func (x *extractor) figureRows(i int) bool {
	b := x.doc.Blocks[i]
	figures := rowCells(b)
	if len(figures) < 2 || i+1 >= len(x.doc.Blocks) {
		return false
	}
	n := 0
	for _, c := range figures {
		if cardFigure(c) {
			n++
		}
	}
	if 2*n < len(figures) {
		return false
	}
	return x.figureBand(b, figures, i+1)
}

// figureHeadings reads a band of key figures set as headings one after
// another ("13,6 M€", "48 mois", "3 pays") over the row of their captions
// at i, one caption to a figure; it reports whether it read one.
func (x *extractor) figureHeadings(i int) bool {
	b := x.doc.Blocks[i]
	n := len(rowCells(b))
	if n < 2 || i < n {
		return false
	}
	figures := make([]string, n)
	for j := 0; j < n; j++ {
		h := x.doc.Blocks[i-n+j]
		if h.Role != dossier.RoleHeading || h.Page != b.Page || !cardFigure(h.Text) {
			return false
		}
		figures[j] = h.Text
	}
	// (The block before the band is no figure of it: a band of four
	// headings over three captions is no band.)
	if k := i - n - 1; k >= 0 && x.doc.Blocks[k].Role == dossier.RoleHeading && cardFigure(x.doc.Blocks[k].Text) {
		return false
	}
	return x.figureBand(b, figures, i)
}

// figureBand reads the captions under a band of figures, in the rows from
// start: each caption labels its figure or is its figure's value.
func (x *extractor) figureBand(b dossier.Block, figures []string, start int) bool {
	captions := make([]string, len(figures))
	end := start
	for ; end < len(x.doc.Blocks) && end <= start+2; end++ {
		r := x.doc.Blocks[end]
		cells := rowCells(r)
		if r.Role != dossier.RoleRow || r.Page != b.Page || len(cells) != len(figures) {
			break
		}
		bare := 0
		for _, c := range cells {
			if cardFigure(c) {
				bare++
			}
		}
		if 2*bare >= len(cells) {
			break // another band of figures, or a table of numbers
		}
		// ("1,2 million d'animaux vaccinés | 186 auxiliaires …" under
		// the captions: a band of figures of its own, set in one cell
		// each, not the captions' wrapped lines; "2026" alone is one.)
		// (A period that wraps is a caption: "1 April 2021 – 31" over
		// "March 2024".)
		if end > start && slices.ContainsFunc(cells, func(c string) bool {
			c = strings.TrimSpace(c)
			if _, date := dateAt(c); date {
				return false
			}
			return c != "" && c[0] >= '0' && c[0] <= '9' && len(strings.Fields(c)) >= 3
		}) {
			break
		}
		if end == start && slices.ContainsFunc(cells, func(c string) bool { return strings.TrimSpace(c) == "" }) {
			// A caption missing under a figure: the page's columns
			// did not come out aligned ("14 Mio. | 3 | 36" over
			// "Partnerländer € | Monate | … | ").
			return false
		}
		for j, c := range cells {
			captions[j] = strings.TrimSpace(captions[j] + " " + strings.TrimSpace(c))
		}
	}
	if end == start {
		return false
	}
	for j, f := range figures {
		f, c := collapse(f), collapse(captions[j])
		if f == "" || c == "" {
			continue
		}
		quote := f + " " + c
		// ("EUR 2.4" over "million total budget", "36" over "months 1
		// April 2021 – …": the unit that wrapped to the caption's first
		// line completes the figure.)
		if w := leadingRun(c); w != "" && len(strings.Fields(f)) <= 2 {
			_, durOK := normalize.ParseDurationMonths(f + " " + w)
			_, lenOK := normalize.ParseDurationMonths(f)
			if fm, wm := normalize.FindMoney(f), normalize.FindMoney(f+" "+w); durOK && !lenOK || len(fm) == 1 && len(wm) == 1 && wm[0].Money.Amount > fm[0].Money.Amount {
				f, c = f+" "+w, strings.TrimSpace(c[len(w):])
			}
		}
		pb := b
		pb.Role, pb.Label, pb.Text = dossier.RolePair, c, f
		switch k := lookupLabel(c); k {
		case labelBudget, labelDuration, labelStart, labelEnd, labelGiven:
			x.valueLine(k, pb, f, quote)
			continue
		}
		// ("total budget, funded by the Netherlands": a label, then a
		// note the caption goes on with, read as a line.)
		if i := strings.IndexAny(c, ",;"); i > 0 && lookupLabel(c[:i]) == labelBudget {
			pb.Label = c[:i]
			x.valueLine(labelBudget, pb, f, quote)
			c = collapse(captions[j])
		}
		// ("36" over "mesi di attività": the unit opens the caption.)
		length := f
		if w := strings.Fields(c); len(w) > 0 && len(strings.Fields(f)) == 1 {
			length = f + " " + w[0]
		}
		if n, ok := normalize.ParseDurationMonths(length); ok && len(strings.Fields(length)) <= 3 {
			x.add(pb, dossier.FieldDurationMonths, dossier.IntValue(n), length, quote, "figure:duration")
		}
		// ("de ejecución (septiembre de 2020 a agosto de 2025)": the
		// period in brackets after the caption's words.)
		period := c
		if lp, rp := strings.IndexByte(c, '('), strings.LastIndexByte(c, ')'); lp >= 0 && rp > lp {
			period = c[lp+1 : rp]
		}
		if _, err := normalize.ParseDateRange(period); err == nil {
			x.dateRange(pb, period, quote)
			continue
		}
		// "3 pays" over "Maroc, Tunisie …": the figure's words label the caption.
		if w := strings.TrimLeft(f, "0123456789.,  "); w != f {
			switch k := lookupLabel(w); k {
			case labelCountries, labelFunding, labelImplementer:
				pb.Label, pb.Text = w, c
				x.valueLine(k, pb, c, quote)
				continue
			}
		}
		// Otherwise the caption is read as any line is ("Paesi
		// beneficiari: Kenya, Tanzania e Uganda").
		cb := b
		cb.Role, cb.Text = dossier.RoleParagraph, c
		x.lines(cb, labelNone)
	}
	for j := start; j < end; j++ {
		x.consumed[j] = true
	}
	return true
}

// cardFigure reports a card's figure: a short line that is a quantity, an
// amount or a bare number ("48 mois", "€ 1 mln", "3").
func cardFigure(c string) bool {
	c = collapse(c)
	if c == "" || len(c) > 30 {
		return false
	}
	if figureLine(c) || len(normalize.FindMoney(c)) == 1 {
		return true
	}
	// ("6 480", "1.250": a count with its thousands set apart.)
	_, err := strconv.Atoi(thousandsSeparators.Replace(c))
	return err == nil
}

// thousandsSeparators strips what sets a count's thousands apart.
var thousandsSeparators = strings.NewReplacer(" ", "", ".", "", ",", "", "\u00a0", "", "\u202f", "")

// projectsHeader reads the first row of a table of givers by project:
// the givers' column first, then a column for each of two projects of
// the document or more, a total's column at most beside them ("Bailleur
// | VITASANG | RESATS", "Financiador | Tais de Letras (2019–2022) | Tais
// de Letras II (2023–2026) | Total"). Each row is then one giver's
// contribution to each project, a total's row each project's budget.
func (x *extractor) projectsHeader(i int) (tableColumns, bool) {
	cells := rowCells(x.doc.Blocks[i])
	if len(cells) < 3 || lookupLabel(headText(cells[0])) != labelFunding {
		return tableColumns{}, false
	}
	projects := make([]string, len(cells))
	seen := map[string]bool{}
	for j, c := range cells[1:] {
		h := headText(c)
		if totalCell(h) {
			continue
		}
		// ("GÉOCENS Sahel 2025–2028": a name with its years, as the
		// document names the phase.)
		k := x.rowProject(collapse(c))
		if k == "" {
			k = x.rowProject(h)
		}
		// (Two columns of one name, "GÉOCENS Sahel (2019–2023)" beside
		// "GÉOCENS Sahel 2025–2028", are phases the heads tell apart by
		// their dates alone: not read.)
		if k == "" || seen[k] {
			return tableColumns{}, false
		}
		seen[k] = true
		projects[j+1] = k
	}
	if len(seen) < 2 {
		return tableColumns{}, false
	}
	kinds := make([]labelKind, len(cells))
	kinds[0] = labelFunding
	return tableColumns{kinds: kinds, heads: cells, projects: projects, unit: x.captionCurrency(i)}, true
}

// captionCurrency is the one currency the text right above a table gives
// its figures in ("… les contributions signées (en euros).", "Os
// montantes estão expressos em euros"), or "".
func (x *extractor) captionCurrency(i int) string {
	found := ""
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		b := x.doc.Blocks[j]
		if b.Role != dossier.RoleParagraph {
			break
		}
		for _, w := range strings.Fields(b.Text) {
			w = strings.Trim(w, "().,;:")
			if w == "" || strings.ContainsAny(w, "0123456789") {
				continue
			}
			ms := normalize.FindMoney("1 " + w)
			if len(ms) != 1 || ms[0].Money.Currency == "" || ms[0].End != len(w)+2 {
				continue
			}
			if c := ms[0].Money.Currency; found == "" || found == c {
				found = c
			} else {
				return ""
			}
		}
	}
	return found
}

// projectsRow reads a row under projectsHeader: the giver's amount in
// each project's column is its contribution to that project; a total's
// row ("Total", "Orçamento total") gives each project's budget.
func (x *extractor) projectsRow(b dossier.Block, cols tableColumns) {
	cells := rowCells(b)
	if len(cells) != len(cols.projects) {
		return
	}
	giver := collapse(cells[0])
	total := totalCell(giver) || lookupLabel(giver) == labelBudget
	if !total && len(orgMentions(giver)) == 0 && !isCountry(giver) {
		return // "Por mobilizar": no giver's row
	}
	quote := collapse(strings.Join(cells, " "))
	saved := x.current
	for j, k := range cols.projects {
		if k == "" || !strings.ContainsAny(cells[j], "0123456789") {
			continue
		}
		v := strings.TrimSpace(cols.cellValue(cells, j))
		if len(normalize.FindMoney(v)) == 0 && cols.unit != "" {
			v = cols.unit + " " + v
		}
		if ms := normalize.FindMoney(v); len(ms) != 1 || ms[0].Money.Currency == "" {
			continue
		}
		x.current = k
		if total {
			x.valueLine(labelBudget, b, v, quote)
		} else {
			x.donors(b, giver+": "+v, quote)
		}
	}
	x.current = saved
}

// budgetTable reads a table of budgets under a budget's heading, as IATI
// viewers print an activity's budget elements ("Type | Status | Period
// start | Period end | Value (EUR)" under "Budget"): where every row is
// of one period, the project's budget is the last revised row's value
// (word.revised_budget), or else the last row's. Rows of successive
// periods (a budget a year) sum to no total a reader can be sure of; a
// budget's label right after them with a bare figure ("Total budget |
// 3,750,000") takes the table's currency. It returns how many blocks it
// read, the head's row included; 0 for any other table. (Only a table
// with markup: a PDF's rows carry no table of their own to follow.)
func (x *extractor) budgetTable(i int, tp string) int {
	h := i - 1
	for h >= 0 && h >= i-2 && x.doc.Blocks[h].Role != dossier.RoleHeading {
		h--
	}
	if h < 0 || h < i-2 || lookupLabel(x.doc.Blocks[h].Text) != labelBudget {
		return 0
	}
	cols := tableColumns{heads: rowCells(x.doc.Blocks[i])}
	val := -1
	for c, hd := range cols.heads {
		if lookupLabel(headText(hd)) == labelBudget {
			val = c
		}
	}
	if val < 0 {
		return 0
	}
	type budgetRow struct {
		b       dossier.Block
		value   string
		period  string
		revised bool
	}
	var rows []budgetRow
	currency, mixed := "", false
	j := i + 1
	for ; j < len(x.doc.Blocks); j++ {
		b := x.doc.Blocks[j]
		if p, first := tablePath(b); p != tp || first || b.Role != dossier.RoleRow {
			break
		}
		cells := rowCells(b)
		if len(cells) != len(cols.heads) {
			return 0
		}
		v := strings.TrimSpace(cols.cellValue(cells, val))
		ms := normalize.FindMoney(v)
		if len(ms) != 1 || ms[0].Money.Currency == "" {
			return 0
		}
		// (Rows in two currencies leave a bare total's unknown.)
		if currency != "" && currency != ms[0].Money.Currency {
			mixed = true
		}
		currency = ms[0].Money.Currency
		r := budgetRow{b: b, value: v}
		for c, cell := range cells {
			if c == val {
				continue
			}
			if rg, err := normalize.ParseDateRange(cell); err == nil && rg.Start != nil && rg.End != nil {
				r.period += rg.Start.String() + "–" + rg.End.String() + ";"
			} else if d, err := normalize.ParseDate(cell); err == nil {
				r.period += d.String() + ";"
			}
			for _, w := range strings.Fields(lexicon.Fold(cell)) {
				r.revised = r.revised || revisedWords()[strings.Trim(w, ",.;:()")]
			}
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return 0
	}
	chosen := -1
	for k, r := range rows {
		if r.period != rows[0].period {
			chosen = -1
			break
		}
		if r.revised || chosen < 0 || !rows[chosen].revised {
			chosen = k
		}
	}
	if chosen >= 0 {
		r := rows[chosen]
		from := len(x.facts)
		x.valueLine(labelBudget, r.b, r.value, collapse(strings.Join(rowCells(r.b), " ")))
		for k := from; k < len(x.facts); k++ {
			if x.facts[k].Field == dossier.FieldBudget {
				x.facts[k].Extractor = tableBudget
			}
		}
		return j - i
	}
	// "Total budget | 3,750,000" after a budget a year.
	if j < len(x.doc.Blocks) && !mixed {
		if b := x.doc.Blocks[j]; b.Role == dossier.RolePair && lookupLabel(b.Label) == labelBudget && len(normalize.FindMoney(b.Text)) == 0 && figureCell.MatchString(strings.TrimSpace(b.Text)) {
			x.valueLine(labelBudget, b, currency+" "+strings.TrimSpace(b.Text), collapse(b.Text))
			return j - i + 1
		}
	}
	return 0
}

// revisedWords are the lexicon's word.revised_budget, folded: what marks
// a revised budget beside the original ("Revised", "Révisé").
var revisedWords = foldedSet("word", "revised_budget")

// tableBudget names the facts budgetTable reads from an activity's
// budgets, which publisherBudget settles once the page is read.
const tableBudget = "table:budget"

// publisherBudget settles the budgets read from an activity's table of
// budgets: the figure is its publisher's, and where the page states
// another budget of the project ("Total cost of the action: EUR 8 500
// 000" over a table's "EUR 8,000,000", the funder's share), that one
// stands. (A funder that publishes the record of a project it alone pays
// for gives the whole budget: there the figure stays.)
func (x *extractor) publisherBudget() {
	var any bool
	for _, f := range x.facts {
		any = any || f.Extractor == tableBudget
	}
	if !any {
		return
	}
	other := map[string]map[string]bool{}
	for _, f := range x.facts {
		if f.Field == dossier.FieldBudget && f.Extractor != tableBudget {
			k := projectKey(f.Project)
			if other[k] == nil {
				other[k] = map[string]bool{}
			}
			other[k][f.Value.Key()] = true
		}
	}
	x.dropFacts(func(f dossier.Fact) bool {
		o := other[projectKey(f.Project)]
		return f.Extractor == tableBudget && len(o) > 0 && !o[f.Value.Key()]
	})
}

// cardTable reports a table whose heads are all labels of a project's
// fields (no names, roles or codes) over two rows at most: key figures
// laid out as a table, not a table of many rows (budget periods,
// payments, phases).
func (x *extractor) cardTable(cols tableColumns) bool {
	// (Three heads at least: "Date | Amount", "Period | Value" head a
	// ledger of payments or budget periods, however short.)
	if len(cols.kinds) < 3 || len(cols.projects) > 0 || cols.given > 0 {
		return false
	}
	for _, k := range cols.kinds {
		switch k {
		case labelStart, labelEnd, labelDuration, labelBudget, labelFunding, labelImplementer, labelCountries, labelStatus:
		default:
			return false
		}
	}
	if x.tableRows == nil {
		x.tableRows = map[string]int{}
		for _, b := range x.doc.Blocks {
			if tp, _ := tablePath(b); tp != "" && (b.Role == dossier.RoleRow || b.Role == dossier.RolePair) {
				x.tableRows[tp]++
			}
		}
	}
	return x.tableRows[cols.path] <= 3
}

// startsWithFigure reports text that opens on a digit or a currency's
// sign or code: "10,0 Mio. EUR", "€ 3 m", "EUR 4 million".
func startsWithFigure(v string) bool {
	ms := normalize.FindMoney(v)
	if len(ms) > 0 && ms[0].Start == 0 {
		return true
	}
	return v != "" && v[0] >= '0' && v[0] <= '9'
}
