package report

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// The records the tests render are built here by hand, the way a person
// reads the seed documents (/work/shared/seeds, fixtures/docs), so that the
// report can be tested before reconciliation exists.

// Document IDs: the sha256 of the fixture files in fixtures/docs.
const (
	docSummary  = "sha256:e14505065ae658e5e04eee1efd91f089a7ab694ca005afe4a0bec688410a5678"
	docNews     = "sha256:c98e81d0a4c6cef899eefcb090d9061b052139f669e9a7c5d17d608db8e3b019"
	docGFCE     = "sha256:4257d8de4c72187898a1147f3ae266281a628387920b5e5fc06224d8fd8f749c"
	docCybil    = "sha256:707acc57790c041b9471699f6d912ee5860adc12dc50393786e0b9f074171562"
	docBrochure = "sha256:554df2eb3e757d93d94d2f25db8da5638038d63c598ca3ade201a8641399033c"
)

func ptr[T any](v T) *T { return &v }

func day(y, m, d int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: d, Precision: dossier.PrecisionDay}
}

func month(y, m int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: 1, Precision: dossier.PrecisionMonth}
}

func year(y int) dossier.Date {
	return dossier.Date{Year: y, Month: 1, Day: 1, Precision: dossier.PrecisionYear}
}

// src is a source on a PDF page (page > 0) or a web page (page 0).
func src(doc string, page int, quote string) dossier.Source {
	s := dossier.Source{Document: doc, Quote: quote}
	if page > 0 {
		s.Page = ptr(page)
	}
	return s
}

func cand(v dossier.Value, chosen bool, srcs ...dossier.Source) dossier.Candidate {
	return dossier.Candidate{Value: v, Chosen: chosen, Sources: srcs}
}

// agreed is a single-valued field every source agrees on.
func agreed(v dossier.Value, srcs ...dossier.Source) dossier.Field {
	return dossier.Field{Value: &v, Status: dossier.StatusAgreed, Rule: "every source agrees",
		Candidates: []dossier.Candidate{cand(v, true, srcs...)}}
}

// member is one member of a list field with its sources.
type member struct {
	v    dossier.Value
	srcs []dossier.Source
}

// agreedList is a list field whose members no source disputes.
func agreedList(ms ...member) dossier.Field {
	f := dossier.Field{IsList: true, Status: dossier.StatusAgreed, Rule: "every source agrees"}
	for _, m := range ms {
		f.List = append(f.List, m.v)
		f.Candidates = append(f.Candidates, cand(m.v, true, m.srcs...))
	}
	return f
}

func texts(doc string, page int, items ...string) []member {
	var ms []member
	for _, it := range items {
		ms = append(ms, member{dossier.TextValue(it), []dossier.Source{src(doc, page, it)}})
	}
	return ms
}

var (
	summaryDoc = dossier.Document{ID: docSummary, Source: "fixtures/docs/project-summary-cybercrime-octopus-2019.pdf",
		Kind: dossier.KindPDF, Title: "Project Cybercrime@Octopus \u2014 Summary", AsOf: ptr(day(2019, 4, 22)), Pages: 4}
	newsDoc = dossier.Document{ID: docNews, Source: "https://www.coe.int/en/web/cybercrime/-/canada-makes-a-voluntary-contribution-to-support-the-global-octopus-project",
		Kind: dossier.KindHTML, Title: "Canada makes a voluntary contribution to support the global Octopus Project", AsOf: ptr(day(2020, 10, 19))}
	gfceDoc = dossier.Document{ID: docGFCE, Source: "https://cybilportal.org/projects/cybercrimeoctopus/",
		Kind: dossier.KindHTML, Title: "Cybercrime@Octopus | GFCE Inventory"}
	cybilDoc = dossier.Document{ID: docCybil, Source: "https://cybilportal.org/projects/octopus-project/",
		Kind: dossier.KindHTML, Title: "Octopus Project | Cybil Portal"}
	brochureDoc = dossier.Document{ID: docBrochure, Source: "fixtures/docs/coe-brochure-octopus-project-2025.pdf",
		Kind: dossier.KindPDF, Title: "Action against cybercrime worldwide: the Octopus Project", AsOf: ptr(day(2025, 4, 3)), Pages: 6}
)

func canadaContribution() dossier.Value {
	return dossier.ContributionValue(dossier.Contribution{Donor: "Canada", Amount: 250000, Currency: "CAD", EUREquivalent: ptr(161000.0)})
}

