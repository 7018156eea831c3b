package rules

import (
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Image is one dockerTools image build found in a file. The image model
// (model.go) fills it in.
type Image struct {
	// Call is the application node of the build function to its argument.
	Call *parser.Apply
}

// All returns every registered rule in code order, ND000 included.
func All() []*Rule { panic("rules.All: not written yet") }

// Lookup finds a rule by code (ND001) or name (missing-ssl-cert-env),
// case-insensitively; nil if there is none.
func Lookup(codeOrName string) *Rule { panic("rules.Lookup: not written yet") }

// Lint runs the rules selected by cfg over a parsed, resolved file and
// returns the findings sorted by position. cfg may be nil (all rules,
// default options).
func Lint(f *parser.File, info *scope.Info, cfg *Config) []Diagnostic {
	panic("rules.Lint: not written yet")
}

// LintSource parses and resolves src and lints it. A syntax error (or an
// undefined variable or duplicate attribute, which Nix also rejects) is
// returned as a single ND000 syntax-error finding, and f.Expr is nil or the
// other rules are not run.
func LintSource(name string, src []byte, cfg *Config) (*parser.File, []Diagnostic) {
	panic("rules.LintSource: not written yet")
}
