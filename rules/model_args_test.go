package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Over every golden input: Args gives the answers Attr gives, a value with
// its span for what is present as one expression, and a reason for every
// unknown answer that says more than the fallback.
func TestArgsAgreeWithAttr(t *testing.T) {
	ins, err := filepath.Glob("../testdata/rules/*/*/input.nix")
	if err != nil || len(ins) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	images, unknown := 0, 0
	for _, in := range ins {
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(in, src, parser.PipeOperators)
		if err != nil {
			continue
		}
		info := scope.Resolve(f)
		for _, img := range FindImages(f, info) {
			images++
			for _, a := range img.Args() {
				want, e := img.Attr(strings.Split(a.Name, ".")...)
				if a.Answer != want {
					t.Errorf("%s: %s: Args says %v, Attr %v", in, a.Name, a.Answer, want)
				}
				switch a.Answer {
				case Present:
					if e != nil && (a.Expr != e || a.Pos != e.Pos() || a.End != e.End()) {
						t.Errorf("%s: %s: Args gives %v at %d-%d, Attr %v", in, a.Name, a.Expr, a.Pos, a.End, e)
					}
				case Unknown:
					unknown++
					if a.Reason == "" || a.Reason == "the file does not show it" || a.Expr != nil {
						t.Errorf("%s: %s: unknown with reason %q, expr %v", in, a.Name, a.Reason, a.Expr)
					}
				case Absent:
					if a.Expr != nil || a.Pos != -1 || a.Reason != "" {
						t.Errorf("%s: %s: absent with %+v", in, a.Name, a)
					}
				}
			}
		}
	}
	if images < 100 || unknown == 0 {
		t.Errorf("only %d images, %d unknown answers: the test checks too little", images, unknown)
	}
}
