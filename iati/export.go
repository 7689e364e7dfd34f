package iati

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// SchemeIdentifier is the scheme of an iati-identifier read from an IATI
// file; a project's identifier of this scheme that starts with the
// reporting organisation's reference is written again as it is.
const SchemeIdentifier = "iati-identifier"

// Source is a document a record cites, as its document-link shows it.
type Source struct {
	// Source is the path or URL the document was read from.
	Source string
	Kind   dossier.Kind
	Title  string
	AsOf   *dossier.Date
}

// Org is the organisation that publishes the file.
type Org struct {
	// Ref is its IATI organisation identifier ("XM-DAC-41114"); every
	// activity identifier starts with it.
	Ref string
	// Type is its IATI OrganisationType code ("40" multilateral).
	Type string
	Name string
}

// Options are what a file is written with.
type Options struct {
	ReportingOrg Org
	// Now is the time the file speaks from: no actual date lies after
	// its day, and a project's status is its status on that day.
	Now time.Time
}

// Note says what was left out of the file and why: a whole project
// (LeftOut), or one value of it.
type Note struct {
	Project string
	LeftOut bool
	Text    string
}

func (n Note) String() string {
	if n.LeftOut {
		return n.Project + ": left out of the IATI file: " + n.Text
	}
	return n.Project + ": " + n.Text
}

// ErrNoActivity says that no project could be written: an IATI file needs
// one activity at least.
var ErrNoActivity = errors.New("no project can be written as an IATI activity")

// organisationTypes are the codes of IATI's OrganisationType codelist
// (not among the shared codelists).
var organisationTypes = []string{"10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"}

// CheckOrg reports what is wrong with a reporting organisation, if
// anything: its reference must be a usable IATI identifier prefix (no
// spaces, none of / & | ?), its type an OrganisationType code, and it
// needs a name.
func CheckOrg(o Org) error {
	switch {
	case o.Ref == "":
		return errors.New("the reporting organisation needs its IATI organisation identifier (--reporting-org)")
	case strings.ContainsAny(o.Ref, "/&|?") || strings.IndexFunc(o.Ref, unicode.IsSpace) >= 0:
		return fmt.Errorf("reporting organisation %q: an IATI identifier has no spaces and none of / & | ?", o.Ref)
	case !slices.Contains(organisationTypes, o.Type):
		return fmt.Errorf("reporting organisation type %q is not an IATI OrganisationType code (%s)", o.Type, strings.Join(organisationTypes, ", "))
	case strings.TrimSpace(o.Name) == "":
		return errors.New("the reporting organisation needs a name (--reporting-org-name)")
	}
	return nil
}

// Build makes the IATI file of projects: one activity for each project
// that has what IATI requires (a settled start or end, a status, a donor
// or an implementer), in the order given. sources are the documents the
// records cite, by id. Notes say what was left out; the error is
// CheckOrg's, or ErrNoActivity.
func Build(projects []dossier.Project, sources map[string]Source, opt Options) (*File, []Note, error) {
	if err := CheckOrg(opt.ReportingOrg); err != nil {
		return nil, nil, err
	}
	b := builder{opt: opt, sources: sources, projects: projects, today: day(opt.Now)}
	f := &File{Version: StandardVersion, Generated: opt.Now.UTC().Format(time.RFC3339)}
	used := map[string]bool{}
	ids := map[string]string{} // project id → activity identifier, of the activities written
	var built []*Activity
	var owners []dossier.Project
	for _, p := range projects {
		a, missing := b.activity(p)
		if len(missing) > 0 {
			b.notes = append(b.notes, Note{Project: p.ID, LeftOut: true, Text: strings.Join(missing, "; ")})
			continue
		}
		a.Identifier = identifierFor(p, opt.ReportingOrg.Ref, used)
		ids[p.ID] = a.Identifier
		built = append(built, a)
		owners = append(owners, p)
	}
	if len(built) == 0 {
		return nil, b.notes, ErrNoActivity
	}
	for i, a := range built {
		for _, rel := range []*string{owners[i].Predecessor, owners[i].Successor} {
			if rel != nil && ids[*rel] != "" && *rel != owners[i].ID {
				a.Related = append(a.Related, Related{Ref: ids[*rel], Type: relatedSibling})
			}
		}
		f.Activities = append(f.Activities, *a)
	}
	return f, b.notes, nil
}

