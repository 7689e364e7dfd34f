package report

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata/")
	pdfDir = flag.String("pdfdir", "", "also write the rendered test reports to this directory, to look at")
)

// reportDate is the date every test report carries.
var reportDate = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

// render renders rec and fails the test on error.
func render(t testing.TB, name string, rec dossier.Record, opt Options) []byte {
	t.Helper()
	if opt.Date.IsZero() {
		opt.Date = reportDate
	}
	var buf bytes.Buffer
	if err := Render(&buf, rec, opt); err != nil {
		t.Fatalf("Render %s: %v", name, err)
	}
	if *pdfDir != "" {
		if err := os.MkdirAll(*pdfDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*pdfDir, name+".pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// readBack reads a rendered report with our PDF reader.
func readBack(t testing.TB, pdf []byte) extract.PDFResult {
	t.Helper()
	res, err := extract.ReadPDF(context.Background(), pdf, extract.PDFLimits{})
	if err != nil {
		t.Fatalf("ReadPDF: %v", err)
	}
	return res
}

// pageText joins the text of each page's blocks, labels included.
func pageText(res extract.PDFResult) map[int][]string {
	out := map[int][]string{}
	for _, b := range res.Blocks {
		if b.Label != "" {
			out[b.Page] = append(out[b.Page], b.Label)
		}
		out[b.Page] = append(out[b.Page], lines(b.Text)...)
	}
	return out
}

// allText is the whole report's text with white space collapsed, so that
// a phrase wrapped over two lines is still found.
func allText(res extract.PDFResult) string {
	var parts []string
	for _, b := range res.Blocks {
		parts = append(parts, b.Label, b.Text)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

var bigOnce struct {
	sync.Once
	pdf []byte
	res extract.PDFResult
}

// bigReport renders the big record once for the tests that read it.
func bigReport(t *testing.T) ([]byte, extract.PDFResult) {
	bigOnce.Do(func() {
		bigOnce.pdf = render(t, "big", bigRecord(), Options{Draft: true})
		bigOnce.res = readBack(t, bigOnce.pdf)
	})
	if bigOnce.pdf == nil {
		t.Fatal("the big report did not render")
	}
	return bigOnce.pdf, bigOnce.res
}

func TestRender_BigRecordStaysWithinMargins(t *testing.T) {
	_, res := bigReport(t)
	if res.Pages < 10 {
		t.Fatalf("the big report has %d pages; 40 donors, 60 indicators and 30 conflicts need more than 10", res.Pages)
	}
	// Text may use the page between the side margins, from the running
	// header's top to the running footer's bottom.
	const eps = 0.5
	minX, maxX := marginL-eps, pageW-marginR+eps
	minY, maxY := headerBase-12, footerBase+4
	for _, b := range res.Blocks {
		if b.Box == nil {
			t.Errorf("page %d: block %.40q has no position", b.Page, b.Text)
			continue
		}
		r := *b.Box
		if r.X < minX || r.X+r.W > maxX || r.Y < minY || r.Y+r.H > maxY {
			t.Errorf("page %d: block %.60q at x %.1f–%.1f, y %.1f–%.1f leaves the margins (x %.1f–%.1f, y %.1f–%.1f)",
				b.Page, b.Text, r.X, r.X+r.W, r.Y, r.Y+r.H, minX, maxX, minY, maxY)
		}
	}
}

func TestRender_PageXOfYOnEveryPage(t *testing.T) {
	_, res := bigReport(t)
	pageNo := regexp.MustCompile(`^Page (\d+) of (\d+)$`)
	found := map[int]string{}
	for page, ls := range pageText(res) {
		for _, l := range ls {
			if pageNo.MatchString(l) {
				found[page] = l
			}
		}
	}
	for p := 1; p <= res.Pages; p++ {
		want := fmt.Sprintf("Page %d of %d", p, res.Pages)
		if found[p] != want {
			t.Errorf("page %d: footer %q, want %q", p, found[p], want)
		}
	}
}

// tablePages returns the pages on which some line satisfies isRow.
func tablePages(res extract.PDFResult, isRow func(string) bool) []int {
	var pages []int
	for page, ls := range pageText(res) {
		if slices.ContainsFunc(ls, isRow) {
			pages = append(pages, page)
		}
	}
	slices.Sort(pages)
	return pages
}

func TestRender_TableHeadersRepeatAfterPageBreaks(t *testing.T) {
	_, res := bigReport(t)
	// The amount column holds the contributions' amounts with their
	// currency and nothing else.
	contribAmounts := map[string]bool{}
	for _, v := range bigRecord().Project.Fields[dossier.FieldContributions].List {
		contribAmounts[v.Contribution.Currency+" "+dossier.FormatAmount(v.Contribution.Amount)] = true
	}
	tests := []struct {
		name   string
		isRow  func(string) bool
		header []string
	}{
		{
			name:   "indicators",
			isRow:  func(l string) bool { return strings.Contains(l, "IND-") },
			header: []string{"Indicator", "Target", "Sources"},
		},
		{
			// An amount with its currency code, and nothing else, is a
			// row of the table.
			name: "contributions",
			isRow: func(l string) bool {
				return contribAmounts[strings.TrimSuffix(strings.ReplaceAll(l, "\u00a0", " "), "*")]
			},
			header: []string{"Donor", "Amount", "EUR equivalent", "Sources"},
		},
	}
	byPage := pageText(res)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := tablePages(res, tt.isRow)
			if len(pages) < 2 {
				t.Fatalf("the %s table is on pages %v; the test needs one that breaks across pages", tt.name, pages)
			}
			for _, p := range pages {
				var missing []string
				for _, h := range tt.header {
					// Our reader may join a header cell with the cell under
					// it ("Sources [1, 2]"), so a line may start with it.
					if !slices.ContainsFunc(byPage[p], func(l string) bool { return l == h || strings.HasPrefix(l, h+" ") }) {
						missing = append(missing, h)
					}
				}
				if len(missing) > 0 {
					t.Errorf("page %d holds rows of the %s table but not the header cells %q", p, tt.name, missing)
				}
			}
		})
	}
}

func TestRender_BigRecordShowsEveryDonorIndicatorAndConflict(t *testing.T) {
	_, res := bigReport(t)
	text := allText(res)
	rec := bigRecord()
	var want []string
	for i := range bigDonors {
		want = append(want, bigDonorName(i))
	}
	for i := range bigIndicators {
		want = append(want, bigIndicatorID(i))
	}
	for _, key := range orderedFields(rec.Project.Fields) {
		f := rec.Project.Fields[key]
		if f.Status != dossier.StatusAgreed {
			want = append(want, fieldLabel(key))
		}
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the report does not show %q", w)
		}
	}
	if n, want := strings.Count(text, "NEEDS REVIEW"), rec.Project.OpenReviews(); n < want {
		t.Errorf("NEEDS REVIEW appears %d times in the draft; %d fields need review", n, want)
	}
}

func TestRender_SameRecordAndDateGiveSameBytes(t *testing.T) {
	recs := map[string]dossier.Record{"cybercrime-octopus": cybercrimeOctopus(), "big": bigRecord()}
	for name, rec := range recs {
		t.Run(name, func(t *testing.T) {
			// Two renders at once: nothing shared may leak between them.
			var a, b bytes.Buffer
			var errA, errB error
			var wg sync.WaitGroup
			wg.Go(func() { errA = Render(&a, rec, Options{Date: reportDate, Draft: true}) })
			wg.Go(func() { errB = Render(&b, rec, Options{Date: reportDate, Draft: true}) })
			wg.Wait()
			if errA != nil || errB != nil {
				t.Fatalf("Render: %v, %v", errA, errB)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("two renders of one record with one date differ (%d and %d bytes)", a.Len(), b.Len())
			}
			var c bytes.Buffer
			if err := Render(&c, rec, Options{Date: reportDate.AddDate(0, 0, 1), Draft: true}); err != nil {
				t.Fatal(err)
			}
			if bytes.Equal(a.Bytes(), c.Bytes()) {
				t.Errorf("renders with different dates are identical: the date is not written")
			}
		})
	}
}

func TestRender_DateInMetadataAndCover(t *testing.T) {
	res := readBack(t, render(t, "cybercrime-octopus", settled(cybercrimeOctopus()), Options{Author: "Cybercrime Programme Office"}))
	want := map[string]string{
		"CreationDate": "D:20261124000000",
		"ModDate":      "D:20261124000000",
		"Creator":      "dossier",
		"Author":       "Cybercrime Programme Office",
		"Subject":      "Project report, 24 November 2026",
	}
	got := map[string]string{}
	for k := range want {
		got[k] = res.Meta[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PDF metadata (-want +got):\n%s", diff)
	}
	if res.Title != "Cybercrime@Octopus \u2013 Project report" {
		t.Errorf("PDF title %q", res.Title)
	}
	if cover := strings.Join(pageText(res)[1], " "); !strings.Contains(cover, "24 November 2026") {
		t.Errorf("the first page does not carry the report date: %q", cover)
	}
}

func TestRender_UTF8TextComesBack(t *testing.T) {
	rec := cybercrimeOctopus()
	f := rec.Project.Fields["conference_frequency"]
	f.Candidates[1].Sources[0].Quote = "Octopus conferences, held every 18 months, cost about € 161,000 each \u2013 the “Octopus” budget line"
	rec.Project.Fields["conference_frequency"] = f
	text := allText(readBack(t, render(t, "utf8", rec, Options{Draft: true})))
	for _, want := range []string{"Céline", "€ 161,000", "\u2013", "“Octopus”", "1 January 2014 \u2013 31 December 2020"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q did not come back from the PDF", want)
		}
	}
}

// section returns the text of the report from the heading of section n
// ("1 At a glance") to the next section's heading.
func section(text string, title string, next string) string {
	i := strings.Index(text, title)
	if i < 0 {
		return ""
	}
	rest := text[i:]
	if j := strings.Index(rest, next); j > 0 {
		rest = rest[:j]
	}
	return rest
}

func TestRender_SeedReportShowsTheRecord(t *testing.T) {
	rec := settled(cybercrimeOctopus())
	text := allText(readBack(t, render(t, "cybercrime-octopus", rec, Options{})))
	// What a person reading the seed documents expects to find.
	want := []string{
		"Cybercrime@Octopus", "DG1/3021",
		"1 January 2014", "31 December 2020", "84 months", "up to EUR 4,000,000",
		"Council of Europe",
		"Estonia", "Hungary", "Japan", "Monaco", "Netherlands", "Romania", "Slovakia", "United Kingdom", "United States", "Microsoft", "Canada",
		"Argentina", "Dominican Republic", "ECOWAS region",
		"CAD", "250,000", "161,000",
		// the data notes: every rule and decision, and the other values
		"newer dated source wins: 19 October 2020 over the undated inventory entry",
		"Ana decided on 20 Nov 2026: checked with the programme office",
		"31 December 2016", "up to 15 in-country or regional workshops", "every 18 months",
		// sources, as a donor finds them again
		"Project Cybercrime@Octopus \u2014 Summary", "PDF, 4 pages", "22 April 2019", "File project-summary-cybercrime-octopus-2019.pdf",
		"Canada makes a voluntary contribution to support the global Octopus Project", "19 October 2020",
		"https://www.coe.int/en/web/",
		"Cybercrime@Octopus | GFCE Inventory", "undated",
		"Successor", "Octopus Project",
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the report does not show %q", w)
		}
	}
	// The period cites the summary [1], the news item [2] and the
	// inventory entry [3].
	if !strings.Contains(text, "1 January 2014 [1, 2, 3]") || !strings.Contains(text, "31 December 2020 [1, 2]") {
		t.Errorf("the period does not cite its sources: %q", section(text, "Period", "Status"))
	}
	if strings.Contains(text, "[no source]") {
		t.Errorf("a value of the seed record has no source: %q", text[max(0, strings.Index(text, "[no source]")-80):][:100])
	}
	// Values that differ only in precision are not a data note.
	if strings.Contains(text, "same date at different precision") {
		t.Error("the data notes list the start date, whose sources differ only in precision")
	}
}