// cybercrimeOctopus is the record of Cybercrime@Octopus (2014–2020) as the
// summary, the news item and the GFCE entry state it.
func cybercrimeOctopus() dossier.Record {
	period := "84 months (1 January 2014 \u2013 31 December 2020)"
	news := "Duration of the project: 1 January 2014 \u2013 31 December 2020."
	gfce := "January 2014 \u2013 31 December 2016"
	fields := map[string]dossier.Field{
		dossier.FieldTitle: agreed(dossier.TextValue("Cybercrime@Octopus"),
			src(docSummary, 1, "Project Cybercrime@Octopus"), src(docNews, 0, "the current Cybercrime@Octopus project"), src(docGFCE, 0, "Cybercrime@Octopus")),
		dossier.FieldAliases: agreedList(member{dossier.TextValue("CyberCrime@Octopus"), []dossier.Source{src(docSummary, 1, "CyberCrime@Octopus (DG1/3021)")}}),
		dossier.FieldIdentifiers: agreedList(member{dossier.IdentifierValue(dossier.Identifier{Scheme: "coe-project-code", Value: "DG1/3021"}),
			[]dossier.Source{src(docSummary, 1, "CyberCrime@Octopus (DG1/3021)")}}),
		dossier.FieldStart: {
			Value: ptr(dossier.DateValue(day(2014, 1, 1))), Status: dossier.StatusCompatible,
			Rule: "same date at different precision: 1 January 2014 is the most precise",
			Candidates: []dossier.Candidate{
				cand(dossier.DateValue(day(2014, 1, 1)), true, src(docSummary, 1, period), src(docNews, 0, news)),
				cand(dossier.DateValue(month(2014, 1)), true, src(docGFCE, 0, gfce)),
			},
		},
		dossier.FieldEnd: {
			Value: ptr(dossier.DateValue(day(2020, 12, 31))), Status: dossier.StatusResolved,
			Rule:  "newer dated source wins: 19 October 2020 over the undated inventory entry",
			Cause: ptr(dossier.CauseOutOfDate),
			Candidates: []dossier.Candidate{
				cand(dossier.DateValue(day(2020, 12, 31)), true, src(docSummary, 1, period), src(docNews, 0, news)),
				{Value: dossier.DateValue(day(2016, 12, 31)), Sources: []dossier.Source{src(docGFCE, 0, gfce)}, Cause: dossier.CauseOutOfDate},
			},
		},
		dossier.FieldDurationMonths: agreed(dossier.IntValue(84), src(docSummary, 1, period)),
		dossier.FieldBudget: agreed(dossier.MoneyValue(dossier.Money{Amount: 4000000, Currency: "EUR", Qualifier: dossier.QualifierUpTo}),
			src(docSummary, 1, "Up to EURO 4 million")),
		dossier.FieldContributions: agreedList(member{canadaContribution(), []dossier.Source{
			src(docNews, 0, "The Government of Canada made a voluntary contribution of CAN$ 250,000 (ca. EUR 161,000) to the current Cybercrime@Octopus project and the follow-up global Octopus project.")}}),
		dossier.FieldImplementer: agreedList(member{dossier.TextValue("Council of Europe"), []dossier.Source{
			src(docSummary, 1, "Cybercrime Programme Office (C-PROC) of the Council of Europe"), src(docGFCE, 0, "Council of Europe (CoE)")}}),
		dossier.FieldRegions: agreedList(texts(docGFCE, 0, "ECOWAS region")...),
		dossier.FieldPartners: agreedList(texts(docGFCE, 0, "European Union", "Estonia", "Japan", "Mexico", "Norway", "Romania", "Panama",
			"Department of Justice of the Philippines", "Organisation of American States",
			"United Nations African Institute for the Prevention of Crime and the Treatment of Offenders", "ECOWAS")...),
		dossier.FieldTargetGroups: agreedList(texts(docGFCE, 0, "Law enforcement experts", "representatives of civil society organisations",
			"Internet Service Providers (including ISP associations)", "legislative, judicial and executive powers", "private sector representatives")...),
		dossier.FieldThematicFocus: agreedList(texts(docGFCE, 0, "Cybercrime legislation", "electronic evidence", "child protection", "data protection")...),
		dossier.FieldObjectives: agreedList(member{dossier.TextValue("To support implementation of the Budapest Convention on Cybercrime (CETS 185) and related instruments"),
			[]dossier.Source{src(docSummary, 2, "To support implementation of the Budapest Convention on Cybercrime (CETS 185) and related instruments"),
				src(docGFCE, 0, "To support implementation of the Budapest Convention on Cybercrime (CETS 185) and related instruments")}}),
		dossier.FieldOutputs: agreedList(append(texts(docSummary, 2,
			"Octopus conferences on cooperation against cybercrime held",
			"Cybercrime Convention Committee (T-CY) supported"),
			texts(docSummary, 3, "Countries assisted in the implementation of the Budapest Convention and related standards on data protection and the protection of children online")...)...),
		dossier.FieldIndicators: agreedList(texts(docSummary, 2,
			"Number of Parties and observers (States invited to accede) to the Budapest Convention",
			"Availability of the 2nd Additional Protocol to the Budapest Convention",
			"Compliance of legislation",
			"Effectiveness of criminal justice action on cybercrime")...),
		dossier.FieldContacts: agreedList(
			member{dossier.ContactValue(dossier.Contact{Name: "Alexander SEGER", Role: "Executive Secretary", Organisation: "T-CY Secretariat"}), []dossier.Source{src(docNews, 0, "Alexander SEGER Executive Secretary")}},
			member{dossier.ContactValue(dossier.Contact{Name: "Jan KRALIK", Role: "Programme Manager", Organisation: "T-CY Secretariat"}), []dossier.Source{src(docNews, 0, "Jan KRALIK Programme Manager")}},
			member{dossier.ContactValue(dossier.Contact{Name: "C\u00e9line DEWAELE", Role: "Programme Assistant", Organisation: "T-CY Secretariat"}), []dossier.Source{src(docNews, 0, "C\u00e9line DEWAELE Programme Assistant")}},
		),
	}
	donors := texts(docSummary, 1, "Estonia", "Hungary", "Japan", "Monaco", "Netherlands", "Romania", "Slovakia", "United Kingdom")
	donors = append(donors,
		member{dossier.TextValue("United States"), []dossier.Source{src(docSummary, 1, "USA")}},
		member{dossier.TextValue("Microsoft"), []dossier.Source{src(docSummary, 1, "(Microsoft)*")}},
		member{dossier.TextValue("Canada"), []dossier.Source{src(docNews, 0, "With this first voluntary contribution, Canada joins the State Parties, Observers \u2026 supporting the current Cybercrime@Octopus")}})
	fields[dossier.FieldDonors] = agreedList(donors...)
	var countries []member
	for _, c := range []string{"AR", "CL", "CO", "CR", "DO", "JO", "MX", "PA", "PY", "PE"} {
		countries = append(countries, member{dossier.TextValue(c), []dossier.Source{src(docGFCE, 0, "Argentina, Chile, Colombia, Costa Rica, Dominican Republic, Jordan, Mexico, Panama, Paraguay and Peru, ECOWAS region")}})
	}
	fields[dossier.FieldCountries] = agreedList(countries...)

	// The workshops: up to 30 in the 2019 summary, up to 15 in the GFCE entry.
	w30 := dossier.QuantityValue("Support the organisation of up to 30 in-country or regional workshops",
		dossier.Quantity{Amount: 30, Qualifier: dossier.QuantityUpTo, Unit: "in-country or regional workshops"})
	w15 := dossier.QuantityValue("Support the organisation of up to 15 in-country or regional workshops",
		dossier.Quantity{Amount: 15, Qualifier: dossier.QuantityUpTo, Unit: "in-country or regional workshops"})
	fields[dossier.FieldActivities] = dossier.Field{
		IsList: true, Status: dossier.StatusNeedsReview, Cause: ptr(dossier.CauseUnexplained),
		Rule: "the sources disagree on the number of workshops and no rule may choose",
		List: []dossier.Value{
			dossier.TextValue("Octopus conferences on cooperation against cybercrime"),
			dossier.TextValue("Support the participation of T-CY members and observers in the meetings of the Committee"),
			dossier.TextValue("Legislative and other advice"),
		},
		Candidates: []dossier.Candidate{
			cand(dossier.TextValue("Octopus conferences on cooperation against cybercrime"), true, src(docSummary, 2, "Octopus conferences on cooperation against cybercrime"), src(docGFCE, 0, "Octopus conferences (1 per year)")),
			cand(dossier.TextValue("Support the participation of T-CY members and observers in the meetings of the Committee"), true, src(docGFCE, 0, "Support the participation of T-CY members and observers in the meetings of the Committee")),
			cand(dossier.TextValue("Legislative and other advice"), true, src(docGFCE, 0, "Legislative and other advice")),
			{Value: w30, Sources: []dossier.Source{src(docSummary, 3, "Support the organisation of up to 30 in-country or regional workshops")}, Cause: dossier.CauseUnexplained},
			{Value: w15, Sources: []dossier.Source{src(docGFCE, 0, "Support the organisation of up to 15 in-country or regional workshops")}, Cause: dossier.CauseUnexplained},
		},
	}
	fields["conference_frequency"] = dossier.Field{
		Status: dossier.StatusNeedsReview, Cause: ptr(dossier.CauseUnexplained),
		Rule: "two sources, no date on one of them: no rule may choose",
		Candidates: []dossier.Candidate{
			{Value: dossier.TextValue("annual"), Sources: []dossier.Source{src(docGFCE, 0, "To ensure the organisation of the annual Octopus conferences"), src(docNews, 0, "To ensure the organisation of the annual Octopus conferences;")}},
			{Value: dossier.TextValue("every 18 months"), Sources: []dossier.Source{src(docSummary, 2, "Octopus conferences held every 18 months")}},
		},
	}
	return dossier.Record{
		Project: dossier.Project{
			ID: "cybercrime-octopus", Title: "Cybercrime@Octopus", Aliases: []string{"CyberCrime@Octopus"},
			Identifiers: []dossier.Identifier{{Scheme: "coe-project-code", Value: "DG1/3021"}},
			Successor:   ptr("octopus-project"),
			Fields:      fields,
			Documents:   []string{docSummary, docNews, docGFCE},
		},
		Documents: []dossier.Document{summaryDoc, newsDoc, gfceDoc},
		Related:   []dossier.Project{octopusProject().Project},
	}
}

