package iati

import (
	_ "embed"
	"encoding/xml"
	"fmt"
	"strings"
	"sync"
)

// The IATI 2.03 codelists this package writes codes from, copied unchanged
// from the shared reference (../shared/iati-2.03/codelists); countries and
// currencies are package normalize's. codelists_test.go holds every code
// below to its list, and the copies to the reference.
var (
	//go:embed codelists/ActivityDateType.xml
	activityDateTypeXML []byte
	//go:embed codelists/ActivityStatus.xml
	activityStatusXML []byte
	//go:embed codelists/OrganisationRole.xml
	organisationRoleXML []byte
	//go:embed codelists/Region.xml
	regionXML []byte
	//go:embed codelists/RelatedActivityType.xml
	relatedActivityTypeXML []byte
)

// Codes written, by codelist.
const (
	// ActivityDateType.
	datePlannedStart = "1"
	dateActualStart  = "2"
	datePlannedEnd   = "3"
	dateActualEnd    = "4"

	// ActivityStatus: dossier's planned, ongoing and completed.
	statusPipeline       = "1"
	statusImplementation = "2"
	statusFinalisation   = "3"
	statusClosed         = "4"

	// OrganisationRole.
	roleFunding      = "1"
	roleImplementing = "4"

	// RelatedActivityType: IATI has no predecessor or successor; sibling
	// is the nearest.
	relatedSibling = "3"

	// TransactionType 11, Incoming Commitment (IATI's TransactionType
	// list; not among the shared codelists).
	transactionIncomingCommitment = "11"

	// DescriptionType (IATI's list; not among the shared codelists).
	descriptionGeneral    = "1"
	descriptionObjectives = "2"

	// OtherIdentifierType A9, Other Activity Identifier: dossier does not
	// know whose internal code an identifier is (IATI's list; not among
	// the shared codelists).
	otherActivityIdentifier = "A9"

	// RegionVocabulary 1, OECD DAC: the Region codelist's codes.
	regionVocabularyDAC = "1"

	// DocumentCategory (IATI's list; not among the shared codelists):
	// A12 Activity web page, A02 Objectives / Purpose of activity (what
	// a project summary or brochure sets out).
	categoryWebPage    = "A12"
	categoryObjectives = "A02"
)

// codelistItem is one entry of an IATI codelist.
type codelistItem struct {
	Code   string      `xml:"code"`
	Names  []Narrative `xml:"name>narrative"`
	Status string      `xml:"status,attr"`
}

// name is the item's English name: the narrative without a language.
func (it codelistItem) name() string {
	for _, n := range it.Names {
		if n.Lang == "" || n.Lang == "en" {
			return strings.TrimSpace(n.Text)
		}
	}
	return ""
}

// parseCodelist reads a codelist's active items, in file order.
func parseCodelist(data []byte) ([]codelistItem, error) {
	var doc struct {
		Items []codelistItem `xml:"codelist-items>codelist-item"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("read codelist: %w", err)
	}
	var items []codelistItem
	for _, it := range doc.Items {
		if it.Status != "withdrawn" && it.Code != "" {
			items = append(items, it)
		}
	}
	return items, nil
}

// codelist maps a list's codes to their names.
type codelist map[string]string

func mustCodelist(data []byte, name string) codelist {
	items, err := parseCodelist(data)
	if err != nil || len(items) == 0 {
		panic(fmt.Sprintf("iati: embedded %s codelist unreadable: %v", name, err))
	}
	out := codelist{}
	for _, it := range items {
		out[it.Code] = it.name()
	}
	return out
}

var (
	activityDateTypes    = sync.OnceValue(func() codelist { return mustCodelist(activityDateTypeXML, "ActivityDateType") })
	activityStatuses     = sync.OnceValue(func() codelist { return mustCodelist(activityStatusXML, "ActivityStatus") })
	organisationRoles    = sync.OnceValue(func() codelist { return mustCodelist(organisationRoleXML, "OrganisationRole") })
	regions              = sync.OnceValue(func() codelist { return mustCodelist(regionXML, "Region") })
	relatedActivityTypes = sync.OnceValue(func() codelist { return mustCodelist(relatedActivityTypeXML, "RelatedActivityType") })
)

// regionByName maps a region's folded name to its code: "Western Africa,
// regional" is also "Western Africa".
var regionByName = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for code, name := range regions() {
		out[foldName(name)] = code
		if short, ok := strings.CutSuffix(name, ", regional"); ok {
			out[foldName(short)] = code
		}
	}
	return out
})

// regionName is a region code's name without ", regional", or "".
func regionName(code string) string {
	name := regions()[code]
	short, _ := strings.CutSuffix(name, ", regional")
	return short
}

// foldName is how region names compare: case and spacing do not count,
// and "&" is "and".
func foldName(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "&", " and ")
	return strings.Join(strings.Fields(s), " ")
}