func TestRender_DonorReportPutsTheDonorFirst(t *testing.T) {
	tests := []struct {
		name, donor, shown string
		rec                dossier.Record
		// others are donors that must come after the donor's own section
		others []string
	}{
		{"octopus-canada", "Canada", "Canada", octopusProject(), []string{"France", "Iceland", "United States"}},
		{"octopus-canada-spelling", "the Government of Canada", "Canada", octopusProject(), []string{"Malta"}},
		{"big-donor-20", bigDonorName(20), bigDonorName(20), bigRecord(), []string{bigDonorName(0), bigDonorName(39)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readBack(t, render(t, tt.name, tt.rec, Options{Donor: tt.donor, Draft: true}))
			text := allText(res)
			first := fmt.Sprintf("1 %s contribution", possessive(tt.shown))
			glance := "2 The project at a glance"
			i, j := strings.Index(text, first), strings.Index(text, glance)
			if i < 0 || j < i {
				t.Fatalf("the donor's section %q does not come before %q", first, glance)
			}
			mine := text[i:j]
			var contribution string
			for _, v := range tt.rec.Project.Fields[dossier.FieldContributions].List {
				if c := v.Contribution; c.Donor == tt.shown {
					contribution = dossier.FormatAmount(c.Amount)
				}
			}
			if !strings.Contains(mine, contribution) {
				t.Errorf("the donor's section does not give its contribution %s: %q", contribution, mine)
			}
			for _, o := range tt.others {
				if !strings.Contains(mine, o) {
					t.Errorf("the donor's section does not name the other donor %q", o)
				}
			}
			// In the funding table the donor's row comes first.
			funding := section(text, "Contributions as the sources state them", "Contributions against the budget")
			firstDonor, at := "", len(funding)
			for _, v := range tt.rec.Project.Fields[dossier.FieldContributions].List {
				if k := strings.Index(funding, v.Contribution.Donor); k >= 0 && k < at {
					firstDonor, at = v.Contribution.Donor, k
				}
			}
			if firstDonor != tt.shown {
				t.Errorf("the funding table starts with %q, want %q", firstDonor, tt.shown)
			}
			if !strings.Contains(strings.Join(pageText(res)[1], " "), "Prepared for "+tt.shown) {
				t.Errorf("the first page does not say the report is prepared for %s", tt.shown)
			}
		})
	}
}

