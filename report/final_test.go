package report

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// TestRender_FinalRefusesOpenReviews: a final report of a record whose
// fields need review is refused, naming each open field, and nothing is
// written.
func TestRender_FinalRefusesOpenReviews(t *testing.T) {
	var buf bytes.Buffer
	err := Render(&buf, cybercrimeOctopus(), Options{Date: reportDate})
	var open *OpenReviewsError
	if !errors.As(err, &open) || !errors.Is(err, ErrOpenReviews) {
		t.Fatalf("Render of a record with open reviews: %v, want an *OpenReviewsError", err)
	}
	if diff := cmp.Diff([]string{"activities", "conference_frequency"}, open.Fields); diff != "" {
		t.Errorf("open fields (-want +got):\n%s", diff)
	}
	for _, f := range open.Fields {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("the error %q does not name %s", err, f)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("a refused report wrote %d bytes", buf.Len())
	}
	// A record with no open review is final with or without Draft.
	a, b := render(t, "final", settled(cybercrimeOctopus()), Options{}), render(t, "final", settled(cybercrimeOctopus()), Options{Draft: true})
	if !bytes.Equal(a, b) {
		t.Error("Draft changes the report of a record with no open review")
	}
}

// TestRender_DraftIsMarkedOnEveryPage: a draft says DRAFT on every page,
// counts the open reviews in the running header and marks each open
// field.
func TestRender_DraftIsMarkedOnEveryPage(t *testing.T) {
	res := readBack(t, render(t, "cybercrime-octopus-draft", cybercrimeOctopus(), Options{Draft: true}))
	pages := pageText(res)
	for p := 1; p <= res.Pages; p++ {
		text := strings.Join(pages[p], " ")
		if !strings.Contains(text, "DRAFT") {
			t.Errorf("page %d has no DRAFT mark: %.200q", p, text)
		}
		if p > 1 && !strings.Contains(text, "DRAFT · 2 open reviews · Project report") {
			t.Errorf("page %d: the running header does not count the open reviews: %.200q", p, text)
		}
	}
	if !strings.Contains(strings.Join(pages[1], " "), "DRAFT PROJECT REPORT · 2 OPEN REVIEWS · NOT FOR SENDING") {
		t.Errorf("the first page does not say it is a draft: %q", pages[1])
	}
	text := allText(res)
	if n := strings.Count(text, "NEEDS REVIEW"); n < 2 {
		t.Errorf("NEEDS REVIEW appears %d times; 2 fields need review", n)
	}
	if !strings.HasSuffix(res.Title, "(draft)") || !strings.HasPrefix(res.Meta["Subject"], "Draft project report with 2 open reviews") {
		t.Errorf("the PDF's title %q and subject %q do not say it is a draft", res.Title, res.Meta["Subject"])
	}
}

// reviewMarks are words meant for reviewers, which a final report never
// prints.
var reviewMarks = []string{"NEEDS REVIEW", "RESOLVED BY RULE", "DECIDED BY REVIEWER", "USED", "COMPATIBLE", "AGREED",
	"DRAFT", "undecided", "best guess", "Open reviews", "NEWER SOURCE DISAGREES"}

// TestRender_FinalReportHasNoReviewMarks: no review mark in a final report.
func TestRender_FinalReportHasNoReviewMarks(t *testing.T) {
	for _, tt := range []struct {
		name string
		rec  dossier.Record
		opt  Options
	}{
		{"cybercrime-octopus", settled(cybercrimeOctopus()), Options{}},
		{"octopus-project", octopusProjectSettled(), Options{}},
		{"octopus-project-canada", octopusProjectSettled(), Options{Donor: "Canada"}},
		{"big", settled(bigRecord()), Options{Donor: bigDonorName(3)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := allText(readBack(t, render(t, tt.name, tt.rec, tt.opt)))
			for _, m := range reviewMarks {
				if regexp.MustCompile(`\b` + m + `\b`).MatchString(text) {
					i := strings.Index(text, m)
					t.Errorf("a final report prints %q: …%s…", m, text[max(0, i-60):min(len(text), i+60)])
				}
			}
		})
	}
}

