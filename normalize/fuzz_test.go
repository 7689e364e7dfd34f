package normalize

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
)

// Seed forms for the fuzz targets: every form the table tests read, and the
// seed documents' own text.
var (
	dateSeeds = []string{
		"January 2014", "1 January 2014", "Oct 2020", "Sept. 2020", "2014", "2014-01-31", "2014-01",
		"31/12/2020", "31.12.2020", "31-12-2020", "1.1.2014", "1st January 2014", "January 1st, 2014",
		"1er janvier 2014", "31 décembre 2020", "Dezember 2021", "diciembre de 2021",
		"1º de enero de 2014", "31 February 2020", "13/13/2020", "", "garbage", "0/0/0000",
	}
	rangeSeeds = []string{
		"January 2014 – 31 December 2016", "1 January 2014 – 31 December 2020",
		"From: Oct 2020 To: Dec 2021", "from Oct 2020 to Dec 2021", "2021 - 2027", "2021–2027",
		"84 months (1 January 2014 – 31 December 2020)", "Oct 2020 until Dec 2021",
		"01/01/2014 - 31/12/2020", "2014/2020", "2020/21", "du 1er janvier 2014 au 31 décembre 2020",
		"January–March 2014", "1–15 March 2020", "between January 2014 and December 2020",
		"84 months", "until Dec 2021", "since 2014", "1999/00", "((()))", "2 years and 6 months",
	}
	moneySeeds = []string{
		"5,4 M€", "250 k€ et 1,2 Md€", "4 m€x", "vijf miljoen euro", "cuatro millones de euros", "dos mil euros",
		"Up to EURO 4 million", "10 million EUR", "Target budget: 10 million EUR", "EUR 5.56 million",
		"EUR 5,560,000", "€4m", "€ 4 000 000", "4.000.000 €", "4 000 000,50 EUR", "USD 1.2bn",
		"$1.2 billion", "US$ 3 million", "CAN$ 250,000 (ca. EUR 161,000)", "60 milhões de coroas suecas (cerca de 7 milhões de dólares)", "C$ 100", "£5m", "¥100",
		"JPY 100 million", "CHF 1'000'000", "4 millions d'euros", "4 millions d’euros",
		"1,5 million d'euros", "ca. EUR 4m", "jusqu'à 4 millions d'euros", "EUR 1" + strings.Repeat("0", 320) + " billion",
		"EUR 99999999999999999999999", "€ 9 999 999 999 999 999 999", "EUR 1,000,000,000,000,000",
		"USD 1000001 billion", "EUR 4 million (USD 99999999999999999999999)",
	}
	quantitySeeds = []string{
		"Up to 30 in-country or regional workshops held", "Over 2,000 participants", "at least 25 countries",
		"some 450 experts", "about 450 experts", "46 workshops", "5 Octopus conferences",
		"One conference per 18 months (5 in total)", "100%", "78 Parties and 17 Observers as of 3 April 2025",
		"Over **2,000 participants**", "24/7", "2nd Additional Protocol", "2 million people",
	}
	listSeeds = []string{
		"European Union (EU), Governments of Estonia, Japan, Mexico, Norway, Romania and Panama, the Department of Justice of the Philippines, the Organisation of American States (OAS), the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders (UNAFRI), ECOWAS",
		"Argentina, Chile, Colombia, Costa Rica, Dominican Republic, Jordan, Mexico, Panama, Paraguay and Peru, ECOWAS region",
		"Estonia, Hungary, Japan, Monaco, Netherlands, Romania, Slovakia, United Kingdom, USA",
		"Trinidad and Tobago, Antigua and Barbuda and Saint Kitts and Nevis", "(((,", "and and and",
		// A known body's name over commas, cut where it ends.
		"the Foreign, Commonwealth and Development Office (FCDO) and Ireland", "Foreign, Commonwealth", "Foreign, , and",
		// The word for "by" said again after a comma, or with nothing
		// after it.
		"Alemanha, pelos Países Baixos e pela Noruega", "France, par la Norvège et par l'Union européenne", "a, par", ", pelos ", "x, d'",
		// Asides: after the last conjunction, and between dashes.
		"Canada, Spain and, for the first time, the European Union", "a and, b, c", "Peru, Bolivia en – sinds januari 2026 – Ecuador", " – x – ",
	}
)