func TestRender_DonorReportWhatTheFundingPaysFor(t *testing.T) {
	text := allText(readBack(t, render(t, "octopus-canada-scope", octopusProjectSettled(), Options{Donor: "Canada"})))
	mine := section(text, "What the contribution funds", "2 The project at a glance")
	for _, want := range []string{"Oct 2020 \u2013 Dec 2021", "Completed", "functioning of the T-CY"} {
		if !strings.Contains(mine, want) {
			t.Errorf("what Canada's funding pays for does not mention %q: %q", want, mine)
		}
	}
}

func TestRender_UnknownDonorIsAnError(t *testing.T) {
	var buf bytes.Buffer
	err := Render(&buf, octopusProject(), Options{Donor: "Atlantis", Date: reportDate})
	if !errors.Is(err, ErrUnknownDonor) {
		t.Fatalf("Render for a donor the record does not name: %v, want ErrUnknownDonor", err)
	}
	if buf.Len() != 0 {
		t.Errorf("a failed Render wrote %d bytes", buf.Len())
	}
}

func TestRender_EmptyRecord(t *testing.T) {
	text := allText(readBack(t, render(t, "empty", dossier.Record{Project: dossier.Project{ID: "nothing-known"}}, Options{})))
	for _, want := range []string{"nothing-known", "not stated in the sources", "The record cites no documents."} {
		if !strings.Contains(text, want) {
			t.Errorf("the report of an empty record does not say %q", want)
		}
	}
}

