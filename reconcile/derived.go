package reconcile

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dossier-dev/dossier"
)

// Sources state targets and rhythms in running words inside activities,
// outputs and indicators ("Help organise up to 15 in-country or regional
// workshops", "One conference per 18 months"). Derived fields put those
// figures side by side, so a reviewer sees "up to 15" against "up to 30"
// and "annual" against "every 18 months".
var (
	targetPattern = regexp.MustCompile(`(?i)\b(up to|at least|over|more than|some|about)?\s*(\d[\d,]*)\s+((?:[\p{L}-]+\s+){0,4}?(?:workshops|conferences|events|trainings|courses|meetings|missions|reports|countries|participants|experts|assessments|webinars|seminars))\b`)
	annual        = regexp.MustCompile(`(?i)\b(annual|annually|yearly|every year|once a year|(?:1|one) per year|each year)\b`)
	everyMonths   = regexp.MustCompile(`(?i)\b(?:every|per|each)\s+(\d+)\s+months\b`)
	biennial      = regexp.MustCompile(`(?i)\b(biennial|every two years|every 2 years)\b`)
	eventNoun     = regexp.MustCompile(`(?i)\b(conference|meeting|workshop|session|plenar)(?:s|ies|y)?\b`)
)

// derivedFacts returns the derived comparison fields of a project's facts,
// keyed by field name ("target: in-country or regional workshops",
// "frequency: octopus conferences").
func derivedFacts(facts []dossier.Fact) map[string][]dossier.Fact {
	out := map[string][]dossier.Fact{}
	for _, f := range facts {
		switch f.Field {
		case dossier.FieldActivities, dossier.FieldOutputs, dossier.FieldIndicators:
		default:
			continue
		}
		text := f.Value.String()
		if m := targetPattern.FindStringSubmatch(text); m != nil {
			n, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
			unit := strings.ToLower(strings.TrimSpace(m[3]))
			if err == nil && n > 1 {
				q := dossier.Quantity{Amount: n, Qualifier: qualifierOf(m[1]), Unit: unit}
				d := f
				d.Field = "target: " + unit
				d.Value = dossier.QuantityValue(quantityText(q), q)
				d.Raw = strings.TrimSpace(m[0])
				out[d.Field] = append(out[d.Field], d)
			}
		}
		months := 0
		switch {
		case annual.MatchString(text):
			months = 12
		case biennial.MatchString(text):
			months = 24
		default:
			if m := everyMonths.FindStringSubmatch(text); m != nil {
				months, _ = strconv.Atoi(m[1])
			}
		}
		if months > 0 {
			if m := eventNoun.FindStringSubmatch(text); m != nil {
				// The head noun names the subject: "Octopus conferences (1 per
				// year)" and "One conference per 18 months" are both about
				// conferences.
				subject := plural(strings.ToLower(m[0]))
				q := dossier.Quantity{Amount: float64(months), Qualifier: dossier.QuantityExact, Unit: "months between " + subject}
				d := f
				d.Field = "frequency: " + subject
				d.Value = dossier.QuantityValue(frequencyText(months), q)
				d.Raw = text
				out[d.Field] = append(out[d.Field], d)
			}
		}
	}
	return out
}

func qualifierOf(s string) string {
	switch strings.ToLower(s) {
	case "up to":
		return dossier.QuantityUpTo
	case "at least":
		return dossier.QuantityAtLeast
	case "over", "more than":
		return dossier.QuantityOver
	case "some", "about":
		return dossier.QuantityAbout
	}
	return dossier.QuantityExact
}

// quantityText writes a target the same way whatever its source's wording,
// so equal targets are one candidate.
func quantityText(q dossier.Quantity) string {
	n := dossier.FormatAmount(q.Amount)
	switch q.Qualifier {
	case dossier.QuantityUpTo:
		n = "up to " + n
	case dossier.QuantityAtLeast:
		n = "at least " + n
	case dossier.QuantityOver:
		n = "over " + n
	case dossier.QuantityAbout:
		n = "about " + n
	}
	return n + " " + q.Unit
}

func frequencyText(months int) string {
	switch months {
	case 12:
		return "annual (every 12 months)"
	case 24:
		return "every 2 years (24 months)"
	}
	return "every " + strconv.Itoa(months) + " months"
}

// plural names the subject in the plural: "octopus conference" →
// "octopus conferences".
func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"), strings.HasSuffix(s, "s"):
		return s
	case strings.HasSuffix(s, "y"):
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}