// builder makes the activities of one file.
type builder struct {
	opt      Options
	sources  map[string]Source
	projects []dossier.Project
	today    time.Time
	notes    []Note
}

func (b *builder) note(p dossier.Project, format string, args ...any) {
	b.notes = append(b.notes, Note{Project: p.ID, Text: fmt.Sprintf(format, args...)})
}

// activity is p's activity without its identifier and related
// activities, or the required elements p cannot fill.
func (b *builder) activity(p dossier.Project) (*Activity, []string) {
	org := b.opt.ReportingOrg
	a := &Activity{
		Lang:         "en",
		ReportingOrg: &ReportingOrg{Ref: org.Ref, Type: org.Type, Narratives: []Narrative{{Text: org.Name}}},
		Title:        []Narrative{{Text: p.Title}},
	}
	var general []string // sentences of the general description
	general = append(general, fmt.Sprintf("Compiled by dossier from %s, each listed as a document link.", count(len(p.Documents), "source document", "source documents")))

	for _, d := range textList(p, dossier.FieldDonors) {
		a.Participating = append(a.Participating, ParticipatingOrg{Role: roleFunding, Narratives: []Narrative{{Text: d}}})
	}
	for _, d := range textList(p, dossier.FieldImplementer) {
		a.Participating = append(a.Participating, ParticipatingOrg{Role: roleImplementing, Narratives: []Narrative{{Text: d}}})
	}

	start, end := b.date(p, dossier.FieldStart), b.date(p, dossier.FieldEnd)
	if start != nil && end != nil && firstDay(*start).After(lastDay(*end)) {
		b.note(p, "the start (%s) is after the end (%s): both dates left out until a reviewer settles them", start.Human(), end.Human())
		general = append(general, fmt.Sprintf("The sources give a start (%s) after the end (%s); neither date is given here until a reviewer settles them.", start.Human(), end.Human()))
		start, end = nil, nil
	}
	status, basis := b.statusOn(p, start, end)
	if basis != "" {
		general = append(general, fmt.Sprintf("Status on %s: %s.", b.today.Format("2 January 2006"), basis))
	}
	switch status {
	case dossier.ProjectPlanned:
		a.Status = &Code{Code: statusPipeline}
	case dossier.ProjectOngoing:
		a.Status = &Code{Code: statusImplementation}
	case dossier.ProjectCompleted:
		a.Status = &Code{Code: statusClosed}
	}
	if start != nil {
		typ := datePlannedStart
		if (status == dossier.ProjectOngoing || status == dossier.ProjectCompleted) && !firstDay(*start).After(b.today) {
			typ = dateActualStart
		}
		a.Dates = append(a.Dates, activityDate(typ, *start, firstDay(*start)))
	}
	if end != nil {
		typ := datePlannedEnd
		if status == dossier.ProjectCompleted && !lastDay(*end).After(b.today) {
			typ = dateActualEnd
		}
		a.Dates = append(a.Dates, activityDate(typ, *end, lastDay(*end)))
	}

	if m := b.money(p); m != nil {
		a.Envelope = &Envelope{Amount: amount(m.Amount), Currency: m.Currency, Qualifier: m.Qualifier}
		general = append(general, fmt.Sprintf("Budget for the whole period: %s. IATI budgets cover a year at most each, and no source splits this one by year.", dossier.MoneyValue(*m).String()))
	}

	var uncoded []string
	for _, name := range textList(p, dossier.FieldRegions) {
		a.RegionNames = append(a.RegionNames, ExtText{Text: name})
		if code, ok := regionByName()[foldName(name)]; ok {
			a.Regions = append(a.Regions, Recipient{Code: code, Vocabulary: regionVocabularyDAC})
		} else {
			uncoded = append(uncoded, name)
		}
	}
	if len(uncoded) > 0 {
		general = append(general, "Regions the IATI region codes do not name: "+strings.Join(uncoded, "; ")+".")
	}
	for _, code := range textList(p, dossier.FieldCountries) {
		if normalize.CountryName(code) == "" {
			b.note(p, "country code %q is not in the IATI Country codelist: left out", code)
			continue
		}
		a.Countries = append(a.Countries, Recipient{Code: code})
	}

	undated := b.contributions(p, a)
	if len(undated) > 0 {
		general = append(general, "Contributions not given as transactions, since no source that states them is dated: "+strings.Join(undated, "; ")+".")
	}

	if rel := b.relations(p, a); rel != "" {
		general = append(general, rel)
	}
	for _, al := range p.Aliases {
		a.Aliases = append(a.Aliases, ExtText{Text: al})
	}
	if open := underReview(p, basis != ""); len(open) > 0 {
		general = append(general, "Left out, because the sources disagree and no reviewer has decided: "+strings.Join(open, ", ")+".")
	}
	a.Descriptions = append(a.Descriptions, Description{Type: descriptionGeneral, Narratives: []Narrative{{Text: strings.Join(general, " ")}}})
	if objs := textList(p, dossier.FieldObjectives); len(objs) > 0 {
		a.Descriptions = append(a.Descriptions, Description{Type: descriptionObjectives, Narratives: []Narrative{{Text: strings.Join(objs, "\n")}}})
	}

	a.OtherIdentifiers = otherIdentifiers(p, org.Ref)
	a.Contacts = contacts(p)
	a.DocumentLinks = b.documentLinks(p)

	var missing []string
	if len(a.Participating) == 0 {
		missing = append(missing, "no donor or implementer (participating-org is required)")
	}
	if len(a.Dates) == 0 {
		missing = append(missing, "no settled start or end date (activity-date is required)")
	}
	if a.Status == nil {
		missing = append(missing, "no status: no settled one, and the period does not settle it (activity-status is required)")
	}
	return a, missing
}

