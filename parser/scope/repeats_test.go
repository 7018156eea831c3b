package scope

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/parser"
)

// firstNamesRepeat is the plain statement of what attrTable.repeats
// records: two bindings of the list start with the same static name.
func firstNamesRepeat(list []parser.Binding) bool {
	seen := map[string]bool{}
	repeat := func(n parser.AttrName) bool {
		name, ok := staticName(n)
		if !ok {
			return false
		}
		if seen[name] {
			return true
		}
		seen[name] = true
		return false
	}
	for _, b := range list {
		switch b := b.(type) {
		case *parser.Attr:
			if repeat(b.Path.Names[0]) {
				return true
			}
		case *parser.Inherit:
			for _, n := range b.Names {
				if repeat(n) {
					return true
				}
			}
		}
	}
	return false
}

// randomBindings writes a set or let whose bindings often start with the
// same name, spelt in the ways Nix reads as the same or as different.
func randomBindings(rng *rand.Rand, depth int) string {
	names := []string{"a", "b", `"a"`, `${"b"}`, "${x}", `"c d"`}
	var b strings.Builder
	if rng.IntN(2) == 0 {
		b.WriteString("let ")
	} else {
		b.WriteString("{ ")
	}
	for range 1 + rng.IntN(5) {
		if rng.IntN(5) == 0 {
			fmt.Fprintf(&b, "inherit %s %s; ", []string{"a", "b", "x"}[rng.IntN(3)], []string{"b", `"a"`, "y"}[rng.IntN(3)])
			continue
		}
		for k := range 1 + rng.IntN(3) {
			if k > 0 {
				b.WriteByte('.')
			}
			b.WriteString(names[rng.IntN(len(names))])
		}
		b.WriteString(" = ")
		if depth < 2 && rng.IntN(3) == 0 {
			b.WriteString("{ " + strings.TrimPrefix(strings.TrimPrefix(randomBindings(rng, depth+1), "let "), "{ "))
		} else {
			b.WriteString("1")
		}
		b.WriteString("; ")
	}
	if strings.HasPrefix(b.String(), "let") {
		b.WriteString("in 1")
	} else {
		b.WriteString("}")
	}
	return b.String()
}

// The duplicate check's repeats flag must say exactly what a plain search
// for a repeated first name says, for every set and let of every input:
// a missed repeat would skip a merge that Nix makes.
func TestTableRepeatsFirstNames(t *testing.T) {
	srcs := nixtest.RuleCases(t, filepath.Join("..", ".."))
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		srcs = append(srcs, randomBindings(rng, 0))
	}
	lists, repeated := 0, 0
	for _, src := range srcs {
		f, err := parser.ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			continue
		}
		r := takeResolver()
		r.info.File = f
		r.dups.r = r
		parser.Inspect(f.Expr, func(n parser.Node) bool {
			var list []parser.Binding
			var got bool
			switch n := n.(type) {
			case *parser.AttrSet:
				list, got = n.Bindings, r.dups.setTable(n, false).repeats
			case *parser.LetIn:
				list, got = n.Bindings, r.dups.table(n.Bindings).repeats
			default:
				return true
			}
			lists++
			want := firstNamesRepeat(list)
			if want {
				repeated++
			}
			if got != want {
				t.Errorf("%s\nrepeats = %v, want %v", src, got, want)
			}
			return true
		})
		r.dups.mem.reset()
	}
	// The inputs must exercise both answers.
	if lists < 2000 || repeated < lists/10 || repeated > lists*9/10 {
		t.Fatalf("%d lists, %d with a repeated name: the inputs do not test both answers", lists, repeated)
	}
}
