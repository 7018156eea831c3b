package suppress

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// finding returns a fake ND001 finding on the first occurrence of marker.
func finding(t *testing.T, src, code, marker string) rules.Diagnostic {
	t.Helper()
	i := strings.Index(src, marker)
	if i < 0 {
		t.Fatalf("no %q in %q", marker, src)
	}
	r := rules.Lookup(code)
	return rules.Diagnostic{Pos: i, End: i + len(marker), Code: r.Code, Name: r.Name, Message: "m"}
}

func parse(t *testing.T, src string) *parser.File {
	t.Helper()
	f, err := parser.ParseFile("t.nix", []byte(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func codes(ds []rules.Diagnostic) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return strings.Join(out, ",")
}

func TestApply(t *testing.T) {
	cases := []struct {
		name, src, code, marker, want string
	}{
		{"line before", "{\n  # nixdock: ignore[ND001] reason\n  X = 1;\n}\n", "ND001", "X", ""},
		{"same line", "{\n  X = 1; # nixdock: ignore[ND001]\n}\n", "ND001", "X", ""},
		{"by name", "{\n  # nixdock: ignore[missing-ssl-cert-env]\n  X = 1;\n}\n", "ND001", "X", ""},
		{"block comment", "{\n  /* nixdock: ignore[ND001] */\n  X = 1;\n}\n", "ND001", "X", ""},
		{"two lines before", "{\n  # nixdock: ignore[ND001]\n\n  X = 1;\n}\n", "ND001", "X", "ND900,ND001"},
		{"other rule", "{\n  # nixdock: ignore[ND003]\n  X = 1;\n}\n", "ND001", "X", "ND900,ND001"},
		{"file wide", "# nixdock: ignore-file[ND001]\n{\n\n\n  X = 1;\n}\n", "ND001", "X", ""},
		{"trailing comment covers its line only", "{\n  a = 1; # nixdock: ignore[ND001]\n  X = 1;\n}\n", "ND001", "X", "ND900,ND001"},
		{"unknown rule", "{\n  # nixdock: ignore[ND001, ND777]\n  X = 1;\n}\n", "ND001", "X", "ND900"},
	}
	for _, c := range cases {
		f := parse(t, c.src)
		got := Apply(f, []rules.Diagnostic{finding(t, c.src, c.code, c.marker)}, &rules.Config{})
		if codes(got) != c.want {
			t.Errorf("%s: findings %q, want %q", c.name, codes(got), c.want)
		}
	}
}

// The ND900 fix removes exactly the unused part, and the result suppresses
// what it did before with nothing left over.
func TestUnusedFix(t *testing.T) {
	cases := []struct{ src, want string }{
		{"{\n  # nixdock: ignore[ND003]\n  X = 1;\n}\n", "{\n  X = 1;\n}\n"},
		{"{\n  X = 1; # nixdock: ignore[ND003]\n}\n", "{\n  X = 1;\n}\n"},
		{"{\n  # nixdock: ignore[ND001, ND003] why\n  X = 1;\n}\n", "{\n  # nixdock: ignore[ND001] why\n  X = 1;\n}\n"},
	}
	for _, c := range cases {
		f := parse(t, c.src)
		got := Apply(f, []rules.Diagnostic{finding(t, c.src, "ND001", "X")}, &rules.Config{})
		var fixed string
		for _, d := range got {
			if d.Code != "ND900" {
				continue
			}
			e := d.Fixes[0].Edits[0]
			fixed = c.src[:e.Pos] + e.NewText + c.src[e.End:]
		}
		if c.want != "" && fixed != c.want {
			t.Errorf("%q: fixed to %q, want %q", c.src, fixed, c.want)
			continue
		}
		if rest := Apply(parse(t, fixed), []rules.Diagnostic{finding(t, fixed, "ND001", "X")}, &rules.Config{}); strings.Contains(codes(rest), "ND900") {
			t.Errorf("%q: after the fix still %s", c.src, codes(rest))
		}
	}
}

// An entry for a rule this run does not run may be needed by another run:
// it is not reported.
func TestEntriesForRulesNotRunAreKept(t *testing.T) {
	src := "{\n  # nixdock: ignore[ND003]\n  X = 1;\n}\n"
	got := Apply(parse(t, src), nil, &rules.Config{Ignore: []string{"ND003"}})
	if len(got) != 0 {
		t.Errorf("findings %s, want none", codes(got))
	}
	got = Apply(parse(t, src), nil, &rules.Config{Ignore: []string{"ND900"}})
	if len(got) != 0 {
		t.Errorf("with ND900 off: findings %s, want none", codes(got))
	}
}

func TestHasMarker(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"", false},
		{":", false},
		{"nixdock", false},
		{"nixdock:", true},
		{"# nixdock: ignore[ND001]", true},
		{"ixdock:", false},
		{"nixdock :", false},
		{"a: b: nixdock: c", true},
		{"a: b: nixdoc: c", false},
		{"nixdock;nixdock:", true},
		{"::nixdock", false},
	} {
		if got := hasMarker([]byte(c.src)); got != c.want {
			t.Errorf("hasMarker(%q) = %v, want %v", c.src, got, c.want)
		}
		if got := bytes.Contains([]byte(c.src), []byte("nixdock:")); got != c.want {
			t.Errorf("test case %q is wrong", c.src)
		}
	}
}