// octopusProject is the record of the Octopus Project (2021–2027) as the
// brochure, the Cybil entry and the news item state it.
func octopusProject() dossier.Record {
	cybilFrom, cybilTo := "From: Oct 2020", "To: Dec 2021"
	fields := map[string]dossier.Field{
		dossier.FieldTitle: agreed(dossier.TextValue("Octopus Project"), src(docBrochure, 2, "About the Octopus Project"), src(docCybil, 0, "Octopus Project")),
		dossier.FieldIdentifiers: agreedList(member{dossier.IdentifierValue(dossier.Identifier{Scheme: "cybil", Value: "G0677"}),
			[]dossier.Source{src(docCybil, 0, "Cybil code: G0677")}}),
		dossier.FieldStart: {
			Value: ptr(dossier.DateValue(year(2021))), Status: dossier.StatusResolved,
			Rule:  "a value that describes one donor's funding does not set the project's dates",
			Cause: ptr(dossier.CauseScope),
			Candidates: []dossier.Candidate{
				cand(dossier.DateValue(year(2021)), true, src(docBrochure, 2, "Duration 2021 - 2027")),
				{Value: dossier.DateValue(month(2020, 10)), Sources: []dossier.Source{src(docCybil, 0, cybilFrom)}, Scope: "funding:Canada", Cause: dossier.CauseScope},
			},
		},
		dossier.FieldEnd: {
			Value: ptr(dossier.DateValue(year(2027))), Status: dossier.StatusResolved,
			Rule:  "a value that describes one donor's funding does not set the project's dates",
			Cause: ptr(dossier.CauseScope),
			Candidates: []dossier.Candidate{
				cand(dossier.DateValue(year(2027)), true, src(docBrochure, 2, "Duration 2021 - 2027")),
				{Value: dossier.DateValue(month(2021, 12)), Sources: []dossier.Source{src(docCybil, 0, cybilTo)}, Scope: "funding:Canada", Cause: dossier.CauseScope},
			},
		},
		dossier.FieldBudget: agreed(dossier.MoneyValue(dossier.Money{Amount: 10000000, Currency: "EUR", Qualifier: dossier.QualifierTarget}),
			src(docBrochure, 2, "Target Budget 10 million EUR")),
		dossier.FieldStatus: {
			Status: dossier.StatusNeedsReview, Cause: ptr(dossier.CauseScope),
			Rule: "the only status a source gives describes Canada's funding, which ended in December 2021",
			Candidates: []dossier.Candidate{
				{Value: dossier.TextValue("completed"), Sources: []dossier.Source{src(docCybil, 0, "Status: Finished")}, Scope: "funding:Canada", Cause: dossier.CauseScope},
			},
		},
		dossier.FieldContributions: agreedList(member{canadaContribution(), []dossier.Source{
			src(docNews, 0, "The Government of Canada made a voluntary contribution of CAN$ 250,000 (ca. EUR 161,000) to the current Cybercrime@Octopus project and the follow-up global Octopus project.")}}),
		dossier.FieldImplementer: agreedList(member{dossier.TextValue("Council of Europe"), []dossier.Source{
			src(docCybil, 0, "Implementer: Council of Europe"), src(docBrochure, 6, "COUNCIL OF EUROPE")}}),
		dossier.FieldObjectives: agreedList(texts(docBrochure, 2,
			"Assistance to countries worldwide (legislation, training, and other capacity building measures) in the implementation of the Convention, its 1st and 2nd Additional Protocols and related standards, including in terms of data protection and other rule of law safeguards",
			"Support to the Cybercrime Convention Committee (T-CY)",
			"Organisation of Octopus Conferences",
			"Development of online tools for the delivery of capacity building activities on cybercrime and electronic evidence")...),
		dossier.FieldKeyFigures: agreedList(
			member{dossier.QuantityValue("Over 2,000 participants", dossier.Quantity{Amount: 2000, Qualifier: dossier.QuantityOver, Unit: "participants in the Octopus Conferences"}), []dossier.Source{src(docBrochure, 4, "Over 2,000 participants")}},
			member{dossier.QuantityValue("representing 120 countries", dossier.Quantity{Amount: 120, Qualifier: dossier.QuantityExact, Unit: "countries represented"}), []dossier.Source{src(docBrochure, 4, "representing 120 countries")}},
			member{dossier.QuantityValue("over 210 speakers", dossier.Quantity{Amount: 210, Qualifier: dossier.QuantityOver, Unit: "speakers"}), []dossier.Source{src(docBrochure, 4, "with contributions from over 210 speakers")}},
			member{dossier.QuantityValue("46 workshops", dossier.Quantity{Amount: 46, Qualifier: dossier.QuantityExact, Unit: "workshops"}), []dossier.Source{src(docBrochure, 4, "across 46 workshops")}},
			member{dossier.QuantityValue("over 800 users", dossier.Quantity{Amount: 800, Qualifier: dossier.QuantityOver, Unit: "users of the CYBOX platform"}), []dossier.Source{src(docBrochure, 5, "Multi-tenant platform serving over 800 users")}},
			member{dossier.QuantityValue("up to 20 languages", dossier.Quantity{Amount: 20, Qualifier: dossier.QuantityUpTo, Unit: "languages of CYBOX content"}), []dossier.Source{src(docBrochure, 5, "Content available in up to 20 languages")}},
		),
		dossier.FieldContacts: agreedList(member{dossier.ContactValue(dossier.Contact{Email: "nina.lichtner@coe.int"}), []dossier.Source{src(docBrochure, 6, "nina.lichtner@coe.int")}}),
	}
	donors := texts(docBrochure, 2, "Canada", "France", "Iceland", "Italy", "Hungary", "Japan", "Malta", "Netherlands", "United Kingdom")
	donors = append(donors, member{dossier.TextValue("United States"), []dossier.Source{src(docBrochure, 2, "USA")}})
	donors[0].srcs = append(donors[0].srcs, src(docCybil, 0, "Funder: Canada"))
	fields[dossier.FieldDonors] = agreedList(donors...)
	var countries []member
	for _, c := range []string{"BJ", "CM", "GM", "GH", "MW", "MR", "SC", "SL", "FJ", "MY", "NR", "BB", "GY", "JM", "MS", "LC", "TT", "SR", "KZ", "CO", "GT", "PE", "UY"} {
		countries = append(countries, member{dossier.TextValue(c), []dossier.Source{src(docBrochure, 5, normalize.CountryName(c))}})
	}
	fields[dossier.FieldCountries] = agreedList(countries...)
	obj := fields[dossier.FieldObjectives]
	obj.Candidates = append(obj.Candidates, dossier.Candidate{
		Value:   dossier.TextValue("Support to the functioning of the T-CY and the development of online tools and resources for capacity building"),
		Sources: []dossier.Source{src(docNews, 0, "The new contribution will thus provide support in particular to the functioning of the T-CY and the development of online tools and resources for the implementation of capacity building activities.")},
		Scope:   "funding:Canada",
	})
	fields[dossier.FieldObjectives] = obj

	return dossier.Record{
		Project: dossier.Project{
			ID: "octopus-project", Title: "Octopus Project",
			Identifiers: []dossier.Identifier{{Scheme: "cybil", Value: "G0677"}},
			Predecessor: ptr("cybercrime-octopus"),
			Fields:      fields,
			Documents:   []string{docBrochure, docCybil, docNews},
		},
		Documents: []dossier.Document{brochureDoc, cybilDoc, newsDoc},
		Related: []dossier.Project{{
			ID: "cybercrime-octopus", Title: "Cybercrime@Octopus",
			Fields: map[string]dossier.Field{
				dossier.FieldStart: agreed(dossier.DateValue(day(2014, 1, 1))),
				dossier.FieldEnd:   agreed(dossier.DateValue(day(2020, 12, 31))),
			},
		}},
		History: nil,
	}
}

