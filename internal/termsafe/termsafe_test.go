package termsafe

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Cybercrime@Octopus", "Cybercrime@Octopus"},
		{"Žilina – Ελλάδα", "Žilina – Ελλάδα"},
		{"\x1b]0;pwned\x07Evil\nTitle", `\x1b]0;pwned\x07Evil\nTitle`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"a\tb\rc\x7f", `a\tb\rc\x7f`},
		{"\u202eadanaC\u202c", `\u202eadanaC\u202c`},
		{"x\u2066y\u2069\u200e\u200f\u061c", `x\u2066y\u2069\u200e\u200f\u061c`},
		{"csi\u009b31m", `csi\u009b31m`},
		{"line\u2028sep", `line\u2028sep`},
		{"bad\xffbyte", `bad\xffbyte`},
	} {
		if got := Cell(tc.in); got != tc.want {
			t.Errorf("Cell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestText_KeepsLinesEscapesTheRest(t *testing.T) {
	got := Text("one\n\ttwo \x1b[2J\u202e")
	if want := "one\n\ttwo \\x1b[2J\\u202e"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func TestTable_ACellNeverBreaksARow(t *testing.T) {
	var b strings.Builder
	tab := NewTable(&b, "ID", "TITLE")
	tab.Row("a", "Evil\nforged\trow")
	tab.Row("b", 42)
	if err := tab.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want header and 2 rows, got %d lines:\n%s", len(lines), b.String())
	}
	if !strings.Contains(lines[1], `Evil\nforged\trow`) || !strings.HasPrefix(lines[2], "b ") {
		t.Errorf("table:\n%s", b.String())
	}
}

func FuzzCell(f *testing.F) {
	f.Add("\x1b]0;pwned\x07Evil\nTitle")
	f.Add("\u202eadanaC\u202c")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range Cell(s) {
			if r < 0x20 || r == 0x7f || unsafeRune(r) {
				t.Fatalf("Cell(%q) keeps %U", s, r)
			}
		}
	})
}

func TestJSON_SameValueNoRawControls(t *testing.T) {
	in := map[string]string{"donor": "\u202eadanaC\u202c", "title": "a\u009b31m\x7f", "plain": "Céline <&>"}
	raw, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	got := JSON(raw)
	for _, r := range string(got) {
		if r < 0x20 || r == 0x7f || unsafeRune(r) {
			t.Errorf("JSON keeps %U: %s", r, got)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(got, &back); err != nil || !reflect.DeepEqual(back, in) {
		t.Errorf("JSON changed the value: %v %q", err, back)
	}
}
