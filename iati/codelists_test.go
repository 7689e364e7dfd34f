package iati

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// sharedDir is the shared IATI reference, next to the repository.
const sharedDir = "../../shared/iati-2.03"

// needShared returns the shared reference's folder, or skips the test: the
// reference lives outside the repository, which holds the copies.
func needShared(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("iati: shared IATI reference %s missing; the copies are not compared", sharedDir)
	}
	return sharedDir
}

// TestCodelists_CopiesAreTheSharedOnes: the embedded codelists and the
// schema the tests validate with are the shared reference's, byte for
// byte.
func TestCodelists_CopiesAreTheSharedOnes(t *testing.T) {
	shared := needShared(t)
	for local, ref := range map[string]string{
		"codelists/ActivityDateType.xml":             "codelists/ActivityDateType.xml",
		"codelists/ActivityStatus.xml":               "codelists/ActivityStatus.xml",
		"codelists/OrganisationRole.xml":             "codelists/OrganisationRole.xml",
		"codelists/Region.xml":                       "codelists/Region.xml",
		"codelists/RelatedActivityType.xml":          "codelists/RelatedActivityType.xml",
		"testdata/schema/iati-activities-schema.xsd": "iati-activities-schema.xsd",
		"testdata/schema/iati-common.xsd":            "iati-common.xsd",
		"testdata/schema/xml.xsd":                    "xml.xsd",
	} {
		a, err := os.ReadFile(local)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(shared, ref))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from the shared %s: copy it again", local, ref)
		}
	}
}

// TestCodelists_CodesWrittenMeanWhatWeSay: every code written from a
// shared codelist is in it, with the name the code's comment gives.
func TestCodelists_CodesWrittenMeanWhatWeSay(t *testing.T) {
	for _, c := range []struct {
		list       codelist
		code, name string
	}{
		{activityDateTypes(), datePlannedStart, "Planned start"},
		{activityDateTypes(), dateActualStart, "Actual start"},
		{activityDateTypes(), datePlannedEnd, "Planned End"},
		{activityDateTypes(), dateActualEnd, "Actual end"},
		{activityStatuses(), statusPipeline, "Pipeline/identification"},
		{activityStatuses(), statusImplementation, "Implementation"},
		{activityStatuses(), statusFinalisation, "Finalisation"},
		{activityStatuses(), statusClosed, "Closed"},
		{organisationRoles(), roleFunding, "Funding"},
		{organisationRoles(), roleImplementing, "Implementing"},
		{relatedActivityTypes(), relatedSibling, "Sibling"},
	} {
		if got := c.list[c.code]; got != c.name {
			t.Errorf("code %s names %q, want %q", c.code, got, c.name)
		}
	}
	// Regions: by the codelist's names, with or without ", regional".
	for name, code := range map[string]string{
		"Western Africa, regional":    "1030",
		"western africa":              "1030",
		"Caribbean & Central America": "389",
		"Central Asia":                "619",
	} {
		if got := regionByName()[foldName(name)]; got != code {
			t.Errorf("region %q: code %q, want %q", name, got, code)
		}
	}
	if got := regionName("1030"); got != "Western Africa" {
		t.Errorf("regionName(1030) = %q", got)
	}
}
