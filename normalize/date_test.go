package normalize

import (
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/google/go-cmp/cmp"
)

func day(y, m, d int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: d, Precision: dossier.PrecisionDay}
}

func month(y, m int) dossier.Date {
	return dossier.Date{Year: y, Month: m, Day: 1, Precision: dossier.PrecisionMonth}
}

func year(y int) dossier.Date {
	return dossier.Date{Year: y, Month: 1, Day: 1, Precision: dossier.PrecisionYear}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want dossier.Date
	}{
		// Forms the seed documents use.
		{"January 2014", month(2014, 1)},
		{"1 January 2014", day(2014, 1, 1)},
		{"31 December 2016", day(2016, 12, 31)},
		{"Oct 2020", month(2020, 10)},
		{"Dec 2021", month(2021, 12)},
		{"22 April 2019", day(2019, 4, 22)},
		{"3 April 2025", day(2025, 4, 3)},
		{"19 October 2020", day(2020, 10, 19)},
		// English variants.
		{"Sept. 2020", month(2020, 9)},
		{"Sep 2020", month(2020, 9)},
		{"2014", year(2014)},
		{"1st January 2014", day(2014, 1, 1)},
		{"January 1st, 2014", day(2014, 1, 1)},
		{"January 1, 2014", day(2014, 1, 1)},
		{"the 2nd of March 2015", day(2015, 3, 2)},
		{"23rd June 2016", day(2016, 6, 23)},
		{"Monday, 4 May 2020", day(2020, 5, 4)},
		{"Domenica 18 giugno 2023", day(2023, 6, 18)},
		{"Sexta-feira, 19 de maio de 2023", day(2023, 5, 19)},
		{"miércoles 3 de abril de 2024", day(2024, 4, 3)},
		{"Donnerstag, 9. Februar 2023", day(2023, 2, 9)},
		{"donderdag 9 februari 2023", day(2023, 2, 9)},
		{"as of 3 April 2025", day(2025, 4, 3)},
		{"Version 22 April 2019", day(2019, 4, 22)},
		{"JANUARY 2014", month(2014, 1)},
		{"january 2014", month(2014, 1)},
		// Numeric: ISO, and day first.
		{"2014-01-31", day(2014, 1, 31)},
		{"2014-01", month(2014, 1)},
		{"2014/01/31", day(2014, 1, 31)},
		{"31/12/2020", day(2020, 12, 31)},
		{"31.12.2020", day(2020, 12, 31)},
		{"31-12-2020", day(2020, 12, 31)},
		{"1.1.2014", day(2014, 1, 1)},
		{"01/02/2014", day(2014, 2, 1)},
		{"12/2020", month(2020, 12)},
		{"29/02/2020", day(2020, 2, 29)},
		// Other languages.
		{"1er janvier 2014", day(2014, 1, 1)},
		{"1ère janvier 2014", day(2014, 1, 1)},
		{"31 décembre 2020", day(2020, 12, 31)},
		{"31 DÉCEMBRE 2020", day(2020, 12, 31)},
		{"août 2019", month(2019, 8)},
		{"Dezember 2021", month(2021, 12)},
		{"1. März 2016", day(2016, 3, 1)},
		{"diciembre de 2021", month(2021, 12)},
		{"1º de enero de 2014", day(2014, 1, 1)},
		{"15 de septiembre de 2018", day(2018, 9, 15)},
		{"31 dicembre 2020", day(2020, 12, 31)},
		{"1 de março de 2017", day(2017, 3, 1)},
		{"31 maart 2019", day(2019, 3, 31)},
		{"mei 2019", month(2019, 5)},
		// Surrounding space and punctuation.
		{"  (31 December 2020).  ", day(2020, 12, 31)},
		{"“Oct 2020”", month(2020, 10)},
		{"31\u00a0December\u00a02020", day(2020, 12, 31)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDate(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseDate_Errors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"garbage", `unexpected word "garbage"`},
		{"31 February 2020", "February 2020 has no day 31"},
		{"29 February 2019", "February 2019 has no day 29"},
		{"31 April 2020", "April 2020 has no day 31"},
		{"13/13/2020", "month 13 out of range"},
		{"32/01/2020", "January 2020 has no day 32"},
		{"0/1/2020", "day 0"},
		{"2020-00-10", "month 0"},
		{"1ère semaine", `unexpected word "semaine"`},
		{"January", "no year"},
		{"15", "no year"},
		{"15 2014", "day without a month"},
		{"January February 2014", "two months"},
		{"2014 2015", "two years"},
		{"12/31/2020", "month 31 out of range"},
		{"0999", "year 999 out of range"},
		{"20141", "not a numeric date"},
		{"2014-01-01-01", "not a numeric date"},
		{"31.12/2020", "mixed separators"},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in)
		if err == nil {
			t.Errorf("ParseDate(%q): no error, want one saying %q", tt.in, tt.reason)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.reason) || !strings.Contains(msg, quoteInput(tt.in)) || strings.Contains(msg, "\n") {
			t.Errorf("ParseDate(%q) error = %q, want one line naming the input and %q", tt.in, msg, tt.reason)
		}
	}
}

