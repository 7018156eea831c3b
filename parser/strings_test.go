package parser

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
)

// stringCases are string literals whose decoded value we compare with
// Nix's. Interpolations hold only string literals so Nix can evaluate them.
var stringCases = []string{
	`""`, `"a"`, `"a\nb\tc\rd"`, `"\a\b\$\""`, `"\\"`, `"$"`, `"$$"`, `"a$"`,
	`"$${x}"`, `"\${x}"`, `"a${"b"}c"`, "\"a\r\nb\rc\"", "\"\\\r\n\"", `"\'"`,
	"''''", "''a''", "'' a''", "''\n''", "''\n  ''", "''  \n  a\n''",
	"''\n  a\n  b\n''", "''\n  a\n    b\n  c\n''", "''\n    a\n  b\n''",
	"''\n  a\n\n  b\n''", "''\n  a\n  \n  b\n''", "''\n  a\n   \n  b\n  ''",
	"''\n\ta\n\tb\n''", "''\n  a\n\tb\n''", "''a\n  b''", "''  a\n  b''",
	"''\n  ''$x\n  y\n''", "''\n  '''\n''", "''\n  ''\\n\n  x\n''",
	"''\n  ''\\ x\n  y\n''", "''\n   ''\\tx\n  y\n''", "''a''$''", "''$''",
	"''$$''", "''$${x}''", "''a'b''", "''a'$b''", "''a '''' b''",
	"''\n  ${\"x\"}\n  y\n''", "''\n    ${\"x\"}\n  y\n''", "''\n  x ${\"y\"}\n''",
	"''\n  a\n  ${\"b\"}''", "''\n  a\n  ${\"b\"}\n  ''", "''\r\n  a\r\n  b\r\n''",
	"''  \n  a''", "''   \n''", "''\n  a\n ''", "''\n  a\n   ''", "'' \n\n  x\n''",
	"''\n  x\n''\\n''", "''\n  x\n  ''\\n''", "''\n  ''$\n''", "''\n  $\n''",
	"''\n  '\n''", "''\n  a''\\\n''", "''''\\'''", "''x''\\'''",
}

// literalValue evaluates a string whose interpolations are literals.
func literalValue(s *String) (string, bool) {
	var b strings.Builder
	for _, p := range s.Parts {
		switch p := p.(type) {
		case *StrText:
			b.WriteString(p.Value())
		case *Interp:
			inner, ok := Unparen(p.X).(*String)
			if !ok {
				return "", false
			}
			v, ok := literalValue(inner)
			if !ok {
				return "", false
			}
			b.WriteString(v)
		}
	}
	return b.String(), true
}

// nixValues evaluates each of cases, string expressions, with Nix in one
// process and returns the values.
func nixValues(t *testing.T, cases []string) []string {
	t.Helper()
	nixtest.Require(t)
	r := nixtest.EvalJSON(t, "[\n"+strings.Join(cases, "\n")+"\n]")
	if !r.OK {
		t.Fatalf("nix: %s", r.Stderr)
	}
	var want []string
	if err := json.Unmarshal([]byte(r.Stdout), &want); err != nil {
		t.Fatalf("%v: %s", err, r.Stdout)
	}
	if len(want) != len(cases) {
		t.Fatalf("nix returned %d strings for %d cases", len(want), len(cases))
	}
	return want
}

func TestStringValuesAgainstNix(t *testing.T) {
	want := nixValues(t, stringCases)
	for i, src := range stringCases {
		f, err := ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		s, ok := f.Expr.(*String)
		if !ok {
			t.Errorf("%q: parsed as %T", src, f.Expr)
			continue
		}
		got, ok := literalValue(s)
		if !ok {
			t.Errorf("%q: not a literal", src)
			continue
		}
		if got != want[i] {
			t.Errorf("%q: value %q, Nix says %q", src, got, want[i])
		}
	}
}

// TestRandomIndentedStringsAgainstNix builds indented strings from the
// pieces that matter to indentation stripping (runs of spaces, tabs, line
// breaks, escapes, interpolations, lone quotes and dollars) and checks that
// every value agrees with Nix's.
func TestRandomIndentedStringsAgainstNix(t *testing.T) {
	nixtest.Require(t)
	pieces := []string{" ", "  ", "    ", "\n", "\n", "\t", "a", "bc d", "''$", "'''", "''\\n", "''\\ ",
		"$", "'", "${\"x\"}", "${\"\"}", "\r\n", "é", "''\\\n"}
	rng := rand.New(rand.NewPCG(7, 11))
	var cases []string
	for len(cases) < 400 {
		var b strings.Builder
		b.WriteString("''")
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b.WriteString("''")
		src := b.String()
		// A lone ' next to the closing quotes can end the string early;
		// keep only what parses as one whole string.
		f, err := ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			continue
		}
		if s, ok := f.Expr.(*String); !ok || s.End() != len(src) {
			continue
		}
		cases = append(cases, src)
	}
	want := nixValues(t, cases)
	for i, src := range cases {
		f, _ := ParseFile("t.nix", []byte(src), 0)
		got, ok := literalValue(f.Expr.(*String))
		if !ok || got != want[i] {
			t.Errorf("%q: value %q, Nix says %q", src, got, want[i])
		}
	}
}
