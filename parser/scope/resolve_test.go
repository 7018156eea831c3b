package scope_test

import (
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

func resolve(t *testing.T, src string) (*parser.File, *scope.Info) {
	t.Helper()
	f, err := parser.ParseFile("t.nix", []byte(src), 0)
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	return f, scope.Resolve(f)
}

// useAt returns the Use of the n-th (0-based) variable reference named name.
func useAt(t *testing.T, info *scope.Info, name string, n int) *scope.Use {
	t.Helper()
	for _, u := range info.Uses {
		if u.Ident.Name == name {
			if n == 0 {
				return u
			}
			n--
		}
	}
	t.Fatalf("no use %d of %s", n, name)
	return nil
}

func TestUsesBindToDefinitions(t *testing.T) {
	cases := []struct {
		src  string
		name string
		nth  int
		kind scope.DefKind
		// defAt is the text that starts at the defining occurrence.
		defAt string
	}{
		{"let x = 1; in x", "x", 0, scope.LetDef, "x = 1"},
		{"rec { a = b; b = 1; }", "b", 0, scope.RecDef, "b = 1"},
		{"x: x", "x", 0, scope.ParamDef, "x: x"},
		{"{ a, b ? a }: b", "a", 0, scope.FormalDef, "a, b"},
		{"args@{ a }: args", "args", 0, scope.ParamDef, "args@"},
		{"{ a }@args: args", "args", 0, scope.ParamDef, "args: args"},
		{"let a = 1; in let inherit a; in a", "a", 1, scope.LetDef, "a; in a"},
		// inherit looks its name up outside the let it defines.
		{"let a = 1; in let inherit a; in a", "a", 0, scope.LetDef, "a = 1"},
		// inherit (e): e is seen from inside the rec set.
		{"rec { inherit (x) y; x = { y = 1; }; }", "x", 0, scope.RecDef, "x = {"},
		// a lexical binding outside a with beats the with.
		{"let x = 1; in with { x = 2; }; x", "x", 0, scope.LetDef, "x = 1"},
		{"let { body = x; x = 1; }", "x", 0, scope.LetDef, "x = 1"},
		{"map", "map", 0, scope.Builtin, ""},
		{"let map = 1; in map", "map", 0, scope.LetDef, "map = 1"},
		{"let a.b = 1; a.c = 2; in a", "a", 0, scope.LetDef, "a.b"},
	}
	for _, c := range cases {
		f, info := resolve(t, c.src)
		if len(info.Errors) > 0 {
			t.Errorf("%s: unexpected errors %v", c.src, info.Errors)
			continue
		}
		u := useAt(t, info, c.name, c.nth)
		if u.Def == nil {
			t.Errorf("%s: use %d of %s is not bound", c.src, c.nth, c.name)
			continue
		}
		if u.Def.Kind != c.kind {
			t.Errorf("%s: use %d of %s: kind %d, want %d", c.src, c.nth, c.name, u.Def.Kind, c.kind)
		}
		if c.defAt != "" && !strings.HasPrefix(string(f.Src[u.Def.Node.Pos():]), c.defAt) {
			t.Errorf("%s: %s defined at %q, want %q", c.src, c.name, f.Src[u.Def.Node.Pos():], c.defAt)
		}
		if info.UseOf(u.Ident) != u {
			t.Errorf("%s: UseOf does not find the use of %s", c.src, c.name)
		}
	}
}

func TestDefDetails(t *testing.T) {
	_, info := resolve(t, "let a.b = 1; a.c = 2; v = 3; inherit (v) w; in f: { x ? 1 }: [ a v w f x ]")
	a := useAt(t, info, "a", 0).Def
	if len(a.Attrs) != 2 || a.Value() != nil {
		t.Errorf("a: %d attrs, value %v; want 2 attrs and no single value", len(a.Attrs), a.Value())
	}
	v := useAt(t, info, "v", 1).Def
	if v.Value() == nil || v.Value().(*parser.Int).Value != 3 {
		t.Errorf("v: value %v, want 3", v.Value())
	}
	w := useAt(t, info, "w", 0).Def
	if w.Inherit == nil || w.Inherit.From == nil || w.Value() != nil {
		t.Errorf("w: want an inherit-from definition without a value, got %+v", w)
	}
	fd := useAt(t, info, "f", 0).Def
	if fd.Lambda == nil || fd.Formal != nil || fd.Kind != scope.ParamDef {
		t.Errorf("f: want a lambda parameter, got %+v", fd)
	}
	x := useAt(t, info, "x", 0).Def
	if x.Formal == nil || x.Formal.Default == nil || x.Lambda == nil {
		t.Errorf("x: want a formal with a default, got %+v", x)
	}
}

func TestWithMakesFreeNamesUncertain(t *testing.T) {
	src := "{ pkgs }: with pkgs; with lib; [ hello pkgs nope ]"
	_, info := resolve(t, src)
	if len(info.Errors) != 0 {
		t.Fatalf("errors under with: %v", info.Errors)
	}
	hello := useAt(t, info, "hello", 0)
	if hello.Def != nil || len(hello.Withs()) != 2 {
		t.Fatalf("hello: def %v, %d withs; want none and 2", hello.Def, len(hello.Withs()))
	}
	if id, ok := hello.Withs()[0].Scope.(*parser.Ident); !ok || id.Name != "lib" {
		t.Errorf("innermost with is %T, want lib", hello.Withs()[0].Scope)
	}
	if p := useAt(t, info, "pkgs", 1); p.Def == nil || p.Def.Kind != scope.FormalDef {
		t.Errorf("pkgs under with must stay the formal")
	}
}

func TestLookupAtOffsets(t *testing.T) {
	src := "# top\n{ pkgs, self ? null }:\nlet\n  img = x: { a = 1; /*HERE1*/ };\nin with pkgs; { b = 2; /*HERE2*/ } // (y: y /*HERE3*/ + 1)\n"
	f, info := resolve(t, src)
	at := func(mark string) int {
		i := strings.Index(string(f.Src), mark)
		if i < 0 {
			t.Fatalf("no %s", mark)
		}
		return i
	}
	cases := []struct {
		mark, name string
		want       scope.Binding
		kind       scope.DefKind
	}{
		{"HERE1", "self", scope.Bound, scope.FormalDef},
		{"HERE1", "x", scope.Bound, scope.ParamDef},
		{"HERE1", "img", scope.Bound, scope.LetDef},
		{"HERE1", "cacert", scope.Unbound, 0},
		{"HERE1", "toString", scope.Bound, scope.Builtin},
		{"HERE2", "cacert", scope.ByWith, 0},
		{"HERE2", "x", scope.ByWith, 0},
		{"HERE2", "pkgs", scope.Bound, scope.FormalDef},
		{"HERE3", "y", scope.Bound, scope.ParamDef},
		{"HERE3", "hello", scope.ByWith, 0},
	}
	for _, c := range cases {
		b, d, withs := info.Lookup(at(c.mark), c.name)
		if b != c.want {
			t.Errorf("%s at %s: binding %d, want %d", c.name, c.mark, b, c.want)
			continue
		}
		switch b {
		case scope.Bound:
			if d == nil || d.Kind != c.kind {
				t.Errorf("%s at %s: def %+v, want kind %d", c.name, c.mark, d, c.kind)
			}
		case scope.ByWith:
			if len(withs) != 1 {
				t.Errorf("%s at %s: %d withs, want 1", c.name, c.mark, len(withs))
			}
		}
	}
	// Outside every construct only builtins are bound.
	if b, _, _ := info.Lookup(0, "pkgs"); b != scope.Unbound {
		t.Errorf("pkgs at offset 0: %d, want unbound", b)
	}
	if s := info.ScopeAt(len(src) - 1); s != info.Global {
		t.Errorf("scope at the final newline is %v, want the global scope", s.Kind)
	}
}

func TestErrorsNameTheOffendingPlace(t *testing.T) {
	cases := []struct {
		src, msg  string
		line, col int
	}{
		{"let a = 1;\n  b = c;\nin a", "undefined variable 'c'", 2, 7},
		{"{\n  a = 1;\n  a = 2;\n}", "attribute 'a' already defined at t.nix:2:3", 3, 3},
		{"{ a, b, a }: a", "duplicate formal function argument 'a'", 1, 9},
		{"x@{ x }: x", "duplicate formal function argument 'x'", 1, 5},
		{"{ x }@x: x", "duplicate formal function argument 'x'", 1, 7},
		{"{ a = 1; a.b = 2; }", "attribute 'a.b' already defined at t.nix:1:3", 1, 10},
	}
	for _, c := range cases {
		_, info := resolve(t, c.src)
		if len(info.Errors) != 1 {
			t.Errorf("%q: %d errors %v, want 1", c.src, len(info.Errors), info.Errors)
			continue
		}
		e := info.Errors[0]
		if e.Msg != c.msg || e.Pos.Line != c.line || e.Pos.Column != c.col {
			t.Errorf("%q: got %d:%d %s, want %d:%d %s", c.src, e.Pos.Line, e.Pos.Column, e.Msg, c.line, c.col, c.msg)
		}
	}
}

// TestScopesNest checks the scope tree: children lie inside their parent,
// in order and without overlap, which ScopeAt's binary search relies on.
func TestScopesNest(t *testing.T) {
	src := "let a = x: y: with x; rec { b = { c }: c; d = let e = 1; in e; }; in [ (a 1) (z: z) ]"
	_, info := resolve(t, src)
	var walk func(s *scope.Scope, depth int) int
	walk = func(s *scope.Scope, depth int) int {
		n := 1
		for i, c := range s.Children {
			if c.Parent != s || c.Pos < s.Pos || c.End > s.End {
				t.Errorf("scope %v [%d,%d) escapes its parent [%d,%d)", c.Kind, c.Pos, c.End, s.Pos, s.End)
			}
			if i > 0 && c.Pos < s.Children[i-1].End {
				t.Errorf("sibling scopes overlap at %d", c.Pos)
			}
			n += walk(c, depth+1)
		}
		return n
	}
	// global, let, x:, y:, with, rec, {c}:, let e, z:
	if n := walk(info.Global, 0); n != 9 {
		t.Errorf("%d scopes, want 9", n)
	}
}

// UseOf answers for variable references only: an identifier that names an
// attribute, a parameter or a formal is not a use.
func TestUseOfOnlyUses(t *testing.T) {
	f, info := resolve(t, "let a = 1; in x: { y ? a }: { a = a; b.c = x; inherit y; }")
	uses := map[*parser.Ident]bool{}
	for _, u := range info.Uses {
		uses[u.Ident] = true
	}
	n := 0
	parser.Inspect(f.Expr, func(node parser.Node) bool {
		id, ok := node.(*parser.Ident)
		if !ok {
			return true
		}
		n++
		got := info.UseOf(id)
		if uses[id] != (got != nil) || (got != nil && got.Ident != id) {
			t.Errorf("UseOf(%s at %d) = %v, is a use: %v", id.Name, id.NamePos, got, uses[id])
		}
		return true
	})
	if len(info.Uses) != 4 || n <= len(info.Uses) {
		t.Errorf("%d uses among %d identifiers; want 4 uses (a, a, x, the inherited y) among more identifiers", len(info.Uses), n)
	}
}

// TestScratchMemoryDoesNotLeakBetweenFiles resolves files whose duplicate
// checks need nested tables, in turn and interleaved, in one goroutine and
// in several: the scratch memory handed from file to file must not carry
// one file's names into another's verdict.
func TestScratchMemoryDoesNotLeakBetweenFiles(t *testing.T) {
	srcs := []string{
		"{ a = { b = 1; }; a = { c = 2; }; x.y = 1; x.z = 2; }",
		"{ a = { b = 1; }; a = { b = 2; }; }",
		"let p = { q = 1; }; p = { q = 2; r = 3; }; in p",
		"{ " + strings.Repeat("n", 1) + " = 1; " + func() string {
			var b strings.Builder
			for i := range 300 { // a table larger than one block
				b.WriteString("k" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26)) + " = { v = 1; }; ")
			}
			return b.String()
		}() + "kaa.w = 2; }", // kaa is the first of them: merged, no error
		"{ k = { v = 1; }; k.v = 2; }",
	}
	verdict := func(src string) string {
		f, err := parser.ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			t.Fatalf("parse %q: %v", src, err)
		}
		// The scratch memory goes to the next file with the Info.
		info := scope.Resolve(f)
		defer info.Discard()
		return info.Errors.Error()
	}
	want := make([]string, len(srcs))
	for i, s := range srcs {
		want[i] = verdict(s)
	}
	if want[0] != "no errors" || want[1] == "no errors" || want[2] == "no errors" || want[3] != "no errors" || want[4] == "no errors" {
		t.Fatalf("unexpected verdicts: %q", want)
	}
	done := make(chan struct{})
	for g := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for k := range 200 {
				i := (g + k*3) % len(srcs)
				if got := verdict(srcs[i]); got != want[i] {
					t.Errorf("file %d, round %d: %q, want %q", i, k, got, want[i])
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}
