package facts

import (
	"regexp"
	"strings"
)

// labelKind is what a label announces about its value.
type labelKind int

const (
	labelNone labelKind = iota
	labelTitle
	labelCode
	labelDuration
	labelStart
	labelEnd
	labelBudget
	labelFunding
	labelImplementer
	labelPartners
	labelStatus
	labelCountries
	labelTargetGroups
	labelThematic
	labelObjective
	labelActivities
	labelOutputs
	labelIndicators
	labelContact
	labelKeyFigures
	labelAchievements
)

// labels maps the labels sources use (lower case, without the trailing
// colon) to what they announce. Label words across portals: GFCE, Cybil,
// Council of Europe summaries and brochures, IATI-style project sheets.
var labels = map[string]labelKind{
	"project title": labelTitle, "title": labelTitle, "project name": labelTitle,
	"name of the project": labelTitle, "project": labelTitle,

	"project code": labelCode, "code": labelCode, "cybil code": labelCode,
	"project number": labelCode, "project id": labelCode, "reference": labelCode,
	"project reference": labelCode, "iati identifier": labelCode,

	"duration": labelDuration, "duration of the project": labelDuration,
	"project duration": labelDuration, "period": labelDuration,
	"implementation period": labelDuration, "project period": labelDuration,
	"timeframe": labelDuration, "time frame": labelDuration, "dates": labelDuration,
	"durée": labelDuration, "durée du projet": labelDuration,

	"from": labelStart, "start": labelStart, "start date": labelStart,
	"starting date": labelStart, "begins": labelStart, "date de début": labelStart,
	"to": labelEnd, "end": labelEnd, "end date": labelEnd, "until": labelEnd,
	"ending date": labelEnd, "date de fin": labelEnd,

	"budget": labelBudget, "total budget": labelBudget, "target budget": labelBudget,
	"project budget": labelBudget, "overall budget": labelBudget,
	"estimated budget": labelBudget, "budget total": labelBudget,

	"funding": labelFunding, "funders": labelFunding, "funder": labelFunding,
	"donors": labelFunding, "donor": labelFunding, "donor(s)": labelFunding,
	"current donors": labelFunding, "funded by": labelFunding,
	"funding partners": labelFunding, "contributors": labelFunding,
	"financement": labelFunding, "bailleurs": labelFunding, "funding source": labelFunding,

	"implementing organisation": labelImplementer, "implementing organization": labelImplementer,
	"implementer": labelImplementer, "implementation": labelImplementer,
	"implemented by": labelImplementer, "implementing agency": labelImplementer,
	"implementing body": labelImplementer, "implementing partner": labelImplementer,
	"executing agency": labelImplementer, "mise en œuvre": labelImplementer,

	"partners": labelPartners, "partner organisations": labelPartners,
	"partner organizations": labelPartners, "partner": labelPartners,
	"project partners": labelPartners, "partenaires": labelPartners,

	"status": labelStatus, "project status": labelStatus, "statut": labelStatus,

	"target country": labelCountries, "target countries": labelCountries,
	"countries": labelCountries, "beneficiary countries": labelCountries,
	"country": labelCountries, "recipient countries": labelCountries,
	"target country/region": labelCountries, "pays": labelCountries,
	"target region": labelCountries, "target regions": labelCountries,

	"target groups": labelTargetGroups, "target group": labelTargetGroups,
	"beneficiaries": labelTargetGroups, "target audience": labelTargetGroups,

	"thematic focus": labelThematic, "themes": labelThematic, "focus areas": labelThematic,
	"thematic areas": labelThematic, "topics": labelThematic,

	"project objective": labelObjective, "objective": labelObjective,
	"objectives": labelObjective, "overall objective": labelObjective,
	"key objectives": labelObjective, "specific objectives": labelObjective,
	"aim": labelObjective, "purpose": labelObjective,

	"activities": labelActivities, "activity": labelActivities,
	"main activities": labelActivities, "planned activities": labelActivities,

	"expected results": labelOutputs, "results": labelOutputs, "outputs": labelOutputs,
	"expected outputs": labelOutputs, "output": labelOutputs,
	"results are expected in the following areas": labelOutputs,

	"indicators": labelIndicators, "indicator": labelIndicators,

	"contact": labelContact, "contact details": labelContact,
	"contact person": labelContact, "contact information": labelContact,
	"contacts": labelContact,

	"key figures": labelKeyFigures, "highlights": labelKeyFigures, "in figures": labelKeyFigures,
	"achievements": labelAchievements,
}

// outputLabel matches the numbered rows of a logframe ("Output 1").
var outputLabel = regexp.MustCompile(`(?i)^(?:expected\s+)?(?:output|result|outcome)\s*\d+(?:\.\d+)?$`)

// labelSuffixes announce by their last words what a longer label holds.
var labelSuffixes = []struct {
	suffix string
	kind   labelKind
}{
	{"in the following areas", labelOutputs},
	{"components of the project", labelActivities},
	{"the following components", labelActivities},
	{"in figures", labelKeyFigures},
	{"highlights", labelKeyFigures},
	{"key figures", labelKeyFigures},
	{"achievements", labelAchievements},
	{"current donors", labelFunding},
	{"key objectives", labelObjective},
}

// lookupLabel returns what a label announces. Labels are matched whole,
// after lower-casing and trimming punctuation, then by their last words
// ("Octopus Project Highlights" announces highlights).
func lookupLabel(label string) labelKind {
	l := normLabel(label)
	if l == "" {
		return labelNone
	}
	if k, ok := labels[l]; ok {
		return k
	}
	if outputLabel.MatchString(l) {
		return labelOutputs
	}
	// "Results are expected in the following areas", "CYBOX in figures".
	for _, ls := range labelSuffixes {
		if strings.HasSuffix(l, ls.suffix) {
			return ls.kind
		}
	}
	return labelNone
}

func normLabel(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimRight(s, ":：.\u00a0 ")
	s = strings.TrimLeft(s, "*•▪–-→ ")
	return strings.Join(strings.Fields(s), " ")
}
