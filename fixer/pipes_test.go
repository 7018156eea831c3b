package fixer_test

import (
	"testing"

	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/parser"
)

// The proofs parse in the mode the lint reads files with: a file using
// pipe operators is fixed when they are on, and left alone when they are
// refused (it does not parse then).
func TestPipeMode(t *testing.T) {
	src := "{ a = 1; } |> (s: s)\n"
	p := proposal{code: "P", trigger: "{", absent: "b =", at: "}", text: "b = 2; "}
	res := apply(t, src, fixer.Options{Mode: parser.PipeOperators}, p)
	if string(res.Src) != "{ a = 1; b = 2; } |> (s: s)\n" {
		t.Errorf("with pipes on: %q", res.Src)
	}
	if _, err := fixer.Apply("t.nix", []byte(src), fakeLint(p), fixer.Options{}); err == nil {
		t.Errorf("with pipes refused, a file using them was fixed")
	}
}
