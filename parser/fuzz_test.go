package parser

import (
	"fmt"
	"os"
	"testing"
	"time"
)

// FuzzParse checks, for any input, that the parser neither panics nor
// hangs, that the tokens give back the input, that node spans nest inside
// the file, and that parsing twice gives the same result.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"x", "{ a = 1; }", "''\n  a ${b}\n''", "./a/${b}c", "a.b or c", "{ a ? 1, ... }@x: x",
	} {
		f.Add([]byte(s))
	}
	if files, err := os.ReadDir("testdata"); err == nil {
		for _, e := range files {
			if !e.IsDir() && len(e.Name()) > 4 && e.Name()[len(e.Name())-4:] == ".nix" {
				if b, err := os.ReadFile("testdata/" + e.Name()); err == nil {
					f.Add(b)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// A hang shows up as a crash that names the input.
		wd := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("parse did not finish: %q", src)) })
		defer wd.Stop()
		f1, err1 := ParseFile("fuzz.nix", src, 0)
		if err := checkTokens(f1); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if (err1 == nil) != (f1.Expr != nil) {
			t.Fatalf("%q: err %v but Expr %v", src, err1, f1.Expr)
		}
		if err := checkSpans(f1); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		f2, err2 := ParseFile("fuzz.nix", src, 0)
		// f2 and f3 give their memory back, so that the next input's f1
		// and f2 are built in memory that held earlier, arbitrary trees:
		// whatever a reused chunk still held would show as a difference
		// between the two, or a span out of place.
		defer f2.Discard()
		if (err1 == nil) != (err2 == nil) || err1 != nil && err1.Error() != err2.Error() {
			t.Fatalf("%q: parse is not deterministic: %v vs %v", src, err1, err2)
		}
		if err1 == nil {
			if shape(f1.Expr) != shape(f2.Expr) {
				t.Fatalf("%q: parse is not deterministic", src)
			}
			if len(src) < 512 { // re-parsing every node is quadratic
				if err := checkReparse(f1); err != nil {
					t.Fatalf("%q: %v", src, err)
				}
			}
		}
		// Pipe mode must be equally robust.
		f3, _ := ParseFile("fuzz.nix", src, PipeOperators)
		defer f3.Discard()
		if err := checkSpans(f3); err != nil {
			t.Fatalf("%q (pipes): %v", src, err)
		}
	})
}
