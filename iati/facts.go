package iati

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// Facts reads the facts of an IATI document from its blocks (as Blocks
// made them): each activity is a project, named by its title, and each
// element it holds states what the IATI standard says it does. A block
// that is not one of Blocks' is skipped. Facts are in block order.
func Facts(doc *dossier.Document) []dossier.Fact {
	var out []dossier.Fact
	for _, act := range activities(doc.Blocks) {
		out = append(out, act.facts(doc.ID)...)
	}
	return out
}

// parsedElement is one block read back: its element's name and the
// element, with the block's text as the quote.
type parsedElement struct {
	name  string
	quote string
	value any
}

// activityBlocks is the elements of one activity.
type activityBlocks struct {
	elems []parsedElement
}

// activities groups blocks by the activity their path names, in order.
func activities(blocks []dossier.Block) []*activityBlocks {
	var out []*activityBlocks
	byIndex := map[string]*activityBlocks{}
	for _, b := range blocks {
		act, elem, ok := splitPath(b.Path)
		if !ok {
			continue
		}
		a := byIndex[act]
		if a == nil {
			a = &activityBlocks{}
			byIndex[act] = a
			out = append(out, a)
		}
		v := newElement(elem)
		if v == nil || unmarshalSnippet(b.Text, v) != nil {
			continue
		}
		a.elems = append(a.elems, parsedElement{name: elem, quote: b.Text, value: v})
	}
	return out
}

// splitPath reads "iati-activities>iati-activity[3]>activity-date[2]" as
// the activity "iati-activity[3]" and the element "activity-date".
func splitPath(p string) (activity, elem string, ok bool) {
	rest, ok := strings.CutPrefix(p, "iati-activities>")
	if !ok {
		return "", "", false
	}
	activity, last, ok := strings.Cut(rest, ">")
	if !ok || !strings.HasPrefix(activity, "iati-activity[") {
		return "", "", false
	}
	i := strings.LastIndexByte(last, '[')
	if i <= 0 {
		return "", "", false
	}
	return activity, last[:i], true
}

// newElement is a value to read an element of the name into.
func newElement(name string) any {
	switch name {
	case "iati-identifier":
		return new(ExtText)
	case "title":
		return new(titleElem)
	case "description":
		return new(Description)
	case "participating-org":
		return new(ParticipatingOrg)
	case "other-identifier":
		return new(OtherIdentifier)
	case "activity-status":
		return new(Code)
	case "activity-date":
		return new(ActivityDate)
	case "contact-info":
		return new(Contact)
	case "recipient-country", "recipient-region":
		return new(Recipient)
	case "transaction":
		return new(Transaction)
	case ext("envelope"):
		return new(Envelope)
	case ext("contribution"):
		return new(ExtContribution)
	case ext("alias"), ext("region-name"), ext("predecessor"), ext("successor"):
		return new(ExtText)
	}
	return nil
}

// unmarshalSnippet reads one element written by Blocks, with the same
// guard as Read: a stored block is no more trusted than a file.
func unmarshalSnippet(text string, v any) error {
	if len(text) > 1<<20 {
		return fmt.Errorf("element of %d bytes", len(text))
	}
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = true
	d.CharsetReader = func(label string, _ io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("encoding %q", label)
	}
	return xml.NewTokenDecoder(&guard{d: d}).Decode(v)
}