// TestRender_FirstPageAnswersTheDonor: page 1 gives the purpose, the
// period with where the report's date falls, the status with its basis,
// the budget, the donor's contribution with its EUR equivalent, share and
// period, and key results with their dates.
func TestRender_FirstPageAnswersTheDonor(t *testing.T) {
	tests := []struct {
		name string
		rec  dossier.Record
		opt  Options
		want []string
	}{
		{"octopus-project-canada", octopusProjectSettled(), Options{Donor: "Canada"}, []string{
			"Purpose", "Assistance to countries worldwide",
			"Period 2021 [1] – 2027 [1]", "This report falls in month 71 of 84",
			"Status Ongoing as of 20 Nov 2026 [reviewer]", "Budget target EUR 10,000,000 [1]",
			"Canada’s contribution", "CAD 250,000 [3] (EUR 161,000 as the source gives it), 1.6% of the budget",
			"Funding period: Oct 2020 – Dec 2021 [2]",
			"Key results", "Over 2,000 participants [1] — as of 3 Apr 2025",
		}},
		{"cybercrime-octopus-canada", settled(cybercrimeOctopus()), Options{Donor: "Canada", Peers: []dossier.Record{octopusProject()}}, []string{
			"Purpose", "To support implementation of the Budapest Convention",
			"Period 1 January 2014 [1, 2, 3] – 31 December 2020 [1, 2] (84 months [1])", "Ended 5 years 10 months before this report",
			"Status Completed (ended 31 Dec 2020) [1, 2]", "Budget up to EUR 4,000,000 [1]",
			"CAD 250,000 [2] (EUR 161,000 as the source gives it), up to 4.0% of the budget",
			"Shared with Octopus Project; the sources do not state the split.",
			"Funding period: Oct 2020 – Dec 2021 [4] (stated for Octopus Project)",
		}},
		{"cybercrime-octopus", settled(cybercrimeOctopus()), Options{}, []string{
			"Status Completed (ended 31 Dec 2020) [1, 2]",
			"Contributions Canada CAD 250,000 [2] (shared with Octopus Project; split not stated) Up to 4.0% of the budget stated",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readBack(t, render(t, tt.name, tt.rec, tt.opt))
			page1 := strings.Join(strings.Fields(strings.Join(pageText(res)[1], " ")), " ")
			for _, w := range tt.want {
				if !strings.Contains(page1, w) {
					t.Errorf("page 1 lacks %q:\n%s", w, page1)
				}
			}
		})
	}
}

