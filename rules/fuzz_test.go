package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// FuzzLint lints arbitrary source with every rule and asks the model about
// every image: nothing may panic or hang, and Args must agree with Attr.
// The golden inputs are the seeds.
func FuzzLint(f *testing.F) {
	ins, _ := filepath.Glob("../testdata/rules/*/*/input.nix")
	for _, in := range ins {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		LintSource("fuzz.nix", src, nil)
		pf, err := parser.ParseFile("fuzz.nix", src, parser.PipeOperators)
		if err != nil {
			return
		}
		info := scope.Resolve(pf)
		for _, img := range FindImages(pf, info) {
			for _, a := range img.Args() {
				if want, _ := img.Attr(strings.Split(a.Name, ".")...); want != a.Answer {
					t.Fatalf("%s: Args %v, Attr %v", a.Name, a.Answer, want)
				}
			}
		}
	})
}