// Sizes of the big record.
const (
	bigDonors      = 40
	bigIndicators  = 60
	bigConflicting = 30
	bigDocuments   = 12
)

// bigDonorName is the i-th donor of the big record: real country names, so
// that the donor matching sees real names.
func bigDonorName(i int) string {
	codes := normalize.CountryCodes()
	return normalize.CountryName(codes[(i*5+3)%len(codes)])
}

// bigIndicatorID marks the i-th indicator so a test can find its row.
func bigIndicatorID(i int) string { return fmt.Sprintf("IND-%02d", i+1) }

// bigRecord is a record far larger than the seeds: 40 donors with
// contributions in five currencies, 60 indicators, 30 fields the sources
// disagree on (half still needing review) with long values and long
// quotes, and documents with long titles and URLs.
func bigRecord() dossier.Record {
	long := "The project will provide legislative advice, training for judges, prosecutors and law enforcement officers, support to the establishment of specialised cybercrime units and of 24/7 points of contact, and assistance in the preparation of domestic legislation consistent with the Budapest Convention and its Protocols, including data protection safeguards"
	quote := "According to the annual progress report submitted to the Steering Committee, which reviewed the activities carried out during the reporting period and the outlook for the remaining implementation phase, the project’s partners confirmed that \u201c" + long + "\u201d \u2013 as set out in the logical framework annexed to the financing agreement."

	var docs []dossier.Document
	var ids []string
	for i := range bigDocuments {
		id := fmt.Sprintf("sha256:%x", sha256.Sum256([]byte(fmt.Sprint("progress report ", i+1))))
		ids = append(ids, id)
		d := dossier.Document{ID: id, Kind: dossier.KindPDF,
			Title:  fmt.Sprintf("Progress report no. %d on the Global Action on Cybercrime Extended \u2013 “Céline’s” annex, € figures", i+1),
			Source: fmt.Sprintf("https://www.example.org/documents/capacity-building/global-action-on-cybercrime-extended/progress-reports/%d/report-final-version-with-annexes-and-financial-statements.pdf?download=true&lang=en", i+1)}
		if i%3 != 0 {
			d.AsOf = ptr(day(2015+i, 1+i%12, 1+i))
		}
		if i%2 == 1 {
			d.Kind = dossier.KindHTML
		}
		docs = append(docs, d)
	}
	s := func(i int, q string) dossier.Source { return src(ids[i%len(ids)], 1+i%9, q) }

	fields := map[string]dossier.Field{}

	// 40 donors, each with a contribution.
	var donors, contribs []member
	currencies := []string{"EUR", "USD", "GBP", "JPY", "CAD"}
	for i := range bigDonors {
		name := bigDonorName(i)
		donors = append(donors, member{dossier.TextValue(name), []dossier.Source{s(i, name)}})
		c := dossier.Contribution{Donor: name, Amount: float64(50000 + i*37500), Currency: currencies[i%len(currencies)]}
		if c.Currency != "EUR" && i%2 == 0 {
			c.EUREquivalent = ptr(float64(40000 + i*30000))
		}
		contribs = append(contribs, member{dossier.ContributionValue(c), []dossier.Source{s(i, fmt.Sprintf("%s contributed %s %s", name, c.Currency, dossier.FormatAmount(c.Amount))), s(i+1, "see the financial annex")}})
	}
	fields[dossier.FieldDonors] = agreedList(donors...)
	fields[dossier.FieldContributions] = agreedList(contribs...)

	// 60 indicators, text and quantities.
	var inds []member
	for i := range bigIndicators {
		id := bigIndicatorID(i)
		var v dossier.Value
		switch i % 3 {
		case 0:
			v = dossier.TextValue(id + " Number of countries whose legislation on cybercrime and electronic evidence is in line with the Budapest Convention and its Second Additional Protocol, as assessed by the Cybercrime Convention Committee")
		case 1:
			v = dossier.QuantityValue(id+" At least "+fmt.Sprint(10+i)+" judges and prosecutors trained", dossier.Quantity{Amount: float64(10 + i), Qualifier: dossier.QuantityAtLeast, Unit: "judges and prosecutors trained"})
		default:
			v = dossier.QuantityValue(id+" Up to "+fmt.Sprint(100*i)+" participants in regional workshops", dossier.Quantity{Amount: float64(100 * i), Qualifier: dossier.QuantityUpTo, Unit: "participants"})
		}
		inds = append(inds, member{v, []dossier.Source{s(i, v.String())}})
	}
	fields[dossier.FieldIndicators] = agreedList(inds...)
	fields[dossier.FieldObjectives] = agreedList(member{dossier.TextValue(long), []dossier.Source{s(0, long)}})
	fields[dossier.FieldOutputs] = agreedList(texts(ids[1], 2, "Legislation drafted", "Judges trained", long)...)
	fields[dossier.FieldKeyFigures] = agreedList(
		member{dossier.QuantityValue("Over 2,000 participants", dossier.Quantity{Amount: 2000, Qualifier: dossier.QuantityOver, Unit: "participants"}), []dossier.Source{s(3, "Over 2,000 participants")}},
		member{dossier.QuantityValue("120 countries", dossier.Quantity{Amount: 120, Qualifier: dossier.QuantityExact, Unit: "countries represented at the conferences held in hybrid mode and in person"}), []dossier.Source{s(4, "representing 120 countries")}},
		member{dossier.QuantityValue("46 workshops", dossier.Quantity{Amount: 46, Qualifier: dossier.QuantityExact, Unit: "workshops"}), []dossier.Source{s(5, "across 46 workshops")}},
		member{dossier.QuantityValue("over 800 users", dossier.Quantity{Amount: 800, Qualifier: dossier.QuantityOver, Unit: "users"}), []dossier.Source{s(6, "over 800 users")}},
	)

	// 30 fields the sources disagree on: the contract's ten, then twenty
	// more, alternately needing review and resolved, some decided by a
	// reviewer, one stale.
	conflicting := append([]string{}, dossier.ContractFields...)
	conflicting = append(conflicting, dossier.FieldPartners, dossier.FieldTargetGroups, dossier.FieldThematicFocus,
		dossier.FieldActivities, dossier.FieldContacts)
	for i := 0; len(conflicting) < bigConflicting; i++ {
		conflicting = append(conflicting, fmt.Sprintf("reporting_item_%02d", i+1))
	}
	reviewed := time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)
	var history []dossier.Decision
	for i, key := range conflicting {
		var vals [3]dossier.Value
		switch key {
		case dossier.FieldStart:
			vals = [3]dossier.Value{dossier.DateValue(day(2016, 3, 1)), dossier.DateValue(month(2016, 6)), dossier.DateValue(year(2015))}
		case dossier.FieldEnd:
			vals = [3]dossier.Value{dossier.DateValue(day(2023, 12, 31)), dossier.DateValue(day(2021, 6, 30)), dossier.DateValue(month(2024, 2))}
		case dossier.FieldDurationMonths:
			vals = [3]dossier.Value{dossier.IntValue(94), dossier.IntValue(64), dossier.IntValue(36)}
		case dossier.FieldBudget:
			vals = [3]dossier.Value{
				dossier.MoneyValue(dossier.Money{Amount: 18500000, Currency: "EUR", Qualifier: dossier.QualifierTotal}),
				dossier.MoneyValue(dossier.Money{Amount: 13350000, Currency: "EUR", Qualifier: dossier.QualifierUpTo}),
				dossier.MoneyValue(dossier.Money{Amount: 20000000, Currency: "USD", Qualifier: dossier.QualifierTarget})}
		case dossier.FieldStatus:
			vals = [3]dossier.Value{dossier.TextValue("ongoing"), dossier.TextValue("completed"), dossier.TextValue("planned")}
		case dossier.FieldCountries:
			vals = [3]dossier.Value{dossier.TextValue("GH"), dossier.TextValue("SN"), dossier.TextValue("PH")}
		case dossier.FieldContributions:
			vals = [3]dossier.Value{
				dossier.ContributionValue(dossier.Contribution{Donor: bigDonorName(0), Amount: 50000, Currency: "EUR"}),
				dossier.ContributionValue(dossier.Contribution{Donor: bigDonorName(0), Amount: 75000, Currency: "EUR"}),
				dossier.ContributionValue(dossier.Contribution{Donor: bigDonorName(0), Amount: 50000, Currency: "USD"})}
		case dossier.FieldDonors:
			vals = [3]dossier.Value{dossier.TextValue("Microsoft"), dossier.TextValue("Interpol"), dossier.TextValue("Council of Europe")}
		case dossier.FieldContacts:
			vals = [3]dossier.Value{
				dossier.ContactValue(dossier.Contact{Name: "Céline Dewaele", Role: "Programme Assistant", Email: "celine.dewaele@example.org"}),
				dossier.ContactValue(dossier.Contact{Name: "Céline Dewaele", Role: "Project Officer"}),
				dossier.ContactValue(dossier.Contact{Name: "Jan Kralik", Role: "Programme Manager"})}
		default:
			vals = [3]dossier.Value{
				dossier.TextValue(fmt.Sprintf("Value A of %s: %s", key, long)),
				dossier.TextValue(fmt.Sprintf("Value B of %s, shorter", key)),
				dossier.TextValue(fmt.Sprintf("Value C of %s: see “annex %d” – €%s", key, i, dossier.FormatAmount(float64(i)*1e6))),
			}
		}
		f := dossier.Field{
			IsList: key == dossier.FieldContributions || key == dossier.FieldDonors || key == dossier.FieldCountries ||
				key == dossier.FieldImplementer || key == dossier.FieldRegions || key == dossier.FieldPartners ||
				key == dossier.FieldTargetGroups || key == dossier.FieldThematicFocus || key == dossier.FieldActivities ||
				key == dossier.FieldContacts,
			Rule: "newer dated source wins: " + docs[(i+2)%len(docs)].Title + " over " + docs[i%len(docs)].Title,
		}
		if key == dossier.FieldDonors || key == dossier.FieldContributions {
			// The donors and contributions keep their 40 members; the
			// conflict is in an extra candidate.
			base := fields[key]
			f.List = base.List
			f.Candidates = base.Candidates
		}
		for j, v := range vals {
			c := dossier.Candidate{Value: v, Sources: []dossier.Source{s(i+j, quote), s(i+j+5, fmt.Sprintf("Short quote %d for %s", j, key))}}
			if j == 0 && key != dossier.FieldDonors {
				c.Chosen = i%2 == 1
			} else {
				c.Cause = []string{dossier.CauseOutOfDate, dossier.CauseScope, dossier.CauseUnexplained}[(i+j)%3]
				if c.Cause == dossier.CauseScope {
					c.Scope = "funding:" + bigDonorName(i)
				}
			}
			f.Candidates = append(f.Candidates, c)
		}
		if i%2 == 0 {
			f.Status = dossier.StatusNeedsReview
			f.Cause = ptr(dossier.CauseUnexplained)
			f.Rule = "no rule may choose: the sources are of the same date and none describes a narrower scope"
		} else {
			f.Status = dossier.StatusResolved
			f.Cause = ptr(dossier.CauseOutOfDate)
			if f.IsList {
				if f.List == nil {
					f.List = []dossier.Value{vals[0]}
				}
			} else {
				f.Value = ptr(vals[0])
			}
		}
		if key == dossier.FieldDonors {
			f.Status = dossier.StatusResolved
			f.Cause = ptr(dossier.CauseOutOfDate)
		}
		if i%5 == 3 {
			f.Status = dossier.StatusOverridden
			f.Decision = &dossier.Decision{ID: int64(i), Project: "global-action", Field: key, Value: vals[0],
				Reviewer: "Céline Dewaele", Note: "Confirmed with the programme office by e-mail; the older figure is the initial plan, the newer one follows the 2021 extension – see “note 4”.", Time: reviewed.AddDate(0, 0, i)}
			f.Rule = f.Decision.Note
			f.Candidates[len(f.Candidates)-3].Chosen = true
			if !f.IsList {
				f.Value = ptr(vals[0])
			} else if f.List == nil {
				f.List = []dossier.Value{vals[0]}
			}
			f.Stale = i%10 == 3
			history = append(history, *f.Decision)
		}
		fields[key] = f
	}
	return dossier.Record{
		Project: dossier.Project{
			ID: "global-action", Title: "Global Action on Cybercrime Extended (GLACY+) \u2013 joint project of the European Union and the Council of Europe on cybercrime capacity building worldwide",
			Aliases:     []string{"GLACY+", "GLACY Plus", "Global Action on Cybercrime Extended"},
			Identifiers: []dossier.Identifier{{Scheme: "coe-project-code", Value: "3148"}, {Scheme: "eu-contract", Value: "IFS/2016/372-543"}},
			Predecessor: ptr("glacy"),
			Fields:      fields,
			Documents:   ids,
		},
		Documents: docs,
		Related: []dossier.Project{{ID: "glacy", Title: "Global Action on Cybercrime (GLACY)", Fields: map[string]dossier.Field{
			dossier.FieldStart: agreed(dossier.DateValue(day(2013, 11, 1))),
			dossier.FieldEnd:   agreed(dossier.DateValue(day(2016, 10, 31))),
		}}},
		History: history,
	}
}

