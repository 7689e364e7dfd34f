package iati_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/iati"
)

// readFacts reads an IATI file's bytes as ingest does: Read, Blocks, then
// Facts over a document of those blocks.
func readFacts(t *testing.T, data []byte) (*dossier.Document, []dossier.Fact) {
	t.Helper()
	f, err := iati.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := iati.Blocks(f)
	if err != nil {
		t.Fatal(err)
	}
	doc := &dossier.Document{ID: "sha256:test", Kind: dossier.KindIATI, Blocks: blocks, Title: iati.Title(f)}
	doc.AsOf, doc.AsOfQuote = iati.AsOf(f)
	return doc, iati.Facts(doc)
}

// factValues maps each field to the values of its facts, in order.
func factValues(fs []dossier.Fact, project string) map[string][]string {
	out := map[string][]string{}
	for _, f := range fs {
		if f.Project == project {
			out[f.Field] = append(out[f.Field], f.Value.Key())
		}
	}
	return out
}

func keys(vs ...dossier.Value) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Key())
	}
	return out
}

// TestRoundTrip_FactsGiveBackTheRecord: a file dossier wrote, read back,
// states every value of the record it was written from: dates at their
// precision, the envelope, donors, contributions with their euro
// equivalents, countries, regions, identifiers with their schemes,
// aliases, objectives, contacts and the predecessor.
func TestRoundTrip_FactsGiveBackTheRecord(t *testing.T) {
	p := richProject()
	_, _, xml := build(t, p)
	doc, fs := readFacts(t, []byte(xml))
	if doc.Title != p.Title {
		t.Errorf("title %q, want %q", doc.Title, p.Title)
	}
	if doc.AsOf == nil || doc.AsOf.String() != "2026-12-01" {
		t.Errorf("as of %v, want the day the file was generated", doc.AsOf)
	}
	got := factValues(fs, p.Title)
	want := map[string][]string{
		dossier.FieldIdentifiers: keys(dossier.IdentifierValue(dossier.Identifier{Scheme: iati.SchemeIdentifier, Value: "XM-TEST-WS-2021-A"}),
			dossier.IdentifierValue(dossier.Identifier{Scheme: "donor-code", Value: "WS/2021 A"})),
		dossier.FieldTitle:       keys(dossier.TextValue(p.Title)),
		dossier.FieldObjectives:  keys(texts("Safe water for 200,000 people", `Training of 40 "WASH" engineers`)...),
		dossier.FieldDonors:      keys(append(texts("Canada", "Fondation Hirondelle, Genève"), texts("Canada", "Fondation Hirondelle, Genève")...)...),
		dossier.FieldImplementer: keys(texts("Council of Europe")...),
		dossier.FieldStatus:      keys(dossier.TextValue(dossier.ProjectOngoing)),
		dossier.FieldStart:       keys(dossier.DateValue(date(2021, 3, 1, dossier.PrecisionMonth))),
		dossier.FieldEnd:         keys(dossier.DateValue(date(2027, 1, 1, dossier.PrecisionYear))),
		dossier.FieldContacts:    keys(dossier.ContactValue(dossier.Contact{Name: "Céline Dewaele", Role: "Programme Assistant", Organisation: "T-CY Secretariat", Email: "celine@example.org"})),
		dossier.FieldCountries:   keys(texts("SN", "ML")...),
		dossier.FieldContributions: keys(
			dossier.ContributionValue(dossier.Contribution{Donor: "Canada", Amount: 250000, Currency: "CAD", EUREquivalent: eur(161000)}),
			dossier.ContributionValue(dossier.Contribution{Donor: "Fondation Hirondelle, Genève", Amount: 1000, Currency: "CHF"})),
		dossier.FieldBudget:      keys(dossier.MoneyValue(dossier.Money{Amount: 12500000.5, Currency: "EUR", Qualifier: dossier.QualifierUpTo})),
		dossier.FieldAliases:     keys(texts("WASH II")...),
		dossier.FieldRegions:     keys(texts("Western Africa", "ECOWAS region")...),
		dossier.FieldPredecessor: keys(texts("WASH Phase 1")...),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
	for _, f := range fs {
		if f.Quote == "" || !strings.HasPrefix(f.Quote, "<") || f.Document != "sha256:test" || !strings.HasPrefix(f.Extractor, "iati:") {
			t.Errorf("fact without its element as quote: %+v", f)
		}
	}
}

// otherPublisher is an IATI file as another publisher writes it: no
// dossier namespace, a default currency, a planned and an actual start,
// a region by its DAC code, a donor as "Government of …".
const otherPublisher = `<?xml version="1.0" encoding="UTF-8"?>
<!-- published by a donor -->
<iati-activities version="2.03" generated-datetime="2024-05-02T08:00:00Z">
 <iati-activity default-currency="EUR" last-updated-datetime="2024-05-01T00:00:00Z">
  <iati-identifier>XM-DAC-7-1-2024000123</iati-identifier>
  <reporting-org ref="XM-DAC-7" type="10"><narrative>Ministry of Foreign Affairs</narrative></reporting-org>
  <title><narrative xml:lang="fr">Eau potable au Sahel</narrative><narrative xml:lang="en">Drinking Water in the Sahel</narrative></title>
  <description type="1"><narrative>General words.</narrative></description>
  <participating-org role="1" ref="XM-DAC-7"><narrative>Government of the Netherlands</narrative></participating-org>
  <participating-org role="3"><narrative>An extending agency</narrative></participating-org>
  <participating-org role="4"><narrative>UNICEF</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="1" iso-date="2022-01-01"/>
  <activity-date type="2" iso-date="2022-03-15"/>
  <activity-date type="3" iso-date="2025-12-31"/>
  <recipient-country code="ne" percentage="60"/>
  <recipient-country code="ZZ"/>
  <recipient-region code="1030" vocabulary="1"/>
  <recipient-region code="A1" vocabulary="99"/>
  <sector code="14030" vocabulary="1"/>
  <budget type="1" status="1"><period-start iso-date="2022-01-01"/><period-end iso-date="2022-12-31"/><value value-date="2022-01-01">1000000</value></budget>
  <transaction><transaction-type code="11"/><transaction-date iso-date="2022-02-01"/><value value-date="2022-02-01">3000000</value><provider-org><narrative>Netherlands</narrative></provider-org></transaction>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2022-04-01"/><value value-date="2022-04-01">500000</value></transaction>
 </iati-activity>
</iati-activities>
`

// TestFacts_AnotherPublishersFile: what another publisher's file states,
// as the IATI standard defines it; an actual start supersedes the planned
// one, which is kept as history; yearly budgets and disbursements are no
// project budget or contribution.
func TestFacts_AnotherPublishersFile(t *testing.T) {
	doc, fs := readFacts(t, []byte(otherPublisher))
	if doc.Title != "Drinking Water in the Sahel" || doc.AsOf == nil || doc.AsOf.String() != "2024-05-02" {
		t.Errorf("title %q, as of %v", doc.Title, doc.AsOf)
	}
	got := factValues(fs, "Drinking Water in the Sahel")
	want := map[string][]string{
		dossier.FieldIdentifiers:   keys(dossier.IdentifierValue(dossier.Identifier{Scheme: iati.SchemeIdentifier, Value: "XM-DAC-7-1-2024000123"})),
		dossier.FieldTitle:         keys(dossier.TextValue("Drinking Water in the Sahel")),
		dossier.FieldDonors:        keys(texts("Netherlands", "Netherlands")...),
		dossier.FieldImplementer:   keys(texts("UNICEF")...),
		dossier.FieldStatus:        keys(dossier.TextValue(dossier.ProjectOngoing)),
		dossier.FieldHistory:       keys(dossier.TextValue("planned start: 1 January 2022")),
		dossier.FieldStart:         keys(dossier.DateValue(date(2022, 3, 15, dossier.PrecisionDay))),
		dossier.FieldEnd:           keys(dossier.DateValue(date(2025, 12, 31, dossier.PrecisionDay))),
		dossier.FieldCountries:     keys(texts("NE")...),
		dossier.FieldRegions:       keys(texts("Western Africa")...),
		dossier.FieldContributions: keys(dossier.ContributionValue(dossier.Contribution{Donor: "Netherlands", Amount: 3000000, Currency: "EUR"})),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
}

// TestRead_RefusesDoctype: no DOCTYPE is read, so no entity is defined,
// expanded or fetched: a billion laughs, an external entity, a DTD to
// fetch.
func TestRead_RefusesDoctype(t *testing.T) {
	for name, data := range map[string]string{
		"billion laughs":  `<?xml version="1.0"?><!DOCTYPE iati-activities [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><iati-activities version="2.03"><iati-activity><title><narrative>&c;</narrative></title></iati-activity></iati-activities>`,
		"external entity": `<?xml version="1.0"?><!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]><iati-activities version="2.03"><iati-activity><title><narrative>&x;</narrative></title></iati-activity></iati-activities>`,
		"external DTD":    `<!DOCTYPE iati-activities SYSTEM "http://127.0.0.1:1/iati.dtd"><iati-activities version="2.03"/>`,
	} {
		_, err := iati.Read([]byte(data))
		if !errors.Is(err, iati.ErrDoctype) {
			t.Errorf("%s: err %v, want ErrDoctype", name, err)
		}
		if !iati.Sniff([]byte(data)) {
			t.Errorf("%s: not sniffed as IATI, so it would not reach Read", name)
		}
	}
}

// TestRead_BadInputIsOneLineError: every way a file can be wrong is one
// line saying which.
func TestRead_BadInputIsOneLineError(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"truncated", "<iati-activities version=\"2.03\">\n<iati-activity>\n<title>", "malformed IATI XML: line 3: unexpected EOF"},
		{"undefined entity", `<iati-activities><iati-activity><title><narrative>&nbsp;</narrative></title></iati-activity></iati-activities>`, "malformed IATI XML: line 1: invalid character entity &nbsp;"},
		{"latin-1", `<?xml version="1.0" encoding="ISO-8859-1"?><iati-activities/>`, `encoding "ISO-8859-1" not read: IATI files are UTF-8`},
		{"another root", `<html><body/></html>`, "not an IATI activity file: the root element is <html>"},
		{"empty", ``, "not an IATI activity file: no root element"},
		{"two roots", `<iati-activities/><iati-activities/>`, "content after the root element"},
	} {
		_, err := iati.Read([]byte(tt.data))
		if err == nil {
			t.Errorf("%s: read", tt.name)
			continue
		}
		if got := err.Error(); !strings.HasPrefix(got, tt.want) || strings.Contains(got, "\n") {
			t.Errorf("%s: error %q, want it to start %q, on one line", tt.name, got, tt.want)
		}
	}
}

// TestSniff_KnowsIATIFilesByTheirRoot.
func TestSniff_KnowsIATIFilesByTheirRoot(t *testing.T) {
	for data, want := range map[string]bool{
		"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c --><iati-activities version=\"2.03\">": true,
		"<iati-activity>": true,
		"<?xml version=\"1.0\"?><iati-organisations>":     false,
		"<html><iati-activities>":                         false,
		"<!DOCTYPE x [<!ENTITY a '>'>]><iati-activities>": true,
		"plain text iati-activities":                      false,
		"<?xml version=\"1.0\"":                           false,
	} {
		if got := iati.Sniff([]byte(data)); got != want {
			t.Errorf("Sniff(%q) = %v, want %v", data, got, want)
		}
	}
}

// TestRead_WhatBlocksKeepReadsTheSame: blocks are canonical XML, so a
// file written from what was read holds the same activities.
func TestRead_WhatBlocksKeepReadsTheSame(t *testing.T) {
	f, err := iati.Read([]byte(otherPublisher))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := iati.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, g); diff != "" {
		t.Errorf("read, written and read again (-first +second):\n%s", diff)
	}
}
