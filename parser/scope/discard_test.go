package scope_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// describe prints everything Resolve found: every use and what binds it,
// the scope tree with each scope's names and their bindings, and the
// errors.
func describe(info *scope.Info) string {
	var b strings.Builder
	for _, u := range info.Uses {
		fmt.Fprintf(&b, "use %s@%d ", u.Ident.Name, u.Ident.NamePos)
		switch {
		case u.Def != nil && u.Def.Node != nil:
			fmt.Fprintf(&b, "-> kind %d at %d\n", u.Def.Kind, u.Def.Node.Pos())
		case u.Def != nil:
			fmt.Fprintf(&b, "-> builtin\n")
		default:
			fmt.Fprintf(&b, "-> %d withs\n", len(u.Withs()))
		}
	}
	var walk func(s *scope.Scope, depth int)
	walk = func(s *scope.Scope, depth int) {
		fmt.Fprintf(&b, "%*sscope %d %d-%d:", depth, "", s.Kind, s.Pos, s.End)
		if s.Kind != scope.GlobalScope {
			for _, d := range s.Defs() {
				fmt.Fprintf(&b, " %s/%d/%d", d.Name, len(d.Attrs), d.Kind)
			}
		}
		b.WriteByte('\n')
		for _, c := range s.Children {
			walk(c, depth+1)
		}
	}
	walk(info.Global, 0)
	fmt.Fprintf(&b, "errors: %v\n", info.Errors)
	return b.String()
}

// discardSources are the scope snippets, the rule test files, and sets
// that merge into rec sets, which use the most of the resolver's memory.
func discardSources(t *testing.T) []string {
	srcs := append(readSnippets(t), nixtest.RuleCases(t, filepath.Join("..", ".."))...)
	return append(srcs,
		"{ a = rec { b = c; }; a.c = 1; }",
		"{ a = rec { x = 1; }; a = { y = x; }; }",
		"let f = { x, y ? x }: with y; [ x z ]; in rec { g = f; h = g; }",
	)
}

// A discarded Info's memory serves later calls of Resolve: every Info built
// from it must describe its file exactly as one built from fresh memory,
// in one goroutine and in several at once.
func TestDiscardReusesMemory(t *testing.T) {
	srcs := discardSources(t)
	run := func(src string, discard bool) (string, bool) {
		f, err := parser.ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			return "", false
		}
		info := scope.Resolve(f)
		d := describe(info)
		if discard {
			info.Discard()
			f.Discard()
		}
		return d, true
	}
	want := make([]string, len(srcs))
	for i, src := range srcs {
		want[i], _ = run(src, false)
	}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Go(func() {
			for k := range 2 * len(srcs) {
				i := (g*7 + k*5) % len(srcs)
				if got, ok := run(srcs[i], true); ok && got != want[i] {
					t.Errorf("%q resolved in reused memory:\n%s\nwant:\n%s", srcs[i], got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}