// lines splits extracted text into its lines and cells.
func lines(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\t' })
}

// reviewed is the time the tests' reviewer decides at.
var reviewed = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// settled is rec with every field that needs review decided by a reviewer,
// as `dossier review PROJECT FIELD --candidate 1` would: the first
// candidate, or, for a list, its chosen members and the first candidate.
// A final report can be rendered of it.
func settled(rec dossier.Record) dossier.Record {
	fields := map[string]dossier.Field{}
	for _, key := range sortedKeys(rec.Project.Fields) { // the decisions in one order
		f := rec.Project.Fields[key]
		if f.Status == dossier.StatusNeedsReview && len(f.Candidates) > 0 {
			first := f.Candidates[0]
			d := &dossier.Decision{Project: rec.Project.ID, Field: key, Value: first.Value, IsList: f.IsList,
				Reviewer: "Ana", Note: "checked with the programme office", Time: reviewed}
			cands := append([]dossier.Candidate(nil), f.Candidates...)
			cands[0].Chosen = true
			f.Candidates = cands
			f.Status = dossier.StatusOverridden
			f.Rule = d.Note
			f.Decision = d
			if f.IsList {
				if !listHas(f, first.Value) {
					f.List = append(append([]dossier.Value(nil), f.List...), first.Value)
				}
				d.List = f.List
			} else {
				f.Value = &first.Value
			}
			rec.History = append(rec.History, *d)
		}
		fields[key] = f
	}
	rec.Project.Fields = fields
	return rec
}

// decide is rec with a reviewer's decision that field key is v, as
// `dossier review PROJECT FIELD --value V` would record it.
func decide(rec dossier.Record, key string, v dossier.Value) dossier.Record {
	fields := map[string]dossier.Field{}
	for k, f := range rec.Project.Fields {
		fields[k] = f
	}
	f := fields[key]
	d := dossier.Decision{Project: rec.Project.ID, Field: key, Value: v, Reviewer: "Ana",
		Note: "the brochure of April 2025 gives 2021–2027; “Finished” is Canada’s funding", Time: reviewed}
	f.Status, f.Rule, f.Decision, f.Value = dossier.StatusOverridden, d.Note, &d, &v
	rec.Project.Fields = fields
	fields[key] = f
	rec.History = append(rec.History, d)
	return rec
}

// octopusProjectSettled is the Octopus Project's record once a reviewer
// has set its status: a final report can be rendered of it.
func octopusProjectSettled() dossier.Record {
	return decide(octopusProject(), dossier.FieldStatus, dossier.TextValue(dossier.ProjectOngoing))
}
