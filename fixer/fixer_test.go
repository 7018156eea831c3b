package fixer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// proposal is a fix a fake rule proposes when its trigger text is present.
type proposal struct {
	code    string
	trigger string // propose while the source contains this
	absent  string // ...and does not contain this
	safety  rules.Safety
	at      string // insert or replace at the first occurrence of this
	replace bool   // replace `at` instead of inserting before it
	text    string
}

// fakeLint proposes each proposal whose condition holds.
func fakeLint(ps ...proposal) fixer.LintFunc {
	return func(name string, src []byte) (*parser.File, []rules.Diagnostic) {
		f, _ := parser.ParseFile(name, src, 0)
		var ds []rules.Diagnostic
		s := string(src)
		for _, p := range ps {
			if !strings.Contains(s, p.trigger) || (p.absent != "" && strings.Contains(s, p.absent)) {
				continue
			}
			i := strings.Index(s, p.at)
			if i < 0 {
				continue
			}
			e := rules.TextEdit{Pos: i, End: i, NewText: p.text}
			if p.replace {
				e.End = i + len(p.at)
			}
			ds = append(ds, rules.Diagnostic{Pos: i, End: i + 1, Code: p.code, Message: p.code,
				Fixes: []rules.Fix{{Message: "fix " + p.code, Safety: p.safety, Edits: []rules.TextEdit{e}}}})
		}
		return f, ds
	}
}

