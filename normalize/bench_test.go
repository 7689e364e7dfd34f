package normalize

import (
	"strings"
	"testing"
)

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		for _, s := range dateSeeds {
			_, _ = ParseDate(s)
		}
	}
}

func BenchmarkParseDateRange(b *testing.B) {
	for b.Loop() {
		for _, s := range rangeSeeds {
			_, _ = ParseDateRange(s)
		}
	}
}

func BenchmarkParseMoney(b *testing.B) {
	for b.Loop() {
		for _, s := range moneySeeds {
			_, _, _ = ParseMoney(s)
		}
	}
}

func BenchmarkFindMoney(b *testing.B) {
	const text = "The Government of Canada made a voluntary contribution of CAN$ 250,000 (ca. EUR 161,000) " +
		"to the current Cybercrime@Octopus project and the follow-up global Octopus project. " +
		"Duration: 84 months (1 January 2014 – 31 December 2020). Budget: Up to EURO 4 million. " +
		"Over 2,000 participants representing 120 countries across 46 workshops."
	for b.Loop() {
		_ = FindMoney(text)
	}
}

func BenchmarkSplitList(b *testing.B) {
	for b.Loop() {
		for _, s := range listSeeds {
			_ = SplitList(s)
		}
	}
}

// BenchmarkLongInputs runs the parsers on 20 KB of hostile text; the time
// per input should grow with its length, not its square.
func BenchmarkLongInputs(b *testing.B) {
	inputs := map[string]string{
		"conjunctions": strings.Repeat("Bosnia and ", 2000),
		"numbers":      strings.Repeat("1 ", 10000),
		"groups":       "EUR " + strings.Repeat("111 ", 5000),
		"dashes":       strings.Repeat("2014-", 4000),
		"slashes":      strings.Repeat("1/", 10000),
	}
	funcs := map[string]func(string){
		"ParseDateRange": func(s string) { _, _ = ParseDateRange(s) },
		"ParseMoney":     func(s string) { _, _, _ = ParseMoney(s) },
		"FindMoney":      func(s string) { _ = FindMoney(s) },
		"ParseQuantity":  func(s string) { _, _ = ParseQuantity(s) },
		"SplitList":      func(s string) { _ = SplitList(s) },
	}
	for fname, fn := range funcs {
		for iname, in := range inputs {
			b.Run(fname+"/"+iname, func(b *testing.B) {
				for b.Loop() {
					fn(in)
				}
			})
		}
	}
}
