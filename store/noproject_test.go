package store

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
)

// menuPage is a staff restaurant's menu page as an extractor reads it: a
// page read fine that describes no project.
func menuPage() *dossier.Document {
	return &dossier.Document{
		ID: idOf("staff-restaurant-menu.html"), Source: "inbox/staff-restaurant-menu.html", Kind: dossier.KindHTML,
		Title: "Staff restaurant: menu of the week", Size: 1031,
		Blocks: []dossier.Block{
			{Role: dossier.RoleHeading, Text: "Staff restaurant: menu of the week", Path: "html>body>main>h1"},
			{Role: dossier.RoleItem, Text: "Leek and potato soup", Path: "html>body>main>ul>li", Section: "Monday"},
		},
	}
}

// noProjectIDs lists the ids of the documents Documents marks NoProject.
func noProjectIDs(infos []DocumentInfo) []string {
	var ids []string
	for _, d := range infos {
		if d.NoProject {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

func infoIDs(infos []DocumentInfo) []string {
	var ids []string
	for _, d := range infos {
		ids = append(ids, d.ID)
	}
	return ids
}

// TestPutDocument_NoProjectIsMarkedAndListed: a document with no fact, or
// with facts none of which names a project, is stored (ingested, with its
// blocks) and marked; the NoProject filter lists those only, and with
// Failed the documents needing a look of both kinds.
func TestPutDocument_NoProjectIsMarkedAndListed(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	summary, sfacts := summary2019()
	mustPut(t, s, summary, sfacts)
	menu := menuPage()
	if !mustPut(t, s, menu, nil) {
		t.Fatal("PutDocument of a page with no facts: added = false")
	}
	// Facts were found, but none says which project it is about.
	advert := &dossier.Document{ID: idOf("job-advert.html"), Source: "inbox/job-advert.html", Kind: dossier.KindHTML,
		Title: "Vacancy notice: driver"}
	mustPut(t, s, advert, []dossier.Fact{{Field: dossier.FieldEnd,
		Value: dossier.DateValue(dossier.Date{Year: 2026, Month: 4, Day: 30, Precision: dossier.PrecisionDay}),
		Raw:   "30 April 2026", Quote: "Closing date for applications: 30 April 2026."}})
	broken := &dossier.Document{ID: idOf("broken.pdf"), Source: "inbox/broken.pdf", Kind: dossier.KindPDF, Error: "malformed PDF"}
	if err := s.PutFailure(ctx, broken); err != nil {
		t.Fatal(err)
	}

	got, err := s.Documents(ctx, DocumentFilter{NoProject: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []DocumentInfo{
		{ID: menu.ID, Sources: []string{menu.Source}, Kind: dossier.KindHTML, Title: menu.Title, State: StateIngested,
			NoProject: true, Size: menu.Size, IngestedAt: fixedNow},
		{ID: advert.ID, Sources: []string{advert.Source}, Kind: dossier.KindHTML, Title: advert.Title, State: StateIngested,
			NoProject: true, Facts: 1, IngestedAt: fixedNow},
	}
	if want[0].ID > want[1].ID {
		want[0], want[1] = want[1], want[0]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Documents(NoProject) (-want +got):\n%s", diff)
	}
	if d, err := s.Document(ctx, menu.ID); err != nil || len(d.Blocks) != len(menu.Blocks) {
		t.Errorf("the menu page: %v; want it stored with its %d blocks", err, len(menu.Blocks))
	}

	all, err := s.Documents(ctx, DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 {
		t.Errorf("Documents: %d, want all 4", len(all))
	}
	if diff := cmp.Diff(infoIDs(want), noProjectIDs(all)); diff != "" {
		t.Errorf("Documents: marked no project (-want +got):\n%s", diff)
	}
	either, err := s.Documents(ctx, DocumentFilter{Failed: true, NoProject: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(either); got != 3 {
		t.Errorf("Documents(Failed, NoProject): %v; want the menu, the advert and the broken PDF", infoIDs(either))
	}
	for _, d := range either {
		if d.ID == broken.ID && (d.NoProject || len(d.Sources) != 1) {
			t.Errorf("the broken PDF: %+v; want failed, not marked, with its source", d)
		}
	}

	// The pipeline learns the mark with the state, so an unchanged file
	// keeps being counted without a project.
	k, err := s.LookupSource(ctx, menu.ID, menu.Source)
	if err != nil || !k.NoProject || k.State != StateIngested {
		t.Errorf("LookupSource(menu) = %+v, %v; want ingested, no project", k, err)
	}
	if k, err := s.LookupSource(ctx, summary.ID, summary.Source); err != nil || k.NoProject {
		t.Errorf("LookupSource(summary) = %+v, %v; want a project", k, err)
	}
	under, err := s.SourcesUnder(ctx, "inbox/")
	if err != nil {
		t.Fatal(err)
	}
	if !under[menu.Source].NoProject || under[broken.Source].NoProject {
		t.Errorf("SourcesUnder(inbox/) = %+v; want the menu marked, the broken PDF not", under)
	}
}

// TestPutDocument_ANewReadingSetsNoProjectAfresh: the mark belongs to a
// reading. The same reading again keeps it; a newer reading code that
// finds a project clears it, and one that finds none sets it again.
func TestPutDocument_ANewReadingSetsNoProjectAfresh(t *testing.T) {
	ctx := context.Background()
	s, _ := openTestStore(t)
	menu := menuPage()
	menu.Extractor = "extract/1 facts/1"
	mustPut(t, s, menu, nil)
	marked := func(when string, want bool, wantFacts int) {
		t.Helper()
		infos, err := s.Documents(ctx, DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(infos) != 1 || infos[0].NoProject != want || infos[0].Facts != wantFacts || infos[0].State != StateIngested {
			t.Errorf("%s: %+v; want ingested, no project %v, %d facts", when, infos, want, wantFacts)
		}
		only, err := s.Documents(ctx, DocumentFilter{NoProject: true})
		if err != nil || (len(only) == 1) != want {
			t.Errorf("%s: Documents(NoProject) = %d documents, %v; want listed %v", when, len(only), err, want)
		}
	}
	marked("first reading", true, 0)

	// The same bytes from another place, read by the same code.
	again := *menu
	again.Source = "mirror/staff-restaurant-menu.html"
	if mustPut(t, s, &again, nil) {
		t.Error("the same reading again: added = true")
	}
	marked("the same reading again", true, 0)

	// A newer dossier knows the canteen's own project.
	newer := *menu
	newer.Extractor = "extract/2 facts/2"
	facts := []dossier.Fact{{Project: "Healthy Canteens", Field: dossier.FieldTitle,
		Value: dossier.TextValue("Healthy Canteens"), Raw: "Healthy Canteens", Quote: "Healthy Canteens"}}
	if !mustPut(t, s, &newer, facts) {
		t.Fatal("a newer reading: added = false, want the document read again")
	}
	marked("a newer reading that finds a project", false, 1)

	newest := *menu
	newest.Extractor = "extract/3 facts/3"
	mustPut(t, s, &newest, nil)
	marked("a reading that finds none again", true, 0)

	// A failure elsewhere does not undo the reading, nor its mark.
	if err := s.PutFailure(ctx, &dossier.Document{ID: menu.ID, Source: "slow-mirror/menu.html", Error: "timed out after 30s"}); err != nil {
		t.Fatal(err)
	}
	marked("a failed read of the same bytes", true, 0)
}

// TestOpen_UpgradeMarksDocumentsWithoutProject: a store written before the
// mark existed opens, and the documents whose stored facts name no project
// are listed as such at once, without ingesting anything again.
func TestOpen_UpgradeMarksDocumentsWithoutProject(t *testing.T) {
	ctx := context.Background()
	migs, err := embeddedMigrations()
	if err != nil {
		t.Fatal(err)
	}
	before := -1
	for i, m := range migs {
		if m.name == "0005_no_project.sql" {
			before = i
		}
	}
	if before < 0 {
		t.Fatal("no migration 0005_no_project.sql")
	}
	path := testDB(t)
	old, err := open(ctx, path, migs[:before], WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	// Rows as the older dossier wrote them: it had no no_project column.
	ids := map[string]string{
		"project":   idOf("summary"),
		"anonymous": idOf("advert"),
		"no facts":  idOf("menu"),
		"failed":    idOf("broken"),
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := old.db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	for name, id := range ids {
		state, reason := StateIngested, ""
		if name == "failed" {
			state, reason = StateFailed, "malformed PDF"
		}
		exec(`INSERT INTO documents (id, kind, title, as_of_quote, pages, size, state, error, ingested_at, extractor)
			VALUES (?, 'html', ?, '', 0, 10, ?, ?, '2026-11-24T10:00:00Z', 'extract/2 facts/2')`, id, name, state, reason)
		exec(`INSERT INTO document_sources VALUES (?, ?, '2026-11-24T10:00:00Z')`, id, "old/"+name)
	}
	fact := `INSERT INTO facts (document_id, seq, project, field, value_kind, value, raw, page, quote, extractor, scope)
		VALUES (?, ?, ?, 'title', 'text', '"x"', 'x', 0, 'x', 'pair', '')`
	exec(fact, ids["project"], 0, "")
	exec(fact, ids["project"], 1, "Cybercrime@Octopus")
	exec(fact, ids["anonymous"], 0, "")
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	s, err := Open(ctx, path, WithClock(fixedClock))
	if err != nil {
		t.Fatalf("open the older store: %v", err)
	}
	defer s.Close()
	got, err := s.Documents(ctx, DocumentFilter{NoProject: true})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range got {
		names = append(names, d.Title)
	}
	want := []string{"anonymous", "no facts"}
	if ids["anonymous"] > ids["no facts"] {
		want = []string{"no facts", "anonymous"}
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("after the upgrade, Documents(NoProject) (-want +got):\n%s", diff)
	}
	failed, err := s.Documents(ctx, DocumentFilter{Failed: true})
	if err != nil || len(failed) != 1 || failed[0].Error != "malformed PDF" || failed[0].NoProject {
		t.Errorf("after the upgrade, Documents(Failed) = %+v, %v; want the broken one, unmarked", failed, err)
	}
	// The schema keeps the mark for documents read whole.
	_, err = s.db.ExecContext(ctx, `UPDATE documents SET no_project = 1 WHERE id = ?`, ids["failed"])
	if err == nil {
		t.Error("a failed document marked no project: accepted, want the CHECK to refuse it")
	}
}
