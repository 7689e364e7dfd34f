package normalize

import (
	"strings"
	"testing"
)

func TestOrganisationName(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Council of Europe (CoE)", "Council of Europe"},
		// A body dossier does not know: its acronym where it is not
		// drawn from the long name, the long name where it is.
		{"Netherlands Chamber of Commerce (KVK)", "KVK"},
		// A name the lexicon knows, then its long form after a dash.
		{"Camões – Instituto da Cooperação e da Língua", "Portugal"},
		{"Centro de Estudios y Experimentación de Obras Públicas (CEDEX)", "CEDEX"},
		{"Instituto Andino de Estudios Fiscales (IAEF)", "Instituto Andino de Estudios Fiscales"},
		{"European Union (EU)", "European Union"},
		{"EU", "European Union"},
		{"CoE", "Council of Europe"},
		{"COE", "Council of Europe"},
		{"USA", "United States"},
		{"UK", "United Kingdom"},
		{"United Kingdom", "United Kingdom"},
		{"the Government of Canada", "Canada"},
		{"The Government of Canada", "Canada"},
		{"Governments of Estonia", "Estonia"},
		{"the Netherlands", "Netherlands"},
		{"the Organisation of American States (OAS)", "OAS"},
		{"Organization of American States", "OAS"},
		{"OAS", "OAS"},
		{"Microsoft", "Microsoft"},
		{"Microsoft.", "Microsoft"},
		{"  Cybercrime Programme Office (C-PROC)  ", "Cybercrime Programme Office"},
		{"the Department of Justice of the Philippines", "Department of Justice of the Philippines"},
		// A name led by its acronym and a dash is known by the acronym;
		// one the lexicon knows becomes its canonical name.
		{"AGEKO – Agentur für Globale Entwicklungskooperation", "AGEKO"},
		{"OAS - Organization of American States", "OAS"},
		{"Cyber Resilience – Phase II", "Cyber Resilience – Phase II"},
		// A body the lexicon lacks is the same with its legal form or
		// without.
		{"Terre Comuni ETS", "Terre Comuni"},
		{"Harbourline Consulting Ltd", "Harbourline Consulting"},
		{"Harbourline Consulting\u00a0Ltd", "Harbourline Consulting"},
		// A long form the lexicon lacks, with an acronym it knows.
		{"United Nations Office on Drugs & Crime (UNODC)", "UNODC"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := OrganisationName(tt.in); got != tt.want {
			t.Errorf("OrganisationName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAcronym(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Council of Europe (CoE)", "CoE"},
		{"European Union (EU)", "EU"},
		{"the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders (UNAFRI)", "UNAFRI"},
		{"Cybercrime Programme Office of the Council of Europe (C-PROC)", "C-PROC"},
		{"ECOWAS", "ECOWAS"},
		{"Council of Europe", "CoE"},
		{"the Organisation of American States", "OAS"},
		{"Microsoft", ""},
		{"Microsoft (Redmond)", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Acronym(tt.in); got != tt.want {
			t.Errorf("Acronym(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"Finished", StatusCompleted, true},
		{"Completed", StatusCompleted, true},
		{"Closed", StatusCompleted, true},
		{"terminé", StatusCompleted, true},
		{"Terminée", StatusCompleted, true},
		{"Status: Finished", StatusCompleted, true},
		{"Completed (2021)", StatusCompleted, true},
		{"Completed. Final evaluation published in August 2021.", StatusCompleted, true},
		{"Ongoing. Cofinanced by the Netherlands.", StatusOngoing, true},
		{"Reported under the trade portfolio.", "", false},
		{"Ongoing", StatusOngoing, true},
		{"on-going", StatusOngoing, true},
		{"Active", StatusOngoing, true},
		{"Current", StatusOngoing, true},
		{"In progress", StatusOngoing, true},
		{"en cours", StatusOngoing, true},
		{"Implementation", StatusOngoing, true},
		{"Planned", StatusPlanned, true},
		{"Pipeline", StatusPlanned, true},
		{"Pipeline/identification", StatusPlanned, true},
		// A status, then the date it came on; a word for project before it.
		{"Closed on 31 March 2024", StatusCompleted, true},
		{"Achevée le 30 juin 2025", StatusCompleted, true},
		{"projet achevé", StatusCompleted, true},
		{"Project completed", StatusCompleted, true},
		// The word for project before a status and its date; the label
		// without its colon; a remark before a dash, the status after.
		{"programme clôturé le 31 décembre 2021", StatusCompleted, true},
		{"Statut terminé", StatusCompleted, true},
		{"Stand in Vorbereitung", StatusPlanned, true},
		{"on track – ongoing", StatusOngoing, true},
		{"Completed – final report pending", StatusCompleted, true},
		{"on track – see annex", "", false},
		// A long text: its start is read, a status and the running text
		// after it; words for project or dashes without
		// end before a status give none (each would read the rest again).
		{"Ongoing. " + strings.Repeat("The brigades patrol the forests. ", 100), StatusOngoing, true},
		{strings.Repeat("project ", 20000) + "completed", "", false},
		{strings.Repeat("x – ", 20000) + "ongoing", "", false},
		{"Closed to new applicants", "", false},
		{"Cancelled", "", false},
		{"Suspended", "", false},
		{"garbage", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := Status(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Status(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestOrganisationName_PlaceAndPossessive: where a body sits and whose
// unit it is are no part of its name.
func TestOrganisationName_PlaceAndPossessive(t *testing.T) {
	for in, want := range map[string]string{
		"Brussels-based World Customs Organization":          "World Customs Organization",
		"the Geneva-based World Health Organization":         "WHO",
		"the Sarajevo-based Balkan Creative Hubs Foundation": "Balkan Creative Hubs Foundation",
		"WCO's Capacity Building Directorate":                "World Customs Organization",
		"Spain's FIIAPP foundation":                          "FIIAPP",
		"Norway’s Ministry of Foreign Affairs":               "Norway",
		"Organisation mondiale des douanes":                  "World Customs Organization",
		"Weltzollorganisation":                               "World Customs Organization",
	} {
		if got := OrganisationName(in); got != want {
			t.Errorf("OrganisationName(%q) = %q, want %q", in, got, want)
		}
	}
}