// checkDate fails t unless d is a real calendar date consistent with its
// precision.
func checkDate(t *testing.T, in string, d dossier.Date) {
	t.Helper()
	ok := d.Year >= 1000 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
	switch d.Precision {
	case dossier.PrecisionDay:
	case dossier.PrecisionMonth:
		ok = ok && d.Day == 1
	case dossier.PrecisionYear:
		ok = ok && d.Month == 1 && d.Day == 1
	default:
		ok = false
	}
	if !ok {
		t.Errorf("%q gave an invalid date %+v", in, d)
	}
}

// checkMoney fails t unless m has a codelist currency, an amount that
// dossier.CheckAmount accepts (finite, not negative, at most MaxAmount) and
// a known qualifier.
func checkMoney(t *testing.T, in string, m dossier.Money) {
	t.Helper()
	if !IsCurrency(m.Currency) {
		t.Errorf("%q gave currency %q, not in the ISO 4217 codelist", in, m.Currency)
	}
	if dossier.CheckAmount(m.Amount) != nil {
		t.Errorf("%q gave amount %v", in, m.Amount)
	}
	switch m.Qualifier {
	case total, upTo, target, about:
	default:
		t.Errorf("%q gave qualifier %q", in, m.Qualifier)
	}
}

func checkOneLine(t *testing.T, in string, err error) {
	t.Helper()
	if err != nil && strings.ContainsAny(err.Error(), "\n\r") {
		t.Errorf("%q: error %q is more than one line", in, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		checkOneLine(t, s, err)
		if err == nil {
			checkDate(t, s, d)
		}
	})
}

func FuzzParseDateRange(f *testing.F) {
	for _, s := range rangeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseDateRange(s)
		checkOneLine(t, s, err)
		if err != nil {
			return
		}
		if r.Start == nil && r.End == nil && r.Months == 0 {
			t.Errorf("%q gave an empty range and no error", s)
		}
		if r.Months < 0 {
			t.Errorf("%q gave %d months", s, r.Months)
		}
		if r.Start != nil {
			checkDate(t, s, *r.Start)
		}
		if r.End != nil {
			checkDate(t, s, *r.End)
		}
		if r.Start != nil && r.End != nil && r.End.Before(*r.Start) {
			t.Errorf("%q gave a range that ends (%v) before it starts (%v)", s, r.End, r.Start)
		}
	})
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range moneySeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, equ, err := ParseMoney(s)
		checkOneLine(t, s, err)
		if err != nil {
			return
		}
		checkMoney(t, s, m)
		if equ != nil {
			checkMoney(t, s, *equ)
			if equ.Currency == m.Currency {
				t.Errorf("%q gave an equivalent in the same currency %s", s, m.Currency)
			}
		}
	})
}

func FuzzFindMoney(f *testing.F) {
	for _, s := range moneySeeds {
		f.Add("The budget is " + s + ", and in 2014 EUR 5 million; 2,000 participants.")
	}
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, m := range FindMoney(s) {
			if m.Start < prevEnd || m.Start > m.End || m.End > len(s) {
				t.Fatalf("%q: match %q at %d:%d is out of order or out of bounds (previous ended at %d)",
					s, m.Text, m.Start, m.End, prevEnd)
			}
			if m.Text != s[m.Start:m.End] {
				t.Errorf("%q: match text %q is not the text at %d:%d, %q", s, m.Text, m.Start, m.End, s[m.Start:m.End])
			}
			checkMoney(t, s, m.Money)
			if m.Equivalent != nil {
				checkMoney(t, s, *m.Equivalent)
			}
			prevEnd = m.End
		}
	})
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range quantitySeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, ok := ParseQuantity(s)
		if !ok {
			return
		}
		if math.IsNaN(q.Amount) || math.IsInf(q.Amount, 0) || q.Amount < 0 {
			t.Errorf("%q gave amount %v", s, q.Amount)
		}
		switch q.Qualifier {
		case dossier.QuantityExact, dossier.QuantityUpTo, dossier.QuantityAtLeast, dossier.QuantityOver, dossier.QuantityAbout:
		default:
			t.Errorf("%q gave qualifier %q", s, q.Qualifier)
		}
		if strings.TrimSpace(q.Unit) == "" {
			t.Errorf("%q gave no unit", s)
		}
		if utf8.ValidString(s) && !utf8.ValidString(q.Unit) {
			t.Errorf("%q gave a unit %q that is not UTF-8", s, q.Unit)
		}
	})
}