// facts are what one activity states.
func (a *activityBlocks) facts(docID string) []dossier.Fact {
	project := ""
	var identifier string
	hasActual := map[string]bool{}
	namedRegions := false
	for _, e := range a.elems {
		switch v := e.value.(type) {
		case *titleElem:
			if project == "" {
				project = narrative(v.Narratives)
			}
		case *ExtText:
			if e.name == "iati-identifier" && identifier == "" {
				identifier = strings.TrimSpace(v.Text)
			}
			if e.name == ext("region-name") {
				namedRegions = true
			}
		case *ActivityDate:
			switch strings.TrimSpace(v.Type) {
			case dateActualStart:
				hasActual[dossier.FieldStart] = true
			case dateActualEnd:
				hasActual[dossier.FieldEnd] = true
			}
		}
	}
	if project == "" {
		project = identifier
	}
	if project == "" {
		return nil
	}
	var out []dossier.Fact
	add := func(e parsedElement, field string, v dossier.Value, raw string) {
		out = append(out, dossier.Fact{Document: docID, Project: project, Field: field, Value: v, Raw: raw, Quote: e.quote, Extractor: "iati:" + e.name})
	}
	for _, e := range a.elems {
		switch v := e.value.(type) {
		case *titleElem:
			if t := narrative(v.Narratives); t != "" {
				add(e, dossier.FieldTitle, dossier.TextValue(t), t)
			}
		case *ExtText:
			t := strings.Join(strings.Fields(v.Text), " ")
			if t == "" {
				continue
			}
			switch e.name {
			case "iati-identifier":
				add(e, dossier.FieldIdentifiers, dossier.IdentifierValue(dossier.Identifier{Scheme: SchemeIdentifier, Value: t}), t)
			case ext("alias"):
				add(e, dossier.FieldAliases, dossier.TextValue(t), t)
			case ext("region-name"):
				add(e, dossier.FieldRegions, dossier.TextValue(t), t)
			case ext("predecessor"):
				add(e, dossier.FieldPredecessor, dossier.TextValue(t), t)
			case ext("successor"):
				add(e, dossier.FieldSuccessor, dossier.TextValue(t), t)
			}
		case *Description:
			if strings.TrimSpace(v.Type) != descriptionObjectives {
				continue
			}
			for _, line := range strings.Split(narrativeLines(v.Narratives), "\n") {
				if t := strings.Join(strings.Fields(line), " "); t != "" {
					add(e, dossier.FieldObjectives, dossier.TextValue(t), t)
				}
			}
		case *ParticipatingOrg:
			raw := narrative(v.Narratives)
			if raw == "" {
				continue
			}
			switch strings.TrimSpace(v.Role) {
			case roleFunding:
				add(e, dossier.FieldDonors, dossier.TextValue(normalize.OrganisationName(raw)), raw)
			case roleImplementing:
				add(e, dossier.FieldImplementer, dossier.TextValue(normalize.OrganisationName(raw)), raw)
			}
		case *OtherIdentifier:
			ref := strings.TrimSpace(v.Ref)
			if ref == "" {
				continue
			}
			scheme := strings.TrimSpace(v.Scheme)
			if scheme == "" {
				scheme = "iati-other-identifier:" + strings.TrimSpace(v.Type)
			}
			add(e, dossier.FieldIdentifiers, dossier.IdentifierValue(dossier.Identifier{Scheme: scheme, Value: ref}), ref)
		case *Code: // activity-status
			var s string
			switch strings.TrimSpace(v.Code) {
			case statusPipeline:
				s = dossier.ProjectPlanned
			case statusImplementation:
				s = dossier.ProjectOngoing
			case statusFinalisation, statusClosed:
				s = dossier.ProjectCompleted
			default: // cancelled, suspended: dossier has no such status
				continue
			}
			add(e, dossier.FieldStatus, dossier.TextValue(s), v.Code)
		case *ActivityDate:
			d, ok := readDate(v.ISODate, v.Precision)
			if !ok {
				continue
			}
			field := ""
			switch strings.TrimSpace(v.Type) {
			case datePlannedStart, dateActualStart:
				field = dossier.FieldStart
			case datePlannedEnd, dateActualEnd:
				field = dossier.FieldEnd
			default:
				continue
			}
			planned := v.Type == datePlannedStart || v.Type == datePlannedEnd
			if planned && hasActual[field] {
				// The actual date supersedes the plan; the plan is history.
				add(e, dossier.FieldHistory, dossier.TextValue("planned "+field+": "+d.Human()), v.ISODate)
				continue
			}
			add(e, field, dossier.DateValue(d), v.ISODate)
		case *Contact:
			c := dossier.Contact{
				Name:         narrative(v.PersonName),
				Role:         narrative(v.JobTitle),
				Organisation: narrative(v.Organisation),
			}
			if c.Organisation == "" {
				c.Organisation = narrative(v.Department)
			}
			for _, m := range v.Email {
				if m = strings.TrimSpace(m); m != "" {
					c.Email = m
					break
				}
			}
			if c != (dossier.Contact{}) {
				add(e, dossier.FieldContacts, dossier.ContactValue(c), dossier.ContactValue(c).String())
			}
		case *Recipient:
			code := strings.ToUpper(strings.TrimSpace(v.Code))
			if e.name == "recipient-country" {
				if normalize.CountryName(code) != "" {
					add(e, dossier.FieldCountries, dossier.TextValue(code), v.Code)
				}
				continue
			}
			// A region dossier named is read from its name; another
			// publisher's by the OECD DAC codelist.
			voc := strings.TrimSpace(v.Vocabulary)
			if !namedRegions && (voc == "" || voc == regionVocabularyDAC) {
				if n := regionName(code); n != "" {
					add(e, dossier.FieldRegions, dossier.TextValue(n), v.Code)
				}
			}
		case *Transaction:
			if strings.TrimSpace(v.Type.Code) != transactionIncomingCommitment || v.Provider == nil {
				continue
			}
			// Blocks wrote the activity's default currency into a value
			// that had none.
			currency := strings.TrimSpace(v.Value.Currency)
			c, ok := readContribution(narrative(v.Provider.Narratives), v.Value.Amount, currency, v.Value.EUREquivalent)
			if !ok {
				continue
			}
			add(e, dossier.FieldContributions, dossier.ContributionValue(c), strings.TrimSpace(v.Value.Amount)+" "+currency)
			add(e, dossier.FieldDonors, dossier.TextValue(c.Donor), c.Donor)
		case *ExtContribution:
			c, ok := readContribution(v.Donor, v.Amount, v.Currency, v.EUREquivalent)
			if !ok {
				continue
			}
			add(e, dossier.FieldContributions, dossier.ContributionValue(c), strings.TrimSpace(v.Amount)+" "+v.Currency)
			add(e, dossier.FieldDonors, dossier.TextValue(c.Donor), c.Donor)
		case *Envelope:
			amt, ok := readAmount(v.Amount)
			cur := strings.TrimSpace(v.Currency)
			if !ok || !normalize.IsCurrency(cur) {
				continue
			}
			q := strings.TrimSpace(v.Qualifier)
			switch q {
			case dossier.QualifierTotal, dossier.QualifierUpTo, dossier.QualifierTarget, dossier.QualifierAbout:
			default:
				q = dossier.QualifierTotal
			}
			add(e, dossier.FieldBudget, dossier.MoneyValue(dossier.Money{Amount: amt, Currency: cur, Qualifier: q}), strings.TrimSpace(v.Amount)+" "+cur)
		}
	}
	return out
}