// TestRender_DonorReportShowsThatDonorsMoney: a report for a donor with no
// stated contribution says so; it shows neither another donor's funding
// period nor another donor's money as its own.
func TestRender_DonorReportShowsThatDonorsMoney(t *testing.T) {
	res := readBack(t, render(t, "octopus-project-japan", octopusProjectSettled(), Options{Donor: "Japan"}))
	text := allText(res)
	page1 := strings.Join(pageText(res)[1], " ")
	for _, want := range []string{"No source states the amount of Japan’s contribution to Octopus Project.", "No source states the period of Japan’s funding."} {
		if !strings.Contains(page1, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	// Japan's page 1, its section and the timeline show nothing of
	// Canada's funding; the funding section's table lists every donor's
	// contribution, each in its own row, and the annex every date a
	// source states.
	mine := text[:max(0, strings.Index(text, "4 Funding"))]
	for _, not := range []string{"Canada’s funding", "Oct 2020", "CAD"} {
		if strings.Contains(mine, not) {
			t.Errorf("the Japan report shows %q before its funding section", not)
		}
	}
	chart := section(text, "Contributions against the budget", "5 Objectives")
	for _, want := range []string{"Other donors EUR 161,000 (1.6%)", "No source states the amount of Japan’s contribution; it is not drawn."} {
		if !strings.Contains(chart, want) {
			t.Errorf("the budget chart lacks %q: %q", want, chart)
		}
	}
}

// TestRender_DocumentLanguageAndLinks: the PDF names its language, each
// reference [n] links to source n in the list, and a web source links to
// its address.
func TestRender_DocumentLanguageAndLinks(t *testing.T) {
	pdf := string(render(t, "octopus-project", octopusProjectSettled(), Options{}))
	if !strings.HasPrefix(pdf, "%PDF-1.4") {
		t.Errorf("PDF version %q, want 1.4 (the first with /Lang)", pdf[:8])
	}
	if i := strings.Index(pdf, "/Type /Catalog"); i < 0 || !strings.Contains(pdf[i:], "/Lang (en-GB)") {
		t.Error("the catalog does not give the document's language")
	}
	if n := strings.Count(pdf, "/Dest ["); n < 20 {
		t.Errorf("%d internal links; every reference [n] should link to its source", n)
	}
	if !strings.Contains(pdf, "/URI (https://www.coe.int/en/web/cybercrime/") {
		t.Error("the news item's address is not a link")
	}
}

// tfSize finds the font size of each text-setting operator.
var tfSize = regexp.MustCompile(`/F[0-9a-f]+ ([0-9.]+) Tf`)

// fontSizes lists the sizes the PDF sets text in, read from its page
// content streams.
func fontSizes(t *testing.T, pdf []byte) map[float64]int {
	t.Helper()
	sizes := map[float64]int{}
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			break
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		if j < 0 {
			break
		}
		zr, err := zlib.NewReader(bytes.NewReader(rest[:j]))
		if err == nil {
			data, _ := io.ReadAll(zr)
			for _, m := range tfSize.FindAllSubmatch(data, -1) {
				if v, err := strconv.ParseFloat(string(m[1]), 64); err == nil {
					sizes[v]++
				}
			}
		}
		rest = rest[j:]
	}
	if len(sizes) == 0 {
		t.Fatal("no text found in the PDF's streams")
	}
	return sizes
}

// TestRender_TypeSizes: body text is 10 pt, and nothing is set smaller
// than 8 pt: references, notes, tags and chart labels included.
func TestRender_TypeSizes(t *testing.T) {
	for _, tt := range []struct {
		name string
		rec  dossier.Record
		opt  Options
	}{
		{"octopus-project-canada", octopusProjectSettled(), Options{Donor: "Canada"}},
		{"big", bigRecord(), Options{Draft: true, Donor: bigDonorName(2)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pdf := render(t, tt.name, tt.rec, tt.opt)
			var all []float64
			for s := range fontSizes(t, pdf) {
				all = append(all, s)
			}
			slices.Sort(all)
			if all[0] < 8 {
				t.Errorf("text set at %v pt; nothing may be smaller than 8 pt (sizes used: %v)", all[0], all)
			}
			// The objectives are body text (page 1 sets the first as the
			// project's purpose, larger).
			first := tt.rec.Project.Fields[dossier.FieldObjectives].List[0].Text
			found := false
			for _, b := range readBack(t, pdf).Blocks {
				if b.Page > 1 && strings.Contains(b.Text, first[:40]) {
					found = true
					if b.FontSize != 10 {
						t.Errorf("the objective %.40q is set at %v pt; body text is 10 pt", b.Text, b.FontSize)
					}
				}
			}
			if !found {
				t.Errorf("the objective %.40q not found", first)
			}
		})
	}
}

// TestRender_DataNotesRowsKeptWhole: a row of the data notes never breaks
// across pages: each fact's name and the reason its value was chosen are
// on one page, in a draft of the big record whose notes run over pages.
func TestRender_DataNotesRowsKeptWhole(t *testing.T) {
	_, res := bigReport(t)
	pages := pageText(res)
	annexFrom := 0
	for p := 1; p <= res.Pages && annexFrom == 0; p++ {
		if slices.Contains(pages[p], "Annex: Sources and data notes") {
			annexFrom = p
		}
	}
	if annexFrom == 0 {
		t.Fatal("no annex")
	}
	pageOf := func(s string) int {
		for p := annexFrom; p <= res.Pages; p++ {
			for _, l := range pages[p] {
				if strings.Contains(l, s) {
					return p
				}
			}
		}
		return 0
	}
	rows := 0
	for i := 1; i <= 30; i++ {
		item := fmt.Sprintf("reporting_item_%02d", i)
		label := fmt.Sprintf("Reporting item %02d", i)
		// The row's label, its values and its quotes name the item.
		first, last := 0, 0
		for p := annexFrom; p <= res.Pages; p++ {
			for _, l := range pages[p] {
				if strings.Contains(l, item) || strings.Contains(l, label) {
					if first == 0 {
						first = p
					}
					last = p
				}
			}
		}
		if first == 0 {
			continue
		}
		rows++
		if first != last {
			t.Errorf("the notes' row of %s runs from page %d to page %d", item, first, last)
		}
	}
	if rows < 10 || pageOf("How the values were chosen (continued)") == 0 {
		t.Fatalf("%d rows checked; the test needs notes that run over pages", rows)
	}
}
