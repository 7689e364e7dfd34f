package dossier

import (
	"encoding/json"
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestFormatAmount(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{4000000, "4,000,000"},
		{1.5, "1.50"},
		{999.999, "1,000"},
		{-1234.5, "-1,234.50"},
		{-0.001, "0"},
		{math.Copysign(0, -1), "0"},
		{161000, "161,000"},
		{MaxAmount, "1,000,000,000,000,000"},
		// The figures that overflowed an int64 and printed as
		// "-9,223,372,036,854,775,808".
		{math.Pow(2, 63), "9,223,372,036,854,775,808"},
		{1e20, "100,000,000,000,000,000,000"},
		{-1e26, "-100,000,000,000,000,004,764,729,344"},
		{math.MaxFloat64, commas(strconv.FormatFloat(math.MaxFloat64, 'f', 0, 64))},
		{math.Inf(1), "Inf"},
		{math.Inf(-1), "-Inf"},
		{math.NaN(), "NaN"},
	} {
		if got := FormatAmount(tc.in); got != tc.want {
			t.Errorf("FormatAmount(%g) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// commas puts thousands separators into a string of digits.
func commas(s string) string {
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestCheckAmount(t *testing.T) {
	for _, tc := range []struct {
		in float64
		ok bool
	}{
		{0, true}, {4e6, true}, {MaxAmount, true},
		{MaxAmount * 1.0000001, false}, {1e26, false}, {-1, false},
		{math.NaN(), false}, {math.Inf(1), false},
	} {
		err := CheckAmount(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("CheckAmount(%g) = %v, want ok %v", tc.in, err, tc.ok)
		}
		if err != nil && !errors.Is(err, ErrAmountOutOfRange) {
			t.Errorf("CheckAmount(%g) = %v, not ErrAmountOutOfRange", tc.in, err)
		}
	}
}

// TestValueString_HugeAmountsNeverWrapNegative is what facts, diff and
// history print for a money value a hostile document states.
func TestValueString_HugeAmountsNeverWrapNegative(t *testing.T) {
	v := MoneyValue(Money{Amount: 1e26, Currency: "EUR", Qualifier: QualifierTotal})
	if got, want := v.String(), "EUR 100,000,000,000,000,004,764,729,344"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

var amountForm = regexp.MustCompile(`^-?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]{2})?$`)

// FuzzFormatAmount holds FormatAmount to its form for every float64: digits
// in groups of three, a sign only for negative amounts, cents only when
// there are some, and the figure read back within half a cent (or the
// float's own precision) of the amount.
func FuzzFormatAmount(f *testing.F) {
	for _, a := range []float64{0, 1.5, 4e6, 1e15, 9.223372036854775807e18, 1e300, -2.5} {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, a float64) {
		s := FormatAmount(a)
		if math.IsNaN(a) || math.IsInf(a, 0) {
			if s != "NaN" && s != "Inf" && s != "-Inf" {
				t.Fatalf("FormatAmount(%g) = %q", a, s)
			}
			return
		}
		if !amountForm.MatchString(s) {
			t.Fatalf("FormatAmount(%g) = %q: not a grouped figure", a, s)
		}
		if strings.HasPrefix(s, "-") && a >= 0 || a <= -0.005 && !strings.HasPrefix(s, "-") || s == "-0" {
			t.Fatalf("FormatAmount(%g) = %q: wrong sign", a, s)
		}
		back, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			t.Fatalf("FormatAmount(%g) = %q: %v", a, s, err)
		}
		if diff := math.Abs(back - a); diff > 0.005+math.Abs(a)*1e-15 {
			t.Fatalf("FormatAmount(%g) = %q, reads back as %g", a, s, back)
		}
	})
}

// TestMoney_ApproximateIsAContractTotal: the export contract knows the
// qualifiers total, up_to and target; an amount a source gives as
// approximate ("about EUR 12 million") is written as a total with the
// added key approximate, and read back as approximate.
func TestMoney_ApproximateIsAContractTotal(t *testing.T) {
	v := MoneyValue(Money{Amount: 12000000, Currency: "EUR", Qualifier: QualifierAbout})
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"amount":12000000,"currency":"EUR","qualifier":"total","approximate":true}`; string(b) != want {
		t.Errorf("about EUR 12 million written as %s, want %s", b, want)
	}
	back, err := DecodeValue(ValueMoney, b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Money.Qualifier != QualifierAbout || back.String() != "about EUR 12,000,000" {
		t.Errorf("read back as %+v (%s)", *back.Money, back)
	}
	// A total stays a plain total; a store written before holds "about".
	if b, _ := json.Marshal(MoneyValue(Money{Amount: 5, Currency: "EUR", Qualifier: QualifierTotal})); string(b) != `{"amount":5,"currency":"EUR","qualifier":"total"}` {
		t.Errorf("total written as %s", b)
	}
	old, err := DecodeValue(ValueMoney, []byte(`{"amount":5,"currency":"EUR","qualifier":"about"}`))
	if err != nil || old.Money.Qualifier != QualifierAbout {
		t.Errorf("old payload read as %+v, %v", old.Money, err)
	}
}

// TestDateContains: a year contains its months and days, a month its
// days; a day contains only itself, and a finer date never contains a
// coarser one. SameDate is either way round.
func TestDateContains(t *testing.T) {
	y := Date{Year: 2014, Month: 1, Day: 1, Precision: PrecisionYear}
	m := Date{Year: 2014, Month: 3, Day: 1, Precision: PrecisionMonth}
	d := Date{Year: 2014, Month: 3, Day: 15, Precision: PrecisionDay}
	other := Date{Year: 2015, Month: 3, Day: 15, Precision: PrecisionDay}
	for _, tt := range []struct {
		a, b Date
		want bool
	}{
		{y, m, true}, {y, d, true}, {m, d, true}, {d, d, true},
		{m, y, false}, {d, m, false}, {d, y, false},
		{y, other, false}, {m, Date{Year: 2014, Month: 4, Day: 2, Precision: PrecisionDay}, false},
		{m, Date{Year: 2014, Month: 3, Day: 1, Precision: PrecisionYear}, false},
	} {
		if got := tt.a.Contains(tt.b); got != tt.want {
			t.Errorf("%s (%s) contains %s (%s): %v, want %v", tt.a.Human(), tt.a.Precision, tt.b.Human(), tt.b.Precision, got, tt.want)
		}
		if tt.want && (!SameDate(tt.a, tt.b) || !SameDate(tt.b, tt.a)) {
			t.Errorf("SameDate(%s, %s) false", tt.a.Human(), tt.b.Human())
		}
	}
	if SameDate(d, other) {
		t.Errorf("SameDate(%s, %s) true", d.Human(), other.Human())
	}
}