// settled returns p's field unless it is missing or needs review: IATI
// gets no value a reviewer has still to choose.
func settled(p dossier.Project, name string) (dossier.Field, bool) {
	f, ok := p.Fields[name]
	return f, ok && f.Status != dossier.StatusNeedsReview
}

// textList returns the text members of p's settled list field.
func textList(p dossier.Project, name string) []string {
	f, ok := settled(p, name)
	if !ok {
		return nil
	}
	var out []string
	for _, v := range f.List {
		if v.Kind == dossier.ValueText && strings.TrimSpace(v.Text) != "" {
			out = append(out, v.Text)
		}
	}
	return out
}

// underReview names the fields IATI could show that need review; but the
// status when the period gave one (statusGiven).
func underReview(p dossier.Project, statusGiven bool) []string {
	var out []string
	for _, name := range append(slices.Clone(dossier.ContractFields), dossier.FieldObjectives, dossier.FieldContacts) {
		if name == dossier.FieldStatus && statusGiven {
			continue
		}
		if f, ok := p.Fields[name]; ok && f.Status == dossier.StatusNeedsReview {
			out = append(out, strings.ReplaceAll(name, "_", " "))
		}
	}
	return out
}

// date returns p's settled date field, if it is a calendar date IATI can
// write.
func (b *builder) date(p dossier.Project, name string) *dossier.Date {
	f, ok := settled(p, name)
	if !ok || f.Value == nil || f.Value.Kind != dossier.ValueDate || f.Value.Date == nil {
		return nil
	}
	d := *f.Value.Date
	if !validDate(d) {
		b.note(p, "%s %s is not a calendar date: left out", name, d)
		return nil
	}
	return &d
}

func validDate(d dossier.Date) bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day
}

