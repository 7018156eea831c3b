package rules

import (
	"fmt"
	"testing"
	"time"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// valueOf parses "let … in { v = EXPR; }"-style sources and returns the
// model and the expression bound to v in the body set.
func valueOf(t *testing.T, src string) (*model, parser.Expr) {
	t.Helper()
	f, err := parser.ParseFile("t.nix", []byte(src), 0)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	m := newModel(f, scope.Resolve(f))
	var v parser.Expr
	parser.Inspect(f.Expr, func(n parser.Node) bool {
		if a, ok := n.(*parser.Attr); ok {
			if name, _ := parser.StaticName(a.Path.Names[0]); name == "v" {
				v = a.Value
			}
		}
		return v == nil
	})
	if v == nil {
		t.Fatalf("%s: no v", src)
	}
	return m, v
}

func TestKindsOf(t *testing.T) {
	for _, c := range []struct {
		src  string
		want kinds
	}{
		{`{ v = "a"; }`, kString},
		{`{ x }: { v = "${x}"; }`, kString},
		{`{ v = ./a; }`, kPath},
		{`{ v = [ ]; }`, kList},
		{`{ v = [ 1 ] ++ x; }`, kList},
		{`{ v = 1; }`, kInt},
		{`{ v = -1; }`, kInt},
		{`{ v = 1.5; }`, kFloat},
		{`{ v = true; }`, kBool},
		{`{ v = null; }`, kNull},
		{`{ v = { a = 1; }; }`, kSet},
		{`{ v = { outPath = "/x"; }; }`, kSet | kDrv},
		{`{ x }: { v = { ${x} = 1; }; }`, kSet | kDrv},
		{`{ v = x: x; }`, kFunc},
		{`{ pkgs }: { v = pkgs.writeScript "a" "b"; }`, kDrv},
		{`{ pkgs }: { v = pkgs.writeScript "a"; }`, kFunc},
		{`{ lib, pkgs }: { v = lib.getExe pkgs.hello; }`, kString},
		{`{ c }: { v = if c then "a" else "b"; }`, kString},
		{`{ c }: { v = if c then "a" else [ ]; }`, kString | kList},
		{`let s = "a"; in { v = s; }`, kString},
		{`{ x }: { v = x; }`, kAny},
		{`{ pkgs }: { v = pkgs.hello; }`, kAny},
		{`{ x }: { v = "a" + x; }`, kString},
		{`{ x }: { v = x + "a"; }`, kAny},
		{`let true = 1; in { v = true; }`, kInt},
	} {
		m, v := valueOf(t, c.src)
		if got := m.kindsOf(v); got != c.want {
			t.Errorf("%s: kinds %b, want %b", c.src, got, c.want)
		}
	}
}

func TestStringText(t *testing.T) {
	for _, c := range []struct {
		src        string
		ok         bool
		eq, plus   Answer
		start, end bool
		whole      bool
	}{
		{`{ v = "A=1"; }`, true, Present, Absent, true, true, true},
		{`{ v = "A"; }`, true, Absent, Absent, true, true, true},
		{`{ x }: { v = "A${x}"; }`, true, Unknown, Unknown, true, false, false},
		{`{ x }: { v = "${x}=1"; }`, true, Present, Unknown, false, true, false},
		{`{ x }: { v = "${x}+b"; }`, true, Unknown, Present, false, true, false},
		{`{ x }: { v = "a+" + x; }`, true, Unknown, Present, true, false, false},
		{`{ v = "a" + "=b"; }`, true, Present, Absent, true, true, true},
		{`let a = "k=v"; in { v = a; }`, true, Present, Absent, true, true, true},
		{`{ x }: { v = x; }`, false, Unknown, Unknown, false, false, false},
		{`{ v = 1; }`, false, Unknown, Unknown, false, false, false},
	} {
		m, v := valueOf(t, c.src)
		st, ok := m.stringText(v)
		if ok != c.ok {
			t.Errorf("%s: ok %v, want %v", c.src, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := st.contains("="); got != c.eq {
			t.Errorf("%s: contains = %v, want %v", c.src, got, c.eq)
		}
		if got := st.contains("+"); got != c.plus {
			t.Errorf("%s: contains + %v, want %v", c.src, got, c.plus)
		}
		if st.start != c.start || st.end != c.end || st.whole != c.whole {
			t.Errorf("%s: start %v end %v whole %v, want %v %v %v", c.src, st.start, st.end, st.whole, c.start, c.end, c.whole)
		}
	}
}

func TestEnvEntries(t *testing.T) {
	m, v := valueOf(t, `{ x, lib, c }: { v = [ "A=1" "B" "${x}" 1 x ] ++ lib.optional c "C" ++ x; }`)
	got, complete := m.envEntries(v)
	if complete {
		t.Errorf("a list with ++ x is not complete")
	}
	want := []struct {
		str, eq Answer
		maybe   bool
	}{
		{Present, Present, false},
		{Present, Absent, false},
		{Present, Unknown, false},
		{Absent, Unknown, false},
		{Unknown, Unknown, false},
		{Present, Absent, true},
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].str != w.str || got[i].eq != w.eq || got[i].maybe != w.maybe {
			t.Errorf("entry %d: str %v eq %v maybe %v, want %v %v %v", i, got[i].str, got[i].eq, got[i].maybe, w.str, w.eq, w.maybe)
		}
	}
}

// A store path given to builtins.storePath has its context back, so ND110
// leaves it alone (Nix cannot evaluate such a case without the path, so it
// is tested here rather than as a golden case).
func TestStorePathLiteralSkipsStorePath(t *testing.T) {
	const h = "0123456789abcdfghijklmnpqrsvwxyz"
	cfg := &Config{Select: []string{"ND110"}}
	for src, want := range map[string]int{
		`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; config.Cmd = [ "${builtins.storePath "/nix/store/` + h + `-hello"}/bin/hello" ]; }`: 0,
		`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; config.Cmd = [ "/nix/store/` + h + `-hello/bin/hello" ]; }`:                         1,
	} {
		if _, ds := LintSource("t.nix", []byte(src), cfg); len(ds) != want {
			t.Errorf("%s: %d findings, want %d: %v", src, len(ds), want, ds)
		}
	}
}

// A chain of lets whose if branches name the next binding twice must not
// take time exponential in its length.
func TestKindsOfLetChainIsBounded(t *testing.T) {
	src := "{ c }: let\n"
	for i := 0; i < 40; i++ {
		src += fmt.Sprintf("  a%d = if c then a%d else a%d;\n", i, i+1, i+1)
	}
	src += "  a40 = \"x\";\nin { v = a0; }"
	m, v := valueOf(t, src)
	done := make(chan kinds, 1)
	go func() { done <- m.kindsOf(v) }()
	select {
	case k := <-done:
		if k.is(kString) == Absent {
			t.Errorf("kinds %b: a string chain is not a string", k)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("kindsOf on a 40-deep let chain did not finish in 5s")
	}
}