func apply(t *testing.T, src string, opts fixer.Options, ps ...proposal) *fixer.Result {
	t.Helper()
	res, err := fixer.Apply("t.nix", []byte(src), fakeLint(ps...), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestSafeAndUnsafe(t *testing.T) {
	src := "{ a = 1; }\n"
	ps := []proposal{
		{code: "S", trigger: "{", absent: "b =", at: "}", text: "b = 2; "},
		{code: "U", trigger: "{", absent: "c =", at: "a", safety: rules.Unsafe, text: "c = 3; "},
	}
	res := apply(t, src, fixer.Options{}, ps...)
	if got := string(res.Src); got != "{ a = 1; b = 2; }\n" {
		t.Errorf("safe only: %q", got)
	}
	if len(res.Remaining) != 1 || res.Remaining[0].Code != "U" {
		t.Errorf("remaining %v, want the unsafe finding", res.Remaining)
	}
	res = apply(t, src, fixer.Options{Unsafe: true}, ps...)
	if got := string(res.Src); got != "{ c = 3; a = 1; b = 2; }\n" {
		t.Errorf("with unsafe: %q", got)
	}
	if !res.Changed || len(res.Applied) != 2 || len(res.Remaining) != 0 || res.Passes != 1 {
		t.Errorf("changed %v, applied %d, remaining %d, passes %d", res.Changed, len(res.Applied), len(res.Remaining), res.Passes)
	}
}

// Overlapping fixes: the second waits for the next pass, where the re-lint
// proposes it again against the new text.
func TestOverlapWaitsForNextPass(t *testing.T) {
	src := "{ a = 1; }\n"
	ps := []proposal{
		{code: "A", trigger: "{", absent: "b =", at: "}", text: "b = 2; "},
		{code: "B", trigger: "{", absent: "c =", at: "}", text: "c = 3; "},
	}
	res := apply(t, src, fixer.Options{}, ps...)
	if got := string(res.Src); got != "{ a = 1; b = 2; c = 3; }\n" {
		t.Errorf("got %q", got)
	}
	if res.Passes != 2 {
		t.Errorf("passes %d, want 2", res.Passes)
	}
}

// A fix that keeps applying stops at the pass limit.
func TestPassLimit(t *testing.T) {
	res := apply(t, "[ ]\n", fixer.Options{MaxPasses: 4}, proposal{code: "X", trigger: "[", at: "]", text: "1 "})
	if got := string(res.Src); got != "[ 1 1 1 1 ]\n" || res.Passes != 4 {
		t.Errorf("got %q after %d passes", got, res.Passes)
	}
	if len(res.Remaining) != 1 {
		t.Errorf("the finding still holds and must be remaining")
	}
}

func TestRefusals(t *testing.T) {
	cases := []struct {
		name, src string
		bad       proposal
		reason    string
	}{
		{"syntax", "{ a = 1; }\n", proposal{code: "BAD", trigger: "{", absent: "= =", at: "}", text: "b = = 2; "}, "does not parse"},
		{"unbound", "{ a = 1; }\n", proposal{code: "BAD", trigger: "{", absent: "nope", at: "}", text: "b = nope; "}, "undefined variable 'nope'"},
		{"with-only", "{ pkgs }: with pkgs; { a = hello; }\n", proposal{code: "BAD", trigger: "{", absent: "cacert", at: "}\n", text: "b = cacert; "}, "only an enclosing with"},
		{"duplicate", "{ a = 1; }\n", proposal{code: "BAD", trigger: "{", absent: "a = 2", at: "}", text: "a = 2; "}, "already defined"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			good := proposal{code: "OK", trigger: "{", absent: "z = 0", at: "a = ", text: "z = 0; "}
			res := apply(t, c.src, fixer.Options{}, c.bad, good)
			if strings.Contains(string(res.Src), c.bad.text) {
				t.Fatalf("the bad fix was applied: %q", res.Src)
			}
			if !strings.Contains(string(res.Src), "z = 0;") {
				t.Errorf("the good fix was not applied: %q", res.Src)
			}
			if len(res.Refused) != 1 || res.Refused[0].Diagnostic.Code != "BAD" || !strings.Contains(res.Refused[0].Reason, c.reason) {
				t.Errorf("refused %+v, want BAD with %q", res.Refused, c.reason)
			}
			if _, err := parser.ParseFile("t.nix", res.Src, 0); err != nil {
				t.Errorf("result does not parse: %v", err)
			}
		})
	}
}

// A name a with already provides in the original may be named again.
func TestWithNameAlreadyUsed(t *testing.T) {
	src := "{ pkgs }: with pkgs; { a = hello; }\n"
	res := apply(t, src, fixer.Options{}, proposal{code: "W", trigger: "{", absent: "b =", at: "}\n", text: "b = hello; "})
	if !strings.Contains(string(res.Src), "b = hello;") || len(res.Refused) != 0 {
		t.Errorf("got %q, refused %v", res.Src, res.Refused)
	}
}

func TestBrokenInputIsAnError(t *testing.T) {
	for _, src := range []string{"{ a = ; }", "x", "{ a = 1; a = 2; }"} {
		if _, err := fixer.Apply("t.nix", []byte(src), fakeLint(), fixer.Options{}); err == nil {
			t.Errorf("%q: no error", src)
		}
	}
}

func TestCRLFIsKept(t *testing.T) {
	src := "{\r\n  a = 1;\r\n}\r\n"
	res := apply(t, src, fixer.Options{}, proposal{code: "N", trigger: "{", absent: "b =", at: "}", text: "  b = 2;\n"})
	want := "{\r\n  a = 1;\r\n  b = 2;\r\n}\r\n"
	if string(res.Src) != want {
		t.Errorf("got %q, want %q", res.Src, want)
	}
	// An LF file stays LF.
	res = apply(t, "{\n}\n", fixer.Options{}, proposal{code: "N", trigger: "{", absent: "b =", at: "}", text: "  b = 2;\n"})
	if bytes.Contains(res.Src, []byte("\r")) {
		t.Errorf("CR introduced into an LF file: %q", res.Src)
	}
}

// Bytes outside the edited ranges, comments included, are never altered.
func TestUntouchedBytesStay(t *testing.T) {
	src := "# head\n{ /* keep */ a = 1; # tail\n  b = [ 1 2 ];\n}\n"
	res := apply(t, src, fixer.Options{}, proposal{code: "I", trigger: "{", absent: "c =", at: "  b", text: "  c = 3;\n"})
	i := strings.Index(src, "  b")
	if !strings.HasPrefix(string(res.Src), src[:i]) || !strings.HasSuffix(string(res.Src), src[i:]) {
		t.Errorf("bytes outside the edit changed: %q", res.Src)
	}
}

// goldenConfig selects the case's rule with the options in its options
// file, as the rules' own golden test does.
func goldenConfig(t *testing.T, dir string) *rules.Config {
	code := filepath.Base(filepath.Dir(dir))
	opts := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(dir, "options")); err == nil {
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				opts[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
	}
	return &rules.Config{Select: []string{code}, Options: map[string]map[string]string{code: opts}}
}

func goldenInputs(t *testing.T) []string {
	inputs, err := filepath.Glob("../testdata/rules/*/*/input.nix")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	return inputs
}

// TestRuleGoldenCases applies the real rule's fixes to every golden input
// and expects the golden fixed output, with nothing fixable left after.
func TestRuleGoldenCases(t *testing.T) {
	fixedCases := 0
	for _, in := range goldenInputs(t) {
		dir := filepath.Dir(in)
		want, err := os.ReadFile(filepath.Join(dir, "fixed.nix"))
		if err != nil {
			continue // a case without a fix
		}
		cfg := goldenConfig(t, dir)
		lint := func(name string, src []byte) (*parser.File, []rules.Diagnostic) {
			return rules.LintSource(name, src, cfg)
		}
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		res, err := fixer.Apply(in, src, lint, fixer.Options{Unsafe: true})
		if err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		fixedCases++
		if string(res.Src) != string(want) {
			t.Errorf("%s: fixer result differs from fixed.nix:\n%s", in, fixer.Diff("x.nix", want, res.Src))
		}
		if len(res.Refused) > 0 {
			t.Errorf("%s: refused %+v", in, res.Refused)
		}
		for _, d := range res.Remaining {
			if len(d.Fixes) > 0 {
				t.Errorf("%s: after fixing, %s is still fixable", in, d.Code)
			}
		}
	}
	if fixedCases < 10 {
		t.Errorf("only %d golden cases with fixes", fixedCases)
	}
}

// TestAllRulesTogether runs every rule's fixes on every golden input, under
// the default set and with every rule on (ALL, opt-in rules included): the
// fixes of different rules meet in the same attribute sets, and rules
// that could disagree (ND002 and ND201 over created) must not undo each
// other. Together they must settle into a proven file with nothing left
// to fix, which a second run leaves unchanged.
func TestAllRulesTogether(t *testing.T) {
	for _, sel := range []struct {
		name string
		cfg  *rules.Config
	}{{"default", nil}, {"ALL", &rules.Config{Select: []string{"ALL"}}}} {
		lint := func(name string, src []byte) (*parser.File, []rules.Diagnostic) {
			return rules.LintSource(name, src, sel.cfg)
		}
		changed := 0
		for _, in := range goldenInputs(t) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			res, err := fixer.Apply(in, src, lint, fixer.Options{Unsafe: true})
			if err != nil {
				t.Errorf("%s: %s: %v", sel.name, in, err)
				continue
			}
			if res.Changed {
				changed++
			}
			if res.Passes >= fixer.DefaultMaxPasses {
				t.Errorf("%s: %s: did not settle in %d passes", sel.name, in, res.Passes)
			}
			if len(res.Refused) > 0 {
				t.Errorf("%s: %s: refused %+v", sel.name, in, res.Refused)
			}
			for _, d := range res.Remaining {
				if len(d.Fixes) > 0 {
					t.Errorf("%s: %s: after fixing, %s is still fixable", sel.name, in, d.Code)
				}
			}
			again, err := fixer.Apply(in, res.Src, lint, fixer.Options{Unsafe: true})
			if err != nil || again.Changed {
				t.Errorf("%s: %s: a second run changed the fixed file (err %v)", sel.name, in, err)
			}
		}
		if changed < 10 {
			t.Errorf("%s: only %d golden inputs changed", sel.name, changed)
		}
	}
}

// A fix that replaces text, beside one that inserts next to it.
func TestReplaceBesideInsert(t *testing.T) {
	src := "{ tag = null; }\n"
	res := apply(t, src, fixer.Options{},
		proposal{code: "R", trigger: "null", at: "null", replace: true, text: `"v1"`},
		proposal{code: "I", trigger: "{", absent: "created", at: "}", text: `created = "now"; `})
	if got := string(res.Src); got != "{ tag = \"v1\"; created = \"now\"; }\n" || res.Passes != 1 {
		t.Errorf("got %q in %d passes", got, res.Passes)
	}
}