// titleElem is a title: narratives, one a language.
type titleElem struct {
	Narratives []Narrative `xml:"narrative"`
}

// narrativeLines keeps a narrative's line breaks, which separate members
// of a list.
func narrativeLines(ns []Narrative) string {
	for _, n := range ns {
		if strings.TrimSpace(n.Text) != "" {
			return n.Text
		}
	}
	return ""
}

// readDate reads an ISO date at dossier's precision: with month
// precision the first of the month, with year precision 1 January.
func readDate(iso, precision string) (dossier.Date, bool) {
	iso = strings.TrimSpace(iso)
	if len(iso) < 10 {
		return dossier.Date{}, false
	}
	t, err := time.Parse(time.DateOnly, iso[:10])
	if err != nil || t.Year() < 1 {
		return dossier.Date{}, false
	}
	d := dossier.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: dossier.PrecisionDay}
	switch strings.TrimSpace(precision) {
	case string(dossier.PrecisionMonth):
		d.Day, d.Precision = 1, dossier.PrecisionMonth
	case string(dossier.PrecisionYear):
		d.Month, d.Day, d.Precision = 1, 1, dossier.PrecisionYear
	}
	return d, true
}

func readAmount(s string) (float64, bool) {
	a, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || dossier.CheckAmount(a) != nil {
		return 0, false
	}
	return a, true
}

func readContribution(donor, amt, currency, eur string) (dossier.Contribution, bool) {
	donor = normalize.OrganisationName(strings.Join(strings.Fields(donor), " "))
	a, ok := readAmount(amt)
	currency = strings.TrimSpace(currency)
	if donor == "" || !ok || !normalize.IsCurrency(currency) {
		return dossier.Contribution{}, false
	}
	c := dossier.Contribution{Donor: donor, Amount: a, Currency: currency}
	if e, ok := readAmount(eur); ok {
		c.EUREquivalent = &e
	}
	return c, true
}