// firstDay is the first day of the period a date names; lastDay its last:
// "2027" runs from 1 January to 31 December 2027.
func firstDay(d dossier.Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

func lastDay(d dossier.Date) time.Time {
	t := firstDay(d)
	switch d.Precision {
	case dossier.PrecisionYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case dossier.PrecisionMonth:
		return t.AddDate(0, 1, -1)
	}
	return t
}

func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// activityDate writes d on the day iso; a date of a month or a year says
// so in dossier's precision and in words.
func activityDate(typ string, d dossier.Date, iso time.Time) ActivityDate {
	ad := ActivityDate{Type: typ, ISODate: iso.Format(time.DateOnly)}
	if d.Precision != dossier.PrecisionDay && d.Precision != "" {
		ad.Precision = string(d.Precision)
		ad.Narratives = []Narrative{{Text: d.Human()}}
	}
	return ad
}

// statusOn is p's status on the file's day, as the donor reports give it:
// the sources' status, unless the day lies past the end of the period (or
// before its start) and the sources' status is older than that; then the
// status follows from the period. basis says why, when the status is not
// the one the record holds.
func (b *builder) statusOn(p dossier.Project, start, end *dossier.Date) (status, basis string) {
	var said string
	var asOf time.Time
	var dated bool
	f, ok := p.Fields[dossier.FieldStatus]
	if ok && f.Status != dossier.StatusNeedsReview && f.Value != nil && f.Value.Kind == dossier.ValueText {
		switch f.Value.Text {
		case dossier.ProjectPlanned, dossier.ProjectOngoing, dossier.ProjectCompleted:
			said = f.Value.Text
		}
		if f.Status == dossier.StatusOverridden && f.Decision != nil {
			asOf, dated = f.Decision.Time.UTC(), true
		} else {
			for _, c := range f.Candidates {
				if !c.Chosen {
					continue
				}
				for _, s := range c.Sources {
					if d := b.sources[s.Document].AsOf; d != nil && validDate(*d) && (!dated || firstDay(*d).After(asOf)) {
						asOf, dated = firstDay(*d), true
					}
				}
			}
		}
	}
	var said2 string // what the sources say, as a clause
	switch {
	case ok && f.Status == dossier.StatusNeedsReview:
		said2 = "the sources disagree on the status and no reviewer has decided"
	case said == "":
		said2 = "no source states the status"
	case dated:
		said2 = fmt.Sprintf("the sources last state it as %s, as of %s", said, asOf.Format("2 January 2006"))
	default:
		said2 = fmt.Sprintf("the sources state it as %s, in an undated source", said)
	}
	newer := func(t time.Time) bool { return said != "" && dated && !asOf.Before(t) }
	switch {
	case end != nil && b.today.After(lastDay(*end)):
		if said == dossier.ProjectCompleted || newer(lastDay(*end).AddDate(0, 0, 1)) {
			return said, ""
		}
		return dossier.ProjectCompleted, fmt.Sprintf("completed, as the period ended on %s (%s)", end.Human(), said2)
	case start != nil && b.today.Before(firstDay(*start)):
		if said == dossier.ProjectPlanned {
			return said, ""
		}
		if said == "" {
			return dossier.ProjectPlanned, fmt.Sprintf("planned, as the period starts on %s (%s)", start.Human(), said2)
		}
		return said, ""
	case said == dossier.ProjectPlanned && start != nil && !newer(firstDay(*start)):
		return dossier.ProjectOngoing, fmt.Sprintf("ongoing, as the period began on %s (%s)", start.Human(), said2)
	case said != "":
		return said, ""
	case start != nil && end != nil:
		return dossier.ProjectOngoing, fmt.Sprintf("ongoing, as this day falls within the period, %s to %s (%s)", start.Human(), end.Human(), said2)
	}
	return "", ""
}

// money returns p's settled budget, if IATI can write it.
func (b *builder) money(p dossier.Project) *dossier.Money {
	f, ok := settled(p, dossier.FieldBudget)
	if !ok || f.Value == nil || f.Value.Kind != dossier.ValueMoney || f.Value.Money == nil {
		return nil
	}
	m := *f.Value.Money
	if err := checkMoney(m.Amount, m.Currency); err != nil {
		b.note(p, "budget left out: %v", err)
		return nil
	}
	return &m
}

func checkMoney(a float64, currency string) error {
	if err := dossier.CheckAmount(a); err != nil {
		return err
	}
	if !normalize.IsCurrency(currency) {
		return fmt.Errorf("currency %q is not in the IATI Currency codelist", currency)
	}
	return nil
}

// amount writes an amount as an xsd:decimal: no exponent, no separators.
func amount(a float64) string { return strconv.FormatFloat(a, 'f', -1, 64) }

// contributions adds p's contributions to a as incoming commitments,
// each dated by the earliest source that states it (a commitment is made
// by the time a source reports it); one that no dated source states is
// kept in dossier's namespace and named in the returned list.
func (b *builder) contributions(p dossier.Project, a *Activity) (undated []string) {
	f, ok := settled(p, dossier.FieldContributions)
	if !ok {
		return nil
	}
	for _, v := range f.List {
		c := v.Contribution
		if v.Kind != dossier.ValueContribution || c == nil || strings.TrimSpace(c.Donor) == "" {
			continue
		}
		if err := checkMoney(c.Amount, c.Currency); err != nil {
			b.note(p, "contribution of %s left out: %v", c.Donor, err)
			continue
		}
		var eur string
		if c.EUREquivalent != nil && dossier.CheckAmount(*c.EUREquivalent) == nil {
			eur = amount(*c.EUREquivalent)
		}
		docs := docsOf(f.Candidates, v)
		when, src, ok := b.committedBy(docs)
		if !ok {
			a.Contributions = append(a.Contributions, ExtContribution{Donor: c.Donor, Amount: amount(c.Amount), Currency: c.Currency, EUREquivalent: eur})
			undated = append(undated, v.String())
			continue
		}
		desc := fmt.Sprintf("Stated by a source dated %s; the commitment's own date is not stated.", src.Human())
		if shared := b.sharedWith(p, v, docs); len(shared) > 0 {
			desc += " The source gives this contribution to " + joinAnd(append([]string{p.Title}, shared...)) + " together, without the split: do not add it up across them."
		}
		iso := when.Format(time.DateOnly)
		a.Transactions = append(a.Transactions, Transaction{
			Type:        Code{Code: transactionIncomingCommitment},
			Date:        DateElem{ISODate: iso},
			Value:       Value{Amount: amount(c.Amount), Currency: c.Currency, ValueDate: iso, EUREquivalent: eur},
			Description: []Narrative{{Text: desc}},
			Provider:    &TxOrg{Narratives: []Narrative{{Text: c.Donor}}},
		})
	}
	return undated
}

// docsOf lists the documents of the candidates that hold v.
func docsOf(cands []dossier.Candidate, v dossier.Value) []string {
	key := v.Key()
	var out []string
	for _, c := range cands {
		if c.Value.Key() != key {
			continue
		}
		for _, s := range c.Sources {
			if !slices.Contains(out, s.Document) {
				out = append(out, s.Document)
			}
		}
	}
	sort.Strings(out)
	return out
}

// committedBy is the earliest day by which the documents say a commitment
// was made: the last day of the period each one's as-of date names, not
// after the file's day.
func (b *builder) committedBy(docs []string) (time.Time, dossier.Date, bool) {
	var best time.Time
	var src dossier.Date
	found := false
	for _, id := range docs {
		d := b.sources[id].AsOf
		if d == nil || !validDate(*d) {
			continue
		}
		t := lastDay(*d)
		if t.After(b.today) {
			continue
		}
		if !found || t.Before(best) {
			best, src, found = t, *d, true
		}
	}
	return best, src, found
}

// sharedWith names the other projects to which one of docs gives the same
// contribution.
func (b *builder) sharedWith(p dossier.Project, v dossier.Value, docs []string) []string {
	var out []string
	for _, q := range b.projects {
		if q.ID == p.ID {
			continue
		}
		for _, c := range q.Fields[dossier.FieldContributions].Candidates {
			if sameContribution(c.Value.Contribution, v.Contribution) && slices.ContainsFunc(c.Sources, func(s dossier.Source) bool { return slices.Contains(docs, s.Document) }) {
				out = append(out, q.Title)
				break
			}
		}
	}
	return out
}

func sameContribution(a, b *dossier.Contribution) bool {
	return a != nil && b != nil && a.Donor == b.Donor && a.Amount == b.Amount && a.Currency == b.Currency
}

func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// relations keeps p's predecessor and successor in dossier's namespace and
// says them in words, since IATI's related activities have no such types.
func (b *builder) relations(p dossier.Project, a *Activity) string {
	var words []string
	for _, r := range []struct {
		field string
		id    *string
		list  *[]ExtText
		label string
	}{
		{dossier.FieldPredecessor, p.Predecessor, &a.Predecessors, "Predecessor"},
		{dossier.FieldSuccessor, p.Successor, &a.Successors, "Successor"},
	} {
		name := ""
		if f, ok := settled(p, r.field); ok && f.Value != nil && f.Value.Kind == dossier.ValueText {
			name = f.Value.Text
		}
		if name == "" && r.id != nil {
			for _, q := range b.projects {
				if q.ID == *r.id {
					name = q.Title
				}
			}
		}
		if strings.TrimSpace(name) == "" {
			continue
		}
		*r.list = append(*r.list, ExtText{Text: name})
		words = append(words, r.label+": "+name+".")
	}
	return strings.Join(words, " ")
}

// otherIdentifiers lists p's identifiers, each with its scheme, but the
// IATI identifier written as the activity's own.
func otherIdentifiers(p dossier.Project, ref string) []OtherIdentifier {
	var out []OtherIdentifier
	for _, id := range p.Identifiers {
		if strings.TrimSpace(id.Value) == "" || id.Scheme == SchemeIdentifier && strings.HasPrefix(id.Value, ref+"-") {
			continue
		}
		out = append(out, OtherIdentifier{Ref: id.Value, Type: otherActivityIdentifier, Scheme: id.Scheme})
	}
	return out
}

// identifierFor is p's activity identifier: an IATI identifier it already
// has under ref, else ref and one of its identifiers (in the record's
// order), else ref and its dossier id; never one used in the file already.
func identifierFor(p dossier.Project, ref string, used map[string]bool) string {
	var cands []string
	for _, id := range p.Identifiers {
		if id.Scheme == SchemeIdentifier && strings.HasPrefix(id.Value, ref+"-") && !strings.ContainsAny(id.Value, "/&|?") && strings.IndexFunc(id.Value, unicode.IsSpace) < 0 {
			cands = append(cands, id.Value)
		}
	}
	for _, id := range p.Identifiers {
		if id.Scheme != SchemeIdentifier && strings.TrimSpace(id.Value) != "" {
			cands = append(cands, ref+"-"+identifierPart(id.Value))
		}
	}
	cands = append(cands, ref+"-"+p.ID)
	for _, c := range cands {
		if !used[c] {
			used[c] = true
			return c
		}
	}
	for n := 2; ; n++ {
		if c := fmt.Sprintf("%s-%s-%d", ref, p.ID, n); !used[c] {
			used[c] = true
			return c
		}
	}
}

// identifierPart makes a code fit an IATI identifier: no spaces and none
// of / & | ?, each replaced by a hyphen ("DG1/3021" is "DG1-3021").
func identifierPart(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("/&|?", r) || unicode.IsSpace(r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
}

// contacts are p's settled contacts as contact-info elements.
func contacts(p dossier.Project) []Contact {
	f, ok := settled(p, dossier.FieldContacts)
	if !ok {
		return nil
	}
	var out []Contact
	for _, v := range f.List {
		c := v.Contact
		if v.Kind != dossier.ValueContact || c == nil {
			continue
		}
		var ci Contact
		if c.Organisation != "" {
			ci.Organisation = []Narrative{{Text: c.Organisation}}
		}
		if c.Name != "" {
			ci.PersonName = []Narrative{{Text: c.Name}}
		}
		if c.Role != "" {
			ci.JobTitle = []Narrative{{Text: c.Role}}
		}
		if c.Email != "" {
			ci.Email = []string{c.Email}
		}
		if ci.Organisation != nil || ci.PersonName != nil || ci.JobTitle != nil || ci.Email != nil {
			out = append(out, ci)
		}
	}
	return out
}

// documentLinks are p's source documents, by source.
func (b *builder) documentLinks(p dossier.Project) []DocumentLink {
	var out []DocumentLink
	for _, id := range p.Documents {
		s, ok := b.sources[id]
		if !ok || s.Source == "" {
			continue
		}
		title := s.Title
		if strings.TrimSpace(title) == "" {
			title = path.Base(strings.ReplaceAll(s.Source, "\\", "/"))
		}
		dl := DocumentLink{URL: documentURL(s.Source), Format: "application/octet-stream", Title: []Narrative{{Text: title}}}
		category := categoryWebPage
		switch s.Kind {
		case dossier.KindPDF:
			dl.Format, category = "application/pdf", categoryObjectives
		case dossier.KindHTML:
			dl.Format = "text/html"
		case dossier.KindIATI:
			dl.Format = "application/xml"
		}
		dl.Categories = []Code{{Code: category}}
		if d := s.AsOf; d != nil && d.Precision == dossier.PrecisionDay && validDate(*d) {
			dl.Date = &DateElem{ISODate: d.String()}
		}
		out = append(out, dl)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out
}

// documentURL is a source as a URI: a web address as it is, a file's path
// as a relative reference, escaped ("docs/a b.pdf" is "docs/a%20b.pdf").
func documentURL(source string) string {
	if u, err := url.Parse(source); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return u.String()
	}
	return (&url.URL{Path: strings.ReplaceAll(source, "\\", "/")}).String()
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
