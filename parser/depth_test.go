package parser

import (
	"bytes"
	"strings"
	"testing"
)

// TestDeepNesting checks that absurdly deep input is a clean syntax error
// rather than a stack overflow, while nesting real code uses still parses.
func TestDeepNesting(t *testing.T) {
	deep := func(open, mid, close string, n int) []byte {
		return []byte(strings.Repeat(open, n) + mid + strings.Repeat(close, n))
	}
	shapes := map[string][3]string{
		"parens":  {"(", "1", ")"},
		"lists":   {"[", "1", "]"},
		"sets":    {"{a=", "1", ";}"},
		"lets":    {"let a = 1; in ", "a", ""},
		"lambdas": {"x: ", "x", ""},
		"negate":  {"-", "1", ""},
		"not":     {"!", "true", ""},
		"strings": {`"${`, `"x"`, `}"`},
		"concat":  {"a ++ ", "a", ""},
		"selects": {"a.b or ", "a", ""},
		"ifs":     {"if a then b else ", "c", ""},
	}
	for name, s := range shapes {
		if _, err := ParseFile("t.nix", deep(s[0], s[1], s[2], 200), 0); err != nil {
			t.Errorf("%s, 200 deep: %v", name, err)
		}
		_, err := ParseFile("t.nix", deep(s[0], s[1], s[2], 10000), 0)
		if err == nil || !strings.Contains(err.Error(), "nested more than") {
			t.Errorf("%s, 10000 deep: got %v, want a nesting error", name, err)
		}
	}
	// Long flat sequences are loops, not nesting, and have no limit.
	for name, src := range map[string][]byte{
		"sum":   append(bytes.Repeat([]byte("a + "), 100000), 'a'),
		"apply": append([]byte("f"), bytes.Repeat([]byte(" a"), 100000)...),
		"list":  []byte("[" + strings.Repeat(" 1", 100000) + " ]"),
		"set":   []byte("{" + strings.Repeat(" a = 1;", 100000) + " }"),
	} {
		if _, err := ParseFile("t.nix", src, 0); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestFprint(t *testing.T) {
	f, err := ParseFile("t.nix", []byte("{ a ? 1 }@x:\n  x.a or [ ./p/${b} ]"), 0)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Fprint(&b, f, nil); err != nil {
		t.Fatal(err)
	}
	want := `Lambda 1:1-2:22 [0,34) formals@param
  Formals 1:1-1:10 [0,9)
    Formal 1:3-1:8 [2,7)
      Ident 1:3-1:4 [2,3) a
      Int 1:7-1:8 [6,7) 1
  Ident 1:11-1:12 [10,11) x
  Select 2:3-2:22 [15,34) or
    Ident 2:3-2:4 [15,16) x
    AttrPath 2:5-2:6 [17,18)
      Ident 2:5-2:6 [17,18) a
    List 2:10-2:22 [22,34)
      Path 2:12-2:20 [24,32) relative
        StrText 2:12-2:16 [24,28) "./p/"
        Interp 2:16-2:20 [28,32)
          Ident 2:18-2:19 [30,31) b
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	bad, _ := ParseFile("t.nix", []byte("("), 0)
	if err := Fprint(&b, bad, nil); err != nil || b.String() != "(no expression)\n" {
		t.Errorf("dump of a failed parse: %q, %v", b.String(), err)
	}
}