func FuzzSplitList(f *testing.F) {
	for _, s := range listSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, it := range SplitList(s) {
			if strings.TrimSpace(it.Text) == "" {
				t.Errorf("%q gave an empty member", s)
			}
			switch it.Kind {
			case KindCountry:
				if CountryName(it.Country) == "" {
					t.Errorf("%q gave country %q with code %q, not in the codelist", s, it.Text, it.Country)
				}
			case KindRegion, KindOrganisation:
				if it.Country != "" {
					t.Errorf("%q gave %s %q a country code %q", s, it.Kind, it.Text, it.Country)
				}
			default:
				t.Errorf("%q gave kind %q", s, it.Kind)
			}
			if utf8.ValidString(s) && !utf8.ValidString(it.Text) {
				t.Errorf("%q gave a member %q that is not UTF-8", s, it.Text)
			}
		}
	})
}

// FuzzStatus runs arbitrary status texts through Status: no panic, and a
// status found is one of the contract's three.
func FuzzStatus(f *testing.F) {
	for _, s := range []string{"Completed", "Closed on 31 March 2024", "Achevée le 30 juin 2025", "projet achevé",
		"Ongoing. Cofinanced by the Netherlands.", "Status: Finished", "en cours", "Pipeline/identification",
		"programme programme programme", "", "0", "(((", "Closed to new applicants 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, ok := Status(s)
		if ok && st != StatusCompleted && st != StatusOngoing && st != StatusPlanned {
			t.Fatalf("Status(%q) = %q", s, st)
		}
		if !ok && st != "" {
			t.Fatalf("Status(%q) = %q, false", s, st)
		}
	})
}

// FuzzDurationAdjective: any word gives no length, or a whole number of
// years in months (the lexicon's length.MONTHS are years' adjectives).
func FuzzDurationAdjective(f *testing.F) {
	for _, s := range []string{"vierjarige", "vierenhalfjarige", "dreijähriges,", "quadriennale", "triennal", "Quinquenal", "regional", "", "\xff\xfe", strings.Repeat("jährig", 5)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// (Whole years or a half: "vierenhalfjarige" is 54 months.)
		if n, ok := DurationAdjective(s); ok && (n <= 0 || n%6 != 0) {
			t.Errorf("DurationAdjective(%q) = %d months", s, n)
		}
	})
}

// FuzzDurationCount: mayHoldCount only passes over texts in which neither
// pattern of a duration finds one, so parseDuration reads as it did
// without it.
func FuzzDurationCount(f *testing.F) {
	for _, s := range []string{"24 months", "vierjahre", "viereinhalb Jahre", "trois ans et demi", "a twelve-month project", "dreißig", "l'an", "projet,deux ans", "\u0301vier jahre", "", "\xff\xfe", "zwei\u00a0Jahre"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, u := range []string{s, CollapseSpace(fold(s))} {
			if !mayHoldCount(u) && (durationRe.MatchString(u) || halfBeforeRe.MatchString(u)) {
				t.Errorf("mayHoldCount(%q) is false, and a duration pattern matches", u)
			}
		}
	})
}

// FuzzOrganisationName: a body's name as any document writes it gives a
// name of valid text with no spaces around it, and never a panic.
func FuzzOrganisationName(f *testing.F) {
	for _, s := range []string{
		"the Sarajevo-based Balkan Creative Hubs Foundation",
		"Brussels-based World Customs Organization",
		"Spain's FIIAPP foundation",
		"Norway’s Ministry of Foreign Affairs",
		"UNODC – Ufficio regionale per l'America centrale",
		"-based ",
		"A-based",
		"Camões, I.P.",
		"Netherlands Chamber of Commerce (KVK)",
		"Camões – Instituto da Cooperação e da Língua",
		"A (B-)",
		"x (ÉÉ)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := OrganisationName(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("OrganisationName(%q) = %q: not valid text", s, got)
		}
		if got != strings.TrimSpace(got) {
			t.Errorf("OrganisationName(%q) = %q: spaces around it", s, got)
		}
	})
}
