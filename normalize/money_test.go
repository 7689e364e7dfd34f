package normalize

import (
	"errors"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/google/go-cmp/cmp"
)

func money(amount float64, currency, qualifier string) dossier.Money {
	return dossier.Money{Amount: amount, Currency: currency, Qualifier: qualifier}
}

func moneyPtr(amount float64, currency, qualifier string) *dossier.Money {
	m := money(amount, currency, qualifier)
	return &m
}

const (
	total  = dossier.QualifierTotal
	upTo   = dossier.QualifierUpTo
	target = dossier.QualifierTarget
	about  = dossier.QualifierAbout
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in      string
		want    dossier.Money
		wantEqu *dossier.Money
	}{
		// The seed documents.
		{"Up to EURO 4 million", money(4000000, "EUR", upTo), nil},
		{"10 million EUR", money(10000000, "EUR", total), nil},
		{"Target budget: 10 million EUR", money(10000000, "EUR", target), nil},
		{"CAN$ 250,000 (ca. EUR 161,000)", money(250000, "CAD", total), moneyPtr(161000, "EUR", about)},
		// An equivalent after any language's word of the lexicon for
		// "about".
		{"15.000.000 SEK (rd. 1.400.000 EUR)", money(15000000, "SEK", total), moneyPtr(1400000, "EUR", about)},
		{"NOK 30.000.000 (ongeveer EUR 2.600.000)", money(30000000, "NOK", total), moneyPtr(2600000, "EUR", about)},
		// A word for "about" of several words.
		{"60 milhões de coroas suecas (cerca de 7 milhões de dólares)", money(60000000, "SEK", total), moneyPtr(7000000, "USD", about)},
		{"5 millones de euros (alrededor de 6 millones de dólares)", money(5000000, "EUR", total), moneyPtr(6000000, "USD", about)},
		// Qualifiers.
		{"a target of EUR 10 million", money(10000000, "EUR", target), nil},
		{"maximum EUR 500,000", money(500000, "EUR", upTo), nil},
		{"jusqu'à 4 millions d'euros", money(4000000, "EUR", upTo), nil},
		{"jusqu’à 4 millions d’euros", money(4000000, "EUR", upTo), nil},
		{"ca. EUR 4m", money(4000000, "EUR", about), nil},
		{"approx. USD 2 million", money(2000000, "USD", about), nil},
		{"about €300,000", money(300000, "EUR", about), nil},
		{"around CHF 1 million", money(1000000, "CHF", about), nil},
		{"environ 2 millions d'euros", money(2000000, "EUR", about), nil},
		{"a total of EUR 5.56 million", money(5560000, "EUR", total), nil},
		{"Budget: Up to EURO 4 million", money(4000000, "EUR", upTo), nil},
		// Number forms.
		{"EUR 5.56 million", money(5560000, "EUR", total), nil},
		{"EUR 5,560,000", money(5560000, "EUR", total), nil},
		{"€4m", money(4000000, "EUR", total), nil},
		// Spanish, French and Italian reports: a scale letter against the sign.
		{"5,4 M€", money(5400000, "EUR", total), nil},
		// Scaled as written: 8.2 × 10⁶ in binary floating point is not 8200000.
		{"8,2 M€", money(8200000, "EUR", total), nil},
		{"3,3 M CAD", money(3300000, "CAD", total), nil},
		{"2,4 milioni di euro", money(2400000, "EUR", total), nil},
		{"12 M CAD", money(12000000, "CAD", total), nil},
		{"$12-million", money(12000000, "USD", total), nil},
		{"250 k€", money(250000, "EUR", total), nil},
		{"1,2 Md€", money(1200000000, "EUR", total), nil},
		{"€250k", money(250000, "EUR", total), nil},
		{"EUR4m", money(4000000, "EUR", total), nil},
		// In tables the scale letter may stand one space after the number.
		{"EUR 10.4 m", money(10400000, "EUR", total), nil},
		{"USD 12.1 m", money(12100000, "USD", total), nil},
		{"EUR 250 k", money(250000, "EUR", total), nil},
		{"€ 4 000 000", money(4000000, "EUR", total), nil},
		{"€\u00a04\u00a0000\u00a0000", money(4000000, "EUR", total), nil},
		{"4.000.000 €", money(4000000, "EUR", total), nil},
		{"4 000 000,50 EUR", money(4000000.50, "EUR", total), nil},
		{"4.000.000,50 EUR", money(4000000.50, "EUR", total), nil},
		{"EUR 5,560,000.75", money(5560000.75, "EUR", total), nil},
		{"CHF 1'000'000", money(1000000, "CHF", total), nil},
		{"EUR 1,500", money(1500, "EUR", total), nil},
		{"EUR 1,5 million", money(1500000, "EUR", total), nil},
		{"1,5 million d'euros", money(1500000, "EUR", total), nil},
		{"4 millions d’euros", money(4000000, "EUR", total), nil},
		{"EUR 1234.5", money(1234.5, "EUR", total), nil},
		{"EUR 0,500", money(0.5, "EUR", total), nil},
		// Currencies.
		{"USD 1.2bn", money(1200000000, "USD", total), nil},
		{"$1.2 billion", money(1200000000, "USD", total), nil},
		{"$500", money(500, "USD", total), nil},
		{"US$ 3 million", money(3000000, "USD", total), nil},
		{"C$ 100,000", money(100000, "CAD", total), nil},
		{"CA$ 100,000", money(100000, "CAD", total), nil},
		{"£2.5 million", money(2500000, "GBP", total), nil},
		{"¥100 million", money(100000000, "JPY", total), nil},
		{"JPY 100 million", money(100000000, "JPY", total), nil},
		{"CHF 2.5 million", money(2500000, "CHF", total), nil},
		{"NOK 5 million", money(5000000, "NOK", total), nil},
		{"2 million US dollars", money(2000000, "USD", total), nil},
		{"5 million Swiss francs", money(5000000, "CHF", total), nil},
		{"3 million pounds sterling", money(3000000, "GBP", total), nil},
		{"250 000 dollars canadiens", money(250000, "CAD", total), nil},
		{"PEN 1 million", money(1000000, "PEN", total), nil},
		// Scales and currencies named in the lexicon's other languages.
		{"800 mil euros", money(800000, "EUR", total), nil},
		{"2,5 mil millones de dólares", money(2500000000, "USD", total), nil},
		{"50 tausend Euro", money(50000, "EUR", total), nil},
		// Italian thousands in the plural, German thousands abbreviated.
		{"700 mila euro", money(700000, "EUR", total), nil},
		{"250 Tsd. Euro", money(250000, "EUR", total), nil},
		{"15 millions de couronnes norvégiennes", money(15000000, "NOK", total), nil},
		{"3,2 millones de libras esterlinas", money(3200000, "GBP", total), nil},
		{"50 Millionen schwedische Kronen", money(50000000, "SEK", total), nil},
		// "Pfund" and "pond" alone after a figure: the pound sterling.
		{"3,6 Mio. Pfund", money(3600000, "GBP", total), nil},
		{"2,4 miljoen pond", money(2400000, "GBP", total), nil},
		// Equivalents.
		{"CAN$ 250,000 (EUR 161,000)", money(250000, "CAD", total), moneyPtr(161000, "EUR", total)},
		{"Up to USD 1 million (approx. EUR 900,000)", money(1000000, "USD", upTo), moneyPtr(900000, "EUR", about)},
		{"EUR 4 million (EUR 4,000,000)", money(4000000, "EUR", total), nil},
	}
	for _, tt := range tests {
		got, equ, err := ParseMoney(tt.in)
		if err != nil {
			t.Errorf("ParseMoney(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseMoney(%q) amount (-want +got):\n%s", tt.in, diff)
		}
		if diff := cmp.Diff(tt.wantEqu, equ); diff != "" {
			t.Errorf("ParseMoney(%q) equivalent (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseMoney_Errors(t *testing.T) {
	for _, in := range []string{
		"",
		"garbage",
		"4 million",                        // no currency
		"100% voluntary",                   // a share, not money
		"2,000 participants",               // a count
		"EUR",                              // no amount
		"EUR 1.2.3",                        // not a number
		"EUR 5,56,000",                     // thousands groups of two
		"XYZ 5 million",                    // not an ISO 4217 code
		"Europe 5 million",                 // "euro" inside a word
		"EUR 1" + strings.Repeat("0", 400), // too many digits
	} {
		m, equ, err := ParseMoney(in)
		if err == nil {
			t.Errorf("ParseMoney(%q) = %+v, %+v; want an error", in, m, equ)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, quoteInput(in)) || strings.Contains(msg, "\n") {
			t.Errorf("ParseMoney(%q) error = %q, want one line naming the input", in, msg)
		}
	}
}

func TestFindMoney(t *testing.T) {
	type found struct {
		Text       string
		Money      dossier.Money
		Equivalent *dossier.Money
	}
	tests := []struct {
		name string
		text string
		want []found
	}{
		{
			name: "canada news item",
			text: "The Government of Canada made a voluntary contribution of CAN$ 250,000 (ca. EUR 161,000) to the current Cybercrime@Octopus project and the follow-up global Octopus project.",
			want: []found{{"CAN$ 250,000 (ca. EUR 161,000)", money(250000, "CAD", total), moneyPtr(161000, "EUR", about)}},
		},
		{
			// A footnote's mark against the scale: one digit, then space.
			name: "footnote mark after the scale",
			text: "PescaJusta SV, HN, NI 07/2021 – 06/2025 USD 3.8 m2 Ongoing",
			want: []found{{"USD 3.8 m2", money(3800000, "USD", total), nil}},
		},
		{
			name: "project summary table",
			text: "Duration:\t84 months (1 January 2014 – 31 December 2020)\nBudget:\tUp to EURO 4 million\nFunding:\tVoluntary contributions",
			want: []found{{"Up to EURO 4 million", money(4000000, "EUR", upTo), nil}},
		},
		{
			name: "brochure",
			text: "Duration\n2021 - 2027\n\nTarget Budget\n10 million EUR\n\nFunding\n100% voluntary\ncontributions",
			want: []found{{"10 million EUR", money(10000000, "EUR", total), nil}},
		},
		{
			name: "several amounts",
			text: "In 2014 EUR 5 million were pledged; the UK gave £1.2m and Japan ¥100 million, about USD 1 million in all.",
			want: []found{
				{"EUR 5 million", money(5000000, "EUR", total), nil},
				{"£1.2m", money(1200000, "GBP", total), nil},
				{"¥100 million", money(100000000, "JPY", total), nil},
				{"about USD 1 million", money(1000000, "USD", about), nil},
			},
		},
		{
			name: "no money",
			text: "Over 2,000 participants representing 120 countries; 100% voluntary contributions; ALL 30 countries; G0677; DG1/3021.",
			want: nil,
		},
		{
			name: "french",
			text: "Le budget s’élève à environ 4,5 millions d’euros.",
			want: []found{{"environ 4,5 millions d’euros", money(4500000, "EUR", about), nil}},
		},
		{
			name: "accents before the amount keep offsets right",
			text: "Contribución de México: 2 millones de euros (ca. USD 2.2 million).",
			want: []found{{"2 millones de euros (ca. USD 2.2 million)", money(2000000, "EUR", total), moneyPtr(2200000, "USD", about)}},
		},
		{
			name: "equivalent after a comma and a word of sameness",
			text: "Doté d'une enveloppe de 8 millions d'euros, soit environ 5,2 milliards de francs CFA, le programme est financé par la Belgique.",
			want: []found{{"8 millions d'euros, soit environ 5,2 milliards de francs CFA", money(8000000, "EUR", total), moneyPtr(5200000000, "XOF", about)}},
		},
		{
			// Without such a word, each amount is its own.
			name: "two amounts after a comma",
			text: "Sweden gives EUR 3 million, Norway NOK 10 million.",
			want: []found{
				{"EUR 3 million", money(3000000, "EUR", total), nil},
				{"NOK 10 million", money(10000000, "NOK", total), nil},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []found
			for _, m := range FindMoney(tt.text) {
				if m.Text != tt.text[m.Start:m.End] {
					t.Errorf("match %q has offsets %d:%d that hold %q", m.Text, m.Start, m.End, tt.text[m.Start:m.End])
				}
				got = append(got, found{m.Text, m.Money, m.Equivalent})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindMoney (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsCurrency(t *testing.T) {
	for code, want := range map[string]bool{
		"EUR": true, "CAD": true, "USD": true, "GBP": true, "JPY": true, "CHF": true,
		"EEK": false, // withdrawn in the codelist
		"XYZ": false, "eur": false, "": false,
	} {
		if got := IsCurrency(code); got != want {
			t.Errorf("IsCurrency(%q) = %v, want %v", code, got, want)
		}
	}
}

// A document that states an absurd amount gives no money at all: not the
// figure, not a smaller number read from inside it, and ParseMoney says
// why with an error that wraps dossier.ErrAmountOutOfRange.
func TestParseMoney_AboveMaxAmount(t *testing.T) {
	for _, in := range []string{
		"EUR 99999999999999999999999",
		"EUR 99999999999999999999999999",
		"99999999999999999999999 EUR",
		"Budget: up to EUR 1,000,000,000,000,001",
		"EUR 2 000 000 000 000 000",
		"USD 1000001 billion",
		"€ 9 999 999 999 999 999 999",
	} {
		m, equ, err := ParseMoney(in)
		if !errors.Is(err, dossier.ErrAmountOutOfRange) {
			t.Errorf("ParseMoney(%q) = %+v, %+v, %v; want an error wrapping ErrAmountOutOfRange", in, m, equ, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, quoteInput(in)) || !strings.Contains(msg, "above the maximum") ||
			strings.Contains(msg, "\n") {
			t.Errorf("ParseMoney(%q) error = %q, want one line naming the input and the maximum", in, msg)
		}
	}

	// The largest amount accepted is MaxAmount itself.
	m, _, err := ParseMoney("EUR 1,000,000,000,000,000")
	if err != nil || m.Amount != dossier.MaxAmount {
		t.Errorf("ParseMoney(MaxAmount) = %+v, %v; want %v", m, err, dossier.MaxAmount)
	}

	// An absurd equivalent is left out; the amount itself still stands.
	m, equ, err := ParseMoney("EUR 4 million (USD 99999999999999999999999)")
	if err != nil || m != money(4000000, "EUR", total) || equ != nil {
		t.Errorf("absurd equivalent: got %+v, %+v, %v; want EUR 4,000,000 alone", m, equ, err)
	}

	// A long number without a currency is not money, and no range error.
	if _, _, err := ParseMoney("99999999999999999999999 views"); err == nil || errors.Is(err, dossier.ErrAmountOutOfRange) {
		t.Errorf("a long count: error %v, want 'no amount with a currency'", err)
	}
}

func TestFindMoney_SkipsAmountsAboveMaxAmount(t *testing.T) {
	text := "The budget is EUR 99999999999999999999999, or € 9 999 999 999 999 999 999, " +
		"or 2 000 000 000 000 000 000 EUR; Canada gave CAN$ 250,000."
	var got []string
	for _, m := range FindMoney(text) {
		got = append(got, m.Text)
	}
	if diff := cmp.Diff([]string{"CAN$ 250,000"}, got); diff != "" {
		t.Errorf("FindMoney (-want +got):\n%s", diff)
	}
}

// TestParseMoney_ThreeDecimalsBeforeScale: "EUR 4.945 million" is
// 4,945,000, not 4,945,000,000 (a budget page of the corpus said so, and
// no source writes billions as "4,945 million").
func TestParseMoney_ThreeDecimalsBeforeScale(t *testing.T) {
	for s, want := range map[string]float64{
		"EUR 4.945 million":  4945000,
		"EUR 4,945 million":  4945000,
		"4.945 Mio. €":       4945000,
		"EUR 4,945":          4945,
		"EUR 4.945.000":      4945000,
		"EUR 1,250 millones": 1250000,
	} {
		m, _, err := ParseMoney(s)
		if err != nil || m.Amount != want {
			t.Errorf("ParseMoney(%q) = %v, %v; want %v", s, m.Amount, err, want)
		}
	}
}

// TestFindMoney_SpelledMillions: a number written as a word before a
// scale of a million or more is an amount, as a reader reads "vijf
// miljoen euro"; a word before a smaller scale or none is not.
func TestFindMoney_SpelledMillions(t *testing.T) {
	for text, want := range map[string]float64{
		"Nederland zegde vijf miljoen euro toe.":               5000000,
		"Su presupuesto asciende a cuatro millones de euros.":  4000000,
		"finanziato con tre milioni di euro":                   3000000,
		"um orçamento de três milhões de euros":                3000000,
		"Deutschland gibt fünf Millionen Euro.":                5000000,
		"cofinancé par la France pour un million d'euros":      1000000,
		"La entrada cuesta dos mil euros.":                     0,
		"It costs one euro.":                                   0,
		"Twenty-one million people live there, without euros.": 0,
	} {
		ms := FindMoney(text)
		switch {
		case want == 0 && len(ms) > 0:
			t.Errorf("FindMoney(%q) = %v, want none", text, ms)
		case want > 0 && (len(ms) != 1 || ms[0].Money.Amount != want || ms[0].Money.Currency != "EUR"):
			t.Errorf("FindMoney(%q) = %v, want EUR %.0f", text, ms, want)
		}
	}
}

// TestMaxNumberWord: spelledMillions stops scanning a word after
// maxNumberWord bytes, so no number word may be longer.
func TestMaxNumberWord(t *testing.T) {
	for w := range numberWords {
		if len(w) > maxNumberWord {
			t.Errorf("number word %q has %d bytes, more than maxNumberWord (%d)", w, len(w), maxNumberWord)
		}
	}
}
