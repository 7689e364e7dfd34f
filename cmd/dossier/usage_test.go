package main

import (
	"strings"
	"testing"
)

// TestUnknownCommand_ExitsWithUsageCode: a command that does not exist is a
// usage error (exit 2, as the README says), named, with a suggestion for a
// typo; "dossier" alone prints the help.
func TestUnknownCommand_ExitsWithUsageCode(t *testing.T) {
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate" for "dossier"`},
		{[]string{"injest", "docs/"}, `did you mean ingest?`},
		{[]string{"\x1b]0;pwned\x07"}, `unknown command "\x1b]0;pwned\a"`},
	} {
		code, _, stderr := runCLI(t, tc.args...)
		if code != exitUsage || !strings.Contains(stderr, tc.says) {
			t.Errorf("dossier %q: exit %d, %q; want exit %d saying %q", tc.args, code, stderr, exitUsage, tc.says)
		}
		if strings.ContainsRune(stderr, 0x1b) {
			t.Errorf("dossier %q: raw ESC on stderr: %q", tc.args, stderr)
		}
	}
	if code, out, _ := runCLI(t); code != exitOK || !strings.Contains(out, "Available Commands") {
		t.Errorf("dossier alone: exit %d, %q", code, out)
	}
}
