package normalize

import (
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/google/go-cmp/cmp"
)

func TestParseQuantity(t *testing.T) {
	q := func(amount float64, qualifier, unit string) dossier.Quantity {
		return dossier.Quantity{Amount: amount, Qualifier: qualifier, Unit: unit}
	}
	tests := []struct {
		in   string
		want dossier.Quantity
	}{
		// Indicators of the 2019 project summary.
		{"Up to 30 in-country or regional workshops held", q(30, dossier.QuantityUpTo, "in-country or regional workshops")},
		{"Contribution to up to 70 events of other organisations", q(70, dossier.QuantityUpTo, "events of other organisations")},
		{"Legislative advice to at least 25 countries", q(25, dossier.QuantityAtLeast, "countries")},
		{"Organise 5 Octopus conferences", q(5, dossier.QuantityExact, "Octopus conferences")},
		{"One conference per 18 months (5 in total) held", q(1, dossier.QuantityExact, "conference per 18 months")},
		// Key figures of the 2025 brochure.
		{"Over 2,000 participants", q(2000, dossier.QuantityOver, "participants")},
		{"Over **2,000 participants**", q(2000, dossier.QuantityOver, "participants")},
		{"representing **120 countries**", q(120, dossier.QuantityExact, "countries")},
		{"with contributions from over **210 speakers**", q(210, dossier.QuantityOver, "speakers")},
		{"across **46 workshops**", q(46, dossier.QuantityExact, "workshops")},
		{"Multi-tenant platform serving over **800 users**", q(800, dossier.QuantityOver, "users")},
		{"160 learning resources available", q(160, dossier.QuantityExact, "learning resources")},
		{"Content available in up to **20 languages**", q(20, dossier.QuantityUpTo, "languages")},
		{"78 Parties and 17 Observers as of 3 April 2025", q(78, dossier.QuantityExact, "Parties")},
		// The Cybil portal.
		{"At the 2019 Octopus Conference, some 450 experts from more than 115 countries participated.",
			q(450, dossier.QuantityAbout, "experts")},
		// Other forms.
		{"at least 25 countries", q(25, dossier.QuantityAtLeast, "countries")},
		{"some 450 experts", q(450, dossier.QuantityAbout, "experts")},
		{"about 450 experts", q(450, dossier.QuantityAbout, "experts")},
		{"approximately 300 judges trained", q(300, dossier.QuantityAbout, "judges")},
		{"46 workshops", q(46, dossier.QuantityExact, "workshops")},
		{"5 Octopus conferences", q(5, dossier.QuantityExact, "Octopus conferences")},
		{"more than 115 countries", q(115, dossier.QuantityOver, "countries")},
		{"a maximum of 12 trainees", q(12, dossier.QuantityUpTo, "trainees")},
		{"no fewer than 10 countries", q(10, dossier.QuantityAtLeast, "countries")},
		{"2 million people", q(2000000, dossier.QuantityExact, "people")},
		{"1 500 participants", q(1500, dossier.QuantityExact, "participants")},
		{"In 2019, 300 judges trained", q(300, dossier.QuantityExact, "judges")},
		{"Octopus conferences (1 per year)", q(1, dossier.QuantityExact, "per year")},
		{"plus de 100 participants", q(100, dossier.QuantityOver, "participants")},
	}
	for _, tt := range tests {
		got, ok := ParseQuantity(tt.in)
		if !ok {
			t.Errorf("ParseQuantity(%q): not a quantity", tt.in)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseQuantity(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseQuantity_NotAQuantity(t *testing.T) {
	for _, in := range []string{
		"",
		"workshops",
		"100%",
		"100 % voluntary contributions",
		"100% voluntary contributions",
		"50 per cent of participants",
		"2021 - 2027",
		"24/7 Network of Points of Contact",
		"2nd Additional Protocol",
		"3 April 2025",
		"2,000",
		"G0677",
	} {
		if got, ok := ParseQuantity(in); ok {
			t.Errorf("ParseQuantity(%q) = %+v, want not a quantity", in, got)
		}
	}
}
