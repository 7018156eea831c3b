package parser

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
)

// checkTokens verifies that f.Tokens cover f.Src byte for byte and end
// with a zero-width EOF.
func checkTokens(f *File) error {
	var b bytes.Buffer
	prev := int32(0)
	for i, t := range f.Tokens {
		if t.Pos != prev || t.End < t.Pos {
			return fmt.Errorf("token %d (%v) spans [%d,%d), previous ended at %d", i, t.Kind, t.Pos, t.End, prev)
		}
		if t.Kind == TEOF && i != len(f.Tokens)-1 {
			return fmt.Errorf("EOF token at %d of %d", i, len(f.Tokens))
		}
		b.Write(f.Src[t.Pos:t.End])
		prev = t.End
	}
	if n := len(f.Tokens); n == 0 || f.Tokens[n-1].Kind != TEOF || int(f.Tokens[n-1].Pos) != len(f.Src) {
		return fmt.Errorf("tokens do not end with EOF at %d", len(f.Src))
	}
	if !bytes.Equal(b.Bytes(), f.Src) {
		return fmt.Errorf("tokens do not give back the source")
	}
	return nil
}

// checkSpans verifies that every node lies within the file and within
// its parent, and that siblings come in source order without overlapping.
func checkSpans(f *File) error {
	if f.Expr == nil {
		return nil
	}
	var check func(n Node, lo, hi int) error
	check = func(n Node, lo, hi int) error {
		if n.Pos() < lo || n.End() > hi || n.Pos() > n.End() {
			return fmt.Errorf("%s [%d,%d) outside its parent [%d,%d)", nodeName(n), n.Pos(), n.End(), lo, hi)
		}
		prev := n.Pos()
		for _, c := range Children(n) {
			if c.Pos() < prev {
				return fmt.Errorf("%s [%d,%d) starts before the end of its previous sibling (%d) in %s",
					nodeName(c), c.Pos(), c.End(), prev, nodeName(n))
			}
			if err := check(c, n.Pos(), n.End()); err != nil {
				return err
			}
			prev = c.End()
		}
		return nil
	}
	return check(f.Expr, 0, len(f.Src))
}

// checkReparse verifies that the source text of every expression node
// parses on its own to the same shape.
func checkReparse(f *File) error {
	var err error
	Inspect(f.Expr, func(n Node) bool {
		if err != nil {
			return false
		}
		e, ok := n.(Expr)
		if !ok {
			return true
		}
		if id, ok := e.(*Ident); ok && id.Name == "or" {
			return true // "or" is a name only after a dot or an expression
		}
		g, perr := ParseFile("sub.nix", f.Src[e.Pos():e.End()], 0)
		if perr != nil {
			err = fmt.Errorf("%s %q does not re-parse: %v", nodeName(e), f.Src[e.Pos():e.End()], perr)
			return false
		}
		if got, want := shape(g.Expr), shape(e); got != want {
			err = fmt.Errorf("%q re-parses as %s, want %s", f.Src[e.Pos():e.End()], got, want)
		}
		return err == nil
	})
	return err
}

func testdataFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.nix"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata files: %v", err)
	}
	return files
}

func TestTestdataFiles(t *testing.T) {
	for _, name := range testdataFiles(t) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseFile(name, src, 0)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		for _, check := range []func(*File) error{checkTokens, checkSpans, checkReparse} {
			if err := check(f); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}

func TestSnippetSpans(t *testing.T) {
	for _, src := range readSnippets(t) {
		f, _ := ParseFile("t.nix", []byte(src), 0)
		for _, check := range []func(*File) error{checkTokens, checkSpans, checkReparse} {
			if err := check(f); err != nil {
				t.Errorf("%q: %v", src, err)
			}
		}
	}
}

// A released token table is reused by later parses; the released file's
// tree stays usable and later files are still tokenised exactly.
func TestReleaseReusesTokens(t *testing.T) {
	a, err := ParseFile("a.nix", []byte("let x = 1; in x # done\n"), 0)
	if err != nil {
		t.Fatal(err)
	}
	a.Release()
	if a.Tokens != nil {
		t.Fatalf("Tokens after Release: %v", a.Tokens)
	}
	a.Release() // twice is harmless
	for _, src := range []string{"{ a = \"s\"; }", "/* c */ [ 1 2.5 ./p ]", "let x = 1; in x # done\n"} {
		b, err := ParseFile("b.nix", []byte(src), 0)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkTokens(b); err != nil {
			t.Errorf("%q after a release: %v", src, err)
		}
		b.Release()
	}
	if got := a.Expr.(*LetIn).Body.(*Ident).Name; got != "x" {
		t.Errorf("released file's tree: body %q, want x", got)
	}
}

// A discarded file's tree memory serves later parses: every tree built from
// it must print exactly as a tree built from fresh memory, whatever the
// files before it held (larger trees, syntax errors) and whatever the
// released file's nodes said.
func TestDiscardReusesTreeMemory(t *testing.T) {
	srcs := readSnippets(t)
	// Larger files, and files that stop at a syntax error half-way through
	// their tree.
	for _, src := range nixtest.RuleCases(t, "..") {
		srcs = append(srcs, src, src[:len(src)*2/3])
	}
	printed := func(src string) string {
		f, err := ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			return "error: " + err.Error()
		}
		var b strings.Builder
		if err := Fprint(&b, f, f.Expr); err != nil {
			t.Fatal(err)
		}
		// Leave f to the collector: its memory is never handed out again.
		return b.String()
	}
	want := make([]string, len(srcs))
	for i, src := range srcs {
		want[i] = printed(src)
	}
	// Parse the snippets in order, and in reverse, discarding each file:
	// each tree is built in the memory of the ones before it.
	for pass, order := range [][]int{ascending(len(srcs)), descending(len(srcs))} {
		for _, i := range order {
			f, err := ParseFile("t.nix", []byte(srcs[i]), 0)
			var got string
			if err != nil {
				got = "error: " + err.Error()
			} else {
				var b strings.Builder
				if err := Fprint(&b, f, f.Expr); err != nil {
					t.Fatal(err)
				}
				got = b.String()
			}
			f.Discard()
			if f.Expr != nil || f.Tokens != nil {
				t.Fatalf("pass %d: %q: Discard left the tree or tokens", pass, srcs[i])
			}
			if got != want[i] {
				t.Errorf("pass %d: %q parsed in reused memory:\n%s\nwant:\n%s", pass, srcs[i], got, want[i])
			}
			f.Discard() // twice is harmless
		}
	}
}

func ascending(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func descending(n int) []int {
	s := ascending(n)
	slices.Reverse(s)
	return s
}
