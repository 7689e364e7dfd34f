package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/store"
)

const (
	hostileTitle = "\033]0;pwned\007Evil\nTitle"
	hostileDonor = "\u202eadanaC\u202c"
)

// hostileStore makes a store through the store package, as an ingest of a
// hostile page would leave it: a document titled with an OSC sequence and a
// newline, a project of that name, and a donor spelled with bidi controls.
// It goes through the store rather than ingest, so that the CLI's own
// escaping is what the tests see, whatever extraction strips.
func hostileStore(t *testing.T, extra ...dossier.Fact) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "dossier.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	doc := &dossier.Document{
		ID: "sha256:" + strings.Repeat("ab", 32), Source: "https://example.org/evil\x1b[2J.html",
		Kind: dossier.KindHTML, Title: hostileTitle, Size: 100,
	}
	fact := func(field string, v dossier.Value, quote string) dossier.Fact {
		return dossier.Fact{Document: doc.ID, Project: hostileTitle, Field: field, Value: v, Raw: quote, Quote: quote, Extractor: "pair"}
	}
	facts := append([]dossier.Fact{
		fact(dossier.FieldTitle, dossier.TextValue(hostileTitle), hostileTitle),
		fact(dossier.FieldDonors, dossier.TextValue(hostileDonor), "Donors: "+hostileDonor),
		fact(dossier.FieldStart, dossier.DateValue(dossier.Date{Year: 2020, Month: 1, Day: 1, Precision: dossier.PrecisionDay}), "Start: 1 January 2020"),
	}, extra...)
	for i := range facts {
		facts[i].Document = doc.ID
		if facts[i].Project == "" {
			facts[i].Project = hostileTitle
		}
	}
	if _, err := st.PutDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	return db
}

// terminalUnsafe finds what a terminal must not get raw: a byte below 0x20
// other than a line end, DEL, a C1 control, a bidi control, a Unicode line
// separator, or bytes that are not UTF-8.
func terminalUnsafe(s string) string {
	for i, r := range s {
		switch {
		case r == '\n':
		case r == utf8.RuneError:
			return fmt.Sprintf("invalid UTF-8 at byte %d", i)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
			r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029:
			return fmt.Sprintf("%U at byte %d", r, i)
		}
	}
	return ""
}

// TestOutput_NoControlOrBidiCharacterReachesTheTerminal lists a store
// holding a hostile title and donor through every table, text and JSON
// command: nothing raw is printed, and what was escaped is shown, not
// dropped (JSON keeps the same value, in \u escapes).
func TestOutput_NoControlOrBidiCharacterReachesTheTerminal(t *testing.T) {
	db := hostileStore(t)
	projects := cli(t, "projects", "--db", db)
	id := strings.Fields(strings.Split(projects, "\n")[1])[0]
	for _, tc := range []struct {
		args  []string
		shows bool // the title or the donor, escaped
	}{
		{[]string{"documents"}, true},
		{[]string{"projects"}, true},
		{[]string{"diff", id, "--all", "--color", "never"}, true},
		{[]string{"facts"}, true},
		{[]string{"history", id}, false},
		{[]string{"review", id, "donors", "--candidate", "1", "--note", "bidi \u202e note", "--reviewer", "Eve\x1b[8m"}, true},
		{[]string{"history", id}, true},
		{[]string{"documents", "--json"}, false},
		{[]string{"facts", "--json"}, false},
		{[]string{"diff", id, "--json"}, false},
		{[]string{"export"}, false},
	} {
		out := cli(t, append(tc.args, "--db", db)...)
		if bad := terminalUnsafe(out); bad != "" {
			t.Errorf("%s prints %s:\n%s", tc.args[0], bad, out)
		}
		if tc.shows && !strings.Contains(out, `Evil\nTitle`) && !strings.Contains(out, `\u202eadanaC`) {
			t.Errorf("%s shows neither the escaped title nor the donor:\n%s", tc.args[0], out)
		}
	}
	docs := cli(t, "documents", "--db", db)
	if !strings.Contains(docs, `\x1b]0;pwned\x07Evil\nTitle`) {
		t.Errorf("documents does not show the title's escapes visibly:\n%s", docs)
	}
	if n := strings.Count(docs, "\n"); n != 2 {
		t.Errorf("documents: a title's newline forged a row: %d lines:\n%s", n, docs)
	}
	diff := cli(t, "diff", id, "--all", "--color", "never", "--db", db)
	if !strings.Contains(diff, `\u202eadanaC\u202c`) {
		t.Errorf("diff does not show the donor's bidi controls visibly:\n%s", diff)
	}
}

// TestReview_AbsurdAmountsAndNegativeDurationsRefused: a reviewer's typed
// budget above dossier.MaxAmount, or a duration below one month, is a
// usage error (exit 2) that says why, and nothing is stored.
func TestReview_AbsurdAmountsAndNegativeDurationsRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dossier.db")
	ingestInto(t, db, fixtureDir)
	for _, tc := range []struct {
		field, value, says string
	}{
		{"budget", "EUR 99999999999999999999999999", "above the maximum of 1,000,000,000,000,000"},
		{"budget", "EUR 1000000000000001", "above the maximum"},
		{"duration_months", "-5", "give 1 to 1200 months"},
		{"duration_months", "0", "give 1 to 1200 months"},
	} {
		code, _, stderr := runCLI(t, "review", "--db", db, "cybercrime-octopus", tc.field, "--value", tc.value, "--note", "x")
		if code != exitUsage || !strings.Contains(stderr, tc.says) {
			t.Errorf("review %s --value %q: exit %d, %q; want exit %d saying %q", tc.field, tc.value, code, stderr, exitUsage, tc.says)
		}
	}
	if h := cli(t, "history", "--db", db, "cybercrime-octopus"); !strings.Contains(h, "no decisions") {
		t.Errorf("history after refused reviews:\n%s", h)
	}
	// The largest amount allowed is taken.
	out := cli(t, "review", "--db", db, "cybercrime-octopus", "budget", "--value", "EUR 1000000000000000", "--note", "x")
	if !strings.Contains(out, "EUR 1,000,000,000,000,000") {
		t.Errorf("review at the maximum: %q", out)
	}
}

// TestFacts_HugeAmountPrintsAsItIs: a document stating 10^26 euros (a
// figure no check stopped at extraction) prints as that figure in facts and
// diff, never wrapped round to a negative one.
func TestFacts_HugeAmountPrintsAsItIs(t *testing.T) {
	db := hostileStore(t, dossier.Fact{Field: dossier.FieldBudget, Quote: "Budget: EUR 99999999999999999999999999",
		Value: dossier.MoneyValue(dossier.Money{Amount: 1e26, Currency: "EUR", Qualifier: dossier.QualifierTotal}), Extractor: "pair"})
	for _, args := range [][]string{{"facts", "--field", "budget"}, {"diff", "0-pwned-evil-title", "--all"}} {
		out := cli(t, append(args, "--db", db)...)
		if strings.Contains(out, "-9,223,372,036,854,775,808") || !strings.Contains(out, "EUR 100,000,000,000,000,004,764,729,344") {
			t.Errorf("%s:\n%s", args[0], out)
		}
	}
}