func ptr(d dossier.Date) *dossier.Date { return &d }

func TestParseDateRange(t *testing.T) {
	tests := []struct {
		in   string
		want DateRange
	}{
		// The seed documents.
		{"January 2014 – 31 December 2016", DateRange{Start: ptr(month(2014, 1)), End: ptr(day(2016, 12, 31))}},
		{"1 January 2014 – 31 December 2020", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31))}},
		{"From: Oct 2020 To: Dec 2021", DateRange{Start: ptr(month(2020, 10)), End: ptr(month(2021, 12))}},
		{"2021 - 2027", DateRange{Start: ptr(year(2021)), End: ptr(year(2027))}},
		{"84 months (1 January 2014 – 31 December 2020)",
			DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31)), Months: 84}},
		// Other forms.
		{"from Oct 2020 to Dec 2021", DateRange{Start: ptr(month(2020, 10)), End: ptr(month(2021, 12))}},
		{"2021–2027", DateRange{Start: ptr(year(2021)), End: ptr(year(2027))}},
		{"2021—2027", DateRange{Start: ptr(year(2021)), End: ptr(year(2027))}},
		{"2014-2020", DateRange{Start: ptr(year(2014)), End: ptr(year(2020))}},
		{"Oct 2020 until Dec 2021", DateRange{Start: ptr(month(2020, 10)), End: ptr(month(2021, 12))}},
		{"Oct 2020 till Dec 2021", DateRange{Start: ptr(month(2020, 10)), End: ptr(month(2021, 12))}},
		{"01/01/2014 - 31/12/2020", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31))}},
		{"01.01.2014–31.12.2020", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31))}},
		{"2014-01-01/2020-12-31", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31))}},
		{"2014-01-01 - 2020-12-31", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31))}},
		{"2014/2020", DateRange{Start: ptr(year(2014)), End: ptr(year(2020))}},
		{"2020/21", DateRange{Start: ptr(year(2020)), End: ptr(year(2021))}},
		{"2020-21", DateRange{Start: ptr(year(2020)), End: ptr(year(2021))}},
		{"1999/00", DateRange{Start: ptr(year(1999)), End: ptr(year(2000))}},
		{"du 1er janvier 2014 au 31 décembre 2020", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31))}},
		{"d'avril 2023 à mars 2027", DateRange{Start: ptr(month(2023, 4)), End: ptr(month(2027, 3))}},
		{"d’octobre 2020 à juin 2024", DateRange{Start: ptr(month(2020, 10)), End: ptr(month(2024, 6))}},
		{"von Januar 2014 bis Dezember 2020", DateRange{Start: ptr(month(2014, 1)), End: ptr(month(2020, 12))}},
		{"del 1º de enero de 2014 al 31 de diciembre de 2020", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31))}},
		{"January–March 2014", DateRange{Start: ptr(month(2014, 1)), End: ptr(month(2014, 3))}},
		{"November – February 2015", DateRange{Start: ptr(month(2014, 11)), End: ptr(month(2015, 2))}},
		{"1–15 March 2020", DateRange{Start: ptr(day(2020, 3, 1)), End: ptr(day(2020, 3, 15))}},
		{"1 January – 31 March 2014", DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2014, 3, 31))}},
		{"between January 2014 and December 2020", DateRange{Start: ptr(month(2014, 1)), End: ptr(month(2020, 12))}},
		{"tra il 1° aprile 2020 e il 31 marzo 2024", DateRange{Start: ptr(day(2020, 4, 1)), End: ptr(day(2024, 3, 31))}},
		{"zwischen dem 1. April 2020 und dem 31. März 2024", DateRange{Start: ptr(day(2020, 4, 1)), End: ptr(day(2024, 3, 31))}},
		{"Duration: 2021 - 2027", DateRange{Start: ptr(year(2021)), End: ptr(year(2027))}},
		{"1 January 2014 – 31 December 2020 (84 months)",
			DateRange{Start: ptr(day(2014, 1, 1)), End: ptr(day(2020, 12, 31)), Months: 84}},
		{"36 months, January 2018 - December 2020",
			DateRange{Start: ptr(month(2018, 1)), End: ptr(month(2020, 12)), Months: 36}},
		// An end after the lexicon's date.lead words: the month it ends in.
		{"from April 2022 to the end of March 2025", DateRange{Start: ptr(month(2022, 4)), End: ptr(month(2025, 3))}},
		{"von April 2022 bis Ende März 2025", DateRange{Start: ptr(month(2022, 4)), End: ptr(month(2025, 3))}},
		{"de abril de 2022 a finales de marzo de 2025", DateRange{Start: ptr(month(2022, 4)), End: ptr(month(2025, 3))}},
		{"d'avril 2022 à fin mars 2025", DateRange{Start: ptr(month(2022, 4)), End: ptr(month(2025, 3))}},
		{"from 2022 to the end of 2025", DateRange{Start: ptr(year(2022)), End: ptr(year(2025))}},
		// A word of the period's part joined by a hyphen.
		{"from mid-2022 to end-2024", DateRange{Start: ptr(year(2022)), End: ptr(year(2024))}},
		{"early-2021 – end-June 2023", DateRange{Start: ptr(year(2021)), End: ptr(month(2023, 6))}},
		{"de mi-2022 à fin 2024", DateRange{Start: ptr(year(2022)), End: ptr(year(2024))}},
		// One end only, or only a duration.
		{"from Oct 2020", DateRange{Start: ptr(month(2020, 10))}},
		{"since 2014", DateRange{Start: ptr(year(2014))}},
		{"until Dec 2021", DateRange{End: ptr(month(2021, 12))}},
		{"84 months", DateRange{Months: 84}},
	}
	for _, tt := range tests {
		got, err := ParseDateRange(tt.in)
		if err != nil {
			t.Errorf("ParseDateRange(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDateRange(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseDateRange_Errors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"", "empty"},
		{"garbage", "no two dates"},
		{"Oct 2020", "no two dates"},
		{"2014-01", "no two dates"},
		{"31 December 2020 – 1 January 2014", "ends (2014-01-01) before it starts (2020-12-31)"},
		{"1 January 2014 – 31 February 2020", "no two dates"},
		{"13/13/2020 - 14/14/2021", "no two dates"},
		{"until someday", "no date after until"},
		{"from nowhere", `unexpected word "nowhere"`},
	}
	for _, tt := range tests {
		_, err := ParseDateRange(tt.in)
		if err == nil {
			t.Errorf("ParseDateRange(%q): no error, want one saying %q", tt.in, tt.reason)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.reason) || !strings.Contains(msg, quoteInput(tt.in)) || strings.Contains(msg, "\n") {
			t.Errorf("ParseDateRange(%q) error = %q, want one line naming the input and %q", tt.in, msg, tt.reason)
		}
	}
}

func TestParseDurationMonths(t *testing.T) {
	tests := []struct {
		in     string
		want   int
		wantOK bool
	}{
		{"84 months", 84, true},
		{"84 months (1 January 2014 – 31 December 2020)", 84, true},
		{"7 years", 84, true},
		{"18 mois", 18, true},
		{"6 months", 6, true},
		{"1 month", 1, true},
		{"36-month project", 36, true},
		{"a project of 24 Monate", 24, true},
		{"2 years and 6 months", 30, true},
		{"1.5 years", 18, true},
		{"2,5 ans", 30, true},
		{"six months", 6, true},
		// A half year, after the years or between number and unit.
		{"quatre ans et demi", 54, true},
		{"cinco años y medio", 66, true},
		{"four and a half years", 54, true},
		{"viereinhalb Jahre", 54, true},
		{"vier en een half jaar", 54, true},
		{"un an et demi", 18, true},
		{"Octopus Conferences are now organised every 18 months", 18, true},
		{"1 January 2014 – 31 December 2020", 0, false},
		{"2021 - 2027", 0, false},
		{"0 months", 0, false},
		{"1.5 months", 0, false},
		{"", 0, false},
		{"many months", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseDurationMonths(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("ParseDurationMonths(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestDurationAdjective: adjectives that give a project's length, as a
// reader counts it: four years are 48 months.
func TestDurationAdjective(t *testing.T) {
	for w, want := range map[string]int{
		"vierjarige":   48,
		"dreijähriges": 36,
		"quadriennale": 48,
		"triennal":     36,
		"cuatrienal":   48,
		"quinquenal":   60,
		"zesjarig,":    72,
	} {
		if got, ok := DurationAdjective(w); !ok || got != want {
			t.Errorf("DurationAdjective(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for _, w := range []string{"regional", "annual", "biennale", "2024", ""} {
		if got, ok := DurationAdjective(w); ok {
			t.Errorf("DurationAdjective(%q) = %d, want none", w, got)
		}
	}
}

// TestIsWeekday: a day's name in any of the languages, with or without
// its accents; the second part of "segunda-feira" alone ("feira", a fair)
// and a month are none.
func TestIsWeekday(t *testing.T) {
	for w, want := range map[string]bool{
		"Domenica": true, "miércoles": true, "Sexta": true, "Donnerstag": true, "zondag": true,
		"feira": false, "março": false, "Projekt": false,
	} {
		if got := IsWeekday(w); got != want {
			t.Errorf("IsWeekday(%q) = %v, want %v", w, got, want)
		}
	}
}
