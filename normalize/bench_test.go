package normalize

import "testing"

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
