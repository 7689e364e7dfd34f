package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestCleanReason: a failure's reason reads as one short line, whatever
// the parser put in its message.
func TestCleanReason(t *testing.T) {
	long := strings.Repeat("0000031462 00000 n ", 40)
	tests := []struct {
		name, in, want string
	}{
		{"plain", "malformed PDF: no %%EOF marker", "malformed PDF: no %%EOF marker"},
		{"newlines and tabs", "malformed hex string <FE\n/Creator\t<FEFF>\r\nendobj", "malformed hex string <FE /Creator <FEFF> endobj"},
		{"control bytes and invalid UTF-8", "bad\x00stream \xff\xfe x\x9c\x1b[31m", "bad stream x [31m"},
		{"long", long, strings.TrimSpace(long[:maxReasonRunes]) + "…"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, cleanReason(tt.in)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestCleanReason_PanicTextsSaidPlainly: a runtime panic's text, from
// extract, a PDF page, a worker's crash report or the pipeline, becomes
// one plain reason naming the kind of panic; other reasons stay as they
// are.
func TestCleanReason_PanicTextsSaidPlainly(t *testing.T) {
	tests := []struct{ in, want string }{
		{"malformed PDF: runtime error: slice bounds out of range [:4097] with capacity 4096",
			"malformed PDF: internal error reading the document (slice bounds out of range)"},
		{"slice bounds out of range [:4097]", "internal error reading the document (slice bounds out of range)"},
		{"x.pdf: internal error reading document: runtime error: index out of range [5] with length 3",
			"x.pdf: internal error reading the document (index out of range)"},
		{"x.html: internal error in extract: runtime error: invalid memory address or nil pointer dereference",
			"x.html: internal error reading the document (invalid memory address or nil pointer dereference)"},
		{"worker crashed: panic: runtime error: integer divide by zero",
			"worker crashed: internal error reading the document (integer divide by zero)"},
		{"malformed page: interface conversion: interface {} is nil, not string",
			"malformed page: internal error reading the document (interface conversion)"},
		{"malformed PDF: no %%EOF marker", "malformed PDF: no %%EOF marker"},
		{"internal error in read: reader bug", "internal error in read: reader bug"},
		{"timed out: reading took longer than 4s", "timed out: reading took longer than 4s"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, cleanReason(tt.in)); diff != "" {
			t.Errorf("cleanReason(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestOneLine_KeepsTheErrorChain: a cleaned error still unwraps to what
// it wraps, so cancellation is still recognised.
func TestOneLine_KeepsTheErrorChain(t *testing.T) {
	err := oneLine(fmt.Errorf("x.pdf:\n%w", context.Canceled))
	if !errors.Is(err, context.Canceled) || err.Error() != "x.pdf: context canceled" {
		t.Errorf("oneLine: %q, is canceled %v", err, errors.Is(err, context.Canceled))
	}
}

// FuzzCleanReason: any message becomes valid UTF-8 on one line, of
// printable characters, at most maxReasonRunes long (and the ellipsis).
func FuzzCleanReason(f *testing.F) {
	f.Add("malformed PDF: page 3: unexpected EOF")
	f.Add("a\nb\r\x00\xff" + strings.Repeat("é", 400))
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanReason(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		if utf8.RuneCountInString(got) > maxReasonRunes+1 {
			t.Fatalf("%d runes", utf8.RuneCountInString(got))
		}
		for _, r := range got {
			if !unicode.IsPrint(r) || (unicode.IsSpace(r) && r != ' ') {
				t.Fatalf("rune %q in %q", r, got)
			}
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Fatalf("spaces not collapsed: %q", got)
		}
	})
}

// TestReasonKind_SourceWithControlCharacters: a file whose name holds
// control characters (blanked in its error message) is grouped under
// its reason, not under its own name; a long reason is cut between
// characters.
func TestReasonKind_SourceWithControlCharacters(t *testing.T) {
	src := "bad\x1b[31mname\x07.pdf"
	r := Result{Source: src, Err: oneLine(fmt.Errorf("%s: %w", src, errors.New("malformed PDF: no trailer")))}
	if got := reasonKind(r); got != "malformed PDF" {
		t.Errorf("reasonKind = %q, want %q", got, "malformed PDF")
	}
	long := Result{Source: "a.pdf", Err: fmt.Errorf("a.pdf: %s", strings.Repeat("é", 70))}
	got := reasonKind(long)
	if !utf8.ValidString(got) || utf8.RuneCountInString(got) != 61 {
		t.Errorf("long reason cut to %q", got)
	}
}