func TestDateFromEnv(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1764000000")
	if got, want := DateFromEnv(), time.Unix(1764000000, 0).UTC(); !got.Equal(want) {
		t.Errorf("with SOURCE_DATE_EPOCH=1764000000: %v, want %v", got, want)
	}
	for _, v := range []string{"", "yesterday"} {
		t.Setenv("SOURCE_DATE_EPOCH", v)
		got := DateFromEnv()
		if got.Location() != time.UTC || got.Hour()+got.Minute()+got.Second()+got.Nanosecond() != 0 {
			t.Errorf("with SOURCE_DATE_EPOCH=%q: %v, want the start of a day in UTC", v, got)
		}
		if d := time.Since(got); d < 0 || d > 24*time.Hour {
			t.Errorf("with SOURCE_DATE_EPOCH=%q: %v is not today", v, got)
		}
	}
}

func TestRender_ZeroDateUsesSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1764000000") // 24 November 2025, 16:00 UTC
	var buf bytes.Buffer
	if err := Render(&buf, settled(cybercrimeOctopus()), Options{}); err != nil {
		t.Fatal(err)
	}
	res := readBack(t, buf.Bytes())
	if got := res.Meta["CreationDate"]; got != "D:20251124160000" {
		t.Errorf("CreationDate %q, want D:20251124160000", got)
	}
}

// TestRender_Golden keeps the text read back from the seed reports, so a
// change to the layout shows in review as a diff of what a reader sees.
func TestRender_Golden(t *testing.T) {
	tests := []struct {
		name string
		rec  dossier.Record
		opt  Options
	}{
		{"cybercrime-octopus", settled(cybercrimeOctopus()), Options{}},
		{"octopus-project", octopusProjectSettled(), Options{}},
		{"octopus-project-canada", octopusProjectSettled(), Options{Donor: "Canada"}},
		{"cybercrime-octopus-draft", cybercrimeOctopus(), Options{Draft: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readBack(t, render(t, tt.name, tt.rec, tt.opt))
			var b strings.Builder
			page := 0
			for _, bl := range res.Blocks {
				if bl.Page != page {
					page = bl.Page
					fmt.Fprintf(&b, "=== page %d\n", page)
				}
				if bl.Label != "" {
					fmt.Fprintf(&b, "%s: ", bl.Label)
				}
				fmt.Fprintf(&b, "%s\n", bl.Text)
			}
			golden := filepath.Join("testdata", tt.name+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("text read back from the report (-want +got):\n%s", diff)
			}
		})
	}
}
