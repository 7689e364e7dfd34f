package facts

import "testing"

// TestSubjectName_ReportOnATheme: a title whose later part names a report
// ("Results Report 2023", "Jahresbericht 2022") is a report on its first
// part, a theme, which names no project; an acronym there still does.
func TestSubjectName_ReportOnATheme(t *testing.T) {
	for title, want := range map[string]string{
		"Food and Nutrition Security – Results Report 2023": "",
		"Ländliche Wasserversorgung – Jahresbericht 2022":   "",
		"Sécurité alimentaire – Rapport annuel 2021":        "",
		"CyberEast – Annual Report 2021":                    "CyberEast",
	} {
		if got, _ := subjectName(title); got != want {
			t.Errorf("subjectName(%q) = %q, want %q", title, got, want)
		}
	}
}
