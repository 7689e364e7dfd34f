package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier/iati"
	"github.com/dossier-dev/dossier/internal/testtool"
)

// iatiFlags publish a test file.
var iatiFlags = []string{"--format", "iati", "--reporting-org", "XM-TEST", "--reporting-org-name", "Test Organisation", "--reporting-org-type", "40"}

// exportDay is the day the exports in these tests speak from (1 December
// 2026), so which dates are actual does not change with the day the tests
// run.
const exportDay = "1796119200"

// bluePage is a web page whose values hold quotes and commas.
const bluePage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Blue Water "Phase II", Sahel</title></head><body><main>
<h1>Blue Water "Phase II", Sahel</h1>
<dl><dt>Project title</dt><dd>Blue Water "Phase II", Sahel</dd>
<dt>Start date</dt><dd>1 March 2021</dd>
<dt>End date</dt><dd>31 December 2024</dd>
<dt>Implementing organisation</dt><dd>UNICEF</dd>
<dt>Objective</dt><dd>To bring "safe" water, sanitation and hygiene to 200,000 people</dd>
</dl></main></body></html>
`

// seedStore ingests the seed fixtures and the Blue Water page into a new
// store.
func seedStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	blue := filepath.Join(dir, "blue-water.html")
	if err := os.WriteFile(blue, []byte(bluePage), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "dossier.db")
	ingestInto(t, db, append(fixtureFiles(t), blue)...)
	return db
}

// exportIATIFile writes db's IATI export to a file and returns its path, the
// exit code and stderr.
func exportIATIFile(t *testing.T, db string) (string, int, string) {
	t.Helper()
	t.Setenv("SOURCE_DATE_EPOCH", exportDay)
	code, out, stderr := runCLI(t, append([]string{"export", "--db", db}, iatiFlags...)...)
	path := filepath.Join(t.TempDir(), "activities.xml")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, code, stderr
}

// xmllintSchema validates path with the IATI 2.03 activity schema (the
// copy in iati/testdata, which iati's tests hold to ../shared/iati-2.03).
func xmllintSchema(t *testing.T, path string) {
	t.Helper()
	xmllint := testtool.Need(t, "xmllint")
	schema := filepath.Join(repoRoot(t), "iati", "testdata", "schema", "iati-activities-schema.xsd")
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, path).CombinedOutput()
	if err != nil {
		t.Fatalf("xmllint --schema: %v\n%s", err, out)
	}
}

func readIATI(t *testing.T, path string) *iati.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := iati.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func activityTitled(t *testing.T, f *iati.File, title string) iati.Activity {
	t.Helper()
	for _, a := range f.Activities {
		if len(a.Title) > 0 && a.Title[0].Text == title {
			return a
		}
	}
	t.Fatalf("no activity titled %q", title)
	return iati.Activity{}
}

// TestExportIATI_SeedFixturesValidate: the seed fixtures' export is a
// valid IATI 2.03 file whose activities state what the documents state;
// so is the export with a page whose texts hold quotes and commas.
func TestExportIATI_SeedFixturesValidate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureFiles(t)...)
	path, code, stderr := exportIATIFile(t, db)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	xmllintSchema(t, path)
	withBlue, code, stderr := exportIATIFile(t, seedStore(t))
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	xmllintSchema(t, withBlue)
	if a := activityTitled(t, readIATI(t, withBlue), `Blue Water "Phase II", Sahel`); a.Status.Code != "4" || len(a.Dates) != 2 || !cmp.Equal(a.Dates[1], iati.ActivityDate{Type: "4", ISODate: "2024-12-31"}) {
		t.Errorf("Blue Water: status %+v, dates %+v", a.Status, a.Dates)
	}
	f := readIATI(t, path)
	if f.Version != "2.03" || len(f.Activities) != 2 || f.Generated != "2026-12-01T10:00:00Z" {
		t.Fatalf("version %q, %d activities, generated %q", f.Version, len(f.Activities), f.Generated)
	}

	// Cybercrime@Octopus: code DG1/3021 (project summary, 2019); 1 January
	// 2014 to 31 December 2020, so completed by December 2026; up to EUR 4
	// million; Canada's CAN$ 250,000 (ca. EUR 161,000) in the news item of
	// 19 October 2020, which gives it to both projects.
	a := activityTitled(t, f, "Cybercrime@Octopus")
	if a.Identifier != "XM-TEST-DG1-3021" || a.Status.Code != "4" {
		t.Errorf("identifier %q, status %+v", a.Identifier, a.Status)
	}
	if diff := cmp.Diff([]iati.ActivityDate{{Type: "2", ISODate: "2014-01-01"}, {Type: "4", ISODate: "2020-12-31"}}, a.Dates); diff != "" {
		t.Errorf("Cybercrime@Octopus dates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(&iati.Envelope{Amount: "4000000", Currency: "EUR", Qualifier: "up_to"}, a.Envelope); diff != "" {
		t.Errorf("envelope (-want +got):\n%s", diff)
	}
	if len(a.Transactions) != 1 {
		t.Fatalf("transactions: %+v", a.Transactions)
	}
	tx := a.Transactions[0]
	if tx.Type.Code != "11" || tx.Date.ISODate != "2020-10-19" || tx.Value != (iati.Value{Amount: "250000", Currency: "CAD", ValueDate: "2020-10-19", EUREquivalent: "161000"}) ||
		tx.Provider.Narratives[0].Text != "Canada" || !strings.Contains(tx.Description[0].Text, "without the split") {
		t.Errorf("Canada's contribution: %+v", tx)
	}
	donors := orgs(a, "1")
	for _, d := range []string{"Canada", "Japan", "Microsoft", "United Kingdom", "United States"} {
		if !slices.Contains(donors, d) {
			t.Errorf("donor %s missing from %v", d, donors)
		}
	}
	if diff := cmp.Diff([]string{"Council of Europe"}, orgs(a, "4")); diff != "" {
		t.Errorf("implementer (-want +got):\n%s", diff)
	}

	// The Octopus Project: Cybil code G0677; 2021 to 2027; target EUR 10
	// million; the successor of Cybercrime@Octopus.
	o := activityTitled(t, f, "Octopus Project")
	if o.Identifier != "XM-TEST-G0677" || o.Status.Code != "2" {
		t.Errorf("identifier %q, status %+v", o.Identifier, o.Status)
	}
	want := []iati.ActivityDate{
		{Type: "2", ISODate: "2021-01-01", Precision: "year", Narratives: []iati.Narrative{{Text: "2021"}}},
		{Type: "3", ISODate: "2027-12-31", Precision: "year", Narratives: []iati.Narrative{{Text: "2027"}}},
	}
	if diff := cmp.Diff(want, o.Dates); diff != "" {
		t.Errorf("Octopus Project dates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(&iati.Envelope{Amount: "10000000", Currency: "EUR", Qualifier: "target"}, o.Envelope); diff != "" {
		t.Errorf("envelope (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]iati.Related{{Ref: "XM-TEST-DG1-3021", Type: "3"}}, o.Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]iati.Related{{Ref: "XM-TEST-G0677", Type: "3"}}, a.Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	for _, act := range f.Activities {
		if !strings.HasPrefix(act.Identifier, "XM-TEST-") {
			t.Errorf("identifier %q not prefixed by the reporting organisation", act.Identifier)
		}
		if len(act.DocumentLinks) == 0 {
			t.Errorf("%s: no document links", act.Identifier)
		}
	}
}

func orgs(a iati.Activity, role string) []string {
	var out []string
	for _, p := range a.Participating {
		if p.Role == role {
			out = append(out, p.Narratives[0].Text)
		}
	}
	return out
}

// TestExportIATI_GeneratedCorpusValidates: the export of a generated
// corpus validates; every project is an activity or is left out with one
// line saying why (exit code 3).
func TestExportIATI_GeneratedCorpusValidates(t *testing.T) {
	_, gen := buildTools(t)
	corpus := generateCorpus(t, gen, 200)
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, _, stderr := runCLI(t, "ingest", "--db", db, corpus); code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	path, code, stderr := exportIATIFile(t, db)
	xmllintSchema(t, path)
	var projects exportJSON
	if err := json.Unmarshal([]byte(cli(t, "export", "--db", db)), &projects); err != nil {
		t.Fatal(err)
	}
	f := readIATI(t, path)
	leftOut := 0
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if strings.Contains(line, ": left out of the IATI file: ") {
			leftOut++
		}
	}
	if len(f.Activities)+leftOut != len(projects.Projects) || len(f.Activities) < len(projects.Projects)*3/4 {
		t.Errorf("%d activities and %d left out, for %d projects:\n%s", len(f.Activities), leftOut, len(projects.Projects), stderr)
	}
	if wantCode := map[bool]int{true: exitSomeFailed, false: exitOK}[leftOut > 0]; code != wantCode {
		t.Errorf("exit %d, want %d", code, wantCode)
	}
	t.Logf("%d projects: %d activities, %d left out", len(projects.Projects), len(f.Activities), leftOut)
}

// roundTrip exports db as IATI, ingests the file into an empty store and
// returns both stores' contract exports.
func roundTrip(t *testing.T, db string) (before, after exportJSON) {
	t.Helper()
	path, code, stderr := exportIATIFile(t, db)
	if code != exitOK && code != exitSomeFailed {
		t.Fatalf("export exit %d: %s", code, stderr)
	}
	empty := filepath.Join(t.TempDir(), "again.db")
	ingestInto(t, empty, path)
	for _, x := range []struct {
		db  string
		out *exportJSON
	}{{db, &before}, {empty, &after}} {
		if err := json.Unmarshal([]byte(cli(t, "export", "--db", x.db)), x.out); err != nil {
			t.Fatal(err)
		}
	}
	if len(after.Documents) != 1 || after.Documents[0].Kind != "iati" || after.Documents[0].Error != nil {
		t.Fatalf("the IATI file is not one document of kind iati: %+v", after.Documents)
	}
	return before, after
}

// sameProjects holds that after has before's projects, with the same
// ids, titles and relations, and the same dates, budgets, donors,
// contributions, implementers, countries and regions wherever before's
// value is settled (a value under review is not exported).
func sameProjects(t *testing.T, before, after exportJSON, leftOut map[string]bool) {
	t.Helper()
	byID, byTitle := map[string]int{}, map[string]int{}
	for i, p := range after.Projects {
		byID[p.ID] = i
		byTitle[p.Title] = i
	}
	n := 0
	for _, p := range before.Projects {
		if leftOut[p.ID] {
			continue
		}
		n++
		i, ok := byID[p.ID]
		if !ok {
			// A project's id is given by the first document that names it
			// (a news item's "DataLevant" before the inventory's
			// "DataLevant Project"); the IATI file gives the title all
			// its sources settled on, so the project is found by it.
			i, ok = byTitle[p.Title]
		}
		if !ok {
			t.Errorf("%s: not in the store the IATI file was ingested into", p.ID)
			continue
		}
		q := after.Projects[i]
		if p.Title != q.Title || !cmp.Equal(p.Predecessor, q.Predecessor) || !cmp.Equal(p.Successor, q.Successor) {
			t.Errorf("%s: title %q → %q, predecessor %v → %v, successor %v → %v", p.ID, p.Title, q.Title, p.Predecessor, q.Predecessor, p.Successor, q.Successor)
		}
		for _, field := range []string{"start", "end", "budget", "donors", "contributions", "implementer", "countries", "regions"} {
			fb, fa := p.Fields[field], q.Fields[field]
			if fb.Status == "needs_review" {
				if !isNull(fa.Value) {
					t.Errorf("%s %s: under review before, %s after", p.ID, field, fa.Value)
				}
				continue
			}
			if !jsonEqual(t, fb.Value, fa.Value) {
				t.Errorf("%s %s: %s before, %s after", p.ID, field, fb.Value, fa.Value)
			}
		}
	}
	if n != len(after.Projects) {
		t.Errorf("%d projects exported, %d after ingesting the file", n, len(after.Projects))
	}
}

func isNull(raw json.RawMessage) bool {
	s := strings.TrimSpace(string(raw))
	return s == "" || s == "null" || s == "[]"
}

func jsonEqual(t *testing.T, a, b json.RawMessage) bool {
	t.Helper()
	if isNull(a) && isNull(b) {
		return true
	}
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return cmp.Equal(x, y)
}

// TestExportIATI_RoundTripSeeds: the seed fixtures' IATI export, ingested
// into an empty store, gives the same projects with the same dates,
// budgets and donors.
func TestExportIATI_RoundTripSeeds(t *testing.T) {
	before, after := roundTrip(t, seedStore(t))
	if len(before.Projects) != 3 {
		t.Fatalf("%d projects before", len(before.Projects))
	}
	sameProjects(t, before, after, nil)
}

// TestExportIATI_RoundTripGeneratedCorpus: the same for a generated
// corpus, less the projects the export left out.
func TestExportIATI_RoundTripGeneratedCorpus(t *testing.T) {
	_, gen := buildTools(t)
	corpus := generateCorpus(t, gen, 200)
	db := filepath.Join(t.TempDir(), "dossier.db")
	if code, _, stderr := runCLI(t, "ingest", "--db", db, corpus); code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	_, _, stderr := exportIATIFile(t, db)
	leftOut := map[string]bool{}
	for _, line := range strings.Split(stderr, "\n") {
		if id, _, ok := strings.Cut(strings.TrimPrefix(line, "dossier: "), ": left out of the IATI file: "); ok {
			leftOut[id] = true
		}
	}
	before, after := roundTrip(t, db)
	if len(after.Projects) < 10 {
		t.Fatalf("only %d projects after the round trip", len(after.Projects))
	}
	sameProjects(t, before, after, leftOut)
}

// TestExportIATI_FlagsThatDoNotGoTogether are usage errors.
func TestExportIATI_FlagsThatDoNotGoTogether(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	for _, args := range [][]string{
		{"--format", "iati"},
		{"--format", "iati", "--reporting-org", "XM-TEST"},
		{"--format", "iati", "--reporting-org", "XM TEST", "--reporting-org-name", "T"},
		{"--format", "iati", "--reporting-org", "XM-TEST", "--reporting-org-name", "T", "--reporting-org-type", "99"},
		{"--format", "json", "--reporting-org", "XM-TEST"},
		{"--format", "iati", "--facts", "--reporting-org", "XM-TEST", "--reporting-org-name", "T"},
		{"--format", "xml"},
	} {
		code, out, stderr := runCLI(t, append([]string{"export", "--db", db}, args...)...)
		if code != exitUsage || out != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one line", args, code, out, stderr)
		}
	}
}

// TestIngest_HostileIATIFileFailsAlone: an IATI file with a DOCTYPE (a
// billion laughs) fails alone, read in a worker, with a one-line reason;
// the page beside it is stored.
func TestIngest_HostileIATIFileFailsAlone(t *testing.T) {
	dir := t.TempDir()
	laughs := `<?xml version="1.0"?><!DOCTYPE iati-activities [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><iati-activities version="2.03"><iati-activity><title><narrative>&c;</narrative></title></iati-activity></iati-activities>`
	for name, data := range map[string]string{"laughs.xml": laughs, "blue-water.html": bluePage} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "dossier.db")
	code, _, stderr := runCLI(t, "ingest", "--db", db, dir)
	if code != exitSomeFailed || !strings.Contains(stderr, "laughs.xml: DOCTYPE not allowed in an IATI file") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	docs := storedDocuments(t, db)
	if d := docs[filepath.Join(dir, "laughs.xml")]; d.State != "failed" || d.Kind != "iati" {
		t.Errorf("laughs.xml: %+v", d)
	}
	if d := docs[filepath.Join(dir, "blue-water.html")]; d.State != "ingested" {
		t.Errorf("blue-water.html: %+v", d)
	}
}
